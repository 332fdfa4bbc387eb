// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON record of RECORD.md ("nianbao-record/1"), both ways.
#include "core/record/Record.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace nianbao {

QJsonObject recordToJson(const Record &record);
QJsonObject findingToJson(const Finding &finding);

// Reads a record back (for saved reviews and comparisons). Spans and facts are not part of the
// JSON; cells come back with their values, raw texts and the inferred/corrected marks.
Result<Record> recordFromJson(const QJsonObject &object);

// One record: an object; several: an array. Indented, UTF-8.
QByteArray recordsToJsonBytes(const QList<Record> &records);

// Indented UTF-8 JSON of records or of anything holding them (a comparison {"old", "new",
// "findings"}): each record's keys in the order of RECORD.md, its cells in table order.
QByteArray recordJsonBytes(const QJsonValue &value);

} // namespace nianbao
