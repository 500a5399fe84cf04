<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/answer_dialog.py" line="98"/>
        <source>Survey card %1</source>
        <translation>调查卡 %1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/answer_dialog.py" line="99"/>
        <source>Call %1 · %2 · technician %3</source>
        <translation>叫修单 %1 · %2 · 技术员 %3</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/answer_dialog.py" line="100"/>
        <source>Type one digit per item: 4 very satisfied, 3 satisfied, 2 not quite, 1 dissatisfied.</source>
        <translation>每项输入一个数字:4 很满意,3 满意,2 不太满意,1 不满意。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/answer_dialog.py" line="105"/>
        <source>The customer&apos;s own words</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/answer_dialog.py" line="107"/>
        <source>Card came back</source>
        <translation>调查卡寄回</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/answer_dialog.py" line="108"/>
        <source>Phone call-back</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/answer_dialog.py" line="120"/>
        <source>Customer&apos;s words</source>
        <translation>客户意见</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="33"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="34"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="35"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="36"/>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="37"/>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="38"/>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="39"/>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="35"/>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="33"/>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="48"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="40"/>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="32"/>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="47"/>
        <source>Call no.</source>
        <translation>叫修单号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="41"/>
        <source>Visits made</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="42"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="43"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="34"/>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="36"/>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="34"/>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="49"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="37"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="38"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="39"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="40"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="41"/>
        <source>Notice due</source>
        <translation>应发通知日</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="42"/>
        <source>Notice sent</source>
        <translation>通知已发</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="43"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="44"/>
        <source>Visits included</source>
        <translation>保养次数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="46"/>
        <source>Renewed from</source>
        <translation>续自</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="47"/>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="31"/>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="46"/>
        <source>Card no.</source>
        <translation>调查卡号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="35"/>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="50"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="36"/>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="53"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="37"/>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="55"/>
        <source>Customer&apos;s words</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="51"/>
        <source>Due</source>
        <translation>应发日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="52"/>
        <source>Sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="54"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="59"/>
        <source>Open only</source>
        <translation>只看未结案</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="71"/>
        <source>&amp;Register…</source>
        <translation>登记(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="72"/>
        <source>First &amp;answer</source>
        <translation>首次答复(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="73"/>
        <source>&amp;Visit…</source>
        <translation>回访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="74"/>
        <source>Re&amp;ply…</source>
        <translation>答复(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="75"/>
        <source>Cl&amp;ose</source>
        <translation>结案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="76"/>
        <source>Print reply &amp;letter</source>
        <translation>打印答复函(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="77"/>
        <source>To &amp;conduct entry…</source>
        <translation>记奖罚(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="97"/>
        <source>Choose a complaint in the list first.</source>
        <translation>请先在列表中选择一条投诉。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="110"/>
        <source>Serious complaint %1 goes to the manager at once and stays at the top of the list until it is closed.</source>
        <translation>严重投诉 %1 已即时转交经理处理,结案前一直排在清单最上面。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="118"/>
        <source>Record that the customer of %1 has had a first answer now?</source>
        <translation>记录投诉 %1 的客户现在已得到首次答复?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaints_tab.py" line="139"/>
        <source>Close complaint %1?</source>
        <translation>结案投诉 %1?</translation>
    </message>
</context>
<context>
    <name>ConductEntryDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="192"/>
        <source>&amp;Staff member</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="193"/>
        <source>&amp;Rule</source>
        <translation>条款(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="194"/>
        <source>&amp;Amount (yuan)</source>
        <translation>金额(元)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="195"/>
        <source>What &amp;happened</source>
        <translation>经过(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="35"/>
        <source>New maintenance contract</source>
        <translation>新保养合同</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="50"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="51"/>
        <source>&amp;Products</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="52"/>
        <source>&amp;Start</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="53"/>
        <source>&amp;End</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="54"/>
        <source>&amp;Fee (yuan)</source>
        <translation>费用(元)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="55"/>
        <source>What is co&amp;vered</source>
        <translation>服务内容(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="56"/>
        <source>V&amp;isits included</source>
        <translation>包含保养次数(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="62"/>
        <source>Contract no., customer, phone</source>
        <translation>合同编号、客户、电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="65"/>
        <source>E&amp;xpiry notice due</source>
        <translation>应发到期通知(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="66"/>
        <source>Active contracts ending within a calendar month: their expiry notice is due</source>
        <translation>一个日历月内到期的有效合同:应寄发保养到期通知书</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="68"/>
        <source>Active only</source>
        <translation>只看有效</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="82"/>
        <source>&amp;New contract…</source>
        <translation>新合同(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="83"/>
        <source>&amp;Renew…</source>
        <translation>续约(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="84"/>
        <source>Follo&amp;w-up…</source>
        <translation>续约跟进(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="85"/>
        <source>Print expiry no&amp;tice</source>
        <translation>打印到期通知书(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="86"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="111"/>
        <source>Choose a contract in the list first.</source>
        <translation>请先在列表中选择一份合同。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="145"/>
        <source>Void contract</source>
        <translation>作废合同</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contracts_tab.py" line="145"/>
        <source>Why is this contract voided?</source>
        <translation>作废这份合同的原因?</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/pickers.py" line="62"/>
        <source>Name, phone or initials</source>
        <translation>姓名、电话或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/pickers.py" line="78"/>
        <source>— %1 customers match: choose one —</source>
        <translation>— %1 位客户相符,请选择 —</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="141"/>
        <source>&amp;Who</source>
        <translation>跟进人(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="142"/>
        <source>Whe&amp;n</source>
        <translation>时间(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="143"/>
        <source>&amp;Result</source>
        <translation>跟进结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="144"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="70"/>
        <source>&amp;Dismiss…</source>
        <translation>不作投诉(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="72"/>
        <source>Turn into &amp;complaint…</source>
        <translation>转为投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="77"/>
        <source>A rating at or below the low-rating setting waits here for a decision by %1.</source>
        <translation>评分不高于“低分”设置的调查卡在此等待%1处理。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="96"/>
        <source>Choose a card in the list first.</source>
        <translation>请先在列表中选择一张调查卡。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="103"/>
        <source>Dismiss the follow-up</source>
        <translation>不作投诉</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="103"/>
        <source>Why is it not a complaint?</source>
        <translation>为什么不作投诉处理?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="119"/>
        <source>Complaint %1 registered.</source>
        <translation>已登记投诉 %1。</translation>
    </message>
</context>
<context>
    <name>OpinionPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/opinion_page.py" line="30"/>
        <source>Survey cards</source>
        <translation>调查卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/opinion_page.py" line="31"/>
        <source>Follow-ups</source>
        <translation>低分跟进</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/opinion_page.py" line="32"/>
        <source>Complaints</source>
        <translation>投诉与建议</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/opinion_page.py" line="33"/>
        <source>Contracts</source>
        <translation>保养合同</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/opinion_page.py" line="34"/>
        <source>Technician scores</source>
        <translation>技术员月度评分</translation>
    </message>
</context>
<context>
    <name>RegisterComplaintDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="93"/>
        <source>Register a complaint or suggestion</source>
        <translation>登记投诉或建议</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="96"/>
        <source>Optional, e.g. JX2026-00012</source>
        <translation>可不填,如 JX2026-00012</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="100"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="101"/>
        <source>C&amp;all no.</source>
        <translation>叫修单号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="102"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="103"/>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="104"/>
        <source>What &amp;happened</source>
        <translation>经过(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="112"/>
        <source>Choose the customer from the list, or clear the search.</source>
        <translation>请从列表中选择客户,或清空查找框。</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="107"/>
        <source>&amp;Start</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="108"/>
        <source>&amp;End</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/contract_dialogs.py" line="109"/>
        <source>&amp;Fee (yuan)</source>
        <translation>费用(元)(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="157"/>
        <source>&amp;How</source>
        <translation>答复方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="158"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="160"/>
        <source>A serious complaint is answered in writing.</source>
        <translation>严重投诉须书面答复客户。</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="40"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="40"/>
        <source>Cards answered</source>
        <translation>已回收卡数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="41"/>
        <source>Overall</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="42"/>
        <source>Arrivals</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="42"/>
        <source>On time</source>
        <translation>准时率</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="42"/>
        <source>Promises kept</source>
        <translation>按期交还率</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="47"/>
        <source>Averages of the answered cards for calls closed in the month; 4 = very satisfied. Arrivals on time and promises kept are the month&apos;s service standards.</source>
        <translation>本月结案叫修的已回收调查卡平均分;4 = 很满意。准时率和按期交还率为本月服务标准。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="51"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/scores_tab.py" line="83"/>
        <source>Cards due this month %1 · answered %2 · outstanding %3</source>
        <translation>本月应发 %1 张 · 已回收 %2 · 未回收 %3</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="73"/>
        <source>&amp;Outstanding only</source>
        <translation>只看未回收(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="74"/>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="75"/>
        <source>Every card not yet answered, whatever day it was due</source>
        <translation>所有尚未回收的调查卡,不论应发日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="79"/>
        <source>&amp;Print the day&apos;s cards</source>
        <translation>打印当天调查卡(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="81"/>
        <source>&amp;Enter answer…</source>
        <translation>录入回收(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="95"/>
        <source>Cards due on</source>
        <translation>应发日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="125"/>
        <source>All days: due %1 · sent %2 · answered %3 · outstanding %4</source>
        <translation>全部日期:应发 %1 · 已发 %2 · 已回收 %3 · 未回收 %4</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="126"/>
        <source>Due %1 · sent %2 · answered %3 · outstanding %4</source>
        <translation>应发 %1 · 已发 %2 · 已回收 %3 · 未回收 %4</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="130"/>
        <source>%1 closed call(s) still without a card</source>
        <translation>%1 张已结案叫修尚无调查卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="144"/>
        <source>No survey cards are due on this day.</source>
        <translation>这一天没有要发的调查卡。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="160"/>
        <source>Choose a card in the list first.</source>
        <translation>请先在列表中选择一张调查卡。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/surveys_tab.py" line="163"/>
        <source>This card&apos;s answer is already entered.</source>
        <translation>这张调查卡已经录入过了。</translation>
    </message>
</context>
<context>
    <name>ToComplaintDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="46"/>
        <source>Turn into a complaint</source>
        <translation>转为投诉</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="53"/>
        <source>What &amp;happened</source>
        <translation>经过(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/follow_ups_tab.py" line="54"/>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="137"/>
        <source>&amp;Visited by</source>
        <translation>回访人(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/opinion/complaint_dialogs.py" line="138"/>
        <source>What the visit &amp;found</source>
        <translation>回访情况(&amp;F)</translation>
    </message>
</context>
</TS>
