#include "TextTableReader.h"

namespace nianbao {
// Placeholder until the text table reader lands.
QList<Table> readTextTables(const QString &) { return {}; }
} // namespace nianbao
