// SPDX-License-Identifier: GPL-3.0-or-later
// .docx: the package is opened with QuaZip, word/document.xml is read with QXmlStreamReader into
// paragraphs and tables (w:gridSpan across, w:vMerge down), then laid out by DocumentBuilder.
#include "core/document/DocumentBuilder.h"
#include "core/document/FormatLoaders.h"
#include "core/document/ZipReader.h"

#include <QHash>
#include <QXmlStreamReader>

namespace nianbao::loaders {

namespace {

constexpr int kMaxNesting = 24;       // tables inside tables
constexpr int kMaxCells = 200000;     // across the whole document

struct CellProps
{
    int colSpan = 1;
    enum { None, Restart, Continue } vMerge = None;
};

class DocxReader
{
public:
    DocxReader(const QByteArray &xml, const LoadClock &clock) : m_xml(xml), m_clock(clock) {}
    bool timedOut() const { return m_timedOut; }

    // The body's blocks, or a message saying what is wrong.
    Result<QList<Block>> read()
    {
        QList<Block> blocks;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.name() == u"body") {
                blocks = readBlocks(0, nullptr);
                break;
            }
        }
        if (m_xml.hasError())
            return Result<QList<Block>>::failure(QStringLiteral("XML 格式错误（第 %1 行第 %2 列：%3）")
                                                     .arg(m_xml.lineNumber()).arg(m_xml.columnNumber())
                                                     .arg(m_xml.errorString()));
        if (!m_error.isEmpty())
            return Result<QList<Block>>::failure(m_error);
        return blocks;
    }

private:
    int intAttribute(QStringView name, int fallback) const
    {
        bool ok = false;
        const int value = attribute(name).toInt(&ok);
        return ok ? value : fallback;
    }

    QString attribute(QStringView name) const
    {
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.name() == name)
                return a.value().toString();
        }
        return QString();
    }

    // Reads on to the next start element inside the current element and returns true, or returns
    // false at the current element's end (or an error). `depth` counts the elements the caller
    // went into (its ++depth) that are still open; their end tags are passed over here.
    bool nextStartElement(int &depth)
    {
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            if ((++m_tokens & 0xFFF) == 0 && m_clock.expired()) {
                m_timedOut = true;
                m_xml.raiseError(QStringLiteral("time budget"));
                return false;
            }
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                return true;
            if (token == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    return false;
                --depth;
            }
        }
        return false;
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        m_xml.raiseError(message);
        return false;
    }

    // Reads up to the end of the current element: paragraphs and tables, descending into
    // containers (w:sdt, w:customXml, …). Inside a cell, w:tcPr fills `props`.
    QList<Block> readBlocks(int nesting, CellProps *props)
    {
        QList<Block> blocks;
        int depth = 0;
        while (nextStartElement(depth)) {
            const QStringView name = m_xml.name();
            if (name == u"p") {
                blocks << Block{readParagraph(nesting), nullptr};
            } else if (name == u"tbl") {
                if (nesting >= kMaxNesting) {
                    m_xml.skipCurrentElement();
                    continue;
                }
                auto table = std::make_shared<BlockTable>(readTable(nesting + 1));
                blocks << Block{QString(), table};
            } else if (name == u"tcPr" && props) {
                readCellProps(*props);
            } else if (name == u"sectPr" || name == u"tblPr" || name == u"Fallback" || name == u"del") {
                m_xml.skipCurrentElement();
            } else {
                ++depth;
            }
        }
        return blocks;
    }

    void readCellProps(CellProps &props)
    {
        int depth = 0;
        while (nextStartElement(depth)) {
            ++depth;
            if (m_xml.name() == u"gridSpan") {
                props.colSpan = std::clamp(intAttribute(u"val", 1), 1, 1000);
            } else if (m_xml.name() == u"vMerge") {
                props.vMerge = attribute(u"val") == u"restart" ? CellProps::Restart : CellProps::Continue;
            }
        }
    }

    // A paragraph's text: runs, tabs, breaks; field codes, deleted text and fallbacks left out.
    QString readParagraph(int nesting)
    {
        QString text;
        int depth = 0;
        while (nextStartElement(depth)) {
            const QStringView name = m_xml.name();
            if (name == u"t") {
                text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"tab") {
                text += u'\t';
                m_xml.skipCurrentElement();
            } else if (name == u"br" || name == u"cr") {
                text += u'\n';
                m_xml.skipCurrentElement();
            } else if (name == u"noBreakHyphen") {
                text += u'-';
                m_xml.skipCurrentElement();
            } else if (name == u"p" && nesting < kMaxNesting) { // a text box inside the run
                const QString inner = readParagraph(nesting + 1);
                if (!inner.isEmpty())
                    text += u'\n' + inner;
            } else if (name == u"instrText" || name == u"delText" || name == u"del" || name == u"pPr"
                       || name == u"rPr" || name == u"Fallback" || name == u"tbl" || name == u"p") {
                m_xml.skipCurrentElement();
            } else {
                ++depth;
            }
        }
        return text;
    }

    BlockTable readTable(int nesting)
    {
        BlockTable table;
        QList<QList<CellProps>> props;
        QList<int> widths; // w:tblGrid, twips
        int depth = 0;
        while (nextStartElement(depth)) {
            if (m_xml.name() == u"tr") {
                props.append(QList<CellProps>());
                table.rows << readRow(nesting, props.last());
            } else if (m_xml.name() == u"gridCol") {
                widths << intAttribute(u"w", -1);
                ++depth;
            } else if (m_xml.name() == u"tblPr") {
                m_xml.skipCurrentElement();
            } else {
                ++depth;
            }
        }
        resolveVerticalMerges(table, props);
        foldSlivers(table, widths);
        return table;
    }

    QList<BlockCell> readRow(int nesting, QList<CellProps> &props)
    {
        QList<BlockCell> cells;
        int column = 0;
        int depth = 0;
        while (nextStartElement(depth)) {
            if (m_xml.name() == u"gridBefore") {
                column += std::clamp(intAttribute(u"val", 0), 0, 1000);
                ++depth;
            } else if (m_xml.name() == u"tc") {
                if (++m_cells > kMaxCells) {
                    fail(QStringLiteral("表格单元格超过 %1 个，拒绝读取").arg(kMaxCells));
                    break;
                }
                CellProps p;
                BlockCell cell;
                cell.blocks = readBlocks(nesting, &p);
                cell.column = column;
                cell.colSpan = p.colSpan;
                column += p.colSpan;
                cells << cell;
                props << p;
            } else if (m_xml.name() == u"tblPrEx") {
                m_xml.skipCurrentElement();
            } else {
                ++depth;
            }
        }
        return cells;
    }

    // w:vMerge="restart" opens a merge, bare w:vMerge continues the cell above in the same column.
    static void resolveVerticalMerges(BlockTable &table, const QList<QList<CellProps>> &props)
    {
        QHash<int, BlockCell *> open; // grid column -> the cell a merge continues
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            auto &row = table.rows[r];
            QHash<int, BlockCell *> next;
            for (qsizetype c = 0; c < row.size(); ++c) {
                BlockCell &cell = row[c];
                const CellProps &p = props.at(r).at(c);
                BlockCell *owner = open.value(cell.column, nullptr);
                if (p.vMerge == CellProps::Continue && owner) {
                    cell.continuation = true;
                    cell.blocks.clear();
                    cell.colSpan = owner->colSpan;
                    ++owner->rowSpan;
                    next.insert(cell.column, owner);
                } else {
                    next.insert(cell.column, &cell);
                }
            }
            open = next;
        }
    }

    // Converters leave sliver grid columns (LibreOffice writes w:gridCol w:w="1" where two rows'
    // edges differ by a rounding error): such a column is no column, its edges are one.
    static void foldSlivers(BlockTable &table, const QList<int> &widths)
    {
        constexpr int kSliverTwips = 30; // half a millimetre
        QList<int> before{0}; // grid edge -> columns of real width before it
        for (int w : widths)
            before << before.last() + (w >= 0 && w < kSliverTwips ? 0 : 1);
        if (before.last() == widths.size())
            return;
        remapColumns(table, [&](int e) {
            return e < before.size() ? before.at(e) : before.last() + (e - int(widths.size()));
        });
    }

    QXmlStreamReader m_xml;
    const LoadClock &m_clock;
    quint32 m_tokens = 0;
    bool m_timedOut = false;
    QString m_error;
    int m_cells = 0;
};

} // namespace

Result<Document> loadDocx(const QByteArray &bytes, const QString &name, const LoadOptions &options,
                          const LoadClock &clock)
{
    ZipReader zip(bytes, options.maxUnpackedBytes);
    if (!zip.isOpen())
        return Result<Document>::failure(
            QStringLiteral("%1：无法打开 Word 文档（文件损坏或不是 .docx）").arg(name));
    const QString part = zip.mainDocumentPart();
    auto xml = zip.read(part);
    if (!xml)
        return Result<Document>::failure(QStringLiteral("%1：%2").arg(name, xml.error()));
    if (clock.expired())
        return Result<Document>::failure(clock.message(name));
    DocxReader reader(*xml, clock);
    auto blocks = reader.read();
    if (reader.timedOut() || clock.expired())
        return Result<Document>::failure(clock.message(name));
    if (!blocks)
        return Result<Document>::failure(QStringLiteral("%1：%2 %3").arg(name, part, blocks.error()));
    DocumentBuilder builder;
    builder.appendBlocks(*blocks);
    Document doc = builder.take();
    doc.kind = QStringLiteral("docx");
    doc.encoding = QStringLiteral("UTF-8");
    return doc;
}

} // namespace nianbao::loaders
