// SPDX-License-Identifier: GPL-3.0-or-later
// The window's files and settings: autosave and restoring after a crash, recent files, drag and
// drop, files that fail to load, the language switch.
#include "tests/cli/NianbaoProcess.h"
#include "tests/fixtures/ReviewFixture.h"

#include "ui/io/Autosave.h"
#include "ui/io/RecentFiles.h"
#include "ui/io/ReviewLoader.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TablesPanel.h"
#include "ui/window/Language.h"
#include "ui/window/MainWindow.h"

#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QDir>
#include <QMessageBox>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

static const char *seed004 = "../data/input/seed_004_80a41c86f4ba9762.txt";

class TestWindowFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void autosaveAndRestore();
    void savingRemovesAutosave();
    void recentFilesRemembered();
    void dropOpensFile();
    void loadingDoesNotBlock();
    void movedReportIsAskedFor_data();
    void movedReportIsAskedFor();
    void noReportIsRefused_data();
    void noReportIsRefused();
    void languageSwitch_data();
    void languageSwitch();

private:
    QString copySeed(const QTemporaryDir &dir);
    static bool openAndWait(MainWindow &w, const QString &path, MainWindow::OpenMode mode = MainWindow::OpenMode::Normal);
};

void TestWindowFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowfiles"));
}

void TestWindowFiles::init()
{
    QDir(Autosave::directory()).removeRecursively();
    RecentFiles::clear();
}

QString TestWindowFiles::copySeed(const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QStringLiteral("report.txt"));
    QFile::copy(QFINDTESTDATA(seed004), target);
    return target;
}

bool TestWindowFiles::openAndWait(MainWindow &w, const QString &path, MainWindow::OpenMode mode)
{
    QSignalSpy loaded(&w, &MainWindow::loaded);
    if (!w.openFile(path, mode))
        return false;
    if (!loaded.wait(30000))
        return false;
    return loaded.first().at(1).toBool();
}

void TestWindowFiles::autosaveAndRestore()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    QString autosaved;
    {
        MainWindow w;
        w.setConfirmDiscard(false);
        QVERIFY(openAndWait(w, source));
        QCOMPARE(w.autosave()->saveNow(), QString()); // nothing unsaved yet
        QVERIFY(w.review()->setCellValue(QStringLiteral("apply.new.other"), 4, QStringLiteral("补录")).ok());
        autosaved = w.autosave()->saveNow();
        QVERIFY(!autosaved.isEmpty());
        QVERIFY(autosaved.startsWith(Autosave::directory()));
        // While this window works on it, a new start would not offer it for restoring.
        QVERIFY(Autosave::pending().isEmpty());
        // The window "crashes": it goes without saving or discarding.
    }
    QCOMPARE(Autosave::pending(), QStringList{autosaved});
    MainWindow w;
    w.setConfirmDiscard(false);
    QVERIFY(openAndWait(w, autosaved, MainWindow::OpenMode::RestoreAutosave));
    QCOMPARE(w.review()->record().value(u"apply.new.other"), std::optional<double>(4));
    QCOMPARE(w.review()->record().corrections.size(), 1);
    QCOMPARE(w.review()->record().corrections.first().note, QStringLiteral("补录"));
    QVERIFY(w.isDirty()); // restored corrections are still unsaved
    QVERIFY(w.reviewPath().isEmpty()); // saving asks where; never over the autosave slot
    QCOMPARE(w.review()->document().path, source);
}

void TestWindowFiles::savingRemovesAutosave()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    MainWindow w;
    w.setConfirmDiscard(false);
    QVERIFY(openAndWait(w, source));
    QVERIFY(w.review()->setCellValue(QStringLiteral("apply.new.other"), 2).ok());
    const QString autosaved = w.autosave()->saveNow();
    QVERIFY(QFile::exists(autosaved));
    QVERIFY(w.saveReviewAs(dir.filePath(QStringLiteral("r.nianbao"))));
    QVERIFY(!QFile::exists(autosaved));
    QVERIFY(!w.isDirty());
    QVERIFY(!w.isWindowModified());
    QVERIFY(Autosave::pending().isEmpty());
}

void TestWindowFiles::recentFilesRemembered()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    MainWindow w;
    w.setConfirmDiscard(false);
    QVERIFY(openAndWait(w, source));
    QCOMPARE(RecentFiles::list().value(0), QFileInfo(source).absoluteFilePath());
    const QString saved = dir.filePath(QStringLiteral("r.nianbao"));
    QVERIFY(w.saveReviewAs(saved));
    QCOMPARE(RecentFiles::list().value(0), QFileInfo(saved).absoluteFilePath());
    QCOMPARE(RecentFiles::list().size(), 2);
}

void TestWindowFiles::dropOpensFile()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    MainWindow w;
    w.setConfirmDiscard(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &MainWindow::loaded);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(source)});
    const QPoint at = w.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(loaded.wait(30000));
    QVERIFY(w.review());
    QCOMPARE(w.review()->document().path, source);
    // Text that is not a file is refused.
    QMimeData text;
    text.setText(QStringLiteral("不是文件"));
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());
}

// Opening returns at once; the report is read on another thread while a progress bar shows.
void TestWindowFiles::loadingDoesNotBlock()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    MainWindow w;
    w.setConfirmDiscard(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &MainWindow::loaded);
    auto *progress = w.findChild<QProgressBar *>();
    QVERIFY(progress);
    QVERIFY(!progress->isVisible());
    QVERIFY(w.openFile(source));
    QCOMPARE(loaded.count(), 0); // not loaded yet: the GUI thread is free
    QVERIFY(progress->isVisible());
    QVERIFY(!w.openFile(source)); // one load at a time
    QVERIFY(loaded.wait(30000));
    QVERIFY(!progress->isVisible());
    QVERIFY(w.review());
    QCOMPARE(w.review()->thread(), w.thread());
    QCOMPARE(w.review()->undoStack()->thread(), w.thread());
}

void TestWindowFiles::movedReportIsAskedFor_data()
{
    QTest::addColumn<bool>("found");
    QTest::newRow("the reviewer finds the report") << true;
    QTest::newRow("the reviewer gives up") << false;
}

// A saved review whose report was moved away (neither where it was nor next to the review): the
// window asks where it is now and opens the review on it, corrections re-applied; the review
// saved again remembers the new place. Given no answer, the window says it could not open.
void TestWindowFiles::movedReportIsAskedFor()
{
    QFETCH(bool, found);
    QTemporaryDir before, after;
    const QString report = copySeed(before);
    const QString reviewFile = before.filePath(QStringLiteral("审核.nianbao"));
    {
        auto review = Review::open(report);
        QVERIFY2(review, qPrintable(review.error()));
        QVERIFY((*review)->setCellValue(QStringLiteral("apply.new.natural"), 99, QStringLiteral("核对原件")).ok());
        QVERIFY(saveReview(**review, reviewFile).ok());
    }
    const QString moved = after.filePath(QStringLiteral("已移动.txt"));
    QVERIFY(QFile::rename(report, moved));

    MainWindow w;
    w.setConfirmDiscard(false);
    QStringList asked;
    w.setSourceLocator([&](const QString &reviewPath, const QString &missing) {
        asked << reviewPath << missing;
        return found ? moved : QString();
    });
    QSignalSpy loaded(&w, &MainWindow::loaded);
    QVERIFY(w.openFile(reviewFile));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(asked, (QStringList{reviewFile, QFileInfo(report).absoluteFilePath()}));
    QCOMPARE(loaded.first().at(1).toBool(), found);
    if (!found) {
        QVERIFY(!w.review());
        return;
    }
    QCOMPARE(w.review()->document().path, moved);
    QCOMPARE(w.review()->record().value(QStringLiteral("apply.new.natural")), std::optional<double>(99));
    QCOMPARE(w.review()->record().corrections.size(), 1);
    QCOMPARE(w.reviewPath(), reviewFile);
    const auto again = ReviewLoader::loadNow(reviewFile, moved); // what the window told the reviewer
    QVERIFY(again->review);
    QVERIFY2(!again->warnings.isEmpty() && again->warnings.first().contains(QDir::toNativeSeparators(moved)),
             qPrintable(again->warnings.join(u'\n')));
    QVERIFY(w.saveReviewAs(reviewFile));
    const auto saved = readReviewFile(reviewFile);
    QVERIFY(saved);
    QCOMPARE(saved->sourcePath, QFileInfo(moved).absoluteFilePath());
}

void TestWindowFiles::noReportIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("a letter") << QStringLiteral("letter.txt")
                              << QByteArray("尊敬的用户：\n您好，这是一封普通的通知，与年度报告无关。\n");
    QTest::newRow("a page of html") << QStringLiteral("page.html")
                                    << QByteArray("<html><body><p>本网站维护期间暂停服务。</p></body></html>");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray();
}

// A file that is no report (or cannot be read): the window refuses it, with the very message the
// command line prints for it before exiting with 2 (both read through core's readReport).
void TestWindowFiles::noReportIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const NianbaoRun cli = runNianbao({QStringLiteral("check"), path});
    QCOMPARE(cli.exitCode, 2);
    const QString prefix = QStringLiteral("nianbao: ");
    QVERIFY2(cli.err.startsWith(prefix), qPrintable(cli.err));
    const QString cliMessage = cli.err.trimmed().mid(prefix.size());
    QVERIFY2(cliMessage.contains(path), qPrintable(cliMessage));

    MainWindow w;
    w.setConfirmDiscard(false);
    QVERIFY(!openAndWait(w, path));
    QVERIFY(!w.review());
    const QList<QMessageBox *> boxes = w.findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.first()->text(), cliMessage);
}

void TestWindowFiles::languageSwitch_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("tab");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("III. Applications");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)") << QStringLiteral("三、依申请公开");
}

// The window retranslates itself when the language changes.
void TestWindowFiles::languageSwitch()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, tab);
    MainWindow w;
    w.setConfirmDiscard(false);
    w.setReview(fixture::makeReview());
    setLanguage(language, false);
    QCoreApplication::processEvents();
    QCOMPARE(currentLanguage(), language);
    QCOMPARE(w.menuBar()->actions().value(0)->text(), fileMenu);
    QCOMPARE(w.tablesPanel()->tabs()->tabText(int(TableSection::Apply)), tab);
}

QTEST_MAIN(TestWindowFiles)
#include "tst_windowfiles.moc"
