// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The boxes of a PDF's table cells on their pages (Document::pageBoxes), from the words poppler
// gave the loader: each value cell (a number, a dash, a slash) is matched to the word that printed
// it.
#include "core/document/Document.h"
#include "core/document/PdfLayout.h"

#include <QList>
#include <QSizeF>

namespace nianbao::loaders::pdf {

// The words of one page as the loader read them, in the frame they were read in.
struct PageWords
{
    QList<Word> words; // as PdfPages gave them
    QSizeF size;       // of the frame the words were read in, points
    int turned = 0;    // degrees the page was read turned (PageData::turned)
};

// Every value cell of `tables` matched to the word that printed it, in table order: the words of
// the pages from the table's first page on, values only, are aligned with the table's value cells
// in row order (the start that matches most cells wins; a cell without a match gets no box).
// Boxes are turned back into the page as it is shown. Sorted by span start.
QList<PageBox> locateCellBoxes(const QList<Table> &tables, const QList<PageWords> &pages);

} // namespace nianbao::loaders::pdf
