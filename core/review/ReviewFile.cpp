#include "ReviewFile.h"

namespace nianbao {

Result<OpenedReview> openReview(const QString &path, const LoadOptions &options, const QString &source)
{
    auto replayed = replayReview(path, options, source);
    if (!replayed)
        return Result<OpenedReview>::failure(replayed.error());
    OpenedReview opened;
    opened.warnings = replayed->warnings;
    opened.review = std::make_unique<Review>(std::move(replayed->document), std::move(replayed->extracted));
    opened.review->applySavedCorrections(replayed->corrections);
    return opened;
}

} // namespace nianbao
