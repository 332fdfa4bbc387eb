// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Messages.h"

#include <QHash>
#include <QLocale>
#include <cmath>

namespace nianbao {

namespace {

// Rows of section 三 that stand alone (no sub-item), by the part after "apply.".
QString applySingleRowLabel(QStringView key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("new"), QStringLiteral("本年新收")},
        {QStringLiteral("carried_over"), QStringLiteral("上年结转")},
        {QStringLiteral("total"), QStringLiteral("（七）总计")},
        {QStringLiteral("carried_forward"), QStringLiteral("结转下年度")},
    };
    return labels.value(key.toString());
}

// Sub-items whose printed label is too long for a message.
QString applyItemOverride(QStringView rowKey)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("apply.other_handling.no_correction"), QStringLiteral("逾期不补正")},
        {QStringLiteral("apply.other_handling.no_fee"), QStringLiteral("逾期未缴费")},
        {QStringLiteral("apply.other_handling.other"), QStringLiteral("其他")},
        {QStringLiteral("apply.not_processed.confirmation"), QStringLiteral("要求确认或重新出具已获取信息")},
    };
    return labels.value(rowKey.toString());
}

// "（三）不予公开 1.属于国家秘密" -> "属于国家秘密": the text after the item number.
QString itemText(const QString &row)
{
    qsizetype i = row.size();
    while (i > 0 && row.at(i - 1) != u'.' && row.at(i - 1) != u'．')
        --i;
    return i > 0 ? row.mid(i).trimmed() : row;
}

QString applyRowLabel(const CellSpec &spec)
{
    const QStringView rest = QStringView(spec.rowKey).mid(6); // after "apply."
    const QString single = applySingleRowLabel(rest);
    if (!single.isEmpty())
        return single;
    const QString group = applyGroupLabel(spec.rowKey);
    if (!rest.contains(u'.'))
        return group.isEmpty() ? spec.row : group;
    QString item = applyItemOverride(spec.rowKey);
    if (item.isEmpty())
        item = itemText(spec.row);
    return group + u'·' + item;
}

QString reviewRowLabel(const CellSpec &spec)
{
    if (spec.rowKey == u"review")
        return QStringLiteral("行政复议");
    if (spec.rowKey == u"litigation.direct")
        return QStringLiteral("行政诉讼（直接起诉）");
    if (spec.rowKey == u"litigation.after_review")
        return QStringLiteral("行政诉讼（复议后起诉）");
    return spec.row;
}

} // namespace

QString applyGroupLabel(QStringView rowKey)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("granted"), QStringLiteral("予以公开")},
        {QStringLiteral("partial"), QStringLiteral("部分公开")},
        {QStringLiteral("denied"), QStringLiteral("不予公开")},
        {QStringLiteral("unavailable"), QStringLiteral("无法提供")},
        {QStringLiteral("not_processed"), QStringLiteral("不予处理")},
        {QStringLiteral("other_handling"), QStringLiteral("其他处理")},
    };
    const auto parts = rowKey.split(u'.');
    return parts.size() >= 2 ? labels.value(parts.at(1).toString()) : QString();
}

QString shortRowLabel(const CellSpec &spec)
{
    switch (spec.table) {
    case TableSection::Apply: return applyRowLabel(spec);
    case TableSection::Review: return reviewRowLabel(spec);
    case TableSection::Active: {
        const qsizetype space = spec.row.lastIndexOf(u' ');
        return space >= 0 ? spec.row.mid(space + 1) : spec.row;
    }
    }
    return spec.row;
}

QString shortColumnLabel(const CellSpec &spec)
{
    const qsizetype open = spec.column.indexOf(u'（');
    return open > 0 ? spec.column.left(open) : spec.column;
}

const QStringList &cellLabels(FormatVersion format)
{
    static const auto build = [](FormatVersion f) {
        QStringList labels;
        for (const CellSpec &spec : Schema::get(f).cells())
            labels.append(shortRowLabel(spec) + u'·' + shortColumnLabel(spec));
        return labels;
    };
    // Each made when first asked for (with its format's schema): a report needs only its own.
    if (format == FormatVersion::V2021) {
        static const QStringList labels2021 = build(FormatVersion::V2021);
        return labels2021;
    }
    static const QStringList labels2019 = build(FormatVersion::V2019);
    return labels2019;
}

const QStringList &sectionKeys()
{
    static const QStringList keys = {QStringLiteral("overview"), QStringLiteral("active"),
                                     QStringLiteral("apply"),    QStringLiteral("review"),
                                     QStringLiteral("problems"), QStringLiteral("other")};
    return keys;
}

QString sectionTitle(QStringView key)
{
    static const QStringList titles = {
        QStringLiteral("一、总体情况"),
        QStringLiteral("二、主动公开政府信息情况"),
        QStringLiteral("三、收到和处理政府信息公开申请情况"),
        QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"),
        QStringLiteral("五、存在的主要问题及改进情况"),
        QStringLiteral("六、其他需要报告的事项"),
    };
    const qsizetype i = sectionKeys().indexOf(key.toString());
    return i >= 0 ? titles.at(i) : key.toString();
}

} // namespace nianbao
