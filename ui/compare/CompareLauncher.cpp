#include "CompareLauncher.h"

#include "CompareWindow.h"
#include "findings/FindingsView.h"
#include "io/ReviewLoader.h"

#include "review/Review.h"
#include "review/ReviewFile.h"

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
    : QObject(parent), m_loader(new ReviewLoader(this)), m_parent(parent)
{
    connect(m_loader, &ReviewLoader::finished, this, [this](const std::shared_ptr<LoadResult> &result) {
        if (!result->review || !m_current) {
            const QString message = result->review ? tr("当前报告已经关闭") : result->error;
            Q_EMIT failed(message);
            if (m_parent && m_parent->isVisible())
                QMessageBox::warning(m_parent, tr("无法对比"), message);
            return;
        }
        Review *other = result->review.get();
        std::vector<std::unique_ptr<Review>> owned;
        owned.push_back(std::move(result->review));
        CompareWindow *window = makeWindow(m_current, other, std::move(owned));
        window->show();
        Q_EMIT opened(window);
    });
}

bool CompareLauncher::isBusy() const
{
    return m_loader->isBusy();
}

bool CompareLauncher::compareWith(Review *current, const QString &otherPath)
{
    if (!current || m_loader->isBusy())
        return false;
    m_current = current;
    return m_loader->start(otherPath);
}

static std::unique_ptr<Review> openAny(const QString &path, QString *error)
{
    if (ReviewLoader::isReviewFile(path)) {
        auto opened = openReview(path);
        if (!opened) {
            *error = opened.error();
            return nullptr;
        }
        return std::move(opened->review);
    }
    auto review = Review::open(path);
    if (!review) {
        *error = review.error();
        return nullptr;
    }
    return std::move(review).value();
}

CompareWindow *CompareLauncher::openFiles(const QString &first, const QString &second, QString *error)
{
    QString message;
    auto a = openAny(first, &message);
    auto b = a ? openAny(second, &message) : nullptr;
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
    CompareWindow *window = CompareLauncher::openFiles(first, second, &error);
    if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        if (screenshot.isEmpty())
            QMessageBox::critical(nullptr, CompareWindow::tr("无法对比"), error);
        return 1;
    }
    window->show();
    if (screenshot.isEmpty())
        return QApplication::exec();
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
