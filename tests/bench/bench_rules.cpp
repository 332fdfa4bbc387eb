// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long checkRecord() takes (it runs after every edit in the review window; the aim is
// well under 1 ms) on records built in code. `bench_rules --show|--json|--csv` prints a sample
// record's findings, JSON or CSV instead.
#include "tests/core/RecordFixture.h"
#include "core/export/CsvExport.h"
#include "core/export/JsonRecord.h"
#include "core/rules/Hints.h"
#include "core/rules/Rules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace nianbao;

namespace {

void measure(const char *name, const Record &record)
{
    constexpr int runs = 2000;
    qsizetype findings = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        findings += checkRecord(record).size();
    const double us = double(timer.nsecsElapsed()) / 1000.0 / runs;
    std::printf("%-34s %8.1f us per checkRecord (%lld findings)\n", name, us, (long long)(findings / runs));
}

// The repair hints alone (recheck() runs them after checkRecord()); the pair search runs only
// when no single cell fits.
void measureHints(const char *name, const Record &record)
{
    constexpr int runs = 2000;
    qsizetype hints = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        hints += repairHints(record).size();
    const double us = double(timer.nsecsElapsed()) / 1000.0 / runs;
    std::printf("%-34s %8.1f us per repairHints (%lld hints)\n", name, us, (long long)(hints / runs));
}

void show(const Record &record)
{
    for (const Finding &f : checkRecord(record))
        std::printf("%s\t%s\t%s\t%s\n", qPrintable(findingKindName(f.kind)), qPrintable(f.rule),
                    qPrintable(f.cells.join(QLatin1Char(','))), qPrintable(f.message));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Record clean21 = fixture::makeRecord(FormatVersion::V2021);
    const Record clean19 = fixture::makeRecord(FormatVersion::V2019);
    Record faulty = clean21;
    faulty.cell(u"apply.total.natural")->value = 999;
    faulty.cell(u"apply.denied.query.legal")->value = -1;
    faulty.cell(u"apply.granted.research")->value.reset();
    faulty.cell(u"apply.granted.research")->source = CellSource::Text;
    faulty.cell(u"apply.granted.research")->raw = QStringLiteral("/");
    faulty.cell(u"review.pending")->value = 7;
    faulty.facts.claims.append({QStringLiteral("applications"), 12, {}, QStringLiteral("共收到政府信息公开申请12件")});
    faulty.facts.sectionsFound.removeAll(QStringLiteral("problems"));
    Record empty;
    empty.resetCells();

    if (app.arguments().contains(QStringLiteral("--show"))) {
        show(faulty);
        return 0;
    }
    recheck(faulty);
    if (app.arguments().contains(QStringLiteral("--json"))) {
        std::fputs(recordsToJsonBytes({faulty}).constData(), stdout);
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("--csv"))) {
        std::fputs(recordsToCsv({faulty}).constData(), stdout);
        return 0;
    }
    measure("2021, consistent", clean21);
    measure("2019, consistent", clean19);
    measure("2021, faults in every kind", faulty);
    measure("2021, no tables (200 missing)", empty);

    Record oneWrong = clean21; // the example: （七）总计·自然人 one too many
    oneWrong.cell(u"apply.total.natural")->value = *clean21.value(u"apply.total.natural") + 1;
    Record twoWrong = oneWrong; // no single cell fits: pairs
    twoWrong.cell(u"apply.granted.social")->value = *clean21.value(u"apply.granted.social") + 2;
    Record swapped = clean21; // two neighbours exchanged: pairs, one a neighbour slip
    swapped.cell(u"apply.granted.natural")->value = *clean21.value(u"apply.granted.commercial");
    swapped.cell(u"apply.granted.commercial")->value = *clean21.value(u"apply.granted.natural");
    measureHints("2021, consistent", clean21);
    measureHints("2021, one wrong total", oneWrong);
    measureHints("2021, two wrong cells (pairs)", twoWrong);
    measureHints("2021, neighbours exchanged (pairs)", swapped);
    measureHints("2021, faults in every kind", faulty);
    return 0;
}
