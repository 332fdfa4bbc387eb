// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to ocr/: one cell of a table image read by Tesseract. Numbers with the English model
// and a digit whitelist as one line; labels with the Simplified Chinese model (chi_sim) as a block.
// Tesseract's types stay in CellReader.cpp.
#include "core/ocr/PageImage.h"

#include <QRect>
#include <QString>

#include <memory>

namespace nianbao::ocr {

struct CellText
{
    enum class Kind { Blank, Number, Label };
    Kind kind = Kind::Blank;
    QString text;       // the number as read ("12", "40.51") or the label (lines joined by '\n')
    int confidence = 0; // Tesseract's, 0–100: the lowest of its characters'
    QRect ink;          // the ink read, in page pixels (empty for a blank cell)
};

class CellReader
{
public:
    CellReader();
    ~CellReader();
    CellReader(const CellReader &) = delete;
    CellReader &operator=(const CellReader &) = delete;

    // Loads the models from `tessdata` (empty: Tesseract's default place, or TESSDATA_PREFIX).
    // On failure the message names the Debian package that is missing.
    bool init(const QString &tessdata, QString *error);
    static QString engineVersion(); // "tesseract 5.3.0"

    // Reads the cell inside `box` (the rules excluded) of a deskewed page.
    CellText read(const GrayImage &page, int threshold, const QRect &box);
    // Reads a block of prose (the title above the tables), lines joined by '\n'.
    QString readProse(const GrayImage &page, int threshold, const QRect &box);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nianbao::ocr
