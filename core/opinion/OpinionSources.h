// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a findings report's record comes from: a report file (read by readReport: no corrections),
// a saved review (*.nianbao: its report read again and the corrections re-applied, or, when the
// report is gone, the record saved in the review), or a report of a season's project (its record
// with the corrections kept in the project, and its review status with the note).
#include "core/opinion/Opinion.h"
#include "core/project/Project.h"
#include "core/util/Result.h"

#include <QStringList>

namespace nianbao {

// A report file or a saved review (isReviewFile). Failures name the file; `warnings` (when given)
// receives what the reader of a saved review should know (the report changed since, the saved
// record used because the report cannot be read), each naming the review.
Result<OpinionReport> opinionFromFile(const QString &path, QStringList *warnings = nullptr);

// One report of a project.
Result<OpinionReport> opinionFromProject(const Project &project, const ProjectReport &report);
Result<OpinionReport> opinionFromProject(const Project &project, qint64 id);

// Every report of a project, in path order. A report that cannot be read (its file unreadable
// at the last scan, no record) is left out and named in `skipped`; the project itself failing to
// answer fails the whole.
Result<QList<OpinionReport>> opinionsFromProject(const Project &project, QStringList *skipped = nullptr);

} // namespace nianbao
