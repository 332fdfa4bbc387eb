// SPDX-License-Identifier: GPL-3.0-or-later
// The three section sheets, laid out like the official tables of 国办公开办函〔2021〕30号 (and of
// the 2019 trial format): merged headers, Chinese labels, the values with their marks, and the
// relations of FORMAT.md written as Excel formulas with their results computed here.
#include "core/export/XlsxSheets.h"

#include <QHash>

namespace nianbao::xlsx {

namespace {

constexpr int tableTop = 3; // rows 0–1: title, row 2: empty

// "第二十条第（一）项 规章" → {"第二十条第（一）项", "规章"}; no space → {label, ""}.
std::pair<QString, QString> splitLabel(const QString &label)
{
    const qsizetype space = label.indexOf(u' ');
    if (space < 0)
        return {label, QString()};
    return {label.left(space), label.mid(space + 1).trimmed()};
}

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

// The column spans of a block with k value columns over the value columns 1..3.
QList<std::pair<int, int>> activeSpans(qsizetype k, int lastCol)
{
    QList<std::pair<int, int>> spans;
    if (k == 1)
        spans.append({1, lastCol});
    else if (k == 2)
        spans = {{1, 1}, {2, lastCol}};
    else
        for (int i = 0; i < k; ++i)
            spans.append({1 + i, 1 + i});
    return spans;
}

} // namespace

// ---- 二、主动公开政府信息情况 -------------------------------------------------------------

void writeActiveSheet(Book &book, const QString &name, const Record &record)
{
    lxw_worksheet *ws = book.addSheet(name);
    const Schema &schema = record.schema();
    const QStringList rowKeys = schema.rowKeys(TableSection::Active);
    qsizetype widest = 3;
    for (const QString &key : rowKeys)
        widest = std::max(widest, schema.columnKeys(key).size());
    const int lastCol = int(widest);

    int row = writeTitle(book, ws, record, QStringLiteral("二、主动公开政府信息情况"), lastCol);
    book.widths(ws, 0, 0, 26);
    book.widths(ws, 1, lastCol, 18);
    const CellMarks marks(record);
    QString block;
    QStringList blockColumns;
    for (const QString &key : rowKeys) {
        const QStringList columns = schema.columnKeys(key);
        const CellSpec *first = schema.find(cellId(key, columns.value(0)));
        if (!first)
            continue;
        const auto [blockLabel, item] = splitLabel(first->row);
        const QList<std::pair<int, int>> spans = activeSpans(columns.size(), lastCol);
        if (blockLabel != block) {
            book.merge(ws, row, 0, row, lastCol, blockLabel, book.style(Style::Header));
            ++row;
            block = blockLabel;
            blockColumns.clear();
        }
        if (columns != blockColumns) {
            book.text(ws, row, 0, QStringLiteral("信息内容"), book.style(Style::Header));
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const CellSpec *spec = schema.find(cellId(key, columns.at(i)));
                book.merge(ws, row, spans.at(i).first, row, spans.at(i).second,
                           spec ? spec->column : columns.at(i), book.style(Style::Header));
            }
            ++row;
            blockColumns = columns;
        }
        book.text(ws, row, 0, item.isEmpty() ? blockLabel : item, book.style(Style::Label));
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const auto [c1, c2] = spans.at(i);
            if (c2 > c1)
                book.merge(ws, row, c1, row, c2, QString(), book.valueFormat(ValueKind::Count, Mark::Normal));
            writeValueCell(book, ws, row, c1, record, marks, cellId(key, columns.at(i)));
        }
        ++row;
    }
    book.freeze(ws, tableTop, 1);
    writeLegend(book, ws, row + 1, lastCol, false);
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

void writeApplyHeader(Book &book, lxw_worksheet *ws, const Schema &schema, int checkCol)
{
    const QStringList &cols = Schema::applicantColumns();
    const int r = tableTop;
    lxw_format *h = book.style(Style::Header);
    book.merge(ws, r, 0, r + 2, applyFirstValueCol - 1,
               QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), h);
    book.merge(ws, r, applyFirstValueCol, r, applyFirstValueCol + int(cols.size()) - 1,
               QStringLiteral("申请人情况"), h);
    auto label = [&](qsizetype i) {
        const CellSpec *spec = schema.find(cellId(QStringLiteral("apply.new"), cols.at(i)));
        return spec ? spec->column : cols.at(i);
    };
    const int natural = applyFirstValueCol;
    const int total = applyFirstValueCol + int(cols.size()) - 1;
    book.merge(ws, r + 1, natural, r + 2, natural, label(0), h);
    book.merge(ws, r + 1, natural + 1, r + 1, total - 1, QStringLiteral("法人或其他组织"), h);
    for (int c = natural + 1; c < total; ++c)
        book.text(ws, r + 2, c, label(c - applyFirstValueCol), h);
    book.merge(ws, r + 1, total, r + 2, total, label(cols.size() - 1), h);
    book.merge(ws, r, checkCol, r + 2, checkCol, QStringLiteral("行校验：\n总计 = 各列之和"), h);
    for (int i = 0; i < 3; ++i)
        book.rowHeight(ws, r + i, 22);
}

// The labels of the 25 (2019: 23) rows with the merged groups of the official table.
ApplyRows writeApplyLabels(Book &book, lxw_worksheet *ws, const Schema &schema, int firstRow)
{
    ApplyRows rows;
    const QStringList keys = schema.rowKeys(TableSection::Apply);
    const QString resultPrefix = QStringLiteral("三、本年度办理结果");
    lxw_format *label = book.style(Style::Label);
    lxw_format *center = book.style(Style::LabelCenter);
    int row = firstRow;
    int lastResult = -1;
    QString group;
    int groupStart = -1;
    QString groupLabel;
    auto closeGroup = [&](int endRow) {
        if (groupStart >= 0)
            book.merge(ws, groupStart, 1, endRow, 1, groupLabel, center);
        groupStart = -1;
        group.clear();
    };
    for (const QString &key : keys) {
        rows.rowOf.insert(key, row);
        const CellSpec *spec = schema.find(cellId(key, QStringLiteral("natural")));
        const QString text = spec ? spec->row : key;
        const QStringList parts = key.split(u'.');
        const QString keyGroup = parts.size() > 2 ? parts.mid(0, 2).join(u'.') : QString();
        if (keyGroup != group)
            closeGroup(row - 1);
        if (isTopApplyRow(key)) {
            book.merge(ws, row, 0, row, applyFirstValueCol - 1, text, label);
            fitRow(book, ws, row, text.size(), 68);
        } else {
            if (rows.firstResult < 0)
                rows.firstResult = row;
            lastResult = row;
            if (key == u"apply.total")
                rows.total = row;
            if (!keyGroup.isEmpty()) {
                const auto [head, item] = splitLabel(text);
                if (groupStart < 0) {
                    group = keyGroup;
                    groupStart = row;
                    groupLabel = head;
                }
                book.text(ws, row, 2, item.isEmpty() ? head : item, label);
                fitRow(book, ws, row, item.size(), 44);
            } else {
                QString own = text;
                if (own.startsWith(resultPrefix))
                    own = own.mid(resultPrefix.size());
                book.merge(ws, row, 1, row, 2, own, label);
                fitRow(book, ws, row, own.size(), 59);
            }
        }
        ++row;
    }
    closeGroup(row - 1);
    if (rows.firstResult >= 0)
        book.merge(ws, rows.firstResult, 0, lastResult, 0, resultPrefix, center);
    rows.last = row - 1;
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
    writeApplyHeader(book, ws, schema, checkCol);

    const int firstRow = tableTop + 3;
    const ApplyRows rows = writeApplyLabels(book, ws, schema, firstRow);
    const CellMarks marks(record);
    for (const QString &key : schema.rowKeys(TableSection::Apply)) {
        const int row = rows.rowOf.value(key);
        for (qsizetype i = 0; i < cols.size(); ++i)
            writeValueCell(book, ws, row, applyFirstValueCol + int(i), record, marks, cellId(key, cols.at(i)));
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
    const QStringList groups = schema.rowKeys(TableSection::Review);
    QList<QStringList> columns;
    int lastCol = 0;
    for (const QString &g : groups) {
        columns.append(schema.columnKeys(g));
        lastCol += int(columns.constLast().size());
    }
    writeTitle(book, ws, record, QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"), std::max(lastCol, 1));
    book.widths(ws, 0, 0, 16);
    book.widths(ws, 1, std::max(lastCol, 1), 9);
    lxw_format *h = book.style(Style::Header);
    const int r = tableTop;
    book.merge(ws, r, 0, r + 2, 0, QString(), h);
    const int dataRow = r + 3;
    const int checkRow = r + 4;
    book.text(ws, dataRow, 0, QStringLiteral("件数"), book.style(Style::Label));
    book.text(ws, checkRow, 0, QStringLiteral("校验：总计 = 维持 + 纠正 + 其他 + 尚未审结"), book.style(Style::CheckLabel));
    fitRow(book, ws, checkRow, 24, 16);
    const CellMarks marks(record);

    // Row r: the top labels (行政复议 / 行政诉讼), merged over the groups that share them.
    QString top;
    int topStart = 1;
    int col = 1;
    auto closeTop = [&](int endCol, bool hasSub) {
        if (!top.isEmpty())
            book.merge(ws, r, topStart, hasSub ? r : r + 1, endCol, top, h);
    };
    bool topHasSub = false;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QStringList &cols = columns.at(g);
        if (cols.isEmpty())
            continue;
        const CellSpec *first = schema.find(cellId(groups.at(g), cols.first()));
        const auto [head, sub] = splitLabel(first ? first->row : groups.at(g));
        if (head != top) {
            closeTop(col - 1, topHasSub);
            top = head;
            topStart = col;
            topHasSub = !sub.isEmpty();
        }
        const int c1 = col;
        const int c2 = col + int(cols.size()) - 1;
        if (!sub.isEmpty())
            book.merge(ws, r + 1, c1, r + 1, c2, sub, h);
        QList<std::optional<double>> v;
        double sum = 0;
        for (qsizetype i = 0; i < cols.size(); ++i) {
            const QString id = cellId(groups.at(g), cols.at(i));
            const CellSpec *spec = schema.find(id);
            book.text(ws, r + 2, c1 + int(i), spec ? spec->column : cols.at(i), h);
            writeValueCell(book, ws, dataRow, c1 + int(i), record, marks, id);
            v.append(record.value(id));
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
    closeTop(col - 1, topHasSub);
    book.rowHeight(ws, r + 2, 30);
    book.freeze(ws, dataRow, 1); // like the other sheets: the headers and the row label stay
    book.printWide(ws);
    book.highlightChecks(ws, checkRow, 1, checkRow, std::max(lastCol, 1));
    writeLegend(book, ws, checkRow + 2, std::max(lastCol, 1), true);
}

} // namespace nianbao::xlsx
