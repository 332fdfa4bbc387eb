#include "CsvExport.h"

namespace nianbao {
// Placeholder until the exports land.
QByteArray recordsToCsv(const QList<Record> &) { return {}; }
QString cellStatus(const Record &, qsizetype) { return {}; }
} // namespace nianbao
