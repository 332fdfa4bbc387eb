#pragma once
// The command line's side of a season's project (core/project, issue 10): the `scan`
// sub-command, and a project as the input of check, export and compare (its reports with the
// reviewer's corrections applied, as a saved review gives its report). Kept out of Cli.cpp, which
// only dispatches to it.
#include "core/record/Record.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao::cli {

// `nianbao scan PROJECT [DIR...]`. Exit 0: every report read; 2: the project or a folder could
// not be used (nothing written), or a report under the folders cannot be read (listed on stderr).
int runScan(const QStringList &args);

// Whether an input of check/export/compare names a project (suffix .nbproj, or a project's header).
bool isProjectInput(const QString &path);

// One report of a project as an input: the record with its corrections applied and checked; an
// empty `error` when it has one, else why not (the report could not be read at the last scan).
struct ProjectInput
{
    QString file;   // the report's path
    Record record;
    QString origin; // for `check`: the project, the corrections, the review status
    QString error;
};

// Every report of the project in path order; nullopt when the project cannot be opened (the
// message, naming the file, is on stderr).
std::optional<QList<ProjectInput>> projectInputs(const QString &path);

} // namespace nianbao::cli
