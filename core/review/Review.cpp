// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/Review.h"

#include "core/record/Corrections.h"
#include "core/report/Report.h"
#include "core/rules/Rules.h"
#include "core/review/SavedReview.h"

#include <QUndoCommand>
#include <cmath>

namespace nianbao {

// The undo commands carry what they change, before and after (as Tiled's do): every cell they
// touch as it was and as they leave it, and the audit-trail entries they add or rewrite with their
// place in the trail. Undo and redo put exactly those back; nothing is recomputed from the trail,
// so the state after undo is the state before the step, in any order the stack allows.

class SetCellsCommand final : public QUndoCommand
{
public:
    // Computes the step at once, from the record as it stands: the cells before and after, and
    // the corrections appended at the end of the trail (one per cell, stamped now).
    SetCellsCommand(Review *review, const QList<QPair<int, std::optional<double>>> &values, const QString &note,
                    const QString &text)
        : QUndoCommand(text), m_review(review)
    {
        const Record &rec = review->record();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_at = rec.corrections.size();
        for (const auto &[index, value] : values)
            m_added.append({rec.schema().at(index).id, rec.cells.at(index).value, value, note, now});
        QList<Correction> trail = rec.corrections;
        trail.append(m_added);
        for (const auto &[index, value] : values) {
            CellValue after = rec.cells.at(index);
            after.value = value;
            after.corrected = review->isCorrected(index, value, trail);
            m_cells.append({index, rec.cells.at(index), std::move(after)});
        }
    }
    void redo() override { m_review->restore(m_cells, true, m_at, 0, m_added); }
    void undo() override { m_review->restore(m_cells, false, m_at, m_added.size(), {}); }

private:
    Review *m_review;
    QList<Review::CellChange> m_cells;
    qsizetype m_at = 0;          // where in the trail the step's corrections stand
    QList<Correction> m_added;   // as appended (their time stamps included)
};

class SetNoteCommand final : public QUndoCommand
{
public:
    SetNoteCommand(Review *review, qsizetype index, const QString &note)
        : QUndoCommand(Review::tr("修改备注")), m_review(review), m_index(index),
          m_before(review->record().corrections.at(index)), m_after(m_before)
    {
        m_after.note = note;
    }
    void redo() override { m_review->restore({}, true, m_index, 1, {m_after}); }
    void undo() override { m_review->restore({}, false, m_index, 1, {m_before}); }

private:
    Review *m_review;
    qsizetype m_index;
    Correction m_before; // the whole entry, as it stood and as the step leaves it
    Correction m_after;
};

Review::Review(Document document, Record record, QObject *parent)
    : QObject(parent), m_document(std::move(document)), m_record(std::move(record))
{
    if (m_record.cells.size() != m_record.schema().size())
        m_record.resetCells();
    m_original = m_record.cells;
    recheck(m_record);
}

Review::~Review() = default;

Result<std::unique_ptr<Review>> Review::open(const QString &path, const LoadOptions &options)
{
    auto report = readReport(path, options);
    if (!report)
        return Result<std::unique_ptr<Review>>::failure(report.error());
    auto review = std::make_unique<Review>(std::move(report->document), std::move(report->record));
    review->setOcrReading(std::move(report->ocrReading));
    return Result<std::unique_ptr<Review>>(std::move(review));
}

Status Review::setCellValue(const QString &cellId, std::optional<double> value, const QString &note)
{
    const CellSpec *spec = m_record.schema().find(cellId);
    if (!spec)
        return Status::failure(tr("没有这个单元格：%1").arg(cellId));
    return setCellValues({{cellId, value}}, note,
                         tr("修改 %1 %2").arg(spec->row, spec->column));
}

Status Review::setCellText(const QString &cellId, const QString &text, const QString &note)
{
    const int index = m_record.schema().indexOf(cellId);
    if (index < 0)
        return Status::failure(tr("没有这个单元格：%1").arg(cellId));
    const CellSpec &spec = m_record.schema().at(index);
    const auto value = parseCellInput(spec, text);
    if (!value)
        return Status::failure(value.error());
    if (m_record.cells.at(index).value == *value)
        return {}; // nothing changes: no correction
    m_undo.push(new SetCellsCommand(this, {{index, *value}}, note, tr("修改 %1 %2").arg(spec.row, spec.column)));
    return {};
}

Status Review::setCellValues(const QList<QPair<QString, std::optional<double>>> &values,
                             const QString &note, const QString &stepName)
{
    QList<QPair<int, std::optional<double>>> resolved;
    const Schema &schema = m_record.schema();
    for (const auto &[id, value] : values) {
        const int index = schema.indexOf(id);
        if (index < 0)
            return Status::failure(tr("没有这个单元格：%1").arg(id));
        if (value) {
            const QString problem = validateValue(schema.at(index), *value);
            if (!problem.isEmpty())
                return Status::failure(problem);
        }
        if (m_record.cells.at(index).value == value)
            continue; // nothing changes: no correction
        resolved.append({index, value});
    }
    if (resolved.isEmpty())
        return {};
    m_undo.push(new SetCellsCommand(this, std::move(resolved), note, stepName));
    return {};
}

int Review::fillBlanks(TableSection table)
{
    QList<QPair<QString, std::optional<double>>> values;
    const Schema &schema = m_record.schema();
    for (qsizetype i = 0; i < schema.size(); ++i) {
        const CellValue &c = m_record.cells.at(i);
        if (schema.at(i).table == table && !c.value
            && (c.source == CellSource::Blank || c.source == CellSource::Text || c.source == CellSource::NotFound))
            values.append({schema.at(i).id, 0.0});
    }
    if (values.isEmpty())
        return 0;
    const QString tableName = tableSectionLabel(table);
    // The note goes into the audit trail (and the exports): Chinese. The step's name is the window's.
    const Status s = setCellValues(values, QStringLiteral("空白按 0 处理"), tr("%1：空白按 0 处理").arg(tableName));
    return s ? int(values.size()) : 0;
}

int Review::confirmCells(const QStringList &cellIds, const QString &note)
{
    QList<QPair<int, std::optional<double>>> same;
    const Schema &schema = m_record.schema();
    for (const QString &id : cellIds) {
        const int index = schema.indexOf(id);
        if (index < 0 || !m_record.cells.at(index).value || m_record.cells.at(index).corrected)
            continue;
        same.append({index, m_record.cells.at(index).value});
    }
    if (same.isEmpty())
        return 0;
    const int n = int(same.size());
    m_undo.push(new SetCellsCommand(this, std::move(same), note.isEmpty() ? QStringLiteral("确认推断值") : note,
                                    tr("确认 %1 个推断值").arg(n)));
    return n;
}

Status Review::setCorrectionNote(qsizetype index, const QString &note)
{
    if (index < 0 || index >= m_record.corrections.size())
        return Status::failure(tr("没有第 %1 处修改").arg(index + 1));
    if (m_record.corrections.at(index).note == note)
        return {};
    m_undo.push(new SetNoteCommand(this, index, note));
    return {};
}

void Review::applySavedCorrections(const QList<Correction> &corrections)
{
    const QStringList changedIds = applyCorrections(m_record, corrections);
    recheck(m_record);
    m_undo.clear();
    Q_EMIT changed(changedIds);
}

bool Review::isCorrected(int index, const std::optional<double> &value, const QList<Correction> &trail) const
{
    // One meaning of "corrected" for the review, the replay and the json: core/record/Corrections.h.
    return nianbao::isCorrected(trail, m_record.schema().at(index).id, value);
}

void Review::restore(const QList<CellChange> &cells, bool after, qsizetype at, qsizetype remove,
                     const QList<Correction> &insert)
{
    QList<Correction> &trail = m_record.corrections;
    at = qBound<qsizetype>(0, at, trail.size());
    trail.remove(at, qMin(remove, trail.size() - at));
    for (qsizetype i = 0; i < insert.size(); ++i)
        trail.insert(at + i, insert.at(i));
    QStringList ids;
    for (const CellChange &c : cells) {
        m_record.cells[c.index] = after ? c.after : c.before;
        ids.append(m_record.schema().at(c.index).id);
    }
    if (!cells.isEmpty())
        recheck(m_record);
    Q_EMIT changed(ids);
}

} // namespace nianbao

#include "moc_Review.cpp"
