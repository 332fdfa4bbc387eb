// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report from the window (ui/opinion): 文件 › 导出审核意见书… and 打印… (Ctrl+P) in the
// file menu, the document of the report on show (its corrections and notes, the status a project
// gives it), written as PDF or Word by the suffix, drawn on a printer; the project menu's actions
// (one document for all, one per report); the English of the new strings.
#include "tests/fixtures/OpinionFixture.h"
#include "tests/fixtures/ReviewFixture.h"

#include "ui/opinion/OpinionActions.h"
#include "ui/opinion/OpinionPrint.h"
#include "ui/window/Language.h"
#include "ui/window/MainWindow.h"

#include "core/review/Review.h"
#include "core/util/TextNormalize.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;
using namespace opinionfixture;
using namespace Qt::StringLiterals;

namespace {

// The fixture's report with （七）总计·自然人 printed 4 instead of 3.
std::unique_ptr<Review> plantedReview()
{
    return fixture::makeReview({{u"apply.total.natural"_s, 4}});
}

OpinionActions *opinionActions(MainWindow &w)
{
    return w.findChild<OpinionActions *>();
}

QString textOf(const QString &path, QString *skip)
{
    if (path.endsWith(u".docx"_s))
        return squeezed(docxText(zipParts(path).value(u"word/document.xml"_s)));
    bool ok = false;
    const QString text = pdfText(path, &ok);
    if (!ok)
        *skip = u"pdftotext (poppler-utils) is not installed: the PDF cannot be read back"_s;
    return squeezed(text);
}

} // namespace

class TestOpinionActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"nianbao-test"_s);
        QCoreApplication::setApplicationName(u"tst_opinionactions"_s);
        setLanguage(u"zh_CN"_s, false);
    }

    void actionsInFileMenu()
    {
        MainWindow w;
        w.setConfirmDiscard(false);
        OpinionActions *opinion = opinionActions(w);
        QVERIFY(opinion);
        QMenu *file = w.menuBar()->actions().value(0)->menu();
        QVERIFY(file);
        QVERIFY(file->actions().contains(opinion->exportAction()));
        QVERIFY(file->actions().contains(opinion->printAction()));
        QCOMPARE(opinion->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QCOMPARE(opinion->printAction()->shortcut(), QKeySequence(u"Ctrl+P"_s));
        QCOMPARE(opinion->exportAction()->text(), u"导出审核意见书(&R)…"_s);
        // Without a report: nothing to write, and the status line says so.
        QVERIFY(!opinion->currentDocument());
        QSignalSpy said(opinion, &OpinionActions::message);
        QTemporaryDir dir;
        QVERIFY(!opinion->exportTo(dir.filePath(u"x.pdf"_s), false));
        QCOMPARE(said.size(), 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"x.pdf"_s)));
    }

    // The report on show, its correction and note, the status a project gives it; PDF or Word by
    // the suffix.
    void exportOfReportOnShow_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("pdf") << u"pdf"_s;
        QTest::newRow("docx") << u"docx"_s;
    }

    void exportOfReportOnShow()
    {
        QFETCH(QString, suffix);
        MainWindow w;
        w.setConfirmDiscard(false);
        w.setReview(plantedReview());
        OpinionActions *opinion = opinionActions(w);
        opinion->setStatusProvider([] { return StatusChange{ReviewStatus::Returned, u"请重新核对表三"_s, {}}; });
        opinion->setSignature(u"李审核"_s, u"某市政务公开办"_s);
        const auto before = opinion->currentDocument();
        QVERIFY(before && before->reports.size() == 1);
        QVERIFY(before->reports.first().violations);

        // One correction with a note, as the reviewer makes it in the window.
        QVERIFY(w.review()->setCellValue(u"apply.total.natural"_s, 3, u"据原件"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"意见书."_s + suffix);
        QVERIFY(opinion->exportTo(path, false));
        QString skip;
        const QString text = textOf(path, &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        for (const QString &words :
             {u"政府信息公开工作年度报告审核意见书"_s, u"被审核单位：示例市测试局"_s, u"报告年度：2021年度"_s,
              u"报告文件：fixture-report.txt"_s, u"审核状态：退回整改（请重新核对表三）"_s,
              u"审核时已更正：表三（七）总计·自然人由4改为3（备注：据原件）"_s, u"审核人：李审核"_s,
              u"审核单位（盖章）：某市政务公开办"_s, u"审核结论：退回整改"_s})
            QVERIFY2(text.contains(words), qPrintable(words + u"\n---\n"_s + text.left(2000)));
    }

    // What Ctrl+P's preview draws: the same pages, here on a PDF printer.
    void printerGetsTheDocument()
    {
        MainWindow w;
        w.setConfirmDiscard(false);
        w.setReview(plantedReview());
        OpinionActions *opinion = opinionActions(w);
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
        QVERIFY(opinion->printTo(&printer));
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
        QString skip;
        QString text = textOf(dir.filePath(u"printed.pdf"_s), &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        // Printed, not exported: Qt's own text layer, whose radicals (⼯ for 工) are folded here.
        foldIdeographVariants(text);
        QVERIFY2(text.contains(u"（七）总计·自然人：4"_s), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(u"应为3（报告为4）"_s), qPrintable(text.left(2000)));
        const int pages = opinionPageCount(*opinion->currentDocument());
        QVERIFY2(text.contains(u"第1页，共%1页"_s.arg(pages)), qPrintable(QString::number(pages) + text.right(300)));
        QVERIFY(text.contains(u"第%1页，共%1页"_s.arg(pages)));
    }

    // The project menu's work: one document for all, or one per report into a folder.
    void projectMenu()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"season"_s);
        writeReport(folder, u"a.txt"_s, u"甲市司法局"_s, 2023, true);
        writeReport(folder, u"b.txt"_s, u"乙县教育局"_s, 2023, false);
        const QString path = dir.filePath(u"season.nbproj"_s);
        {
            auto project = Project::open(path, Project::Access::Write);
            QVERIFY2(project, qPrintable(project.error()));
            QVERIFY(project->scan({folder}));
        }
        const auto all = exportProjectOpinions(path, dir.filePath(u"all.docx"_s), false, u"docx"_s);
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(*all, QStringList{dir.filePath(u"all.docx"_s)});
        const QString text = textOf(dir.filePath(u"all.docx"_s), nullptr);
        QVERIFY(text.contains(u"被审核单位：甲市司法局"_s) && text.contains(u"被审核单位：乙县教育局"_s));
        const auto each = exportProjectOpinions(path, dir.filePath(u"each"_s), true, u"pdf"_s);
        QVERIFY2(each, qPrintable(each.error()));
        QCOMPARE(*each, (QStringList{dir.filePath(u"each/a-审核意见书.pdf"_s), dir.filePath(u"each/b-审核意见书.pdf"_s)}));
        for (const QString &file : *each) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-");
        }
        QVERIFY(!exportProjectOpinions(dir.filePath(u"none.nbproj"_s), dir.filePath(u"x.pdf"_s), false));

        QMenu menu;
        addProjectOpinionActions(&menu, nullptr, [path] { return path; });
        QCOMPARE(menu.actions().size(), 2);
        QCOMPARE(menu.actions().at(0)->objectName(), u"exportProjectOpinionAction"_s);
        QCOMPARE(menu.actions().at(1)->objectName(), u"exportProjectOpinionsSplitAction"_s);
    }

    // A4; a consistent report takes one page, and each report of a document starts a page.
    void opinionPageIsA4()
    {
        QCOMPARE(opinionPageLayout().pageSize().id(), QPageSize::A4);
        OpinionDocument document;
        document.reports.append(buildOpinion(fixture::makeReview()->record(), {}));
        QCOMPARE(opinionPageCount(document), 1);
        document.reports.append(document.reports.first());
        document.reports.append(document.reports.first());
        QCOMPARE(opinionPageCount(document), 3);
        document.reports.append(buildOpinion(plantedReview()->record(), {}));
        QVERIFY(opinionPageCount(document) >= 4);
    }

    void english()
    {
        MainWindow w;
        w.setConfirmDiscard(false);
        setLanguage(u"en"_s, false);
        QCoreApplication::processEvents();
        OpinionActions *opinion = opinionActions(w);
        QCOMPARE(opinion->exportAction()->text(), u"Export &Findings Report…"_s);
        QCOMPARE(opinion->printAction()->text(), u"&Print Findings Report…"_s);
        setLanguage(u"zh_CN"_s, false);
        QCoreApplication::processEvents();
        QCOMPARE(opinion->printAction()->text(), u"打印审核意见书(&P)…"_s);
    }
};

QTEST_MAIN(TestOpinionActions)
#include "tst_opinionactions.moc"
