// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/TextDecoder.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <cerrno>
#include <iconv.h>

namespace nianbao {

namespace {

QString normaliseLineEnds(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

// Appends `bytes` decoded strictly to `out`; false when they are not valid in `encoding`.
bool appendStrict(QStringConverter::Encoding encoding, QByteArrayView bytes, QString &out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    // A sequence cut off at the end becomes U+FFFD without an error: a valid text encodes back
    // to exactly its bytes.
    if (text.contains(QChar::ReplacementCharacter)) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless);
        if (QByteArray(encoder.encode(text)) != bytes)
            return false;
    }
    out += text;
    return true;
}

// UTF-16 code units of valid UTF-8 (an upper bound for anything else): one per character, two
// for the four-byte ones.
qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype units = 0;
    for (const char c : utf8) {
        const uchar b = uchar(c);
        units += (b & 0xC0) != 0x80;
        units += b >= 0xF0;
    }
    return units;
}

std::optional<QString> decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QString text;
    if (encoding != QStringConverter::Utf8) {
        if (!appendStrict(encoding, bytes, text))
            return std::nullopt;
        text.squeeze();
        return text;
    }
    // UTF-8 by pieces cut before a character's first byte, into a string of the exact size: the
    // decoder alone would take room for one UTF-16 unit per byte (twice the file for Chinese
    // text) until the end of the load.
    constexpr qsizetype piece = 1 << 20;
    text.reserve(utf16Length(bytes));
    qsizetype at = 0;
    while (at < bytes.size()) {
        qsizetype end = std::min(bytes.size(), at + piece);
        for (int back = 0; back < 3 && end < bytes.size() && (uchar(bytes[end]) & 0xC0) == 0x80; ++back)
            --end;
        if (!appendStrict(QStringConverter::Utf8, bytes.sliced(at, end - at), text))
            return std::nullopt;
        at = end;
    }
    return text;
}

// Text files hold no NUL and few other control characters; binary noise holds many.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r' && u != 0x0C)
            ++controls;
    }
    return controls > 8 && controls * 100 > text.size();
}

// UTF-16 without a BOM: one byte of each pair is mostly zero for Latin text, but Chinese text
// has no zero bytes; we only accept it when the NUL pattern is unmistakable.
std::optional<QStringConverter::Encoding> guessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    const qsizetype n = qMin<qsizetype>(bytes.size(), 4096);
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        evenZero += bytes.at(i) == 0;
        oddZero += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 3 > pairs && evenZero * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZero * 3 > pairs && oddZero * 20 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

Result<QString> decodeGb18030(const QByteArray &bytes)
{
    iconv_t cd = iconv_open("UTF-16LE", "GB18030");
    if (cd == iconv_t(-1))
        return Result<QString>::failure(QStringLiteral("系统不支持 GB18030 转换（iconv）"));
    // Written straight into the string: a GB18030 character is one or two UTF-16 units for one to
    // four bytes, so as many units as bytes are enough.
    QString out(bytes.size() + 8, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *dst = reinterpret_cast<char *>(out.data());
    size_t outLeft = size_t(out.size()) * 2;
    const size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
    const int error = errno;
    iconv_close(cd);
    if (rc == size_t(-1) || inLeft != 0) {
        const qsizetype at = bytes.size() - qsizetype(inLeft);
        return Result<QString>::failure(
            error == EINVAL ? QStringLiteral("GB18030 文本在末尾被截断")
                            : QStringLiteral("第 %1 字节处不是有效的 GB18030 编码").arg(at));
    }
    const qsizetype written = out.size() * 2 - qsizetype(outLeft);
    out.truncate(written / 2);
    out.squeeze();
    return out;
}

Result<DecodedText> decodeText(const QByteArray &bytes)
{
    auto finish = [](QString text, const QString &encoding) -> Result<DecodedText> {
        if (looksBinary(text))
            return Result<DecodedText>::failure(QStringLiteral("不是文本文件（含有二进制内容）"));
        return DecodedText{normaliseLineEnds(std::move(text)), encoding};
    };
    const QByteArrayView view(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (auto t = decodeStrict(QStringConverter::Utf8, view.sliced(3)))
            return finish(std::move(*t), QStringLiteral("UTF-8 BOM"));
        return Result<DecodedText>::failure(QStringLiteral("文件标明为 UTF-8，但内容不是有效的 UTF-8"));
    }
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return Result<DecodedText>::failure(QStringLiteral("不支持 UTF-32 编码的文本，请另存为 UTF-8"));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        const QByteArrayView payload = view.sliced(2);
        std::optional<QString> t;
        if (payload.size() % 2 == 0) // an odd byte count is a truncated file
            t = decodeStrict(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, payload);
        if (t)
            return finish(std::move(*t), le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        return Result<DecodedText>::failure(QStringLiteral("文件标明为 UTF-16，但内容不完整或无效"));
    }
    if (auto enc = guessUtf16(bytes)) {
        if (auto t = decodeStrict(*enc, view))
            return finish(std::move(*t), *enc == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                : QStringLiteral("UTF-16BE"));
    }
    if (bytes.contains('\0'))
        return Result<DecodedText>::failure(QStringLiteral("不是文本文件（含有二进制内容）"));
    if (auto t = decodeStrict(QStringConverter::Utf8, view))
        return finish(std::move(*t), QStringLiteral("UTF-8"));
    // UTF-8 cut off inside its last character: the rest is UTF-8 with Chinese in it, not GB18030.
    for (qsizetype cut = 1; cut <= 3 && cut < bytes.size(); ++cut) {
        const uchar lead = uchar(bytes.at(bytes.size() - cut));
        if (lead < 0xC0)
            continue; // a continuation byte: look further back for the lead byte
        const QByteArrayView prefix = view.first(bytes.size() - cut);
        if (auto t = decodeStrict(QStringConverter::Utf8, prefix); t && t->size() < prefix.size())
            return finish(std::move(*t), QStringLiteral("UTF-8"));
        break;
    }
    auto gb = decodeGb18030(bytes);
    if (gb)
        return finish(std::move(gb).value(), QStringLiteral("GB18030"));
    return Result<DecodedText>::failure(
        QStringLiteral("无法识别文本编码（不是 UTF-8、UTF-16 或 GB18030：%1）").arg(gb.error()));
}

} // namespace nianbao
