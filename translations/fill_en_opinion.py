"""English of the findings report's window strings (ui/opinion), merged into fill_en.py's EN."""
EN_OPINION = {
    '没有打开的报告': 'No report is open',
    '导出审核意见书': 'Export findings report',
    '已导出审核意见书：%1': 'Findings report exported: %1',
    '-审核意见书': '-findings-report',
    'PDF 文档 (*.pdf);;Word 文档 (*.docx)': 'PDF document (*.pdf);;Word document (*.docx)',
    '打印审核意见书': 'Print findings report',
    '导出审核意见书(&R)…': 'Export &Findings Report…',
    '把发现的问题、可能的正确值和审核修改写成审核意见书（PDF 或 Word）':
        'Write the findings, the likely correct values and the corrections as a findings report (PDF or Word)',
    '打印审核意见书(&P)…': '&Print Findings Report…',
    '预览并打印本报告的审核意见书': "Preview and print this report's findings report",
    '%1：项目中没有可以导出的报告': '%1: the project has no report to export',
    '%1：无法创建文件夹': '%1: cannot create the folder',
    '已写入 %1 个文件：': 'Files written: %1',
    '审核意见书': 'Findings report',
    '没有打开的项目': 'No project is open',
    '导出项目审核意见书（合为一份）…': 'Export the project\'s findings reports (one document)…',
    '导出项目审核意见书': "Export the project's findings reports",
    '逐份导出审核意见书到文件夹…': 'Export one findings report per report into a folder…',
    '逐份导出审核意见书（PDF）': 'One findings report per report (PDF)',
    '逐份导出审核意见书': 'Findings report per report',
}
