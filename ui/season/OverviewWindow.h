// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// 总览 (issue 11): for one year of a project, every agency with its review status, its findings
// counted and the key totals of the summary workbook's 汇总 (after the reviewer's corrections),
// one row per report and a row for each agency with no report that year. Sortable by any column,
// filtered by typing an agency, exported to xlsx in the order shown. Read from the project, never
// from the reports; 刷新 (F5) reads it again (statuses set in the main window meanwhile).
#include "ui/season/SeasonTableModel.h"

#include <QMainWindow>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace nianbao::ui {

class OverviewWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Shows `year` (when the project has it; else the newest year).
    explicit OverviewWindow(const QString &projectPath, QWidget *parent = nullptr, int year = 0);

    QString projectPath() const { return m_projectPath; }
    // Reads the project again (keeps the year when it is still there). False when the project
    // cannot be read: error() says why.
    bool reload();
    QString error() const { return m_error; }

    const QList<int> &years() const { return m_years; }
    int year() const { return m_year; }
    // Shows another year; false when the project has no report of that year.
    bool setYear(int year);

    SeasonTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *yearBox() const { return m_yearBox; }
    QLineEdit *filterEdit() const { return m_filter; }

    // The rows in the order the view shows them (sorted, filtered).
    QList<SeasonRow> shownRows() const;
    // Writes the rows shown as an xlsx workbook (one sheet, “YEAR 年总览”).
    Status exportXlsx(const QString &path) const;

    // Called with a report's path when the reviewer opens a row (Enter, double click); the
    // main window opens the report. Without it, opening does nothing.
    void setOpenReport(std::function<void(const QString &path)> open) { m_openReport = std::move(open); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    QString baseDir() const; // the project's folder: files are shown relative to it
    void retranslate();
    void showYear();
    void updateSummary();
    void chooseAndExport();
    void openCurrent();

    QString m_projectPath;
    QString m_error;
    QList<AgencyGroup> m_groups;
    QList<int> m_years;
    int m_year = 0;
    SeasonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_yearBox = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_yearLabel = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_exportAct = nullptr;
    QAction *m_reloadAct = nullptr;
    QAction *m_closeAct = nullptr;
    std::function<void(const QString &)> m_openReport;
};

} // namespace nianbao::ui
