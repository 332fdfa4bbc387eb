// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt's PDF writer names each embedded glyph by the lowest code point the font maps to it
// (QFontSubset::getReverseMap). Noto/Source Han CJK draw a Kangxi radical and its ideograph with
// one glyph (U+2F2F ⼯ and U+5DE5 工), so the text of the PDF — copy and paste, search, pdftotext,
// a screen reader — reads 政府信息公开⼯作 and 审核意⻅书. This puts the ideographs back in the
// ToUnicode maps of such a PDF, with the fold the readers of reports use (foldIdeographVariants,
// core/util/TextNormalize.h). Every code keeps its four hex digits, so no byte moves: the xref
// table and the stream lengths stay valid. Qt Core only (the PDF's bytes).
#include <QByteArray>

namespace nianbao {

// Rewrites, in place, the destination codes of every bfchar/bfrange block of the ToUnicode maps;
// returns how many codes changed. Glyph ids (the source codes) and everything else are untouched.
int foldPdfToUnicodeRadicals(QByteArray &pdf);

} // namespace nianbao
