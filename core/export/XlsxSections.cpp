// SPDX-License-Identifier: GPL-3.0-or-later
// The three section sheets, laid out like the official tables of 国办公开办函〔2021〕30号 (and of
// the 2019 trial format): merged headers, Chinese labels, the values with their marks, and the
// relations of FORMAT.md written as Excel formulas with their results computed here. Where each
// header, label and value stands is core/schema/TableLayout (what the window draws too); this file
// adds the title, the check rows and columns and the legend around it.
#include "core/export/XlsxSheets.h"
#include "core/schema/TableLayout.h"

#include <QHash>

namespace nianbao::xlsx {

namespace {

constexpr int tableTop = 3; // rows 0–1: title, row 2: empty

QString cellId(const QString &rowKey, const QString &columnKey)
{
    return rowKey + u'.' + columnKey;
}

// Height of a row whose text of `chars` CJK characters wraps in a column `width` units wide.
void fitRow(Book &book, lxw_worksheet *ws, int row, qsizetype chars, double width)
{
    const int perLine = std::max(1, int(width / 2.1));
    const int lines = int((chars + perLine - 1) / perLine);
    if (lines > 1)
        book.rowHeight(ws, row, 15.0 * lines);
}

// Writes the official layout of one table with its top-left corner at (top, left): headers and
// labels (merged as printed; Excel wraps, so the layout's line-break hints are dropped) and the
// value cells with their marks. `widths` are the sheet's column widths from `left` on, used to
// give a wrapped one-row label its height.
void writeLayout(Book &book, lxw_worksheet *ws, const TableLayout &layout, int top, int left,
                 const Record &record, const CellMarks &marks, const QList<double> &widths = {})
{
    const Schema &schema = record.schema();
    for (const TableLayout::Placed &p : layout.items()) {
        const GridItem &item = p.item;
        const int r1 = top + p.row;
        const int c1 = left + p.column;
        const int r2 = r1 + item.rowSpan - 1;
        const int c2 = c1 + item.colSpan - 1;
        if (item.cellIndex >= 0) {
            if (c2 > c1 || r2 > r1)
                book.merge(ws, r1, c1, r2, c2, QString(), book.valueFormat(ValueKind::Count, Mark::Normal));
            writeValueCell(book, ws, r1, c1, record, marks, schema.at(item.cellIndex).id);
            continue;
        }
        const QString text = QString(item.text).remove(u'\n');
        lxw_format *style = book.style(item.header ? Style::Header
                                                   : item.rowSpan > 1 ? Style::LabelCenter : Style::Label);
        if (c2 > c1 || r2 > r1)
            book.merge(ws, r1, c1, r2, c2, text, style);
        else
            book.text(ws, r1, c1, text, style);
        if (!item.header && item.rowSpan == 1 && !widths.isEmpty()) {
            double width = 0;
            for (int c = p.column; c < p.column + item.colSpan; ++c)
                width += widths.value(c, 0);
            fitRow(book, ws, r1, text.size(), width);
        }
    }
}

} // namespace

// ---- 二、主动公开政府信息情况 -------------------------------------------------------------

void writeActiveSheet(Book &book, const QString &name, const Record &record)
{
    lxw_worksheet *ws = book.addSheet(name);
    const TableLayout layout = TableLayout::build(record.schema(), TableSection::Active);
    const int lastCol = std::max(1, layout.columnCount() - 1);
    const int top = writeTitle(book, ws, record, QStringLiteral("二、主动公开政府信息情况"), lastCol);
    book.widths(ws, 0, 0, 26);
    book.widths(ws, 1, lastCol, 18);
    writeLayout(book, ws, layout, top, 0, record, CellMarks(record));
    book.freeze(ws, top, 1);
    writeLegend(book, ws, top + layout.rowCount() + 1, lastCol, false);
}

// ---- 三、收到和处理政府信息公开申请情况 -----------------------------------------------------

namespace {

constexpr int applyFirstValueCol = 3;

struct ApplyRows
{
    QHash<QString, int> rowOf; // row key → sheet row
    int firstResult = -1;      // （一）予以公开
    int total = -1;            // （七）总计
    int last = -1;
};

bool isTopApplyRow(const QString &key)
{
    return key == u"apply.new" || key == u"apply.carried_over" || key == u"apply.carried_forward";
}

// Where the rows of the table stand on the sheet, from the layout.
ApplyRows applyRows(const TableLayout &layout, const Schema &schema, int top)
{
    ApplyRows rows;
    for (const QString &key : schema.rowKeys(TableSection::Apply)) {
        int row = 0, column = 0;
        if (!layout.positionOf(schema.indexOf(cellId(key, Schema::applicantColumns().constFirst())), &row, &column))
            continue;
        row += top;
        rows.rowOf.insert(key, row);
        if (!isTopApplyRow(key) && rows.firstResult < 0)
            rows.firstResult = row;
        if (key == u"apply.total")
            rows.total = row;
    }
    rows.last = top + layout.rowCount() - 1;
    return rows;
}

// One column's check rows under the table: Σ（一）–（六）, （七）= Σ, 一+二 = （七）+四.
void writeApplyColumnChecks(Book &book, lxw_worksheet *ws, const Record &record, const ApplyRows &rows,
                            int col, const QString &columnKey, int checkRow)
{
    const QString c = columnName(col);
    const QStringList keys = record.schema().rowKeys(TableSection::Apply);
    QList<std::optional<double>> parts;
    double sum = 0;
    for (const QString &key : keys) {
        const int r = rows.rowOf.value(key, -1);
        if (r >= rows.firstResult && r < rows.total) {
            const std::optional<double> v = record.value(cellId(key, columnKey));
            parts.append(v);
            sum += v.value_or(0);
        }
    }
    const QString range = QStringLiteral("%1%2:%1%3").arg(c).arg(rows.firstResult + 1).arg(rows.total);
    book.formulaNumber(ws, checkRow, col, QStringLiteral("=SUM(%1)").arg(range), sum, book.style(Style::Sum));

    const std::optional<double> total = record.value(cellId(QStringLiteral("apply.total"), columnKey));
    const QString totalRef = cellRef(rows.total, col);
    const QString fullRange = QStringLiteral("%1%2:%1%3").arg(c).arg(rows.firstResult + 1).arg(rows.total + 1);
    const QString sumFail = QStringLiteral("✗ 总计≠各项之和");
    QList<std::optional<double>> all = parts;
    all.append(total);
    book.formulaText(ws, checkRow + 1, col,
                     QStringLiteral("=IF(COUNT(%1)<%2,\"? 有缺失\",IF(%3=SUM(%4),\"✓\",\"%5\"))")
                         .arg(fullRange)
                         .arg(all.size())
                         .arg(totalRef, range, sumFail),
                     checkResult(all, sameAmount(total.value_or(0), sum), sumFail), book.style(Style::Check));

    const QString keysBalance[] = {QStringLiteral("apply.new"), QStringLiteral("apply.carried_over"),
                                   QStringLiteral("apply.total"), QStringLiteral("apply.carried_forward")};
    QList<std::optional<double>> v;
    QStringList refs;
    for (const QString &key : keysBalance) {
        v.append(record.value(cellId(key, columnKey)));
        refs.append(cellRef(rows.rowOf.value(key), col));
    }
    const QString balanceFail = QStringLiteral("✗ 一+二≠总计+结转");
    const bool holds = sameAmount(v[0].value_or(0) + v[1].value_or(0), v[2].value_or(0) + v[3].value_or(0));
    book.formulaText(ws, checkRow + 2, col,
                     QStringLiteral("=IF(COUNT(%1,%2,%3,%4)<4,\"? 有缺失\",IF(%1+%2=%3+%4,\"✓\",\"%5\"))")
                         .arg(refs[0], refs[1], refs[2], refs[3], balanceFail),
                     checkResult(v, holds, balanceFail), book.style(Style::Check));
}

// The row check: 总计 = the six applicant columns.
void writeApplyRowCheck(Book &book, lxw_worksheet *ws, const Record &record, const QString &rowKey, int row,
                        int checkCol)
{
    const QStringList &cols = Schema::applicantColumns();
    QList<std::optional<double>> v;
    double sum = 0;
    for (const QString &col : cols) {
        v.append(record.value(cellId(rowKey, col)));
        if (col != cols.constLast())
            sum += v.constLast().value_or(0);
    }
    const int first = applyFirstValueCol;
    const int total = applyFirstValueCol + int(cols.size()) - 1;
    const QString fail = QStringLiteral("✗ 总计≠各列之和");
    book.formulaText(ws, row, checkCol,
                     QStringLiteral("=IF(COUNT(%1:%2)<%3,\"? 有缺失\",IF(SUM(%1:%4)=%2,\"✓\",\"%5\"))")
                         .arg(cellRef(row, first), cellRef(row, total))
                         .arg(cols.size())
                         .arg(cellRef(row, total - 1), fail),
                     checkResult(v, sameAmount(sum, v.constLast().value_or(0)), fail), book.style(Style::Check));
}

} // namespace

void writeApplySheet(Book &book, const QString &name, const Record &record)
{
    lxw_worksheet *ws = book.addSheet(name);
    const Schema &schema = record.schema();
    const QStringList &cols = Schema::applicantColumns();
    const int checkCol = applyFirstValueCol + int(cols.size());
    writeTitle(book, ws, record, QStringLiteral("三、收到和处理政府信息公开申请情况"), checkCol);
    book.widths(ws, 0, 0, 9);
    book.widths(ws, 1, 1, 15);
    book.widths(ws, 2, 2, 44);
    book.widths(ws, applyFirstValueCol, checkCol - 1, 10);
    book.widths(ws, checkCol, checkCol, 20);
    const TableLayout layout = TableLayout::build(schema, TableSection::Apply);
    const CellMarks marks(record);
    writeLayout(book, ws, layout, tableTop, 0, record, marks, {9, 15, 44});
    lxw_format *h = book.style(Style::Header);
    book.merge(ws, tableTop, checkCol, tableTop + layout.headerRows() - 1, checkCol,
               QStringLiteral("行校验：\n总计 = 各列之和"), h);
    for (int i = 0; i < layout.headerRows(); ++i)
        book.rowHeight(ws, tableTop + i, 22);

    const int firstRow = tableTop + layout.headerRows();
    const ApplyRows rows = applyRows(layout, schema, tableTop);
    for (const QString &key : schema.rowKeys(TableSection::Apply)) {
        const int row = rows.rowOf.value(key, -1);
        if (row < 0)
            continue;
        writeApplyRowCheck(book, ws, record, key, row, checkCol);
    }

    const int checkRow = rows.last + 1;
    if (rows.firstResult >= 0 && rows.total > rows.firstResult) {
        lxw_format *label = book.style(Style::CheckLabel);
        book.merge(ws, checkRow, 0, checkRow, 2, QStringLiteral("（一）至（六）各项之和（公式）"), label);
        book.merge(ws, checkRow + 1, 0, checkRow + 1, 2, QStringLiteral("校验：（七）总计 = （一）至（六）各项之和"), label);
        book.merge(ws, checkRow + 2, 0, checkRow + 2, 2, QStringLiteral("校验：一 + 二 = （七）总计 + 四"), label);
        for (qsizetype i = 0; i < cols.size(); ++i)
            writeApplyColumnChecks(book, ws, record, rows, applyFirstValueCol + int(i), cols.at(i), checkRow);
        for (int r = checkRow; r < checkRow + 3; ++r)
            book.blank(ws, r, checkCol, book.style(Style::Check));
        book.highlightChecks(ws, checkRow + 1, applyFirstValueCol, checkRow + 2, checkCol - 1);
    }
    book.highlightChecks(ws, firstRow, checkCol, rows.last, checkCol);
    book.freeze(ws, firstRow, applyFirstValueCol);
    book.printWide(ws);
    writeLegend(book, ws, checkRow + 4, checkCol, true);
}

// ---- 四、政府信息公开行政复议、行政诉讼情况 -------------------------------------------------

void writeReviewSheet(Book &book, const QString &name, const Record &record)
{
    lxw_worksheet *ws = book.addSheet(name);
    const Schema &schema = record.schema();
    const TableLayout layout = TableLayout::build(schema, TableSection::Review);
    const int lastCol = std::max(1, layout.columnCount()); // column 0 holds the row's label
    writeTitle(book, ws, record, QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"), lastCol);
    book.widths(ws, 0, 0, 16);
    book.widths(ws, 1, lastCol, 9);
    const int r = tableTop;
    const int dataRow = r + layout.headerRows();
    const int checkRow = dataRow + 1;
    book.merge(ws, r, 0, dataRow - 1, 0, QString(), book.style(Style::Header));
    book.text(ws, dataRow, 0, QStringLiteral("件数"), book.style(Style::Label));
    book.text(ws, checkRow, 0, QStringLiteral("校验：总计 = 维持 + 纠正 + 其他 + 尚未审结"), book.style(Style::CheckLabel));
    fitRow(book, ws, checkRow, 24, 16);
    writeLayout(book, ws, layout, r, 1, record, CellMarks(record));

    // One check per group of five (维持, 纠正, 其他, 尚未审结, 总计), under its values.
    int col = 1;
    for (const QString &group : schema.rowKeys(TableSection::Review)) {
        const QStringList cols = schema.columnKeys(group);
        if (cols.isEmpty())
            continue;
        const int c1 = col;
        const int c2 = col + int(cols.size()) - 1;
        QList<std::optional<double>> v;
        double sum = 0;
        for (qsizetype i = 0; i < cols.size(); ++i) {
            v.append(record.value(cellId(group, cols.at(i))));
            if (i + 1 < cols.size())
                sum += v.constLast().value_or(0);
        }
        const QString fail = QStringLiteral("✗ 总计≠维持+纠正+其他+尚未审结");
        book.merge(ws, checkRow, c1, checkRow, c2, QString(), book.style(Style::Check));
        book.formulaText(ws, checkRow, c1,
                         QStringLiteral("=IF(COUNT(%1:%2)<%3,\"? 有缺失\",IF(SUM(%1:%4)=%2,\"✓\",\"%5\"))")
                             .arg(cellRef(dataRow, c1), cellRef(dataRow, c2))
                             .arg(cols.size())
                             .arg(cellRef(dataRow, c2 - 1), fail),
                         checkResult(v, sameAmount(sum, v.constLast().value_or(0)), fail), book.style(Style::Check));
        col = c2 + 1;
    }
    book.rowHeight(ws, r + layout.headerRows() - 1, 30);
    book.freeze(ws, dataRow, 1); // like the other sheets: the headers and the row label stay
    book.printWide(ws);
    book.highlightChecks(ws, checkRow, 1, checkRow, lastCol);
    writeLegend(book, ws, checkRow + 2, lastCol, true);
}

} // namespace nianbao::xlsx
