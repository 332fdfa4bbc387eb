#pragma once
// A review saved to disk: the record of RECORD.md (with its corrections and the source file's
// hash) plus where the source file was, so that work continues tomorrow. The source report is
// never modified.
#include "Review.h"

namespace nianbao {

// Writes atomically (QSaveFile).
Status saveReview(const Review &review, const QString &path);

struct OpenedReview
{
    std::unique_ptr<Review> review;
    QStringList warnings; // e.g. the source changed since the review was saved
};

// Reopens: loads the source named in the file (absolute, or next to the review file), checks its
// hash, re-extracts and re-applies the corrections. `options` go to the source's loader.
Result<OpenedReview> openReview(const QString &path, const LoadOptions &options = {});

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
};
Result<SavedReview> readReviewFile(const QString &path);

} // namespace nianbao
