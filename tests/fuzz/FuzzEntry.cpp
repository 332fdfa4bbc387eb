// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz targets compiled once for all the libFuzzer programs (each FuzzMain.cpp only names its
// target): FuzzTargets.h with Qt set up as the programs set it up.
#include "core/util/QtMessages.h"
#include "tests/fuzz/FuzzEntry.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QCoreApplication>

void nianbaoFuzzInit(char *program)
{
    static int argc = 1;
    static char *argv[] = {program, nullptr};
    static QCoreApplication app(argc, argv);
    nianbao::installQtMessageHandler(); // as the programs do: Qt's warnings are not findings
}

void nianbaoFuzzRun(const char *target, const unsigned char *data, unsigned long size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const nianbao::fuzz::Target &t : nianbao::fuzz::targets()) {
        if (QByteArray(t.name).toLower() == QByteArray(target)) {
            t.run(bytes);
            return;
        }
    }
    nianbao::fuzz::brokenPromise("no such target", QString::fromLatin1(target));
}
