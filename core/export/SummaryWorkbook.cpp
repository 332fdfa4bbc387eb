// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/SummaryWorkbook.h"

#include "core/export/CsvExport.h"
#include "core/export/XlsxSheets.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace nianbao {

using xlsx::ListSheet;
using xlsx::maxRows;

namespace {

// What 汇总 keeps of a report.
struct SummaryRow
{
    QString file;
    QString agency;
    int year = 0;
    FormatVersion format = FormatVersion::V2021;
    QString kind;
    qsizetype violations = 0, missing = 0, warnings = 0, inferred = 0, corrections = 0;
    QList<std::optional<double>> totals;
    qsizetype crossYear = 0;
    QString previousFile;
    QString firstSheet; // its 三、依申请公开 sheet, when there are table sheets
};

struct CrossYearRow
{
    qsizetype report;
    QString previousFile;
    Finding finding;
};

std::optional<double> sumOf(const Record &r, const QStringList &ids)
{
    double sum = 0;
    bool any = false;
    for (const QString &id : ids) {
        if (!r.schema().find(id))
            continue;
        const auto v = r.value(id);
        if (!v)
            return std::nullopt;
        sum += *v;
        any = true;
    }
    return any ? std::optional<double>(sum) : std::nullopt;
}

} // namespace

const QList<SummaryWorkbook::KeyTotal> &SummaryWorkbook::keyTotals()
{
    static const QList<KeyTotal> totals = {
        {u"本年新收"_s, {u"apply.new.total"_s}},
        {u"上年结转"_s, {u"apply.carried_over.total"_s}},
        {u"办理结果总计"_s, {u"apply.total.total"_s}},
        {u"结转下年度"_s, {u"apply.carried_forward.total"_s}},
        {u"行政复议总计"_s, {u"review.total"_s}},
        {u"行政诉讼总计"_s, {u"litigation.direct.total"_s, u"litigation.after_review.total"_s}},
        {u"行政事业性收费"_s, {u"active.fees.amount"_s}},
    };
    return totals;
}

QList<std::optional<double>> SummaryWorkbook::keyTotalValues(const Record &record)
{
    QList<std::optional<double>> out;
    for (const KeyTotal &t : keyTotals())
        out.append(sumOf(record, t.ids));
    return out;
}

struct SummaryWorkbook::Private
{
    Private(const QString &path, qsizetype reportCount)
        : tables(reportCount <= maxTableReports)
        , book(path, !tables)
    {
    }

    bool tables;
    xlsx::Book book;
    lxw_worksheet *summary = nullptr;
    std::unique_ptr<ListSheet> findings, data, crossYear, unreadable, corrections;
    QList<SummaryRow> rows;
    QList<CrossYearRow> crossYearRows;
    int findingNumber = 0, correctionNumber = 0, unreadableNumber = 0;
};

SummaryWorkbook::SummaryWorkbook(const QString &path, qsizetype reportCount)
    : d(std::make_unique<Private>(path, reportCount))
{
    xlsx::Book &b = d->book;
    // Every list sheet is made now so that they come first, in this order; 汇总 and 跨年度 are
    // filled at close().
    d->summary = b.addSheet(u"汇总"_s);
    d->findings = std::make_unique<ListSheet>(
        b, u"问题清单"_s,
        QStringList{u"序号"_s, u"文件"_s, u"机关"_s, u"年度"_s, u"类型"_s, u"规则"_s, u"单元格"_s, u"单元格名称"_s, u"说明"_s},
        QList<double>{6, 36, 28, 8, 12, 20, 34, 50, 70});
    d->data = std::make_unique<ListSheet>(
        b, u"数据"_s,
        QStringList{u"文件"_s, u"机关"_s, u"年度"_s, u"单元格"_s, u"表"_s, u"行"_s, u"列"_s, u"数值"_s, u"原文"_s, u"状态"_s},
        QList<double>{36, 28, 8, 36, 30, 50, 20, 10, 12, 12});
    d->crossYear = std::make_unique<ListSheet>(
        b, u"跨年度"_s,
        QStringList{u"序号"_s, u"文件"_s, u"机关"_s, u"年度"_s, u"上年报告"_s, u"类型"_s, u"规则"_s, u"单元格"_s,
                    u"上年单元格"_s, u"说明"_s},
        QList<double>{6, 36, 28, 8, 36, 10, 20, 34, 34, 70});
    d->unreadable = std::make_unique<ListSheet>(b, u"无法读取"_s, QStringList{u"序号"_s, u"文件"_s, u"原因"_s},
                                                QList<double>{6, 50, 90});
    d->corrections = std::make_unique<ListSheet>(
        b, u"修改记录"_s,
        QStringList{u"序号"_s, u"文件"_s, u"机关"_s, u"年度"_s, u"单元格"_s, u"单元格名称"_s, u"原值"_s, u"新值"_s,
                    u"备注"_s, u"时间（UTC）"_s},
        QList<double>{6, 36, 28, 8, 34, 50, 10, 10, 40, 22});
}

SummaryWorkbook::~SummaryWorkbook() = default;

bool SummaryWorkbook::isOpen() const
{
    return d->book.isOpen();
}

qsizetype SummaryWorkbook::addReport(const Record &r, const QString &file)
{
    xlsx::Book &b = d->book;
    lxw_format *text = b.style(xlsx::Style::Text);
    const qsizetype number = d->rows.size();

    SummaryRow row;
    row.file = file;
    row.agency = r.agency;
    row.year = r.year;
    row.format = r.format;
    row.kind = r.kind;
    row.violations = r.count(FindingKind::Violation);
    row.missing = r.count(FindingKind::Missing);
    row.warnings = r.count(FindingKind::Warning);
    row.inferred = r.inferredCells().size();
    row.corrections = r.corrections.size();
    row.totals = keyTotalValues(r);

    // The report's columns shared by the lists: 文件, 机关, 年度.
    auto identity = [&](lxw_worksheet *ws, int rowIndex, int c) {
        b.text(ws, rowIndex, c++, file);
        b.text(ws, rowIndex, c++, r.agency);
        if (r.year > 0)
            b.number(ws, rowIndex, c, r.year);
        return c + 1;
    };

    for (const Finding &f : r.findings) {
        const int i = d->findings->nextRow();
        lxw_worksheet *ws = d->findings->sheet();
        b.number(ws, i, 0, ++d->findingNumber);
        int c = identity(ws, i, 1);
        b.text(ws, i, c++, findingKindLabel(f.kind));
        b.text(ws, i, c++, f.rule);
        b.text(ws, i, c++, f.cells.join(u'\n'));
        QStringList labels;
        for (const QString &id : f.cells)
            labels.append(xlsx::cellLabel(r, id));
        b.text(ws, i, c++, labels.join(u'\n'));
        b.text(ws, i, c++, f.message, text);
    }

    const Schema &schema = r.schema();
    const QStringList statuses = cellStatuses(r);
    for (qsizetype k = 0; k < schema.size(); ++k) {
        const CellSpec &spec = schema.at(k);
        const CellValue cell = k < r.cells.size() ? r.cells.at(k) : CellValue();
        const int i = d->data->nextRow();
        lxw_worksheet *ws = d->data->sheet();
        int c = identity(ws, i, 0);
        b.text(ws, i, c++, spec.id);
        b.text(ws, i, c++, spec.section);
        b.text(ws, i, c++, spec.row);
        b.text(ws, i, c++, spec.column);
        if (cell.value)
            b.number(ws, i, c, *cell.value);
        ++c;
        if (!cell.raw.isEmpty())
            b.text(ws, i, c, cell.raw);
        ++c;
        b.text(ws, i, c++, statuses.at(k));
    }

    for (const Correction &k : r.corrections) {
        const int i = d->corrections->nextRow();
        lxw_worksheet *ws = d->corrections->sheet();
        b.number(ws, i, 0, ++d->correctionNumber);
        int c = identity(ws, i, 1);
        b.text(ws, i, c++, k.cell);
        b.text(ws, i, c++, xlsx::cellLabel(r, k.cell));
        if (k.from)
            b.number(ws, i, c, *k.from);
        ++c;
        if (k.to)
            b.number(ws, i, c, *k.to);
        ++c;
        b.text(ws, i, c++, k.note);
        if (k.at.isValid())
            b.text(ws, i, c, k.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    }

    if (d->tables) {
        const QString prefix = u"%1 "_s.arg(number + 1);
        row.firstSheet = prefix + tableSectionLabel(TableSection::Apply);
        xlsx::writeActiveSheet(b, prefix + tableSectionLabel(TableSection::Active), r);
        xlsx::writeApplySheet(b, row.firstSheet, r);
        xlsx::writeReviewSheet(b, prefix + tableSectionLabel(TableSection::Review), r);
    }
    d->rows.append(std::move(row));
    return number;
}

void SummaryWorkbook::addCrossYear(qsizetype report, const QList<Finding> &findings, const QString &previousFile)
{
    if (report < 0 || report >= d->rows.size() || findings.isEmpty())
        return;
    d->rows[report].crossYear += findings.size();
    d->rows[report].previousFile = previousFile;
    for (const Finding &f : findings)
        d->crossYearRows.append({report, previousFile, f});
}

void SummaryWorkbook::addUnreadable(const QString &file, const QString &reason)
{
    xlsx::Book &b = d->book;
    const int i = d->unreadable->nextRow();
    lxw_worksheet *ws = d->unreadable->sheet();
    b.number(ws, i, 0, ++d->unreadableNumber);
    b.text(ws, i, 1, file);
    b.text(ws, i, 2, reason, b.style(xlsx::Style::Text));
}

Status SummaryWorkbook::close()
{
    xlsx::Book &b = d->book;
    // 跨年度: the findings in the order of their reports.
    std::stable_sort(d->crossYearRows.begin(), d->crossYearRows.end(),
                     [](const CrossYearRow &x, const CrossYearRow &y) { return x.report < y.report; });
    int number = 0;
    for (const CrossYearRow &cy : std::as_const(d->crossYearRows)) {
        const SummaryRow &r = d->rows.at(cy.report);
        const int i = d->crossYear->nextRow();
        lxw_worksheet *ws = d->crossYear->sheet();
        int c = 0;
        b.number(ws, i, c++, ++number);
        b.text(ws, i, c++, r.file);
        b.text(ws, i, c++, r.agency);
        if (r.year > 0)
            b.number(ws, i, c, r.year);
        ++c;
        b.text(ws, i, c++, cy.previousFile);
        b.text(ws, i, c++, findingKindLabel(cy.finding.kind));
        b.text(ws, i, c++, cy.finding.rule);
        b.text(ws, i, c++, cy.finding.cells.join(u'\n'));
        b.text(ws, i, c++, cy.finding.previousCells.join(u'\n'));
        b.text(ws, i, c++, cy.finding.message, b.style(xlsx::Style::Text));
    }

    // 汇总
    lxw_worksheet *ws = d->summary;
    QStringList labels = {u"序号"_s, u"文件"_s, u"机关"_s, u"年度"_s, u"格式"_s, u"文件类型"_s,
                          u"违反勾稽关系"_s, u"缺失"_s, u"提示"_s, u"推断"_s, u"修改"_s};
    QList<double> widths = {6, 36, 28, 8, 8, 8, 12, 8, 8, 8, 8};
    for (const KeyTotal &t : keyTotals()) {
        labels.append(t.label);
        widths.append(12);
    }
    labels += {u"跨年度提示"_s, u"上年报告"_s};
    widths += {10, 36};
    if (d->tables) {
        labels.append(u"表格"_s);
        widths.append(12);
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        b.widths(ws, int(i), int(i), widths.at(i));
        b.text(ws, 0, int(i), labels.at(i), b.style(xlsx::Style::Header));
    }
    b.freeze(ws, 1, 2);
    for (qsizetype k = 0; k < d->rows.size() && k + 1 < maxRows; ++k) {
        const SummaryRow &r = d->rows.at(k);
        const int i = int(k) + 1;
        int c = 0;
        b.number(ws, i, c++, double(k + 1));
        b.text(ws, i, c++, r.file);
        b.text(ws, i, c++, r.agency);
        if (r.year > 0)
            b.number(ws, i, c, r.year);
        ++c;
        b.text(ws, i, c++, formatName(r.format));
        b.text(ws, i, c++, r.kind);
        b.number(ws, i, c++, double(r.violations), b.swatch(r.violations ? xlsx::Mark::Violation : xlsx::Mark::Normal));
        b.number(ws, i, c++, double(r.missing), b.swatch(r.missing ? xlsx::Mark::Missing : xlsx::Mark::Normal));
        b.number(ws, i, c++, double(r.warnings + r.crossYear));
        b.number(ws, i, c++, double(r.inferred));
        b.number(ws, i, c++, double(r.corrections));
        for (const std::optional<double> &v : r.totals) {
            if (v)
                b.number(ws, i, c, *v);
            ++c;
        }
        b.number(ws, i, c++, double(r.crossYear));
        b.text(ws, i, c++, r.previousFile);
        if (d->tables && !r.firstSheet.isEmpty())
            b.link(ws, i, c, u"internal:'%1'!A1"_s.arg(r.firstSheet), u"查看表格"_s);
    }
    b.autofilter(ws, 0, 0, std::max(int(d->rows.size()), 1), int(labels.size()) - 1);
    for (ListSheet *s : {d->findings.get(), d->data.get(), d->crossYear.get(), d->unreadable.get(),
                         d->corrections.get()})
        s->finish();
    return b.close();
}

} // namespace nianbao
