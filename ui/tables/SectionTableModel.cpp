// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TableTitle.h"

#include "core/review/Review.h"
#include "core/rules/Rules.h"
#include "core/schema/ValueFormat.h"

#include <QFont>
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

static QString shown(const CellSpec &spec, double value)
{
    return formatValue(value, spec.kind);
}

QString SectionTableModel::displayText(int cellIndex) const
{
    const Record &rec = m_review->record();
    if (cellIndex < 0 || cellIndex >= rec.cells.size())
        return {};
    const CellValue &c = rec.cells.at(cellIndex);
    if (c.value)
        return shown(rec.schema().at(cellIndex), *c.value);
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
    if (const QStringList all = readings(cellIndex); !all.isEmpty())
        lines << tr("连写数字可拆为：%1（编辑此格可按数字键选择）").arg(all.join(tr(" 或 ")));
    if (c.corrected) {
        const CellValue &orig = m_review->originalCell(cellIndex);
        lines << tr("原值：%1，现值：%2")
                     .arg(orig.value ? shown(spec, *orig.value) : tr("空"),
                          c.value ? shown(spec, *c.value) : tr("空"));
    }
    for (int f : m_states.findingsOf(cellIndex))
        lines << QStringLiteral("• ") + displayMessage(rec.findings.at(f));
    if (const int h = m_states.hintOf(cellIndex); h >= 0)
        lines << tr("更正建议（Ctrl+Enter 采纳）：%1").arg(displayMessage(rec.hints.at(h)));
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
        case Qt::ToolTipRole: return layoutText(item->text);
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
        return c.value ? shown(m_review->record().schema().at(cell), *c.value) : QString();
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
    case ReadingsRole: return readings(cell);
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

Result<std::optional<double>> SectionTableModel::parseInput(const QModelIndex &index, const QString &text) const
{
    const int cell = cellIndexAt(index);
    if (cell < 0 || !m_review)
        return Result<std::optional<double>>::failure(tr("这里不能填写数值"));
    return parseCellInput(m_review->record().schema().at(cell), text);
}

bool SectionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int cell = cellIndexAt(index);
    if (cell < 0 || !m_review)
        return false;
    const QString &id = m_review->record().schema().at(cell).id;
    // A number is validated by the review; a text is read and validated once by setCellText.
    const bool number = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int;
    const Status s = number ? m_review->setCellValue(id, value.toDouble(), m_note)
                            : m_review->setCellText(id, value.toString(), m_note);
    if (!s) {
        m_lastError = s.error();
        return false;
    }
    return true;
}

QList<int> SectionTableModel::unsettledRun(int cellIndex) const
{
    QList<int> run;
    const Record &rec = m_review->record();
    if (cellIndex < 0 || cellIndex >= rec.cells.size())
        return run;
    const CellValue &c = rec.cells.at(cellIndex);
    if (c.value || c.alternatives.isEmpty())
        return run;
    for (int i = 0; i < rec.cells.size(); ++i) {
        const CellValue &o = rec.cells.at(i);
        if (!o.value && o.span == c.span && o.raw == c.raw && o.alternatives.size() == c.alternatives.size())
            run.append(i);
    }
    return run;
}

QStringList SectionTableModel::readings(int cellIndex) const
{
    const QList<int> run = unsettledRun(cellIndex);
    QStringList out;
    if (run.isEmpty())
        return out;
    const Record &rec = m_review->record();
    for (qsizetype k = 0; k < rec.cells.at(run.first()).alternatives.size(); ++k) {
        QStringList cells;
        for (int i : run)
            cells.append(shown(rec.schema().at(i), rec.cells.at(i).alternatives.at(k)));
        out.append(cells.join(QLatin1Char('|')));
    }
    return out;
}

bool SectionTableModel::pickReading(const QModelIndex &index, int k)
{
    m_lastError.clear();
    const int cell = m_review ? cellIndexAt(index) : -1;
    const QList<int> run = unsettledRun(cell);
    const QStringList all = readings(cell);
    if (run.isEmpty() || k < 0 || k >= all.size()) {
        m_lastError = tr("这一格没有可选的拆分");
        return false;
    }
    const Record &rec = m_review->record();
    QList<QPair<QString, std::optional<double>>> values;
    for (int i : run)
        values.append({rec.schema().at(i).id, rec.cells.at(i).alternatives.at(k)});
    QString note = tr("选择拆分 %1（原文“%2”）").arg(all.at(k), rec.cells.at(cell).raw);
    if (!m_note.isEmpty())
        note += QStringLiteral("；") + m_note;
    const Status s = m_review->setCellValues(values, note, tr("选择拆分 %1").arg(all.at(k)));
    if (!s)
        m_lastError = s.error();
    return bool(s);
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
