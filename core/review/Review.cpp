#include "core/review/Review.h"

#include "core/record/Corrections.h"
#include "core/report/Report.h"
#include "core/rules/Rules.h"
#include "core/review/SavedReview.h"

#include <QUndoCommand>
#include <cmath>

namespace nianbao {

class SetCellsCommand final : public QUndoCommand
{
public:
    SetCellsCommand(Review *review, QList<QPair<int, std::optional<double>>> values, QString note,
                    const QString &text)
        : QUndoCommand(text), m_review(review), m_after(std::move(values)), m_note(std::move(note))
    {
        const Record &rec = review->record();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[index, value] : m_after) {
            m_before.append({index, rec.cells.at(index).value});
            m_corrections.append({rec.schema().at(index).id, rec.cells.at(index).value, value, m_note, now});
        }
    }
    void redo() override { m_review->applyValues(m_after, m_corrections, 0); }
    void undo() override { m_review->applyValues(m_before, {}, m_corrections.size()); }

private:
    Review *m_review;
    QList<QPair<int, std::optional<double>>> m_after;
    QList<QPair<int, std::optional<double>>> m_before;
    QList<Correction> m_corrections;
    QString m_note;
};

class SetNoteCommand final : public QUndoCommand
{
public:
    SetNoteCommand(Review *review, qsizetype index, QString note)
        : QUndoCommand(QStringLiteral("修改备注")), m_review(review), m_index(index),
          m_before(review->record().corrections.at(index).note), m_after(std::move(note))
    {
    }
    void redo() override { m_review->applyNote(m_index, m_after); }
    void undo() override { m_review->applyNote(m_index, m_before); }

private:
    Review *m_review;
    qsizetype m_index;
    QString m_before;
    QString m_after;
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
    return Result<std::unique_ptr<Review>>(
        std::make_unique<Review>(std::move(report->document), std::move(report->record)));
}

Status Review::setCellValue(const QString &cellId, std::optional<double> value, const QString &note)
{
    const CellSpec *spec = m_record.schema().find(cellId);
    if (!spec)
        return Status::failure(QStringLiteral("没有这个单元格：%1").arg(cellId));
    return setCellValues({{cellId, value}}, note,
                         QStringLiteral("修改 %1 %2").arg(spec->row, spec->column));
}

Status Review::setCellText(const QString &cellId, const QString &text, const QString &note)
{
    const int index = m_record.schema().indexOf(cellId);
    if (index < 0)
        return Status::failure(QStringLiteral("没有这个单元格：%1").arg(cellId));
    const CellSpec &spec = m_record.schema().at(index);
    const auto value = parseCellInput(spec, text);
    if (!value)
        return Status::failure(value.error());
    if (m_record.cells.at(index).value == *value)
        return {}; // nothing changes: no correction
    m_undo.push(new SetCellsCommand(this, {{index, *value}}, note, QStringLiteral("修改 %1 %2").arg(spec.row, spec.column)));
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
            return Status::failure(QStringLiteral("没有这个单元格：%1").arg(id));
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
            && (c.source == CellSource::Blank || c.source == CellSource::Text))
            values.append({schema.at(i).id, 0.0});
    }
    if (values.isEmpty())
        return 0;
    const QString tableName = tableSectionLabel(table);
    const Status s = setCellValues(values, QStringLiteral("空白按 0 处理"),
                                   QStringLiteral("%1：空白按 0 处理").arg(tableName));
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
                                    QStringLiteral("确认 %1 个推断值").arg(n)));
    return n;
}

Status Review::setCorrectionNote(qsizetype index, const QString &note)
{
    if (index < 0 || index >= m_record.corrections.size())
        return Status::failure(QStringLiteral("没有第 %1 处修改").arg(index + 1));
    if (m_record.corrections.at(index).note == note)
        return {};
    m_undo.push(new SetNoteCommand(this, index, note));
    return {};
}

void Review::applyNote(qsizetype index, const QString &note)
{
    m_record.corrections[index].note = note;
    Q_EMIT changed({});
}

void Review::applySavedCorrections(const QList<Correction> &corrections)
{
    const QStringList changedIds = applyCorrections(m_record, corrections);
    recheck(m_record);
    m_undo.clear();
    Q_EMIT changed(changedIds);
}

void Review::applyValues(const QList<QPair<int, std::optional<double>>> &values,
                         const QList<Correction> &add, qsizetype removeCorrections)
{
    QStringList ids;
    const Schema &schema = m_record.schema();
    for (const auto &[index, value] : values) {
        m_record.cells[index].value = value;
        ids.append(schema.at(index).id);
    }
    if (removeCorrections > 0)
        m_record.corrections.resize(qMax<qsizetype>(0, m_record.corrections.size() - removeCorrections));
    m_record.corrections.append(add);
    markCorrected(m_record, ids);
    recheck(m_record);
    Q_EMIT changed(ids);
}

} // namespace nianbao

#include "moc_Review.cpp"
