// SPDX-License-Identifier: GPL-3.0-or-later
// Cells read by Tesseract (TesseractApi.h). The cell's ink is found first: blots of ink
// (connected pixels darker than the page's threshold) smaller than a speck are noise and whitened;
// a cell with no ink left is blank and costs no recognition. A single line whose blots are as many
// as the digits the digit model reads, all of one height, is a number; anything else is read again
// by the Chinese model, and a "label" that reads as digits there too is a number read with doubt.
#include "core/ocr/CellReader.h"
#include "core/ocr/Labels.h"
#include "core/ocr/TesseractApi.h"

#include <QRegularExpression>

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>

namespace nianbao::ocr {

namespace {

struct Blot
{
    QRect box;
    int area = 0;
};

// The crop of the page inside `box`, as its own gray image.
GrayImage crop(const GrayImage &page, const QRect &box)
{
    GrayImage out;
    const QRect r = box.intersected(QRect(0, 0, page.width, page.height));
    if (r.isEmpty())
        return out;
    out.width = r.width();
    out.height = r.height();
    out.dpi = page.dpi;
    out.pixels.resize(size_t(out.width) * size_t(out.height));
    for (int y = 0; y < out.height; ++y)
        std::copy_n(page.pixels.begin() + ptrdiff_t(r.top() + y) * page.width + r.left(), out.width,
                    out.pixels.begin() + ptrdiff_t(y) * out.width);
    return out;
}

// The blots of ink of `image` (8-connected); `labels` gets each pixel's blot (−1 for paper).
QList<Blot> blots(const GrayImage &image, int threshold, std::vector<int> &labels)
{
    QList<Blot> out;
    labels.assign(image.pixels.size(), -1);
    std::vector<int> stack;
    for (int start = 0; start < int(image.pixels.size()); ++start) {
        if (labels[size_t(start)] >= 0 || image.pixels[size_t(start)] >= threshold)
            continue;
        const int id = int(out.size());
        Blot blot;
        int x0 = image.width, y0 = image.height, x1 = -1, y1 = -1;
        stack.assign(1, start);
        labels[size_t(start)] = id;
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            const int x = p % image.width, y = p / image.width;
            ++blot.area;
            x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= image.width || ny >= image.height)
                        continue;
                    const int q = ny * image.width + nx;
                    if (labels[size_t(q)] < 0 && image.pixels[size_t(q)] < threshold) {
                        labels[size_t(q)] = id;
                        stack.push_back(q);
                    }
                }
        }
        blot.box = QRect(QPoint(x0, y0), QPoint(x1, y1));
        out.append(blot);
    }
    return out;
}

// Lines of text: the rows the blots cover, merged where they overlap (top and bottom of each).
QList<QPair<int, int>> textLines(const QList<Blot> &kept)
{
    QList<QPair<int, int>> bands;
    for (const Blot &b : kept)
        bands.append({b.box.top(), b.box.bottom()});
    std::sort(bands.begin(), bands.end());
    QList<QPair<int, int>> lines;
    for (const auto &[top, bottom] : bands) {
        if (lines.isEmpty() || top > lines.last().second)
            lines.append({top, bottom});
        else
            lines.last().second = std::max(lines.last().second, bottom);
    }
    return lines;
}

// The part of `image` from `top` to `bottom` (its own rows), with a white border of `pad`.
GrayImage padded(const GrayImage &image, const QRect &part, int pad)
{
    GrayImage out;
    out.width = part.width() + 2 * pad;
    out.height = part.height() + 2 * pad;
    out.dpi = image.dpi;
    out.pixels.assign(size_t(out.width) * size_t(out.height), 255);
    for (int y = 0; y < part.height(); ++y)
        std::copy_n(image.pixels.begin() + ptrdiff_t(part.top() + y) * image.width + part.left(), part.width(),
                    out.pixels.begin() + ptrdiff_t(pad + y) * out.width + pad);
    return out;
}

// `image` in black and white: ink below `threshold`.
GrayImage binarised(const GrayImage &image, int threshold)
{
    GrayImage out = image;
    for (std::uint8_t &p : out.pixels)
        p = p < threshold ? 0 : 255;
    return out;
}

QString fromTesseract(char *text)
{
    const QString s = text ? QString::fromUtf8(text) : QString();
    delete[] text;
    return s;
}

// Tesseract puts spaces between Chinese characters; a label has none that matter.
QString cleanLabel(const QString &raw)
{
    QStringList lines;
    for (QString line : raw.split(u'\n')) {
        line.remove(u' ');
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines.join(u'\n');
}

bool looksLikeNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9][0-9,]*(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

} // namespace

struct CellReader::Private
{
    tess::TessBaseAPI digits, chinese;
    bool ready = false;

    // The image's text with `api`, as one line or one block; `confidence` the lowest of its
    // characters' (numbers) or the mean of its words' (labels).
    QString recognise(tess::TessBaseAPI &api, const GrayImage &image, tess::PageSegMode mode,
                      int *confidence, bool lowest)
    {
        api.SetPageSegMode(mode);
        api.SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
        api.SetSourceResolution(int(image.dpi));
        const QString text = fromTesseract(api.GetUTF8Text());
        int conf = api.MeanTextConf();
        if (lowest) {
            if (tess::ResultIterator *it = api.GetIterator()) {
                do {
                    if (const char *symbol = it->GetUTF8Text(tess::RIL_SYMBOL)) {
                        conf = std::min(conf, int(it->Confidence(tess::RIL_SYMBOL)));
                        delete[] symbol;
                    }
                } while (it->Next(tess::RIL_SYMBOL));
                delete it;
            }
        }
        *confidence = std::clamp(conf, 0, 100);
        api.Clear();
        return text.trimmed();
    }
};

CellReader::CellReader() : d(std::make_unique<Private>()) { }
CellReader::~CellReader()
{
    if (d->ready) {
        d->digits.End();
        d->chinese.End();
    }
}

QString CellReader::engineVersion()
{
    return QStringLiteral("tesseract ") + QString::fromLatin1(tess::TessBaseAPI::Version());
}

bool CellReader::init(const QString &tessdata, QString *error)
{
    if (!tess::loadLibrary(error)) // first: libgomp may come with it (looked up below)
        return false;
    // One thread: OpenMP's workers spin on a shared machine for cells that take milliseconds
    // (measured: 4 threads took 6 times the CPU of one, most of it in futex calls). Setting
    // OMP_THREAD_LIMIT here is too late (libgomp reads it when it is loaded), so every parallel
    // region of this thread is made inactive instead: with the limit of active levels at 0, a
    // region runs on the thread that meets it. Looked up at run time: Tesseract need not be built
    // with OpenMP, and nothing here links libgomp; when libgomp is loaded but not in the global
    // scope (a dependency of a library opened with dlopen, RTLD_LOCAL), it is found by its name
    // without loading it (RTLD_NOLOAD).
    using SetLevels = void (*)(int);
    auto *setLevels = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (!setLevels)
        if (void *gomp = dlopen("libgomp.so.1", RTLD_LAZY | RTLD_NOLOAD)) {
            setLevels = reinterpret_cast<SetLevels>(dlsym(gomp, "omp_set_max_active_levels"));
            dlclose(gomp);
        }
    if (setLevels)
        setLevels(0);
    const QByteArray path = tessdata.toLocal8Bit();
    const char *datapath = tessdata.isEmpty() ? nullptr : path.constData();
    // Tesseract prints to stderr what it cannot load; the message below says it once, in Chinese.
    for (auto *api : {&d->digits, &d->chinese}) {
        api->SetVariable("debug_file", "/dev/null");
    }
    if (d->digits.Init(datapath, "eng", tess::OEM_LSTM_ONLY) != 0) {
        *error = QStringLiteral("没有文字识别的英文数字模型 eng.traineddata（安装 Debian 软件包 tesseract-ocr-eng，"
                                "它随 tesseract-ocr 一起安装）");
        return false;
    }
    if (d->chinese.Init(datapath, "chi_sim", tess::OEM_LSTM_ONLY) != 0) {
        d->digits.End();
        *error = QStringLiteral("没有文字识别的简体中文模型 chi_sim.traineddata（安装 Debian 软件包 tesseract-ocr-chi-sim）");
        return false;
    }
    d->digits.SetVariable("tessedit_char_whitelist", "0123456789.,-");
    d->digits.SetVariable("classify_bln_numeric_mode", "1");
    for (auto *api : {&d->digits, &d->chinese})
        api->SetVariable("debug_file", "/dev/null");
    d->ready = true;
    return true;
}

CellText CellReader::read(const GrayImage &page, int threshold, const QRect &box)
{
    CellText out;
    if (!d->ready)
        return out;
    // Inside the rules: a margin keeps their ink (and a slight residual slant) out.
    const int margin = std::max(3, int(page.dpi / 60));
    GrayImage cell = crop(page, box.adjusted(margin, margin, -margin, -margin));
    if (cell.isNull())
        return out;
    std::vector<int> labels;
    const QList<Blot> all = blots(cell, threshold, labels);
    const double scale = page.dpi / 300.0;
    const int speck = std::max(2, int(14 * scale * scale)); // a printed full stop is about 25 pixels at 300 dpi
    QList<Blot> kept;
    QList<int> whitened;
    QRect ink;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Blot &b = all.at(i);
        // Specks, and what is left of a rule along the crop's edge (long and thin), are not text.
        const bool edgeRule = (b.box.width() > 8 * b.box.height() && (b.box.top() <= 1 || b.box.bottom() >= cell.height - 2))
                              || (b.box.height() > 8 * b.box.width() && (b.box.left() <= 1 || b.box.right() >= cell.width - 2));
        if (b.area < speck || edgeRule) {
            whitened.append(int(i));
            continue;
        }
        kept.append(b);
        ink = ink.isNull() ? b.box : ink.united(b.box);
    }
    if (kept.isEmpty())
        return out; // blank
    for (size_t p = 0; p < labels.size(); ++p)
        if (labels[p] >= 0 && whitened.contains(labels[p]))
            cell.pixels[p] = 255;
    // The ink with a white border, as Tesseract reads best.
    const int pad = std::max(8, int(page.dpi / 25));
    const GrayImage whole = padded(cell, ink, pad);
    out.ink = ink.translated(box.topLeft() + QPoint(margin, margin));

    const QList<QPair<int, int>> lines = textLines(kept);
    // As many blots as digits (a full stop or comma is small), all of the digits' height.
    int tall = 0, maxHeight = 0;
    for (const Blot &b : kept)
        maxHeight = std::max(maxHeight, b.box.height());
    bool digitShapes = lines.size() == 1 && maxHeight <= 0.25 * page.dpi;
    for (const Blot &b : kept) {
        const bool isTall = b.box.height() >= 0.6 * maxHeight;
        tall += isTall ? 1 : 0;
        // A digit is narrower than tall; a full stop, comma or minus is small.
        if (isTall ? b.box.width() > 0.85 * b.box.height()
                   : b.box.height() > 0.4 * maxHeight && b.box.width() > 0.6 * maxHeight)
            digitShapes = false;
    }
    const auto fits = [&](const QString &digits) {
        const qsizetype count = std::count_if(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); });
        return looksLikeNumber(digits) && tall == count && maxHeight <= 0.25 * page.dpi;
    };
    int digitConfidence = 0;
    QString digits = lines.size() == 1
                         ? d->recognise(d->digits, whole, tess::PSM_SINGLE_LINE, &digitConfidence, true)
                         : QString();
    QStringList digitReads{digits}; // every reading of the digit model
    // Tesseract's line mode often reads nothing of a lone digit ("0", "1"), or reads it with
    // little confidence: where the blots have the shapes of digits (or the line read fits them),
    // the digit model reads the cell again as a word, then as one character; then with a margin
    // as wide as the digits are tall (a lone "1" reads so); then binarised by the page's threshold
    // (Tesseract's own cut of a small gray crop can lose a thin "0"). The surest reading that fits
    // is kept, until one is sure; readings that fit but differ are a number read with no
    // confidence at all.
    constexpr int kSure = 80;
    if ((digitShapes || fits(digits)) && (!fits(digits) || digitConfidence < kSure)) {
        const GrayImage roomy = padded(cell, ink, pad + maxHeight);
        const GrayImage bw = binarised(whole, threshold);
        const std::pair<const GrayImage *, tess::PageSegMode> retries[] = {
            {&whole, tess::PSM_SINGLE_WORD}, {&whole, tess::PSM_SINGLE_CHAR},
            {&roomy, tess::PSM_SINGLE_LINE}, {&roomy, tess::PSM_SINGLE_CHAR},
            {&bw, tess::PSM_SINGLE_LINE},    {&bw, tess::PSM_SINGLE_WORD},
            {&bw, tess::PSM_SINGLE_CHAR}};
        for (const auto &[image, mode] : retries) {
            if (mode == tess::PSM_SINGLE_CHAR && tall != 1)
                continue;
            int confidence = 0;
            const QString again = d->recognise(d->digits, *image, mode, &confidence, true);
            digitReads.append(again);
            if (fits(again) && (!fits(digits) || confidence > digitConfidence)) {
                digits = again;
                digitConfidence = confidence;
            }
            if (fits(digits) && digitConfidence >= kSure)
                break;
        }
        for (const QString &r : std::as_const(digitReads))
            if (fits(r) && r != digits)
                digitConfidence = 0;
    }
    if (fits(digits)) {
        out.kind = CellText::Kind::Number;
        out.text = digits;
        out.confidence = digitConfidence;
        return out;
    }
    // A label: line by line, each as a raw line (Tesseract's layout hacks misread "（七）总计" as a
    // block or a plain line; as a raw line it reads right).
    QStringList read;
    int labelConfidence = 100;
    for (const auto &[top, bottom] : lines) {
        // The line's own ink, left to right: a short second line padded out to the width of the
        // first with paper (and its noise) is misread as a raw line ("公开" as "大生当").
        int left = ink.right(), right = ink.left();
        for (const Blot &b : kept)
            if (b.box.top() >= top && b.box.bottom() <= bottom)
                left = std::min(left, b.box.left()), right = std::max(right, b.box.right());
        if (right < left)
            left = ink.left(), right = ink.right();
        const QRect part(left, top, right - left + 1, bottom - top + 1);
        int confidence = 0;
        read.append(d->recognise(d->chinese, padded(cell, part, pad), tess::PSM_RAW_LINE, &confidence, true));
        labelConfidence = std::min(labelConfidence, confidence);
    }
    const QString label = snapLabel(cleanLabel(read.join(u'\n')));
    if (looksLikeNumber(label)) {
        // The Chinese model reads digits too: a number, with the confidence of both models when
        // they agree; with the Chinese model's alone where the digit model read no number at all
        // and the ink has the shapes of the number's digits; otherwise one they disagree on.
        out.kind = CellText::Kind::Number;
        out.text = label;
        const bool noOtherNumber = std::none_of(digitReads.cbegin(), digitReads.cend(), [&](const QString &r) {
            return looksLikeNumber(r) && r != label;
        });
        out.confidence = label == digits                           ? std::min(labelConfidence, digitConfidence)
                         : digitShapes && fits(label) && noOtherNumber ? labelConfidence
                                                                   : 0;
        return out;
    }
    out.kind = label.isEmpty() ? CellText::Kind::Blank : CellText::Kind::Label;
    out.text = label;
    out.confidence = labelConfidence;
    return out;
}

QString CellReader::readProse(const GrayImage &page, int threshold, const QRect &box)
{
    Q_UNUSED(threshold);
    if (!d->ready)
        return {};
    const GrayImage block = crop(page, box);
    if (block.isNull())
        return {};
    int confidence = 0;
    return cleanLabel(d->recognise(d->chinese, block, tess::PSM_SINGLE_BLOCK, &confidence, false));
}

} // namespace nianbao::ocr
