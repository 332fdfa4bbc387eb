// SPDX-License-Identifier: GPL-3.0-or-later
// Hard relations 1–4 of FORMAT.md. Each relation is "Σ left = Σ right" over cell indices,
// built once per format from the schema by one small builder per rule (the table kBuilders);
// checking one is a few additions, and only a failing one builds its message.
#include "core/rules/Messages.h"
#include "core/rules/RuleChecks.h"
#include "core/rules/Rules.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao::rules {

namespace {

// A labelled part of one side of a relation: one cell, or a group of cells printed as its sum.
struct Term
{
    QString label;
    QList<int> cells;
};

struct Relation
{
    QString rule;
    QString subject;            // what the message is about: "自然人", "（七）总计·自然人"
    QList<Term> left, right;    // for the message
    QList<int> leftCells, rightCells; // for the arithmetic
    QStringList cellIds;        // every cell involved, left then right
};

Term cellTerm(const Schema &schema, const QString &id, const QString &label = {})
{
    const int i = schema.indexOf(id);
    return {label.isEmpty() && i >= 0 ? shortRowLabel(schema.at(i)) : label, {i}};
}

// Completes a relation from its terms; false when the schema lacks one of its cells.
bool finish(const Schema &schema, Relation &r)
{
    for (const auto *side : {&r.left, &r.right})
        for (const Term &t : *side)
            for (int i : t.cells) {
                if (i < 0)
                    return false;
                (side == &r.left ? r.leftCells : r.rightCells).append(i);
                r.cellIds.append(schema.at(i).id);
            }
    return true;
}

void add(const Schema &schema, QList<Relation> &out, Relation r)
{
    if (finish(schema, r))
        out.append(std::move(r));
}

QString label(const Schema &schema, const QString &id)
{
    const int i = schema.indexOf(id);
    return i >= 0 ? cellLabels(schema.format()).at(i) : id;
}

QString columnLabel(const Schema &schema, const QString &id)
{
    const CellSpec *spec = schema.find(id);
    return spec ? shortColumnLabel(*spec) : id;
}

// Relation 1: 一 + 二 = （七）总计 + 四, per column.
void addBalance(const Schema &s, QList<Relation> &out)
{
    for (const QString &c : Schema::applicantColumns()) {
        Relation r{QStringLiteral("apply.balance"), columnLabel(s, u"apply.new."_s + c), {}, {}, {}, {}, {}};
        r.left = {cellTerm(s, u"apply.new."_s + c), cellTerm(s, u"apply.carried_over."_s + c)};
        r.right = {cellTerm(s, u"apply.total."_s + c), cellTerm(s, u"apply.carried_forward."_s + c)};
        add(s, out, std::move(r));
    }
}

// The result rows of section 三: every row between 二、上年结转 and （七）总计.
QStringList resultRows(const Schema &s)
{
    QStringList rows = s.rowKeys(TableSection::Apply);
    for (const char16_t *outside : {u"apply.new", u"apply.carried_over", u"apply.total", u"apply.carried_forward"})
        rows.removeAll(QString::fromUtf16(outside));
    return rows;
}

// Relation 2: （七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+ Σ（六）, per column.
void addApplyTotal(const Schema &s, QList<Relation> &out)
{
    const QStringList rows = resultRows(s);
    for (const QString &c : Schema::applicantColumns()) {
        const QString totalId = u"apply.total."_s + c;
        Relation r{QStringLiteral("apply.total"), label(s, totalId), {cellTerm(s, totalId)}, {}, {}, {}, {}};
        for (const QString &row : rows) {
            const QString group = applyGroupLabel(row);
            if (r.right.isEmpty() || r.right.constLast().label != group)
                r.right.append(Term{group, {}});
            r.right.last().cells.append(s.indexOf(row + u'.' + c));
        }
        add(s, out, std::move(r));
    }
}

// Relation 3: per row of section 三, 总计 = the six applicant columns.
void addRowSums(const Schema &s, QList<Relation> &out)
{
    const QStringList &cols = Schema::applicantColumns();
    for (const QString &row : s.rowKeys(TableSection::Apply)) {
        const QString totalId = row + u".total"_s;
        Relation r{QStringLiteral("apply.row_sum"), label(s, totalId), {cellTerm(s, totalId)}, {}, {}, {}, {}};
        for (qsizetype i = 0; i + 1 < cols.size(); ++i)
            r.right.append(cellTerm(s, row + u'.' + cols.at(i), columnLabel(s, row + u'.' + cols.at(i))));
        add(s, out, std::move(r));
    }
}

// Relation 4: per group of section 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结.
void addReviewSums(const Schema &s, QList<Relation> &out)
{
    const QStringList &cols = Schema::reviewColumns();
    for (const QString &row : s.rowKeys(TableSection::Review)) {
        const QString totalId = row + u".total"_s;
        Relation r{row + u".sum"_s, label(s, totalId), {cellTerm(s, totalId)}, {}, {}, {}, {}};
        for (qsizetype i = 0; i + 1 < cols.size(); ++i)
            r.right.append(cellTerm(s, row + u'.' + cols.at(i), columnLabel(s, row + u'.' + cols.at(i))));
        add(s, out, std::move(r));
    }
}

using Builder = void (*)(const Schema &, QList<Relation> &);
constexpr Builder kBuilders[] = {addBalance, addApplyTotal, addRowSums, addReviewSums};

QList<Relation> buildRelations(FormatVersion f)
{
    QList<Relation> out;
    for (Builder b : kBuilders)
        b(Schema::get(f), out);
    return out;
}

const QList<Relation> &relations(FormatVersion f)
{
    // Each built when first asked for: a report needs only its own format's.
    if (f == FormatVersion::V2021) {
        static const QList<Relation> r2021 = buildRelations(FormatVersion::V2021);
        return r2021;
    }
    static const QList<Relation> r2019 = buildRelations(FormatVersion::V2019);
    return r2019;
}

std::optional<double> sum(const Record &record, const QList<int> &cells)
{
    return relationSum(record, cells);
}

QString termsText(const Record &record, const QList<Term> &terms)
{
    QStringList parts;
    for (const Term &t : terms)
        parts.append(t.label + u' ' + formatValue(sum(record, t.cells).value_or(0)));
    return parts.join(u" + "_s);
}

MessageText message(const Record &record, const Relation &r, double left, double right)
{
    const QString difference = formatValue(std::abs(left - right));
    if (r.left.size() == 1)
        return rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：%2 ≠ %3 = %4，相差 %5"),
                         {r.subject, formatValue(left), termsText(record, r.right), formatValue(right), difference});
    return rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：%2 = %3，但%4 = %5，相差 %6"),
                     {r.subject, termsText(record, r.left), formatValue(left), termsText(record, r.right),
                      formatValue(right), difference});
}

bool equal(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a));
}

} // namespace

std::optional<double> relationSum(const Record &record, const QList<int> &cells)
{
    double total = 0;
    QList<int> missing;
    for (int i : cells) {
        const std::optional<double> v = valueAt(record, i);
        if (v)
            total += *v;
        else if (record.printedGroups.isEmpty())
            return std::nullopt;
        else
            missing.append(i);
    }
    const QStringList &columns = Schema::applicantColumns();
    for (const PrintedGroup &g : record.printedGroups)
        for (qsizetype c = 0; c < g.cells.size() && c < columns.size() && !missing.isEmpty(); ++c) {
            if (!g.cells.at(c).value)
                continue;
            const QList<int> sub = record.groupCells(g.rowKey, columns.at(c));
            if (sub.isEmpty() || !std::all_of(sub.cbegin(), sub.cend(), [&](int i) { return missing.contains(i); }))
                continue;
            total += *g.cells.at(c).value;
            for (int i : sub)
                missing.removeAll(i);
        }
    return missing.isEmpty() ? std::optional<double>(total) : std::nullopt;
}

const QList<RelationCells> &relationCells(FormatVersion format)
{
    static const auto build = [](FormatVersion f) {
        QList<RelationCells> out;
        for (const Relation &r : relations(f))
            out.append({r.rule, r.leftCells, r.rightCells});
        return out;
    };
    if (format == FormatVersion::V2021) {
        static const QList<RelationCells> c2021 = build(FormatVersion::V2021);
        return c2021;
    }
    static const QList<RelationCells> c2019 = build(FormatVersion::V2019);
    return c2019;
}

} // namespace nianbao::rules

namespace nianbao {

QList<CellRelations> relationsByCell(const Record &record)
{
    using namespace rules;
    QList<CellRelations> out(record.cells.size());
    for (const Relation &r : relations(record.format)) {
        const std::optional<double> left = sum(record, r.leftCells);
        const std::optional<double> right = left ? sum(record, r.rightCells) : std::nullopt;
        const bool holds = left && right && equal(*left, *right);
        for (const QList<int> *side : {&r.leftCells, &r.rightCells})
            for (int i : *side)
                if (i >= 0 && i < out.size())
                    (holds ? out[i].held : out[i].open) += 1;
    }
    return out;
}

} // namespace nianbao

namespace nianbao::rules {

void checkRelations(const Record &record, QList<Finding> &out)
{
    for (const Relation &r : relations(record.format)) {
        const std::optional<double> left = sum(record, r.leftCells);
        const std::optional<double> right = left ? sum(record, r.rightCells) : std::nullopt;
        if (!left || !right || equal(*left, *right))
            continue; // a missing operand is reported as missing, not evaluated
        out.append(makeFinding(FindingKind::Violation, r.rule, r.cellIds, message(record, r, *left, *right)));
    }
}

} // namespace nianbao::rules
