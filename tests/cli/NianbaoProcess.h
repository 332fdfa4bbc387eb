// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the `nianbao` binary (NIANBAO_BINARY, set by tests/CMakeLists.txt) as a user would and
// collects its exit code and output; shared by the command-line tests.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct NianbaoRun
{
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QString err;
};

// `binary` and `environment` default to the built `nianbao` and this process's environment.
inline NianbaoRun runNianbao(const QStringList &args, const QProcessEnvironment &environment = {},
                             const QString &binary = QStringLiteral(NIANBAO_BINARY))
{
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(binary, args);
    NianbaoRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("nianbao did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
