// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The characters ICU's Hant-Hans transliterator may change (those its rules change), written at
// build time by core/extract/generate/HantSourceSet.cpp from the ICU the project is built with. A
// text with few of them cannot count as printed in Traditional characters, whatever the
// transliterator makes of it: ScriptConversion.cpp decides that without building the
// transliterator.
namespace nianbao::extract {

struct HantRange
{
    char16_t first, last; // inclusive
};

extern const HantRange kHantSourceSet[]; // sorted, disjoint
extern const int kHantSourceSetSize;
// Whether the set goes on beyond the BMP or holds strings: then a surrogate or a sequence may
// change too, and the count of BMP members is no bound.
extern const bool kHantSourceBeyondBmp;
extern const bool kHantSourceHasStrings;

} // namespace nianbao::extract
