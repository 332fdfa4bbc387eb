// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opinion/PdfToUnicode.h"

#include "core/util/TextNormalize.h"

#include <QString>

namespace nianbao {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Folds one <XXXX> code at `at` (the '<'); true when it changed.
bool foldCode(QByteArray &pdf, qsizetype at)
{
    if (at + 5 >= pdf.size() || pdf.at(at + 5) != '>')
        return false; // not a single BMP code (e.g. a surrogate pair): left alone
    int code = 0;
    for (int i = 1; i <= 4; ++i) {
        const int v = hexValue(pdf.at(at + i));
        if (v < 0)
            return false;
        code = code * 16 + v;
    }
    if (code < 0x2E80 || code > 0x2FDF) // the radicals supplement and the Kangxi radicals
        return false;
    QString text{QChar(char16_t(code))};
    foldIdeographVariants(text);
    const char16_t folded = text.size() == 1 ? text.at(0).unicode() : char16_t(code);
    if (folded == code)
        return false;
    const QByteArray hex = QByteArray::number(int(folded), 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        pdf[at + 1 + i] = hex.at(i);
    return true;
}

// The codes of one block: each line's destination codes after the `skip` source codes.
int foldBlock(QByteArray &pdf, qsizetype from, qsizetype to, int skip)
{
    int changed = 0;
    qsizetype line = from;
    while (line < to) {
        qsizetype end = pdf.indexOf('\n', line);
        if (end < 0 || end > to)
            end = to;
        int seen = 0;
        for (qsizetype i = line; i < end; ++i) {
            if (pdf.at(i) != '<')
                continue;
            if (seen++ >= skip && foldCode(pdf, i))
                ++changed;
        }
        line = end + 1;
    }
    return changed;
}

} // namespace

int foldPdfToUnicodeRadicals(QByteArray &pdf)
{
    int changed = 0;
    struct Block
    {
        const char *begin;
        const char *end;
        int skip; // source codes before the destinations on each line
    };
    for (const Block &b : {Block{"beginbfrange", "endbfrange", 2}, Block{"beginbfchar", "endbfchar", 1}}) {
        for (qsizetype at = pdf.indexOf(b.begin); at >= 0; at = pdf.indexOf(b.begin, at + 1)) {
            const qsizetype end = pdf.indexOf(b.end, at);
            if (end < 0)
                break;
            changed += foldBlock(pdf, at + qsizetype(qstrlen(b.begin)), end, b.skip);
            at = end;
        }
    }
    return changed;
}

} // namespace nianbao
