// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// From a Document to a Record: which format the tables use, the agency and the year, every
// canonical cell with its raw text and span, and the facts the soft checks need. Rows are matched
// by their labels, never by counting numbers. Findings are not computed here (see rules/).
#include "core/document/Document.h"
#include "core/record/Record.h"

namespace nianbao {

// Fills everything of the record but `findings` and `corrections`. Never fails: a document with
// no tables gives a record whose cells are all NotFound (facts.tablesFound == false); whether it
// is a report at all is decided by core/report (readReport, looksLikeReport).
Record extractRecord(const Document &doc);

} // namespace nianbao
