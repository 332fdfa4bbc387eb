#pragma once
// Starting a comparison: from a review window (its review against another file, loaded off the
// GUI thread) or from two files (the command line). The older report goes left, by year.
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QWidget;
Q_MOC_INCLUDE("compare/CompareWindow.h")

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class CompareWindow;
class ReviewLoader;

class CompareLauncher final : public QObject
{
    Q_OBJECT
public:
    explicit CompareLauncher(QWidget *parent);

    // Loads `otherPath` (a report or a saved review) and opens the comparison of `current` (borrowed:
    // corrections made while comparing are that review's, with its undo stack and audit trail)
    // against it. False when a load is already running.
    bool compareWith(Review *current, const QString &otherPath);
    bool isBusy() const;

    // Opens two files in a new comparison window, synchronously; null with a message when one
    // does not open.
    static CompareWindow *openFiles(const QString &first, const QString &second, QString *error = nullptr);

Q_SIGNALS:
    void opened(nianbao::ui::CompareWindow *window);
    void failed(const QString &message);

private:
    ReviewLoader *m_loader;
    QPointer<Review> m_current;
    QWidget *m_parent;
};

// `nianbao --compare A B [--screenshot out.png]`: shows the comparison; with --screenshot, grabs
// the window once it is shown (the first cross-year finding selected) and returns.
int runCompare(const QString &first, const QString &second, const QString &screenshot);

} // namespace nianbao::ui
