// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ReportFiles.h"

#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>

namespace nianbao {

const QStringList &reportSuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),   QStringLiteral("markdown"),
        QStringLiteral("htm"),  QStringLiteral("html"), QStringLiteral("xhtml"), QStringLiteral("docx"),
        QStringLiteral("pdf"),  QStringLiteral("doc"),  QStringLiteral("wps"),  QStringLiteral("rtf"),
        QStringLiteral("odt")};
    return suffixes;
}

bool hasReportSuffix(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    const QStringView suffix = QStringView(fileName).mid(dot + 1);
    if (suffix.compare(reviewSuffix(), Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &s : reportSuffixes())
        if (suffix.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

namespace {

bool isLockFile(const QString &name)
{
    return name.startsWith(QLatin1String("~$")) || name.startsWith(QLatin1String(".~lock"));
}

} // namespace

bool reportPathLess(const QString &a, const QString &b)
{
    const QList<QStringView> pa = QStringView(a).split(u'/');
    const QList<QStringView> pb = QStringView(b).split(u'/');
    const qsizetype n = std::min(pa.size(), pb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int c = pa.at(i).compare(pb.at(i));
        if (c != 0)
            return c < 0;
    }
    return pa.size() < pb.size();
}

QStringList findReportFiles(const QString &folder, const ReportFileFilter &acceptOther)
{
    QStringList found;
    // Without QDirIterator::FollowSymlinks a link to a folder is not entered (no cycles); links to
    // files are listed like files. QDir::Hidden is left out: hidden files and folders are skipped.
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (isLockFile(name))
            continue;
        if (hasReportSuffix(name) || (acceptOther && acceptOther(path)))
            found.append(path);
    }
    std::sort(found.begin(), found.end(), reportPathLess);
    return found;
}

QStringList expandReportInputs(const QStringList &inputs, const ReportFileFilter &acceptOther)
{
    QStringList files;
    for (const QString &input : inputs) {
        if (QFileInfo(input).isDir())
            files += findReportFiles(input, acceptOther);
        else
            files.append(input);
    }
    return files;
}

} // namespace nianbao
