#include "MainWindow.h"

#include <QLabel>

namespace nianbao::ui {

// Placeholder until the review window lands (issue 3).
MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("年报审核"));
    setCentralWidget(new QLabel(QStringLiteral("年报审核"), this));
}

bool MainWindow::openFile(const QString &)
{
    return false;
}

} // namespace nianbao::ui
