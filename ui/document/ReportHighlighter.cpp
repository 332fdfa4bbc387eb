// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/ReportHighlighter.h"

#include <QColor>
#include <QFont>

namespace nianbao::ui {

ReportHighlighter::ReportHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      // 一、总体情况 / （三）… at the start of a line / 1、 / markdown "#"; the title line
      m_heading(QStringLiteral(
          "^\\s*(#{1,6}\\s*.+|(?:[一二三四五六七八九十]+|[0-9]{1,2})、\\s*.{2,40}|.{0,40}(?:年度报告|年报)\\s*)$")),
      m_number(QStringLiteral("(?<![A-Za-z\\d.])[+-]?[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?")),
      // the note, bounded: crawler text runs whole tables into one line
      m_note(QStringLiteral("[（(]?本列数据的勾稽关系[^）)\\n]{0,60}[）)]?|勾稽关系")),
      m_debris(QStringLiteral("\\[bookmark:[^\\]]*\\]|<br\\s*/?>"))
{
    m_formats[Heading].setFontWeight(QFont::Bold);
    m_formats[Heading].setForeground(QColor(0x1e, 0x3a, 0x8a));
    m_formats[TableRow].setBackground(QColor(0xf3, 0xf4, 0xf6));
    m_formats[Number].setForeground(QColor(0x0f, 0x5e, 0x4b));
    m_formats[Number].setFontWeight(QFont::DemiBold);
    m_formats[Note].setForeground(QColor(0x92, 0x40, 0x0e));
    m_formats[Note].setFontItalic(true);
    m_formats[Debris].setForeground(QColor(0x9c, 0xa3, 0xaf));
}

// A row of a table laid out with spaces (a PDF's ruled tables, core/document/TableText.h): a gap
// of two spaces or more between two cells, or a row whose first cells are blank.
static bool isAlignedRow(const QString &text)
{
    static const QRegularExpression gap(QStringLiteral("\\S {2,}\\S|^ {4,}\\S"));
    return gap.match(text).hasMatch();
}

void ReportHighlighter::highlightBlock(const QString &text)
{
    const bool tableRow = text.startsWith(QLatin1Char('\t')) || text.count(QLatin1Char('\t')) >= 2
                          || text.trimmed().startsWith(QLatin1Char('|'));
    if (tableRow)
        setFormat(0, int(text.size()), m_formats[TableRow]);
    else if (isAlignedRow(text)) {
        // Its columns line up in a monospaced font whose Chinese characters are two Latin wide.
        QTextCharFormat row = m_formats[TableRow];
        row.setFontFamilies({QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("monospace")});
        row.setFontFixedPitch(true);
        setFormat(0, int(text.size()), row);
    }
    else if (m_heading.match(text).hasMatch())
        setFormat(0, int(text.size()), m_formats[Heading]);
    if (const auto note = m_note.match(text); note.hasMatch())
        setFormat(int(note.capturedStart()), int(note.capturedLength()), m_formats[Note]);
    auto numbers = m_number.globalMatch(text);
    while (numbers.hasNext()) {
        const auto m = numbers.next();
        QTextCharFormat f = format(int(m.capturedStart()));
        f.merge(m_formats[Number]);
        setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
    }
    auto debris = m_debris.globalMatch(text);
    while (debris.hasNext()) {
        const auto m = debris.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats[Debris]);
    }
}

#ifndef NIANBAO_WITH_KSYNTAXHIGHLIGHTING
QSyntaxHighlighter *makeReportHighlighter(QTextDocument *document)
{
    return new ReportHighlighter(document);
}
#endif

} // namespace nianbao::ui
