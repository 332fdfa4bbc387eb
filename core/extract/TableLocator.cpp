// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/TableLocator.h"

#include "core/extract/RowMatcher.h"
#include "core/extract/TextMatch.h"
#include "core/extract/ValueWindow.h"
#include "core/util/TextNormalize.h"

#include <QHash>

namespace nianbao::extract {

namespace {

// A section heading between two tables ("四、政府信息公开行政复议…", "五、存在的主要问题…").
bool isSectionHeading(QStringView line)
{
    const QString key = labelKey(line);
    return !key.isEmpty() && key.size() <= 40
           && containsAny(key, {u"行政复议", u"行政诉讼", u"收到和处理", u"依申请公开", u"公开申请",
                           u"主动公开", u"存在的", u"主要问题", u"其他需要报告", u"总体情况", u"概述"});
}

// Whether the table after `gap` may continue the section of the table before it: only when no
// heading and no prose stand between them (a page break, a blank line, a page number). A table
// under a heading starts no section by itself: its rows must carry their section's markers (an
// unrelated table under （一）主动公开情况 must not fill section 二).
Section sectionAfterGap(QStringView gap, Section current)
{
    int lines = 0;
    for (QStringView line : gap.split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (++lines >= 4 || t.size() > 40 || isSectionHeading(t))
            return Section::None;
    }
    return current;
}

// A table read from run-together text (extract/FlattenedTables.h) carries only the rows it found
// by their labels, not the headers; its item labels are its markers.
bool isFlattened(const Table &table)
{
    for (const TableRow &row : table.rows)
        for (const TableCell &cell : row.cells)
            if (cell.inferred)
                return true;
    return false;
}

Section flattenedMarker(QStringView text)
{
    return containsAny(text, {u"规章", u"规范性文件", u"行政许可", u"行政处罚", u"行政强制", u"行政事业性收费",
                              u"其他对外管理服务", u"政府集中采购"})
               ? Section::Active
               : Section::None;
}

// How many numbers the row prints after its label; -1 when something else stands there.
int numbersAfter(const TableRow &row, int last)
{
    int values = 0;
    for (int i = last + 1; i < row.cells.size(); ++i) {
        if (isEmptyCell(row.cells.at(i)))
            continue;
        if (!parseNumber(valueText(row.cells.at(i).text)))
            return -1;
        ++values;
    }
    return values;
}

// The section the last heading of the gap before a table names (三 or 四), None when it names
// another; `current` when the gap holds no heading (prose or a note inside the section).
Section headingSection(QStringView gap, Section current)
{
    Section found = current;
    for (QStringView line : gap.split(u'\n')) {
        const QString key = labelKey(line.trimmed());
        if (key.isEmpty() || !isSectionHeading(line.trimmed()))
            continue;
        if (key.contains(u"行政复议") && key.contains(u"行政诉讼"))
            found = Section::Review;
        else if (containsAny(key, {u"收到和处理", u"依申请公开"}))
            found = Section::Apply;
        else
            found = Section::None;
    }
    return found;
}

// A row of section 三 or 四 without the markers of its table, under the section's heading: a
// label of the table followed by its count of numbers ("（七）总计 | 16 | … | 20", "行政复议 | 1 |
// 0 | 0 | 0 | 1"), or section 四's 15 numbers without any label.
Section rowByItself(const TableRow &row, Section heading)
{
    const int last = lastLabelIndex(row);
    const int values = numbersAfter(row, last);
    if (heading == Section::Review) {
        if (last < 0 && values == 15)
            return Section::Review;
        if (last >= 0 && values == 5 && !reviewRowKey(rowLabel(row, last)).isEmpty())
            return Section::Review;
    }
    if (heading == Section::Apply && last >= 0 && values == 7) {
        for (FormatVersion format : {FormatVersion::V2021, FormatVersion::V2019}) {
            ApplyContext context;
            if (!applyRowKey(rowLabel(row, last), format, context).isEmpty())
                return Section::Apply;
        }
    }
    return Section::None;
}

// A row of section 二 wherever it stands: its label is exactly one of the table's (not "行政许可类
//信息" of an unrelated table) and the right count of numbers follows it ("规章 | 2 | 0 | 35").
bool isActiveRowByItself(const TableRow &row)
{
    const int last = lastLabelIndex(row);
    if (last < 0)
        return false;
    QString label = rowLabel(row, last);
    static const QString numbering = QStringLiteral("一二三四五六七八九十0123456789");
    while (!label.isEmpty() && numbering.contains(label.front()))
        label.remove(0, 1);
    const int values = numbersAfter(row, last);
    static const QHash<QString, int> widths = {
        {QStringLiteral("规章"), 3},     {QStringLiteral("行政规范性文件"), 3}, {QStringLiteral("规范性文件"), 3},
        {QStringLiteral("行政许可"), 1}, {QStringLiteral("行政处罚"), 1},       {QStringLiteral("行政强制"), 1},
        {QStringLiteral("行政事业性收费"), 1}};
    const auto it = widths.constFind(label);
    return it != widths.constEnd() && values == it.value();
}

} // namespace

Section markerSection(QStringView text)
{
    if ((text.contains(u"行政复议") && text.contains(u"行政诉讼"))
        || containsAny(text, {u"结果维持", u"尚未审结", u"直接起诉", u"复议后起诉"}))
        return Section::Review;
    if (isApplyHeader(text)
        || containsAny(text, {u"本年新收", u"上年结转", u"予以公开", u"不予公开", u"无法提供", u"不予处理"}))
        return Section::Apply;
    if (containsAny(text, {u"第二十条", u"信息内容", u"制发件数", u"新制作数量", u"处理决定数量",
                      u"收费金额", u"上一年项目数量"}))
        return Section::Active;
    return Section::None;
}

LocatedRows locateTables(const Document &doc)
{
    LocatedRows located;
    Section section = Section::None;
    Section heading = Section::None; // the section the heading before the table names
    qsizetype previousEnd = 0;
    for (const Table &table : doc.tables) {
        if (table.span.isValid() && table.span.start >= previousEnd
            && table.span.start <= doc.text.size()) {
            const QStringView gap = QStringView(doc.text).mid(previousEnd, table.span.start - previousEnd);
            section = sectionAfterGap(gap, section);
            heading = headingSection(gap, heading);
            previousEnd = std::min(doc.text.size(), table.span.end());
        }
        const bool flattened = isFlattened(table);
        for (const TableRow &row : table.rows) {
            Section marker = markerSection(rowText(row));
            if (marker == Section::None && flattened)
                marker = flattenedMarker(rowText(row));
            if (marker == Section::None && section == Section::None && isActiveRowByItself(row))
                marker = Section::Active;
            if (marker == Section::None && section == Section::None)
                marker = rowByItself(row, heading);
            if (marker != Section::None)
                section = marker;
            switch (section) {
            case Section::Active: located.active.append(&row); break;
            case Section::Apply: located.apply.append(&row); break;
            case Section::Review: located.review.append(&row); break;
            case Section::None: break;
            }
        }
    }
    return located;
}

} // namespace nianbao::extract
