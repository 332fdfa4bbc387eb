// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/ReviewFile.h"

namespace nianbao {

static Result<OpenedReview> opened(Result<ReplayedReview> replayed)
{
    if (!replayed)
        return Result<OpenedReview>::failure(replayed.error());
    OpenedReview opened;
    opened.warnings = replayed->warnings;
    opened.review = std::make_unique<Review>(std::move(replayed->document), std::move(replayed->extracted));
    opened.review->setOcrReading(std::move(replayed->ocrReading));
    opened.review->applySavedCorrections(replayed->corrections);
    return opened;
}

Result<OpenedReview> openReview(const QString &path, const LoadOptions &options, const QString &source)
{
    return opened(replayReview(path, options, source));
}

Result<OpenedReview> openReview(const QString &path, const SavedReview &saved, const LoadOptions &options,
                                const QString &source)
{
    return opened(replayReview(path, saved, options, source));
}

} // namespace nianbao
