"""English of the season's views of a project (ui/season, issue 11): 总览 and 机关历年."""

EN_SEASON = {
    # 机关历年
    '输入机关名称筛选': 'Type an agency to filter',
    '对比所选两个年度…': 'Compare the two selected years…',
    '在对比窗口中并排查看所选两个年度的报告（套用项目中的修改）':
        "Show the reports of the two selected years side by side in the comparison window (with the project's corrections)",
    '刷新': 'Refresh',
    '机关历年 — %1': "Agency's years — %1",
    '%1（%2）': '%1 (%2)',
    '、': ', ',
    '报告中的名称：%1': 'Names in the reports: %1',
    '；': '; ',
    '项目中还没有读出的报告': 'The project has no report read yet',
    '请在左侧选择机关': 'Choose an agency on the left',
    '%1 份报告，%2 个年度': '%1 report(s), %2 year(s)',
    '；报告中的名称：%1': '; names in the reports: %1',
    '；名称中没有地名，无法与其他年度的报告对应':
        "; the name has no place name, so the agency's other years cannot be matched",
    '正在读取两份报告…': 'Reading the two reports…',
    '这个机关只有一份报告，没有可对比的年度': 'This agency has only one report: no year to compare',
    '在表中选择两个年度（按住 Ctrl 点选）': 'Select two years in the table (Ctrl+click)',
    '机关历年…': "Agency's years…",
    '同一机关各年度的报告：关键数字的趋势图，任选两个年度对比':
        "One agency's reports over the years: a trend chart of the key figures, any two years compared",
    '项目中没有机关“%1”的报告': 'The project has no report of the agency “%1”',
    # 总览
    '年度：': 'Year:',
    '导出 xlsx…': 'Export xlsx…',
    '把表中显示的行（按当前排序）导出为 Excel 工作簿（Ctrl+E）':
        'Export the rows shown (in the current order) as an Excel workbook (Ctrl+E)',
    '重新读取项目（F5）：其他窗口中设置的状态和修改':
        'Read the project again (F5): statuses and corrections set in other windows',
    '%1 年总览 — %2': 'Overview %1 — %2',
    '总览 — %1': 'Overview — %1',
    '%1 年': '%1',
    '%1 个机关 · %2 份报告 · 违反勾稽关系 %3 份 · 未审 %4 份 · 退回整改 %5 份 · 本年度无报告 %6 个机关':
        '%1 agencies · %2 reports · %3 with violations · %4 unreviewed · %5 returned · %6 agencies without a report this year',
    '%1 年总览': 'Overview %1',
    '%1 %2 年总览.xlsx': '%1 overview %2.xlsx',
    '导出总览': 'Export the overview',
    'Excel 工作簿 (*.xlsx)': 'Excel workbook (*.xlsx)',
    '导出失败': 'Export failed',
    '已导出到 %1': 'Exported to %1',
    '总览…': 'Overview…',
    '一个年度所有机关的关键数字、问题数和审核状态，可排序、导出 xlsx':
        "Every agency's key figures, findings and review status for one year; sortable, exportable to xlsx",
    '项目中没有 %1 年度的报告': 'The project has no report of %1',
    # the comparison of two of a project's reports
    '%1\n对比用项目中保存的记录（没有原文）。': "%1\nThe comparison uses the record kept in the project (without the report's text).",
    '无法对比': 'Cannot compare',
    '请选择两份不同的报告': 'Choose two different reports',
    # the table
    '本年新收': 'New this year',
    '上年结转': 'Carried over',
    '办理结果总计': 'Outcomes total',
    '结转下年度': 'Carried forward',
    '行政复议总计': 'Reconsideration total',
    '行政诉讼总计': 'Litigation total',
    '行政事业性收费': 'Fees',
    '年度不明': 'Year unknown',
    '无本年度报告': 'No report this year',
    '记录无法读取': 'Record unreadable',
    '%1在项目中没有 %2 年度的报告': '%1 has no report of %2 in the project',
    '报告中的机关名称：%1': "The report's agency name: %1",
    '原文件已不在（用项目中保存的记录）': 'The file is gone (the record kept in the project is used)',
    '报告中没有这个数（空白或缺失），不按 0 计': 'The report does not give this number (blank or missing); it does not count as 0',
    '机关': 'Agency',
    '年度': 'Year',
    '状态': 'Status',
    '违反勾稽关系': 'Violations',
    '缺失': 'Missing',
    '推断': 'Inferred',
    '文件': 'File',
    '未审': 'Unreviewed',
    '审核中': 'In review',
    '通过': 'Approved',
    '退回整改': 'Returned',
    '汇总表的关键数字（按修改后的数值）；“—”：报告中没有这个数':
        "The summary workbook's key figures (after corrections); “—”: the report does not give the number",
    # the trend charts
    '依申请公开（件）': 'Requests (count)',
    '行政复议、行政诉讼（件）': 'Reconsideration and litigation (count)',
    '行政事业性收费（万元）': 'Fees (10,000 yuan)',
    '%1 年·%2': '%1 · %2',
    '没有可画的年度（报告没有年度，或记录无法读取）': 'No year to draw (the reports give no year, or their records cannot be read)',
    '报告中没有数值，不画点（不按 0 计）：%1': 'Not given in the report, so not drawn (not counted as 0): %1',
}
