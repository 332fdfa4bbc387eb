// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading entries of a zip package held in memory (QuaZip), with a cap on the bytes unpacked so
// that a small file cannot expand into gigabytes (zip bombs).
#include "core/util/Result.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <memory>

class QuaZip;

namespace nianbao::loaders {

class ZipReader
{
public:
    ZipReader(const QByteArray &bytes, qint64 maxUnpackedBytes);
    ~ZipReader();
    bool isOpen() const;
    // The main part of an OOXML package: the officeDocument target of _rels/.rels, else
    // word/document.xml.
    QString mainDocumentPart();
    // The entry's bytes; fails when missing, damaged, or larger than the cap (declared or real).
    Result<QByteArray> read(const QString &entry);

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_maxUnpacked;
    qint64 m_unpacked = 0;
};

} // namespace nianbao::loaders
