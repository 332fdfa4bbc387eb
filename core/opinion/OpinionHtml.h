// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings report as HTML in the subset Qt's text engine reads (QTextDocument::setHtml):
// what ui/opinion prints to PDF and to the printer. Plain strings, no Qt Gui here.
#include "core/opinion/Opinion.h"

#include <QString>

namespace nianbao {

// The serif family the document asks for first (宋体's place), then the usual fallbacks.
QStringList opinionFontFamilies();

// `pixelsPerPoint`: how many of the HTML's pixels make a point. Qt's text layout takes a pixel for
// 1/96 inch whatever the device (it scales lengths by the device's dpi / 96), hence 96 / 72; font
// sizes are given in points.
QString opinionHtml(const OpinionDocument &document, double pixelsPerPoint = 96.0 / 72.0);

} // namespace nianbao
