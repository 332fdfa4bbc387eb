// Prints how long reading the text tables and extracting a record take per report.
//   bench_extraction [--dump] FILE...   (--dump also prints every cell as extracted)
#include "document/DocumentLoader.h"
#include "document/TextTableReader.h"
#include "extract/Extractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace nianbao;

static void dump(const Record &r, QTextStream &out)
{
    out << "format " << formatName(r.format) << " agency " << r.agency << " year " << r.year
        << " title [" << r.facts.title << "] period " << r.facts.periodYear << "\n"
        << "evidence " << r.facts.formatEvidence << "\nsections " << r.facts.sectionsFound.join(u' ')
        << "\n";
    for (const TextClaim &c : r.facts.claims)
        out << "claim " << c.kind << " = " << c.value << " [" << c.quote << "]\n";
    const Schema &s = r.schema();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const CellValue &c = r.cells.at(i);
        out << s.at(i).id << "\t" << cellSourceName(c.source) << "\t"
            << (c.value ? QString::number(*c.value) : QStringLiteral("null")) << "\t[" << c.raw
            << "]\t" << c.span.start << "\n";
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    const bool dumpCells = files.removeAll(QStringLiteral("--dump")) > 0;
    QTextStream out(stdout);
    for (const QString &file : files) {
        auto doc = loadDocument(file);
        if (!doc) {
            out << file << ": " << doc.error() << "\n";
            continue;
        }
        constexpr int rounds = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < rounds; ++i)
            doc->tables = readTextTables(doc->text);
        const double readMs = double(timer.nsecsElapsed()) / 1e6 / rounds;
        timer.restart();
        Record record;
        for (int i = 0; i < rounds; ++i)
            record = extractRecord(*doc);
        const double extractMs = double(timer.nsecsElapsed()) / 1e6 / rounds;
        out << file << ": " << doc->tables.size() << " tables, read " << QString::number(readMs, 'f', 3)
            << " ms, extract " << QString::number(extractMs, 'f', 3) << " ms\n";
        if (dumpCells)
            dump(record, out);
    }
    return 0;
}
