#pragma once
// Autosave: while a review has unsaved corrections, it is written every few seconds after a
// change (and on a timer) to QStandardPaths::AppDataLocation/autosave. Saving or discarding
// removes the file; a file left there means the program did not close normally, and the next
// start offers to restore it.
#include <QObject>
#include <QPointer>
#include "core/review/Review.h"
#include <QTimer>
#include <functional>
#include <memory>

class QLockFile;

namespace nianbao::ui {

class Autosave final : public QObject
{
    Q_OBJECT
public:
    explicit Autosave(QObject *parent = nullptr);
    ~Autosave() override;

    static QString directory();
    // Autosaved reviews left by an earlier run (a crash), newest first; slots held by a running
    // window (its lock is live) are not listed.
    static QStringList pending();

    // Follows a review; `dirty` says whether it holds unsaved corrections.
    void setReview(Review *review);
    void setDirtyCheck(std::function<bool()> dirty) { m_dirty = std::move(dirty); }
    // Writes now if there is something unsaved; returns the file written (or empty).
    QString saveNow();
    // The review was saved or its corrections discarded: the autosave file goes.
    void discard();
    QString currentFile() const { return m_file; }
    void setInterval(int ms) { m_timer.setInterval(ms); }

private:
    void schedule();

    QPointer<Review> m_review;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock; // held while this window follows the review
    QTimer m_timer;    // periodic
    QTimer m_debounce; // shortly after a change
    std::function<bool()> m_dirty;
};

} // namespace nianbao::ui
