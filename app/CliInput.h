// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the command line: one input of check, export and compare (a report or a saved
// review) as a checked record (app/Cli.cpp).
#include "core/record/Record.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace nianbao::cli {

// Standard output and standard error of the command line (defined once, in Cli.cpp).
QTextStream &out();
QTextStream &err();
// One line "nianbao: MESSAGE" on standard error (or, while checkedInput() collects the messages of
// an input read on a worker thread, into its list): the one way every sub-command complains.
void complain(const QString &message);

// `origin` says where a saved review's record came from (shown by `check`); empty for a report.
struct Input
{
    QString file;
    Record record;
    QString origin;
};

// A report or a saved review, as a checked record; on failure the messages name the file and
// nullopt is returned. The messages (warnings too) go to standard error, or, when `messages` is
// given, are appended there for the caller to print (inputs read on several threads at once).
std::optional<Input> checkedInput(const QString &file, QStringList *messages = nullptr);

} // namespace nianbao::cli
