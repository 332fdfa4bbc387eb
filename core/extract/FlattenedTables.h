#pragma once
// Tables that a web crawler flattened into running text: the rows' labels stand in the paragraph
// and the cells of each row ran together ("一、本年新收政府信息公开申请数量640020470二、上年结转…").
// The labels of the three tables (sections 二, 三, 四, in the 2021 or the 2019 format) are found in
// order, the run of digits after each is split (DigitRunSplitter.h), and the relations of the
// application table choose among the rows' readings. Every value cell produced is marked
// inferred, with the number of other readings that fit as well.
//
// Shape of the tables returned (like a tab-row text table):
//   二 and 三: one TableRow per row found: the label cell (its text as printed, with its span), then
//   the value cells. 四: a header row with one cell (the printed header, 行政复议…总计), then the
//   row of 15 value cells.
// A row whose run cannot be read (no split fits its relation, too many readings, letters in it)
// keeps its label cell and gets no value cells: its cells are missing, never invented. The reason
// stands in FlattenedReading::notes.
#include "DigitRunSplitter.h"
#include "document/Document.h"

namespace nianbao {

struct FlattenedNote
{
    Span span;       // the row (label and run) the note is about
    QString message; // Chinese, for the reviewer
};

struct FlattenedReading
{
    QList<Table> tables;
    QList<FlattenedNote> notes;
    int uniqueRows = 0;    // rows read one way only
    int ambiguousRows = 0; // rows with more than one fitting reading (cells carry alternatives)
    int failedRows = 0;    // rows found but not read (label only)
    // Section 三: how many readings of the whole table satisfy its relations (capped at 10^15);
    // 0 when the relations could not be applied or no reading satisfies them.
    qint64 tableReadings = 0;
};

FlattenedReading readFlattened(const QString &text);
QList<Table> readFlattenedTables(const QString &text); // readFlattened(text).tables

// True when some cell of the tables reads as a number (a table worth extracting from).
bool hasValueCells(const QList<Table> &tables);

// --- The application table's relations choosing among the rows' readings ---

enum class ApplyRole { New, CarriedOver, Outcome, Total, CarriedForward };

struct SolverRow
{
    ApplyRole role = ApplyRole::Outcome;
    QList<RunSplit> candidates; // the row's readings (7 counts each), preferred first; empty = row missing
};

struct TableChoice
{
    QList<int> chosen;       // per row: index into candidates (-1 for a missing row)
    QList<int> alternatives; // per row: other readings that also fit the table (0 = unique)
    qint64 fitting = 0;      // readings of the table satisfying its relations (0: not applied / none fit)
    bool relationsApplied = false; // false: each row keeps its own preferred reading
};

// Relations (FORMAT.md 1 and 2), per column: new + carried_over = total + carried_forward, and
// total = Σ outcome rows. Each is used only when all its rows are present. Among the table readings
// that satisfy them, the preferred one has the smallest sum of the rows' longest cells, then the
// fewest multi-digit cells, then the one keeping the rows' own preferred readings from the top of
// the table down (DigitRunSplitter.h); `fitting` tells the reviewer how many there were. When no table
// reading satisfies them, every row keeps its own preferred reading (relationsApplied = false).
TableChoice solveApplicationTable(const QList<SolverRow> &rows);

} // namespace nianbao
