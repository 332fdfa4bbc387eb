#pragma once
#include <QMainWindow>

namespace nianbao::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);
};

} // namespace nianbao::ui
