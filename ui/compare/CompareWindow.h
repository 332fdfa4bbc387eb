// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison window (issue 5): two reports of one agency, older and newer. Left, both
// reports' text (the review window's DocumentView, numbers marked); middle, the three tables as
// aligned rows with the changes (big ones marked, rows that are not comparable greyed with the
// reason) over the cross-year findings and both audit trails; right, the charts. Corrections in
// either year go through that year's review (validated, undoable, recorded) and the comparison,
// the findings and the charts follow at once. The window lays out the panels and links them; its
// collaborators do the work: CompareFiles (saving either year, exporting, asking before closing)
// and CompareActions (undo/redo by year, findings, thresholds).
#include "ui/compare/CompareSession.h"

#include <QMainWindow>
#include <array>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace nianbao::ui {

class AuditPanel;
class ChartsPanel;
class CompareActions;
class CompareFiles;
class CompareTableModel;
class CorrectionsModel;
class DocumentView;
class FindingsModel;
class FindingsView;

class CompareWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // The window owns the session (reparented to it).
    explicit CompareWindow(CompareSession *session, QWidget *parent = nullptr);
    ~CompareWindow() override;

    CompareSession *session() const { return m_session; }
    QTableView *tableView(TableSection section) const { return m_views.at(int(section)); }
    CompareTableModel *tableModel(TableSection section) const { return m_models.at(int(section)); }
    QTabWidget *tableTabs() const { return m_tabs; }
    DocumentView *documentView(Side side) const { return m_docs.at(side == Side::Older ? 0 : 1); }
    FindingsModel *findingsModel() const { return m_findings; }
    FindingsView *findingsView() const { return m_findingsView; }
    ChartsPanel *charts() const { return m_charts; }
    CompareActions *actions() const { return m_actions; }
    CompareFiles *files() const { return m_files; }
    QAction *undoAction() const;
    QAction *redoAction() const;

    // Selects a finding's cells in both years (tables and both reports' text).
    void showFinding(const Finding &finding);
    // Selects the item of a cell of one report and shows its number in that report.
    void selectCell(Side side, const QString &cellId);
    // The ids of the cells of one report selected in the tables (what showFinding selected).
    QStringList selectedCells(Side side) const;
    void setThresholds(const CompareThresholds &thresholds);
    // Exports the comparison: .xlsx (both years, changes, findings) or .json (RECORD.md).
    bool exportComparison(const QString &path);
    void undo();
    void redo();
    // Saves one year's review (its corrections and the source's hash) as a *.nianbao file.
    bool saveReviewAs(Side side, const QString &path);
    // Ask before closing with unsaved corrections in a review the comparison loaded itself (off in
    // tests). A review borrowed from a review window is saved there.
    void setConfirmDiscard(bool ask);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    QWidget *buildTablePage(TableSection section);
    QWidget *buildDocumentPane(Side side);
    void connectViews();
    void onItemActivated(TableSection section, const QModelIndex &index);
    void onDocumentCell(Side side, int cellIndex);
    void onComparisonChanged();
    void updateStatus();
    void fitNumberColumns();
    void createMenus();

    CompareSession *m_session;
    QSplitter *m_mainSplitter = nullptr;
    std::array<DocumentView *, 2> m_docs{};
    std::array<QLabel *, 2> m_docTitles{};
    QTabWidget *m_tabs = nullptr;
    std::array<QTableView *, 3> m_views{};
    std::array<CompareTableModel *, 3> m_models{};
    QTabWidget *m_bottomTabs = nullptr;
    FindingsModel *m_findings = nullptr;
    FindingsView *m_findingsView = nullptr;
    std::array<CorrectionsModel *, 2> m_corrections{};
    std::array<AuditPanel *, 2> m_audits{};
    ChartsPanel *m_charts = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_agencyBanner = nullptr;
    CompareActions *m_actions = nullptr;
    CompareFiles *m_files = nullptr;
    QAction *m_closeAct = nullptr;
    bool m_selecting = false;
};

} // namespace nianbao::ui
