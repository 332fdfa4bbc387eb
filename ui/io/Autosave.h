// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Autosave: while a review has unsaved corrections, it is written a second after a change (and on
// a timer) to QStandardPaths::AppDataLocation/autosave, one slot per window. Saving the review or
// discarding its corrections removes the window's own slot; nothing else does. A slot left there
// means a window did not close normally: it is offered whenever its report is opened again and at
// an empty start, and declining keeps it until the reviewer discards it explicitly (a window that
// declined writes its own corrections to a new slot beside it, never over it).
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
    // The same, only those of the report at `sourcePath`.
    static QStringList pendingFor(const QString &sourcePath);
    // What a slot holds, for the question that offers it: "报告名（N 处修改，保存于 …）".
    static QString describe(const QString &file);
    // The reviewer discarded a slot explicitly.
    static void remove(const QString &file);

    // Follows a review; `dirty` says whether it holds unsaved corrections. `restoredFrom`: the
    // slot the review was restored from, which becomes this window's own (written over, removed
    // on save or discard); otherwise a free slot of the review's report is taken.
    void setReview(Review *review, const QString &restoredFrom = {});
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
