// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/ZipReader.h"

#include <QRegularExpression>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace nianbao::loaders {

ZipReader::ZipReader(const QByteArray &bytes, qint64 maxUnpackedBytes)
    : m_bytes(bytes), m_maxUnpacked(maxUnpackedBytes)
{
    m_buffer.setData(m_bytes);
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    if (!m_zip->open(QuaZip::mdUnzip))
        m_zip.reset();
}

ZipReader::~ZipReader()
{
    if (m_zip)
        m_zip->close();
}

bool ZipReader::isOpen() const
{
    return m_zip != nullptr;
}

QString ZipReader::mainDocumentPart()
{
    const QString fallback = QStringLiteral("word/document.xml");
    auto rels = read(QStringLiteral("_rels/.rels"));
    if (!rels)
        return fallback;
    static const QRegularExpression relation(
        QStringLiteral(R"(<Relationship\b[^>]*Type="[^"]*/officeDocument"[^>]*>)"));
    static const QRegularExpression target(QStringLiteral(R"x(Target="/?([^"]+)")x"));
    const auto rel = relation.match(QString::fromUtf8(*rels));
    if (!rel.hasMatch())
        return fallback;
    const auto t = target.match(rel.captured(0));
    return t.hasMatch() ? t.captured(1) : fallback;
}

Result<QByteArray> ZipReader::read(const QString &entry)
{
    using R = Result<QByteArray>;
    if (!m_zip)
        return R::failure(QStringLiteral("压缩包无法打开"));
    if (!m_zip->setCurrentFile(entry, QuaZip::csInsensitive))
        return R::failure(QStringLiteral("压缩包中缺少 %1").arg(entry));
    const qint64 budget = m_maxUnpacked - m_unpacked;
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && static_cast<qint64>(info.uncompressedSize) > budget)
        return R::failure(QStringLiteral("%1 解压后有 %2 MB，超过上限 %3 MB（疑似压缩炸弹）")
                              .arg(entry).arg(info.uncompressedSize / (1024 * 1024))
                              .arg(m_maxUnpacked / (1024 * 1024)));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1 无法解压（文件损坏）").arg(entry));
    // The declared size can lie: count the bytes actually inflated.
    QByteArray out;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0) {
            file.close();
            return R::failure(QStringLiteral("%1 解压失败（文件损坏或被截断）").arg(entry));
        }
        if (n == 0)
            break;
        if (out.size() + n > budget) {
            file.close();
            return R::failure(QStringLiteral("%1 解压后超过上限 %2 MB（疑似压缩炸弹）")
                                  .arg(entry).arg(m_maxUnpacked / (1024 * 1024)));
        }
        out.append(chunk, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return R::failure(QStringLiteral("%1 解压失败（校验错误，文件损坏）").arg(entry));
    m_unpacked += out.size();
    return out;
}

} // namespace nianbao::loaders
