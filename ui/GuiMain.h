// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nianbao::ui {
// Starts the application with the review window; files named on the command line are opened.
int guiMain(int argc, char *argv[]);
} // namespace nianbao::ui
