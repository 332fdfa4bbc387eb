// SPDX-License-Identifier: GPL-3.0-or-later
// .doc, .wps, .rtf, .odt: converted to .docx by LibreOffice in a temporary folder (with its own
// profile, so that parallel runs do not collide, and a time limit), then read as .docx.
#include "core/document/FormatLoaders.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace nianbao::loaders {

namespace {

QString findSoffice()
{
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

} // namespace

Result<Document> loadConvertedDocx(const QByteArray &docx, const QString &name, const QString &kind,
                                   const LoadOptions &options, const LoadClock &clock)
{
    auto doc = loadDocx(docx, name, options, clock);
    if (doc)
        doc->kind = kind;
    return doc;
}

Result<Document> loadViaLibreOffice(const QByteArray &bytes, const QString &name, const QString &kind,
                                    const LoadOptions &options, const LoadClock &clock)
{
    using R = Result<Document>;
    // Newer WPS files are OOXML packages under another name: read them directly.
    if (kind == u"wps" && bytes.startsWith("PK\x03\x04"))
        return loadConvertedDocx(bytes, name, kind, options, clock);
    const QString soffice = findSoffice();
    if (soffice.isEmpty())
        return R::failure(QStringLiteral("%1：读取 .%2 文件需要 LibreOffice，但未找到 soffice 命令。"
                                         "请安装 Debian 软件包 libreoffice-writer"
                                         "（sudo apt-get install libreoffice-writer），"
                                         "或先用 Word/WPS 将文件另存为 .docx。").arg(name, kind));
    if (clock.expired())
        return R::failure(clock.message(name));
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(QStringLiteral("%1：无法创建临时文件夹（%2）").arg(name, dir.errorString()));
    const QString input = dir.filePath(QStringLiteral("input.") + kind);
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return R::failure(QStringLiteral("%1：无法写入临时文件（%2）").arg(name, file.errorString()));
    file.close();

    const QString outDir = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(outDir);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(soffice, {QStringLiteral("-env:UserInstallation=")
                                + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--norestore"),
                            QStringLiteral("--convert-to"), QStringLiteral("docx:MS Word 2007 XML"),
                            QStringLiteral("--outdir"), outDir, input});
    if (!process.waitForStarted(10000))
        return R::failure(QStringLiteral("%1：无法启动 LibreOffice（%2）").arg(name, process.errorString()));
    // The conversion's own limit, or what is left of the load's time budget when that is less.
    const int left = clock.remainingMs();
    const bool budgetFirst = left >= 0 && left < options.conversionTimeoutMs;
    if (!process.waitForFinished(budgetFirst ? std::max(left, 1) : options.conversionTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        if (budgetFirst)
            return R::failure(clock.message(name));
        return R::failure(QStringLiteral("%1：LibreOffice 转换超时（超过 %2 秒），已中止")
                              .arg(name).arg(options.conversionTimeoutMs / 1000));
    }
    QFile converted(QDir(outDir).filePath(QStringLiteral("input.docx")));
    if (process.exitStatus() != QProcess::NormalExit || !converted.open(QIODevice::ReadOnly)) {
        const QString log = QString::fromLocal8Bit(process.readAll()).trimmed().right(300);
        return R::failure(QStringLiteral("%1：LibreOffice 无法转换此文件（文件损坏或格式不受支持）%2")
                              .arg(name, log.isEmpty() ? QString() : QStringLiteral("：") + log));
    }
    if (converted.size() > options.maxFileBytes)
        return R::failure(QStringLiteral("%1：转换结果过大").arg(name));
    if (clock.expired())
        return R::failure(clock.message(name));
    return loadConvertedDocx(converted.readAll(), name, kind, options, clock);
}

} // namespace nianbao::loaders
