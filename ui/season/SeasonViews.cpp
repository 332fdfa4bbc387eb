// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/season/SeasonViews.h"

#include "ui/season/AgencyYearsWindow.h"
#include "ui/season/OverviewWindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

namespace nianbao::ui {

namespace {

// Keeps the actions' texts in the interface's language.
class ActionTexts final : public QObject
{
public:
    ActionTexts(QWidget *watched, SeasonViewActions actions)
        : QObject(watched), m_actions(actions)
    {
        watched->installEventFilter(this);
        retranslate();
    }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(object, event);
    }

    void retranslate()
    {
        m_actions.overview->setText(OverviewWindow::tr("总览…"));
        m_actions.overview->setStatusTip(OverviewWindow::tr("一个年度所有机关的关键数字、问题数和审核状态，可排序、导出 xlsx"));
        m_actions.agencyYears->setText(AgencyYearsWindow::tr("机关历年…"));
        m_actions.agencyYears->setStatusTip(
            AgencyYearsWindow::tr("同一机关各年度的报告：关键数字的趋势图，任选两个年度对比"));
    }

private:
    SeasonViewActions m_actions;
};

template <class Window>
Window *showWindow(const QString &projectPath, QWidget *parent, const std::function<void(const QString &)> &openReport)
{
    const QString path = QFileInfo(projectPath).absoluteFilePath();
    Window *window = nullptr;
    if (parent)
        for (Window *w : parent->findChildren<Window *>(Qt::FindDirectChildrenOnly))
            if (w->projectPath() == path)
                window = w;
    if (window) {
        window->reload();
    } else {
        window = new Window(path, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->setOpenReport(openReport);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace

OverviewWindow *showOverview(const QString &projectPath, QWidget *parent,
                             const std::function<void(const QString &)> &openReport)
{
    return showWindow<OverviewWindow>(projectPath, parent, openReport);
}

AgencyYearsWindow *showAgencyYears(const QString &projectPath, QWidget *parent,
                                   const std::function<void(const QString &)> &openReport)
{
    return showWindow<AgencyYearsWindow>(projectPath, parent, openReport);
}

SeasonViewActions addSeasonViewActions(QMenu *projectMenu, QWidget *parent,
                                       std::function<QString()> currentProjectPath,
                                       std::function<void(const QString &reportPath)> openReport)
{
    SeasonViewActions actions;
    actions.overview = projectMenu->addAction(QString());
    actions.overview->setObjectName(QStringLiteral("seasonOverview"));
    actions.agencyYears = projectMenu->addAction(QString());
    actions.agencyYears->setObjectName(QStringLiteral("seasonAgencyYears"));
    new ActionTexts(parent ? parent : projectMenu, actions);
    const auto update = [actions, currentProjectPath] {
        const bool open = currentProjectPath && !currentProjectPath().isEmpty();
        actions.overview->setEnabled(open);
        actions.agencyYears->setEnabled(open);
    };
    update();
    QObject::connect(projectMenu, &QMenu::aboutToShow, projectMenu, update);
    QObject::connect(actions.overview, &QAction::triggered, projectMenu, [=] {
        const QString path = currentProjectPath ? currentProjectPath() : QString();
        if (!path.isEmpty())
            showOverview(path, parent, openReport);
    });
    QObject::connect(actions.agencyYears, &QAction::triggered, projectMenu, [=] {
        const QString path = currentProjectPath ? currentProjectPath() : QString();
        if (!path.isEmpty())
            showAgencyYears(path, parent, openReport);
    });
    return actions;
}

int runSeasonView(const QString &which, const QString &projectPath, const QString &option, const QString &screenshot)
{
    QElapsedTimer timer;
    timer.start();
    QMainWindow *window = nullptr;
    QString error;
    if (which == QLatin1String("overview")) {
        auto *w = new OverviewWindow(projectPath, nullptr, option.toInt());
        error = w->error();
        if (!option.isEmpty() && !w->setYear(option.toInt()))
            error = OverviewWindow::tr("项目中没有 %1 年度的报告").arg(option);
        window = w;
    } else {
        auto *w = new AgencyYearsWindow(projectPath, nullptr, option);
        error = w->error();
        if (!option.isEmpty() && !w->selectAgency(option))
            error = AgencyYearsWindow::tr("项目中没有机关“%1”的报告").arg(option);
        window = w;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    std::fprintf(stderr, "%s: built from the project in %lld ms\n", qPrintable(which), qlonglong(timer.elapsed()));
    if (!error.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(error));
    window->show();
    if (screenshot.isEmpty()) {
        if (!error.isEmpty())
            QMessageBox::warning(window, window->windowTitle(), error);
        return QApplication::exec();
    }
    QTimer::singleShot(0, window, [window, screenshot, timer, ok = error.isEmpty()] {
        QApplication::processEvents();
        window->repaint();
        const bool saved = window->grab().save(screenshot);
        std::fprintf(stderr, "open-to-shown: %lld ms; screenshot: %s (%s)\n", qlonglong(timer.elapsed()),
                     qPrintable(screenshot), saved ? "saved" : "FAILED");
        QApplication::exit(saved && ok ? 0 : 1);
    });
    return QApplication::exec();
}

} // namespace nianbao::ui
