// SPDX-License-Identifier: GPL-3.0-or-later
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

// A project among the inputs stands for its reports: expandProjectInputs replaces each project by
// one entry per report (in path order; the report's path after the project's and "::"), and
// projectInput reads an entry back. The other inputs are kept as given, and so is a project that
// cannot be opened (projectInput then says why). The command line's file list stays a list of
// strings read one at a time, on any thread.
QStringList expandProjectInputs(const QStringList &inputs);
bool isProjectEntry(const QString &input);

// One report of a project: the record with the reviewer's corrections applied and checked.
struct ProjectInput
{
    QString file;   // the report's path
    Record record;
    QString origin; // for `check`: the project, the corrections, the review status
};

// An entry of expandProjectInputs, or a project given whole (compare's OLD or NEW), which must hold
// exactly one report. nullopt when it cannot be read: the reason, naming the file, is appended to
// `messages`, or printed on stderr without them. Safe on several threads at once (each thread
// reads through a connection of its own).
std::optional<ProjectInput> projectInput(const QString &input, QStringList *messages = nullptr);

} // namespace nianbao::cli
