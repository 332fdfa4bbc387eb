// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the xlsx export: the sheets of the workbook, one function each, and the marks of
// the table cells (fill colour and comment) they share.
#include "core/export/XlsxBook.h"
#include "core/record/CellState.h"
#include "core/record/Record.h"

namespace nianbao::xlsx {

// How each cell of one record stands out: its mark (the cell's state of core/record/CellState.h,
// text kept without a value marked as missing) and the comment that explains it.
class CellMarks
{
public:
    explicit CellMarks(const Record &record);
    Mark mark(qsizetype index) const;
    QString comment(qsizetype index) const;

private:
    const Record &m_record;
    CellStates m_states;
};

// Writes the value of the cell `id` (empty with its mark when missing), its fill and comment.
// Unknown ids are written as a plain empty cell.
void writeValueCell(Book &book, lxw_worksheet *ws, int row, int col, const Record &record,
                    const CellMarks &marks, const QString &id);

// Title and subtitle across columns 0..lastCol; returns the first free row.
int writeTitle(Book &book, lxw_worksheet *ws, const Record &record, const QString &section, int lastCol);
// The colour legend (and the meaning of ✓ ✗ ?) from `row`; returns the first free row.
int writeLegend(Book &book, lxw_worksheet *ws, int row, int lastCol, bool withChecks);

// The text of a check as Excel computes it: "? 有缺失" when some cell is missing, "✓" when the
// relation holds, else `failure` (starting with ✗).
QString checkResult(const QList<std::optional<double>> &values, bool holds, const QString &failure);
bool sameAmount(double a, double b);
QString valueText(const std::optional<double> &v); // "3", "40.51", "空"
// The source file's name without its folders (a workbook is emailed around).
QString sourceName(const Record &record);
// "行 / 列" label of a cell id of the record's format (the id itself when unknown).
QString cellLabel(const Record &record, const QString &id);

// The section sheets, laid out like the official tables.
void writeActiveSheet(Book &book, const QString &name, const Record &record);
void writeApplySheet(Book &book, const QString &name, const Record &record);
void writeReviewSheet(Book &book, const QString &name, const Record &record);

// The lists. With several records each row starts with the file.
void writeFindingsSheet(Book &book, const QString &name, const QList<Record> &records);
void writeCorrectionsSheet(Book &book, const QString &name, const QList<Record> &records);
void writeHintsSheet(Book &book, const QString &name, const QList<Record> &records);
void writeLongSheet(Book &book, const QString &name, const QList<Record> &records);

inline constexpr int maxRows = 1048576; // rows of an Excel sheet

// A list sheet: a header row, frozen, with a filter set at the end over the rows written. When
// the sheet is full (more than a million cells of 5,000 reports) the rows go on in "NAME 2", … .
// The summary workbook's lists and the one-sheet workbooks of ListWorkbook.h.
class ListSheet
{
public:
    ListSheet(Book &book, QString name, QStringList labels, QList<double> widths);

    // The next row to write (starts a new sheet when this one is full).
    int nextRow();
    lxw_worksheet *sheet() const { return m_ws; }
    bool empty() const { return m_row == 1 && m_part == 1; }
    // Sets the filter over the rows written (call once, at the end).
    void finish();

private:
    void open();

    Book &m_book;
    QString m_name;
    QStringList m_labels;
    QList<double> m_widths;
    lxw_worksheet *m_ws = nullptr;
    int m_row = 1;
    int m_part = 1;
};

} // namespace nianbao::xlsx
