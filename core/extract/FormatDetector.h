// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which table format the report uses: the 2021 format (国办公开办函〔2021〕30号) or the 2019 trial
// format, read from the tables' own column and row labels, the title year only as a last resort.
#include "core/extract/TableLocator.h"
#include "core/schema/CellSchema.h"

#include <QString>

namespace nianbao::extract {

struct FormatChoice
{
    FormatVersion format = FormatVersion::V2021;
    QString evidence; // why, in Chinese, for messages
};

// `text` is searched for the same labels when the tables give no evidence (a crawler's page).
FormatChoice detectFormat(const LocatedRows &rows, const QString &text, int year);

} // namespace nianbao::extract
