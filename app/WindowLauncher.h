// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `nianbao` without a sub-command is the review window, a separate program (nianbao-window) so
// that the command line never loads Qt Widgets, Charts and the libraries behind them. It is found
// relative to the running `nianbao` (NIANBAO_WINDOW_RELATIVE_DIR, the same in the build tree and
// when installed: bin/ -> libexec/nianbao/).

#include <QStringList>

namespace nianbao::app {

// Replaces this process with the window program, argv unchanged (argv[0] stays `nianbao`, so the
// window's name and WM class do not change). Returns only when that failed: then it has said on
// stderr which file it looked for and why it could not start it, and the result is the exit code.
int execWindow(char *argv[]);

// `nianbao export --format pdf …`: replaces this process with nianbao-opinion (beside the window
// program), which draws PDFs with Qt Gui on the offscreen platform; `arguments` from argv[0] on.
// Returns only when that failed (said on stderr; the result is the exit code).
int execOpinion(const QStringList &arguments);

} // namespace nianbao::app
