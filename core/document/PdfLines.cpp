// Lines and their text rebuilt from the words poppler finds on a PDF page.
#include "PdfLayout.h"

#include <QRegularExpression>
#include <algorithm>

namespace nianbao::loaders::pdf {

namespace {

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF)
        || (u >= 0x3000 && u <= 0x303F) || u == 0x2018 || u == 0x2019 || u == 0x201C || u == 0x201D
        || u == 0x2014 || u == 0x2026 || c.isSurrogate();
}

} // namespace

QList<Line> buildLines(QList<Word> words)
{
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<Line> lines;
    for (const Word &w : std::as_const(words)) {
        if (w.text.trimmed().isEmpty())
            continue;
        const double cy = w.box.center().y();
        bool placed = false;
        // The word joins a recent line whose middle band it falls in.
        for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; --i) {
            Line &line = lines[i];
            const double tolerance = 0.35 * std::min(line.box.height(), w.box.height());
            if (std::abs(line.box.center().y() - cy) <= tolerance) {
                line.words << w;
                line.box = line.box.united(w.box);
                placed = true;
                break;
            }
        }
        if (!placed)
            lines << Line{{w}, w.box};
    }
    for (Line &line : lines) {
        std::sort(line.words.begin(), line.words.end(),
                  [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    }
    std::sort(lines.begin(), lines.end(),
              [](const Line &a, const Line &b) { return a.box.center().y() < b.box.center().y(); });
    return lines;
}

QString lineText(const Line &line)
{
    QString text;
    const double h = line.words.isEmpty() ? 10 : std::max(1.0, line.words.first().box.height());
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        const Word &w = line.words.at(i);
        if (i > 0) {
            const Word &prev = line.words.at(i - 1);
            const double gap = w.box.left() - prev.box.right();
            const double size = std::max(h, w.box.height());
            if (gap > 1.6 * size)
                text += u'\t';
            else if (!isWide(prev.text.back()) && !isWide(w.text.front()) && gap > 0.1 * size)
                text += u' ';
        }
        text += w.text;
    }
    return text;
}

QString joinWrapped(const QStringList &lines)
{
    QString out;
    for (const QString &l : lines) {
        const QString line = l.trimmed();
        if (line.isEmpty())
            continue;
        if (!out.isEmpty() && !isWide(out.back()) && !isWide(line.front()))
            out += u' ';
        out += line;
    }
    return out;
}

bool isPageNumberLine(const Line &line, double pageHeight)
{
    const double y = line.box.center().y();
    if (y > 0.12 * pageHeight && y < 0.88 * pageHeight)
        return false;
    QString text;
    for (const Word &w : line.words)
        text += w.text;
    static const QRegularExpression number(QStringLiteral(
        R"(^[-－—–\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-－—–\s]*$)"));
    return number.match(text).hasMatch();
}

double typicalHeight(const QList<Line> &lines)
{
    QList<double> heights;
    for (const Line &line : lines) {
        for (const Word &w : line.words)
            heights << w.box.height();
    }
    if (heights.isEmpty())
        return 10;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights.at(heights.size() / 2);
}

} // namespace nianbao::loaders::pdf
