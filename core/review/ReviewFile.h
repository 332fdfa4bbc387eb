// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saving and reopening a Review (the record, its corrections, its undo stack) as a review file;
// the file itself is read and replayed by SavedReview.h.
#include "core/review/Review.h"
#include "core/review/SavedReview.h"

#include <memory>

namespace nianbao {

// Writes atomically (QSaveFile).
inline Status saveReview(const Review &review, const QString &path)
{
    return saveReview(review.record(), review.document(), path, review.ocrReading());
}

struct OpenedReview
{
    std::unique_ptr<Review> review;
    QStringList warnings; // e.g. the source changed since the review was saved
};

// Reopens: loads the source named in the file (absolute, or next to the review file), or `source`
// when given (where the report is now), checks its hash, re-extracts and re-applies the
// corrections. `options` go to the source's loader.
Result<OpenedReview> openReview(const QString &path, const LoadOptions &options = {}, const QString &source = {});
// The same, the review file as already read by readReviewFile(path).
Result<OpenedReview> openReview(const QString &path, const SavedReview &saved, const LoadOptions &options = {},
                                const QString &source = {});

} // namespace nianbao
