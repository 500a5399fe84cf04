<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuthorityTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="27"/>
        <source>Discount</source>
        <translation>打折</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="28"/>
        <source>Accident-repair margin</source>
        <translation>事故车毛利率</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="64"/>
        <source>Only proposed entries</source>
        <translation>只看建议记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="66"/>
        <source>&amp;No entry needed</source>
        <translation>无需记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="99"/>
        <source>Discounts are given on the bill of a call or a repair card: up to %1% on %2 bills a week per person, each with a reason; beyond that a supervisor approves on the spot, and the discount is proposed here as a conduct entry (¥20 a bill). Accident repairs below %3% margin are approved on the bill too.</source>
        <translation>优惠在叫修单或修护卡的账单上给出:每人每周最多 %2 单、每单最多 %1%,并写明理由;超出须服务主任当场审批,并在此建议记入奖罚(每单 20 元)。事故车毛利率低于 %3% 也在账单上审批。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="68"/>
        <source>&amp;Turn into conduct entry</source>
        <translation>转为奖罚记录(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="112"/>
        <source>Select a record first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="127"/>
        <source>Recorded as conduct entry %1.</source>
        <translation>已记为奖罚记录 %1。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="38"/>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="52"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="39"/>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="53"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="40"/>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="54"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="41"/>
        <source>Order</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="42"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="44"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="45"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="46"/>
        <source>Entry</source>
        <translation>奖罚记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="47"/>
        <source>Beyond authority</source>
        <translation>超出权限</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="51"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="55"/>
        <source>Rule</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="57"/>
        <source>Time in period</source>
        <translation>本期次数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/authority_tab.py" line="43"/>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="58"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="59"/>
        <source>Rest / other</source>
        <translation>扣休/其他</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="60"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="61"/>
        <source>Signed</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="62"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="63"/>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
</context>
<context>
    <name>ConductPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/conduct_page.py" line="28"/>
        <source>Entries</source>
        <translation>奖罚记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/conduct_page.py" line="30"/>
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/conduct_page.py" line="31"/>
        <source>Rules</source>
        <translation>奖罚条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/conduct_page.py" line="32"/>
        <source>Authority</source>
        <translation>服务权限</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="83"/>
        <source>Everyone</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="90"/>
        <source>Any rule</source>
        <translation>全部条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="91"/>
        <source>Show void</source>
        <translation>显示已作废</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="95"/>
        <source>Person</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="95"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="96"/>
        <source>Rule</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="101"/>
        <source>&amp;Record entry…</source>
        <translation>记录奖罚(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="102"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="103"/>
        <source>&amp;Print notice…</source>
        <translation>打印通知单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="104"/>
        <source>Ac&amp;knowledged</source>
        <translation>已签收(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="160"/>
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="166"/>
        <source>Select an entry first.</source>
        <translation>请先选择一条奖罚记录。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="180"/>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entries_tab.py" line="181"/>
        <source>Why is this entry wrong? (it stays in the log, marked void)</source>
        <translation>作废原因?(记录仍保留,标为已作废)</translation>
    </message>
</context>
<context>
    <name>RecordEntryDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="51"/>
        <source>Record a fine or reward</source>
        <translation>记录罚款或奖励</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="59"/>
        <source>Type a code or words of the rule, e.g. 争吵</source>
        <translation>输入条款编号或关键词,如:争吵</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="66"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="76"/>
        <source>&amp;Staff member</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="77"/>
        <source>&amp;When</source>
        <translation>发生时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="78"/>
        <source>&amp;Rule</source>
        <translation>条款(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="80"/>
        <source>What &amp;happened</source>
        <translation>经过(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="81"/>
        <source>&amp;Amount (yuan)</source>
        <translation>金额(元)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="83"/>
        <source>Penalty</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="120"/>
        <source>Choose a rule to see its penalty.</source>
        <translation>选择条款后显示处理标准。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="128"/>
        <source>Fixed amount: %1 yuan</source>
        <translation>固定金额:%1 元</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="131"/>
        <source>Allowed: %1 – %2 yuan</source>
        <translation>允许范围:%1 – %2 元</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/entry_dialog.py" line="136"/>
        <source>(choose the staff member to count earlier times)</source>
        <translation>(选择员工后按本期已有次数计算)</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="72"/>
        <source>Edit rule</source>
        <translation>修改条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="72"/>
        <source>Add rule</source>
        <translation>新增条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="85"/>
        <source> half day(s)</source>
        <translation> 个半天</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="86"/>
        <source>Written self-criticism</source>
        <translation>书面检讨</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="87"/>
        <source>Dismissal</source>
        <translation>开除</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="93"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="94"/>
        <source>Area</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="95"/>
        <source>Rule</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="96"/>
        <source>Fine or reward</source>
        <translation>罚款或奖励</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="97"/>
        <source>Minimum (yuan)</source>
        <translation>最低(元)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="98"/>
        <source>Maximum (yuan)</source>
        <translation>最高(元)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="99"/>
        <source>Rest docked</source>
        <translation>扣休</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="102"/>
        <source>Source in the rulebook</source>
        <translation>制度依据</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="104"/>
        <source>Escalation</source>
        <translation>累进处罚</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="161"/>
        <source>Search code or rule…</source>
        <translation>搜索条款编号或内容…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="163"/>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="164"/>
        <source>&amp;Add rule…</source>
        <translation>新增条款(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="165"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="166"/>
        <source>Retire / restore</source>
        <translation>停用/恢复</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="174"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="174"/>
        <source>Area</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="174"/>
        <source>Rule</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="174"/>
        <source>Penalty (yuan)</source>
        <translation>处罚(元)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="175"/>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="175"/>
        <source>Used</source>
        <translation>已用次数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/rules_tab.py" line="207"/>
        <source>Select a rule first.</source>
        <translation>请先选择一条条款。</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="38"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="39"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="40"/>
        <source>Save P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="42"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="48"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="48"/>
        <source>Entries</source>
        <translation>奖罚记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="48"/>
        <source>Fines</source>
        <translation>罚款次数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="48"/>
        <source>Fines total</source>
        <translation>罚款金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="49"/>
        <source>Rest docked (days)</source>
        <translation>扣休(天)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="49"/>
        <source>Rewards</source>
        <translation>奖励次数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="49"/>
        <source>Rewards total</source>
        <translation>奖励金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="49"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="54"/>
        <source>Net = rewards − fines; void entries are not counted.</source>
        <translation>净额 = 奖励金额 − 罚款金额;已作废的记录不计入。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/conduct/summary_tab.py" line="75"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
</TS>
