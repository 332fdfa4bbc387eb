// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/Extractor.h"

#include "core/extract/FlattenedTables.h"
#include "core/extract/FormatDetector.h"
#include "core/extract/ReportFacts.h"
#include "core/extract/RowMatcher.h"
#include "core/extract/ScriptConversion.h"
#include "core/extract/TableLocator.h"
#include "core/extract/ValueWindow.h"

#include <QHash>

#include <algorithm>

namespace nianbao {

using namespace extract;

namespace {

// A table row recognised as one canonical row.
struct MatchedRow
{
    QString rowKey; // "apply.new", "active.fees", "review", …
    WindowRow window;
};

bool hasValues(const WindowRow &r)
{
    for (int i = r.lastLabel + 1; i < r.row->cells.size(); ++i)
        if (!isEmptyCell(r.row->cells.at(i)))
            return true;
    return false;
}

// Keeps one table row per canonical row: the first that prints values, else the first.
void addMatch(QList<MatchedRow> &matches, const QString &rowKey, const WindowRow &window)
{
    for (MatchedRow &m : matches) {
        if (m.rowKey != rowKey)
            continue;
        if (!hasValues(m.window) && hasValues(window))
            m.window = window;
        return;
    }
    matches.append({rowKey, window});
}

// Matches the rows of one section with `keyOf`. A row of values without a label right under a
// label without values is that label's row (text laid out by columns puts a long label's lines
// above its numbers).
template<typename KeyOf>
QList<MatchedRow> matchRows(const QList<const TableRow *> &rows, KeyOf keyOf)
{
    QList<MatchedRow> matches;
    QString pending; // the key of the row just above, when it printed no values
    int wrapped = 0; // label lines without key or values since (the label's wrapped tail)
    for (const TableRow *row : rows) {
        const int last = lastLabelIndex(*row);
        if (last < 0) {
            if (!pending.isEmpty() && hasValues({row, last}))
                addMatch(matches, pending, {row, last});
            pending.clear();
            continue;
        }
        const QString key = keyOf(rowLabel(*row, last));
        if (key.isEmpty()) {
            if (hasValues({row, last}) || ++wrapped > 1)
                pending.clear();
            continue;
        }
        pending.clear();
        wrapped = 0;
        addMatch(matches, key, {row, last});
        if (!hasValues({row, last}))
            pending = key;
    }
    return matches;
}

QList<MatchedRow> matchActive(const QList<const TableRow *> &rows, FormatVersion format)
{
    return matchRows(rows, [format](const QString &label) { return activeRowKey(label, format); });
}

QList<MatchedRow> matchApply(const QList<const TableRow *> &rows, FormatVersion format)
{
    ApplyContext context;
    return matchRows(rows, [format, &context](const QString &label) {
        return applyRowKey(label, format, context);
    });
}

// Section 四: the one row of 15 numbers under the headers; or, in tables that print one group
// per row, the rows labelled 行政复议 / 未经复议直接起诉 / 复议后起诉.
QList<MatchedRow> matchReview(const QList<const TableRow *> &rows)
{
    QList<MatchedRow> matches;
    for (const TableRow *row : rows) {
        const int last = lastLabelIndex(*row);
        if (last < 0 && row->cells.size() >= 5)
            addMatch(matches, QStringLiteral("review.all"), {row, last});
    }
    if (!matches.isEmpty())
        return matches;
    // The row of 15 numbers behind a label of its own ("数量 | 0 | 0 …").
    for (const TableRow *row : rows) {
        const int last = lastLabelIndex(*row);
        const QString label = rowLabel(*row, last);
        if (row->cells.size() - last - 1 >= 13 && hasValues({row, last}) && reviewRowKey(label).isEmpty()
            && !label.contains(u"维持") && !label.contains(u"审结") && !label.contains(u"总计"))
            addMatch(matches, QStringLiteral("review.all"), {row, last});
    }
    if (!matches.isEmpty())
        return matches;
    for (const TableRow *row : rows) {
        const int last = lastLabelIndex(*row);
        const QString key = last < 0 ? QString() : reviewRowKey(rowLabel(*row, last));
        if (!key.isEmpty() && hasValues({row, last}))
            addMatch(matches, key, {row, last});
    }
    return matches;
}

// The canonical cell ids a matched row fills, in column order.
QStringList cellIds(const Schema &schema, const QString &rowKey)
{
    QStringList ids;
    if (rowKey == u"review.all") {
        for (const QString &group : {QStringLiteral("review"), QStringLiteral("litigation.direct"),
                                     QStringLiteral("litigation.after_review")})
            for (const QString &column : Schema::reviewColumns())
                ids.append(group + u'.' + column);
        return ids;
    }
    const QStringList columns =
        isGroupRowKey(schema.format(), rowKey) ? Schema::applicantColumns() : schema.columnKeys(rowKey);
    for (const QString &column : columns)
        ids.append(rowKey + u'.' + column);
    return ids;
}

// A group printed as its total (（六）其他处理 as one row in a 2021 report): kept when none of its
// sub-rows was found and it printed a number; where its value is 0 the sub-rows are 0 (counts
// are never negative), marked inferred, at the group cell's place in the text.
void settleGroups(Record &record)
{
    const QStringList &columns = Schema::applicantColumns();
    record.printedGroups.removeIf([&](const PrintedGroup &g) {
        bool subRowFound = false, printed = false;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            for (int i : record.groupCells(g.rowKey, columns.at(c)))
                subRowFound = subRowFound || record.cells.at(i).source != CellSource::NotFound;
            printed = printed || (c < g.cells.size() && g.cells.at(c).value);
        }
        return subRowFound || !printed;
    });
    for (const PrintedGroup &g : std::as_const(record.printedGroups)) {
        for (qsizetype c = 0; c < columns.size() && c < g.cells.size(); ++c) {
            const CellValue &total = g.cells.at(c);
            if (!total.value || *total.value != 0)
                continue;
            for (int i : record.groupCells(g.rowKey, columns.at(c))) {
                CellValue &cell = record.cells[i];
                cell = total;
                cell.inferred = true;
            }
        }
        static const QHash<QString, QString> titles = {
            {QStringLiteral("apply.denied"), QStringLiteral("（三）不予公开")},
            {QStringLiteral("apply.unavailable"), QStringLiteral("（四）无法提供")},
            {QStringLiteral("apply.not_processed"), QStringLiteral("（五）不予处理")},
            {QStringLiteral("apply.other_handling"), QStringLiteral("（六）其他处理")},
        };
        record.facts.formatEvidence += QStringLiteral("；申请表的%1只印了合计一行").arg(titles.value(g.rowKey, g.rowKey));
    }
}

PrintedGroup *printedGroup(Record &record, const QString &rowKey)
{
    for (PrintedGroup &g : record.printedGroups)
        if (g.rowKey == rowKey)
            return &g;
    record.printedGroups.append({rowKey, QList<CellValue>(Schema::applicantColumns().size())});
    return &record.printedGroups.last();
}

// Reads the value cells of every matched row into the record, rows of one width voting together
// on where their values stand.
void fillCells(Record &record, const QList<MatchedRow> &matches)
{
    QHash<int, QList<qsizetype>> byWidth;
    QList<QStringList> ids;
    for (qsizetype i = 0; i < matches.size(); ++i) {
        ids.append(cellIds(record.schema(), matches.at(i).rowKey));
        if (!ids.last().isEmpty())
            byWidth[int(ids.last().size())].append(i);
    }
    for (auto it = byWidth.cbegin(); it != byWidth.cend(); ++it) {
        QList<WindowRow> rows;
        for (qsizetype i : it.value())
            rows.append(matches.at(i).window);
        const QList<int> starts = chooseWindows(rows, it.key());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QList<TableCell> &cells = rows.at(r).row->cells;
            const QStringList &rowIds = ids.at(it.value().at(r));
            for (int c = 0; c < rowIds.size(); ++c) {
                const int at = starts.at(r) + c;
                const TableCell *read = at >= 0 && at < cells.size() ? &cells.at(at) : nullptr;
                const QString &rowKey = matches.at(it.value().at(r)).rowKey;
                if (CellValue *cell = record.cell(rowIds.at(c)))
                    *cell = readCell(read);
                else if (isGroupRowKey(record.format, rowKey))
                    printedGroup(record, rowKey)->cells[c] = readCell(read);
            }
        }
    }
}

// Cells of a run-together row the report's evidence left unsettled (FlattenedTables.h): empty,
// inferred, spanning the printed run. Each gets the run as its raw text and its value in every
// reading left (the row's cells in schema order are the run's cells in order).
void addUnsettledReadings(Record &record, const QString &text, const QList<FlattenedChoice> &choices)
{
    const auto unsettled = [](const CellValue &c) { return c.inferred && !c.value && c.span.isValid(); };
    for (const FlattenedChoice &choice : choices) {
        QList<qsizetype> cells;
        for (qsizetype i = 0; i < record.cells.size(); ++i)
            if (unsettled(record.cells.at(i)) && record.cells.at(i).span == choice.run)
                cells.append(i);
        if (choice.readings.isEmpty() || cells.size() != choice.readings.first().size())
            continue;
        for (qsizetype k = 0; k < cells.size(); ++k) {
            CellValue &c = record.cells[cells.at(k)];
            c.raw = text.mid(choice.run.start, choice.run.length);
            c.source = CellSource::Invalid;
            for (const QList<double> &reading : choice.readings)
                c.alternatives.append(reading.at(k));
        }
    }
}

void fillFacts(Record &record, const Document &doc)
{
    const TitleInfo title = findTitle(doc.text);
    record.facts.title = title.title;
    record.facts.titleSpan = title.span;
    record.facts.titleYear = title.year;
    record.facts.periodYear = findPeriodYear(doc.text);
    record.facts.sectionsFound = findSections(doc.text);
    record.facts.claims = findClaims(doc.text);
    record.agency = title.agency;
    record.year = title.year ? title.year : record.facts.periodYear;
}

// `choices`: the rows of run-together tables the report left unsettled (FlattenedTables.h).
Record extractFrom(const Document &doc, const QList<FlattenedChoice> &choices = {})
{
    Record record;
    record.sourceFile = doc.path;
    record.sha256 = QString::fromLatin1(doc.sha256);
    record.kind = doc.kind;
    fillFacts(record, doc);

    const LocatedRows located = locateTables(doc);
    const FormatChoice format = detectFormat(located, doc.text, record.year);
    record.format = format.format;
    record.facts.formatEvidence = format.evidence;
    record.resetCells();

    const QList<MatchedRow> active = matchActive(located.active, record.format);
    const QList<MatchedRow> apply = matchApply(located.apply, record.format);
    const QList<MatchedRow> review = matchReview(located.review);
    fillCells(record, active);
    fillCells(record, apply);
    fillCells(record, review);
    addUnsettledReadings(record, doc.text, choices);
    settleGroups(record);
    // A table's headers count even without its numbers; so do cells found in run-together text.
    record.facts.tablesFound = located.any()
                               || std::any_of(record.cells.cbegin(), record.cells.cend(), [](const CellValue &c) {
                                      return c.source != CellSource::NotFound;
                                  });
    return record;
}

} // namespace

static Record extractReadable(const Document &doc);

Record extractRecord(const Document &doc)
{
    if (doc.imageOnly) { // a scan: nothing to read, every cell missing until typed
        Record record = extractReadable(doc);
        record.facts.scanned = true;
        return record;
    }
    // Printed in Traditional characters: read in Simplified; the spans stay those of the text as
    // printed (the conversion keeps every character in place).
    if (const std::optional<Document> simplified = simplifiedDocument(doc)) {
        Record record = extractReadable(*simplified);
        record.facts.convertedFrom = QStringLiteral("Hant");
        return record;
    }
    return extractReadable(doc);
}

static Record extractReadable(const Document &doc)
{
    // Crawler text: the tables ran together into a paragraph, so the loader found no table with
    // numbers. Their rows are recovered from the text by the relations (FlattenedTables.h).
    const bool plainText = doc.kind == u"txt" || doc.kind == u"md";
    if (plainText && !hasValueCells(doc.tables)) {
        // Looked for in the first kMaxRunTogetherChars only: a crawler's page is well under a
        // megabyte, and the search keeps ten bytes per character (FoldedText): 1.9 GB at its peak
        // for a 200 MB file of plain ASCII, 0.6 GB with this bound.
        constexpr qsizetype kMaxRunTogetherChars = 4 * 1000 * 1000;
        const bool cut = doc.text.size() > kMaxRunTogetherChars;
        FlattenedReading flattened = readFlattened(cut ? doc.text.left(kMaxRunTogetherChars) : doc.text);
        if (hasValueCells(flattened.tables) || !flattened.choices.isEmpty()) {
            Document recovered = doc; // the text is shared, not copied
            recovered.tables = std::move(flattened.tables);
            return extractFrom(recovered, flattened.choices);
        }
    }
    return extractFrom(doc);
}

} // namespace nianbao
