// SPDX-License-Identifier: GPL-3.0-or-later
// The report highlighter (the complete fallback when KF6 SyntaxHighlighting is absent): each
// category lands on the right text.
#include "ui/document/ReportHighlighter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using namespace nianbao::ui;

class TestHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void categories_data();
    void categories();
};

void TestHighlighter::categories_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("expected");
    const int heading = ReportHighlighter::Heading, number = ReportHighlighter::Number,
              note = ReportHighlighter::Note, row = ReportHighlighter::TableRow, debris = ReportHighlighter::Debris;
    QTest::newRow("section heading") << QStringLiteral("三、收到和处理政府信息公开申请情况") << QStringLiteral("收到")
                                     << heading << true;
    QTest::newRow("numbered heading") << QStringLiteral("1、 总体情况") << QStringLiteral("总体") << heading << true;
    QTest::newRow("markdown heading") << QStringLiteral("## 一、总体情况") << QStringLiteral("总体") << heading << true;
    QTest::newRow("title") << QStringLiteral("聊城市司法局2023年度政府信息公开年度报告") << QStringLiteral("司法局")
                           << heading << true;
    QTest::newRow("prose is no heading") << QStringLiteral("一、是加强组织领导，全面完善管理工作机制，定期召开政务公开领导小组工作会议，推动政务公开的开展。")
                                         << QStringLiteral("组织") << heading << false;
    QTest::newRow("number in prose") << QStringLiteral("全年共发布信息68条。") << QStringLiteral("68") << number << true;
    QTest::newRow("decimal") << QStringLiteral("\t40.51") << QStringLiteral("40.51") << number << true;
    QTest::newRow("full-width digits") << QStringLiteral("\t　０") << QStringLiteral("０") << number << true;
    QTest::newRow("no number in a word") << QStringLiteral("见 H5 页面") << QStringLiteral("5") << number << false;
    QTest::newRow("note") << QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
                          << QStringLiteral("第三项") << note << true;
    QTest::newRow("note is bounded") << QStringLiteral("本列数据的勾稽关系为：第一项加第二项之和）一、本年新收政府信息公开申请数量")
                                     << QStringLiteral("本年新收") << note << false;
    QTest::newRow("tab row") << QStringLiteral("\t行政许可") << QStringLiteral("许可") << row << true;
    QTest::newRow("pipe row") << QStringLiteral("| 行政许可 | 408 |") << QStringLiteral("许可") << row << true;
    QTest::newRow("debris") << QStringLiteral("\t[bookmark: _Hlk66973412]一、本年新收") << QStringLiteral("_Hlk")
                            << debris << true;
}

static bool hasFormat(const QTextCharFormat &got, const QTextCharFormat &want)
{
    const auto props = want.properties();
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        if (got.property(it.key()) != it.value())
            return false;
    return !props.isEmpty();
}

void TestHighlighter::categories()
{
    QFETCH(QString, line);
    QFETCH(QString, part);
    QFETCH(int, category);
    QFETCH(bool, expected);
    QTextDocument doc;
    doc.setPlainText(line);
    auto *highlighter = new ReportHighlighter(&doc);
    highlighter->rehighlight();
    const QTextBlock block = doc.firstBlock();
    const qsizetype at = line.indexOf(part);
    QVERIFY(at >= 0);
    bool found = false;
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (r.start <= at && at < r.start + r.length
            && hasFormat(r.format, highlighter->categoryFormat(ReportHighlighter::Category(category))))
            found = true;
    QCOMPARE(found, expected);
}

QTEST_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
