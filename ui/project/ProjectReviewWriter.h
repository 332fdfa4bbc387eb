// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A review of a project's report, written to the project step by step (the review view's
// ProjectReviewLink, and a comparison window opened from a project, ui/season/ProjectCompare): each
// edit, undo, redo, note and decision on a finding is in the project as soon as it is made, in one
// transaction — no *.nianbao file, nothing to lose when the window closes or is killed.
//
// The project's trails are append-only: an edit (or a redo) appends its corrections, an undo
// appends a correction that puts the value back (note 撤销修改), a note rewritten rewrites that
// correction's note; a decision made, changed or taken back (also by undo) appends to the trail of
// decisions (Project::setSettlements). The review is marked saved after each write, so the window
// never asks to save it and autosave has nothing to keep.
#include "core/record/Record.h"
#include "core/util/Result.h"

#include <QObject>
#include <QPointer>

namespace nianbao {
class Project;
class Review;
}

namespace nianbao::ui {

// Every writer's writes, for the other views of the same report: the review view reads a report
// again when a comparison wrote to it, a comparison says when the review view did.
class ProjectWrites final : public QObject
{
    Q_OBJECT
public:
    static ProjectWrites *instance();

Q_SIGNALS:
    // `writer` wrote a step of report `id` of the project at `projectPath` (absolute).
    void written(const QString &projectPath, qint64 id, const QObject *writer);
};

class ProjectReviewWriter final : public QObject
{
    Q_OBJECT
public:
    // `review` shows report `id` of `project` as the project holds it: its extracted record with
    // the project's corrections (`projectCorrections` of them, applySavedCorrections) and decisions
    // (the record's settlements) applied. `project` must outlive the writer.
    ProjectReviewWriter(Project *project, qint64 id, Review *review, int projectCorrections,
                        QObject *parent = nullptr);

    qint64 reportId() const { return m_id; }
    Review *review() const { return m_review; }
    // The entries of the report's trail of corrections in the project after the last write.
    int projectCorrections() const { return m_projectCount; }

Q_SIGNALS:
    // A step was written to the project.
    void written();
    // A step could not be written (the review stays modified: the window asks before it goes).
    void failed(const QString &message);

private:
    void persist();
    Status persistCorrections();

    Project *m_project;
    qint64 m_id;
    QPointer<Review> m_review;
    // What the project holds for the review: its trail as the review last had it, the index of each
    // of its entries in the project's trail, the cells' values, and the decisions.
    QList<Correction> m_trail;
    QList<int> m_projectIndex;
    int m_projectCount = 0;
    QList<std::optional<double>> m_values;
    QList<Settlement> m_settlements;
};

} // namespace nianbao::ui
