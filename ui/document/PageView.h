// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PDF report as its pages, for the reviewer who trusts the page the agency published: the
// pages drawn by poppler off the GUI thread (PageRenderer), only those in sight, kept in a cache
// with a byte budget (PageCache), and over them every extracted cell's box in its state colour.
// Selecting a cell scrolls to its box and outlines it; clicking a box selects its cell; a finding
// outlines all its boxes. Zoom steps and fit-width. A page that cannot be shown says so, naming
// the file and the page.
#include "ui/document/PageCache.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QRectF>

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class PageRenderer;

class PageView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    // Shows the review's report when it is a PDF (null or another kind clears).
    void setReview(Review *review);
    // Shows the pages of a PDF without a review (no boxes): for tests and bad input.
    bool openFile(const QString &path);
    bool hasPages() const;
    int pageCount() const;
    QSizeF pageSize(int page) const; // points, as shown
    QString openError() const { return m_openError; }

    // Outlines the cell's box and scrolls to it; false when it has none (not printed, a scan).
    bool showCell(int cellIndex);
    // Outlines the boxes of all these cells (a finding's), scrolls to the first that has one;
    // false when none has.
    bool showCells(const QList<int> &cellIndexes);
    QList<int> outlinedCells() const { return m_outlined; }

    // Zoom: a factor of fit-width (1 = fit-width), in steps of 1.25.
    void zoomIn();
    void zoomOut();
    void fitWidth();
    double zoomFactor() const { return m_zoom; }

    // Memory bound of the rendered pages (bytes); a page is drawn at most a quarter of it.
    void setCacheBudget(qint64 bytes);
    const PageCache &cache() const { return m_cache; }
    int renderedCount() const;
    // The message of a page that could not be shown (or in part), empty when none.
    QString pageProblem(int page) const { return m_problems.value(page); }
    QHash<int, QString> pageProblems() const { return m_problems; }

    // For tests: the cells with a box, a cell's box in page points (null when none), its page,
    // where it is in the viewport now, the page's rendered image as cached (null if not yet).
    QList<int> boxedCells() const;
    QRectF cellBox(int cellIndex) const;
    int cellPage(int cellIndex) const;
    QRect viewRectOf(int cellIndex) const;
    QImage renderedPage(int page);
    // The pixels per point pages are laid out at now.
    double scale() const;
    // The pages in sight now (first, last), (-1, -1) when none.
    QPair<int, int> visiblePages() const;
    // Every page in sight is drawn (or known not to be drawable).
    bool visiblePagesDrawn();
    void scrollToPage(int page);

Q_SIGNALS:
    void cellClicked(int cellIndex);
    // A page could not be shown (or only in part): the message names the file and the page.
    void pageFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Box
    {
        int cell, page;
        QRectF box;
    };
    void rebuildBoxes();
    void relayout();
    void scheduleRender();
    void renderVisible();
    void onPageReady(int page, int width, const QImage &image, const QString &problem);
    int pageWidthPx(int page) const;
    QRect pageRect(int page) const; // in content coordinates
    void scrollToBox(const Box &box);
    const Box *boxOf(int cell) const;

    QPointer<Review> m_review;
    PageRenderer *m_renderer = nullptr;
    PageCache m_cache;
    QString m_openError;
    QList<int> m_pageTops;     // content y of each page
    int m_contentHeight = 0;
    double m_zoom = 1.0;
    double m_widest = 0; // the width fit-width fits (the usual page's), points
    QList<Box> m_boxes;
    QHash<int, QList<int>> m_boxesOfPage; // page → indices into m_boxes
    QList<int> m_outlined;
    QHash<int, QString> m_problems;
    bool m_renderScheduled = false;
};

} // namespace nianbao::ui
