// SPDX-License-Identifier: GPL-3.0-or-later
// Ruled tables from the lines a PDF page draws: rules drawn whole or cell by cell give the same
// grid, a missing piece merges cells, shading bars and frames around prose make no table.
#include "core/document/PdfLayout.h"

#include <QtTest>

using namespace nianbao::loaders;
using namespace nianbao::loaders::pdf;

namespace {

const QList<double> kXs{50, 150, 250, 350};  // column edges
const QList<double> kYs{100, 120, 140, 160}; // row edges
constexpr double kTextHeight = 10.5;

// How the rules of the 3x3 table are drawn.
enum class Drawing { Whole, CellByCell, CellByCellWithGaps };

// Pieces left out, to merge cells: "v:r,c" is the rule right of slot (r,c), "h:r,c" the one below it.
QList<Ruling> tableRulings(Drawing drawing, const QStringList &leftOut = {})
{
    QList<Ruling> out;
    const double gap = drawing == Drawing::CellByCellWithGaps ? 1.0 : 0.0;
    for (qsizetype i = 0; i < kYs.size(); ++i) {
        if (drawing == Drawing::Whole) {
            out << Ruling{Qt::Horizontal, kYs[i], kXs.first(), kXs.last(), 0.5};
            continue;
        }
        for (qsizetype c = 0; c + 1 < kXs.size(); ++c) {
            if (!leftOut.contains(QStringLiteral("h:%1,%2").arg(i - 1).arg(c)))
                out << Ruling{Qt::Horizontal, kYs[i], kXs[c] + gap / 2, kXs[c + 1] - gap / 2, 0.5};
        }
    }
    for (qsizetype i = 0; i < kXs.size(); ++i) {
        if (drawing == Drawing::Whole) {
            out << Ruling{Qt::Vertical, kXs[i], kYs.first(), kYs.last(), 0.5};
            continue;
        }
        for (qsizetype r = 0; r + 1 < kYs.size(); ++r) {
            if (!leftOut.contains(QStringLiteral("v:%1,%2").arg(r).arg(i - 1)))
                out << Ruling{Qt::Vertical, kXs[i], kYs[r] + gap / 2, kYs[r + 1] - gap / 2, 0.5};
        }
    }
    return out;
}

// One word in the middle of each slot named in `texts` ("r,c" -> text).
QList<Word> slotWords(const QMap<QString, QString> &texts)
{
    QList<Word> out;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QStringList rc = it.key().split(u',');
        const double x = (kXs[rc[1].toInt()] + kXs[rc[1].toInt() + 1]) / 2;
        const double y = (kYs[rc[0].toInt()] + kYs[rc[0].toInt() + 1]) / 2;
        out << Word{it.value(), QRectF(x - 6, y - 5, 12, 10)};
    }
    return out;
}

QMap<QString, QString> allSlots()
{
    QMap<QString, QString> texts;
    const QString letters = QStringLiteral("abcdefghi");
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            texts.insert(QStringLiteral("%1,%2").arg(r).arg(c), letters.mid(r * 3 + c, 1));
    return texts;
}

// "a|b[2x1];^|..." : cells left to right, rows by ';', spans as [columns x rows], ^ a cell
// covered by a merge from above.
QString summary(const RuledTable &table)
{
    QStringList rows;
    for (const auto &row : table.grid.rows) {
        QStringList cells;
        for (const BlockCell &cell : row) {
            if (cell.continuation) {
                cells << QStringLiteral("^");
                continue;
            }
            QString s = cellText(cell);
            if (cell.colSpan > 1 || cell.rowSpan > 1)
                s += QStringLiteral("[%1x%2]").arg(cell.colSpan).arg(cell.rowSpan);
            cells << s;
        }
        rows << cells.join(u'|');
    }
    return rows.join(u';');
}

} // namespace

class TestPdfRulings : public QObject
{
    Q_OBJECT

private slots:
    void grid_data()
    {
        QTest::addColumn<QList<Ruling>>("rulings");
        QTest::addColumn<QStringList>("omitSlots");
        QTest::addColumn<QString>("grid");
        const QString plain = QStringLiteral("a|b|c;d|e|f;g|h|i");
        QTest::newRow("rules drawn whole") << tableRulings(Drawing::Whole) << QStringList{} << plain;
        QTest::newRow("rules drawn cell by cell") << tableRulings(Drawing::CellByCell) << QStringList{} << plain;
        QTest::newRow("pieces with small gaps where rules cross")
            << tableRulings(Drawing::CellByCellWithGaps) << QStringList{} << plain;
        QList<Ruling> framed; // every cell with its own frame, 2 points between neighbours
        for (qsizetype r = 0; r + 1 < kYs.size(); ++r) {
            for (qsizetype c = 0; c + 1 < kXs.size(); ++c) {
                const double x0 = kXs[c] + 1, x1 = kXs[c + 1] - 1, y0 = kYs[r] + 1, y1 = kYs[r + 1] - 1;
                framed << Ruling{Qt::Horizontal, y0, x0, x1, 0.5} << Ruling{Qt::Horizontal, y1, x0, x1, 0.5}
                       << Ruling{Qt::Vertical, x0, y0, y1, 0.5} << Ruling{Qt::Vertical, x1, y0, y1, 0.5};
            }
        }
        QTest::newRow("cells framed apart") << framed << QStringList{} << plain;
        QList<Ruling> twice = tableRulings(Drawing::Whole);
        twice << tableRulings(Drawing::CellByCell);
        QTest::newRow("rules drawn twice") << twice << QStringList{} << plain;
        QTest::newRow("missing piece merges across")
            << tableRulings(Drawing::CellByCell, {QStringLiteral("v:0,0")}) << QStringList{QStringLiteral("0,1")}
            << QStringLiteral("a[2x1]|c;d|e|f;g|h|i");
        QTest::newRow("missing piece merges down")
            << tableRulings(Drawing::CellByCell, {QStringLiteral("h:0,0"), QStringLiteral("h:1,0")})
            << QStringList{QStringLiteral("1,0"), QStringLiteral("2,0")} << QStringLiteral("a[1x3]|b|c;^|e|f;^|h|i");
        QList<Ruling> shaded = tableRulings(Drawing::Whole);
        shaded << Ruling{Qt::Horizontal, 130, 50, 350, 12}; // a grey band behind the second row
        QTest::newRow("a shading bar is not a rule") << shaded << QStringList{} << plain;
        QList<Ruling> open = tableRulings(Drawing::Whole);
        open.removeAt(kYs.size() - 1); // the last row line, on the next page
        QTest::newRow("no closing line: the column rules' end is the edge") << open << QStringList{} << plain;
    }

    void grid()
    {
        QFETCH(QList<Ruling>, rulings);
        QFETCH(QStringList, omitSlots);
        QFETCH(QString, grid);
        QMap<QString, QString> texts = allSlots();
        for (const QString &slot : omitSlots)
            texts.remove(slot);
        QList<Word> words = slotWords(texts);
        words << Word{QStringLiteral("正文"), QRectF(60, 300, 24, 10)}; // prose below the table
        const QList<RuledTable> tables = findRuledTables(rulings, words, kTextHeight);
        QCOMPARE(tables.size(), 1);
        QCOMPARE(summary(tables.first()), grid);
        QCOMPARE(tables.first().columnEdges.size(), kXs.size());
        for (qsizetype i = 0; i < kXs.size(); ++i)
            QVERIFY(std::abs(tables.first().columnEdges.at(i) - kXs.at(i)) <= 1.0); // a frame stands inside its cell
        QCOMPARE(words.size(), 1); // the table took its words, the prose stays
    }

    void noTable_data()
    {
        QTest::addColumn<QList<Ruling>>("rulings");
        QTest::newRow("nothing drawn") << QList<Ruling>{};
        QTest::newRow("a frame around prose") << QList<Ruling>{
            Ruling{Qt::Horizontal, 100, 50, 350, 0.5}, Ruling{Qt::Horizontal, 160, 50, 350, 0.5},
            Ruling{Qt::Vertical, 50, 100, 160, 0.5}, Ruling{Qt::Vertical, 350, 100, 160, 0.5}};
        QTest::newRow("underlines") << QList<Ruling>{Ruling{Qt::Horizontal, 112, 60, 140, 0.5},
                                                     Ruling{Qt::Horizontal, 132, 60, 300, 0.5}};
        QList<Ruling> thick;
        for (const Ruling &r : tableRulings(Drawing::Whole))
            thick << Ruling{r.orientation, r.pos, r.from, r.to, 9}; // bands, not lines
        QTest::newRow("only thick bands") << thick;
        QList<Ruling> shortPieces; // tick marks of a chart
        for (double x = 60; x < 340; x += 20)
            shortPieces << Ruling{Qt::Vertical, x, 150, 153, 0.5};
        shortPieces << Ruling{Qt::Horizontal, 150, 50, 350, 0.5} << Ruling{Qt::Horizontal, 100, 50, 350, 0.5};
        QTest::newRow("chart ticks") << shortPieces;
        QList<Ruling> hatching; // a drawing's dense grid of long lines
        for (int i = 0; i < 2500; ++i)
            hatching << Ruling{Qt::Horizontal, 100 + i * 3.0, 50, 350, 0.1}
                     << Ruling{Qt::Vertical, 50 + i * 3.0, 100, 600, 0.1};
        QTest::newRow("a dense drawing") << hatching;
    }

    void noTable()
    {
        QFETCH(QList<Ruling>, rulings);
        QList<Word> words = slotWords(allSlots());
        const qsizetype before = words.size();
        QVERIFY(findRuledTables(rulings, words, kTextHeight).isEmpty());
        QCOMPARE(words.size(), before);
    }
};

QTEST_GUILESS_MAIN(TestPdfRulings)
#include "tst_pdfrulings.moc"
