// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/QtMessages.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace nianbao {

namespace {

bool s_printAll = false;

void handleQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (!s_printAll && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    const QByteArray text = message.toLocal8Bit();
    std::fprintf(stderr, "%s\n", text.constData());
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installQtMessageHandler()
{
    s_printAll = qEnvironmentVariableIntValue("NIANBAO_QT_MESSAGES") > 0;
    qInstallMessageHandler(handleQtMessage);
}

} // namespace nianbao
