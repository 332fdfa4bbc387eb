// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings report (审核意见书) from the window: 文件 › 导出审核意见书… (PDF or Word by the suffix
// chosen) and 打印… (Ctrl+P, with a preview) for the report on show, and the project menu's
// actions (one document for all the reports of a project, or one per report into a folder). The
// window places the actions; it knows nothing else of them.
#include "core/opinion/Opinion.h"
#include "core/project/Project.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class OpinionActions final : public QObject
{
    Q_OBJECT
public:
    // `window`: parent of the dialogs (and of this); `currentReview`: the review on show, or null.
    OpinionActions(QWidget *window, std::function<Review *()> currentReview);

    QAction *exportAction() const { return m_exportAct; }
    QAction *printAction() const { return m_printAct; }

    // The review status of the report on show when a project knows it (set by the project panel);
    // without it the document carries no status.
    using StatusProvider = std::function<std::optional<StatusChange>()>;
    void setStatusProvider(StatusProvider provider) { m_status = std::move(provider); }
    // Who signs (the reviewer's name, the office); empty: a line to sign on.
    void setSignature(const QString &reviewer, const QString &office);

    // The findings report of the report on show; nullopt without one.
    std::optional<OpinionDocument> currentDocument() const;
    // Writes it (PDF, or Word when the path ends in .docx); false with a message (and, when
    // `ask`, a message box).
    bool exportTo(const QString &path, bool ask = true);
    // Draws it on a printer (what the preview and Ctrl+P do). False without a report.
    bool printTo(QPrinter *printer) const;

    void retranslate();

Q_SIGNALS:
    // A line for the status bar (timeout 0: until replaced).
    void message(const QString &text, int timeout);

protected:
    bool event(QEvent *event) override;

private:
    void chooseAndExport();
    void preview();

    QWidget *m_window;
    std::function<Review *()> m_current;
    StatusProvider m_status;
    OpinionOptions m_options;
    QAction *m_exportAct = nullptr;
    QAction *m_printAct = nullptr;
};

// The project menu's actions, added to `menu` (the lead wires them to the project of the window):
// 导出项目审核意见书… (every report in one document, PDF or Word by the suffix) and 逐份导出审核意见书…
// (one PDF per report into a folder). `projectPath` gives the project at the moment of the click
// (empty: none open, the actions say so).
void addProjectOpinionActions(QMenu *menu, QWidget *parent, std::function<QString()> projectPath);

// The same work without dialogs (the actions and the tests): every report of the project in one
// document at `path`, or, with `split`, one document per report in the folder `path` (created when
// missing) as PDF or Word (`suffix` "pdf" or "docx"). Returns the files written or the reason; the
// reports that could not be read are left out and named in `skipped`.
Result<QStringList> exportProjectOpinions(const QString &projectPath, const QString &path, bool split,
                                          const QString &suffix = QStringLiteral("pdf"),
                                          const OpinionOptions &options = {}, QStringList *skipped = nullptr);

} // namespace nianbao::ui
