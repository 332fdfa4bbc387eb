// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The libFuzzer programs' way into FuzzTargets.h (FuzzEntry.cpp), free of Qt's headers so that
// each program's main compiles in a moment.
void nianbaoFuzzInit(char *program);
void nianbaoFuzzRun(const char *target, const unsigned char *data, unsigned long size);
