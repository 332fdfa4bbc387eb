// SPDX-License-Identifier: GPL-3.0-or-later
// nianbao (年报审核): the sub-commands of RECORD.md here; the review window (no sub-command,
// FILE..., --compare, --lang, --screenshot) is the program nianbao-window, which this one becomes.
#include "app/Cli.h"
#include "core/util/QtMessages.h"

#include <QCoreApplication>
#include <QStringList>

#ifdef NIANBAO_WITH_GUI
#include "app/WindowLauncher.h"
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool cli = nianbao::cli::wantsCli(arguments);
#ifdef NIANBAO_WITH_GUI
    if (!cli)
        return nianbao::app::execWindow(argv);
#endif
    nianbao::installQtMessageHandler(); // standard error: our one line per bad file, not Qt's warnings
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    // A build without the window answers everything else with the usage.
    return nianbao::cli::run(cli ? app.arguments() : QStringList{arguments.value(0), QStringLiteral("--help")});
}
