// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings report as a Word document (.docx), written here with QuaZip and Qt's XML writer:
// the smallest valid WordprocessingML package ([Content_Types].xml, the relationships,
// word/document.xml, word/styles.xml with 宋体 as the East Asian font, a footer numbering the pages,
// docProps/core.xml). Qt Core only.
#include "core/opinion/Opinion.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace nianbao {

// The package's bytes; failure only when the zip cannot be made.
Result<QByteArray> opinionDocxBytes(const OpinionDocument &document);

// Written whole or not at all (QSaveFile); failures name the file.
Status writeOpinionDocx(const OpinionDocument &document, const QString &path);

} // namespace nianbao
