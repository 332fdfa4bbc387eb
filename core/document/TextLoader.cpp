#include "core/document/FormatLoaders.h"
#include "core/document/TextDecoder.h"
#include "core/document/TextTableReader.h"

namespace nianbao::loaders {

Result<Document> loadText(const QByteArray &bytes, const QString &name, bool markdown)
{
    auto decoded = decodeText(bytes);
    if (!decoded)
        return Result<Document>::failure(QStringLiteral("%1：%2").arg(name, decoded.error()));
    Document doc;
    doc.kind = markdown ? QStringLiteral("md") : QStringLiteral("txt");
    doc.encoding = decoded->encoding;
    doc.text = std::move(decoded->text);
    doc.tables = readTextTables(doc.text);
    // Crawler text whose tables ran together into a paragraph has no tables here: the extractor
    // recovers them from the text (extract/FlattenedTables.h), since that needs the relations.
    return doc;
}

} // namespace nianbao::loaders
