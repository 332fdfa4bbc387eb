// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The right-hand side: the three tables as tabs (二 / 三 / 四), each with its fill-blanks button,
// and the legend of the cell colours under them.
#include "core/schema/CellSchema.h"

#include <QWidget>
#include <array>

class QTabWidget;
class QTableView;
class QPushButton;

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class CellDelegate;
class SectionTableModel;

class TablesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TablesPanel(QWidget *parent = nullptr);

    // Shows a review (null clears); the models are rebuilt for its format.
    void setReview(Review *review);

    QTableView *view(TableSection section) const { return m_views.at(int(section)); }
    SectionTableModel *model(TableSection section) const { return m_models.at(int(section)); }
    CellDelegate *delegate(TableSection section) const { return m_delegates.at(int(section)); }
    QTabWidget *tabs() const { return m_tabs; }
    void setPendingNote(const QString &note);

    // Selects these cells (schema indexes) in their tables, shows the first one's table and
    // scrolls to it. Emits nothing.
    void selectCells(const QList<int> &cellIndexes);
    // The value cells selected in the visible table (schema indexes).
    QList<int> selectedCells() const;
    // The next cell of a table (reading order, wrapping) after `afterCell` that is blank or
    // missing; -1 when there is none. Enter in a cell editor moves there.
    int nextMissingCell(TableSection section, int afterCell) const;
    // The cell under the current index of the visible table, -1 when none.
    int currentCell() const;
    void retranslate();
    // The tables' font size (zoom); rows grow to fit.
    void setFontPointSize(qreal points);
    // The selected items of the visible table as tab-separated text (rows by lines), as shown.
    QString selectionAsText() const;
    // Adds window actions to every table's context menu (after 复制).
    void addContextActions(const QList<class QAction *> &actions);

Q_SIGNALS:
    // The reviewer moved to a value cell (keyboard or mouse).
    void cellSelected(int cellIndex);
    void fillBlanksRequested(TableSection section);
    void inputRefused(const QString &message);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QWidget *buildPage(TableSection section);
    void applySpans(TableSection section);
    void fitColumns(TableSection section);
    void moveToNextMissing(TableSection section, const QModelIndex &committed);

    QTabWidget *m_tabs = nullptr;
    std::array<CellDelegate *, 3> m_delegates{};
    std::array<QTableView *, 3> m_views{};
    std::array<QPushButton *, 3> m_fillButtons{};
    std::array<class QAction *, 3> m_copyActions{};
    std::array<SectionTableModel *, 3> m_models{};
    QWidget *m_legend = nullptr;
    bool m_selecting = false;
    QString m_note;
};

} // namespace nianbao::ui
