#include "core/document/DocumentLoader.h"

#include "core/document/FormatLoaders.h"
#include "core/util/Sha256.h"
#include "core/util/TextNormalize.h"

#include <QFile>
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

Result<Document> loadDocumentFromBytes(const QByteArray &bytes, const QString &name,
                                       const LoadOptions &options)
{
    const QString shown = QFileInfo(name).fileName().isEmpty() ? name : name;
    if (bytes.isEmpty())
        return Result<Document>::failure(QStringLiteral("%1：文件是空的").arg(shown));
    if (bytes.size() > options.maxFileBytes)
        return Result<Document>::failure(
            QStringLiteral("%1：文件过大（%2 MB），超过上限 %3 MB")
                .arg(shown).arg(bytes.size() / (1024 * 1024)).arg(options.maxFileBytes / (1024 * 1024)));

    const QString kind = sniffKind(bytes, name);
    Result<Document> doc = Result<Document>::failure(QString());
    if (kind == u"txt" || kind == u"md")
        doc = loaders::loadText(bytes, name, kind == u"md");
    else if (kind == u"docx")
        doc = loaders::loadDocx(bytes, name, options);
    else if (kind == u"html")
        doc = loaders::loadHtml(bytes, name, options);
    else if (kind == u"pdf")
        doc = loaders::loadPdf(bytes, name, options);
    else
        doc = loaders::loadViaLibreOffice(bytes, name, kind, options);
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
    if (doc->kind.isEmpty())
        doc->kind = kind;
    doc->sha256 = sha256Hex(bytes);
    return doc;
}

Result<Document> loadDocument(const QString &path, const LoadOptions &options)
{
    QFileInfo info(path);
    if (!info.exists())
        return Result<Document>::failure(QStringLiteral("%1：文件不存在").arg(path));
    if (info.isDir())
        return Result<Document>::failure(QStringLiteral("%1：这是一个文件夹，不是文件").arg(path));
    if (info.size() > options.maxFileBytes)
        return Result<Document>::failure(
            QStringLiteral("%1：文件过大（%2 MB），超过上限 %3 MB")
                .arg(path).arg(info.size() / (1024 * 1024)).arg(options.maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Document>::failure(QStringLiteral("%1：无法读取（%2）").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    return loadDocumentFromBytes(bytes, path, options);
}

} // namespace nianbao
