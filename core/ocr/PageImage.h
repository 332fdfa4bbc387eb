// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to ocr/: a page of a PDF as an 8-bit gray raster (poppler's Splash into a plain buffer,
// no QtGui), its skew found and turned back, and the grids of ruled tables found in it.
#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSizeF>

#include <cstdint>
#include <memory>
#include <vector>

namespace nianbao::ocr {

struct GrayImage
{
    int width = 0, height = 0;
    double dpi = 0;
    std::vector<std::uint8_t> pixels; // row after row, no padding; 0 black, 255 white
    bool isNull() const { return width <= 0 || height <= 0; }
    std::uint8_t at(int x, int y) const { return pixels[size_t(y) * size_t(width) + size_t(x)]; }
};

// A PDF opened once for rendering its pages.
class PdfRaster
{
public:
    PdfRaster();
    ~PdfRaster();
    PdfRaster(const PdfRaster &) = delete;
    PdfRaster &operator=(const PdfRaster &) = delete;

    // `bytes` must outlive this object. False when poppler cannot open it.
    bool open(const QByteArray &bytes);
    int pageCount() const;
    QSizeF pageSize(int index) const; // points, the page's rotation applied
    // Page `index` (from 0) at `dpi`, lowered as needed so that it holds at most `maxPixels`
    // pixels (a huge page never takes more memory than that). Null when it cannot be rendered.
    GrayImage render(int index, double dpi, qint64 maxPixels) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The slight rotation of a scan, in degrees (counter-clockwise positive, within ±3): the angle at
// which the rows of dark pixels line up best.
double estimateSkew(const GrayImage &image);
// `image` turned by -`degrees` about its centre (white where nothing comes in).
GrayImage rotated(const GrayImage &image, double degrees);

// The gray level between ink and paper (Otsu's threshold over the page's histogram).
int inkThreshold(const GrayImage &image);

// One cell of a ruled table: its box inside the rules, in pixels, and its place in the grid.
struct GridCell
{
    QRect box;
    int row = 0, column = 0, rowSpan = 1, colSpan = 1;
};

struct Grid
{
    QRect box;              // the table's outer rules
    int rows = 0, columns = 0;
    QList<GridCell> cells;  // by row, then column (top-left corners)
};

// The ruled tables of a deskewed page, top to bottom: long horizontal and vertical runs of ink
// are rules, rules that cross make a table, and a rule missing between two neighbouring grid
// fields merges them into one cell.
QList<Grid> findGrids(const GrayImage &image, int threshold);

} // namespace nianbao::ocr
