#pragma once
// The pieces of a PDF page the loader works with: words with their boxes (from poppler), lines
// rebuilt from them, and the ruling lines of tables found on the rendered page.
#include "BlockTree.h"

#include <QImage>
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

// A line's text. Words closer than a column gap are joined: nothing between Chinese characters
// (WPS and Word PDFs space them out), a space between Latin words; a wider gap is a tab.
QString lineText(const Line &line);

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

// Finds the ruled tables of a page rendered at `scale` pixels per point and places the words
// (those inside a table are taken out of `words`).
QList<RuledTable> findRuledTables(const QImage &page, double scale, QList<Word> &words, double textHeight);

} // namespace nianbao::loaders::pdf
