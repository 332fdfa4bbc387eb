// SPDX-License-Identifier: GPL-3.0-or-later
// The marks of the table cells, the title and legend rows, and the cached results of the check
// formulas, shared by the section sheets.
#include "core/export/XlsxSheets.h"
#include "core/schema/ValueFormat.h"

#include "core/rules/Messages.h"

#include <QFileInfo>

#include <cmath>

namespace nianbao::xlsx {

namespace {

constexpr int maxMessagesInComment = 3;

QString sourceComment(const CellValue &c)
{
    switch (c.source) {
    case CellSource::Blank:
        return QStringLiteral("原表此格空白：缺失，不按 0 计算。");
    case CellSource::Text:
        return QStringLiteral("原文：“%1”——表示无此项，按缺失处理，不按 0 计算。").arg(c.raw);
    case CellSource::Invalid:
        if (!c.alternatives.isEmpty()) { // a run of digits the report did not settle
            QStringList values;
            for (double v : c.alternatives)
                values.append(formatValue(v));
            return QStringLiteral("原文连写数字“%1”——报告未能确定如何拆分，此格可能为 %2，按缺失处理。")
                .arg(c.raw, values.join(QStringLiteral(" 或 ")));
        }
        return QStringLiteral("原文：“%1”——不是有效数字，按缺失处理。").arg(c.raw);
    case CellSource::NotFound:
        return QStringLiteral("报告中未找到此单元格：缺失。");
    case CellSource::Read:
        break;
    }
    return QStringLiteral("缺失。");
}

QString formatLabel(FormatVersion f)
{
    return f == FormatVersion::V2021 ? QStringLiteral("2021 年格式（国办公开办函〔2021〕30号）")
                                     : QStringLiteral("2019 年试行格式（国办公开办函〔2019〕60号）");
}

} // namespace

CellMarks::CellMarks(const Record &record)
    : m_record(record), m_states(record)
{
}

Mark CellMarks::mark(qsizetype index) const
{
    if (index < 0 || index >= m_record.schema().size())
        return Mark::Missing;
    switch (m_states.at(index)) {
    case CellState::Violated:
    case CellState::Culprit: return Mark::Violation;
    case CellState::Missing:
    case CellState::Text: return Mark::Missing;
    case CellState::Corrected: return Mark::Corrected;
    case CellState::Inferred: return Mark::Inferred;
    case CellState::Consistent: break;
    }
    return Mark::Normal;
}

QString CellMarks::comment(qsizetype index) const
{
    if (index < 0 || index >= m_record.cells.size() || index >= m_record.schema().size())
        return QStringLiteral("报告中未找到此单元格：缺失。");
    const CellValue &c = m_record.cells.at(index);
    const QString &id = m_record.schema().at(index).id;
    QStringList lines;
    if (!c.value)
        lines.append(sourceComment(c));
    for (const Correction &k : m_record.corrections) {
        if (k.cell != id)
            continue;
        QString line = QStringLiteral("原值 %1 → 新值 %2").arg(valueText(k.from), valueText(k.to));
        if (!k.note.isEmpty())
            line += QStringLiteral("（%1）").arg(k.note);
        lines.append(line);
    }
    if (c.inferred)
        lines.append(c.raw.isEmpty() ? QStringLiteral("推断值：按勾稽关系重建，请核对。")
                                     : QStringLiteral("推断值：按勾稽关系从原文“%1”重建，请核对。").arg(c.raw));
    int shown = 0;
    int hidden = 0;
    for (const Finding &f : m_record.findings) {
        if (f.kind != FindingKind::Violation || !f.cells.contains(id))
            continue;
        if (shown < maxMessagesInComment) {
            lines.append(QStringLiteral("违反勾稽关系：%1").arg(f.message));
            ++shown;
        } else {
            ++hidden;
        }
    }
    if (hidden > 0)
        lines.append(QStringLiteral("另有 %1 条，见“问题清单”。").arg(hidden));
    return lines.join(u'\n');
}

void writeValueCell(Book &book, lxw_worksheet *ws, int row, int col, const Record &record,
                    const CellMarks &marks, const QString &id)
{
    const Schema &schema = record.schema();
    const int index = schema.indexOf(id);
    if (index < 0) {
        book.blank(ws, row, col, book.valueFormat(ValueKind::Count, Mark::Normal));
        return;
    }
    const ValueKind kind = schema.at(index).kind;
    const Mark mark = marks.mark(index);
    std::optional<double> v = index < record.cells.size() ? record.cells.at(index).value : std::nullopt;
    if (v && !std::isfinite(*v))
        v.reset();
    if (v)
        book.number(ws, row, col, *v, book.valueFormat(kind, mark));
    else
        book.blank(ws, row, col, book.valueFormat(kind, mark));
    book.comment(ws, row, col, marks.comment(index));
}

int writeTitle(Book &book, lxw_worksheet *ws, const Record &record, const QString &section, int lastCol)
{
    const QString agency = record.agency.isEmpty() ? QStringLiteral("（未识别机关）") : record.agency;
    const QString year = record.year > 0 ? QStringLiteral("%1年度").arg(record.year)
                                         : QStringLiteral("（年度未识别）");
    book.merge(ws, 0, 0, 0, lastCol, QStringLiteral("%1%2政府信息公开工作年度报告 · %3").arg(agency, year, section),
               book.style(Style::Title));
    const QString sub = QStringLiteral("来源文件：%1　　表格：%2　　违反勾稽关系 %3 处，缺失 %4 处，提示 %5 处")
                            .arg(record.sourceFile.isEmpty() ? QStringLiteral("（无）") : sourceName(record),
                                 formatLabel(record.format))
                            .arg(record.count(FindingKind::Violation))
                            .arg(record.count(FindingKind::Missing))
                            .arg(record.count(FindingKind::Warning));
    book.merge(ws, 1, 0, 1, lastCol, sub, book.style(Style::Subtitle));
    book.rowHeight(ws, 0, 24);
    return 3;
}

int writeLegend(Book &book, lxw_worksheet *ws, int row, int lastCol, bool withChecks)
{
    book.text(ws, row++, 0, QStringLiteral("图例"), book.style(Style::Note));
    for (Mark m : {Mark::Violation, Mark::Missing, Mark::Corrected, Mark::Inferred}) {
        book.blank(ws, row, 0, book.swatch(m));
        book.merge(ws, row, 1, row, std::max(1, lastCol), markLabel(m), book.style(Style::Note));
        ++row;
    }
    book.merge(ws, row, 0, row, std::max(1, lastCol),
               QStringLiteral("未着色：与审核窗口中的绿色相同，读取无误、关系成立；颜色与审核窗口一致。"),
               book.style(Style::Note));
    ++row;
    if (withChecks) {
        book.merge(ws, row, 0, row, std::max(1, lastCol),
                   QStringLiteral("校验列与校验行是 Excel 公式：“✓”关系成立，“✗”不成立，“?”有缺失的单元格无法判断；修改数值后 Excel 会重新计算。"),
                   book.style(Style::Note));
        ++row;
    }
    return row;
}

bool sameAmount(double a, double b)
{
    return std::fabs(a - b) < 1e-6;
}

QString checkResult(const QList<std::optional<double>> &values, bool holds, const QString &failure)
{
    for (const std::optional<double> &v : values)
        if (!v)
            return QStringLiteral("? 有缺失");
    return holds ? QStringLiteral("✓") : failure;
}

QString valueText(const std::optional<double> &v)
{
    return v ? formatValue(*v) : QStringLiteral("空");
}

QString sourceName(const Record &record)
{
    return QFileInfo(record.sourceFile).fileName();
}

QString cellLabel(const Record &record, const QString &id)
{
    const CellSpec *spec = record.schema().find(id);
    return spec ? QStringLiteral("%1 / %2").arg(spec->row, spec->column) : id;
}

} // namespace nianbao::xlsx
