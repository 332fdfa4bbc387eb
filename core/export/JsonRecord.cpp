#include "JsonRecord.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nianbao {
// Placeholder until the exports land (issue 2, record/export work item).
QJsonObject recordToJson(const Record &) { return {}; }
QJsonObject findingToJson(const Finding &) { return {}; }
Result<Record> recordFromJson(const QJsonObject &) { return Result<Record>::failure(QStringLiteral("not implemented")); }
QByteArray recordsToJsonBytes(const QList<Record> &) { return {}; }
} // namespace nianbao
