#include "FormatLoaders.h"

namespace nianbao::loaders {

// Placeholders until issue 4 lands its loaders (docx, html, pdf, LibreOffice).
static Result<Document> notYet(const QString &name, const QString &kind)
{
    return Result<Document>::failure(QStringLiteral("%1：暂不支持 %2 格式").arg(name, kind));
}

Result<Document> loadDocx(const QByteArray &, const QString &name, const LoadOptions &) { return notYet(name, QStringLiteral("docx")); }
Result<Document> loadHtml(const QByteArray &, const QString &name, const LoadOptions &) { return notYet(name, QStringLiteral("html")); }
Result<Document> loadPdf(const QByteArray &, const QString &name, const LoadOptions &) { return notYet(name, QStringLiteral("pdf")); }
Result<Document> loadViaLibreOffice(const QByteArray &, const QString &name, const QString &kind, const LoadOptions &) { return notYet(name, kind); }

} // namespace nianbao::loaders
