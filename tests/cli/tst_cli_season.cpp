// SPDX-License-Identifier: GPL-3.0-or-later
// A season's folder on the command line (issue 10): check, export of folders with subfolders,
// unreadable and non-report files among the reports, the same agency over three years (series
// findings on the newer reports), the summary workbook read back, the CSV columns, and the same
// output whatever --jobs.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "tests/cli/NianbaoProcess.h"
#include "tests/fixtures/XlsxReader.h"

using namespace Qt::StringLiterals;
using Run = NianbaoRun;

namespace {

QString input(const QString &name)
{
    return QStringLiteral(NIANBAO_TEST_DATA) + u"/input/"_s + name;
}

bool copyTo(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

bool writeTo(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// seed 004 with （七）总计·自然人 3 → 4: one report with violations.
QByteArray plantedViolation()
{
    QFile f(input(u"seed_004_80a41c86f4ba9762.txt"_s));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.replace(u"（七）总计\n\t3\n"_s, u"（七）总计\n\t4\n"_s);
    return text.toUtf8();
}

// The "== FILE" lines of check's output, in order.
QStringList blockFiles(const QByteArray &out)
{
    QStringList files;
    for (const QString &line : QString::fromUtf8(out).split(u'\n'))
        if (line.startsWith(u"== "_s))
            files.append(line.mid(3));
    return files;
}

// The block of one file in check's output (from its "== " line to the blank line).
QString blockOf(const QByteArray &out, const QString &file)
{
    const QString text = QString::fromUtf8(out);
    const qsizetype from = text.indexOf(u"== "_s + file + u'\n');
    if (from < 0)
        return {};
    const qsizetype to = text.indexOf(u"\n\n"_s, from);
    return text.mid(from, to < 0 ? -1 : to - from);
}

using xlsxreader::Cell;
using xlsxreader::Workbook;

} // namespace

class TestCliSeason : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A season: reports in a folder and its subfolders, a broken PDF, a text that is no report
    // and a spreadsheet that is not read at all.
    QString makeSeason(const QString &name)
    {
        const QString root = m_dir.filePath(name);
        bool ok = copyTo(input(u"seed_003_ad0933fee798d3b4.txt"_s), root + u"/区县/大渡口.txt"_s)
                  && copyTo(input(u"seed_002_d313710ee9afc711.txt"_s), root + u"/区县/平顶山/湛河.txt"_s)
                  && copyTo(input(u"formats/report.docx"_s), root + u"/市直/report.docx"_s)
                  && writeTo(root + u"/市直/violation.txt"_s, plantedViolation())
                  && writeTo(root + u"/市直/broken.pdf"_s, "%PDF-1.7\nnot really\n")
                  && writeTo(root + u"/说明.txt"_s, "这是一份说明，不是年度报告。\n")
                  && writeTo(root + u"/汇总表.xlsx"_s, "PK not read");
        return ok ? root : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checkWalksFolderInPathOrder()
    {
        const QString root = makeSeason(u"walk"_s);
        QVERIFY(!root.isEmpty());
        const Run r = runNianbao({u"check"_s, u"--jobs"_s, u"2"_s, root});
        QCOMPARE(r.exitCode, 2); // an unreadable file decides the code, after every report was read
        const QStringList expected = {root + u"/区县/大渡口.txt"_s, root + u"/区县/平顶山/湛河.txt"_s,
                                      root + u"/市直/broken.pdf"_s, root + u"/市直/report.docx"_s,
                                      root + u"/市直/violation.txt"_s, root + u"/说明.txt"_s};
        QCOMPARE(blockFiles(r.out), expected);
        // the unreadable ones: a block with the reason, and the message on stderr
        for (const QString &bad : {root + u"/市直/broken.pdf"_s, root + u"/说明.txt"_s}) {
            const QString block = blockOf(r.out, bad);
            QVERIFY2(block.contains(u"\n无法读取 unreadable: "_s + bad), qPrintable(block));
            QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        }
        QVERIFY(blockOf(r.out, root + u"/说明.txt"_s).contains(u"不是政府信息公开工作年度报告"_s));
        QVERIFY(blockOf(r.out, root + u"/市直/violation.txt"_s).contains(u"\nviolation\tapply.total"_s));
        QVERIFY(!r.out.contains("汇总表.xlsx"));
        const QString last = QString::fromUtf8(r.out).trimmed().section(u'\n', -1);
        QCOMPARE(last, u"总计 total: 读取 4 份报告 reports read, 1 份违反勾稽关系 with violations, "
                       u"0 份有缺失 with blanks, 2 份无法读取 unreadable"_s);
    }

    void exitCodeAtTheEnd_data()
    {
        QTest::addColumn<bool>("violation");
        QTest::addColumn<bool>("unreadable");
        QTest::addColumn<int>("code");
        QTest::newRow("clean") << false << false << 0;
        QTest::newRow("violation") << true << false << 1;
        QTest::newRow("unreadable") << false << true << 2;
        QTest::newRow("both") << true << true << 2;
    }
    void exitCodeAtTheEnd()
    {
        QFETCH(bool, violation);
        QFETCH(bool, unreadable);
        QFETCH(int, code);
        const QString root = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(copyTo(input(u"seed_003_ad0933fee798d3b4.txt"_s), root + u"/b.txt"_s));
        if (violation)
            QVERIFY(writeTo(root + u"/a.txt"_s, plantedViolation()));
        if (unreadable)
            QVERIFY(writeTo(root + u"/0.docx"_s, "not a zip"));
        const Run r = runNianbao({u"check"_s, root});
        QCOMPARE(r.exitCode, code);
        QCOMPARE(blockFiles(r.out).size(), 1 + int(violation) + int(unreadable));
        const Run e = runNianbao({u"export"_s, u"--format"_s, u"json"_s, root});
        QCOMPARE(e.exitCode, code);
        QCOMPARE(QJsonDocument::fromJson(e.out).array().size(), 1 + int(violation));
    }

    void emptyFolderRefused()
    {
        const QString root = m_dir.filePath(u"empty"_s);
        QVERIFY(writeTo(root + u"/notes.xlsx"_s, "x"));
        const Run r = runNianbao({u"check"_s, root});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(root) && r.err.contains(u"没有年度报告"_s), qPrintable(r.err));
    }

    // 青山县司法局 2021, 2022, 2023 under names that put the newer years first: the cross-year
    // checks run by themselves between consecutive years and go with the newer report.
    void seriesOverThreeYears()
    {
        const QString root = m_dir.filePath(u"series"_s);
        QVERIFY(copyTo(input(u"pairs/sifa_2023.txt"_s), root + u"/a.txt"_s));
        QVERIFY(copyTo(input(u"pairs/sifa_2022.txt"_s), root + u"/b.txt"_s));
        QVERIFY(copyTo(input(u"pairs/sifa_2021.txt"_s), root + u"/sub/c.txt"_s));
        QVERIFY(copyTo(input(u"pairs/caizheng_2023.txt"_s), root + u"/d.txt"_s));
        const QString y2023 = root + u"/a.txt"_s, y2022 = root + u"/b.txt"_s, y2021 = root + u"/sub/c.txt"_s;

        const Run r = runNianbao({u"check"_s, root});
        QCOMPARE(r.exitCode, 0);
        const QString b2022 = blockOf(r.out, y2022);
        // 2022 against 2021: 上年结转 and 现行有效件数 differ (see the pairs' make_pairs.py)
        QVERIFY2(b2022.contains(u"\nwarning\tcross.carried_over\tapply.carried_over.natural\t"_s), qPrintable(b2022));
        QVERIFY2(b2022.contains(u"\nwarning\tcross.in_force\t"_s), qPrintable(b2022));
        QVERIFY2(b2022.contains(u"（上年报告："_s + y2021 + u"）"_s), qPrintable(b2022));
        QVERIFY2(b2022.contains(u"0 处缺失 missing, 4 条提示 warnings"_s), qPrintable(b2022));
        // the oldest has no previous year, 2023 agrees with 2022, another agency is not mixed in
        for (const QString &file : {y2021, y2023, root + u"/d.txt"_s})
            QVERIFY2(!blockOf(r.out, file).contains(u"cross."_s), qPrintable(blockOf(r.out, file)));

        const Run j = runNianbao({u"export"_s, u"--format"_s, u"json"_s, root});
        QCOMPARE(j.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(j.out).array();
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).toObject().value(u"year"_s).toInt(), 2022);
        int cross = 0;
        for (const QJsonValue &f : records.at(1).toObject().value(u"findings"_s).toArray()) {
            if (!f.toObject().value(u"rule"_s).toString().startsWith(u"cross."_s))
                continue;
            ++cross;
            QCOMPARE(f.toObject().value(u"previous_file"_s).toString(), y2021);
            QVERIFY(!f.toObject().value(u"previous_cells"_s).toArray().isEmpty());
        }
        QCOMPARE(cross, 4);
        for (int i : {0, 2, 3})
            QVERIFY(!QString::fromUtf8(QJsonDocument(records.at(i).toObject()).toJson()).contains(u"cross."_s));

        const QString xlsx = m_dir.filePath(u"series.xlsx"_s);
        QCOMPARE(runNianbao({u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, xlsx, root}).exitCode, 0);
        Workbook wb;
        QVERIFY(wb.open(xlsx));
        const auto crossSheet = wb.sheets.value(u"跨年度"_s);
        QCOMPARE(crossSheet.size(), 1 + 4);
        for (int row = 2; row <= 5; ++row) {
            QCOMPARE(crossSheet[row][u"B"_s].value, y2022);
            QCOMPARE(crossSheet[row][u"D"_s].value, u"2022"_s);
            QVERIFY(crossSheet[row][u"D"_s].number);
            QCOMPARE(crossSheet[row][u"E"_s].value, y2021);
        }
        const auto summary = wb.sheets.value(u"汇总"_s);
        QCOMPARE(summary[3][u"B"_s].value, y2022);
        QCOMPARE(summary[3][u"I"_s].value, u"4"_s); // 提示, the cross-year ones included
    }

    void summaryWorkbook_data()
    {
        QTest::addColumn<int>("copies");
        QTest::addColumn<bool>("tables");
        QTest::newRow("few reports: with their tables") << 3 << true;
        QTest::newRow("21 reports: constant memory, no tables") << 21 << false;
    }
    void summaryWorkbook()
    {
        QFETCH(int, copies);
        QFETCH(bool, tables);
        const QString root = m_dir.filePath(u"book%1"_s.arg(copies));
        for (int i = 0; i < copies; ++i)
            QVERIFY(copyTo(input(u"seed_004_80a41c86f4ba9762.txt"_s), root + u"/r%1.txt"_s.arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(writeTo(root + u"/r99.txt"_s, plantedViolation()));
        QVERIFY(writeTo(root + u"/zz.docx"_s, "not a zip"));
        const QString xlsx = m_dir.filePath(u"book%1.xlsx"_s.arg(copies));
        const Run r = runNianbao({u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, xlsx, root});
        QCOMPARE(r.exitCode, 2);
        Workbook wb;
        QVERIFY(wb.open(xlsx));
        const QStringList lists = {u"汇总"_s, u"问题清单"_s, u"数据"_s, u"跨年度"_s, u"无法读取"_s, u"修改记录"_s};
        QCOMPARE(wb.names.mid(0, lists.size()), lists);
        QCOMPARE(wb.names.size(), lists.size() + (tables ? 3 * (copies + 1) : 0));
        if (tables)
            QCOMPARE(wb.names.at(lists.size() + 1), u"1 三、依申请公开"_s);

        const int reports = copies + 1;
        const auto summary = wb.sheets.value(u"汇总"_s);
        QCOMPARE(summary.size(), 1 + reports);
        const QMap<QString, Cell> header = summary[1];
        QCOMPARE(header[u"B"_s].value, u"文件"_s);
        QCOMPARE(header[u"G"_s].value, u"违反勾稽关系"_s);
        QCOMPARE(header[u"L"_s].value, u"本年新收"_s);
        QCOMPARE(header[u"R"_s].value, u"行政事业性收费"_s);
        const QMap<QString, Cell> first = summary[2];
        QCOMPARE(first[u"B"_s].value, root + u"/r00.txt"_s);
        QCOMPARE(first[u"C"_s].value, u"聊城市司法局"_s);
        QCOMPARE(first[u"F"_s].value, u"txt"_s);
        for (const QString &col : {u"A"_s, u"D"_s, u"G"_s, u"H"_s, u"I"_s, u"L"_s, u"N"_s})
            QVERIFY2(first[col].number, qPrintable(col));
        QCOMPARE(first[u"D"_s].value, u"2023"_s);
        QCOMPARE(first[u"G"_s].value, u"0"_s);
        QCOMPARE(first[u"L"_s].value, u"3"_s); // 本年新收 of seed 004
        const QMap<QString, Cell> planted = summary[1 + reports];
        QCOMPARE(planted[u"B"_s].value, root + u"/r99.txt"_s);
        QVERIFY(planted[u"G"_s].value.toInt() > 0);

        // 问题清单: the planted report's violations with its agency and year
        const auto findings = wb.sheets.value(u"问题清单"_s);
        QVERIFY(findings.size() > 1);
        QCOMPARE(findings[2][u"B"_s].value, root + u"/r99.txt"_s);
        QCOMPARE(findings[2][u"C"_s].value, u"聊城市司法局"_s);
        QCOMPARE(findings[2][u"D"_s].value, u"2023"_s);
        QCOMPARE(findings[2][u"E"_s].value, u"违反勾稽关系"_s);

        // 数据: one row per report × cell, values as numbers
        const auto data = wb.sheets.value(u"数据"_s);
        QCOMPARE(data.size(), 1 + reports * 200);
        bool sawValue = false;
        for (auto it = data.cbegin(); it != data.cend(); ++it) {
            if (it.key() == 1)
                continue;
            if (it.value()[u"D"_s].value == u"apply.new.total"_s && it.value()[u"A"_s].value.endsWith(u"r00.txt"_s)) {
                QCOMPARE(it.value()[u"H"_s].value, u"3"_s);
                QVERIFY(it.value()[u"H"_s].number);
                QCOMPARE(it.value()[u"J"_s].value, u"ok"_s);
                sawValue = true;
            }
        }
        QVERIFY(sawValue);

        const auto unreadable = wb.sheets.value(u"无法读取"_s);
        QCOMPARE(unreadable.size(), 2);
        QCOMPARE(unreadable[2][u"B"_s].value, root + u"/zz.docx"_s);
        QVERIFY(!unreadable[2][u"C"_s].value.isEmpty());
    }

    void csvColumns()
    {
        const QString root = m_dir.filePath(u"csv"_s);
        QVERIFY(copyTo(input(u"pairs/sifa_2021.txt"_s), root + u"/a.txt"_s));
        QVERIFY(copyTo(input(u"pairs/caizheng_2023.txt"_s), root + u"/b/c.txt"_s));
        const Run r = runNianbao({u"export"_s, u"--format"_s, u"csv"_s, root});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(r.out.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"file,agency,year,id,section,row,column,value,raw,status"_s);
        QCOMPARE(lines.size(), 1 + 2 * 200);
        QVERIFY2(lines.at(1).startsWith(root + u"/a.txt,青山县司法局,2021,active."_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.last().startsWith(root + u"/b/c.txt,"_s), qPrintable(lines.last()));
        // one file named alone: the columns as before
        const Run one = runNianbao({u"export"_s, u"--format"_s, u"csv"_s, root + u"/a.txt"_s});
        QVERIFY(one.out.mid(3).startsWith("file,id,section,"));
    }

    // Issue 14: a run of digits the 2023 report leaves open (12517) is settled by the agency's
    // 2022 report in the same folder (现行有效 10 + 制发 12 − 废止 5 = 17), as `compare` does.
    // Every output waits for the whole run (its reports' outputs on disk meanwhile) and settles
    // whatever the order of the files.
    void previousYearInTheRun_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("inOrder"); // 2022 before 2023 in path order
        for (bool inOrder : {true, false}) {
            const char *order = inOrder ? "in-order" : "reversed";
            for (const char *format : {"check", "json", "csv", "xlsx"})
                QTest::addRow("%s-%s", format, order) << QString::fromLatin1(format) << inOrder;
        }
    }
    void previousYearInTheRun()
    {
        QFETCH(QString, format);
        QFETCH(bool, inOrder);
        const QString root = m_dir.filePath(u"settle-"_s + (inOrder ? u"in-order"_s : u"reversed"_s));
        const QString older = root + (inOrder ? u"/a_2022.txt"_s : u"/b_2022.txt"_s);
        const QString newer = root + (inOrder ? u"/b_2023.txt"_s : u"/a_2023.txt"_s);
        if (!QFileInfo::exists(root)) {
            QVERIFY(copyTo(input(u"evidence/open_2022.txt"_s), older));
            QVERIFY(copyTo(input(u"evidence/open_2023.txt"_s), newer));
        }
        const QStringList ids = {u"active.normative.issued"_s, u"active.normative.repealed"_s,
                                 u"active.normative.in_force"_s};
        const QList<double> values = {12, 5, 17};
        const QString book = m_dir.filePath(u"settle-%1.xlsx"_s.arg(inOrder));
        const Run r = runNianbao(format == u"check" ? QStringList{u"check"_s, root}
                                 : format == u"xlsx" ? QStringList{u"export"_s, u"--format"_s, format, u"-o"_s, book, root}
                                                     : QStringList{u"export"_s, u"--format"_s, format, root});
        QVERIFY2(r.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
        if (format == u"check") {
            const QString block = blockOf(r.out, newer);
            QVERIFY(!block.isEmpty());
            QVERIFY(!block.contains(u"\tambiguous\t"_s));
            QVERIFY(block.contains(u"0 处缺失 missing"_s));
        } else if (format == u"xlsx") {
            Workbook wb;
            QVERIFY(wb.open(book));
            const Workbook::Sheet data = wb.sheets.value(u"数据"_s); // A 文件 … D 单元格 … H 数值, I 原文, J 状态
            for (qsizetype i = 0; i < ids.size(); ++i) {
                QMap<QString, Cell> row;
                for (const auto &cells : data)
                    if (cells.value(u"A"_s).value == newer && cells.value(u"D"_s).value == ids.at(i))
                        row = cells;
                QVERIFY2(!row.isEmpty(), qPrintable(ids.at(i)));
                QCOMPARE(row.value(u"H"_s).value, QString::number(values.at(i)));
                QVERIFY(row.value(u"H"_s).number);
                QCOMPARE(row.value(u"I"_s).value, u"12517"_s);
            }
            // the summary lists the reports in path order, the settled one with no cell missing
            const Workbook::Sheet summary = wb.sheets.value(u"汇总"_s);
            QCOMPARE(summary.value(2).value(u"B"_s).value, inOrder ? older : newer);
            QCOMPARE(summary.value(3).value(u"B"_s).value, inOrder ? newer : older);
        } else if (format == u"json") {
            const QJsonArray records = QJsonDocument::fromJson(r.out).array();
            QCOMPARE(records.size(), 2);
            QJsonObject record;
            for (const QJsonValue &v : records)
                if (v.toObject().value(u"year"_s).toInt() == 2023)
                    record = v.toObject();
            for (qsizetype i = 0; i < ids.size(); ++i)
                QCOMPARE(record.value(u"cells"_s).toObject().value(ids.at(i)).toDouble(), values.at(i));
            QVERIFY(record.value(u"alternatives"_s).toObject().isEmpty());
            QVERIFY(record.value(u"inferred"_s).toArray().contains(QJsonValue(ids.at(2)))); // still to confirm
        } else {
            const QStringList lines = QString::fromUtf8(r.out.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                QString row;
                for (const QString &line : lines)
                    if (line.startsWith(newer + u',') && line.contains(u',' + ids.at(i) + u','))
                        row = line;
                QVERIFY2(!row.isEmpty(), qPrintable(ids.at(i)));
                const QStringList fields = row.split(u',');
                QVERIFY(fields.size() >= 10);
                QCOMPARE(fields.at(7), QString::number(values.at(i))); // value
                QCOMPARE(fields.at(8), u"12517"_s);                                        // raw
            }
        }
    }

    void jobsGiveTheSameOutput_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("check") << QStringList{u"check"_s};
        QTest::newRow("json") << QStringList{u"export"_s, u"--format"_s, u"json"_s};
        QTest::newRow("csv") << QStringList{u"export"_s, u"--format"_s, u"csv"_s};
    }
    void jobsGiveTheSameOutput()
    {
        QFETCH(QStringList, command);
        const QString root = m_dir.filePath(u"jobs"_s);
        if (!QFileInfo::exists(root)) {
            QVERIFY(!makeSeason(u"jobs/season"_s).isEmpty());
            for (const char *name : {"sifa_2021.txt", "sifa_2022.txt", "sifa_2023.txt", "caizheng_2023.txt"})
                QVERIFY(copyTo(input(u"pairs/"_s + QLatin1String(name)), root + u"/pairs/"_s + QLatin1String(name)));
        }
        const Run one = runNianbao(command + QStringList{u"--jobs"_s, u"1"_s, root});
        const Run four = runNianbao(command + QStringList{u"--jobs"_s, u"4"_s, root});
        QCOMPARE(one.exitCode, 2);
        QCOMPARE(four.exitCode, one.exitCode);
        QVERIFY(one.out.size() > 1000);
        QVERIFY(one.out == four.out);
        QCOMPARE(four.err, one.err);
    }

    // compare OLD NEW with folders: each NEW report against the same agency's previous year in OLD
    void compareFolders()
    {
        const QString older = m_dir.filePath(u"cmp/old"_s), newer = m_dir.filePath(u"cmp/new"_s);
        QVERIFY(copyTo(input(u"pairs/sifa_2021.txt"_s), older + u"/a.txt"_s));
        QVERIFY(copyTo(input(u"pairs/sifa_2022.txt"_s), older + u"/sub/b.txt"_s));
        QVERIFY(copyTo(input(u"pairs/sifa_2023_carried_mismatch.txt"_s), newer + u"/x/y.txt"_s));
        QVERIFY(copyTo(input(u"pairs/caizheng_2023.txt"_s), newer + u"/c.txt"_s)); // no pair in OLD
        const Run r = runNianbao({u"compare"_s, u"--jobs"_s, u"2"_s, older, newer});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray comparisons = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(comparisons.size(), 1);
        const QJsonObject c = comparisons.at(0).toObject();
        QCOMPARE(c.value(u"old"_s).toObject().value(u"year"_s).toInt(), 2022); // the previous year, not 2021
        QCOMPARE(c.value(u"new"_s).toObject().value(u"year"_s).toInt(), 2023);
        QCOMPARE(c.value(u"findings"_s).toArray().at(0).toObject().value(u"rule"_s).toString(), u"cross.carried_over"_s);
        QVERIFY2(r.err.contains(newer + u"/c.txt"_s) && r.err.contains(u"未对比"_s), qPrintable(r.err));

        const Run x = runNianbao({u"compare"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, m_dir.filePath(u"c.xlsx"_s), older, newer});
        QCOMPARE(x.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"c.xlsx"_s)));
    }

    void unwritableWorkbookRefusedFirst()
    {
        const QString out = m_dir.filePath(u"no/such/folder/x.xlsx"_s);
        const Run r = runNianbao({u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, out,
                                  input(u"pairs/sifa_2021.txt"_s), input(u"pairs/sifa_2022.txt"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(out) && r.err.contains(u"无法写入 Excel 文件"_s), qPrintable(r.err));
    }

    void badJobsRefused()
    {
        const Run r = runNianbao({u"check"_s, u"--jobs"_s, u"many"_s, input(u"seed_004_80a41c86f4ba9762.txt"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--jobs"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliSeason)
#include "tst_cli_season.moc"
