// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the xlsx export: a thin C++ layer over libxlsxwriter's C API. It owns the workbook,
// the shared formats, converts QString to UTF-8, keeps the first write error and turns the
// closing of the workbook into a Status with a Chinese message naming the path.
#include "core/schema/CellSchema.h"
#include "core/util/Result.h"

#include <QHash>
#include <QString>

#include <xlsxwriter.h>

namespace nianbao::xlsx {

struct Api;

// The fixed styles of the workbook.
enum class Style {
    Title,      // big bold title row
    Subtitle,   // grey line under the title
    Header,     // bold, centred, grey fill, border, wrapped
    Label,      // row label: border, wrapped, left
    LabelCenter,// row label: border, wrapped, centred (merged row groups)
    Check,      // result of a check formula: centred, border
    CheckLabel, // label of a check row: italic, border
    Sum,        // numeric helper row (sum formulas): border, grey font
    Text,       // plain wrapped text (lists)
    Link,       // hyperlink in the summary
    Note,       // grey explanatory text (legend lines)
    FailText,   // conditional format: a failing check (red bold font)
    UnknownText,// conditional format: a check that cannot be decided (orange font)
};

// How a table cell stands out (the legend explains each).
enum class Mark { Normal, Violation, Missing, Corrected, Inferred };

class Book
{
public:
    // constantMemory: libxlsxwriter's constant_memory mode — each sheet's rows go to a temporary
    // file as soon as the next row starts, so rows must be written in order, sheet by sheet (no
    // merged ranges); strings are stored inline. For the season's workbook of thousands of reports.
    explicit Book(const QString &path, bool constantMemory = false);
    ~Book();
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    bool isOpen() const { return m_book != nullptr; }
    const QString &path() const { return m_path; }

    lxw_worksheet *addSheet(const QString &name);
    lxw_format *style(Style s);
    // The format of a table value: its number format (by kind) with the fill of its mark.
    lxw_format *valueFormat(ValueKind kind, Mark mark);
    // The fill-only swatch of a mark (legend).
    lxw_format *swatch(Mark mark) { return valueFormat(ValueKind::Count, mark); }

    void text(lxw_worksheet *ws, int row, int col, const QString &s, lxw_format *f = nullptr);
    void number(lxw_worksheet *ws, int row, int col, double v, lxw_format *f = nullptr);
    void blank(lxw_worksheet *ws, int row, int col, lxw_format *f);
    void formulaText(lxw_worksheet *ws, int row, int col, const QString &formula,
                     const QString &result, lxw_format *f);
    void formulaNumber(lxw_worksheet *ws, int row, int col, const QString &formula, double result,
                       lxw_format *f);
    // Merges the range and writes s into it; a one-cell range is written as a plain cell.
    void merge(lxw_worksheet *ws, int r1, int c1, int r2, int c2, const QString &s, lxw_format *f);
    void comment(lxw_worksheet *ws, int row, int col, const QString &s);
    void link(lxw_worksheet *ws, int row, int col, const QString &url, const QString &s);
    void widths(lxw_worksheet *ws, int c1, int c2, double width);
    void rowHeight(lxw_worksheet *ws, int row, double height);
    void freeze(lxw_worksheet *ws, int row, int col);
    void autofilter(lxw_worksheet *ws, int r1, int c1, int r2, int c2);
    // Printing: landscape, one page wide.
    void printWide(lxw_worksheet *ws);
    // Conditional formats of the check cells: "✗…" red, "?…" orange.
    void highlightChecks(lxw_worksheet *ws, int r1, int c1, int r2, int c2);

    // Closes the workbook (writes the file). Failure names the path in Chinese.
    Status close();

private:
    void note(lxw_error e, const char *what);
    lxw_format *makeStyle(Style s);

    const Api *m_api = nullptr;
    QString m_loadError;
    lxw_workbook *m_book = nullptr;
    QString m_path;
    QString m_partPath; // where the workbook is written until close() renames it to m_path
    lxw_error m_firstError = LXW_NO_ERROR;
    QString m_firstErrorWhat;
    QHash<int, lxw_format *> m_styles;
    QHash<int, lxw_format *> m_values;
};

// "A", "B", …, "Z", "AA"; and "D7" for row 6, column 3 (zero-based).
QString columnName(int col);
QString cellRef(int row, int col);

// The comment of the fill colours, shared by the section sheets.
QString markLabel(Mark m);

} // namespace nianbao::xlsx
