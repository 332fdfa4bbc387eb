#include "TableLocator.h"

#include "RowMatcher.h"
#include "util/TextNormalize.h"

namespace nianbao::extract {

namespace {

bool hasAny(QStringView text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (text.contains(QStringView(w)))
            return true;
    return false;
}

// A heading line between two tables: which section it opens (None for 五、六 …), or nullopt when
// the line is no section heading.
std::optional<Section> headingSection(QStringView line)
{
    const QString key = labelKey(line);
    if (key.isEmpty() || key.size() > 40)
        return std::nullopt;
    if (hasAny(key, {u"行政复议", u"行政诉讼"}))
        return Section::Review;
    if (hasAny(key, {u"收到和处理", u"依申请公开", u"公开申请"}))
        return Section::Apply;
    if (hasAny(key, {u"主动公开"}))
        return Section::Active;
    if (hasAny(key, {u"存在的", u"主要问题", u"其他需要报告", u"总体情况", u"概述"}))
        return Section::None;
    return std::nullopt;
}

// What the text between two tables says about the section of the second one.
Section sectionAfterGap(QStringView gap, Section current)
{
    std::optional<Section> heading;
    int lines = 0;
    bool prose = false;
    for (QStringView line : gap.split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.isEmpty())
            continue;
        ++lines;
        if (const auto s = headingSection(t))
            heading = s;
        else if (t.size() > 40)
            prose = true;
    }
    if (heading)
        return *heading;
    if (prose || lines >= 4)
        return Section::None;
    return current;
}

} // namespace

Section markerSection(QStringView text)
{
    if ((text.contains(u"行政复议") && text.contains(u"行政诉讼"))
        || hasAny(text, {u"结果维持", u"尚未审结", u"直接起诉", u"复议后起诉"}))
        return Section::Review;
    if (isApplyHeader(text)
        || hasAny(text, {u"本年新收", u"上年结转", u"予以公开", u"不予公开", u"无法提供", u"不予处理"}))
        return Section::Apply;
    if (hasAny(text, {u"第二十条", u"信息内容", u"制发件数", u"新制作数量", u"处理决定数量",
                      u"收费金额", u"上一年项目数量"}))
        return Section::Active;
    return Section::None;
}

LocatedRows locateTables(const Document &doc)
{
    LocatedRows located;
    Section section = Section::None;
    qsizetype previousEnd = 0;
    for (const Table &table : doc.tables) {
        if (table.span.isValid() && table.span.start >= previousEnd
            && table.span.start <= doc.text.size()) {
            const QStringView gap = QStringView(doc.text).mid(previousEnd, table.span.start - previousEnd);
            section = sectionAfterGap(gap, section);
            previousEnd = std::min(doc.text.size(), table.span.end());
        }
        for (const TableRow &row : table.rows) {
            const Section marker = markerSection(rowText(row));
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
