// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/Report.h"

#include "core/extract/Extractor.h"
#include "core/rules/Rules.h"

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

// The steps after loading, shared by both forms.
static Result<Report> fromDocument(Result<Document> doc, const QString &name)
{
    if (!doc)
        return Result<Report>::failure(doc.error());
    Report report;
    report.document = std::move(doc).value();
    report.record = extractRecord(report.document);
    if (!looksLikeReport(report.record))
        return Result<Report>::failure(notAReportMessage(name));
    recheck(report.record);
    return report;
}

Result<Report> readReport(const QString &path, const LoadOptions &options)
{
    return fromDocument(loadDocument(path, options), path);
}

Result<Report> readReportFromBytes(const QByteArray &bytes, const QString &name, const LoadOptions &options)
{
    return fromDocument(loadDocumentFromBytes(bytes, name, options), name);
}

} // namespace nianbao
