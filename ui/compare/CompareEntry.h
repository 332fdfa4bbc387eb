// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a review window starts a comparison (issue 5): File > 与上一年度比较… and dropping a
// second file on a window that shows a report. The window sees it through this small interface
// (its review, its status line, its progress); it knows nothing of the window's class.
#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QWidget;

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class CompareLauncher;

class CompareEntry final : public QObject
{
    Q_OBJECT
public:
    // `window`: parent of the dialogs; `currentReview`: the review the window shows (or null).
    CompareEntry(QWidget *window, std::function<Review *()> currentReview);

    // Compares the window's report with another file; false without a report or while loading.
    bool compareWith(const QString &path);
    // Compares two files (reports or saved reviews), loaded off the GUI thread with progress.
    bool compareFiles(const QString &first, const QString &second);
    // A file dropped on a window that shows a report: open it there, or compare the two years.
    // True when handled (compared or cancelled); `ask` false (tests) never asks, never handles.
    bool offerCompare(const QString &path, bool ask);
    bool isBusy() const;

    QAction *action() const { return m_action; }
    CompareLauncher *launcher() const { return m_launcher; }
    void retranslate();

Q_SIGNALS:
    // A line for the status bar (timeout 0: until replaced).
    void message(const QString &text, int timeout);
    // Loading the files: started (percent -1: busy), progressing, finished (opened or failed).
    void progress(int percent);
    void finished();

private:
    void chooseAndCompare();

    QWidget *m_window;
    std::function<Review *()> m_current;
    CompareLauncher *m_launcher = nullptr;
    QAction *m_action = nullptr;
};

} // namespace nianbao::ui
