// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The common form every loader produces: the text shown in the left pane, and the tables as grids
// of cells, each cell knowing where its text stands in that text (a span of UTF-16 offsets).
#include <QByteArray>
#include <QList>
#include <QString>

namespace nianbao {

struct Span
{
    qsizetype start = -1;
    qsizetype length = 0;
    bool isValid() const { return start >= 0; }
    qsizetype end() const { return start + length; }
    bool contains(qsizetype pos) const { return isValid() && pos >= start && pos < end(); }
    friend bool operator==(const Span &, const Span &) = default;
};

struct TableCell
{
    QString text;        // as printed (line breaks inside a cell kept as '\n')
    Span span;           // where the cell's text stands in Document::text (invalid if nowhere)
    int column = 0;      // grid column of the cell's first column
    int colSpan = 1;     // grid columns it covers (w:gridSpan, colspan)
    int rowSpan = 1;     // grid rows it covers (w:vMerge, rowspan); 1 for text tables
    bool continuation = false; // the lower part of a vertical merge: no text of its own
    // Not printed as a cell but reconstructed (a run of digits split by the table's relations,
    // see extract/FlattenedTables.h); the reviewer must confirm it.
    bool inferred = false;
    int alternatives = 0; // for inferred cells: how many other splits also fit (0 = unique)
};

struct TableRow
{
    QList<TableCell> cells;
    Span span; // the whole row in the text
};

struct Table
{
    QList<TableRow> rows;
    Span span;     // the whole table in the text
    int page = -1; // first page (PDF), -1 when not paged
};

struct Document
{
    QString path;       // as given to the loader
    QString kind;       // "txt", "md", "docx", "html", "pdf", "doc", "wps", …
    QString encoding;   // for text formats: "UTF-8", "UTF-16LE", "GB18030", …
    QByteArray sha256;  // hex digest of the file's bytes
    QString text;       // reading-order text, '\n' line ends
    QList<Table> tables;
    bool imageOnly = false; // a PDF without a text layer (a scan): opened with empty tables
    // For text whose tables ran together (crawler pages): nothing here, the extractor works on text.
};

} // namespace nianbao
