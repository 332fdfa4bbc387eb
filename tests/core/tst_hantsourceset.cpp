// SPDX-License-Identifier: GPL-3.0-or-later
// The table of characters ICU's Hant-Hans conversion changes (written at build time,
// core/extract/HantSourceSet.h) is a bound: a character outside it never changes, alone or in the
// reports, so a text the table calls Simplified is one ICU would not convert.
#include "core/extract/HantSourceSet.h"
#include "core/extract/ScriptConversion.h"
#include "core/extract/TextMatch.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::extract;

namespace {

bool inTable(char16_t c)
{
    for (int i = 0; i < kHantSourceSetSize; ++i) {
        if (kHantSourceSet[i].first <= c && c <= kHantSourceSet[i].last)
            return true;
    }
    return false;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestHantSourceSet : public QObject
{
    Q_OBJECT

private slots:
    void tableIsSortedAndDisjoint()
    {
        QVERIFY(kHantSourceSetSize > 2000); // thousands of characters, not an empty table
        for (int i = 0; i < kHantSourceSetSize; ++i) {
            QVERIFY(kHantSourceSet[i].first <= kHantSourceSet[i].last);
            if (i > 0)
                QVERIFY(kHantSourceSet[i - 1].last < kHantSourceSet[i].first);
        }
        QVERIFY(inTable(u'報') && inTable(u'開') && inTable(u'總'));
        QVERIFY(!inTable(u'报') && !inTable(u'开') && !inTable(u'总'));
    }

    // Every Chinese character outside the table stays what it is when converted alone.
    void charactersOutsideNeverChange()
    {
        if (changedByConversion(u"報告"_qs) < 0)
            QSKIP("ICU's Hant-Hans transliterator is not available");
        QString outside;
        for (char32_t c = 0x3400; c <= 0x9FFF; ++c) {
            if (c > 0x4DBF && c < 0x4E00)
                continue;
            if (!inTable(char16_t(c)))
                outside += QChar(char16_t(c));
        }
        QVERIFY(outside.size() > 20000);
        QString lines;
        for (qsizetype i = 0; i < outside.size(); i += 60)
            lines += outside.mid(i, 60) + u'\n';
        QCOMPARE(toSimplified(lines), lines);
    }

    // On real text (the seeds, the fixtures, a Traditional report): what the table calls
    // Simplified, ICU's count agrees with; the Traditional one is not called Simplified.
    void agreesWithIcu_data()
    {
        QTest::addColumn<QString>("path");
        const QString data = QFINDTESTDATA("../data/input");
        QVERIFY(!data.isEmpty());
        QDir dir(data);
        for (const QString &sub : {u"formats"_qs, u"webtext"_qs, u""_qs}) { // "": the seeds
            QDir d(dir.filePath(sub));
            for (const QString &f : d.entryList({u"*.txt"_qs, u"*.md"_qs}, QDir::Files))
                QTest::newRow(qPrintable(sub + u'/' + f)) << d.filePath(f);
        }
    }

    void agreesWithIcu()
    {
        QFETCH(QString, path);
        const QString text = readText(path);
        const qsizetype changed = changedByConversion(text);
        if (changed < 0)
            QSKIP("ICU's Hant-Hans transliterator is not available");
        qsizetype ideographs = 0;
        for (const QChar c : text)
            ideographs += isIdeograph(c);
        const bool traditional = changed >= 20 && changed * 50 >= ideographs;
        if (surelySimplified(text))
            QVERIFY2(!traditional, qPrintable(QString::number(changed)));
        if (path.contains(u"hant"_qs))
            QVERIFY(traditional && !surelySimplified(text));
    }
};

QTEST_GUILESS_MAIN(TestHantSourceSet)
#include "tst_hantsourceset.moc"
