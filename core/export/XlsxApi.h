// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the xlsx export: libxlsxwriter loaded at run time.
//
// Why not linked: libxlsxwriter zips the workbook through the system minizip (zipOpen, …), and
// QuaZip, which nianbao_core links for .docx, exports its own incompatible copy of the same minizip
// symbols. In one process the dynamic linker binds libxlsxwriter's calls to QuaZip's copy and
// workbook_close() crashes. Loading libxlsxwriter with RTLD_DEEPBIND puts its own dependencies
// (the real minizip) ahead of the process's symbols, so each library gets its own zip code.
// The header is still used for the types and the signatures.
#include <QString>

#include <xlsxwriter.h>

namespace nianbao::xlsx {

#define NIANBAO_LXW_FUNCTIONS(X)                                                                   \
    X(workbook_new)                                                                                \
    X(workbook_new_opt)                                                                            \
    X(workbook_close)                                                                              \
    X(lxw_workbook_free)                                                                           \
    X(workbook_add_worksheet)                                                                      \
    X(workbook_add_format)                                                                         \
    X(lxw_strerror)                                                                                \
    X(format_set_font_name)                                                                        \
    X(format_set_font_size)                                                                        \
    X(format_set_font_color)                                                                       \
    X(format_set_bold)                                                                             \
    X(format_set_italic)                                                                           \
    X(format_set_underline)                                                                        \
    X(format_set_num_format)                                                                       \
    X(format_set_align)                                                                            \
    X(format_set_text_wrap)                                                                        \
    X(format_set_bg_color)                                                                         \
    X(format_set_border)                                                                           \
    X(worksheet_write_string)                                                                      \
    X(worksheet_write_number)                                                                      \
    X(worksheet_write_blank)                                                                       \
    X(worksheet_write_formula_str)                                                                 \
    X(worksheet_write_formula_num)                                                                 \
    X(worksheet_write_comment_opt)                                                                 \
    X(worksheet_write_url_opt)                                                                     \
    X(worksheet_merge_range)                                                                       \
    X(worksheet_set_column)                                                                        \
    X(worksheet_set_row)                                                                           \
    X(worksheet_freeze_panes)                                                                      \
    X(worksheet_autofilter)                                                                        \
    X(worksheet_conditional_format_range)                                                          \
    X(worksheet_set_landscape)                                                                     \
    X(worksheet_fit_to_pages)

struct Api
{
#define NIANBAO_LXW_MEMBER(fn) decltype(&::fn) fn = nullptr;
    NIANBAO_LXW_FUNCTIONS(NIANBAO_LXW_MEMBER)
#undef NIANBAO_LXW_MEMBER
};

// The functions, loaded once (thread-safe); nullptr with *error set (Chinese) when the library
// or one of its functions cannot be found.
const Api *api(QString *error);

} // namespace nianbao::xlsx
