// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What keeps a hostile HTML page from hanging or crashing the HTML loader (gumbo 0.10 of Debian 12
// has no max_tree_depth option; its parser is quadratic in the nesting and frees its tree
// recursively):
//  - htmlNestingDepth: a pre-scan of the page's tags that says how deep its elements nest, in
//    linear time, before gumbo sees it; the loader refuses a page nested deeper than
//    kMaxHtmlNesting. Elements whose end tag may be left out (p, li, td, tr, …) and void elements
//    are not counted, so a sloppy page is not taken for a deep one.
//  - destroyGumboOutput: frees gumbo's tree without recursion.
#include <QByteArrayView>

#include <gumbo.h>

namespace nianbao::loaders {

// Real pages nest a few dozen levels; gumbo parses 1,000 levels in milliseconds.
constexpr int kMaxHtmlNesting = 1000;

// The deepest nesting of counted elements, stopping as soon as it passes `stopAbove`.
int htmlNestingDepth(QByteArrayView html, int stopAbove = kMaxHtmlNesting);

// The options to parse with: malloc and free as the allocator, which destroyGumboOutput relies on.
GumboOptions gumboParseOptions();
// Frees a tree parsed with gumboParseOptions(): every node is first made a child of the document
// (a loop, no recursion), so gumbo's own recursive free goes one level deep.
void destroyGumboOutput(const GumboOptions &options, GumboOutput *output);

} // namespace nianbao::loaders
