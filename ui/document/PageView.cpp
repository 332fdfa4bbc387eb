// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/PageView.h"

#include "ui/document/PageRenderer.h"
#include "ui/tables/CellStyle.h"

#include "core/record/CellState.h"
#include "core/review/Review.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

namespace nianbao::ui {

namespace {

constexpr int kMargin = 12; // around the pages, pixels
constexpr int kGap = 10;    // between pages
constexpr double kZoomStep = 1.25;
const QColor kOutline(0x25, 0x63, 0xeb);

} // namespace

PageView::PageView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("pageView"));
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    m_renderer = new PageRenderer(this);
    connect(m_renderer, &PageRenderer::pageReady, this, &PageView::onPageReady);
}

PageView::~PageView() = default;

bool PageView::hasPages() const
{
    return m_renderer->pageCount() > 0;
}

int PageView::pageCount() const
{
    return m_renderer->pageCount();
}

QSizeF PageView::pageSize(int page) const
{
    return m_renderer->pageSize(page);
}

int PageView::renderedCount() const
{
    return m_renderer->renderedCount();
}

void PageView::setCacheBudget(qint64 bytes)
{
    m_cache.setBudget(bytes);
    viewport()->update();
}

bool PageView::openFile(const QString &path)
{
    m_renderer->close();
    m_cache.clear();
    m_problems.clear();
    m_outlined.clear();
    m_openError = path.isEmpty() ? QString() : m_renderer->open(path);
    // Fit-width fits the usual page: the lower median of the widths (one huge page among A4
    // pages does not shrink them all to a sliver; it scrolls sideways instead).
    QList<double> widths;
    for (int i = 0; i < pageCount(); ++i)
        widths.append(m_renderer->pageSize(i).width());
    std::sort(widths.begin(), widths.end());
    m_widest = widths.isEmpty() ? 0 : widths.at((widths.size() - 1) / 2);
    relayout();
    verticalScrollBar()->setValue(0);
    viewport()->update();
    return m_openError.isEmpty() && hasPages();
}

void PageView::setReview(Review *review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    const bool pdf = review && review->document().kind == u"pdf";
    openFile(pdf ? review->document().path : QString());
    if (m_review)
        connect(m_review, &Review::changed, this, [this] {
            rebuildBoxes();
            viewport()->update();
        });
    rebuildBoxes();
}

void PageView::rebuildBoxes()
{
    m_boxes.clear();
    m_boxesOfPage.clear();
    if (!m_review || !hasPages())
        return;
    const Document &doc = m_review->document();
    const QList<CellValue> &cells = m_review->record().cells;
    for (int i = 0; i < cells.size(); ++i) {
        const Span &s = cells.at(i).span;
        if (!s.isValid())
            continue;
        if (const PageBox *b = doc.pageBoxAt(s.start); b && b->page < pageCount()) {
            m_boxesOfPage[b->page].append(int(m_boxes.size()));
            m_boxes.append({i, b->page, b->box});
        }
    }
}

double PageView::scale() const
{
    if (m_widest <= 0)
        return 1;
    const int room = std::max(100, viewport()->width() - 2 * kMargin);
    return room / m_widest * m_zoom;
}

int PageView::pageWidthPx(int page) const
{
    return std::max(1, int(std::lround(m_renderer->pageSize(page).width() * scale())));
}

void PageView::relayout()
{
    m_pageTops.clear();
    const double s = scale();
    int y = kMargin, widest = 0;
    for (int i = 0; i < pageCount(); ++i) {
        const QSizeF size = m_renderer->pageSize(i);
        m_pageTops.append(y);
        y += int(std::lround(size.height() * s)) + kGap;
        widest = std::max(widest, int(std::lround(size.width() * s)));
    }
    m_contentHeight = y + kMargin;
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setRange(0, std::max(0, widest + 2 * kMargin - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    scheduleRender();
}

QRect PageView::pageRect(int page) const
{
    const QSizeF size = m_renderer->pageSize(page);
    const double s = scale();
    const int w = int(std::lround(size.width() * s)), h = int(std::lround(size.height() * s));
    const int contentWidth = std::max(viewport()->width(), horizontalScrollBar()->maximum() + viewport()->width());
    return QRect((contentWidth - w) / 2, m_pageTops.value(page), w, h);
}

QPair<int, int> PageView::visiblePages() const
{
    if (m_pageTops.isEmpty())
        return {-1, -1};
    const int top = verticalScrollBar()->value(), bottom = top + viewport()->height();
    // The last page starting above the top edge, then on while pages start above the bottom.
    auto it = std::upper_bound(m_pageTops.cbegin(), m_pageTops.cend(), top);
    int first = std::max(0, int(it - m_pageTops.cbegin()) - 1);
    if (pageRect(first).bottom() < top && first + 1 < m_pageTops.size())
        ++first;
    int last = first;
    while (last + 1 < m_pageTops.size() && m_pageTops.at(last + 1) < bottom)
        ++last;
    return {first, last};
}

bool PageView::visiblePagesDrawn()
{
    const auto [first, last] = visiblePages();
    for (int p = first; p >= 0 && p <= last; ++p)
        if (m_cache.find(p, pageWidthPx(p)).isNull() && !m_problems.contains(p))
            return false;
    return true;
}

void PageView::scrollToPage(int page)
{
    if (page >= 0 && page < m_pageTops.size())
        verticalScrollBar()->setValue(m_pageTops.at(page) - kMargin);
}

void PageView::scheduleRender()
{
    if (m_renderScheduled)
        return;
    m_renderScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_renderScheduled = false;
        renderVisible();
    });
}

// The pages in sight and one either side, those in sight first; the rest are dropped.
void PageView::renderVisible()
{
    const auto [first, last] = visiblePages();
    if (first < 0) {
        m_renderer->request({}, {}, 0);
        return;
    }
    QList<int> pages, widths;
    auto want = [&](int p) {
        if (p < 0 || p >= pageCount() || pages.contains(p))
            return;
        if (!m_cache.find(p, pageWidthPx(p)).isNull() || m_problems.contains(p))
            return;
        pages.append(p);
        widths.append(pageWidthPx(p));
    };
    for (int p = first; p <= last; ++p)
        want(p);
    want(last + 1);
    want(first - 1);
    m_renderer->request(pages, widths, std::max<qint64>(1, m_cache.budget() / 4 / 4));
}

void PageView::onPageReady(int page, int width, const QImage &image, const QString &problem)
{
    if (!image.isNull())
        m_cache.insert(page, width, image);
    if (!problem.isEmpty() && !m_problems.contains(page)) {
        m_problems.insert(page, problem);
        Q_EMIT pageFailed(problem);
    }
    viewport()->update();
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    if (!hasPages()) {
        if (!m_openError.isEmpty()) {
            p.setPen(palette().color(QPalette::BrightText));
            p.drawText(viewport()->rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_openError);
        }
        return;
    }
    p.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const auto [first, last] = visiblePages();
    const double s = scale();
    CellStates states;
    if (m_review)
        states.rebuild(m_review->record());
    bool missing = false;
    for (int page = first; page >= 0 && page <= last; ++page) {
        const QRect r = pageRect(page);
        p.fillRect(r, Qt::white);
        QImage image = m_cache.find(page, pageWidthPx(page));
        if (image.isNull()) {
            image = m_cache.anyOf(page); // another zoom, scaled until this one is drawn
            missing = missing || !m_problems.contains(page);
        }
        if (!image.isNull()) {
            p.setRenderHint(QPainter::SmoothPixmapTransform, image.width() != r.width());
            p.drawImage(r, image);
        } else if (!m_problems.contains(page)) {
            p.setPen(Qt::gray);
            p.drawText(r, Qt::AlignCenter, tr("第 %1 页").arg(page + 1));
        }
        if (const QString problem = m_problems.value(page); !problem.isEmpty()) {
            const QRect band = r.adjusted(8, 8, -8, 0);
            p.setPen(QColor(0xb9, 0x1c, 0x1c));
            const QRect text = p.boundingRect(band, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, problem);
            p.fillRect(text.adjusted(-4, -4, 4, 4), QColor(0xfe, 0xf2, 0xf2));
            p.drawText(band, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, problem);
        }
        for (int b : m_boxesOfPage.value(page)) {
            const Box &box = m_boxes.at(b);
            const QRectF area(r.left() + box.box.left() * s, r.top() + box.box.top() * s, box.box.width() * s,
                              box.box.height() * s);
            const QRectF shown = area.adjusted(-2, -1, 2, 1);
            const CellState state = states.at(box.cell);
            QColor fill = cellStateBackground(state);
            fill.setAlpha(90);
            p.fillRect(shown, fill);
            p.setPen(QPen(cellStateBackground(state).darker(160), 1));
            p.drawRect(shown);
            if (m_outlined.contains(box.cell)) {
                p.setPen(QPen(kOutline, 2.5));
                p.drawRect(shown.adjusted(-2, -2, 2, 2));
            }
        }
    }
    if (missing)
        scheduleRender();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
    scheduleRender();
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    const QPointF at = event->position() + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const double s = scale();
    for (int page = 0; page < m_pageTops.size(); ++page) {
        const QRect r = pageRect(page);
        if (!r.contains(at.toPoint()))
            continue;
        const QPointF point((at.x() - r.left()) / s, (at.y() - r.top()) / s);
        for (int b : m_boxesOfPage.value(page)) {
            if (m_boxes.at(b).box.adjusted(-2, -1, 2, 1).contains(point)) {
                m_outlined = {m_boxes.at(b).cell};
                viewport()->update();
                Q_EMIT cellClicked(m_boxes.at(b).cell);
                return;
            }
        }
        break;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

const PageView::Box *PageView::boxOf(int cell) const
{
    for (const Box &b : m_boxes)
        if (b.cell == cell)
            return &b;
    return nullptr;
}

void PageView::scrollToBox(const Box &box)
{
    const double s = scale();
    const QRect r = pageRect(box.page);
    const QPointF centre(r.left() + box.box.center().x() * s, r.top() + box.box.center().y() * s);
    verticalScrollBar()->setValue(int(centre.y()) - viewport()->height() / 2);
    horizontalScrollBar()->setValue(int(centre.x()) - viewport()->width() / 2);
}

bool PageView::showCell(int cellIndex)
{
    return showCells(cellIndex >= 0 ? QList<int>{cellIndex} : QList<int>{});
}

bool PageView::showCells(const QList<int> &cellIndexes)
{
    m_outlined = cellIndexes;
    const Box *first = nullptr;
    for (int cell : cellIndexes)
        if ((first = boxOf(cell)))
            break;
    if (first)
        scrollToBox(*first);
    viewport()->update();
    return first != nullptr;
}

void PageView::zoomIn()
{
    m_zoom = std::min(m_zoom * kZoomStep, 6.0);
    relayout();
    viewport()->update();
}

void PageView::zoomOut()
{
    m_zoom = std::max(m_zoom / kZoomStep, 0.2);
    relayout();
    viewport()->update();
}

void PageView::fitWidth()
{
    m_zoom = 1.0;
    relayout();
    viewport()->update();
}

QList<int> PageView::boxedCells() const
{
    QList<int> cells;
    for (const Box &b : m_boxes)
        cells.append(b.cell);
    return cells;
}

QRectF PageView::cellBox(int cellIndex) const
{
    const Box *b = boxOf(cellIndex);
    return b ? b->box : QRectF();
}

int PageView::cellPage(int cellIndex) const
{
    const Box *b = boxOf(cellIndex);
    return b ? b->page : -1;
}

QRect PageView::viewRectOf(int cellIndex) const
{
    const Box *b = boxOf(cellIndex);
    if (!b)
        return {};
    const double s = scale();
    const QRect r = pageRect(b->page);
    return QRectF(r.left() + b->box.left() * s - horizontalScrollBar()->value(),
                  r.top() + b->box.top() * s - verticalScrollBar()->value(), b->box.width() * s, b->box.height() * s)
        .toRect();
}

QImage PageView::renderedPage(int page)
{
    return m_cache.find(page, pageWidthPx(page));
}

} // namespace nianbao::ui
