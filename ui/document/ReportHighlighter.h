// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Highlights the report's text so its structure reads at a glance: section headings (一、总体情况
// …, markdown headings), table rows (tab- or pipe-separated lines, one-cell-per-line table
// fragments), numbers, and the 勾稽 note. This is the complete fallback used when KF6
// SyntaxHighlighting is not available (Debian 12); see makeReportHighlighter().
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace nianbao::ui {

class ReportHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ReportHighlighter(QTextDocument *document);

    enum Category { Heading, TableRow, Number, Note, Debris };
    QTextCharFormat categoryFormat(Category c) const { return m_formats[c]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[5];
    QRegularExpression m_heading;
    QRegularExpression m_number;
    QRegularExpression m_note;
    QRegularExpression m_debris;
};

// The highlighter for the document view: KSyntaxHighlighting with resources/syntax/
// nianbao-report.xml when the build found KF6, ReportHighlighter otherwise.
QSyntaxHighlighter *makeReportHighlighter(QTextDocument *document);

} // namespace nianbao::ui
