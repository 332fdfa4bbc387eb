// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What OCR read from a scan (core/ocr's OcrReading, as recognised: before the values were
// settled), as JSON, so that it is kept with the scan's review (the review file, the project) and
// reopening the review reads the very same values, states and boxes without running OCR again —
// and whatever Tesseract or its models became meanwhile. Keyed by the scan's sha256: a reading
// kept for other bytes is never used (readReport reads the changed file again). The members are
// described in docs/spec/RECORD.md ("Saved reviews").
#include "core/ocr/Ocr.h"

#include <QJsonObject>
#include <optional>

namespace nianbao {

// The reading as JSON: {"source_sha256", "engine", "pages", "pages_left", "seconds", "text",
// "tables": [...], "boxes": [[start, length, page, x, y, width, height, confidence, number], ...]}.
QJsonObject ocrReadingToJson(const OcrReading &reading);

// Reads it back. nullopt when the object is no reading or does not hold together (a span outside
// its text, a box on page 0, …): such a reading is not used, and the scan is read again.
std::optional<OcrReading> ocrReadingFromJson(const QJsonObject &object);

} // namespace nianbao
