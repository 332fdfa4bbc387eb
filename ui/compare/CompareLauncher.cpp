#include "CompareLauncher.h"

#include "CompareWindow.h"
#include "findings/FindingsView.h"
#include "io/ReviewLoader.h"

#include "review/Review.h"
#include "review/ReviewFile.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
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

int runCompare(const QString &first, const QString &second, const QString &screenshot)
{
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
    QTimer::singleShot(0, window, [window, screenshot] {
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
