// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The headless sub-commands of RECORD.md: check, export, compare.
#include <QStringList>

namespace nianbao::cli {

// True when the arguments ask for a sub-command, --help or --version (no window).
bool wantsCli(const QStringList &arguments);

// Runs it; returns the process exit code (0 ok, 1 violations found, 2 unreadable input / usage).
int run(const QStringList &arguments);

} // namespace nianbao::cli
