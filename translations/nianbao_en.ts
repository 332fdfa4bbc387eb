<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CellState</name>
    <message>
        <location filename="../ui/tables/CellStyle.cpp" line="11" />
        <source>一致</source>
        <translation>Consistent</translation>
    </message>
    <message>
        <location filename="../ui/tables/CellStyle.cpp" line="12" />
        <source>违反勾稽关系</source>
        <translation>Relation violated</translation>
    </message>
    <message>
        <location filename="../ui/tables/CellStyle.cpp" line="13" />
        <source>空白或缺失</source>
        <translation>Blank or missing</translation>
    </message>
    <message>
        <location filename="../ui/tables/CellStyle.cpp" line="14" />
        <source>文字（如“/”）</source>
        <translation>Text (such as "/")</translation>
    </message>
    <message>
        <location filename="../ui/tables/CellStyle.cpp" line="15" />
        <source>已修改</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../ui/tables/CellStyle.cpp" line="16" />
        <source>推断，待确认</source>
        <translation>Inferred, to confirm</translation>
    </message>
    <message>
        <location filename="../ui/tables/CellStyle.cpp" line="17" />
        <source>最可能出错（有更正建议）</source>
        <translation>Likely wrong (a correction is suggested)</translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <location filename="../ui/tables/TableTitle.cpp" line="11" />
        <source>二、主动公开</source>
        <translation>II. Proactive disclosure</translation>
    </message>
    <message>
        <location filename="../ui/tables/TableTitle.cpp" line="12" />
        <source>三、依申请公开</source>
        <translation>III. Applications</translation>
    </message>
    <message>
        <location filename="../ui/tables/TableTitle.cpp" line="13" />
        <source>四、复议诉讼</source>
        <translation>IV. Review and litigation</translation>
    </message>
    <message>
        <location filename="../core/schema/TableLayout.cpp" line="127" />
        <source>信息内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../core/schema/TableLayout.cpp" line="156" />
        <source>（本列数据的勾稽关系为：
第一项加第二项之和，
等于第三项加第四项之和）</source>
        <translation>(Relation of each column:
item 1 + item 2
= item 3 + item 4)</translation>
    </message>
    <message>
        <location filename="../core/schema/TableLayout.cpp" line="158" />
        <source>申请人情况</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <location filename="../core/schema/TableLayout.cpp" line="167" />
        <source>法人或其他组织</source>
        <translation>Legal persons or other organisations</translation>
    </message>
</context>
<context>
    <name>nianbao::CellInput</name>
    <message>
        <location filename="../core/rules/ValueChecks.cpp" line="85" />
        <source>「%1」不是数字：请填写数字，或留空表示缺失</source>
        <translation>"%1" is not a number: enter a number, or leave it empty for missing</translation>
    </message>
</context>
<context>
    <name>nianbao::Compare</name>
    <message>
        <location filename="../core/compare/CrossYearRules.cpp" line="45" />
        <source>上年结转·%1：本年（%2）“二、上年结转政府信息公开申请数量”为 %3，上年（%4）“四、结转下年度继续办理”为 %5，两者应相等（相差 %6）。</source>
        <translation>Carried over · %1: this year (%2) “II. Requests carried over from last year” is %3, last year (%4) “IV. Carried forward to next year” is %5; the two should be equal (difference %6).</translation>
    </message>
    <message>
        <location filename="../core/compare/CrossYearRules.cpp" line="72" />
        <source>%1·现行有效件数：本年（%2）为 %3，按上年（%4）现行有效件数 %5 + 本年制发 %6 − 本年废止 %7 应为 %8（机构改革、集中清理等可能造成差异，请核实）。</source>
        <translation>%1 · in force: this year (%2) %3; from last year (%4) in force %5 + issued this year %6 − repealed this year %7 it should be %8 (a reorganisation or a clean-up can explain a difference; please verify).</translation>
    </message>
    <message>
        <location filename="../core/compare/CrossYearRules.cpp" line="88" />
        <source>两份报告的年度相同（均为 %1 年）：跨年度对比需要同一机关相邻两年的报告。</source>
        <translation>Both reports are for the same year (%1): a year-on-year comparison needs the reports of two consecutive years of the same agency.</translation>
    </message>
    <message>
        <location filename="../core/compare/CrossYearRules.cpp" line="90" />
        <source>旧报告的年度（%1 年）晚于新报告（%2 年）：请检查两份报告的先后顺序。</source>
        <translation>The older report's year (%1) is after the newer report's (%2): please check the order of the two reports.</translation>
    </message>
    <message>
        <location filename="../core/compare/CrossYearRules.cpp" line="91" />
        <source>两份报告的年度不相邻（%1 年与 %2 年，相隔 %3 年）：上年结转等跨年度核对可能不成立。</source>
        <translation>The reports' years are not consecutive (%1 and %2, %3 years apart): checks across years such as the carried-over requests may not hold.</translation>
    </message>
    <message>
        <location filename="../core/compare/CrossYearRules.cpp" line="108" />
        <source>两份报告的机关名称不同：%1为“%2”，%3为“%4”，请确认是同一机关的报告。</source>
        <translation>The agencies' names differ: %1 says “%2”, %3 says “%4”; please make sure both reports are of the same agency.</translation>
    </message>
</context>
<context>
    <name>nianbao::Review</name>
    <message>
        <location filename="../core/review/Review.cpp" line="56" />
        <source>修改备注</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../core/review/Review.cpp" line="96" />
        <location filename="../core/review/Review.cpp" line="105" />
        <location filename="../core/review/Review.cpp" line="124" />
        <source>没有这个单元格：%1</source>
        <translation>No such cell: %1</translation>
    </message>
    <message>
        <location filename="../core/review/Review.cpp" line="98" />
        <location filename="../core/review/Review.cpp" line="112" />
        <source>修改 %1 %2</source>
        <translation>Edit %1 %2</translation>
    </message>
    <message>
        <location filename="../core/review/Review.cpp" line="154" />
        <source>%1：空白按 0 处理</source>
        <translation>%1: blanks as 0</translation>
    </message>
    <message>
        <location filename="../core/review/Review.cpp" line="172" />
        <source>确认 %1 个推断值</source>
        <translation>Confirm %1 inferred value(s)</translation>
    </message>
    <message>
        <location filename="../core/review/Review.cpp" line="179" />
        <source>没有第 %1 处修改</source>
        <translation>There is no correction %1</translation>
    </message>
</context>
<context>
    <name>nianbao::Rules</name>
    <message>
        <location filename="../core/rules/MissingCells.cpp" line="23" />
        <source>%1：填写的是 %2（表示无此项），不是数字，计算时按缺失处理；如确为 0 请填 0</source>
        <translation>%1: the report has %2 (meaning none), not a number; it counts as missing. If it is 0, enter 0</translation>
    </message>
    <message>
        <location filename="../core/rules/MissingCells.cpp" line="28" />
        <source>%1：内容 %2 不是有效数字，请核对后填写</source>
        <translation>%1: %2 is not a valid number; please check and enter the value</translation>
    </message>
    <message>
        <location filename="../core/rules/MissingCells.cpp" line="32" />
        <source>%1：报告中没有找到这一单元格</source>
        <translation>%1: this cell was not found in the report</translation>
    </message>
    <message>
        <location filename="../core/rules/MissingCells.cpp" line="35" />
        <source>%1：单元格空白，不能当作 0，请核对原文后填写</source>
        <translation>%1: the cell is blank, which cannot be taken as 0; please check the report and enter the value</translation>
    </message>
    <message>
        <location filename="../core/rules/MissingCells.cpp" line="42" />
        <source>%1：数值已被清空，请填写</source>
        <translation>%1: the value was cleared; please enter one</translation>
    </message>
    <message>
        <location filename="../core/rules/MissingCells.cpp" line="104" />
        <source>%1：报告只印了合计一行（%2），其下各项无法分开；勾稽关系按合计核对，请对照原件填写各项</source>
        <translation>%1: the report printed only the group's total (%2), so the items under it cannot be told apart; the relations are checked on the total, please enter the items from the original</translation>
    </message>
    <message>
        <location filename="../core/rules/MissingCells.cpp" line="135" />
        <source>%1：连写数字%2可拆为 %3，报告未能确定，请在单元格中选择一种或按原文填写</source>
        <translation>%1: the run of digits %2 can be split as %3 and the report does not settle which; pick one in the cell or enter the values from the report</translation>
    </message>
    <message>
        <location filename="../core/rules/Relations.cpp" line="174" />
        <source>%1：%2 ≠ %3 = %4，相差 %5</source>
        <translation>%1: %2 ≠ %3 = %4, a difference of %5</translation>
    </message>
    <message>
        <location filename="../core/rules/Relations.cpp" line="176" />
        <source>%1：%2 = %3，但%4 = %5，相差 %6</source>
        <translation>%1: %2 = %3, but %4 = %5, a difference of %6</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="52" />
        <source>正文称 “%1”（%2 件），但表三“本年新收政府信息公开申请数量·总计”为 %3</source>
        <translation>The text says “%1” (%2), but table III “New requests this year · total” is %3</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="53" />
        <source>正文称 %1 件，但表三“本年新收政府信息公开申请数量·总计”为 %2</source>
        <translation>The text says %1, but table III “New requests this year · total” is %2</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="59" />
        <source>正文称 “%1”（%2 件），但表四“行政复议·总计”为 %3（若本机关是复议机关，正文所述可能是本机关办理的复议案件，不属于表四）</source>
        <translation>The text says “%1” (%2), but table IV “Administrative reconsideration · total” is %3 (if this agency decides reconsiderations, the text may mean the cases it handled, which table IV does not count)</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="61" />
        <source>正文称 %1 件，但表四“行政复议·总计”为 %2（若本机关是复议机关，正文所述可能是本机关办理的复议案件，不属于表四）</source>
        <translation>The text says %1, but table IV “Administrative reconsideration · total” is %2 (if this agency decides reconsiderations, the text may mean the cases it handled, which table IV does not count)</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="69" />
        <source>正文称 “%1”（%2 件），但表四 行政诉讼“未经复议直接起诉·总计 + 复议后起诉·总计”为 %3</source>
        <translation>The text says “%1” (%2), but table IV litigation “sued directly · total + sued after reconsideration · total” is %3</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="71" />
        <source>正文称 %1 件，但表四 行政诉讼“未经复议直接起诉·总计 + 复议后起诉·总计”为 %2</source>
        <translation>The text says %1, but table IV litigation “sued directly · total + sued after reconsideration · total” is %2</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="85" />
        <source>报告缺少以下章节：%1（年度报告格式要求六个部分齐全）</source>
        <translation>The report lacks these sections: %1 (the annual report format requires all six parts)</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="94" />
        <source>标题写的是 %1 年度，统计期限却是 %2 年，请核对报告年度</source>
        <translation>The title says the year %1, but the statistics period is %2; please check the report's year</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="102" />
        <source>%1 年度报告仍使用 2019 年试行格式（国办公开办函〔2019〕60号）的统计表，2021 年度起应使用国办公开办函〔2021〕30号规定的格式</source>
        <translation>The %1 report still uses the tables of the 2019 trial format (国办公开办函〔2019〕60号); from 2021 on, the format of 国办公开办函〔2021〕30号 applies</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="113" />
        <source>报告是扫描件（PDF 没有文字层），统计表由文字识别（%1）从 %2 页图像读出：%3 个数值，其中 %4 个读得清楚且所在勾稽关系全部成立，%5 个标为推断，须对照页面确认；未读出的单元格须录入%6</source>
        <translation>The report is a scan (the PDF has no text layer); its tables were read by OCR (%1) from %2 page images: %3 values, %4 of them read clearly with every relation they take part in holding, %5 marked as inferred, to be confirmed against the pages; cells not read must be typed%6</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="129" />
        <source>报告是扫描件（PDF 没有文字层），统计表无法读取，须对照页面逐格录入；已人工录入 %1 个单元格（见修订记录）</source>
        <translation>The report is a scan (a PDF without a text layer): its tables cannot be read and must be typed cell by cell from the pages; %1 cells typed by hand so far (see the corrections)</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="135" />
        <source>扫描件的统计表未能由文字识别预填：%1</source>
        <translation>The scan's tables could not be prefilled by OCR: %1</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="141" />
        <source>报告中没有找到统计表（二、三、四部分的表格），所有单元格都按缺失处理</source>
        <translation>No statistics tables (parts II, III and IV) were found in the report; every cell counts as missing</translation>
    </message>
    <message>
        <location filename="../core/rules/SoftChecks.cpp" line="169" />
        <source>报告中有统计表，但以下部分的单元格一个也没有读出：%1。表格的排版未能识别，这些单元格都按缺失处理，请对照原文核对</source>
        <translation>The report has statistics tables, but not one cell of these parts was read: %1. Their layout was not recognised; the cells count as missing, please check against the report</translation>
    </message>
    <message>
        <location filename="../core/rules/ValueChecks.cpp" line="27" />
        <source>%1：件数应为非负整数，不能是 %2</source>
        <translation>%1: a count must be a non-negative integer, not %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ValueChecks.cpp" line="30" />
        <source>%1：件数应为非负整数，不能是负数 %2</source>
        <translation>%1: a count must be a non-negative integer, not the negative %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ValueChecks.cpp" line="36" />
        <source>%1：本年增/减应为整数（可以为负），不能是 %2</source>
        <translation>%1: the change this year must be an integer (it may be negative), not %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ValueChecks.cpp" line="42" />
        <source>%1：金额应为非负数，不能是 %2</source>
        <translation>%1: an amount must be a non-negative number, not %2</translation>
    </message>
    <message>
        <location filename="../core/rules/ValueChecks.cpp" line="45" />
        <source>%1：金额不能为负数 %2</source>
        <translation>%1: an amount cannot be negative: %2</translation>
    </message>
    <message>
        <location filename="../core/rules/InferredCells.cpp" line="34" />
        <source>%1：报告只印了合计一行，合计为 0 的列其下 %2 个单元格按 0 填入（件数不会为负），请确认</source>
        <translation>%1: the report printed only the group's total; under a column whose total is 0 its %2 cell(s) were filled with 0 (a count cannot be negative), please confirm</translation>
    </message>
    <message>
        <location filename="../core/rules/InferredCells.cpp" line="51" />
        <source>%1 行（%2 个单元格）在原文中没有自己的行名（行名并入上一行或缺失），已按表格规定的行序放置，勾稽关系成立，请确认</source>
        <translation>%1 rows (%2 cells) have no label of their own in the text (it went into the row above or was lost); they were placed by the table's official row order and the relations hold: please confirm</translation>
    </message>
    <message>
        <location filename="../core/rules/InferredCells.cpp" line="59" />
        <source>%1 个单元格由文字识别从页面图像读出，读得不够清楚或所在勾稽关系未能全部核实，请对照页面确认</source>
        <translation>%1 cell(s) were read by OCR from the page images but not read clearly enough, or their relations could not all be verified; please confirm them against the pages</translation>
    </message>
    <message>
        <location filename="../core/rules/InferredCells.cpp" line="67" />
        <source>%1 个单元格的数字在原文中连在一起，已按报告自身的勾稽关系、正文或常理拆分（只剩一种拆分），请确认</source>
        <translation>%1 cells had their digits run together in the text and were split by the report's own relations, prose or plausibility (only one split remains); please confirm</translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="248" />
        <source>（疑为两位数字颠倒）</source>
        <translation> (two digits seem swapped)</translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="250" />
        <source>（疑为漏了一位数字）</source>
        <translation> (a digit seems dropped)</translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="252" />
        <source>（疑为多打了一位重复的数字）</source>
        <translation> (a digit seems typed twice)</translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="254" />
        <source>（疑为数值填进了相邻的单元格）</source>
        <translation> (the value seems entered in the neighbouring cell)</translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="262" />
        <source>把</source>
        <translation>Changing </translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="266" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="268" />
        <source>“%1”从 %2 改为 %3</source>
        <translation>“%1” from %2 to %3</translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="271" />
        <source>，不成立的 %1 处勾稽关系全部成立，其余不受影响</source>
        <translation> makes all %1 broken relation(s) hold and breaks none</translation>
    </message>
    <message>
        <location filename="../core/rules/Hints.cpp" line="276" />
        <source>；另有 %1 种改法同样说得通，无法确定是哪一处，请对照原文</source>
        <translation>; %1 other change(s) fit equally well, so which cell is wrong is not certain: please check the report</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::AgencyYearsWindow</name>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="167" />
        <source>输入机关名称筛选</source>
        <translation>Type an agency to filter</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="168" />
        <source>对比所选两个年度…</source>
        <translation>Compare the two selected years…</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="169" />
        <source>在对比窗口中并排查看所选两个年度的报告（套用项目中的修改）</source>
        <translation>Show the reports of the two selected years side by side in the comparison window (with the project's corrections)</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="170" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="172" />
        <source>机关历年 — %1</source>
        <translation>Agency's years — %1</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="225" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="225" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="231" />
        <source>报告中的名称：%1</source>
        <translation>Names in the reports: %1</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="231" />
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="283" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="264" />
        <source>项目中还没有读出的报告</source>
        <translation>The project has no report read yet</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="264" />
        <source>请在左侧选择机关</source>
        <translation>Choose an agency on the left</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="281" />
        <source>%1 份报告，%2 个年度</source>
        <translation>%1 report(s), %2 year(s)</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="283" />
        <source>；报告中的名称：%1</source>
        <translation>; names in the reports: %1</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="285" />
        <source>；名称中没有地名，无法与其他年度的报告对应</source>
        <translation>; the name has no place name, so the agency's other years cannot be matched</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="327" />
        <source>正在读取两份报告…</source>
        <translation>Reading the two reports…</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="329" />
        <source>这个机关只有一份报告，没有可对比的年度</source>
        <translation>This agency has only one report: no year to compare</translation>
    </message>
    <message>
        <location filename="../ui/season/AgencyYearsWindow.cpp" line="331" />
        <source>在表中选择两个年度（按住 Ctrl 点选）</source>
        <translation>Select two years in the table (Ctrl+click)</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonViews.cpp" line="43" />
        <source>机关历年…</source>
        <translation>Agency's years…</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonViews.cpp" line="45" />
        <source>同一机关各年度的报告：关键数字的趋势图，任选两个年度对比</source>
        <translation>One agency's reports over the years: a trend chart of the key figures, any two years compared</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonViews.cpp" line="134" />
        <source>项目中没有机关“%1”的报告</source>
        <translation>The project has no report of the agency “%1”</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::AuditPanel</name>
    <message>
        <location filename="../ui/audit/AuditPanel.cpp" line="52" />
        <source>修改备注(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPanel.cpp" line="53" />
        <source>可选：写明修改依据，记入接下来的每一处修改</source>
        <translation>Optional: the reason, recorded with each following correction</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::Autosave</name>
    <message>
        <location filename="../ui/io/Autosave.cpp" line="78" />
        <source>%1（%2 处修改，保存于 %3）</source>
        <translation>%1 (%2 corrections, saved at %3)</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CellDelegate</name>
    <message>
        <location filename="../ui/tables/CellDelegate.cpp" line="30" />
        <source>0  输入其他数值…</source>
        <translation>0  Type another value…</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/compare/ChartsPanel.cpp" line="59" />
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartsPanel.cpp" line="62" />
        <source>把“%1”保存为 PNG 图片</source>
        <translation>Save "%1" as a PNG image</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartsPanel.cpp" line="143" />
        <source>按 0 画出（报告中没有数值）：%1</source>
        <translation>Drawn as 0 (no number in the report): %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartsPanel.cpp" line="143" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartsPanel.cpp" line="146" />
        <source>两个年度都是 0</source>
        <translation>Both years are 0</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartsPanel.cpp" line="282" />
        <source>导出图表</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartsPanel.cpp" line="283" />
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CompareActions</name>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="19" />
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="22" />
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="29" />
        <source>下一个问题</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="32" />
        <source>上一个问题</source>
        <translation>Previous finding</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="56" />
        <source>撤销（%1）：%2（Ctrl+Z）</source>
        <translation>Undo (%1): %2 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="57" />
        <source>撤销（%1）（Ctrl+Z）</source>
        <translation>Undo (%1) (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="58" />
        <source>重做（%1）：%2（Ctrl+Y）</source>
        <translation>Redo (%1): %2 (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="59" />
        <source>重做（%1）（Ctrl+Y）</source>
        <translation>Redo (%1) (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="102" />
        <source>变化较大：增减 ≥</source>
        <translation>Big change: changed by ≥</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="104" />
        <source>且幅度 ≥</source>
        <translation>and by ≥</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="106" />
        <source>，或从 0 增至 ≥</source>
        <translation>, or from 0 to ≥</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareActions.cpp" line="109" />
        <source>标记可能录入有误的大幅变化</source>
        <translation>Mark big changes that may be typing errors</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CompareEntry</name>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="39" />
        <source>与上一年度比较(&amp;M)…</source>
        <translation>Co&amp;mpare with…</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="56" />
        <source>选择要对比的另一年度报告</source>
        <translation>Choose the other year's report</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="57" />
        <location filename="../ui/compare/CompareEntry.cpp" line="63" />
        <source>年度报告或审核文件 %1;;所有文件 (*)</source>
        <translation>Annual reports or reviews %1;;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="62" />
        <source>选择同一机关两个年度的报告</source>
        <translation>Choose the reports of two years of one agency</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="66" />
        <source>请选择两个文件：上一年度和本年度的报告</source>
        <translation>Choose two files: last year's and this year's report</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="75" />
        <location filename="../ui/compare/CompareEntry.cpp" line="89" />
        <source>正在读取另一个文件，请稍候</source>
        <translation>Another file is still loading, please wait</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="79" />
        <source>正在读取 %1 和 %2，读取后打开对比 …</source>
        <translation>Reading %1 and %2; the comparison opens when both are read…</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="93" />
        <source>正在读取 %1，读取后打开对比 …</source>
        <translation>Reading %1; the comparison opens when it is read…</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="102" />
        <source>打开还是对比？</source>
        <translation>Open or compare?</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="103" />
        <source>已打开 %1。
要打开 %2 代替它，还是把两份报告按年度对比？</source>
        <translation>%1 is open.
Open %2 instead, or compare the two reports year against year?</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="106" />
        <source>对比两个年度</source>
        <translation>Compare the two years</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareEntry.cpp" line="107" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CompareFiles</name>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="22" />
        <source>导出对比 Excel (.xlsx)…</source>
        <translation>Export comparison as Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="25" />
        <source>导出对比 JSON (.json)…</source>
        <translation>Export comparison as JSON (.json)…</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="42" />
        <source>保存%1的审核…</source>
        <translation>Save the review of %1…</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="43" />
        <source>（有未保存的修改）</source>
        <translation> (unsaved corrections)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="61" />
        <source>审核已保存到 %1</source>
        <translation>Review saved to %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="71" />
        <source>保存审核</source>
        <translation>Save review</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="73" />
        <source>审核文件 (*.nianbao)</source>
        <translation>Reviews (*.nianbao)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="79" />
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="91" />
        <source>有未保存的修改</source>
        <translation>Unsaved corrections</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="92" />
        <source>对%1报告 %2 的修改还没有保存。保存为审核文件吗？</source>
        <translation>The corrections of the %1 report %2 are not saved. Save them as a review file?</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="116" />
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="123" />
        <source>对比已导出到 %1</source>
        <translation>Comparison exported to %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="130" />
        <source>年度对比</source>
        <translation>Year comparison</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="131" />
        <source>%1_%2对%3.%4</source>
        <translation>%1_%2_vs_%3.%4</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="136" />
        <source>导出对比</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="137" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="138" />
        <source>JSON 文件 (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareFiles.cpp" line="144" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CompareLauncher</name>
    <message>
        <location filename="../ui/compare/CompareLauncher.cpp" line="113" />
        <source>请注意</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLauncher.cpp" line="132" />
        <source>当前报告已经关闭</source>
        <translation>The current report has been closed</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLauncher.cpp" line="107" />
        <source>无法对比</source>
        <translation>Cannot compare</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CompareSession</name>
    <message>
        <location filename="../ui/compare/CompareSession.cpp" line="77" />
        <location filename="../ui/compare/CompareSession.cpp" line="86" />
        <source>这份报告已经关闭</source>
        <translation>This report has been closed</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareSession.cpp" line="115" />
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareSession.cpp" line="116" />
        <source>旧报告</source>
        <translation>Older report</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareSession.cpp" line="116" />
        <source>新报告</source>
        <translation>Newer report</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="59" />
        <source>维持</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="59" />
        <source>纠正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="60" />
        <source>其他结果</source>
        <translation>Other result</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="60" />
        <source>尚未审结</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="80" />
        <source>自然人</source>
        <translation>Natural persons</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="80" />
        <source>商业企业</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="81" />
        <source>科研机构</source>
        <translation>Research institutes</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="81" />
        <source>社会公益组织</source>
        <translation>Non-profits</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="82" />
        <source>法律服务机构</source>
        <translation>Legal services</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="82" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="86" />
        <source>收到申请数（按申请人类型）</source>
        <translation>Applications received by applicant</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="90" />
        <source>办理结果（按类型，总计栏）</source>
        <translation>Outcomes by kind (total column)</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="91" />
        <source>予以公开</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="92" />
        <source>部分公开</source>
        <translation>Partly disclosed</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="93" />
        <source>不予公开</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="94" />
        <source>无法提供</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="95" />
        <source>不予处理</source>
        <translation>Not processed</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="96" />
        <source>其他处理</source>
        <translation>Otherwise handled</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="98" />
        <source>行政复议结果</source>
        <translation>Administrative review results</translation>
    </message>
    <message>
        <location filename="../ui/compare/ChartData.cpp" line="101" />
        <source>行政诉讼结果（两类合计）</source>
        <translation>Litigation results (both kinds)</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CompareTableModel</name>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="163" />
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="169" />
        <source>同上</source>
        <translation>ditto</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="182" />
        <source>%1报告：%2</source>
        <translation>%1 report: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="184" />
        <source>多个单元格之和，请在审核窗口中逐格修改</source>
        <translation>A sum of several cells: correct them one by one in the review window</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="191" />
        <source>变化较大，请核实是否录入有误</source>
        <translation>Big change: check for a typing error</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="292" />
        <source>旧报告</source>
        <translation>Older report</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="293" />
        <source>新报告</source>
        <translation>Newer report</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="295" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="298" />
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="299" />
        <source>变化幅度</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareTableModel.cpp" line="300" />
        <source>说明</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CompareWindow</name>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="154" />
        <source>跨年度不一致</source>
        <translation>Cross-year mismatch</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="155" />
        <source>变化较大</source>
        <translation>Big change</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="156" />
        <source>不可比（见说明）</source>
        <translation>Not comparable (see note)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="159" />
        <source>本年报告内违反勾稽关系</source>
        <translation>Relation violated within the report</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="338" />
        <source>%1（%2）：%3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="338" />
        <source>旧</source>
        <translation>older</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="338" />
        <source>新</source>
        <translation>newer</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="340" />
        <source>修改记录·%1（%2）</source>
        <translation>Corrections · %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="342" />
        <source>跨年度问题（%1）</source>
        <translation>Cross-year findings (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="351" />
        <source>年度对比：%1 %2 — %3 %4</source>
        <translation>Year comparison: %1 %2 — %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="357" />
        <source>年度对比：%1 %2 — %3</source>
        <translation>Year comparison: %1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="397" />
        <source>&lt;span style='color:#c2410c'&gt;跨年度问题 %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#c2410c'&gt;Cross-year findings %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="398" />
        <source>&lt;span style='color:#9d174d'&gt;变化较大 %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#9d174d'&gt;Big changes %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="400" />
        <source>不可比 %1</source>
        <translation>Not comparable %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="403" />
        <source>%1：违反勾稽关系 %2</source>
        <translation>%1: relations violated %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="406" />
        <source>%1 年格式对 %2 年格式</source>
        <translation>%1 format against %2 format</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="412" />
        <source>关闭对比(&amp;C)</source>
        <translation>&amp;Close comparison</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="416" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="424" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareWindow.cpp" line="431" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLauncher.cpp" line="228" />
        <source>无法对比</source>
        <translation>Cannot compare</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CorrectionsModel</name>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="61" />
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="67" />
        <source>%1·%2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="96" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="97" />
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="98" />
        <source>原值</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="99" />
        <source>新值</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="100" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindBar</name>
    <message>
        <location filename="../ui/document/FindBar.cpp" line="48" />
        <source>在报告原文中查找</source>
        <translation>Find in the report</translation>
    </message>
    <message>
        <location filename="../ui/document/FindBar.cpp" line="49" />
        <source>上一处（Shift+F3）</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/document/FindBar.cpp" line="50" />
        <source>下一处（F3）</source>
        <translation>Next (F3)</translation>
    </message>
    <message>
        <location filename="../ui/document/FindBar.cpp" line="51" />
        <source>关闭查找（Esc）</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/document/FindBar.cpp" line="89" />
        <source>没有找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/document/FindBar.cpp" line="91" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindingsModel</name>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="23" />
        <source>违反勾稽关系</source>
        <translation>Relation violated</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="24" />
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="25" />
        <source>提示</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="83" />
        <source>%1·%2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="85" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="126" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="127" />
        <source>说明</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="128" />
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="143" />
        <source>违反勾稽关系 %1 · 缺失 %2 · 提示 %3</source>
        <translation>Violations %1 · Missing %2 · Warnings %3</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="103" />
        <source>［已确认］%1</source>
        <translation>[Confirmed] %1</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="105" />
        <source>［已排除：%1］%2</source>
        <translation>[Dismissed: %1] %2</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindingsView</name>
    <message>
        <location filename="../ui/findings/FindingsView.cpp" line="81" />
        <source>全部问题</source>
        <translation>All findings</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsView.cpp" line="82" />
        <source>违反勾稽关系</source>
        <translation>Relation violated</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsView.cpp" line="83" />
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsView.cpp" line="84" />
        <source>提示</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::HintActions</name>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="45" />
        <source>排除问题</source>
        <translation>Dismiss finding</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="46" />
        <source>%1

排除的理由：</source>
        <translation>%1

Reason for dismissing it:</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="47" />
        <source>口径不同，已核实</source>
        <translation>Different definition, verified</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="65" />
        <source>没有更正建议</source>
        <translation>No suggested correction</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="87" />
        <source>已按更正建议修改（可撤销）：%1</source>
        <translation>Corrected as suggested (undoable): %1</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="96" />
        <source>请先在问题清单中选中一条问题（F8）</source>
        <translation>Select a finding in the list first (F8)</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="119" />
        <source>已确认为报告的错误（可撤销）</source>
        <translation>Confirmed as an error of the report (undoable)</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="120" />
        <source>已排除：%1（可撤销）</source>
        <translation>Dismissed: %1 (undoable)</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="121" />
        <source>已撤销对这条问题的处理</source>
        <translation>The decision on this finding was taken back</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="128" />
        <source>采纳更正建议</source>
        <translation>Accept suggested correction</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="129" />
        <source>按勾稽关系更正：把最可能出错的单元格改为建议值（Ctrl+Enter，可撤销）</source>
        <translation>Correct by the relations: set the likely wrong cell to the suggested value (Ctrl+Enter, undoable)</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="130" />
        <source>确认问题（报告确有错误）</source>
        <translation>Confirm finding (an error of the report)</translation>
    </message>
    <message>
        <location filename="../ui/actions/HintActions.cpp" line="131" />
        <source>排除问题（写明理由）…</source>
        <translation>Dismiss finding (with a reason)…</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::MainWindow</name>
    <message>
        <location filename="../ui/GuiMain.cpp" line="227" />
        <source>要打开的报告、审核文件，或一个文件夹（其中的报告作为项目）、项目文件 .nbproj</source>
        <translation>Reports or reviews to open, or a folder (its reports as a project) or a project file .nbproj</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="233" />
        <source>对比两个年度的报告（给出两个文件）</source>
        <translation>Compare the reports of two years (give two files)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="51" />
        <source>项目以只读方式打开：对问题的确认或排除不能保存到项目</source>
        <translation>The project is open read-only: confirming or dismissing a finding cannot be saved in it</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="166" />
        <source>扫描件：请对照页面录入这一格</source>
        <translation>A scan: type this cell from the page</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="167" />
        <source>这一格在报告原文中没有对应的文字（空白或未找到）</source>
        <translation>This cell has no text in the report (blank or not found)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="244" />
        <location filename="../ui/window/MainWindowMenus.cpp" line="271" />
        <source>把年度报告文件拖到这里，或按 Ctrl+O 打开（txt、md、docx、html、pdf、doc、wps）</source>
        <translation>Drop an annual report here, or press Ctrl+O to open one (txt, md, docx, html, pdf, doc, wps)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="268" />
        <location filename="../ui/window/MainWindow.cpp" line="277" />
        <source>缩放 %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="306" />
        <source>未打开报告</source>
        <translation>No report open</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="319" />
        <location filename="../ui/window/MainWindowMenus.cpp" line="245" />
        <source>问题清单</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="320" />
        <location filename="../ui/window/MainWindowMenus.cpp" line="246" />
        <source>修改记录</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="325" />
        <source>%1 年格式</source>
        <translation>%1 format</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="329" />
        <source>%1 年度</source>
        <translation>year %1</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="333" />
        <source>原文为繁体字，已转为简体后读取</source>
        <translation>printed in Traditional characters, read after converting to Simplified</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="338" />
        <source>文字识别结果取自保存的审核（未重新识别）</source>
        <translation>OCR values from the saved review (not read again)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="344" />
        <source>扫描件的数值取自上次用 %1 识别并随审核保存的结果；报告文件未改变，因此没有再次识别</source>
        <translation>The scan's values come from what %1 read last time, kept with the review; the report file has not changed, so it was not read again</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="342" />
        <source>左侧显示报告原文（繁体）；表格与问题清单按 ICU 繁简转换后的文字读取</source>
        <translation>The left pane shows the report as printed (Traditional); the tables and findings come from its Simplified reading (ICU's Hant-Hans)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="350" />
        <source>&lt;span style='color:%1'&gt;违反勾稽关系 %2&lt;/span&gt; · &lt;span style='color:%3'&gt;缺失 %4&lt;/span&gt; · &lt;span style='color:%5'&gt;提示 %6&lt;/span&gt;</source>
        <translation>&lt;span style='color:%1'&gt;Violations %2&lt;/span&gt; · &lt;span style='color:%3'&gt;Missing %4&lt;/span&gt; · &lt;span style='color:%5'&gt;Warnings %6&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="355" />
        <source>问题清单（%1）</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="356" />
        <source>修改记录（%1）</source>
        <translation>Corrections (%1)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="234" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="235" />
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="236" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="237" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="238" />
        <source>语言 / Language(&amp;L)</source>
        <translation>&amp;Language / 语言</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="239" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="240" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="241" />
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="242" />
        <source>报告原文</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="247" />
        <source>修改说明</source>
        <translation>Correction note</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="248" />
        <source>在原文中查找(&amp;F)…</source>
        <translation>&amp;Find in the Report…</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="249" />
        <source>查找下一处</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="250" />
        <source>查找上一处</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="251" />
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="252" />
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="253" />
        <source>页面适合宽度</source>
        <translation>Fit Page Width</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="254" />
        <source>页面视图</source>
        <translation>Page View</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="255" />
        <source>在报告页面与文字之间切换（Ctrl+Shift+P）</source>
        <translation>Switch between the report's pages and its text (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="256" />
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="258" />
        <source>关于年报审核(&amp;A)</source>
        <translation>&amp;About Nianbao</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="264" />
        <source>项目面板</source>
        <translation>Project panel</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="298" />
        <source>关于年报审核</source>
        <translation>About Nianbao</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowMenus.cpp" line="299" />
        <source>&lt;h3&gt;年报审核 %1&lt;/h3&gt;&lt;p&gt;审核政府信息公开工作年度报告：读取报告中的三张统计表，核对勾稽关系，记录每一处修改，导出 Excel、CSV、JSON。&lt;/p&gt;&lt;p&gt;全部在本机完成，不联网；报告原文件不会被修改。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nianbao %1&lt;/h3&gt;&lt;p&gt;Reviews annual reports on government information disclosure: reads the report's three statistical tables, checks their relations, keeps every correction, exports Excel, CSV and JSON.&lt;/p&gt;&lt;p&gt;Everything runs on this computer, offline; the report file is never modified.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="390" />
        <source>　更正建议（Ctrl+Enter 采纳）：%1</source>
        <translation>  Suggested correction (Ctrl+Enter accepts): %1</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::OpinionActions</name>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="78" />
        <location filename="../ui/opinion/OpinionActions.cpp" line="106" />
        <location filename="../ui/opinion/OpinionActions.cpp" line="125" />
        <source>没有打开的报告</source>
        <translation>No report is open</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="85" />
        <location filename="../ui/opinion/OpinionActions.cpp" line="112" />
        <source>导出审核意见书</source>
        <translation>Export findings report</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="88" />
        <source>已导出审核意见书：%1</source>
        <translation>Findings report exported: %1</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="110" />
        <source>-审核意见书</source>
        <translation>-findings-report</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="113" />
        <source>PDF 文档 (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF document (*.pdf);;Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="131" />
        <source>打印审核意见书</source>
        <translation>Print findings report</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="138" />
        <source>导出审核意见书(&amp;R)…</source>
        <translation>Export &amp;Findings Report…</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="139" />
        <source>把发现的问题、可能的正确值和审核修改写成审核意见书（PDF 或 Word）</source>
        <translation>Write the findings, the likely correct values and the corrections as a findings report (PDF or Word)</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="140" />
        <source>打印审核意见书(&amp;P)…</source>
        <translation>&amp;Print Findings Report…</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="141" />
        <source>预览并打印本报告的审核意见书</source>
        <translation>Preview and print this report's findings report</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::OverviewWindow</name>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="112" />
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="113" />
        <source>输入机关名称筛选</source>
        <translation>Type an agency to filter</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="114" />
        <source>导出 xlsx…</source>
        <translation>Export xlsx…</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="115" />
        <source>把表中显示的行（按当前排序）导出为 Excel 工作簿（Ctrl+E）</source>
        <translation>Export the rows shown (in the current order) as an Excel workbook (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="116" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="117" />
        <source>重新读取项目（F5）：其他窗口中设置的状态和修改</source>
        <translation>Read the project again (F5): statuses and corrections set in other windows</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="120" />
        <source>%1 年总览 — %2</source>
        <translation>Overview %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="120" />
        <source>总览 — %1</source>
        <translation>Overview — %1</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="152" />
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="215" />
        <source>%1 个机关 · %2 份报告 · 违反勾稽关系 %3 份 · 未审 %4 份 · 退回整改 %5 份 · 本年度无报告 %6 个机关</source>
        <translation>%1 agencies · %2 reports · %3 with violations · %4 unreviewed · %5 returned · %6 agencies without a report this year</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="227" />
        <source>%1 年总览</source>
        <translation>Overview %1</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="233" />
        <source>%1 %2 年总览.xlsx</source>
        <translation>%1 overview %2.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="234" />
        <source>导出总览</source>
        <translation>Export the overview</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="234" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="241" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/season/OverviewWindow.cpp" line="243" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonViews.cpp" line="41" />
        <source>总览…</source>
        <translation>Overview…</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonViews.cpp" line="42" />
        <source>一个年度所有机关的关键数字、问题数和审核状态，可排序、导出 xlsx</source>
        <translation>Every agency's key figures, findings and review status for one year; sortable, exportable to xlsx</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonViews.cpp" line="128" />
        <source>项目中没有 %1 年度的报告</source>
        <translation>The project has no report of %1</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::PageView</name>
    <message>
        <location filename="../ui/document/PageView.cpp" line="270" />
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ProjectActions</name>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="86" />
        <source>读取报告 %v / %m</source>
        <translation>Reading reports %v / %m</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="165" />
        <source>项目(&amp;P)</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="166" />
        <source>打开文件夹(&amp;D)…</source>
        <translation>Open &amp;folder…</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="167" />
        <source>把一个文件夹中的全部报告作为一个项目打开（Ctrl+Shift+O）</source>
        <translation>Open all the reports of a folder as one project (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="168" />
        <source>打开项目…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="169" />
        <source>扫描/重新读取</source>
        <translation>Scan / read again</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="170" />
        <source>重新扫描项目的文件夹：读取新增和改变了的报告（F5）</source>
        <translation>Scan the project's folders again: read the new and changed reports (F5)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="171" />
        <source>取消读取</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="173" />
        <source>取消读取（已读入的报告保留）</source>
        <translation>Cancel reading (the reports read so far are kept)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="174" />
        <source>下一份报告</source>
        <translation>Next report</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="175" />
        <source>上一份报告</source>
        <translation>Previous report</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="176" />
        <source>有问题的优先</source>
        <translation>Reports with problems first</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="177" />
        <source>项目面板</source>
        <translation>Project panel</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="178" />
        <source>状态：未审</source>
        <translation>Status: not reviewed</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="179" />
        <source>状态：审核中</source>
        <translation>Status: in review</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="180" />
        <source>状态：通过</source>
        <translation>Status: approved</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="181" />
        <source>状态：退回整改</source>
        <translation>Status: returned for correction</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="201" />
        <source>未打开项目</source>
        <translation>No project open</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="206" />
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="235" />
        <source>打开文件夹：其中的全部报告作为一个项目</source>
        <translation>Open a folder: all its reports as one project</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="246" />
        <source>打开项目</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="247" />
        <source>年报审核项目 (*.nbproj);;所有文件 (*)</source>
        <translation>Nianbao projects (*.nbproj);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="267" />
        <source>已是列表中的最后一份报告</source>
        <translation>This is the last report in the list</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="267" />
        <source>已是列表中的第一份报告</source>
        <translation>This is the first report in the list</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="285" />
        <source>请先在项目面板中选择一份报告</source>
        <translation>Select a report in the project panel first</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="294" />
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="305" />
        <source>审核状态</source>
        <translation>Review status</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectActions.cpp" line="306" />
        <source>将 %1 设为“%2”。说明（可不填，Enter 确认）：</source>
        <translation>Set %1 to “%2”. Note (optional, Enter accepts):</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ProjectCompare</name>
    <message>
        <location filename="../ui/season/ProjectCompare.cpp" line="54" />
        <source>%1
对比用项目中保存的记录（没有原文）。</source>
        <translation>%1
The comparison uses the record kept in the project (without the report's text).</translation>
    </message>
    <message>
        <location filename="../ui/season/ProjectCompare.cpp" line="114" />
        <source>项目以只读方式打开：对比中的修改不能保存到项目 %1</source>
        <translation>The project is open read-only: corrections made in the comparison cannot be saved in project %1</translation>
    </message>
    <message>
        <location filename="../ui/season/ProjectCompare.cpp" line="123" />
        <source>修改没能保存到项目：%1</source>
        <translation>The correction could not be saved in the project: %1</translation>
    </message>
    <message>
        <location filename="../ui/season/ProjectCompare.cpp" line="134" />
        <source>其中一份报告在主窗口中作了修改：这里显示的是打开对比时的数值，请重新打开对比</source>
        <translation>One of the two reports was corrected in the main window: this shows the values as the comparison opened; open the comparison again</translation>
    </message>
    <message>
        <location filename="../ui/season/ProjectCompare.cpp" line="136" />
        <source>两年报告的修改直接保存到项目 %1</source>
        <translation>Corrections to both years' reports are saved directly in project %1</translation>
    </message>
    <message>
        <location filename="../ui/season/ProjectCompare.cpp" line="185" />
        <source>无法对比</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location filename="../ui/season/ProjectCompare.cpp" line="210" />
        <source>请选择两份不同的报告</source>
        <translation>Choose two different reports</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ProjectListModel</name>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="197" />
        <source>（未写明机关）</source>
        <translation>(agency not given)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="197" />
        <source>（未能读取）</source>
        <translation>(could not be read)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="213" />
        <source>未能读取：%1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="215" />
        <source>报告文件已不在文件夹中（%1 起），显示的是项目中保存的记录</source>
        <translation>The report is no longer in its folder (since %1); the record kept in the project is shown</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="217" />
        <source>审核状态：%1</source>
        <translation>Review status: %1</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="219" />
        <source>说明：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="253" />
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="254" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="255" />
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="256" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="258" />
        <source>违反</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="259" />
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="260" />
        <source>推断</source>
        <translation>Inferred</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="261" />
        <source>更正</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="262" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="267" />
        <source>违反勾稽关系的问题数</source>
        <translation>Number of broken relations</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="268" />
        <source>缺失的单元格数（空白、未找到或不是数字）</source>
        <translation>Number of missing cells (blank, not found or not a number)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="269" />
        <source>数字在原文中连在一起、按勾稽关系拆分出的单元格数，需要确认</source>
        <translation>Cells whose digits ran together in the report and were split by the relations; to confirm</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="270" />
        <source>审核中所作的修改数（每一次修改、撤销都记录在项目中）</source>
        <translation>Number of corrections made in the review (every edit and undo is kept in the project)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="271" />
        <source>审核状态：Alt+1 未审，Alt+2 审核中，Alt+3 通过，Alt+4 退回整改</source>
        <translation>Review status: Alt+1 not reviewed, Alt+2 in review, Alt+3 approved, Alt+4 returned</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="288" />
        <source>未审</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="289" />
        <source>审核中</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="290" />
        <source>通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectListModel.cpp" line="291" />
        <source>退回整改</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ProjectOpinion</name>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="162" />
        <source>%1：项目中没有可以导出的报告</source>
        <translation>%1: the project has no report to export</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="174" />
        <source>%1：无法创建文件夹</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="195" />
        <source>已写入 %1 个文件：</source>
        <translation>Files written: %1</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="198" />
        <source>无法读取、未写入的报告：</source>
        <translation>Reports that could not be read (not written):</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="205" />
        <source>审核意见书</source>
        <translation>Findings report</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="205" />
        <source>没有打开的项目</source>
        <translation>No project is open</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="208" />
        <source>导出项目审核意见书（合为一份）…</source>
        <translation>Export the project's findings reports (one document)…</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="217" />
        <location filename="../ui/opinion/OpinionActions.cpp" line="227" />
        <source>导出项目审核意见书</source>
        <translation>Export the project's findings reports</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="218" />
        <source>-审核意见书</source>
        <translation>-findings-report</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="219" />
        <source>PDF 文档 (*.pdf);;Word 文档 (*.docx)</source>
        <translation>PDF document (*.pdf);;Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="229" />
        <source>逐份导出审核意见书到文件夹…</source>
        <translation>Export one findings report per report into a folder…</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="235" />
        <source>逐份导出审核意见书（PDF）</source>
        <translation>One findings report per report (PDF)</translation>
    </message>
    <message>
        <location filename="../ui/opinion/OpinionActions.cpp" line="241" />
        <source>逐份导出审核意见书</source>
        <translation>Findings report per report</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ProjectPanel</name>
    <message>
        <location filename="../ui/project/ProjectPanel.cpp" line="95" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectPanel.cpp" line="96" />
        <source>有问题</source>
        <translation>With problems</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectPanel.cpp" line="97" />
        <source>未审</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectPanel.cpp" line="98" />
        <source>退回整改</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectPanel.cpp" line="99" />
        <source>有问题：违反勾稽关系、有缺失的单元格或未能读取的报告</source>
        <translation>With problems: relations violated, missing cells, or reports that could not be read</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectPanel.cpp" line="100" />
        <source>搜索机关…</source>
        <translation>Search agency…</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectPanel.cpp" line="114" />
        <source>%1 份</source>
        <translation>%1 reports</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectPanel.cpp" line="114" />
        <source>%1 / %2 份</source>
        <translation>%1 / %2 reports</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ProjectReviewLink</name>
    <message>
        <location filename="../ui/project/ProjectReviewLink.cpp" line="53" />
        <source>这份报告在对比窗口中作了修改，已从项目重新读取</source>
        <translation>This report was corrected in a comparison window and has been read again from the project</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectReviewLink.cpp" line="76" />
        <source>正在读取另一个文件，请稍候</source>
        <translation>Another file is still loading, please wait</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectReviewLink.cpp" line="111" />
        <source>报告文件已不在原处（%1），显示的是项目中保存的记录</source>
        <translation>The report is no longer where it was (%1); the record kept in the project is shown</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectReviewLink.cpp" line="167" />
        <source>报告文件在上次扫描后改变了：显示的是项目中保存的记录，原文位置可能对不上（按 F5 重新读取）</source>
        <translation>The report changed since the last scan: the record kept in the project is shown and its places in the text may be off (F5 reads it again)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectReviewLink.cpp" line="192" />
        <source>修改没能保存到项目：%1</source>
        <translation>The correction could not be saved in the project: %1</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ProjectSession</name>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="56" />
        <source>无法打开项目</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="66" />
        <source>%1：不是文件夹</source>
        <translation>%1: not a folder</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="76" />
        <source>项目保存到哪里？（%1 所在的文件夹只读）</source>
        <translation>Where should the project go? (the folder holding %1 is read-only)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="77" />
        <source>年报审核项目 (*.nbproj)</source>
        <translation>Nianbao projects (*.nbproj)</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="91" />
        <source>%1：项目文件不存在</source>
        <translation>%1: the project file does not exist</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="107" />
        <source>项目以只读方式打开：状态和修改不能保存</source>
        <translation>The project is open read-only: statuses and corrections cannot be saved</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="209" />
        <source>这个项目还没有扫描过文件夹：请用“打开文件夹”</source>
        <translation>This project has no folder scanned yet: use “Open folder”</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="220" />
        <source>项目以只读方式打开，不能扫描</source>
        <translation>The project is open read-only and cannot be scanned</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="250" />
        <source>正在读取 %1 中的报告…</source>
        <translation>Reading the reports of %1…</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="295" />
        <source>已取消读取：已读入的报告保留，其余下次扫描时读取</source>
        <translation>Reading cancelled: the reports read so far are kept, the rest are read by the next scan</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="296" />
        <source>读取完毕：%1 份报告，新增 %2，有变化 %3，未变 %4</source>
        <translation>Read: %1 reports, %2 new, %3 changed, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="299" />
        <source>，无法读取 %1</source>
        <translation>, %1 unreadable</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSession.cpp" line="301" />
        <source>，已不在文件夹中 %1</source>
        <translation>, %1 no longer in the folder</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReportSession</name>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="106" />
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="107" />
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="108" />
        <source>打开年度报告或已保存的审核（Ctrl+O）</source>
        <translation>Open an annual report or a saved review (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="109" />
        <source>保存审核(&amp;S)</source>
        <translation>&amp;Save review</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="110" />
        <source>保存审核：修改记录与报告的校验值（Ctrl+S）</source>
        <translation>Save the review: the corrections and the report's checksum (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="111" />
        <source>审核另存为(&amp;A)…</source>
        <translation>Save review &amp;as…</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="112" />
        <source>导出 Excel (.xlsx)…</source>
        <translation>Export Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="113" />
        <source>导出 CSV (.csv)…</source>
        <translation>Export CSV (.csv)…</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="114" />
        <source>导出 JSON (.json)…</source>
        <translation>Export JSON (.json)…</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="115" />
        <source>关闭报告(&amp;C)</source>
        <translation>&amp;Close report</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="116" />
        <source>清除列表</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="131" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="167" />
        <source>正在读取另一个文件，请稍候</source>
        <translation>Another file is still loading, please wait</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="183" />
        <source>正在读取 %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="191" />
        <source>找不到原报告</source>
        <translation>Report not found</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="192" />
        <source>审核文件 %1 所对应的报告 %2 既不在原位置，也不在审核文件旁边。

要指定报告现在的位置吗？审核中的修改会重新套用到它上面。</source>
        <translation>The report %2 of the review %1 is neither where it was nor next to the review file.

Show where the report is now? The review's corrections will be applied to it again.</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="199" />
        <source>指定原报告</source>
        <translation>Locate the report</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="200" />
        <source>%1 (%2);;所有文件 (*)</source>
        <translation>%1 (%2);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="217" />
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="249" />
        <source>已读取 %1（%2 毫秒）</source>
        <translation>Read %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="252" />
        <source>请注意</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="262" />
        <source>恢复未保存的修改</source>
        <translation>Restore unsaved corrections</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="263" />
        <source>上次没有正常退出，留下了未保存的审核修改：
%1

现在恢复吗？选择“以后再说”会保留这些修改，下次打开时再问。</source>
        <translation>Nianbao did not exit normally last time and left unsaved review corrections:
%1

Restore them now? “Later” keeps them and asks again the next time.</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="267" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="268" />
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="269" />
        <source>丢弃这些修改</source>
        <translation>Discard these corrections</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="300" />
        <source>打开年度报告或审核</source>
        <translation>Open an annual report or a review</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="301" />
        <source>年度报告 (*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt);;审核文件 (*.nianbao);;所有文件 (*)</source>
        <translation>Annual reports (*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt);;Reviews (*.nianbao);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="331" />
        <source>保存审核</source>
        <translation>Save review</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="332" />
        <source>审核文件 (*.nianbao)</source>
        <translation>Reviews (*.nianbao)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="345" />
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="356" />
        <source>审核已保存到 %1</source>
        <translation>Review saved to %1</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="373" />
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="377" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="382" />
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="390" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="391" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="392" />
        <source>JSON 文件 (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="393" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="408" />
        <source>有未保存的修改</source>
        <translation>Unsaved corrections</translation>
    </message>
    <message>
        <location filename="../ui/session/ReportSession.cpp" line="409" />
        <source>对 %1 的修改还没有保存。保存这些修改吗？</source>
        <translation>The corrections to %1 are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReviewActions</name>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="37" />
        <source>撤销：%1（Ctrl+Z）</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="51" />
        <source>重做：%1（Ctrl+Y）</source>
        <translation>Redo: %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="71" />
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="72" />
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="73" />
        <source>下一个问题</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="74" />
        <source>下一个问题（F8）</source>
        <translation>Next finding (F8)</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="75" />
        <source>上一个问题</source>
        <translation>Previous finding</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="76" />
        <source>上一个问题（Shift+F8）</source>
        <translation>Previous finding (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="77" />
        <source>本表空白按 0 处理</source>
        <translation>Blanks of this table are 0</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="78" />
        <source>确认所选推断值</source>
        <translation>Confirm selected inferred values</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="79" />
        <source>所选单元格中由勾稽关系拆分出的数值与原文核对无误：记为已确认（Ctrl+K）</source>
        <translation>The values split by the relations in the selected cells match the report: mark them confirmed (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="108" />
        <location filename="../ui/actions/ReviewActions.cpp" line="118" />
        <source>没有问题</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="135" />
        <source>已确认 %1 个推断值（可撤销）</source>
        <translation>Confirmed %1 inferred values (undoable)</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="137" />
        <source>所选单元格中没有待确认的推断值</source>
        <translation>No inferred value to confirm among the selected cells</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="152" />
        <source>%1：%2 个空白或未找到的单元格已按 0 处理（可撤销）</source>
        <translation>%1: %2 blank or missing cells set to 0 (undoable)</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="154" />
        <source>%1：%2 个单元格的文字不是数字，请逐个填写</source>
        <translation>%1: %2 cells hold text that is not a number; fill them in one by one</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="156" />
        <source>%1：没有空白单元格</source>
        <translation>%1: no blank cells</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ReviewLoader</name>
    <message>
        <location filename="../ui/io/ReviewLoader.cpp" line="65" />
        <source>审核改用 %1 处的报告（原位置已找不到）。保存审核后会记住这个新位置。</source>
        <translation>The review now uses the report at %1 (it is no longer where it was). Saving the review remembers this place.</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::SeasonTableModel</name>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="32" />
        <source>本年新收</source>
        <translation>New this year</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="33" />
        <source>上年结转</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="34" />
        <source>办理结果总计</source>
        <translation>Outcomes total</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="35" />
        <source>结转下年度</source>
        <translation>Carried forward</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="36" />
        <source>行政复议总计</source>
        <translation>Reconsideration total</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="37" />
        <source>行政诉讼总计</source>
        <translation>Litigation total</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="38" />
        <source>行政事业性收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="51" />
        <source>未审</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="52" />
        <source>审核中</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="53" />
        <source>通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="54" />
        <source>退回整改</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="112" />
        <source>年度不明</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="116" />
        <source>无本年度报告</source>
        <translation>No report this year</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="118" />
        <source>记录无法读取</source>
        <translation>Record unreadable</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="151" />
        <source>%1在项目中没有 %2 年度的报告</source>
        <translation>%1 has no report of %2 in the project</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="157" />
        <source>报告中的机关名称：%1</source>
        <translation>The report's agency name: %1</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="159" />
        <source>原文件已不在（用项目中保存的记录）</source>
        <translation>The file is gone (the record kept in the project is used)</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="172" />
        <source>报告中没有这个数（空白或缺失），不按 0 计</source>
        <translation>The report does not give this number (blank or missing); it does not count as 0</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="229" />
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="229" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="230" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="231" />
        <source>违反勾稽关系</source>
        <translation>Relation violated</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="232" />
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="233" />
        <source>推断</source>
        <translation>Inferred</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="237" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/season/SeasonTableModel.cpp" line="241" />
        <source>汇总表的关键数字（按修改后的数值）；“—”：报告中没有这个数</source>
        <translation>The summary workbook's key figures (after corrections); “—”: the report does not give the number</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::SectionTableModel</name>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="70" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="71" />
        <source>状态：%1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="73" />
        <source>报告中找不到这一格</source>
        <translation>This cell is not in the report</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="74" />
        <source>报告中这一格是空白</source>
        <translation>This cell is blank in the report</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="75" />
        <source>报告原文：「%1」</source>
        <translation>As printed: "%1"</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="78" />
        <source>连写数字可拆为：%1（编辑此格可按数字键选择）</source>
        <translation>The run of digits can be split as: %1 (edit this cell and press a digit key to choose)</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="78" />
        <source> 或 </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="81" />
        <source>原值：%1，现值：%2</source>
        <translation>Was %1, now %2</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="82" />
        <location filename="../ui/tables/SectionTableModel.cpp" line="83" />
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="161" />
        <source>这里不能填写数值</source>
        <translation>No value can be entered here</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="225" />
        <source>这一格没有可选的拆分</source>
        <translation>This cell has no split to choose</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="232" />
        <source>选择拆分 %1（原文“%2”）</source>
        <translation>Choose split %1 (printed “%2”)</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="235" />
        <source>选择拆分 %1</source>
        <translation>Choose split %1</translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="88" />
        <source>更正建议（Ctrl+Enter 采纳）：%1</source>
        <translation>Suggested correction (Ctrl+Enter accepts): %1</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="17" />
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="32" />
        <source>输入数字</source>
        <translation>Type a number</translation>
    </message>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="32" />
        <source>修改所选单元格（Enter 确认并跳到本表下一个空白或缺失的单元格，Esc 取消）</source>
        <translation>Corrects the selected cell (Enter confirms and moves to the next blank or missing cell of the table, Esc cancels)</translation>
    </message>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="33" />
        <source>编辑所选单元格或修改说明</source>
        <translation>Edit the selected cell or correction note</translation>
    </message>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="34" />
        <source>Tab / 方向键</source>
        <translation>Tab / arrow keys</translation>
    </message>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="34" />
        <source>在单元格之间移动</source>
        <translation>Move between cells</translation>
    </message>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="38" />
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="38" />
        <source>作用</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TablesPanel</name>
    <message>
        <location filename="../ui/tables/TablesPanel.cpp" line="104" />
        <source>本表空白按 0 处理</source>
        <translation>Blanks of this table are 0</translation>
    </message>
    <message>
        <location filename="../ui/tables/TablesPanel.cpp" line="105" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../ui/tables/TablesPanel.cpp" line="107" />
        <source>把本表中空白、只写“/”“无”或未找到的单元格都改为 0（作为修改记录保存，可撤销）</source>
        <translation>Set every cell of this table that is blank, only says "/" or "无", or was not found to 0 (kept as corrections, undoable)</translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TrendCharts</name>
    <message>
        <location filename="../ui/season/TrendCharts.cpp" line="32" />
        <source>依申请公开（件）</source>
        <translation>Requests (count)</translation>
    </message>
    <message>
        <location filename="../ui/season/TrendCharts.cpp" line="35" />
        <source>行政复议、行政诉讼（件）</source>
        <translation>Reconsideration and litigation (count)</translation>
    </message>
    <message>
        <location filename="../ui/season/TrendCharts.cpp" line="37" />
        <source>行政事业性收费（万元）</source>
        <translation>Fees (10,000 yuan)</translation>
    </message>
    <message>
        <location filename="../ui/season/TrendCharts.cpp" line="115" />
        <source>%1 年·%2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/season/TrendCharts.cpp" line="121" />
        <source>没有可画的年度（报告没有年度，或记录无法读取）</source>
        <translation>No year to draw (the reports give no year, or their records cannot be read)</translation>
    </message>
    <message>
        <location filename="../ui/season/TrendCharts.cpp" line="123" />
        <source>报告中没有数值，不画点（不按 0 计）：%1</source>
        <translation>Not given in the report, so not drawn (not counted as 0): %1</translation>
    </message>
    <message>
        <location filename="../ui/season/TrendCharts.cpp" line="123" />
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
</TS>