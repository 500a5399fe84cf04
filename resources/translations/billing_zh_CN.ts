<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcceptAmountDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="175"/>
        <source>Customer accepted the new amount</source>
        <translation>客户同意新金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="176"/>
        <source>Accepted quote</source>
        <translation>已同意的报价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="177"/>
        <source>Bill now</source>
        <translation>当前账单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="182"/>
        <source>Accepted by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="183"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>AddLineDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="88"/>
        <source>Add to the bill</source>
        <translation>添加到账单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="94"/>
        <source>What it is for (needed for &apos;other&apos;)</source>
        <translation>收费内容(“其他”须填写)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="99"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="100"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="101"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="102"/>
        <source>Unit price (yuan)</source>
        <translation>单价(元)</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/approval.py" line="35"/>
        <source>Supervisor&apos;s approval</source>
        <translation>服务主任审批</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/approval.py" line="40"/>
        <source>Beyond the counter&apos;s authority: a supervisor signs in here to approve it now.</source>
        <translation>超出前台权限:请服务主任在此签名,当场审批。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/approval.py" line="53"/>
        <source>Supervisor</source>
        <translation>服务主任</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/approval.py" line="54"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/approval.py" line="57"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
</context>
<context>
    <name>BillDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="238"/>
        <source>Bill — %1</source>
        <translation>账单 — %1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="241"/>
        <source>Parts come onto the bill when the store issues them and leave it when they go back unused. The bill is settled onto the invoice list at each visit.</source>
        <translation>仓库见单发料时配件自动记入账单,未用退料时从账单去掉。每次上门登记时账单结算并转入应开发票。</translation>
    </message>
</context>
<context>
    <name>BillPanel</name>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="39"/>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="40"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="41"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="42"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="43"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="44"/>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="49"/>
        <source>Total ¥%1</source>
        <translation>合计 ¥%1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="50"/>
        <source>discount ¥%1</source>
        <translation>优惠 ¥%1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="51"/>
        <source>the customer pays ¥%1</source>
        <translation>应收客户 ¥%1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="52"/>
        <source>%1: no charge to the customer</source>
        <translation>%1:不向客户收费</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="53"/>
        <source>parts at cost ¥%1 (after-sales cost)</source>
        <translation>配件成本 ¥%1(计入售后成本)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="54"/>
        <source>The bill ¥%1 is above the accepted quote ¥%2: the customer must accept the new amount.</source>
        <translation>账单 ¥%1 超出客户已同意的报价 ¥%2:需客户同意新金额。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="55"/>
        <source>Accident repair: margin %1% (minimum %2%)</source>
        <translation>事故车:毛利率 %1%(最低 %2%)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="56"/>
        <source>needs a reason and a supervisor&apos;s approval</source>
        <translation>需说明原因并经服务主任审批</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="57"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="119"/>
        <source>&amp;Add line…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="120"/>
        <source>Labour from the &amp;time log</source>
        <translation>按工时记录计工时费(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="121"/>
        <source>&amp;Remove line</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="122"/>
        <source>&amp;Discount…</source>
        <translation>优惠(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="123"/>
        <source>Customer accepted the new &amp;amount…</source>
        <translation>客户同意新金额(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="124"/>
        <source>Approve the &amp;margin…</source>
        <translation>审批毛利(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="125"/>
        <source>Put on the &amp;invoice list</source>
        <translation>转入应开发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="163"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/bill_panel.py" line="225"/>
        <source>Select a line first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="120"/>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="135"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="129"/>
        <source>The counter may give up to %1% on %2 bills a week; beyond that a supervisor approves on the spot.</source>
        <translation>前台可给最多 %1% 的优惠,每人每周 %2 单;超出须服务主任当场审批。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="134"/>
        <source>Open on the bill</source>
        <translation>账单未结算金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="136"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>MarginDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="150"/>
        <source>Approve a low margin</source>
        <translation>审批低毛利</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="151"/>
        <source>Price ¥%1 · cost ¥%2 (parts ¥%3 + labour ¥%4) · margin %5% (minimum %6%)</source>
        <translation>售价 ¥%1 · 成本 ¥%2(配件 ¥%3 + 人工 ¥%4)· 毛利率 %5%(最低 %6%)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/billing/line_dialogs.py" line="162"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
</TS>
