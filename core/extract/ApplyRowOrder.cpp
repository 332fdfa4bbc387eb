// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/ApplyRowOrder.h"

#include "core/extract/RowMatcher.h"
#include "core/extract/ValueWindow.h"

namespace nianbao::extract {

namespace {

bool hasValues(const TableRow &row, int last)
{
    for (int i = last + 1; i < row.cells.size(); ++i)
        if (!isEmptyCell(row.cells.at(i)))
            return true;
    return false;
}

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// The label cut before each item number ("2其他…") and before "七总计" not at its start.
QList<QStringView> segments(QStringView label)
{
    QList<qsizetype> cuts = {0};
    for (qsizetype k = 1; k + 1 < label.size(); ++k) {
        if (isAsciiDigit(label.at(k)) && !isAsciiDigit(label.at(k - 1)) && !isAsciiDigit(label.at(k + 1)))
            cuts.append(k);
        else if (label.mid(k).startsWith(u"七总计") || (label.mid(k).startsWith(u"总计") && label.at(k - 1) != u'七'))
            cuts.append(k);
    }
    QList<QStringView> out;
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        const qsizetype end = i + 1 < cuts.size() ? cuts.at(i + 1) : label.size();
        out.append(label.mid(cuts.at(i), end - cuts.at(i)));
    }
    return out;
}

} // namespace

QStringList applyRowKeys(QStringView label, FormatVersion format, ApplyContext &context)
{
    const QList<QStringView> parts = segments(label);
    if (parts.size() == 1) {
        const QString key = applyRowKey(label, format, context);
        return key.isEmpty() ? QStringList{} : QStringList{key};
    }
    // Each part alone; the first part keeps the label's own reading when it names nothing more.
    ApplyContext whole = context;
    const QString single = applyRowKey(label, format, whole);
    QStringList keys;
    ApplyContext partContext = context;
    for (QStringView part : parts) {
        const QString key = applyRowKey(part, format, partContext);
        if (key.isEmpty() || keys.contains(key))
            continue;
        // A group's cell before its first item ("三不予公开1属于国家秘密"): the item is the row.
        if (!keys.isEmpty() && key.startsWith(keys.constLast() + u'.') && isGroupRowKey(format, keys.constLast()))
            keys.removeLast();
        keys.append(key);
    }
    if (keys.size() <= 1) {
        context = whole;
        return single.isEmpty() ? QStringList{} : QStringList{single};
    }
    context = partContext;
    return keys;
}

QList<ApplyRowMatch> matchApplyRows(const QList<const TableRow *> &rows, FormatVersion format)
{
    const QStringList order = Schema::get(format).rowKeys(TableSection::Apply);
    QList<ApplyRowMatch> matches;
    const auto indexOf = [&](const QString &key) { return order.indexOf(key); };
    const auto placed = [&](const QString &key) {
        for (const ApplyRowMatch &m : matches)
            if (m.rowKey == key && hasValues(*m.row, m.lastLabel))
                return true;
        return false;
    };
    const auto add = [&](const QString &key, const TableRow *row, int last, bool byOrder) {
        for (ApplyRowMatch &m : matches) {
            if (m.rowKey != key)
                continue;
            if (!hasValues(*m.row, m.lastLabel) && hasValues(*row, last))
                m = {key, row, last, byOrder};
            return;
        }
        matches.append({key, row, last, byOrder});
    };

    ApplyContext context;
    QString pending;     // the key of the row just above, when it printed no values
    QStringList spilled; // keys its label named after its own, for the unlabelled rows below
    int wrapped = 0;     // label lines without key or values since (the label's wrapped tail)
    int lastIndex = -1;  // the official index of the last row placed
    QList<const TableRow *> orphans; // unlabelled rows of values the order has not placed yet

    // The orphans fill the rows left between the last row placed and `nextIndex`, one each, when
    // they are exactly as many.
    const auto placeOrphans = [&](int nextIndex) {
        QStringList free;
        for (int k = lastIndex + 1; k < nextIndex && k < order.size(); ++k)
            if (!placed(order.at(k)))
                free.append(order.at(k));
        if (!orphans.isEmpty() && free.size() == orphans.size())
            for (qsizetype k = 0; k < free.size(); ++k)
                add(free.at(k), orphans.at(k), -1, true);
        orphans.clear();
    };

    for (const TableRow *row : rows) {
        const int last = lastLabelIndex(*row);
        const bool values = hasValues(*row, last);
        if (last < 0) {
            if (!values)
                continue;
            if (!pending.isEmpty()) {
                add(pending, row, last, false);
                lastIndex = std::max(lastIndex, int(indexOf(pending)));
                pending.clear();
            } else if (!spilled.isEmpty()) {
                const QString key = spilled.takeFirst();
                add(key, row, last, true);
                lastIndex = std::max(lastIndex, int(indexOf(key)));
            } else {
                orphans.append(row);
            }
            continue;
        }
        const QStringList keys = applyRowKeys(rowLabel(*row, last), format, context);
        if (keys.isEmpty()) {
            if (values || ++wrapped > 1)
                pending.clear();
            continue;
        }
        const QString &key = keys.constFirst();
        if (const int at = int(indexOf(key)); at >= 0)
            placeOrphans(at);
        else
            orphans.clear();
        pending.clear();
        wrapped = 0;
        add(key, row, last, false);
        spilled = keys.mid(1);
        if (!values)
            pending = key;
        lastIndex = std::max(lastIndex, int(indexOf(key)));
    }
    placeOrphans(int(order.size()));
    return matches;
}

} // namespace nianbao::extract
