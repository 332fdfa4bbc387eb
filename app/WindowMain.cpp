// SPDX-License-Identifier: GPL-3.0-or-later
// nianbao-window: the review window. Started by `nianbao` (app/main.cpp) with the user's arguments
// unchanged whenever they ask for no sub-command; it is not meant to be run by itself.
#include "ui/GuiMain.h"

int main(int argc, char *argv[])
{
    return nianbao::ui::guiMain(argc, argv);
}
