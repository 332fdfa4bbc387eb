// SPDX-License-Identifier: GPL-3.0-or-later
// .pdf: poppler gives the words with their boxes and the lines each page draws; lines of text are
// rebuilt from the words, ruled tables from the drawn lines, prose lines are joined into
// paragraphs, page numbers are dropped, and a table that goes on at the top of the next page is
// joined to the one before.
#include "core/document/DocumentBuilder.h"
#include "core/document/FormatLoaders.h"
#include "core/document/PdfLayout.h"
#include "core/document/PdfPageStream.h"
#include "core/document/PdfPages.h"
#include "core/document/TableText.h"
#include "core/document/PdfWordBoxes.h"
#include "core/document/TextTableReader.h"
#include "core/util/TextNormalize.h"

namespace nianbao::loaders {

using namespace pdf;

namespace {

// One thing on a page in reading order: a line of prose or a table.
struct PageItem
{
    double top = 0;
    TextLine line;
    std::optional<RuledTable> table;
};

struct PageContent
{
    QList<PageItem> items;
    double textLeft = 0, textRight = 0, textHeight = 10;
};

// A page whose lines all run on without a gap wider than a character holds no table cells side by
// side; a table page has some (between a label and its numbers, between number columns).
bool mayHoldTable(const QList<Line> &lines)
{
    for (const Line &line : lines) {
        for (qsizetype i = 1; i < line.words.size(); ++i) {
            const QRectF &a = line.words.at(i - 1).box;
            const QRectF &b = line.words.at(i).box;
            if (b.left() - a.right() > 1.0 * std::max(a.height(), b.height()))
                return true;
        }
    }
    return false;
}

PageContent readPage(const PageData &page)
{
    PageContent content;
    const double pageHeight = page.size.height();
    const QList<Word> &words = page.words;
    // Page numbers out first, then the tables take their words, the rest are prose lines.
    QList<Word> kept;
    const QList<Line> all = buildLines(words);
    for (const Line &line : all) {
        if (!isPageNumberLine(line, pageHeight))
            kept << line.words;
    }
    content.textHeight = typicalHeight(all);
    QList<RuledTable> tables;
    if (mayHoldTable(all)) // a frame or rules around prose make no table
        tables = findRuledTables(page.rulings, kept, content.textHeight);
    for (const RuledTable &t : tables)
        content.items << PageItem{t.box.top(), TextLine{}, t};
    const QList<TextLine> lines = attachWrappedCells(buildLines(kept));
    bool first = true;
    for (const TextLine &line : lines) {
        content.items << PageItem{line.box.top(), line, std::nullopt};
        content.textLeft = first ? line.box.left() : std::min(content.textLeft, line.box.left());
        content.textRight = first ? line.box.right() : std::max(content.textRight, line.box.right());
        first = false;
    }
    std::stable_sort(content.items.begin(), content.items.end(),
                     [](const PageItem &a, const PageItem &b) { return a.top < b.top; });
    return content;
}

// Whether the next line goes on with the paragraph of `line`: this one runs to the right margin,
// the next starts at the left margin, right below.
bool reachesRightMargin(const TextLine &line, const PageContent &page)
{
    return line.box.right() >= page.textRight - 1.5 * std::max(4.0, page.textHeight)
        && !line.text.contains(u'\t');
}

bool continuesParagraph(const TextLine &line, const TextLine &next, const PageContent &page)
{
    const double h = std::max(4.0, page.textHeight);
    if (next.text.contains(u'\t'))
        return false;
    return reachesRightMargin(line, page) && next.box.left() <= page.textLeft + 0.6 * h
        && next.box.top() - line.box.bottom() < 1.2 * h;
}

// The cell of `table` that covers grid column `column` in its last row (the owner of a merge).
BlockCell *cellAbove(BlockTable &table, qsizetype rows, int column)
{
    for (qsizetype r = rows - 1; r >= 0; --r) {
        for (BlockCell &cell : table.rows[r]) {
            if (cell.column == column && !cell.continuation)
                return r + cell.rowSpan >= rows ? &cell : nullptr;
        }
    }
    return nullptr;
}

// The columns of a table part on the next page in the grid of the part before: each of its edges
// must be one of the earlier edges (merged cells hide some rulings). Empty when they do not fit.
QList<int> mapColumns(const QList<double> &before, const QList<double> &after)
{
    QList<int> map;
    for (double x : after) {
        int found = -1;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (std::abs(before.at(i) - x) <= 3.0)
                found = int(i);
        }
        if (found < 0 || (!map.isEmpty() && found <= map.last()))
            return {};
        map << found;
    }
    if (map.size() < 2 || map.first() != 0 || map.last() != before.size() - 1)
        return {};
    return map;
}

BlockTable remapColumns(BlockTable table, const QList<int> &map)
{
    for (auto &row : table.rows) {
        for (BlockCell &cell : row) {
            const int first = map.value(cell.column);
            cell.colSpan = map.value(cell.column + cell.colSpan, first + 1) - first;
            cell.column = first;
        }
    }
    return table;
}

bool holdsNumber(const BlockCell &cell)
{
    return parseNumber(valueText(cellText(cell))).has_value();
}

// A row cut by the page break: its first row on the new page leaves empty some cells whose part
// above has text, and every cell of it lies under a cell of the same width. A number is never cut
// in two: numbers on both sides of the break in one column are two rows.
bool isCutRow(BlockTable &table, qsizetype rows, const QList<BlockCell> &first)
{
    bool emptyUnderText = false;
    for (const BlockCell &cell : first) {
        if (cell.continuation)
            continue;
        BlockCell *above = cellAbove(table, rows, cell.column);
        if (!above || above->colSpan != cell.colSpan)
            return false;
        if (holdsNumber(cell) && holdsNumber(*above))
            return false;
        if (cellText(cell).isEmpty() && above->rowSpan == 1 && !cellText(*above).isEmpty())
            emptyUnderText = true;
    }
    return emptyUnderText;
}

// Rows continued on the next page. A row cut by the break is put together again; a vertical merge
// cut by it comes back as an empty merged cell at the top of the page and goes on with the cell above.
void appendContinuedRows(BlockTable &table, const BlockTable &more)
{
    if (more.rows.isEmpty())
        return;
    const qsizetype joint = table.rows.size();
    table.rows << more.rows;
    if (isCutRow(table, joint, table.rows.at(joint))) {
        for (const BlockCell &cell : std::as_const(table.rows[joint])) {
            if (cell.continuation)
                continue;
            BlockCell *above = cellAbove(table, joint, cell.column);
            above->blocks = {Block{joinWrapped({cellText(*above), cellText(cell)}), nullptr}};
            above->rowSpan += cell.rowSpan - 1;
        }
        table.rows.removeAt(joint);
        return;
    }
    for (BlockCell &cell : table.rows[joint]) {
        if (cell.continuation)
            continue;
        BlockCell *above = cellAbove(table, joint, cell.column);
        if (!cellText(cell).isEmpty()) {
            // A merged label cut by the break: its first line at the foot of one page, the rest
            // (merged over the rows below) at the top of the next, not opening a new item.
            if (above && above->colSpan == cell.colSpan && above->rowSpan == 1 && cell.rowSpan >= 2
                && !cellText(*above).isEmpty() && !opensItem(cellText(cell))) {
                above->blocks = {Block{joinWrapped({cellText(*above), cellText(cell)}), nullptr}};
                above->rowSpan += cell.rowSpan;
                cell = BlockCell{};
                cell.column = above->column;
                cell.colSpan = above->colSpan;
                cell.continuation = true;
            }
            continue;
        }
        if (!above || above->colSpan != cell.colSpan || (above->rowSpan < 2 && cell.rowSpan < 2))
            continue;
        above->rowSpan += cell.rowSpan;
        cell = BlockCell{};
        cell.column = above->column;
        cell.colSpan = above->colSpan;
        cell.continuation = true;
    }
}

class PdfAssembler
{
public:
    void addPage(const PageContent &page, int pageIndex)
    {
        // A paragraph left open at the foot of the previous page goes on only with a line that
        // starts at the left margin at the top of this one.
        if (!m_paragraph.isEmpty()) {
            const bool goesOn = !page.items.isEmpty() && !page.items.first().table
                && page.items.first().line.box.left() <= page.textLeft + 0.6 * std::max(4.0, page.textHeight)
                && !page.items.first().line.text.contains(u'\t');
            if (!goesOn)
                flush();
        }
        qsizetype i = 0;
        while (i < page.items.size() && !page.items.at(i).table && page.items.at(i).line.labelFromPageBefore
               && continueLastRowLabel(page.items.at(i).line.text))
            ++i;
        for (; i < page.items.size(); ++i) {
            const PageItem &item = page.items.at(i);
            if (item.table) {
                flush();
                addTable(*item.table, pageIndex);
                continue;
            }
            m_paragraph << item.line.text;
            m_lastWasTable = false;
            const bool last = i + 1 == page.items.size();
            const bool goesOn = last ? reachesRightMargin(item.line, page)
                                     : !page.items.at(i + 1).table
                                           && continuesParagraph(item.line, page.items.at(i + 1).line, page);
            if (!goesOn)
                flush();
        }
    }
    QList<Block> take()
    {
        flush();
        return std::move(m_blocks);
    }

private:
    // A table without rules going on over a page break: the rest of its last row's label, at the
    // top of the new page, goes back into that row's label cell (before its first value).
    bool continueLastRowLabel(const QString &rest)
    {
        if (!m_paragraph.isEmpty() || m_blocks.isEmpty() || m_blocks.last().table || rest.contains(u'\t'))
            return false;
        QStringList fields = m_blocks.last().paragraph.split(u'\t');
        const qsizetype firstValue = std::find_if(fields.cbegin(), fields.cend(), isValue) - fields.cbegin();
        if (firstValue == fields.size())
            return false;
        qsizetype label = firstValue - 1;
        while (label >= 0 && fields.at(label).trimmed().isEmpty())
            --label;
        if (label < 0)
            return false;
        fields[label] = joinWrapped({fields.at(label), rest});
        m_blocks.last().paragraph = fields.join(u'\t');
        return true;
    }

    void flush()
    {
        if (m_paragraph.isEmpty())
            return;
        m_blocks << Block{m_paragraph.size() == 1 ? m_paragraph.first() : joinWrapped(m_paragraph), nullptr};
        m_paragraph.clear();
    }
    void addTable(const RuledTable &table, int pageIndex)
    {
        // A table at the top of a page with the same columns as the one that ended the previous
        // page goes on from it.
        const QList<int> map = mapColumns(m_lastColumns, table.columnEdges);
        if (m_lastWasTable && m_lastPage == pageIndex - 1 && !m_blocks.isEmpty() && m_blocks.last().table
            && !map.isEmpty()) {
            appendContinuedRows(*m_blocks.last().table, remapColumns(table.grid, map));
            m_lastPage = pageIndex;
            return;
        } else {
            auto grid = std::make_shared<BlockTable>(table.grid);
            grid->page = pageIndex + 1;
            m_blocks << Block{QString(), grid};
        }
        m_lastWasTable = true;
        m_lastPage = pageIndex;
        m_lastColumns = table.columnEdges;
    }

    QList<Block> m_blocks;
    QStringList m_paragraph;
    bool m_lastWasTable = false;
    int m_lastPage = -1;
    QList<double> m_lastColumns;
};

} // namespace

Result<Document> loadPdf(const QByteArray &bytes, const QString &name, const LoadOptions &options,
                         const LoadClock &clock)
{
    using R = Result<Document>;
    PdfPages pdf;
    switch (pdf.open(bytes)) {
    case PdfPages::OpenStatus::Ok:
        break;
    case PdfPages::OpenStatus::Encrypted:
        return R::failure(QStringLiteral("%1：PDF 已加密，需要密码才能读取").arg(name));
    case PdfPages::OpenStatus::Damaged:
        return R::failure(QStringLiteral("%1：无法打开 PDF（文件损坏或不是 PDF）").arg(name));
    }
    const int pages = pdf.pageCount();
    if (pages <= 0)
        return R::failure(QStringLiteral("%1：PDF 没有页面（文件损坏）").arg(name));
    if (pages > options.maxPages)
        return R::failure(QStringLiteral("%1：PDF 有 %2 页，超过上限 %3 页").arg(name).arg(pages).arg(options.maxPages));

    PdfAssembler assembler;
    QList<PageWords> words;
    bool anyText = false;
    PdfPageStream stream(bytes, pdf, pages); // pages read ahead on spare cores
    for (int i = 0; i < pages; ++i) {
        if (clock.expired())
            return R::failure(clock.message(name));
        PageData data = stream.take(i);
        if (options.cellBoxes)
            words << PageWords{data.words, data.size, data.turned}; // for the cells' boxes (PdfWordBoxes.h)
        const PageContent content = readPage(data);
        anyText = anyText || !content.items.isEmpty();
        assembler.addPage(content, i);
        if (options.progress)
            options.progress((i + 1) * 100 / pages);
    }
    if (!anyText) {
        // A scan: opened all the same, with no tables, for the reviewer to type them from the pages.
        Document scan;
        scan.kind = QStringLiteral("pdf");
        scan.imageOnly = true;
        scan.text = QStringLiteral("（扫描件：PDF 共 %1 页，没有可提取的文字，请对照页面录入）\n").arg(pages);
        return scan;
    }
    DocumentBuilder builder;
    builder.appendBlocks(assembler.take());
    Document doc = builder.take();
    doc.kind = QStringLiteral("pdf");
    // Tables printed without borders: read from the column gaps of the text, as in a text report.
    // Ruled tables shown as tables in the left pane (TableText.h).
    alignTables(doc);
    if (doc.tables.isEmpty())
        doc.tables = readTextTables(doc.text);
    if (options.cellBoxes)
        doc.pageBoxes = locateCellBoxes(doc.tables, words);
    if (clock.expired())
        return R::failure(clock.message(name));
    return doc;
}

} // namespace nianbao::loaders
