// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/ValueFormat.h"

#include <QLocale>
#include <cmath>

namespace nianbao {

QString formatValue(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("非数字");
    // Fifteen significant digits at most: every decimal read or typed (≤ 15 digits) comes back
    // exactly, while a sum or a difference of decimals (40.51 - 30.2) reads 10.31, not
    // 10.309999999999999.
    if (std::abs(value) < 1e15 && value != std::trunc(value))
        value = QString::number(value, 'g', 15).toDouble();
    if (value == 0)
        return QStringLiteral("0"); // also for -0
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(qint64(value));
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString formatValue(double value, ValueKind kind, bool plus)
{
    if (kind == ValueKind::Amount && std::isfinite(value) && std::abs(value) < 1e11)
        value = std::round(value * 10000) / 10000;
    const QString text = formatValue(value);
    return (plus || kind == ValueKind::SignedCount) && value > 0 ? QLatin1Char('+') + text : text;
}

} // namespace nianbao
