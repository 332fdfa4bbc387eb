// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/DocumentView.h"

#include "ui/document/ReportHighlighter.h"
#include "ui/tables/CellStyle.h"

#include "core/review/Review.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QTextBlock>
#include <algorithm>

namespace nianbao::ui {

DocumentView::DocumentView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("documentView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_highlighter = makeReportHighlighter(document());
}

void DocumentView::setReview(Review *review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    m_currentCell = -1;
    setPlainText(review ? review->document().text : QString());
    m_hits.clear();
    m_currentHit = -1;
    if (!m_search.isEmpty())
        setSearchText(m_search);
    if (review)
        connect(review, &Review::changed, this, &DocumentView::refreshSelections);
    rebuildMarks();
}

void DocumentView::rebuildMarks()
{
    m_marks.clear();
    if (m_review) {
        const QList<CellValue> &cells = m_review->record().cells;
        const qsizetype length = document()->characterCount();
        for (int i = 0; i < cells.size(); ++i) {
            const Span &s = cells.at(i).span;
            if (s.isValid() && s.length > 0 && s.end() <= length)
                m_marks.append({s.start, s.end(), i});
        }
        std::sort(m_marks.begin(), m_marks.end(),
                  [](const Mark &a, const Mark &b) { return a.start < b.start; });
    }
    refreshSelections();
}

void DocumentView::refreshSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_review) {
        CellStates states;
        states.rebuild(m_review->record());
        for (const Mark &m : std::as_const(m_marks)) {
            const CellState state = states.at(m.cell);
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(document());
            sel.cursor.setPosition(int(m.start));
            sel.cursor.setPosition(int(m.end), QTextCursor::KeepAnchor);
            sel.format.setBackground(cellStateMark(state));
            if (isViolated(state) || state == CellState::Missing) {
                sel.format.setFontWeight(QFont::Bold);
                sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                sel.format.setUnderlineColor(isViolated(state) ? QColor(0xb9, 0x1c, 0x1c)
                                                                           : QColor(0xb4, 0x53, 0x09));
            }
            if (m.cell == m_currentCell) {
                sel.format.setBackground(QColor(0x25, 0x63, 0xeb));
                sel.format.setForeground(Qt::white);
            }
            selections.append(sel);
        }
    }
    // Search hits over the marks: yellow, the current one orange.
    for (int h = 0; h < m_hits.size(); ++h) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(int(m_hits.at(h)));
        sel.cursor.setPosition(int(m_hits.at(h) + m_search.size()), QTextCursor::KeepAnchor);
        sel.format.setBackground(h == m_currentHit ? QColor(0xf9, 0x73, 0x16) : QColor(0xfd, 0xe0, 0x47));
        sel.format.setForeground(QColor(0x11, 0x18, 0x27));
        selections.append(sel);
    }
    setExtraSelections(selections);
}

void DocumentView::setSearchText(const QString &text)
{
    m_search = text;
    m_hits.clear();
    m_currentHit = -1;
    if (!text.isEmpty()) {
        const QString all = document()->toPlainText();
        for (qsizetype at = all.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = all.indexOf(text, at + text.size(), Qt::CaseInsensitive))
            m_hits.append(at);
    }
    refreshSelections();
}

int DocumentView::selectHit(int hit)
{
    if (hit < 0 || hit >= m_hits.size())
        return 0;
    m_currentHit = hit;
    QTextCursor c(document());
    c.setPosition(int(m_hits.at(hit)));
    c.setPosition(int(m_hits.at(hit) + m_search.size()), QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
    refreshSelections();
    return hit + 1;
}

int DocumentView::findNext()
{
    if (m_hits.isEmpty())
        return 0;
    const qsizetype from = m_currentHit >= 0 ? m_hits.at(m_currentHit) + 1 : textCursor().selectionStart();
    const auto it = std::lower_bound(m_hits.cbegin(), m_hits.cend(), from);
    return selectHit(it == m_hits.cend() ? 0 : int(it - m_hits.cbegin()));
}

int DocumentView::findPrevious()
{
    if (m_hits.isEmpty())
        return 0;
    const qsizetype before = m_currentHit >= 0 ? m_hits.at(m_currentHit) : textCursor().selectionStart();
    const auto it = std::lower_bound(m_hits.cbegin(), m_hits.cend(), before);
    return selectHit(it == m_hits.cbegin() ? int(m_hits.size()) - 1 : int(it - m_hits.cbegin()) - 1);
}

bool DocumentView::showCell(int cellIndex)
{
    m_currentCell = -1;
    if (!m_review || cellIndex < 0 || cellIndex >= m_review->record().cells.size()) {
        refreshSelections();
        return false;
    }
    const Span &s = m_review->record().cells.at(cellIndex).span;
    if (!s.isValid() || s.end() > document()->characterCount()) {
        showRowOf(cellIndex);
        refreshSelections();
        return false;
    }
    m_currentCell = cellIndex;
    QTextCursor c(document());
    c.setPosition(int(s.start));
    c.setPosition(int(s.end()), QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
    refreshSelections();
    return true;
}

// A blank or missing cell has no text of its own: the cursor goes to the nearest cell of its row
// that has some, so the reviewer still lands on the right line of the table.
void DocumentView::showRowOf(int cellIndex)
{
    const Record &rec = m_review->record();
    const CellSpec &spec = rec.schema().at(cellIndex);
    int best = -1;
    for (int i = 0; i < rec.cells.size(); ++i) {
        if (rec.schema().at(i).rowKey != spec.rowKey || !rec.cells.at(i).span.isValid())
            continue;
        if (best < 0 || qAbs(i - cellIndex) < qAbs(best - cellIndex))
            best = i;
    }
    if (best < 0)
        return;
    QTextCursor c(document());
    c.setPosition(int(qMin<qsizetype>(rec.cells.at(best).span.start, document()->characterCount() - 1)));
    setTextCursor(c);
    centerCursor();
}

int DocumentView::cellAt(qsizetype position) const
{
    // The last mark starting at or before the position, if it covers it.
    auto it = std::upper_bound(m_marks.cbegin(), m_marks.cend(), position,
                               [](qsizetype pos, const Mark &m) { return pos < m.start; });
    if (it == m_marks.cbegin())
        return -1;
    --it;
    if (position >= it->start && position < it->end)
        return it->cell;
    return -1;
}

void DocumentView::reportCellAtCursor()
{
    const QTextCursor c = textCursor();
    if (c.hasSelection() && c.selectionEnd() - c.selectionStart() > 32)
        return; // a selection of prose, not a click on a number
    int cell = cellAt(c.selectionStart());
    if (cell < 0 && c.position() > 0)
        cell = cellAt(c.position() - 1); // clicked just after the last digit
    if (cell >= 0 && cell != m_currentCell) {
        m_currentCell = cell;
        refreshSelections();
        Q_EMIT cellClicked(cell);
    }
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    reportCellAtCursor();
}

void DocumentView::keyReleaseEvent(QKeyEvent *event)
{
    QPlainTextEdit::keyReleaseEvent(event);
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        reportCellAtCursor();
}

} // namespace nianbao::ui
