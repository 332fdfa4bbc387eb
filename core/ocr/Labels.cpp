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

} // namespace

QString snapLabel(const QString &read)
{
    static const QStringList words = vocabulary();
    static const QStringList keys = [] {
        QStringList k;
        for (const QString &w : words)
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

} // namespace nianbao::ocr
