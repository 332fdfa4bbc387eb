// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which files of a folder are reports (issue 10: a season's folder). Shared by the command line
// (check, export, compare take folders) and the project database (scan).
#include <QString>
#include <QStringList>
#include <functional>

namespace nianbao {

// The suffixes the loaders read (lower case, without the dot), and that of saved reviews.
const QStringList &reportSuffixes();          // txt text md markdown htm html xhtml docx pdf doc wps rtf odt
inline QString reviewSuffix() { return QStringLiteral("nianbao"); }

// Whether a file name has one of reportSuffixes() or the review suffix (case-insensitive).
bool hasReportSuffix(const QString &fileName);

// Decides a file that has none of the known suffixes (e.g. a .json that may be a saved review:
// pass isReviewFile from core/review). Called on the walking thread.
using ReportFileFilter = std::function<bool(const QString &path)>;

// Every report under `folder`, recursively, in path order (compared folder by folder, so a
// folder's files stay together; code-point order inside a name). Hidden files and folders, office
// lock files (~$x.docx, .~lock.x#) and symbolic links to folders are skipped. `acceptOther` decides
// the files without a known suffix; without it they are skipped. Paths are as found under `folder`
// (relative when `folder` is). An unreadable or missing folder gives an empty list.
QStringList findReportFiles(const QString &folder, const ReportFileFilter &acceptOther = {});

// The inputs of a command: each folder replaced by findReportFiles(folder, acceptOther), each
// other argument (a file, or a path that does not exist: the loader names the problem) kept as
// given, in the order given.
QStringList expandReportInputs(const QStringList &inputs, const ReportFileFilter &acceptOther = {});

// Path order: component by component, so "a/b/x" < "a/b.txt" never splits the folder a/b.
bool reportPathLess(const QString &a, const QString &b);

} // namespace nianbao
