// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two reports of one agency held side by side (issue 5): the older and the newer review, their
// comparison (core/compare), recomputed whenever either review changes (edit, undo, redo), so the
// cross-year findings follow every correction at once. The reviews are either borrowed (the
// review window's own review: its undo stack and audit trail are the same ones) or owned.
#include "core/compare/Compare.h"
#include "core/review/Review.h"
#include "core/util/Result.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QUndoStack;

namespace nianbao::ui {

enum class Side { Older, Newer };

class CompareSession final : public QObject
{
    Q_OBJECT
public:
    // Borrows two reviews (either may be owned through adopt()). Null is allowed and compares
    // as an empty record.
    CompareSession(Review *older, Review *newer, QObject *parent = nullptr);
    ~CompareSession() override;

    // Takes ownership of a review this session compares (one loaded for the comparison).
    void adopt(std::unique_ptr<Review> review);

    // Whether the session owns this side's review (loaded for the comparison) rather than borrowing it.
    bool owns(Side side) const;
    Review *review(Side side) const { return side == Side::Older ? m_older.data() : m_newer.data(); }
    Review *older() const { return m_older; }
    Review *newer() const { return m_newer; }
    const Record &record(Side side) const;
    const Comparison &comparison() const { return m_comparison; }

    const CompareThresholds &thresholds() const { return m_comparison.thresholds; }
    void setThresholds(const CompareThresholds &thresholds);

    // Sets a cell of one report as the reviewer typed it (validated, undoable, re-checked).
    Status setCellValue(Side side, const QString &cellId, std::optional<double> value, const QString &note = {});
    // The text the reviewer typed (Review::setCellText: read and validated once).
    Status setCellText(Side side, const QString &cellId, const QString &text, const QString &note = {});

    // Whether `a` should be the older of the two: by year when both are known, otherwise as given.
    static bool isOlder(const Record &a, const Record &b);

    // The side whose undo stack the window's undo/redo act on: the one edited or focused last.
    Side activeSide() const { return m_active; }
    void setActiveSide(Side side);
    QUndoStack *activeStack() const;

Q_SIGNALS:
    // The comparison was recomputed (after an edit, undo or redo on either side, or new thresholds).
    void comparisonChanged();
    void activeSideChanged(nianbao::ui::Side side);
    // A review went away (its window closed it): the comparison cannot go on.
    void reviewGone();

private:
    void recompute();
    void follow(Review *review);

    QPointer<Review> m_older;
    QPointer<Review> m_newer;
    std::vector<std::unique_ptr<Review>> m_owned;
    Comparison m_comparison;
    Side m_active = Side::Newer;
};

// "2023 年" or, when the year is unknown, 旧报告 / 新报告.
QString sideName(const Record &record, Side side);

} // namespace nianbao::ui
