// SPDX-License-Identifier: GPL-3.0-or-later
// Soft checks (warnings; a reviewer decides): counts quoted in the prose against the tables, and
// the report's structure (sections, years, format, tables), from Record::facts.
#include "core/rules/Messages.h"
#include "core/rules/RuleChecks.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao::rules {

namespace {

// The two sentences of a claim's warning, one with the quote of the prose and one without (then
// only the count): %1 the claimed count, %2 the quote or the table's sum, %3 the table's sum.
struct ClaimWords
{
    const char *quoted;
    const char *bare;
};

// One warning per claim of `kind` whose count differs from Σ of the table cells `ids`.
void compareClaims(const Record &record, QList<Finding> &out, QStringView kind, const QString &rule,
                   const QStringList &ids, ClaimWords words)
{
    std::optional<double> table = 0.0;
    for (const QString &id : ids) {
        const std::optional<double> v = record.value(id);
        table = v && table ? std::optional<double>(*table + *v) : std::nullopt;
    }
    if (!table)
        return; // the missing cells are reported on their own
    QList<double> reported;
    for (const TextClaim &claim : record.facts.claims) {
        if (claim.kind != kind || std::abs(claim.value - *table) < 1e-9 || reported.contains(claim.value))
            continue;
        reported.append(claim.value);
        const QString quote = claim.quote.trimmed();
        out.append(makeFinding(FindingKind::Warning, rule, ids,
                               quote.isEmpty()
                                   ? rulesText(words.bare, {formatValue(claim.value), formatValue(*table)})
                                   : rulesText(words.quoted, {quote, formatValue(claim.value), formatValue(*table)})));
    }
}

} // namespace

void checkApplicationsClaim(const Record &record, QList<Finding> &out)
{
    compareClaims(record, out, u"applications", u"text.applications"_s, {u"apply.new.total"_s},
                  {QT_TRANSLATE_NOOP("nianbao::Rules", "正文称 “%1”（%2 件），但表三“本年新收政府信息公开申请数量·总计”为 %3"),
                   QT_TRANSLATE_NOOP("nianbao::Rules", "正文称 %1 件，但表三“本年新收政府信息公开申请数量·总计”为 %2")});
}

void checkReviewClaim(const Record &record, QList<Finding> &out)
{
    compareClaims(record, out, u"review", u"text.review"_s, {u"review.total"_s},
                  {QT_TRANSLATE_NOOP("nianbao::Rules", "正文称 “%1”（%2 件），但表四“行政复议·总计”为 %3"
                                                       "（若本机关是复议机关，正文所述可能是本机关办理的复议案件，不属于表四）"),
                   QT_TRANSLATE_NOOP("nianbao::Rules", "正文称 %1 件，但表四“行政复议·总计”为 %2"
                                                       "（若本机关是复议机关，正文所述可能是本机关办理的复议案件，不属于表四）")});
}

void checkLitigationClaim(const Record &record, QList<Finding> &out)
{
    compareClaims(record, out, u"litigation", u"text.litigation"_s,
                  {u"litigation.direct.total"_s, u"litigation.after_review.total"_s},
                  {QT_TRANSLATE_NOOP("nianbao::Rules", "正文称 “%1”（%2 件），但表四 行政诉讼“未经复议直接起诉·总计 + "
                                                       "复议后起诉·总计”为 %3"),
                   QT_TRANSLATE_NOOP("nianbao::Rules", "正文称 %1 件，但表四 行政诉讼“未经复议直接起诉·总计 + "
                                                       "复议后起诉·总计”为 %2")});
}

void checkSections(const Record &record, QList<Finding> &out)
{
    if (record.facts.scanned)
        return; // no text to find them in: structure.scanned says it
    QStringList missing;
    for (const QString &key : sectionKeys())
        if (!record.facts.sectionsFound.contains(key))
            missing.append(sectionTitle(key));
    if (!missing.isEmpty())
        out.append(makeFinding(FindingKind::Warning, u"structure.sections"_s, {},
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "报告缺少以下章节：%1（年度报告格式要求六个部分齐全）"),
                                         {missing.join(u"；"_s)})));
}

void checkYear(const Record &record, QList<Finding> &out)
{
    const ReportFacts &f = record.facts;
    if (f.titleYear > 0 && f.periodYear > 0 && f.titleYear != f.periodYear)
        out.append(makeFinding(FindingKind::Warning, u"structure.year"_s, {},
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "标题写的是 %1 年度，统计期限却是 %2 年，请核对报告年度"),
                                         {QString::number(f.titleYear), QString::number(f.periodYear)})));
}

void checkOutdatedFormat(const Record &record, QList<Finding> &out)
{
    if (record.year >= 2021 && record.format == FormatVersion::V2019)
        out.append(makeFinding(FindingKind::Warning, u"structure.outdated_format"_s, {},
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1 年度报告仍使用 2019 年试行格式（国办公开办函〔2019〕60号）的统计表，"
                                                           "2021 年度起应使用国办公开办函〔2021〕30号规定的格式"),
                                         {QString::number(record.year)})));
}

void checkNoTables(const Record &record, QList<Finding> &out)
{
    const OcrFacts &ocr = record.facts.ocr;
    if (record.facts.scanned && !ocr.engine.isEmpty()) { // the pages were read by OCR (core/ocr)
        out.append(makeFinding(FindingKind::Warning, u"structure.scanned"_s, {},
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "报告是扫描件（PDF 没有文字层），统计表由文字识别（%1）从 %2 页图像读出："
                                                           "%3 个数值，其中 %4 个读得清楚且所在勾稽关系全部成立，%5 个标为推断，"
                                                           "须对照页面确认；未读出的单元格须录入%6"),
                                         {ocr.engine, QString::number(ocr.pages), QString::number(ocr.read),
                                          QString::number(ocr.accepted), QString::number(ocr.marked),
                                          ocr.pagesLeft > 0 ? QStringLiteral("（另有 %1 页超出识别上限，未识别）").arg(ocr.pagesLeft)
                                                            : QString()})));
        return;
    }
    if (record.facts.scanned) { // the pages are images: the tables are typed, not read
        QStringList typed;
        for (const Correction &c : record.corrections)
            if (!typed.contains(c.cell) && record.value(c.cell))
                typed.append(c.cell);
        out.append(makeFinding(FindingKind::Warning, u"structure.scanned"_s, {},
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "报告是扫描件（PDF 没有文字层），统计表无法读取，须对照页面逐格录入；"
                                                           "已人工录入 %1 个单元格（见修订记录）"),
                                         {QString::number(typed.size())})));
        if (!ocr.unavailable.isEmpty()) // OCR could not prefill them: what to install
            out.append(makeFinding(FindingKind::Warning, u"ocr.unavailable"_s, {},
                                   rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "扫描件的统计表未能由文字识别预填：%1"),
                                             {ocr.unavailable})));
        return;
    }
    if (!record.facts.tablesFound)
        out.append(makeFinding(FindingKind::Warning, u"structure.no_tables"_s, {},
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "报告中没有找到统计表（二、三、四部分的表格），所有单元格都按缺失处理"))));
}

void checkCellsNotRead(const Record &record, QList<Finding> &out)
{
    if (!record.facts.tablesFound)
        return; // structure.no_tables says it
    // A record that names no kind of source was not read from a report here (a record written by
    // another program, JsonRecordRead.cpp): its structure is assumed whole, its tables judged only.
    if (record.kind.isEmpty())
        return;
    const Schema &schema = record.schema();
    QStringList unread;
    for (TableSection t : {TableSection::Active, TableSection::Apply, TableSection::Review}) {
        bool any = false, read = false;
        for (qsizetype i = 0; i < schema.size() && i < record.cells.size() && !read; ++i) {
            if (schema.at(i).table != t)
                continue;
            any = true;
            const CellValue &c = record.cells.at(i);
            read = c.value || c.source != CellSource::NotFound;
        }
        if (any && !read)
            unread.append(tableSectionLabel(t));
    }
    if (!unread.isEmpty())
        out.append(makeFinding(FindingKind::Warning, u"structure.cells_not_read"_s, {},
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "报告中有统计表，但以下部分的单元格一个也没有读出：%1。"
                                                           "表格的排版未能识别，这些单元格都按缺失处理，请对照原文核对"),
                                         {unread.join(u"；"_s)})));
}

} // namespace nianbao::rules
