<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="118"/>
        <source>Quote accepted</source>
        <translation>客户同意报价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="121"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="127"/>
        <source>Accepted by</source>
        <translation>同意人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="128"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="129"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/camera_dialog.py" line="20"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/camera_dialog.py" line="25"/>
        <source>&amp;Take photo</source>
        <translation>拍照(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/camera_dialog.py" line="43"/>
        <source>No camera found.</source>
        <translation>没有找到摄像头。</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="91"/>
        <source>(not yet)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="95"/>
        <source>Accident repair</source>
        <translation>事故车</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="97"/>
        <source>An accident repair&apos;s margin is checked before it goes back (minimum in the settings).</source>
        <translation>事故车交车前核对毛利率(最低值见设置)。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="99"/>
        <source>&amp;Save card</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="100"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="102"/>
        <source>Diagnosis</source>
        <translation>检修诊断</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="104"/>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="326"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="106"/>
        <source>Promised date</source>
        <translation>答应交还日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="115"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="116"/>
        <source>Time log</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="117"/>
        <source>Parts issued</source>
        <translation>已发备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="119"/>
        <source>Bill</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="120"/>
        <source>Inspection</source>
        <translation>主管验讫</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="122"/>
        <source>Photos and condition</source>
        <translation>照片与收件检查</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="155"/>
        <source>New &amp;quote…</source>
        <translation>报价(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="156"/>
        <source>Customer &amp;accepted…</source>
        <translation>客户同意报价(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="157"/>
        <source>▶ S&amp;tart timer</source>
        <translation>▶ 开始计时(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="158"/>
        <source>■ St&amp;op timer</source>
        <translation>■ 停止计时(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="163"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="165"/>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="166"/>
        <source>Add &amp;minutes</source>
        <translation>登记工时(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="169"/>
        <source>Inspected — &amp;pass</source>
        <translation>验讫 — 合格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="170"/>
        <source>Inspection &amp;failed…</source>
        <translation>验收不合格(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="171"/>
        <source>Start &amp;repair</source>
        <translation>开始维修(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="172"/>
        <source>&amp;Waiting for parts</source>
        <translation>待料(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="173"/>
        <source>Res&amp;ume repair</source>
        <translation>继续维修(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="174"/>
        <source>Mark repaire&amp;d</source>
        <translation>已修好(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="175"/>
        <source>Return to &amp;customer…</source>
        <translation>交还客户(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="176"/>
        <source>Return u&amp;nrepaired…</source>
        <translation>未修交还(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="177"/>
        <source>Customer &amp;history…</source>
        <translation>客户档案(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="178"/>
        <source>Cancel card…</source>
        <translation>取消修护卡…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="179"/>
        <source>Print receipt…</source>
        <translation>打印领取收据…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="180"/>
        <source>Print card…</source>
        <translation>打印修护卡…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="181"/>
        <source>Print &amp;tag…</source>
        <translation>打印挂牌(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="182"/>
        <source>The small tag for the label printer (size in the settings)</source>
        <translation>标签打印机用的小挂牌(尺寸在设置中选择)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="218"/>
        <source>Inspected by %1, never by whoever did the repair.</source>
        <translation>由%1验收,修理人不能验收自己修的。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="224"/>
        <source>By hand: from</source>
        <translation>手工登记:开始</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="259"/>
        <source>Repair card</source>
        <translation>修护卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="259"/>
        <source>past the promised date</source>
        <translation>已过答应交还日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="259"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="260"/>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="260"/>
        <source>Promised</source>
        <translation>答应交还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="260"/>
        <source>Stated fault</source>
        <translation>所述故障</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="261"/>
        <source>Accessories</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="261"/>
        <source>Condition</source>
        <translation>外观状况</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="309"/>
        <source>not accepted yet</source>
        <translation>客户尚未同意</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="312"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="312"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="312"/>
        <source>Parts</source>
        <translation>材料费</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="312"/>
        <source>Travel</source>
        <translation>交通费</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="313"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="313"/>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="327"/>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="353"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="313"/>
        <source>Accepted</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="315"/>
        <source>Paid and out-of-warranty work: quote first; no work before the customer accepts.</source>
        <translation>有费及保修期外维修:先报价,客户同意后方可开始维修。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="316"/>
        <source>No quote needed: warranty or contract work.</source>
        <translation>保修或合同服务,无需报价。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="323"/>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="326"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="326"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="326"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="327"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="328"/>
        <source>Total: %1 minutes</source>
        <translation>合计:%1 分钟</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="333"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="338"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="338"/>
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="338"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="338"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="338"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="339"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="339"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="339"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="339"/>
        <source>Issued</source>
        <translation>发料日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="343"/>
        <source>Parts are issued by the store against this card and go onto its bill at price: ¥%1</source>
        <translation>仓库按本修护卡发料,按售价记入账单:¥%1</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="345"/>
        <source>Parts are issued by the store against this card; warranty or contract work: not charged (at price ¥%1).</source>
        <translation>备件由仓库凭本修护卡发料;保修或合同服务,不向客户收费(按售价 ¥%1)。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="351"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="351"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="353"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="353"/>
        <source>Inspector</source>
        <translation>验收人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="353"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="431"/>
        <source>Stop timer</source>
        <translation>停止计时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="432"/>
        <source>The timer has run since %1. When did the work end that day? (HH:MM)</source>
        <translation>计时从 %1 起一直未停。当天实际几点结束?(时:分)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="440"/>
        <source>Write the time as HH:MM, e.g. 17:30.</source>
        <translation>请按 时:分 填写,例如 17:30。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="459"/>
        <source>Inspection failed</source>
        <translation>验收不合格</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="459"/>
        <source>What is still wrong?</source>
        <translation>还有什么问题?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="464"/>
        <source>Cancel card</source>
        <translation>取消修护卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/card_dialog.py" line="464"/>
        <source>Why is this card cancelled?</source>
        <translation>为什么取消这张修护卡?</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="180"/>
        <source>Late: past the promised date</source>
        <translation>逾期:已过答应交还日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="181"/>
        <source>All open cards</source>
        <translation>全部未结修护卡</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="171"/>
        <source>Condition checklist (printed on the receipt for the customer&apos;s signature)</source>
        <translation>收件检查(打印在收据上由客户签字确认)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="39"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="53"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="64"/>
        <source>Card</source>
        <translation>修护卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="40"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="52"/>
        <source>Receipt</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="41"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="54"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="67"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="42"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="43"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="55"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="68"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="44"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="61"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="65"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="45"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="69"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="46"/>
        <source>In since</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="47"/>
        <source>Days in shop</source>
        <translation>在店天数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="48"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="57"/>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="71"/>
        <source>Promised</source>
        <translation>答应交还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="51"/>
        <source>In</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="56"/>
        <source>Serial no.</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="58"/>
        <source>Out</source>
        <translation>交还时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="59"/>
        <source>Collected by</source>
        <translation>取件人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="60"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="66"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="70"/>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="72"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>DailyReportsTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="48"/>
        <source>All technicians (supervisor&apos;s report)</source>
        <translation>全部技术员(服务主任日报表)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="50"/>
        <source> (left)</source>
        <translation>(已离职)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="53"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="54"/>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="63"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="65"/>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="150"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="70"/>
        <source>Record general work (inspections, parts, tools, training)</source>
        <translation>登记一般工作(检查、备件、工具、培训)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="75"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="77"/>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="78"/>
        <source>&amp;Add</source>
        <translation>登记(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="82"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="110"/>
        <source>supervisor</source>
        <translation>服务主任</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="111"/>
        <source>daily-report</source>
        <translation>日报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="144"/>
        <source>Supervisor daily report</source>
        <translation>服务主任日报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="148"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="150"/>
        <source>Jobs</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="150"/>
        <source>Total (h:mm)</source>
        <translation>合计(时:分)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="152"/>
        <source>%1 minutes in all</source>
        <translation>合计 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="155"/>
        <source>Technician daily work report</source>
        <translation>技术员工作日报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="158"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="158"/>
        <source>Job</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="158"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="158"/>
        <source>Ref.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="158"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="159"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/daily_tab.py" line="162"/>
        <source>Total %1 minutes</source>
        <translation>合计 %1 分钟</translation>
    </message>
</context>
<context>
    <name>GoodsInDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="54"/>
        <source>Goods in</source>
        <translation>收件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="55"/>
        <source>From a call taken back to the shop</source>
        <translation>上门带回的叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="56"/>
        <source>Over the counter</source>
        <translation>柜台收件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="72"/>
        <source>Name, phone or pinyin initials</source>
        <translation>姓名、电话或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="76"/>
        <source>As proposed (warranty / contract / paid)</source>
        <translation>按建议(保修/合同/有费)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="81"/>
        <source>Why the kind differs from the proposal</source>
        <translation>服务类别与建议不同的原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="84"/>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="85"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="86"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="87"/>
        <source>Kind of service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="88"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="93"/>
        <source>As on the product&apos;s label</source>
        <translation>按产品铭牌填写</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="101"/>
        <source>(not yet)</source>
        <translation>(未指定)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="105"/>
        <source>Serial no.</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="106"/>
        <source>Accessories</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="107"/>
        <source>Visible condition</source>
        <translation>外观状况</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="108"/>
        <source>Customer&apos;s stated fault</source>
        <translation>客户所述故障</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="109"/>
        <source>Promised date</source>
        <translation>答应交还日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="110"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="183"/>
        <source>— %1 customers match: choose one —</source>
        <translation>— %1 位客户相符,请选择 —</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="208"/>
        <source>Choose the call whose item came in.</source>
        <translation>请选择送来商品的叫修单。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/goods_in_dialog.py" line="214"/>
        <source>Find the customer and choose the product.</source>
        <translation>请查找客户并选择产品。</translation>
    </message>
</context>
<context>
    <name>InShopTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="135"/>
        <source>All items in the shop</source>
        <translation>全部在店商品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="136"/>
        <source>Only past the promised date</source>
        <translation>仅已过答应交还日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="140"/>
        <source>In the shop %1+ days</source>
        <translation>在店 %1 天以上</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="140"/>
        <source>In the shop %1–%2 days</source>
        <translation>在店 %1–%2 天</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/intake_panel.py" line="38"/>
        <source>Save checklist</source>
        <translation>保存检查项</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/intake_panel.py" line="50"/>
        <source>Photos of the item (drag picture files onto the row, or add them)</source>
        <translation>商品照片(可把图片文件拖到这一行,或点击添加)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/intake_panel.py" line="60"/>
        <source>%1 photo(s)</source>
        <translation>%1 张照片</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/intake_panel.py" line="62"/>
        <source>%1 missing from the photos folder</source>
        <translation>%1 张在照片文件夹中缺失</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/intake_panel.py" line="81"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 无法读取:%2</translation>
    </message>
</context>
<context>
    <name>PhotoButtons</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="195"/>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="197"/>
        <source>Ca&amp;mera…</source>
        <translation>摄像头(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="201"/>
        <source>No camera on this PC: add photos from files, or drag them onto the row of photos.</source>
        <translation>本机没有摄像头:请从文件添加照片,或把图片拖到照片行上。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="212"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="213"/>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="90"/>
        <source>Photo missing</source>
        <translation>照片缺失</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="91"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="94"/>
        <source>Added by %1</source>
        <translation>由 %1 添加</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="95"/>
        <source>The file %1 is not in the photos folder.</source>
        <translation>照片文件夹中没有文件 %1。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="152"/>
        <source>Photo missing</source>
        <translation>照片缺失</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/photos.py" line="159"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="83"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="88"/>
        <source>What the quote covers, or why it changed</source>
        <translation>报价内容,或变更原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="89"/>
        <source>Labour (yuan)</source>
        <translation>工时费(元)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="89"/>
        <source>Parts (yuan)</source>
        <translation>材料费(元)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="90"/>
        <source>Travel (yuan)</source>
        <translation>交通费(元)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="90"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="93"/>
        <source>The customer must accept the changed quote again.</source>
        <translation>报价变更后须客户再次同意。</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="161"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="162"/>
        <source>Came in during the last 30 days</source>
        <translation>最近 30 天收件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="163"/>
        <source>Came in this year</source>
        <translation>今年收件</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="200"/>
        <source>&amp;Goods in…</source>
        <translation>收件(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="201"/>
        <source>Receive an item: from a call taken back, or over the counter (Ctrl+N)</source>
        <translation>收件:上门带回或柜台送修(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="202"/>
        <source>&amp;Open card</source>
        <translation>打开修护卡(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="203"/>
        <source>Print &amp;receipt…</source>
        <translation>打印领取收据(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="204"/>
        <source>Print &amp;card…</source>
        <translation>打印修护卡(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="216"/>
        <source>In the shop now</source>
        <translation>在店商品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="217"/>
        <source>In/out register</source>
        <translation>商品进出登记簿</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="218"/>
        <source>Cards by state</source>
        <translation>修护卡状态</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="219"/>
        <source>Daily reports</source>
        <translation>工作日报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="278"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="311"/>
        <source>Print the goods receipt for the customer and the repair card now?</source>
        <translation>现在打印客户商品领取收据和修护卡吗?</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="143"/>
        <source>Return unrepaired</source>
        <translation>未修交还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="143"/>
        <source>Return to customer</source>
        <translation>交还客户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="147"/>
        <source>The customer signed the voucher</source>
        <translation>客户已在服务凭证上签字</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="149"/>
        <source>The customer lost the receipt (%1)</source>
        <translation>客户遗失收据(须%1)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="152"/>
        <source>ID card type and number of the person collecting</source>
        <translation>取件人证件类型及号码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="154"/>
        <source>Collected by</source>
        <translation>取件人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="157"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="161"/>
        <source>¥%1  (labour %2 + parts %3 + travel %4, other and discount %5) — goes onto the invoice list today</source>
        <translation>¥%1(工时 %2 + 配件 %3 + 交通 %4,其他及优惠 %5)— 今日转入应开发票</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="168"/>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/step_dialogs.py" line="176"/>
        <source>ID details</source>
        <translation>证件信息</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="94"/>
        <source>Search: number, customer, phone, model, serial</source>
        <translation>搜索:单号、客户、电话、型号、机身编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/repairs/repairs_page.py" line="118"/>
        <source>%1 item(s)</source>
        <translation>共 %1 件</translation>
    </message>
</context>
</TS>
