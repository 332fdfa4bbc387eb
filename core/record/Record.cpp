// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/Record.h"

namespace nianbao {

QString cellSourceName(CellSource s)
{
    switch (s) {
    case CellSource::Read: return QStringLiteral("read");
    case CellSource::Blank: return QStringLiteral("blank");
    case CellSource::Text: return QStringLiteral("text");
    case CellSource::Invalid: return QStringLiteral("invalid");
    case CellSource::NotFound: return QStringLiteral("not_found");
    }
    return {};
}

void Record::resetCells()
{
    cells = QList<CellValue>(schema().size());
}

const CellValue *Record::cell(QStringView id) const
{
    const int i = schema().indexOf(id);
    return i < 0 || i >= cells.size() ? nullptr : &cells.at(i);
}

CellValue *Record::cell(QStringView id)
{
    const int i = schema().indexOf(id);
    return i < 0 || i >= cells.size() ? nullptr : &cells[i];
}

std::optional<double> Record::value(QStringView id) const
{
    const CellValue *c = cell(id);
    return c ? c->value : std::nullopt;
}

QStringList Record::inferredCells() const
{
    QStringList ids;
    const Schema &s = schema();
    for (qsizetype i = 0; i < cells.size() && i < s.size(); ++i)
        if (cells.at(i).inferred)
            ids.append(s.at(i).id);
    return ids;
}

QList<int> Record::groupCells(const QString &rowKey, const QString &column) const
{
    QList<int> out;
    const Schema &s = schema();
    const QString prefix = rowKey + u'.';
    for (const QString &row : s.rowKeys(TableSection::Apply))
        if (row.startsWith(prefix))
            out.append(s.indexOf(QString(row + u'.' + column)));
    out.removeAll(-1);
    return out;
}

qsizetype Record::count(FindingKind k) const
{
    qsizetype n = 0;
    for (const Finding &f : findings)
        n += f.kind == k && f.status != FindingStatus::Dismissed;
    return n;
}

} // namespace nianbao
