// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recently opened files (reports and reviews), kept in QSettings, newest first.
#include <QStringList>

namespace nianbao::ui {

class RecentFiles
{
public:
    static constexpr int maxEntries = 10;
    static QStringList list();          // existing files only
    static void add(const QString &path);
    static void clear();
};

} // namespace nianbao::ui
