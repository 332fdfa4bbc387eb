// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to ocr/: a label as Tesseract read it, put right by the labels the format prints. The
// tables of an annual report print the same labels everywhere (FORMAT.md, docs/spec/cells-*.tsv);
// a label read with a character or two wrong ("5.属于三类内部事FE") is the format's label it is
// clearly closest to, so the extractor finds its row by its keywords as in any report.
#include <QString>

namespace nianbao::ocr {

// The label of the 2021 or 2019 format (row, column, group or header) that `read` is clearly
// closest to, or `read` unchanged when none is (line breaks kept when unchanged).
QString snapLabel(const QString &read);

} // namespace nianbao::ocr
