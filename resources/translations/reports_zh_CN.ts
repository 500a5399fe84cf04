<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MonthChartsPanel</name>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="91" />
        <source>Calls by kind</source>
        <translation>按类别的叫修数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="91" />
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="93" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="91" />
        <source>Calls</source>
        <translation>叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="93" />
        <source>Fees by kind (¥)</source>
        <translation>按类别的费用(元)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="93" />
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="95" />
        <source>Technician hours</source>
        <translation>技术员工时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="95" />
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="98" />
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="95" />
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="97" />
        <source>Survey scores (4 = very satisfied)</source>
        <translation>客户意见评分(4 = 很满意)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="98" />
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="133" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="98" />
        <source>Cards</source>
        <translation>调查卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="100" />
        <source>Parts value into and out of stock (¥)</source>
        <translation>备件进出金额(元)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="101" />
        <source>Move</source>
        <translation>进出</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="101" />
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="137" />
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="117" />
        <source>Adding up {month}…</source>
        <translation>正在统计 {month}…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="122" />
        <source>The month could not be added up: {why}</source>
        <translation>本月统计失败:{why}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="136" />
        <source>Into stock</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="136" />
        <source>Out of stock</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="141" />
        <source>Into stock, total</source>
        <translation>入库合计</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/month_charts.py" line="142" />
        <source>Out of stock, total</source>
        <translation>出库合计</translation>
    </message>
</context>
<context>
    <name>QuarterTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="48" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="50" />
        <source>Save &amp;workbook…</source>
        <translation>保存工作簿(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="56" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="56" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="56" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="56" />
        <source>Calls</source>
        <translation>叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="56" />
        <source>Repairs</source>
        <translation>带回维修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="57" />
        <source>Repeats</source>
        <translation>返修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="57" />
        <source>Parts</source>
        <translation>用料</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="57" />
        <source>Parts cost</source>
        <translation>用料成本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="63" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="69" />
        <source>Calls received in the quarter by product model and fault, the most frequent first, with the repairs they needed, the repeat faults and the parts used. Faults that come too often go to the departments concerned (季度维护总结).</source>
        <translation>本季度接报的叫修按产品型号和故障汇总,次数最多的在前,并列出带回维修、返修和用料。出现次数过多的问题上报相关部门分析讨论(季度维护总结)。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="95" />
        <source>Adding up %1…</source>
        <translation>正在统计 %1…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="99" />
        <source>The quarter could not be added up: %1</source>
        <translation>本季度统计失败:%1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="105" />
        <source>%1 calls · %2 repairs · %3 repeat faults · %4 parts used (cost ¥%5)</source>
        <translation>叫修 %1 · 带回维修 %2 · 返修 %3 · 用料 %4 件(成本 ¥%5)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="132" />
        <source>Save the quarterly fault analysis</source>
        <translation>保存季度故障分析</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="134" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/quarter_tab.py" line="143" />
        <source>written: %1</source>
        <translation>已写入:%1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="57" />
        <source>&amp;Export workbook…</source>
        <translation>导出报表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="59" />
        <source>&amp;Open folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="96" />
        <source>Monthly workbook for the accountant</source>
        <translation>给会计的月度报表(Excel)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="99" />
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="104" />
        <source>One Excel file with these sheets: {sheets}.</source>
        <translation>一个 Excel 文件,包含以下工作表:{sheets}。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="105" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="108" />
        <source>For a scheduled job: aftersales-desktop export-month YYYY-MM --data-dir FOLDER --out FILE.xlsx</source>
        <translation>定时任务可用命令:aftersales-desktop export-month 年-月 --data-dir 数据文件夹 --out 文件.xlsx</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="92" />
        <source>Service standards</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="93" />
        <source>Quarterly faults</source>
        <translation>季度故障分析</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="165" />
        <source>Save the monthly workbook</source>
        <translation>保存月度报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="166" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="176" />
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换它吗?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="179" />
        <source>Writing the workbook for {month}…</source>
        <translation>正在写入 {month} 月度报表…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="180" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="89" />
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="181" />
        <source>Monthly workbook</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="190" />
        <source>Writing the workbook for {month}: {sheet}</source>
        <translation>正在写入 {month} 月度报表:{sheet}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="203" />
        <source>The workbook was not written.</source>
        <translation>报表未写入。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="207" />
        <source>Written: {path}</source>
        <translation>已写入:{path}</translation>
    </message>
</context>
<context>
    <name>StandardsTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="42" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="42" />
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="42" />
        <source>Arrivals</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="42" />
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="42" />
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="43" />
        <source>On time %</source>
        <translation>准时率</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="43" />
        <source>First answers</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="43" />
        <source>Answered late</source>
        <translation>超过24小时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="43" />
        <source>In time %</source>
        <translation>24小时内答复率</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="44" />
        <source>Repairs returned</source>
        <translation>交还修护卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="44" />
        <source>Promise kept</source>
        <translation>按期交还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="44" />
        <source>Repeat faults</source>
        <translation>返修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="49" />
        <source>Calls received in the month: the first arrival against the 6 h city / 7 h suburb working-hour deadline, the first answer against the answer hours; repair cards returned in the month against their promised date; repeat faults counted for whoever served the earlier call.</source>
        <translation>按本月接报的叫修单统计:首次到达对照市区 6 / 郊区 7 个工作小时时限,首次答复对照答复时限;本月交还的修护卡对照答应交还日期;返修记在前次服务的人名下。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="56" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="78" />
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/standards_tab.py" line="78" />
        <source>(nobody)</source>
        <translation>(无人)</translation>
    </message>
</context>
</TS>