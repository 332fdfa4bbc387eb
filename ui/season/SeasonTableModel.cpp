// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/season/SeasonTableModel.h"

#include "ui/findings/FindingsModel.h"

#include "core/schema/ValueFormat.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <limits>

namespace nianbao::ui {

static const QColor kOpenColor(0x94, 0xa3, 0xb8);

static QColor statusColor(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Unreviewed: return QColor(0x64, 0x74, 0x8b);
    case ReviewStatus::InReview: return QColor(0x1d, 0x4e, 0xd8);
    case ReviewStatus::Approved: return QColor(0x15, 0x80, 0x3d);
    case ReviewStatus::Returned: return QColor(0xb9, 0x1c, 0x1c);
    }
    return {};
}

// The 汇总 labels of core/export/SummaryWorkbook, for lupdate.
[[maybe_unused]] static const char *const kTotalLabels[] = {
    QT_TRANSLATE_NOOP("nianbao::ui::SeasonTableModel", "本年新收"),
    QT_TRANSLATE_NOOP("nianbao::ui::SeasonTableModel", "上年结转"),
    QT_TRANSLATE_NOOP("nianbao::ui::SeasonTableModel", "办理结果总计"),
    QT_TRANSLATE_NOOP("nianbao::ui::SeasonTableModel", "结转下年度"),
    QT_TRANSLATE_NOOP("nianbao::ui::SeasonTableModel", "行政复议总计"),
    QT_TRANSLATE_NOOP("nianbao::ui::SeasonTableModel", "行政诉讼总计"),
    QT_TRANSLATE_NOOP("nianbao::ui::SeasonTableModel", "行政事业性收费"),
};

QString SeasonTableModel::totalLabel(int i)
{
    const QString label = keyTotalLabels().value(i);
    return QCoreApplication::translate("nianbao::ui::SeasonTableModel", label.toUtf8().constData());
}

// reviewStatusLabel() in the interface's language.
static QString statusLabel(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Unreviewed: return SeasonTableModel::tr("未审");
    case ReviewStatus::InReview: return SeasonTableModel::tr("审核中");
    case ReviewStatus::Approved: return SeasonTableModel::tr("通过");
    case ReviewStatus::Returned: return SeasonTableModel::tr("退回整改");
    }
    return reviewStatusLabel(s);
}

SeasonTableModel::SeasonTableModel(Lead lead, QObject *parent)
    : QAbstractTableModel(parent), m_lead(lead), m_totalLabels(keyTotalLabels())
{
}

void SeasonTableModel::setRows(const QList<SeasonRow> &rows, const QString &baseDir)
{
    beginResetModel();
    m_rows = rows;
    m_baseDir = baseDir;
    endResetModel();
}

const SeasonRow *SeasonTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SeasonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeasonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fileColumn() + 1;
}

bool SeasonTableModel::isFigureColumn(int column) const
{
    return column >= ViolationsColumn && column < fileColumn();
}

std::optional<double> SeasonTableModel::figure(const SeasonRow &row, int column) const
{
    if (!row.figures)
        return std::nullopt;
    switch (column) {
    case ViolationsColumn: return row.figures->violations;
    case MissingColumn: return row.figures->missing;
    case InferredColumn: return row.figures->inferred;
    default: break;
    }
    if (column >= FirstTotalColumn && column < fileColumn())
        return row.figures->totals.value(column - FirstTotalColumn);
    return std::nullopt;
}

QVariant SeasonTableModel::displayData(const SeasonRow &row, int column) const
{
    if (column == LeadColumn) {
        if (m_lead == Lead::Agency)
            return row.agency;
        return row.year > 0 ? QString::number(row.year) : tr("年度不明");
    }
    if (column == StatusColumn) {
        if (!row.report)
            return tr("无本年度报告");
        if (!row.figures)
            return tr("记录无法读取");
        return statusLabel(row.report->status.status);
    }
    if (column == fileColumn()) {
        if (!row.report)
            return QString();
        return QDir::toNativeSeparators(m_baseDir.isEmpty() ? row.report->path
                                                            : QDir(m_baseDir).relativeFilePath(row.report->path));
    }
    if (!row.figures)
        return QString(); // no report: nothing to show, not even "open"
    const std::optional<double> v = figure(row, column);
    return v ? formatValue(*v) : QStringLiteral("—");
}

QVariant SeasonTableModel::sortData(const SeasonRow &row, int rowIndex, int column) const
{
    if (column == LeadColumn)
        return m_lead == Lead::Agency ? rowIndex : row.year; // the agencies as given: collated
    if (column == StatusColumn)
        return row.report ? int(row.report->status.status) : -1;
    if (column == fileColumn())
        return row.report ? row.report->path : QString();
    // Open and "no report" below every number, so that ascending puts them first and together.
    const std::optional<double> v = figure(row, column);
    if (v)
        return *v;
    return row.figures ? std::numeric_limits<double>::lowest() / 2 : std::numeric_limits<double>::lowest();
}

QVariant SeasonTableModel::toolTip(const SeasonRow &row, int column) const
{
    if (!row.report)
        return column == StatusColumn ? tr("%1在项目中没有 %2 年度的报告").arg(row.agency).arg(row.year) : QVariant();
    if (!row.figures)
        return row.error;
    if (column == LeadColumn || column == fileColumn()) {
        QString tip = QDir::toNativeSeparators(row.report->path);
        if (m_lead == Lead::Year && row.report->agency != row.agency)
            tip = tr("报告中的机关名称：%1").arg(row.report->agency) + QLatin1Char('\n') + tip;
        if (!row.report->present)
            tip += QLatin1Char('\n') + tr("原文件已不在（用项目中保存的记录）");
        return tip;
    }
    if (column == StatusColumn) {
        const StatusChange &s = row.report->status;
        QStringList lines;
        if (!s.note.isEmpty())
            lines << s.note;
        if (s.at.isValid())
            lines << QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (isFigureColumn(column) && !figure(row, column))
        return tr("报告中没有这个数（空白或缺失），不按 0 计");
    return {};
}

QVariant SeasonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const SeasonRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayData(row, column);
    case SortRole: return sortData(row, index.row(), column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case ReportIdRole: return row.report ? row.report->id : qint64(0);
    case PathRole: return row.report ? row.report->path : QString();
    case OpenRole: return row.figures && isFigureColumn(column) && !figure(row, column);
    case Qt::TextAlignmentRole:
        if (isFigureColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (column == StatusColumn)
            return row.report && row.figures ? statusColor(row.report->status.status) : kOpenColor;
        if (!row.report)
            return kOpenColor;
        const std::optional<double> v = figure(row, column);
        if (isFigureColumn(column) && !v)
            return kOpenColor;
        if (column == ViolationsColumn && v && *v > 0)
            return findingKindColor(FindingKind::Violation);
        if (column == MissingColumn && v && *v > 0)
            return findingKindColor(FindingKind::Missing);
        return {};
    }
    case Qt::FontRole:
        if ((column == ViolationsColumn || column == MissingColumn) && figure(row, column).value_or(0) > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (!row.report) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default: return {};
    }
}

QVariant SeasonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LeadColumn: return m_lead == Lead::Agency ? tr("机关") : tr("年度");
        case StatusColumn: return tr("状态");
        case ViolationsColumn: return tr("违反勾稽关系");
        case MissingColumn: return tr("缺失");
        case InferredColumn: return tr("推断");
        default: break;
        }
        if (section == fileColumn())
            return tr("文件");
        return totalLabel(section - FirstTotalColumn);
    }
    if (role == Qt::ToolTipRole && section >= FirstTotalColumn && section < fileColumn())
        return tr("汇总表的关键数字（按修改后的数值）；“—”：报告中没有这个数");
    return {};
}

void SeasonTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace nianbao::ui
