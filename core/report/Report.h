// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one reading pipeline: a file (or its bytes) loaded into a Document, extracted into a
// Record, refused when it is no annual report, and checked. The command line, the window's
// loader, Review::open and the replay of a saved review all read reports through here, so they
// accept and refuse the same files with the same message.
#include "core/document/Document.h"
#include "core/document/DocumentLoader.h"
#include "core/ocr/Ocr.h"
#include "core/record/Record.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace nianbao {

// A report as read: its document and its record (source file = the path as given), checked
// (findings computed, no corrections).
struct Report
{
    Document document;
    Record record;
    // A scan read by OCR: where each cell read stands on its page (by span into document.text).
    QList<OcrCellBox> ocrBoxes;
    // A scan read by OCR: the reading as recognised (before its values were settled), to be kept
    // with the scan's review (core/report/OcrReadingJson.h) and given back as `kept` when the
    // review is reopened.
    std::optional<OcrReading> ocrReading;
};

// Loads, extracts and checks `path`. Fails with the loader's message when the file cannot be read,
// and with notAReportMessage(path) when it reads but holds no annual report. A scan (an image-only
// PDF) has its tables read by OCR (core/ocr, `ocr`) where it can run, and opens with empty tables
// where it cannot (facts.ocr.unavailable says why).
// `kept`: what OCR read from this scan in an earlier session (a saved review, a project). When it
// was read from the same bytes (its document's sha256), it stands for OCR, which does not run: the
// values, states and boxes are those of that reading, whether Tesseract is here or not, and
// facts.ocr.from_review says so. A reading of other bytes is ignored and the scan read again.
Result<Report> readReport(const QString &path, const LoadOptions &options = {}, const OcrOptions &ocr = {},
                          const OcrReading *kept = nullptr);
// The same from bytes already in memory; `name` stands for the file in messages and its suffix.
Result<Report> readReportFromBytes(const QByteArray &bytes, const QString &name, const LoadOptions &options = {},
                                   const OcrOptions &ocr = {}, const OcrReading *kept = nullptr);

// The report a reading kept in an earlier session gives for the scan `imageOnly` (as loaded: its
// path, kind and sha256), as readReport with `kept` does, without reading the file again. Fails
// when the reading was not read from these bytes.
Result<Report> reportFromReading(Document imageOnly, const OcrReading &kept, const OcrOptions &ocr = {});

// True when the extracted record looks like an annual report at all: a title with 政府信息公开 and
// 年度报告/年报, or two of the report's sections, or one of its tables.
bool looksLikeReport(const Record &extracted);

// "<file>：不是政府信息公开工作年度报告（…）", the one message for a file that is no report.
QString notAReportMessage(const QString &file);

} // namespace nianbao
