// SPDX-License-Identifier: GPL-3.0-or-later
// Repair hints (Hints.h). The relations are linear: changing cell i by d moves the difference
// (left − right) of every relation holding i by ±d. Each format's relations become, once, an
// incidence list per cell and a bit mask of the relations it belongs to; a record then costs one
// pass for the differences and, only when no single cell fits, a pass over the pairs of cells of
// the failing relations, most of them rejected by one mask test.
#include "core/rules/Hints.h"

#include "core/rules/Messages.h"
#include "core/rules/RuleChecks.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

constexpr qsizetype kMaxHints = 12;
using Mask = std::bitset<128>; // 42 relations today

struct Incidence
{
    int relation;
    int coef; // +1 on the left side, −1 on the right
};

struct Model
{
    const QList<rules::RelationCells> *relations = nullptr;
    QList<QList<Incidence>> byCell;
    QList<Mask> mask;
    QList<int> rowPos, colPos; // for neighbours: the row's place in its table, the column's in its row
};

Model buildModel(FormatVersion f)
{
    Model m;
    const Schema &schema = Schema::get(f);
    m.relations = &rules::relationCells(f);
    m.byCell.resize(schema.size());
    m.mask.resize(schema.size());
    for (int k = 0; k < m.relations->size() && k < int(Mask().size()); ++k) {
        const rules::RelationCells &r = m.relations->at(k);
        auto add = [&](int cell, int coef) {
            for (Incidence &inc : m.byCell[cell])
                if (inc.relation == k) {
                    inc.coef += coef;
                    return;
                }
            m.byCell[cell].append({k, coef});
            m.mask[cell].set(k);
        };
        for (int i : r.left)
            add(i, 1);
        for (int i : r.right)
            add(i, -1);
    }
    // In one pass (as Schema::rowKeys and Schema::columnKeys count them; asking them cell by cell
    // cost more than the hints themselves): a row's place among its table's rows, a column's
    // among its row's cells.
    QHash<TableSection, QStringList> rowsOf;
    QHash<QString, QStringList> columnsOf;
    for (qsizetype i = 0; i < schema.size(); ++i) {
        const CellSpec &spec = schema.at(i);
        QStringList &rows = rowsOf[spec.table];
        if (rows.isEmpty() || rows.constLast() != spec.rowKey)
            rows.append(spec.rowKey);
        QStringList &columns = columnsOf[spec.rowKey];
        columns.append(spec.columnKey);
        m.rowPos.append(int(rows.indexOf(spec.rowKey)));
        m.colPos.append(int(columns.indexOf(spec.columnKey)));
    }
    return m;
}

// Built when first needed, each format apart (a check reads one).
const Model &model(FormatVersion f)
{
    if (f == FormatVersion::V2021) {
        static const Model m2021 = buildModel(FormatVersion::V2021);
        return m2021;
    }
    static const Model m2019 = buildModel(FormatVersion::V2019);
    return m2019;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)});
}

int coefIn(const Model &m, int cell, int relation)
{
    for (const Incidence &inc : m.byCell.at(cell))
        if (inc.relation == relation)
            return inc.coef;
    return 0;
}

// The state of the relations for one record.
struct Differences
{
    std::vector<double> diff; // left − right
    Mask failing, holding;    // neither: a cell of it is missing (not evaluated)
};

Differences differences(const Model &m, const Record &record)
{
    Differences d;
    d.diff.assign(m.relations->size(), 0.0);
    for (int k = 0; k < m.relations->size() && k < int(Mask().size()); ++k) {
        const rules::RelationCells &r = m.relations->at(k);
        const std::optional<double> left = rules::relationSum(record, r.left);
        const std::optional<double> right = left ? rules::relationSum(record, r.right) : std::nullopt;
        if (!left || !right || !std::isfinite(*left) || !std::isfinite(*right))
            continue;
        d.diff[k] = *left - *right;
        (near(*left, *right) ? d.holding : d.failing).set(k);
    }
    return d;
}

// A candidate: the changes, and its score (lower is likelier).
struct Candidate
{
    QList<QPair<int, double>> changes; // cell index, new value
    QString rule;
    int score = 0;
};

// Relation 5 for the new value (the rule of validateValue, without building its message).
bool fits(const Record &record, int cell, double to)
{
    if (!std::isfinite(to))
        return false;
    switch (record.schema().at(cell).kind) {
    case ValueKind::Count: return to >= 0 && to == std::trunc(to);
    case ValueKind::SignedCount: return to == std::trunc(to);
    case ValueKind::Amount: return to >= 0;
    }
    return false;
}

bool adjacent(const Model &m, const Schema &schema, int a, int b)
{
    const CellSpec &x = schema.at(a), &y = schema.at(b);
    if (x.table != y.table)
        return false;
    if (x.rowKey == y.rowKey)
        return std::abs(m.colPos.at(a) - m.colPos.at(b)) == 1;
    return x.columnKey == y.columnKey && std::abs(m.rowPos.at(a) - m.rowPos.at(b)) == 1;
}

// Single cells: every failing relation holds the cell, no holding one does, and one d fits all.
QList<Candidate> singles(const Model &m, const Record &record, const Differences &d, const QList<int> &cells)
{
    QList<Candidate> out;
    for (int i : cells) {
        if ((m.mask.at(i) & d.failing) != d.failing || (m.mask.at(i) & d.holding).any())
            continue;
        std::optional<double> delta;
        bool ok = true;
        for (const Incidence &inc : m.byCell.at(i)) {
            if (!d.failing.test(inc.relation) || inc.coef == 0)
                continue;
            const double needed = -d.diff.at(inc.relation) / inc.coef;
            if (!delta)
                delta = needed;
            ok = ok && near(*delta, needed);
        }
        const double from = *rules::valueAt(record, i);
        if (!ok || !delta || near(*delta, 0) || !fits(record, i, from + *delta))
            continue;
        const double to = from + *delta;
        const QString slip = digitSlip(from, to);
        out.append({{{i, to}}, slip.isEmpty() ? u"hint.cell"_s : slip, slip.isEmpty() ? 1 : 0});
    }
    return out;
}

// Two cells i, j: solves a·di + b·dj = c over the relations holding either (failing ones to fix,
// holding ones to keep). Underdetermined systems (one equation, in effect) are answered only by
// the neighbour slip: one of the two takes the other's printed value.
std::optional<Candidate> pair(const Model &m, const Record &record, const Differences &d, int i, int j)
{
    struct Eq
    {
        double a, b, c;
    };
    QVarLengthArray<Eq, 8> eqs;
    const Mask both = (m.mask.at(i) | m.mask.at(j)) & (d.failing | d.holding);
    for (const QList<Incidence> *list : {&m.byCell.at(i), &m.byCell.at(j)})
        for (const Incidence &inc : *list) {
            if (!both.test(inc.relation))
                continue;
            const Eq e{double(coefIn(m, i, inc.relation)), double(coefIn(m, j, inc.relation)), -d.diff.at(inc.relation)};
            eqs.append(e); // a relation holding both appears twice: the same equation, harmless
        }
    const double vi = *rules::valueAt(record, i), vj = *rules::valueAt(record, j);
    auto solves = [&](double di, double dj) {
        for (const Eq &e : eqs)
            if (!near(e.a * di + e.b * dj, e.c))
                return false;
        return !near(di, 0) && !near(dj, 0) && fits(record, i, vi + di) && fits(record, j, vj + dj);
    };
    const bool neighbours = adjacent(m, record.schema(), i, j);
    auto candidate = [&](double di, double dj) -> std::optional<Candidate> {
        if (!solves(di, dj))
            return std::nullopt;
        const bool slip = neighbours && (near(vi + di, vj) || near(vj + dj, vi));
        return Candidate{{{i, vi + di}, {j, vj + dj}}, slip ? u"hint.neighbour_cell"_s : u"hint.cells"_s, slip ? 2 : 3};
    };
    for (qsizetype p = 0; p < eqs.size(); ++p)
        for (qsizetype q = p + 1; q < eqs.size(); ++q) {
            const Eq &e = eqs.at(p), &f = eqs.at(q);
            const double det = e.a * f.b - e.b * f.a;
            if (near(det, 0))
                continue;
            return candidate((e.c * f.b - e.b * f.c) / det, (e.a * f.c - e.c * f.a) / det);
        }
    // One equation in effect: only the neighbour slip picks a solution.
    if (!neighbours || eqs.isEmpty())
        return std::nullopt;
    const Eq &e = eqs.first();
    if (e.a != 0) { // j takes i's printed value
        const double dj = vi - vj;
        if (auto c = candidate((e.c - e.b * dj) / e.a, dj))
            return c;
    }
    if (e.b != 0) { // i takes j's printed value
        const double di = vj - vi;
        return candidate(di, (e.c - e.a * di) / e.b);
    }
    return std::nullopt;
}

const char *slipText(const QString &rule)
{
    if (rule == u"hint.swapped_digits")
        return QT_TRANSLATE_NOOP("nianbao::Rules", "（疑为两位数字颠倒）");
    if (rule == u"hint.dropped_digit")
        return QT_TRANSLATE_NOOP("nianbao::Rules", "（疑为漏了一位数字）");
    if (rule == u"hint.doubled_digit")
        return QT_TRANSLATE_NOOP("nianbao::Rules", "（疑为多打了一位重复的数字）");
    if (rule == u"hint.neighbour_cell")
        return QT_TRANSLATE_NOOP("nianbao::Rules", "（疑为数值填进了相邻的单元格）");
    return nullptr;
}

// The words of a hint in pieces marked for translation (Hint::text); Hint::message is their Chinese.
QList<MessageText> message(const Record &record, const Candidate &c, int failing, int sameRank)
{
    const QStringList &labels = cellLabels(record.format);
    QList<MessageText> parts{rules::rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "把"))};
    bool first = true;
    for (const auto &[cell, to] : c.changes) {
        if (!first)
            parts.append(rules::rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "、")));
        first = false;
        parts.append(rules::rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "“%1”从 %2 改为 %3"),
                               {labels.at(cell), formatValue(*rules::valueAt(record, cell)), formatValue(to)}));
    }
    parts.append(rules::rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "，不成立的 %1 处勾稽关系全部成立，其余不受影响"),
                           {QString::number(failing)}));
    if (const char *slip = slipText(c.rule))
        parts.append(rules::rulesText(slip));
    if (sameRank > 1)
        parts.append(rules::rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "；另有 %1 种改法同样说得通，无法确定是哪一处，请对照原文"),
                               {QString::number(sameRank - 1)}));
    return parts;
}

QString digits(double v)
{
    return QString::number(qint64(v));
}

bool isCount(double v)
{
    return std::isfinite(v) && v >= 0 && v < 1e15 && v == std::trunc(v);
}

} // namespace

QString digitSlip(double printed, double right)
{
    if (!isCount(printed) || !isCount(right) || printed == right)
        return {};
    const QString a = digits(printed), b = digits(right);
    if (a.size() == b.size()) {
        QList<qsizetype> differ;
        for (qsizetype p = 0; p < a.size(); ++p)
            if (a.at(p) != b.at(p))
                differ.append(p);
        if (differ.size() == 2 && differ.at(1) == differ.at(0) + 1 && a.at(differ.at(0)) == b.at(differ.at(1))
            && a.at(differ.at(1)) == b.at(differ.at(0)))
            return u"hint.swapped_digits"_s;
        return {};
    }
    if (a.size() + 1 == b.size()) {
        for (qsizetype p = 0; p < b.size(); ++p)
            if (QString(b).remove(p, 1) == a)
                return u"hint.dropped_digit"_s;
        return {};
    }
    if (a.size() == b.size() + 1) {
        for (qsizetype p = 0; p + 1 < a.size(); ++p)
            if (a.at(p) == a.at(p + 1) && QString(a).remove(p, 1) == b)
                return u"hint.doubled_digit"_s;
    }
    return {};
}

QList<Hint> repairHints(const Record &record)
{
    if (record.cells.size() != record.schema().size())
        return {};
    const Model &m = model(record.format);
    const Differences d = differences(m, record);
    if (d.failing.none())
        return {};

    QList<int> cells; // the cells of the failing relations that have a value
    for (int i = 0; i < m.mask.size(); ++i) {
        const std::optional<double> v = rules::valueAt(record, i);
        if ((m.mask.at(i) & d.failing).any() && v && std::isfinite(*v))
            cells.append(i);
    }
    QList<Candidate> found = singles(m, record, d, cells);
    if (found.isEmpty())
        for (qsizetype a = 0; a < cells.size(); ++a)
            for (qsizetype b = a + 1; b < cells.size(); ++b) {
                const int i = cells.at(a), j = cells.at(b);
                if (((m.mask.at(i) | m.mask.at(j)) & d.failing) != d.failing)
                    continue;
                if (auto c = pair(m, record, d, i, j))
                    found.append(*c);
            }
    std::stable_sort(found.begin(), found.end(), [](const Candidate &x, const Candidate &y) { return x.score < y.score; });
    if (found.size() > kMaxHints)
        found.resize(kMaxHints);

    QStringList fixes;
    for (int k = 0; k < m.relations->size(); ++k)
        if (d.failing.test(k) && !fixes.contains(m.relations->at(k).rule))
            fixes.append(m.relations->at(k).rule);
    const int failing = int(d.failing.count());
    QList<Hint> hints;
    int rank = 0, lastScore = -1;
    for (const Candidate &c : found) {
        if (c.score != lastScore)
            ++rank, lastScore = c.score;
        const int sameRank = int(std::count_if(found.cbegin(), found.cend(),
                                               [&](const Candidate &o) { return o.score == c.score; }));
        Hint h{c.rule, {}, fixes, {}, rank, message(record, c, failing, sameRank)};
        for (const MessageText &part : h.text)
            h.message += part.chinese();
        for (const auto &[cell, to] : c.changes)
            h.changes.append({record.schema().at(cell).id, *rules::valueAt(record, cell), to});
        hints.append(std::move(h));
    }
    return hints;
}

} // namespace nianbao
