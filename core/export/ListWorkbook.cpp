// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ListWorkbook.h"

#include "core/export/XlsxSheets.h"

namespace nianbao {

Status writeListWorkbook(const QString &path, const ListTable &table)
{
    xlsx::Book book(path, table.rows.size() > 10000);
    xlsx::ListSheet sheet(book, table.sheet, table.labels, table.widths);
    lxw_format *text = book.style(xlsx::Style::Text);
    for (const QList<ListCell> &row : table.rows) {
        const int r = sheet.nextRow();
        for (qsizetype c = 0; c < row.size(); ++c) {
            const ListCell &cell = row.at(c);
            if (const double *v = std::get_if<double>(&cell))
                book.number(sheet.sheet(), r, int(c), *v);
            else if (const QString *s = std::get_if<QString>(&cell); s && !s->isEmpty())
                book.text(sheet.sheet(), r, int(c), *s, text);
        }
    }
    sheet.finish();
    return book.close();
}

} // namespace nianbao
