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
// hash, re-extracts and re-applies the corrections.
Result<OpenedReview> openReview(const QString &path);

} // namespace nianbao
