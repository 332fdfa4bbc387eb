// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings report as HTML in the subset Qt's text engine reads (QTextDocument::setHtml):
// what ui/opinion prints to PDF and to the printer. Plain strings, no Qt Gui here.
#include "core/opinion/Opinion.h"

#include <QString>

namespace nianbao {

// The serif family the document asks for first (宋体's place), then the usual fallbacks.
QStringList opinionFontFamilies();

// `pixelsPerPoint`: how many of the layout's pixels make a point (Qt's rich text reads lengths in
// pixels of the paint device: 300 / 72 for a PDF at 300 dpi); font sizes are given in points.
QString opinionHtml(const OpinionDocument &document, double pixelsPerPoint = 96.0 / 72.0);

} // namespace nianbao
