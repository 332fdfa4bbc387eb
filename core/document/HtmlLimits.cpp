// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/HtmlLimits.h"

#include <QByteArray>
#include <QList>

#include <cstdlib>
#include <cstring>

namespace nianbao::loaders {

namespace {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

// Elements that never hold others, or whose end tag the parser supplies itself when it is left out
// (the HTML standard's optional end tags): the pre-scan does not count them.
bool isUncounted(const QByteArray &tag)
{
    static const char *const names[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
        "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup",
        "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
    };
    for (const char *name : names) {
        if (tag == name)
            return true;
    }
    return false;
}

// Elements whose content is text up to their own end tag.
bool isRawText(const QByteArray &tag)
{
    return tag == "script" || tag == "style" || tag == "textarea" || tag == "title" || tag == "xmp"
           || tag == "iframe" || tag == "noembed" || tag == "noframes" || tag == "plaintext";
}

qsizetype indexOfCaseless(QByteArrayView hay, QByteArrayView needle, qsizetype from)
{
    const qsizetype n = hay.size(), m = needle.size();
    for (qsizetype i = from; i + m <= n; ++i) {
        qsizetype k = 0;
        while (k < m && (hay[i + k] | 0x20) == (needle[k] | 0x20))
            ++k;
        if (k == m)
            return i;
    }
    return -1;
}

// The end of the tag whose name ends at `from`: its '>' outside quoted attribute values (or the
// end of the page).
qsizetype tagEnd(QByteArrayView html, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < html.size(); ++i) {
        const char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            // A quote opens a value only after '=' (and spaces): `<a b'c>` is a name.
            qsizetype k = i - 1;
            while (k >= from && (html[k] == ' ' || html[k] == '\t' || html[k] == '\n' || html[k] == '\r'))
                --k;
            if (k >= from && html[k] == '=')
                quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return html.size();
}

} // namespace

int htmlNestingDepth(QByteArrayView html, int stopAbove)
{
    // The open counted elements, innermost last. An end tag closes the innermost open element of
    // its name among the last few (the parser would close the elements above it too); one that
    // matches none there is ignored, as the parser ignores a stray end tag.
    constexpr int kEndTagReach = 64;
    QList<QByteArray> open;
    int foreign = 0; // svg and math elements among them
    int deepest = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const void *lt = std::memchr(html.data() + i, '<', size_t(n - i));
        if (!lt)
            break;
        i = static_cast<const char *>(lt) - html.data();
        if (i + 1 >= n)
            break;
        const char next = html[i + 1];
        if (next == '!') {
            if (html.sliced(i).startsWith("<!--")) {
                const qsizetype close = indexOfCaseless(html, "-->", i + 4);
                i = close < 0 ? n : close + 3;
            } else {
                i = tagEnd(html, i + 2) + 1;
            }
            continue;
        }
        if (next == '?') {
            i = tagEnd(html, i + 2) + 1;
            continue;
        }
        const bool end = next == '/';
        const qsizetype nameStart = i + (end ? 2 : 1);
        if (nameStart >= n || !isAsciiAlpha(html[nameStart])) {
            i += 1; // a '<' in the text
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && isNameChar(html[nameEnd]))
            ++nameEnd;
        const QByteArray tag = html.sliced(nameStart, nameEnd - nameStart).toByteArray().toLower();
        const qsizetype close = tagEnd(html, nameEnd);
        const bool selfClosing = close < n && close > nameEnd && html[close - 1] == '/';
        i = close + 1;
        if (end) {
            const qsizetype lowest = std::max<qsizetype>(0, open.size() - kEndTagReach);
            for (qsizetype k = open.size() - 1; k >= lowest; --k) {
                if (open.at(k) == tag) {
                    for (qsizetype j = k; j < open.size(); ++j)
                        foreign -= open.at(j) == "svg" || open.at(j) == "math";
                    open.resize(k);
                    break;
                }
            }
            continue;
        }
        if (isRawText(tag)) { // its content is no markup: on to its end tag
            const qsizetype after = indexOfCaseless(html, QByteArray("</" + tag), i);
            i = after < 0 ? n : after;
            continue;
        }
        // "/>" closes an element only in SVG and MathML; in HTML the parser ignores it (<span/>
        // opens a span that stays open).
        if ((selfClosing && foreign > 0) || isUncounted(tag))
            continue;
        foreign += tag == "svg" || tag == "math";
        open.append(tag);
        deepest = std::max(deepest, int(open.size()));
        if (deepest > stopAbove)
            return deepest;
    }
    return deepest;
}

namespace {

void *gumboAllocate(void *, size_t size)
{
    return std::malloc(size);
}

void gumboFree(void *, void *pointer)
{
    std::free(pointer);
}

GumboVector *childrenOf(GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

} // namespace

GumboOptions gumboParseOptions()
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = gumboAllocate;
    options.deallocator = gumboFree;
    options.userdata = nullptr;
    return options;
}

void destroyGumboOutput(const GumboOptions &options, GumboOutput *output)
{
    if (!output)
        return;
    GumboNode *document = output->document;
    // Every node below the document, found with a stack of our own; each element keeps its
    // children array (gumbo frees it) but is told it has no children.
    QList<GumboNode *> all;
    QList<GumboNode *> pending;
    if (GumboVector *top = childrenOf(document)) {
        for (unsigned k = 0; k < top->length; ++k)
            pending.append(static_cast<GumboNode *>(top->data[k]));
    }
    while (!pending.isEmpty()) {
        GumboNode *node = pending.takeLast();
        all.append(node);
        if (GumboVector *children = childrenOf(node)) {
            for (unsigned k = 0; k < children->length; ++k)
                pending.append(static_cast<GumboNode *>(children->data[k]));
            children->length = 0;
        }
    }
    // The document's children become all of them: gumbo's free then goes one level down.
    GumboVector &docChildren = document->v.document.children;
    void **flat = static_cast<void **>(std::malloc(sizeof(void *) * size_t(std::max<qsizetype>(all.size(), 1))));
    if (!flat) { // no memory for the list: leave the tree unfreed rather than recurse into it
        return;
    }
    for (qsizetype k = 0; k < all.size(); ++k)
        flat[k] = all.at(k);
    std::free(docChildren.data);
    docChildren.data = flat;
    docChildren.length = unsigned(all.size());
    docChildren.capacity = unsigned(std::max<qsizetype>(all.size(), 1));
    gumbo_destroy_output(&options, output);
}

} // namespace nianbao::loaders
