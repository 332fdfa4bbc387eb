#include "FlatTables.h"

#include "RunSplitter.h"
#include "util/TextNormalize.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace nianbao::extract {

namespace {

// The characters of a run of numbers, each knowing its offset in the text.
struct DigitRun
{
    QString digits; // ASCII digits (and '.' when decimals are allowed)
    QList<qsizetype> positions;
    bool isEmpty() const { return digits.isEmpty(); }

    // The numbers as the text separates them with white space, when it gives exactly `count`
    // well-formed ones ("0\t12\t3"); empty otherwise (the run must be split by the relations).
    QList<int> printedSplit(int count) const
    {
        QList<int> lengths;
        for (qsizetype k = 0; k < positions.size(); ++k) {
            if (k == 0 || positions.at(k) > positions.at(k - 1) + 1)
                lengths.append(0);
            ++lengths.last();
        }
        if (lengths.size() != count)
            return {};
        qsizetype at = 0;
        for (int len : lengths) {
            if (!parseNumber(digits.mid(at, len)) || (len > 1 && digits.at(at) == u'0'
                                                     && digits.at(at + 1) != u'.'))
                return {};
            at += len;
        }
        return lengths;
    }
};

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

QChar asciiDigit(QChar c)
{
    return c >= u'０' ? QChar(char16_t(c.unicode() - u'０' + u'0')) : c;
}

// The run of digits (white space inside allowed) that starts within `maxSkip` characters after
// `from` and before `limit`. A digit right before '.', '．' or '、' numbers the next row's label
// ("00000002.其他法律…") and is left out.
DigitRun runAfter(const QString &text, qsizetype from, qsizetype limit, bool decimals, int maxSkip = 40)
{
    DigitRun run;
    qsizetype p = from;
    while (p < limit && p - from < maxSkip && !isDigit(text.at(p)))
        ++p;
    if (p >= limit || !isDigit(text.at(p)))
        return run;
    for (; p < text.size(); ++p) {
        const QChar c = text.at(p);
        if (isDigit(c) || (decimals && (c == u'.' || c == u',') && !run.isEmpty())) {
            run.digits.append(asciiDigit(c));
            run.positions.append(p);
        } else if (!c.isSpace()) {
            break;
        }
    }
    const QChar stop = p < text.size() ? text.at(p) : QChar();
    if (!decimals && (stop == u'.' || stop == u'．' || stop == u'、') && !run.isEmpty()) {
        run.digits.chop(1);
        run.positions.removeLast();
    }
    while (decimals && !run.isEmpty() && (run.digits.back() == u'.' || run.digits.back() == u',')) {
        run.digits.chop(1);
        run.positions.removeLast();
    }
    return run;
}

CellValue inferredCell(const QString &text, const DigitRun &run, qsizetype from, int length, bool printed)
{
    CellValue v;
    const qsizetype start = run.positions.at(from);
    const qsizetype end = run.positions.at(from + length - 1) + 1;
    v.span = Span{start, end - start};
    for (qsizetype k = from; k < from + length; ++k)
        v.raw.append(text.at(run.positions.at(k))); // as printed, without the white space inside
    v.value = parseNumber(run.digits.mid(from, length));
    v.source = v.value ? CellSource::Read : CellSource::Invalid;
    v.inferred = v.value.has_value() && !printed;
    return v;
}

// A run that could not be split with certainty: shown as printed, on the row's first cell.
void markUnsplit(const QString &text, const DigitRun &run, const QString &firstCellId, Record &record)
{
    CellValue *cell = record.cell(firstCellId);
    if (!cell || run.isEmpty())
        return;
    const qsizetype start = run.positions.constFirst();
    const qsizetype end = run.positions.constLast() + 1;
    cell->span = Span{start, end - start};
    cell->raw = text.mid(start, end - start);
    cell->value.reset();
    cell->source = CellSource::Invalid;
}

// Writes one split of a run into the cells `ids`; `printed` when the text itself separated the
// numbers (read, not inferred).
void writeSplit(const QString &text, const DigitRun &run, const QList<int> &lengths,
                const QStringList &ids, Record &record, bool printed = false)
{
    qsizetype at = 0;
    for (qsizetype i = 0; i < ids.size() && i < lengths.size(); ++i) {
        if (CellValue *cell = record.cell(ids.at(i)))
            *cell = inferredCell(text, run, at, lengths.at(i), printed);
        at += lengths.at(i);
    }
}

struct FlatRow
{
    QString rowKey;
    const char16_t *keyword;
};

// Section 三 in table order; each keyword is searched after the previous row's.
QList<FlatRow> applyRows(FormatVersion format)
{
    QList<FlatRow> rows = {
        {u"apply.new"_s, u"本年新收"},
        {u"apply.carried_over"_s, u"上年结转"},
        {u"apply.granted"_s, u"予以公开"},
        {u"apply.partial"_s, u"部分公开"},
        {u"apply.denied.state_secret"_s, u"国家秘密"},
        {u"apply.denied.prohibited"_s, u"禁止公开"},
        {u"apply.denied.security"_s, u"一稳定"},
        {u"apply.denied.third_party"_s, u"第三方"},
        {u"apply.denied.internal"_s, u"内部事务"},
        {u"apply.denied.process"_s, u"过程性"},
        {u"apply.denied.enforcement_file"_s, u"执法案卷"},
        {u"apply.denied.query"_s, u"查询事项"},
        {u"apply.unavailable.not_held"_s, u"不掌握"},
        {u"apply.unavailable.needs_creation"_s, u"另行制作"},
        {u"apply.unavailable.unclear"_s, u"仍不明确"},
        {u"apply.not_processed.complaint"_s, u"投诉类"},
        {u"apply.not_processed.duplicate"_s, u"重复申请"},
        {u"apply.not_processed.publication"_s, u"出版物"},
        {u"apply.not_processed.excessive"_s, u"大量反复"},
        {u"apply.not_processed.confirmation"_s, u"已获取信息"},
    };
    if (format == FormatVersion::V2021) {
        rows.append({u"apply.other_handling.no_correction"_s, u"不补正"});
        rows.append({u"apply.other_handling.no_fee"_s, u"缴纳费用"});
        rows.append({u"apply.other_handling.other"_s, u"其他"});
    } else {
        rows.append({u"apply.other_handling"_s, u"其他处理"});
    }
    rows.append({u"apply.total"_s, u"总计"});
    rows.append({u"apply.carried_forward"_s, u"继续办理"});
    return rows;
}

struct RowRun
{
    QString rowKey;
    DigitRun run;
    QList<QList<int>> splits;
    bool printed = false; // the text separated the numbers itself
};

// Keeps the splits of the ambiguous rows that make the columns of section 三 add up
// (relations 1 and 2 of FORMAT.md); gives up when too many combinations remain.
void resolveByColumns(QList<RowRun> &rows)
{
    QList<qsizetype> open;
    qint64 combos = 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).splits.size() > 1) {
            open.append(i);
            combos *= rows.at(i).splits.size();
            if (combos > 4096)
                return;
        }
        if (rows.at(i).splits.isEmpty())
            return; // a row without a split: the columns cannot be checked
    }
    if (open.isEmpty())
        return;
    auto values = [&](const RowRun &r, const QList<int> &lengths) {
        QList<qint64> v;
        qsizetype at = 0;
        for (int len : lengths) {
            v.append(r.run.digits.mid(at, len).toLongLong());
            at += len;
        }
        return v;
    };
    QList<int> choice(open.size(), 0), found;
    int survivors = 0;
    for (qint64 c = 0; c < combos; ++c) {
        qint64 k = c;
        for (qsizetype o = 0; o < open.size(); ++o) {
            choice[o] = int(k % rows.at(open.at(o)).splits.size());
            k /= rows.at(open.at(o)).splits.size();
        }
        QHash<QString, QList<qint64>> byKey;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qsizetype o = open.indexOf(i);
            byKey.insert(rows.at(i).rowKey, values(rows.at(i), rows.at(i).splits.at(o < 0 ? 0 : choice.at(o))));
        }
        bool ok = true;
        for (int col = 0; col < 7 && ok; ++col) {
            qint64 sum = 0;
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
                if (it.key() != u"apply.new" && it.key() != u"apply.carried_over"
                    && it.key() != u"apply.total" && it.key() != u"apply.carried_forward")
                    sum += it.value().at(col);
            const qint64 total = byKey.value(u"apply.total"_s).value(col, -1);
            ok = sum == total
                 && byKey.value(u"apply.new"_s).value(col) + byKey.value(u"apply.carried_over"_s).value(col)
                        == total + byKey.value(u"apply.carried_forward"_s).value(col);
        }
        if (ok) {
            ++survivors;
            found = choice;
        }
    }
    if (survivors != 1)
        return;
    for (qsizetype o = 0; o < open.size(); ++o)
        rows[open.at(o)].splits = {rows.at(open.at(o)).splits.at(found.at(o))};
}

void inferApply(const QString &text, Record &record)
{
    qsizetype pos = text.indexOf(u"本年新收");
    if (pos < 0)
        return;
    const QList<FlatRow> order = applyRows(record.format);
    QList<qsizetype> starts;
    for (const FlatRow &row : order) {
        const qsizetype at = text.indexOf(QStringView(row.keyword), pos);
        starts.append(at);
        if (at >= 0)
            pos = at + QStringView(row.keyword).size();
    }
    QList<RowRun> rows;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (starts.at(i) < 0)
            continue;
        qsizetype limit = text.size();
        for (qsizetype j = i + 1; j < order.size(); ++j)
            if (starts.at(j) >= 0) {
                limit = starts.at(j);
                break;
            }
        const qsizetype labelEnd = starts.at(i) + QStringView(order.at(i).keyword).size();
        RowRun r{order.at(i).rowKey, runAfter(text, labelEnd, limit, false), {}};
        if (r.run.isEmpty())
            continue;
        const QList<int> printed = r.run.printedSplit(7);
        r.printed = !printed.isEmpty();
        r.splits = r.printed ? QList<QList<int>>{printed} : splitDigitRun(r.run.digits, {7});
        rows.append(r);
    }
    resolveByColumns(rows);
    for (const RowRun &r : rows) {
        QStringList ids;
        for (const QString &column : Schema::applicantColumns())
            ids.append(r.rowKey + u'.' + column);
        if (r.splits.size() == 1)
            writeSplit(text, r.run, r.splits.constFirst(), ids, record, r.printed);
        else
            markUnsplit(text, r.run, ids.constFirst(), record);
    }
}

void inferReview(const QString &text, Record &record)
{
    const qsizetype heading = text.indexOf(u"行政复议", std::max<qsizetype>(0, text.indexOf(u"继续办理")));
    const qsizetype header = heading < 0 ? -1 : text.indexOf(u"结果维持", heading);
    if (header < 0 || header - heading > 200)
        return;
    const qsizetype last = text.lastIndexOf(u"总计", std::min(text.size() - 1, header + 200));
    if (last < header)
        return;
    const DigitRun run = runAfter(text, last + 2, text.size(), false, 4);
    if (run.isEmpty())
        return;
    const QList<int> printed = run.printedSplit(15);
    const auto splits = printed.isEmpty() ? splitDigitRun(run.digits, {5, 5, 5}) : QList<QList<int>>{printed};
    QStringList ids;
    for (const QString &group : {u"review"_s, u"litigation.direct"_s, u"litigation.after_review"_s})
        for (const QString &column : Schema::reviewColumns())
            ids.append(group + u'.' + column);
    if (splits.size() == 1)
        writeSplit(text, run, splits.constFirst(), ids, record, !printed.isEmpty());
    else
        markUnsplit(text, run, ids.constFirst(), record);
}

// Section 二 has no relation inside a row: a run is split only when it is certain (one number
// for one cell, or one digit per cell).
void inferActive(const QString &text, Record &record)
{
    qsizetype pos = text.indexOf(u"第二十条");
    if (pos < 0)
        return;
    const Schema &schema = record.schema();
    for (const QString &rowKey : schema.rowKeys(TableSection::Active)) {
        const CellSpec *spec = schema.find(rowKey + u'.' + schema.columnKeys(rowKey).constFirst());
        const QString label = spec ? labelKey(spec->row.section(u' ', -1)) : QString();
        const qsizetype at = label.isEmpty() ? -1 : text.indexOf(label, pos);
        if (at < 0 || at - pos > 400)
            continue;
        pos = at + label.size();
        const QStringList columns = schema.columnKeys(rowKey);
        const bool one = columns.size() == 1;
        const DigitRun run = runAfter(text, pos, std::min(text.size(), pos + 60), true, 2);
        if (run.isEmpty())
            continue;
        QStringList ids;
        for (const QString &c : columns)
            ids.append(rowKey + u'.' + c);
        const QList<int> printed = run.printedSplit(int(columns.size()));
        if (!printed.isEmpty() && !one)
            writeSplit(text, run, printed, ids, record, true);
        else if (one)
            writeSplit(text, run, {int(run.digits.size())}, ids, record);
        else if (run.digits.size() == columns.size())
            writeSplit(text, run, QList<int>(columns.size(), 1), ids, record);
        else
            markUnsplit(text, run, ids.constFirst(), record);
    }
}

} // namespace

void inferFlatTables(const QString &text, const LocatedRows &located, Record &record)
{
    if (located.active.isEmpty())
        inferActive(text, record);
    if (located.apply.isEmpty())
        inferApply(text, record);
    if (located.review.isEmpty())
        inferReview(text, record);
}

} // namespace nianbao::extract
