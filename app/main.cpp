// nianbao (年报审核): the review window by default, the sub-commands of RECORD.md otherwise.
#include "Cli.h"

#include <QCoreApplication>
#include <QStringList>

#ifdef NIANBAO_WITH_GUI
#include "GuiMain.h"
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (nianbao::cli::wantsCli(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
        QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
        return nianbao::cli::run(app.arguments());
    }
#ifdef NIANBAO_WITH_GUI
    return nianbao::ui::guiMain(argc, argv);
#else
    return nianbao::cli::run({arguments.value(0), QStringLiteral("--help")});
#endif
}
