// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cleaned record of one report (RECORD.md, schema "nianbao-record/1"): every canonical cell
// with its value, raw text and source span; the findings; the reviewer's corrections.
#include "core/record/Finding.h"
#include "core/record/Hint.h"
#include "core/document/Document.h"
#include "core/schema/CellSchema.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace nianbao {

// How the report gave a cell, before any correction.
enum class CellSource {
    Read,     // a number, read as printed
    Blank,    // the cell is there but empty
    Text,     // text meaning "nothing to report": "/", "无", … (kept in raw)
    Invalid,  // text that is not a number ("3件", "约5") — kept in raw, value null
    NotFound, // the report does not have this cell (or its table) at all
};

QString cellSourceName(CellSource s); // "read", "blank", "text", "invalid", "not_found"

struct CellValue
{
    std::optional<double> value; // after corrections; null when missing
    QString raw;                 // the text as printed (empty when blank or not found)
    Span span;                   // where raw stands in the document text
    CellSource source = CellSource::NotFound;
    bool inferred = false;       // reconstructed (e.g. a run of digits split by the relations)
    // A run of digits the report's evidence could not split one way only: the cell's value in each
    // reading that still fits, preferred first, aligned across the cells of its row (reading k of
    // every cell of the row is one split). The value stays null and raw holds the printed run until
    // the reviewer picks one. Empty for every other cell.
    QList<double> alternatives;
    bool corrected = false;      // the reviewer changed it (see Record::corrections)
};

struct Correction
{
    QString cell;
    std::optional<double> from;
    std::optional<double> to;
    QString note;
    QDateTime at; // UTC
    friend bool operator==(const Correction &, const Correction &) = default;
};

// A count quoted in the prose, for the soft checks of text against tables.
struct TextClaim
{
    QString kind;   // "applications" (收到申请 N 件), "review" (行政复议 N 件), "litigation"
    double value = 0;
    Span span;
    QString quote;  // the sentence part quoted in messages
};

// A scanned report (an image-only PDF) read by OCR (core/ocr): what was read, and how much of it
// its relations confirmed (RECORD.md, facts.ocr).
struct OcrFacts
{
    QString engine;      // "tesseract 5.3.0"; empty when the report was not read from page images
    int pages = 0;       // pages read
    int pagesLeft = 0;   // pages left unread (past the page limit or the time budget)
    int read = 0;        // values read (numbers)
    int accepted = 0;    // read with confidence, every relation they take part in holding
    int marked = 0;      // every other value read: marked inferred, for the reviewer to confirm
    double seconds = 0;  // the time the reading took
    QString unavailable; // the pages were not read: why (names the Debian package to install)
    bool fromReview = false; // not read again: the reading kept with the review (its file or its
                             // project) was used, OCR did not run (RECORD.md, facts.ocr.from_review)
    bool any() const { return !engine.isEmpty() || !unavailable.isEmpty(); }
};

// What the extractor saw of the report beyond the cells.
struct ReportFacts
{
    QString title;
    Span titleSpan;
    int titleYear = 0;    // from the title, 0 when none
    int periodYear = 0;   // from 统计期限 / "本报告数据统计期限…", 0 when none
    QStringList sectionsFound; // canonical section keys found: "overview", "active", "apply",
                               // "review", "problems", "other"
    QList<TextClaim> claims;
    bool tablesFound = false;  // any of the three tables was found
    QString formatEvidence;    // why the format was chosen (for messages)
    QString convertedFrom;     // "Hant" when the text was read after converting Traditional
                               // characters to Simplified; empty when read as printed
    QStringList rowsByOrder;   // rows of section 三 placed by the table's row order, their label
                               // lost or printed on the row above ("apply.denied.prohibited"): their
                               // cells are inferred
    bool scanned = false;      // an image-only PDF (Document::imageOnly): nothing read, every
                               // value typed by the reviewer from the pages
    OcrFacts ocr;              // a scanned report: how its pages were read (empty otherwise)
};

// A group of result rows of section 三 printed as its total only (（六）其他处理 as one row in a
// 2021 report, as the 2019 format printed it): the printed cells by applicant column. In the
// relations a group value stands for the sum of its sub-rows while they are all missing; where it
// is 0 the extractor sets the sub-rows to 0 (counts are never negative), marked inferred.
struct PrintedGroup
{
    QString rowKey;          // "apply.other_handling"
    QList<CellValue> cells;  // indexed like Schema::applicantColumns()
};

struct Record
{
    static constexpr auto schemaName = "nianbao-record/1";

    // source
    QString sourceFile;   // file name as given
    QString sha256;       // hex
    QString kind;         // "txt", "docx", …

    FormatVersion format = FormatVersion::V2021;
    QString agency;
    int year = 0;

    QList<CellValue> cells; // indexed like Schema::get(format).cells()
    QList<PrintedGroup> printedGroups; // groups printed as their total (usually none)
    QList<Finding> findings;
    QList<Hint> hints; // repair hints for the failing relations (empty when they all hold)
    QList<Correction> corrections;
    QList<Settlement> settlements; // findings the reviewer confirmed or dismissed, in order
    ReportFacts facts;

    const Schema &schema() const { return Schema::get(format); }
    // Fills `cells` with one NotFound entry per canonical cell of `format`.
    void resetCells();

    const CellValue *cell(QStringView id) const;
    CellValue *cell(QStringView id);
    std::optional<double> value(QStringView id) const;

    QStringList inferredCells() const;
    // The cells of the sub-rows a printed group stands for, in column `column` (an applicant
    // column key), as indices; empty when the row key is no group of this format.
    QList<int> groupCells(const QString &rowKey, const QString &column) const;
    // Findings of kind k that count: open or confirmed (a dismissed one no longer does).
    qsizetype count(FindingKind k) const;
    bool hasViolations() const { return count(FindingKind::Violation) > 0; }
};

} // namespace nianbao
