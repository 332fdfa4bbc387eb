// SPDX-License-Identifier: GPL-3.0-or-later
// The split of app/: `nianbao` runs the sub-commands without ever loading the window's libraries
// (Qt Widgets, Charts, OpenGL widgets), nor OCR's (libtesseract and the 33 it brings) unless a
// scan is read, as the dynamic loader itself reports (LD_DEBUG=files lists every object it maps,
// also those opened later with dlopen); everything else is the review window, started by
// `nianbao` as the program nianbao-window with the same arguments.
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "tests/cli/NianbaoProcess.h"

using namespace Qt::StringLiterals;

namespace {


QProcessEnvironment loaderTrace()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_DEBUG"_s, u"files"_s);
    return env;
}

// The files the dynamic loader mapped in a run made with loaderTrace(), as it names them (needed
// at start-up or opened later with dlopen).
QStringList loadedFiles(const QString &stderrText)
{
    static const QRegularExpression line(uR"(file=(\S+) \[\d+\];\s+(?:needed by|dynamically loaded by) )"_s);
    QStringList files;
    for (auto it = line.globalMatch(stderrText); it.hasNext();)
        files.append(it.next().captured(1));
    return files;
}

#ifdef NIANBAO_WITH_GUI
// Where each program's start-up ends in a run made with loaderTrace().
QList<qsizetype> programStarts(const QString &stderrText)
{
    QList<qsizetype> at;
    for (qsizetype i = stderrText.indexOf(u"transferring control: "_s); i >= 0;
         i = stderrText.indexOf(u"transferring control: "_s, i + 1))
        at.append(i);
    return at;
}
#endif

// The libraries only the window uses; the command line must load none of them. Qt Gui among
// them: the core links it for the review's undo stack, which the command line does without.
const QStringList kWindowLibraries = {u"libQt6Widgets"_s, u"libQt6Charts"_s, u"libQt6OpenGLWidgets"_s,
                                      u"libQt6Concurrent"_s, u"libKF6SyntaxHighlighting"_s, u"libQt6Gui"_s};

// OCR's libraries: libtesseract is opened with dlopen when a scan is read (core/ocr/TesseractApi.h),
// so no other run maps it or the libraries it brings.
const QStringList kOcrLibraries = {u"libtesseract"_s, u"liblept"_s, u"libarchive"_s, u"libcurl"_s, u"libgnutls"_s};

QString input(const QString &name)
{
    return QFINDTESTDATA(u"../data/input/"_s + name);
}

} // namespace

class TestCliStartup final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A review of report.txt with one correction that keeps the value, as the window saves it:
    // the record of RECORD.md with its "review" member.
    QString savedReview()
    {
        const NianbaoRun run = runNianbao({u"export"_s, u"--format"_s, u"json"_s, input(u"formats/report.txt"_s)});
        QJsonObject record = QJsonDocument::fromJson(run.out).object();
        record.insert(u"corrections"_s, QJsonArray{QJsonObject{{u"cell"_s, u"apply.new.natural"_s}, {u"from"_s, 26},
                                                               {u"to"_s, 26}, {u"note"_s, u"核对"_s},
                                                               {u"at"_s, u"2026-11-23T08:00:00Z"_s}}});
        record.insert(u"review"_s, QJsonObject{{u"format"_s, u"nianbao-review/1"_s},
                                               {u"source_path"_s, input(u"formats/report.txt"_s)}});
        const QString path = m_dir.filePath(u"report.nianbao"_s);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(record).toJson());
        return path;
    }

private Q_SLOTS:
    void commandLineLoadsNoWindowOrOcrLibrary_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString txt = input(u"formats/report.txt"_s);
        QTest::newRow("--version") << QStringList{u"--version"_s} << 0;
        QTest::newRow("--help") << QStringList{u"--help"_s} << 0;
        QTest::newRow("check txt") << QStringList{u"check"_s, txt} << 0;
        QTest::newRow("check pdf") << QStringList{u"check"_s, input(u"formats/report.pdf"_s)} << 0;
        QTest::newRow("check docx") << QStringList{u"check"_s, input(u"formats/report.docx"_s)} << 0;
        QTest::newRow("export json") << QStringList{u"export"_s, u"--format"_s, u"json"_s, txt} << 0;
        // xlsx: libxlsxwriter is opened with dlopen at this point; it must not bring the window's.
        QTest::newRow("export xlsx") << QStringList{u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s,
                                                    m_dir.filePath(u"out.xlsx"_s), txt}
                                     << 0;
        QTest::newRow("compare") << QStringList{u"compare"_s, input(u"pairs/sifa_2022.txt"_s),
                                                input(u"pairs/sifa_2023.txt"_s)}
                                 << 0;
        QTest::newRow("unreadable") << QStringList{u"check"_s, m_dir.filePath(u"missing.txt"_s)} << 2;
        QTest::newRow("saved review") << QStringList{u"check"_s, savedReview()} << 0;
    }

    // One run of each command answers both: none maps the window's libraries, and none maps
    // OCR's (libtesseract is opened with dlopen only when a scan needs it).
    void commandLineLoadsNoWindowOrOcrLibrary()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const NianbaoRun run = runNianbao(args, loaderTrace());
        QCOMPARE(run.exitCode, exitCode);
        const QStringList names = loadedFiles(run.err);
        // The trace is really there (it always names Qt Core).
        QVERIFY2(names.contains(u"libQt6Core.so.6"_s), qPrintable(run.err.left(2000)));
        for (const QString &name : names) {
            for (const QString &window : kWindowLibraries)
                QVERIFY2(!name.startsWith(window), qPrintable(name + u" loaded by: "_s + args.join(u' ')));
            for (const QString &ocr : kOcrLibraries)
                QVERIFY2(!name.startsWith(ocr), qPrintable(name + u" loaded by: "_s + args.join(u' ')));
        }
    }

    // A scan where libtesseract cannot be loaded (NIANBAO_TESSERACT names a file that is not there,
    // as on a machine without tesseract-ocr): it opens with empty tables and says which package to
    // install; nothing crashes.
    void missingTesseractIsNamed()
    {
        QProcessEnvironment env = loaderTrace();
        env.insert(u"NIANBAO_TESSERACT"_s, m_dir.filePath(u"no-such/libtesseract.so.5"_s));
        const NianbaoRun run = runNianbao({u"check"_s, input(u"pages/report-scanned.pdf"_s)}, env);
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"tesseract-ocr"_s), qPrintable(out.left(2000)));
#ifdef NIANBAO_OCR_BUILT
        QVERIFY2(out.contains(u"找不到文字识别库"_s) && out.contains(u"no-such/libtesseract.so.5"_s),
                 qPrintable(out.left(2000)));
#endif
        QVERIFY2(out.contains(u"not_found\tapply.new.total"_s), qPrintable(out.left(2000))); // empty tables
        for (const QString &name : loadedFiles(run.err))
            QVERIFY2(!name.startsWith(u"libtesseract"_s), qPrintable(name));
    }

#ifdef NIANBAO_WITH_GUI
    // `nianbao` with no sub-command becomes nianbao-window (same process, exec), which loads the
    // window's libraries and shows the report (review window) or the two years (comparison).
    void windowStartsThroughTheWindowProgram_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("shown");
        QTest::newRow("review window") << QStringList{input(u"formats/report.txt"_s)}
                                       << u"launch-to-checked-report: "_s;
        QTest::newRow("review window, English") << QStringList{u"--lang"_s, u"en"_s, input(u"formats/report.txt"_s)}
                                                << u"(loaded: yes)"_s;
        QTest::newRow("comparison window")
            << QStringList{u"--compare"_s, input(u"pairs/sifa_2022.txt"_s), input(u"pairs/sifa_2023.txt"_s)}
            << u"open-to-comparison-shown: "_s;
    }

    void windowStartsThroughTheWindowProgram()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, shown);
        const QString png = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')
                                           + u".png"_s);
        QProcessEnvironment env = loaderTrace();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const NianbaoRun run = runNianbao(QStringList{u"--screenshot"_s, png} + args, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(3000)));
        QVERIFY2(run.err.contains(shown), qPrintable(run.err.right(3000)));
        QVERIFY2(!run.err.contains(u"loaded: no"_s), qPrintable(run.err.right(3000)));
        // Two programs started in this process (the loader ends each start-up with "transferring
        // control"; it names both after argv[0], which the exec keeps): `nianbao`, whose start-up
        // maps no Widgets, then nianbao-window, whose start-up maps them as its own dependency.
        const QList<qsizetype> starts = programStarts(run.err);
        QCOMPARE(starts.size(), 2);
        const qsizetype widgets = run.err.indexOf(QRegularExpression(uR"(file=libQt6Widgets\S* \[\d+\];\s+needed by)"_s));
        QVERIFY2(widgets > starts.at(0) && widgets < starts.at(1), qPrintable(run.err.left(3000)));
        const QImage shot(png);
        QVERIFY2(!shot.isNull(), qPrintable(png));
        QVERIFY(shot.width() > 300 && shot.height() > 200);
    }

    // A `nianbao` without its window program next to it says which file it looked for; the
    // sub-commands do not need it.
    void missingWindowProgramIsNamed()
    {
        QTemporaryDir alone;
        const QString binary = alone.filePath(u"nianbao"_s);
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_BINARY), binary));
        QVERIFY(QFile::setPermissions(binary, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const NianbaoRun window = runNianbao({input(u"formats/report.txt"_s)}, {}, binary);
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains(u"无法启动审核窗口程序"_s), qPrintable(window.err));
        const QString lookedIn = QFileInfo(alone.path()).canonicalFilePath() + u"/"_s;
        QVERIFY2(window.err.contains(lookedIn) && window.err.contains(u"/nianbao-window"_s), qPrintable(window.err));
        const NianbaoRun version = runNianbao({u"--version"_s}, {}, binary);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("nianbao "));
        const NianbaoRun check = runNianbao({u"check"_s, input(u"formats/report.txt"_s)}, {}, binary);
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("== "));
    }
#else
    // A build without the window answers `nianbao FILE` with the usage.
    void withoutWindowFileShowsUsage()
    {
        const NianbaoRun run = runNianbao({input(u"formats/report.txt"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("nianbao check FILE"), run.out.constData());
    }
#endif
};

QTEST_MAIN(TestCliStartup)
#include "tst_cli_startup.moc"
