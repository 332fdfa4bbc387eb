// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 机关历年 (issue 11): a project's reports grouped by agency (names that differ only in spaces,
// width or punctuation are one agency, as the season's cross-year checks match them). Left, the
// agencies with their years; right, for the agency chosen, the trend of its key figures across
// the years (TrendCharts), its years as a table (status, findings, key totals) and the comparison
// window on any two of them (ProjectCompare: the project's corrections applied).
#include "ui/season/SeasonTableModel.h"

#include <QMainWindow>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nianbao::ui {

class CompareWindow;
class ProjectCompare;
class TrendCharts;

class AgencyYearsWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Shows `agency` (as selectAgency() finds it; else the agency with the most years).
    explicit AgencyYearsWindow(const QString &projectPath, QWidget *parent = nullptr, const QString &agency = {});

    QString projectPath() const { return m_projectPath; }
    // Reads the project again (keeps the agency chosen when it is still there). False when the
    // project cannot be read: error() says why.
    bool reload();
    QString error() const { return m_error; }

    const QList<AgencyGroup> &groups() const { return m_groups; }
    // The group shown, -1 when none.
    int currentGroup() const { return m_current; }
    // Shows group i (as in groups()); by name: the first group whose name, or key, matches
    // (agencyKey: "青山县 司法局" finds 青山县司法局). False when there is none.
    bool selectGroup(int i);
    bool selectAgency(const QString &name);

    QListWidget *agencyList() const { return m_list; }
    SeasonTableModel *yearsModel() const { return m_model; }
    QSortFilterProxyModel *yearsProxy() const { return m_proxy; }
    QTableView *yearsView() const { return m_view; }
    TrendCharts *charts() const { return m_charts; }
    QPushButton *compareButton() const { return m_compareButton; }
    ProjectCompare *comparer() const { return m_comparer; }

    // Selects two years (rows of yearsModel()) in the table, as the reviewer would.
    void selectYears(int firstRow, int secondRow);
    // Opens the comparison of the two years selected (loaded in the background: opened() of
    // comparer() gives the window). False when two reports are not selected or one is loading.
    bool compareSelected();

    void setOpenReport(std::function<void(const QString &path)> open) { m_openReport = std::move(open); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void fillList();
    void showGroup();
    void updateCompareButton();
    QList<qint64> selectedReports() const;

    QString m_projectPath;
    QString m_error;
    QString m_wanted; // the agency to show first
    QList<AgencyGroup> m_groups;
    int m_current = -1;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    TrendCharts *m_charts = nullptr;
    SeasonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_compareButton = nullptr;
    QLabel *m_compareHint = nullptr;
    QAction *m_reloadAct = nullptr;
    QAction *m_closeAct = nullptr;
    ProjectCompare *m_comparer = nullptr;
    std::function<void(const QString &)> m_openReport;
};

} // namespace nianbao::ui
