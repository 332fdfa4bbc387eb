// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PDF read with poppler's own API (libpoppler-private-dev): one pass over a page's content gives
// both its words with their boxes and the straight lines and thin bars it draws, the candidates for
// table rules. No page is rendered. Poppler's types stay in PdfPages.cpp.
#include "core/document/PdfLayout.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>

#include <memory>

namespace nianbao::loaders::pdf {

struct PageData
{
    QList<Word> words;      // reading order, cut where digits start or end next to Chinese
    QList<Ruling> rulings;  // every horizontal or vertical stroke or bar, dark enough to be ink
    QSizeF size;            // points
    int turned = 0;         // degrees (clockwise) the page was read turned beyond its own rotation
};

class PdfPages
{
public:
    enum class OpenStatus { Ok, Damaged, Encrypted };

    PdfPages();
    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    // Opens the PDF held in `bytes`, which must outlive this object.
    OpenStatus open(const QByteArray &bytes);
    int pageCount() const;
    // The page `index` (from 0); an empty page when it cannot be read.
    PageData page(int index) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nianbao::loaders::pdf
