// SPDX-License-Identifier: GPL-3.0-or-later
// The list sheets of one report's workbook: 问题清单 (findings), 修改记录 (corrections), 记录
// (every cell in long form, for machines). Several reports: SummaryWorkbook.cpp. With several records every row
// starts with the file it comes from.
#include "core/record/CellState.h"
#include "core/export/XlsxSheets.h"

namespace nianbao::xlsx {

namespace {

// Writes the header row, sets the widths, freezes it and adds the filter; returns the next row.
int writeListHeader(Book &book, lxw_worksheet *ws, const QStringList &labels, const QList<double> &widths,
                    int rows)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        book.text(ws, 0, int(i), labels.at(i), book.style(Style::Header));
        book.widths(ws, int(i), int(i), widths.value(i, 12));
    }
    book.freeze(ws, 1, 0);
    book.autofilter(ws, 0, 0, std::max(rows, 1), int(labels.size()) - 1);
    return 1;
}

QString fileOf(const Record &r)
{
    return r.sourceFile.isEmpty() ? QStringLiteral("（无文件名）") : sourceName(r);
}

Mark markOf(FindingKind k)
{
    switch (k) {
    case FindingKind::Violation: return Mark::Violation;
    case FindingKind::Missing: return Mark::Missing;
    case FindingKind::Warning: break;
    }
    return Mark::Normal;
}

QString labelsOf(const Record &r, const QStringList &ids)
{
    QStringList labels;
    for (const QString &id : ids)
        labels.append(cellLabel(r, id));
    return labels.join(u'\n');
}

void writeOptional(Book &book, lxw_worksheet *ws, int row, int col, const std::optional<double> &v)
{
    if (v)
        book.number(ws, row, col, *v, book.style(Style::Text));
    else
        book.text(ws, row, col, QStringLiteral("（空）"), book.style(Style::Note));
}

// The frame the numbered list sheets share: a 文件 column first when there are several records,
// the header, then one row per item of `items` (序号, then writeItem's columns from column `c`,
// in the Text style it is given), or `emptyNote` when no record has any.
template <typename Item, typename WriteItem>
void writeNumberedList(Book &book, const QString &name, const QList<Record> &records, QStringList labels,
                       QList<double> widths, QList<Item> Record::*items, const QString &emptyNote,
                       WriteItem writeItem)
{
    lxw_worksheet *ws = book.addSheet(name);
    const bool withFile = records.size() > 1;
    if (withFile) {
        labels.prepend(QStringLiteral("文件"));
        widths.prepend(28);
    }
    int total = 0;
    for (const Record &r : records)
        total += int((r.*items).size());
    int row = writeListHeader(book, ws, labels, widths, total);
    lxw_format *text = book.style(Style::Text);
    int number = 0;
    for (const Record &r : records) {
        for (const Item &item : r.*items) {
            int c = 0;
            if (withFile)
                book.text(ws, row, c++, fileOf(r), text);
            book.number(ws, row, c++, ++number, text);
            writeItem(ws, row, c, r, item, text);
            ++row;
        }
    }
    if (number == 0)
        book.text(ws, row, 0, emptyNote, book.style(Style::Note));
}

} // namespace

void writeFindingsSheet(Book &book, const QString &name, const QList<Record> &records)
{
    const QStringList labels = {QStringLiteral("序号"), QStringLiteral("类型"), QStringLiteral("规则"),
                                QStringLiteral("单元格"), QStringLiteral("单元格名称"), QStringLiteral("说明"),
                                QStringLiteral("上年单元格"), QStringLiteral("处理"), QStringLiteral("理由")};
    const QList<double> widths = {6, 14, 20, 34, 50, 60, 30, 10, 30};
    writeNumberedList(book, name, records, labels, widths, &Record::findings, QStringLiteral("未发现问题。"),
                      [&book](lxw_worksheet *ws, int row, int c, const Record &r, const Finding &f,
                          lxw_format *text) {
                          book.text(ws, row, c++, findingKindLabel(f.kind), book.swatch(markOf(f.kind)));
                          book.text(ws, row, c++, f.rule, text);
                          book.text(ws, row, c++, f.cells.join(u'\n'), text);
                          book.text(ws, row, c++, labelsOf(r, f.cells), text);
                          book.text(ws, row, c++, f.message, text);
                          book.text(ws, row, c++, f.previousCells.join(u'\n'), text);
                          book.text(ws, row, c++, findingStatusLabel(f.status), text);
                          book.text(ws, row, c++, f.reason, text);
                      });
}

void writeHintsSheet(Book &book, const QString &name, const QList<Record> &records)
{
    const QStringList labels = {QStringLiteral("序号"), QStringLiteral("排名"), QStringLiteral("类型"),
                                QStringLiteral("单元格"), QStringLiteral("单元格名称"), QStringLiteral("原值"),
                                QStringLiteral("建议值"), QStringLiteral("说明")};
    const QList<double> widths = {6, 6, 22, 34, 50, 10, 10, 70};
    writeNumberedList(book, name, records, labels, widths, &Record::hints,
                      QStringLiteral("没有更正建议（勾稽关系全部成立，或没有一两处改动能使其全部成立）。"),
                      [&book](lxw_worksheet *ws, int row, int c, const Record &r, const Hint &h, lxw_format *text) {
                          QStringList ids, labels, from, to;
                          for (const HintChange &k : h.changes) {
                              ids.append(k.cell);
                              labels.append(cellLabel(r, k.cell));
                              from.append(valueText(k.from));
                              to.append(valueText(k.to));
                          }
                          book.number(ws, row, c++, h.rank, text);
                          book.text(ws, row, c++, h.rule, text);
                          book.text(ws, row, c++, ids.join(u'\n'), text);
                          book.text(ws, row, c++, labels.join(u'\n'), text);
                          book.text(ws, row, c++, from.join(u'\n'), text);
                          book.text(ws, row, c++, to.join(u'\n'), text);
                          book.text(ws, row, c++, h.message, text);
                      });
}

void writeCorrectionsSheet(Book &book, const QString &name, const QList<Record> &records)
{
    const QStringList labels = {QStringLiteral("序号"), QStringLiteral("单元格"), QStringLiteral("单元格名称"),
                                QStringLiteral("原值"), QStringLiteral("新值"), QStringLiteral("备注"),
                                QStringLiteral("时间（UTC）")};
    const QList<double> widths = {6, 34, 50, 10, 10, 40, 22};
    writeNumberedList(book, name, records, labels, widths, &Record::corrections, QStringLiteral("没有修改。"),
                      [&book](lxw_worksheet *ws, int row, int c, const Record &r, const Correction &k,
                          lxw_format *text) {
                          book.text(ws, row, c++, k.cell, text);
                          book.text(ws, row, c++, cellLabel(r, k.cell), text);
                          writeOptional(book, ws, row, c++, k.from);
                          writeOptional(book, ws, row, c++, k.to);
                          book.text(ws, row, c++, k.note, text);
                          book.text(ws, row, c++,
                                    k.at.isValid() ? k.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                   : QString(),
                                    text);
                      });
}

void writeLongSheet(Book &book, const QString &name, const QList<Record> &records)
{
    lxw_worksheet *ws = book.addSheet(name);
    const bool withFile = records.size() > 1;
    QStringList labels = {QStringLiteral("id"), QStringLiteral("section"), QStringLiteral("row"),
                          QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("raw"),
                          QStringLiteral("status")};
    QList<double> widths = {40, 30, 50, 20, 10, 12, 12};
    if (withFile) {
        labels.prepend(QStringLiteral("file"));
        widths.prepend(28);
    }
    int total = 0;
    for (const Record &r : records)
        total += int(r.schema().size());
    int row = writeListHeader(book, ws, labels, widths, total);
    for (const Record &r : records) {
        const Schema &schema = r.schema();
        for (qsizetype i = 0; i < schema.size(); ++i) {
            const CellSpec &spec = schema.at(i);
            const CellValue cell = i < r.cells.size() ? r.cells.at(i) : CellValue();
            int c = 0;
            if (withFile)
                book.text(ws, row, c++, fileOf(r));
            book.text(ws, row, c++, spec.id);
            book.text(ws, row, c++, spec.section);
            book.text(ws, row, c++, spec.row);
            book.text(ws, row, c++, spec.column);
            if (cell.value)
                book.number(ws, row, c, *cell.value);
            ++c;
            if (!cell.raw.isEmpty())
                book.text(ws, row, c, cell.raw);
            ++c;
            const QString status = cellStatus(r, i);
            if (!status.isEmpty())
                book.text(ws, row, c, status);
            ++row;
        }
    }
}

ListSheet::ListSheet(Book &book, QString name, QStringList labels, QList<double> widths)
    : m_book(book), m_name(std::move(name)), m_labels(std::move(labels)), m_widths(std::move(widths))
{
    open();
}

int ListSheet::nextRow()
{
    if (m_row >= maxRows) {
        finish();
        ++m_part;
        open();
    }
    return m_row++;
}

void ListSheet::finish()
{
    m_book.autofilter(m_ws, 0, 0, std::max(m_row - 1, 1), int(m_labels.size()) - 1);
}

void ListSheet::open()
{
    m_ws = m_book.addSheet(m_part == 1 ? m_name : QStringLiteral("%1 %2").arg(m_name).arg(m_part));
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        m_book.widths(m_ws, int(i), int(i), m_widths.value(i, 12));
        m_book.text(m_ws, 0, int(i), m_labels.at(i), m_book.style(Style::Header));
    }
    m_book.freeze(m_ws, 1, 0);
    m_row = 1;
}

} // namespace nianbao::xlsx
