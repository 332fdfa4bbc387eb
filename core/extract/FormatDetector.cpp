// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/FormatDetector.h"

#include "core/extract/RowMatcher.h"

namespace nianbao::extract {

namespace {

// Column and row labels that only one of the two formats prints in section 二.
constexpr const char16_t *markers2021[] = {u"制发件数", u"废止件数", u"现行有效件数"};
constexpr const char16_t *markers2019[] = {u"新制作数量", u"新公开数量", u"对外公开总数量",
                                           u"上一年项目数量", u"其他对外管理服务", u"集中采购",
                                           u"采购项目数量"};

// The first marker of `markers` found in the rows, empty when none.
template<std::size_t N>
QString firstMarker(const QList<const TableRow *> &rows, const char16_t *const (&markers)[N])
{
    for (const TableRow *row : rows) {
        const QString text = rowText(*row);
        for (const char16_t *m : markers)
            if (text.contains(QStringView(m)))
                return QString::fromUtf16(m);
    }
    return {};
}

template<std::size_t N>
QString firstMarkerIn(const QString &text, const char16_t *const (&markers)[N])
{
    for (const char16_t *m : markers)
        if (text.contains(QStringView(m)))
            return QString::fromUtf16(m);
    return {};
}

} // namespace

FormatChoice detectFormat(const LocatedRows &rows, const QString &text, int year)
{
    const QString new2021 = firstMarker(rows.active, markers2021);
    const QString old2019 = firstMarker(rows.active, markers2019);
    if (!new2021.isEmpty() && old2019.isEmpty())
        return {FormatVersion::V2021, QStringLiteral("主动公开表有“%1”（2021 年格式）").arg(new2021)};
    if (!old2019.isEmpty() && new2021.isEmpty())
        return {FormatVersion::V2019, QStringLiteral("主动公开表有“%1”（2019 年试行格式）").arg(old2019)};

    // Section 三: only the 2021 format splits （六）其他处理 into 逾期不补正 / 逾期未缴纳费用 / 其他.
    constexpr const char16_t *subRows[] = {u"不补正", u"缴纳费用"};
    const QString subRow = firstMarker(rows.apply, subRows);
    if (!subRow.isEmpty())
        return {FormatVersion::V2021, QStringLiteral("申请表的（六）其他处理分项列出“%1”（2021 年格式）").arg(subRow)};
    constexpr const char16_t *otherHandling[] = {u"其他处理"};
    if (!firstMarker(rows.apply, otherHandling).isEmpty())
        return {FormatVersion::V2019, QStringLiteral("申请表的（六）其他处理只有一行（2019 年试行格式）")};

    const QString text2021 = firstMarkerIn(text, markers2021);
    const QString text2019 = firstMarkerIn(text, markers2019);
    if (!text2021.isEmpty() && text2019.isEmpty())
        return {FormatVersion::V2021, QStringLiteral("正文的表格文字有“%1”（2021 年格式）").arg(text2021)};
    if (!text2019.isEmpty() && text2021.isEmpty())
        return {FormatVersion::V2019, QStringLiteral("正文的表格文字有“%1”（2019 年试行格式）").arg(text2019)};

    if (year == 2019 || year == 2020)
        return {FormatVersion::V2019, QStringLiteral("表格无格式特征，按报告年度 %1 年取 2019 年试行格式").arg(year)};
    if (year > 0)
        return {FormatVersion::V2021, QStringLiteral("表格无格式特征，按报告年度 %1 年取 2021 年格式").arg(year)};
    return {FormatVersion::V2021, QStringLiteral("未找到格式特征，默认 2021 年格式")};
}

} // namespace nianbao::extract
