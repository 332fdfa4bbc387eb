// SPDX-License-Identifier: GPL-3.0-or-later
// Relation 5 of FORMAT.md: every count a non-negative integer, 本年增/减 an integer, an amount a
// non-negative number. The same words serve the reviewer's input (validateValue, parseCellInput).
#include "core/rules/Messages.h"
#include "core/rules/RuleChecks.h"
#include "core/rules/Rules.h"
#include "core/util/TextNormalize.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace rules {

std::optional<ValueProblem> valueProblem(const CellSpec &spec, const QString &label, double value)
{
    const bool integer = std::isfinite(value) && value == std::trunc(value);
    const QString shown = formatValue(value);
    switch (spec.kind) {
    case ValueKind::Count:
        if (!integer)
            return ValueProblem{u"value.integer"_s,
                                rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：件数应为非负整数，不能是 %2"), {label, shown})};
        if (value < 0)
            return ValueProblem{u"value.nonnegative"_s,
                                rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：件数应为非负整数，不能是负数 %2"),
                                          {label, shown})};
        return std::nullopt;
    case ValueKind::SignedCount:
        if (!integer)
            return ValueProblem{u"value.integer"_s,
                                rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：本年增/减应为整数（可以为负），不能是 %2"),
                                          {label, shown})};
        return std::nullopt;
    case ValueKind::Amount:
        if (!std::isfinite(value))
            return ValueProblem{u"value.nonnegative"_s,
                                rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：金额应为非负数，不能是 %2"), {label, shown})};
        if (value < 0)
            return ValueProblem{u"value.nonnegative"_s,
                                rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：金额不能为负数 %2"), {label, shown})};
        return std::nullopt;
    }
    return std::nullopt;
}

void checkValues(const Record &record, QList<Finding> &out)
{
    const Schema &schema = record.schema();
    const qsizetype n = std::min(schema.size(), record.cells.size());
    for (qsizetype i = 0; i < n; ++i) {
        const std::optional<double> v = record.cells.at(i).value;
        if (!v)
            continue;
        const CellSpec &spec = schema.at(i);
        // The common case decides without building any text.
        if (std::isfinite(*v) && *v >= 0 && (spec.kind == ValueKind::Amount || *v == std::trunc(*v)))
            continue;
        if (const auto problem = valueProblem(spec, cellLabels(record.format).at(i), *v))
            out.append(makeFinding(FindingKind::Violation, problem->rule, {spec.id}, problem->text));
    }
}

} // namespace rules

QString validateValue(const CellSpec &spec, double value)
{
    const QString label = shortRowLabel(spec) + u'·' + shortColumnLabel(spec);
    const auto problem = rules::valueProblem(spec, label, value);
    return problem ? problem->text.translated() : QString(); // shown in the window as the edit is refused
}

Result<std::optional<double>> parseCellInput(const CellSpec &spec, QStringView text)
{
    using R = Result<std::optional<double>>;
    const QString t = valueText(text);
    if (t.isEmpty()) // clearing a cell: it becomes missing
        return R(std::nullopt);
    const std::optional<double> v = parseNumber(t);
    if (!v)
        return R::failure(QCoreApplication::translate("nianbao::CellInput", "「%1」不是数字：请填写数字，或留空表示缺失")
                              .arg(text.trimmed()));
    const QString problem = validateValue(spec, *v);
    if (!problem.isEmpty())
        return R::failure(problem);
    return R(v);
}

} // namespace nianbao
