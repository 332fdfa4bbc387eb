// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareSession.h"

#include "core/review/Review.h"

#include <QUndoStack>

namespace nianbao::ui {

CompareSession::CompareSession(Review *older, Review *newer, QObject *parent)
    : QObject(parent), m_older(older), m_newer(newer)
{
    follow(older);
    follow(newer);
    recompute();
}

CompareSession::~CompareSession()
{
    // Owned reviews go last; stop listening before they do.
    for (const auto &r : m_owned)
        disconnect(r.get(), nullptr, this, nullptr);
}

void CompareSession::adopt(std::unique_ptr<Review> review)
{
    if (review)
        m_owned.push_back(std::move(review));
}

void CompareSession::follow(Review *review)
{
    if (!review)
        return;
    connect(review, &Review::changed, this, [this, review] {
        // An edit on a side makes it the one undo acts on.
        setActiveSide(review == m_older ? Side::Older : Side::Newer);
        recompute();
    });
    connect(review, &QObject::destroyed, this, &CompareSession::reviewGone);
}

bool CompareSession::owns(Side side) const
{
    const Review *r = review(side);
    for (const auto &owned : m_owned)
        if (owned.get() == r && r)
            return true;
    return false;
}

const Record &CompareSession::record(Side side) const
{
    return side == Side::Older ? m_comparison.older : m_comparison.newer;
}

void CompareSession::recompute()
{
    const Record empty;
    m_comparison = compareRecords(m_older ? m_older->record() : empty, m_newer ? m_newer->record() : empty,
                                  m_comparison.thresholds);
    Q_EMIT comparisonChanged();
}

void CompareSession::setThresholds(const CompareThresholds &thresholds)
{
    if (thresholds == m_comparison.thresholds)
        return;
    m_comparison.thresholds = thresholds;
    recompute();
}

Status CompareSession::setCellValue(Side side, const QString &cellId, std::optional<double> value, const QString &note)
{
    Review *r = review(side);
    if (!r)
        return Status::failure(tr("这份报告已经关闭"));
    setActiveSide(side);
    return r->setCellValue(cellId, value, note);
}

Status CompareSession::setCellText(Side side, const QString &cellId, const QString &text, const QString &note)
{
    Review *r = review(side);
    if (!r)
        return Status::failure(tr("这份报告已经关闭"));
    setActiveSide(side);
    return r->setCellText(cellId, text, note);
}

bool CompareSession::isOlder(const Record &a, const Record &b)
{
    if (a.year > 0 && b.year > 0)
        return a.year <= b.year;
    return true;
}

void CompareSession::setActiveSide(Side side)
{
    if (side == m_active)
        return;
    m_active = side;
    Q_EMIT activeSideChanged(side);
}

QUndoStack *CompareSession::activeStack() const
{
    Review *r = review(m_active);
    return r ? r->undoStack() : nullptr;
}

QString sideName(const Record &record, Side side)
{
    if (record.year > 0)
        return CompareSession::tr("%1 年").arg(record.year);
    return side == Side::Older ? CompareSession::tr("旧报告") : CompareSession::tr("新报告");
}

} // namespace nianbao::ui
