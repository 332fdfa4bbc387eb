// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test records built in code (no extractor): a consistent 2021 or 2019 record with non-zero
// numbers in every cell, whole facts, to plant faults into. Shared by tst_rules, tst_jsonrecord,
// tst_csv and bench_rules.
#include "core/record/Record.h"
#include "core/schema/CellSchema.h"

#include <QStringList>

namespace fixture {

using namespace nianbao;

inline void setRead(Record &r, const QString &id, double v)
{
    CellValue *c = r.cell(id);
    Q_ASSERT(c);
    c->value = v;
    c->raw = QString::number(v, 'g', 15);
    c->source = CellSource::Read;
}

inline const QStringList &applicantColumnsNoTotal()
{
    static const QStringList cols = Schema::applicantColumns().mid(0, 6);
    return cols;
}

// The result rows of section 三 in the order of the tables, written out from FORMAT.md.
inline QStringList resultRows(FormatVersion f)
{
    QStringList rows = {QStringLiteral("apply.granted"), QStringLiteral("apply.partial")};
    for (const char *item : {"state_secret", "prohibited", "security", "third_party", "internal", "process",
                             "enforcement_file", "query"})
        rows.append(QStringLiteral("apply.denied.") + QLatin1String(item));
    for (const char *item : {"not_held", "needs_creation", "unclear"})
        rows.append(QStringLiteral("apply.unavailable.") + QLatin1String(item));
    for (const char *item : {"complaint", "duplicate", "publication", "excessive", "confirmation"})
        rows.append(QStringLiteral("apply.not_processed.") + QLatin1String(item));
    if (f == FormatVersion::V2021) {
        for (const char *item : {"no_correction", "no_fee", "other"})
            rows.append(QStringLiteral("apply.other_handling.") + QLatin1String(item));
    } else {
        rows.append(QStringLiteral("apply.other_handling"));
    }
    return rows;
}

inline QStringList allApplyRows(FormatVersion f)
{
    return QStringList{QStringLiteral("apply.new"), QStringLiteral("apply.carried_over")} + resultRows(f)
           + QStringList{QStringLiteral("apply.total"), QStringLiteral("apply.carried_forward")};
}

inline const QStringList &sixSections()
{
    static const QStringList keys = {QStringLiteral("overview"), QStringLiteral("active"), QStringLiteral("apply"),
                                     QStringLiteral("review"), QStringLiteral("problems"), QStringLiteral("other")};
    return keys;
}

// Every cell read as a non-zero number; every relation of FORMAT.md holds.
inline Record makeRecord(FormatVersion f)
{
    Record r;
    r.format = f;
    r.resetCells();
    r.sourceFile = QStringLiteral("某市司法局2023年报.txt");
    r.sha256 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    r.kind = QStringLiteral("txt");
    r.agency = QStringLiteral("某市司法局");
    r.year = f == FormatVersion::V2021 ? 2023 : 2019;
    r.facts.title = QStringLiteral("某市司法局%1年政府信息公开工作年度报告").arg(r.year);
    r.facts.titleYear = r.year;
    r.facts.periodYear = r.year;
    r.facts.sectionsFound = sixSections();
    r.facts.tablesFound = true;

    // Section 二: counts 2..10, the fee 40.51, 本年增/减 alternating -2 / +3.
    const Schema &s = r.schema();
    int n = 0;
    for (const CellSpec &spec : s.cells()) {
        if (spec.table != TableSection::Active)
            continue;
        double v = 2 + (n++ % 9);
        if (spec.kind == ValueKind::SignedCount)
            v = n % 2 ? -2 : 3;
        else if (spec.kind == ValueKind::Amount)
            v = spec.id == QLatin1String("active.fees.amount") ? 40.51 : 1234.5;
        setRead(r, spec.id, v);
    }

    // Section 三.
    const QStringList &cols = applicantColumnsNoTotal();
    const QStringList rows = resultRows(f);
    QList<double> columnTotals(cols.size(), 0);
    for (int k = 0; k < rows.size(); ++k) {
        double rowTotal = 0;
        for (int j = 0; j < cols.size(); ++j) {
            const double v = (k * 3 + j * 5) % 7 + 1;
            setRead(r, rows.at(k) + u'.' + cols.at(j), v);
            rowTotal += v;
            columnTotals[j] += v;
        }
        setRead(r, rows.at(k) + QStringLiteral(".total"), rowTotal);
    }
    double sumNew = 0, sumOver = 0, sumTotal = 0, sumForward = 0;
    for (int j = 0; j < cols.size(); ++j) {
        const double over = j + 1, forward = j % 3 + 1;
        const double total = columnTotals.at(j);
        const double fresh = total + forward - over;
        setRead(r, QStringLiteral("apply.carried_over.") + cols.at(j), over);
        setRead(r, QStringLiteral("apply.carried_forward.") + cols.at(j), forward);
        setRead(r, QStringLiteral("apply.total.") + cols.at(j), total);
        setRead(r, QStringLiteral("apply.new.") + cols.at(j), fresh);
        sumNew += fresh, sumOver += over, sumTotal += total, sumForward += forward;
    }
    setRead(r, QStringLiteral("apply.new.total"), sumNew);
    setRead(r, QStringLiteral("apply.carried_over.total"), sumOver);
    setRead(r, QStringLiteral("apply.total.total"), sumTotal);
    setRead(r, QStringLiteral("apply.carried_forward.total"), sumForward);

    // Section 四.
    int g = 0;
    for (const char *group : {"review", "litigation.direct", "litigation.after_review"}) {
        const QString row = QLatin1String(group);
        const double upheld = g + 1, corrected = 2, other = 1, pending = g + 2;
        setRead(r, row + QStringLiteral(".upheld"), upheld);
        setRead(r, row + QStringLiteral(".corrected"), corrected);
        setRead(r, row + QStringLiteral(".other"), other);
        setRead(r, row + QStringLiteral(".pending"), pending);
        setRead(r, row + QStringLiteral(".total"), upheld + corrected + other + pending);
        ++g;
    }
    return r;
}

// One relation instance of FORMAT.md and every cell it involves (the test's own oracle).
struct RelationCase
{
    QString rule;
    QString name;
    QStringList cells;
};

inline QList<RelationCase> relationCases(FormatVersion f)
{
    QList<RelationCase> out;
    for (const QString &c : Schema::applicantColumns()) {
        out.append({QStringLiteral("apply.balance"), c,
                    {QStringLiteral("apply.new.") + c, QStringLiteral("apply.carried_over.") + c,
                     QStringLiteral("apply.total.") + c, QStringLiteral("apply.carried_forward.") + c}});
        RelationCase total{QStringLiteral("apply.total"), c, {QStringLiteral("apply.total.") + c}};
        for (const QString &row : resultRows(f))
            total.cells.append(row + u'.' + c);
        out.append(total);
    }
    for (const QString &row : allApplyRows(f)) {
        RelationCase sum{QStringLiteral("apply.row_sum"), row, {row + QStringLiteral(".total")}};
        for (const QString &c : applicantColumnsNoTotal())
            sum.cells.append(row + u'.' + c);
        out.append(sum);
    }
    for (const char *group : {"review", "litigation.direct", "litigation.after_review"}) {
        const QString row = QLatin1String(group);
        out.append({row + QStringLiteral(".sum"), row,
                    {row + QStringLiteral(".total"), row + QStringLiteral(".upheld"), row + QStringLiteral(".corrected"),
                     row + QStringLiteral(".other"), row + QStringLiteral(".pending")}});
    }
    return out;
}

} // namespace fixture
