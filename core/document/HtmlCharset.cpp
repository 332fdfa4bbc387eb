// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/HtmlCharset.h"

#include "core/document/TextDecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace nianbao::loaders {

namespace {

bool isGbFamily(const QString &charset)
{
    static const QStringList names{QStringLiteral("gb2312"), QStringLiteral("gbk"), QStringLiteral("gb18030"),
                                   QStringLiteral("x-gbk"), QStringLiteral("cp936"), QStringLiteral("euc-cn"),
                                   QStringLiteral("x-euc-cn"), QStringLiteral("windows-936"),
                                   QStringLiteral("csgb2312"), QStringLiteral("hz-gb-2312")};
    return names.contains(charset);
}

std::optional<QString> strictDecode(QStringDecoder decoder, QByteArrayView bytes)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

Result<DecodedHtml> decodeGb(const QByteArray &bytes, const QString &label)
{
    auto text = decodeGb18030(bytes);
    if (!text)
        return Result<DecodedHtml>::failure(
            QStringLiteral("网页声明的编码为 %1，但无法按 GB18030 解码（%2）").arg(label, text.error()));
    return DecodedHtml{*text, QStringLiteral("GB18030")};
}

} // namespace

QString declaredHtmlCharset(const QByteArray &bytes)
{
    const QString head = QString::fromLatin1(bytes.left(8192));
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xmlDecl(
        QStringLiteral(R"(<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    auto m = meta.match(head);
    if (!m.hasMatch())
        m = xmlDecl.match(head);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

Result<DecodedHtml> decodeHtml(const QByteArray &bytes)
{
    using R = Result<DecodedHtml>;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return DecodedHtml{QString::fromUtf8(bytes.mid(3)), QStringLiteral("UTF-8 BOM")};
    if (bytes.startsWith("\xFF\xFE"))
        return DecodedHtml{QStringDecoder(QStringDecoder::Utf16LE).decode(bytes.mid(2)), QStringLiteral("UTF-16LE")};
    if (bytes.startsWith("\xFE\xFF"))
        return DecodedHtml{QStringDecoder(QStringDecoder::Utf16BE).decode(bytes.mid(2)), QStringLiteral("UTF-16BE")};

    const QString declared = declaredHtmlCharset(bytes);
    if (isGbFamily(declared))
        return decodeGb(bytes, declared);
    if (declared.isEmpty() || declared == u"utf-8" || declared == u"utf8") {
        if (auto text = strictDecode(QStringDecoder(QStringDecoder::Utf8), bytes))
            return DecodedHtml{*text, QStringLiteral("UTF-8")};
        if (declared.isEmpty())
            return decodeGb(bytes, QStringLiteral("（未声明）"));
        // Declared UTF-8 but not valid: pages saved as GBK under a copied UTF-8 header are common.
        if (auto gb = decodeGb18030(bytes))
            return DecodedHtml{*gb, QStringLiteral("GB18030")};
        return DecodedHtml{QString::fromUtf8(bytes), QStringLiteral("UTF-8")};
    }
    QStringDecoder other(declared.toLatin1().constData());
    if (other.isValid())
        return DecodedHtml{other.decode(bytes), declared.toUpper()};
    return R::failure(QStringLiteral("网页声明了不支持的字符编码 %1").arg(declared));
}

} // namespace nianbao::loaders
