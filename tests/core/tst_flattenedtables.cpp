// SPDX-License-Identifier: GPL-3.0-or-later
// Tables flattened by web crawlers: the fixtures under tests/data/input/flattened/ (composed for
// the test by make_fixtures.py, with the true values and the expected readings computed there by
// brute force) read back with every value inferred, at the right place in the text; the
// application table's relations choose among the rows' readings; rows that cannot be read stay
// without values; garbage gives nothing and never crashes.
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/extract/FlattenedTables.h"
#include "core/util/TextNormalize.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace nianbao;

namespace {

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList valuesOf(const TableRow &row, int firstValue)
{
    QStringList out;
    for (qsizetype i = firstValue; i < row.cells.size(); ++i)
        out.append(valueText(row.cells[i].text));
    return out;
}

const TableRow *rowLabelled(const Table &t, const QString &label)
{
    for (const TableRow &r : t.rows)
        if (!r.cells.isEmpty() && r.cells.first().text == label)
            return &r;
    return nullptr;
}

RunSplit splitOf(const QList<qint64> &values)
{
    RunSplit s;
    for (qint64 v : values)
        s.cells.append(SplitCell{0, 1, QString::number(v), double(v)});
    return s;
}

SolverRow solverRow(ApplyRole role, const QString &run)
{
    return SolverRow{role, splitDigitRun(run, RowShape::applicationRow()).splits};
}

QList<qint64> chosenValues(const SolverRow &row, int chosen)
{
    return chosen < 0 ? QList<qint64>{} : row.candidates[chosen].counts();
}

} // namespace

class TestFlattenedTables final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("2021 layout") << u"flat_2021"_qs;
        QTest::newRow("2019 layout") << u"flat_2019"_qs;
    }
    void fixtures()
    {
        QFETCH(QString, name);
        const QString textPath = QFINDTESTDATA(u"../data/input/flattened/"_qs + name + u".txt"_qs);
        const QString refPath = QFINDTESTDATA(u"../data/input/flattened/"_qs + name + u".tsv"_qs);
        QVERIFY(!textPath.isEmpty() && !refPath.isEmpty());
        const QString text = readUtf8(textPath);
        const FlattenedReading reading = readFlattened(text);
        QCOMPARE(reading.tables.size(), 3); // 二, 三, 四
        QCOMPARE(reading.failedRows, 0);

        const QStringList sections = {u"active"_qs, u"apply"_qs, u"review"_qs};
        QList<int> rowsPerTable(3, 0);
        int unique = 0, ambiguous = 0;
        for (const QString &line : readUtf8(refPath).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 5);
            if (f[0] == u"tableReadings"_qs) {
                QCOMPARE(reading.tableReadings, f[3].toLongLong());
                continue;
            }
            const int t = int(sections.indexOf(f[0]));
            QVERIFY2(t >= 0, qPrintable(line));
            const Table &table = reading.tables[t];
            const TableRow *row = t == 2 ? &table.rows.last() : rowLabelled(table, f[1]);
            QVERIFY2(row, qPrintable(u"row not read: "_qs + f[1]));
            ++rowsPerTable[t];
            const int firstValue = t == 2 ? 0 : 1;
            const QString got = valuesOf(*row, firstValue).join(u' ');
            const int alternatives = f[4].toInt();
            (alternatives > 0 ? ambiguous : unique) += 1;
            if (alternatives > 0) {
                // No number: empty cells over the printed run, its readings in `choices`, the true
                // values among them.
                QVERIFY2(got.trimmed().isEmpty(), qPrintable(f[1] + u": "_qs + got));
                QVERIFY(f[3].isEmpty());
                const Span run = row->cells[firstValue].span;
                const FlattenedChoice *choice = nullptr;
                for (const FlattenedChoice &c : reading.choices)
                    choice = c.run == run ? &c : choice;
                QVERIFY2(choice, qPrintable(f[1]));
                QCOMPARE(choice->readings.size(), alternatives + 1);
                QStringList readings;
                for (const QList<double> &r : choice->readings) {
                    QStringList v;
                    for (double x : r)
                        v.append(QString::number(x));
                    readings.append(v.join(u' '));
                }
                QString truth = f[2];
                truth.remove(u'+');
                QVERIFY2(readings.contains(truth), qPrintable(f[1] + u": "_qs + readings.join(u" / "_qs)));
                for (qsizetype i = firstValue; i < row->cells.size(); ++i) {
                    const TableCell &c = row->cells[i];
                    QVERIFY(c.inferred);
                    QVERIFY(c.text.isEmpty());
                    QCOMPARE(c.span, run);
                    QCOMPARE(c.alternatives, alternatives);
                }
                continue;
            }
            QVERIFY2(f[3].split(u'|').contains(got), qPrintable(f[1] + u": "_qs + got + u" vs "_qs + f[3]));
            // Numbers the text keeps apart, one per cell, are read as printed, not inferred.
            const Span printed{row->cells[firstValue].span.start,
                               row->cells.last().span.end() - row->cells[firstValue].span.start};
            const bool apart = text.mid(printed.start, printed.length)
                                   .split(QRegularExpression(u"\\s+"_qs), Qt::SkipEmptyParts).size()
                               == row->cells.size() - firstValue;
            for (qsizetype i = firstValue; i < row->cells.size(); ++i) {
                const TableCell &c = row->cells[i];
                QCOMPARE(c.inferred, !apart);
                QCOMPARE(c.alternatives, 0);
                QVERIFY(c.span.isValid());
                QCOMPARE(text.mid(c.span.start, c.span.length), c.text); // the digits it came from
                QVERIFY(parseNumber(c.text).has_value());
            }
            if (t == 0)
                continue;
            // The true values are one of the readings that fit the row.
            const Span run{row->cells[firstValue].span.start, row->cells.last().span.end() - row->cells[firstValue].span.start};
            const SplitResult all = splitDigitRun(QStringView(text).mid(run.start, run.length),
                                                  t == 1 ? RowShape::applicationRow() : RowShape::reviewRow());
            QStringList readings;
            for (const RunSplit &s : all.splits) {
                QStringList v;
                for (const SplitCell &c : s.cells)
                    v.append(c.text);
                readings.append(v.join(u' '));
            }
            QVERIFY2(readings.contains(f[2]), qPrintable(f[1]));
        }
        QCOMPARE(reading.tables[0].rows.size(), rowsPerTable[0]);
        QCOMPARE(reading.tables[1].rows.size(), rowsPerTable[1]);
        QCOMPARE(reading.tables[2].rows.size(), 2); // the header, then the 15 numbers
        QCOMPARE(reading.uniqueRows, unique);
        QCOMPARE(reading.ambiguousRows, ambiguous);
        QCOMPARE(reading.choices.size(), ambiguous);
        QVERIFY(reading.tables[2].rows.first().cells.first().text.contains(u"行政复议"_qs));
        QVERIFY(!reading.tables[2].rows.first().cells.first().inferred);
    }

    void extractorFallsBack()
    {
        // A text file whose tables ran together: the loader finds no table with numbers (it does
        // not depend on extraction), and the extractor recovers the flattened ones from the text.
        const auto doc = loadDocument(QFINDTESTDATA("../data/input/flattened/flat_2021.txt"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(!hasValueCells(doc->tables));
        const Record record = extractRecord(*doc);
        const CellValue *total = record.cell(u"apply.new.total");
        QVERIFY(total);
        QCOMPARE(total->source, CellSource::Read);
        QVERIFY(total->inferred);
        QCOMPARE(total->value, std::optional<double>(21));
    }

    void solver_data()
    {
        QTest::addColumn<QList<SolverRow>>("rows");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<qint64>("fitting");
        QTest::addColumn<QList<int>>("alternatives");
        QTest::addColumn<QList<qint64>>("firstOutcome"); // chosen values of the first outcome row
        using R = ApplyRole;
        // new and total each read two ways alone ("153010221": 15|3|0|1|0|2|21 or 1|5|3|0|10|2|21);
        // the outcome row is fixed by its spaces, and the relations leave one reading.
        QTest::newRow("relations pick the one reading")
            << QList<SolverRow>{solverRow(R::New, u"153010221"_qs), solverRow(R::CarriedOver, u"0000000"_qs),
                                solverRow(R::Outcome, u"15301 0 2 21"_qs), solverRow(R::Total, u"153010221"_qs),
                                solverRow(R::CarriedForward, u"0000000"_qs)}
            << true << qint64(1) << QList<int>{0, 0, 0, 0, 0} << QList<qint64>{15, 3, 0, 1, 0, 2, 21};
        // Two outcome rows "110000011" (11|0|…|11 or 1|10|…|11) and a total of 12|10|…|22: either
        // row may hold either reading, two table readings fit.
        QTest::newRow("two readings fit the table")
            << QList<SolverRow>{solverRow(R::New, u"1210000022"_qs), solverRow(R::CarriedOver, u"0000000"_qs),
                                solverRow(R::Outcome, u"110000011"_qs), solverRow(R::Outcome, u"110000011"_qs),
                                solverRow(R::Total, u"1210000022"_qs), solverRow(R::CarriedForward, u"0000000"_qs)}
            << true << qint64(2) << QList<int>{0, 0, 1, 1, 0, 0} << QList<qint64>{11, 0, 0, 0, 0, 0, 11};
        // The printed table breaks relation 2: no reading fits, each row keeps its own first reading.
        QTest::newRow("no table reading fits")
            << QList<SolverRow>{solverRow(R::New, u"1000001"_qs), solverRow(R::CarriedOver, u"0000000"_qs),
                                solverRow(R::Outcome, u"110000011"_qs), solverRow(R::Total, u"1000001"_qs),
                                solverRow(R::CarriedForward, u"0000000"_qs)}
            << false << qint64(0) << QList<int>{0, 0, 1, 0, 0} << QList<qint64>{11, 0, 0, 0, 0, 0, 11};
        // An outcome row is missing: only relation 1 is used; the outcome rows keep their own readings.
        QTest::newRow("missing row: relation 1 only")
            << QList<SolverRow>{solverRow(R::New, u"153010221"_qs), solverRow(R::CarriedOver, u"0000000"_qs),
                                solverRow(R::Outcome, u"110000011"_qs), SolverRow{R::Outcome, {}},
                                solverRow(R::Total, u"15301 0 2 21"_qs), solverRow(R::CarriedForward, u"0000000"_qs)}
            << true << qint64(1) << QList<int>{0, 0, 1, 0, 0, 0} << QList<qint64>{11, 0, 0, 0, 0, 0, 11};
        // Built by hand: the preferred reading (smaller cells) wins among two that fit.
        QTest::newRow("preference among fitting readings")
            << QList<SolverRow>{SolverRow{R::New, {splitOf({2, 0, 0, 0, 0, 0, 2})}},
                                SolverRow{R::CarriedOver, {splitOf({0, 0, 0, 0, 0, 0, 0})}},
                                SolverRow{R::Outcome, {splitOf({1, 0, 0, 0, 0, 0, 1}), splitOf({2, 0, 0, 0, 0, 0, 2})}},
                                SolverRow{R::Outcome, {splitOf({1, 0, 0, 0, 0, 0, 1}), splitOf({0, 0, 0, 0, 0, 0, 0})}},
                                SolverRow{R::Total, {splitOf({2, 0, 0, 0, 0, 0, 2})}},
                                SolverRow{R::CarriedForward, {splitOf({0, 0, 0, 0, 0, 0, 0})}}}
            << true << qint64(2) << QList<int>{0, 0, 1, 1, 0, 0} << QList<qint64>{1, 0, 0, 0, 0, 0, 1};
    }
    void solver()
    {
        QFETCH(QList<SolverRow>, rows);
        QFETCH(bool, applied);
        QFETCH(qint64, fitting);
        QFETCH(QList<int>, alternatives);
        QFETCH(QList<qint64>, firstOutcome);
        const TableChoice c = solveApplicationTable(rows);
        QCOMPARE(c.relationsApplied, applied);
        QCOMPARE(c.fitting, fitting);
        QCOMPARE(c.alternatives, alternatives);
        // The readings a row may still hold: one per alternative and the chosen one among them.
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i].candidates.isEmpty())
                continue;
            QCOMPARE(c.usable[i].size(), alternatives[i] + 1);
            QVERIFY(c.usable[i].contains(c.chosen[i]));
        }
        qsizetype outcome = -1;
        for (qsizetype i = 0; i < rows.size() && outcome < 0; ++i)
            if (rows[i].role == ApplyRole::Outcome)
                outcome = i;
        QCOMPARE(chosenValues(rows[outcome], c.chosen[outcome]), firstOutcome);
        if (!applied)
            return;
        // The chosen reading satisfies both relations where all their rows are present.
        QList<qint64> sum(7, 0), lhs(7, 0), rhs(7, 0);
        bool complete = true;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (c.chosen[i] < 0) {
                complete = complete && rows[i].role != ApplyRole::Outcome;
                continue;
            }
            const QList<qint64> v = chosenValues(rows[i], c.chosen[i]);
            for (int k = 0; k < 7; ++k) {
                if (rows[i].role == ApplyRole::Outcome)
                    sum[k] += v[k];
                if (rows[i].role == ApplyRole::New || rows[i].role == ApplyRole::CarriedOver)
                    lhs[k] += v[k];
                if (rows[i].role == ApplyRole::Total || rows[i].role == ApplyRole::CarriedForward)
                    rhs[k] += v[k];
            }
        }
        QCOMPARE(lhs, rhs);
        for (qsizetype i = 0; i < rows.size() && complete; ++i)
            if (rows[i].role == ApplyRole::Total)
                QCOMPARE(chosenValues(rows[i], c.chosen[i]), sum);
    }

    void unreadableRows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("values"); // empty: the row keeps only its label
        QTest::addColumn<QString>("note");       // a word the note must hold, empty for none
        const QString next = u"二、上年结转政府信息公开申请数量0000000"_qs;
        QTest::newRow("no split fits") << u"一、本年新收政府信息公开申请数量12345678"_qs + next
                                       << u"一、本年新收政府信息公开申请数量"_qs << QStringList{} << u"12345678"_qs;
        QTest::newRow("the only reading breaks the total")
            << u"一、本年新收政府信息公开申请数量1234567"_qs + next << u"一、本年新收政府信息公开申请数量"_qs
            << QStringList{u"1"_qs, u"2"_qs, u"3"_qs, u"4"_qs, u"5"_qs, u"6"_qs, u"7"_qs} << u"合计"_qs;
        QTest::newRow("a huge run") << u"一、本年新收政府信息公开申请数量"_qs + QString(100000, u'1') + next
                                    << u"一、本年新收政府信息公开申请数量"_qs << QStringList{} << u"无法拆分"_qs;
        QTest::newRow("thousands separator: no reading, never 1")
            << u"第二十条第（五）项 行政许可1,234行政处罚5"_qs << u"行政许可"_qs << QStringList{} << u"1,234"_qs;
        QTest::newRow("free row with many readings: no number")
            << u"第二十条第（一）项 规章5112行政规范性文件000"_qs << u"规章"_qs
            << QStringList{QString(), QString(), QString()} << u"5|1|12 或 51|1|2 或 5|11|2"_qs;
    }
    void unreadableRows()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QStringList, values);
        QFETCH(QString, note);
        const FlattenedReading r = readFlattened(text);
        const TableRow *row = nullptr;
        for (const Table &t : r.tables)
            row = row ? row : rowLabelled(t, label);
        QVERIFY(row);
        QCOMPARE(valuesOf(*row, 1), values);
        QCOMPARE(r.failedRows, values.isEmpty() ? 1 : 0);
        bool noted = false;
        for (const FlattenedNote &n : r.notes)
            noted = noted || n.message.contains(note);
        QVERIFY2(noted, qPrintable(note));
    }

    void labelNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secondLabel");
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        const QString head = u"（三）不予公开1.属于国家秘密"_qs;
        const QStringList zeros(7, u"0"_qs);
        QTest::newRow("number with its point") << head + u"00000002.其他法律行政法规禁止公开3000003"_qs
                                               << u"2.其他法律行政法规禁止公开"_qs << zeros
                                               << QStringList{u"3"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"3"_qs};
        QTest::newRow("number without its point") << head + u"00000002其他法律行政法规禁止公开3000003"_qs
                                                  << u"2其他法律行政法规禁止公开"_qs << zeros
                                                  << QStringList{u"3"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"3"_qs};
        // No numbers printed: the 2 closes the row before (2|0|…|2), the label starts after it.
        QTest::newRow("no numbers, the digit is a value") << u"属于国家秘密2000002其他法律行政法规禁止公开0000000"_qs
                                                          << u"其他法律行政法规禁止公开"_qs
                                                          << QStringList{u"2"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"2"_qs}
                                                          << zeros;
    }
    void labelNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, secondLabel);
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        const FlattenedReading r = readFlattened(text);
        QCOMPARE(r.tables.size(), 1);
        const Table &t = r.tables.first();
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(valuesOf(t.rows[0], 1), first);
        QCOMPARE(t.rows[1].cells.first().text, secondLabel);
        QCOMPARE(valuesOf(t.rows[1], 1), second);
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << u"abc def 123 ghi"_qs;
        QTest::newRow("prose with the labels") << u"本年新收政府信息公开申请数量21件，予以公开10件，行政复议0件。"_qs;
        QTest::newRow("letters after the labels")
            << u"一、本年新收政府信息公开申请数量abcdefg二、上年结转政府信息公开申请数量xyz（七）总计"_qs;
        QTest::newRow("a label ten thousand times") << u"（七）总计"_qs.repeated(10000);
        QTest::newRow("digits only") << QString(5000, u'7');
        QString debris = u"行政复议总计"_qs;
        debris.prepend(QChar(0xD800)).prepend(QChar(0)).append(QChar(0xDC00)).append(QChar(0xFFFF));
        QTest::newRow("control and lone surrogates") << debris;
    }
    void garbage()
    {
        QFETCH(QString, text);
        const FlattenedReading r = readFlattened(text);
        QVERIFY(r.tables.isEmpty());
        QVERIFY(!hasValueCells(r.tables));
        QCOMPARE(r.uniqueRows + r.ambiguousRows + r.failedRows, 0);
    }
};

QTEST_GUILESS_MAIN(TestFlattenedTables)
#include "tst_flattenedtables.moc"
