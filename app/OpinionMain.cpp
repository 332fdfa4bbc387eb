// SPDX-License-Identifier: GPL-3.0-or-later
// nianbao-opinion: `nianbao export --format pdf …` (the findings report, app/CliOpinion.h). Started
// by `nianbao` (exec, the arguments unchanged); not meant to be run by itself. It never shows a
// window: Qt's offscreen platform gives it fonts and a PDF writer without a display.
#include "app/CliOpinion.h"
#include "core/util/QtMessages.h"
#include "ui/opinion/OpinionPrint.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // whatever the environment says: no display is needed
    nianbao::installQtMessageHandler();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    const QStringList arguments = app.arguments();
    if (arguments.value(1) != QLatin1String("export")) {
        std::fprintf(stderr, "nianbao-opinion: started by `nianbao export --format pdf`; see nianbao --help\n");
        return 2;
    }
    return nianbao::cli::runOpinionExport(arguments.mid(2), &nianbao::ui::writeOpinionPdf);
}
