// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/CorrectionsModel.h"

#include "core/review/Review.h"
#include "core/schema/ValueFormat.h"
#include "ui/tables/SectionTableModel.h"

#include <QTimeZone>

namespace nianbao::ui {

CorrectionsModel::CorrectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CorrectionsModel::setReview(Review *review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    if (review)
        connect(review, &Review::changed, this, &CorrectionsModel::reload);
    reload();
}

void CorrectionsModel::reload()
{
    beginResetModel();
    m_corrections = m_review ? m_review->record().corrections : QList<Correction>();
    m_format = m_review ? m_review->record().format : FormatVersion::V2021;
    endResetModel();
}

int CorrectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_corrections.size());
}

int CorrectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Correction &c = m_corrections.at(index.row());
    const CellSpec *spec = Schema::get(m_format).find(c.cell);
    if (role == CellIdRole)
        return c.cell;
    if (role == Qt::ToolTipRole)
        return spec ? QStringLiteral("%1 · %2\n%3").arg(spec->row, spec->column, c.cell) : c.cell;
    if (role == Qt::EditRole && index.column() == NoteColumn)
        return c.note;
    if (role != Qt::DisplayRole)
        return {};
    auto value = [&](const std::optional<double> &v) {
        if (!v)
            return tr("空");
        return spec ? formatValue(*v, spec->kind) : formatValue(*v);
    };
    switch (index.column()) {
    case TimeColumn: return QLocale().toString(c.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case CellColumn:
        return spec ? tr("%1·%2").arg(spec->row.section(QLatin1Char(' '), -1), spec->column) : c.cell;
    case FromColumn: return value(c.from);
    case ToColumn: return value(c.to);
    case NoteColumn: return c.note;
    }
    return {};
}

Qt::ItemFlags CorrectionsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.column() == NoteColumn && m_review ? base | Qt::ItemIsEditable : base;
}

bool CorrectionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NoteColumn || !m_review
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return m_review->setCorrectionNote(index.row(), value.toString().trimmed()).ok();
}

QVariant CorrectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("时间");
    case CellColumn: return tr("单元格");
    case FromColumn: return tr("原值");
    case ToColumn: return tr("新值");
    case NoteColumn: return tr("备注");
    }
    return {};
}

void CorrectionsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace nianbao::ui
