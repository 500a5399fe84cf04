<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/about_dialog.py" line="17"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/about_dialog.py" line="22"/>
        <source>The after-sales service counter of a small shop.</source>
        <translation>小型商店的售后服务柜台。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/about_dialog.py" line="26"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/about_dialog.py" line="27"/>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/about_dialog.py" line="28"/>
        <source>Backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/about_dialog.py" line="29"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/about_dialog.py" line="30"/>
        <source>Qt for Python</source>
        <translation>Qt for Python</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="37"/>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="42"/>
        <source>Filter: staff name, what was done, kind of record or paper number</source>
        <translation>筛选:员工姓名、操作、记录类别或单据编号</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="85"/>
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="35"/>
        <source>daily, automatic</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="37"/>
        <source>kept before a restore</source>
        <translation>恢复前保留</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="39"/>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="40"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="49"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="60"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="64"/>
        <source>Choose the backup to go back to. The current data is kept as a backup first, so a restore can itself be undone.</source>
        <translation>请选择要恢复到的备份。恢复前会先把当前数据另存为一份备份,所以恢复本身也可以撤回。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="79"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="100"/>
        <source>Only the manager may restore a backup.</source>
        <translation>只有经理可以恢复备份。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="104"/>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="109"/>
        <source>Replace the current data with the backup of {when}?

Everything entered after that time will no longer be in the app. The current data is kept as a backup first. Everyone will need to sign in again.</source>
        <translation>用 {when} 的备份替换当前数据?

该时间之后录入的内容将不再出现在软件中。当前数据会先另存为一份备份。所有人都需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/backup_dialog.py" line="121"/>
        <source>The backup of {when} was restored. Please sign in again.</source>
        <translation>已恢复 {when} 的备份。请重新登录。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="24"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="25"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="26"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="27"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="28"/>
        <source>Change</source>
        <translation>变更(前 → 后)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/audit_dialog.py" line="29"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="32"/>
        <source>Connect to the shop&apos;s server</source>
        <translation>连接本店的服务器</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="35"/>
        <source>Several counters share one PostgreSQL server. Ask the shop&apos;s IT person for these details. The password is not stored on this PC.</source>
        <translation>多台柜台电脑共用一台 PostgreSQL 服务器。以下内容请向本店负责电脑的人员索取。密码不会保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="41"/>
        <source>e.g. 192.168.1.10 or shop-server</source>
        <translation>例如 192.168.1.10 或 shop-server</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="49"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="50"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="51"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="52"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="53"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/connect_dialog.py" line="60"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/holiday_editor.py" line="32"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/holiday_editor.py" line="38"/>
        <source>One line per holiday block or make-up workday, for example:
2026-10-01..2026-10-08 National Day
2026-09-27 make-up workday (a line saying 上班, 补班 or workday is a working day)</source>
        <translation>每行写一段假期或一个调休上班日,例如:
2026-10-01..2026-10-08 国庆节
2026-09-27 调休上班(含“上班”“补班”字样的行是上班日)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/holiday_editor.py" line="82"/>
        <source>{year}: {h} holidays and {w} make-up workdays.</source>
        <translation>{year} 年:{h} 天法定假日,{w} 天调休上班。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/login_dialog.py" line="36"/>
        <source>This is the demo shop: every password is 123456.</source>
        <translation>这是演示店:所有密码都是 123456。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/password_dialog.py" line="20"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/password_dialog.py" line="20"/>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/password_dialog.py" line="23"/>
        <source>New password or PIN for {name}</source>
        <translation>为 {name} 设置新密码或PIN</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/password_dialog.py" line="29"/>
        <source>New password or PIN</source>
        <translation>新密码或PIN</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/password_dialog.py" line="30"/>
        <source>Once more</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/password_dialog.py" line="43"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="36"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="37"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="38"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="39"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="40"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="41"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="42"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="82"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="101"/>
        <source>Shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="102"/>
        <source>Working time</source>
        <translation>上班时间与时限</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="104"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="105"/>
        <source>Money and suppliers</source>
        <translation>金额与供应商</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="106"/>
        <source>Language, paper and backups</source>
        <translation>语言、单据与备份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="143"/>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="144"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="145"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="146"/>
        <source>Terms on the voucher</source>
        <translation>服务凭证条款</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="147"/>
        <source>Printed at the foot of every service voucher; receipts carry their own terms.</source>
        <translation>印在每张服务凭证的页脚;各种收据印各自的条款。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="149"/>
        <source>Dear Mr/Ms Chen Ping,</source>
        <translation>尊敬的陈平先生/女士:</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="149"/>
        <source>Dear customer Chen Ping,</source>
        <translation>尊敬的陈平客户:</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="149"/>
        <source>Dear Chen Ping,</source>
        <translation>尊敬的陈平:</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="153"/>
        <source>Letters begin</source>
        <translation>信函称呼</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="154"/>
        <source>How expiry notices and complaint replies greet the customer (a company by its name).</source>
        <translation>保养到期通知书和投诉答复函对客户的称呼(单位客户只称单位名称)。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="162"/>
        <source>Working hours</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="171"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <source>Arrival deadline, city</source>
        <translation>到达时限(市区)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="176"/>
        <source>Arrival deadline, suburb</source>
        <translation>到达时限(郊区)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="177"/>
        <source>First answer to every request within</source>
        <translation>每个客户要求的首次答复时限</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="178"/>
        <source>Deadlines count working hours only: evenings, weekends and holidays do not count.</source>
        <translation>时限只按上班时间计算:晚上、周末和法定假日不计。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="185"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="193"/>
        <source> bills</source>
        <translation> 单</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="197"/>
        <source>Discount the counter may give, up to</source>
        <translation>前台可给优惠,最多</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="198"/>
        <source>Discounts a week per person without approval</source>
        <translation>每人每周无需审批的优惠单数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="199"/>
        <source>Lowest margin of an accident repair without approval</source>
        <translation>事故车无需审批的最低毛利率</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="200"/>
        <source>Labour charged per hour of the time log</source>
        <translation>按工时记录每小时收取的工时费</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="201"/>
        <source>Labour cost per hour (for the margin)</source>
        <translation>每小时人工成本(计算毛利用)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="205"/>
        <source>one supplier a line</source>
        <translation>每行一个供应商</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="206"/>
        <source>Regular suppliers</source>
        <translation>常用供应商</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="207"/>
        <source>Goods from any other supplier, and every direct purchase, need three quotes compared.</source>
        <translation>从其他供应商进货以及每次自采,都须三家比价。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="211"/>
        <source>Beyond these a supervisor approves on the spot; each discount beyond authority is proposed to the conduct log.</source>
        <translation>超出以上权限须服务主任当场审批;每笔超权限优惠都会建议记入奖罚记录。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="239"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="242"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="242"/>
        <source>A new language applies after the app is restarted.</source>
        <translation>新的语言在重新启动软件后生效。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="248"/>
        <source>Papers and workbook in</source>
        <translation>单据和月报语言</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="253"/>
        <source>Voucher paper size</source>
        <translation>服务凭证纸张</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="258"/>
        <source>Daily backups kept</source>
        <translation>保留每日备份份数</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="265"/>
        <source>Label printer: tags and part labels</source>
        <translation>标签打印机:挂牌与配件标签</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="276"/>
        <source>This PC (%1) makes the daily server backup</source>
        <translation>由这台电脑(%1)做每日服务器备份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="281"/>
        <source>Only the PC named here backs the server up, on its first start of the day (pg_dump, checked with pg_restore --list).</source>
        <translation>只有这里指定的电脑在每天第一次启动时备份服务器(pg_dump,并用 pg_restore --list 核对)。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="284"/>
        <source>Made now by %1; tick to make it here instead.</source>
        <translation>目前由 %1 备份;勾选后改由这台电脑备份。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="285"/>
        <source>Server backup</source>
        <translation>服务器备份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="287"/>
        <source>a folder on this PC, e.g. D:\Backups</source>
        <translation>这台电脑上的文件夹,例如 D:\售后备份</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/settings_dialog.py" line="288"/>
        <source>Server backups go to</source>
        <translation>服务器备份保存到</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="42"/>
        <source>e.g. Good Neighbour Appliance Service</source>
        <translation>例如 好邻居家电售后服务部</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="43"/>
        <source>e.g. 025-84561234</source>
        <translation>例如 025-84561234</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="44"/>
        <source>at least 4 characters</source>
        <translation>至少 4 位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="48"/>
        <source>Connect to the shop&apos;s server…</source>
        <translation>连接本店的服务器…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="49"/>
        <source>For a second counter: use the records of the shop&apos;s PostgreSQL server</source>
        <translation>用于第二台柜台电脑:使用本店 PostgreSQL 服务器上的记录</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="58"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="84"/>
        <source>Building the demo shop…</source>
        <translation>正在建立演示店……</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="85"/>
        <source>Demo shop</source>
        <translation>演示店</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/setup_dialog.py" line="105"/>
        <source>The demo shop was only partly built: {error}</source>
        <translation>演示店只建了一部分:{error}</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="43"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="47"/>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="84"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="47"/>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="85"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="47"/>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="86"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="56"/>
        <source>Change role…</source>
        <translation>更改岗位…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="57"/>
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="58"/>
        <source>Mark as left…</source>
        <translation>标记为离职…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="73"/>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="83"/>
        <source>at least 4 characters</source>
        <translation>至少 4 位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="87"/>
        <source>Password or PIN</source>
        <translation>密码或PIN</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="91"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="108"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="108"/>
        <source>Left on {date}</source>
        <translation>已于 {date} 离职</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="123"/>
        <source>Choose a staff member in the list first.</source>
        <translation>请先在列表中选择一位员工。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="150"/>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="158"/>
        <source>Change role</source>
        <translation>更改岗位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="150"/>
        <source>Role of {name}</source>
        <translation>{name} 的岗位</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="159"/>
        <source>New password or PIN for {name} as manager (at least 6 characters)</source>
        <translation>{name} 设为经理后的新密码或PIN(至少 6 位)</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="175"/>
        <source>The new password for {name} is saved.</source>
        <translation>{name} 的新密码已保存。</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/staff_dialog.py" line="182"/>
        <source>Mark {name} as having left the shop? They can no longer sign in; their records stay.</source>
        <translation>将 {name} 标记为离职?离职后不能再登录,其记录仍然保留。</translation>
    </message>
</context>
<context>
    <name>StartupErrorDialog</name>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="29"/>
        <source>The data file cannot be opened</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="29"/>
        <source>The shop&apos;s server cannot be used</source>
        <translation>无法使用本店的服务器</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="41"/>
        <source>What would you like to do?</source>
        <translation>您想怎么做?</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="49"/>
        <source>Restore the newest good backup ({when})</source>
        <translation>恢复最近一份完好的备份({when})</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="54"/>
        <source>Start with an empty data file</source>
        <translation>使用一个空的数据文件开始</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="55"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="56"/>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="81"/>
        <source>Choose another data file…</source>
        <translation>选择其他数据文件…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="56"/>
        <source>Change the connection…</source>
        <translation>更改连接…</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="57"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../aftersales_desktop/gui/dialogs/startup_error_dialog.py" line="82"/>
        <source>Data file</source>
        <translation>数据文件</translation>
    </message>
</context>
</TS>
