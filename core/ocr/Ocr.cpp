// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of a scanned report read into a Document, and the values read settled by the
// relations (see Ocr.h).
#include "core/ocr/Ocr.h"

#include "core/extract/Extractor.h"
#include "core/rules/Rules.h"

#ifdef NIANBAO_HAVE_TESSERACT
#include "core/ocr/CellReader.h"
#include "core/ocr/Labels.h"
#include "core/ocr/PageImage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#endif

namespace nianbao {

#ifndef NIANBAO_HAVE_TESSERACT

QString ocrUnavailableReason(const OcrOptions &)
{
    return QStringLiteral("本程序构建时没有文字识别（构建需要 Debian 软件包 libtesseract-dev，运行需要 "
                          "tesseract-ocr 和 tesseract-ocr-chi-sim）");
}

Result<OcrReading> recognizeScannedPdf(const QByteArray &, const Document &, const OcrOptions &options)
{
    return Result<OcrReading>::failure(ocrUnavailableReason(options));
}

#else

namespace {

using namespace ocr;

constexpr int kMaxCellsPerGrid = 1500; // more is graph paper or a drawing, not a report's table

// A cell read, before the text is laid out.
struct ReadCell
{
    GridCell grid;
    CellText text;
    bool rowByPosition = false; // a value of a row whose label was given by its place
};

struct ReadGrid
{
    int page = 0; // from 0
    QList<ReadCell> cells;
    int rows = 0, columns = 0;
    // From the deskewed image back to page points.
    struct ToPage
    {
        double cx = 0, cy = 0, cos = 1, sin = 0, scale = 1;
        QPointF map(double x, double y) const
        {
            const double dx = x - cx, dy = y - cy;
            return {(cx + dx * cos - dy * sin) * scale, (cy + dx * sin + dy * cos) * scale};
        }
    } toPage;
};

// Page points of a rectangle of the deskewed image (the box around its turned corners).
QRectF pageRect(const ReadGrid::ToPage &toPage, const QRect &r)
{
    const QRectF f(r);
    double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
    for (const QPointF &corner : {f.topLeft(), f.topRight(), f.bottomLeft(), f.bottomRight()}) {
        const QPointF p = toPage.map(corner.x(), corner.y());
        left = std::min(left, p.x()), right = std::max(right, p.x());
        top = std::min(top, p.y()), bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

// The map from the pixels of `image` turned back by `skew` degrees to the page's points:
// source = c + R(a)·(p − c), as rotated() samples, then pixels → points.
ReadGrid::ToPage deskewedToPage(const GrayImage &image, double skew)
{
    const double a = std::atan(std::tan(skew * M_PI / 180));
    return {image.width / 2.0, image.height / 2.0, std::cos(a), std::sin(a), 72.0 / image.dpi};
}

// Lays the grids out as text, one line per grid row with the cells apart by tabs, as the loaders
// lay out every table (core/document/DocumentBuilder): a merged cell once, the lower part of a
// vertical merge an empty field.
class Layout
{
public:
    void appendProse(const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        m_text += text.trimmed();
        m_text += QStringLiteral("\n\n");
    }
    void appendGrid(const ReadGrid &grid, QList<OcrCellBox> &boxes)
    {
        // The owner of every field of the grid.
        QList<int> owner(grid.rows * grid.columns, -1);
        for (qsizetype i = 0; i < grid.cells.size(); ++i) {
            const GridCell &g = grid.cells.at(i).grid;
            for (int r = g.row; r < g.row + g.rowSpan && r < grid.rows; ++r)
                for (int c = g.column; c < g.column + g.colSpan && c < grid.columns; ++c)
                    owner[r * grid.columns + c] = int(i);
        }
        Table table;
        table.page = grid.page + 1;
        const qsizetype tableStart = m_text.size();
        for (int r = 0; r < grid.rows; ++r) {
            TableRow row;
            const qsizetype rowStart = m_text.size();
            for (int c = 0; c < grid.columns; ++c) {
                const int o = owner.at(r * grid.columns + c);
                if (o < 0)
                    continue;
                const ReadCell &cell = grid.cells.at(o);
                if (cell.grid.column != c)
                    continue; // inside a horizontal merge: written once, at its first column
                if (!row.cells.isEmpty())
                    m_text += u'\t';
                TableCell out;
                out.column = cell.grid.column;
                out.colSpan = cell.grid.colSpan;
                out.rowSpan = cell.grid.rowSpan;
                out.continuation = cell.grid.row != r;
                if (!out.continuation) {
                    out.text = cell.text.text;
                    out.span = Span{m_text.size(), out.text.size()};
                    m_text += out.text;
                    OcrCellBox box;
                    box.span = out.span;
                    box.page = grid.page + 1;
                    box.box = pageRect(grid.toPage, cell.grid.box);
                    box.confidence = cell.text.confidence;
                    box.number = cell.text.kind == CellText::Kind::Number;
                    box.rowByPosition = cell.rowByPosition;
                    boxes.append(box);
                }
                row.cells.append(out);
            }
            row.span = Span{rowStart, m_text.size() - rowStart};
            m_text += u'\n';
            table.rows.append(row);
        }
        table.span = Span{tableStart, m_text.size() - tableStart};
        m_text += u'\n';
        m_tables.append(table);
    }
    void finish(Document &doc)
    {
        while (m_text.endsWith(QStringLiteral("\n\n")))
            m_text.chop(1);
        doc.text = std::move(m_text);
        doc.tables = std::move(m_tables);
    }

private:
    QString m_text;
    QList<Table> m_tables;
};

// The rows of the grids that hold values, in reading order, with the cell of each that is the
// row's label: the one just left of the column where the grid's values begin (null when the
// values begin in the first column, as in section 四's table).
struct ValueRow
{
    ReadGrid *grid = nullptr;
    int row = 0;
    ReadCell *label = nullptr;
};

QList<ValueRow> valueRows(QList<ReadGrid> &grids)
{
    QList<ValueRow> out;
    for (ReadGrid &grid : grids) {
        // The column where most rows' values begin.
        QHash<int, int> firstValue; // column → rows
        QMap<int, int> rowFirst;    // row → its first value's column
        for (const ReadCell &c : std::as_const(grid.cells))
            if (c.text.kind == CellText::Kind::Number) {
                auto it = rowFirst.find(c.grid.row);
                if (it == rowFirst.end() || c.grid.column < *it)
                    rowFirst[c.grid.row] = c.grid.column;
            }
        for (int column : std::as_const(rowFirst))
            ++firstValue[column];
        int start = -1, most = 0;
        for (auto it = firstValue.cbegin(); it != firstValue.cend(); ++it)
            if (it.value() > most || (it.value() == most && it.key() < start))
                most = it.value(), start = it.key();
        for (auto it = rowFirst.cbegin(); it != rowFirst.cend(); ++it) {
            ValueRow v{&grid, it.key(), nullptr};
            for (ReadCell &c : grid.cells)
                if (start > 0 && c.grid.row == it.key() && c.grid.column <= start - 1
                    && c.grid.column + c.grid.colSpan > start - 1 && c.text.kind != CellText::Kind::Number)
                    v.label = &c;
            out.append(v);
        }
    }
    return out;
}

// Rows of section 三 whose label was not recognised get the label of their place where the rows
// around them prove it (labelsByPosition); their values are marked, never accepted.
void placeRowsByPosition(QList<ReadGrid> &grids)
{
    const QList<ValueRow> rows = valueRows(grids);
    QStringList read;
    for (const ValueRow &r : rows)
        read.append(r.label ? r.label->text.text : QString());
    const QStringList placed = labelsByPosition(read);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ValueRow &r = rows.at(i);
        if (placed.at(i).isEmpty() || !r.label)
            continue;
        r.label->text.text = placed.at(i);
        r.label->text.kind = CellText::Kind::Label;
        for (ReadCell &c : r.grid->cells)
            if (c.grid.row == r.row && c.text.kind == CellText::Kind::Number)
                c.rowByPosition = true;
    }
}

} // namespace

QString ocrUnavailableReason(const OcrOptions &options)
{
    CellReader reader;
    QString error;
    return reader.init(options.tessdata, &error) ? QString() : error;
}

Result<OcrReading> recognizeScannedPdf(const QByteArray &pdf, const Document &imageOnly, const OcrOptions &options)
{
    using R = Result<OcrReading>;
    QElapsedTimer clock;
    clock.start();
    CellReader reader;
    QString error;
    if (!reader.init(options.tessdata, &error))
        return R::failure(error);
    PdfRaster raster;
    if (!raster.open(pdf))
        return R::failure(QStringLiteral("%1：无法打开 PDF（文件损坏或不是 PDF）").arg(imageOnly.path));
    OcrReading reading;
    reading.engine = CellReader::engineVersion();
    Layout layout;
    QList<ReadGrid> readGrids; // every page's, laid out once the rows are placed
    const int pages = raster.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p >= options.maxPages || (options.timeBudgetMs >= 0 && clock.elapsed() > options.timeBudgetMs)) {
            reading.pagesLeft = pages - p;
            break;
        }
        GrayImage scan = raster.render(p, options.dpi, options.maxPixels);
        ++reading.pages;
        if (scan.isNull())
            continue;
        const double skew = estimateSkew(scan);
        const GrayImage page = rotated(scan, skew);
        scan = GrayImage(); // one page in memory, twice at most
        const int threshold = inkThreshold(page);
        const QList<Grid> grids = findGrids(page, threshold);
        const ReadGrid::ToPage toPage = deskewedToPage(page, skew);
        // The title and opening lines above the first table of the first page: the agency and the
        // year are read from them as from any report.
        if (p == 0) {
            const int bottom = std::min(grids.isEmpty() ? page.height : grids.first().box.top(),
                                        int(page.height * 0.3));
            if (bottom > page.dpi / 3)
                layout.appendProse(reader.readProse(page, threshold, QRect(0, 0, page.width, bottom)));
        }
        for (const Grid &grid : grids) {
            if (grid.cells.size() > kMaxCellsPerGrid)
                continue;
            ReadGrid read;
            read.page = p;
            read.rows = grid.rows;
            read.columns = grid.columns;
            read.toPage = toPage;
            for (const GridCell &cell : grid.cells)
                read.cells.append({cell, reader.read(page, threshold, cell.box)});
            readGrids.append(std::move(read));
        }
    }
    placeRowsByPosition(readGrids);
    for (const ReadGrid &grid : std::as_const(readGrids))
        layout.appendGrid(grid, reading.boxes);
    reading.document.path = imageOnly.path;
    reading.document.kind = imageOnly.kind.isEmpty() ? QStringLiteral("pdf") : imageOnly.kind;
    reading.document.sha256 = imageOnly.sha256;
    layout.finish(reading.document);
    reading.seconds = double(clock.elapsed()) / 1000.0;
    return reading;
}

#endif

Record extractRecognised(OcrReading &reading, const OcrOptions &options)
{
    Record record = extractRecord(reading.document);
    settleRecognisedCells(record, reading, options);
    return record;
}

const OcrCellBox *ocrBoxOf(const Record &record, const QList<OcrCellBox> &boxes, QStringView id)
{
    const CellValue *cell = record.cell(id);
    if (!cell || !cell->span.isValid())
        return nullptr;
    for (const OcrCellBox &box : boxes)
        if (box.span.start == cell->span.start)
            return &box;
    return nullptr;
}

void settleRecognisedCells(Record &record, OcrReading &reading, const OcrOptions &options)
{
    QHash<qsizetype, const OcrCellBox *> boxes;
    for (const OcrCellBox &box : reading.boxes)
        boxes.insert(box.span.start, &box);
    const QList<CellRelations> relations = relationsByCell(record);
    OcrFacts &facts = record.facts.ocr;
    facts.engine = reading.engine;
    facts.pages = reading.pages;
    facts.pagesLeft = reading.pagesLeft;
    facts.seconds = reading.seconds;
    QList<qsizetype> marked;
    for (qsizetype i = 0; i < record.cells.size(); ++i) {
        CellValue &cell = record.cells[i];
        if (!cell.value || !cell.span.isValid())
            continue;
        const OcrCellBox *box = boxes.value(cell.span.start);
        if (!box)
            continue;
        ++facts.read;
        const CellRelations r = i < relations.size() ? relations.at(i) : CellRelations{};
        const bool accepted = !cell.inferred && box->number && !box->rowByPosition
                              && box->confidence >= options.acceptConfidence && r.held > 0 && r.open == 0;
        if (accepted) {
            ++facts.accepted;
            continue;
        }
        cell.inferred = true;
        ++facts.marked;
        marked.append(cell.span.start);
    }
    for (Table &table : reading.document.tables)
        for (TableRow &row : table.rows)
            for (TableCell &cell : row.cells)
                if (cell.span.isValid() && marked.contains(cell.span.start))
                    cell.inferred = true;
}

} // namespace nianbao
