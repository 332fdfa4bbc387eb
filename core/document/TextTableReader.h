#pragma once
// Finding the tables in plain text and markdown: rows with tab-separated cells, Word tables
// flattened one cell per line (each cell line starting with a tab, rows separated by blank lines,
// a cell's own line breaks continuing without a tab), and markdown pipe tables.
#include "Document.h"

namespace nianbao {

QList<Table> readTextTables(const QString &text);

} // namespace nianbao
