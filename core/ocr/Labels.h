// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to ocr/: a label as Tesseract read it, put right by the labels the format prints. The
// tables of an annual report print the same labels everywhere (FORMAT.md, docs/spec/cells-*.tsv);
// a label read with a character or two wrong ("5.属于三类内部事FE") is the format's label it is
// clearly closest to, so the extractor finds its row by its keywords as in any report.
#include <QString>
#include <QStringList>

namespace nianbao::ocr {

// The label of the 2021 or 2019 format (row, column, group or header) that `read` is clearly
// closest to, or `read` unchanged when none is (line breaks kept when unchanged).
QString snapLabel(const QString &read);
// Whether `text` is one of those labels exactly (what snapLabel returns when it snaps).
bool isFormatLabel(const QString &text);

// The rows of section 三 in the order the format prints them, by the label of each row's last
// label cell ("一、本年新收政府信息公开申请数量", "（一）予以公开", "1.属于国家秘密", …, "（七）总计").
QStringList applyRowLabels(bool format2021);

// Labels proven by the rows' places. `read` holds, in reading order, the last label cell of every
// row that holds values (after snapLabel; empty for a row without one). A row whose label is no
// label of the format, between two rows whose labels are section 三's, gets the label of its
// place when the rows between those two are exactly as many as the format prints between them
// (in the 2021 or the 2019 format; where both count so, they must agree). Returns, per row, that
// label, or an empty string (recognised already, outside section 三, or no place proven).
QStringList labelsByPosition(const QStringList &read);

} // namespace nianbao::ocr
