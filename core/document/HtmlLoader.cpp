// SPDX-License-Identifier: GPL-3.0-or-later
// .html/.htm: the bytes are decoded by their declared or detected charset, parsed with gumbo, and
// walked into paragraphs and tables (rowspan/colspan placed on a grid); layout tables that hold
// tables are frames, the data tables are the innermost ones. A grid column that is only two
// rows' rounding of one edge is folded away (HtmlGrid.h).
#include "core/document/DocumentBuilder.h"
#include "core/document/FormatLoaders.h"
#include "core/document/HtmlCharset.h"
#include "core/document/HtmlGrid.h"
#include "core/document/HtmlLimits.h"

#include <QMap>

#include <gumbo.h>

namespace nianbao::loaders {

namespace {

constexpr int kMaxDepth = 400;     // elements inside elements; deeper content is left out
constexpr int kMaxCells = 200000;  // across the whole page

bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_SVG:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TITLE: case GUMBO_TAG_BUTTON: case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

QList<const GumboNode *> children(const GumboNode *node)
{
    QList<const GumboNode *> out;
    const GumboVector *v = nullptr;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        v = &node->v.element.children;
    else if (node->type == GUMBO_NODE_DOCUMENT)
        v = &node->v.document.children;
    if (!v)
        return out;
    for (unsigned i = 0; i < v->length; ++i)
        out << static_cast<const GumboNode *>(v->data[i]);
    return out;
}

int spanAttribute(const GumboNode *node, const char *name, int max, bool zeroMeansMax)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    if (!a)
        return 1;
    bool ok = false;
    const int value = QString::fromUtf8(a->value).trimmed().toInt(&ok);
    if (!ok)
        return 1;
    if (value == 0 && zeroMeansMax) // rowspan="0": to the end of the table
        return std::max(max, 1);
    return std::clamp(value, 1, max);
}

std::optional<double> widthAttribute(const GumboNode *node, const char *name = "width")
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? htmlPixelWidth(a->value) : std::nullopt;
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// Collects the blocks of one flow (the body, or one table cell).
class Flow
{
public:
    void addText(QStringView text, bool preformatted)
    {
        for (QChar c : text) {
            if (c == QChar(0x00A0) || c == QChar(0x3000)) { // &nbsp; and the ideographic space are printed spaces
                m_line += c == QChar(0x3000) ? c : QChar(u' ');
                m_pendingSpace = false;
            } else if (c == u'\n' && preformatted) {
                newLine();
            } else if (c.isSpace() && c.unicode() < 0x80) {
                m_pendingSpace = true;
                m_pendingBreak = m_pendingBreak || c == u'\n' || c == u'\r';
            } else {
                // A line break of the page source between two Chinese characters is no space
                // (Word's HTML wraps its source lines anywhere).
                const bool cjkBreak = m_pendingBreak && !m_line.isEmpty() && isWideChar(m_line.back()) && isWideChar(c);
                if (m_pendingSpace && !m_line.isEmpty() && !cjkBreak)
                    m_line += u' ';
                m_pendingSpace = false;
                m_pendingBreak = false;
                m_line += c;
            }
        }
    }
    void newLine()
    {
        m_lines << m_line;
        m_line.clear();
        m_pendingSpace = false;
        m_pendingBreak = false;
    }
    void flush()
    {
        newLine();
        for (QString &l : m_lines) {
            while (l.endsWith(u' '))
                l.chop(1);
            while (l.startsWith(u' '))
                l.remove(0, 1);
        }
        while (!m_lines.isEmpty() && m_lines.last().isEmpty())
            m_lines.removeLast();
        while (!m_lines.isEmpty() && m_lines.first().isEmpty())
            m_lines.removeFirst();
        if (!m_lines.isEmpty())
            m_blocks << Block{m_lines.join(u'\n'), nullptr};
        m_lines.clear();
    }
    void addTable(std::shared_ptr<BlockTable> table)
    {
        flush();
        m_blocks << Block{QString(), std::move(table)};
    }
    QList<Block> take()
    {
        flush();
        return std::move(m_blocks);
    }

private:
    QList<Block> m_blocks;
    QStringList m_lines;
    QString m_line;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
};

class HtmlWalker
{
public:
    explicit HtmlWalker(const LoadClock &clock) : m_clock(clock) {}
    bool timedOut() const { return m_timedOut; }
    QList<Block> walkDocument(const GumboNode *root)
    {
        Flow flow;
        walk(root, flow, 0, false);
        return flow.take();
    }
    bool tooManyCells() const { return m_cells > kMaxCells; }

private:
    void walk(const GumboNode *node, Flow &flow, int depth, bool pre)
    {
        if (depth > kMaxDepth || m_timedOut)
            return;
        if ((++m_nodes & 0xFFF) == 0 && m_clock.expired()) {
            m_timedOut = true;
            return;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
            || node->type == GUMBO_NODE_CDATA) {
            flow.addText(QString::fromUtf8(node->v.text.text), pre);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT
            && node->type != GUMBO_NODE_TEMPLATE)
            return;
        const GumboTag tag = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
        if (node->type == GUMBO_NODE_ELEMENT && isDropped(tag))
            return;
        if (tag == GUMBO_TAG_BR) {
            flow.newLine();
            return;
        }
        if (tag == GUMBO_TAG_TABLE) {
            flow.addTable(std::make_shared<BlockTable>(readTable(node, depth)));
            return;
        }
        const bool block = isBlock(tag);
        if (block)
            flow.flush();
        for (const GumboNode *child : children(node))
            walk(child, flow, depth + 1, pre || tag == GUMBO_TAG_PRE);
        if (block)
            flow.flush();
    }

    // The rows of a table, through thead/tbody/tfoot but not into nested tables.
    static void collectRows(const GumboNode *node, QList<const GumboNode *> &rows, int depth)
    {
        for (const GumboNode *child : children(node)) {
            if (child->type != GUMBO_NODE_ELEMENT || depth > kMaxDepth)
                continue;
            const GumboTag tag = child->v.element.tag;
            if (tag == GUMBO_TAG_TR)
                rows << child;
            else if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT
                     || tag == GUMBO_TAG_FORM)
                collectRows(child, rows, depth + 1);
        }
    }

    // The widths of the table's columns: <col width> (inside an explicit or implied <colgroup>),
    // repeated over its span; a <colgroup> without <col> stands for its own span.
    static QList<std::optional<double>> columnWidths(const GumboNode *table)
    {
        QList<std::optional<double>> out;
        auto add = [&out](const GumboNode *node) {
            const int span = spanAttribute(node, "span", 1000, false);
            const std::optional<double> width = widthAttribute(node);
            for (int k = 0; k < span && out.size() < 1000; ++k)
                out << width;
        };
        for (const GumboNode *child : children(table)) {
            if (isElement(child, GUMBO_TAG_COL)) {
                add(child);
            } else if (isElement(child, GUMBO_TAG_COLGROUP)) {
                bool hasCols = false;
                for (const GumboNode *col : children(child)) {
                    if (isElement(col, GUMBO_TAG_COL)) {
                        add(col);
                        hasCols = true;
                    }
                }
                if (!hasCols)
                    add(child);
            }
        }
        return out;
    }

    static HtmlTableWidths tableWidths(const GumboNode *table)
    {
        HtmlTableWidths widths;
        widths.table = widthAttribute(table);
        if (const std::optional<double> padding = widthAttribute(table, "cellpadding"))
            widths.cellPadding = *padding;
        widths.columns = columnWidths(table);
        return widths;
    }

    BlockTable readTable(const GumboNode *table, int depth)
    {
        HtmlTableWidths widths = tableWidths(table);
        BlockTable out = readGrid(table, depth, widths.cells);
        foldJitterColumns(out, widths);
        return out;
    }

    // The cells on the grid the colspans and rowspans make, and each cell's declared width
    // (parallel to the rows and cells; nothing for continuations).
    BlockTable readGrid(const GumboNode *table, int depth, QList<QList<std::optional<double>>> &widths)
    {
        QList<const GumboNode *> rows;
        collectRows(table, rows, depth);
        BlockTable out;
        // Grid slots taken by a rowspan from above, per row: column -> the spanning cell's columns.
        QList<QMap<int, int>> taken(rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            QList<BlockCell> cells;
            QList<std::optional<double>> cellWidths;
            int column = 0;
            auto continuation = [&](int at, int colSpan) {
                BlockCell cont;
                cont.column = at;
                cont.colSpan = colSpan;
                cont.continuation = true;
                cells << cont;
                cellWidths << std::nullopt;
            };
            auto fillTaken = [&] {
                for (auto it = taken[r].constFind(column); it != taken[r].cend(); it = taken[r].constFind(column)) {
                    continuation(column, *it);
                    column += *it;
                }
            };
            for (const GumboNode *td : children(rows.at(r))) {
                if (td->type != GUMBO_NODE_ELEMENT
                    || (td->v.element.tag != GUMBO_TAG_TD && td->v.element.tag != GUMBO_TAG_TH))
                    continue;
                if (++m_cells > kMaxCells)
                    return out;
                fillTaken();
                BlockCell cell;
                cell.column = column;
                cell.colSpan = spanAttribute(td, "colspan", 1000, false);
                cell.rowSpan = spanAttribute(td, "rowspan", int(rows.size()) - r, true);
                Flow flow;
                for (const GumboNode *child : children(td))
                    walk(child, flow, depth + 2, false);
                cell.blocks = flow.take();
                for (int dr = 1; dr < cell.rowSpan; ++dr)
                    taken[r + dr].insert(column, cell.colSpan);
                column += cell.colSpan;
                cells << cell;
                cellWidths << widthAttribute(td);
            }
            for (auto it = taken[r].lowerBound(column); it != taken[r].cend(); ++it)
                continuation(it.key(), *it);
            if (!cells.isEmpty()) {
                out.rows << cells;
                widths << cellWidths;
            }
        }
        return out;
    }

    const LoadClock &m_clock;
    quint32 m_nodes = 0;
    bool m_timedOut = false;
    int m_cells = 0;
};

} // namespace

Result<Document> loadHtml(const QByteArray &bytes, const QString &name, const LoadOptions &,
                          const LoadClock &clock)
{
    using R = Result<Document>;
    auto decoded = decodeHtml(bytes);
    if (!decoded)
        return R::failure(QStringLiteral("%1：%2").arg(name, decoded.error()));
    const QByteArray utf8 = decoded->text.toUtf8();
    // The nesting is bounded before gumbo parses (its parser is quadratic in it, HtmlLimits.h).
    if (htmlNestingDepth(utf8) > kMaxHtmlNesting)
        return R::failure(QStringLiteral("%1：HTML 元素嵌套超过 %2 层，拒绝读取").arg(name).arg(kMaxHtmlNesting));
    if (clock.expired())
        return R::failure(clock.message(name));
    GumboOptions gumboOptions = gumboParseOptions();
    gumboOptions.max_errors = 100; // parse errors are not needed, and hostile pages have millions
    GumboOutput *output = gumbo_parse_with_options(&gumboOptions, utf8.constData(),
                                                   static_cast<size_t>(utf8.size()));
    if (!output)
        return R::failure(QStringLiteral("%1：无法解析 HTML").arg(name));
    HtmlWalker walker(clock);
    const QList<Block> blocks = clock.expired() ? QList<Block>() : walker.walkDocument(output->document);
    destroyGumboOutput(gumboOptions, output); // without recursion
    if (walker.timedOut() || clock.expired())
        return R::failure(clock.message(name));
    if (walker.tooManyCells())
        return R::failure(QStringLiteral("%1：表格单元格超过 %2 个，拒绝读取").arg(name).arg(kMaxCells));
    DocumentBuilder builder;
    builder.appendBlocks(blocks);
    Document doc = builder.take();
    doc.kind = QStringLiteral("html");
    doc.encoding = decoded->encoding;
    return doc;
}

} // namespace nianbao::loaders
