// SPDX-License-Identifier: GPL-3.0-or-later
// The page view (ui/document/PageView): a PDF report shown as its pages with every extracted
// cell's box; the boxes lie on the printed numbers (dark glyph pixels inside each box in the
// rendered page, and the box where pdftotext -bbox puts the word); selection both ways; the
// page ⇄ text toggle; a scanned report opened with empty tables, typed by hand, saved and
// reopened; bad input (3000 pages, a 192-megapixel image, a broken image stream) drawn within
// the cache's byte budget, a page that cannot be shown named with its file and page.
#include "ui/document/PageView.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TablesPanel.h"
#include "ui/window/MainWindow.h"

#include "core/document/PdfRender.h"
#include "core/export/JsonRecord.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

namespace {

constexpr int kWaitMs = 60000; // a generous wait for rendering on a loaded machine (not a timing test)

QString data(const char *path)
{
    return QFINDTESTDATA(QString::fromLatin1(path));
}

std::unique_ptr<MainWindow> windowWith(const QString &path)
{
    auto w = std::make_unique<MainWindow>();
    w->setConfirmDiscard(false);
    auto review = Review::open(path);
    if (!review)
        qWarning("%s", qPrintable(review.error()));
    w->setReview(review ? std::move(review).value() : nullptr);
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("window not exposed");
    return w;
}

// The words pdftotext -bbox gives on one page (0-based): text and box in points.
QList<QPair<QString, QRectF>> bboxWords(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page + 1),
                                          QStringLiteral("-l"), QString::number(page + 1), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(kWaitMs))
        return {};
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<QPair<QString, QRectF>> words;
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words.append({m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                            QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return words;
}

int darkPixels(const QImage &image, const QRect &area)
{
    int dark = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (qGray(image.pixel(x, y)) < 160)
                ++dark;
    return dark;
}

} // namespace

class TestPageView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void boxesLieOnTheirNumbers_data();
    void boxesLieOnTheirNumbers();
    void boxesMatchPdftotext();
    void selectionBothWays();
    void findingOutlinesAllItsBoxes();
    void toggleAndDefaults_data();
    void toggleAndDefaults();
    void zoomAndFitWidth();
    void scannedReportTypedSavedReopened();
    void manyPagesRenderLazily();
    void hugeImageWithinBound();
    void brokenImageNamesFileAndPage();

private:
    QTemporaryDir m_noModels;
};

void TestPageView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pageview"));
    // The scans here are typed by hand: Tesseract, where installed, finds no models in an empty
    // folder, so a scan opens with its tables empty (as on a machine without OCR; tst_ocr reads
    // the scans through OCR, boxes included).
    QVERIFY(m_noModels.isValid());
    qputenv("TESSDATA_PREFIX", QFile::encodeName(m_noModels.path()));
}

void TestPageView::boxesLieOnTheirNumbers_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ruled") << data("../data/input/formats/report.pdf");
    QTest::newRow("split") << data("../data/input/formats/report-split.pdf");
    QTest::newRow("borderless") << data("../data/input/formats/report-borderless.pdf");
    QTest::newRow("turned") << data("../data/input/formats/report-turned.pdf");
}

// Every value read from the PDF has a box, and in the rendered page each box holds ink: the
// glyphs of its number (and a box of the same size a third of a page away mostly does not).
void TestPageView::boxesLieOnTheirNumbers()
{
    QFETCH(QString, file);
    QVERIFY(!file.isEmpty());
    auto w = windowWith(file);
    QVERIFY(w->review());
    PageView *view = w->pageView();
    QVERIFY(w->pagesShown());
    view->zoomIn(); // glyphs a few pixels tall at fit-width: larger, so their strokes are dark
    view->zoomIn();
    const Record &rec = w->review()->record();
    qsizetype read = 0;
    for (const CellValue &c : rec.cells)
        read += c.source == CellSource::Read && !c.inferred;
    const QList<int> boxed = view->boxedCells();
    QVERIFY2(boxed.size() >= read, qPrintable(QStringLiteral("%1 boxes for %2 values read").arg(boxed.size()).arg(read)));
    for (int cell : boxed) {
        const int page = view->cellPage(cell);
        view->scrollToPage(page);
        QTRY_VERIFY_WITH_TIMEOUT(!view->renderedPage(page).isNull(), kWaitMs);
        const QImage image = view->renderedPage(page);
        const double scale = image.width() / view->pageSize(page).width(); // pixels per point as drawn
        const QRectF b = view->cellBox(cell);
        const QRect pixels(int(b.left() * scale), int(b.top() * scale), std::max(1, int(b.width() * scale)),
                           std::max(1, int(b.height() * scale)));
        const QString id = rec.schema().at(cell).id;
        QVERIFY2(darkPixels(image, pixels) >= 3,
                 qPrintable(QStringLiteral("%1 (%2) on page %3: no ink in its box").arg(id, rec.cells.at(cell).raw).arg(page + 1)));
    }
}

// A known cell's box is where pdftotext -bbox says its word is.
void TestPageView::boxesMatchPdftotext()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the boxes are not compared with it");
    const QString file = data("../data/input/formats/report.pdf");
    const auto report = Review::open(file);
    QVERIFY2(report, qPrintable(report.error()));
    const Review &review = **report;
    int compared = 0;
    for (const char *id : {"active.licensing.decisions", "apply.new.natural", "apply.total.total", "review.total"}) {
        const CellValue *c = review.record().cell(QString::fromLatin1(id));
        QVERIFY(c && c->span.isValid());
        const PageBox *box = review.document().pageBoxAt(c->span.start);
        QVERIFY2(box, id);
        bool found = false;
        for (const auto &[text, rect] : bboxWords(file, box->page))
            found = found || (text == c->raw.trimmed() && std::abs(rect.left() - box->box.left()) < 1.0
                              && std::abs(rect.top() - box->box.top()) < 1.5 && std::abs(rect.right() - box->box.right()) < 1.0);
        QVERIFY2(found, qPrintable(QStringLiteral("%1 “%2” at %3,%4 page %5: no such word in pdftotext -bbox")
                                       .arg(QLatin1String(id), c->raw).arg(box->box.left()).arg(box->box.top()).arg(box->page + 1)));
        ++compared;
    }
    QCOMPARE(compared, 4);
}

void TestPageView::selectionBothWays()
{
    auto w = windowWith(data("../data/input/formats/report.pdf"));
    PageView *view = w->pageView();
    const Schema &schema = w->review()->record().schema();
    const int cell = schema.indexOf(QStringLiteral("review.total"));
    // The table to the page: a click in the table outlines the box and scrolls it into view.
    const TableSection section = schema.at(cell).table;
    QTableView *table = w->tablesPanel()->view(section);
    w->tablesPanel()->tabs()->setCurrentIndex(int(section));
    const QModelIndex idx = w->tablesPanel()->model(section)->indexOfCell(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(idx).center());
    QCOMPARE(view->outlinedCells(), QList<int>{cell});
    QVERIFY(view->viewport()->rect().contains(view->viewRectOf(cell)));
    // The page to the table: a click on another box selects its cell.
    const int other = schema.indexOf(QStringLiteral("review.upheld"));
    QVERIFY(view->cellPage(other) >= 0);
    view->showCell(other);
    const QRect box = view->viewRectOf(other);
    QVERIFY(view->viewport()->rect().contains(box.center()));
    QSignalSpy clicked(view, &PageView::cellClicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toInt(), other);
    QCOMPARE(w->tablesPanel()->currentCell(), other);
}

void TestPageView::findingOutlinesAllItsBoxes()
{
    // A planted violation: the total changed by hand, so the balance rule names the row.
    auto w = windowWith(data("../data/input/formats/report.pdf"));
    Review *review = w->review();
    QVERIFY(review->setCellValue(QStringLiteral("apply.new.total"), 999));
    const Finding *violation = nullptr;
    for (const Finding &f : review->record().findings)
        if (f.kind == FindingKind::Violation && f.cells.size() > 1) {
            violation = &f;
            break;
        }
    QVERIFY(violation);
    QList<int> cells;
    for (const QString &id : violation->cells)
        cells.append(review->record().schema().indexOf(id));
    QVERIFY(w->pageView()->showCells(cells));
    QCOMPARE(w->pageView()->outlinedCells(), cells);
    int boxed = 0;
    for (int c : cells)
        boxed += w->pageView()->cellPage(c) >= 0;
    QVERIFY(boxed >= 2);
}

void TestPageView::toggleAndDefaults_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pages");
    QTest::newRow("pdf") << data("../data/input/formats/report.pdf") << true;
    QTest::newRow("scan") << data("../data/input/pages/report-scanned.pdf") << true;
    QTest::newRow("txt") << data("../data/input/formats/report.txt") << false;
    QTest::newRow("docx") << data("../data/input/formats/report.docx") << false;
}

void TestPageView::toggleAndDefaults()
{
    QFETCH(QString, file);
    QFETCH(bool, pages);
    auto w = windowWith(file);
    QVERIFY(w->review());
    QCOMPARE(w->pagesShown(), pages);
    QCOMPARE(w->pageView()->isVisible(), pages);
    QTest::keyClick(w.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->pagesShown(), false); // off for a PDF; a text format has no pages to go to
    QTest::keyClick(w.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->pagesShown(), pages);
}

void TestPageView::zoomAndFitWidth()
{
    auto w = windowWith(data("../data/input/formats/report.pdf"));
    PageView *view = w->pageView();
    const double fit = view->scale();
    QTest::keyClick(w.get(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view->scale() > fit * 1.2);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->scale() < fit);
    QTest::keyClick(w.get(), Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(view->scale(), fit);
}

// A scan opens on its pages with every cell empty; values typed from the page are saved and come
// back, the record says the report is a scan and which values were typed.
void TestPageView::scannedReportTypedSavedReopened()
{
    const QString scan = data("../data/input/pages/report-scanned.pdf");
    auto w = windowWith(scan);
    QVERIFY(w->review());
    QVERIFY(w->review()->document().imageOnly);
    QVERIFY(w->pagesShown());
    QCOMPARE(w->pageView()->pageCount(), 3);
    QVERIFY(w->pageView()->boxedCells().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!w->pageView()->renderedPage(0).isNull(), kWaitMs);
    QVERIFY(darkPixels(w->pageView()->renderedPage(0), w->pageView()->renderedPage(0).rect()) > 1000);
    // The scan shows the page it was made from: its ink where the original's is.
    auto ink = [](const QString &pdf) {
        PdfRenderer renderer;
        if (!renderer.open(pdf).isEmpty())
            return QRect();
        const RenderedPage page = renderer.render(0, 1.0, 4000000);
        const QImage image(reinterpret_cast<const uchar *>(page.pixels.constData()), page.width, page.height,
                           page.bytesPerLine, QImage::Format_RGB32);
        QRect inked; // the box around every dark pixel
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qGray(image.pixel(x, y)) < 128)
                    inked = inked.united(QRect(x, y, 1, 1));
        return inked;
    };
    const QRect original = ink(data("../data/input/formats/report.pdf"));
    const QRect scanned = ink(scan);
    QVERIFY(!original.isEmpty() && !scanned.isEmpty());
    QVERIFY2(std::abs(original.left() - scanned.left()) <= 3 && std::abs(original.right() - scanned.right()) <= 3
                 && std::abs(original.top() - scanned.top()) <= 3,
             qPrintable(QStringLiteral("ink at %1,%2–%3 in the scan, %4,%5–%6 in the original")
                            .arg(scanned.left()).arg(scanned.top()).arg(scanned.right())
                            .arg(original.left()).arg(original.top()).arg(original.right())));
    for (const CellValue &c : w->review()->record().cells)
        QVERIFY(!c.value);
    const QList<QPair<QString, QString>> typed = {{QStringLiteral("apply.new.natural"), QStringLiteral("21")},
                                                  {QStringLiteral("review.total"), QStringLiteral("1")}};
    for (const auto &[id, text] : typed)
        QVERIFY(w->review()->setCellText(id, text));
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("scan.nianbao"));
    QVERIFY(w->saveReviewAs(saved));
    auto reopened = openReview(saved);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const Record &rec = reopened->review->record();
    QVERIFY(rec.facts.scanned);
    QCOMPARE(rec.value(u"apply.new.natural"), std::optional<double>(21));
    QCOMPARE(rec.value(u"review.total"), std::optional<double>(1));
    QCOMPARE(rec.corrections.size(), 2);
    QVERIFY(rec.cell(u"apply.new.natural")->corrected);
    bool said = false;
    for (const Finding &f : rec.findings)
        said = said || (f.rule == u"structure.scanned" && f.message.contains(QStringLiteral("已人工录入 2 个单元格")));
    QVERIFY(said);
    const QJsonObject json = recordToJson(rec);
    QCOMPARE(json.value(u"facts").toObject().value(u"scanned"), QJsonValue(true));
}

void TestPageView::manyPagesRenderLazily()
{
    PageView view;
    constexpr qint64 budget = 12LL * 1024 * 1024;
    view.setCacheBudget(budget);
    view.resize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.openFile(data("../data/input/pages/many-pages.pdf")));
    QCOMPARE(view.pageCount(), 3000);
    for (int page : {0, 1500, 2999, 700}) {
        view.scrollToPage(page);
        QTRY_VERIFY_WITH_TIMEOUT(!view.renderedPage(page).isNull(), kWaitMs);
    }
    qInfo("3000 pages, 4 places visited: %d pages drawn, cache peak %lld of %lld bytes", view.renderedCount(),
          view.cache().peakBytes(), budget);
    QVERIFY(view.cache().peakBytes() <= budget);
    QVERIFY2(view.renderedCount() < 40, qPrintable(QString::number(view.renderedCount())));
    QVERIFY(view.pageProblems().isEmpty());
}

void TestPageView::hugeImageWithinBound()
{
    PageView view;
    constexpr qint64 budget = 16LL * 1024 * 1024;
    view.setCacheBudget(budget);
    view.resize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.openFile(data("../data/input/pages/huge-image.pdf")));
    QTRY_VERIFY_WITH_TIMEOUT(!view.renderedPage(0).isNull(), kWaitMs);
    QVERIFY(view.renderedPage(0).width() > 500); // fit-width fits the A4 page, not the 200-inch one
    QVERIFY(darkPixels(view.renderedPage(0), view.renderedPage(0).rect()) > 100); // the image is drawn
    // Zoomed far in on the 200-inch page: drawn, but never past a quarter of the budget.
    for (int i = 0; i < 8; ++i)
        view.zoomIn();
    view.scrollToPage(1);
    QTRY_VERIFY_WITH_TIMEOUT(!view.cache().anyOf(1).isNull(), kWaitMs);
    qInfo("200-inch page at zoom %.1f: drawn %dx%d, cache peak %lld of %lld bytes", view.zoomFactor(),
          view.cache().anyOf(1).width(), view.cache().anyOf(1).height(), view.cache().peakBytes(), budget);
    QVERIFY(view.cache().anyOf(1).sizeInBytes() <= budget / 4);
    QVERIFY(view.cache().peakBytes() <= budget);
}

void TestPageView::brokenImageNamesFileAndPage()
{
    PageView view;
    view.resize(700, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy problems(&view, &PageView::pageFailed);
    QVERIFY(view.openFile(data("../data/input/pages/broken-image.pdf")));
    view.scrollToPage(1);
    QTRY_VERIFY_WITH_TIMEOUT(!view.pageProblem(1).isEmpty(), kWaitMs);
    const QString message = view.pageProblem(1);
    QVERIFY2(message.contains(QStringLiteral("broken-image.pdf")) && message.contains(QStringLiteral("第 2 页")),
             qPrintable(message));
    QVERIFY(view.pageProblem(0).isEmpty());
    QCOMPARE(problems.size(), 1);
    // A file that is no PDF at all: a message naming it, no pages.
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("not-a.pdf")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("%PDF-1.4 nothing else");
    bad.close();
    QVERIFY(!view.openFile(bad.fileName()));
    QVERIFY(view.openError().contains(QStringLiteral("not-a.pdf")));
}

QTEST_MAIN(TestPageView)
#include "tst_pageview.moc"
