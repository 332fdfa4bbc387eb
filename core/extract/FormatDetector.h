#pragma once
// Which table format the report uses: the 2021 format (国办公开办函〔2021〕30号) or the 2019 trial
// format, read from the tables' own column and row labels, the title year only as a last resort.
#include "TableLocator.h"
#include "schema/CellSchema.h"

#include <QString>

namespace nianbao::extract {

struct FormatChoice
{
    FormatVersion format = FormatVersion::V2021;
    QString evidence; // why, in Chinese, for messages
};

FormatChoice detectFormat(const LocatedRows &rows, int year);

} // namespace nianbao::extract
