// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings list: a filter by kind, the findings in plain Chinese; moving to a finding
// (mouse, arrows, F8 / Shift+F8) tells the window to select its cells.
#include "ui/findings/FindingsModel.h"

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace nianbao::ui {

class FindingsView final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsView(FindingsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QComboBox *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Moves to the next / previous finding shown (wrapping); false when there is none.
    bool next();
    bool previous();
    // The finding under the current row, null when none.
    const Finding *currentFinding() const;
    // Its index in the record's findings (the model's row), -1 when none; and back.
    int currentFindingIndex() const;
    void setCurrentFindingIndex(int index);
    void retranslate();

Q_SIGNALS:
    void findingActivated(const nianbao::Finding &finding);

private:
    bool step(int delta);
    void emitCurrent();

    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QTableView *m_view;
};

} // namespace nianbao::ui
