// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decoding the bytes of a text report: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and
// GB18030 (which covers GBK and GB2312). Never returns mojibake: bytes valid in no encoding fail.
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

struct DecodedText
{
    QString text;     // line ends normalised to '\n'
    QString encoding; // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030"
};

Result<DecodedText> decodeText(const QByteArray &bytes);

// Strict GB18030 decoding through iconv; nullopt-like failure when the bytes are not GB18030.
Result<QString> decodeGb18030(const QByteArray &bytes);

} // namespace nianbao
