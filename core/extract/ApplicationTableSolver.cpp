// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/ApplicationTableSolver.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <vector>

namespace nianbao {

namespace {

constexpr int kColumns = 7;
constexpr qsizetype kMaxStates = 200'000;   // partial column sums kept by the search
constexpr qint64 kMaxCombinations = 100'000; // readings of the four rows of relation 1
constexpr qint64 kCountCap = 1'000'000'000'000'000; // 10^15

using Vec = std::array<qint64, kColumns>;

Vec vecOf(const RunSplit &s)
{
    Vec v{};
    const QList<qint64> counts = s.counts();
    for (int i = 0; i < kColumns && i < counts.size(); ++i)
        v[i] = counts[i];
    return v;
}

Vec plus(Vec a, const Vec &b)
{
    for (int i = 0; i < kColumns; ++i)
        a[i] += b[i];
    return a;
}

// A table reading's cost: the sums of the rows' reading costs, then the rows' own ranks read from
// the top of the table (a person keeps the preferred reading of the earlier rows).
struct Cost
{
    int longest = 0;
    int multi = 0;
    std::vector<int> ranks;
    Cost plus(const Cost &o) const
    {
        Cost c{longest + o.longest, multi + o.multi, ranks};
        c.ranks.insert(c.ranks.end(), o.ranks.begin(), o.ranks.end());
        return c;
    }
    friend auto operator<=>(const Cost &, const Cost &) = default;
};

Cost costOf(const RunSplit &s, int rank)
{
    const ReadingCost c = readingCost(s);
    return {c.longestCell, c.multiDigitCells, {rank}};
}

qint64 addCapped(qint64 a, qint64 b) { return std::min(kCountCap, a + b); }

struct DpEntry
{
    qint64 count = 0;
    Cost cost;
    Vec prev{};
    int candidate = -1;
};

struct Solved
{
    bool applied = false; // some relation could be used and the search stayed within its caps
    qint64 count = 0;
    QList<int> choice;
    QList<bool> constrained; // the row takes part in a relation that was applied
};

// One search over the table; `only` restricts row only.first to candidate only.second.
Solved solveOnce(const QList<SolverRow> &rows, std::pair<int, int> only = {-1, -1})
{
    Solved out;
    const qsizetype n = rows.size();
    out.choice = QList<int>(n, -1);
    out.constrained = QList<bool>(n, false);
    auto candidateIndexes = [&](int r) {
        QList<int> idx;
        for (int k = 0; k < rows[r].candidates.size(); ++k)
            if (only.first != r || only.second == k)
                idx.append(k);
        return idx;
    };
    QList<int> outcomes;
    int special[4] = {-1, -1, -1, -1}; // new, carried over, total, carried forward
    bool outcomesComplete = true;
    for (int r = 0; r < n; ++r) {
        const bool present = !rows[r].candidates.isEmpty();
        switch (rows[r].role) {
        case ApplyRole::Outcome:
            outcomes.append(r);
            outcomesComplete = outcomesComplete && present;
            break;
        case ApplyRole::New: if (special[0] < 0 && present) special[0] = r; break;
        case ApplyRole::CarriedOver: if (special[1] < 0 && present) special[1] = r; break;
        case ApplyRole::Total: if (special[2] < 0 && present) special[2] = r; break;
        case ApplyRole::CarriedForward: if (special[3] < 0 && present) special[3] = r; break;
        }
    }
    const bool rel2 = special[2] >= 0 && !outcomes.isEmpty() && outcomesComplete;
    const bool rel1 = special[0] >= 0 && special[1] >= 0 && special[2] >= 0 && special[3] >= 0;
    if (!rel1 && !rel2)
        return out;

    // Relation 2: every reachable sum of the outcome rows, with its count and best reading.
    std::vector<std::map<Vec, DpEntry>> layers(1);
    layers[0][Vec{}] = DpEntry{1, {}, {}, -1};
    if (rel2) {
        for (int r : outcomes) {
            std::map<Vec, DpEntry> next;
            const QList<int> idx = candidateIndexes(r);
            for (const auto &[sum, entry] : layers.back()) {
                for (int k : idx) {
                    const Vec s = plus(sum, vecOf(rows[r].candidates[k]));
                    const Cost c = entry.cost.plus(costOf(rows[r].candidates[k], k));
                    auto it = next.find(s);
                    if (it == next.end()) {
                        next.emplace(s, DpEntry{entry.count, c, sum, k});
                    } else {
                        it->second.count = addCapped(it->second.count, entry.count);
                        if (c < it->second.cost) {
                            it->second.cost = c;
                            it->second.prev = sum;
                            it->second.candidate = k;
                        }
                    }
                }
            }
            if (qsizetype(next.size()) > kMaxStates)
                return out;
            layers.push_back(std::move(next));
        }
    }

    // The four rows of relation 1 (those present), every combination.
    QList<QList<int>> lists;
    qint64 combinations = 1;
    for (int s : special) {
        lists.append(s >= 0 ? candidateIndexes(s) : QList<int>{-1});
        combinations *= std::max<qsizetype>(1, lists.last().size());
        if (combinations > kMaxCombinations)
            return out;
    }
    out.applied = true;
    std::optional<Cost> best;
    std::array<int, 4> bestPick{};
    std::array<int, 4> pick{};
    for (qint64 c = 0; c < combinations; ++c) {
        qint64 rest = c;
        Vec v[4]{};
        Cost cost, after; // the rows before the outcome rows, and after them
        for (int i = 0; i < 4; ++i) {
            const auto &l = lists[i];
            pick[i] = l.isEmpty() ? -1 : l[rest % l.size()];
            rest /= std::max<qsizetype>(1, l.size());
            if (pick[i] >= 0) {
                v[i] = vecOf(rows[special[i]].candidates[pick[i]]);
                Cost &part = i < 2 ? cost : after;
                part = part.plus(costOf(rows[special[i]].candidates[pick[i]], pick[i]));
            }
        }
        if (lists[0].isEmpty() || lists[1].isEmpty() || lists[2].isEmpty() || lists[3].isEmpty())
            continue; // a restricted row without its candidate
        if (rel1 && plus(v[0], v[1]) != plus(v[2], v[3]))
            continue;
        qint64 count = 1;
        if (rel2) {
            const auto it = layers.back().find(v[2]);
            if (it == layers.back().end())
                continue;
            count = it->second.count;
            cost = cost.plus(it->second.cost);
        }
        cost = cost.plus(after);
        out.count = addCapped(out.count, count);
        if (!best || cost < *best) {
            best = cost;
            bestPick = pick;
        }
    }
    if (!best)
        return out;
    for (int i = 0; i < 4; ++i) {
        if (special[i] >= 0) {
            out.choice[special[i]] = bestPick[i];
            out.constrained[special[i]] = rel1 || (i == 2 && rel2);
        }
    }
    if (rel2) {
        Vec at = vecOf(rows[special[2]].candidates[bestPick[2]]);
        for (qsizetype l = outcomes.size(); l > 0; --l) {
            const DpEntry &e = layers[l].at(at);
            out.choice[outcomes[l - 1]] = e.candidate;
            out.constrained[outcomes[l - 1]] = true;
            at = e.prev;
        }
    }
    return out;
}

} // namespace

TableChoice solveApplicationTable(const QList<SolverRow> &rows)
{
    TableChoice choice;
    for (const SolverRow &r : rows) {
        choice.chosen.append(r.candidates.isEmpty() ? -1 : 0);
        choice.alternatives.append(std::max<int>(0, int(r.candidates.size()) - 1));
        QList<int> all;
        for (int k = 0; k < r.candidates.size(); ++k)
            all.append(k);
        choice.usable.append(all);
    }
    const Solved all = solveOnce(rows);
    if (!all.applied || all.count == 0)
        return choice; // each row keeps its own preferred reading
    choice.relationsApplied = true;
    choice.fitting = all.count;
    for (int r = 0; r < rows.size(); ++r) {
        if (!all.constrained[r])
            continue;
        choice.chosen[r] = all.choice[r];
        QList<int> usable;
        for (int k = 0; k < rows[r].candidates.size(); ++k)
            if (rows[r].candidates.size() == 1 || solveOnce(rows, {r, k}).count > 0)
                usable.append(k);
        choice.alternatives[r] = std::max<int>(0, int(usable.size()) - 1);
        choice.usable[r] = usable;
    }
    return choice;
}

} // namespace nianbao
