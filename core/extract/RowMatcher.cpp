// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/RowMatcher.h"

#include <algorithm>

#include "core/extract/TextMatch.h"
#include "core/extract/ValueWindow.h"
#include "core/util/TextNormalize.h"

namespace nianbao::extract {

namespace {

struct Keyword
{
    const char16_t *word;
    const char16_t *key;
};

// Section 三, most specific first: 部分公开 carries "其他情形", 不予公开 sub-rows carry 公开.
constexpr Keyword applyKeywords[] = {
    {u"本年新收", u"new"},
    {u"上年结转", u"carried_over"},
    {u"结转下年", u"carried_forward"},
    {u"下年度继续", u"carried_forward"},
    {u"部分公开", u"partial"},
    {u"国家秘密", u"denied.state_secret"},
    {u"禁止公开", u"denied.prohibited"},
    {u"法律行政", u"denied.prohibited"},
    {u"三安全一稳定", u"denied.security"},
    {u"危及", u"denied.security"},
    {u"第三方", u"denied.third_party"},
    {u"内部事务", u"denied.internal"},
    {u"过程性", u"denied.process"},
    {u"执法案卷", u"denied.enforcement_file"},
    {u"查询事项", u"denied.query"},
    {u"不掌握", u"unavailable.not_held"},
    {u"另行制作", u"unavailable.needs_creation"},
    {u"没有现成", u"unavailable.needs_creation"},
    {u"仍不明确", u"unavailable.unclear"},
    {u"补正后", u"unavailable.unclear"},
    {u"信访", u"not_processed.complaint"},
    {u"举报投诉", u"not_processed.complaint"},
    {u"重复申请", u"not_processed.duplicate"},
    {u"出版物", u"not_processed.publication"},
    {u"大量反复", u"not_processed.excessive"},
    {u"重新出具", u"not_processed.confirmation"},
    {u"已获取信息", u"not_processed.confirmation"},
    {u"不补正", u"other_handling.no_correction"},
    {u"缴纳费用", u"other_handling.no_fee"},
    {u"收费通知", u"other_handling.no_fee"},
    {u"予以公开", u"granted"},
};

// The groups of 三、本年度办理结果 that hold numbered sub-rows.
constexpr Keyword applyGroups[] = {
    {u"不予公开", u"denied"},
    {u"无法提供", u"unavailable"},
    {u"不予处理", u"not_processed"},
    {u"其他处理", u"other_handling"},
};

// Section 二: 其他对外管理服务事项 before anything else, 规范性文件 before 规章. The keywords stop
// short of a label's last character where that is enough to tell the rows apart: in a narrow
// table without rules the label wraps ("行政规范性文 / 件") and its last line may stand apart.
constexpr Keyword activeKeywords[] = {
    {u"其他对外管理服务", u"other_services"},
    {u"集中采购", u"procurement"},
    {u"规范性文", u"normative"},
    {u"规章", u"regulations"},
    {u"行政许可", u"licensing"},
    {u"行政处罚", u"penalty"},
    {u"行政强制", u"coercion"},
    {u"事业性收", u"fees"},
};

bool has(QStringView text, const char16_t *word)
{
    return containsAny(text, {word});
}

// "3其他" -> "其他", "六其他处理" -> "其他处理": the label without its numbering.
QStringView withoutNumbering(QStringView label)
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    qsizetype k = 0;
    while (k < label.size() && (label.at(k).isDigit() || numerals.contains(label.at(k))))
        ++k;
    return label.mid(k);
}

bool schemaHasRow(FormatVersion format, const QString &rowKey)
{
    return !Schema::get(format).columnKeys(rowKey).isEmpty();
}

// "apply.other_handling" in the 2021 format: a group whose sub-rows the format has.
bool schemaHasGroup(FormatVersion format, const QString &rowKey)
{
    const QStringList rows = Schema::get(format).rowKeys(TableSection::Apply);
    return std::any_of(rows.cbegin(), rows.cend(), [&](const QString &r) { return r.startsWith(rowKey + u'.'); });
}

} // namespace

QString rowLabel(const TableRow &row, int lastLabel)
{
    QString label;
    for (int i = 0; i <= lastLabel && i < row.cells.size(); ++i)
        if (!row.cells.at(i).continuation)
            label += labelKey(row.cells.at(i).text);
    return label;
}

QString rowText(const TableRow &row)
{
    return rowLabel(row, int(row.cells.size()) - 1);
}

bool isApplyHeader(QStringView text)
{
    return has(text, u"自然人") || has(text, u"商业企业") || has(text, u"申请人情况")
           || has(text, u"勾稽") || has(text, u"科研机构");
}

QString activeRowKey(QStringView label, FormatVersion format)
{
    if (has(label, u"信息内容") || has(label, u"件数") || has(label, u"数量") || has(label, u"金额"))
        return {};
    for (const Keyword &k : activeKeywords) {
        if (!has(label, k.word))
            continue;
        const QString key = QStringLiteral("active.") + QString::fromUtf16(k.key);
        return schemaHasRow(format, key) ? key : QString();
    }
    return {};
}

bool isGroupRowKey(FormatVersion format, const QString &rowKey)
{
    return !schemaHasRow(format, rowKey) && schemaHasGroup(format, rowKey);
}

QString applyRowKey(QStringView label, FormatVersion format, ApplyContext &context)
{
    if (label.isEmpty() || isApplyHeader(label))
        return {};
    for (const Keyword &g : applyGroups)
        if (has(label, g.word))
            context.group = QString::fromUtf16(g.key);
    QString key;
    for (const Keyword &k : applyKeywords) {
        if (has(label, k.word)) {
            key = QString::fromUtf16(k.key);
            break;
        }
    }
    // A sub-row names its group even when the group's own label cell is not printed on any row
    // (flattened tables drop it): "2.申请人逾期未按收费…" puts the next "3.其他" under （六）.
    if (const qsizetype dot = key.indexOf(QLatin1Char('.')); dot > 0)
        context.group = key.left(dot);
    if (key.isEmpty()) {
        // "3.其他" under （六）, or "（六）其他处理 | 3.其他" when the group cell sits on this row.
        const qsizetype group = label.indexOf(u"其他处理");
        const QStringView item = withoutNumbering(group < 0 ? label : label.mid(group + 4));
        const QStringView bare = withoutNumbering(label);
        if (item == u"其他" && context.group == u"other_handling")
            key = QStringLiteral("other_handling.other");
        else if (bare == u"其他处理")
            key = QStringLiteral("other_handling"); // 2019: one row; 2021: the group printed as its total
        else
            for (const Keyword &g : applyGroups)
                if (bare == g.word)
                    key = QString::fromUtf16(g.key); // a group's own row (its total, when printed)
        else if (has(label, u"总计"))
            key = QStringLiteral("total");
    }
    if (key == u"new" || key == u"carried_over" || key == u"granted" || key == u"partial"
        || key == u"total" || key == u"carried_forward")
        context.group.clear();
    if (key.isEmpty())
        return {};
    const QString rowKey = QStringLiteral("apply.") + key;
    return schemaHasRow(format, rowKey) || isGroupRowKey(format, rowKey) ? rowKey : QString();
}

QString reviewRowKey(QStringView label)
{
    if (has(label, u"维持") || has(label, u"纠正") || has(label, u"审结"))
        return {}; // a header row
    if (has(label, u"复议后起诉"))
        return QStringLiteral("litigation.after_review");
    if (has(label, u"直接起诉"))
        return QStringLiteral("litigation.direct");
    if (has(label, u"行政复议") && !has(label, u"诉讼"))
        return QStringLiteral("review");
    return {};
}

} // namespace nianbao::extract
