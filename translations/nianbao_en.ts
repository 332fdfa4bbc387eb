<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CellState</name>
    <message>
        <location filename="../ui/tables/CellState.cpp" line="10"/>
        <source>一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/CellState.cpp" line="11"/>
        <source>违反勾稽关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/CellState.cpp" line="12"/>
        <source>空白或缺失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/CellState.cpp" line="13"/>
        <source>文字（如“/”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/CellState.cpp" line="14"/>
        <source>已修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/CellState.cpp" line="15"/>
        <source>推断，待确认</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <location filename="../ui/tables/TableLayout.cpp" line="15"/>
        <source>二、主动公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/TableLayout.cpp" line="16"/>
        <source>三、依申请公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/TableLayout.cpp" line="17"/>
        <source>四、复议诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/TableLayout.cpp" line="130"/>
        <source>信息内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/TableLayout.cpp" line="159"/>
        <source>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/TableLayout.cpp" line="162"/>
        <source>申请人情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/TableLayout.cpp" line="171"/>
        <source>法人或其他组织</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::AuditPanel</name>
    <message>
        <location filename="../ui/audit/AuditPanel.cpp" line="50"/>
        <source>修改备注(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPanel.cpp" line="51"/>
        <source>可选：写明修改依据，记入接下来的每一处修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::CorrectionsModel</name>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="57"/>
        <source>空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="63"/>
        <source>%1·%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="76"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="77"/>
        <source>单元格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="78"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="79"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/CorrectionsModel.cpp" line="80"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindingsModel</name>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="22"/>
        <source>违反勾稽关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="23"/>
        <source>缺失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="24"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="82"/>
        <source>%1·%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="84"/>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="116"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="117"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="118"/>
        <source>单元格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsModel.cpp" line="133"/>
        <source>违反勾稽关系 %1 · 缺失 %2 · 提示 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::FindingsView</name>
    <message>
        <location filename="../ui/findings/FindingsView.cpp" line="80"/>
        <source>全部问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsView.cpp" line="81"/>
        <source>违反勾稽关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsView.cpp" line="82"/>
        <source>缺失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findings/FindingsView.cpp" line="83"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::MainWindow</name>
    <message>
        <location filename="../ui/GuiMain.cpp" line="62"/>
        <source>恢复未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="63"/>
        <source>上次没有正常退出，留下了 %1 份未保存的审核修改。现在恢复吗？
（选择“否”将删除这些自动保存的修改。）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="93"/>
        <source>要打开的报告或审核文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="107"/>
        <source>这一格在报告原文中没有对应的文字（空白或未找到）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="143"/>
        <location filename="../ui/window/MainWindowActions.cpp" line="227"/>
        <source>把年度报告文件拖到这里，或按 Ctrl+O 打开（txt、md、docx、html、pdf、doc、wps）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="161"/>
        <source>未打开报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="173"/>
        <location filename="../ui/window/MainWindowActions.cpp" line="218"/>
        <source>问题清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="174"/>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="179"/>
        <source>%1 年格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="183"/>
        <source>%1 年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="189"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;违反勾稽关系 %2&lt;/span&gt; · &lt;span style=&apos;color:%3&apos;&gt;缺失 %4&lt;/span&gt; · &lt;span style=&apos;color:%5&apos;&gt;提示 %6&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="194"/>
        <source>问题清单（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="195"/>
        <source>修改记录（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="230"/>
        <location filename="../ui/window/MainWindow.cpp" line="237"/>
        <source>没有问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="246"/>
        <source>%1：%2 个空白单元格已按 0 处理（可撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="248"/>
        <source>%1：没有空白单元格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="66"/>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="69"/>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="182"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="189"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="190"/>
        <source>最近打开(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="191"/>
        <source>导出(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="192"/>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="193"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="194"/>
        <source>语言 / Language(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="195"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="196"/>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="197"/>
        <source>打开(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="198"/>
        <source>打开年度报告或已保存的审核（Ctrl+O）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="199"/>
        <source>保存审核(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="200"/>
        <source>保存审核：修改记录与报告的校验值（Ctrl+S）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="201"/>
        <source>审核另存为(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="202"/>
        <source>导出 Excel (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="203"/>
        <source>导出 CSV (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="204"/>
        <source>导出 JSON (.json)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="205"/>
        <source>关闭报告(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="206"/>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="207"/>
        <source>清除列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="208"/>
        <source>撤销（Ctrl+Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="209"/>
        <source>重做（Ctrl+Y）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="210"/>
        <source>下一个问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="211"/>
        <source>下一个问题（F8）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="212"/>
        <source>上一个问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="213"/>
        <source>上一个问题（Shift+F8）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="214"/>
        <source>本表空白按 0 处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="215"/>
        <source>报告原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="219"/>
        <source>关于年报审核(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="247"/>
        <source>关于年报审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowActions.cpp" line="248"/>
        <source>&lt;h3&gt;年报审核 %1&lt;/h3&gt;&lt;p&gt;审核政府信息公开工作年度报告：读取报告中的三张统计表，核对勾稽关系，记录每一处修改，导出 Excel、CSV、JSON。&lt;/p&gt;&lt;p&gt;全部在本机完成，不联网；报告原文件不会被修改。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="42"/>
        <source>正在读取另一个文件，请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="49"/>
        <source>正在读取 %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="60"/>
        <source>无法打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="73"/>
        <source>已读取 %1（%2 毫秒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="75"/>
        <source>请注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="82"/>
        <source>打开年度报告或审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="83"/>
        <source>年度报告 (*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt);;审核文件 (*.nianbao);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="113"/>
        <source>保存审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="114"/>
        <source>审核文件 (*.nianbao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="127"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="138"/>
        <source>审核已保存到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="155"/>
        <source>无法写入 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="159"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="164"/>
        <source>已导出到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="172"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="173"/>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="174"/>
        <source>JSON 文件 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="175"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="192"/>
        <source>有未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window/MainWindowFiles.cpp" line="193"/>
        <source>对 %1 的修改还没有保存。保存这些修改吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::SectionTableModel</name>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="72"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="73"/>
        <source>状态：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="75"/>
        <source>报告中找不到这一格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="76"/>
        <source>报告中这一格是空白</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="77"/>
        <source>报告原文：「%1」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="81"/>
        <source>原值：%1，现值：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="82"/>
        <location filename="../ui/tables/SectionTableModel.cpp" line="83"/>
        <source>空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="158"/>
        <source>这里不能填写数值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/SectionTableModel.cpp" line="168"/>
        <source>「%1」不是数字：请填写数字，或留空表示缺失</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nianbao::ui::TablesPanel</name>
    <message>
        <location filename="../ui/tables/TablesPanel.cpp" line="76"/>
        <source>本表空白按 0 处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tables/TablesPanel.cpp" line="78"/>
        <source>把本表中空白或只写“/”“无”的单元格都改为 0（作为修改记录保存，可撤销）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
