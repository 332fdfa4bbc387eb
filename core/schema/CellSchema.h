// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The canonical cells of the two table formats (docs/spec/cells-2021.tsv, cells-2019.tsv).
// Cell ids are the contract of every export and test.
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace nianbao {

enum class FormatVersion { V2021, V2019 };

QString formatName(FormatVersion f);                        // "2021" / "2019"
std::optional<FormatVersion> formatFromName(QStringView name);

// What a cell holds: a count (non-negative integer), a signed count (本年增/减), an amount
// (万元 or 元, a non-negative decimal).
enum class ValueKind { Count, SignedCount, Amount };

enum class TableSection { Active, Apply, Review }; // 二 / 三 / 四

// The short Chinese name of a table: "二、主动公开", "三、依申请公开", "四、复议诉讼".
QString tableSectionLabel(TableSection t);

struct CellSpec
{
    QString id;       // "apply.new.natural"
    QString section;  // "三、收到和处理政府信息公开申请情况"
    QString row;      // "一、本年新收政府信息公开申请数量"
    QString column;   // "自然人"
    ValueKind kind = ValueKind::Count;
    TableSection table = TableSection::Apply;
    QString rowKey;    // id without the column: "apply.new", "active.regulations", "review"
    QString columnKey; // last part of the id: "natural", "issued", "upheld"
};

class Schema
{
public:
    static const Schema &get(FormatVersion f);

    FormatVersion format() const { return m_format; }
    const QList<CellSpec> &cells() const { return m_cells; }
    qsizetype size() const { return m_cells.size(); }
    int indexOf(QStringView id) const; // -1 when unknown
    const CellSpec *find(QStringView id) const;
    const CellSpec &at(qsizetype i) const { return m_cells.at(i); }

    // Row keys in table order ("apply.new", "apply.carried_over", …) for one table.
    QStringList rowKeys(TableSection t) const;
    // Column keys of a row key in order ("natural", …, "total").
    QStringList columnKeys(QStringView rowKey) const;

    // The applicant columns of section 三 and the result columns of section 四.
    static const QStringList &applicantColumns(); // natural … other, total
    static const QStringList &reviewColumns();    // upheld corrected other pending total

private:
    explicit Schema(FormatVersion f);
    FormatVersion m_format;
    QList<CellSpec> m_cells;
    QHash<QString, int> m_index;
};

} // namespace nianbao
