// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/project/ProjectListModel.h"

#include "ui/findings/FindingsModel.h"

#include <QBrush>
#include <QDir>
#include <QFileInfo>
#include <QFont>

namespace nianbao::ui {

ProjectListModel::ProjectListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool ProjectListModel::hasProblems(const ProjectReport &r)
{
    return r.violations > 0 || r.missing > 0 || !r.error.isEmpty() || !r.hasRecord;
}

void ProjectListModel::applyLive(ProjectReport &r) const
{
    const auto it = m_live.constFind(r.id);
    if (it == m_live.cend())
        return;
    r.violations = it->violations;
    r.missing = it->missing;
    r.inferred = it->inferred;
    r.corrections = it->corrections;
}

void ProjectListModel::setReports(const QList<ProjectReport> &given)
{
    QList<ProjectReport> reports = given;
    if (!m_live.isEmpty())
        for (ProjectReport &r : reports)
            applyLive(r);
    // A report never leaves a project; should one be gone from the list (another project), reset.
    bool allKnown = reports.size() >= m_reports.size();
    if (allKnown) {
        QHash<qint64, bool> incoming;
        incoming.reserve(reports.size());
        for (const ProjectReport &r : reports)
            incoming.insert(r.id, true);
        for (const ProjectReport &r : std::as_const(m_reports))
            if (!incoming.contains(r.id)) {
                allKnown = false;
                break;
            }
    }
    if (!allKnown || m_reports.isEmpty()) {
        beginResetModel();
        m_reports = reports;
        m_rows.clear();
        m_rows.reserve(m_reports.size());
        for (int i = 0; i < m_reports.size(); ++i)
            m_rows.insert(m_reports.at(i).id, i);
        endResetModel();
        return;
    }
    QList<ProjectReport> added;
    int firstChanged = -1, lastChanged = -1;
    for (const ProjectReport &r : reports) {
        const auto it = m_rows.constFind(r.id);
        if (it == m_rows.cend()) {
            added.append(r);
            continue;
        }
        ProjectReport &mine = m_reports[*it];
        if (mine.sha256 != r.sha256 || mine.status.status != r.status.status || mine.status.note != r.status.note
            || mine.corrections != r.corrections || mine.present != r.present || mine.error != r.error
            || mine.violations != r.violations || mine.missing != r.missing || mine.inferred != r.inferred
            || mine.agency != r.agency || mine.year != r.year || mine.hasRecord != r.hasRecord) {
            mine = r;
            firstChanged = firstChanged < 0 ? *it : std::min(firstChanged, *it);
            lastChanged = std::max(lastChanged, *it);
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = int(m_reports.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const ProjectReport &r : std::as_const(added)) {
            m_rows.insert(r.id, int(m_reports.size()));
            m_reports.append(r);
        }
        endInsertRows();
    }
}

void ProjectListModel::updateReport(const ProjectReport &given)
{
    ProjectReport report = given;
    applyLive(report);
    const int row = rowOf(report.id);
    if (row < 0) {
        setReports(QList<ProjectReport>(m_reports) << report);
        return;
    }
    m_reports[row] = report;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProjectListModel::setLiveCounts(qint64 id, int violations, int missing, int inferred, int corrections)
{
    m_live.insert(id, Counts{violations, missing, inferred, corrections});
    const int row = rowOf(id);
    if (row < 0)
        return;
    ProjectReport &r = m_reports[row];
    if (r.violations == violations && r.missing == missing && r.inferred == inferred && r.corrections == corrections)
        return;
    r.violations = violations;
    r.missing = missing;
    r.inferred = inferred;
    r.corrections = corrections;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProjectListModel::clear()
{
    beginResetModel();
    m_reports.clear();
    m_rows.clear();
    m_live.clear();
    endResetModel();
}

const ProjectReport *ProjectListModel::reportAt(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

const ProjectReport *ProjectListModel::reportById(qint64 id) const
{
    return reportAt(rowOf(id));
}

int ProjectListModel::rowOf(qint64 id) const
{
    return m_rows.value(id, -1);
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QColor statusColor(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Unreviewed: return QColor(0x60, 0x60, 0x60);
    case ReviewStatus::InReview: return QColor(0x1f, 0x5f, 0xbf);
    case ReviewStatus::Approved: return QColor(0x2e, 0x7d, 0x32);
    case ReviewStatus::Returned: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size() || index.column() >= ColumnCount)
        return {};
    const ProjectReport &r = m_reports.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole: return QVariant::fromValue(r.id);
    case StatusRole: return int(r.status.status);
    case HasProblemsRole: return hasProblems(r);
    case PathRole: return r.path;
    case SortRole:
        switch (column) {
        case AgencyColumn: return r.agency;
        case YearColumn: return r.year;
        case FormatColumn: return r.format;
        case StatusColumn: return int(r.status.status);
        case ViolationsColumn: return r.violations;
        case MissingColumn: return r.missing;
        case InferredColumn: return r.inferred;
        case CorrectionsColumn: return r.corrections;
        case FileColumn: return QFileInfo(r.path).fileName();
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case AgencyColumn:
            if (!r.agency.isEmpty())
                return r.agency;
            return r.hasRecord ? tr("（未写明机关）") : tr("（未能读取）");
        case YearColumn: return r.year > 0 ? QVariant(r.year) : QVariant(QString());
        case FormatColumn: return r.format;
        case StatusColumn:
            return r.status.note.isEmpty() ? reviewStatusLabelTr(r.status.status)
                                           : reviewStatusLabelTr(r.status.status) + QStringLiteral(" ✎");
        case ViolationsColumn: return r.hasRecord ? QVariant(r.violations) : QVariant(QString());
        case MissingColumn: return r.hasRecord ? QVariant(r.missing) : QVariant(QString());
        case InferredColumn: return r.hasRecord ? QVariant(r.inferred) : QVariant(QString());
        case CorrectionsColumn: return r.corrections;
        case FileColumn: return QFileInfo(r.path).fileName();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{QDir::toNativeSeparators(r.path)};
        if (!r.error.isEmpty())
            lines << tr("未能读取：%1").arg(r.error);
        if (!r.present)
            lines << tr("报告文件已不在文件夹中（%1 起），显示的是项目中保存的记录")
                         .arg(QLocale().toString(r.missingSince.toLocalTime(), QLocale::ShortFormat));
        lines << tr("审核状态：%1").arg(reviewStatusLabelTr(r.status.status));
        if (!r.status.note.isEmpty())
            lines << tr("说明：%1").arg(r.status.note);
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(statusColor(r.status.status));
        if (column == ViolationsColumn && r.violations > 0)
            return QBrush(findingKindColor(FindingKind::Violation));
        if (column == MissingColumn && r.missing > 0)
            return QBrush(findingKindColor(FindingKind::Missing));
        if (!r.present || !r.hasRecord)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (!r.present) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == YearColumn || (column >= ViolationsColumn && column <= CorrectionsColumn))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case AgencyColumn: return tr("机关");
        case YearColumn: return tr("年度");
        case FormatColumn: return tr("格式");
        case StatusColumn: return tr("状态");
        // Short, so that the panel stays narrow; the tooltips say them in full.
        case ViolationsColumn: return tr("违反");
        case MissingColumn: return tr("缺失");
        case InferredColumn: return tr("推断");
        case CorrectionsColumn: return tr("更正");
        case FileColumn: return tr("文件");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ViolationsColumn: return tr("违反勾稽关系的问题数");
        case MissingColumn: return tr("缺失的单元格数（空白、未找到或不是数字）");
        case InferredColumn: return tr("数字在原文中连在一起、按勾稽关系拆分出的单元格数，需要确认");
        case CorrectionsColumn: return tr("审核中所作的修改数（每一次修改、撤销都记录在项目中）");
        case StatusColumn: return tr("审核状态：Alt+1 未审，Alt+2 审核中，Alt+3 通过，Alt+4 退回整改");
        default: break;
        }
    }
    return {};
}

void ProjectListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_reports.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString reviewStatusLabelTr(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Unreviewed: return ProjectListModel::tr("未审");
    case ReviewStatus::InReview: return ProjectListModel::tr("审核中");
    case ReviewStatus::Approved: return ProjectListModel::tr("通过");
    case ReviewStatus::Returned: return ProjectListModel::tr("退回整改");
    }
    return {};
}

} // namespace nianbao::ui
