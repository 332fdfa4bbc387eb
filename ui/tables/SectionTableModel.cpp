#include "ui/tables/SectionTableModel.h"

#include "core/review/Review.h"
#include "core/rules/Rules.h"
#include "core/util/TextNormalize.h"

#include <QFont>
#include <QRegularExpression>
#include <QSet>
#include <QPalette>

namespace nianbao::ui {

SectionTableModel::SectionTableModel(Review *review, TableSection section, QObject *parent)
    : QAbstractTableModel(parent), m_review(review),
      m_layout(TableLayout::build(review ? review->record().schema() : Schema::get(FormatVersion::V2021), section))
{
    if (m_review) {
        m_states.rebuild(m_review->record());
        connect(m_review, &Review::changed, this, &SectionTableModel::refresh);
    }
}

int SectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_layout.rowCount();
}

int SectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_layout.columnCount();
}

int SectionTableModel::cellIndexAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return m_layout.cellIndexAt(index.row(), index.column());
}

QModelIndex SectionTableModel::indexOfCell(int cellIndex) const
{
    int row = 0, column = 0;
    return m_layout.positionOf(cellIndex, &row, &column) ? index(row, column) : QModelIndex();
}

QString SectionTableModel::formatValue(const CellSpec &spec, double value)
{
    if (spec.kind == ValueKind::Amount)
        return QString::number(value, 'f', 4).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    if (spec.kind == ValueKind::SignedCount && value > 0)
        return QLatin1Char('+') + QString::number(value, 'f', 0);
    return QString::number(value, 'f', 0);
}

QString SectionTableModel::displayText(int cellIndex) const
{
    const Record &rec = m_review->record();
    if (cellIndex < 0 || cellIndex >= rec.cells.size())
        return {};
    const CellValue &c = rec.cells.at(cellIndex);
    if (c.value)
        return formatValue(rec.schema().at(cellIndex), *c.value);
    return c.raw.trimmed(); // "/", "无", "3件"; empty when blank or not found
}

QString SectionTableModel::toolTip(int cellIndex) const
{
    const Record &rec = m_review->record();
    const CellSpec &spec = rec.schema().at(cellIndex);
    const CellValue &c = rec.cells.at(cellIndex);
    QStringList lines;
    lines << tr("%1 · %2").arg(spec.row, spec.column) << spec.id
          << tr("状态：%1").arg(cellStateLabel(m_states.at(cellIndex)));
    switch (c.source) {
    case CellSource::NotFound: lines << tr("报告中找不到这一格"); break;
    case CellSource::Blank: lines << tr("报告中这一格是空白"); break;
    default: lines << tr("报告原文：「%1」").arg(c.raw); break;
    }
    if (c.corrected) {
        const CellValue &orig = m_review->originalCell(cellIndex);
        lines << tr("原值：%1，现值：%2")
                     .arg(orig.value ? formatValue(spec, *orig.value) : tr("空"),
                          c.value ? formatValue(spec, *c.value) : tr("空"));
    }
    for (int f : m_states.findingsOf(cellIndex))
        lines << QStringLiteral("• ") + rec.findings.at(f).message;
    if (const int h = m_states.hintOf(cellIndex); h >= 0)
        lines << tr("更正建议（Ctrl+Enter 采纳）：%1").arg(rec.hints.at(h).message);
    return lines.join(QLatin1Char('\n'));
}

QVariant SectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_review)
        return {};
    const GridItem *item = m_layout.itemAt(index.row(), index.column());
    if (!item)
        return {};
    const int cell = item->cellIndex;
    switch (role) {
    case CellIndexRole: return cell;
    case CellIdRole: return cell >= 0 ? m_review->record().schema().at(cell).id : QString();
    case HeaderItemRole: return item->header;
    default: break;
    }
    if (cell < 0) { // a header or row label
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: return item->text;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(item->header ? Qt::AlignCenter : Qt::AlignVCenter | Qt::AlignLeft);
        case Qt::BackgroundRole: return QColor(item->header ? 0xe8eaee : 0xf4f5f7);
        case Qt::FontRole: {
            QFont f;
            f.setBold(item->header);
            return f;
        }
        default: return {};
        }
    }
    const CellState state = m_states.at(cell);
    switch (role) {
    case Qt::DisplayRole: return displayText(cell);
    case Qt::EditRole: {
        const CellValue &c = m_review->record().cells.at(cell);
        return c.value ? formatValue(m_review->record().schema().at(cell), *c.value) : QString();
    }
    case Qt::ToolTipRole: return toolTip(cell);
    case Qt::BackgroundRole: return cellStateBackground(state);
    case Qt::ForegroundRole: return cellStateForeground(state);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::FontRole: {
        QFont f;
        f.setItalic(state == CellState::Text || state == CellState::Inferred);
        f.setBold(isViolated(state) || state == CellState::Corrected);
        f.setUnderline(state == CellState::Culprit);
        return f;
    }
    case CellStateRole: return int(state);
    default: return {};
    }
}

Qt::ItemFlags SectionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const GridItem *item = m_layout.itemAt(index.row(), index.column());
    if (!item)
        return Qt::NoItemFlags;
    if (item->cellIndex < 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

SectionTableModel::Parsed SectionTableModel::parseInput(const QModelIndex &index, const QString &text) const
{
    Parsed p;
    const int cell = cellIndexAt(index);
    if (cell < 0 || !m_review) {
        p.message = tr("这里不能填写数值");
        return p;
    }
    const QString t = valueText(text);
    if (t.isEmpty()) { // clearing a cell: it becomes missing
        p.ok = true;
        return p;
    }
    const std::optional<double> v = parseNumber(t);
    if (!v) {
        p.message = tr("「%1」不是数字：请填写数字，或留空表示缺失").arg(text.trimmed());
        return p;
    }
    const QString problem = validateValue(m_review->record().schema().at(cell), *v);
    if (!problem.isEmpty()) {
        p.message = problem;
        return p;
    }
    p.ok = true;
    p.value = v;
    return p;
}

bool SectionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int cell = cellIndexAt(index);
    if (cell < 0 || !m_review)
        return false;
    Parsed p;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
        p.ok = true;
        p.value = value.toDouble();
    } else {
        p = parseInput(index, value.toString());
    }
    if (!p.ok) {
        m_lastError = p.message;
        return false;
    }
    const Status s = m_review->setCellValue(m_review->record().schema().at(cell).id, p.value, m_note);
    if (!s) {
        m_lastError = s.error();
        return false;
    }
    return true;
}

void SectionTableModel::refresh(const QStringList &changedIds)
{
    if (!m_review || m_layout.rowCount() == 0)
        return;
    const CellStates before = m_states;
    m_states.rebuild(m_review->record());
    // Only the items whose value or state changed are announced, so the view repaints just
    // those (a re-check after an edit usually changes a handful of cells, not the table).
    const Schema &schema = m_review->record().schema();
    QSet<int> changed;
    for (const QString &id : changedIds)
        changed.insert(schema.indexOf(id));
    for (const TableLayout::Placed &p : m_layout.items()) {
        const int cell = p.item.cellIndex;
        if (cell < 0)
            continue;
        if (changed.contains(cell) || before.size() != m_states.size() || before.at(cell) != m_states.at(cell)
            || before.findingsOf(cell) != m_states.findingsOf(cell)) {
            const QModelIndex idx = index(p.row, p.column);
            Q_EMIT dataChanged(idx, idx);
        }
    }
}

} // namespace nianbao::ui
