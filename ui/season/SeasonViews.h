// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The season's views of a project (issue 11) as the main window reaches them: 项目 › 总览… and
// 项目 › 机关历年…, enabled only while a project is open. Each opens its window for the current
// project (or raises the one already open for it). Both windows can also be built directly from
// a project's path (tests, `nianbao --overview|--agency-years PROJECT --screenshot OUT`).
#include <QString>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace nianbao::ui {

class AgencyYearsWindow;
class OverviewWindow;

struct SeasonViewActions
{
    QAction *overview = nullptr;    // 总览…
    QAction *agencyYears = nullptr; // 机关历年…
};

// Adds the two actions to `projectMenu`. `currentProjectPath` gives the open project ("" when
// none; asked each time the menu opens); `openReport`, when given, opens a report of the project
// in the main window (Enter or a double click on a row of either view). The windows are children
// of `parent` (closed with it).
SeasonViewActions addSeasonViewActions(QMenu *projectMenu, QWidget *parent,
                                       std::function<QString()> currentProjectPath,
                                       std::function<void(const QString &reportPath)> openReport = {});

// Shows the overview (or the agency's years) of a project: the window already open for it under
// `parent`, raised, or a new one.
OverviewWindow *showOverview(const QString &projectPath, QWidget *parent,
                             const std::function<void(const QString &)> &openReport = {});
AgencyYearsWindow *showAgencyYears(const QString &projectPath, QWidget *parent,
                                   const std::function<void(const QString &)> &openReport = {});

// `nianbao --overview PROJECT [--year N]` and `nianbao --agency-years PROJECT [--agency NAME]`:
// shows the view; with `screenshot`, grabs it once shown, prints the time it took and returns.
// `which`: "overview" or "agency-years"; `option`: the year or the agency ("" for the default:
// the newest year, the agency with the most years).
int runSeasonView(const QString &which, const QString &projectPath, const QString &option,
                  const QString &screenshot);

} // namespace nianbao::ui
