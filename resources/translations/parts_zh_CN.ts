<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="62"/>
        <source>New claim order</source>
        <translation>新建索赔订货单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="64"/>
        <source>Name, phone or pinyin initials</source>
        <translation>姓名、电话或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="69"/>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="70"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="71"/>
        <source>Part ordered</source>
        <translation>所订备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="72"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="73"/>
        <source>Deposit taken</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="84"/>
        <source>— %1 customers match: choose one —</source>
        <translation>— %1 位客户相符,请选择 —</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="91"/>
        <source>Find and choose the customer first.</source>
        <translation>请先查找并选择客户。</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="102"/>
        <source>All claim orders</source>
        <translation>全部索赔订货单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="103"/>
        <source>Arrived, customer not come yet</source>
        <translation>已到货、客户未来取</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="117"/>
        <source>&amp;New claim…</source>
        <translation>新建索赔(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="118"/>
        <source>Supervisor &amp;signs</source>
        <translation>主任签字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="119"/>
        <source>&amp;Manager signs</source>
        <translation>经理签字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="120"/>
        <source>&amp;Ordered</source>
        <translation>已订货(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="121"/>
        <source>&amp;Arrived</source>
        <translation>已到货(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="122"/>
        <source>Fi&amp;tted</source>
        <translation>已安装(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="123"/>
        <source>&amp;Refund deposit</source>
        <translation>退押金(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="124"/>
        <source>&amp;Cancel…</source>
        <translation>取消(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="125"/>
        <source>Print deposit receipt</source>
        <translation>打印押金收据</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="126"/>
        <source>Print refund receipt</source>
        <translation>打印退押金收据</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="148"/>
        <source>Claim orders: %1</source>
        <translation>索赔订货单:%1 张</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="183"/>
        <source>Print the deposit receipt now?</source>
        <translation>现在打印押金收据吗?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="199"/>
        <source>Cancel claim order</source>
        <translation>取消索赔订货单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="199"/>
        <source>Why is it cancelled?</source>
        <translation>取消原因:</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="35"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="36"/>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="37"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="38"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="39"/>
        <source>Part ordered</source>
        <translation>所订备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="40"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="41"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="43"/>
        <source>Signed</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/claims_tab.py" line="45"/>
        <source>Days waiting</source>
        <translation>等待天数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="40"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="41"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="42"/>
        <source>Fits models</source>
        <translation>适用机型</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="43"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="44"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="45"/>
        <source>Min.</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="46"/>
        <source>Avg. cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="47"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="50"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="51"/>
        <source>Move</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="52"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="53"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="54"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="55"/>
        <source>After</source>
        <translation>结存</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="56"/>
        <source>Supplier / department / order</source>
        <translation>供应商 / 部门 / 工单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="57"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="39"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="40"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="41"/>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="42"/>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="43"/>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="44"/>
        <source>Lost / compensation</source>
        <translation>丢失 / 赔偿</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="49"/>
        <source>Import parts from Excel</source>
        <translation>从 Excel 导入备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="53"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="57"/>
        <source>Which column is which (guessed from the header; change if wrong)</source>
        <translation>各列对应(按表头自动识别,如有错请改)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="72"/>
        <source>C&amp;heck rows</source>
        <translation>检查各行(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="74"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="80"/>
        <source>&amp;Save the refused rows…</source>
        <translation>保存未导入的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="83"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="93"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="98"/>
        <source>First rows of the sheet</source>
        <translation>表格前几行</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="107"/>
        <source>Parts list</source>
        <translation>备件清单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="107"/>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="199"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="117"/>
        <source>Header found on row %1; %2 rows below it.</source>
        <translation>表头在第 %1 行,下面共 %2 行。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="123"/>
        <source>(not in the sheet)</source>
        <translation>(表中没有)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="159"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行:%2</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="161"/>
        <source>%1 rows have errors. Fix them in Excel (or the column choice) and check again, or import the good rows now and save the refused ones to fix later.</source>
        <translation>有 %1 行有错误。请在 Excel 中改正(或调整列的对应)后再检查;也可以先导入正确的行,把未导入的行另存,改好后再导入。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="169"/>
        <source>Import the %1 &amp;good rows</source>
        <translation>导入正确的 %1 行(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="190"/>
        <source>%1 parts added, %2 updated, %3 unchanged, %4 opening receipts.</source>
        <translation>新增 %1 个备件,更新 %2 个,未变 %3 个,期初入库 %4 笔。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="199"/>
        <source>Save the refused rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="209"/>
        <source>Refused rows saved to %1.</source>
        <translation>未导入的行已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/import_dialog.py" line="165"/>
        <source>All %1 rows are good. Existing codes are updated, new ones added.</source>
        <translation>全部 %1 行无误。已有编码将更新,新编码将新增。</translation>
    </message>
</context>
<context>
    <name>InternalUseDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="206"/>
        <source>Internal use</source>
        <translation>内部领用</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="211"/>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="211"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="212"/>
        <source>Department</source>
        <translation>领用部门</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="212"/>
        <source>What for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="219"/>
        <source>Choose a part.</source>
        <translation>请选择备件。</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="42"/>
        <source>Issue parts to %1</source>
        <translation>向 %1 发料</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="48"/>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="49"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="50"/>
        <source>Unit price to the customer</source>
        <translation>对客户单价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="58"/>
        <source>Choose a part.</source>
        <translation>请选择备件。</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="80"/>
        <source>Lend %1</source>
        <translation>借出 %1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="91"/>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="92"/>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="93"/>
        <source>For (job or note)</source>
        <translation>用途(工单或备注)</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="93"/>
        <source>Edit part</source>
        <translation>修改备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="93"/>
        <source>New part</source>
        <translation>新建备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="98"/>
        <source>The old part comes back for a new one (以坏换新)</source>
        <translation>以坏换新(领新件须交回旧件)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="101"/>
        <source>models it fits, separated by commas</source>
        <translation>适用机型,用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="102"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="102"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="103"/>
        <source>Fits models</source>
        <translation>适用机型</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="103"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="104"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="104"/>
        <source>Sale price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="105"/>
        <source>Minimum stock</source>
        <translation>最低库存</translation>
    </message>
</context>
<context>
    <name>PartLabelsDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/labels_dialog.py" line="30"/>
        <source>Part labels</source>
        <translation>配件标签</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/labels_dialog.py" line="34"/>
        <source>On an A4 label sheet (24 labels of 70 × 37 mm)</source>
        <translation>打印在 A4 标签纸上(每张 24 枚,70 × 37 毫米)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/labels_dialog.py" line="39"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/labels_dialog.py" line="40"/>
        <source>Labels of each</source>
        <translation>每种张数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/labels_dialog.py" line="43"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/labels_dialog.py" line="44"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/parts_page.py" line="29"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/parts_page.py" line="30"/>
        <source>Issue to work order</source>
        <translation>见单发料</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/parts_page.py" line="31"/>
        <source>Claim orders</source>
        <translation>索赔订货</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/parts_page.py" line="32"/>
        <source>Tools and loans</source>
        <translation>专用工具借用</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/parts_page.py" line="33"/>
        <source>Stocktake</source>
        <translation>月度盘点</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="228"/>
        <source>Direct purchase</source>
        <translation>自采</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="233"/>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="234"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="236"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="237"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="238"/>
        <source>Taken</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="252"/>
        <source>only the manager, when fewer than three suppliers quoted</source>
        <translation>仅限经理:报价不足三家时填写</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="255"/>
        <source>only when the quote taken is not the cheapest</source>
        <translation>仅当所选不是最低价时填写</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="257"/>
        <source>Reason for fewer quotes</source>
        <translation>不足三家的原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="258"/>
        <source>Reason for a dearer pick</source>
        <translation>未选最低价的原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="266"/>
        <source>Choose a part.</source>
        <translation>请选择备件。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="146"/>
        <source>Receive goods</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="156"/>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="156"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="157"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="157"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="158"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="160"/>
        <source>Not a regular supplier: compare three quotes (三家比价)</source>
        <translation>非常用供应商:须三家比价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="163"/>
        <source>Other supplier</source>
        <translation>其他供应商</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="164"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="175"/>
        <source>only when this receipt is not the cheapest quote</source>
        <translation>仅当本次进价不是最低价时填写</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="177"/>
        <source>only the manager, when fewer than three suppliers quoted</source>
        <translation>仅限经理:报价不足三家时填写</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="178"/>
        <source>Reason for a dearer pick</source>
        <translation>未选最低价的原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="179"/>
        <source>Reason for fewer quotes</source>
        <translation>不足三家的原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_dialogs.py" line="194"/>
        <source>Choose a part.</source>
        <translation>请选择备件。</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="73"/>
        <source>Search: code, name, model or pinyin initials (e.g. ktdr)</source>
        <translation>搜索:编码、名称、机型或拼音首字母(如 ktdr)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="75"/>
        <source>Low stock only</source>
        <translation>只看低于最低库存</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="93"/>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="175"/>
        <source>Stock moves</source>
        <translation>出入库记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="98"/>
        <source>&amp;New part</source>
        <translation>新建备件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="99"/>
        <source>&amp;Edit</source>
        <translation>修改(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="100"/>
        <source>&amp;Receive</source>
        <translation>入库(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="101"/>
        <source>&amp;Internal use</source>
        <translation>内部领用(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="102"/>
        <source>&amp;Direct purchase</source>
        <translation>自采(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="103"/>
        <source>Import from E&amp;xcel</source>
        <translation>从 Excel 导入(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="104"/>
        <source>&amp;Labels…</source>
        <translation>标签(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="139"/>
        <source>Parts: %1</source>
        <translation>共 %1 种备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stock_tab.py" line="174"/>
        <source>Stock moves of %1</source>
        <translation>%1 的出入库记录</translation>
    </message>
</context>
<context>
    <name>StocktakeTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="32"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="33"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="34"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="35"/>
        <source>Book</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="36"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="37"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="38"/>
        <source>Value difference</source>
        <translation>差异金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="39"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="52"/>
        <source>Differences only (variance report)</source>
        <translation>只看差异(盘点差异表)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="62"/>
        <source>&amp;Start this month&apos;s stocktake</source>
        <translation>开始本月盘点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="64"/>
        <source>Counted = &amp;book for the empty lines</source>
        <translation>未填的行按账面数(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="65"/>
        <source>Sa&amp;ve counts</source>
        <translation>保存盘点数(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="63"/>
        <source>Print &amp;count sheet</source>
        <translation>打印盘点表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="66"/>
        <source>Print va&amp;riance</source>
        <translation>打印差异表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="67"/>
        <source>&amp;Post adjustments</source>
        <translation>过账调整(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="68"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="99"/>
        <source>No stocktake yet. Start one at the end of the month.</source>
        <translation>还没有盘点。请在月底开始盘点。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="102"/>
        <source>counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="102"/>
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="102"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="135"/>
        <source>%1 of %2 lines counted · value difference %3 · unsaved %4</source>
        <translation>已盘 %1 / %2 行 · 差异金额 %3 · 未保存 %4 行</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="149"/>
        <source>A count is 0 or a whole number.</source>
        <translation>盘点数应为 0 或正整数。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="185"/>
        <source>Post every difference of %1 as a stock adjustment? This cannot be undone.</source>
        <translation>将 %1 的全部差异过账为库存调整吗?过账后不能撤销。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="195"/>
        <source>Void stocktake</source>
        <translation>作废盘点</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/stocktake_tab.py" line="195"/>
        <source>Why is this stocktake voided?</source>
        <translation>作废原因:</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="64"/>
        <source>New special tool</source>
        <translation>新建专用工具</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="67"/>
        <source>Tool number</source>
        <translation>工具编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="67"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="68"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="68"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="69"/>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="48"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="49"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="50"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="51"/>
        <source>Tool price</source>
        <translation>工具价格</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="111"/>
        <source>Open loans only</source>
        <translation>只看未归还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="112"/>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="124"/>
        <source>New &amp;tool…</source>
        <translation>新建工具(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="125"/>
        <source>&amp;Lend…</source>
        <translation>借出(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="126"/>
        <source>&amp;Returned</source>
        <translation>已归还(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="127"/>
        <source>Lost: &amp;pays the price</source>
        <translation>丢失:照价赔偿(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="128"/>
        <source>Lost: replaces with the &amp;same model</source>
        <translation>丢失:同型号赔换(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="136"/>
        <source>Loan register</source>
        <translation>借用登记</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="166"/>
        <source>Overdue: %1</source>
        <translation>逾期 %1 件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="182"/>
        <source>Choose the tool in the list above first.</source>
        <translation>请先在上面的列表中选择工具。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="201"/>
        <source>Record %1 as lost by %2, who pays its price?</source>
        <translation>登记 %1 由 %2 丢失,照价赔偿?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/tools_tab.py" line="202"/>
        <source>Record %1 as lost by %2, who replaces it with the same model?</source>
        <translation>登记 %1 由 %2 丢失,以同型号赔换?</translation>
    </message>
</context>
<context>
    <name>WorkOrderTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="65"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="67"/>
        <source>Issued</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="68"/>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="69"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="70"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="71"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="72"/>
        <source>Charged</source>
        <translation>计费</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="73"/>
        <source>Issued at</source>
        <translation>发料时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="74"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="75"/>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="216"/>
        <source>Old part</source>
        <translation>旧件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="86"/>
        <source>Repair card (XH…) or call (JX…) number, then Enter</source>
        <translation>修护卡(XH…)或叫修单(JX…)号,按回车</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="88"/>
        <source>Fin&amp;d</source>
        <translation>查找(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="90"/>
        <source>Scan or type the number on the repair card or the call.</source>
        <translation>扫描或输入修护卡、叫修单上的编号。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="102"/>
        <source>&amp;Issue part…</source>
        <translation>发料(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="103"/>
        <source>Mark &amp;used</source>
        <translation>登记已用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="104"/>
        <source>&amp;Return unused…</source>
        <translation>退料(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="105"/>
        <source>&amp;Old part…</source>
        <translation>旧件交回(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="106"/>
        <source>以坏换新: record whether the replaced part came back to the store</source>
        <translation>以坏换新:登记换下的旧件是否交回仓库</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="119"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="138"/>
        <source>No repair card or call has the number %1.</source>
        <translation>没有编号为 %1 的修护卡或叫修单。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="159"/>
        <source>Repair card</source>
        <translation>修护卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="159"/>
        <source>Call</source>
        <translation>叫修单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="174"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="187"/>
        <source>Parts cost %1 · charged to the customer %2</source>
        <translation>备件成本 %1 · 向客户收取 %2</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="200"/>
        <source>back</source>
        <translation>已交回</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="202"/>
        <source>not back: %1</source>
        <translation>未交回:%1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="205"/>
        <source>to come back</source>
        <translation>待交回</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="212"/>
        <source>Did the old part replaced by %1 come back to the store?</source>
        <translation>换下 %1 的旧件是否已交回仓库?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="216"/>
        <source>Why did the old part not come back?</source>
        <translation>旧件为什么没有交回?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="253"/>
        <source>Return unused</source>
        <translation>退料</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="253"/>
        <source>How many come back?</source>
        <translation>退回几件?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/parts/workorder_tab.py" line="256"/>
        <source>Is the physical part (%1 × %2) back in the store? Only then is it returned to stock.</source>
        <translation>实物(%1 × %2)已退回仓库了吗?只有实物在库才能退料入账。</translation>
    </message>
</context>
</TS>
