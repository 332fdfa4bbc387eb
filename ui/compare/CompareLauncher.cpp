// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareLauncher.h"

#include "ui/compare/CompareWindow.h"
#include "ui/findings/FindingsView.h"
#include "ui/io/ReviewLoader.h"

#include "core/review/Review.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QUndoStack>
#include <QFileInfo>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace nianbao::ui {

// Builds the session with the older report first; `owned` is adopted.
static CompareWindow *makeWindow(Review *a, Review *b, std::vector<std::unique_ptr<Review>> owned)
{
    const bool aFirst = CompareSession::isOlder(a->record(), b->record());
    auto *session = new CompareSession(aFirst ? a : b, aFirst ? b : a);
    for (auto &r : owned)
        session->adopt(std::move(r));
    auto *window = new CompareWindow(session);
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

CompareLauncher::CompareLauncher(QWidget *parent)
    : QObject(parent), m_parent(parent)
{
    for (int slot = 0; slot < int(m_loaders.size()); ++slot) {
        auto *loader = new ReviewLoader(this);
        m_loaders[slot] = loader;
        connect(loader, &ReviewLoader::finished, this,
                [this, slot](const std::shared_ptr<LoadResult> &result) { onLoaded(slot, result); });
        connect(loader, &ReviewLoader::progress, this, [this, slot](int percent) {
            m_percent[slot] = percent;
            int sum = 0;
            for (int i = 0; i < m_slots; ++i)
                sum += m_percent[i];
            Q_EMIT progress(m_slots > 0 ? sum / m_slots : percent);
        });
    }
}

bool CompareLauncher::isBusy() const
{
    return m_pending > 0;
}

bool CompareLauncher::start(const QStringList &paths)
{
    if (isBusy() || paths.size() > int(m_loaders.size()))
        return false;
    m_slots = int(paths.size());
    m_pending = m_slots;
    m_results = {};
    m_percent = {};
    for (int slot = 0; slot < m_slots; ++slot)
        m_loaders[slot]->start(paths.at(slot));
    return true;
}

bool CompareLauncher::compareWith(Review *current, const QString &otherPath)
{
    if (!current || isBusy())
        return false;
    m_current = current;
    m_borrow = true;
    return start({otherPath});
}

bool CompareLauncher::compareFiles(const QString &first, const QString &second)
{
    if (isBusy())
        return false;
    m_current = nullptr;
    m_borrow = false;
    return start({first, second});
}

void CompareLauncher::onLoaded(int slot, const std::shared_ptr<LoadResult> &result)
{
    m_results[slot] = result;
    if (--m_pending == 0)
        finish();
}

// A message that does not block the event loop.
static void showMessage(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CompareLauncher::fail(const QString &message)
{
    Q_EMIT failed(message);
    if (m_parent && m_parent->isVisible())
        showMessage(m_parent, tr("无法对比"), message);
}

void CompareLauncher::showWarnings(CompareWindow *window, const QStringList &warnings)
{
    if (window && !warnings.isEmpty())
        showMessage(window, tr("请注意"), warnings.join(QStringLiteral("\n\n")));
}

// Every load is back: open the comparison, or say what did not open.
void CompareLauncher::finish()
{
    QStringList errors, warnings;
    std::vector<std::unique_ptr<Review>> owned;
    for (int slot = 0; slot < m_slots; ++slot) {
        const std::shared_ptr<LoadResult> &result = m_results[slot];
        if (!result->review) {
            errors.append(result->error);
            continue;
        }
        warnings.append(result->warnings);
        owned.push_back(std::move(result->review));
    }
    m_results = {};
    if (m_borrow && !m_current && errors.isEmpty())
        errors.append(tr("当前报告已经关闭"));
    if (!errors.isEmpty()) {
        fail(errors.join(QLatin1Char('\n')));
        return;
    }
    Review *a = m_borrow ? m_current.data() : owned.at(0).get();
    Review *b = m_borrow ? owned.at(0).get() : owned.at(1).get();
    CompareWindow *window = makeWindow(a, b, std::move(owned));
    window->show();
    showWarnings(window, warnings);
    Q_EMIT opened(window);
}

static std::unique_ptr<Review> openAny(const QString &path, QString *error, QStringList *warnings)
{
    const std::shared_ptr<LoadResult> result = ReviewLoader::loadNow(path);
    if (!result->review) {
        *error = result->error;
        return nullptr;
    }
    if (warnings)
        warnings->append(result->warnings);
    return std::move(result->review);
}

CompareWindow *CompareLauncher::openFiles(const QString &first, const QString &second, QString *error,
                                          QStringList *warnings)
{
    QString message;
    auto a = openAny(first, &message, warnings);
    auto b = a ? openAny(second, &message, warnings) : nullptr;
    if (!a || !b) {
        if (error)
            *error = message;
        return nullptr;
    }
    Review *ra = a.get();
    Review *rb = b.get();
    std::vector<std::unique_ptr<Review>> owned;
    owned.push_back(std::move(a));
    owned.push_back(std::move(b));
    return makeWindow(ra, rb, std::move(owned));
}

CompareWindow *CompareLauncher::openReviews(std::unique_ptr<Review> first, std::unique_ptr<Review> second)
{
    if (!first || !second)
        return nullptr;
    Review *a = first.get();
    Review *b = second.get();
    std::vector<std::unique_ptr<Review>> owned;
    owned.push_back(std::move(first));
    owned.push_back(std::move(second));
    return makeWindow(a, b, std::move(owned));
}

// Edits a cell of the newer report and undoes it 21 times, timing each step from the edit to the
// repainted window (both reviews' checks, the comparison, the findings, the charts, the paint).
static void measureEdit(CompareWindow &window)
{
    Review *review = window.session()->newer();
    if (!review)
        return;
    const QString id = QStringLiteral("apply.new.natural");
    const std::optional<double> before = review->record().value(id);
    QList<double> times, edits;
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer timer;
        timer.start();
        review->setCellValue(id, before.value_or(0) + 1 + round);
        edits.append(timer.nsecsElapsed() / 1e6);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        times.append(timer.nsecsElapsed() / 1e6);
        review->undoStack()->undo();
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    review->undoStack()->clear();
    std::sort(times.begin(), times.end());
    std::sort(edits.begin(), edits.end());
    std::fprintf(stderr, "compare edit-to-repaint: median %.1f ms, worst %.1f ms over %lld edits "
                         "(of which the edit, both checks, the comparison and the models: median %.1f ms)\n",
                 times.at(times.size() / 2), times.last(), qlonglong(times.size()), edits.at(edits.size() / 2));
}

int runCompare(const QString &first, const QString &second, const QString &screenshot)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QString error;
    QStringList warnings;
    CompareWindow *window = CompareLauncher::openFiles(first, second, &error, &warnings);
    for (const QString &warning : warnings)
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        if (screenshot.isEmpty())
            QMessageBox::critical(nullptr, CompareWindow::tr("无法对比"), error);
        return 1;
    }
    window->show();
    if (screenshot.isEmpty()) {
        CompareLauncher::showWarnings(window, warnings);
        return QApplication::exec();
    }
    QTimer::singleShot(0, window, [window, screenshot, sinceStart] {
        std::fprintf(stderr, "open-to-comparison-shown: %lld ms\n", qlonglong(sinceStart.elapsed()));
        measureEdit(*window);
        window->findingsView()->next(); // the first cross-year finding, if any
        QApplication::processEvents();
        window->repaint();
        const bool ok = window->grab().save(screenshot);
        std::fprintf(stderr, "screenshot: %s (%s)\n", qPrintable(screenshot), ok ? "saved" : "FAILED");
        QApplication::quit();
    });
    return QApplication::exec();
}

} // namespace nianbao::ui
