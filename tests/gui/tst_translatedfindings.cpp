// SPDX-License-Identifier: GPL-3.0-or-later
// The window shows the findings and the undo steps in its language; the record it exports keeps
// the Chinese words (RECORD.md and outside checks rely on them), whatever the window's language.
#include "tests/fixtures/ReviewFixture.h"

#include "ui/findings/FindingsModel.h"
#include "ui/window/Language.h"
#include "ui/window/MainWindow.h"

#include "core/review/Review.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

namespace {

const QString blankChinese = QStringLiteral("不予公开·属于国家秘密·科研机构：单元格空白，不能当作 0，请核对原文后填写");

// The message the findings list shows for the finding of `rule` naming `cell`.
QString shownMessage(const FindingsModel &model, const QString &rule, const QString &cell)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex kind = model.index(row, FindingsModel::KindColumn);
        if (kind.data(FindingsModel::RuleRole).toString() == rule
            && kind.data(FindingsModel::CellIdsRole).toStringList().contains(cell))
            return model.index(row, FindingsModel::MessageColumn).data().toString();
    }
    return {};
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString messageIn(const QJsonObject &record, const QString &rule, const QString &cell)
{
    for (const QJsonValue &v : record.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("rule")).toString() == rule
            && f.value(QStringLiteral("cells")).toArray().contains(QJsonValue(cell)))
            return f.value(QStringLiteral("message")).toString();
    }
    return {};
}

} // namespace

class TestTranslatedFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void findingsInTheWindowsLanguage_data();
    void findingsInTheWindowsLanguage();
};

void TestTranslatedFindings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translatedfindings"));
}

void TestTranslatedFindings::cleanup()
{
    setLanguage(QStringLiteral("zh_CN"), false);
}

void TestTranslatedFindings::findingsInTheWindowsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("blank");       // the blank cell's finding, as the window shows it
    QTest::addColumn<QString>("difference");   // the words before the difference of a violation
    QTest::addColumn<QString>("fillStepEnd");  // how the undo step of "blanks as 0" is named
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("不予公开·属于国家秘密·科研机构: the cell is blank, which cannot be taken as 0; "
                                          "please check the report and enter the value")
                        << QStringLiteral(", a difference of ") << QStringLiteral(": blanks as 0");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << blankChinese << QStringLiteral("，相差 ")
                           << QStringLiteral("：空白按 0 处理");
}

void TestTranslatedFindings::findingsInTheWindowsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, blank);
    QFETCH(QString, difference);
    QFETCH(QString, fillStepEnd);

    setLanguage(language, false);
    QCoreApplication::processEvents();
    QCOMPARE(currentLanguage(), language);

    MainWindow w;
    w.setConfirmDiscard(false);
    // apply.new.natural 4 instead of 3: its row and its column no longer add up.
    const QString planted = QStringLiteral("apply.new.natural");
    w.setReview(fixture::makeReview({{planted, 4}}));
    const FindingsModel &model = *w.findingsModel();
    QCOMPARE(shownMessage(model, QStringLiteral("blank"), fixture::blankCell), blank);

    QHash<QString, QString> violations; // rule -> the Chinese message the record keeps
    for (const Finding &f : w.review()->record().findings) {
        if (f.kind != FindingKind::Violation || !f.cells.contains(planted))
            continue;
        violations.insert(f.rule, f.message);
        const QString shown = shownMessage(model, f.rule, planted);
        QVERIFY2(shown.contains(difference), qPrintable(shown));
        QCOMPARE(shown == f.message, language == QStringLiteral("zh_CN"));
    }
    QVERIFY(!violations.isEmpty());

    // The repair hints too: shown in the window's language, kept in Chinese in the record.
    const QList<Hint> hints = w.review()->record().hints;
    QVERIFY(!hints.isEmpty());
    for (const Hint &h : hints) {
        const QString shown = displayMessage(h);
        QCOMPARE(shown == h.message, language == QStringLiteral("zh_CN"));
        QCOMPARE(shown.contains(QStringLiteral("改为")), language == QStringLiteral("zh_CN"));
        QVERIFY2(h.message.contains(QStringLiteral("改为")), qPrintable(h.message));
    }

    // An undoable step takes its name in the window's language; its note (the audit trail) stays Chinese.
    w.fillBlanks(TableSection::Apply);
    QUndoStack *stack = w.review()->undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY2(stack->text(0).endsWith(fillStepEnd), qPrintable(stack->text(0)));

    // The exported record keeps the Chinese words, whatever the window shows.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.json"));
    stack->undo(); // the blank cell is blank again
    QVERIFY(w.exportRecord(path));
    const QJsonObject record = readJson(path);
    QCOMPARE(messageIn(record, QStringLiteral("blank"), fixture::blankCell), blankChinese);
    for (auto it = violations.cbegin(); it != violations.cend(); ++it) {
        const QString saved = messageIn(record, it.key(), planted);
        QCOMPARE(saved, it.value());
        QVERIFY2(saved.contains(QStringLiteral("，相差 ")), qPrintable(saved));
    }

    stack->redo();
    const QString notes = QStringLiteral("notes.json");
    QVERIFY(w.exportRecord(dir.filePath(notes)));
    const QJsonArray corrections = readJson(dir.filePath(notes)).value(QStringLiteral("corrections")).toArray();
    QVERIFY(!corrections.isEmpty());
    for (const QJsonValue &c : corrections)
        QCOMPARE(c.toObject().value(QStringLiteral("note")).toString(), QStringLiteral("空白按 0 处理"));
}

QTEST_MAIN(TestTranslatedFindings)
#include "tst_translatedfindings.moc"
