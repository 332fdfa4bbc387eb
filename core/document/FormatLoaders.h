#pragma once
// One loader per file format, each producing the common Document (internal to core).
#include "core/document/Document.h"
#include "core/document/DocumentLoader.h"

namespace nianbao::loaders {

Result<Document> loadText(const QByteArray &bytes, const QString &name, bool markdown);
Result<Document> loadDocx(const QByteArray &bytes, const QString &name, const LoadOptions &options);
Result<Document> loadHtml(const QByteArray &bytes, const QString &name, const LoadOptions &options);
Result<Document> loadPdf(const QByteArray &bytes, const QString &name, const LoadOptions &options);
// .doc, .wps, .rtf, .odt: converted to .docx by LibreOffice, then read as .docx.
Result<Document> loadViaLibreOffice(const QByteArray &bytes, const QString &name,
                                    const QString &kind, const LoadOptions &options);

} // namespace nianbao::loaders
