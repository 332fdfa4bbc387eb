// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findings/FindingsModel.h"

#include "core/review/Review.h"

#include <QColor>

namespace nianbao::ui {

QColor findingKindColor(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Violation: return QColor(0xb9, 0x1c, 0x1c);
    case FindingKind::Missing: return QColor(0xb4, 0x53, 0x09);
    case FindingKind::Warning: return QColor(0x1d, 0x4e, 0xd8);
    }
    return {};
}

static QString kindLabel(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Violation: return FindingsModel::tr("违反勾稽关系");
    case FindingKind::Missing: return FindingsModel::tr("缺失");
    case FindingKind::Warning: return FindingsModel::tr("提示");
    }
    return {};
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setReview(Review *review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    if (review)
        connect(review, &Review::changed, this, &FindingsModel::reload);
    reload();
}

void FindingsModel::reload()
{
    if (m_review)
        setFindings(m_review->record().findings, m_review->record().format);
    else
        setFindings({}, FormatVersion::V2021);
}

void FindingsModel::setFindings(const QList<Finding> &findings, FormatVersion format)
{
    beginResetModel();
    m_findings = findings;
    m_format = format;
    endResetModel();
    Q_EMIT countsChanged();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

QString FindingsModel::cellLabels(const Finding &f) const
{
    const Schema &schema = Schema::get(m_format);
    QStringList parts;
    for (const QString &id : f.cells) {
        const CellSpec *spec = schema.find(id);
        parts.append(spec ? tr("%1·%2").arg(spec->row.section(QLatin1Char(' '), -1), spec->column) : id);
    }
    return parts.join(tr("；"));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case KindRole: return int(f.kind);
    case CellIdsRole: return f.cells;
    case RuleRole: return f.rule;
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return kindLabel(f.kind);
        case MessageColumn:
            // A settled finding says so before its message.
            if (f.status == FindingStatus::Confirmed)
                return tr("［已确认］%1").arg(displayMessage(f));
            if (f.status == FindingStatus::Dismissed)
                return tr("［已排除：%1］%2").arg(f.reason, displayMessage(f));
            return displayMessage(f);
        case CellsColumn: return cellLabels(f);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3").arg(displayMessage(f), f.rule, f.cells.join(QStringLiteral(", ")));
    case StatusRole: return int(f.status);
    case Qt::ForegroundRole:
        if (f.status == FindingStatus::Dismissed)
            return QColor(0x8a, 0x8f, 0x98);
        return index.column() == KindColumn ? QVariant(findingKindColor(f.kind)) : QVariant();
    default: return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("类别");
    case MessageColumn: return tr("说明");
    case CellsColumn: return tr("单元格");
    }
    return {};
}

qsizetype FindingsModel::count(FindingKind kind) const
{
    qsizetype n = 0;
    for (const Finding &f : m_findings)
        n += f.kind == kind && f.status != FindingStatus::Dismissed; // a dismissed one no longer counts
    return n;
}

QString FindingsModel::summary() const
{
    return tr("违反勾稽关系 %1 · 缺失 %2 · 提示 %3")
        .arg(count(FindingKind::Violation))
        .arg(count(FindingKind::Missing))
        .arg(count(FindingKind::Warning));
}

void FindingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT countsChanged();
}

} // namespace nianbao::ui
