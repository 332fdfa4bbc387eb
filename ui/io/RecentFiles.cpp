// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/io/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace nianbao::ui {

static const auto recentKey = QStringLiteral("recentFiles");

QStringList RecentFiles::list()
{
    QStringList files;
    for (const QString &f : QSettings().value(recentKey).toStringList())
        if (QFileInfo::exists(f))
            files.append(f);
    return files;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxEntries)
        files.removeLast();
    QSettings().setValue(recentKey, files);
}

void RecentFiles::clear()
{
    QSettings().remove(recentKey);
}

} // namespace nianbao::ui
