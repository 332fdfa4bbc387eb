"""English of the strings core gives the window: the findings' words (nianbao::Rules,
nianbao::Compare) and the undo steps and refusals of the review (nianbao::Review)."""

EN_CORE = {
"上年结转·%1：本年（%2）“二、上年结转政府信息公开申请数量”为 %3，上年（%4）“四、结转下年度继续办理”为 %5，两者应相等（相差 %6）。":
 "Carried over · %1: this year (%2) “II. Requests carried over from last year” is %3, last year (%4) “IV. Carried forward to next year” is %5; the two should be equal (difference %6).",
"%1·现行有效件数：本年（%2）为 %3，按上年（%4）现行有效件数 %5 + 本年制发 %6 − 本年废止 %7 应为 %8（机构改革、集中清理等可能造成差异，请核实）。":
 "%1 · in force: this year (%2) %3; from last year (%4) in force %5 + issued this year %6 − repealed this year %7 it should be %8 (a reorganisation or a clean-up can explain a difference; please verify).",
"两份报告的年度相同（均为 %1 年）：跨年度对比需要同一机关相邻两年的报告。":
 "Both reports are for the same year (%1): a year-on-year comparison needs the reports of two consecutive years of the same agency.",
"旧报告的年度（%1 年）晚于新报告（%2 年）：请检查两份报告的先后顺序。":
 "The older report's year (%1) is after the newer report's (%2): please check the order of the two reports.",
"两份报告的年度不相邻（%1 年与 %2 年，相隔 %3 年）：上年结转等跨年度核对可能不成立。":
 "The reports' years are not consecutive (%1 and %2, %3 years apart): checks across years such as the carried-over requests may not hold.",
"两份报告的机关名称不同：%1为“%2”，%3为“%4”，请确认是同一机关的报告。":
 "The agencies' names differ: %1 says “%2”, %3 says “%4”; please make sure both reports are of the same agency.",
"修改备注": "Edit note",
"没有这个单元格：%1": "No such cell: %1",
"修改 %1 %2": "Edit %1 %2",
"%1：空白按 0 处理": "%1: blanks as 0",
"确认 %1 个推断值": "Confirm %1 inferred value(s)",
"没有第 %1 处修改": "There is no correction %1",
"%1：原文数字连在一起，共有 %2 种拆分都说得通，当前采用其中最像人读的一种，请对照原文确认":
 "%1: the digits run together in the report and %2 splits fit; the most natural reading is used for now, please confirm it against the report",
"%1 个单元格的数字在原文中连在一起，已按表格的勾稽关系拆分（只有一种拆分成立），请确认":
 "The digits of %1 cell(s) run together in the report and were split by the table's relations (only one split fits); please confirm",
"%1：填写的是 %2（表示无此项），不是数字，计算时按缺失处理；如确为 0 请填 0":
 "%1: the report has %2 (meaning none), not a number; it counts as missing. If it is 0, enter 0",
"%1：内容 %2 不是有效数字，请核对后填写": "%1: %2 is not a valid number; please check and enter the value",
"%1：报告中没有找到这一单元格": "%1: this cell was not found in the report",
"%1：单元格空白，不能当作 0，请核对原文后填写": "%1: the cell is blank, which cannot be taken as 0; please check the report and enter the value",
"%1：数值已被清空，请填写": "%1: the value was cleared; please enter one",
"%1：%2 ≠ %3 = %4，相差 %5": "%1: %2 ≠ %3 = %4, a difference of %5",
"%1：%2 = %3，但%4 = %5，相差 %6": "%1: %2 = %3, but %4 = %5, a difference of %6",
"正文称 “%1”（%2 件），但表三“本年新收政府信息公开申请数量·总计”为 %3":
 "The text says “%1” (%2), but table III “New requests this year · total” is %3",
"正文称 %1 件，但表三“本年新收政府信息公开申请数量·总计”为 %2":
 "The text says %1, but table III “New requests this year · total” is %2",
"正文称 “%1”（%2 件），但表四“行政复议·总计”为 %3（若本机关是复议机关，正文所述可能是本机关办理的复议案件，不属于表四）":
 "The text says “%1” (%2), but table IV “Administrative reconsideration · total” is %3 (if this agency decides reconsiderations, the text may mean the cases it handled, which table IV does not count)",
"正文称 %1 件，但表四“行政复议·总计”为 %2（若本机关是复议机关，正文所述可能是本机关办理的复议案件，不属于表四）":
 "The text says %1, but table IV “Administrative reconsideration · total” is %2 (if this agency decides reconsiderations, the text may mean the cases it handled, which table IV does not count)",
"正文称 “%1”（%2 件），但表四 行政诉讼“未经复议直接起诉·总计 + 复议后起诉·总计”为 %3":
 "The text says “%1” (%2), but table IV litigation “sued directly · total + sued after reconsideration · total” is %3",
"正文称 %1 件，但表四 行政诉讼“未经复议直接起诉·总计 + 复议后起诉·总计”为 %2":
 "The text says %1, but table IV litigation “sued directly · total + sued after reconsideration · total” is %2",
"报告缺少以下章节：%1（年度报告格式要求六个部分齐全）": "The report lacks these sections: %1 (the annual report format requires all six parts)",
"标题写的是 %1 年度，统计期限却是 %2 年，请核对报告年度": "The title says the year %1, but the statistics period is %2; please check the report's year",
"%1 年度报告仍使用 2019 年试行格式（国办公开办函〔2019〕60号）的统计表，2021 年度起应使用国办公开办函〔2021〕30号规定的格式":
 "The %1 report still uses the tables of the 2019 trial format (国办公开办函〔2019〕60号); from 2021 on, the format of 国办公开办函〔2021〕30号 applies",
"报告中没有找到统计表（二、三、四部分的表格），所有单元格都按缺失处理": "No statistics tables (parts II, III and IV) were found in the report; every cell counts as missing",
"%1：件数应为非负整数，不能是 %2": "%1: a count must be a non-negative integer, not %2",
"%1：件数应为非负整数，不能是负数 %2": "%1: a count must be a non-negative integer, not the negative %2",
"%1：本年增/减应为整数（可以为负），不能是 %2": "%1: the change this year must be an integer (it may be negative), not %2",
"%1：金额应为非负数，不能是 %2": "%1: an amount must be a non-negative number, not %2",
"%1：金额不能为负数 %2": "%1: an amount cannot be negative: %2",
"%1：报告只印了合计一行（%2），其下各项无法分开；勾稽关系按合计核对，请对照原件填写各项":
 "%1: the report printed only the group's total (%2), so the items under it cannot be told apart; the relations are checked on the total, please enter the items from the original",
"%1：连写数字%2可拆为 %3，报告未能确定，请在单元格中选择一种或按原文填写":
 "%1: the run of digits %2 can be split as %3 and the report does not settle which; pick one in the cell or enter the values from the report",
"报告中有统计表，但以下部分的单元格一个也没有读出：%1。表格的排版未能识别，这些单元格都按缺失处理，请对照原文核对":
 "The report has statistics tables, but not one cell of these parts was read: %1. Their layout was not recognised; the cells count as missing, please check against the report",
"（疑为两位数字颠倒）": " (two digits seem swapped)",
"（疑为漏了一位数字）": " (a digit seems dropped)",
"（疑为多打了一位重复的数字）": " (a digit seems typed twice)",
"（疑为数值填进了相邻的单元格）": " (the value seems entered in the neighbouring cell)",
"把": "Changing ",
"、": ", ",
"“%1”从 %2 改为 %3": "“%1” from %2 to %3",
"，不成立的 %1 处勾稽关系全部成立，其余不受影响": " makes all %1 broken relation(s) hold and breaks none",
"；另有 %1 种改法同样说得通，无法确定是哪一处，请对照原文": "; %1 other change(s) fit equally well, so which cell is wrong is not certain: please check the report",
"报告是扫描件（PDF 没有文字层），统计表由文字识别（%1）从 %2 页图像读出：%3 个数值，其中 %4 个读得清楚且所在勾稽关系全部成立，%5 个标为推断，须对照页面确认；未读出的单元格须录入%6":
 "The report is a scan (the PDF has no text layer); its tables were read by OCR (%1) from %2 page images: %3 values, %4 of them read clearly with every relation they take part in holding, %5 marked as inferred, to be confirmed against the pages; cells not read must be typed%6",
"扫描件的统计表未能由文字识别预填：%1": "The scan's tables could not be prefilled by OCR: %1",
"%1 个单元格由文字识别从页面图像读出，读得不够清楚或所在勾稽关系未能全部核实，请对照页面确认":
 "%1 cell(s) were read by OCR from the page images but not read clearly enough, or their relations could not all be verified; please confirm them against the pages",
"%1：报告只印了合计一行，合计为 0 的列其下 %2 个单元格按 0 填入（件数不会为负），请确认":
 "%1: the report printed only the group's total; under a column whose total is 0 its %2 cell(s) were filled with 0 (a count cannot be negative), please confirm",
}
