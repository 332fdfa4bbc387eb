#pragma once
// Tables whose cells ran together in the text (a crawler's flattened page: "一、本年新收政府信息
// 公开申请数量640020470"): each row's digits are found after its label and split by the table's
// own relations. Every value found this way is marked inferred, for the reviewer to confirm; a row
// whose split is not certain is left as printed (source Invalid, the run as raw text).
#include "TableLocator.h"
#include "record/Record.h"

namespace nianbao::extract {

// Fills the cells of the sections that have no table in `located` from the text.
void inferFlatTables(const QString &text, const LocatedRows &located, Record &record);

} // namespace nianbao::extract
