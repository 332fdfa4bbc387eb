// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/Report.h"

#include <algorithm>

#include "core/extract/Extractor.h"
#include "core/ocr/Ocr.h"
#include "core/rules/Rules.h"

#include <QFile>

#include <functional>

namespace nianbao {

bool looksLikeReport(const Record &extracted)
{
    const ReportFacts &f = extracted.facts;
    // A scan holds no text to judge by: it is opened for the reviewer to type its tables.
    return !f.title.isEmpty() || f.sectionsFound.size() >= 2 || f.tablesFound || f.scanned;
}

QString notAReportMessage(const QString &file)
{
    return QStringLiteral("%1：不是政府信息公开工作年度报告（没有标题、章节或统计表）").arg(file);
}

// A scan: its tables read from the page images where OCR can run (core/ocr), or taken from the
// reading `kept` with its review when that was read from these very bytes; otherwise opened with
// empty tables, the record saying why (facts.ocr.unavailable: the package to install).
static void readScanned(Report &report, const QByteArray &pdf, const OcrOptions &ocr, const OcrReading *kept)
{
    const bool reuse = kept && !kept->document.sha256.isEmpty() && !report.document.sha256.isEmpty()
                       && kept->document.sha256.compare(report.document.sha256, Qt::CaseInsensitive) == 0;
    Result<OcrReading> reading = Result<OcrReading>::failure(QString());
    if (reuse) {
        OcrReading copy = *kept;
        copy.document.path = report.document.path; // where the scan is now
        copy.document.kind = report.document.kind.isEmpty() ? copy.document.kind : report.document.kind;
        copy.document.sha256 = report.document.sha256;
        reading = std::move(copy);
    } else if (!ocr.enabled) {
        report.record = extractRecord(report.document);
        return;
    } else {
        reading = recognizeScannedPdf(pdf, report.document, ocr);
    }
    if (!reading) {
        report.record = extractRecord(report.document);
        report.record.facts.ocr.unavailable = reading.error();
        return;
    }
    OcrReading read = std::move(reading).value();
    report.ocrReading = read; // as recognised: settling the values below marks its cells
    read.document.imageOnly = true;
    report.record = extractRecognised(read, ocr);
    report.record.facts.ocr.fromReview = reuse;
    report.document = std::move(read.document);
    report.ocrBoxes = std::move(read.boxes);
    // The page view boxes a scan's values as it boxes a text PDF's (Document::pageBoxes).
    for (const OcrCellBox &b : std::as_const(report.ocrBoxes))
        if (b.number && b.span.isValid())
            report.document.pageBoxes.append({b.span, b.page - 1, b.box});
    std::sort(report.document.pageBoxes.begin(), report.document.pageBoxes.end(),
              [](const PageBox &x, const PageBox &y) { return x.span.start < y.span.start; });
}

// The steps after loading, shared by both forms; `bytes` gives the file's bytes again (for a scan).
static Result<Report> fromDocument(Result<Document> doc, const QString &name, const std::function<QByteArray()> &bytes,
                                   const OcrOptions &ocr, const OcrReading *kept)
{
    if (!doc)
        return Result<Report>::failure(doc.error());
    Report report;
    report.document = std::move(doc).value();
    if (report.document.imageOnly)
        readScanned(report, bytes(), ocr, kept);
    else
        report.record = extractRecord(report.document);
    if (!looksLikeReport(report.record))
        return Result<Report>::failure(notAReportMessage(name));
    recheck(report.record);
    return report;
}

Result<Report> readReport(const QString &path, const LoadOptions &options, const OcrOptions &ocr,
                          const OcrReading *kept)
{
    const auto bytes = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    return fromDocument(loadDocument(path, options), path, bytes, ocr, kept);
}

Result<Report> readReportFromBytes(const QByteArray &bytes, const QString &name, const LoadOptions &options,
                                   const OcrOptions &ocr, const OcrReading *kept)
{
    return fromDocument(loadDocumentFromBytes(bytes, name, options), name, [&bytes] { return bytes; }, ocr, kept);
}

Result<Report> reportFromReading(Document imageOnly, const OcrReading &kept, const OcrOptions &ocr)
{
    if (imageOnly.sha256.isEmpty() || kept.document.sha256.compare(imageOnly.sha256, Qt::CaseInsensitive) != 0)
        return Result<Report>::failure(QStringLiteral("%1：保存的文字识别结果不是从这个文件读出的").arg(imageOnly.path));
    const QString name = imageOnly.path;
    imageOnly.imageOnly = true;
    return fromDocument(std::move(imageOnly), name, [] { return QByteArray(); }, ocr, &kept);
}

} // namespace nianbao
