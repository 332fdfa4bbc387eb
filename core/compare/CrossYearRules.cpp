// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-year soft checks of FORMAT.md, one small function per rule. Each finding names the
// cells of the NEW report in `cells` and those of the OLD report in `previousCells`.
#include "core/compare/Compare.h"
#include "core/schema/ValueFormat.h"
#include "core/util/TextNormalize.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// "2024 年报告" or, when the year is unknown, "新报告" / "旧报告".
QString reportName(const Record &r, bool isNew)
{
    if (r.year > 0)
        return u"%1 年报告"_s.arg(r.year);
    return isNew ? u"新报告"_s : u"旧报告"_s;
}

// `source` is marked where it is written with QT_TRANSLATE_NOOP("nianbao::Compare", "…").
Finding warning(const QString &rule, const QStringList &cells, const QStringList &previous, const char *source,
                const QStringList &args)
{
    return makeFinding(FindingKind::Warning, rule, cells, {"nianbao::Compare", source, args}, previous);
}

// This year's 二、上年结转 = last year's 四、结转下年度继续办理, column by column.
void checkCarriedOver(const Record &older, const Record &newer, QList<Finding> &out)
{
    for (const QString &col : Schema::applicantColumns()) {
        const QString newId = u"apply.carried_over."_s + col;
        const QString oldId = u"apply.carried_forward."_s + col;
        const auto now = newer.value(newId);
        const auto before = older.value(oldId);
        if (!now || !before || std::abs(*now - *before) < 1e-9)
            continue;
        const CellSpec *spec = newer.schema().find(newId);
        const QString column = spec ? spec->column : col;
        out.append(warning(
            u"cross.carried_over"_s, {newId}, {oldId},
            QT_TRANSLATE_NOOP("nianbao::Compare", "上年结转·%1：本年（%2）“二、上年结转政府信息公开申请数量”为 %3，"
                                                  "上年（%4）“四、结转下年度继续办理”为 %5，两者应相等（相差 %6）。"),
            {column, reportName(newer, true), formatValue(*now), reportName(older, false), formatValue(*before),
             formatValue(*now - *before)}));
    }
}

// 现行有效件数 ≈ last year's + 本年制发 − 本年废止 (2021 format on both sides).
void checkInForce(const Record &older, const Record &newer, QList<Finding> &out)
{
    if (older.format != FormatVersion::V2021 || newer.format != FormatVersion::V2021)
        return;
    const QList<std::pair<QString, QString>> items = {{u"regulations"_s, u"规章"_s},
                                                      {u"normative"_s, u"行政规范性文件"_s}};
    for (const auto &[key, name] : items) {
        const QString base = u"active."_s + key;
        const QString inForce = base + u".in_force"_s, issued = base + u".issued"_s,
                      repealed = base + u".repealed"_s;
        const auto now = newer.value(inForce), add = newer.value(issued), drop = newer.value(repealed);
        const auto before = older.value(inForce);
        if (!now || !add || !drop || !before)
            continue;
        const double expected = *before + *add - *drop;
        if (std::abs(*now - expected) < 1e-9)
            continue;
        out.append(warning(
            u"cross.in_force"_s, {inForce, issued, repealed}, {inForce},
            QT_TRANSLATE_NOOP("nianbao::Compare", "%1·现行有效件数：本年（%2）为 %3，按上年（%4）现行有效件数 %5 + "
                                                  "本年制发 %6 − 本年废止 %7 应为 %8（机构改革、集中清理等可能造成差异，请核实）。"),
            {name, reportName(newer, true), formatValue(*now), reportName(older, false), formatValue(*before), formatValue(*add),
             formatValue(*drop), formatValue(expected)}));
    }
}

// The years must be consecutive, older first. Unknown years (0) are not checked here.
void checkYears(const Record &older, const Record &newer, QList<Finding> &out)
{
    if (older.year <= 0 || newer.year <= 0 || newer.year == older.year + 1)
        return;
    const QStringList years = {QString::number(older.year), QString::number(newer.year),
                               QString::number(newer.year - older.year)};
    const char *source =
        older.year == newer.year
            ? QT_TRANSLATE_NOOP("nianbao::Compare", "两份报告的年度相同（均为 %1 年）：跨年度对比需要同一机关相邻两年的报告。")
        : older.year > newer.year
            ? QT_TRANSLATE_NOOP("nianbao::Compare", "旧报告的年度（%1 年）晚于新报告（%2 年）：请检查两份报告的先后顺序。")
            : QT_TRANSLATE_NOOP("nianbao::Compare",
                                "两份报告的年度不相邻（%1 年与 %2 年，相隔 %3 年）：上年结转等跨年度核对可能不成立。");
    out.append(warning(u"cross.years"_s, {}, {}, source, years));
}

// The same agency: names compared without spaces, widths and brackets; a name contained in the
// other ("武陟县司法局" in "河南省武陟县司法局") is the same agency, unless it lacks its place name.
void checkAgency(const Record &older, const Record &newer, QList<Finding> &out)
{
    const QString a = labelKey(older.agency), b = labelKey(newer.agency);
    if (a.isEmpty() || b.isEmpty() || a == b)
        return;
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    if (longer.contains(shorter) && !agencyLacksPlaceName(shorter))
        return;
    out.append(warning(u"cross.agency"_s, {}, {},
                       QT_TRANSLATE_NOOP("nianbao::Compare", "两份报告的机关名称不同：%1为“%2”，%3为“%4”，请确认是同一机关的报告。"),
                       {reportName(older, false), older.agency.trimmed(), reportName(newer, true),
                        newer.agency.trimmed()}));
}

} // namespace

bool agencyLacksPlaceName(const QString &key)
{
    static const QString levels = u"省市区县镇乡"_s;
    return key.isEmpty() || levels.contains(key.front());
}

QList<Finding> crossYearFindings(const Record &older, const Record &newer)
{
    QList<Finding> out;
    checkCarriedOver(older, newer, out);
    checkInForce(older, newer, out);
    checkYears(older, newer, out);
    checkAgency(older, newer, out);
    return out;
}

} // namespace nianbao
