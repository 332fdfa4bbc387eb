#include "TextDecoder.h"

namespace nianbao {
// Placeholder: UTF-8 only until the decoder lands (issue 2, text work item).
Result<DecodedText> decodeText(const QByteArray &bytes)
{
    DecodedText d;
    d.text = QString::fromUtf8(bytes);
    d.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    d.encoding = QStringLiteral("UTF-8");
    return d;
}
Result<QString> decodeGb18030(const QByteArray &) { return Result<QString>::failure(QStringLiteral("not implemented")); }
} // namespace nianbao
