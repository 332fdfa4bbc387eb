// SPDX-License-Identifier: GPL-3.0-or-later
// `nianbao export --format pdf|docx` (the findings report, app/CliOpinion.h): the PDF read back
// through pdftotext (its fonts embedded: pdffonts), the .docx read back as XML; a report file, a
// saved review and a project; one document for all or one per report (--split); exit codes and
// messages naming the file for bad input; the PDF drawn without a display, by nianbao-opinion,
// while `nianbao` itself still never maps Qt Gui.
//
// Read-only places: the tests run as root, which ignores permission bits, so a read-only folder is
// a read-only bind mount made in a mount namespace of the nianbao process alone (as in
// tst_cli_project); as another user, the folder's write bits are removed.
#include "tests/cli/NianbaoProcess.h"
#include "tests/fixtures/OpinionFixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace opinionfixture;
using namespace Qt::StringLiterals;

namespace {

// The text of a written document, PDF or docx; `skip` set when pdftotext is missing.
QString documentText(const QString &path, QString *skip)
{
    if (path.endsWith(u".docx"_s))
        return docxText(zipParts(path).value(u"word/document.xml"_s));
    bool ok = false;
    const QString text = pdfText(path, &ok);
    if (!ok)
        *skip = u"pdftotext (poppler-utils) is not installed: the PDF cannot be read back"_s;
    return text;
}

const QStringList kAgencies = {u"甲市司法局"_s, u"乙县教育局"_s, u"丙区财政局"_s};

} // namespace

class TestCliOpinion final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString planted() { return writeReport(m_dir.filePath(u"in"_s), u"甲市司法局2023.txt"_s, kAgencies.at(0), 2023, true); }

    // A folder of three reports (the first and the last with the planted error) scanned into a project.
    QString makeProject()
    {
        const QString path = m_dir.filePath(u"season.nbproj"_s);
        if (QFileInfo::exists(path))
            return path;
        const QString folder = m_dir.filePath(u"season"_s);
        for (int i = 0; i < kAgencies.size(); ++i)
            writeReport(folder, u"r%1.txt"_s.arg(i), kAgencies.at(i), 2023, i != 1);
        const NianbaoRun scan = runNianbao({u"scan"_s, path, folder});
        return scan.exitCode == 0 ? path : QString();
    }

    // A saved review of the planted report with the error corrected and a note.
    QString review()
    {
        const QString report = planted();
        const NianbaoRun run = runNianbao({u"export"_s, u"--format"_s, u"json"_s, report});
        QJsonObject record = QJsonDocument::fromJson(run.out).object();
        QJsonObject cells = record.value(u"cells"_s).toObject();
        cells.insert(kCell, 27);
        record.insert(u"cells"_s, cells);
        record.insert(u"corrections"_s, QJsonArray{QJsonObject{{u"cell"_s, kCell}, {u"from"_s, 72}, {u"to"_s, 27},
                                                               {u"note"_s, u"与原件核对"_s},
                                                               {u"at"_s, u"2026-11-30T08:00:00Z"_s}}});
        record.insert(u"review"_s, QJsonObject{{u"format"_s, u"nianbao-review/1"_s}, {u"source_path"_s, report}});
        const QString path = m_dir.filePath(u"甲市.nianbao"_s);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(record).toJson());
        return path;
    }

private Q_SLOTS:
    // One report, PDF and Word: the words come back.
    void documentReadBack_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << u"pdf"_s;
        QTest::newRow("docx") << u"docx"_s;
    }

    void documentReadBack()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(u"one."_s + format);
        const NianbaoRun run = runNianbao({u"export"_s, u"--format"_s, format, u"--date"_s, u"2026-12-03"_s,
                                           u"-o"_s, out, planted()});
        QCOMPARE(run.exitCode, 1); // written; the report breaks relations
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QString skip;
        const QString text = documentText(out, &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        const QString flat = squeezed(text);
        // The text of the PDF reads the ideographs, never the radicals sharing their glyphs (⼯ ⻅).
        static const QRegularExpression radicals(u"[\\x{2E80}-\\x{2FDF}]"_s);
        QVERIFY2(!text.contains(radicals), qPrintable(text.left(400)));
        for (const QString &words :
             {OpinionFixtureTitle(), u"被审核单位：甲市司法局"_s, u"报告年度：2023年度"_s, u"审核日期：2026年12月3日"_s,
              u"违反勾稽关系"_s, u"表三："_s, u"（七）总计·自然人：72"_s, u"自然人应为27（报告为72）"_s,
              u"疑为两位数字颠倒"_s, u"请核实并更正"_s, u"审核人："_s})
            QVERIFY2(flat.contains(squeezed(words)), qPrintable(words + u"\n---\n"_s + text.left(3000)));
        // Each violation's words (the checks' own message) are in the document.
        const NianbaoRun check = runNianbao({u"check"_s, planted()});
        int violations = 0;
        for (const QString &line : QString::fromUtf8(check.out).split(u'\n')) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() == 4 && fields.first() == u"violation") {
                ++violations;
                QVERIFY2(containsPossiblyCut(flat, squeezed(fields.at(3))), qPrintable(fields.at(3)));
            }
        }
        QVERIFY(violations >= 3);
    }

    // Qt's PDF writer embeds the fonts it uses (subsets), a CJK one among them.
    void pdfFontsEmbedded()
    {
        const QString out = m_dir.filePath(u"fonts.pdf"_s);
        QCOMPARE(runNianbao({u"export"_s, u"--format"_s, u"pdf"_s, u"-o"_s, out, planted()}).exitCode, 1);
        bool ok = false;
        const QString fonts = popplerTool(u"pdffonts"_s, {out}, &ok);
        if (!ok)
            QSKIP("pdffonts (poppler-utils) is not installed");
        const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // after the header
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
        for (const QString &line : lines) {
            // name type encoding emb sub uni object ID: "emb" is the third column from the right but three
            const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == u"yes", qPrintable(fonts));
        }
        QVERIFY2(fonts.contains(u"CJK"_s), qPrintable(fonts));
    }

    // A saved review: the correction and its note, the finding marked as corrected; exit 0 (the
    // corrected record holds).
    void savedReview_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << u"pdf"_s;
        QTest::newRow("docx") << u"docx"_s;
    }

    void savedReview()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(u"review."_s + format);
        const NianbaoRun run = runNianbao({u"export"_s, u"--format"_s, format, u"-o"_s, out, review()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QString skip;
        const QString text = squeezed(documentText(out, &skip));
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        for (const QString &words : {u"审核时已更正：表三（七）总计·自然人由72改为27（备注：与原件核对）"_s,
                                     u"审核修改记录"_s, u"（七）总计·自然人：72→27"_s})
            QVERIFY2(text.contains(words), qPrintable(words + u"\n---\n"_s + text.left(3000)));
    }

    // A project: one document for all (each report on pages of its own), or one per report.
    void project_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("split");
        QTest::newRow("pdf, one for all") << u"pdf"_s << false;
        QTest::newRow("pdf, --split") << u"pdf"_s << true;
        QTest::newRow("docx, one for all") << u"docx"_s << false;
        QTest::newRow("docx, --split") << u"docx"_s << true;
    }

    void project()
    {
        QFETCH(QString, format);
        QFETCH(bool, split);
        const QString projectPath = makeProject();
        QVERIFY(!projectPath.isEmpty());
        const QString out = m_dir.filePath(u"project-%1-%2"_s.arg(format).arg(split) + (split ? QString() : u"."_s + format));
        QStringList args{u"export"_s, u"--format"_s, format, u"-o"_s, out, projectPath};
        if (split)
            args.insert(1, u"--split"_s);
        const NianbaoRun run = runNianbao(args);
        QVERIFY2(run.exitCode == 1, qPrintable(run.err)); // two of the three break relations
        QString skip;
        if (!split) {
            const QString text = documentText(out, &skip);
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QCOMPARE(text.count(u"政府信息公开工作年度报告审核意见书"_s), 3);
            for (int i = 0; i < kAgencies.size(); ++i) {
                QVERIFY2(squeezed(text).contains(u"被审核单位："_s + kAgencies.at(i)), qPrintable(kAgencies.at(i)));
                QVERIFY(squeezed(text).contains(u"（第%1份，共3份）"_s.arg(i + 1)));
            }
            QVERIFY(squeezed(text).contains(u"审核状态：未审"_s));
            if (format == u"pdf") { // each report starts a page: the title opens a page three times
                const QStringList pages = text.split(u'\f');
                int opened = 0;
                for (const QString &page : pages)
                    opened += page.trimmed().startsWith(u"政府信息公开工作年度报告审核意见书"_s);
                QCOMPARE(opened, 3);
            }
            return;
        }
        const QStringList files = QDir(out).entryList({u"*."_s + format}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"r0-审核意见书."_s + format, u"r1-审核意见书."_s + format, u"r2-审核意见书."_s + format}));
        QCOMPARE(QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts).size(), 3); // the files written
        for (int i = 0; i < files.size(); ++i) {
            const QString text = squeezed(documentText(QDir(out).filePath(files.at(i)), &skip));
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QCOMPARE(text.count(u"政府信息公开工作年度报告审核意见书"_s), 1);
            QVERIFY(text.contains(u"被审核单位："_s + kAgencies.at(i)));
            for (int j = 0; j < kAgencies.size(); ++j)
                if (j != i)
                    QVERIFY(!text.contains(u"被审核单位："_s + kAgencies.at(j)));
        }
    }

    // Bad input: exit 2, one line naming the file, nothing written.
    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString missing = m_dir.filePath(u"no-such-report.txt"_s);
        const QString out = m_dir.filePath(u"bad.pdf"_s);
        QTest::newRow("no such file, pdf") << QStringList{u"--format"_s, u"pdf"_s, u"-o"_s, out, missing} << missing;
        QTest::newRow("no such file, docx")
            << QStringList{u"--format"_s, u"docx"_s, u"-o"_s, m_dir.filePath(u"bad.docx"_s), missing} << missing;
        QTest::newRow("unknown format") << QStringList{u"--format"_s, u"odt"_s, u"-o"_s, out, planted()}
                                        << u"odt"_s;
        QTest::newRow("no -o") << QStringList{u"--format"_s, u"pdf"_s, planted()} << u"-o"_s;
        QTest::newRow("-o in a missing folder")
            << QStringList{u"--format"_s, u"docx"_s, u"-o"_s, m_dir.filePath(u"nowhere/x.docx"_s), planted()}
            << m_dir.filePath(u"nowhere/x.docx"_s);
        QTest::newRow("-o is a folder") << QStringList{u"--format"_s, u"pdf"_s, u"-o"_s, m_dir.path(), planted()}
                                        << m_dir.path();
        const QString file = planted();
        QTest::newRow("--split into a file")
            << QStringList{u"--format"_s, u"pdf"_s, u"--split"_s, u"-o"_s, file, planted()} << file;
        QTest::newRow("bad date") << QStringList{u"--format"_s, u"pdf"_s, u"--date"_s, u"3.12.2026"_s, u"-o"_s, out,
                                                 planted()}
                                  << u"3.12.2026"_s;
        QTest::newRow("--split with json") << QStringList{u"--format"_s, u"json"_s, u"--split"_s, planted()}
                                           << u"--split"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const NianbaoRun run = runNianbao(QStringList{u"export"_s} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"bad.pdf"_s)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"bad.docx"_s)));
    }

    // A read-only folder: the file (or, with --split, the first file) is named, nothing is written.
    void readOnlyOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("split");
        QTest::newRow("pdf") << u"pdf"_s << false;
        QTest::newRow("docx") << u"docx"_s << false;
        QTest::newRow("pdf --split") << u"pdf"_s << true;
    }

    void readOnlyOutput()
    {
        QFETCH(QString, format);
        QFETCH(bool, split);
        QTemporaryDir locked;
        const QString out = split ? locked.path() : locked.filePath(u"意见书."_s + format);
        QStringList args{u"export"_s, u"--format"_s, format, u"-o"_s, out, planted()};
        if (split)
            args.append(u"--split"_s);
        bool ok = false;
        const NianbaoRun run = runWithReadOnly(locked.path(), args, &ok);
        if (!ok)
            QSKIP("this machine cannot make a read-only folder (no mount namespace as root)");
        QCOMPARE(run.exitCode, 2);
        const QString named = split ? locked.filePath(u"甲市司法局2023-审核意见书."_s + format) : out;
        QVERIFY2(run.err.contains(named + u"：无法写入"_s), qPrintable(run.err));
        QCOMPARE(QDir(locked.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
    }

    // Among several inputs an unreadable one is named and the others are still written: exit 2.
    void unreadableAmongSeveral()
    {
        const QString out = m_dir.filePath(u"partly.docx"_s);
        const QString missing = m_dir.filePath(u"gone.txt"_s);
        const NianbaoRun run = runNianbao({u"export"_s, u"--format"_s, u"docx"_s, u"-o"_s, out, planted(), missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY(docxText(zipParts(out).value(u"word/document.xml"_s)).contains(u"甲市司法局"_s));
    }

    // The PDF is drawn by nianbao-opinion without a display; `nianbao` maps no Gui before the exec.
    void pdfWithoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // the helper chooses offscreen whatever this says
        env.insert(u"LD_DEBUG"_s, u"files"_s);
        const QString out = m_dir.filePath(u"nodisplay.pdf"_s);
        const NianbaoRun run = runNianbao({u"export"_s, u"--format"_s, u"pdf"_s, u"-o"_s, out, planted()}, env);
        QVERIFY2(run.exitCode == 1, qPrintable(run.err.right(2000)));
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // Two programs started in this process (the loader ends each start-up with "transferring
        // control"): `nianbao`, whose start-up maps no Qt Gui, then nianbao-opinion, which does.
        QList<qsizetype> starts;
        for (qsizetype i = run.err.indexOf(u"transferring control: "_s); i >= 0;
             i = run.err.indexOf(u"transferring control: "_s, i + 1))
            starts.append(i);
        QCOMPARE(starts.size(), 2);
        static const QRegularExpression gui(uR"(file=libQt6Gui\S* \[\d+\];\s+needed by)"_s);
        const qsizetype mapped = run.err.indexOf(gui);
        QVERIFY2(mapped > starts.at(0) && mapped < starts.at(1), "Qt Gui is mapped by nianbao-opinion only");
        const qsizetype second = starts.at(0);
        const QString helper = run.err.mid(second);
        QVERIFY2(!helper.contains(u"file=libQt6Widgets"_s), "nianbao-opinion maps no Qt Widgets");
    }

    void usageMentionsFindingsReport()
    {
        const NianbaoRun run = runNianbao({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(u"export --format pdf|docx [--split] -o OUT"_s));
    }

private:
    static QString OpinionFixtureTitle() { return u"政府信息公开工作年度报告审核意见书"_s; }
};

QTEST_GUILESS_MAIN(TestCliOpinion)
#include "tst_cli_opinion.moc"
