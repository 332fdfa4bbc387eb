// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ocr/Labels.h"

#include "core/schema/CellSchema.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace nianbao::ocr {

namespace {

// Headers the tables print that are no cell's row or column.
constexpr const char16_t *kHeaders[] = {
    u"信息内容", u"申请人情况", u"法人或其他组织", u"三、本年度办理结果", u"行政复议", u"行政诉讼",
    u"未经复议直接起诉", u"复议后起诉", u"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
};

// The characters that tell labels apart: no punctuation, spaces or line breaks.
QString letters(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

QStringList vocabulary()
{
    QStringList words;
    const auto add = [&](const QString &w) {
        if (!w.isEmpty() && !words.contains(w))
            words.append(w);
    };
    for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019})
        for (const CellSpec &spec : Schema::get(f).cells()) {
            for (QString part : spec.row.split(u' ', Qt::SkipEmptyParts)) {
                // "三、本年度办理结果（一）予以公开": the group's cell and the row's are apart.
                if (part.startsWith(u"三、本年度办理结果") && part.size() > 9) {
                    add(part.left(9));
                    part = part.mid(9);
                }
                add(part);
            }
            add(spec.column);
        }
    for (const char16_t *h : kHeaders)
        add(QString::fromUtf16(h));
    return words;
}

// Length of the longest common subsequence.
int common(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1, 0), next(row.size(), 0);
    for (qsizetype i = 0; i < a.size(); ++i) {
        for (qsizetype j = 0; j < b.size(); ++j)
            next[size_t(j) + 1] = a.at(i) == b.at(j) ? row[size_t(j)] + 1 : std::max(row[size_t(j) + 1], next[size_t(j)]);
        std::swap(row, next);
    }
    return row.back();
}

const QStringList &formatLabels()
{
    static const QStringList words = vocabulary();
    return words;
}

} // namespace

bool isFormatLabel(const QString &text)
{
    return !text.isEmpty() && formatLabels().contains(text);
}

QString snapLabel(const QString &read)
{
    const QStringList &words = formatLabels();
    static const QStringList keys = [] {
        QStringList k;
        for (const QString &w : formatLabels())
            k.append(letters(w));
        return k;
    }();
    const QString key = letters(read);
    if (key.size() < 2)
        return read;
    double best = 0, second = 0;
    qsizetype bestIndex = -1;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &k = keys.at(i);
        if (k.isEmpty())
            continue;
        const double score = 2.0 * common(key, k) / double(key.size() + k.size());
        if (score > best) {
            second = best;
            best = score;
            bestIndex = i;
        } else if (score > second) {
            second = score;
        }
    }
    // Clearly one label: most of its characters in order, and well ahead of the next.
    if (bestIndex >= 0 && best >= 0.72 && best - second >= 0.15)
        return words.at(bestIndex);
    return read;
}

QStringList applyRowLabels(bool format2021)
{
    const Schema &schema = Schema::get(format2021 ? FormatVersion::V2021 : FormatVersion::V2019);
    QStringList out;
    for (const QString &key : schema.rowKeys(TableSection::Apply)) {
        const CellSpec *spec = schema.find(key + u'.' + schema.columnKeys(key).value(0));
        if (!spec)
            continue;
        const QStringList parts = spec->row.split(u' ', Qt::SkipEmptyParts);
        QString leaf = parts.isEmpty() ? spec->row : parts.constLast();
        if (leaf.startsWith(u"三、本年度办理结果") && leaf.size() > 9)
            leaf = leaf.mid(9);
        out.append(leaf);
    }
    return out;
}

QStringList labelsByPosition(const QStringList &read)
{
    QStringList out(read.size());
    QList<QStringList> formats{applyRowLabels(true), applyRowLabels(false)};
    // A label that is one row of section 三 (once) in this format: its place, else -1.
    const auto placeIn = [](const QStringList &rows, const QString &label) {
        const qsizetype at = rows.indexOf(label);
        return at >= 0 && rows.lastIndexOf(label) == at ? int(at) : -1;
    };
    const auto isRow = [&](const QString &label) {
        return std::any_of(formats.cbegin(), formats.cend(), [&](const QStringList &rows) { return rows.contains(label); });
    };
    qsizetype i = 0;
    while (i < read.size()) {
        if (isRow(read.at(i)) || i == 0) {
            ++i;
            continue;
        }
        // A run of rows [i, j) with no label of section 三, between rows i−1 and j that have one.
        qsizetype j = i;
        while (j < read.size() && !isRow(read.at(j)))
            ++j;
        // A label of the format that is no row of section 三 ("规章", a header) was recognised:
        // the run is no unread rows of this table.
        const bool unread = std::none_of(read.cbegin() + i, read.cbegin() + j, isFormatLabel);
        if (j < read.size() && isRow(read.at(i - 1)) && unread) {
            QStringList fill;
            bool agreed = true;
            for (const QStringList &rows : formats) {
                const int above = placeIn(rows, read.at(i - 1)), below = placeIn(rows, read.at(j));
                if (above < 0 || below < 0 || below - above != j - i + 1)
                    continue;
                const QStringList mine = rows.mid(above + 1, below - above - 1);
                if (!fill.isEmpty() && mine != fill)
                    agreed = false;
                fill = mine;
            }
            if (agreed && !fill.isEmpty())
                for (qsizetype k = i; k < j; ++k)
                    out[k] = fill.at(k - i);
        }
        i = j;
    }
    return out;
}

} // namespace nianbao::ocr
