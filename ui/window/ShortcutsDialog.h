// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// F1: every keyboard shortcut of a window in one list (from its actions, plus the keys of the
// table editors), so a reviewer can work without the mouse.
#include <QDialog>

class QAction;
class QTableWidget;

namespace nianbao::ui {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    // The actions with a shortcut among `actions` are listed (menu text without accelerators).
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace nianbao::ui
