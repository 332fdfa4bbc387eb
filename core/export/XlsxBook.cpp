// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/XlsxBook.h"

#include "core/export/XlsxApi.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryFile>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace nianbao::xlsx {

namespace {

constexpr qsizetype maxCellText = 32000; // Excel holds at most 32767 characters in a cell

QByteArray utf8(const QString &s)
{
    return (s.size() > maxCellText ? s.left(maxCellText) : s).toUtf8();
}

// Fill and font colour of each mark (the legend names them).
struct MarkColors
{
    lxw_color_t fill;
    lxw_color_t font;
};

MarkColors colorsOf(Mark m)
{
    switch (m) {
    // The fills of the review window (ui/tables/CellState.cpp), so that one legend serves both.
    case Mark::Violation: return {0xF6A8A8, 0x7A0B0B}; // red
    case Mark::Missing: return {0xFCDC7C, 0x111827};   // yellow
    case Mark::Corrected: return {0xA9CDF7, 0x111827}; // blue
    case Mark::Inferred: return {0xDCC6F5, 0x111827};  // purple
    case Mark::Normal: break;
    }
    return {LXW_COLOR_UNSET, LXW_COLOR_UNSET};
}

const char *numberFormatOf(ValueKind k)
{
    switch (k) {
    case ValueKind::Count: return "0";
    case ValueKind::SignedCount: return "+0;-0;0";
    case ValueKind::Amount: return "0.00##";
    }
    return "General";
}

QString reasonOf(const Api *api, lxw_error e)
{
    switch (e) {
    case LXW_ERROR_CREATING_XLSX_FILE:
        return QStringLiteral("无法创建文件（目录不存在、没有写权限或文件被占用）");
    case LXW_ERROR_CREATING_TMPFILE:
        return QStringLiteral("无法创建临时文件");
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return QStringLiteral("内存不足");
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return QStringLiteral("写入 xlsx 压缩包失败（磁盘已满或没有写权限？）");
    default:
        break;
    }
    return QStringLiteral("libxlsxwriter 报错：%1").arg(QString::fromUtf8(api->lxw_strerror(e)));
}

// Why `path` cannot be written, checked before any work (libxlsxwriter only finds out at the
// end, and then prints an English line on stderr); empty when it looks writable.
QString unwritableReason(const QString &path)
{
    const QFileInfo file(path);
    if (file.isDir())
        return QStringLiteral("这是一个目录，不是文件");
    const QFileInfo dir(file.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return QStringLiteral("目录 %1 不存在").arg(file.absolutePath());
    if (file.exists() ? !file.isWritable() : !dir.isWritable())
        return QStringLiteral("没有写权限");
    return {};
}

} // namespace

QString columnName(int col)
{
    QString name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString cellRef(int row, int col)
{
    return columnName(col) + QString::number(row + 1);
}

QString markLabel(Mark m)
{
    switch (m) {
    case Mark::Violation: return QStringLiteral("红色：违反勾稽关系的单元格（见“问题清单”；最可能出错的一格见“更正建议”）");
    case Mark::Missing: return QStringLiteral("黄色：缺失——原表空白、填“/”“无”等文字或未找到（不按 0 计算，批注中有原文）");
    case Mark::Corrected: return QStringLiteral("蓝色：审核人已修改（批注中有原值、新值和备注）");
    case Mark::Inferred: return QStringLiteral("紫色：推断值——不是原文照录，而是按勾稽关系重建，请核对");
    case Mark::Normal: break;
    }
    return {};
}

Book::Book(const QString &path, bool constantMemory)
    : m_path(path)
{
    if (path.isEmpty())
        return;
    m_loadError = unwritableReason(path);
    if (!m_loadError.isEmpty())
        return;
    m_api = api(&m_loadError);
    if (!m_api)
        return;
    // The workbook is written to a hidden file beside `path` and renamed over it only once whole
    // (close()): a run that fails or is killed leaves the file that was there, never half a workbook.
    {
        const QFileInfo target(path);
        QTemporaryFile part(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
        part.setAutoRemove(false);
        if (!part.open()) {
            m_loadError = QStringLiteral("无法在 %1 中创建临时文件（%2）").arg(target.absolutePath(), part.errorString());
            return;
        }
        m_partPath = part.fileName();
    }
    if (constantMemory) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        m_book = m_api->workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    } else {
        m_book = m_api->workbook_new(QFile::encodeName(m_partPath).constData());
    }
}

Book::~Book()
{
    if (m_book)
        m_api->lxw_workbook_free(m_book); // close() was not called: free without writing the file
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
}

void Book::note(lxw_error e, const char *what)
{
    if (e != LXW_NO_ERROR && m_firstError == LXW_NO_ERROR) {
        m_firstError = e;
        m_firstErrorWhat = QString::fromUtf8(what);
    }
}

lxw_worksheet *Book::addSheet(const QString &name)
{
    if (!m_book)
        return nullptr;
    lxw_worksheet *ws = m_api->workbook_add_worksheet(m_book, utf8(name).constData());
    if (!ws)
        note(LXW_ERROR_SHEETNAME_ALREADY_USED, "workbook_add_worksheet");
    return ws;
}

lxw_format *Book::makeStyle(Style s)
{
    lxw_format *f = m_api->workbook_add_format(m_book);
    if (!f)
        return nullptr;
    m_api->format_set_font_name(f, "等线");
    m_api->format_set_font_size(f, 10.5);
    m_api->format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    auto boxed = [this, f] {
        m_api->format_set_border(f, LXW_BORDER_THIN);
        m_api->format_set_text_wrap(f);
    };
    switch (s) {
    case Style::Title:
        m_api->format_set_bold(f);
        m_api->format_set_font_size(f, 14);
        break;
    case Style::Subtitle:
    case Style::Note:
        m_api->format_set_font_color(f, LXW_COLOR_GRAY);
        break;
    case Style::Header:
        boxed();
        m_api->format_set_bold(f);
        m_api->format_set_align(f, LXW_ALIGN_CENTER);
        m_api->format_set_bg_color(f, 0xD9D9D9);
        break;
    case Style::Label:
        boxed();
        break;
    case Style::LabelCenter:
        boxed();
        m_api->format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case Style::Check:
        boxed();
        m_api->format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case Style::CheckLabel:
        boxed();
        m_api->format_set_italic(f);
        m_api->format_set_bg_color(f, 0xF2F2F2);
        break;
    case Style::Sum:
        boxed();
        m_api->format_set_font_color(f, LXW_COLOR_GRAY);
        m_api->format_set_num_format(f, "0.####");
        break;
    case Style::Text:
        m_api->format_set_text_wrap(f);
        m_api->format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::Link:
        m_api->format_set_font_color(f, LXW_COLOR_BLUE);
        m_api->format_set_underline(f, LXW_UNDERLINE_SINGLE);
        break;
    case Style::FailText:
        m_api->format_set_font_color(f, 0xC00000);
        m_api->format_set_bold(f);
        break;
    case Style::UnknownText:
        m_api->format_set_font_color(f, 0xC65911);
        break;
    }
    return f;
}

lxw_format *Book::style(Style s)
{
    if (!m_book)
        return nullptr;
    const int key = int(s);
    if (!m_styles.contains(key))
        m_styles.insert(key, makeStyle(s));
    return m_styles.value(key);
}

lxw_format *Book::valueFormat(ValueKind kind, Mark mark)
{
    if (!m_book)
        return nullptr;
    const int key = int(kind) * 16 + int(mark);
    if (lxw_format *f = m_values.value(key))
        return f;
    lxw_format *f = m_api->workbook_add_format(m_book);
    if (!f)
        return nullptr;
    m_api->format_set_font_name(f, "等线");
    m_api->format_set_font_size(f, 10.5);
    m_api->format_set_border(f, LXW_BORDER_THIN);
    m_api->format_set_align(f, LXW_ALIGN_CENTER);
    m_api->format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    m_api->format_set_num_format(f, numberFormatOf(kind));
    const MarkColors c = colorsOf(mark);
    if (mark != Mark::Normal) {
        m_api->format_set_bg_color(f, c.fill);
        m_api->format_set_font_color(f, c.font);
    }
    m_values.insert(key, f);
    return f;
}

void Book::text(lxw_worksheet *ws, int row, int col, const QString &s, lxw_format *f)
{
    if (ws)
        note(m_api->worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8(s).constData(), f),
             "worksheet_write_string");
}

void Book::number(lxw_worksheet *ws, int row, int col, double v, lxw_format *f)
{
    if (!std::isfinite(v)) { // "nan" in the XML would make Excel refuse the file
        text(ws, row, col, QStringLiteral("（非数值）"), f);
        return;
    }
    if (ws)
        note(m_api->worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), v, f), "worksheet_write_number");
}

void Book::blank(lxw_worksheet *ws, int row, int col, lxw_format *f)
{
    if (ws)
        note(m_api->worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), f), "worksheet_write_blank");
}

void Book::formulaText(lxw_worksheet *ws, int row, int col, const QString &formula,
                       const QString &result, lxw_format *f)
{
    if (ws)
        note(m_api->worksheet_write_formula_str(ws, lxw_row_t(row), lxw_col_t(col), utf8(formula).constData(),
                                         f, utf8(result).constData()),
             "worksheet_write_formula_str");
}

void Book::formulaNumber(lxw_worksheet *ws, int row, int col, const QString &formula, double result,
                         lxw_format *f)
{
    if (!std::isfinite(result)) {
        formulaText(ws, row, col, formula, QString(), f); // Excel computes it on load
        return;
    }
    if (ws)
        note(m_api->worksheet_write_formula_num(ws, lxw_row_t(row), lxw_col_t(col), utf8(formula).constData(),
                                         f, result),
             "worksheet_write_formula_num");
}

void Book::merge(lxw_worksheet *ws, int r1, int c1, int r2, int c2, const QString &s, lxw_format *f)
{
    if (!ws)
        return;
    if (r1 == r2 && c1 == c2) {
        text(ws, r1, c1, s, f);
        return;
    }
    note(m_api->worksheet_merge_range(ws, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2),
                               utf8(s).constData(), f),
         "worksheet_merge_range");
}

void Book::comment(lxw_worksheet *ws, int row, int col, const QString &s)
{
    if (!ws || s.isEmpty())
        return;
    lxw_comment_options options = {};
    char author[] = "年报审核";
    options.author = author;
    options.width = 320;
    const qsizetype lines = s.count(u'\n') + 1 + s.size() / 22;
    options.height = uint16_t(qBound(qsizetype(60), 24 + 17 * lines, qsizetype(400)));
    note(m_api->worksheet_write_comment_opt(ws, lxw_row_t(row), lxw_col_t(col), utf8(s).constData(), &options),
         "worksheet_write_comment_opt");
}

void Book::link(lxw_worksheet *ws, int row, int col, const QString &url, const QString &s)
{
    if (ws)
        note(m_api->worksheet_write_url_opt(ws, lxw_row_t(row), lxw_col_t(col), utf8(url).constData(),
                                     style(Style::Link), utf8(s).constData(), nullptr),
             "worksheet_write_url_opt");
}

void Book::rowHeight(lxw_worksheet *ws, int row, double height)
{
    if (ws)
        note(m_api->worksheet_set_row(ws, lxw_row_t(row), height, nullptr), "worksheet_set_row");
}

void Book::freeze(lxw_worksheet *ws, int row, int col)
{
    if (ws)
        m_api->worksheet_freeze_panes(ws, lxw_row_t(row), lxw_col_t(col));
}

void Book::autofilter(lxw_worksheet *ws, int r1, int c1, int r2, int c2)
{
    if (ws)
        note(m_api->worksheet_autofilter(ws, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2)),
             "worksheet_autofilter");
}

void Book::printWide(lxw_worksheet *ws)
{
    if (!ws)
        return;
    m_api->worksheet_set_landscape(ws);
    m_api->worksheet_fit_to_pages(ws, 1, 0);
}

void Book::widths(lxw_worksheet *ws, int c1, int c2, double width)
{
    if (ws)
        note(m_api->worksheet_set_column(ws, lxw_col_t(c1), lxw_col_t(c2), width, nullptr), "worksheet_set_column");
}

void Book::highlightChecks(lxw_worksheet *ws, int r1, int c1, int r2, int c2)
{
    if (!ws)
        return;
    // Formula rules written out here: libxlsxwriter 1.1.4's "begins with" rule counts UTF-8 bytes
    // (LEFT(x,3)="✗") and anchors the formula on the wrong corner of the range.
    const struct
    {
        const char16_t *prefix;
        Style style;
    } rules[] = {{u"✗", Style::FailText}, {u"?", Style::UnknownText}};
    for (const auto &rule : rules) {
        const QByteArray formula = QStringLiteral("LEFT(%1,1)=\"%2\"")
                                       .arg(cellRef(r1, c1), QString::fromUtf16(rule.prefix))
                                       .toUtf8();
        lxw_conditional_format cf = {};
        cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
        cf.value_string = const_cast<char *>(formula.constData());
        cf.format = style(rule.style);
        note(m_api->worksheet_conditional_format_range(ws, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2),
                                                       lxw_col_t(c2), &cf),
             "worksheet_conditional_format_range");
    }
}

Status Book::close()
{
    if (m_path.isEmpty())
        return Status::failure(QStringLiteral("无法写入 Excel 文件：没有给出文件路径"));
    if (!m_book && !m_loadError.isEmpty())
        return Status::failure(QStringLiteral("无法写入 Excel 文件 %1：%2").arg(m_path, m_loadError));
    if (!m_book)
        return Status::failure(QStringLiteral("无法写入 Excel 文件 %1：无法创建工作簿（内存不足？）").arg(m_path));
    const lxw_error closed = m_api->workbook_close(m_book);
    m_book = nullptr;
    if (closed != LXW_NO_ERROR)
        return Status::failure(QStringLiteral("无法写入 Excel 文件 %1：%2").arg(m_path, reasonOf(m_api, closed)));
    if (m_firstError != LXW_NO_ERROR) // a workbook with missing parts would mislead: the old file stays
        return Status::failure(QStringLiteral("无法写入 Excel 文件 %1：写入内容时出错（%2，%3）")
                                   .arg(m_path, m_firstErrorWhat, reasonOf(m_api, m_firstError)));
    // The permissions a new file gets (the temporary file has the owner's alone), or the old file's.
    const QFileInfo old(m_path);
    QFile::setPermissions(m_partPath, old.exists() ? old.permissions()
                                                   : QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                         | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (std::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        return Status::failure(QStringLiteral("无法写入 Excel 文件 %1：%2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    m_partPath.clear();
    return {};
}

} // namespace nianbao::xlsx
