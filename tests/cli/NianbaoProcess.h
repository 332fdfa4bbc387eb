// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the `nianbao` binary (NIANBAO_BINARY, set by tests/CMakeLists.txt) as a user would and
// collects its exit code and output; shared by the command-line tests.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

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

// Runs nianbao with `readOnly` made read-only for that process alone: chmod 0555 for an ordinary
// user, a read-only bind mount in a private mount namespace for root (who ignores permissions).
// `ok` is false when this machine cannot make a read-only place (no mount namespace as root).
inline NianbaoRun runWithReadOnly(const QString &readOnly, const QStringList &args, bool *ok)
{
    *ok = true;
    if (geteuid() != 0) {
        chmod(readOnly.toLocal8Bit().constData(), 0555);
        NianbaoRun r = runNianbao(args);
        chmod(readOnly.toLocal8Bit().constData(), 0755);
        return r;
    }
    QProcess p;
    p.start(QStringLiteral("unshare"),
            QStringList{QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                        QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral(R"(mount --bind -o ro "$1" "$1" || exit 99; touch "$1/.probe" 2>/dev/null && exit 98; shift; exec "$@")"),
                        QStringLiteral("sh"), readOnly, QStringLiteral(NIANBAO_BINARY)}
                + args);
    NianbaoRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (r.exitCode == 99 || r.exitCode == 98 || p.error() == QProcess::FailedToStart)
        *ok = false;
    return r;
}
