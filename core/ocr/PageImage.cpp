// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering a page with poppler's Splash device into a gray buffer, and the scan's skew.
#include "core/ocr/PageImage.h"

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <splash/SplashBitmap.h>

#include <algorithm>
#include <cmath>

namespace nianbao::ocr {

namespace {

void ignorePopplerErrors(ErrorCategory, Goffset, const char *) { }

void initPoppler()
{
    static GlobalParamsIniter initer(ignorePopplerErrors);
}

} // namespace

struct PdfRaster::Private
{
    std::unique_ptr<PDFDoc> doc;
};

PdfRaster::PdfRaster() : d(std::make_unique<Private>()) { }
PdfRaster::~PdfRaster() = default;

bool PdfRaster::open(const QByteArray &bytes)
{
    initPoppler();
    auto *stream = new MemStream(bytes.constData(), 0, bytes.size(), Object(objNull)); // owned by PDFDoc
    d->doc = std::make_unique<PDFDoc>(stream);
    if (!d->doc->isOk())
        d->doc.reset();
    return bool(d->doc);
}

int PdfRaster::pageCount() const
{
    return d->doc ? d->doc->getNumPages() : 0;
}

QSizeF PdfRaster::pageSize(int index) const
{
    if (!d->doc || index < 0 || index >= pageCount())
        return {};
    const int number = index + 1;
    const double w = d->doc->getPageCropWidth(number), h = d->doc->getPageCropHeight(number);
    return d->doc->getPageRotate(number) % 180 != 0 ? QSizeF(h, w) : QSizeF(w, h);
}

GrayImage PdfRaster::render(int index, double dpi, qint64 maxPixels) const
{
    GrayImage image;
    const QSizeF size = pageSize(index);
    if (size.isEmpty() || dpi <= 0)
        return image;
    const double pixels = size.width() * size.height() * (dpi / 72.0) * (dpi / 72.0);
    if (pixels > double(maxPixels))
        dpi *= std::sqrt(double(maxPixels) / pixels);
    if (size.width() * dpi / 72.0 < 16 || size.height() * dpi / 72.0 < 16)
        return image; // a page a few points wide (or a huge one cut down to nothing): no text to read
    SplashColor paper;
    paper[0] = 0xff;
    SplashOutputDev device(splashModeMono8, 1, false, paper);
    device.startDoc(d->doc.get());
    d->doc->displayPageSlice(&device, index + 1, dpi, dpi, 0, false, true, false, -1, -1, -1, -1);
    SplashBitmap *bitmap = device.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0 || bitmap->getMode() != splashModeMono8)
        return image;
    image.width = bitmap->getWidth();
    image.height = bitmap->getHeight();
    image.dpi = dpi;
    image.pixels.resize(size_t(image.width) * size_t(image.height));
    const SplashColorConstPtr data = bitmap->getDataPtr();
    for (int y = 0; y < image.height; ++y)
        std::copy_n(data + size_t(y) * size_t(bitmap->getRowSize()), image.width,
                    image.pixels.begin() + ptrdiff_t(y) * image.width);
    return image;
}

int inkThreshold(const GrayImage &image)
{
    std::array<qint64, 256> histogram{};
    for (std::uint8_t p : image.pixels)
        ++histogram[p];
    const double total = double(image.pixels.size());
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += double(i) * double(histogram[i]);
    double sumBelow = 0, weightBelow = 0, best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        weightBelow += double(histogram[t]);
        if (weightBelow == 0)
            continue;
        const double weightAbove = total - weightBelow;
        if (weightAbove == 0)
            break;
        sumBelow += double(t) * double(histogram[t]);
        const double meanBelow = sumBelow / weightBelow, meanAbove = (sumAll - sumBelow) / weightAbove;
        const double between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    // A page of paper alone has no ink: keep the cut well below paper white.
    return std::clamp(threshold, 60, 200);
}

double estimateSkew(const GrayImage &image)
{
    if (image.isNull())
        return 0;
    // The ink of the page, sampled every `step` pixels (a few hundred thousand points at most).
    const int threshold = inkThreshold(image);
    const int step = std::max(1, int(std::lround(image.dpi / 100)));
    std::vector<std::pair<int, int>> ink;
    for (int y = 0; y < image.height; y += step)
        for (int x = 0; x < image.width; x += step)
            if (image.at(x, y) < threshold)
                ink.emplace_back(x / step, y / step);
    if (ink.size() < 200)
        return 0;
    const int rows = image.height / step + 1, cols = image.width / step + 1;
    std::vector<int> histogram;
    // The angle whose row profile is sharpest (the sum of squares of its bins is largest).
    const auto score = [&](double degrees) {
        const double slope = std::tan(degrees * M_PI / 180);
        const int margin = int(std::ceil(std::abs(slope) * cols)) + 1;
        histogram.assign(size_t(rows + 2 * margin), 0);
        for (const auto &[x, y] : ink) {
            const int bin = int(std::lround(y - slope * (x - cols / 2.0))) + margin;
            if (bin >= 0 && bin < int(histogram.size()))
                ++histogram[size_t(bin)];
        }
        double s = 0;
        for (int h : histogram)
            s += double(h) * double(h);
        return s;
    };
    double best = 0, bestScore = score(0);
    for (double a = -3; a <= 3.0001; a += 0.2)
        if (const double s = score(a); s > bestScore)
            bestScore = s, best = a;
    const double coarse = best;
    for (double a = coarse - 0.2; a <= coarse + 0.2001; a += 0.02)
        if (const double s = score(a); s > bestScore)
            bestScore = s, best = a;
    return best;
}

GrayImage rotated(const GrayImage &image, double degrees)
{
    if (std::abs(degrees) < 0.01 || image.isNull())
        return image;
    GrayImage out;
    out.width = image.width;
    out.height = image.height;
    out.dpi = image.dpi;
    out.pixels.assign(image.pixels.size(), 255);
    // A point y' of the straight page lies at y = y' + slope·x on the scan (slope as estimateSkew
    // measures it): turning it back maps each output pixel to its source by the inverse rotation.
    const double a = std::atan(std::tan(degrees * M_PI / 180));
    const double c = std::cos(a), s = std::sin(a);
    const double cx = image.width / 2.0, cy = image.height / 2.0;
    for (int y = 0; y < out.height; ++y) {
        std::uint8_t *line = out.pixels.data() + size_t(y) * size_t(out.width);
        const double dy = y - cy;
        for (int x = 0; x < out.width; ++x) {
            const double dx = x - cx;
            const double sx = cx + dx * c - dy * s;
            const double sy = cy + dx * s + dy * c;
            const int x0 = int(std::floor(sx)), y0 = int(std::floor(sy));
            if (x0 < 0 || y0 < 0 || x0 + 1 >= image.width || y0 + 1 >= image.height)
                continue;
            const double fx = sx - x0, fy = sy - y0;
            const double top = image.at(x0, y0) * (1 - fx) + image.at(x0 + 1, y0) * fx;
            const double bottom = image.at(x0, y0 + 1) * (1 - fx) + image.at(x0 + 1, y0 + 1) * fx;
            line[x] = std::uint8_t(std::lround(top * (1 - fy) + bottom * fy));
        }
    }
    return out;
}

} // namespace nianbao::ocr
