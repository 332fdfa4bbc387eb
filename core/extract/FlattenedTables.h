// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tables that a web crawler flattened into running text: the rows' labels stand in the paragraph
// and the cells of each row ran together ("一、本年新收政府信息公开申请数量640020470二、上年结转…").
// The labels of the three tables (sections 二, 三, 四, in the 2021 or the 2019 format) are found in
// order, the run of digits after each is split (DigitRunSplitter.h), and what the report says
// chooses among the rows' readings: the relations of the application table and of the review row,
// the prose and the plausibility of section 二 (SplitEvidence.h). Every value cell produced is
// marked inferred. A row the evidence does not settle gets no number: its value cells are empty
// (span: the printed run, inferred, `alternatives` other readings) and its readings stand in
// FlattenedReading::choices, never a guess among them.
//
// Shape of the tables returned (like a tab-row text table):
//   二 and 三: one TableRow per row found: the label cell (its text as printed, with its span), then
//   the value cells. 四: a header row with one cell (the printed header, 行政复议…总计), then the
//   row of 15 value cells.
// A row whose run cannot be read (no split fits its relation, too many readings, letters in it)
// keeps its label cell and gets no value cells: its cells are missing, never invented. The reason
// stands in FlattenedReading::notes.
#include "core/extract/ApplicationTableSolver.h"
#include "core/extract/DigitRunSplitter.h"
#include "core/document/Document.h"

namespace nianbao {

struct FlattenedNote
{
    Span span;       // the row (label and run) the note is about
    QString message; // Chinese, for the reviewer
};

// A row whose run the evidence leaves readable in several ways.
struct FlattenedChoice
{
    Span run;                       // the printed run: the span of each of the row's empty cells
    QList<QList<double>> readings;  // each reading: the row's cell values in order; preferred first
};

struct FlattenedReading
{
    QList<Table> tables;
    QList<FlattenedNote> notes;
    QList<FlattenedChoice> choices; // one per unsettled row
    int uniqueRows = 0;    // rows read one way only
    int ambiguousRows = 0; // rows left unsettled (empty cells, their readings in `choices`)
    int failedRows = 0;    // rows found but not read (label only)
    // Section 三: how many readings of the whole table satisfy its relations (capped at 10^15);
    // 0 when the relations could not be applied or no reading satisfies them.
    qint64 tableReadings = 0;
};

FlattenedReading readFlattened(const QString &text);
QList<Table> readFlattenedTables(const QString &text); // readFlattened(text).tables

// True when some cell of the tables reads as a number (a table worth extracting from).
bool hasValueCells(const QList<Table> &tables);

} // namespace nianbao
