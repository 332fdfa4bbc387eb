// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/CompareXlsx.h"

#include <QFile>

// libxlsxwriter is reached only through the export's run-time loader (export/XlsxApi.h explains
// why: its minizip clashes with QuaZip's in one process).
#include "core/export/XlsxApi.h"
#define LXW(fn) (lxwApi->fn)

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

const xlsx::Api *lxwApi = nullptr; // set once by writeComparisonXlsx (always the same table)

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *number = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *big = nullptr;        // a big change: the number in bold red on light red
    lxw_format *bigPercent = nullptr;
    lxw_format *missing = nullptr;    // a comparable cell left blank in one report
    lxw_format *grey = nullptr;       // not comparable
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.header = LXW(workbook_add_format)(wb);
    LXW(format_set_bold)(f.header);
    LXW(format_set_bg_color)(f.header, 0xD9E1F2);
    LXW(format_set_text_wrap)(f.header);
    LXW(format_set_border)(f.header, LXW_BORDER_THIN);
    f.wrap = LXW(workbook_add_format)(wb);
    LXW(format_set_text_wrap)(f.wrap);
    LXW(format_set_align)(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.number = LXW(workbook_add_format)(wb);
    LXW(format_set_num_format)(f.number, "0.######");
    f.percent = LXW(workbook_add_format)(wb);
    LXW(format_set_num_format)(f.percent, "0.0%");
    f.big = LXW(workbook_add_format)(wb);
    LXW(format_set_num_format)(f.big, "+0.######;-0.######;0");
    LXW(format_set_bold)(f.big);
    LXW(format_set_font_color)(f.big, 0x9C0006);
    LXW(format_set_bg_color)(f.big, 0xFFC7CE);
    f.bigPercent = LXW(workbook_add_format)(wb);
    LXW(format_set_num_format)(f.bigPercent, "0.0%");
    LXW(format_set_bold)(f.bigPercent);
    LXW(format_set_font_color)(f.bigPercent, 0x9C0006);
    LXW(format_set_bg_color)(f.bigPercent, 0xFFC7CE);
    f.missing = LXW(workbook_add_format)(wb);
    LXW(format_set_bg_color)(f.missing, 0xFFEB9C);
    f.grey = LXW(workbook_add_format)(wb);
    LXW(format_set_font_color)(f.grey, 0x808080);
    LXW(format_set_text_wrap)(f.grey);
    return f;
}

void text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const QString &s, lxw_format *fmt = nullptr)
{
    LXW(worksheet_write_string)(ws, r, c, s.toUtf8().constData(), fmt);
}

QString yearHeader(const Record &r, const QString &fallback)
{
    return r.year > 0 ? u"%1 年"_s.arg(r.year) : fallback;
}

void writeSummary(lxw_workbook *wb, const Comparison &c, const Formats &f)
{
    lxw_worksheet *ws = LXW(workbook_add_worksheet)(wb, "概况");
    LXW(worksheet_set_column)(ws, 0, 0, 22, nullptr);
    LXW(worksheet_set_column)(ws, 1, 2, 40, f.wrap);
    text(ws, 0, 0, u"项目"_s, f.header);
    text(ws, 0, 1, u"旧报告"_s, f.header);
    text(ws, 0, 2, u"新报告"_s, f.header);
    const auto row = [&](lxw_row_t r, const QString &label, const QString &a, const QString &b) {
        text(ws, r, 0, label);
        text(ws, r, 1, a, f.wrap);
        text(ws, r, 2, b, f.wrap);
    };
    const auto year = [](const Record &r) { return r.year > 0 ? QString::number(r.year) : u"未识别"_s; };
    const auto agency = [](const Record &r) { return r.agency.isEmpty() ? u"未识别"_s : r.agency; };
    row(1, u"文件"_s, c.older.sourceFile, c.newer.sourceFile);
    row(2, u"机关"_s, agency(c.older), agency(c.newer));
    row(3, u"年度"_s, year(c.older), year(c.newer));
    row(4, u"表格格式"_s, formatName(c.older.format), formatName(c.newer.format));
    const auto counts = [](const Record &r) {
        return u"违反 %1，缺失 %2，提示 %3"_s.arg(r.count(FindingKind::Violation))
            .arg(r.count(FindingKind::Missing))
            .arg(r.count(FindingKind::Warning));
    };
    row(5, u"本报告的问题"_s, counts(c.older), counts(c.newer));
    text(ws, 7, 0, u"跨年度问题"_s);
    LXW(worksheet_write_number)(ws, 7, 1, double(c.findings.size()), nullptr);
    text(ws, 8, 0, u"大幅变化"_s);
    LXW(worksheet_write_number)(ws, 8, 1, double(c.bigChangeCount()), nullptr);
    text(ws, 9, 0, u"大幅变化的标准"_s);
    text(ws, 9, 1,
         u"增减绝对值 ≥ %1 且幅度 ≥ %2%，或由 0 增至 ≥ %3"_s.arg(c.thresholds.minAbsolute)
             .arg(c.thresholds.minPercent)
             .arg(c.thresholds.fromZero),
         f.wrap);
    if (!c.sameFormat())
        text(ws, 10, 1,
             u"两份报告的表格格式不同：第二十条各项（二、主动公开）栏目含义已变，不作对比；"
             u"（六）其他处理按新格式 1–3 项之和对比。"_s,
             f.wrap);
}

void writeValue(lxw_worksheet *ws, lxw_row_t r, lxw_col_t col, const ComparisonRow &row,
                const QStringList &cells, const std::optional<double> &v, const Formats &f)
{
    if (cells.isEmpty())
        return; // this side has no such cell
    if (v)
        LXW(worksheet_write_number)(ws, r, col, *v, f.number);
    else
        text(ws, r, col, row.comparable() ? u"缺失"_s : QString(), row.comparable() ? f.missing : nullptr);
}

void writeRows(lxw_workbook *wb, const Comparison &c, const Formats &f)
{
    lxw_worksheet *ws = LXW(workbook_add_worksheet)(wb, "两年对比");
    const QStringList headers = {u"表"_s, u"项目 · 栏目"_s, u"旧报告单元格"_s, u"新报告单元格"_s,
                                 yearHeader(c.older, u"旧报告"_s), yearHeader(c.newer, u"新报告"_s),
                                 u"增减"_s, u"增减幅度"_s, u"大幅变化"_s, u"说明"_s};
    for (int i = 0; i < headers.size(); ++i)
        text(ws, 0, lxw_col_t(i), headers.at(i), f.header);
    LXW(worksheet_set_column)(ws, 0, 0, 14, nullptr);
    LXW(worksheet_set_column)(ws, 1, 1, 60, f.wrap);
    LXW(worksheet_set_column)(ws, 2, 3, 30, nullptr);
    LXW(worksheet_set_column)(ws, 4, 7, 11, nullptr);
    LXW(worksheet_set_column)(ws, 8, 8, 9, nullptr);
    LXW(worksheet_set_column)(ws, 9, 9, 28, nullptr);
    LXW(worksheet_freeze_panes)(ws, 1, 2);
    lxw_row_t r = 1;
    for (const ComparisonRow &row : c.rows) {
        lxw_format *labelFormat = row.comparable() ? f.wrap : f.grey;
        text(ws, r, 0, tableSectionLabel(row.table), labelFormat);
        text(ws, r, 1, row.label, labelFormat);
        text(ws, r, 2, row.oldCells.join(u" + "_s), labelFormat);
        text(ws, r, 3, row.newCells.join(u" + "_s), labelFormat);
        writeValue(ws, r, 4, row, row.oldCells, row.oldValue, f);
        writeValue(ws, r, 5, row, row.newCells, row.newValue, f);
        if (row.change)
            LXW(worksheet_write_number)(ws, r, 6, *row.change, row.big ? f.big : f.number);
        if (row.percent)
            LXW(worksheet_write_number)(ws, r, 7, *row.percent / 100.0, row.big ? f.bigPercent : f.percent);
        if (row.big)
            text(ws, r, 8, u"是"_s, f.big);
        text(ws, r, 9, row.note, labelFormat);
        ++r;
    }
    LXW(worksheet_autofilter)(ws, 0, 0, r - 1, lxw_col_t(headers.size() - 1));
}

void writeFindings(lxw_workbook *wb, const Comparison &c, const Formats &f)
{
    lxw_worksheet *ws = LXW(workbook_add_worksheet)(wb, "跨年度问题");
    const QStringList headers = {u"类型"_s, u"规则"_s, u"新报告单元格"_s, u"旧报告单元格"_s, u"说明"_s};
    for (int i = 0; i < headers.size(); ++i)
        text(ws, 0, lxw_col_t(i), headers.at(i), f.header);
    LXW(worksheet_set_column)(ws, 0, 1, 18, nullptr);
    LXW(worksheet_set_column)(ws, 2, 3, 36, f.wrap);
    LXW(worksheet_set_column)(ws, 4, 4, 90, f.wrap);
    if (c.findings.isEmpty()) {
        text(ws, 1, 0, u"未发现跨年度问题"_s);
        return;
    }
    lxw_row_t r = 1;
    for (const Finding &finding : c.findings) {
        text(ws, r, 0, findingKindLabel(finding.kind));
        text(ws, r, 1, finding.rule);
        text(ws, r, 2, finding.cells.join(u", "_s), f.wrap);
        text(ws, r, 3, finding.previousCells.join(u", "_s), f.wrap);
        text(ws, r, 4, finding.message, f.wrap);
        ++r;
    }
}

} // namespace

Status writeComparisonXlsx(const Comparison &c, const QString &path)
{
    if (path.isEmpty())
        return Status::failure(u"没有指定 xlsx 输出文件"_s);
    QString loadError;
    lxwApi = xlsx::api(&loadError);
    if (!lxwApi)
        return Status::failure(u"%1：%2"_s.arg(path, loadError));
    const QByteArray encoded = QFile::encodeName(path);
    lxw_workbook *wb = LXW(workbook_new)(encoded.constData());
    if (!wb)
        return Status::failure(u"%1：无法创建 xlsx 工作簿"_s.arg(path));
    const Formats f = makeFormats(wb);
    writeSummary(wb, c, f);
    writeRows(wb, c, f);
    writeFindings(wb, c, f);
    const lxw_error e = LXW(workbook_close)(wb);
    if (e != LXW_NO_ERROR)
        return Status::failure(u"%1：无法写入 xlsx（%2）"_s.arg(path, QString::fromUtf8(LXW(lxw_strerror)(e))));
    return {};
}

} // namespace nianbao
