// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The findings report for the department (审核意见书, issue 11): what the reviewer sends back about
// one report — agency, year, file, date, review status — and, in words, every finding of the
// report as it was printed: the cells it names (labelled as the official tables name them), the
// values printed there, the likely correct value where the repair hints know it, and what the
// reviewer did about it (corrected it, with the note; confirmed it; left it for the department).
// The reviewer's corrections follow as a list of their own (the audit trail, notes included).
//
// The model is plain values built from a corrected Record (core/record) and its audit trail; the
// writers (OpinionDocx.h here, the PDF and the printer in ui/opinion, which need Qt Gui) lay it
// out. The text of the document is always Chinese: it goes to a Chinese department whatever the
// language of the window.
#include "core/project/Project.h"
#include "core/record/Record.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao {

// One cell a finding names.
struct OpinionCell
{
    QString id;      // "apply.total.natural"
    QString label;   // "（七）总计·自然人", the words of the official table
    QString table;   // "表三"
    QString printed; // the value as the report printed it: "4", "空白", "“/”", "未列出"
    QString value;   // the value after the reviewer's corrections when they changed it, else empty
    QString likely;  // the likely correct value (a repair hint of the best rank), else empty
    // "表三（七）总计·自然人"
    QString fullLabel() const { return table + label; }
};

enum class OpinionState {
    Open,      // still in the report as it stands: the department is asked to check it
    Confirmed, // the reviewer confirmed it as a real error of the report
    Corrected, // no longer there once the reviewer's corrections are applied
};

struct OpinionFinding
{
    FindingKind kind = FindingKind::Violation;
    QString rule;            // "apply.total", "blank", … (blank cells of one row are one entry)
    QString words;           // the finding in plain Chinese, with the printed numbers
    QList<OpinionCell> cells;
    QString likely;          // "（七）总计·自然人应为 3（疑为多录一位数字）"; empty when unknown
    OpinionState state = OpinionState::Open;
    QString handling;        // what the reviewer did: "审核时已更正：…（备注：…）", "经核实确属报告错误", …
    QString kindLabel() const; // 违反勾稽关系 / 数据缺失 / 提示
};

struct OpinionCorrection
{
    QString cell;  // id
    QString label; // "表三（七）总计·自然人"
    QString from;  // as printed before this correction ("空白" when there was no value)
    QString to;
    QString note;
    QDateTime at;  // UTC
};

struct OpinionReport
{
    QString agency;     // "" when the report names none
    int year = 0;       // 0 when it states none
    QString format;     // "2021" / "2019"
    QString reportFile; // the report's file name
    QString source;     // where it came from: the report, the saved review or "PROJECT › report"
    std::optional<ReviewStatus> status; // the project's review status; none for a file alone
    QString statusNote;
    QList<OpinionFinding> findings; // violations, then missing, then warnings, in the checks' order
    QList<OpinionCorrection> corrections;
    int dismissed = 0;  // findings the reviewer dismissed (checked and accepted): not listed
    bool tablesNotRead = false; // no table of the report could be read at all
    bool violations = false;    // the report, corrections applied, still breaks a relation

    int count(FindingKind kind) const;
    int count(OpinionState state) const;
    // "经审核，……" : the findings counted in one sentence.
    QString summary() const;
    // The conclusion under the findings, by the status (and whether anything is left open).
    QString conclusion() const;
};

// Who signs and when; the same for every report of one document.
struct OpinionOptions
{
    QDate date;       // the document's date; today when invalid
    QString reviewer; // printed after 审核人 when given, else a line to sign on
    QString office;   // printed after 审核单位 when given, else a line
};

struct OpinionDocument
{
    static QString title() { return QStringLiteral("政府信息公开工作年度报告审核意见书"); }
    OpinionOptions options;
    QList<OpinionReport> reports; // each on pages of its own
    QDate date() const { return options.date.isValid() ? options.date : QDate::currentDate(); }
};

// Where a report's record came from and what the season knows of it (a file alone knows no status).
struct OpinionSource
{
    QString reportFile;
    QString source;
    std::optional<ReviewStatus> status;
    QString statusNote;
};

// The findings report of one record with the reviewer's corrections applied (`corrected`: its
// cells hold the corrected values, `corrections` the audit trail, its findings and hints checked on
// those values). The findings are those of the report as printed (the corrections taken back and
// the record checked again), each told whether the corrections resolved it.
OpinionReport buildOpinion(const Record &corrected, const OpinionSource &source);

// The files of a document per report (--split, the project's menu): the report file's name without
// its suffix, then "-审核意见书." and `suffix`; "-2", "-3" … when two reports have the same name.
// Indexed like `reports`.
QStringList opinionFileNames(const QList<OpinionReport> &reports, const QString &suffix);

// "2026年12月3日"
QString chineseDate(const QDate &date);
// The table of a section as the opinion names it: "表二", "表三", "表四".
QString opinionTableName(TableSection table);

} // namespace nianbao
