// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/PdfPageStream.h"

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace nianbao::loaders::pdf {

namespace {

constexpr int kMaxHelpers = 3;
constexpr int kAhead = 8; // pages read ahead of the one the caller takes, at most

std::atomic<int> g_pdfsBeingRead{0};

} // namespace

struct PdfPageStream::Shared
{
    const QByteArray &bytes;
    const PdfPages &pdf;
    const int pages;
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;      // the first page nobody has claimed
    int taken = 0;     // pages the caller has taken
    bool stop = false;
    std::map<int, PageData> ready;
    std::vector<std::thread> threads;

    Shared(const QByteArray &b, const PdfPages &p, int n) : bytes(b), pdf(p), pages(n) { }

    // The next page to read, or -1: claimed under the lock, never more than kAhead beyond the caller.
    int claim(std::unique_lock<std::mutex> &lock, bool helper)
    {
        for (;;) {
            if (stop || next >= pages)
                return -1;
            if (!helper || next < taken + kAhead)
                return next++;
            changed.wait(lock);
        }
    }

    void help()
    {
        PdfPages own;
        if (own.open(bytes) != PdfPages::OpenStatus::Ok)
            return; // the caller reads every page then
        std::unique_lock lock(mutex);
        for (int index = claim(lock, true); index >= 0; index = claim(lock, true)) {
            lock.unlock();
            PageData data = own.page(index);
            lock.lock();
            ready.emplace(index, std::move(data));
            changed.notify_all();
        }
    }
};

PdfPageStream::PdfPageStream(const QByteArray &bytes, const PdfPages &pdf, int pages)
    : d(std::make_shared<Shared>(bytes, pdf, pages))
{
    const bool alone = g_pdfsBeingRead.fetch_add(1) == 0;
    const int cores = int(std::thread::hardware_concurrency());
    const int helpers = alone ? std::min({kMaxHelpers, cores - 1, pages - 1}) : 0;
    for (int i = 0; i < helpers; ++i)
        d->threads.emplace_back([shared = d] { shared->help(); });
}

PdfPageStream::~PdfPageStream()
{
    {
        std::lock_guard lock(d->mutex);
        d->stop = true;
    }
    d->changed.notify_all();
    for (std::thread &t : d->threads)
        t.join();
    g_pdfsBeingRead.fetch_sub(1);
}

int PdfPageStream::helpers() const
{
    return int(d->threads.size());
}

PageData PdfPageStream::take(int index)
{
    std::unique_lock lock(d->mutex);
    d->taken = std::max(d->taken, index);
    d->changed.notify_all(); // helpers waiting to read further ahead
    for (;;) {
        if (auto it = d->ready.find(index); it != d->ready.end()) {
            PageData data = std::move(it->second);
            d->ready.erase(it);
            return data;
        }
        if (index >= d->next) {
            // Nobody has it yet: read pages up to it here (claiming them keeps helpers off them).
            const int own = d->claim(lock, false);
            if (own < 0)
                return {};
            lock.unlock();
            PageData data = d->pdf.page(own);
            lock.lock();
            if (own == index)
                return data;
            d->ready.emplace(own, std::move(data));
            continue;
        }
        d->changed.wait(lock); // a helper is reading it
    }
}

} // namespace nianbao::loaders::pdf
