// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A review saved to disk: the record of RECORD.md (with its corrections and the source file's
// hash) plus where the source file was, so that work continues tomorrow. The source report is
// never modified. Nothing here needs the undo stack (Qt Gui): the command line reads and replays
// reviews with these alone; the window's Review is built on them in ReviewFile.h.
#include "core/document/Document.h"
#include "core/document/DocumentLoader.h"
#include "core/ocr/Ocr.h"
#include "core/record/Record.h"
#include "core/util/Result.h"

#include <QStringList>

namespace nianbao {

// Writes the record and where its source is, atomically (QSaveFile). `ocr`, for a scan read by OCR:
// what OCR read, kept in the file (review.ocr) so that reopening it does not read the pages again.
Status saveReview(const Record &record, const Document &document, const QString &path,
                  const OcrReading *ocr = nullptr);

// Whether a file holds a saved review: the suffix .nianbao, or (whatever its name) a JSON object
// whose "review" member says nianbao-review/1. Reads only files that start like a JSON object.
bool isReviewFile(const QString &path);

// What a review file holds, read without its source: the record as it was saved (the values after
// the corrections, the corrections, the findings and facts of that moment) and where the source was.
struct SavedReview
{
    Record record;
    QString sourcePath; // absolute, as saved
    QString sourceSha256;
    QString savedAt;    // ISO 8601, UTC
    // A scan read by OCR: what OCR read then (review.ocr), keyed by the scan's sha256; empty for
    // other reports, for a scan typed by hand, and in review files saved before it was kept.
    std::optional<OcrReading> ocrReading;
};
Result<SavedReview> readReviewFile(const QString &path);
// The same from bytes already read (`name` for the messages).
Result<SavedReview> readReviewBytes(const QByteArray &bytes, const QString &name);

// A saved review replayed on its report: the source found (absolute, or next to the review file),
// read again by readReport (a source that is no report fails like an unreadable one; a scan whose
// reading is kept in the review and whose bytes are unchanged is not read by OCR again), with the
// saved corrections still to apply, and the warnings (the source changed since, its format reads
// differently, corrections naming unknown cells).
struct ReplayedReview
{
    Document document;
    Record extracted; // as the report reads today (checked), before the corrections (with the saved settlements)
    QList<Correction> corrections;
    QStringList warnings;
    // A scan read by OCR: the reading its values come from (the one kept in the review when the
    // scan is unchanged, else the new one), to be saved again with the review.
    std::optional<OcrReading> ocrReading;
};
// `source`, when given, is where the report is now (the reviewer found it after it moved). The
// second form takes the review file as already read by readReviewFile(path).
Result<ReplayedReview> replayReview(const QString &path, const LoadOptions &options = {},
                                    const QString &source = {});
Result<ReplayedReview> replayReview(const QString &path, const SavedReview &saved,
                                    const LoadOptions &options = {}, const QString &source = {});

// Where the report of a saved review stands now: the path saved in it, or a file of that name next
// to the review file; empty when it is in neither place.
QString locateReviewSource(const QString &reviewPath, const SavedReview &saved);

// The replayed record with its corrections applied (applyCorrections, core/record/Corrections.h)
// and checked.
Record correctedRecord(const ReplayedReview &replayed);

} // namespace nianbao
