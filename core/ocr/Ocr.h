// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scanned reports: the tables of an image-only PDF read from its page images. Each page is
// rendered (poppler's Splash, ~300 dpi, gray), its skew turned back, the grid of every ruled table
// found from its rules, and each cell read by Tesseract (digits with a digit whitelist, labels with
// the Simplified Chinese model). The result is a Document like any loader's — the tables as grids
// of cells whose spans point into a text laid out from them — so the extractor places the rows by
// their labels as for any report. After extraction, the relations are a checksum: a value is
// accepted when it was read with confidence and every relation it takes part in holds; every other
// value read is marked inferred, for the reviewer to confirm against the page.
//
// Optional like LibreOffice: built only where libtesseract-dev is (CMake says so), and at run time
// it needs the models of tesseract-ocr-eng and tesseract-ocr-chi-sim. Without them the report opens
// with empty tables and one message naming the package to install.
#include "core/document/Document.h"
#include "core/record/Record.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace nianbao {

struct OcrOptions
{
    bool enabled = true;           // false: a scan opens with empty tables, as without Tesseract
    int maxPages = 12;             // pages read at most: a report's tables are in its first pages
    double dpi = 300;              // rendering resolution (Tesseract reads best at about 300)
    qint64 maxPixels = 40'000'000; // per rendered page (one byte a pixel): a huge page is read smaller
    int timeBudgetMs = 180'000;    // pages not begun by then are left unread (and counted)
    double acceptConfidence = 60;  // a value read with less is never accepted, relations or not
    QString tessdata;              // the models' folder; empty: Tesseract's own (or TESSDATA_PREFIX)
};

// Where a cell read by OCR stands on its page.
struct OcrCellBox
{
    Span span;          // the cell's text in OcrReading::document.text
    int page = -1;      // from 1, as Table::page
    QRectF box;         // page points, y downwards, as the page is shown (its rotation applied)
    int confidence = 0; // Tesseract's, 0–100
    bool number = false;
    // A value whose row was placed by its place in the table, its label not recognised (see
    // labelsByPosition in core/ocr): never accepted, whatever the relations say.
    bool rowByPosition = false;
};

struct OcrReading
{
    Document document;        // tables (and the title lines) read from the pages
    QList<OcrCellBox> boxes;  // one per cell read (blank cells included), by span
    QString engine;           // "tesseract 5.3.0"
    int pages = 0;            // pages read
    int pagesLeft = 0;        // pages past the page limit or the time budget, not read
    double seconds = 0;
};

// Empty when OCR can run here; otherwise the message (Chinese) naming the Debian package to install.
QString ocrUnavailableReason(const OcrOptions &options = {});

// Reads the image-only PDF held in `pdf`. Fails with ocrUnavailableReason() when OCR cannot run,
// or when poppler cannot open the file. `imageOnly` is the loader's document: its path, kind and
// digest go to the reading's document.
Result<OcrReading> recognizeScannedPdf(const QByteArray &pdf, const Document &imageOnly,
                                       const OcrOptions &options = {});

// After extraction of reading.document: every value read is accepted or marked inferred (above),
// and record.facts.ocr says what was read, accepted and marked. The document's table cells of the
// marked values are marked inferred too.
void settleRecognisedCells(Record &record, OcrReading &reading, const OcrOptions &options = {});

// The record of a reading: reading.document extracted (core/extract: rows placed by their labels)
// and its values settled as above.
Record extractRecognised(OcrReading &reading, const OcrOptions &options = {});

// The box of the record's cell `id`, when it was read by OCR.
const OcrCellBox *ocrBoxOf(const Record &record, const QList<OcrCellBox> &boxes, QStringView id);

} // namespace nianbao
