// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison window (ui/compare) on two reports of a project (issue 11): each report read
// from its file as the comparison does, off the GUI thread, with the corrections and decisions
// saved in the project applied (so both years show what the project's reviewer made of them). A
// report whose file is gone, or no longer reads, is compared from the record the project kept,
// without its text, and the window says so. Corrections made in the comparison are written to the
// project's reports as they are made (ProjectReviewWriter, as in the review view), on a
// connection the window keeps; only a project opened read-only leaves them in the comparison
// (saved, as there, to *.nianbao files when the reviewer asks).
#include <QObject>
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

class ProjectCompare final : public QObject
{
    Q_OBJECT
public:
    ProjectCompare(const QString &projectPath, QWidget *parent);

    // Starts loading two reports of the project (by id); false when a comparison is loading or
    // the ids are the same report.
    bool start(qint64 first, qint64 second);
    bool isBusy() const { return m_pending > 0; }

    // The same on the calling thread: the window (not shown), or null with `error` set.
    static CompareWindow *openNow(const QString &projectPath, qint64 first, qint64 second, QString *error,
                                  QStringList *warnings = nullptr);

Q_SIGNALS:
    void opened(nianbao::ui::CompareWindow *window);
    void failed(const QString &message);

private:
    void onLoaded(int slot, const std::shared_ptr<LoadResult> &result);

    QString m_projectPath;
    QWidget *m_parent;
    std::array<ReviewLoader *, 2> m_loaders{};
    std::array<std::shared_ptr<LoadResult>, 2> m_results;
    std::array<qint64, 2> m_ids{};
    int m_pending = 0;
};

} // namespace nianbao::ui
