// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pages of a PDF read ahead on other cores while the caller lays out the ones before: poppler's
// pass over a page is most of a PDF's reading, and pages do not depend on one another. Each helper
// thread opens its own PDFDoc on the same bytes (one PDFDoc is not shared between threads). Helpers
// are used only when this is the one PDF being read in the process (a folder read on all cores is
// parallel already) and the machine has a core to spare; they stay a few pages ahead, so memory
// does not grow with the page count.
#include "core/document/PdfPages.h"

#include <memory>

namespace nianbao::loaders::pdf {

class PdfPageStream
{
public:
    // `pdf` is open on `bytes`; both outlive the stream.
    PdfPageStream(const QByteArray &bytes, const PdfPages &pdf, int pages);
    ~PdfPageStream();
    PdfPageStream(const PdfPageStream &) = delete;
    PdfPageStream &operator=(const PdfPageStream &) = delete;

    // Page `index` (taken in order, from 0): read by a helper already, or read now.
    PageData take(int index);
    // How many helper threads read pages (0: all on the caller's thread).
    int helpers() const;

private:
    struct Shared;
    std::shared_ptr<Shared> d;
};

} // namespace nianbao::loaders::pdf
