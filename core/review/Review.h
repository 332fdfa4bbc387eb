// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One report under review: its document, its record, and the reviewer's corrections on an undo
// stack (QUndoStack lives in Qt Gui since Qt 6, so the stack belongs here, in core, as in
// Okular's core). Every edit re-checks all rules at once and says which cells changed.
#include "core/document/Document.h"
#include "core/document/DocumentLoader.h"
#include "core/ocr/Ocr.h"
#include "core/record/Record.h"
#include "core/util/Result.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace nianbao {

class Review final : public QObject
{
    Q_OBJECT
public:
    // Takes a freshly extracted record; checks it at once.
    Review(Document document, Record record, QObject *parent = nullptr);
    ~Review() override;

    // Reads a report (readReport: loads, extracts, refuses a file that is no report, checks).
    // `options` carries the loader's limits and an optional progress callback (called on the
    // loading thread).
    static Result<std::unique_ptr<Review>> open(const QString &path, const LoadOptions &options = {});

    const Document &document() const { return m_document; }
    const Record &record() const { return m_record; }
    // The value the report printed (before any correction), for the audit trail and the views.
    const CellValue &originalCell(qsizetype index) const { return m_original.at(index); }
    QUndoStack *undoStack() { return &m_undo; }
    // A scan read by OCR: what OCR read (as recognised), saved with the review so that reopening it
    // reads the same values without OCR (core/report/OcrReadingJson.h); null for any other report.
    const OcrReading *ocrReading() const { return m_ocrReading ? &*m_ocrReading : nullptr; }
    void setOcrReading(std::optional<OcrReading> reading) { m_ocrReading = std::move(reading); }

    // Sets a cell, as the reviewer typed it; refuses values that do not fit the cell (a count
    // must be a non-negative integer) with a message, and unknown ids. nullopt clears the cell.
    Status setCellValue(const QString &cellId, std::optional<double> value, const QString &note = {});
    // Sets a cell from the text the reviewer typed: read and validated once (parseCellInput), an
    // empty text clearing the cell; refused with the message otherwise.
    Status setCellText(const QString &cellId, const QString &text, const QString &note = {});
    // Sets several cells as one undoable step (fill blanks, paste).
    Status setCellValues(const QList<QPair<QString, std::optional<double>>> &values,
                         const QString &note, const QString &stepName);
    // "Treat the blanks of this table as 0": every blank, text-only or not found cell of the table
    // gets 0, as one undoable step recorded as corrections (a cell whose text is not a number,
    // "3件", is left to the reviewer). Returns how many cells were filled.
    int fillBlanks(TableSection table);

    // The reviewer confirms inferred values as they stand: each becomes a correction whose new
    // value equals the old one (one undoable step), so the cell counts as checked. Cells without
    // a value or already corrected are left out. Returns how many were confirmed.
    int confirmCells(const QStringList &cellIds, const QString &note = {});

    // Rewrites the note of correction `index` (as in record().corrections), one undoable step.
    Status setCorrectionNote(qsizetype index, const QString &note);

    // Settles finding `index` (as in record().findings) without changing a value: Confirmed (a real
    // error of the report) or Dismissed with a reason; Open takes the decision back. One undoable
    // step, kept in record().settlements (the audit trail). Implemented in ReviewSettle.cpp.
    Status settleFinding(qsizetype index, FindingStatus status, const QString &reason = {});
    // Accepts repair hint `index` (as in record().hints) as one correction of its cells, the note
    // prefilled (按勾稽关系更正) unless given. One undoable step.
    Status acceptHint(qsizetype index, const QString &note = {});

    // Re-applies saved corrections (reopening a saved review): they become the baseline and the
    // undo stack starts empty. Corrections naming unknown cells are skipped (replayReview() says
    // which, among its warnings).
    void applySavedCorrections(const QList<Correction> &corrections);
    // Re-applies saved decisions on findings (a project's report: Project::settlements): they become
    // the record's settlements, no undo step. Implemented in ReviewSettle.cpp.
    void applySavedSettlements(const QList<Settlement> &settlements);

    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

Q_SIGNALS:
    // After every change (edit, undo, redo, a note rewritten): the cells whose values changed
    // (none for a note). Findings are fresh.
    void changed(const QStringList &cellIds);

private:
    friend class SetCellsCommand;
    friend class SetNoteCommand;
    // One cell as a step found it and leaves it (the whole CellValue: value and corrected mark).
    struct CellChange
    {
        int index = -1;
        CellValue before;
        CellValue after;
    };
    // Whether cell `index` counts as corrected with `value` once the audit trail is `trail`.
    bool isCorrected(int index, const std::optional<double> &value, const QList<Correction> &trail) const;
    // Puts a step's cells back as they were before or after it, and edits the audit trail: removes
    // `remove` entries at `at` and inserts `insert` there. Re-checks when cells changed; signals.
    void restore(const QList<CellChange> &cells, bool after, qsizetype at, qsizetype remove,
                 const QList<Correction> &insert);
    friend class SettleCommand;
    // Replaces the settlements (before/after of a SettleCommand) and re-checks.
    void applySettlements(const QList<Settlement> &settlements);

    Document m_document;
    Record m_record;
    QList<CellValue> m_original;
    std::optional<OcrReading> m_ocrReading;
    QUndoStack m_undo;
};

} // namespace nianbao
