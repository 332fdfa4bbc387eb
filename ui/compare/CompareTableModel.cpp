// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareTableModel.h"

#include "ui/tables/SectionTableModel.h"

#include "core/review/Review.h"
#include "core/schema/ValueFormat.h"

#include <QFont>
#include <cmath>

namespace nianbao::ui {

QColor compareBigChangeBackground() { return QColor(0xfb, 0xcf, 0xe8); }
QColor compareCrossFindingBackground() { return QColor(0xfd, 0xba, 0x74); }
QColor compareNotComparableBackground() { return QColor(0xe5, 0xe7, 0xeb); }

CompareTableModel::CompareTableModel(CompareSession *session, TableSection section, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_section(section)
{
    if (m_session)
        connect(m_session, &CompareSession::comparisonChanged, this, &CompareTableModel::reload);
    reload();
}

// The rows of a pair never change in number (both schemas are fixed), so a recomputation only
// announces new data and the selection stays; a different pair resets the model.
void CompareTableModel::reload()
{
    QList<int> rows;
    if (m_session) {
        const QList<ComparisonRow> &all = m_session->comparison().rows;
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).table == m_section)
                rows.append(i);
        m_states[0].rebuild(m_session->record(Side::Older));
        m_states[1].rebuild(m_session->record(Side::Newer));
    }
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int CompareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ComparisonRow *CompareTableModel::rowAt(int row) const
{
    if (!m_session || row < 0 || row >= m_rows.size())
        return nullptr;
    const QList<ComparisonRow> &all = m_session->comparison().rows;
    const int i = m_rows.at(row);
    return i >= 0 && i < all.size() ? &all.at(i) : nullptr;
}

QModelIndex CompareTableModel::indexOfCell(Side side, QStringView cellId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const ComparisonRow *row = rowAt(r);
        if (row && (side == Side::Older ? row->oldCells : row->newCells).contains(cellId))
            return index(r, side == Side::Older ? OldColumn : NewColumn);
    }
    return {};
}

bool CompareTableModel::inCrossFinding(const ComparisonRow &row, Side side) const
{
    const QStringList &ids = side == Side::Older ? row.oldCells : row.newCells;
    for (const Finding &f : m_session->comparison().findings)
        for (const QString &id : side == Side::Older ? f.previousCells : f.cells)
            if (ids.contains(id))
                return true;
    return false;
}

QString CompareTableModel::formatNumber(const ComparisonRow &row, double v, bool sign) const
{
    const QStringList &ids = row.newCells.isEmpty() ? row.oldCells : row.newCells;
    const Record &rec = m_session->record(row.newCells.isEmpty() ? Side::Older : Side::Newer);
    const CellSpec *spec = ids.isEmpty() ? nullptr : rec.schema().find(ids.first());
    return formatValue(v, spec ? spec->kind : ValueKind::Count, sign);
}

QVariant CompareTableModel::valueData(const ComparisonRow &row, Side side, int role) const
{
    const QStringList &ids = side == Side::Older ? row.oldCells : row.newCells;
    const std::optional<double> &value = side == Side::Older ? row.oldValue : row.newValue;
    const Record &rec = m_session->record(side);
    const CellStates &states = m_states[side == Side::Older ? 0 : 1];
    // The state that shows: the worst of the cells this item stands for.
    CellState state = CellState::Consistent;
    for (const QString &id : ids) {
        CellState s = states.at(rec.schema().indexOf(id));
        if (s == CellState::Culprit) // the comparison's legend has no culprit of its own
            s = CellState::Violated;
        if (s != CellState::Consistent && (state == CellState::Consistent || s == CellState::Violated))
            state = s;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (value)
            return formatNumber(row, *value, false);
        if (ids.size() == 1)
            if (const CellValue *c = rec.cell(ids.first()))
                return c->raw.trimmed(); // "/", "无"; empty when blank
        return QString();
    case Qt::EditRole:
        return value ? formatNumber(row, *value, false) : QString();
    case ValueRole: return value ? QVariant(*value) : QVariant();
    case CellIdsRole: return ids;
    case Qt::BackgroundRole:
        if (ids.isEmpty())
            return {};
        if (row.comparable() && inCrossFinding(row, side))
            return compareCrossFindingBackground();
        return state == CellState::Consistent ? QVariant() : QVariant(cellStateBackground(state));
    case Qt::ForegroundRole:
        return state == CellState::Consistent ? QVariant() : QVariant(cellStateForeground(state));
    case CrossFindingRole: return !ids.isEmpty() && inCrossFinding(row, side);
    case Qt::FontRole: {
        QFont f;
        f.setBold(state == CellState::Violated || state == CellState::Corrected || inCrossFinding(row, side));
        f.setItalic(!row.comparable());
        return f;
    }
    default: return {};
    }
}

QVariant CompareTableModel::displayData(const ComparisonRow &row, int rowIndex, int column) const
{
    switch (column) {
    case ItemColumn: {
        // The printed row is named once; the following columns of the same row are indented.
        const qsizetype cut = row.label.lastIndexOf(QStringLiteral(" · "));
        const QString rowPart = cut < 0 ? row.label : row.label.left(cut);
        const ComparisonRow *previous = rowAt(rowIndex - 1);
        if (cut >= 0 && previous && previous->label.startsWith(rowPart + QStringLiteral(" · ")))
            return QStringLiteral("　　· ") + row.label.mid(cut + 3);
        return row.label;
    }
    case ChangeColumn:
        if (!row.change)
            return QString();
        return (row.big ? (*row.change > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) : QString())
               + formatNumber(row, *row.change, true);
    case PercentColumn:
        if (row.percent)
            return QStringLiteral("%1%2%").arg(*row.percent > 0 ? QStringLiteral("+") : QString(),
                                              QString::number(*row.percent, 'f', 1));
        if (row.change && *row.change != 0)
            return tr("新增"); // from 0
        return QString();
    case NoteColumn: {
        // A note repeated on the rows that follow says 同上 (the tooltip has it in full).
        const ComparisonRow *previous = rowAt(rowIndex - 1);
        if (!row.note.isEmpty() && previous && previous->note == row.note)
            return tr("同上");
        return row.note;
    }
    }
    return {};
}

QString CompareTableModel::toolTip(const ComparisonRow &row, int column) const
{
    QStringList lines{row.label};
    if (column == OldColumn || column == NewColumn) {
        const Side side = sideOf(column);
        const QStringList &ids = side == Side::Older ? row.oldCells : row.newCells;
        lines << tr("%1报告：%2").arg(sideName(m_session->record(side), side), ids.join(QStringLiteral(" + ")));
        if (ids.size() > 1)
            lines << tr("多个单元格之和，请在审核窗口中逐格修改");
        for (const Finding &f : m_session->comparison().findings)
            for (const QString &id : side == Side::Older ? f.previousCells : f.cells)
                if (ids.contains(id))
                    lines << QStringLiteral("• ") + displayMessage(f);
    }
    if (row.big)
        lines << tr("变化较大，请核实是否录入有误");
    if (!row.note.isEmpty())
        lines << row.note;
    return lines.join(QLatin1Char('\n'));
}

QVariant CompareTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow *row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case ComparableRole: return row->comparable();
    case BigChangeRole: return row->big;
    case Qt::ToolTipRole: return toolTip(*row, column);
    default: break;
    }
    if (column == OldColumn || column == NewColumn) {
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (!row->comparable() && role == Qt::ForegroundRole)
            return QColor(0x9c, 0xa3, 0xaf);
        if (!row->comparable() && role == Qt::BackgroundRole && !(column == OldColumn ? row->oldCells : row->newCells).isEmpty())
            return compareNotComparableBackground();
        return valueData(*row, sideOf(column), role);
    }
    switch (role) {
    case Qt::DisplayRole: return displayData(*row, index.row(), column);
    case Qt::TextAlignmentRole:
        return column == ChangeColumn || column == PercentColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (!row->comparable())
            return compareNotComparableBackground();
        if (row->big && (column == ChangeColumn || column == PercentColumn))
            return compareBigChangeBackground();
        return {};
    case Qt::ForegroundRole:
        if (!row->comparable())
            return QColor(0x6b, 0x72, 0x80);
        if (row->big && (column == ChangeColumn || column == PercentColumn))
            return QColor(0x9d, 0x17, 0x4d);
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setItalic(!row->comparable());
        f.setBold(row->big && (column == ChangeColumn || column == PercentColumn));
        return f;
    }
    case ValueRole:
        if (column == ChangeColumn && row->change)
            return *row->change;
        if (column == PercentColumn && row->percent)
            return *row->percent;
        return {};
    default: return {};
    }
}

Qt::ItemFlags CompareTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const ComparisonRow *row = rowAt(index.row());
    if (!row)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if ((column == OldColumn || column == NewColumn) && m_session->review(sideOf(column))
        && (column == OldColumn ? row->oldCells : row->newCells).size() == 1)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CompareTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const ComparisonRow *row = rowAt(index.row());
    const Side side = sideOf(index.column());
    const QString id = (side == Side::Older ? row->oldCells : row->newCells).first();
    const bool number = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int;
    const Status s = number ? m_session->setCellValue(side, id, value.toDouble(), m_note)
                            : m_session->setCellText(side, id, value.toString(), m_note);
    if (!s)
        m_lastError = s.error();
    if (!m_lastError.isEmpty()) {
        Q_EMIT inputRefused(m_lastError);
        return false;
    }
    return true;
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString oldName = m_session ? sideName(m_session->record(Side::Older), Side::Older) : tr("旧报告");
    const QString newName = m_session ? sideName(m_session->record(Side::Newer), Side::Newer) : tr("新报告");
    switch (section) {
    case ItemColumn: return tr("项目");
    case OldColumn: return oldName;
    case NewColumn: return newName;
    case ChangeColumn: return tr("变化");
    case PercentColumn: return tr("变化幅度");
    case NoteColumn: return tr("说明");
    }
    return {};
}

} // namespace nianbao::ui
