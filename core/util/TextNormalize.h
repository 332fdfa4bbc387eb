// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Folding of the text variants that real reports contain: full-width digits, letters, brackets and
// spaces, converter debris ("[bookmark: _Hlk…]", "<br>"), so that labels and values compare equal.
#include <QString>
#include <QStringView>
#include <optional>

namespace nianbao {

// Full-width ASCII (U+FF01..U+FF5E) to ASCII, the ideographic space and NBSP to a space.
QString foldWidth(QStringView text);

// Radicals and compatibility ideographs to the ideographs they stand for, in place, one UTF-16
// unit for one: PDF fonts (Noto/Source Han among them) map some glyphs to the Kangxi radical
// (U+2F8F ⾏ for 行, U+2F00 ⼀ for 一) or the radicals supplement (U+2EA0 ⺠ for 民); they look the
// same but never match a label. Spans into the text stay valid.
void foldIdeographVariants(QString &text);

// Removes "[bookmark: …]" markers and HTML line breaks (<br>, <br/>) left by converters.
QString stripDebris(QStringView text);

// A label reduced for matching: debris stripped, width folded, every kind of white space and
// the brackets/punctuation that vary between reports removed. "（一） 予以公开" -> "一予以公开".
QString labelKey(QStringView text);

// A cell's text reduced for reading as a number: debris stripped, width folded, trimmed.
QString valueText(QStringView text);

// Marks that mean "nothing to report": "/", "-", "—", "无", "不适用", … (after valueText()).
bool isNothingMark(QStringView text);

// Parses a cell value: optional sign, digits with optional thousands separators, optional
// decimals. Returns nullopt for anything else (blank, text, marks).
std::optional<double> parseNumber(QStringView text);

} // namespace nianbao
