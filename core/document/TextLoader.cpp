// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/FormatLoaders.h"
#include "core/document/TextDecoder.h"
#include "core/document/TextTableReader.h"

namespace nianbao::loaders {

Result<Document> loadText(QByteArray bytes, const QString &name, bool markdown, const LoadClock &clock)
{
    using R = Result<Document>;
    auto decoded = decodeText(bytes);
    bytes = QByteArray(); // the text holds it all now
    if (!decoded)
        return R::failure(QStringLiteral("%1：%2").arg(name, decoded.error()));
    if (clock.expired())
        return R::failure(clock.message(name));
    Document doc;
    doc.kind = markdown ? QStringLiteral("md") : QStringLiteral("txt");
    doc.encoding = decoded->encoding;
    doc.text = std::move(decoded->text);
    bool tooManyCells = false;
    doc.tables = readTextTables(doc.text, &tooManyCells);
    if (tooManyCells)
        return R::failure(QStringLiteral("%1：表格单元格超过 %2 个，拒绝读取").arg(name).arg(kMaxTextTableCells));
    if (clock.expired())
        return R::failure(clock.message(name));
    // Crawler text whose tables ran together into a paragraph has no tables here: the extractor
    // recovers them from the text (extract/FlattenedTables.h), since that needs the relations.
    return doc;
}

} // namespace nianbao::loaders
