// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/project/ProjectReviewWriter.h"

#include "core/project/Project.h"
#include "core/review/Review.h"

namespace nianbao::ui {

namespace {

bool sameSettlements(const QList<Settlement> &a, const QList<Settlement> &b)
{
    if (a.size() != b.size())
        return false;
    for (const Settlement &s : a)
        if (!b.contains(s))
            return false;
    return true;
}

} // namespace

ProjectWrites *ProjectWrites::instance()
{
    static ProjectWrites *const writes = new ProjectWrites; // lives as long as the process
    return writes;
}

ProjectReviewWriter::ProjectReviewWriter(Project *project, qint64 id, Review *review, int projectCorrections,
                                         QObject *parent)
    : QObject(parent), m_project(project), m_id(id), m_review(review), m_projectCount(projectCorrections)
{
    const Record &record = review->record();
    m_trail = record.corrections;
    for (int i = 0; i < m_trail.size(); ++i)
        m_projectIndex.append(i);
    for (const CellValue &c : record.cells)
        m_values.append(c.value);
    m_settlements = record.settlements;
    connect(review, &Review::changed, this, &ProjectReviewWriter::persist);
}

Status ProjectReviewWriter::persistCorrections()
{
    const Record &record = m_review->record();
    const QList<Correction> &now = record.corrections;
    // A note rewritten (or its rewrite undone): the same entries but for notes.
    bool onlyNotes = now.size() == m_trail.size();
    for (qsizetype i = 0; onlyNotes && i < now.size(); ++i) {
        Correction a = now.at(i);
        a.note = m_trail.at(i).note;
        onlyNotes = a == m_trail.at(i);
    }
    if (onlyNotes) {
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (now.at(i).note == m_trail.at(i).note)
                continue;
            if (Status s = m_project->setCorrectionNote(m_id, m_projectIndex.at(i), now.at(i).note); !s)
                return s;
            m_trail[i].note = now.at(i).note;
        }
        return {};
    }
    // Where the project's trail ends now: another window (a comparison) may have appended to it.
    if (const auto report = m_project->report(m_id); report && report->corrections > m_projectCount)
        m_projectCount = report->corrections;
    qsizetype same = 0;
    while (same < now.size() && same < m_trail.size() && now.at(same) == m_trail.at(same))
        ++same;
    QList<int> index = m_projectIndex.mid(0, same);
    // What the project's trail becomes: the review's new entries (an edit, a redo) as they are…
    QList<Correction> append = now.mid(same);
    QList<std::optional<double>> values = m_values;
    const Schema &schema = record.schema();
    for (const Correction &c : std::as_const(append)) {
        const int i = schema.indexOf(c.cell);
        if (i >= 0 && i < values.size())
            values[i] = c.to;
    }
    for (qsizetype k = 0; k < append.size(); ++k)
        index.append(m_projectCount + int(k));
    // …then, for every cell whose value differs from what the project now holds (an undo), a
    // correction that puts the value back.
    for (qsizetype i = 0; i < record.cells.size() && i < values.size(); ++i) {
        if (record.cells.at(i).value == values.at(i))
            continue;
        append.append(Correction{schema.at(i).id, values.at(i), record.cells.at(i).value, QStringLiteral("撤销修改"),
                                 QDateTime::currentDateTimeUtc()});
    }
    if (Status s = m_project->addCorrections(m_id, append); !s)
        return s;
    m_projectCount += int(append.size());
    m_projectIndex = index;
    m_trail = now;
    m_values.clear();
    for (const CellValue &c : record.cells)
        m_values.append(c.value);
    return {};
}

void ProjectReviewWriter::persist()
{
    if (!m_review || !m_project)
        return;
    const Record &record = m_review->record();
    Status saved = persistCorrections();
    if (saved && !sameSettlements(record.settlements, m_settlements))
        saved = m_project->setSettlements(m_id, record.settlements);
    if (!saved) {
        Q_EMIT failed(saved.error());
        return; // the review stays modified: the window asks before it goes
    }
    m_settlements = record.settlements;
    // Saved: after the undo stack has taken the step in (a push emits changed before that).
    QPointer<Review> review = m_review;
    QMetaObject::invokeMethod(this, [review] {
        if (review)
            review->markSaved();
    }, Qt::QueuedConnection);
    Q_EMIT written();
    Q_EMIT ProjectWrites::instance()->written(m_project->path(), m_id, this);
}

} // namespace nianbao::ui
