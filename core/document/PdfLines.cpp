// Lines and their text rebuilt from the words poppler finds on a PDF page.
#include "PdfLayout.h"

#include <QRegularExpression>
#include <algorithm>

namespace nianbao::loaders::pdf {

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

namespace {

// Words of one segment as text: nothing between Chinese characters, a space between Latin words.
Segment joinWords(const QList<Word> &words, double h)
{
    Segment s;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &w = words.at(i);
        if (i > 0) {
            const Word &prev = words.at(i - 1);
            const double size = std::max(h, w.box.height());
            if (!isWideChar(prev.text.back()) && !isWideChar(w.text.front()) && w.box.left() - prev.box.right() > 0.1 * size)
                s.text += u' ';
        }
        s.text += w.text;
        s.box = i == 0 ? w.box : s.box.united(w.box);
    }
    s.words = words;
    return s;
}

} // namespace

QList<Segment> segments(const Line &line)
{
    QList<Segment> out;
    const double h = line.words.isEmpty() ? 10 : std::max(1.0, line.words.first().box.height());
    QList<Word> current;
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        const Word &w = line.words.at(i);
        if (i > 0) {
            const Word &prev = line.words.at(i - 1);
            if (w.box.left() - prev.box.right() > 1.6 * std::max(h, w.box.height())) {
                out << joinWords(current, h);
                current.clear();
            }
        }
        current << w;
    }
    if (!current.isEmpty())
        out << joinWords(current, h);
    return out;
}

QString lineText(const Line &line)
{
    QStringList parts;
    for (const Segment &s : segments(line))
        parts << s.text;
    return parts.join(u'\t');
}

namespace {

struct Fragment
{
    double y;
    bool above;
    Segment segment;
};

// The segment of a row a fragment belongs to: the one it overlaps most, or -1 (left of them all).
int targetSegment(const QList<Segment> &row, const QRectF &box)
{
    int best = -1;
    double bestOverlap = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const double overlap = std::min(row.at(i).box.right(), box.right()) - std::max(row.at(i).box.left(), box.left());
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = int(i);
        }
    }
    return best;
}

QString rowText(const QList<Segment> &row, const QList<Fragment> &fragments)
{
    QList<QStringList> before(row.size() + 1), after(row.size() + 1); // index 0: a label left of all
    for (const Fragment &f : fragments) {
        const int target = targetSegment(row, f.segment.box) + 1;
        (f.above ? before : after)[target] << f.segment.text;
    }
    QStringList parts;
    if (!before[0].isEmpty() || !after[0].isEmpty())
        parts << joinWrapped(before[0] + after[0]);
    for (qsizetype i = 0; i < row.size(); ++i)
        parts << joinWrapped(before[i + 1] + QStringList{row.at(i).text} + after[i + 1]);
    return parts.join(u'\t');
}

bool isNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+\-]?[0-9０-９][0-9０-９,，.．]*$)"));
    return number.match(text.trimmed()).hasMatch();
}

// The x-ranges of the number columns: where the number parts of lines with columns stand.
QList<std::pair<double, double>> numberColumns(const QList<QList<Segment>> &parts)
{
    QList<std::pair<double, double>> ranges;
    for (const auto &line : parts) {
        if (line.size() < 2)
            continue;
        for (const Segment &s : line) {
            if (isNumber(s.text))
                ranges << std::pair{s.box.left(), s.box.right()};
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<double, double>> merged;
    for (const auto &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged << r;
    }
    return merged;
}

// A label that fills its cell runs into the number beside it ("合法1"): in a line with columns,
// a number word standing in a number column where the word before it does not starts a part.
void splitAtNumberColumns(QList<QList<Segment>> &parts)
{
    const auto columns = numberColumns(parts);
    auto columnOf = [&](const QRectF &box) {
        const double x = box.center().x();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (x >= columns.at(i).first && x <= columns.at(i).second)
                return int(i);
        }
        return -1;
    };
    for (auto &line : parts) {
        if (line.size() < 2)
            continue;
        QList<Segment> out;
        for (const Segment &s : std::as_const(line)) {
            QList<Word> current;
            const double h = s.words.isEmpty() ? 10 : std::max(1.0, s.words.first().box.height());
            for (const Word &w : s.words) {
                if (!current.isEmpty() && isNumber(w.text) && columnOf(w.box) >= 0
                    && columnOf(current.last().box) != columnOf(w.box)) {
                    out << joinWords(current, h);
                    current.clear();
                }
                current << w;
            }
            if (!current.isEmpty())
                out << joinWords(current, h);
        }
        line = out;
    }
}

} // namespace

QList<TextLine> attachWrappedCells(const QList<Line> &lines)
{
    QList<QList<Segment>> parts;
    for (const Line &line : lines)
        parts << segments(line);
    splitAtNumberColumns(parts);
    auto isRow = [&](qsizetype i) { return parts.at(i).size() >= 2; };
    QList<QList<Fragment>> attached(lines.size());
    QList<bool> taken(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isRow(i))
            continue;
        qsizetype up = i - 1, down = i + 1;
        while (up >= 0 && !isRow(up))
            --up;
        while (down < lines.size() && !isRow(down))
            ++down;
        if (up < 0 || down >= lines.size())
            continue; // not between two rows
        const double y = lines.at(i).box.center().y();
        const double h = std::max(4.0, lines.at(i).box.height());
        const qsizetype row = y - lines.at(up).box.center().y() <= lines.at(down).box.center().y() - y ? up : down;
        const QList<Segment> &cells = parts.at(row);
        // In the label area: it ends before the row's last column starts, and sits close by.
        if (std::abs(lines.at(row).box.center().y() - y) > 2.5 * h
            || lines.at(i).box.right() > cells.last().box.left())
            continue;
        attached[row] << Fragment{y, row == down, parts.at(i).value(0)};
        taken[i] = true;
    }
    QList<TextLine> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (taken.at(i))
            continue;
        QRectF box = lines.at(i).box;
        QList<Fragment> fragments = attached.at(i);
        std::sort(fragments.begin(), fragments.end(), [](const Fragment &a, const Fragment &b) { return a.y < b.y; });
        for (const Fragment &f : std::as_const(fragments))
            box = box.united(f.segment.box);
        out << TextLine{box, rowText(parts.at(i), fragments)};
    }
    return out;
}

QString joinWrapped(const QStringList &lines)
{
    QString out;
    for (const QString &l : lines) {
        const QString line = l.trimmed();
        if (line.isEmpty())
            continue;
        if (!out.isEmpty() && !isWideChar(out.back()) && !isWideChar(line.front()))
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
