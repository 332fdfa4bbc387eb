#include "core/document/FormatLoaders.h"
#include "core/document/TextDecoder.h"
#include "core/document/TextTableReader.h"
#include "core/extract/FlattenedTables.h"

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
    if (!hasValueCells(doc.tables)) { // crawler text: the tables ran together into a paragraph
        QList<Table> flattened = readFlattenedTables(doc.text);
        if (hasValueCells(flattened))
            doc.tables = std::move(flattened);
    }
    return doc;
}

} // namespace nianbao::loaders
