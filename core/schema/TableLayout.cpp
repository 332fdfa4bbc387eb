// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/TableLayout.h"

#include <QCoreApplication>

namespace nianbao {

// A fixed text of the layout (not from the schema), kept in Chinese; views translate it.
static QString fixedText(const char *source)
{
    return QString::fromUtf8(source);
}

static qint64 key(int row, int column)
{
    return (qint64(row) << 32) | quint32(column);
}

TableLayout TableLayout::build(const Schema &schema, TableSection section)
{
    TableLayout layout;
    layout.m_section = section;
    switch (section) {
    case TableSection::Active: layout.buildActive(schema); break;
    case TableSection::Apply: layout.buildApply(schema); break;
    case TableSection::Review: layout.buildReview(schema); break;
    }
    return layout;
}

const GridItem *TableLayout::itemAt(int row, int column) const
{
    const auto it = m_anchor.constFind(key(row, column));
    return it == m_anchor.constEnd() ? nullptr : &m_items.at(*it).item;
}

int TableLayout::cellIndexAt(int row, int column) const
{
    const GridItem *item = itemAt(row, column);
    return item ? item->cellIndex : -1;
}

bool TableLayout::positionOf(int cellIndex, int *row, int *column) const
{
    const auto it = m_cellPos.constFind(cellIndex);
    if (it == m_cellPos.constEnd())
        return false;
    *row = int(*it >> 32);
    *column = int(*it & 0xffffffff);
    return true;
}

void TableLayout::place(int row, int column, GridItem item)
{
    m_rows = qMax(m_rows, row + item.rowSpan);
    m_columns = qMax(m_columns, column + item.colSpan);
    if (item.cellIndex >= 0)
        m_cellPos.insert(item.cellIndex, key(row, column));
    m_anchor.insert(key(row, column), int(m_items.size()));
    m_items.append({row, column, std::move(item)});
}

static GridItem header(const QString &text, int rowSpan = 1, int colSpan = 1)
{
    GridItem g;
    g.text = text;
    g.rowSpan = rowSpan;
    g.colSpan = colSpan;
    g.header = true;
    return g;
}

static GridItem label(const QString &text, int rowSpan = 1, int colSpan = 1)
{
    GridItem g = header(text, rowSpan, colSpan);
    g.header = false;
    return g;
}

static GridItem value(int cellIndex, int colSpan = 1)
{
    GridItem g;
    g.cellIndex = cellIndex;
    g.colSpan = colSpan;
    return g;
}

// The label of a row key split at its first space: "第二十条第（一）项 规章" -> (prefix, rest).
static QPair<QString, QString> splitLabel(const QString &rowLabel)
{
    const qsizetype space = rowLabel.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {QString(), rowLabel};
    return {rowLabel.left(space), rowLabel.mid(space + 1)};
}

static const CellSpec *firstCellOfRow(const Schema &schema, const QString &rowKey)
{
    return schema.find(rowKey + QLatin1Char('.') + schema.columnKeys(rowKey).value(0));
}

// Section 二: per article of the regulation a heading row, a row of column labels ("信息内容", …)
// and one row per item; items with fewer columns stretch their last cell.
void TableLayout::buildActive(const Schema &schema)
{
    const QStringList rowKeys = schema.rowKeys(TableSection::Active);
    int valueColumns = 1;
    for (const QString &rk : rowKeys)
        valueColumns = qMax(valueColumns, int(schema.columnKeys(rk).size()));
    m_labelColumns = 1;
    m_headerRows = 0;
    int row = 0;
    QString currentGroup;
    QStringList currentColumns;
    for (const QString &rk : rowKeys) {
        const QStringList columns = schema.columnKeys(rk);
        const CellSpec *first = firstCellOfRow(schema, rk);
        if (!first)
            continue;
        const auto [group, item] = splitLabel(first->row);
        QStringList columnLabels;
        for (const QString &ck : columns)
            columnLabels.append(schema.find(rk + QLatin1Char('.') + ck)->column);
        if (group != currentGroup || columnLabels != currentColumns) {
            if (group != currentGroup)
                place(row++, 0, header(group, 1, 1 + valueColumns));
            place(row, 0, header(fixedText(QT_TRANSLATE_NOOP("TableLayout", "信息内容"))));
            for (int c = 0; c < columnLabels.size(); ++c) {
                const int span = c == columnLabels.size() - 1 ? valueColumns - c : 1;
                place(row, 1 + c, header(columnLabels.at(c), 1, span));
            }
            ++row;
            currentGroup = group;
            currentColumns = columnLabels;
        }
        place(row, 0, label(item));
        for (int c = 0; c < columns.size(); ++c) {
            const int span = c == columns.size() - 1 ? valueColumns - c : 1;
            place(row, 1 + c, value(schema.indexOf(rk + QLatin1Char('.') + columns.at(c)), span));
        }
        ++row;
    }
}

// Section 三: three label columns (item, sub-item, detail), the applicant columns under the
// headers 申请人情况 / 法人或其他组织, the 勾稽 note in the corner as printed.
void TableLayout::buildApply(const Schema &schema)
{
    const QStringList rowKeys = schema.rowKeys(TableSection::Apply);
    if (rowKeys.isEmpty())
        return;
    const QStringList columns = schema.columnKeys(rowKeys.first());
    const int n = int(columns.size()); // natural … other, total
    m_labelColumns = 3;
    m_headerRows = 3;
    place(0, 0, header(fixedText(QT_TRANSLATE_NOOP("TableLayout", "（本列数据的勾稽关系为：\n第一项加第二项之和，\n等于第三项加第四项之和）")),
                       3, 3));
    place(0, 3, header(fixedText(QT_TRANSLATE_NOOP("TableLayout", "申请人情况")), 1, n));
    for (int c = 0; c < n; ++c) {
        const QString text = schema.find(rowKeys.first() + QLatin1Char('.') + columns.at(c))->column;
        if (c == 0 || c == n - 1)
            place(1, 3 + c, header(text, 2, 1));
        else
            place(2, 3 + c, header(text));
    }
    if (n > 2)
        place(1, 4, header(fixedText(QT_TRANSLATE_NOOP("TableLayout", "法人或其他组织")), 1, n - 2));

    const QString resultsPrefix = QStringLiteral("三、本年度办理结果");
    struct RowLabel { QString sub; QString detail; bool inResults; QString whole; };
    QList<RowLabel> labels;
    for (const QString &rk : rowKeys) {
        const CellSpec *first = firstCellOfRow(schema, rk);
        RowLabel l;
        l.whole = first ? first->row : rk;
        QString rest = l.whole;
        if (rest.startsWith(resultsPrefix))
            rest = rest.mid(resultsPrefix.size());
        l.inResults = rest.startsWith(QChar(0xFF08)); // "（"
        if (l.inResults) {
            const auto [prefix, item] = splitLabel(rest);
            l.sub = prefix.isEmpty() ? item : prefix;
            l.detail = prefix.isEmpty() ? QString() : item;
        }
        labels.append(l);
    }
    const int firstRow = m_headerRows;
    int resultsStart = -1;
    int resultsCount = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const int row = firstRow + i;
        const RowLabel &l = labels.at(i);
        if (!l.inResults) {
            place(row, 0, label(l.whole, 1, 3));
        } else {
            if (resultsStart < 0)
                resultsStart = row;
            ++resultsCount;
            if (l.detail.isEmpty()) {
                place(row, 1, label(l.sub, 1, 2));
            } else if (i == 0 || labels.at(i - 1).sub != l.sub || labels.at(i - 1).detail.isEmpty()) {
                int span = 1;
                while (i + span < labels.size() && labels.at(i + span).sub == l.sub
                       && !labels.at(i + span).detail.isEmpty())
                    ++span;
                place(row, 1, label(l.sub, span, 1));
            }
            if (!l.detail.isEmpty())
                place(row, 2, label(l.detail));
        }
        for (int c = 0; c < n; ++c)
            place(row, 3 + c, value(schema.indexOf(rowKeys.at(i) + QLatin1Char('.') + columns.at(c))));
    }
    // Qt does not wrap text inside merged cells: the long label is broken by hand.
    if (resultsStart >= 0)
        place(resultsStart, 0, label(resultsPrefix.left(5) + QLatin1Char('\n') + resultsPrefix.mid(5), resultsCount, 1));
}

// Section 四: one row of fifteen numbers under 行政复议 / 行政诉讼 (未经复议直接起诉, 复议后起诉).
void TableLayout::buildReview(const Schema &schema)
{
    const QStringList rowKeys = schema.rowKeys(TableSection::Review);
    m_labelColumns = 0;
    m_headerRows = 3;
    int column = 0;
    QString currentGroup;
    int groupStart = 0;
    auto closeGroup = [&] {
        if (!currentGroup.isEmpty() && column > groupStart)
            place(0, groupStart, header(currentGroup, 1, column - groupStart));
    };
    for (const QString &rk : rowKeys) {
        const CellSpec *first = firstCellOfRow(schema, rk);
        if (!first)
            continue;
        const auto [group, item] = splitLabel(first->row);
        const QStringList columns = schema.columnKeys(rk);
        const int width = int(columns.size());
        if (group.isEmpty()) { // 行政复议: its own group, column labels over two rows
            closeGroup();
            currentGroup.clear();
            place(0, column, header(item, 1, width));
            for (int c = 0; c < width; ++c)
                place(1, column + c, header(schema.find(rk + QLatin1Char('.') + columns.at(c))->column, 2, 1));
        } else {
            if (group != currentGroup) {
                closeGroup();
                currentGroup = group;
                groupStart = column;
            }
            place(1, column, header(item, 1, width));
            for (int c = 0; c < width; ++c)
                place(2, column + c, header(schema.find(rk + QLatin1Char('.') + columns.at(c))->column));
        }
        for (int c = 0; c < width; ++c)
            place(3, column + c, value(schema.indexOf(rk + QLatin1Char('.') + columns.at(c))));
        column += width;
    }
    closeGroup();
}

} // namespace nianbao
