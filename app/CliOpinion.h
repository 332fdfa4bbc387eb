// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `nianbao export --format pdf|docx -o OUT FILE|REVIEW|PROJECT|DIR...`: the findings report for the
// department (审核意见书, core/opinion). Word documents are written by `nianbao` itself (Qt Core);
// a PDF needs Qt Gui, which `nianbao` never loads: it hands the whole command to the program
// nianbao-opinion (app/OpinionMain.cpp, beside nianbao-window), which runs this same code with a
// PDF writer on Qt's offscreen platform (no display needed).
#include "core/opinion/Opinion.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

namespace nianbao::cli {

bool isOpinionFormat(const QString &format); // "pdf", "docx"

// Draws a PDF (ui/opinion/OpinionPrint.h in nianbao-opinion); null in `nianbao`.
using OpinionPdfWriter = Status (*)(const OpinionDocument &document, const QString &path);

// The sub-command, `args` being what follows "export". Exit 0: every document written, no
// violation left in the reports; 1: written, and some report still breaks a relation; 2: an input
// could not be read (the others are still written), the output could not be written, or usage.
int runOpinionExport(const QStringList &args, OpinionPdfWriter pdf);

} // namespace nianbao::cli
