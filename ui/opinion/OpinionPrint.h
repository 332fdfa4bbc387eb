// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings report drawn by Qt's own text engine (QTextDocument with the HTML of
// core/opinion/OpinionHtml.h) on a paged device: a PDF (QPdfWriter) or the printer (QPrinter, in
// the print preview). Qt Gui only, no widget: the command line's PDF (app/, the program
// nianbao-opinion) links this file and nothing else of the window. The fonts are embedded by
// Qt's PDF writer (subsets of Noto Serif CJK SC where installed: fonts-noto-cjk).
#include "core/opinion/Opinion.h"
#include "core/util/Result.h"

#include <QPageLayout>

class QPagedPaintDevice;

namespace nianbao::ui {

// Lays the document out on the device's page (its size and margins as set) and draws every page,
// the page number at the foot. False when the device cannot be painted on.
bool printOpinion(const OpinionDocument &document, QPagedPaintDevice *device);

// A4 PDF, written whole or not at all; failures name the file.
Status writeOpinionPdf(const OpinionDocument &document, const QString &path);

// The page of the document: A4, portrait, the margins of an official letter.
QPageLayout opinionPageLayout();

// PDF, or .docx (core/opinion/OpinionDocx.h) when the path ends in .docx.
Status writeOpinionFile(const OpinionDocument &document, const QString &path);

// The number of pages the document takes on an A4 page (for messages and tests).
int opinionPageCount(const OpinionDocument &document);

} // namespace nianbao::ui
