#include "ReviewFile.h"

namespace nianbao {
// Placeholder until saving lands (issue 3).
Status saveReview(const Review &, const QString &) { return Status::failure(QStringLiteral("not implemented")); }
Result<OpenedReview> openReview(const QString &) { return Result<OpenedReview>::failure(QStringLiteral("not implemented")); }
} // namespace nianbao
