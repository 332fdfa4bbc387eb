// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/PageCache.h"

namespace nianbao::ui {

void PageCache::setBudget(qint64 bytes)
{
    m_budget = bytes;
    evictTo(m_budget);
}

QImage PageCache::find(int page, int width)
{
    const Key key{page, width};
    const auto it = m_images.constFind(key);
    if (it == m_images.cend())
        return {};
    m_order.removeOne(key);
    m_order.append(key);
    return *it;
}

QImage PageCache::anyOf(int page) const
{
    QImage best;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        if (it.key().page == page && it->width() > best.width())
            best = *it;
    return best;
}

void PageCache::insert(int page, int width, const QImage &image)
{
    const Key key{page, width};
    if (const auto it = m_images.constFind(key); it != m_images.cend()) {
        m_bytes -= it->sizeInBytes();
        m_images.erase(it);
        m_order.removeOne(key);
    }
    const qint64 size = image.sizeInBytes();
    if (image.isNull() || size > m_budget)
        return;
    evictTo(m_budget - size);
    m_images.insert(key, image);
    m_order.append(key);
    m_bytes += size;
    m_peak = std::max(m_peak, m_bytes);
}

void PageCache::clear()
{
    m_images.clear();
    m_order.clear();
    m_bytes = 0;
}

void PageCache::evictTo(qint64 bytes)
{
    while (m_bytes > bytes && !m_order.isEmpty()) {
        const Key oldest = m_order.takeFirst();
        m_bytes -= m_images.take(oldest).sizeInBytes();
    }
}

} // namespace nianbao::ui
