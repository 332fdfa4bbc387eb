#include "GuiMain.h"

#include "MainWindow.h"

#include <QApplication>

namespace nianbao::ui {

int guiMain(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nianbao"));
    QApplication::setApplicationDisplayName(QStringLiteral("年报审核"));
    QApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QApplication::setOrganizationName(QStringLiteral("nianbao"));
    MainWindow window;
    window.show();
    const QStringList files = app.arguments().mid(1);
    for (const QString &f : files)
        window.openFile(f);
    return app.exec();
}

} // namespace nianbao::ui
