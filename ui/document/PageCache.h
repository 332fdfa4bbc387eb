// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The page view's rendered pages, least recently used first out, within a byte budget: however
// many pages the PDF has and however large their images, the cache never holds more than its
// budget (an image larger than the whole budget is not kept).
#include <QHash>
#include <QImage>
#include <QList>

namespace nianbao::ui {

class PageCache
{
public:
    explicit PageCache(qint64 budgetBytes = 160LL * 1024 * 1024) : m_budget(budgetBytes) { }

    qint64 budget() const { return m_budget; }
    void setBudget(qint64 bytes);
    qint64 bytes() const { return m_bytes; }
    qint64 peakBytes() const { return m_peak; } // the most it ever held
    qsizetype count() const { return m_order.size(); }

    // The image of `page` drawn `width` pixels wide, marked as just used; null when not cached.
    QImage find(int page, int width);
    // Any image of `page` (the widest), for a page shown while a new zoom renders; null when none.
    QImage anyOf(int page) const;
    void insert(int page, int width, const QImage &image);
    void clear();

private:
    struct Key
    {
        int page, width;
        friend bool operator==(Key a, Key b) { return a.page == b.page && a.width == b.width; }
        friend size_t qHash(Key k, size_t seed = 0) { return qHashMulti(seed, k.page, k.width); }
    };
    void evictTo(qint64 bytes);

    qint64 m_budget;
    qint64 m_bytes = 0, m_peak = 0;
    QHash<Key, QImage> m_images;
    QList<Key> m_order; // least recently used first
};

} // namespace nianbao::ui
