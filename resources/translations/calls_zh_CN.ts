<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CallDetail</name>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="23"/>
        <source>Possible repeat fault (返修) of %1</source>
        <translation>可能为返修,前次叫修单 %1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="24"/>
        <source>Voided: %1</source>
        <translation>已作废:%1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="25"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="26"/>
        <source>(general work)</source>
        <translation>(一般工作)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="27"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="28"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="29"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="30"/>
        <source>Serial no.</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="31"/>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="32"/>
        <source>Problem</source>
        <translation>故障情况</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="33"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="34"/>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="35"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="36"/>
        <source>Arrive by</source>
        <translation>到达时限</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="37"/>
        <source>not yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="38"/>
        <source>over 24 h</source>
        <translation>超过 24 小时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="39"/>
        <source>First answer</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="40"/>
        <source>Kind changed</source>
        <translation>类别已改</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="41"/>
        <source>printed %1×</source>
        <translation>已打印 %1 次</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="42"/>
        <source>filed %1</source>
        <translation>%1 归档</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="43"/>
        <source>Voucher</source>
        <translation>服务凭证</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="44"/>
        <source>signed %1</source>
        <translation>%1 已签字</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="45"/>
        <source>not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="46"/>
        <source>Signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="47"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="48"/>
        <source>Dispatches</source>
        <translation>派工记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="49"/>
        <source>Visits</source>
        <translation>上门记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="50"/>
        <source>Invoice list</source>
        <translation>开票清单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="51"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="52"/>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="53"/>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="54"/>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="55"/>
        <source>Repair promise</source>
        <translation>答应交还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="56"/>
        <source>kept</source>
        <translation>按期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="57"/>
        <source>broken</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="58"/>
        <source>in the shop</source>
        <translation>在店内</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="59"/>
        <source>collected</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/detail_panel.py" line="60"/>
        <source>Choose a call to see it in full.</source>
        <translation>选择一条叫修单查看详情。</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="60"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="61"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="62"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="63"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="64"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="65"/>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="66"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="81"/>
        <source>⚠ arrived late</source>
        <translation>⚠ 超时到达</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="81"/>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="149"/>
        <source>&amp;Register call…</source>
        <translation>叫修登记(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="152"/>
        <source>&amp;Answered</source>
        <translation>已答复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="153"/>
        <source>The customer has been given a first answer</source>
        <translation>已给客户首次答复</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="154"/>
        <source>&amp;Dispatch…</source>
        <translation>派工(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="155"/>
        <source>&amp;Visit…</source>
        <translation>上门登记(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="156"/>
        <source>&amp;Bill…</source>
        <translation>账单(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="157"/>
        <source>Si&amp;gned…</source>
        <translation>客户签字(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="158"/>
        <source>&amp;Close</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="159"/>
        <source>R&amp;eopen…</source>
        <translation>重开(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="160"/>
        <source>Vo&amp;id…</source>
        <translation>作废(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="161"/>
        <source>Histor&amp;y…</source>
        <translation>客户档案(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="162"/>
        <source>Everything on file for this customer</source>
        <translation>这位客户的全部记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="165"/>
        <source>Previe&amp;w</source>
        <translation>打印预览(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="166"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="408"/>
        <source>received on %1</source>
        <translation>%1 接报</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="408"/>
        <source>closed on %1</source>
        <translation>%1 结案</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="409"/>
        <source>received on %1, reached late</source>
        <translation>%1 接报、迟到的叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="164"/>
        <source>&amp;Print voucher</source>
        <translation>打印服务凭证(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="183"/>
        <source>Search: call no., customer, initials, phone, model, serial, problem</source>
        <translation>搜索:叫修单号、客户、拼音首字母、电话、型号、机号、故障</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="186"/>
        <source>All calls</source>
        <translation>全部叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="187"/>
        <source>Open calls</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="190"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="192"/>
        <source>All technicians</source>
        <translation>全部技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="193"/>
        <source>left the shop</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="199"/>
        <source>&amp;Overdue</source>
        <translation>已超时(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="200"/>
        <source>&amp;Not dispatched</source>
        <translation>待派工(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="201"/>
        <source>Arrived &amp;late</source>
        <translation>超时到达(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="238"/>
        <source>%1 call(s)</source>
        <translation>共 %1 条叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="347"/>
        <source>Close call %1 and file its voucher?</source>
        <translation>将叫修单 %1 结案并归档服务凭证?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="355"/>
        <source>Reason (kept in the record):</source>
        <translation>原因(将记录在案):</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="360"/>
        <source>Reopen</source>
        <translation>重开</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="363"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/common.py" line="73"/>
        <source>%1 h left</source>
        <translation>剩 %1 工时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/common.py" line="74"/>
        <source>%1 h late</source>
        <translation>超时 %1 工时</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="45"/>
        <source>Call no.</source>
        <translation>叫修单号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="46"/>
        <source>Call received</source>
        <translation>叫修时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="49"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="50"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="51"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="52"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="54"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="53"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="55"/>
        <source>Deadline</source>
        <translation>到达时限</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="48"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/calls_page.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="95"/>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="99"/>
        <source>(choose)</source>
        <translation>(请选择)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="103"/>
        <source>&amp;Technician</source>
        <translation>技术员(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="104"/>
        <source>&amp;Area</source>
        <translation>区域(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="105"/>
        <source>Arrive by</source>
        <translation>到达时限</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="106"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="125"/>
        <source>Choose the area: the deadline depends on it.</source>
        <translation>请选择区域:到达时限按区域计算。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="129"/>
        <source>%1 working hours after the call (%2)</source>
        <translation>叫修后 %1 个工作小时(%2)</translation>
    </message>
</context>
<context>
    <name>RegisterCallDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="64"/>
        <source>Register a call</source>
        <translation>叫修登记</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="76"/>
        <source>Phone, name or pinyin initials (e.g. wxm for 王小明)</source>
        <translation>电话、姓名或拼音首字母(如 wxm 即王小明)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="83"/>
        <source>&amp;New customer</source>
        <translation>新客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="85"/>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="265"/>
        <source>New customer and product</source>
        <translation>新客户及产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="92"/>
        <source>e.g. air conditioner</source>
        <translation>如:空调</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="95"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="96"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="97"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="98"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="99"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="100"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="101"/>
        <source>Serial no.</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="102"/>
        <source>Bought on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="103"/>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="111"/>
        <source>What is wrong, in the customer&apos;s words</source>
        <translation>故障情况(按客户所述)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="119"/>
        <source>Why the kind differs from the proposal</source>
        <translation>服务类别与建议不同的原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="126"/>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="130"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="136"/>
        <source>Pro&amp;duct</source>
        <translation>产品(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="138"/>
        <source>&amp;Problem</source>
        <translation>故障情况(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="139"/>
        <source>C&amp;hannel</source>
        <translation>来电方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="139"/>
        <source>&amp;Area</source>
        <translation>区域(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="140"/>
        <source>Recei&amp;ved</source>
        <translation>叫修时间(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="140"/>
        <source>&amp;Kind</source>
        <translation>服务类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="142"/>
        <source>Reas&amp;on</source>
        <translation>原因(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="235"/>
        <source>New product for this customer…</source>
        <translation>该客户的新产品…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="265"/>
        <source>New product</source>
        <translation>新产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="300"/>
        <source>Proposed: %1 — %2</source>
        <translation>建议:%1 — %2</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/register_dialog.py" line="302"/>
        <source>Possible repeat fault (返修): call %1 on this product was closed on %2.</source>
        <translation>可能为返修:该产品的叫修单 %1 于 %2 结案。</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="267"/>
        <source>Customer signed</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="269"/>
        <source>&amp;Signed on</source>
        <translation>签字日期(&amp;S)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="144"/>
        <source>Record visit</source>
        <translation>上门登记</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="154"/>
        <source>Labour by the time on site (¥%1 an hour)</source>
        <translation>按上门时间计工时费(每小时 ¥%1)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="163"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="167"/>
        <source>Reason for the discount</source>
        <translation>优惠理由</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="168"/>
        <source>Collected on site</source>
        <translation>现场已收款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="171"/>
        <source>A&amp;rrived</source>
        <translation>到达时间(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="172"/>
        <source>&amp;Finished</source>
        <translation>完工时间(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="173"/>
        <source>&amp;Work done</source>
        <translation>处理情况(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="174"/>
        <source>Res&amp;ult</source>
        <translation>处理结果(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="178"/>
        <source>&amp;Labour (yuan)</source>
        <translation>人工费(元)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="178"/>
        <source>Tra&amp;vel (yuan)</source>
        <translation>交通费(元)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="186"/>
        <source>Parts issued</source>
        <translation>已领配件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="191"/>
        <source>&amp;Discount</source>
        <translation>优惠(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="197"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="205"/>
        <source>none — parts come onto the bill when the store issues them to this call</source>
        <translation>无 — 仓库对本叫修单发料后自动记入账单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/calls/action_dialogs.py" line="219"/>
        <source>%1: no charge</source>
        <translation>%1:不收费</translation>
    </message>
</context>
</TS>
