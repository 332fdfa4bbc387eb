// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/ReviewOrder.h"

#include "core/extract/TextMatch.h"
#include "core/schema/CellSchema.h"
#include "core/util/TextNormalize.h"

namespace nianbao::extract {

namespace {

const QStringList &usualGroups()
{
    static const QStringList groups = {QStringLiteral("review"), QStringLiteral("litigation.direct"),
                                       QStringLiteral("litigation.after_review")};
    return groups;
}

// The column a header cell names, empty when it names none.
QString columnOf(QStringView key)
{
    if (key == u"结果维持" || key == u"维持")
        return QStringLiteral("upheld");
    if (key == u"结果纠正" || key == u"纠正")
        return QStringLiteral("corrected");
    if (key == u"其他结果")
        return QStringLiteral("other");
    if (key == u"尚未审结")
        return QStringLiteral("pending");
    if (key == u"总计" || key == u"合计")
        return QStringLiteral("total");
    return {};
}

} // namespace

QStringList ReviewOrder::cellIds() const
{
    QStringList ids;
    for (const QString &g : groups)
        for (const QString &c : columns)
            ids.append(g + u'.' + c);
    return ids;
}

ReviewOrder reviewOrder(const QList<const TableRow *> &headerRows)
{
    ReviewOrder usual{usualGroups(), Schema::reviewColumns(), false};
    // The header cells in reading order, folded.
    QStringList tokens;
    for (const TableRow *row : headerRows)
        for (const TableCell &cell : row->cells)
            if (!cell.continuation)
                if (const QString key = labelKey(cell.text); !key.isEmpty())
                    tokens.append(key);

    // Groups: 行政复议 against 行政诉讼, and within 行政诉讼 直接起诉 against 复议后起诉.
    int reviewAt = -1, litigationAt = -1, directAt = -1, afterAt = -1;
    QStringList columns;
    for (int k = 0; k < tokens.size(); ++k) {
        const QString &t = tokens.at(k);
        if (t.contains(u"复议后起诉")) {
            if (afterAt < 0)
                afterAt = k;
        } else if (t.contains(u"直接起诉")) {
            if (directAt < 0)
                directAt = k;
        } else if (t.contains(u"行政复议") && t.contains(u"行政诉讼")) {
            continue; // the section's title printed as a header: no order
        } else if (t.contains(u"行政复议")) {
            if (reviewAt < 0)
                reviewAt = k;
        } else if (t.contains(u"行政诉讼")) {
            if (litigationAt < 0)
                litigationAt = k;
        } else if (const QString c = columnOf(t); !c.isEmpty()) {
            columns.append(c);
        }
    }
    if (columns.isEmpty() && reviewAt < 0 && litigationAt < 0 && directAt < 0 && afterAt < 0)
        return usual;
    // The columns: the first five are one order of the five, repeated by every later header.
    if (columns.size() < 5)
        return usual;
    QStringList leaf = columns.mid(0, 5);
    for (const QString &c : Schema::reviewColumns())
        if (!leaf.contains(c))
            return usual;
    for (int k = 5; k < columns.size(); ++k)
        if (columns.at(k) != leaf.at(k % 5))
            return usual;
    // The groups: 行政复议 must be placed against the litigation groups.
    const int litigationFirst = litigationAt >= 0 ? litigationAt
                                : (directAt >= 0 && afterAt >= 0) ? std::min(directAt, afterAt)
                                                                  : -1;
    if (reviewAt < 0 || litigationFirst < 0)
        return usual;
    QStringList litigation = {QStringLiteral("litigation.direct"), QStringLiteral("litigation.after_review")};
    if (directAt >= 0 && afterAt >= 0 && afterAt < directAt)
        std::swap(litigation[0], litigation[1]);
    else if ((directAt >= 0) != (afterAt >= 0))
        return usual; // one litigation group named, the other not: no order to trust
    QStringList groups = reviewAt < litigationFirst ? QStringList{QStringLiteral("review")} + litigation
                                                    : litigation + QStringList{QStringLiteral("review")};
    return ReviewOrder{groups, leaf, true};
}

} // namespace nianbao::extract
