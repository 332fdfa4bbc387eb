// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/schema/CellSchema.h"

#include <QFile>

namespace nianbao {

QString formatName(FormatVersion f)
{
    return f == FormatVersion::V2021 ? QStringLiteral("2021") : QStringLiteral("2019");
}

std::optional<FormatVersion> formatFromName(QStringView name)
{
    if (name == u"2021")
        return FormatVersion::V2021;
    if (name == u"2019")
        return FormatVersion::V2019;
    return std::nullopt;
}

QString tableSectionLabel(TableSection t)
{
    switch (t) {
    case TableSection::Active: return QStringLiteral("二、主动公开");
    case TableSection::Apply: return QStringLiteral("三、依申请公开");
    case TableSection::Review: return QStringLiteral("四、复议诉讼");
    }
    return {};
}

const QStringList &Schema::applicantColumns()
{
    static const QStringList cols = {QStringLiteral("natural"), QStringLiteral("commercial"),
                                     QStringLiteral("research"), QStringLiteral("social"),
                                     QStringLiteral("legal"), QStringLiteral("other"),
                                     QStringLiteral("total")};
    return cols;
}

const QStringList &Schema::reviewColumns()
{
    static const QStringList cols = {QStringLiteral("upheld"), QStringLiteral("corrected"),
                                     QStringLiteral("other"), QStringLiteral("pending"),
                                     QStringLiteral("total")};
    return cols;
}

static ValueKind kindFor(const QString &id)
{
    if (id == u"active.fees.amount" || id == u"active.procurement.amount")
        return ValueKind::Amount;
    if (id.endsWith(u".change"))
        return ValueKind::SignedCount;
    return ValueKind::Count;
}

Schema::Schema(FormatVersion f)
    : m_format(f)
{
    const QString path = f == FormatVersion::V2021 ? QStringLiteral(":/nianbao/cells-2021.tsv")
                                                   : QStringLiteral(":/nianbao/cells-2019.tsv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("nianbao: the cell table %s is not compiled in", qPrintable(path));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList parts = lines.at(i).split(QLatin1Char('\t'));
        if (parts.size() < 4)
            continue;
        CellSpec spec;
        spec.id = parts.at(0).trimmed();
        spec.section = parts.at(1).trimmed();
        spec.row = parts.at(2).trimmed();
        spec.column = parts.at(3).trimmed();
        spec.kind = kindFor(spec.id);
        spec.table = spec.id.startsWith(u"active.") ? TableSection::Active
                     : spec.id.startsWith(u"apply.") ? TableSection::Apply
                                                      : TableSection::Review;
        const qsizetype dot = spec.id.lastIndexOf(QLatin1Char('.'));
        spec.rowKey = spec.id.left(dot);
        spec.columnKey = spec.id.mid(dot + 1);
        m_index.insert(spec.id, int(m_cells.size()));
        m_cells.append(spec);
    }
}

const Schema &Schema::get(FormatVersion f)
{
    // Each read when first asked for: a report needs only its own format's.
    if (f == FormatVersion::V2021) {
        static const Schema s2021(FormatVersion::V2021);
        return s2021;
    }
    static const Schema s2019(FormatVersion::V2019);
    return s2019;
}

int Schema::indexOf(QStringView id) const
{
    return m_index.value(id.toString(), -1);
}

const CellSpec *Schema::find(QStringView id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_cells.at(i);
}

QStringList Schema::rowKeys(TableSection t) const
{
    QStringList keys;
    for (const CellSpec &c : m_cells)
        if (c.table == t && (keys.isEmpty() || keys.constLast() != c.rowKey))
            keys.append(c.rowKey);
    return keys;
}

QStringList Schema::columnKeys(QStringView rowKey) const
{
    QStringList keys;
    for (const CellSpec &c : m_cells)
        if (c.rowKey == rowKey)
            keys.append(c.columnKey);
    return keys;
}

} // namespace nianbao
