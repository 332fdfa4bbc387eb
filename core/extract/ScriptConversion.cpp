// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/ScriptConversion.h"

#include "core/extract/HantSourceSet.h"
#include "core/extract/TextMatch.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace nianbao::extract {

namespace {

// Printed in Traditional characters: at least kMinChanged Chinese characters change, and one in
// kChangedShare.
constexpr qsizetype kMinChanged = 20;
constexpr qsizetype kChangedShare = 50;

// ICU's transliterator is built once (it is costly) and used under a lock (it is not re-entrant
// for one instance across threads).
class Converter
{
public:
    static Converter &instance()
    {
        static Converter c;
        return c;
    }

    bool available() const { return bool(m_translit); }

    QString convert(QStringView s)
    {
        icu::UnicodeString u(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
        {
            std::lock_guard lock(m_mutex);
            m_translit->transliterate(u);
        }
        return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    }

private:
    Converter()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_translit.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_translit.reset();
    }

    std::unique_ptr<icu::Transliterator> m_translit;
    std::mutex m_mutex;
};

// One line (or any piece) converted, its length kept.
QString convertKeepingLength(QStringView piece)
{
    Converter &c = Converter::instance();
    const QString whole = c.convert(piece);
    if (whole.size() == piece.size())
        return whole;
    // Character by character: a surrogate pair is one character; what changes length stays.
    QString out;
    out.reserve(piece.size());
    for (qsizetype i = 0; i < piece.size();) {
        const qsizetype n = (piece.at(i).isHighSurrogate() && i + 1 < piece.size()) ? 2 : 1;
        const QStringView ch = piece.mid(i, n);
        const QString converted = c.convert(ch);
        out += converted.size() == n ? QStringView(converted) : ch;
        i += n;
    }
    return out;
}

bool inHantSourceSet(char16_t c)
{
    const HantRange *end = kHantSourceSet + kHantSourceSetSize;
    const HantRange *r = std::lower_bound(kHantSourceSet, end, c,
                                          [](const HantRange &range, char16_t u) { return range.last < u; });
    return r != end && r->first <= c;
}

} // namespace

// Every position the conversion changes holds a character some rule changes (the rules keep
// lengths), so their count bounds the changes. Building the transliterator costs more than reading
// a PDF, and nearly every report is printed in Simplified characters.
bool surelySimplified(const QString &text)
{
    if (kHantSourceBeyondBmp || kHantSourceHasStrings)
        return false; // the bound below would not hold
    qsizetype ideographs = 0, candidates = 0;
    for (const QChar c : text) {
        if (!isIdeograph(c))
            continue;
        ++ideographs;
        candidates += inHantSourceSet(c.unicode());
    }
    return candidates < kMinChanged || candidates * kChangedShare < ideographs;
}

QString toSimplified(const QString &text)
{
    if (!Converter::instance().available())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        out += convertKeepingLength(QStringView(text).mid(start, end - start));
        start = end;
    }
    return out;
}

qsizetype changedByConversion(const QString &text)
{
    if (!Converter::instance().available())
        return -1;
    const QString converted = toSimplified(text);
    qsizetype changed = 0;
    for (qsizetype i = 0; i < text.size() && i < converted.size(); ++i)
        changed += isIdeograph(text.at(i)) && converted.at(i) != text.at(i);
    return changed;
}

std::optional<Document> simplifiedDocument(const Document &doc)
{
    if (surelySimplified(doc.text) || !Converter::instance().available())
        return std::nullopt;
    const QString converted = toSimplified(doc.text);
    if (converted.size() != doc.text.size())
        return std::nullopt; // cannot happen: toSimplified keeps the length
    // Printed in Traditional characters: at least 20 characters and one in fifty Chinese
    // characters change (a Simplified report with a stray Traditional form is read as printed).
    qsizetype ideographs = 0, changed = 0;
    for (qsizetype i = 0; i < doc.text.size(); ++i) {
        if (!isIdeograph(doc.text.at(i)))
            continue;
        ++ideographs;
        changed += converted.at(i) != doc.text.at(i);
    }
    if (changed < kMinChanged || changed * kChangedShare < ideographs)
        return std::nullopt;
    Document out = doc;
    out.text = converted;
    for (Table &table : out.tables)
        for (TableRow &row : table.rows)
            for (TableCell &cell : row.cells)
                cell.text = toSimplified(cell.text);
    return out;
}

} // namespace nianbao::extract
