#include "XlsxExport.h"

namespace nianbao {
// Placeholder until the xlsx export lands.
Status writeRecordXlsx(const Record &, const QString &) { return Status::failure(QStringLiteral("not implemented")); }
Status writeRecordsXlsx(const QList<Record> &, const QString &) { return Status::failure(QStringLiteral("not implemented")); }
} // namespace nianbao
