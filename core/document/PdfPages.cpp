// SPDX-License-Identifier: GPL-3.0-or-later
// Words and rule candidates of PDF pages in one pass of poppler's interpreter: a TextOutputDev
// (the device behind pdftotext) that also notes the straight lines the page strokes and the thin
// bars it fills. Rendering the page to find its rules cost four times the text itself.
#include "core/document/PdfPages.h"

#include <GlobalParams.h>
#include <GfxState.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>

#include <algorithm>

namespace nianbao::loaders::pdf {

namespace {

constexpr double kDark = 0.85; // gray below this is ink: grey borders (#ccc) included, faint tints not
constexpr double kStraight = 0.5;       // points a line may slant and still be a rule
constexpr qsizetype kMaxRulings = 20000; // per page: more is a drawing, not a table

void ignorePopplerErrors(ErrorCategory, Goffset, const char *) { }

// poppler's process-wide parameters, made once; its complaints about a damaged file would go to
// the terminal, the loader's message says what the reader needs to know.
void initPoppler()
{
    static GlobalParamsIniter initer(ignorePopplerErrors);
}

// Whether what is painted with this gray and opacity shows as ink on white paper.
bool showsAsInk(GfxGray gray, double opacity)
{
    return 1.0 - (1.0 - colToDbl(gray)) * std::clamp(opacity, 0.0, 1.0) < kDark;
}

class PageDevice final : public TextOutputDev
{
public:
    PageDevice() : TextOutputDev(nullptr, false, 0, false, false) { }

    void stroke(GfxState *state) override
    {
        TextOutputDev::stroke(state);
        noteClip(state);
        GfxGray gray;
        state->getStrokeGray(&gray);
        if (showsAsInk(gray, state->getStrokeOpacity()))
            addStrokedLines(state);
    }
    void fill(GfxState *state) override
    {
        TextOutputDev::fill(state);
        addFilledBars(state);
    }
    void eoFill(GfxState *state) override
    {
        TextOutputDev::eoFill(state);
        addFilledBars(state);
    }

    QList<Ruling> rulings;

private:
    // What is drawn outside the clip area does not show: producers that split a table over pages
    // draw all of it on every page and clip it to the page's part (Qt's PDF writer does).
    void noteClip(const GfxState *state)
    {
        state->getClipBBox(&m_clip[0], &m_clip[1], &m_clip[2], &m_clip[3]);
    }

    void addFilledBars(GfxState *state)
    {
        noteClip(state);
        GfxGray gray;
        state->getFillGray(&gray);
        if (!showsAsInk(gray, state->getFillOpacity()))
            return;
        const GfxPath *path = state->getPath();
        for (int s = 0; s < path->getNumSubpaths(); ++s)
            addBar(state, *path->getSubpath(s));
    }

    // Each straight piece of a stroked path that runs across or down the page.
    void addStrokedLines(GfxState *state)
    {
        const double width = std::max(state->getTransformedLineWidth(), 0.5);
        const GfxPath *path = state->getPath();
        for (int s = 0; s < path->getNumSubpaths(); ++s) {
            const GfxSubpath &sub = *path->getSubpath(s);
            double px = 0, py = 0;
            state->transform(sub.getX(0), sub.getY(0), &px, &py);
            for (int i = 1; i < sub.getNumPoints(); ++i) {
                double x = 0, y = 0;
                state->transform(sub.getX(i), sub.getY(i), &x, &y);
                if (!sub.getCurve(i) && !sub.getCurve(i - 1))
                    addLine(px, py, x, y, width);
                px = x;
                py = y;
            }
        }
    }

    void addLine(double x0, double y0, double x1, double y1, double width)
    {
        const double dx = std::abs(x1 - x0), dy = std::abs(y1 - y0);
        if (dy <= kStraight && dx > dy)
            add(Ruling{Qt::Horizontal, (y0 + y1) / 2, std::min(x0, x1), std::max(x0, x1), width});
        else if (dx <= kStraight && dy > dx)
            add(Ruling{Qt::Vertical, (x0 + x1) / 2, std::min(y0, y1), std::max(y0, y1), width});
    }

    // A filled rectangle: a bar along its longer side, as thick as its shorter one (thick ones are
    // shaded areas, which the table finder leaves out).
    void addBar(GfxState *state, const GfxSubpath &sub)
    {
        const int n = sub.getNumPoints();
        if (n < 4 || n > 5)
            return;
        double xs[5], ys[5];
        for (int i = 0; i < n; ++i) {
            if (sub.getCurve(i))
                return;
            state->transform(sub.getX(i), sub.getY(i), &xs[i], &ys[i]);
        }
        const auto [left, right] = std::minmax_element(xs, xs + n);
        const auto [top, bottom] = std::minmax_element(ys, ys + n);
        constexpr double eps = 0.01;
        for (int i = 0; i < n; ++i) {
            const bool onX = std::abs(xs[i] - *left) < eps || std::abs(xs[i] - *right) < eps;
            const bool onY = std::abs(ys[i] - *top) < eps || std::abs(ys[i] - *bottom) < eps;
            if (!onX || !onY)
                return; // not an upright rectangle
        }
        const double w = *right - *left, h = *bottom - *top;
        if (w >= h)
            add(Ruling{Qt::Horizontal, (*top + *bottom) / 2, *left, *right, h});
        else
            add(Ruling{Qt::Vertical, (*left + *right) / 2, *top, *bottom, w});
    }

    void add(Ruling ruling)
    {
        const bool across = ruling.orientation == Qt::Horizontal;
        const double low = across ? m_clip[0] : m_clip[1], high = across ? m_clip[2] : m_clip[3];
        const double posLow = across ? m_clip[1] : m_clip[0], posHigh = across ? m_clip[3] : m_clip[2];
        if (ruling.pos < posLow || ruling.pos > posHigh)
            return;
        ruling.from = std::max(ruling.from, low);
        ruling.to = std::min(ruling.to, high);
        if (ruling.to > ruling.from && rulings.size() < kMaxRulings)
            rulings << ruling;
    }

    double m_clip[4] = {0, 0, 0, 0}; // x0, y0, x1, y1 in page points, y down
};

// poppler's words run Chinese text and digits together when nothing stands between them ("合法1"
// where a label fills its cell and the number stands in the next column): a word is cut where
// digits start or end, each part with its own box.
void addWord(const TextWord &word, QList<Word> &out)
{
    const std::unique_ptr<GooString> utf8(word.getText());
    const QString text = QString::fromUtf8(utf8->c_str(), utf8->getLength());
    if (text.trimmed().isEmpty())
        return;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    word.getBBox(&x0, &y0, &x1, &y1);
    const QRectF box(QPointF(x0, y0), QPointF(x1, y1));
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); })
        || text.size() != word.getLength()) {
        out << Word{text, box}; // character boxes count code points
        return;
    }
    auto charBox = [&](qsizetype k) {
        double a = 0, b = 0, c = 0, e = 0;
        word.getCharBBox(int(k), &a, &b, &c, &e);
        return QRectF(QPointF(a, b), QPointF(c, e));
    };
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        const bool cut = i == text.size()
            || (text.at(i).isDigit() != text.at(i - 1).isDigit() && (isWideChar(text.at(i)) || isWideChar(text.at(i - 1))));
        if (!cut)
            continue;
        QRectF part;
        for (qsizetype k = start; k < i; ++k)
            part = part.isNull() ? charBox(k) : part.united(charBox(k));
        out << Word{text.mid(start, i - start), part.isNull() ? box : part};
        start = i;
    }
}

} // namespace

struct PdfPages::Private
{
    std::unique_ptr<PDFDoc> doc;
};

PdfPages::PdfPages() : d(std::make_unique<Private>()) { }
PdfPages::~PdfPages() = default;

PdfPages::OpenStatus PdfPages::open(const QByteArray &bytes)
{
    initPoppler();
    // PDFDoc owns the stream; the stream reads `bytes` in place.
    auto *stream = new MemStream(bytes.constData(), 0, bytes.size(), Object(objNull));
    d->doc = std::make_unique<PDFDoc>(stream);
    if (d->doc->isOk())
        return OpenStatus::Ok;
    const bool encrypted = d->doc->getErrorCode() == errEncrypted;
    d->doc.reset();
    return encrypted ? OpenStatus::Encrypted : OpenStatus::Damaged;
}

int PdfPages::pageCount() const
{
    return d->doc ? d->doc->getNumPages() : 0;
}

namespace {

// One pass over page `number` turned by `rotate` degrees more than its own rotation: its words
// and rule candidates into `data`; the rotation most of its words run in (0 upright, 1 to 3 a
// quarter turn each, as poppler counts them).
int readPage(PDFDoc &doc, int number, int rotate, PageData &data)
{
    PageDevice device;
    if (!device.isOk())
        return 0;
    // Points as units, y downwards, the page's own rotation applied: as poppler-qt's textList().
    doc.displayPageSlice(&device, number, 72, 72, rotate, false, false, false, -1, -1, -1, -1);
    const std::unique_ptr<TextWordList> list = device.makeWordList();
    int byRotation[4] = {0, 0, 0, 0};
    for (int i = 0; list && i < list->getLength(); ++i) {
        const TextWord &word = *list->get(i);
        byRotation[word.getRotation() & 3] += word.getLength();
        addWord(word, data.words);
    }
    data.rulings = std::move(device.rulings);
    return int(std::max_element(byRotation, byRotation + 4) - byRotation);
}

} // namespace

PageData PdfPages::page(int index) const
{
    PageData data;
    if (!d->doc || index < 0 || index >= d->doc->getNumPages())
        return data;
    const int number = index + 1;
    if (!d->doc->getPage(number))
        return data;
    const bool turned = d->doc->getPageRotate(number) % 180 != 0;
    const double w = d->doc->getPageCropWidth(number), h = d->doc->getPageCropHeight(number);
    data.size = turned ? QSizeF(h, w) : QSizeF(w, h);
    const int rotation = readPage(*d->doc, number, 0, data);
    if (rotation == 0)
        return data;
    // A page whose text runs sideways (a landscape table printed on a portrait page, a page
    // turned in the file): read again turned so that the text runs across.
    PageData upright;
    upright.size = rotation == 2 ? data.size : data.size.transposed();
    upright.turned = 90 * (4 - rotation);
    readPage(*d->doc, number, upright.turned, upright);
    return upright;
}

} // namespace nianbao::loaders::pdf
