// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project panel: every report of the season in a table (ProjectListModel through
// ProjectFilterModel) with the filter (全部 / 有问题 / 未审 / 退回整改), the agency search and the
// project's name and progress above it. Enter or a double-click asks for the report to be opened.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nianbao::ui {

class ProjectFilterModel;
class ProjectListModel;

class ProjectPanel final : public QWidget
{
    Q_OBJECT
public:
    ProjectPanel(ProjectListModel *model, QWidget *parent = nullptr);

    ProjectFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filterBox; }
    QLineEdit *searchEdit() const { return m_search; }

    // The report of the current row (0: none).
    qint64 currentId() const;
    // Selects (and shows) the report's row; false when it is filtered out.
    bool selectReport(qint64 id);
    // The report after / before the current one in the panel's order (0 at the end).
    qint64 neighbour(qint64 from, int step) const;
    void setTitle(const QString &title);
    void retranslate();

Q_SIGNALS:
    void reportActivated(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    ProjectListModel *m_model;
    ProjectFilterModel *m_filter;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QComboBox *m_filterBox = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace nianbao::ui
