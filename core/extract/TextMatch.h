// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers the extractor's parts share for looking at folded label text.
#include <QChar>
#include <QStringView>
#include <initializer_list>

namespace nianbao::extract {

// True when `text` contains any of `words`.
inline bool containsAny(QStringView text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (text.contains(QStringView(w)))
            return true;
    return false;
}

// A CJK ideograph (basic block and extension A).
inline bool isIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

} // namespace nianbao::extract
