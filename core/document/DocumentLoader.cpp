// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/DocumentLoader.h"

#include "core/document/FormatLoaders.h"
#include "core/document/StackedRows.h"
#include "core/util/FileRead.h"
#include "core/util/Sha256.h"
#include "core/util/TextNormalize.h"

#include <QFileInfo>

namespace nianbao {

namespace {

// The kind by the first bytes, falling back to the suffix.
QString sniffKind(const QByteArray &bytes, const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (bytes.startsWith("%PDF"))
        return QStringLiteral("pdf");
    if (bytes.startsWith("PK\x03\x04")) {
        if (suffix == u"odt" || bytes.contains("application/vnd.oasis.opendocument.text"))
            return QStringLiteral("odt");
        if (suffix == u"wps")
            return QStringLiteral("wps");
        return QStringLiteral("docx");
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) // OLE2: .doc, .wps
        return suffix == u"wps" ? QStringLiteral("wps") : QStringLiteral("doc");
    if (bytes.startsWith("{\\rtf"))
        return QStringLiteral("rtf");
    if (suffix == u"htm" || suffix == u"html" || suffix == u"xhtml")
        return QStringLiteral("html");
    if (suffix == u"md" || suffix == u"markdown")
        return QStringLiteral("md");
    if (suffix == u"txt" || suffix == u"text")
        return QStringLiteral("txt");
    // No telling suffix: look for HTML in the first kilobytes.
    const QByteArray head = bytes.left(4096).toLower();
    if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table"))
        return QStringLiteral("html");
    return QStringLiteral("txt");
}

} // namespace

// Owns the bytes, so that the text loader can let go of them once decoded (peak memory).
static Result<Document> loadOwnedBytes(QByteArray bytes, const QString &name, const LoadOptions &options)
{
    const QString &shown = name;
    if (bytes.isEmpty())
        return Result<Document>::failure(QStringLiteral("%1：文件是空的").arg(shown));
    if (bytes.size() > options.maxFileBytes)
        return Result<Document>::failure(fileTooLargeMessage(shown, bytes.size(), options.maxFileBytes));

    const loaders::LoadClock clock(options.timeBudgetMs);
    const QByteArray sha256 = sha256Hex(bytes);
    const QString kind = sniffKind(bytes, name);
    Result<Document> doc = Result<Document>::failure(QString());
    if (kind == u"txt" || kind == u"md")
        doc = loaders::loadText(std::move(bytes), name, kind == u"md", clock);
    else if (kind == u"docx")
        doc = loaders::loadDocx(bytes, name, options, clock);
    else if (kind == u"html")
        doc = loaders::loadHtml(bytes, name, options, clock);
    else if (kind == u"pdf")
        doc = loaders::loadPdf(bytes, name, options, clock);
    else
        doc = loaders::loadViaLibreOffice(bytes, name, kind, options, clock);
    if (!doc)
        return doc;
    doc->path = name;
    foldIdeographVariants(doc->text);
    for (Table &table : doc->tables) {
        for (TableRow &row : table.rows) {
            for (TableCell &cell : row.cells)
                foldIdeographVariants(cell.text);
        }
    }
    splitStackedRows(*doc); // rows a converter printed as one (StackedRows.h)
    if (doc->kind.isEmpty())
        doc->kind = kind;
    doc->sha256 = sha256;
    return doc;
}

Result<Document> loadDocumentFromBytes(const QByteArray &bytes, const QString &name,
                                       const LoadOptions &options)
{
    return loadOwnedBytes(bytes, name, options);
}

Result<Document> loadDocument(const QString &path, const LoadOptions &options)
{
    // Only a regular file, and never more than the limit, whatever stat says (util/FileRead.h).
    auto bytes = readRegularFile(path, options.maxFileBytes);
    if (!bytes)
        return Result<Document>::failure(bytes.error());
    return loadOwnedBytes(std::move(bytes).value(), path, options);
}

} // namespace nianbao
