// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opinion/Opinion.h"

#include "core/rules/Messages.h"
#include "core/rules/Rules.h"
#include "core/schema/ValueFormat.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

QString chineseDate(const QDate &date)
{
    return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
}

QStringList opinionFileNames(const QList<OpinionReport> &reports, const QString &suffix)
{
    QStringList names;
    QSet<QString> taken;
    for (const OpinionReport &r : reports) {
        QString base = QFileInfo(r.reportFile).completeBaseName();
        if (base.isEmpty())
            base = r.agency.isEmpty() ? u"报告"_s : r.agency;
        base.replace(u'/', u'_');
        QString name = base + u"-审核意见书."_s + suffix;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = u"%1-审核意见书-%2.%3"_s.arg(base).arg(n).arg(suffix);
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

QString opinionTableName(TableSection table)
{
    switch (table) {
    case TableSection::Active: return u"表二"_s;
    case TableSection::Apply: return u"表三"_s;
    case TableSection::Review: return u"表四"_s;
    }
    return {};
}

QString OpinionFinding::kindLabel() const
{
    return kind == FindingKind::Missing ? u"数据缺失"_s : findingKindLabel(kind);
}

int OpinionReport::count(FindingKind kind) const
{
    return int(std::count_if(findings.begin(), findings.end(), [kind](const OpinionFinding &f) { return f.kind == kind; }));
}

int OpinionReport::count(OpinionState state) const
{
    return int(std::count_if(findings.begin(), findings.end(), [state](const OpinionFinding &f) { return f.state == state; }));
}

QString OpinionReport::summary() const
{
    QString text;
    if (tablesNotRead)
        text = u"经审核，未能从该报告中读出统计表，请核对报告是否包含规定的三张统计表。"_s;
    else if (findings.isEmpty())
        text = u"经审核，该报告三张统计表的勾稽关系全部成立，未发现数据缺失或其他问题。"_s;
    else {
        QStringList kinds;
        if (const int n = count(FindingKind::Violation))
            kinds.append(u"违反勾稽关系 %1 项"_s.arg(n));
        if (const int n = count(FindingKind::Missing))
            kinds.append(u"数据缺失 %1 项"_s.arg(n));
        if (const int n = count(FindingKind::Warning))
            kinds.append(u"提示 %1 项"_s.arg(n));
        text = u"经审核，该报告统计表共发现问题 %1 项：%2。"_s.arg(findings.size()).arg(kinds.join(u"，"_s));
        QStringList states;
        if (const int n = count(OpinionState::Corrected))
            states.append(u"审核时已更正 %1 项"_s.arg(n));
        if (const int n = count(OpinionState::Confirmed))
            states.append(u"经核实确属报告错误 %1 项"_s.arg(n));
        if (const int n = count(OpinionState::Open))
            states.append(u"请单位核实 %1 项"_s.arg(n));
        text += u"其中"_s + states.join(u"，"_s) + u"。"_s;
    }
    if (dismissed > 0)
        text += u"另有 %1 项经审核人员核实无误，未列入。"_s.arg(dismissed);
    return text;
}

QString OpinionReport::conclusion() const
{
    const bool open = count(OpinionState::Open) + count(OpinionState::Confirmed) > 0;
    const bool corrected = count(OpinionState::Corrected) > 0;
    QString text;
    if (status == ReviewStatus::Approved)
        text = u"审核结论：通过。"_s + (open || corrected ? u"请在公开的报告中一并更正上述问题。"_s : QString());
    else if (status == ReviewStatus::Returned)
        text = u"审核结论：退回整改。请对照上述问题逐项核实，更正后重新报送。"_s;
    else if (open)
        text = u"请对照上述问题逐项核实，如确有错误，请更正后重新报送。"_s;
    else if (corrected)
        text = u"上述问题已在审核中更正，请在报告中一并更正。"_s;
    else
        text = u"未发现需要更正的问题。"_s;
    if (!statusNote.isEmpty())
        text += u"审核说明："_s + statusNote + (statusNote.endsWith(u'。') ? QString() : u"。"_s);
    return text;
}

namespace {

// The words of a slip that explains a hint.
QString slipWords(const QString &rule)
{
    static const QHash<QString, QString> words = {
        {u"hint.swapped_digits"_s, u"疑为两位数字颠倒"_s},
        {u"hint.dropped_digit"_s, u"疑为漏录一位数字"_s},
        {u"hint.doubled_digit"_s, u"疑为多录一位数字"_s},
        {u"hint.neighbour_cell"_s, u"疑为填入了相邻单元格"_s},
    };
    return words.value(rule);
}

// What the opinion knows of a record's cells: labels, printed values, corrections.
class Cells
{
public:
    Cells(const Record &corrected, const Record &printed)
        : m_corrected(corrected)
        , m_printed(printed)
        , m_labels(cellLabels(corrected.format))
    {
        for (const Correction &c : corrected.corrections)
            m_byCell[c.cell].append(c);
    }

    const CellSpec *spec(const QString &id) const { return m_corrected.schema().find(id); }

    QString label(const QString &id) const
    {
        const int i = m_corrected.schema().indexOf(id);
        return i >= 0 ? m_labels.at(i) : id;
    }
    QString fullLabel(const QString &id) const
    {
        const CellSpec *s = spec(id);
        return s ? opinionTableName(s->table) + label(id) : id;
    }

    // The cell as the report printed it.
    QString printed(const QString &id) const
    {
        const CellValue *cell = m_printed.cell(id);
        if (!cell)
            return u"—"_s;
        if (cell->value && std::isfinite(*cell->value))
            return formatValue(*cell->value) + (cell->inferred ? u"（由连写数字推断）"_s : QString());
        switch (cell->source) {
        case CellSource::Blank: return u"空白"_s;
        case CellSource::NotFound: return u"未列出"_s;
        case CellSource::Text:
        case CellSource::Invalid: return u"“"_s + cell->raw.trimmed() + u"”"_s;
        case CellSource::Read: break;
        }
        return cell->raw.trimmed().isEmpty() ? u"空白"_s : u"“"_s + cell->raw.trimmed() + u"”"_s;
    }

    // The value after the corrections, when they changed the cell; else empty.
    QString correctedValue(const QString &id) const
    {
        const CellValue *cell = m_corrected.cell(id);
        if (!cell || !m_byCell.contains(id) || !cell->corrected)
            return {};
        return cell->value ? formatValue(*cell->value) : u"空白"_s;
    }

    const QList<Correction> corrections(const QString &id) const { return m_byCell.value(id); }

    OpinionCell cell(const QString &id) const
    {
        OpinionCell c;
        c.id = id;
        c.label = label(id);
        if (const CellSpec *s = spec(id))
            c.table = opinionTableName(s->table);
        c.printed = printed(id);
        c.value = correctedValue(id);
        return c;
    }

private:
    const Record &m_corrected;
    const Record &m_printed;
    const QStringList &m_labels;
    QHash<QString, QList<Correction>> m_byCell;
};

QString optionalText(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? formatValue(*v) : u"空白"_s;
}

// "审核时已更正：表三（七）总计·自然人由 28 改为 27（备注：…）" for the corrections of `cells`.
QString correctionWords(const Cells &cells, const QStringList &ids)
{
    QStringList parts;
    for (const QString &id : ids) {
        const QList<Correction> list = cells.corrections(id);
        if (list.isEmpty())
            continue;
        QStringList notes;
        for (const Correction &c : list)
            if (!c.note.trimmed().isEmpty() && !notes.contains(c.note.trimmed()))
                notes.append(c.note.trimmed());
        QString part = u"%1由 %2 改为 %3"_s.arg(cells.fullLabel(id), optionalText(list.first().from),
                                              optionalText(list.last().to));
        if (!notes.isEmpty())
            part += u"（备注："_s + notes.join(u"；"_s) + u"）"_s;
        parts.append(part);
    }
    return parts.join(u"；"_s);
}

// The hints of the best rank among those that change a cell of the finding.
QList<Hint> bestHints(const Record &printed, const Finding &finding)
{
    QList<Hint> relevant;
    for (const Hint &h : printed.hints)
        for (const HintChange &c : h.changes)
            if (finding.cells.contains(c.cell)) {
                relevant.append(h);
                break;
            }
    if (relevant.isEmpty())
        return {};
    const int best = std::min_element(relevant.begin(), relevant.end(), [](const Hint &a, const Hint &b) {
                         return a.rank < b.rank;
                     })->rank;
    relevant.removeIf([best](const Hint &h) { return h.rank != best; });
    return relevant;
}

QString hintWords(const Cells &cells, const QList<Hint> &hints)
{
    QStringList alternatives;
    for (const Hint &h : hints) {
        QStringList changes;
        for (const HintChange &c : h.changes)
            changes.append(u"%1应为 %2（报告为 %3）"_s.arg(cells.fullLabel(c.cell), formatValue(c.to), formatValue(c.from)));
        QString text = changes.join(u"，"_s);
        if (const QString slip = slipWords(h.rule); !slip.isEmpty())
            text += u"，"_s + slip;
        alternatives.append(text);
    }
    return alternatives.join(u"；或"_s);
}

OpinionFinding entryOf(const Cells &cells, const Finding &f, const QList<Hint> &hints)
{
    OpinionFinding o;
    o.kind = f.kind;
    o.rule = f.rule;
    o.words = f.message;
    for (const QString &id : f.cells) {
        OpinionCell c = cells.cell(id);
        QStringList tos;
        for (const Hint &h : hints)
            for (const HintChange &change : h.changes)
                if (change.cell == id && !tos.contains(formatValue(change.to)))
                    tos.append(formatValue(change.to));
        if (tos.size() == 1)
            c.likely = tos.first();
        o.cells.append(c);
    }
    o.likely = hintWords(cells, hints);
    return o;
}

// Single-cell findings of these rules are gathered by row (a blank row is one entry, not seven).
bool isCellRule(const OpinionFinding &f)
{
    static const QSet<QString> rules = {u"blank"_s, u"not_found"_s, u"text"_s, u"invalid"_s};
    return f.kind == FindingKind::Missing && f.cells.size() == 1 && rules.contains(f.rule);
}

QString cellRuleWords(const QString &rule)
{
    if (rule == u"blank")
        return u"单元格空白，不能当作 0，请核对原文后填写"_s;
    if (rule == u"not_found")
        return u"报告中没有找到这些单元格"_s;
    if (rule == u"text")
        return u"填写的是文字（表示无此项），不是数字，如确为 0 请填 0"_s;
    return u"内容不是有效数字，请核对后填写"_s;
}

// Gathers the entries of isCellRule of one row (same rule, same state), and a table none of
// whose cells was found into one entry.
QList<OpinionFinding> gatherCells(const Record &record, const Cells &cells, QList<OpinionFinding> entries)
{
    const Schema &schema = record.schema();
    auto rowOf = [&](const OpinionFinding &f) {
        const CellSpec *s = schema.find(f.cells.first().id);
        return s ? s->rowKey : f.cells.first().id;
    };
    QList<OpinionFinding> out;
    for (qsizetype i = 0; i < entries.size();) {
        OpinionFinding f = entries.at(i);
        qsizetype j = i + 1;
        if (isCellRule(f)) {
            while (j < entries.size() && isCellRule(entries.at(j)) && entries.at(j).rule == f.rule
                   && entries.at(j).state == f.state && rowOf(entries.at(j)) == rowOf(f)) {
                f.cells.append(entries.at(j).cells.first());
                if (!entries.at(j).handling.isEmpty() && !f.handling.contains(entries.at(j).handling))
                    f.handling += (f.handling.isEmpty() ? QString() : u"；"_s) + entries.at(j).handling;
                ++j;
            }
            if (j - i > 1) {
                const CellSpec *s = schema.find(f.cells.first().id);
                QStringList columns;
                for (const OpinionCell &c : std::as_const(f.cells))
                    if (const CellSpec *cs = schema.find(c.id))
                        columns.append(shortColumnLabel(*cs));
                const QString row = s ? opinionTableName(s->table) + shortRowLabel(*s) : QString();
                f.words = u"%1：%2共 %3 个单元格%4"_s.arg(row, columns.join(u"、"_s)).arg(f.cells.size())
                              .arg(cellRuleWords(f.rule));
            }
        }
        out.append(f);
        i = j;
    }
    // A whole table not found: one entry.
    for (TableSection table : {TableSection::Active, TableSection::Apply, TableSection::Review}) {
        qsizetype tableCells = 0;
        for (const CellSpec &s : schema.cells())
            tableCells += s.table == table;
        QList<qsizetype> rows;
        qsizetype found = 0;
        for (qsizetype i = 0; i < out.size(); ++i) {
            const OpinionFinding &f = out.at(i);
            if (f.rule != u"not_found" || f.state != OpinionState::Open)
                continue;
            const CellSpec *s = schema.find(f.cells.first().id);
            if (s && s->table == table) {
                rows.append(i);
                found += f.cells.size();
            }
        }
        if (found != tableCells || rows.size() < 2)
            continue;
        OpinionFinding whole = out.at(rows.first());
        for (qsizetype k = 1; k < rows.size(); ++k)
            whole.cells += out.at(rows.at(k)).cells;
        whole.words = u"%1（%2）：报告中没有找到这张统计表，共 %3 个单元格未能读出"_s
                          .arg(opinionTableName(table), tableSectionLabel(table))
                          .arg(whole.cells.size());
        for (qsizetype k = rows.size() - 1; k >= 1; --k)
            out.removeAt(rows.at(k));
        out[rows.first()] = whole;
    }
    Q_UNUSED(cells);
    return out;
}

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.kind == b.kind && a.rule == b.rule && a.cells == b.cells;
}

// The record as the report printed it: every corrected cell back to the value before its first
// correction, no corrections, checked again (findings, hints, the reviewer's settlements).
Record printedRecord(const Record &corrected)
{
    Record printed = corrected;
    QSet<QString> seen;
    for (const Correction &c : corrected.corrections) {
        if (seen.contains(c.cell))
            continue;
        seen.insert(c.cell);
        if (CellValue *cell = printed.cell(c.cell)) {
            cell->value = c.from;
            cell->corrected = false;
        }
    }
    printed.corrections.clear();
    recheck(printed);
    return printed;
}

} // namespace

OpinionReport buildOpinion(const Record &corrected, const OpinionSource &source)
{
    OpinionReport report;
    report.agency = corrected.agency;
    report.year = corrected.year;
    report.format = formatName(corrected.format);
    report.reportFile = source.reportFile.isEmpty() ? corrected.sourceFile : source.reportFile;
    report.source = source.source;
    report.status = source.status;
    report.statusNote = source.statusNote;
    report.tablesNotRead = !corrected.facts.tablesFound;
    report.violations = corrected.hasViolations();

    const Record printed = corrected.corrections.isEmpty() ? corrected : printedRecord(corrected);
    const Cells cells(corrected, printed);

    QList<OpinionFinding> entries;
    QList<bool> matched(corrected.findings.size(), false);
    for (const Finding &f : printed.findings) {
        qsizetype now = -1;
        for (qsizetype i = 0; i < corrected.findings.size(); ++i)
            if (!matched.at(i) && sameFinding(corrected.findings.at(i), f)) {
                now = i;
                break;
            }
        const FindingStatus status = now >= 0 ? corrected.findings.at(now).status : f.status;
        if (now >= 0)
            matched[now] = true;
        if (status == FindingStatus::Dismissed) {
            ++report.dismissed;
            continue;
        }
        OpinionFinding o = entryOf(cells, f, f.kind == FindingKind::Violation ? bestHints(printed, f) : QList<Hint>{});
        const QString changed = correctionWords(cells, f.cells);
        if (now < 0) {
            o.state = OpinionState::Corrected;
            o.handling = changed.isEmpty() ? u"审核修改其他单元格后，此问题已不存在"_s : u"审核时已更正："_s + changed;
        } else if (status == FindingStatus::Confirmed) {
            o.state = OpinionState::Confirmed;
            const QString reason = corrected.findings.at(now).reason;
            o.handling = u"经核实确属报告错误"_s + (reason.isEmpty() ? QString() : u"（"_s + reason + u"）"_s)
                         + u"，请更正"_s;
        } else {
            o.handling = changed.isEmpty() ? u"请核实并更正"_s
                                           : u"审核时已修改："_s + changed + u"；问题仍然存在，请核实"_s;
        }
        entries.append(o);
    }
    // Findings the corrections brought about (a value typed that breaks another relation).
    for (qsizetype i = 0; i < corrected.findings.size(); ++i) {
        const Finding &f = corrected.findings.at(i);
        if (matched.at(i))
            continue;
        if (f.status == FindingStatus::Dismissed) {
            ++report.dismissed;
            continue;
        }
        OpinionFinding o = entryOf(cells, f, {});
        o.state = f.status == FindingStatus::Confirmed ? OpinionState::Confirmed : OpinionState::Open;
        o.handling = u"审核修改后出现："_s + correctionWords(cells, f.cells) + u"，请核实"_s;
        entries.append(o);
    }
    // In the checks' order: violations, missing, warnings (stable within each kind).
    std::stable_sort(entries.begin(), entries.end(),
                     [](const OpinionFinding &a, const OpinionFinding &b) { return int(a.kind) < int(b.kind); });
    report.findings = gatherCells(corrected, cells, entries);

    for (const Correction &c : corrected.corrections) {
        OpinionCorrection oc;
        oc.cell = c.cell;
        oc.label = cells.fullLabel(c.cell);
        oc.from = optionalText(c.from);
        oc.to = optionalText(c.to);
        oc.note = c.note;
        oc.at = c.at;
        report.corrections.append(oc);
    }
    return report;
}

} // namespace nianbao
