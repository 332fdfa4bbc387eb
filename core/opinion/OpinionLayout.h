// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings report laid out once, as a list of blocks (title, the header fields, headings,
// paragraphs, the tables, the signature, page breaks), for every writer: the .docx here, the HTML
// that Qt's text engine prints to PDF and to the printer (ui/opinion). Both writers therefore say
// the same words in the same order; only the drawing differs.
#include "core/opinion/Opinion.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace nianbao {

struct OpinionBlock
{
    enum class Kind {
        Title,     // centred, large, bold
        Subtitle,  // centred, under the title (which report of how many)
        Fields,    // label: value lines of the header (no borders)
        Heading,   // 一、发现的问题
        Paragraph, // body text, first line indented
        Table,     // a table with borders and a header row
        Signature, // right-aligned label: value lines at the end
        PageBreak, // the next report starts on a new page
    };
    Kind kind = Kind::Paragraph;
    QString text;                              // Title, Subtitle, Heading, Paragraph
    QList<QPair<QString, QString>> fields;     // Fields, Signature
    QStringList header;                        // Table
    QList<int> widths;                         // Table: each column's share of the width, in percent
    QList<QStringList> rows;                   // Table: a cell's lines are separated by '\n'
    QList<bool> boldFirstLine;                 // Table: per column, the first line of a cell in bold
    QList<bool> centred;                       // Table: per column, centred cells
};

// The whole document: each report from its title to its signature, page breaks between them.
QList<OpinionBlock> opinionBlocks(const OpinionDocument &document);

} // namespace nianbao
