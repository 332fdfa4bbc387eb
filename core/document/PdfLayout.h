// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pieces of a PDF page the loader works with: words with their boxes and the lines the page
// draws (from poppler), lines of text rebuilt from the words, and the ruled tables.
#include "core/document/BlockTree.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace nianbao::loaders::pdf {

struct Word
{
    QString text;
    QRectF box; // page points
};

struct Line
{
    QList<Word> words; // left to right
    QRectF box;
    double height() const { return box.height(); }
};

// Words on one baseline grouped into lines (top to bottom, each left to right).
QList<Line> buildLines(QList<Word> words);

// The parts of a line between column gaps (a gap wider than 1.6 characters, or 0.6 between two
// numbers), each with its text:
// words joined with nothing between Chinese characters (WPS and Word PDFs space them out) and a
// space between Latin words.
struct Segment
{
    QRectF box;
    QString text;
    QList<Word> words;
};
QList<Segment> segments(const Line &line);

// A line's text: its segments separated by tabs.
QString lineText(const Line &line);

// A line as laid out in the text: prose, or the row of a table drawn without rules.
struct TextLine
{
    QRectF box;
    QString text;
    // Label lines above every row of a table without rules at the top of a page, that no row
    // there takes: the rest of the label of the last row on the page before.
    bool labelFromPageBefore = false;
};

// Lines in reading order. Tables drawn without rules become rows of numbers with the label lines
// around them, cell by cell: label columns, a centred label balanced above and below its numbers,
// numbered cells running from one number to the next (see PdfLines.cpp).
QList<TextLine> attachWrappedCells(const QList<Line> &lines);

// Text that opens an item of its own: "（四）…", "4.…", "四、…".
bool opensItem(const QString &text);

// A cell's value in a row rebuilt from positions: a number, or the dash or slash a report prints
// for "none".
bool isValue(const QString &text);

// Lines of one cell or paragraph joined: nothing at a Chinese line wrap, a space otherwise.
QString joinWrapped(const QStringList &lines);

// Page numbers ("-3-", "第 3 页", "3/6") in the top or bottom margin of a page.
bool isPageNumberLine(const Line &line, double pageHeight);

// Median word height of the lines (the body text size), 10 when there are none.
double typicalHeight(const QList<Line> &lines);

// A table whose borders are drawn: its area, its column edges, and its grid with the words placed.
struct RuledTable
{
    QRectF box;
    QList<double> columnEdges; // x of each vertical ruling, page points
    BlockTable grid;
};

// A straight line or a thin filled bar the page draws across or down, in page points (y down):
// at `pos` (y of a horizontal one, x of a vertical one) from `from` to `to`.
struct Ruling
{
    Qt::Orientation orientation = Qt::Horizontal;
    double pos = 0, from = 0, to = 0;
    double thickness = 0;
};

// Finds the ruled tables among the lines a page draws and places the words (those inside a table
// are taken out of `words`). `textHeight` is the body text size, the measure of every tolerance.
QList<RuledTable> findRuledTables(const QList<Ruling> &rulings, QList<Word> &words, double textHeight);

} // namespace nianbao::loaders::pdf
