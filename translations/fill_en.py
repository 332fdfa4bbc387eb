#!/usr/bin/env python3
"""Fills translations/nianbao_en.ts with the English of every Chinese source string.
Run after `lupdate` has added new strings: python3 translations/fill_en.py; unknown strings are
listed and left unfinished."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    '找不到原报告': 'Report not found',
    '审核文件 %1 所对应的报告 %2 既不在原位置，也不在审核文件旁边。\n\n要指定报告现在的位置吗？审核中的修改会重新套用到它上面。':
        'The report %2 of the review %1 is neither where it was nor next to the review file.\n\n'
        'Show where the report is now? The review\'s corrections will be applied to it again.',
    '指定原报告': 'Locate the report',
    '%1 (%2);;所有文件 (*)': '%1 (%2);;All files (*)',
    '审核改用 %1 处的报告（原位置已找不到）。保存审核后会记住这个新位置。':
        'The review now uses the report at %1 (it is no longer where it was). Saving the review remembers this place.',
    '一致': 'Consistent',
    '违反勾稽关系': 'Relation violated',
    '空白或缺失': 'Blank or missing',
    '文字（如“/”）': 'Text (such as "/")',
    '已修改': 'Corrected',
    '推断，待确认': 'Inferred, to confirm',
    '二、主动公开': 'II. Proactive disclosure',
    '三、依申请公开': 'III. Applications',
    '四、复议诉讼': 'IV. Review and litigation',
    '信息内容': 'Item',
    '（本列数据的勾稽关系为：\n第一项加第二项之和，\n等于第三项加第四项之和）':
        '(Relation of each column:\nitem 1 + item 2\n= item 3 + item 4)',
    '申请人情况': 'Applicants',
    '法人或其他组织': 'Legal persons or other organisations',
    '修改备注(&N)：': '&Note:',
    '可选：写明修改依据，记入接下来的每一处修改': 'Optional: the reason, recorded with each following correction',
    '空': 'empty',
    '%1·%2': '%1 · %2',
    '时间': 'Time',
    '单元格': 'Cell',
    '原值': 'From',
    '新值': 'To',
    '备注': 'Note',
    '缺失': 'Missing',
    '提示': 'Warning',
    '；': '; ',
    '类别': 'Kind',
    '说明': 'Message',
    '违反勾稽关系 %1 · 缺失 %2 · 提示 %3': 'Violations %1 · Missing %2 · Warnings %3',
    '全部问题': 'All findings',
    '恢复未保存的修改': 'Restore unsaved corrections',
    '上次没有正常退出，留下了 %1 份未保存的审核修改。现在恢复吗？\n（选择“否”将删除这些自动保存的修改。）':
        'The last session did not end normally and left %1 review(s) with unsaved corrections. Restore them now?\n'
        '(No deletes these autosaved corrections.)',
    '要打开的报告或审核文件': 'Reports or saved reviews to open',
    '这一格在报告原文中没有对应的文字（空白或未找到）': 'This cell has no text in the report (blank or not found)',
    '把年度报告文件拖到这里，或按 Ctrl+O 打开（txt、md、docx、html、pdf、doc、wps）':
        'Drop an annual report here, or press Ctrl+O to open one (txt, md, docx, html, pdf, doc, wps)',
    '未打开报告': 'No report open',
    '问题清单': 'Findings',
    '修改记录': 'Corrections',
    '%1 年格式': '%1 format',
    '%1 年度': 'year %1',
    "<span style='color:%1'>违反勾稽关系 %2</span> · <span style='color:%3'>缺失 %4</span> · <span style='color:%5'>提示 %6</span>":
        "<span style='color:%1'>Violations %2</span> · <span style='color:%3'>Missing %4</span> · <span style='color:%5'>Warnings %6</span>",
    '问题清单（%1）': 'Findings (%1)',
    '修改记录（%1）': 'Corrections (%1)',
    '没有问题': 'No findings',
    '%1：%2 个空白单元格已按 0 处理（可撤销）': '%1: %2 blank cells set to 0 (undoable)',
    '%1：没有空白单元格': '%1: no blank cells',
    '撤销：%1（Ctrl+Z）': 'Undo: %1 (Ctrl+Z)',
    '重做：%1（Ctrl+Y）': 'Redo: %1 (Ctrl+Y)',
    '（无）': '(none)',
    '文件(&F)': '&File',
    '最近打开(&R)': '&Recent files',
    '导出(&E)': '&Export',
    '编辑(&E)': '&Edit',
    '视图(&V)': '&View',
    '语言 / Language(&L)': '&Language / 语言',
    '帮助(&H)': '&Help',
    '工具栏': 'Toolbar',
    '打开(&O)…': '&Open…',
    '打开年度报告或已保存的审核（Ctrl+O）': 'Open an annual report or a saved review (Ctrl+O)',
    '保存审核(&S)': '&Save review',
    '保存审核：修改记录与报告的校验值（Ctrl+S）': "Save the review: the corrections and the report's checksum (Ctrl+S)",
    '审核另存为(&A)…': 'Save review &as…',
    '导出 Excel (.xlsx)…': 'Export Excel (.xlsx)…',
    '导出 CSV (.csv)…': 'Export CSV (.csv)…',
    '导出 JSON (.json)…': 'Export JSON (.json)…',
    '关闭报告(&C)': '&Close report',
    '退出(&Q)': '&Quit',
    '清除列表': 'Clear list',
    '撤销(&U)': '&Undo',
    '重做(&R)': '&Redo',
    '下一个问题': 'Next finding',
    '下一个问题（F8）': 'Next finding (F8)',
    '上一个问题': 'Previous finding',
    '上一个问题（Shift+F8）': 'Previous finding (Shift+F8)',
    '本表空白按 0 处理': 'Blanks of this table are 0',
    '报告原文': 'Report text',
    '关于年报审核(&A)': '&About Nianbao',
    '关于年报审核': 'About Nianbao',
    '<h3>年报审核 %1</h3><p>审核政府信息公开工作年度报告：读取报告中的三张统计表，核对勾稽关系，记录每一处修改，导出 Excel、CSV、JSON。</p><p>全部在本机完成，不联网；报告原文件不会被修改。</p>':
        '<h3>Nianbao %1</h3><p>Reviews annual reports on government information disclosure: reads the '
        "report's three statistical tables, checks their relations, keeps every correction, exports Excel, "
        'CSV and JSON.</p><p>Everything runs on this computer, offline; the report file is never modified.</p>',
    '正在读取另一个文件，请稍候': 'Another file is still loading, please wait',
    '正在读取 %1 …': 'Reading %1 …',
    '无法打开': 'Cannot open',
    '已读取 %1（%2 毫秒）': 'Read %1 (%2 ms)',
    '请注意': 'Please note',
    '打开年度报告或审核': 'Open an annual report or a review',
    '年度报告 (*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt);;审核文件 (*.nianbao);;所有文件 (*)':
        'Annual reports (*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt);;Reviews (*.nianbao);;All files (*)',
    '保存审核': 'Save review',
    '审核文件 (*.nianbao)': 'Reviews (*.nianbao)',
    '保存失败': 'Save failed',
    '审核已保存到 %1': 'Review saved to %1',
    '无法写入 %1：%2': 'Cannot write %1: %2',
    '导出失败': 'Export failed',
    '已导出到 %1': 'Exported to %1',
    'Excel 工作簿 (*.xlsx)': 'Excel workbook (*.xlsx)',
    'CSV 文件 (*.csv)': 'CSV file (*.csv)',
    'JSON 文件 (*.json)': 'JSON file (*.json)',
    '导出': 'Export',
    '复制': 'Copy',
    '有未保存的修改': 'Unsaved corrections',
    '对 %1 的修改还没有保存。保存这些修改吗？': 'The corrections to %1 are not saved. Save them?',
    '%1 · %2': '%1 · %2',
    '状态：%1': 'State: %1',
    '报告中找不到这一格': 'This cell is not in the report',
    '报告中这一格是空白': 'This cell is blank in the report',
    '报告原文：「%1」': 'As printed: "%1"',
    '原值：%1，现值：%2': 'Was %1, now %2',
    '这里不能填写数值': 'No value can be entered here',
    '「%1」不是数字：请填写数字，或留空表示缺失': '"%1" is not a number: enter a number, or leave it empty for missing',
    '把本表中空白或只写“/”“无”的单元格都改为 0（作为修改记录保存，可撤销）':
        'Set every cell of this table that is blank or only says "/" or "无" to 0 (kept as corrections, undoable)',
    '已确认 %1 个推断值（可撤销）': 'Confirmed %1 inferred values (undoable)',
    '所选单元格中没有待确认的推断值': 'No inferred value to confirm among the selected cells',
    '确认所选推断值': 'Confirm selected inferred values',
    '所选单元格中由勾稽关系拆分出的数值与原文核对无误：记为已确认（Ctrl+K）':
        'The values split by the relations in the selected cells match the report: mark them confirmed (Ctrl+K)',
}

from fill_en_compare import EN_COMPARE  # the comparison window (ui/compare)
from fill_en_core import EN_CORE  # findings and undo steps, translated in core
from fill_en_season import EN_SEASON  # the season's views of a project (ui/season)
from fill_en_opinion import EN_OPINION  # the findings report (ui/opinion)
from fill_en_project import EN_PROJECT  # the season's project (ui/project)
EN = {**EN_SEASON, **EN_CORE, **EN_COMPARE, **EN_OPINION, **EN_PROJECT, **EN}


def main():
    path = Path(__file__).with_name('nianbao_en.ts')
    tree = ET.parse(path)
    missing = []
    for message in tree.iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop('type', None)
        else:
            missing.append(source)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    for m in missing:
        print('untranslated:', repr(m), file=sys.stderr)
    return 1 if missing else 0

if __name__ == '__main__':
    sys.exit(main())
