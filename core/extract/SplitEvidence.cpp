// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/SplitEvidence.h"

#include "core/util/TextNormalize.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// ---------------------------------------------------------------------------------------------
// The prose.

enum class Verb { None, Issued, Repealed, InForce };

struct Found
{
    qsizetype at = -1;
    Verb verb = Verb::None;
};

// The first verb of a document count in the clause.
Found verbIn(QStringView clause)
{
    static const struct
    {
        const char16_t *word;
        Verb verb;
    } verbs[] = {{u"现行有效", Verb::InForce}, {u"清理废止", Verb::Repealed}, {u"废止", Verb::Repealed},
                 {u"废除", Verb::Repealed},     {u"宣布失效", Verb::Repealed}, {u"制发", Verb::Issued},
                 {u"制定", Verb::Issued},       {u"出台", Verb::Issued},       {u"印发", Verb::Issued},
                 {u"发布", Verb::Issued}};
    Found best;
    for (const auto &v : verbs) {
        const qsizetype at = clause.indexOf(QStringView(v.word));
        if (at >= 0 && (best.at < 0 || at < best.at))
            best = Found{at, v.verb};
    }
    return best;
}

// "规章" or "规范性文件", whichever the clause names last.
QString subjectIn(QStringView clause)
{
    const qsizetype regulation = clause.lastIndexOf(u"规章");
    const qsizetype normative = clause.lastIndexOf(u"规范性文件");
    if (regulation < 0 && normative < 0)
        return {};
    return normative > regulation ? u"normative"_s : u"regulations"_s;
}

bool containsAnyOf(QStringView s, std::initializer_list<const char16_t *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char16_t *w) { return s.contains(QStringView(w)); });
}

struct Number
{
    double value = 0;
    QString unit;
    qsizetype start = -1; // in the clause
    qsizetype length = 0;
};

// The first number with a unit in the clause at or after `from`.
std::optional<Number> numberIn(QStringView clause, qsizetype from)
{
    static const QRegularExpression re(u"(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(件|份|个|项|起|宗|批次|万元|元)"_s);
    const QString s = clause.toString();
    const auto m = re.match(s, std::max<qsizetype>(0, from));
    if (!m.hasMatch())
        return std::nullopt;
    return Number{m.captured(1).toDouble(), m.captured(2), m.capturedStart(1), m.capturedLength(1)};
}

bool isCountUnit(const QString &u) { return u == u"件" || u == u"份" || u == u"起" || u == u"宗"; }

// A clause names a year other than the report's.
bool namesOtherYear(QStringView clause, int reportYear)
{
    static const QRegularExpression year(u"((?:19|20)\\d\\d)\\s*年"_s);
    for (auto it = year.globalMatch(clause.toString()); it.hasNext();) {
        const int y = it.next().captured(1).toInt();
        if (reportYear <= 0 || y != reportYear)
            return true;
    }
    return false;
}

struct ClauseState
{
    QString subject; // inherited within a sentence
    Verb verb = Verb::None;
};

QString documentColumn(Verb verb, FormatVersion format)
{
    if (format == FormatVersion::V2019)
        return verb == Verb::Issued ? u"made"_s : QString();
    switch (verb) {
    case Verb::Issued: return u"issued"_s;
    case Verb::Repealed: return u"repealed"_s;
    case Verb::InForce: return u"in_force"_s;
    case Verb::None: break;
    }
    return {};
}

// The cell a clause quotes, with its value, or nothing.
std::optional<ProseCount> clauseCount(QStringView clause, FormatVersion format, ClauseState &state)
{
    const bool v21 = format == FormatVersion::V2021;
    if (containsAnyOf(clause, {u"采购"}) && !v21) {
        if (containsAnyOf(clause, {u"信息", u"公告"}))
            return std::nullopt;
        const auto n = numberIn(clause, 0);
        if (!n)
            return std::nullopt;
        if (n->unit == u"元" || n->unit == u"万元")
            return ProseCount{u"active.procurement.amount"_s, n->unit == u"万元" ? n->value * 10000 : n->value, {n->start, n->length}};
        if (n->unit == u"个" || n->unit == u"项" || n->unit == u"批次")
            return ProseCount{u"active.procurement.projects"_s, n->value, {n->start, n->length}};
        return std::nullopt;
    }
    if (clause.contains(u"收费") && !clause.contains(u"信息处理费") && v21) {
        const auto n = numberIn(clause, clause.indexOf(u"收费"));
        if (n && (n->unit == u"万元" || n->unit == u"元"))
            return ProseCount{u"active.fees.amount"_s, n->unit == u"元" ? n->value / 10000 : n->value, {n->start, n->length}};
        return std::nullopt;
    }
    static const struct
    {
        const char16_t *word;
        const char16_t *cell;
    } decisions[] = {{u"行政许可", u"active.licensing.decisions"},
                     {u"行政处罚", u"active.penalty.decisions"},
                     {u"行政强制", u"active.coercion.decisions"}};
    for (const auto &d : decisions) {
        const qsizetype at = clause.indexOf(QStringView(d.word));
        if (at < 0)
            continue;
        if (!containsAnyOf(clause, {u"决定", u"作出", u"办理", u"办结", u"案件", u"实施"}))
            return std::nullopt;
        const auto n = numberIn(clause, at);
        if (n && isCountUnit(n->unit))
            return ProseCount{QString::fromUtf16(d.cell), n->value, {n->start, n->length}};
        return std::nullopt;
    }
    // 规章 / 规范性文件: the subject and the verb may stand in an earlier clause of the sentence.
    const QString subject = subjectIn(clause);
    const Found verb = verbIn(clause);
    if (!subject.isEmpty())
        state.subject = subject;
    if (verb.verb != Verb::None)
        state.verb = verb.verb;
    if (containsAnyOf(clause, {u"解读", u"信息", u"政策"}) || state.subject.isEmpty() || state.verb == Verb::None)
        return std::nullopt;
    const QString column = documentColumn(state.verb, format);
    const auto n = numberIn(clause, std::max<qsizetype>(0, verb.at));
    if (column.isEmpty() || !n || !isCountUnit(n->unit))
        return std::nullopt;
    return ProseCount{u"active."_s + state.subject + u'.' + column, n->value, {n->start, n->length}};
}

bool isSentenceEnd(QChar c) { return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u';' || c == u'\n'; }
bool isClauseEnd(QChar c) { return c == u'，' || c == u',' || c == u'、'; }

bool overlaps(Span a, qsizetype start, qsizetype end)
{
    return a.isValid() && start < a.end() && a.start < end;
}

// ---------------------------------------------------------------------------------------------
// Plausibility.

int decimalsOf(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    return dot < 0 ? 0 : int(text.size() - dot - 1);
}

int columnOf(const RowContext &row, const QString &key) { return int(row.columns.indexOf(key)); }

double yuan(double amount, AmountUnit unit)
{
    return unit == AmountUnit::Yuan ? amount : amount * 10000; // unknown: 万元, the weaker bound
}

bool near(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); }

// The claim agrees with the cell's value (procurement amounts compared in 元).
bool agrees(const RowContext &row, const QString &column, double cell, double claim)
{
    if (row.rowKey == u"active.procurement" && column == u"amount") {
        if (row.unit == AmountUnit::Unknown)
            return near(cell, claim) || near(cell * 10000, claim);
        return near(yuan(cell, row.unit), claim);
    }
    return near(cell, claim);
}

// Preferences broken (lower is better): counts in force below this year's new ones.
int preferenceCost(const RunSplit &r, const RowContext &row)
{
    int cost = 0;
    auto below = [&](const QString &small, const QString &large) {
        const int s = columnOf(row, small), l = columnOf(row, large);
        if (s >= 0 && l >= 0 && s < r.cells.size() && l < r.cells.size() && r.cells[l].value < r.cells[s].value)
            ++cost;
    };
    below(u"issued"_s, u"in_force"_s);
    below(u"published"_s, u"total_published"_s);
    return cost;
}

} // namespace

QList<ProseCount> findProseCounts(const QString &text, FormatVersion format, int reportYear, Span exclude)
{
    QList<ProseCount> out;
    const QString folded = foldWidth(text); // one character for one: offsets stay valid
    qsizetype sentence = 0;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && !isSentenceEnd(folded.at(i)))
            continue;
        ClauseState state;
        qsizetype clause = sentence;
        for (qsizetype j = sentence; j <= i; ++j) {
            if (j < i && !isClauseEnd(folded.at(j)))
                continue;
            const QStringView c = QStringView(folded).mid(clause, j - clause);
            if (overlaps(exclude, clause, j) || namesOtherYear(c, reportYear)
                || containsAnyOf(c, {u"上年", u"去年", u"上一年", u"同比", u"增长", u"减少", u"增加"})) {
                state = ClauseState{};
            } else if (auto count = clauseCount(c, format, state)) {
                count->span.start += clause;
                count->quote = text.mid(clause, j - clause).trimmed();
                out.append(*count);
            }
            clause = j + 1;
        }
        sentence = i + 1;
    }
    return out;
}

AmountUnit amountUnitAround(const QString &text, Span label, Span run)
{
    qsizetype after = run.end();
    while (after < text.size() && text.at(after).isSpace())
        ++after;
    const QStringView rest = QStringView(text).mid(after, 2);
    if (rest.startsWith(u"万元"))
        return AmountUnit::TenThousandYuan;
    if (rest.startsWith(u"元"))
        return AmountUnit::Yuan;
    // The row's own header: from the last 第二十条 before the label, at most 120 characters back.
    const qsizetype from = std::max<qsizetype>(0, label.start - 120);
    QStringView header = QStringView(text).mid(from, label.start - from);
    const qsizetype item = header.lastIndexOf(u"第二十条");
    if (item >= 0)
        header = header.mid(item);
    if (header.contains(u"万元"))
        return AmountUnit::TenThousandYuan;
    if (containsAnyOf(header, {u"（元）", u"(元)", u"单位：元", u"单位:元"}))
        return AmountUnit::Yuan;
    return AmountUnit::Unknown;
}

bool isPlausibleReading(const RunSplit &r, const RowContext &row)
{
    auto value = [&](const QString &column) -> std::optional<double> {
        const int i = columnOf(row, column);
        return i >= 0 && i < r.cells.size() ? std::optional<double>(r.cells[i].value) : std::nullopt;
    };
    const int amount = columnOf(row, u"amount"_s);
    if (amount >= 0 && amount < r.cells.size()
        && decimalsOf(r.cells[amount].text) > (row.unit == AmountUnit::Yuan ? 2 : 6))
        return false;
    const auto previous = value(u"previous"_s), change = value(u"change"_s);
    if (previous && change && *previous + *change < 0)
        return false;
    if (row.rowKey == u"active.procurement") {
        const auto projects = value(u"projects"_s), spent = value(u"amount"_s);
        if (projects && spent) {
            if ((*projects > 0) != (*spent > 0))
                return false;
            if (yuan(*spent, row.unit) < 100 * *projects)
                return false;
        }
    }
    return true;
}

WeighedReadings weighReadings(const QList<RunSplit> &readings, const RowContext &row,
                              const QList<ProseCount> &prose)
{
    WeighedReadings out;
    for (const RunSplit &r : readings)
        if (isPlausibleReading(r, row))
            out.readings.append(r);
    if (out.readings.size() < readings.size())
        out.evidence.append(u"%1 种读法不合常理（如金额小数过多、项目数为负、采购金额小于项目数）"_s
                                .arg(readings.size() - out.readings.size()));
    for (int col = 0; col < row.columns.size(); ++col) {
        const QString id = row.rowKey + u'.' + row.columns[col];
        for (const ProseCount &claim : prose) {
            if (claim.cellId != id || out.readings.size() <= 1)
                continue;
            QList<RunSplit> agreeing;
            for (const RunSplit &r : out.readings)
                if (col < r.cells.size() && agrees(row, row.columns[col], r.cells[col].value, claim.value))
                    agreeing.append(r);
            if (agreeing.isEmpty())
                continue; // the quote speaks of something else
            if (agreeing.size() < out.readings.size())
                out.evidence.append(u"正文“%1”"_s.arg(claim.quote));
            out.readings = agreeing;
        }
    }
    std::stable_sort(out.readings.begin(), out.readings.end(), [&](const RunSplit &a, const RunSplit &b) {
        return preferenceCost(a, row) < preferenceCost(b, row);
    });
    return out;
}

} // namespace nianbao
