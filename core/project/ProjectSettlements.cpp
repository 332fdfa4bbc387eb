// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's decisions on a report's findings in the project (schema version 2, the table
// `settlements`): an append-only trail, replayed into the decisions standing, as a saved review's
// record keeps them (Record::settlements, applied by recheck()).
#include "core/project/Project.h"

#include <QDir>

#include <algorithm>

namespace nianbao {

namespace {

QString cellsText(const QStringList &cells)
{
    return cells.join(QLatin1Char(','));
}

bool sameFinding(const Settlement &a, const Settlement &b)
{
    return a.kind == b.kind && a.rule == b.rule && a.cells == b.cells;
}

// The trail replayed, as Review::settleFinding builds a record's settlements: a later entry for a
// finding replaces an earlier one; an Open entry takes the decision back.
QList<Settlement> standing(const QList<Settlement> &trail)
{
    QList<Settlement> out;
    for (const Settlement &entry : trail) {
        out.removeIf([&](const Settlement &s) { return sameFinding(s, entry); });
        if (entry.status != FindingStatus::Open)
            out.append(entry);
    }
    return out;
}

} // namespace

Result<QList<Settlement>> Project::settlementTrail(qint64 id) const
{
    using R = Result<QList<Settlement>>;
    if (m_version < 2)
        return QList<Settlement>{}; // a version-1 project opened for reading: none kept yet
    auto st = m_db.prepare("SELECT kind, rule, cells, status, reason, at FROM settlements"
                           " WHERE report_id = ?1 ORDER BY id");
    if (!st)
        return R::failure(failure(st.error()));
    st->bind(1, id);
    QList<Settlement> out;
    while (st->next()) {
        Settlement s;
        if (!findingKindFromName(st->text(0), &s.kind) || !findingStatusFromName(st->text(3), &s.status))
            return R::failure(QStringLiteral("%1：项目文件已损坏（报告 %2 的问题处理记录：%3 / %4）")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(id)
                                  .arg(st->text(0), st->text(3)));
        s.rule = st->text(1);
        s.cells = st->text(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.reason = st->text(4);
        s.at = QDateTime::fromString(st->text(5), Qt::ISODateWithMs);
        s.at.setTimeSpec(Qt::UTC);
        out.append(s);
    }
    if (st->failed())
        return R::failure(failure(st->errorMessage()));
    return out;
}

Result<QList<Settlement>> Project::settlements(qint64 id) const
{
    auto trail = settlementTrail(id);
    if (!trail)
        return trail;
    return standing(*trail);
}

Status Project::setSettlements(qint64 id, const QList<Settlement> &decisions)
{
    const QString file = QDir::toNativeSeparators(m_path);
    for (const Settlement &d : decisions) {
        if (d.status == FindingStatus::Open)
            return Status::failure(QStringLiteral("%1：待处理不是一项决定（撤销决定不必写入）").arg(file));
        if (d.status == FindingStatus::Dismissed && d.reason.trimmed().isEmpty())
            return Status::failure(QStringLiteral("%1：排除一条问题须写明理由").arg(file));
    }
    if (m_writable && m_version < 2)
        return Status::failure(QStringLiteral("%1：项目格式 %2 不能保存对问题的处理").arg(file).arg(m_version));
    return inTransaction([&]() -> Status {
        // Read inside the transaction (it holds the write lock): what stands is what this writes on.
        auto exists = m_db.prepare("SELECT 1 FROM reports WHERE id = ?1");
        if (!exists)
            return Status::failure(exists.error());
        if (!exists->bind(1, id).next())
            return Status::failure(exists->failed() ? exists->errorMessage()
                                                    : QStringLiteral("%1：没有编号为 %2 的报告").arg(file).arg(id));
        auto current = settlements(id);
        if (!current)
            return Status::failure(current.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Settlement> append;
        for (const Settlement &c : std::as_const(*current)) {
            const bool kept = std::any_of(decisions.begin(), decisions.end(),
                                          [&](const Settlement &d) { return sameFinding(c, d); });
            if (!kept)
                append.append(Settlement{c.kind, c.rule, c.cells, FindingStatus::Open, QString(), now});
        }
        for (const Settlement &d : decisions) {
            const auto was = std::find_if(current->cbegin(), current->cend(),
                                          [&](const Settlement &c) { return sameFinding(c, d); });
            if (was == current->cend() || was->status != d.status || was->reason != d.reason.trimmed()
                || (d.at.isValid() && was->at != d.at))
                append.append(d);
        }
        auto st = m_db.prepare("INSERT INTO settlements(report_id, kind, rule, cells, status, reason, at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!st)
            return Status::failure(st.error());
        for (const Settlement &s : std::as_const(append)) {
            st->reset();
            const QDateTime at = s.at.isValid() ? s.at.toUTC() : now;
            if (Status done = st->bind(1, id)
                                  .bind(2, findingKindName(s.kind))
                                  .bind(3, s.rule)
                                  .bind(4, cellsText(s.cells))
                                  .bind(5, findingStatusName(s.status))
                                  .bind(6, s.reason.trimmed())
                                  .bind(7, at.toString(Qt::ISODateWithMs))
                                  .run();
                !done)
                return done;
        }
        return {};
    });
}

} // namespace nianbao
