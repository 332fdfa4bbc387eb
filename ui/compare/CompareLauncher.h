// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Starting a comparison: from a review window (its review against another file, or two files
// when it shows none; loaded off the GUI thread, with progress) or from two files (the command
// line). Reports and saved reviews alike. The older report goes left, by year.
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>

class QWidget;
Q_MOC_INCLUDE("ui/compare/CompareWindow.h")

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class CompareWindow;
class ReviewLoader;
struct LoadResult;

class CompareLauncher final : public QObject
{
    Q_OBJECT
public:
    explicit CompareLauncher(QWidget *parent);

    // Loads `otherPath` (a report or a saved review) and opens the comparison of `current` (borrowed:
    // corrections made while comparing are that review's, with its undo stack and audit trail)
    // against it. False when a load is already running.
    bool compareWith(Review *current, const QString &otherPath);
    // Loads two files (reports or saved reviews) side by side off the GUI thread and opens their
    // comparison; the window stays live meanwhile and progress() reports. False when a load is
    // already running.
    bool compareFiles(const QString &first, const QString &second);
    bool isBusy() const;

    // Opens two files in a new comparison window, synchronously; null with a message when one
    // does not open. `warnings`: what reopening a saved review had to say (its source changed, …).
    static CompareWindow *openFiles(const QString &first, const QString &second, QString *error = nullptr,
                                    QStringList *warnings = nullptr);
    // Opens two reviews loaded elsewhere (a project's reports with its corrections, ui/season) in a
    // new comparison window that owns them, the older left.
    static CompareWindow *openReviews(std::unique_ptr<Review> first, std::unique_ptr<Review> second);
    // Shows such warnings over the window without blocking it.
    static void showWarnings(CompareWindow *window, const QStringList &warnings);

Q_SIGNALS:
    void opened(nianbao::ui::CompareWindow *window);
    void failed(const QString &message);
    // In percent, over the files being loaded, when their loaders report it (PDF pages, conversions).
    void progress(int percent);

private:
    bool start(const QStringList &paths);
    void onLoaded(int slot, const std::shared_ptr<LoadResult> &result);
    void finish();
    void fail(const QString &message);

    std::array<ReviewLoader *, 2> m_loaders{};
    std::array<std::shared_ptr<LoadResult>, 2> m_results;
    std::array<int, 2> m_percent{};
    int m_slots = 0;   // loaders used by the running comparison
    int m_pending = 0; // of which still loading
    bool m_borrow = false; // comparing m_current (a review window's) against one file
    QPointer<Review> m_current;
    QWidget *m_parent;
};

// `nianbao --compare A B [--screenshot out.png]`: shows the comparison; with --screenshot, grabs
// the window once it is shown (the first cross-year finding selected) and returns.
int runCompare(const QString &first, const QString &second, const QString &screenshot);

} // namespace nianbao::ui
