// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fuzz targets: one function per loader, each taking the bytes of one input. They are the
// bodies of the libFuzzer programs (tests/fuzz/fuzz_<name>.cpp, built with -DNIANBAO_FUZZ=ON under
// ASan and UBSan, run by tools/fuzz) and of the ordinary test tst_fuzzinputs, which runs every
// seed and every regression input (tests/fuzz/regressions/<name>/) through them.
//
// Beyond not crashing, hanging or leaking, each target checks what the loaders promise: a file
// that cannot be read gives one line naming the file; a file that is read goes through extraction
// and the checks, and its record serialises. A broken promise is a finding (the target aborts).
#include "core/document/DocumentLoader.h"
#include "core/document/FormatLoaders.h"
#include "core/export/JsonRecord.h"
#include "core/extract/Extractor.h"
#include "core/record/Corrections.h"
#include "core/review/SavedReview.h"
#include "core/rules/Rules.h"
#include "core/schema/CellSchema.h"
#include "core/util/TextNormalize.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace nianbao::fuzz {

// What one input gave: read (and checked), or refused with `error`.
struct Outcome
{
    bool read = false;
    QString error;
};

// A broken promise: printed, then abort() (libFuzzer keeps the input as a crash).
inline void brokenPromise(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

inline LoadOptions fuzzOptions()
{
    LoadOptions options;
    options.timeBudgetMs = 10000; // an overrun is a message, and libFuzzer's -timeout a finding
    return options;
}

// A refusal must be one line naming the file.
inline Outcome refused(const QString &error, const QString &name)
{
    if (!error.contains(name))
        brokenPromise("the message does not name the file", error);
    if (error.contains(u'\n'))
        brokenPromise("the message is more than one line", error);
    return Outcome{false, error};
}

// A document that was read: extracted, checked, serialised.
inline Outcome checked(const Result<Document> &doc, const QString &name)
{
    if (!doc)
        return refused(doc.error(), name);
    for (const Table &table : doc->tables) {
        for (const TableRow &row : table.rows) {
            for (const TableCell &cell : row.cells) {
                if (cell.span.isValid() && cell.span.end() > doc->text.size())
                    brokenPromise("a cell's span runs past the text", cell.text);
            }
        }
    }
    Record record = extractRecord(*doc);
    recheck(record);
    if (recordToJson(record).isEmpty())
        brokenPromise("the record serialises to nothing", name);
    return Outcome{true, {}};
}

inline Outcome text(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.txt");
    return checked(loadDocumentFromBytes(bytes, name, fuzzOptions()), name);
}

inline Outcome docx(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.docx");
    const LoadOptions options = fuzzOptions();
    return checked(loaders::loadDocx(bytes, name, options, loaders::LoadClock(options.timeBudgetMs)), name);
}

inline Outcome html(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.html");
    const LoadOptions options = fuzzOptions();
    return checked(loaders::loadHtml(bytes, name, options, loaders::LoadClock(options.timeBudgetMs)), name);
}

inline Outcome pdf(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.pdf");
    const LoadOptions options = fuzzOptions();
    return checked(loaders::loadPdf(bytes, name, options, loaders::LoadClock(options.timeBudgetMs)), name);
}

// .doc/.wps/.rtf/.odt: what the loader reads after LibreOffice converted the file (a .docx of
// LibreOffice's making; the seeds are LibreOffice's conversions of the fixtures).
inline Outcome converted(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.doc");
    const LoadOptions options = fuzzOptions();
    return checked(loaders::loadConvertedDocx(bytes, name, QStringLiteral("doc"), options,
                                              loaders::LoadClock(options.timeBudgetMs)),
                   name);
}

// A saved review: read, its corrections applied to a fresh record of its format, checked.
inline Outcome review(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.nianbao");
    auto saved = readReviewBytes(bytes, name);
    if (!saved)
        return refused(saved.error(), name);
    Record record;
    record.format = saved->record.format;
    record.resetCells();
    applyCorrections(record, saved->record.corrections);
    recheck(record);
    Record as = saved->record;
    recheck(as);
    if (recordToJson(as).isEmpty())
        brokenPromise("the saved record serialises to nothing", name);
    return Outcome{true, {}};
}

// What the window does with a value typed into a cell (core/rules parseCellInput, the one home of
// parsing a typed value, which Review::setCellText calls): the input as UTF-8, checked against every
// cell of both formats. A value it accepts must be finite.
inline Outcome cellValue(const QByteArray &bytes)
{
    const QString typed = QString::fromUtf8(bytes);
    bool any = false;
    for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019}) {
        for (const CellSpec &spec : Schema::get(f).cells()) {
            const auto v = parseCellInput(spec, typed);
            if (!v)
                continue;
            any = true;
            if (*v && !std::isfinite(**v))
                brokenPromise("a typed number parses to infinity or NaN", typed);
        }
    }
    return any ? Outcome{true, {}} : Outcome{false, QStringLiteral("not a number")};
}

struct Target
{
    const char *name;
    Outcome (*run)(const QByteArray &);
};

inline const QList<Target> &targets()
{
    static const QList<Target> all = {
        {"text", text},         {"docx", docx},     {"html", html},           {"pdf", pdf},
        {"converted", converted}, {"review", review}, {"cellvalue", cellValue},
    };
    return all;
}

} // namespace nianbao::fuzz
