// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report's text, read-only and highlighted. Every number the extractor read is marked where
// it stands (a light mark; violated and missing cells stand out); selecting a cell selects its
// number and scrolls to it; clicking a number tells which cell it is.
#include <QList>
#include <QPlainTextEdit>
#include <QPointer>
#include "core/review/Review.h"

class QSyntaxHighlighter;

namespace nianbao::ui {

class DocumentView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setReview(Review *review); // null clears
    // Selects the cell's text in the report and centres it; false when the cell has no place in
    // the text (blank or not found).
    bool showCell(int cellIndex);
    // The cell whose text covers this position of the document, -1 when none.
    int cellAt(qsizetype position) const;
    // How many cells are marked in the text (for tests and the status bar).
    qsizetype markedCells() const { return m_marks.size(); }

    // Searching the text (case-insensitive): every hit
    // is highlighted; findNext/findPrevious select the next hit after / before the cursor
    // (wrapping) and return its number (1-based), 0 when there is none. Empty text clears.
    void setSearchText(const QString &text);
    int findNext();
    int findPrevious();
    qsizetype searchHits() const { return m_hits.size(); }
    QString searchText() const { return m_search; }

Q_SIGNALS:
    // The reviewer clicked (or moved the cursor onto) a marked number.
    void cellClicked(int cellIndex);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    void rebuildMarks();
    void refreshSelections();
    void reportCellAtCursor();
    void showRowOf(int cellIndex);

    struct Mark { qsizetype start; qsizetype end; int cell; };
    QPointer<Review> m_review;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QList<Mark> m_marks; // sorted by start
    int m_currentCell = -1;
    QString m_search;
    QList<qsizetype> m_hits; // start of every hit, in order
    int m_currentHit = -1;

    int selectHit(int hit);
};

} // namespace nianbao::ui
