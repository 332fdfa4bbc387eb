// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the report's prose says: its title (agency and year), the statistics period, the sections
// it has, and the counts it quotes (收到申请 N 件, 未发生行政复议 …) for the soft checks.
#include "core/record/Record.h"

#include <QString>

namespace nianbao::extract {

struct TitleInfo
{
    QString title;  // as printed (an agency line above the title joined with a space)
    Span span;      // the title lines in the text
    QString agency; // from the title, expanded from the text when the title is short
    int year = 0;   // from the title, 0 when none
};

// The first heading line with 政府信息公开 and 年度报告/年报 (markdown '#', "标题:" allowed).
TitleInfo findTitle(const QString &text);

// "市司法局" -> "聊城市司法局" when the text names the agency in full; else `agency` unchanged.
QString expandAgency(const QString &agency, const QString &text);

// The year of the statistics period ("统计期限…2023 年 1 月 1 日…"), 0 when none.
int findPeriodYear(const QString &text);

// Section keys found in heading lines: overview active apply review problems other.
QStringList findSections(const QString &text);

// Counts quoted in the prose: applications, review, litigation (first of each kind).
QList<TextClaim> findClaims(const QString &text);

// The first year 1990–2099 in `text` (full-width digits allowed), 0 when none; `at` gets its index.
int firstYear(QStringView text, qsizetype *at = nullptr);

} // namespace nianbao::extract
