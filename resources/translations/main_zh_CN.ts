<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="37"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="40"/>
        <source>What needs attention today.</source>
        <translation>今天需要处理的事项。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="44"/>
        <source>Calls</source>
        <translation>叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="47"/>
        <source>The call register: registering calls, dispatching technicians, service vouchers, visits on site and closing calls.</source>
        <translation>叫修登记簿:登记叫修、派工、服务凭证、上门服务和结案。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="55"/>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="58"/>
        <source>Repairs in the shop: goods receipts, the goods in/out register, repair cards, quotes, the time log and the supervisor&apos;s inspection.</source>
        <translation>客户商品领取收据、客户商品进出登记簿、修护卡、报价、工时记录和主管验讫。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="66"/>
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="69"/>
        <source>The parts store: stock, issuing parts against work orders, tool loans, warranty-claim orders with deposits, and the monthly stocktake.</source>
        <translation>库存、见单发料、专用工具借用、索赔订货及押金,以及每月盘点。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="77"/>
        <source>Conduct</source>
        <translation>员工奖罚</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="80"/>
        <source>The staff conduct log: fines and rewards under the shop&apos;s rules, and counter authority.</source>
        <translation>按本店制度记录的员工罚款和奖励,以及服务权限的使用。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="86"/>
        <source>Customer opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="89"/>
        <source>Customer opinion: survey cards for every call, complaints and suggestions with their visits, and maintenance contracts with expiry notices.</source>
        <translation>每次叫修的客户意见调查卡、投诉与建议及其回访,以及保养合同书和保养到期通知书。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="97"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/areas.py" line="100"/>
        <source>Daily reports and the monthly workbook for the accountant.</source>
        <translation>日报表,以及交给会计的月度报表。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/crash.py" line="98"/>
        <source>Something went wrong</source>
        <translation>出现意外错误</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/crash.py" line="102"/>
        <source>(no log file)</source>
        <translation>(没有日志文件)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/crash.py" line="105"/>
        <source>The app met an unexpected problem. What you saved before is safe. Please tell your IT person and give them the log file:
{path}</source>
        <translation>软件遇到了意外问题。之前保存的内容是安全的。请告知负责电脑的同事,并把日志文件交给他:
{path}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/crash.py" line="117"/>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="39"/>
        <source>Customer history</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="47"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="47"/>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="47"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="47"/>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="62"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="48"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="48"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="59"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="71"/>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/history_dialog.py" line="92"/>
        <source>%1 entries, newest first</source>
        <translation>共 %1 条,最新的在前</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <location filename="../../ui/login_dialog.ui" line="66"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="22"/>
        <source>Who is at the counter?</source>
        <translation>谁在柜台值班?</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="31"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="33"/>
        <source>Password or PIN</source>
        <translation>密码或PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="72"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="93"/>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="116"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="99"/>
        <source>Search: phone, name or initials, call/voucher/receipt number, serial</source>
        <translation>搜索:电话、姓名或拼音首字母、叫修/凭证/收据单号、机身编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="120"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="122"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="123"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="124"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="125"/>
        <source>Staff…</source>
        <translation>员工管理…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="126"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="127"/>
        <source>Audit trail…</source>
        <translation>操作记录…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="128"/>
        <source>Switch user / Sign out</source>
        <translation>切换用户/注销</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="129"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="133"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="135"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="196"/>
        <source>Nobody is signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="200"/>
        <source>Acting: {name} ({role})</source>
        <translation>当前操作人:{name}({role})</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="227"/>
        <source>Your role cannot open this area.</source>
        <translation>您的岗位不能打开这个工作区。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="291"/>
        <source>Nothing found for “{text}”.</source>
        <translation>没有找到“{text}”。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="305"/>
        <source>Scanned “{code}”: no paper or part has this code.</source>
        <translation>已扫描“{code}”:没有单据或配件是这个编号。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="311"/>
        <source>Scanned {number}</source>
        <translation>已扫描 {number}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/main_window.py" line="355"/>
        <source>  [demo shop]</source>
        <translation>  [演示店]</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../aftersales_desktop/gui/messages.py" line="37"/>
        <source>Aftersales Desktop</source>
        <translation>售后服务台</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/messages.py" line="60"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/messages.py" line="61"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/messages.py" line="63"/>
        <source>Nothing of yours was saved. Reload shows their change and drops what you typed here.</source>
        <translation>您的修改尚未保存。重新载入会显示对方的修改,并丢弃您在这里填写的内容。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/messages.py" line="106"/>
        <source>Please enter a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>MyWorkList</name>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="116"/>
        <source>▶ Timer running since %1</source>
        <translation>▶ 计时中,自 %1 起</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="119"/>
        <source>Call, arrive by %1</source>
        <translation>上门,%1 前到达</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="122"/>
        <source>Repair, promised %1</source>
        <translation>修理,答应 %1 交还</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="129"/>
        <source>Nothing dispatched to you and no card of yours open.</source>
        <translation>目前没有派给您的叫修,也没有您的未完修护卡。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/placeholder_page.py" line="25"/>
        <source>This area is not built yet.</source>
        <translation>这个工作区尚未建成。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/placeholder_page.py" line="28"/>
        <source>It will hold: {what}</source>
        <translation>将包含:{what}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/placeholder_page.py" line="31"/>
        <source>Until then, keep using the paper registers for this work.</source>
        <translation>在此之前,这部分工作请继续使用纸质登记簿。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/search_dialog.py" line="29"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/search_dialog.py" line="33"/>
        <source>{n} found for “{text}”. Double-click one to open it.</source>
        <translation>“{text}”找到 {n} 条。双击一条即可打开。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/search_dialog.py" line="39"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/search_dialog.py" line="39"/>
        <source>Number / phone</source>
        <translation>单号/电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/search_dialog.py" line="39"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/search_dialog.py" line="39"/>
        <source>Area</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/search_dialog.py" line="59"/>
        <source>Customer &amp;history…</source>
        <translation>客户档案(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="6"/>
        <source>Set up the service counter</source>
        <translation>设置售后服务台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="15"/>
        <source>Welcome to the service counter</source>
        <translation>欢迎使用售后服务台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="21"/>
        <source>Enter your shop&apos;s details and the manager&apos;s account. The shop&apos;s name, address and phone are printed on every voucher and receipt.</source>
        <translation>请填写本店资料和经理账号。店名、地址和电话会打印在每张服务凭证和收据上。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="28"/>
        <source>The shop</source>
        <translation>本店资料</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="33"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="35"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="37"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="44"/>
        <source>The manager&apos;s account</source>
        <translation>经理账号</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="49"/>
        <source>Manager&apos;s name</source>
        <translation>经理姓名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="51"/>
        <source>Password or PIN</source>
        <translation>密码或PIN</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="53"/>
        <source>Once more</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="81"/>
        <source>Set up the shop</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="87"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="103"/>
        <source>Just looking? Open a demo shop with three months of example calls, repairs and parts.</source>
        <translation>只是想看看?打开一个演示店,里面有三个月的示例叫修、维修和备件记录。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="110"/>
        <source>Open the demo shop</source>
        <translation>打开演示店</translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/placeholder_page.py" line="52"/>
        <source>Nobody is signed in.</source>
        <translation>当前无人登录。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/placeholder_page.py" line="56"/>
        <source>Press Ctrl+L or the button to sign in.</source>
        <translation>按 Ctrl+L 或点击按钮登录。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/placeholder_page.py" line="60"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="95"/>
        <source>The disk of the data folder {p} is full. Free some space, then start the app again.</source>
        <translation>数据文件夹 {p} 所在的磁盘已满。请腾出空间后再启动本软件。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="99"/>
        <source>The data folder {p} cannot be used ({e}). Check that it exists and may be written, or start the app with another data folder.</source>
        <translation>数据文件夹 {p} 无法使用({e})。请检查它是否存在、是否可写,或换一个数据文件夹启动本软件。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="153"/>
        <source>The protection of the audit trail was missing from the data file ({names}): someone changed the file outside this app. It has been put back and noted in the audit trail. Run a check (aftersales-desktop check) to see whether records were changed.</source>
        <translation>数据文件里审计记录的保护({names})不见了:有人在本软件之外改动过数据文件。保护已恢复,并记入审计记录。请运行检查(aftersales-desktop check),看看记录是否被改过。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="204"/>
        <source>The data was restored from the backup of {when}. Anything entered after it must be entered again.</source>
        <translation>已从 {when} 的备份恢复数据。此后录入的内容需要重新录入。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="211"/>
        <source>A data file is named {name}. Choose that file in the shop&apos;s data folder.</source>
        <translation>数据文件名为 {name}。请在本店的数据文件夹中选择这个文件。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="281"/>
        <source>Checking the data file and making today&apos;s backup…</source>
        <translation>正在检查数据文件并做今天的备份…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="279"/>
        <source>Making today&apos;s server backup…</source>
        <translation>正在做今天的服务器备份…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="307"/>
        <source>Today&apos;s automatic backup failed: {e}</source>
        <translation>今天的自动备份失败:{e}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="311"/>
        <source>The data holds far fewer records than yesterday&apos;s backup. Today&apos;s backup was kept aside ({name}) so it never replaces the good ones. If records are missing, restore a backup (File → Restore from backup…).</source>
        <translation>数据中的记录比昨天的备份少得多。今天的备份已另外存放（{name}），不会替换完好的备份。如有记录丢失，请从备份恢复（文件 → 从备份恢复…）。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="316"/>
        <source>Today&apos;s server backup is made: {name}</source>
        <translation>今天的服务器备份已完成:{name}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="318"/>
        <source>Today&apos;s server backup was made earlier.</source>
        <translation>今天的服务器备份早些时候已经做过。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="321"/>
        <source>The data file is sound; today&apos;s backup is made.</source>
        <translation>数据文件完好；今天的备份已做好。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="322"/>
        <source>The data file is sound.</source>
        <translation>数据文件完好。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/app.py" line="354"/>
        <source>The demo shop is ready. Every demo password is 123456.</source>
        <translation>演示店已建好。所有演示账号的密码都是 123456。</translation>
    </message>
</context>
<context>
    <name>TodayChartsPanel</name>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="25"/>
        <source>The last 30 working days</source>
        <translation>最近 30 个工作日</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="27"/>
        <source>Calls received and closed per day</source>
        <translation>每日接报与结案的叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="29"/>
        <source>Arrivals on time, % (calls received that day)</source>
        <translation>准时到达率 %(按接报日期)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="31"/>
        <source>Items in the shop by days since they came in</source>
        <translation>店内商品(按收件天数)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="59"/>
        <source>The last 30 working days: %1 to %2</source>
        <translation>最近 30 个工作日:%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="60"/>
        <source>Received</source>
        <translation>接报</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="60"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="63"/>
        <source>On time %</source>
        <translation>准时 %</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="65"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_charts.py" line="69"/>
        <source>%1+ days</source>
        <translation>%1 天以上</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="31"/>
        <source>Calls</source>
        <translation>叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="32"/>
        <source>Open calls</source>
        <translation>未结叫修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="33"/>
        <source>Not dispatched</source>
        <translation>待派工</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="34"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="35"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="37"/>
        <source>Service standards this month</source>
        <translation>本月服务标准</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="38"/>
        <source>Arrived after the deadline</source>
        <translation>超时到达</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="39"/>
        <source>Arrived on time</source>
        <translation>准时到达率</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="41"/>
        <source>Repairs in the shop</source>
        <translation>店内维修</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="42"/>
        <source>Goods in the shop</source>
        <translation>在店商品</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="43"/>
        <source>Past the promised date</source>
        <translation>超过约定日期</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="45"/>
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="46"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="47"/>
        <source>Monthly stocktake</source>
        <translation>本月盘点</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="49"/>
        <source>Customer opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="50"/>
        <source>Contracts ending within a month: notices due</source>
        <translation>一个月内到期的合同:应发到期通知</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="173"/>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="233"/>
        <source>not yet</source>
        <translation>未盘点</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="235"/>
        <source>posted ✓</source>
        <translation>已过账 ✓</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="51"/>
        <source>Complaints open</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="52"/>
        <source>Survey cards outstanding</source>
        <translation>未回收的调查卡</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="221"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/today_page.py" line="222"/>
        <source>Click a number to open its list. The numbers update every minute.</source>
        <translation>点击数字即可打开对应的清单。数字每分钟自动更新。</translation>
    </message>
</context>
</TS>
