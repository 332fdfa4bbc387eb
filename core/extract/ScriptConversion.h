// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reports printed in Traditional characters (mirror sites convert whole reports: 申請, 規章,
// 處罰, 總計) are read in Simplified: the text and every table cell are converted with ICU's
// Hant-Hans transliterator, keeping each UTF-16 unit in place so that spans into the converted
// text are spans into the text as printed (the left pane shows the original).
#include "core/document/Document.h"

#include <QString>

#include <optional>

namespace nianbao::extract {

// `text` in Simplified characters, of exactly the same length: where ICU's conversion of a line
// changes its length, the line is converted character by character and a character whose
// conversion is not one unit stays as printed.
QString toSimplified(const QString &text);

// The document with its text and table cells converted, when it is printed in Traditional
// characters (a good share of its Chinese characters change); nullopt when it is not, or when
// ICU's transliterator is not available.
std::optional<Document> simplifiedDocument(const Document &doc);

// True when `text` cannot count as printed in Traditional characters, told without ICU (from the
// characters the transliterator's rules change, HantSourceSet.h): simplifiedDocument then returns
// nullopt without building the transliterator.
bool surelySimplified(const QString &text);

// How many of the Chinese characters of `text` ICU's conversion changes (the transliterator is
// built); -1 when it is not available.
qsizetype changedByConversion(const QString &text);

} // namespace nianbao::extract
