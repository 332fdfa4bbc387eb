#pragma once
// Splitting a run of digits whose cells ran together ("640020470", a crawler's flattened table)
// into the row's numbers, using only the table's own relations: each group's last number is the
// sum of the others (总计 of a row of section 三, 总计 of each group of section 四).
#include <QList>
#include <QString>

namespace nianbao::extract {

// The splits of `digits` into groups of the given sizes where, in each group, the last number is
// the sum of the group's other numbers. Numbers have no leading zeros and at most 6 digits. Each
// split lists the length of every number in order; at most `maxSplits` are returned. A group of
// size 1 is one number without a relation.
QList<QList<int>> splitDigitRun(const QString &digits, const QList<int> &groupSizes, int maxSplits = 64);

} // namespace nianbao::extract
