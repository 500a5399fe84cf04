<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="49"/>
        <source>&amp;Export workbook…</source>
        <translation>导出报表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="51"/>
        <source>&amp;Open folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="71"/>
        <source>Monthly workbook for the accountant</source>
        <translation>给会计的月度报表(Excel)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="74"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="79"/>
        <source>One Excel file with these sheets: {sheets}.</source>
        <translation>一个 Excel 文件,包含以下工作表:{sheets}。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="80"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="83"/>
        <source>For a scheduled job: aftersales-desktop export-month YYYY-MM --data-dir FOLDER --out FILE.xlsx</source>
        <translation>定时任务可用命令:aftersales-desktop export-month 年-月 --data-dir 数据文件夹 --out 文件.xlsx</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="121"/>
        <source>Save the monthly workbook</source>
        <translation>保存月度报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="122"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="132"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换它吗?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="135"/>
        <source>Writing the workbook for {month}…</source>
        <translation>正在写入 {month} 月度报表…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="137"/>
        <source>Monthly workbook</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="146"/>
        <source>Writing the workbook for {month}: {sheet}</source>
        <translation>正在写入 {month} 月度报表:{sheet}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="157"/>
        <source>The workbook was not written.</source>
        <translation>报表未写入。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/reports/reports_page.py" line="161"/>
        <source>Written: {path}</source>
        <translation>已写入:{path}</translation>
    </message>
</context>
</TS>
