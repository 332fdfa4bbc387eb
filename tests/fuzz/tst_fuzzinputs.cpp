// SPDX-License-Identifier: GPL-3.0-or-later
// Every seed and every regression input of the fuzz targets (tests/fuzz/FuzzTargets.h) through
// its target in the ordinary build: no crash, and the targets' promises hold (a refusal is one line
// naming the file; a document read goes through extraction and the checks). The fixtures among
// the seeds must be read. The libFuzzer build (tools/fuzz) runs the same inputs under ASan/UBSan.
#include "tests/fuzz/FuzzTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// The fixtures of tests/data that seed each target (tools/fuzz takes the same).
QStringList fixtureSuffixes(const QString &target)
{
    if (target == u"text")
        return {u"*.txt"_s, u"*.md"_s};
    if (target == u"docx")
        return {u"*.docx"_s};
    if (target == u"html")
        return {u"*.html"_s};
    if (target == u"pdf")
        return {u"*.pdf"_s};
    return {};
}

QStringList filesUnder(const QString &dir, const QStringList &patterns = {})
{
    QStringList out;
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}

} // namespace

class TestFuzzInputs final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("mustRead");
        const QString data = QStringLiteral(NIANBAO_TEST_DATA);
        const QString seeds = QStringLiteral(NIANBAO_TEST_DATA "/../fuzz/seeds");
        const QString regressions = QStringLiteral(NIANBAO_TEST_DATA "/../fuzz/regressions");
        QVERIFY(QFileInfo(data).isDir() && QFileInfo(seeds).isDir() && QFileInfo(regressions).isDir());
        for (const fuzz::Target &t : fuzz::targets()) {
            const QString target = QString::fromLatin1(t.name).toLower();
            const QStringList suffixes = fixtureSuffixes(target);
            for (const QString &f : suffixes.isEmpty() ? QStringList() : filesUnder(data, suffixes)) {
                // The encrypted PDF is refused (a user password), README.md files are prose, the
                // 3000-page PDF of the page view is over the loader's page limit.
                const bool read = !f.endsWith(u"report-encrypted.pdf"_s) && !f.endsWith(u"README.md"_s)
                                  && !f.endsWith(u"many-pages.pdf"_s);
                QTest::addRow("%s fixture %s", t.name, qPrintable(QDir(data).relativeFilePath(f))) << target << f << read;
            }
            for (const QString &f : filesUnder(seeds + u'/' + target))
                QTest::addRow("%s seed %s", t.name, qPrintable(QFileInfo(f).fileName())) << target << f
                                                                                      << (target != u"cellvalue");
            for (const QString &f : filesUnder(regressions + u'/' + target))
                QTest::addRow("%s regression %s", t.name, qPrintable(QFileInfo(f).fileName())) << target << f << false;
        }
    }
    void inputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFETCH(bool, mustRead);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const fuzz::Target *run = nullptr;
        for (const fuzz::Target &t : fuzz::targets()) {
            if (QString::fromLatin1(t.name).toLower() == target)
                run = &t;
        }
        QVERIFY(run);
        const fuzz::Outcome outcome = run->run(bytes); // aborts on a broken promise
        QVERIFY(outcome.read != !outcome.error.isEmpty() || target == u"cellvalue");
        if (mustRead)
            QVERIFY2(outcome.read, qPrintable(outcome.error));
    }

    // Every target has regression inputs or seeds to run: a target without any is a gap.
    void everyTargetHasInputs()
    {
        const QString data = QStringLiteral(NIANBAO_TEST_DATA);
        const QString seeds = QStringLiteral(NIANBAO_TEST_DATA "/../fuzz/seeds");
        for (const fuzz::Target &t : fuzz::targets()) {
            const QString target = QString::fromLatin1(t.name).toLower();
            const QStringList suffixes = fixtureSuffixes(target);
            const qsizetype n = (suffixes.isEmpty() ? 0 : filesUnder(data, suffixes).size())
                                + filesUnder(seeds + u'/' + target).size();
            QVERIFY2(n > 0, t.name);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzInputs)
#include "tst_fuzzinputs.moc"
