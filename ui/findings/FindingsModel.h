// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings of a review as a table: kind, message, the cells concerned. Refreshed after every
// change of the review; filtered by kind through a proxy (see FindingsView).
#include "core/record/Record.h"

#include <QAbstractTableModel>
#include <QPointer>
#include "core/review/Review.h"

namespace nianbao::ui {

class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, MessageColumn, CellsColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, CellIdsRole, RuleRole, StatusRole };

    explicit FindingsModel(QObject *parent = nullptr);

    // Follows a review (null clears): the findings are re-read after each change.
    void setReview(Review *review);
    // Shows these findings for this format (also used by tests without a review).
    void setFindings(const QList<Finding> &findings, FormatVersion format);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Finding> &findings() const { return m_findings; }
    const Finding *findingAt(int row) const;
    qsizetype count(FindingKind kind) const;
    // "违反勾稽关系 3 · 缺失 12 · 提示 1"
    QString summary() const;
    void retranslate();

Q_SIGNALS:
    void countsChanged();

private:
    void reload();
    QString cellLabels(const Finding &f) const;

    QPointer<Review> m_review;
    QList<Finding> m_findings;
    FormatVersion m_format = FormatVersion::V2021;
};

QColor findingKindColor(FindingKind kind);

} // namespace nianbao::ui
