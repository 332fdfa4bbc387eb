// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charset of an HTML page: a byte order mark, else the <meta charset> / http-equiv
// Content-Type / XML declaration, else UTF-8 when the bytes are valid UTF-8, else GB18030.
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace nianbao::loaders {

struct DecodedHtml
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030", …
};

// The charset the page declares in its first kilobytes, lower case ("" when none).
QString declaredHtmlCharset(const QByteArray &bytes);

Result<DecodedHtml> decodeHtml(const QByteArray &bytes);

} // namespace nianbao::loaders
