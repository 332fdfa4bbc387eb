// SPDX-License-Identifier: GPL-3.0-or-later
// Reports as saved web pages and mirror sites print them (tests/data/input/webtext): every
// canonical cell against the true values, per layout; the figures (cells exact, wrong, missing)
// are printed for each layout.
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/extract/ScriptConversion.h"
#include "core/report/Report.h"
#include "core/util/TextNormalize.h"

#include <QFile>
#include <QTest>

#include <array>
#include <cmath>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// The true values of every fixture (expected.tsv), or of one with a misprint of its own.
QHash<QString, double> expectedCells(const QString &file = u"expected.tsv"_s)
{
    QHash<QString, double> cells;
    QFile f(QFINDTESTDATA(u"../data/input/webtext/"_s + file));
    if (!f.open(QIODevice::ReadOnly))
        return cells;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QStringList p = line.split(u'\t');
        if (p.size() == 2 && !line.startsWith(u'#'))
            cells.insert(p.at(0), p.at(1).toDouble());
    }
    return cells;
}

} // namespace

class TestWebText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("convertedFrom");
        // Rows of section 三 placed by the table's row order (inferred), and rows left open (null).
        QTest::addColumn<QStringList>("byOrder");
        QTest::addColumn<QStringList>("open");
        QTest::addColumn<QString>("truth");
        // Rows settled otherwise (inferred): a row that lost a cell among zeros.
        QTest::addColumn<QStringList>("settled");
        const QString agency = u"某某县测试局"_s;
        const QString truth = u"expected.tsv"_s;
        // Layouts read in full, as printed: name, file, converted from.
        const QList<std::array<QString, 3>> plain = {
            {u"cells closed by |, page chrome"_s, u"web_bars.txt"_s, {}},
            {u"full-width bars with outer bars"_s, u"fullwidth_outer.txt"_s, {}},
            {u"| without outer bars"_s, u"pipes_no_outer.txt"_s, {}},
            {u"runs of spaces"_s, u"spaces.txt"_s, {}},
            {u"tabs"_s, u"tabs.txt"_s, {}},
            {u"Traditional characters"_s, u"hant_web_bars.txt"_s, u"Hant"_s},
            {u"one cell per line between bars"_s, u"cells_between_bars.txt"_s, {}},
            {u"one cell per line between blank lines"_s, u"cells_blank_lines.txt"_s, {}},
            {u"one cell per line, long labels cut into two cells"_s, u"cells_wrapped_labels.txt"_s, {}},
            {u"section 四: groups swapped"_s, u"review_swapped.txt"_s, {}},
            {u"section 四: totals first"_s, u"review_totals_first.txt"_s, {}},
            {u"sections 三/四 without header rows"_s, u"no_markers.txt"_s, {}},
            {u"section 三 interrupted by a note"_s, u"apply_with_note.txt"_s, {}},
        };
        for (const auto &[name, file, converted] : plain)
            QTest::newRow(name.toUtf8().constData()) << file << agency << converted << QStringList() << QStringList() << truth
                                                    << QStringList();
        const QStringList lost = {u"apply.denied.prohibited"_s, u"apply.unavailable.needs_creation"_s};
        QTest::newRow("converter markdown") << u"converter.md"_s << agency << QString() << lost << QStringList() << truth << QStringList();
        QTest::newRow("converter markdown: order leaves rows open")
            << u"converter_open.md"_s << agency << QString() << QStringList{u"apply.unavailable.needs_creation"_s}
            << QStringList{u"apply.denied.prohibited"_s, u"apply.denied.security"_s, u"apply.denied.third_party"_s,
                           u"apply.unavailable.unclear"_s}
            << truth << QStringList{u"apply.not_processed.publication"_s};
        // Two rows printed as one: split back by their numbered labels; 规章 / 行政规范性文件 carry no
        // numbers (they might have been one label wrapped), so their values are to be confirmed.
        QTest::newRow("rows stacked by a converter (<br>)")
            << u"converter_stacked.md"_s << agency << QString() << QStringList() << QStringList() << truth
            << QStringList{u"active.regulations"_s, u"active.normative"_s};
        QTest::newRow("converter markdown: a relation fails") << u"converter_broken.md"_s << agency << QString()
                                                                << QStringList() << lost << u"converter_broken.expected.tsv"_s << QStringList();
    }
    void layouts()
    {
        QFETCH(QString, file);
        QFETCH(QString, agency);
        QFETCH(QString, convertedFrom);
        QFETCH(QStringList, byOrder);
        QFETCH(QStringList, open);
        QFETCH(QString, truth);
        QFETCH(QStringList, settled);
        const QHash<QString, double> want = expectedCells(truth);
        QCOMPARE(want.size(), 200);
        const QString path = QFINDTESTDATA(u"../data/input/webtext/"_s + file);
        const auto doc = loadDocument(path);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error()));
        const Record r = extractRecord(*doc);
        QVERIFY(looksLikeReport(r));
        QCOMPARE(formatName(r.format), u"2021"_s);
        QCOMPARE(r.agency, agency);
        QCOMPARE(r.year, 2023);
        QCOMPARE(r.facts.convertedFrom, convertedFrom);
        // The title's span points into the text as printed.
        QCOMPARE(doc->text.mid(r.facts.titleSpan.start, r.facts.titleSpan.length).size(), r.facts.title.size());

        int exact = 0, wrong = 0, missing = 0;
        QStringList wrongIds, missingIds;
        QStringList rowsByOrder = r.facts.rowsByOrder;
        rowsByOrder.sort();
        QStringList sortedByOrder = byOrder;
        sortedByOrder.sort();
        QCOMPARE(rowsByOrder, sortedByOrder);
        int expectOpen = 0;
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const CellValue *c = r.cell(it.key());
            QVERIFY2(c, qPrintable(it.key()));
            const QString rowKey = it.key().left(it.key().lastIndexOf(u'.'));
            // A row placed by order is inferred; a row the order leaves open has no number.
            QCOMPARE(c->inferred, byOrder.contains(rowKey) || settled.contains(rowKey));
            if (open.contains(rowKey)) {
                ++expectOpen;
                QVERIFY2(!c->value, qPrintable(it.key()));
            }
            if (!c->value) {
                ++missing;
                missingIds.append(it.key());
            } else if (std::abs(*c->value - it.value()) < 1e-9) {
                ++exact;
                // The span shows the value in the text the window shows.
                QVERIFY2(doc->text.mid(c->span.start, c->span.length).contains(c->raw), qPrintable(it.key()));
            } else {
                ++wrong;
                wrongIds.append(it.key());
            }
        }
        qInfo("%s: %d exact, %d wrong, %d missing of %d", qPrintable(file), exact, wrong, missing,
              int(want.size()));
        wrongIds.sort();
        missingIds.sort();
        QVERIFY2(wrong == 0, qPrintable(wrongIds.join(u' ')));
        QVERIFY2(missing == expectOpen, qPrintable(missingIds.mid(0, 20).join(u' ')));
    }

    void simplified_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("simplified");
        QTest::newRow("words of the report") << u"申請 規章 處罰 總計 行政複議"_s << u"申请 规章 处罚 总计 行政复议"_s;
        QTest::newRow("Simplified stays") << u"收到和处理政府信息公开申请情况"_s << u"收到和处理政府信息公开申请情况"_s;
        QTest::newRow("lines and numbers") << u"一、本年新收\t12\n（七）總計 | 3 |\n"_s << u"一、本年新收\t12\n（七）总计 | 3 |\n"_s;
        QTest::newRow("a character beyond the BMP stays") << u"𠀀報告"_s << u"𠀀报告"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void simplified()
    {
        QFETCH(QString, text);
        QFETCH(QString, simplified);
        const QString got = extract::toSimplified(text);
        QCOMPARE(got.size(), text.size());
        QCOMPARE(got, simplified);
    }
};

QTEST_GUILESS_MAIN(TestWebText)
#include "tst_webtext.moc"
