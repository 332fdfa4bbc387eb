// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/FlattenedTables.h"

#include "core/extract/ReportFacts.h"
#include "core/extract/SplitEvidence.h"

#include <QRegularExpression>

#include "core/schema/CellSchema.h"
#include "core/util/TextNormalize.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// ---------------------------------------------------------------------------------------------
// The labels of the rows, in table order, for both formats.

enum class Section { Active, Apply };

struct Anchor
{
    QString prefix; // numbering that may be printed before the label ("2.", "（七）"); may be lost
    QString core;   // the label itself
    RowShape shape;
    ApplyRole role = ApplyRole::Outcome;
    QString rowKey; // section 二: the canonical row ("active.normative")
};

struct AnchorList
{
    QList<Anchor> rows;
    QStringList markers; // header words only this format prints
    FormatVersion format = FormatVersion::V2021;
};

Anchor applyRow(const QString &prefix, const QString &core, ApplyRole role = ApplyRole::Outcome)
{
    return Anchor{prefix, core, RowShape::applicationRow(), role, {}};
}

Anchor activeRow(const QString &core, const QList<CellKind> &kinds, const QString &row)
{
    return Anchor{QString(), core, RowShape::freeRow(kinds), ApplyRole::Outcome, u"active."_s + row};
}

QList<Anchor> applyRows(FormatVersion f)
{
    using R = ApplyRole;
    QList<Anchor> rows = {
        applyRow(u"一、"_s, u"本年新收政府信息公开申请数量"_s, R::New),
        applyRow(u"二、"_s, u"上年结转政府信息公开申请数量"_s, R::CarriedOver),
        applyRow(u"（一）"_s, u"予以公开"_s),
        applyRow(u"（二）"_s, u"部分公开（区分处理的，只计这一情形，不计其他情形）"_s),
    };
    const QStringList denied = {u"属于国家秘密"_s, u"其他法律行政法规禁止公开"_s, u"危及“三安全一稳定”"_s,
                                u"保护第三方合法权益"_s, u"属于三类内部事务信息"_s, u"属于四类过程性信息"_s,
                                u"属于行政执法案卷"_s, u"属于行政查询事项"_s};
    const QStringList unable = {u"本机关不掌握相关政府信息"_s, u"没有现成信息需要另行制作"_s,
                                u"补正后申请内容仍不明确"_s};
    const QStringList ignored = {u"信访举报投诉类申请"_s, u"重复申请"_s, u"要求提供公开出版物"_s,
                                 u"无正当理由大量反复申请"_s, u"要求行政机关确认或重新出具已获取信息"_s};
    for (const QStringList *group : {&denied, &unable, &ignored})
        for (qsizetype i = 0; i < group->size(); ++i)
            rows.append(applyRow(QString::number(i + 1) + u'.', group->at(i)));
    if (f == FormatVersion::V2021) {
        rows.append(applyRow(u"1."_s, u"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_s));
        rows.append(applyRow(u"2."_s, u"申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"_s));
        rows.append(applyRow(u"3."_s, u"其他"_s));
    } else {
        rows.append(applyRow(u"（六）"_s, u"其他处理"_s));
    }
    rows.append(applyRow(u"（七）"_s, u"总计"_s, R::Total));
    rows.append(applyRow(u"四、"_s, u"结转下年度继续办理"_s, R::CarriedForward));
    return rows;
}

QList<Anchor> activeRows(FormatVersion f)
{
    using K = CellKind;
    const QList<K> three = {K::Count, K::Count, K::Count};
    if (f == FormatVersion::V2021)
        return {activeRow(u"规章"_s, three, u"regulations"_s), activeRow(u"行政规范性文件"_s, three, u"normative"_s),
                activeRow(u"行政许可"_s, {K::Count}, u"licensing"_s), activeRow(u"行政处罚"_s, {K::Count}, u"penalty"_s),
                activeRow(u"行政强制"_s, {K::Count}, u"coercion"_s),
                activeRow(u"行政事业性收费"_s, {K::Amount}, u"fees"_s)};
    const QList<K> items = {K::Count, K::Signed, K::Count};
    return {activeRow(u"规章"_s, three, u"regulations"_s), activeRow(u"规范性文件"_s, three, u"normative"_s),
            activeRow(u"行政许可"_s, items, u"licensing"_s), activeRow(u"其他对外管理服务事项"_s, items, u"other_services"_s),
            activeRow(u"行政处罚"_s, items, u"penalty"_s), activeRow(u"行政强制"_s, items, u"coercion"_s),
            activeRow(u"行政事业性收费"_s, {K::Count, K::Signed}, u"fees"_s),
            activeRow(u"政府集中采购"_s, {K::Count, K::Amount}, u"procurement"_s)};
}

AnchorList anchorList(Section s, FormatVersion f)
{
    const bool v21 = f == FormatVersion::V2021;
    if (s == Section::Apply)
        return {applyRows(f), v21 ? QStringList{u"申请人无正当理由逾期不补正"_s} : QStringList{}, f};
    return {activeRows(f),
            v21 ? QStringList{u"本年制发件数"_s, u"本年废止件数"_s, u"本年收费金额"_s}
                : QStringList{u"本年新制作数量"_s, u"上一年项目数量"_s, u"政府集中采购"_s},
            f};
}

// ---------------------------------------------------------------------------------------------
// Finding the labels in the running text.

constexpr qsizetype kRowWindow = 600; // a row's label stands this close after the previous one

// The text reduced as labelKey() reduces a label, with each kept character's place in the text.
struct FoldedText
{
    QString key;
    QList<qsizetype> pos;

    explicit FoldedText(const QString &text)
    {
        key.reserve(text.size());
        pos.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text.at(i);
            if (ch.isLetterOrNumber() && ch.unicode() < 0xFF00) { // kept as is by labelKey (the fast path)
                key.append(ch);
                pos.append(i);
                continue;
            }
            for (QChar c : labelKey(QStringView(text).mid(i, 1))) {
                key.append(c);
                pos.append(i);
            }
        }
    }
    qsizetype keyIndexAt(qsizetype original) const
    {
        return std::lower_bound(pos.begin(), pos.end(), original) - pos.begin();
    }
    Span spanOf(qsizetype keyIndex, qsizetype keyLength) const
    {
        const qsizetype start = pos[keyIndex];
        return Span{start, pos[keyIndex + keyLength - 1] + 1 - start};
    }
};

// The end of the run starting at `from`. A comma between digits ("1,234") is kept in the run so
// that the splitter refuses it: cutting the run at the comma would read 1 for 1,234.
qsizetype runEndFrom(const QString &text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool betweenDigits = (c == u',' || c == u'，') && i > from && text.at(i - 1).isDigit()
            && i + 1 < text.size() && text.at(i + 1).isDigit();
        if (!isRunCharacter(c) && !betweenDigits)
            break;
        ++i;
    }
    return i;
}

int digitsIn(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        n += c.isDigit() ? 1 : 0;
    return n;
}

struct FoundRow
{
    int anchor = -1;
    Span label;
    Span run; // the digits after the label, up to the next label
};

Span withClosingMarks(const QString &text, Span label);

// The first place in [from, limit) where the anchor's label is followed by at least as many
// digits as the row has cells. The numbering may be lost; a short label must keep it.
std::optional<Span> findLabel(const QString &text, const FoldedText &folded, const Anchor &anchor,
                              qsizetype from, qsizetype limit)
{
    QStringList keys = {labelKey(anchor.prefix + anchor.core)};
    const QString coreKey = labelKey(anchor.core);
    if (!anchor.prefix.isEmpty() && coreKey.size() >= 4)
        keys.append(coreKey);
    std::optional<Span> best;
    for (const QString &key : keys) {
        for (qsizetype i = folded.key.indexOf(key, folded.keyIndexAt(from)); i >= 0;
             i = folded.key.indexOf(key, i + 1)) {
            const Span label = withClosingMarks(text, folded.spanOf(i, key.size()));
            if (label.start >= limit || (best && label.start >= best->start))
                break;
            const qsizetype runEnd = runEndFrom(text, label.end());
            if (digitsIn(QStringView(text).mid(label.end(), runEnd - label.end())) >= anchor.shape.cells()) {
                best = label;
                break;
            }
        }
    }
    if (best && best->start > 0 && (text.at(best->start - 1) == u'（' || text.at(best->start - 1) == u'(')) {
        --best->start;
        ++best->length;
    }
    return best;
}

// The label's closing punctuation ("）", "”") that the folded key dropped belongs to the label.
Span withClosingMarks(const QString &text, Span label)
{
    while (label.end() < text.size() && !text.at(label.end()).isSpace()
           && labelKey(QStringView(text).mid(label.end(), 1)).isEmpty())
        ++label.length;
    return label;
}

QString runText(const QString &text, const Span &run) { return text.mid(run.start, run.length); }

// Trims the run to its last digit.
Span trimmedRun(const QString &text, qsizetype start, qsizetype end)
{
    while (end > start && !text.at(end - 1).isDigit())
        --end;
    while (start < end && text.at(start).isSpace())
        ++start;
    return Span{start, end - start};
}

// A label's number printed without its point ("…00000002其他法律…") might instead be the last digit
// of the row before, in a report that printed no numbers before its labels: when the row before
// reads only with that digit, it gets it and the label starts after it.
void settleLabelNumber(const QString &text, FoundRow &row, FoundRow &next, const RowShape &shape)
{
    qsizetype digits = 0;
    while (next.label.start + digits < next.label.end() && text.at(next.label.start + digits).isDigit())
        ++digits;
    const qsizetype after = next.label.start + digits;
    if (digits == 0 || row.run.end() != next.label.start || after >= next.label.end()
        || labelKey(QStringView(text).mid(after, 1)).isEmpty()) // "2." or "2、": surely a number
        return;
    if (!splitDigitRun(runText(text, row.run), shape).splits.isEmpty())
        return;
    const Span longer{row.run.start, row.run.length + digits};
    if (splitDigitRun(runText(text, longer), shape).splits.isEmpty())
        return;
    row.run = longer;
    next.label = Span{after, next.label.end() - after};
}

// The rows of one anchor list found in order in [from, limit), each with its run.
QList<FoundRow> locateRows(const QString &text, const FoldedText &folded, const QList<Anchor> &anchors,
                           qsizetype from, qsizetype limit)
{
    QList<FoundRow> rows;
    qsizetype cursor = from;
    int missedSince = 0;
    for (int a = 0; a < anchors.size(); ++a) {
        const qsizetype windowEnd = rows.isEmpty() ? limit
            : std::min(limit, cursor + kRowWindow * (missedSince + 1));
        const auto label = findLabel(text, folded, anchors[a], cursor, windowEnd);
        if (!label) {
            ++missedSince;
            continue;
        }
        missedSince = 0;
        rows.append(FoundRow{a, *label, {}});
        cursor = label->end();
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        qsizetype end = runEndFrom(text, rows[r].label.end());
        if (r + 1 < rows.size())
            end = std::min(end, rows[r + 1].label.start);
        rows[r].run = trimmedRun(text, rows[r].label.end(), end);
    }
    for (qsizetype r = 0; r + 1 < rows.size(); ++r)
        settleLabelNumber(text, rows[r], rows[r + 1], anchors[rows[r].anchor].shape);
    return rows;
}

int markersIn(const FoldedText &folded, const QStringList &markers, qsizetype from, qsizetype limit)
{
    int n = 0;
    for (const QString &m : markers) {
        const qsizetype i = folded.key.indexOf(labelKey(m), folded.keyIndexAt(from));
        n += (i >= 0 && folded.pos[i] < limit) ? 1 : 0;
    }
    return n;
}

struct Located
{
    AnchorList list;
    QList<FoundRow> rows;
};

// Reads the section's rows with both formats' labels and keeps the format whose header words are
// printed, else the one that finds more rows (2021 on a tie).
Located locateSection(const QString &text, const FoldedText &folded, Section s, qsizetype from, qsizetype limit)
{
    Located best{anchorList(s, FormatVersion::V2021), {}};
    best.rows = locateRows(text, folded, best.list.rows, from, limit);
    Located other{anchorList(s, FormatVersion::V2019), {}};
    other.rows = locateRows(text, folded, other.list.rows, from, limit);
    const int m21 = markersIn(folded, best.list.markers, from, limit);
    const int m19 = markersIn(folded, other.list.markers, from, limit);
    const bool take19 = (m19 > 0 && m21 == 0 && !other.rows.isEmpty())
        || (!(m21 > 0 && m19 == 0 && !best.rows.isEmpty()) && other.rows.size() > best.rows.size());
    return take19 ? other : best;
}

// ---------------------------------------------------------------------------------------------
// Building the tables.

TableCell labelCell(const QString &text, const Span &span)
{
    TableCell c;
    c.text = text.mid(span.start, span.length);
    c.span = span;
    return c;
}

TableRow rowOf(const QString &text, const FoundRow &found, const RunSplit *split)
{
    TableRow row;
    row.cells.append(labelCell(text, found.label));
    row.span = Span{found.label.start, (found.run.length > 0 ? found.run.end() : found.label.end()) - found.label.start};
    if (!split)
        return row;
    // Numbers the text itself keeps apart, one per cell, are read as printed, not reconstructed.
    const bool printedApart = text.mid(found.run.start, found.run.length)
                                  .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                                  .size() == split->cells.size();
    for (const SplitCell &s : split->cells) {
        TableCell c;
        c.span = Span{found.run.start + s.start, s.length};
        c.text = text.mid(c.span.start, c.span.length);
        c.column = int(row.cells.size());
        c.inferred = !printedApart;
        row.cells.append(c);
    }
    return row;
}

// "12|5|17 或 1|25|17" (the first few readings).
QString readingsText(const QList<RunSplit> &readings)
{
    constexpr int kShown = 6;
    QStringList shown;
    for (qsizetype i = 0; i < readings.size() && i < kShown; ++i) {
        QStringList cells;
        for (const SplitCell &c : readings[i].cells)
            cells.append(c.text);
        shown.append(cells.join(u'|'));
    }
    QString out = shown.join(u" 或 "_s);
    if (readings.size() > kShown)
        out += u" 等 %1 种"_s.arg(readings.size());
    return out;
}

// A row the evidence leaves readable several ways: no number. Its value cells are empty, each
// spanning the printed run, inferred, with the count of other readings; the readings themselves
// go to out.choices.
TableRow unsettledRowOf(const QString &text, const FoundRow &found, const QList<RunSplit> &readings,
                        FlattenedReading &out)
{
    TableRow row = rowOf(text, found, nullptr);
    for (qsizetype i = 0; i < readings.first().cells.size(); ++i) {
        TableCell c;
        c.span = found.run;
        c.column = int(row.cells.size());
        c.inferred = true;
        c.alternatives = int(readings.size()) - 1;
        row.cells.append(c);
    }
    FlattenedChoice choice{found.run, {}};
    for (const RunSplit &r : readings) {
        QList<double> values;
        for (const SplitCell &c : r.cells)
            values.append(c.value);
        choice.readings.append(values);
    }
    out.choices.append(choice);
    return row;
}

Span tableSpan(const QList<TableRow> &rows)
{
    if (rows.isEmpty())
        return {};
    return Span{rows.first().span.start, rows.last().span.end() - rows.first().span.start};
}


struct RowReading
{
    QList<RunSplit> candidates; // empty: the row cannot be read
    QString problem;            // why not, or what the reviewer should know
};

RowReading readRun(const QString &text, const FoundRow &found, const RowShape &shape)
{
    RowReading r;
    const QString run = runText(text, found.run);
    const SplitResult split = splitDigitRun(run, shape);
    if (split.capped) {
        r.problem = u"“%1”的读法过多，无法确定各栏数字"_s.arg(run);
    } else if (!split.splits.isEmpty()) {
        r.candidates = split.splits;
    } else if (split.onlyReading) {
        r.candidates = {*split.onlyReading};
        r.problem = u"“%1”只有一种读法，但不满足本行的合计关系"_s.arg(run);
    } else {
        r.problem = shape.sums.isEmpty()
            ? u"“%1”无法拆分为%2个数"_s.arg(run).arg(shape.cells())
            : u"“%1”无法拆分为%2个满足合计关系的数"_s.arg(run).arg(shape.cells());
    }
    return r;
}

// The row's readings: none (not read), one (a value), several (unsettled, no value).
TableRow emitRow(const QString &text, const FoundRow &found, const QList<RunSplit> &readings, QString problem,
                 FlattenedReading &out)
{
    if (readings.size() > 1)
        problem += (problem.isEmpty() ? QString() : u"；"_s)
            + u"连写数字“%1”可拆为 %2，报告未能确定，各栏留空待核对"_s.arg(runText(text, found.run), readingsText(readings));
    if (!problem.isEmpty())
        out.notes.append(FlattenedNote{Span{found.label.start, found.run.end() - found.label.start}, problem});
    if (readings.isEmpty()) {
        ++out.failedRows;
        return rowOf(text, found, nullptr);
    }
    if (readings.size() == 1) {
        ++out.uniqueRows;
        return rowOf(text, found, &readings.first());
    }
    ++out.ambiguousRows;
    return unsettledRowOf(text, found, readings, out);
}

// Sections 二 (and any table without relations between rows): each row on its own, its readings
// weighed against the prose and plausibility.
void emitFreeRows(const QString &text, const Located &located, const QList<ProseCount> &prose, FlattenedReading &out)
{
    const Schema &schema = Schema::get(located.list.format);
    Table table;
    for (const FoundRow &found : located.rows) {
        const Anchor &anchor = located.list.rows[found.anchor];
        RowReading reading = readRun(text, found, anchor.shape);
        if (reading.candidates.size() > 1) {
            const RowContext context{anchor.rowKey, schema.columnKeys(anchor.rowKey),
                                     amountUnitAround(text, found.label, found.run)};
            const WeighedReadings weighed = weighReadings(reading.candidates, context, prose);
            if (weighed.readings.isEmpty())
                reading.problem = u"“%1”的%2种读法都不合常理，无法确定各栏数字"_s
                                      .arg(runText(text, found.run)).arg(reading.candidates.size());
            else if (weighed.readings.size() == 1)
                reading.problem = u"“%1”有%2种读法，按%3确定为 %4"_s.arg(runText(text, found.run))
                                      .arg(reading.candidates.size())
                                      .arg(weighed.evidence.join(u"、"_s), readingsText(weighed.readings));
            reading.candidates = weighed.readings;
        }
        table.rows.append(emitRow(text, found, reading.candidates, reading.problem, out));
    }
    table.span = tableSpan(table.rows);
    if (!table.rows.isEmpty())
        out.tables.append(table);
}

// Section 三: the rows' readings, then the table's relations choosing among them. A row keeps the
// readings some fitting table reading uses; several are left unsettled.
qsizetype emitApplicationRows(const QString &text, const Located &located, FlattenedReading &out)
{
    const QList<Anchor> &anchors = located.list.rows;
    QList<SolverRow> solverRows;
    for (const Anchor &a : anchors)
        solverRows.append(SolverRow{a.role, {}});
    QList<RowReading> readings;
    for (const FoundRow &found : located.rows) {
        readings.append(readRun(text, found, anchors[found.anchor].shape));
        solverRows[found.anchor].candidates = readings.last().candidates;
    }
    const TableChoice choice = solveApplicationTable(solverRows);
    out.tableReadings = choice.fitting;
    const bool someAmbiguous = std::any_of(solverRows.begin(), solverRows.end(),
                                           [](const SolverRow &r) { return r.candidates.size() > 1; });
    if (!choice.relationsApplied && someAmbiguous)
        out.notes.append(FlattenedNote{Span{located.rows.first().label.start, 0},
                                       u"申请情况表的勾稽关系无法用于拆分（缺行或没有一种读法满足），能多种拆分的行留空待核对"_s});
    Table table;
    for (qsizetype r = 0; r < located.rows.size(); ++r) {
        const FoundRow &found = located.rows[r];
        QList<RunSplit> left;
        if (choice.chosen[found.anchor] >= 0)
            for (int k : choice.usable[found.anchor])
                left.append(readings[r].candidates[k]);
        table.rows.append(emitRow(text, found, left, readings[r].problem, out));
    }
    table.span = tableSpan(table.rows);
    if (!table.rows.isEmpty())
        out.tables.append(table);
    return table.rows.isEmpty() ? -1 : table.span.end();
}

// Section 四: the header (行政复议 … 总计) followed by one run of 15 numbers.
void emitReviewRow(const QString &text, const FoldedText &folded, qsizetype from, FlattenedReading &out)
{
    const QString head = labelKey(u"行政复议"_s);
    const QString tail = labelKey(u"总计"_s);
    const RowShape shape = RowShape::reviewRow();
    for (qsizetype i = folded.key.indexOf(head, folded.keyIndexAt(from)); i >= 0; i = folded.key.indexOf(head, i + 1)) {
        qsizetype d = i + head.size();
        while (d < folded.key.size() && d - i < 300 && !folded.key.at(d).isDigit())
            ++d;
        if (d >= folded.key.size() || !folded.key.left(d).endsWith(tail))
            continue;
        const qsizetype runStart = folded.pos[d];
        const Span run = trimmedRun(text, runStart, runEndFrom(text, runStart));
        if (digitsIn(runText(text, run)) < shape.cells())
            continue;
        const qsizetype h = folded.key.lastIndexOf(head, d - head.size()); // the table's own header
        const Span header{folded.pos[h], folded.pos[d - 1] + 1 - folded.pos[h]};
        const RowReading reading = readRun(text, FoundRow{-1, header, run}, shape);
        Table table;
        TableRow headerRow;
        headerRow.cells.append(labelCell(text, header));
        headerRow.span = header;
        table.rows.append(headerRow);
        TableRow data = emitRow(text, FoundRow{-1, Span{run.start, 0}, run}, reading.candidates, reading.problem, out);
        data.cells.removeFirst(); // the data row has no label of its own
        for (TableCell &c : data.cells)
            --c.column;
        table.rows.append(data);
        table.span = Span{header.start, run.end() - header.start};
        out.tables.append(table);
        return;
    }
}

} // namespace

FlattenedReading readFlattened(const QString &text)
{
    FlattenedReading out;
    if (text.isEmpty())
        return out;
    const FoldedText folded(text);
    const Located apply = locateSection(text, folded, Section::Apply, 0, text.size());
    const qsizetype applyStart = apply.rows.isEmpty() ? text.size() : apply.rows.first().label.start;
    const qsizetype tableHead = folded.key.indexOf(labelKey(u"第二十条第（一）项"_s));
    const qsizetype activeFrom = tableHead >= 0 && folded.pos[tableHead] < applyStart ? folded.pos[tableHead] : 0;
    const Located active = locateSection(text, folded, Section::Active, activeFrom, applyStart);
    // The prose outside the tables: from section 二's first label to the application table's end.
    Span tables;
    if (!active.rows.isEmpty()) {
        const qsizetype start = std::min(tableHead >= 0 ? folded.pos[tableHead] : text.size(), active.rows.first().label.start);
        const qsizetype end = apply.rows.isEmpty() ? active.rows.last().run.end() + 2 : apply.rows.last().run.end();
        tables = Span{start, std::max<qsizetype>(0, end - start)};
    }
    const extract::TitleInfo title = extract::findTitle(text);
    const int year = title.year ? title.year : extract::findPeriodYear(text);
    emitFreeRows(text, active, findProseCounts(text, active.list.format, year, tables), out);
    const qsizetype applyEnd = emitApplicationRows(text, apply, out);
    emitReviewRow(text, folded, applyEnd >= 0 ? applyEnd : 0, out);
    return out;
}

QList<Table> readFlattenedTables(const QString &text)
{
    return readFlattened(text).tables;
}

bool hasValueCells(const QList<Table> &tables)
{
    for (const Table &t : tables)
        for (const TableRow &r : t.rows)
            for (const TableCell &c : r.cells)
                if (parseNumber(c.text))
                    return true;
    return false;
}

} // namespace nianbao
