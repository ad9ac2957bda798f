<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Taktline</name>
    <message>
        <source>Give --%1 as a day, written yyyy-MM-dd.</source>
        <translation>请给出 --%1 的日期，格式为 yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>--%1 %2 is not a day; write it as yyyy-MM-dd, for example 2026-11-30.</source>
        <translation>--%1 %2 不是有效日期；请写成 yyyy-MM-dd，例如 2026-11-30。</translation>
    </message>
    <message>
        <source>Prints OEE (ISO 22400-2) and its time elements for a period: availability, effectiveness, quality, OEE, NEE, technical efficiency, set-up rate, MTTR, MTBF, scrap and rework ratios.</source>
        <translation>输出一段时间的设备综合效率（ISO 22400-2）及其时间要素：可用率、性能率、质量率、OEE、NEE、技术效率、换型率、平均修复时间、平均故障间隔、报废率和返工率。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>The first day, yyyy-MM-dd.</source>
        <translation>第一天，格式 yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>The last day (included), yyyy-MM-dd.</source>
        <translation>最后一天（含当天），格式 yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>Only the machine with this code.</source>
        <translation>只看该编号的设备。</translation>
    </message>
    <message>
        <source>One row per machine (default), line, workshop, product, shift or day.</source>
        <translation>每行一台设备（默认）、一条产线、一个车间、一种产品、一个班次或一天。</translation>
    </message>
    <message>
        <source>Print JSON with every element and figure instead of a table.</source>
        <translation>输出包含全部要素和指标的 JSON，而不是表格。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; the period would be empty.</source>
        <translation>--from %1 晚于 --to %2；这段时间是空的。</translation>
    </message>
    <message>
        <source>--by %1 is not known; use machine, line, workshop, product, shift or day.</source>
        <translation>无法识别 --by %1；请用 machine、line、workshop、product、shift 或 day。</translation>
    </message>
    <message>
        <source>There is no machine with the code %1.</source>
        <translation>没有编号为 %1 的设备。</translation>
    </message>
    <message>
        <source>The period from %1 to %2 has not begun yet: there is no OEE to tell.</source>
        <translation>%1 至 %2 这段时间尚未开始：还没有设备综合效率可算。</translation>
    </message>
</context>
<context>
    <name>Taktline::AccessControl</name>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2). This role may not %3.</source>
        <translation>您当前以%1（%2）的身份登录，该角色无权%3。</translation>
    </message>
</context>
<context>
    <name>Taktline::AddMasterRecordCommand</name>
    <message>
        <source>Add %1 %2</source>
        <translation>新增%1 %2</translation>
    </message>
</context>
<context>
    <name>Taktline::Andon</name>
    <message>
        <source>Material</source>
        <translation>缺料</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>设备维修</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>叫班长</translation>
    </message>
</context>
<context>
    <name>Taktline::AndonAnswerDialog</name>
    <message>
        <source>Close the andon call</source>
        <translation>关闭安灯呼叫</translation>
    </message>
    <message>
        <source>Acknowledge the andon call</source>
        <translation>响应安灯呼叫</translation>
    </message>
    <message>
        <source>%1  %2 calls for %3</source>
        <translation>%1  %2 呼叫：%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>，入库人 %1</translation>
    </message>
    <message numerus="yes">
        <source>Called at %1%2, %n min ago.</source>
        <translation>
            <numerusform>%1%2 呼叫，%n 分钟前。</numerusform>
        </translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>处理情况（选填）</translation>
    </message>
    <message>
        <source>Who is coming, when (optional)</source>
        <translation>谁来、何时到（选填）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Close the call</source>
        <translation>关闭呼叫</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>响应</translation>
    </message>
</context>
<context>
    <name>Taktline::AndonPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>呼叫…</translation>
    </message>
    <message>
        <source>Call for material, quality, maintenance or the supervisor (andon)</source>
        <translation>呼叫缺料、质量、设备维修或班长（安灯）</translation>
    </message>
    <message>
        <source>Call sent: %1 at %2. It shows on the Machines page until a supervisor answers.</source>
        <translation>已呼叫：%2 %1。班长响应前，呼叫一直显示在“设备”页上。</translation>
    </message>
    <message>
        <source>answered, help is coming</source>
        <translation>已响应，正在赶来</translation>
    </message>
    <message>
        <source>%1 is coming</source>
        <translation>%1 正在赶来</translation>
    </message>
    <message>
        <source>waiting %1 — escalated</source>
        <translation>已等待 %1 — 已升级</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Taktline::AndonService</name>
    <message>
        <source>read the machine</source>
        <translation>读取设备</translation>
    </message>
    <message>
        <source>This machine does not exist.</source>
        <translation>该设备不存在。</translation>
    </message>
    <message>
        <source>Machine %1 is deactivated; it cannot call.</source>
        <translation>设备 %1 已停用，不能呼叫。</translation>
    </message>
    <message>
        <source>read the employee</source>
        <translation>读取员工</translation>
    </message>
    <message>
        <source>This employee is not active; sign in again to call.</source>
        <translation>该员工已停用；请重新登录后再呼叫。</translation>
    </message>
    <message>
        <source>read the open andon calls</source>
        <translation>读取未关闭的安灯呼叫</translation>
    </message>
    <message>
        <source>Machine %1 has already called for %2; the call is still open.</source>
        <translation>设备 %1 已呼叫“%2”，该呼叫尚未关闭。</translation>
    </message>
    <message>
        <source>save the andon call</source>
        <translation>保存安灯呼叫</translation>
    </message>
    <message>
        <source>read the andon call</source>
        <translation>读取安灯呼叫</translation>
    </message>
    <message>
        <source>This andon call does not exist.</source>
        <translation>该安灯呼叫不存在。</translation>
    </message>
    <message>
        <source>The call from %1 is already closed.</source>
        <translation>%1 的呼叫已关闭。</translation>
    </message>
    <message>
        <source>The call from %1 is already acknowledged.</source>
        <translation>%1 的呼叫已响应。</translation>
    </message>
    <message>
        <source>%1 already answered the call from %2.</source>
        <translation>%1 已响应 %2 的呼叫。</translation>
    </message>
    <message>
        <source>save the answer to the andon call</source>
        <translation>保存对安灯呼叫的响应</translation>
    </message>
    <message>
        <source>read the andon calls</source>
        <translation>读取安灯呼叫</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes before an unanswered call escalates.</source>
        <translation>请选择 1 到 240 分钟，无人响应的呼叫在此后升级。</translation>
    </message>
</context>
<context>
    <name>Taktline::AppliedCommand</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::AuditLogModel</name>
    <message>
        <source>This computer (%1)</source>
        <translation>本机 (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Taktline::AuditLogPanel</name>
    <message>
        <source>Only the owner may read the audit log.</source>
        <translation>只有老板可以查看审计日志。</translation>
    </message>
    <message>
        <source>Nothing was changed in this period, or nothing matches these filters. Widen the period or clear the search.</source>
        <translation>这段时间内没有更改，或没有符合筛选条件的记录。请放宽时间段或清除搜索。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Record, user, device or detail…</source>
        <translation>记录、用户、终端或详情…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 条更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::AuditText</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>已打印工牌</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>已修改密码</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收料</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>已解冻</translation>
    </message>
    <message>
        <source>Finished goods received</source>
        <translation>成品已入库</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Serial numbers generated</source>
        <translation>已生成序列号</translation>
    </message>
    <message>
        <source>Moved in the dispatch list</source>
        <translation>派工单中已调整顺序</translation>
    </message>
    <message>
        <source>Inserted as a rush order</source>
        <translation>已插单</translation>
    </message>
    <message>
        <source>Operations changed</source>
        <translation>工序已修改</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <source>Sign-in failure</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解除锁定</translation>
    </message>
    <message>
        <source>Refused: locked</source>
        <translation>拒绝：账号已锁定</translation>
    </message>
    <message>
        <source>Refused: account deactivated</source>
        <translation>拒绝：账号已停用</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Material lot</source>
        <translation>物料批次</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>工艺路线</translation>
    </message>
    <message>
        <source>BOM line</source>
        <translation>物料清单行</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>State changed to %1</source>
        <translation>状态改为%1</translation>
    </message>
    <message>
        <source>Station PIN set</source>
        <translation>已设置工位 PIN 码</translation>
    </message>
    <message>
        <source>Station PIN cleared</source>
        <translation>已清除工位 PIN 码</translation>
    </message>
    <message>
        <source>Badge locked: wrong PINs</source>
        <translation>PIN 码错误，工牌已锁定</translation>
    </message>
</context>
<context>
    <name>Taktline::AuthService</name>
    <message>
        <source>The user name is required.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 40 characters.</source>
        <translation>用户名不能包含空格，且最多 40 个字符。</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>This factory already has an owner account.</source>
        <translation>本工厂已有老板账号。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask the owner to activate it.</source>
        <translation>账号“%1”已停用，请联系老板启用。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>用户“%1”不存在。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked. Try again in %n minute(s), or ask the owner to unlock it.</source>
        <translation>
            <numerusform>密码错误次数过多，账户已锁定。请 %n 分钟后再试，或请老板解除锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::Backup</name>
    <message>
        <source>Daily</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>On exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Modified — do not use</source>
        <translation>已被修改 — 不能恢复</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Unknown file — verify it</source>
        <translation>不在清单中 — 请先校验</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupCipher</name>
    <message>
        <source>The backup %1 was modified or is incomplete: its encryption does not check out. It cannot be restored.</source>
        <translation>备份 %1 已被修改或不完整：其加密校验不通过，不能恢复。</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法由密码短语派生密钥。</translation>
    </message>
    <message>
        <source>The backup encryption keys are missing or damaged. Set the passphrase again in Settings ▸ Backup.</source>
        <translation>备份加密密钥缺失或已损坏。请在 设置 ▸ 备份 中重新设置密码短语。</translation>
    </message>
    <message>
        <source>Cannot write the encrypted backup %1: %2</source>
        <translation>无法写入加密备份 %1：%2</translation>
    </message>
    <message>
        <source>Writing the encrypted backup %1 failed; it was removed. Check the backup drive.</source>
        <translation>写入加密备份 %1 失败，已将其删除。请检查备份盘。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Taktline backup.</source>
        <translation>%1 不是加密的 Taktline 备份。</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup %1 (or its header was modified).</source>
        <translation>该密码短语打不开备份 %1（或其文件头已被修改）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupCommand</name>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Read the backup passphrase from the environment variable VAR (never give it on the command line). Without it an encrypted backup asks on the terminal.</source>
        <translation>从环境变量 VAR 读取备份密码短语（切勿写在命令行上）。不给时，加密备份会在终端上询问。</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>备份的密码短语：</translation>
    </message>
    <message>
        <source>File:         %1</source>
        <translation>文件：      %1</translation>
    </message>
    <message>
        <source>State:        %1</source>
        <translation>状态：      %1</translation>
    </message>
    <message>
        <source>Problem:      %1</source>
        <translation>问题：      %1</translation>
    </message>
    <message>
        <source>Kind:         %1%2</source>
        <translation>类型：      %1%2</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <source>Taken:        %1</source>
        <translation>时间：      %1</translation>
    </message>
    <message>
        <source>Size:         %1</source>
        <translation>大小：      %1</translation>
    </message>
    <message>
        <source>Factory:      %1</source>
        <translation>工厂：      %1</translation>
    </message>
    <message>
        <source>Schema:       %1</source>
        <translation>数据库版本：%1</translation>
    </message>
    <message>
        <source>Work orders:  %1</source>
        <translation>工单：      %1</translation>
    </message>
    <message>
        <source>Reports:      %1</source>
        <translation>报工：      %1</translation>
    </message>
    <message>
        <source>Last report:  %1</source>
        <translation>最后报工：  %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Writes a verified backup of the factory database (an online copy: Taktline may keep running), or checks one with --verify.</source>
        <translation>写入一份经过校验的工厂数据库备份（在线复制：Taktline 可以继续运行），或用 --verify 校验一份备份。</translation>
    </message>
    <message>
        <source>The folder to write the backup to (default: the backup folder set in Settings ▸ Backup).</source>
        <translation>备份写入的文件夹（默认：设置 ▸ 备份 中设定的备份文件夹）。</translation>
    </message>
    <message>
        <source>Check the backup FILE instead: its hash, its encryption and SQLite&apos;s integrity check. Exit code 0 only when it is good.</source>
        <translation>改为校验备份文件 FILE：哈希、加密和 SQLite 完整性校验。只有备份完好时退出码为 0。</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <source>No backup folder is set for this PC. Give one with --out DIR, or choose it in Settings ▸ Backup.</source>
        <translation>这台电脑还没有设定备份文件夹。请用 --out DIR 指定，或在 设置 ▸ 备份 中选择。</translation>
    </message>
    <message>
        <source>Replaces the factory database with the content of a backup, after checking the backup and saving the current file as a before-restore backup. Close Taktline on this file first.</source>
        <translation>先校验备份，并把当前文件另存为恢复前备份，然后用备份的内容替换工厂数据库。请先在所有打开此文件的电脑上关闭 Taktline。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>Name exactly one backup file to restore.</source>
        <translation>请指定且只指定一个要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>The file as it was before is saved as:</source>
        <translation>恢复前的文件已保存为：</translation>
    </message>
    <message>
        <source>There was no factory file there before; it was made from the backup.</source>
        <translation>此处原先没有工厂文件；已由备份创建。</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupInspector</name>
    <message>
        <source>%1 is not a Taktline database copy, or it is damaged.</source>
        <translation>%1 不是 Taktline 数据库副本，或已损坏。</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the copy %1 found &quot;%2&quot;.</source>
        <translation>SQLite 对副本 %1 的校验发现“%2”。</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupListModel</name>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupManifest</name>
    <message>
        <source>Cannot write the backup manifest %1: %2</source>
        <translation>无法写入备份清单 %1：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupPanel</name>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>备份位置与时间</translation>
    </message>
    <message>
        <source>No folder chosen yet — a USB drive or a network share</source>
        <translation>尚未选择文件夹 — 可选 U 盘或网络共享文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Back up automatically every day while Taktline runs, and when it closes</source>
        <translation>自动备份：Taktline 运行时每天一次，关闭时再备份一次</translation>
    </message>
    <message>
        <source>Encrypt backups with a passphrase</source>
        <translation>用密码短语加密备份</translation>
    </message>
    <message>
        <source>How many to keep</source>
        <translation>保留份数</translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation>每日：</translation>
    </message>
    <message>
        <source>Weekly:</source>
        <translation>每周：</translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation>每月：</translation>
    </message>
    <message>
        <source>Manual backups and those taken before a restore are never removed.</source>
        <translation>手动备份和恢复前的备份永不删除。</translation>
    </message>
    <message>
        <source>Warn on the main window after</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>days without a good backup</source>
        <translation>天没有有效备份时，在主窗口提醒</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>文件夹中的备份</translation>
    </message>
    <message>
        <source>Choose a backup folder above, then press Back up now.</source>
        <translation>请先在上方选择备份文件夹，再点“立即备份”。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be reached. Plug in the backup drive or connect the network share, then come back to this page.</source>
        <translation>无法访问文件夹 %1。请插上备份盘或连接网络共享文件夹，然后再回到此页。</translation>
    </message>
    <message>
        <source>No backups in this folder yet. Press Back up now.</source>
        <translation>此文件夹中还没有备份。请点“立即备份”。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>备份将保存到 %1。</translation>
    </message>
    <message>
        <source>Backups from now on are encrypted.</source>
        <translation>此后的备份都会加密。</translation>
    </message>
    <message>
        <source>Backups from now on are not encrypted. Those already written stay encrypted.</source>
        <translation>此后的备份不再加密。已有的加密备份保持加密。</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>请先选择备份文件夹。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up and verified: %1, %2.</source>
        <translation>备份完成并已校验：%1，%2。</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>加密的备份</translation>
    </message>
    <message>
        <source>The passphrase of this backup:</source>
        <translation>此备份的密码短语：</translation>
    </message>
    <message>
        <source>The backup of %1 is good: %2.</source>
        <translation>%1 的备份完好：%2。</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be used: %2</source>
        <translation>%1 的备份不能使用：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupRestorer</name>
    <message>
        <source>The factory file %1 is open; close it before restoring.</source>
        <translation>工厂文件 %1 正在打开中；请先关闭再恢复。</translation>
    </message>
    <message>
        <source>A file cannot be restored onto itself.</source>
        <translation>不能把文件恢复到它自身。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer Taktline (schema %2; this one reads up to %3). Update Taktline first. Nothing was changed.</source>
        <translation>备份 %1 由更新版本的 Taktline 创建（数据库版本 %2；本版本最高可读 %3）。请先更新 Taktline。没有做任何更改。</translation>
    </message>
    <message>
        <source>The current file could not be backed up before the restore, so nothing was restored: %1</source>
        <translation>恢复前无法备份当前文件，因此没有恢复任何内容：%1</translation>
    </message>
    <message>
        <source>The backup could not be opened for the restore: %1 Nothing was changed.</source>
        <translation>无法打开备份进行恢复：%1 没有做任何更改。</translation>
    </message>
    <message>
        <source>After the restore SQLite&apos;s check of %1 found &quot;%2&quot;. The file as it was before is in the backup %3.</source>
        <translation>恢复后 SQLite 对 %1 的校验发现“%2”。恢复前的文件在备份 %3 中。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was restored.</source>
        <translation>文件夹 %1 不存在。没有恢复任何内容。</translation>
    </message>
    <message>
        <source>To restore anyway, restore into a new file (--db with a new name) and open that one.</source>
        <translation>如仍要恢复，请恢复到一个新文件（--db 指定新文件名），然后打开那个文件。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>未命名</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 is of another factory (%2), not of the one in %3 (%4, %n work order(s)). Nothing was changed. To open it, restore it into a new file (--db with a new name).</source>
        <translation>
            <numerusform>备份 %1 属于另一家工厂（%2），不是 %3 中的工厂（%4，工单 %n 张）。未做任何更改。如要打开它，请把它恢复到一个新文件（--db 指定新文件名）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::BackupService</name>
    <message>
        <source>Backups must not go into the database&apos;s own folder: a broken disk or ransomware would take both. Choose a USB drive or a network share.</source>
        <translation>备份不能放在数据库所在的文件夹：硬盘损坏或勒索软件会把两者一起毁掉。请选择 U 盘或网络共享文件夹。</translation>
    </message>
    <message>
        <source>Keep at least one daily backup, and warn after one day or more.</source>
        <translation>至少保留一份每日备份，并且至少在一天后才提醒。</translation>
    </message>
    <message>
        <source>The backup passphrase needs at least 8 characters.</source>
        <translation>备份密码短语至少需要 8 个字符。</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupText</name>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>work orders, reports</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>工单 %Ln 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>报工 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>No good backup yet.</source>
        <translation>还没有有效的备份。</translation>
    </message>
    <message>
        <source>Last backup: %1, %2, %3</source>
        <translation>上次备份：%1，%2，%3</translation>
    </message>
    <message>
        <source>Choose a folder on another drive — a USB stick or a network share — so a broken disk or a stolen PC does not take the backups with it.</source>
        <translation>请选择另一块磁盘上的文件夹（U 盘或网络共享），这样硬盘损坏或电脑被盗时备份不会一起丢失。</translation>
    </message>
    <message>
        <source>Automatic backup is on: every day while Taktline runs, and when it closes.</source>
        <translation>自动备份已开启：Taktline 运行时每天一次，关闭时再备份一次。</translation>
    </message>
    <message>
        <source>Automatic backup is off: only Back up now writes a backup.</source>
        <translation>自动备份已关闭：只有点“立即备份”才会备份。</translation>
    </message>
    <message>
        <source>Backups are encrypted.</source>
        <translation>备份已加密。</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet: this factory&apos;s data is not backed up.</source>
        <translation>还没有选择备份文件夹：本厂的数据没有备份。</translation>
    </message>
    <message>
        <source>This factory has never been backed up.</source>
        <translation>本厂的数据还从未备份过。</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n day(s) — the last good one is from %1.</source>
        <translation>
            <numerusform>已 %n 天没有备份 — 上次有效备份是 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::BackupVerifier</name>
    <message>
        <source>The backup %1 is not the file that was written: its SHA-256 differs from the one recorded when it was made. It was modified (perhaps by ransomware) or damaged, and will not be restored.</source>
        <translation>备份 %1 不是当初写入的文件：它的 SHA-256 与创建时记录的不同。它已被修改（可能是勒索软件）或已损坏，不会被恢复。</translation>
    </message>
    <message>
        <source>The manifest of its folder does not list this backup; verify it before trusting it.</source>
        <translation>所在文件夹的备份清单中没有这份备份；请先校验再信任它。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: its passphrase is needed to check or restore it.</source>
        <translation>备份 %1 已加密：校验或恢复它需要其密码短语。</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupWarningBar</name>
    <message>
        <source>Set up backups</source>
        <translation>设置备份</translation>
    </message>
</context>
<context>
    <name>Taktline::BackupWriter</name>
    <message>
        <source>No backup folder is set. Choose one in Settings ▸ Backup, or give one with --out.</source>
        <translation>尚未设定备份文件夹。请在 设置 ▸ 备份 中选择，或用 --out 指定。</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Is the USB drive or the network share connected?</source>
        <translation>备份文件夹 %1 不存在。U 盘或网络共享是否已连接？</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written.</source>
        <translation>备份文件夹 %1 无法写入。</translation>
    </message>
    <message>
        <source>The backup could not be verified after writing, so it was removed: %1</source>
        <translation>备份写入后未能通过校验，已将其删除：%1</translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>无法为备份 %1 命名。</translation>
    </message>
</context>
<context>
    <name>Taktline::BarcodeCodec</name>
    <message>
        <source>Nothing was scanned: the scanner sent only spaces or line breaks. Scan the code again.</source>
        <translation>没有扫到内容：扫码枪只发送了空格或换行。请重新扫码。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is too long (%2 characters) to be a code Taktline reads.</source>
        <translation>条码“%1”太长（%2 个字符），不是 Taktline 能识别的条码。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; carries no data.</source>
        <translation>条码“%1”不含任何数据。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is not one Taktline reads. Expected a code such as WO:…, OP:…/10 or LOT:…, a GS1 code such as (01)…, or an identifier such as 88.118.8/….</source>
        <translation>条码“%1”不是 Taktline 能识别的条码。应为 WO:…、OP:…/10 或 LOT:… 等条码，(01)… 等 GS1 条码，或 88.118.8/… 等标识。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is a retail barcode (EAN/UPC), which Taktline does not read. Scan the Taktline label, or a GS1 code with (01), instead.</source>
        <translation>条码“%1”是零售商品条码（EAN/UPC），Taktline 不识别。请改扫 Taktline 标签，或带 (01) 的 GS1 条码。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; has nothing after &apos;%2&apos;.</source>
        <translation>条码“%1”在“%2”之后没有内容。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; contains a space, but codes have no spaces.</source>
        <translation>条码“%1”含有空格，但条码中不应有空格。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; contains a control character (%2).</source>
        <translation>条码“%1”含有控制字符（%2）。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; contains &apos;%2&apos;, but codes may only contain letters, digits and ASCII punctuation.</source>
        <translation>条码“%1”含有“%2”，但条码只能包含字母、数字和 ASCII 标点。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is too long: %2 characters after &apos;%3&apos;, at most %4 are allowed.</source>
        <translation>条码“%1”太长：“%3”之后有 %2 个字符，最多允许 %4 个。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; starts with &apos;%2:&apos;, which is not a kind of code Taktline knows (WO:, OP:, LOT:, SN:, EMP:, MC:, LOC:).</source>
        <translation>条码“%1”以“%2:”开头，这不是 Taktline 认识的条码类型（WO:、OP:、LOT:、SN:、EMP:、MC:、LOC:）。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is a work order code, but a work order number cannot contain &apos;/&apos;.</source>
        <translation>条码“%1”是工单条码，但工单号不能包含“/”。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; has no step number: an operation code looks like OP:WO-20261122-0007/20.</source>
        <translation>条码“%1”没有工序号：工序条码形如 OP:WO-20261122-0007/20。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; has no valid work order number before the &apos;/&apos;.</source>
        <translation>条码“%1”在“/”之前没有有效的工单号。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; has no valid step number after the &apos;/&apos; (a whole number from 1 up).</source>
        <translation>条码“%1”在“/”之后没有有效的工序号（应为 1 以上的整数）。</translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; has an empty part in its prefix &apos;%2&apos; (two dots in a row, or a dot at the end).</source>
        <translation>标识“%1”的前缀“%2”中有空段（连续两个点，或以点结尾）。</translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; does not start with 88, as industrial internet identifiers (such as 88.118.8/ABC123) do.</source>
        <translation>标识“%1”不是以 88 开头，工业互联网标识（如 88.118.8/ABC123）都以 88 开头。</translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; has the prefix &apos;%2&apos;, but a prefix has an industry and an enterprise number, such as 88.118.8.</source>
        <translation>标识“%1”的前缀是“%2”，但前缀应包含行业和企业编号，如 88.118.8。</translation>
    </message>
    <message>
        <source>The identifier &apos;%1&apos; has a prefix number that is too long (%2 digits).</source>
        <translation>标识“%1”的前缀编号太长（%2 位）。</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>GS1</source>
        <translation>GS1</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>a work order</source>
        <translation>工单码</translation>
    </message>
    <message>
        <source>an operation</source>
        <translation>工序码</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>批次码</translation>
    </message>
    <message>
        <source>a serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>an employee badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>a machine</source>
        <translation>设备码</translation>
    </message>
    <message>
        <source>a location</source>
        <translation>库位码</translation>
    </message>
    <message>
        <source>a GS1 product code</source>
        <translation>GS1 商品条码</translation>
    </message>
    <message>
        <source>an industrial internet identifier</source>
        <translation>工业互联网标识</translation>
    </message>
    <message>
        <source>No code is expected here.</source>
        <translation>此处不需要扫码。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>list of kinds of code</comment>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This is %1 (%2), but %3 is expected here.</source>
        <translation>这是%1（%2），此处需要扫%3。</translation>
    </message>
</context>
<context>
    <name>Taktline::BarcodeImage</name>
    <message>
        <source>There is no text to put in the QR code.</source>
        <translation>没有可放入二维码的内容。</translation>
    </message>
    <message>
        <source>A QR code needs modules of at least one pixel.</source>
        <translation>二维码的模块至少需要一个像素。</translation>
    </message>
    <message>
        <source>The text cannot be put in a QR code (%1 characters): %2</source>
        <translation>该内容无法生成二维码（%1 个字符）：%2</translation>
    </message>
    <message>
        <source>The QR code would be too large to draw (%1 pixels).</source>
        <translation>二维码过大，无法绘制（%1 像素）。</translation>
    </message>
    <message>
        <source>There is no image to read a barcode from.</source>
        <translation>没有可读取条码的图像。</translation>
    </message>
    <message>
        <source>The barcode reader failed: %1</source>
        <translation>条码识别失败：%1</translation>
    </message>
    <message>
        <source>A barcode was found but could not be read: %1</source>
        <translation>找到条码，但无法读取：%1</translation>
    </message>
    <message>
        <source>No barcode was found in the image.</source>
        <translation>图像中未找到条码。</translation>
    </message>
</context>
<context>
    <name>Taktline::BoardCommand</name>
    <message>
        <source>Opens the wall board (车间看板) full screen for a TV on the shop floor: the machines, output per hour against target, today&apos;s orders and what is late, the open andon calls. Nobody signs in and nothing can be changed from it; it shows new facts as they arrive.</source>
        <translation>在车间电视上全屏打开车间看板：设备、每小时产量与目标、今天到期的工单和延期情况、未关闭的安灯呼叫。无需登录，也不能从看板修改任何数据；新数据一到即显示。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Show only the machines of this workshop.</source>
        <translation>只显示该车间的设备。</translation>
    </message>
    <message>
        <source>The pages to turn through, in order (default: machines,hourly,orders,andon).</source>
        <translation>依次轮播的页面（默认：machines,hourly,orders,andon）。</translation>
    </message>
    <message>
        <source>Seconds each page stays (default 15).</source>
        <translation>每页停留的秒数（默认 15）。</translation>
    </message>
</context>
<context>
    <name>Taktline::BoardMachineGrid</name>
    <message>
        <source>No machines yet. Add them in Master data ▸ Machines, and they appear here with their status and work.</source>
        <translation>还没有设备。请在 主数据 ▸ 设备 中添加，设备及其状态和任务会显示在这里。</translation>
    </message>
</context>
<context>
    <name>Taktline::BoardReader</name>
    <message>
        <source>read the machines&apos; lines</source>
        <translation>读取设备所属产线</translation>
    </message>
    <message>
        <source>read the status of machine %1</source>
        <translation>读取设备 %1 的状态</translation>
    </message>
    <message>
        <source>read the job on machine %1</source>
        <translation>读取设备 %1 上的任务</translation>
    </message>
    <message>
        <source>read the hour&apos;s good pieces</source>
        <translation>读取本小时的良品数</translation>
    </message>
    <message>
        <source>read an order&apos;s progress</source>
        <translation>读取工单进度</translation>
    </message>
    <message>
        <source>read the orders due today</source>
        <translation>读取今天到期的工单</translation>
    </message>
    <message>
        <source>read the first articles waiting</source>
        <translation>读取等待首检的工位</translation>
    </message>
</context>
<context>
    <name>Taktline::BoardRows</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>未分产线</translation>
    </message>
    <message>
        <source>No machines yet, so no output to show. Add them in Master data ▸ Machines.</source>
        <translation>还没有设备，因此没有产量可显示。请在 主数据 ▸ 设备 中添加。</translation>
    </message>
    <message>
        <source>Today&apos;s first working hour has not begun yet.</source>
        <translation>今天的第一个工作小时还没有开始。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No orders are due today and none is late.</source>
        <translation>今天没有到期的工单，也没有延期的工单。</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>延期 %1</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>呼叫人</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No open andon calls.</source>
        <translation>没有未关闭的安灯呼叫。</translation>
    </message>
    <message>
        <source>On the way: %1</source>
        <translation>%1 正在赶来</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>等待响应</translation>
    </message>
    <message>
        <source>Today has no working hours in the factory calendar, so there is no hourly target. Set the working hours in Settings ▸ Working calendar.</source>
        <translation>工厂日历中今天没有工作时间，因此没有每小时目标。请在 设置 ▸ 工作日历 中设定工作时间。</translation>
    </message>
    <message>
        <source>Escalated: no answer yet</source>
        <translation>已升级：尚无人响应</translation>
    </message>
</context>
<context>
    <name>Taktline::BoardService</name>
    <message>
        <source>make the board&apos;s connection read-only</source>
        <translation>将看板的数据库连接设为只读</translation>
    </message>
</context>
<context>
    <name>Taktline::BoardTable</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::BoardTileWidget</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Andon: %1</source>
        <translation>安灯：%1</translation>
    </message>
    <message>
        <source>No job</source>
        <translation>无任务</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>已持续 %1</translation>
    </message>
    <message>
        <source>Waiting for first article %1</source>
        <translation>等待首检 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::BoardWindow</name>
    <message>
        <source>Unknown board page %1: use machines, hourly, orders and andon.</source>
        <translation>未知的看板页面 %1：可用 machines、hourly、orders 和 andon。</translation>
    </message>
    <message>
        <source>Name at least one board page: machines, hourly, orders or andon.</source>
        <translation>请至少指定一个看板页面：machines、hourly、orders 或 andon。</translation>
    </message>
    <message>
        <source>Taktline wall board</source>
        <translation>Taktline 车间看板</translation>
    </message>
    <message>
        <source>The board cannot read the newest facts: %1</source>
        <translation>看板无法读取最新数据：%1</translation>
    </message>
    <message>
        <source>Wall board</source>
        <translation>车间看板</translation>
    </message>
    <message>
        <source>Wall board · %1</source>
        <translation>车间看板 · %1</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Output per hour: done / target</source>
        <translation>每小时产量：完成 / 目标</translation>
    </message>
    <message>
        <source>Orders due today and late</source>
        <translation>今日到期与延期工单</translation>
    </message>
    <message numerus="yes">
        <source>Andon calls (%n open)</source>
        <translation>
            <numerusform>安灯呼叫（%n 条未关闭）</numerusform>
        </translation>
    </message>
    <message>
        <source>Machines %1/%2</source>
        <translation>设备 %1/%2</translation>
    </message>
</context>
<context>
    <name>Taktline::BomEditor</name>
    <message>
        <source>Add component</source>
        <translation>添加组件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Component…</source>
        <translation>组件…</translation>
    </message>
    <message>
        <source>Qty per unit</source>
        <translation>单位用量</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Choose a product to see its bill of materials.</source>
        <translation>请选择产品以查看其物料清单。</translation>
    </message>
    <message>
        <source>Bill of materials of %1 %2</source>
        <translation>%1 %2 的物料清单</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Choose the component from the list: “%1” is not a product of this factory.</source>
        <translation>请从列表中选择组件：“%1”不是本厂的产品。</translation>
    </message>
    <message>
        <source>Enter the quantity per unit as a number, such as 0.8.</source>
        <translation>请按数字输入单位用量，如 0.8。</translation>
    </message>
    <message>
        <source>No components yet: add the materials that go into this product above, each with the step it is fed at.</source>
        <translation>还没有组件：请在上方添加构成该产品的物料，并注明各自的投料工序。</translation>
    </message>
</context>
<context>
    <name>Taktline::BomImport</name>
    <message>
        <source>%1 cannot be a component of itself.</source>
        <translation>%1 不能作为自身的子件。</translation>
    </message>
    <message>
        <source>The quantity per piece must be greater than zero.</source>
        <translation>单件用量必须大于零。</translation>
    </message>
    <message>
        <source>The same product and component are also on row %1.</source>
        <translation>第 %1 行也是同一产品和子件。</translation>
    </message>
    <message>
        <source>%1 has no routing yet: use step 0 (the order&apos;s first step) or import the routing first.</source>
        <translation>%1 还没有工艺路线：请填工序 0（工单的首道工序），或先导入工艺路线。</translation>
    </message>
    <message>
        <source>The routing of %1 has steps 10 to %2: use one of them, or 0 for the order&apos;s first step.</source>
        <translation>%1 的工艺路线有工序 10 到 %2：请填其中之一，或填 0 表示工单的首道工序。</translation>
    </message>
    <message>
        <source>BOM of %1: %2</source>
        <translation>%1 的物料清单：%2</translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import bills of materials. Ask the owner or a planner for the right to edit master data.</source>
        <translation>您无权修改基础数据，因此不能导入物料清单。请向老板或计划员申请修改基础数据的权限。</translation>
    </message>
</context>
<context>
    <name>Taktline::BomLinesModel</name>
    <message>
        <source>Choose a product first.</source>
        <translation>请先选择产品。</translation>
    </message>
    <message>
        <source>Add component %1</source>
        <translation>添加组件 %1</translation>
    </message>
    <message>
        <source>Choose a line of the bill of materials first.</source>
        <translation>请先选择物料清单中的一行。</translation>
    </message>
    <message>
        <source>Remove component %1</source>
        <translation>删除组件 %1</translation>
    </message>
    <message>
        <source>(unknown product)</source>
        <translation>（未知产品）</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>首道工序</translation>
    </message>
    <message>
        <source>%1 (not in the routing)</source>
        <translation>%1（不在工艺路线中）</translation>
    </message>
    <message>
        <source>Fed at the first step of every work order of this product.</source>
        <translation>在该产品每个工单的首道工序投料。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Qty per %1</source>
        <translation>每 %1 用量</translation>
    </message>
    <message>
        <source>Fed at step</source>
        <translation>投料工序</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enter the quantity per unit as a number, such as 0.8.</source>
        <translation>请按数字输入单位用量，如 0.8。</translation>
    </message>
    <message>
        <source>Edit component %1</source>
        <translation>编辑组件 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::BomRepository</name>
    <message>
        <source>read the bill of materials</source>
        <translation>读取物料清单</translation>
    </message>
    <message>
        <source>read the bill-of-materials line</source>
        <translation>读取物料清单行</translation>
    </message>
    <message>
        <source>read the product</source>
        <translation>读取产品</translation>
    </message>
    <message>
        <source>read the bills of materials</source>
        <translation>读取物料清单</translation>
    </message>
    <message>
        <source>That component is already on this bill of materials.</source>
        <translation>该组件已在此物料清单中。</translation>
    </message>
    <message>
        <source>save the bill-of-materials line</source>
        <translation>保存物料清单行</translation>
    </message>
    <message>
        <source>The bill-of-materials line no longer exists.</source>
        <translation>该物料清单行已不存在。</translation>
    </message>
    <message>
        <source>read the material fed</source>
        <translation>读取投料记录</translation>
    </message>
    <message>
        <source>read the stock of the components</source>
        <translation>读取组件库存</translation>
    </message>
</context>
<context>
    <name>Taktline::BomService</name>
    <message>
        <source>This bill-of-materials line no longer exists.</source>
        <translation>该物料清单行已不存在。</translation>
    </message>
    <message>
        <source>Choose the product the bill of materials is for: that product does not exist.</source>
        <translation>请选择物料清单所属的产品：该产品不存在。</translation>
    </message>
    <message>
        <source>Choose a component from the products list: the one given does not exist.</source>
        <translation>请从产品列表中选择组件：所填的组件不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be a component of itself. Choose another component.</source>
        <translation>%1 不能作为自身的组件。请选择其他组件。</translation>
    </message>
    <message>
        <source>%1 is deactivated: choose an active component.</source>
        <translation>%1 已停用：请选择启用中的组件。</translation>
    </message>
    <message>
        <source>The quantity of %1 per %2 must be a number greater than zero.</source>
        <translation>每 %2 的 %1 用量必须是大于零的数字。</translation>
    </message>
    <message>
        <source>%1 %2 of %3 in one piece is not plausible. Check the number.</source>
        <translation>每件用 %1 %2 的 %3 不合理，请检查数量。</translation>
    </message>
    <message>
        <source>The note may have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 is already on the bill of materials of %2. Change that line instead.</source>
        <translation>%1 已在 %2 的物料清单中。请修改那一行。</translation>
    </message>
    <message>
        <source>%1 has no routing yet, so it has no step %2. Use step 0 (the order&apos;s first step) or add the routing first.</source>
        <translation>%1 还没有工艺路线，因此没有工序 %2。请使用工序 0（工单的首道工序），或先添加工艺路线。</translation>
    </message>
    <message>
        <source>The routing of %1 has no step %2. Its steps are %3; use 0 for the order&apos;s first step.</source>
        <translation>%1 的工艺路线没有工序 %2。其工序为 %3；工单首道工序请用 0。</translation>
    </message>
    <message>
        <source>%1 cannot go into %2: %1 is itself made with %2 (%3). A bill of materials must not go round in a circle.</source>
        <translation>%1 不能用于 %2：%1 本身就用到了 %2（%3）。物料清单不能循环引用。</translation>
    </message>
    <message>
        <source>This bill-of-materials line is not removed.</source>
        <translation>该物料清单行未被删除。</translation>
    </message>
</context>
<context>
    <name>Taktline::CalendarEditor</name>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>When machines work. Scheduling places operations in these shifts only; saving replans every machine.</source>
        <translation>设备的工作时间。排产只把工序安排在这些班次内；保存后所有设备重新排产。</translation>
    </message>
    <message>
        <source>When machines work. Changing it needs the right to edit settings.</source>
        <translation>设备的工作时间。修改需要编辑设置的权限。</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <source>Days off (holidays)</source>
        <translation>休息日（节假日）</translation>
    </message>
    <message>
        <source>Extra working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <source>Weekly days off:</source>
        <translation>每周休息日：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Shift %1:</source>
        <translation>班次 %1：</translation>
    </message>
    <message>
        <source>%1 h, ends the next day</source>
        <translation>%1 小时，次日结束</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>The working calendar is saved and the plan follows it.</source>
        <translation>工作日历已保存，排产已按新日历更新。</translation>
    </message>
    <message>
        <source>Replace the calendar…</source>
        <translation>替换日历…</translation>
    </message>
    <message>
        <source>%1 Saving now replaces it with the calendar below.</source>
        <translation>%1现在保存，将用下面的日历替换它。</translation>
    </message>
    <message>
        <source>%1 It is kept as it is, and scheduling uses the default calendar (08:00–12:00 and 13:00–17:30, Monday to Saturday) until the calendar is replaced.</source>
        <translation>%1已保存的日历保持原样，不会被改动；在替换日历之前，排产使用默认日历（周一至周六 08:00–12:00 和 13:00–17:30）。</translation>
    </message>
</context>
<context>
    <name>Taktline::CameraScanDialog</name>
    <message>
        <source>Decode a picture file…</source>
        <translation>识别图片文件…</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>用摄像头扫码</translation>
    </message>
    <message>
        <source>Hold the barcode 10 to 20 cm in front of the camera. The code is taken as soon as it is read.</source>
        <translation>把条码放在摄像头前 10 到 20 厘米处，识别成功后自动读取。</translation>
    </message>
    <message>
        <source>Reading the picture…</source>
        <translation>正在读取图片…</translation>
    </message>
    <message>
        <source>Choose a picture of the barcode</source>
        <translation>选择条码图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Taktline::CameraScanner</name>
    <message>
        <source>No camera found on this computer. Use a handheld scanner, or decode a picture file.</source>
        <translation>这台电脑上没有找到摄像头。请使用扫码枪，或识别图片文件。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a picture (%2). Choose a PNG, JPEG or BMP file.</source>
        <translation>%1 无法作为图片打开（%2）。请选择 PNG、JPEG 或 BMP 文件。</translation>
    </message>
    <message>
        <source>%1: %2 Take the picture closer, straight on and in good light.</source>
        <translation>%1：%2 请靠近、正对条码并在光线充足处拍摄。</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>无法使用摄像头：%1</translation>
    </message>
    <message>
        <source>%1 is the factory&apos;s database, not a picture.</source>
        <translation>%1 是工厂的数据库，不是图片。</translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityAnalyser</name>
    <message>
        <source>The horizon is reversed: %1 is after %2.</source>
        <translation>分析周期颠倒：%1 在 %2 之后。</translation>
    </message>
    <message>
        <source>A capacity analysis looks at most %1 weeks ahead.</source>
        <translation>产能分析最多向后看 %1 周。</translation>
    </message>
    <message>
        <source>The horizon is 1 to %1 weeks; %2 weeks were asked.</source>
        <translation>分析周期为 1 至 %1 周；所选为 %2 周。</translation>
    </message>
    <message>
        <source>Choose overtime or a day off to work first.</source>
        <translation>请先选择加班时长或要上班的休息日。</translation>
    </message>
    <message>
        <source>Overtime is 0 to %1 hours a day; %2 hours were asked.</source>
        <translation>每天加班 0 至 %1 小时；所选为 %2 小时。</translation>
    </message>
    <message>
        <source>%1 h of overtime after %2 does not fit the calendar: %3</source>
        <translation>%2 之后加班 %1 小时与工作日历冲突：%3</translation>
    </message>
    <message>
        <source>%1 is not a weekly day off of the calendar.</source>
        <translation>%1 不是工作日历中的每周休息日。</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>（未分产线）</translation>
    </message>
    <message>
        <source>(no workshop)</source>
        <translation>（未分车间）</translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityHeatMap</name>
    <message>
        <source>No working time</source>
        <translation>无工作时间</translation>
    </message>
    <message>
        <source>Below 70%</source>
        <translation>低于 70%</translation>
    </message>
    <message>
        <source>70–90%</source>
        <translation>70–90%</translation>
    </message>
    <message>
        <source>90–100%</source>
        <translation>90–100%</translation>
    </message>
    <message>
        <source>Over 100%</source>
        <translation>超过 100%</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <extracomment>A week column of the capacity heat map: its ISO week number and first day.</extracomment>
        <translation>第%1周 %2</translation>
    </message>
    <message>
        <source>%1 · %2
Load %3 h of %4 h capacity: %5</source>
        <translation>%1 · %2
负荷 %3 小时 / 产能 %4 小时：%5</translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityReport</name>
    <message>
        <source>A capacity analysis looks ahead: the period starts on %1, before today %2.</source>
        <translation>产能分析只看未来：所选期间从 %1 开始，早于今天 %2。</translation>
    </message>
    <message>
        <source>Load: the working hours of the planned operations that fall on the day, inside the calendar&apos;s shifts; capacity: the day&apos;s working hours × the machine&apos;s parallel capacity. Today counts from the start of the plan.</source>
        <translation>负荷：当天落在工作日历班次内的计划工序工时；产能：当天工作时长 × 设备并行能力。今天从排产起点开始计算。</translation>
    </message>
    <message>
        <source>The plan never puts more on a machine than it can run: a machine booked to capacity on a day has no time left there, and what does not fit moves to later days.</source>
        <translation>排产不会让设备超出其能力：某天排满的设备当天已无空闲，排不下的工作顺延到之后的日子。</translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2 (%3 h of %4 h); booked to capacity on: %5.</source>
        <translation>瓶颈：%1，负荷率 %2（%3 小时 / %4 小时）；满负荷日：%5。</translation>
    </message>
    <message>
        <source>no day</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No machine has planned work in the period.</source>
        <translation>期间内没有设备有计划工作。</translation>
    </message>
    <message numerus="yes">
        <source>Late orders by the plan: %n.</source>
        <translation>
            <numerusform>按计划将延期的工单：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>By machine</source>
        <translation>按设备</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Load (h)</source>
        <translation>负荷（小时）</translation>
    </message>
    <message>
        <source>Capacity (h)</source>
        <translation>产能（小时）</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>负荷率</translation>
    </message>
    <message>
        <source>Days at capacity</source>
        <translation>满负荷天数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Load and capacity per machine (h)</source>
        <translation>各设备负荷与产能（小时）</translation>
    </message>
    <message>
        <source>By machine and day</source>
        <translation>按设备和日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>By line</source>
        <translation>按产线</translation>
    </message>
    <message>
        <source>By workshop</source>
        <translation>按车间</translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityTableModel</name>
    <message numerus="yes">
        <source>Booked to capacity on %n day(s): no time left there.</source>
        <translation>
            <numerusform>有 %n 天满负荷：当天已无空闲。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Load (h)</source>
        <translation>负荷（小时）</translation>
    </message>
    <message>
        <source>Capacity (h)</source>
        <translation>产能（小时）</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>负荷率</translation>
    </message>
    <message>
        <source>With the what-if</source>
        <translation>假设后负荷率</translation>
    </message>
    <message>
        <source>Days at capacity</source>
        <translation>满负荷日</translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityView</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Exported the capacity analysis to %1.</source>
        <translation>产能分析已导出到 %1。</translation>
    </message>
    <message>
        <source>Shown: the plan with the what-if, %1 – %2.</source>
        <translation>显示：假设分析后的计划，%1 – %2。</translation>
    </message>
    <message>
        <source>Shown: today&apos;s plan, %1 – %2.</source>
        <translation>显示：当前计划，%1 – %2。</translation>
    </message>
    <message>
        <source>No machine has planned work in the horizon.</source>
        <translation>周期内没有设备有计划工作。</translation>
    </message>
    <message>
        <source>Bottleneck: %1 at %2 over the horizon (%3 h load of %4 h capacity).</source>
        <translation>瓶颈：%1，周期内负荷率 %2（负荷 %3 小时 / 产能 %4 小时）。</translation>
    </message>
    <message>
        <source>No day is booked to capacity.</source>
        <translation>没有满负荷的日子。</translation>
    </message>
    <message numerus="yes">
        <source>Booked to capacity on %n day(s): %1.</source>
        <translation>
            <numerusform>满负荷 %n 天：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>With the what-if: %1.</source>
        <translation>假设后：%1。</translation>
    </message>
    <message>
        <source>overtime %1–%2 every working day</source>
        <translation>每个工作日 %1–%2 加班</translation>
    </message>
    <message>
        <source>every %1 of the horizon worked</source>
        <translation>周期内每个%1上班</translation>
    </message>
    <message numerus="yes">
        <source>With %1: late orders %2 → %3; %n become on time.</source>
        <translation>
            <numerusform>%1：延期工单 %2 → %3；%n 个可按期完成。</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation>，并且</translation>
    </message>
    <message>
        <source>The what-if is now part of the working calendar and every machine was planned again.</source>
        <translation>假设方案已写入工作日历，所有设备已重新排产。</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>导出仍在进行中。</translation>
    </message>
</context>
<context>
    <name>Taktline::CapacityWhatIfPanel</name>
    <message>
        <source>Try</source>
        <translation>试算</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复原</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Overtime hours per working day in the capacity what-if.</extracomment>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Overtime after the last shift of every working day. Accepted, it becomes one more shift of the calendar on every working day, also after the horizon, until it is removed in Settings.</source>
        <translation>每个工作日最后一个班次之后加班。采用后成为工作日历中每个工作日的一个新班次（周期之后也有效），直到在设置中删除。</translation>
    </message>
    <message>
        <source>Work a weekly day off on every such day of the horizon; holidays stay off. Accepted, those dates become extra working days.</source>
        <translation>周期内每个该休息日都上班；节假日仍然休息。采用后这些日期成为额外工作日。</translation>
    </message>
    <message>
        <source>Save the what-if to the working calendar of every device and re-plan (needs the right to edit settings).</source>
        <translation>把假设方案保存到所有终端的工作日历并重新排产（需要修改设置的权限）。</translation>
    </message>
    <message>
        <source>What-if:</source>
        <translation>假设分析：</translation>
    </message>
    <message>
        <source>Overtime per day</source>
        <translation>每天加班</translation>
    </message>
    <message>
        <source>No weekly day off</source>
        <translation>无每周休息日</translation>
    </message>
    <message>
        <source>No extra day</source>
        <translation>休息日不上班</translation>
    </message>
    <message>
        <source>Work %1s</source>
        <extracomment>The capacity what-if: work every such weekly day off of the horizon, e.g. &quot;Work Sundays&quot;.</extracomment>
        <translation>%1上班</translation>
    </message>
</context>
<context>
    <name>Taktline::ChainBreak</name>
    <message>
        <source>production report</source>
        <translation>报工记录</translation>
    </message>
    <message>
        <source>report approval</source>
        <translation>报工审核记录</translation>
    </message>
    <message>
        <source>machine status event</source>
        <translation>设备状态记录</translation>
    </message>
    <message>
        <source>lot movement</source>
        <translation>批次出入库记录</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>serial event</source>
        <translation>序列号记录</translation>
    </message>
    <message>
        <source>finished-goods receipt</source>
        <translation>完工入库记录</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>shipment line</source>
        <translation>发货明细</translation>
    </message>
    <message>
        <source>audit log entry</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>时间不明</translation>
    </message>
    <message>
        <source>The trigger %1, which protects the recorded facts or chains them, is missing or altered: someone changed the database outside Taktline.</source>
        <translation>保护已记录事实或将其链入哈希链的触发器 %1 缺失或被修改：有人在 Taktline 之外改动了数据库。</translation>
    </message>
    <message>
        <source>The %1 %2 (recorded %3) was changed after it was recorded: it no longer matches its link %4 in the hash chain.</source>
        <translation>%1 %2（记录于 %3）在记录后被修改：它与哈希链中的第 %4 环不再一致。</translation>
    </message>
    <message>
        <source>The %1 %2 (recorded %3) is gone from the database: link %4 of the hash chain still names it.</source>
        <translation>%1 %2（记录于 %3）已从数据库中消失：哈希链的第 %4 环仍指向它。</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is not in the hash chain: it was added outside Taktline.</source>
        <translation>%1 %2（%3）不在哈希链中：它是在 Taktline 之外添加的。</translation>
    </message>
    <message>
        <source>Links are missing from the hash chain of device %1 before link %2 (%3 %4, recorded %5).</source>
        <translation>终端 %1 的哈希链在第 %2 环之前缺少若干环（%3 %4，记录于 %5）。</translation>
    </message>
    <message>
        <source>Link %1 of the hash chain of device %2 (%3 %4, recorded %5) does not follow from the link before it: the chain was edited.</source>
        <translation>终端 %2 的哈希链第 %1 环（%3 %4，记录于 %5）与前一环接不上：哈希链被改动过。</translation>
    </message>
    <message>
        <source>andon call</source>
        <translation>安灯呼叫</translation>
    </message>
    <message>
        <source>andon response</source>
        <translation>安灯响应</translation>
    </message>
    <message>
        <source>reason given to a stop</source>
        <translation>补录的停机原因</translation>
    </message>
</context>
<context>
    <name>Taktline::ChainVerifier</name>
    <message>
        <source>check the hash chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Taktline (schema %1). Update Taktline to check it.</source>
        <translation>此数据库由更新版本的 Taktline 保存（结构版本 %1）。请更新 Taktline 后再校验。</translation>
    </message>
    <message>
        <source>This database has not been upgraded to the hash chain yet (schema %1). Open it once in this version of Taktline, which chains the facts it holds, then check it again.</source>
        <translation>此数据库尚未升级到哈希链（结构版本 %1）。请先用此版本的 Taktline 打开一次（会将其中的事实链入哈希链），然后再校验。</translation>
    </message>
    <message>
        <source>There is no database at %1. Nothing was checked.</source>
        <translation>%1 处没有数据库。未做任何校验。</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Taktline cannot prepare the database connection (the hash chain&apos;s function). Reinstall Taktline.</source>
        <translation>Taktline 无法准备数据库连接（哈希链函数）。请重新安装 Taktline。</translation>
    </message>
    <message>
        <source>The file %1 is not a Taktline database or it is damaged.</source>
        <translation>文件 %1 不是 Taktline 数据库，或已损坏。</translation>
    </message>
</context>
<context>
    <name>Taktline::ChangeMasterFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>Taktline::CloudAdmin</name>
    <message>
        <source>The server %1 refused the login or its password. Check the user name and the password.</source>
        <translation>服务器 %1 拒绝了该登录名或密码。请检查用户名和密码。</translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;. Create it first (cloud/README.md) or check its name.</source>
        <translation>服务器 %1 上没有数据库“%2”。请先创建它（见 cloud/README.md），或检查名称。</translation>
    </message>
    <message>
        <source>Taktline has no CA certificate to check the server with: give the server&apos;s CA certificate file (--ca).</source>
        <translation>Taktline 没有用于验证服务器的 CA 证书：请提供服务器的 CA 证书文件（--ca）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match %1 or is not signed by the given CA certificate: this may not be your server. Check the address and the CA file.</source>
        <translation>服务器证书与 %1 不符，或不是由所给的 CA 证书签发：这可能不是您的服务器。请检查地址和 CA 文件。</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (TLS), which this connection requires. Turn on ssl on the server (cloud/README.md).</source>
        <translation>服务器 %1 不提供加密（TLS），而此连接要求加密。请在服务器上开启 ssl（见 cloud/README.md）。</translation>
    </message>
    <message>
        <source>The server %1 does not accept this computer or this login (pg_hba.conf). Add a hostssl line for it (cloud/README.md).</source>
        <translation>服务器 %1 不接受这台电脑或该登录名（pg_hba.conf）。请为它添加一行 hostssl（见 cloud/README.md）。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it is not running, the address or port is wrong, or a firewall blocks it.</source>
        <translation>无法连接服务器 %1：服务器未运行、地址或端口有误，或被防火墙拦截。</translation>
    </message>
    <message>
        <source>The program answering at %1 is not a PostgreSQL server.</source>
        <translation>在 %1 应答的程序不是 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s sync schema: %1</source>
        <translation>无法读取服务器的同步结构版本：%1</translation>
    </message>
    <message>
        <source>The server&apos;s sync schema is version %1, newer than this Taktline (version %2). Update Taktline first.</source>
        <translation>服务器的同步结构为版本 %1，比本 Taktline（版本 %2）新。请先升级 Taktline。</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the server: %1</source>
        <translation>无法在服务器上开始事务：%1</translation>
    </message>
    <message>
        <source>The account %1 may not set up the sync server: it must own the database and may create roles (CREATEROLE). %2</source>
        <translation>账号 %1 无权设置同步服务器：它必须是该数据库的所有者，并有创建角色的权限（CREATEROLE）。%2</translation>
    </message>
    <message>
        <source>Setting up the sync server failed; nothing was changed: %1</source>
        <translation>设置同步服务器失败，未做任何更改：%1</translation>
    </message>
    <message>
        <source>A device needs a name, such as &quot;Lathe tablet&quot;.</source>
        <translation>终端需要一个名称，例如“车床平板”。</translation>
    </message>
    <message>
        <source>The factory&apos;s id &quot;%1&quot; is not a UUID.</source>
        <translation>工厂标识“%1”不是 UUID。</translation>
    </message>
    <message>
        <source>The server is not set up for sync yet: run &quot;taktline cloud init&quot; first.</source>
        <translation>服务器尚未设置同步：请先运行“taktline cloud init”。</translation>
    </message>
    <message>
        <source>This factory already has a device named &quot;%1&quot;.</source>
        <translation>本工厂已有名为“%1”的终端。</translation>
    </message>
    <message>
        <source>The account %1 may not create device logins: it needs CREATEROLE.</source>
        <translation>账号 %1 无权创建终端登录名：需要 CREATEROLE 权限。</translation>
    </message>
    <message>
        <source>The device could not be added: %1</source>
        <translation>无法添加终端：%1</translation>
    </message>
    <message>
        <source>Several factories on this server have a device named &quot;%1&quot;: name the factory&apos;s database (--db).</source>
        <translation>该服务器上有多个工厂都有名为“%1”的终端：请指定工厂的数据库（--db）。</translation>
    </message>
    <message>
        <source>The server has no device named &quot;%1&quot;.</source>
        <translation>服务器上没有名为“%1”的终端。</translation>
    </message>
    <message>
        <source>The device could not be revoked: %1</source>
        <translation>无法吊销终端：%1</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s devices: %1</source>
        <translation>无法列出服务器上的终端：%1</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s version: %1</source>
        <translation>无法读取服务器版本：%1</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL %1; sync needs PostgreSQL 13 or later.</source>
        <translation>服务器运行的是 PostgreSQL %1；同步需要 PostgreSQL 13 或更高版本。</translation>
    </message>
    <message>
        <source>The database %1 stores text as %2; sync needs UTF8. Create it with ENCODING &apos;UTF8&apos; TEMPLATE template0 (cloud/README.md).</source>
        <translation>数据库 %1 以 %2 存储文字；同步需要 UTF8。请用 ENCODING &apos;UTF8&apos; TEMPLATE template0 创建它（见 cloud/README.md）。</translation>
    </message>
</context>
<context>
    <name>Taktline::CloudAdminBox</name>
    <message>
        <source>This factory&apos;s server</source>
        <translation>本厂的服务器</translation>
    </message>
    <message>
        <source>Each tablet or PC gets its own login on the server. Add one, then scan its QR code on the device, or paste its invitation there. A lost tablet is locked out here. The server&apos;s admin password is asked each time and not kept.</source>
        <translation>每台平板或电脑在服务器上都有自己的登录名。添加设备后，在该设备上扫描它的二维码或粘贴它的邀请。丢失的平板在这里停用。服务器管理员密码每次询问，不会保存。</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>添加设备…</translation>
    </message>
    <message>
        <source>Lock out device…</source>
        <translation>停用设备…</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>The device&apos;s name, such as &quot;Lathe tablet&quot;:</source>
        <translation>设备名称，例如“车床平板”：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is added as device %2. Its password is shown only now.</source>
        <translation>“%1”已添加为设备 %2。其密码仅显示这一次。</translation>
    </message>
    <message>
        <source>This factory has no active device on the server.</source>
        <translation>本厂在服务器上没有在用的设备。</translation>
    </message>
    <message>
        <source>Lock out device</source>
        <translation>停用设备</translation>
    </message>
    <message>
        <source>The device to lock out. It keeps its own file but can no longer sync:</source>
        <translation>要停用的设备。它保留自己的文件，但不能再同步：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked out: it can no longer sync with this factory.</source>
        <translation>“%1”已停用：它不能再与本厂同步。</translation>
    </message>
</context>
<context>
    <name>Taktline::CloudAdminDialog</name>
    <message>
        <source>The server&apos;s admin</source>
        <translation>服务器管理员</translation>
    </message>
    <message>
        <source>The account that set up the sync server (often postgres). Its password is used for this one step and not kept.</source>
        <translation>设置同步服务器所用的账号（通常是 postgres）。其密码只用于这一步，不会保存。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Admin login:</source>
        <translation>管理员登录名：</translation>
    </message>
    <message>
        <source>Admin password:</source>
        <translation>管理员密码：</translation>
    </message>
</context>
<context>
    <name>Taktline::CloudCommand</name>
    <message>
        <source>The PostgreSQL server&apos;s address.</source>
        <translation>PostgreSQL 服务器的地址。</translation>
    </message>
    <message>
        <source>Its port (default 5432).</source>
        <translation>端口（默认 5432）。</translation>
    </message>
    <message>
        <source>The database that holds the sync schema.</source>
        <translation>存放同步结构的数据库。</translation>
    </message>
    <message>
        <source>The server&apos;s admin account (it may create roles).</source>
        <translation>服务器的管理员账号（可创建角色）。</translation>
    </message>
    <message>
        <source>Read the admin&apos;s password from the environment variable VAR (default PGPASSWORD); never give it on the command line.</source>
        <translation>从环境变量 VAR 读取管理员密码（默认 PGPASSWORD）；切勿写在命令行上。</translation>
    </message>
    <message>
        <source>Encryption: verify-full (default: encrypted, the certificate checked), require (encrypted, not checked) or disable (this PC or a test only).</source>
        <translation>加密：verify-full（默认：加密并验证证书）、require（加密但不验证）或 disable（仅限本机或测试）。</translation>
    </message>
    <message>
        <source>The CA certificate file that signed the server&apos;s certificate.</source>
        <translation>签发服务器证书的 CA 证书文件。</translation>
    </message>
    <message>
        <source>--host, --dbname and --user are needed.</source>
        <translation>需要 --host、--dbname 和 --user。</translation>
    </message>
    <message>
        <source>--port needs a port number (1–65535).</source>
        <translation>--port 需要端口号（1–65535）。</translation>
    </message>
    <message>
        <source>--tls is verify-full, require or disable.</source>
        <translation>--tls 只能是 verify-full、require 或 disable。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>CA 证书文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The environment variable %1 that should hold the admin&apos;s password is not set.</source>
        <translation>应存放管理员密码的环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>Give the device&apos;s name, e.g. &quot;Lathe tablet&quot;.</source>
        <translation>请给出终端名称，例如“车床平板”。</translation>
    </message>
    <message>
        <source>Sets up the sync schema in a PostgreSQL database (cloud/*.sql), as the server&apos;s admin. Safe to run again; refuses a server whose schema is newer than this Taktline.</source>
        <translation>以服务器管理员身份在 PostgreSQL 数据库中建立同步结构（cloud/*.sql）。可重复运行；服务器结构比本 Taktline 新时拒绝执行。</translation>
    </message>
    <message>
        <source>The sync server %1:%2, database %3, is ready (schema version %4). Add a device with &quot;taktline cloud add-device NAME&quot;.</source>
        <translation>同步服务器 %1:%2（数据库 %3）已就绪（结构版本 %4）。用“taktline cloud add-device 名称”添加终端。</translation>
    </message>
    <message>
        <source>Adds a device (a PC or a tablet) to the factory on the sync server: its own login with a new random password. Prints what the device needs, once; with --qr-out also as a QR code the tablet scans in Settings ▸ Sync.</source>
        <translation>在同步服务器上为工厂添加一个终端（电脑或平板）：为它单独建立登录名和随机新密码。只显示一次终端所需的信息；加 --qr-out 时还生成二维码，供平板在 设置 ▸ 同步 中扫描。</translation>
    </message>
    <message>
        <source>The device&apos;s name.</source>
        <translation>终端名称。</translation>
    </message>
    <message>
        <source>The factory database whose factory the device joins (default: %1).</source>
        <translation>终端要加入的工厂的数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Also write the invitation as a QR code PNG.</source>
        <translation>同时把邀请写成二维码 PNG。</translation>
    </message>
    <message>
        <source>Device &quot;%1&quot; joined the factory &quot;%2&quot; as device %3.</source>
        <translation>终端“%1”已作为终端 %3 加入工厂“%2”。</translation>
    </message>
    <message>
        <source>Server:     %1</source>
        <translation>服务器：  %1</translation>
    </message>
    <message>
        <source>Port:       %1</source>
        <translation>端口：    %1</translation>
    </message>
    <message>
        <source>Database:   %1</source>
        <translation>数据库：  %1</translation>
    </message>
    <message>
        <source>Login:      %1</source>
        <translation>登录名：  %1</translation>
    </message>
    <message>
        <source>Password:   %1</source>
        <translation>密码：    %1</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>加密：    %1</translation>
    </message>
    <message>
        <source>Invitation: %1</source>
        <translation>邀请：    %1</translation>
    </message>
    <message>
        <source>The password is shown only now: enter it on the device (Settings ▸ Sync) or scan the invitation, then keep it nowhere else.</source>
        <translation>密码只显示这一次：请在终端上输入（设置 ▸ 同步）或扫描邀请，之后不要另存在别处。</translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation>无法生成二维码。</translation>
    </message>
    <message>
        <source>QR code:    %1</source>
        <translation>二维码：  %1</translation>
    </message>
    <message>
        <source>Locks a device out of the sync server (a lost or replaced tablet): its login can no longer sign in and its open connection is refused. What it pushed before stays.</source>
        <translation>将终端锁在同步服务器之外（丢失或更换的平板）：其登录名不能再登录，已打开的连接也被拒绝。它之前上传的数据保留。</translation>
    </message>
    <message>
        <source>The factory database, when several factories share the server.</source>
        <translation>多个工厂共用服务器时，指定工厂的数据库。</translation>
    </message>
    <message>
        <source>Device &quot;%1&quot; is locked out of the sync server.</source>
        <translation>终端“%1”已被锁在同步服务器之外。</translation>
    </message>
    <message>
        <source>Lists the devices on the sync server.</source>
        <translation>列出同步服务器上的终端。</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 个终端</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: taktline cloud init --host H [--port P] --dbname D --user ADMIN [--password-env VAR] [--tls verify-full|require|disable] [--ca FILE]
       taktline cloud add-device NAME [--db PATH] [--qr-out FILE.png] (server options)
       taktline cloud revoke-device NAME [--db PATH] (server options)
       taktline cloud devices (server options)
Sets up a PostgreSQL server for sync and its devices. Each has --help.</source>
        <translation>用法：taktline cloud init --host H [--port P] --dbname D --user ADMIN [--password-env VAR] [--tls verify-full|require|disable] [--ca FILE]
      taktline cloud add-device 名称 [--db PATH] [--qr-out FILE.png]（服务器选项）
      taktline cloud revoke-device 名称 [--db PATH]（服务器选项）
      taktline cloud devices（服务器选项）
为同步设置 PostgreSQL 服务器及其终端。每个操作都有 --help。</translation>
    </message>
    <message>
        <source>unknown cloud action &apos;%1&apos;.</source>
        <translation>未知的 cloud 操作“%1”。</translation>
    </message>
</context>
<context>
    <name>Taktline::CommandLine</name>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation>--%1 需要一个不小于 %2 的整数。</translation>
    </message>
    <message>
        <source>Usage: taktline [--db PATH]         opens the factory
       taktline COMMAND [OPTIONS]   COMMAND is one of: %1
Each command has --help.</source>
        <translation>用法：taktline [--db PATH]         打开工厂
      taktline COMMAND [OPTIONS]   COMMAND 为以下之一：%1
每个命令都支持 --help。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>Taktline::ConflictListModel</name>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>What each device did</source>
        <translation>各设备的操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Taktline::ConflictMarkModel</name>
    <message>
        <source>An open sync conflict concerns this record: see Conflicts.</source>
        <translation>此记录有未处理的同步冲突：请查看“冲突”。</translation>
    </message>
</context>
<context>
    <name>Taktline::ConflictService</name>
    <message>
        <source>this device</source>
        <translation>本终端</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>%1 created it on %2</source>
        <translation>%1 于 %2 创建</translation>
    </message>
    <message>
        <source>%1 reported %2 good pieces</source>
        <translation>%1 报工良品 %2 件</translation>
    </message>
    <message>
        <source>%1 fed %2 from the lot</source>
        <translation>%1 从该批次投料 %2</translation>
    </message>
    <message>
        <source>%1 shipped it on shipment %2</source>
        <translation>%1 在发货单 %2 中发出</translation>
    </message>
    <message>
        <source>%1 cancelled the order</source>
        <translation>%1 取消了该工单</translation>
    </message>
    <message>
        <source>%1 reported %2 good pieces on it</source>
        <translation>%1 在该工单上报工良品 %2 件</translation>
    </message>
    <message>
        <source>%1 sent this record with a hash-chain link that differs from the one rebuilt on this device</source>
        <translation>%1 发来的这条记录的哈希链环节与本终端重建的不一致</translation>
    </message>
    <message>
        <source>Merge: keep the older record</source>
        <translation>合并：保留较早的记录</translation>
    </message>
    <message>
        <source>Void the last report of %1</source>
        <translation>作废 %1 的最近一次报工</translation>
    </message>
    <message>
        <source>Reopen the order</source>
        <translation>重新开启工单</translation>
    </message>
    <message>
        <source>Accept as it is</source>
        <translation>按现状接受</translation>
    </message>
    <message>
        <source>read the conflicts between devices</source>
        <translation>读取终端之间的冲突</translation>
    </message>
    <message>
        <source>This conflict no longer exists. Reload the list.</source>
        <translation>该冲突已不存在。请重新加载列表。</translation>
    </message>
    <message>
        <source>This conflict was already resolved (%1).</source>
        <translation>该冲突已被解决（%1）。</translation>
    </message>
    <message>
        <source>This action does not settle this conflict.</source>
        <translation>此操作不能解决该冲突。</translation>
    </message>
    <message>
        <source>Reports cannot be voided here.</source>
        <translation>此处不能作废报工。</translation>
    </message>
    <message>
        <source>Conflict between devices: %1</source>
        <translation>终端之间的冲突：%1</translation>
    </message>
    <message>
        <source>mark the conflict resolved</source>
        <translation>将冲突标记为已解决</translation>
    </message>
    <message>
        <source>These records cannot be merged.</source>
        <translation>这些记录不能合并。</translation>
    </message>
    <message>
        <source>point the records to the one kept</source>
        <translation>将引用改为保留的记录</translation>
    </message>
    <message>
        <source>merge the twin records</source>
        <translation>合并重复的记录</translation>
    </message>
    <message>
        <source>reopen the work order</source>
        <translation>重新开启工单</translation>
    </message>
    <message>
        <source>Work order %1 is no longer cancelled.</source>
        <translation>工单 %1 已不再是取消状态。</translation>
    </message>
    <message>
        <source>%1 (device %2)</source>
        <translation>%1（终端 %2）</translation>
    </message>
</context>
<context>
    <name>Taktline::ConflictsPage</name>
    <message>
        <source>Show resolved</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <source>When two devices change the same thing while apart, what they did is kept and listed here. Choose one and settle it.</source>
        <translation>两台设备离线时改了同一内容，双方的操作都会保留并列在这里。选择一条并处理。</translation>
    </message>
    <message>
        <source>No conflicts so far.</source>
        <translation>目前没有冲突。</translation>
    </message>
    <message>
        <source>No open conflicts: the devices agree.</source>
        <translation>没有未处理的冲突：各设备一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个未处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>请在列表中选择一个冲突。</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>发现于 %1</translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation>已于 %1 处理：%2</translation>
    </message>
    <message>
        <source>Settle the conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>%1 — %2?

The change goes to every device and is kept in the audit log.</source>
        <translation>%1 — %2？

此更改会同步到每台设备，并记入审计日志。</translation>
    </message>
    <message>
        <source>%1: %2 — done.</source>
        <translation>%1：%2 — 已完成。</translation>
    </message>
</context>
<context>
    <name>Taktline::CredentialStore</name>
    <message>
        <source>This computer has no credential store to keep the sync password in safely (%1). Nothing was saved. Sign in to a desktop session with a keyring (Windows Credential Manager, GNOME Keyring or KWallet), or for unattended use set the environment variable %2 to the device&apos;s password.</source>
        <translation>这台电脑没有可以安全保存同步密码的凭据存储（%1）。没有保存任何内容。请登录带有密钥环的桌面会话（Windows 凭据管理器、GNOME 密钥环或 KWallet），或在无人值守使用时把环境变量 %2 设为本终端的密码。</translation>
    </message>
    <message>
        <source>it did not answer</source>
        <translation>它没有应答</translation>
    </message>
    <message>
        <source>The credential store holds no sync password for %1. Enter the device&apos;s password again in Settings ▸ Sync.</source>
        <translation>凭据存储中没有 %1 的同步密码。请在 设置 ▸ 同步 中重新输入本终端的密码。</translation>
    </message>
    <message>
        <source>The credential store refused to give out the sync password (%1). Allow Taktline to read it, then try again.</source>
        <translation>凭据存储拒绝提供同步密码（%1）。请允许 Taktline 读取它，然后重试。</translation>
    </message>
    <message>
        <source>The credential store did not keep the sync password (%1). Nothing was saved.</source>
        <translation>凭据存储没有保存同步密码（%1）。没有保存任何内容。</translation>
    </message>
    <message>
        <source>The credential store did not forget the sync password (%1).</source>
        <translation>凭据存储没有删除同步密码（%1）。</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardCards</name>
    <message>
        <source>Click a bar for its rows</source>
        <translation>点击柱形查看明细</translation>
    </message>
    <message>
        <source>No stops in this period.</source>
        <translation>本期没有停机。</translation>
    </message>
    <message>
        <source>No defective pieces in this period.</source>
        <translation>本期没有不良品。</translation>
    </message>
    <message>
        <source>The calendar has no working time in this period and nothing was reported.</source>
        <translation>工作日历在本期没有工作时间，也没有报工。</translation>
    </message>
    <message>
        <source>No pieces are waiting between steps.</source>
        <translation>工序之间没有待加工的在制品。</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardCharts</name>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>性能率</translation>
    </message>
    <message>
        <source>Quality rate</source>
        <translation>质量率</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>OEE</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>Stop minutes</source>
        <translation>停机分钟</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Defective pieces</source>
        <translation>不良品数</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Finished good pieces</source>
        <translation>完工良品数</translation>
    </message>
    <message>
        <source>Pieces waiting</source>
        <translation>待加工数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>First-pass yield (%)</source>
        <translation>直通率（%）</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardDrillDown</name>
    <message>
        <source>Finished pieces reported in the period</source>
        <translation>本期完工报工</translation>
    </message>
    <message>
        <source>Orders finished in the period</source>
        <translation>本期完工的工单</translation>
    </message>
    <message>
        <source>Reports with defective pieces</source>
        <translation>含不良品的报工</translation>
    </message>
    <message>
        <source>Andon calls in the period</source>
        <translation>本期安灯呼叫</translation>
    </message>
    <message>
        <source>OEE per machine</source>
        <translation>各设备综合效率</translation>
    </message>
    <message>
        <source>Stops of %1</source>
        <translation>%1 的停机</translation>
    </message>
    <message>
        <source>Stops: %1</source>
        <translation>停机：%1</translation>
    </message>
    <message>
        <source>Defects: %1</source>
        <translation>不良：%1</translation>
    </message>
    <message>
        <source>Finished pieces, target %1</source>
        <translation>完工数（目标 %1）</translation>
    </message>
    <message>
        <source>Waiting at %1</source>
        <translation>在 %1 前等待</translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation>%1 的报工</translation>
    </message>
    <message>
        <source>Order going late</source>
        <translation>延期工单</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardExport</name>
    <message>
        <source>The dashboard is exported as .png or .pdf.</source>
        <translation>看板只能导出为 .png 或 .pdf。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>The dashboard could not be drawn as an image.</source>
        <translation>看板无法绘制为图片。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardInspections</name>
    <message>
        <source>reading the inspections</source>
        <translation>读取检验记录</translation>
    </message>
    <message>
        <source>reading the first-article waiting</source>
        <translation>读取等待首检时间</translation>
    </message>
    <message>
        <source>reading the nonconformances</source>
        <translation>读取不合格品</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardPage</name>
    <message>
        <source>Continue setting up</source>
        <translation>继续设置</translation>
    </message>
    <message>
        <source>Attainment rate</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>准时交付率</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>OEE</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>直通率</translation>
    </message>
    <message>
        <source>Andon response / repair</source>
        <translation>安灯响应 / 维修</translation>
    </message>
    <message>
        <source>OEE per machine</source>
        <translation>各设备综合效率</translation>
    </message>
    <message>
        <source>Losses from planned to fully productive time</source>
        <translation>损失瀑布：从计划时间到完全有效时间</translation>
    </message>
    <message>
        <source>Downtime by reason</source>
        <translation>停机原因帕累托</translation>
    </message>
    <message>
        <source>Defects Top 5</source>
        <translation>不良 Top 5</translation>
    </message>
    <message>
        <source>Output against target</source>
        <translation>产出与目标</translation>
    </message>
    <message>
        <source>Work in process by step</source>
        <translation>各工序在制品</translation>
    </message>
    <message>
        <source>First-pass yield by product</source>
        <translation>各产品直通率</translation>
    </message>
    <message>
        <source>Orders going late</source>
        <translation>延期工单</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the dashboard as a PNG image or a PDF document</source>
        <translation>将看板保存为 PNG 图片或 PDF 文档</translation>
    </message>
    <message>
        <source>Still to set up: %1</source>
        <translation>尚未完成的设置：%1</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完工数</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>No open order is going late.</source>
        <translation>没有延期的未完工单。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>导出看板</translation>
    </message>
    <message>
        <source>Inspections and nonconformances</source>
        <translation>检验与不合格品</translation>
    </message>
    <message>
        <source>No inspection in this period.</source>
        <translation>本期间没有检验。</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardPeriod</name>
    <message>
        <source>Shift %1 %2–%3</source>
        <translation>班次 %1 %2–%3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardQuality</name>
    <message>
        <source>No reason given</source>
        <translation>未填原因</translation>
    </message>
    <message>
        <source>reading the work in process</source>
        <translation>读取在制品</translation>
    </message>
    <message>
        <source>reading the first-pass yield</source>
        <translation>读取直通率</translation>
    </message>
    <message>
        <source>reading the defects</source>
        <translation>读取不良</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation>读取报工</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardQualityRows</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Inspections passed / failed</source>
        <translation>检验 合格 / 不合格</translation>
    </message>
    <message>
        <source>%1, waiting now</source>
        <translation>%1，仍在等待</translation>
    </message>
    <message>
        <source>Waiting for first article: %1</source>
        <translation>等待首检：%1</translation>
    </message>
    <message>
        <source>Nonconformances still open</source>
        <translation>未处理的不合格品</translation>
    </message>
    <message numerus="yes">
        <source>%n NC(s), %1 pcs</source>
        <translation>
            <numerusform>%n 单，%1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>已处理：%1</translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation>%1 件</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardService</name>
    <message>
        <source>reading where the schedule starts</source>
        <translation>读取排程起点</translation>
    </message>
    <message>
        <source>reading the finished pieces</source>
        <translation>读取完工数</translation>
    </message>
    <message>
        <source>reading the schedule</source>
        <translation>读取排程</translation>
    </message>
    <message>
        <source>reading the finished orders</source>
        <translation>读取完工工单</translation>
    </message>
    <message>
        <source>reading the orders going late</source>
        <translation>读取延期工单</translation>
    </message>
    <message>
        <source>This period has not begun yet: nothing can have been done.</source>
        <translation>本期尚未开始，还不可能有完工。</translation>
    </message>
    <message>
        <source>The schedule is made from now on and keeps no plan for a period that has passed: only what was done is shown.</source>
        <translation>排程从当前时刻起制定，不保留已过去时段的计划：只显示已完成数。</translation>
    </message>
    <message>
        <source>The schedule places no more finished pieces in this period: there is no plan to compare with.</source>
        <translation>排程在本期内不再安排完工数：没有可比较的计划。</translation>
    </message>
    <message>
        <source>No order was finished in this period.</source>
        <translation>本期没有完工的工单。</translation>
    </message>
    <message>
        <source>No pieces were reported in this period.</source>
        <translation>本期没有报工。</translation>
    </message>
    <message>
        <source>No andon call in this period.</source>
        <translation>本期没有安灯呼叫。</translation>
    </message>
    <message>
        <source>The OEE cannot be computed for this period.</source>
        <translation>无法计算本期的设备综合效率。</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Planned stops</source>
        <translation>计划停机</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>调机</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Unclassified stops</source>
        <translation>未分类停机</translation>
    </message>
    <message>
        <source>Speed loss</source>
        <translation>速度损失</translation>
    </message>
    <message>
        <source>Quality loss</source>
        <translation>质量损失</translation>
    </message>
    <message>
        <source>Fully productive</source>
        <translation>完全有效时间</translation>
    </message>
</context>
<context>
    <name>Taktline::DashboardTiles</name>
    <message>
        <source>Done %1 of %2 planned pcs</source>
        <translation>已完成 %1 件，计划 %2 件</translation>
    </message>
    <message>
        <source>Done: %1 pcs.</source>
        <translation>已完成：%1 件。</translation>
    </message>
    <message>
        <source>%1 of %2 orders finished by their due date; %3 open orders late</source>
        <translation>%2 个完工工单中 %1 个按交期完成；%3 个未完工单延期</translation>
    </message>
    <message>
        <source>A %1 · E %2 · Q %3</source>
        <translation>可用率 %1 · 性能率 %2 · 质量率 %3</translation>
    </message>
    <message>
        <source>%1 of %2 pcs good the first time</source>
        <translation>%2 件中 %1 件一次合格</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 次呼叫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), none answered yet</source>
        <translation>
            <numerusform>%n 次呼叫，尚无人响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::Database</name>
    <message>
        <source>Taktline cannot prepare the database connection (the hash chain&apos;s function). Reinstall Taktline.</source>
        <translation>Taktline 无法准备数据库连接（哈希链函数）。请重新安装 Taktline。</translation>
    </message>
    <message>
        <source>write the audit log</source>
        <translation>写入操作日志</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>读取操作日志</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing. Reinstall Taktline.</source>
        <translation>缺少 Qt 的 SQLite 驱动。请重新安装 Taktline。</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>switch the database to WAL mode</source>
        <translation>将数据库切换为 WAL 模式</translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation>配置数据库</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>开始数据库事务</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a Taktline database or it is damaged. It was not changed. Open another file, or restore your latest backup.</source>
        <translation>文件 %1 不是 Taktline 数据库，或已损坏。该文件未做任何更改。请打开其他文件，或恢复最近的备份。</translation>
    </message>
    <message>
        <source>The database %1 is read-only, and Taktline must be able to save to it. Nothing was changed. Make the file and its folder writable, or copy it somewhere writable.</source>
        <translation>数据库 %1 是只读的，而 Taktline 需要向其中保存数据。未做任何更改。请将该文件及其所在文件夹设为可写，或将其复制到可写的位置。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program, which holds it locked. It was not changed and nothing is lost. Close that program or wait until it has finished, then try again.</source>
        <translation>数据库 %1 正被其他程序使用并锁定。该文件未做任何更改，数据没有丢失。请关闭该程序或等它完成，然后重试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: SQLite&apos;s check of its pages found &quot;%2&quot;. It was not changed. Open another file, or restore your latest backup.</source>
        <translation>数据库 %1 已损坏：SQLite 检查其数据页时发现“%2”。该文件未做任何更改。请打开其他文件，或恢复最近的备份。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was created. Check the path, or start Taktline with --new to set up a new factory there.</source>
        <translation>文件夹 %1 不存在。未创建任何内容。请检查路径，或使用 --new 启动 Taktline 在该位置新建工厂。</translation>
    </message>
    <message>
        <source>There is no database at %1. Nothing was created. Check the path, or start Taktline with --new to set up a new factory there.</source>
        <translation>%1 处没有数据库。未创建任何内容。请检查路径，或使用 --new 启动 Taktline 在该位置新建工厂。</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes) and holds no factory. It was not changed. Check the path, or start Taktline with --new to set up a new factory in it.</source>
        <translation>文件 %1 是空文件（0 字节），不包含任何工厂。该文件未做任何更改。请检查路径，或使用 --new 启动 Taktline 在其中新建工厂。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Taktline cannot build its own schema to check the database. Reinstall Taktline.</source>
        <translation>Taktline 无法生成自身的数据库结构来检查数据库。请重新安装 Taktline。</translation>
    </message>
    <message>
        <source>The database %1 was changed outside Taktline: the protection that keeps recorded facts from being rewritten is missing or altered (%2). It was not changed. Restore your latest backup, and find out who edited the file.</source>
        <translation>数据库 %1 曾在 Taktline 之外被修改：防止已记录数据被改写的保护缺失或被改动（%2）。该文件未做任何更改。请恢复最近的备份，并查明是谁编辑了该文件。</translation>
    </message>
    <message>
        <source>read a station PIN</source>
        <translation>读取工位 PIN 码</translation>
    </message>
    <message>
        <source>save a station PIN</source>
        <translation>保存工位 PIN 码</translation>
    </message>
    <message>
        <source>count employees without a PIN</source>
        <translation>统计没有 PIN 码的员工</translation>
    </message>
    <message>
        <source>Taktline cannot prepare the database connection (the sync functions). Reinstall Taktline.</source>
        <translation>Taktline 无法准备数据库连接（同步函数）。请重新安装 Taktline。</translation>
    </message>
</context>
<context>
    <name>Taktline::DefectsReport</name>
    <message>
        <source>Defect rate = defective ÷ made (good + defective + rework), summed before dividing.</source>
        <translation>不良率 = 不良品数 ÷ 报工数量（良品 + 不良品 + 返工），先求和再相除。</translation>
    </message>
    <message>
        <source>sum the defective pieces per reason</source>
        <translation>按不良原因汇总不良品数</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填原因）</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Defective qty</source>
        <translation>不良品数</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报工次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Share: the reason&apos;s defective pieces ÷ all defective pieces of the period; most first, with the running share (a Pareto).</source>
        <translation>占比：该原因的不良品数 ÷ 本期全部不良品数；从多到少排列，并列出累计占比（帕累托）。</translation>
    </message>
    <message>
        <source>Defects by reason (Pareto)</source>
        <translation>不良原因帕累托图</translation>
    </message>
    <message>
        <source>sum the defective pieces per product</source>
        <translation>按产品汇总不良品数</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按产品</translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>报工数量</translation>
    </message>
    <message>
        <source>Defect rate</source>
        <translation>不良率</translation>
    </message>
    <message>
        <source>sum the defective pieces per operation</source>
        <translation>按工序汇总不良品数</translation>
    </message>
    <message>
        <source>By operation</source>
        <translation>按工序</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
</context>
<context>
    <name>Taktline::DemoCommand</name>
    <message>
        <source>Builds the demo factory into a new database file.</source>
        <translation>在新的数据库文件中生成演示工厂。</translation>
    </message>
    <message>
        <source>The new database file (default: %1).</source>
        <translation>新的数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Days of history (default 60).</source>
        <translation>历史数据天数（默认 60）。</translation>
    </message>
    <message>
        <source>Number of work orders (default 300).</source>
        <translation>工单数量（默认 300）。</translation>
    </message>
    <message>
        <source>Number of production reports (default: as the days call for).</source>
        <translation>报工记录数量（默认：按天数生成）。</translation>
    </message>
    <message>
        <source>Accounts: owner, planner, supervisor, operator; password %1 for each.</source>
        <translation>账号：owner、planner、supervisor、operator；密码均为 %1。</translation>
    </message>
    <message>
        <source>%1 production reports and the machines&apos; status over the last %2 days.</source>
        <translation>过去 %2 天的 %1 条报工记录和设备状态。</translation>
    </message>
    <message>
        <source>Demo factory created in %1: 12 machines in 3 workshops, 40 products with routings, 15 raw materials, 25 employees, reason codes, %2 work orders.</source>
        <translation>演示工厂已创建于 %1：3 个车间共 12 台设备、40 个带工艺路线的产品、15 种原材料、25 名员工、原因代码，以及 %2 个工单。</translation>
    </message>
    <message>
        <source>Traceability: raw materials with bills of materials, material lots fed into the orders, serial-numbered pump assemblies with their shaft serials, finished goods and shipments to customers.</source>
        <translation>追溯：带物料清单的原材料、投入工单的物料批次、带传动轴序列号的泵总成序列号、成品入库以及发往客户的发货。</translation>
    </message>
    <message>
        <source>Try: taktline trace --db %1 %2</source>
        <translation>试试：taktline trace --db %1 %2</translation>
    </message>
</context>
<context>
    <name>Taktline::DemoFactory</name>
    <message>
        <source>%1 already holds a factory. The demo is only built into a new file.</source>
        <translation>文件 %1 中已有工厂数据。演示工厂只能创建在新的数据库文件中。</translation>
    </message>
</context>
<context>
    <name>Taktline::DispatchBoard</name>
    <message>
        <source>Insert rush order…</source>
        <translation>插单…</translation>
    </message>
    <message>
        <source>No operations are queued. Release a work order to plan its operations on the machines.</source>
        <translation>没有排队的工序。下达工单后，其工序会排到设备上。</translation>
    </message>
    <message>
        <source>%1 step %2 %3</source>
        <translation>%1 工序 %2 %3</translation>
    </message>
    <message>
        <source>Moved %1 to %2, position %3.</source>
        <translation>已将 %1 移到 %2，第 %3 位。</translation>
    </message>
    <message>
        <source>Rush order %1 inserted at the front of its machines. Planned end: %2 → %3.</source>
        <translation>插单 %1 已排到各设备队列最前。计划完工：%2 → %3。</translation>
    </message>
    <message>
        <source>Drag a card to change the order on a machine or move it to another machine (or right-click it). Ctrl+Z undoes a move.</source>
        <translation>拖动卡片可调整设备上的顺序或移到另一台设备（也可右键点击卡片）。Ctrl+Z 撤销移动。</translation>
    </message>
    <message>
        <source>Each machine&apos;s queue in the order it will run. Double-click a card to open its work order.</source>
        <translation>每台设备的队列按加工顺序排列。双击卡片可打开其工单。</translation>
    </message>
    <message>
        <source>Open work order %1</source>
        <translation>打开工单 %1</translation>
    </message>
    <message>
        <source>Move to the front</source>
        <translation>移到最前</translation>
    </message>
    <message>
        <source>Move to the end</source>
        <translation>移到最后</translation>
    </message>
    <message>
        <source>Move to machine</source>
        <translation>移到设备</translation>
    </message>
</context>
<context>
    <name>Taktline::DispatchService</name>
    <message>
        <source>This operation no longer waits in a machine queue: its work order was completed, closed or cancelled in the meantime.</source>
        <translation>该工序已不在设备队列中：其工单已完工、结案或作废。</translation>
    </message>
    <message>
        <source>The machine no longer exists.</source>
        <translation>该设备已不存在。</translation>
    </message>
    <message>
        <source>Machine %1 is deactivated: no operation can be dispatched to it. Activate it under Master data ▸ Machines first.</source>
        <translation>设备 %1 已停用，不能派工到该设备。请先在“基础资料 ▸ 设备”中启用。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: once production has started its operations keep their machines; reorder them within the machine instead.</source>
        <translation>工单 %1 状态为“%2”：开始生产后工序不能换设备，只能在本设备队列内调整顺序。</translation>
    </message>
    <message>
        <source>Work order %1 is a draft: release it first, so that its operations join the machine queues.</source>
        <translation>工单 %1 是草稿：请先下达，其工序才会进入设备队列。</translation>
    </message>
    <message>
        <source>Work order %1 is on hold: resume it before inserting it as a rush order.</source>
        <translation>工单 %1 已暂停：请先恢复，再插单。</translation>
    </message>
    <message>
        <source>Work order %1 is %2 and no longer waits for machines.</source>
        <translation>工单 %1 状态为“%2”，已不再等待设备。</translation>
    </message>
    <message>
        <source>Work order %1 has no operations in the machine queues.</source>
        <translation>工单 %1 在设备队列中没有工序。</translation>
    </message>
</context>
<context>
    <name>Taktline::DispositionDialog</name>
    <message>
        <source>Deduct the pieces from the operator&apos;s piece-rate wages</source>
        <translation>从操作工的计件工资中扣款</translation>
    </message>
    <message>
        <source>Dispose of nonconformance %1</source>
        <translation>处理不合格品 %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3
%4 of %5 pieces still open · %6</source>
        <translation>%1 %2 · %3
共 %5 件，尚有 %4 件待处理 · %6</translation>
    </message>
    <message>
        <source>(choose the approver)</source>
        <translation>（选择审批人）</translation>
    </message>
    <message>
        <source>Disposition:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 needs the approval of an owner or planner.</source>
        <translation>%1需由老板或计划员审批。</translation>
    </message>
</context>
<context>
    <name>Taktline::DownstreamRepository</name>
    <message>
        <source>read the serial numbers fitted elsewhere</source>
        <translation>读取已装入其他产品的序列号</translation>
    </message>
    <message>
        <source>read what became of the work orders</source>
        <translation>读取工单的去向</translation>
    </message>
</context>
<context>
    <name>Taktline::DownstreamTrace</name>
    <message>
        <source>Shipment %4: %1 shipped to %2 on %3</source>
        <translation>发货单 %4：%3 向 %2 发货 %1</translation>
    </message>
    <message>
        <source>, customer order %1</source>
        <translation>，客户订单 %1</translation>
    </message>
    <message>
        <source>, serials %1</source>
        <translation>，序列号 %1</translation>
    </message>
    <message numerus="yes">
        <source>Shipment %1 to %2 on %3: %4 pieces in %n line(s)</source>
        <translation>
            <numerusform>发货单 %1：%3 发往 %2，共 %n 行 %4 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order %1: %2 %3, %4 shipped</source>
        <translation>工单 %1：%2 %3，已发货 %4</translation>
    </message>
    <message>
        <source>, production lot %1</source>
        <translation>，生产批次 %1</translation>
    </message>
    <message>
        <source>%1 received into finished goods</source>
        <translation>成品入库 %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation>，库位 %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>，入库人 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::DowntimeReport</name>
    <message>
        <source>The period has not begun yet: there is no downtime to tell.</source>
        <translation>该期间尚未开始：还没有停机可统计。</translation>
    </message>
    <message>
        <source>read the machines</source>
        <translation>读取设备</translation>
    </message>
    <message>
        <source>Stops as the OEE and the dashboard count them: failures, unclassified time (no reason, or no status yet), small stops, quality stops and planned downtime, cut to the calendar&apos;s working time and to now.</source>
        <translation>停机口径与设备综合效率和看板一致：故障、未分类时间（无原因或尚无状态）、小停机、质量停机和计划停机，只计工作日历内的工作时间，截至当前时刻。</translation>
    </message>
    <message>
        <source>Share: the stop hours ÷ all stop hours of the period.</source>
        <translation>占比：该项停机小时 ÷ 本期全部停机小时。</translation>
    </message>
    <message>
        <source>Stop hours</source>
        <translation>停机小时</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>停机次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>By machine</source>
        <translation>按设备</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Stop hours per machine</source>
        <translation>各设备停机小时</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>Downtime reason</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>计入类别</translation>
    </message>
    <message>
        <source>Downtime by reason</source>
        <translation>按原因的停机</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>Taktline::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报工时间</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良品</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Downtime reason</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>Reason given later</source>
        <translation>事后补录原因</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完工数</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <source>Late by (h)</source>
        <translation>延期（小时）</translation>
    </message>
    <message>
        <source>Pieces waiting</source>
        <translation>待加工数</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>呼叫时间</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫类型</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>呼叫人</translation>
    </message>
    <message>
        <source>Response (min)</source>
        <translation>响应（分钟）</translation>
    </message>
    <message>
        <source>Repair (min)</source>
        <translation>处理（分钟）</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>关闭人</translation>
    </message>
    <message>
        <source>Planned busy time (h)</source>
        <translation>计划负荷时间（小时）</translation>
    </message>
    <message>
        <source>Actual production time (h)</source>
        <translation>实际生产时间（小时）</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>性能率</translation>
    </message>
    <message>
        <source>Quality rate</source>
        <translation>质量率</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>OEE</translation>
    </message>
</context>
<context>
    <name>Taktline::DueInspectionsView</name>
    <message>
        <source>Due inspections</source>
        <translation>待检</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>检验…</translation>
    </message>
    <message>
        <source>Nothing is due for inspection.</source>
        <translation>当前没有待检项目。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Order / step or lot</source>
        <translation>工单 / 工序或批次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>%1 step %2 %3</source>
        <translation>%1 工序 %2 %3</translation>
    </message>
    <message>
        <source>Every machine, every lot</source>
        <translation>全部设备和批次</translation>
    </message>
    <message>
        <source>The station accepts no good pieces of this step until the first article passes.</source>
        <translation>首件检验合格前，工位不接受本工序的良品报工。</translation>
    </message>
</context>
<context>
    <name>Taktline::EditWorkOrderCommand</name>
    <message>
        <source>Edit work order %1</source>
        <translation>编辑工单 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::FactFeed</name>
    <message>
        <source>read the new facts for the board (%1)</source>
        <translation>为看板读取新数据（%1）</translation>
    </message>
</context>
<context>
    <name>Taktline::FactorySetup</name>
    <message>
        <source>This factory is already set up.</source>
        <translation>本工厂已设置完成。</translation>
    </message>
    <message>
        <source>Enter the factory&apos;s name: travellers, labels and reports carry it.</source>
        <translation>请填写工厂名称：流转卡、标签和报表上都会印有它。</translation>
    </message>
    <message>
        <source>Choose the factory&apos;s time zone.</source>
        <translation>请选择工厂所在的时区。</translation>
    </message>
</context>
<context>
    <name>Taktline::FeedCheck</name>
    <message>
        <source>Lot %1 is blocked (%2): it must not be fed. Ask the supervisor.</source>
        <translation>批次 %1 已冻结（%2）：不得投料。请联系班组长。</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2: it must not be fed.</source>
        <translation>批次 %1 已于 %2 过期：不得投料。</translation>
    </message>
    <message>
        <source>Lot %1 cannot be fed: the operation does not exist.</source>
        <translation>批次 %1 无法投料：工序不存在。</translation>
    </message>
    <message>
        <source>Lot %1 cannot be fed to work order %2: it is %3, not released or in production.</source>
        <translation>批次 %1 不能投料到工单 %2：该工单状态为“%3”，未下达或未在生产中。</translation>
    </message>
    <message>
        <source>Lot %1 is %2 (%3); the bill of materials of %4 %5 does not use it.</source>
        <translation>批次 %1 是 %2（%3）；%4 %5 的物料清单中没有这种物料。</translation>
    </message>
    <message>
        <source>Lot %1 is %2 (%3); it is fed at step %4, not step %5.</source>
        <translation>批次 %1 是 %2（%3）；应在工序 %4 投料，而不是工序 %5。</translation>
    </message>
</context>
<context>
    <name>Taktline::FinishedGoodsRepository</name>
    <message>
        <source>save the finished-goods receipt</source>
        <translation>保存成品入库记录</translation>
    </message>
    <message>
        <source>read the finished-goods receipts</source>
        <translation>读取成品入库记录</translation>
    </message>
    <message>
        <source>read the finished stock</source>
        <translation>读取成品库存</translation>
    </message>
    <message>
        <source>read the output of the last step</source>
        <translation>读取末道工序产出</translation>
    </message>
    <message>
        <source>read the work orders with finished output</source>
        <translation>读取有完工产出的工单</translation>
    </message>
</context>
<context>
    <name>Taktline::FirstArticleBanner</name>
    <message>
        <source>First article to be inspected</source>
        <translation>首件待送检</translation>
    </message>
    <message>
        <source>No good quantity until it passes.</source>
        <translation>首件合格前不能报良品。</translation>
    </message>
    <message>
        <source>Request first article</source>
        <translation>送检首件</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for first-article inspection %n min</source>
        <translation>
            <numerusform>等待首检 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspector: scan your badge here.</source>
        <translation>质检员请在此刷工牌。</translation>
    </message>
    <message>
        <source>%1: type your PIN.</source>
        <translation>%1：请输入PIN码。</translation>
    </message>
    <message>
        <source>First article under inspection</source>
        <translation>首件检验中</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>质检员：%1</translation>
    </message>
    <message>
        <source>First article failed</source>
        <translation>首件不合格</translation>
    </message>
    <message>
        <source>No good quantity: correct the set-up, send a new first article.</source>
        <translation>不能报良品：请调整设备，重新送检首件。</translation>
    </message>
    <message>
        <source>Correct the set-up and send a new first article.</source>
        <translation>请调整设备，重新送检首件。</translation>
    </message>
    <message>
        <source>Request again</source>
        <translation>重新送检</translation>
    </message>
    <message>
        <source>First article passed</source>
        <translation>首件合格</translation>
    </message>
</context>
<context>
    <name>Taktline::FirstArticleGate</name>
    <message>
        <source>read the step&apos;s inspection plan</source>
        <translation>读取工序的检验方案</translation>
    </message>
    <message>
        <source>This step does not exist (any more).</source>
        <translation>该工序不存在（或已删除）。</translation>
    </message>
    <message>
        <source>read the machine&apos;s latest set-up</source>
        <translation>读取设备最近一次调机</translation>
    </message>
    <message>
        <source>read the step&apos;s first articles</source>
        <translation>读取工序的首件检验</translation>
    </message>
    <message>
        <source>read the step&apos;s first-article requests</source>
        <translation>读取工序的首件送检</translation>
    </message>
    <message>
        <source>The first article failed inspection: no good quantity until a new first article passes. Correct the set-up, make a new first article and send it for inspection. Defective pieces can still be reported.</source>
        <translation>首件检验不合格：新首件检验合格前不能报良品。请调整设备，重做首件并送检。不良品仍可报工。</translation>
    </message>
    <message>
        <source>The first article waits for inspection: good quantity is accepted only after it passes. Defective pieces can still be reported.</source>
        <translation>首件等待检验：检验合格后才能报良品。不良品仍可报工。</translation>
    </message>
    <message>
        <source>The first article has not passed inspection: send the first article for inspection first; good quantity is accepted only after it passes.</source>
        <translation>首件未检验合格：请先送检首件，检验合格后才能报良品。</translation>
    </message>
</context>
<context>
    <name>Taktline::GanttChart</name>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>Taktline::GanttView</name>
    <message>
        <source>Nothing is planned yet. Release a work order to see its operations on the machines.</source>
        <translation>尚无排产。下达工单后即可在设备上看到其工序。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Non-working time</source>
        <translation>非工作时间</translation>
    </message>
</context>
<context>
    <name>Taktline::GenealogyPanel</name>
    <message>
        <source>Scan or type a work order, production lot, material lot or serial number</source>
        <translation>扫描或输入工单号、生产批次、物料批次号或序列号</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追溯</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Scan a code with the tablet&apos;s camera</source>
        <translation>用平板摄像头扫码</translation>
    </message>
    <message>
        <source>A material lot is traced forward to where it went; anything else backward to what went into it.</source>
        <translation>物料批次正向追溯其去向；其他代码反向追溯其来源。</translation>
    </message>
    <message>
        <source>What went into it: steps, reports, material lots, components.</source>
        <translation>它由什么组成：工序、报工、物料批次、零部件。</translation>
    </message>
    <message>
        <source>Where it went: the work orders a lot was fed to, the product a serial was fitted into.</source>
        <translation>它去了哪里：批次投入的工单、序列号装入的产品。</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为PDF…</translation>
    </message>
    <message>
        <source>Scan or type a code to see its genealogy: a work order or its production lot backward to the steps, reports and material lots in it; a material lot forward to every work order it went into; a serial number to its steps and components.</source>
        <translation>扫描或输入代码查看追溯：工单或生产批次反向追溯到其中的工序、报工和物料批次；物料批次正向追溯到用它的每个工单；序列号追溯到其工序和零部件。</translation>
    </message>
    <message>
        <source>%1 has no %2; the %3 is shown instead.</source>
        <translation>%1 无法%2，已改为显示%3。</translation>
    </message>
    <message>
        <source>A production report has no code of its own: double-click its step or work order to trace further.</source>
        <translation>报工记录没有自己的代码：双击其工序或工单继续追溯。</translation>
    </message>
</context>
<context>
    <name>Taktline::GenealogyReport</name>
    <message>
        <source>read the production lots of the period</source>
        <translation>读取本期的生产批次</translation>
    </message>
    <message>
        <source>Production lots</source>
        <translation>生产批次</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Material lots fed</source>
        <translation>投料批次</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Work orders reported on in the period with their production lot; good qty, machines and employees from the period&apos;s reports that stand, material lots from every feed to the order up to the end of the period.</source>
        <translation>本期有报工的工单及其生产批次；良品数、设备和员工取自本期有效的报工，投料批次取自截至期末该工单的全部投料。</translation>
    </message>
    <message>
        <source>read the material fed in the period</source>
        <translation>读取本期的投料</translation>
    </message>
    <message>
        <source>Material fed</source>
        <translation>投料</translation>
    </message>
    <message>
        <source>Fed at</source>
        <translation>投料时间</translation>
    </message>
    <message>
        <source>Material lot</source>
        <translation>物料批次</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Every material feed (投料) of the period, in the material&apos;s unit.</source>
        <translation>本期的每一次投料，数量按物料的单位。</translation>
    </message>
    <message>
        <source>read the serials of the period</source>
        <translation>读取本期的序列号</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Steps passed</source>
        <translation>通过工序数</translation>
    </message>
    <message>
        <source>Components fitted</source>
        <translation>装配部件数</translation>
    </message>
    <message>
        <source>Serials created in the period, with every step and component recorded on them.</source>
        <translation>本期生成的序列号，以及其上记录的每道工序和部件。</translation>
    </message>
    <message>
        <source>The whole chain of one lot or serial: taktline trace, or the trace page.</source>
        <translation>某个批次或序列号的完整追溯链：使用 taktline trace 或追溯页面。</translation>
    </message>
</context>
<context>
    <name>Taktline::Gs1</name>
    <message>
        <source>SSCC</source>
        <translation>SSCC</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>contained GTIN</source>
        <translation>所含 GTIN</translation>
    </message>
    <message>
        <source>batch/lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>packaging date</source>
        <translation>包装日期</translation>
    </message>
    <message>
        <source>best before date</source>
        <translation>保质期</translation>
    </message>
    <message>
        <source>sell by date</source>
        <translation>销售截止日期</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>product variant</source>
        <translation>产品变体</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>count of items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>additional product ID</source>
        <translation>附加产品标识</translation>
    </message>
    <message>
        <source>customer part number</source>
        <translation>客户料号</translation>
    </message>
    <message>
        <source>secondary serial number</source>
        <translation>辅助序列号</translation>
    </message>
    <message>
        <source>customer order number</source>
        <translation>客户订单号</translation>
    </message>
    <message>
        <source>internal information</source>
        <translation>内部信息</translation>
    </message>
    <message>
        <source>company internal information</source>
        <translation>企业内部信息</translation>
    </message>
    <message>
        <source>net weight (kg)</source>
        <translation>净重（千克）</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; contains application identifier (%2), which Taktline does not read.</source>
        <translation>GS1 条码“%1”含有应用标识符 (%2)，Taktline 不识别。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has no data after %2.</source>
        <translation>GS1 条码“%1”在 %2 之后没有数据。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 with %3 characters, but it must have exactly %4.</source>
        <translation>GS1 条码“%1”的%2有 %3 个字符，但必须正好是 %4 个。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 with %3 characters, but at most %4 are allowed.</source>
        <translation>GS1 条码“%1”的%2有 %3 个字符，最多允许 %4 个。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 &apos;%3&apos;, which must be digits only.</source>
        <translation>GS1 条码“%1”的%2“%3”只能是数字。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 containing &apos;%3&apos;, which GS1 codes cannot contain.</source>
        <translation>GS1 条码“%1”的%2含有“%3”，GS1 条码中不能有此字符。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 containing &apos;%3&apos;, which Taktline cannot print: on a label, parentheses mark the application identifiers.</source>
        <translation>GS1 条码“%1”的%2含有“%3”，Taktline 无法打印：标签上的括号用于标示应用标识符。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 &apos;%3&apos; with a wrong check digit (it should end in %4). The label is misprinted or misread.</source>
        <translation>GS1 条码“%1”的%2“%3”校验位错误（应以 %4 结尾）。标签印错或读错。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 &apos;%3&apos;, which is not a valid date (YYMMDD).</source>
        <translation>GS1 条码“%1”的%2“%3”不是有效日期（YYMMDD）。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; contains %2 (%3) twice with different values.</source>
        <translation>GS1 条码“%1”两次包含%2 (%3) 且取值不同。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; does not start with an application identifier in parentheses, such as (01).</source>
        <translation>GS1 条码“%1”没有以括号中的应用标识符开头，如 (01)。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; contains no data.</source>
        <translation>GS1 条码“%1”不含数据。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has &apos;%2&apos; where an application identifier (digits) should be.</source>
        <translation>GS1 条码“%1”在应为应用标识符（数字）的位置出现了“%2”。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 with %3 characters, more than the %4 allowed: the GS separator after it is probably missing. Set the scanner to send GS (FNC1).</source>
        <translation>GS1 条码“%1”的%2有 %3 个字符，超过允许的 %4 个：其后可能缺少 GS 分隔符。请把扫码枪设置为发送 GS（FNC1）。</translation>
    </message>
    <message>
        <source>The GS1 code &apos;%1&apos; has %2 running into what looks like %3 (%4) without the GS separator between them, so it cannot be read safely. Set the scanner to send GS (FNC1).</source>
        <translation>GS1 条码“%1”的%2与看似%3 (%4) 的内容之间没有 GS 分隔符，无法可靠读取。请把扫码枪设置为发送 GS（FNC1）。</translation>
    </message>
</context>
<context>
    <name>Taktline::Gs1DataMatrix</name>
    <message>
        <source>There is no GS1 element string to put in the DataMatrix.</source>
        <translation>没有可放入 DataMatrix 的 GS1 元素串。</translation>
    </message>
    <message>
        <source>A GS1 DataMatrix holds only printable ASCII; &apos;%1&apos; contains other characters.</source>
        <translation>GS1 DataMatrix 只能包含可打印 ASCII 字符；“%1”含有其他字符。</translation>
    </message>
    <message>
        <source>The GS1 element string is too long for a DataMatrix (%1 codewords, at most %2).</source>
        <translation>GS1 元素串对 DataMatrix 来说太长（%1 个码字，最多 %2 个）。</translation>
    </message>
</context>
<context>
    <name>Taktline::GuiCommand</name>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Taktline cannot open the database</source>
        <translation>Taktline 无法打开数据库</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Taktline: work orders, machines and traceability for small factories.</source>
        <translation>Taktline：面向小型工厂的工单、设备与追溯管理。</translation>
    </message>
    <message>
        <source>Set up a new factory if --db names no database yet.</source>
        <translation>如果 --db 指定的位置还没有数据库，则新建工厂。</translation>
    </message>
</context>
<context>
    <name>Taktline::IdentifierRegistration</name>
    <message>
        <source>The registration file must end in .csv or .json, not &apos;%1&apos;.</source>
        <translation>注册文件必须以 .csv 或 .json 结尾，而不是“%1”。</translation>
    </message>
    <message>
        <source>No enterprise prefix is set, so there are no identifiers to register. Enter the prefix your secondary node assigned (such as 88.118.8) under Settings ▸ Industrial-internet identifiers.</source>
        <translation>尚未设置企业前缀，因此没有可注册的标识。请在“设置 ▸ 工业互联网标识”中输入二级节点分配的前缀（如 88.118.8）。</translation>
    </message>
    <message>
        <source>Give both the first and the last day of the registration.</source>
        <translation>请填写注册的起始日期和结束日期。</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>起始日期（%1）晚于结束日期（%2）。</translation>
    </message>
    <message>
        <source>No material lot was received, no production lot reported and no serial number generated from %1 to %2: there is nothing to register, and no file was written.</source>
        <translation>%1 至 %2 期间没有物料批次收货、没有生产批次报工，也没有生成序列号：没有可注册的内容，未写入文件。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Check that the disk has room; if the file is open in Excel, close it and try again.</source>
        <translation>无法保存 %1：%2。请检查磁盘空间是否足够；如果该文件已在 Excel 中打开，请先关闭再重试。</translation>
    </message>
</context>
<context>
    <name>Taktline::IdentifierRepository</name>
    <message>
        <source>read the received material lots</source>
        <translation>读取已收货的物料批次</translation>
    </message>
    <message>
        <source>read the production lots of the work orders</source>
        <translation>读取工单的生产批次</translation>
    </message>
    <message>
        <source>read the serial numbers</source>
        <translation>读取序列号</translation>
    </message>
</context>
<context>
    <name>Taktline::IdentifiersBox</name>
    <message>
        <source>Industrial-internet identifiers</source>
        <translation>工业互联网标识</translation>
    </message>
    <message>
        <source>Lot and serial labels carry the identifier</source>
        <translation>批次和序列号标签带标识</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Export registration file…</source>
        <translation>导出注册文件…</translation>
    </message>
    <message>
        <source>such as 88.118.8</source>
        <translation>如 88.118.8</translation>
    </message>
    <message>
        <source>Labels then carry PREFIX/LOT:… or PREFIX/SN:…, and scanning them still finds the lot or serial. GS1 labels keep their GS1 content: an identifier is not a GS1 element string.</source>
        <translation>标签将带 企业前缀/LOT:… 或 企业前缀/SN:…，扫描后仍能找到对应的批次或序列号。GS1 标签保持 GS1 内容不变：标识不是 GS1 元素串。</translation>
    </message>
    <message>
        <source>The lots received, production lots started and serial numbers generated on these days, as CSV (for Excel) or JSON for the secondary node&apos;s batch registration. Nothing is sent anywhere.</source>
        <translation>这些日期内收货的批次、开工的生产批次和生成的序列号，导出为 CSV（用于 Excel）或 JSON，供二级节点批量注册。不会发送到任何地方。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Enterprise prefix:</source>
        <translation>企业前缀：</translation>
    </message>
    <message>
        <source>Registration days:</source>
        <translation>注册日期：</translation>
    </message>
    <message>
        <source>The enterprise prefix is cleared; labels carry no identifier.</source>
        <translation>企业前缀已清除；标签不再带标识。</translation>
    </message>
    <message>
        <source>The enterprise prefix %1 is saved; lot and serial labels carry identifiers such as %1/LOT:….</source>
        <translation>企业前缀 %1 已保存；批次和序列号标签将带 %1/LOT:… 这样的标识。</translation>
    </message>
    <message>
        <source>The enterprise prefix %1 is saved.</source>
        <translation>企业前缀 %1 已保存。</translation>
    </message>
    <message>
        <source>identifiers-%1-%2</source>
        <translation>标识-%1-%2</translation>
    </message>
    <message>
        <source>Export registration file</source>
        <translation>导出注册文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n identifier(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个标识写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, because their numbers have spaces or characters an identifier cannot carry: %1.</source>
        <translation>以下未写入，因为其编号含有空格或标识不能包含的字符：%1。</translation>
    </message>
    <message>
        <source>What the serial numbers dialog of a work order starts with: {WO} the work order number, {yyMMdd} the date, {seq:4} the piece number with 4 digits (required).</source>
        <translation>工单序列号对话框的默认规则：{WO} 为工单号，{yyMMdd} 为日期，{seq:4} 为 4 位件号（必填）。</translation>
    </message>
    <message>
        <source>Serial number pattern:</source>
        <translation>序列号规则：</translation>
    </message>
    <message>
        <source>New serial numbers are now offered with the pattern %1.</source>
        <translation>新序列号将按规则 %1 生成。</translation>
    </message>
</context>
<context>
    <name>Taktline::IdentifiersCommand</name>
    <message numerus="yes">
        <source>Wrote %n identifier(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个标识写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::Import</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Downtime reasons</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>Defect reasons</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Routings</source>
        <translation>工艺路线</translation>
    </message>
    <message>
        <source>BOMs</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Piece rates</source>
        <translation>计件单价</translation>
    </message>
    <message>
        <source>Opening material lots</source>
        <translation>期初物料批次</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>The part no. of the product made.</source>
        <translation>所生产产品的物料编码。</translation>
    </message>
    <message>
        <source>Component part No.</source>
        <translation>子件物料编码</translation>
    </message>
    <message>
        <source>The part no. of the material or part that goes in.</source>
        <translation>投入的材料或零件的物料编码。</translation>
    </message>
    <message>
        <source>Qty per piece</source>
        <translation>单件用量</translation>
    </message>
    <message>
        <source>How much of the component one piece takes, in its unit.</source>
        <translation>每件产品耗用该子件的数量（按子件的单位）。</translation>
    </message>
    <message>
        <source>Step No.</source>
        <translation>工序号</translation>
    </message>
    <message>
        <source>The routing step it is fed at; 0 or empty: the first step.</source>
        <translation>在工艺路线的哪道工序投料；0 或留空：首道工序。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>The lot&apos;s number: letters, digits and dashes.</source>
        <translation>批次号：字母、数字和短横线。</translation>
    </message>
    <message>
        <source>The part no. of the material.</source>
        <translation>材料的物料编码。</translation>
    </message>
    <message>
        <source>Received qty</source>
        <translation>来料数量</translation>
    </message>
    <message>
        <source>How much was received, in the material&apos;s unit.</source>
        <translation>收到的数量（按材料的单位）。</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier lot</source>
        <translation>供应商批次</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>来料日期</translation>
    </message>
    <message>
        <source>A date, such as 2026-11-20.</source>
        <translation>日期，例如 2026-11-20。</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Empty: does not expire.</source>
        <translation>留空：不过期。</translation>
    </message>
    <message>
        <source>The part no. of the product.</source>
        <translation>产品的物料编码。</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>An operation of the product&apos;s routing, such as 车削.</source>
        <translation>该产品工艺路线中的一道工序，例如 车削。</translation>
    </message>
    <message>
        <source>Piece rate</source>
        <translation>计件单价</translation>
    </message>
    <message>
        <source>What one good piece earns, in yuan.</source>
        <translation>每件良品的工价（元）。</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>The first day the rate applies, such as 2026-12-01.</source>
        <translation>单价开始生效的日期，例如 2026-12-01。</translation>
    </message>
    <message>
        <source>The part no. of the product the routing is for.</source>
        <translation>工艺路线所属产品的物料编码。</translation>
    </message>
    <message>
        <source>10, 20, 30 … in the order the steps are done.</source>
        <translation>按加工顺序填写 10、20、30……</translation>
    </message>
    <message>
        <source>What is done at this step, such as 车削.</source>
        <translation>这道工序做什么，例如 车削。</translation>
    </message>
    <message>
        <source>Machine code</source>
        <translation>设备编码</translation>
    </message>
    <message>
        <source>The code of the machine the step runs on.</source>
        <translation>这道工序所用设备的编码。</translation>
    </message>
    <message>
        <source>Standard time (s/piece)</source>
        <translation>标准工时（秒/件）</translation>
    </message>
    <message>
        <source>Seconds per piece, for wages and scheduling.</source>
        <translation>每件的秒数，用于计件工资和排产。</translation>
    </message>
    <message>
        <source>Ideal cycle time (s/piece)</source>
        <translation>理想节拍（秒/件）</translation>
    </message>
    <message>
        <source>The fastest the step can run, for OEE; may be empty.</source>
        <translation>这道工序最快能达到的节拍，用于设备综合效率；可留空。</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>The work order&apos;s number: letters, digits and dashes.</source>
        <translation>工单号：字母、数字和短横线。</translation>
    </message>
    <message>
        <source>The part no. of the product to make.</source>
        <translation>要生产的产品的物料编码。</translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>How many pieces to make.</source>
        <translation>要生产多少件。</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>A date, such as 2026-12-31.</source>
        <translation>日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Normal or Urgent; empty: Normal.</source>
        <translation>普通或加急；留空为普通。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A unique code. A row with a code Taktline knows updates that record; a new code adds one.</source>
        <translation>唯一编号。编号已存在的行会更新该记录；新编号会新增一条记录。</translation>
    </message>
    <message>
        <source>The code or name of a unit under Master data (PCS when blank).</source>
        <translation>主数据中某个单位的编号或名称（留空为 PCS）。</translation>
    </message>
    <message>
        <source>One of the drop-down list.</source>
        <translation>从下拉列表中选择一项。</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>整数。</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>数字。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
    <message>
        <source>Yes or No (blank: No for a new record).</source>
        <translation>是或否（留空：新记录为否）。</translation>
    </message>
    <message>
        <source>Inspection plans</source>
        <translation>检验方案</translation>
    </message>
    <message>
        <source>On any row of the plan; blank keeps what is stored.</source>
        <translation>填在该方案的任一行；留空则保留已存的值。</translation>
    </message>
    <message>
        <source>The part no. of the product inspected.</source>
        <translation>被检验产品的料号。</translation>
    </message>
    <message>
        <source>The routing step (10, 20 …); 0 for the product as a whole (final and incoming inspection).</source>
        <translation>工艺路线的工序号（10、20 …）；0 表示整个产品（成品检验和来料检验）。</translation>
    </message>
    <message>
        <source>First-article inspection</source>
        <translation>首检</translation>
    </message>
    <message>
        <source>No good quantity before first article</source>
        <translation>首检合格前不可报良品</translation>
    </message>
    <message>
        <source>Patrol every N pieces</source>
        <translation>每 N 件巡检</translation>
    </message>
    <message>
        <source>Patrol every N minutes</source>
        <translation>每 N 分钟巡检</translation>
    </message>
    <message>
        <source>Final inspection</source>
        <translation>成品检验</translation>
    </message>
    <message>
        <source>Incoming inspection</source>
        <translation>来料检验</translation>
    </message>
    <message>
        <source>AQL</source>
        <translation>AQL</translation>
    </message>
    <message>
        <source>Inspection level</source>
        <translation>检验水平</translation>
    </message>
    <message>
        <source>Reduced inspection allowed</source>
        <translation>允许放宽检验</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>检验项目</translation>
    </message>
    <message>
        <source>What is checked, such as 外径; one row per characteristic.</source>
        <translation>检验什么，例如 外径；每个检验项目一行。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Blank: a measured value when a limit is given, else pass/fail.</source>
        <translation>留空：填了界限值为测量值，否则为合格 / 不合格。</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>标称值</translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>A number; blank: no lower limit.</source>
        <translation>数字；留空：无下限。</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>A number; blank: no upper limit.</source>
        <translation>数字；留空：无上限。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>For a choice: the choices, separated by |.</source>
        <translation>选项类：各选项，用 | 分隔。</translation>
    </message>
    <message>
        <source>Acceptable choices</source>
        <translation>合格选项</translation>
    </message>
    <message>
        <source>The acceptable ones among them, separated by |.</source>
        <translation>其中合格的选项，用 | 分隔。</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>量具</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检验方法</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必检</translation>
    </message>
    <message>
        <source>Blank: Yes.</source>
        <translation>留空：是。</translation>
    </message>
</context>
<context>
    <name>Taktline::ImportCli</name>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>Imports one kind of data from an .xlsx or .csv file, all or nothing: every problem is listed with its sheet, row, column and value, and nothing is written while there is one. Also writes a kind&apos;s template.</source>
        <translation>从 .xlsx 或 .csv 文件导入一类数据，全部成功或全部不写：每个问题都列出工作表、行、列和值，只要有一个问题就什么也不写入。也可写出某类数据的模板。</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file to import.</source>
        <translation>要导入的 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Check the file and write nothing.</source>
        <translation>试导入：只检查文件，不写入任何数据。</translation>
    </message>
    <message>
        <source>Print the problems and counts as JSON.</source>
        <translation>以 JSON 输出问题和数量。</translation>
    </message>
    <message>
        <source>When there are problems, write the rows with a problem column to this .xlsx file.</source>
        <translation>有问题时，把各行连同错误原因列写到这个 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Write the kind&apos;s template to this .xlsx file instead.</source>
        <translation>改为把这类数据的模板写到这个 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Fill the template with the factory&apos;s current data.</source>
        <translation>在模板中填入工厂当前的数据。</translation>
    </message>
    <message>
        <source>Say what to import: %1.</source>
        <translation>请说明要导入什么：%1。</translation>
    </message>
    <message>
        <source>%1 is not a kind of import; use one of %2.</source>
        <translation>%1 不是可导入的数据类别；请用以下之一：%2。</translation>
    </message>
    <message>
        <source>Give either a file to import or --template, not both.</source>
        <translation>请给出要导入的文件或 --template，不能同时给出。</translation>
    </message>
    <message>
        <source>Give the file to import after the kind.</source>
        <translation>请在类别后给出要导入的文件。</translation>
    </message>
    <message>
        <source>Wrote the template for %1 to %2.</source>
        <translation>已把%1的模板写到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n 个问题；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run of %n row(s): %1 to add, %2 to change, %3 unchanged; nothing written.</source>
        <translation>
            <numerusform>试导入 %n 行：将新增 %1，修改 %2，%3 不变；未写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 added, %2 changed, %3 unchanged.</source>
        <translation>
            <numerusform>已导入 %n 行：新增 %1，修改 %2，%3 不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::ImportCommand</name>
    <message>
        <source>Import %1 from %2</source>
        <translation>从 %2 导入%1</translation>
    </message>
</context>
<context>
    <name>Taktline::ImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>Export current data for editing…</source>
        <translation>导出现有数据以便修改…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation>保存错误工作簿…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file: choose it or type its path</source>
        <translation>.xlsx 或 .csv 文件：选择文件或输入路径</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <source>What the file holds:</source>
        <translation>导入内容：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel 或 CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Download the template, fill it in Excel, then choose it here. Nothing is written until you press Import.</source>
        <translation>先下载模板，在 Excel 中填好，再在这里选择它。按“导入”之前不会保存任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from sheet “%2”</source>
        <translation>%1（工作表“%2”）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a dry run read, then what an import would do.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 unchanged.</source>
        <translation>新增 %1 条，修改 %2 条，%3 条不变。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>What a dry run read, then how many problems it found.</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first; nothing is imported while any is left.</source>
        <translation>
            <numerusform>有 %n 个错误需要先改正；只要还有错误，就不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 changed, %4 unchanged.</source>
        <translation>已导入%1：新增 %2 条，修改 %3 条，%4 条不变。</translation>
    </message>
    <message>
        <source>The import could not be taken back.</source>
        <translation>无法撤销这次导入。</translation>
    </message>
    <message>
        <source>The import was taken back.</source>
        <translation>已撤销这次导入。</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Export current data for editing</source>
        <translation>导出现有数据以便修改</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>下载模板</translation>
    </message>
    <message>
        <source>%1 template</source>
        <translation>%1导入模板</translation>
    </message>
    <message>
        <source>Saved %1. Fill it in Excel, then choose it here.</source>
        <translation>已保存 %1。请在 Excel 中填写，然后在这里选择它。</translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation>保存错误工作簿</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 错误</translation>
    </message>
    <message>
        <source>Saved the rows with problems to %1: fix them there and import that file.</source>
        <translation>有错误的行已保存到 %1：请在其中改正后导入该文件。</translation>
    </message>
</context>
<context>
    <name>Taktline::ImportRecord</name>
    <message>
        <source>This cell is merged with others: unmerge the cells and type the value in every row.</source>
        <translation>此单元格与其他单元格合并了：请取消合并，并在每一行填写值。</translation>
    </message>
    <message>
        <source>A formula (=%1): type the value itself (copy, then paste as values).</source>
        <translation>这是公式（=%1）：请填写值本身（复制后“粘贴为数值”）。</translation>
    </message>
    <message>
        <source>Excel shows the error %1 here: type the value itself.</source>
        <translation>Excel 在此显示错误 %1：请填写值本身。</translation>
    </message>
    <message>
        <source>Required: type a value.</source>
        <translation>必填：请填写一个值。</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters, this has %2.</source>
        <translation>太长：最多 %1 个字符，这里有 %2 个。</translation>
    </message>
    <message>
        <source>Required: type a number.</source>
        <translation>必填：请填写一个数字。</translation>
    </message>
    <message>
        <source>Not a number: type digits only, for example 12 or 2.5.</source>
        <translation>不是数字：请只填写数字，例如 12 或 2.5。</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>Required: type a date.</source>
        <translation>必填：请填写一个日期。</translation>
    </message>
    <message>
        <source>Not a date: type it as 2026-12-06 or format the cell as a date.</source>
        <translation>不是日期：请写成 2026-12-06，或把单元格设为日期格式。</translation>
    </message>
    <message>
        <source>Not one of the choices: %1.</source>
        <translation>不是可选值之一：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Write %1 or %2.</source>
        <translation>请填写%1或%2。</translation>
    </message>
</context>
<context>
    <name>Taktline::ImportService</name>
    <message>
        <source>Importing %1 is not available yet.</source>
        <translation>暂时还不能导入%1。</translation>
    </message>
    <message>
        <source>%1 is the template for %2, not for %3. Import it as %2, or choose the file of %3.</source>
        <translation>%1 是%2的模板，不是%3的。请按%2导入，或选择%3的文件。</translation>
    </message>
    <message>
        <source>%1 holds no rows to import.</source>
        <translation>%1 中没有可导入的行。</translation>
    </message>
    <message>
        <source>%1 has several sheets with data (%2) and none is named %3: keep the %3 on one sheet named %3, one kind per file.</source>
        <translation>%1 有多个含数据的工作表（%2），且没有一个名为“%3”：请把%3放在一个名为“%3”的工作表中，每个文件只放一类数据。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Another sheet with data: only the sheet %1 is imported. Move these rows to a file of their own, or delete the sheet.</source>
        <translation>另一个含数据的工作表：只导入工作表 %1。请把这些行移到单独的文件中，或删除该工作表。</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is empty.</source>
        <translation>%2 的工作表 %1 是空的。</translation>
    </message>
    <message>
        <source>Unknown column: name it as in the template (%1) or delete it.</source>
        <translation>未知的列：请按模板命名（%1），或删除此列。</translation>
    </message>
    <message>
        <source>This column is there twice (also column %1): keep one.</source>
        <translation>此列重复出现（另见第 %1 列）：请只保留一列。</translation>
    </message>
    <message>
        <source>The column %1 is missing: add it to the header row, as in the template.</source>
        <translation>缺少“%1”列：请按模板把它加到表头行。</translation>
    </message>
    <message>
        <source>%1 has %2 rows; one import takes at most %3. Split it into files of up to %3 rows and import them one after another.</source>
        <translation>%1 有 %2 行；一次导入最多 %3 行。请拆分成每个不超过 %3 行的文件，逐个导入。</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 has no rows to import below its header row.</source>
        <translation>%2 的工作表 %1 在表头行下面没有可导入的行。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>There is no import to take back.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>There is no import to make again.</source>
        <translation>没有可重做的导入。</translation>
    </message>
    <message>
        <source>The sheet %1 is no longer in %2.</source>
        <translation>%2 中已没有工作表 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::ImportWorkbookWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Could not replace %1. If it is open in Excel, close it and try again.</source>
        <translation>无法替换 %1。如果它已在 Excel 中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionForm</name>
    <message>
        <source>◀ Previous sample</source>
        <translation>◀ 上一个样本</translation>
    </message>
    <message>
        <source>Next sample ▶</source>
        <translation>下一个样本 ▶</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save inspection</source>
        <translation>保存检验结果</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>工序 %1 %2</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>supplier %1</source>
        <translation>供应商 %1</translation>
    </message>
    <message>
        <source>lot size %1</source>
        <translation>批量 %1</translation>
    </message>
    <message>
        <source>Every piece (%1), Ac %2 / Re %3</source>
        <translation>全检（%1 件），Ac %2 / Re %3</translation>
    </message>
    <message>
        <source>Sample size %1, Ac %2 / Re %3</source>
        <translation>样本量 %1，Ac %2 / Re %3</translation>
    </message>
    <message>
        <source>%1 · code letter %2 · %3</source>
        <translation>%1 · 样本量字码 %2 · %3</translation>
    </message>
    <message>
        <source>Sample %1 / %2</source>
        <translation>样本 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) still to enter</source>
        <translation>
            <numerusform>还有 %n 项结果待填写</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconforming so far</source>
        <translation>
            <numerusform>目前 %n 件不合格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanEditor</name>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add characteristic</source>
        <translation>添加检验项目</translation>
    </message>
    <message>
        <source>Delete characteristic</source>
        <translation>删除检验项目</translation>
    </message>
    <message>
        <source>No inspection plans yet: create one for a product&apos;s step with New plan, or import them from Excel.</source>
        <translation>还没有检验方案：用“新建方案”为产品的工序创建，或从 Excel 导入。</translation>
    </message>
    <message>
        <source>Choose an inspection plan, or create one with New plan.</source>
        <translation>请选择一个检验方案，或用“新建方案”创建。</translation>
    </message>
    <message>
        <source>Inspection plan of %1, %2</source>
        <translation>%1 的检验方案，%2</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanImport</name>
    <message>
        <source>Outer diameter</source>
        <translation>外径</translation>
    </message>
    <message>
        <source>Micrometer</source>
        <translation>千分尺</translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import inspection plans. Ask the owner or a planner for the right to edit master data.</source>
        <translation>您无权修改主数据，因此不能导入检验方案。请向老板或计划员申请编辑主数据的权限。</translation>
    </message>
    <message>
        <source>%1 step %2</source>
        <translation>%1 工序 %2</translation>
    </message>
    <message>
        <source>Plan of %1: %2</source>
        <translation>%1 的方案：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanListModel</name>
    <message>
        <source>Add inspection plan %1, %2</source>
        <translation>新增检验方案 %1，%2</translation>
    </message>
    <message>
        <source>Choose an inspection plan first.</source>
        <translation>请先选择一个检验方案。</translation>
    </message>
    <message>
        <source>Delete inspection plan %1, %2</source>
        <translation>删除检验方案 %1，%2</translation>
    </message>
    <message>
        <source>Whole product</source>
        <translation>整个产品</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序号</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检验类型</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>检验项目</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanRepository</name>
    <message>
        <source>read the inspection plans</source>
        <translation>读取检验方案</translation>
    </message>
    <message>
        <source>read the inspection characteristics</source>
        <translation>读取检验项目</translation>
    </message>
    <message>
        <source>read the inspection characteristic</source>
        <translation>读取检验项目</translation>
    </message>
    <message>
        <source>read the product</source>
        <translation>读取产品</translation>
    </message>
    <message>
        <source>read the routing</source>
        <translation>读取工艺路线</translation>
    </message>
    <message>
        <source>save the inspection plan</source>
        <translation>保存检验方案</translation>
    </message>
    <message>
        <source>The inspection plan no longer exists.</source>
        <translation>该检验方案已不存在。</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanRowReader</name>
    <message>
        <source>Differs from row %1 of the same plan.</source>
        <translation>与同一方案第 %1 行的值不同。</translation>
    </message>
    <message>
        <source>Not a preferred AQL of the sampling tables, such as 0.65, 1.0 or 2.5.</source>
        <translation>不是抽样表中的优先 AQL 值，例如 0.65、1.0 或 2.5。</translation>
    </message>
    <message>
        <source>The same characteristic of this plan is also on row %1.</source>
        <translation>该方案的同一检验项目也在第 %1 行。</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionPlanService</name>
    <message>
        <source>This inspection plan no longer exists.</source>
        <translation>该检验方案已不存在。</translation>
    </message>
    <message>
        <source>This inspection characteristic no longer exists.</source>
        <translation>该检验项目已不存在。</translation>
    </message>
    <message>
        <source>%1 has no routing, so it has no step %2. Use step 0 for the product as a whole, or add the routing first.</source>
        <translation>%1 没有工艺路线，因此没有工序 %2。整个产品请用工序 0，或先添加工艺路线。</translation>
    </message>
    <message>
        <source>The routing of %1 has no step %2. Its steps are %3; use 0 for the product as a whole.</source>
        <translation>%1 的工艺路线没有工序 %2。其工序为 %3；整个产品请用 0。</translation>
    </message>
    <message>
        <source>“%1”: the lower limit %2 is above the upper limit %3. Swap them.</source>
        <translation>“%1”：下限 %2 高于上限 %3，请对调。</translation>
    </message>
    <message>
        <source>“%1”: a limit is not a number.</source>
        <translation>“%1”：界限值不是数字。</translation>
    </message>
    <message>
        <source>“%1” is a measured value: give it a lower limit, an upper limit or both.</source>
        <translation>“%1”是测量值：请填写下限、上限或两者。</translation>
    </message>
    <message>
        <source>“%1” is a choice: list at least two choices, separated by |.</source>
        <translation>“%1”是选项：请列出至少两个选项，用 | 分隔。</translation>
    </message>
    <message>
        <source>“%1”: say which of its choices are acceptable.</source>
        <translation>“%1”：请注明哪些选项为合格。</translation>
    </message>
    <message>
        <source>“%1”: the acceptable choice “%2” is not one of its choices (%3).</source>
        <translation>“%1”：合格选项“%2”不在其选项（%3）中。</translation>
    </message>
    <message>
        <source>Choose the product the inspection plan is for: that product does not exist.</source>
        <translation>请选择检验方案所属的产品：该产品不存在。</translation>
    </message>
    <message>
        <source>The step number cannot be negative; use 0 for the product as a whole.</source>
        <translation>工序号不能为负数；整个产品请用 0。</translation>
    </message>
    <message>
        <source>%1 already has an inspection plan for the product as a whole. Change that plan instead.</source>
        <translation>%1 已有整个产品的检验方案，请修改该方案。</translation>
    </message>
    <message>
        <source>Step %1 of %2 already has an inspection plan. Change that plan instead.</source>
        <translation>%2 的工序 %1 已有检验方案，请修改该方案。</translation>
    </message>
    <message>
        <source>Patrol inspection every %1 pieces or %2 minutes: the intervals cannot be negative (0 means not).</source>
        <translation>每 %1 件或每 %2 分钟巡检：间隔不能为负数（0 表示不按此巡检）。</translation>
    </message>
    <message>
        <source>AQL %1 is not in the sampling tables. Choose one of the preferred values (0.010 … 1000), for example 0.65, 1.0 or 2.5.</source>
        <translation>AQL %1 不在抽样表中。请选择优先值之一（0.010 … 1000），例如 0.65、1.0 或 2.5。</translation>
    </message>
    <message>
        <source>An inspection plan needs at least one characteristic to check.</source>
        <translation>检验方案至少需要一个检验项目。</translation>
    </message>
    <message>
        <source>Characteristic %1 has no name. Name what is checked.</source>
        <translation>检验项目 %1 没有名称，请填写检验内容。</translation>
    </message>
    <message>
        <source>“%1” is on the plan twice. Give each characteristic its own name.</source>
        <translation>“%1”在方案中出现两次，请为每个检验项目取不同的名称。</translation>
    </message>
    <message>
        <source>This inspection plan is not removed.</source>
        <translation>该检验方案未被删除。</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionRecordReader</name>
    <message>
        <source>read the inspections</source>
        <translation>读取检验记录</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionRepository</name>
    <message>
        <source>read the step inspected</source>
        <translation>读取被检工序</translation>
    </message>
    <message>
        <source>The step to inspect does not exist in this factory.</source>
        <translation>本工厂没有要检验的这道工序。</translation>
    </message>
    <message>
        <source>read the order inspected</source>
        <translation>读取被检工单</translation>
    </message>
    <message>
        <source>The work order to inspect does not exist in this factory.</source>
        <translation>本工厂没有要检验的这张工单。</translation>
    </message>
    <message>
        <source>read the lot inspected</source>
        <translation>读取被检批次</translation>
    </message>
    <message>
        <source>No material lot %1 exists in this factory.</source>
        <translation>本工厂没有物料批次 %1。</translation>
    </message>
    <message>
        <source>read the serial inspected</source>
        <translation>读取被检序列号</translation>
    </message>
    <message>
        <source>read the inspector</source>
        <translation>读取质检员</translation>
    </message>
    <message>
        <source>read the open first-article request</source>
        <translation>读取未处理的首检请求</translation>
    </message>
    <message>
        <source>save the first-article request</source>
        <translation>保存首检请求</translation>
    </message>
    <message>
        <source>save the inspection</source>
        <translation>保存检验记录</translation>
    </message>
    <message>
        <source>save the inspection&apos;s values</source>
        <translation>保存检验数据</translation>
    </message>
    <message>
        <source>void the inspection</source>
        <translation>作废检验记录</translation>
    </message>
    <message>
        <source>read the inspection&apos;s values</source>
        <translation>读取检验数据</translation>
    </message>
    <message>
        <source>read the sampling history</source>
        <translation>读取抽样历史</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionRow</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（选检）</translation>
    </message>
    <message>
        <source>Gauge: %1</source>
        <translation>量具：%1</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Measured value in %1</source>
        <translation>实测值（%1）</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Photo taken ✓</source>
        <translation>已拍照 ✓</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>此文件不是可读取的图片。</translation>
    </message>
    <message>
        <source>Not entered yet</source>
        <translation>尚未填写</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionService</name>
    <message>
        <source>read the steps that may need an inspection</source>
        <translation>读取可能需要检验的工序</translation>
    </message>
    <message>
        <source>First article ready, waiting for inspection</source>
        <translation>首件已就绪，等待检验</translation>
    </message>
    <message>
        <source>No first article passed since the machine was set up</source>
        <translation>调机后尚无合格的首检</translation>
    </message>
    <message>
        <source>No first article passed since the step started</source>
        <translation>工序开工后尚无合格的首检</translation>
    </message>
    <message>
        <source>read the first-article requests</source>
        <translation>读取首检请求</translation>
    </message>
    <message>
        <source>read the reports since the last inspection</source>
        <translation>读取上次检验以来的报工</translation>
    </message>
    <message>
        <source>Patrol every %1 pieces: %2 made since the last inspection</source>
        <translation>每 %1 件巡检：上次检验后已做 %2 件</translation>
    </message>
    <message>
        <source>Patrol every %1 minutes: %2 minutes since the last inspection</source>
        <translation>每 %1 分钟巡检：距上次检验已 %2 分钟</translation>
    </message>
    <message>
        <source>read the orders due for final inspection</source>
        <translation>读取待成品检验的工单</translation>
    </message>
    <message>
        <source>Order completed, its lot is not inspected yet</source>
        <translation>工单已完工，该批次尚未检验</translation>
    </message>
    <message>
        <source>read the lots due for incoming inspection</source>
        <translation>读取待来料检验的批次</translation>
    </message>
    <message>
        <source>Received from %1, not inspected yet</source>
        <translation>来自 %1，尚未检验</translation>
    </message>
    <message>
        <source>Work order %1 is %2: a closed or cancelled order takes no more inspections.</source>
        <translation>工单 %1 %2：已结案或已取消的工单不能再检验。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Work order %1 is not released yet: there is nothing to inspect.</source>
        <translation>工单 %1 尚未下达：没有可检验的内容。</translation>
    </message>
    <message>
        <source>No inspection plan asks for a first article of step %1 of %2.</source>
        <translation>%2 的工序 %1 没有要求首检的检验方案。</translation>
    </message>
    <message>
        <source>Choose the step to inspect.</source>
        <translation>请选择要检验的工序。</translation>
    </message>
    <message>
        <source>Choose the work order whose lot is inspected.</source>
        <translation>请选择要检验其批次的工单。</translation>
    </message>
    <message>
        <source>Scan or type the material lot to inspect.</source>
        <translation>请扫描或输入要检验的物料批次。</translation>
    </message>
    <message>
        <source>No inspection plan asks for a %1 of step %2 of %3.</source>
        <translation>%3 的工序 %2 没有要求%1的检验方案。</translation>
    </message>
    <message>
        <source>No inspection plan asks for a %1 of %2.</source>
        <translation>%2 没有要求%1的检验方案。</translation>
    </message>
    <message>
        <source>The lot size must be a whole number of pieces, at least 1 (it is %1).</source>
        <translation>批量必须是至少为 1 的整数件数（现为 %1）。</translation>
    </message>
    <message>
        <source>No serial %1 exists in this factory.</source>
        <translation>本工厂没有序列号 %1。</translation>
    </message>
    <message>
        <source>Say why the inspection is voided: the reason is kept with it.</source>
        <translation>请说明作废检验记录的原因：原因会随记录保存。</translation>
    </message>
    <message>
        <source>This inspection does not exist, or is itself a correction.</source>
        <translation>此检验记录不存在，或本身就是一条更正记录。</translation>
    </message>
    <message>
        <source>This inspection is already voided.</source>
        <translation>此检验记录已作废。</translation>
    </message>
    <message>
        <source>This inspection does not exist.</source>
        <translation>此检验记录不存在。</translation>
    </message>
    <message>
        <source>Only an employee marked as inspector signs an inspection: scan an inspector&apos;s badge.</source>
        <translation>只有标记为质检员的员工才能签署检验：请扫描质检员的工牌。</translation>
    </message>
    <message>
        <source>This factory asks for the PIN after the badge: %1, type your PIN, then save the inspection again.</source>
        <translation>本工厂要求扫工牌后输入PIN码：%1，请输入您的PIN码，然后再次保存检验结果。</translation>
    </message>
    <message>
        <source>%1 reported this step and cannot inspect it: another inspector signs.</source>
        <translation>%1 报工了这道工序，不能检验它：请由其他质检员签署。</translation>
    </message>
    <message>
        <source>An entry names a characteristic that is not in the plan %1: reopen the form and enter it again.</source>
        <translation>有一项结果对应的检验项目不在检验方案 %1 中：请重新打开检验单再填写。</translation>
    </message>
    <message>
        <source>%1: sample %2 is not one of the %3 sample pieces.</source>
        <translation>%1：样本 %2 不在 %3 件样本之内。</translation>
    </message>
    <message>
        <source>%1 is entered twice for sample %2.</source>
        <translation>样本 %2 的 %1 填写了两次。</translation>
    </message>
    <message>
        <source>Sample %1: %2</source>
        <translation>样本 %1：%2</translation>
    </message>
    <message>
        <source>Sample %1 of %2 has no result for %3: every required characteristic of every sample needs one.</source>
        <translation>%2 件样本中的第 %1 件没有 %3 的结果：每件样本的每个必检项目都要填写。</translation>
    </message>
    <message>
        <source>%1 has no result: every required characteristic needs one.</source>
        <translation>%1 没有结果：每个必检项目都要填写。</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1: %2 of %3 samples nonconforming (Ac %4, Re %5)</source>
        <translation>%1：%3 件样本中 %2 件不合格（Ac %4，Re %5）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 samples nonconforming</source>
        <translation>%1：%3 件样本中 %2 件不合格</translation>
    </message>
    <message>
        <source>Pass: every characteristic within its limits</source>
        <translation>合格：所有检验项目均在公差之内</translation>
    </message>
    <message>
        <source>Fail: a characteristic is not acceptable</source>
        <translation>不合格：有检验项目不可接受</translation>
    </message>
    <message>
        <source>Incoming inspection failed: %1 of %2 samples nonconforming</source>
        <translation>来料检验不合格：%2 件样本中 %1 件不合格</translation>
    </message>
</context>
<context>
    <name>Taktline::InspectionsView</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>No inspection in this period.</source>
        <translation>此期间没有检验记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>检验对象</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>n %1, Ac %2 / Re %3, %4 nonconforming</source>
        <translation>样本量 %1，Ac %2 / Re %3，不合格 %4 件</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1（已作废）</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Void the selected inspection with a reason; it stays in the list, struck through.</source>
        <translation>填写原因后作废所选检验记录；记录仍留在列表中，以删除线显示。</translation>
    </message>
    <message>
        <source>Choose the inspection to void first.</source>
        <translation>请先选择要作废的检验记录。</translation>
    </message>
    <message>
        <source>Void inspection</source>
        <translation>作废检验记录</translation>
    </message>
    <message>
        <source>Why is this inspection voided?</source>
        <translation>为什么作废这条检验记录？</translation>
    </message>
    <message>
        <source>Inspection voided.</source>
        <translation>检验记录已作废。</translation>
    </message>
</context>
<context>
    <name>Taktline::InviteDialog</name>
    <message>
        <source>Invitation for %1</source>
        <translation>%1 的邀请</translation>
    </message>
    <message>
        <source>On %1, open Settings ▸ Sync and press &quot;Read QR code from picture…&quot; with a photo of this code, or &quot;Paste invitation…&quot; with the text below. It holds the device&apos;s password: show it only to that device.</source>
        <translation>在 %1 上打开“设置 ▸ 同步”，用此二维码的照片按“从图片读取二维码…”，或用下面的文字按“粘贴邀请…”。其中含有设备密码：只给该设备看。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>The invitation is copied.</source>
        <translation>邀请已复制。</translation>
    </message>
    <message>
        <source>Save the QR code picture</source>
        <translation>保存二维码图片</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Choose a new .png file name.</source>
        <translation>请选择一个新的 .png 文件名。</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1: %2</source>
        <translation>图片无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::LabelCommand</name>
    <message>
        <source>Quantity %1, due %2</source>
        <translation>数量 %1，交期 %2</translation>
    </message>
    <message>
        <source>The payload the label carries.</source>
        <translation>标签承载的内容。</translation>
    </message>
    <message>
        <source>Where to write the label: a .png image, a .pdf document or .zpl for Zebra-compatible printers.</source>
        <translation>标签输出位置：.png 图片、.pdf 文档，或用于斑马兼容打印机的 .zpl。</translation>
    </message>
    <message>
        <source>Barcode format: qr (default), datamatrix or code128.</source>
        <translation>条码格式：qr（默认）、datamatrix 或 code128。</translation>
    </message>
    <message>
        <source>Label size in millimetres: 50x30 (default), 60x40 or 100x50.</source>
        <translation>标签尺寸（毫米）：50x30（默认）、60x40 或 100x50。</translation>
    </message>
    <message>
        <source>Printer resolution: 203 (default) or 300 dots per inch; modules snap to whole dots.</source>
        <translation>打印机分辨率：203（默认）或 300 dpi；模块对齐到整点。</translation>
    </message>
    <message>
        <source>Give exactly one CODE, for example: taktline label LOT:L2611-42 --out lot.png</source>
        <translation>请只给出一个 CODE，例如：taktline label LOT:L2611-42 --out lot.png</translation>
    </message>
    <message>
        <source>Unknown resolution %1; choose 203 or 300.</source>
        <translation>未知分辨率 %1；请选择 203 或 300。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Renders a label (lot, serial, machine, badge, work order or operation) for CODE, a payload such as LOT:…, SN:…, EMP:…, MC:…, WO:…, OP:…/10 or a GS1 string (01)…(10)…(21)…. GS1 codes print as GS1-128 (code128) or GS1 DataMatrix. With --db, lot and serial labels carry the industrial-internet identifier (such as 88.118.8/LOT:…) when the factory&apos;s settings say so; GS1 codes keep their GS1 content.</source>
        <translation>为 CODE 生成标签（批次、序列号、设备、工牌、工单或工序）。CODE 为 LOT:…、SN:…、EMP:…、MC:…、WO:…、OP:…/10 等内容，或 GS1 字符串 (01)…(10)…(21)…。GS1 条码打印为 GS1-128（code128）或 GS1 DataMatrix。使用 --db 时，若工厂设置要求，批次和序列号标签会带工业互联网标识（如 88.118.8/LOT:…）；GS1 条码保持其 GS1 内容。</translation>
    </message>
    <message>
        <source>Fill names from this factory database (employee, machine, work order and product) and use its identifier settings; read only.</source>
        <translation>从该工厂数据库填入名称（员工、设备、工单和产品），并使用其标识设置；只读。</translation>
    </message>
    <message>
        <source>The label image could not be encoded as PNG.</source>
        <translation>标签图像无法编码为 PNG。</translation>
    </message>
</context>
<context>
    <name>Taktline::LabelContent</name>
    <message>
        <source>The enterprise prefix &apos;%1&apos; and the code &apos;%2&apos; do not make an identifier (an identifier looks like 88.118.8/%2). Check the prefix in Settings.</source>
        <translation>企业前缀“%1”和条码“%2”组不成标识（标识形如 88.118.8/%2）。请在“设置”中检查前缀。</translation>
    </message>
    <message>
        <source>A label has at most %1 lines of text; this one has %2.</source>
        <translation>标签最多 %1 行文字；这个有 %2 行。</translation>
    </message>
    <message>
        <source>The label is marked as %1 but its code &apos;%2&apos; is not.</source>
        <translation>标签标为%1，但其条码“%2”不是。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; would not scan back: its last field ends in digits that read like further GS1 fields. Add the GTIN (01) or print it as a QR code.</source>
        <translation>条码“%1”打印后无法扫回：最后一段以数字结尾，会被读成更多的 GS1 字段。请加上 GTIN (01)，或改用二维码打印。</translation>
    </message>
</context>
<context>
    <name>Taktline::LabelPrintDialog</name>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>The printer refused %1. Check that it is on and connected, then try again.</source>
        <translation>打印机拒绝了%1。请检查打印机已开机并连接，然后重试。</translation>
    </message>
</context>
<context>
    <name>Taktline::LabelRenderer</name>
    <message>
        <source>Unknown label size &apos;%1&apos;. Choose 50x30, 60x40 or 100x50 (millimetres).</source>
        <translation>未知的标签尺寸“%1”。请选择 50x30、60x40 或 100x50（毫米）。</translation>
    </message>
    <message>
        <source>Unknown barcode format &apos;%1&apos;. Choose qr, datamatrix or code128.</source>
        <translation>未知的条码格式“%1”。请选择 qr、datamatrix 或 code128。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is too long for Code128 (%2 characters, at most %3); choose DataMatrix or QR.</source>
        <translation>条码“%1”对 Code128 来说太长（%2 个字符，最多 %3 个）；请选择 DataMatrix 或二维码。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; cannot be encoded: %2</source>
        <translation>条码“%1”无法编码：%2</translation>
    </message>
    <message>
        <source>A label needs a resolution between 100 and 1200 dpi, not %1.</source>
        <translation>标签分辨率需在 100 到 1200 dpi 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; does not fit on a %2 mm label; choose a larger size or a 2D format.</source>
        <translation>条码“%1”放不进 %2 毫米的标签；请选择更大尺寸或二维码格式。</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>没有要打印的标签。</translation>
    </message>
    <message>
        <source>The labels cannot be drawn on this device.</source>
        <translation>无法在此设备上绘制标签。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法将 PDF 写入 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::ListExport</name>
    <message>
        <source>Export to Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook, as it is shown (%1)</source>
        <translation>按当前显示将此列表保存为 Excel 工作簿（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
</context>
<context>
    <name>Taktline::LoginDialog</name>
    <message>
        <source>Sign in to Taktline</source>
        <translation>登录 Taktline</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo factory: every account&apos;s password is %1.</source>
        <translation>演示工厂：所有账号的密码都是 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::LotGenealogy</name>
    <message>
        <source>Work order %1: %2 %3 × %4 (%5)</source>
        <translation>工单 %1：%2 %3 × %4（%5）</translation>
    </message>
    <message>
        <source>, production lot %1</source>
        <translation>，生产批次 %1</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>，供应商 %1</translation>
    </message>
    <message>
        <source> (supplier lot %1)</source>
        <translation>（供应商批次 %1）</translation>
    </message>
    <message>
        <source>Scan or type a work order number or a production lot.</source>
        <translation>请扫描或输入工单号或生产批次。</translation>
    </message>
    <message>
        <source>Production lot %1 belongs to %2 work orders (%3): trace one of them.</source>
        <translation>生产批次 %1 属于 %2 个工单（%3）：请追溯其中一个。</translation>
    </message>
    <message>
        <source>No work order or production lot %1 exists in this factory.</source>
        <translation>本厂没有工单或生产批次 %1。</translation>
    </message>
    <message>
        <source>Step %1 %2</source>
        <translation>工序 %1 %2</translation>
    </message>
    <message>
        <source>Step %1 %2 on %3</source>
        <translation>工序 %1 %2，设备 %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 good, %4 defective</source>
        <translation>%1 于 %2：良品 %3，不良 %4</translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>Lot %1 of %2: %3 fed by %4 on %5</source>
        <translation>%2 批次 %1：%4 于 %5 投料 %3</translation>
    </message>
    <message>
        <source>Lot %1 of %2: received %3, fed %4, left %5</source>
        <translation>%2 批次 %1：入库 %3，已投料 %4，剩余 %5</translation>
    </message>
    <message>
        <source>, blocked: %1</source>
        <translation>，已冻结：%1</translation>
    </message>
    <message>
        <source>Step %1 %2: %3 fed by %4 on %5</source>
        <translation>工序 %1 %2：%4 于 %5 投料 %3</translation>
    </message>
</context>
<context>
    <name>Taktline::LotLabel</name>
    <message>
        <source>Lot number %1 cannot be printed as a barcode.</source>
        <translation>批次号 %1 无法打印为条码。</translation>
    </message>
</context>
<context>
    <name>Taktline::LotLabelOutput</name>
    <message>
        <source>Lot %1 received</source>
        <translation>批次 %1 已收货</translation>
    </message>
    <message>
        <source>Print the label of lot %1 now, to stick on the material?</source>
        <translation>现在打印批次 %1 的标签贴在物料上吗？</translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>Save label as PDF…</source>
        <translation>标签保存为PDF…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Lot label %1</source>
        <translation>批次标签 %1</translation>
    </message>
    <message>
        <source>the label of lot %1</source>
        <translation>批次 %1 的标签</translation>
    </message>
    <message>
        <source>Label of lot %1 sent to the printer.</source>
        <translation>批次 %1 的标签已发送到打印机。</translation>
    </message>
    <message>
        <source>No material lot %1 exists in this factory.</source>
        <translation>本厂没有物料批次 %1。</translation>
    </message>
    <message>
        <source>Save the label of lot %1</source>
        <translation>保存批次 %1 的标签</translation>
    </message>
    <message>
        <source>Label of lot %1 saved to %2.</source>
        <translation>批次 %1 的标签已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>Taktline::LotTableModel</name>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>已冻结：%1</translation>
    </message>
    <message>
        <source>Expired on %1: it must not be fed.</source>
        <translation>已于 %1 过期：不得投料。</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier lot</source>
        <translation>供应商批次</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收料日期</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Received qty</source>
        <translation>收料数量</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Taktline::LotsPanel</name>
    <message>
        <source>Search lot, material, supplier or supplier lot</source>
        <translation>搜索批次号、物料、供应商或供应商批次</translation>
    </message>
    <message>
        <source>Receive material…</source>
        <translation>来料收货…</translation>
    </message>
    <message>
        <source>Material:</source>
        <translation>物料：</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>冻结…</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>解冻…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为PDF…</translation>
    </message>
    <message>
        <source>Trace forward</source>
        <translation>正向追溯</translation>
    </message>
    <message>
        <source>All materials</source>
        <translation>全部物料</translation>
    </message>
    <message>
        <source>No material lot %1 exists in this factory.</source>
        <translation>本厂没有物料批次 %1。</translation>
    </message>
    <message>
        <source>Choose a lot in the list first.</source>
        <translation>请先在列表中选择一个批次。</translation>
    </message>
    <message>
        <source>Lot %1 · %2 %3 · %4 left</source>
        <translation>批次 %1 · %2 %3 · 剩余 %4</translation>
    </message>
    <message>
        <source>Touch a lot to block, release, label or trace it.</source>
        <translation>点选批次后可冻结、解冻、打印标签或追溯。</translation>
    </message>
    <message>
        <source>Record a delivery of material as a new lot.</source>
        <translation>将一次来料登记为新批次。</translation>
    </message>
    <message>
        <source>Lot %1 is already blocked.</source>
        <translation>批次 %1 已冻结。</translation>
    </message>
    <message>
        <source>Stop the lot from being fed, with a reason.</source>
        <translation>冻结该批次，禁止投料（需填写原因）。</translation>
    </message>
    <message>
        <source>Lot %1 is not blocked.</source>
        <translation>批次 %1 未冻结。</translation>
    </message>
    <message>
        <source>Allow the lot to be fed again, with a reason.</source>
        <translation>解冻该批次，允许再次投料（需填写原因）。</translation>
    </message>
    <message>
        <source>Print the lot&apos;s label again, or save it as PDF.</source>
        <translation>重新打印批次标签，或保存为PDF。</translation>
    </message>
    <message>
        <source>Show every work order this lot went into.</source>
        <translation>显示该批次投入的所有工单。</translation>
    </message>
    <message>
        <source>Lot %1 received.</source>
        <translation>批次 %1 已收货。</translation>
    </message>
    <message>
        <source>Lot %1 is blocked: it can no longer be fed.</source>
        <translation>批次 %1 已冻结：不能再投料。</translation>
    </message>
    <message>
        <source>Lot %1 is released and can be fed again.</source>
        <translation>批次 %1 已解冻，可以再次投料。</translation>
    </message>
    <message>
        <source>Incoming inspection failed</source>
        <translation>来料检验不合格</translation>
    </message>
    <message>
        <source>Supplier recall</source>
        <translation>供应商召回</translation>
    </message>
    <message>
        <source>Customer complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Wrong material delivered</source>
        <translation>来料错误</translation>
    </message>
    <message>
        <source>Inspected again and accepted</source>
        <translation>复检合格</translation>
    </message>
    <message>
        <source>Concession approved</source>
        <translation>让步接收</translation>
    </message>
    <message>
        <source>Block lot %1</source>
        <translation>冻结批次 %1</translation>
    </message>
    <message>
        <source>Release lot %1</source>
        <translation>解冻批次 %1</translation>
    </message>
    <message>
        <source>Why is lot %1 blocked? Whoever scans it is shown the reason.</source>
        <translation>为什么冻结批次 %1？扫描该批次的人会看到原因。</translation>
    </message>
    <message>
        <source>Why may lot %1 be fed again? The reason is kept.</source>
        <translation>为什么批次 %1 可以再次投料？原因将被记录。</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Material lots</source>
        <translation>物料批次</translation>
    </message>
    <message>
        <source>No lot matches the search.</source>
        <translation>没有与搜索匹配的批次。</translation>
    </message>
    <message>
        <source>No material lots yet. Receive material… records the first and prints its label.</source>
        <translation>还没有物料批次。点击“来料收货…”登记第一个批次并打印其标签。</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineCard</name>
    <message numerus="yes">
        <source>Queue: %n operation(s)</source>
        <translation>
            <numerusform>队列：%n 道工序</numerusform>
        </translation>
    </message>
    <message>
        <source>Load, next 7 days: %1 h of %2 h (%3 %)</source>
        <translation>未来 7 天负荷：%1 / %2 小时（%3%）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Est. finish</source>
        <translation>预计完工</translation>
    </message>
    <message>
        <source>Down today</source>
        <translation>今日停机</translation>
    </message>
    <message>
        <source>Output today</source>
        <translation>今日产出</translation>
    </message>
    <message>
        <source>Good pieces of this job per working hour on this machine, over the last 2 working hours or since the job started.</source>
        <translation>本设备上当前任务每工作小时的良品数，按最近 2 个工作小时或任务开始以来计算。</translation>
    </message>
    <message>
        <source>When the job&apos;s remaining quantity is done at this rate, in working time.</source>
        <translation>按此速率完成任务剩余数量的时间（按工作时间计）。</translation>
    </message>
    <message>
        <source>Good pieces reported on this machine since midnight.</source>
        <translation>今日零点以来本设备报工的良品数。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Runs %1 at once</source>
        <translation>可同时加工 %1 个</translation>
    </message>
    <message>
        <source>since %1 · %2</source>
        <translation>自 %1 起 · %2</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>No job queued</source>
        <translation>无排队任务</translation>
    </message>
    <message>
        <source>Good %1 of %2  (%3 %)</source>
        <translation>良品 %1 / %2（%3%）</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 /h</source>
        <translation>%1 件/小时</translation>
    </message>
    <message>
        <source>Time stopped or in maintenance since midnight, and the share of today&apos;s planned production time the machine could run (availability: unplanned stops count against it, maintenance and planned stops do not).</source>
        <translation>今日零点以来停机或保养的时间，以及设备在今日计划生产时间中可运行的比例（时间稼动率：非计划停机计入，保养和计划停机不计入）。</translation>
    </message>
    <message>
        <source>%1 · %2 % available</source>
        <translation>%1 · 稼动率 %2%</translation>
    </message>
    <message>
        <source>No job planned</source>
        <translation>无排产任务</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>The machine&apos;s day as coloured bands: running, set-up, stops and their reasons, with the reports</source>
        <translation>设备一天的状态色带：运行、调机、停机及其原因，并标出报工</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>%1 is on the way</source>
        <translation>%1 正在赶来</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Andon: %1 · %2%3</source>
        <translation>安灯：%1 · %2%3</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Waiting for first article</source>
        <translation>等待首检</translation>
    </message>
    <message>
        <source>Finished pieces of the step before this machine&apos;s queued operations, and what lies in its input buffer</source>
        <translation>本设备排队工序的上道工序已完工件数，以及线边库位（入口缓冲）中的零件</translation>
    </message>
    <message>
        <source>%1 pieces waiting</source>
        <translation>待加工 %1 件</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineColumn</name>
    <message>
        <source>Deactivated: move its operations to another machine</source>
        <translation>已停用：请把其工序移到其他设备</translation>
    </message>
    <message>
        <source>Capacity ×%1</source>
        <translation>产能 ×%1</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>排队 %n 道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::MachineLineRepository</name>
    <message>
        <source>read the machines&apos; lines</source>
        <translation>读取设备所属产线</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineOverview</name>
    <message>
        <source>This machine does not exist or is deactivated.</source>
        <translation>该设备不存在或已停用。</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineReports</name>
    <message>
        <source>read the machine&apos;s reports</source>
        <translation>读取设备的报工记录</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineStatus</name>
    <message>
        <source>Running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待机</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>调机</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停机</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineStatusButtons</name>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Down…</source>
        <translation>停机…</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>调机</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Why is the machine down?</source>
        <translation>设备为什么停机？</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineStatusService</name>
    <message>
        <source>This machine does not exist.</source>
        <translation>该设备不存在。</translation>
    </message>
    <message>
        <source>Machine %1 is deactivated; its status cannot be set.</source>
        <translation>设备 %1 已停用，不能设置其状态。</translation>
    </message>
    <message>
        <source>Choose why machine %1 is down.</source>
        <translation>请选择设备 %1 停机的原因。</translation>
    </message>
    <message>
        <source>This downtime reason is not available; choose another.</source>
        <translation>该停机原因不可用，请另选。</translation>
    </message>
    <message>
        <source>read the machine&apos;s status event</source>
        <translation>读取设备状态记录</translation>
    </message>
    <message>
        <source>This stop is not in the records; nothing was saved.</source>
        <translation>记录中没有这次停机；未保存任何内容。</translation>
    </message>
    <message>
        <source>Machine %1 was %2 then, not stopped; only a stop takes a reason.</source>
        <translation>设备 %1 当时为“%2”，并未停机；只有停机才能补录原因。</translation>
    </message>
    <message>
        <source>save the reason for the stop</source>
        <translation>保存停机原因</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineTimeline</name>
    <message>
        <source>No machine status on this day.</source>
        <translation>这一天没有设备状态记录。</translation>
    </message>
    <message>
        <source>%1 report %2: %3 good, %4 defective</source>
        <translation>%1 报工 %2：良品 %3，不良品 %4</translation>
    </message>
    <message>
        <source>%1–%2 · %3</source>
        <translation>%1–%2 · %3</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>Taktline::MachineTimelineDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the stop a reason…</source>
        <translation>补录停机原因…</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>设备时间线 — %1</translation>
    </message>
    <message>
        <source>◀ Day before</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Day after ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>│ a report (red: with defective pieces)</source>
        <translation>│ 一次报工（红色：含不良品）</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 · stopped %2, of it %3 without a reason · %n report(s), %4 good</source>
        <translation>
            <numerusform>运行 %1 · 停机 %2，其中 %3 无原因 · 报工 %n 次，良品 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a band to see it; click a stop to give it a reason.</source>
        <translation>点击色带查看详情；点击停机可补录原因。</translation>
    </message>
    <message>
        <source>Click a band to see it.</source>
        <translation>点击色带查看详情。</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): %4</source>
        <translation>%1 – %2（%3）：%4</translation>
    </message>
    <message>
        <source> · reason %1 (given later)</source>
        <translation> · 原因：%1（事后补录）</translation>
    </message>
    <message>
        <source> · reason %1</source>
        <translation> · 原因：%1</translation>
    </message>
    <message>
        <source>%1 step %2: %3 pieces</source>
        <translation>%1 工序 %2：%3 件</translation>
    </message>
    <message>
        <source>Waiting here: %1</source>
        <translation>在此待加工：%1</translation>
    </message>
</context>
<context>
    <name>Taktline::MachinesPage</name>
    <message>
        <source>No active machines. Add machines under Master data.</source>
        <translation>没有启用的设备。请在“基础资料”中添加设备。</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n machine(s))</source>
        <translation>
            <numerusform>%1（%n 台设备）</numerusform>
        </translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>未分车间</translation>
    </message>
    <message>
        <source>Rate: good pieces per working hour, last 2 h of the job.  Load: planned hours in the next 7 days against the calendar × capacity.</source>
        <translation>速率：当前任务最近 2 小时每工作小时良品数。负荷：未来 7 天计划工时，对比工作日历 × 产能。</translation>
    </message>
    <message numerus="yes">
        <source>Andon: %n open call(s)</source>
        <translation>
            <numerusform>安灯：%n 个未关闭的呼叫</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>%1 已响应</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>班长</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>已等待 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 · %3 · %4%5</source>
        <translation>%1  %2 · %3 · %4%5</translation>
    </message>
    <message>
        <source> · escalated</source>
        <translation> · 已升级</translation>
    </message>
    <message>
        <source>The andon call is closed.</source>
        <translation>安灯呼叫已关闭。</translation>
    </message>
    <message>
        <source>The andon call is acknowledged.</source>
        <translation>安灯呼叫已响应。</translation>
    </message>
</context>
<context>
    <name>Taktline::MainWindow</name>
    <message>
        <source>The hash chain of the recorded facts is broken. %1 Keep this file as it is, run &quot;taktline verify&quot; for the full list, and compare it with your latest backup.</source>
        <translation>已记录事实的哈希链已断。%1 请保持此文件原样，运行“taktline verify”查看完整列表，并与最近的备份比对。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>This page shows no list to export. Open a list, then press %1.</source>
        <translation>本页没有可导出的列表。请打开一个列表，再按 %1。</translation>
    </message>
    <message>
        <source>This list has nothing to export yet.</source>
        <translation>此列表暂无可导出的内容。</translation>
    </message>
    <message>
        <source>&amp;Export list to Excel…</source>
        <translation>列表导出Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1 It is tried again in a few minutes; Settings ▸ Backup shows the folder and the last good backup.</source>
        <translation>自动备份失败：%1 几分钟后会再试；在“设置 ▸ 备份”中可查看备份文件夹和上次有效备份。</translation>
    </message>
    <message>
        <source>Backup on exit</source>
        <translation>退出时备份</translation>
    </message>
    <message>
        <source>The backup on exit failed: %1</source>
        <translation>退出时备份失败：%1</translation>
    </message>
    <message>
        <source>Close without a backup</source>
        <translation>不备份，直接关闭</translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation>不关闭</translation>
    </message>
</context>
<context>
    <name>Taktline::MasterData</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Parallel capacity</source>
        <translation>并行产能</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Machine code</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>工牌号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <source>Downtime reason</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>Downtime reasons</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Defect reasons</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>OEE class</source>
        <translation>OEE 分类</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>周期（天）</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>库位类型</translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation>供应商代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Place code</source>
        <translation>库位代码</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Machine input buffer</source>
        <translation>设备线边（入口缓存）</translation>
    </message>
    <message>
        <source>Machine output buffer</source>
        <translation>设备下线（出口缓存）</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>货架</translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataImport</name>
    <message>
        <source>Flange</source>
        <translation>法兰</translation>
    </message>
    <message>
        <source>Lathe 9</source>
        <translation>9号车床</translation>
    </message>
    <message>
        <source>Machining</source>
        <translation>机加工车间</translation>
    </message>
    <message>
        <source>Zhang Wei</source>
        <translation>张伟</translation>
    </message>
    <message>
        <source>Team A</source>
        <translation>甲班</translation>
    </message>
    <message>
        <source>Waiting for material</source>
        <translation>待料</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>划伤</translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import %1. Ask the owner or a planner for the right to edit master data.</source>
        <translation>您无权修改主数据，因此不能导入%1。请向老板或计划员申请编辑主数据的权限。</translation>
    </message>
    <message>
        <source>The same code is also in row %1: each code may be in the file once.</source>
        <translation>第 %1 行也有同一编号：每个编号在文件中只能出现一次。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataListWidget</name>
    <message>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>搜索%1…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>共 %2 条，显示 %1 条</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Activated. Undo with Ctrl+Z.</source>
        <translation>已启用。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Deactivated: it stays in the records but is no longer offered for new work. Undo with Ctrl+Z.</source>
        <translation>已停用：该记录仍会保留，但新的生产业务中将不再可选。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No products yet. Add the first with Add… above, then give it its routing.</source>
        <translation>还没有产品。点击上方“新增…”添加第一个产品，然后为它设置工艺路线。</translation>
    </message>
    <message>
        <source>No machines yet. Add each machine or work place with Add… above.</source>
        <translation>还没有设备。点击上方“新增…”逐一添加设备或工位。</translation>
    </message>
    <message>
        <source>No employees yet. Add the people who report at the station with Add… above.</source>
        <translation>还没有员工。点击上方“新增…”添加在工位报工的人员。</translation>
    </message>
    <message>
        <source>No downtime reasons yet. Add the reasons an operator picks when a machine stops.</source>
        <translation>还没有停机原因。请添加设备停机时操作员可选的原因。</translation>
    </message>
    <message>
        <source>No defect reasons yet. Add the reasons an operator picks for a defective piece.</source>
        <translation>还没有不良原因。请添加操作员报不良品时可选的原因。</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>打印工牌…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的记录。</translation>
    </message>
    <message>
        <source>Every record here is inactive. Tick Show inactive to see them.</source>
        <translation>这里的记录都已停用。勾选“显示已停用”即可查看。</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>这里还没有记录。</translation>
    </message>
    <message>
        <source>Add the employees first: each gets a badge.</source>
        <translation>请先添加员工：每人一张工牌。</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>the badges of %1 employees</source>
        <translation>%1 名员工的工牌</translation>
    </message>
    <message>
        <source>%1 badges went to the printer.</source>
        <translation>已将 %1 张工牌发送到打印机。</translation>
    </message>
    <message>
        <source>Station PIN…</source>
        <translation>工位 PIN 码…</translation>
    </message>
    <message>
        <source>Set or clear the PIN this employee types at the station after the badge</source>
        <translation>设置或清除该员工在工位扫工牌后输入的 PIN 码</translation>
    </message>
    <message>
        <source>The station PIN of %1 is saved.</source>
        <translation>%1 的工位 PIN 码已保存。</translation>
    </message>
    <message>
        <source>No units yet. Add the units quantities are counted in (pieces, kg, m) with Add… above.</source>
        <translation>还没有计量单位。请点击上方“新增…”添加数量所用的单位（件、千克、米）。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add or change many at once from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件一次新增或修改多条</translation>
    </message>
    <message>
        <source>No suppliers yet. Add the workshops that do subcontracted steps with Add… above.</source>
        <translation>还没有供应商。请用上方的“新增…”添加做外协工序的外协厂。</translation>
    </message>
    <message>
        <source>No places yet. Add the racks, areas and machine buffers where pieces wait, then print their LOC: labels.</source>
        <translation>还没有库位。请添加零件存放的货架、区域和设备线边，再打印它们的 LOC: 标签。</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>A LOC: label for every place, to scan at the station when pieces are moved there</source>
        <translation>为每个库位打印 LOC: 标签，零件移入时在工位扫码</translation>
    </message>
    <message>
        <source>An MC: label for every machine, to scan at its station</source>
        <translation>为每台设备打印 MC: 标签，在其工位扫码</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) went to the printer.</source>
        <translation>
            <numerusform>已将 %n 张标签发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataPage</name>
    <message>
        <source>Routings</source>
        <translation>工艺路线</translation>
    </message>
    <message>
        <source>Bills of materials</source>
        <translation>物料清单</translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataRepository</name>
    <message>
        <source>read the %1 list</source>
        <translation>读取%1列表</translation>
    </message>
    <message>
        <source>read a %1</source>
        <translation>读取%1</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>该%1已不存在。</translation>
    </message>
    <message>
        <source>look up a %1</source>
        <translation>查找%1</translation>
    </message>
    <message>
        <source>save the %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation>未知字段 %1。</translation>
    </message>
    <message>
        <source>look up the %1</source>
        <translation>查找%1</translation>
    </message>
</context>
<context>
    <name>Taktline::MasterDataService</name>
    <message>
        <source>There is already a %1 with the %2 %3. Choose another %2.</source>
        <translation>已存在%2为“%3”的%1，请换一个%2。</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation>未知字段 %1。</translation>
    </message>
    <message>
        <source>There is already a %1 with the %2 %3; codes that differ only in capital and small letters are the same code. Choose another %2.</source>
        <translation>已存在%2为“%3”的%1；只有大小写不同的代码视为同一代码，请换一个%2。</translation>
    </message>
    <message>
        <source>There is no %1 %2. Choose one of the list, or add it under Master data first.</source>
        <translation>没有%1“%2”。请从列表中选择，或先在“基础资料”中添加。</translation>
    </message>
</context>
<context>
    <name>Taktline::MaterialLotImport</name>
    <message>
        <source>Example supplier</source>
        <translation>示例供应商</translation>
    </message>
    <message>
        <source>read the material lots</source>
        <translation>读取材料批次</translation>
    </message>
    <message>
        <source>read the production lots</source>
        <translation>读取生产批次</translation>
    </message>
    <message>
        <source>A lot number may hold letters, digits and dashes only.</source>
        <translation>批次号只能包含字母、数字和短横线。</translation>
    </message>
    <message>
        <source>%1 is already the production lot of a work order. Give the material lot a number of its own.</source>
        <translation>%1 已是某个工单的生产批次号。请给材料批次另取一个批次号。</translation>
    </message>
    <message>
        <source>The received quantity must be greater than zero.</source>
        <translation>来料数量必须大于零。</translation>
    </message>
    <message>
        <source>The lot expires before it was received. Check the dates.</source>
        <translation>该批次的有效期早于来料日期。请检查日期。</translation>
    </message>
    <message>
        <source>The same lot number is also on row %1.</source>
        <translation>第 %1 行也是同一批次号。</translation>
    </message>
    <message>
        <source>Lot %1 was removed. Give the lot a new number.</source>
        <translation>批次 %1 已被删除。请给该批次另取一个批次号。</translation>
    </message>
    <message>
        <source>Lot %1 was already received with other values. A receipt is kept as it was made: correct the lot in the app.</source>
        <translation>批次 %1 已按其他数据来料入库。来料记录保持原样：请在软件中修正该批次。</translation>
    </message>
    <message>
        <source>Lot %1: %2</source>
        <translation>批次 %1：%2</translation>
    </message>
    <message>
        <source>You may not receive material, so you cannot import opening stock. Ask the owner or a supervisor for the right to manage material.</source>
        <translation>您无权办理来料，因此不能导入期初库存。请向老板或主管申请物料管理的权限。</translation>
    </message>
</context>
<context>
    <name>Taktline::MaterialsPanel</name>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>缺料</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需求量</translation>
    </message>
    <message>
        <source>Fed</source>
        <translation>已投料</translation>
    </message>
    <message>
        <source>Usable stock</source>
        <translation>可用库存</translation>
    </message>
    <message>
        <source>Fed at step</source>
        <translation>投料工序</translation>
    </message>
    <message>
        <source>What is left in lots of the component that are neither blocked nor expired; other open orders may need it too.</source>
        <translation>该组件未冻结、未过期批次的剩余数量；其他未完工单也可能要用。</translation>
    </message>
    <message>
        <source>%1 has no bill of materials, so there is nothing to check. Add one under Master data ▸ Bills of materials.</source>
        <translation>%1 没有物料清单，无需检查。请在“主数据 ▸ 物料清单”中添加。</translation>
    </message>
    <message numerus="yes">
        <source>All %n material(s) are covered by what was fed and usable stock.</source>
        <translation>
            <numerusform>全部 %n 种物料的已投料和可用库存均够用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Short of %n of %1 material(s): %2.</source>
        <translation>
            <numerusform>%1 种物料中缺 %n 种：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>First step</source>
        <translation>首道工序</translation>
    </message>
    <message>
        <source>%1 per piece × the order&apos;s quantity</source>
        <translation>每件 %1 × 工单数量</translation>
    </message>
    <message>
        <source>Required %1 − fed %2 − usable stock %3</source>
        <translation>需求 %1 − 已投料 %2 − 可用库存 %3</translation>
    </message>
    <message>
        <source>%1 (%2 short)</source>
        <translation>%1（缺 %2）</translation>
    </message>
</context>
<context>
    <name>Taktline::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>Taktline::Migrations</name>
    <message>
        <source>This database was saved by a newer version of Taktline (schema %1; this version reads up to %2). It was not changed. Update Taktline to open it.</source>
        <translation>此数据库由更新版本的 Taktline 保存（结构版本 %1；当前版本最高只能读取 %2）。数据库未做任何更改。请升级 Taktline 后再打开。</translation>
    </message>
    <message>
        <source>create the meta table</source>
        <translation>创建元数据表</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>记录数据库结构版本</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>开始数据库事务</translation>
    </message>
    <message>
        <source>upgrade the database to version %1</source>
        <translation>将数据库升级到版本 %1</translation>
    </message>
    <message>
        <source>record the device id</source>
        <translation>记录本机标识</translation>
    </message>
    <message>
        <source>save the upgrade</source>
        <translation>保存升级结果</translation>
    </message>
</context>
<context>
    <name>Taktline::MoveCheck</name>
    <message>
        <source>Enter how many pieces to move: a number above zero.</source>
        <translation>请输入移动的件数：必须大于零。</translation>
    </message>
    <message>
        <source>%1 pieces is not a plausible move: one move takes at most %2.</source>
        <translation>移动 %1 件不合理：一次最多移动 %2 件。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its pieces can no longer be moved.</source>
        <translation>工单 %1 的状态为“%2”，其零件不能再移库。</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>尚未入库位</translation>
    </message>
    <message>
        <source>Scan what moves after the place: a traveller, a lot or a serial.</source>
        <translation>扫描库位后，请扫描要移动的对象：流转卡、批次或序列号。</translation>
    </message>
    <message>
        <source>Move one thing at a time: a traveller, a lot or a serial.</source>
        <translation>一次只能移动一个对象：流转卡、批次或序列号。</translation>
    </message>
    <message>
        <source>Scan the place (LOC:) the pieces go to first.</source>
        <translation>请先扫描目标库位（LOC:）。</translation>
    </message>
    <message>
        <source>There is no place %1. Check the label, or add the place under Master data ▸ Places.</source>
        <translation>没有库位 %1。请检查标签，或在 基础数据 ▸ 库位 中添加该库位。</translation>
    </message>
    <message>
        <source>Place %1 is deactivated: pieces cannot be moved there.</source>
        <translation>库位 %1 已停用，不能移入零件。</translation>
    </message>
    <message>
        <source>read the employee</source>
        <translation>读取员工</translation>
    </message>
    <message>
        <source>This employee is not active; scan the badge again.</source>
        <translation>该员工未启用，请重新扫描工牌。</translation>
    </message>
    <message>
        <source>The pieces are already at %1.</source>
        <translation>零件已在 %1。</translation>
    </message>
    <message>
        <source>There is no place %1 to move the pieces from.</source>
        <translation>没有可移出零件的库位 %1。</translation>
    </message>
    <message>
        <source>There is no work order %1.</source>
        <translation>没有工单 %1。</translation>
    </message>
    <message>
        <source>Work order %1 has no step %2.</source>
        <translation>工单 %1 没有工序 %2。</translation>
    </message>
    <message>
        <source>Work order %1 has no finished pieces to move: no step has good pieces that the next step has not taken yet.</source>
        <translation>工单 %1 没有可移动的完工零件：没有哪道工序有尚未被下道工序转走的良品。</translation>
    </message>
    <message>
        <source>No finished pieces of work order %1 are %2.</source>
        <translation>工单 %1 没有完工零件（%2）。</translation>
    </message>
    <message>
        <source>Step %1 %2 of work order %3 has %4 pieces %5: a move of %6 is more than the step has there.</source>
        <translation>工单 %3 的工序 %1 %2（%5）只有 %4 件：移动 %6 件超过了该工序在此处的数量。</translation>
    </message>
    <message>
        <source>There is no material lot %1.</source>
        <translation>没有物料批次 %1。</translation>
    </message>
    <message>
        <source>Lot %1 has %2 %3: a move of %4 is more than the lot has there.</source>
        <translation>批次 %1（%3）只有 %2：移动 %4 超过了该批次在此处的数量。</translation>
    </message>
    <message>
        <source>There is no serial %1.</source>
        <translation>没有序列号 %1。</translation>
    </message>
    <message>
        <source>Serial %1 has been shipped: it is no longer in the factory.</source>
        <translation>序列号 %1 已发货，已不在厂内。</translation>
    </message>
    <message>
        <source>Serial %1 is already at %2.</source>
        <translation>序列号 %1 已在 %2。</translation>
    </message>
</context>
<context>
    <name>Taktline::MoveDialog</name>
    <message>
        <source>Move pieces of %1</source>
        <translation>移库：%1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 pieces)</source>
        <translation>%1 %2（%3 件）</translation>
    </message>
    <message>
        <source>Choose a place…</source>
        <translation>选择库位…</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>工序：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>件数：</translation>
    </message>
    <message>
        <source>The move is saved with your name. Pieces not placed are still where their step made them.</source>
        <translation>移库记录会带上您的姓名。未放置的零件仍在其工序完工的位置。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation>未放置（%1）</translation>
    </message>
    <message>
        <source>This order has no finished pieces to move.</source>
        <translation>本工单没有可移库的完工零件。</translation>
    </message>
    <message>
        <source>Choose where the pieces go.</source>
        <translation>请选择零件移到哪个库位。</translation>
    </message>
</context>
<context>
    <name>Taktline::MoveOperationCommand</name>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::MovePanel</name>
    <message>
        <source>Move</source>
        <translation>移库</translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation>取消移库</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Move to %1 %2</source>
        <translation>移库到 %1 %2</translation>
    </message>
    <message>
        <source>Scan the traveller, a lot or a serial</source>
        <translation>请扫流转卡、批次或序列号</translation>
    </message>
    <message>
        <source>Type how many pieces move on the keypad, then press Move.</source>
        <translation>请在数字键盘上输入移库件数，然后按“移库”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Clear the box with C and type the quantity again.</source>
        <translation>“%1”不是数字。请按 C 清空后重新输入数量。</translation>
    </message>
</context>
<context>
    <name>Taktline::NamedFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>Taktline::NewPlanDialog</name>
    <message>
        <source>New inspection plan</source>
        <translation>新建检验方案</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceDialog</name>
    <message>
        <source>New nonconformance</source>
        <translation>新建不合格品</translation>
    </message>
    <message>
        <source>WO No. or scan the traveller</source>
        <translation>工单号或扫描流转卡</translation>
    </message>
    <message>
        <source>(the whole order)</source>
        <translation>（整个工单）</translation>
    </message>
    <message>
        <source>Material or production lot</source>
        <translation>物料批次或生产批次</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(the operator who reported the step)</source>
        <translation>（报工的操作工）</translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>工序：</translation>
    </message>
    <message>
        <source>Lot No.:</source>
        <translation>批次号：</translation>
    </message>
    <message>
        <source>Serial No.:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Defect reason:</source>
        <translation>不良原因：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>责任人：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No work order has the number %1.</source>
        <translation>没有工单号为 %1 的工单。</translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceList</name>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceListModel</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>NC No.</source>
        <translation>不合格品编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Order / step</source>
        <translation>工单 / 工序</translation>
    </message>
    <message>
        <source>Lot / serial</source>
        <translation>批次 / 序列号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Open qty</source>
        <translation>待处理数</translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Dispositions</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceRepository</name>
    <message>
        <source>number the nonconformance</source>
        <translation>为不合格品编号</translation>
    </message>
    <message>
        <source>save the nonconformance</source>
        <translation>保存不合格品</translation>
    </message>
    <message>
        <source>save the disposition</source>
        <translation>保存处理记录</translation>
    </message>
    <message>
        <source>read the nonconformances</source>
        <translation>读取不合格品</translation>
    </message>
    <message>
        <source>read the dispositions</source>
        <translation>读取处理记录</translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceService</name>
    <message>
        <source>Enter how many pieces are nonconforming: a number greater than zero.</source>
        <translation>请输入不合格的件数：大于零的数。</translation>
    </message>
    <message>
        <source>%1 pieces is not a plausible quantity.</source>
        <translation>%1 件不是合理的数量。</translation>
    </message>
    <message>
        <source>The description is too long: at most 2000 characters.</source>
        <translation>描述太长：最多 2000 个字符。</translation>
    </message>
    <message>
        <source>%1 holds only %2 pieces that can be nonconforming: enter at most that many.</source>
        <translation>%1 只有 %2 件可登记为不合格：请输入不超过该数量。</translation>
    </message>
    <message>
        <source>Enter how many pieces this decision is for: a number greater than zero.</source>
        <translation>请输入本次处理的件数：大于零的数。</translation>
    </message>
    <message>
        <source>Every piece of %1 has been disposed of already.</source>
        <translation>%1 的所有件数都已处理。</translation>
    </message>
    <message>
        <source>Only %1 pieces of %2 are still open: decide on at most that many.</source>
        <translation>%2 只剩 %1 件待处理：处理数量不能超过该数。</translation>
    </message>
    <message>
        <source>The note is too long: at most 2000 characters.</source>
        <translation>备注太长：最多 2000 个字符。</translation>
    </message>
    <message>
        <source>%1 needs an approver: choose someone who may approve concessions (an owner or planner).</source>
        <translation>%1需要审批人：请选择有权审批让步接收的人（老板或计划员）。</translation>
    </message>
    <message>
        <source>The approver is no active user. Choose another.</source>
        <translation>审批人不是有效用户，请另选。</translation>
    </message>
    <message>
        <source>A %1 may not approve a %2: choose an owner or planner.</source>
        <translation>%1无权审批%2：请选择老板或计划员。</translation>
    </message>
    <message>
        <source>Only pieces of a supplier&apos;s lot can go back to the supplier: %1 names no material lot.</source>
        <translation>只有供应商批次的物料才能退货：%1 未关联物料批次。</translation>
    </message>
    <message>
        <source>Wages can only be deducted for pieces of a step: %1 names no step of a work order.</source>
        <translation>只能对工序上的件数扣款：%1 未关联工单的工序。</translation>
    </message>
    <message>
        <source>No operator answers for the pieces of %1: nobody reported good pieces on its step.</source>
        <translation>%1 的件数没有责任操作工：该工序没有人报过良品。</translation>
    </message>
    <message>
        <source>Rework of nonconformance %1</source>
        <translation>不合格品 %1 返工</translation>
    </message>
    <message>
        <source>Rework of nonconformance %1 (%2)</source>
        <translation>不合格品 %1 返工（%2）</translation>
    </message>
    <message>
        <source>The rework order cannot be made: %1</source>
        <translation>无法创建返工工单：%1</translation>
    </message>
    <message>
        <source>Returned to the supplier: %1</source>
        <translation>已退货给供应商：%1</translation>
    </message>
    <message>
        <source>Accepted by concession: %1</source>
        <translation>让步接收：%1</translation>
    </message>
    <message>
        <source>Nonconformance %1 does not exist.</source>
        <translation>不合格品 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>Taktline::NonconformanceSubjects</name>
    <message>
        <source>Say what is nonconforming: a step of a work order, a work order, a lot or a serial number.</source>
        <translation>请说明哪些不合格：工单的某道工序、工单、批次或序列号。</translation>
    </message>
    <message>
        <source>The defect reason does not exist. Choose one of the list.</source>
        <translation>该不良原因不存在，请从列表中选择。</translation>
    </message>
    <message>
        <source>The employee does not exist. Choose one of the list.</source>
        <translation>该员工不存在，请从列表中选择。</translation>
    </message>
    <message>
        <source>The machine does not exist. Choose one of the list.</source>
        <translation>该设备不存在，请从列表中选择。</translation>
    </message>
    <message>
        <source>read the inspection</source>
        <translation>读取检验记录</translation>
    </message>
    <message>
        <source>The inspection does not exist.</source>
        <translation>该检验记录不存在。</translation>
    </message>
    <message>
        <source>read the lot</source>
        <translation>读取批次</translation>
    </message>
    <message>
        <source>read the operation</source>
        <translation>读取工序</translation>
    </message>
    <message>
        <source>The operation does not exist.</source>
        <translation>该工序不存在。</translation>
    </message>
    <message>
        <source>The operation belongs to another work order.</source>
        <translation>该工序属于另一个工单。</translation>
    </message>
    <message>
        <source>Step %1 has no good pieces left that are not in a nonconformance already.</source>
        <translation>工序 %1 已没有未登记为不合格品的良品。</translation>
    </message>
    <message>
        <source>read the work order</source>
        <translation>读取工单</translation>
    </message>
    <message>
        <source>The work order does not exist.</source>
        <translation>该工单不存在。</translation>
    </message>
    <message>
        <source>No material lot or production lot has the number %1.</source>
        <translation>没有批次号为 %1 的物料批次或生产批次。</translation>
    </message>
    <message>
        <source>Lot %1 belongs to another work order.</source>
        <translation>批次 %1 属于另一个工单。</translation>
    </message>
    <message>
        <source>read the serial number</source>
        <translation>读取序列号</translation>
    </message>
    <message>
        <source>Serial number %1 does not exist.</source>
        <translation>序列号 %1 不存在。</translation>
    </message>
    <message>
        <source>check the reference</source>
        <translation>检查引用</translation>
    </message>
    <message>
        <source>read who answers for the pieces</source>
        <translation>读取责任人</translation>
    </message>
    <message>
        <source>read the dispositions</source>
        <translation>读取处理记录</translation>
    </message>
    <message>
        <source>read the user account</source>
        <translation>读取用户账户</translation>
    </message>
</context>
<context>
    <name>Taktline::OeeClass</name>
    <message>
        <source>Not classed</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Excluded from planned time</source>
        <translation>不计入计划时间</translation>
    </message>
    <message>
        <source>Planned downtime</source>
        <translation>计划停机</translation>
    </message>
    <message>
        <source>Availability loss</source>
        <translation>可用率损失</translation>
    </message>
    <message>
        <source>Performance loss</source>
        <translation>性能损失</translation>
    </message>
    <message>
        <source>Quality loss</source>
        <translation>质量损失</translation>
    </message>
</context>
<context>
    <name>Taktline::OeeReport</name>
    <message>
        <source>The period has not begun yet: there is no OEE to tell.</source>
        <translation>该期间尚未开始：还没有设备综合效率可统计。</translation>
    </message>
    <message>
        <source>OEE by machine</source>
        <translation>按设备OEE</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Planned operation time (h)</source>
        <translation>计划运行时间（小时）</translation>
    </message>
    <message>
        <source>Planned downtime (h)</source>
        <translation>计划停机（小时）</translation>
    </message>
    <message>
        <source>Planned busy time (h)</source>
        <translation>计划忙碌时间（小时）</translation>
    </message>
    <message>
        <source>Set-up (h)</source>
        <translation>换型（小时）</translation>
    </message>
    <message>
        <source>Failures (h)</source>
        <translation>故障（小时）</translation>
    </message>
    <message>
        <source>Unclassified (h)</source>
        <translation>未分类（小时）</translation>
    </message>
    <message>
        <source>Actual production time (h)</source>
        <translation>实际生产时间（小时）</translation>
    </message>
    <message>
        <source>Ideal time (h)</source>
        <translation>理论时间（小时）</translation>
    </message>
    <message>
        <source>Fully productive time (h)</source>
        <translation>完全有效生产时间（小时）</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>产出数</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>性能率</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量率</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>设备综合效率</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>OEE by ISO 22400-2, the OEE page&apos;s figures: availability = actual production time ÷ planned busy time; effectiveness = ideal time ÷ actual production time; quality = good ÷ produced; OEE = A × E × Q.</source>
        <translation>设备综合效率按 ISO 22400-2 计算，与设备综合效率页面一致：可用率 = 实际生产时间 ÷ 计划忙碌时间；性能率 = 理论时间 ÷ 实际生产时间；质量率 = 良品数 ÷ 产出数；OEE = 可用率 × 性能率 × 质量率。</translation>
    </message>
    <message>
        <source>The totals divide the summed times, never average the machines&apos; percentages; an empty figure has no time or no production to divide by.</source>
        <translation>合计行用求和后的时间相除，而不是对各设备的百分比取平均；空白表示没有可相除的时间或产量。</translation>
    </message>
    <message>
        <source>OEE of all these machines (A × E × Q of the totals): %1%.</source>
        <translation>这些设备合计的设备综合效率（合计的可用率 × 性能率 × 质量率）：%1%。</translation>
    </message>
    <message>
        <source>OEE of all these machines: none (no time or no production to divide by).</source>
        <translation>这些设备合计的设备综合效率：无（没有可相除的时间或产量）。</translation>
    </message>
    <message>
        <source>OEE per machine</source>
        <translation>各设备OEE</translation>
    </message>
</context>
<context>
    <name>Taktline::OeeRepository</name>
    <message>
        <source>read the machines</source>
        <translation>读取设备</translation>
    </message>
    <message>
        <source>read the downtime reasons</source>
        <translation>读取停机原因</translation>
    </message>
    <message>
        <source>read the machine status events</source>
        <translation>读取设备状态记录</translation>
    </message>
    <message>
        <source>read the production reports</source>
        <translation>读取报工记录</translation>
    </message>
    <message>
        <source>read the operations&apos; products</source>
        <translation>读取工序所属产品</translation>
    </message>
    <message>
        <source>read the products</source>
        <translation>读取产品</translation>
    </message>
</context>
<context>
    <name>Taktline::OeeService</name>
    <message>
        <source>Outside shifts</source>
        <translation>班次外</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>该期间的结束早于开始。</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>未分产线</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>未分车间</translation>
    </message>
    <message>
        <source>No job</source>
        <translation>无任务</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No working time in the calendar for this period, so there is no planned time to measure against.</source>
        <translation>日历中该期间没有工作时间，因此没有可对照的计划时间。</translation>
    </message>
    <message>
        <source>A machine had not reported any status yet; that time is counted as unclassified, not as running.</source>
        <translation>有设备尚未上报任何状态；这段时间计为未分类，而不是运行。</translation>
    </message>
    <message>
        <source>Nothing was produced in this period: performance and quality cannot be told.</source>
        <translation>该期间没有产出：无法得出性能率和质量率。</translation>
    </message>
    <message>
        <source>This period has not begun yet.</source>
        <translation>该期间尚未开始。</translation>
    </message>
    <message>
        <source>Some stops have a reason without an OEE class; they count as unclassified until the reason is classed in Master data.</source>
        <translation>部分停机的原因还没有 OEE 分类；在主数据中为原因分类之前，它们计为未分类。</translation>
    </message>
    <message>
        <source>Some steps have no ideal cycle time: their standard time stands in, so performance is on a standard-time basis.</source>
        <translation>部分工序没有理想节拍：以标准工时代替，因此性能率按标准工时计算。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>调机</translation>
    </message>
    <message>
        <source>Planned downtime</source>
        <translation>计划停机</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Small stop</source>
        <translation>小停机</translation>
    </message>
    <message>
        <source>Quality stop</source>
        <translation>质量停机</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>Off shift</source>
        <translation>非班次</translation>
    </message>
</context>
<context>
    <name>Taktline::OeeText</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>A</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>E</source>
        <translation>性能率</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>质量率</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>OEE</translation>
    </message>
    <message>
        <source>NEE</source>
        <translation>NEE</translation>
    </message>
    <message>
        <source>TE</source>
        <translation>技术效率</translation>
    </message>
    <message>
        <source>Set-up rate</source>
        <translation>换型率</translation>
    </message>
    <message>
        <source>MTTR min</source>
        <translation>MTTR（分钟）</translation>
    </message>
    <message>
        <source>MTBF min</source>
        <translation>MTBF（分钟）</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>POT h</source>
        <translation>计划运行时间（小时）</translation>
    </message>
    <message>
        <source>Planned down h</source>
        <translation>计划停机（小时）</translation>
    </message>
    <message>
        <source>PBT h</source>
        <translation>计划忙碌时间（小时）</translation>
    </message>
    <message>
        <source>Set-up h</source>
        <translation>换型（小时）</translation>
    </message>
    <message>
        <source>Delays h</source>
        <translation>延误（小时）</translation>
    </message>
    <message>
        <source>Unclassified h</source>
        <translation>未分类（小时）</translation>
    </message>
    <message>
        <source>APT h</source>
        <translation>实际生产时间（小时）</translation>
    </message>
    <message>
        <source>Ideal h</source>
        <translation>理想时间（小时）</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>产量</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>OEE from %1 to %2</source>
        <translation>设备综合效率：%1 至 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::OperationCardDelegate</name>
    <message>
        <source>Qty %1  ·  Due %2</source>
        <translation>数量 %1  ·  交期 %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
</context>
<context>
    <name>Taktline::OrderProgressReport</name>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完工数</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>未完成数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>read the orders of the period</source>
        <translation>读取本期的工单</translation>
    </message>
    <message>
        <source>Order progress</source>
        <translation>订单进度</translation>
    </message>
    <message>
        <source>Orders due in the period, open at its end, or reported on in it (drafts and cancelled orders are left out).</source>
        <translation>交期在本期内、期末仍未结束或本期有报工的工单（不含草稿和已取消的工单）。</translation>
    </message>
    <message>
        <source>Finished: good pieces reported at the order&apos;s last step up to the end of the period; remaining = planned qty − finished (never below 0).</source>
        <translation>完工数：截至期末在工单末道工序报工的良品数；未完成数 = 计划数量 − 完工数（不小于 0）。</translation>
    </message>
    <message>
        <source>Days late: for an unfinished order, days from the due date to %1; for a finished one, days from the due date to its last report. Empty when on time.</source>
        <translation>逾期天数：未完工的工单为交期到 %1 的天数；已完工的工单为交期到最后一次报工的天数。按期则为空。</translation>
    </message>
    <message>
        <source>Finished and remaining per order</source>
        <translation>各工单完工数与未完成数</translation>
    </message>
</context>
<context>
    <name>Taktline::OutputFile</name>
    <message>
        <source>Give --out FILE ending in %1.</source>
        <translation>请给出以 %1 结尾的 --out FILE。</translation>
    </message>
    <message>
        <source>Refused --out %1: the file must end in %2, the kind of file this command writes.</source>
        <translation>拒绝 --out %1：文件名必须以 %2 结尾，即本命令写出的文件类型。</translation>
    </message>
    <message>
        <source>Refused --out %1: it is the factory database given with --db; nothing was written.</source>
        <translation>拒绝 --out %1：它就是 --db 指定的工厂数据库；未写入任何内容。</translation>
    </message>
    <message>
        <source>Refused --out %1: it is a database file, and writing there would destroy it; nothing was written. Choose another file name.</source>
        <translation>拒绝 --out %1：这是一个数据库文件，写入会毁掉它；未写入任何内容。请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::OwnerSetupDialog</name>
    <message>
        <source>Set up your factory</source>
        <translation>设置您的工厂</translation>
    </message>
    <message>
        <source>Factory name:</source>
        <translation>工厂名称：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Required: on travellers, labels and reports</source>
        <translation>必填：印在流转卡、标签和报表上</translation>
    </message>
    <message>
        <source>This is a new factory file. Name the factory, confirm when it works, and create the owner&apos;s account: the owner may do everything, including adding the other users.</source>
        <translation>这是一个新的工厂文件。请填写工厂名称，确认工作时间，并创建老板账号：老板拥有全部权限，包括添加其他用户。</translation>
    </message>
    <message>
        <source>Shifts %1–%2 and %3–%4; change them and add holidays later under Settings ▸ Working calendar.</source>
        <translation>班次 %1–%2 和 %3–%4；以后可在“设置 ▸ 工作日历”中修改班次并添加节假日。</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <source>Create factory</source>
        <translation>创建工厂</translation>
    </message>
</context>
<context>
    <name>Taktline::Page</name>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位报工</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>追溯</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质检</translation>
    </message>
</context>
<context>
    <name>Taktline::PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>备份密码短语</translation>
    </message>
    <message>
        <source>Backups written from now on are encrypted with this passphrase. Restoring one of them asks for it.</source>
        <translation>此后的备份都用这个密码短语加密。恢复这些备份时需要输入它。</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe. Nobody can recover a lost passphrase — not Taktline, not its makers — and without it the encrypted backups cannot be restored.</source>
        <translation>请把密码短语写下来并妥善保管。密码短语一旦遗失，任何人都无法找回（Taktline 及其开发者也不能），加密的备份将无法恢复。</translation>
    </message>
    <message>
        <source>Encrypt backups</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>再次输入密码短语：</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
</context>
<context>
    <name>Taktline::PassphrasePrompt</name>
    <message>
        <source>The environment variable %1 that should hold the passphrase is not set.</source>
        <translation>应存放密码短语的环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>The backup is encrypted and there is no terminal to type its passphrase. Give it with --passphrase-env VARIABLE.</source>
        <translation>备份已加密，但没有可输入密码短语的终端。请用 --passphrase-env VARIABLE 提供。</translation>
    </message>
</context>
<context>
    <name>Taktline::PasswordHasher</name>
    <message>
        <source>The password library failed to start.</source>
        <translation>密码加密组件启动失败。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法对密码进行加密保护。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password of one repeated character or a run like 12345678 is the first one tried; mix letters, digits and signs.</source>
        <translation>同一字符重复或 12345678 这样的连续序列是最先被猜到的密码；请混合使用字母、数字和符号。</translation>
    </message>
    <message>
        <source>At least %1 characters; letters, digits and signs mixed</source>
        <translation>至少 %1 个字符，字母、数字和符号混合</translation>
    </message>
</context>
<context>
    <name>Taktline::PdfFile</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Check that the disk has room; if the file is open in a PDF viewer, close it and try again.</source>
        <translation>无法保存 %1：%2。请检查磁盘空间是否足够；如果该文件已在 PDF 阅读器中打开，请先关闭再重试。</translation>
    </message>
</context>
<context>
    <name>Taktline::PieceRateDialog</name>
    <message>
        <source>New piece rate</source>
        <translation>新建计件单价</translation>
    </message>
    <message>
        <source>Edit piece rate</source>
        <translation>编辑计件单价</translation>
    </message>
    <message>
        <source>Good pieces reported on or after this day are paid at this rate, until a rate with a later day applies.</source>
        <translation>自该日起报工的良品按此单价计算，直到更晚生效的单价开始适用。</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Operation *:</source>
        <translation>工序 *：</translation>
    </message>
    <message>
        <source>Rate per good piece *:</source>
        <translation>每件良品单价 *：</translation>
    </message>
    <message>
        <source>Valid from *:</source>
        <translation>生效日期 *：</translation>
    </message>
</context>
<context>
    <name>Taktline::PieceRateImport</name>
    <message>
        <source>Turning</source>
        <translation>车削</translation>
    </message>
    <message>
        <source>%1 has no routing yet: import its routing first.</source>
        <translation>%1 还没有工艺路线：请先导入它的工艺路线。</translation>
    </message>
    <message>
        <source>The routing of %1 has no operation “%2”. Its operations are: %3.</source>
        <translation>%1 的工艺路线中没有工序“%2”。它的工序有：%3。</translation>
    </message>
    <message>
        <source>The same product, operation and date are also on row %1.</source>
        <translation>第 %1 行也是同一产品、工序和日期。</translation>
    </message>
    <message>
        <source>Piece rate of %1 %2: %3</source>
        <translation>%1 %2 的计件单价：%3</translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import piece rates. Ask the owner or a planner for the right to edit master data.</source>
        <translation>您无权修改基础数据，因此不能导入计件单价。请向老板或计划员申请修改基础数据的权限。</translation>
    </message>
</context>
<context>
    <name>Taktline::PieceRatesPanel</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Read only: changing piece rates needs the right to edit master data.</source>
        <translation>只读：修改计件单价需要编辑基础资料的权限。</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Rate (¥/piece)</source>
        <translation>单价（元/件）</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>无单价</translation>
    </message>
    <message>
        <source>Good pieces of this operation earn nothing</source>
        <translation>此工序的良品暂不计工资</translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Replaced on %1</source>
        <translation>于 %1 被替换</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Saved: %1 at ¥%2 per piece from %3.</source>
        <translation>已保存：%1 自 %3 起每件 %2 元。</translation>
    </message>
    <message>
        <source>Remove piece rate</source>
        <translation>删除计件单价</translation>
    </message>
    <message>
        <source>Remove the rate of %1 from %2? Wages of the reports it priced change at once.</source>
        <translation>删除 %1 自 %2 起的单价？按它计算的报工工资会立即改变。</translation>
    </message>
    <message>
        <source>Removed the rate of %1 from %2.</source>
        <translation>已删除 %1 自 %2 起的单价。</translation>
    </message>
    <message>
        <source>Piece rates %1</source>
        <translation>计件单价 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::PiecesPanel</name>
    <message>
        <source>Move pieces…</source>
        <translation>移库…</translation>
    </message>
    <message>
        <source>Record that pieces of a step went to a rack, an area or a machine&apos;s buffer</source>
        <translation>记录某道工序的零件移到了货架、区域或设备缓冲区</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>No finished pieces wait between steps: nothing to place yet.</source>
        <translation>各工序之间没有待转的完工零件：暂无可放置的零件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished pieces wait between steps, in %n step(s).</source>
        <translation>
            <numerusform>%n 道工序之间共有 %1 件完工零件待转。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::PinPad</name>
    <message>
        <source>Type your PIN</source>
        <translation>请输入 PIN 码</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>不是我</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>%1  (badge %2)</source>
        <translation>%1（工号 %2）</translation>
    </message>
</context>
<context>
    <name>Taktline::PlaceRepository</name>
    <message>
        <source>read the place</source>
        <translation>读取库位</translation>
    </message>
    <message>
        <source>read the places</source>
        <translation>读取库位</translation>
    </message>
    <message>
        <source>read the steps&apos; finished pieces</source>
        <translation>读取各工序的完工零件</translation>
    </message>
    <message>
        <source>read the moves of the steps&apos; pieces</source>
        <translation>读取工序零件的移库记录</translation>
    </message>
    <message>
        <source>read the moves of the lot</source>
        <translation>读取批次的移库记录</translation>
    </message>
    <message>
        <source>read the lot&apos;s stock</source>
        <translation>读取批次库存</translation>
    </message>
    <message>
        <source>read the moves of the serial</source>
        <translation>读取序列号的移库记录</translation>
    </message>
    <message>
        <source>read the serial&apos;s shipment</source>
        <translation>读取序列号的发货记录</translation>
    </message>
    <message>
        <source>save the move</source>
        <translation>保存移库记录</translation>
    </message>
</context>
<context>
    <name>Taktline::PlaceTrace</name>
    <message>
        <source>Moved to %1 %2</source>
        <translation>移至 %1 %2</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 %3</source>
        <translation>从 %1 移至 %2 %3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>，操作人 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::PlanCharacteristicsModel</name>
    <message>
        <source>Choose an inspection plan first.</source>
        <translation>请先选择一个检验方案。</translation>
    </message>
    <message>
        <source>Characteristic %1</source>
        <translation>检验项目 %1</translation>
    </message>
    <message>
        <source>Add characteristic %1</source>
        <translation>新增检验项目 %1</translation>
    </message>
    <message>
        <source>Choose a characteristic first.</source>
        <translation>请先选择一个检验项目。</translation>
    </message>
    <message>
        <source>Delete characteristic %1</source>
        <translation>删除检验项目 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>检验项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>标准值</translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>可选项</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>可接受项</translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation>量具</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检验方法</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需求量</translation>
    </message>
    <message>
        <source>Enter %1 as a number, such as 24.95, or leave it blank.</source>
        <translation>请以数字输入%1，例如 24.95，或留空。</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
</context>
<context>
    <name>Taktline::PlanSettingsForm</name>
    <message>
        <source>No good quantity before it passed</source>
        <translation>合格前不可报良品</translation>
    </message>
    <message>
        <source> pieces</source>
        <translation> 件</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Reduced inspection allowed</source>
        <translation>允许放宽检验</translation>
    </message>
    <message>
        <source>not by pieces</source>
        <translation>不按件数</translation>
    </message>
    <message>
        <source>not by time</source>
        <translation>不按时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>or every</source>
        <translation>或每</translation>
    </message>
    <message>
        <source>Sampling (GB/T 2828.1)</source>
        <translation>抽样（GB/T 2828.1）</translation>
    </message>
    <message>
        <source>Inspection level</source>
        <translation>检验水平</translation>
    </message>
    <message>
        <source>Change the product of the plan</source>
        <translation>修改方案的产品</translation>
    </message>
    <message>
        <source>Change the step of the plan</source>
        <translation>修改方案的工序</translation>
    </message>
    <message>
        <source>Change first-article inspection</source>
        <translation>修改首检</translation>
    </message>
    <message>
        <source>Change the first-article gate</source>
        <translation>修改首检放行</translation>
    </message>
    <message>
        <source>Change final inspection</source>
        <translation>修改成品检验</translation>
    </message>
    <message>
        <source>Change incoming inspection</source>
        <translation>修改来料检验</translation>
    </message>
    <message>
        <source>Change reduced inspection</source>
        <translation>修改放宽检验</translation>
    </message>
    <message>
        <source>Change the patrol interval</source>
        <translation>修改巡检间隔</translation>
    </message>
    <message>
        <source>Change the AQL</source>
        <translation>修改 AQL</translation>
    </message>
    <message>
        <source>Change the inspection level</source>
        <translation>修改检验水平</translation>
    </message>
</context>
<context>
    <name>Taktline::PlanningReferences</name>
    <message>
        <source>There is no product with part no. %1. Add it under Products (or import the products) first.</source>
        <translation>没有物料编码为 %1 的产品。请先在“产品”中添加（或导入产品）。</translation>
    </message>
    <message>
        <source>Product %1 is deactivated. Activate it first.</source>
        <translation>产品 %1 已停用。请先启用它。</translation>
    </message>
    <message>
        <source>There is no machine with code %1. Add it under Machines (or import the machines) first.</source>
        <translation>没有编码为 %1 的设备。请先在“设备”中添加（或导入设备）。</translation>
    </message>
    <message>
        <source>Machine %1 is deactivated. Choose an active machine.</source>
        <translation>设备 %1 已停用。请选择在用的设备。</translation>
    </message>
</context>
<context>
    <name>Taktline::ProductPicker</name>
    <message>
        <source>Search products…</source>
        <translation>搜索产品…</translation>
    </message>
</context>
<context>
    <name>Taktline::ProductionLinesRows</name>
    <message>
        <source>read the production reports of the period</source>
        <translation>读取本期的报工记录</translation>
    </message>
    <message>
        <source>Report lines</source>
        <translation>报工明细</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报工时间</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Defective qty</source>
        <translation>不良品数</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Material lot</source>
        <translation>物料批次</translation>
    </message>
    <message>
        <source>Every production report of the period that stands, oldest first. Voided reports and the records voiding them are left out, so the totals are the other reports&apos; totals.</source>
        <translation>本期每一条有效报工，按时间先后排列。已作废的报工及其作废记录不列出，因此合计只含其余报工。</translation>
    </message>
</context>
<context>
    <name>Taktline::ProductionPeriodReport</name>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Defective qty</source>
        <translation>不良品数</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>报工数量</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>良品率</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>标准工时（小时）</translation>
    </message>
    <message>
        <source>Made = good + defective + rework. Yield = good ÷ made, summed before dividing (the dashboard&apos;s first-pass yield).</source>
        <translation>报工数量 = 良品 + 不良品 + 返工。良品率 = 良品数 ÷ 报工数量，先求和再相除（即看板的直通率）。</translation>
    </message>
    <message>
        <source>Standard hours = good pieces × the step&apos;s standard time: the hours the good output is worth.</source>
        <translation>标准工时 = 良品数 × 该工序的标准工时：良品产出折合的小时数。</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完工数</translation>
    </message>
    <message>
        <source>By order</source>
        <translation>按工单</translation>
    </message>
    <message>
        <source>sum the period&apos;s output per order</source>
        <translation>按工单汇总本期产出</translation>
    </message>
    <message>
        <source>Planned qty: the order&apos;s quantity (its target). Finished: good pieces reported at the order&apos;s last step in the period.</source>
        <translation>计划数量：工单数量（即目标）。完工数：本期在工单末道工序报工的良品数。</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>By operation</source>
        <translation>按工序</translation>
    </message>
    <message>
        <source>sum the period&apos;s output per operation</source>
        <translation>按工序汇总本期产出</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Machine name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报工次数</translation>
    </message>
    <message>
        <source>sum the period&apos;s output per machine</source>
        <translation>按设备汇总本期产出</translation>
    </message>
    <message>
        <source>(no machine)</source>
        <translation>（无设备）</translation>
    </message>
    <message>
        <source>By machine</source>
        <translation>按设备</translation>
    </message>
    <message>
        <source>Output per machine</source>
        <translation>各设备产出</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>sum the period&apos;s output per employee</source>
        <translation>按员工汇总本期产出</translation>
    </message>
    <message>
        <source>(no employee)</source>
        <translation>（无员工）</translation>
    </message>
    <message>
        <source>By employee</source>
        <translation>按员工</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>sum the output of one day</source>
        <translation>汇总一天的产出</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Finished: good pieces reported at the last step of their order (the dashboard&apos;s done).</source>
        <translation>完工数：在所属工单末道工序报工的良品数（即看板的完成数）。</translation>
    </message>
    <message>
        <source>Output per day</source>
        <translation>每日产出</translation>
    </message>
    <message>
        <source>No production was reported in the period.</source>
        <translation>本期没有报工。</translation>
    </message>
    <message>
        <source>Subcontracted steps received back</source>
        <translation>外协回厂工序</translation>
    </message>
</context>
<context>
    <name>Taktline::ProductionRepository</name>
    <message>
        <source>save the production report</source>
        <translation>保存报工记录</translation>
    </message>
    <message>
        <source>read the production report</source>
        <translation>读取报工记录</translation>
    </message>
    <message>
        <source>The production report no longer exists.</source>
        <translation>该报工记录已不存在。</translation>
    </message>
    <message>
        <source>read the last report</source>
        <translation>读取上一条报工</translation>
    </message>
    <message>
        <source>read the progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <source>read the production reports</source>
        <translation>读取报工记录</translation>
    </message>
    <message>
        <source>save the machine status</source>
        <translation>保存设备状态</translation>
    </message>
    <message>
        <source>read the machine status</source>
        <translation>读取设备状态</translation>
    </message>
    <message>
        <source>read the output per machine</source>
        <translation>读取各设备产出</translation>
    </message>
    <message>
        <source>read the output of the machine</source>
        <translation>读取设备产出</translation>
    </message>
    <message>
        <source>read the machine&apos;s current job</source>
        <translation>读取设备当前任务</translation>
    </message>
    <message>
        <source>save the approval</source>
        <translation>保存审核</translation>
    </message>
</context>
<context>
    <name>Taktline::PromiseCommand</name>
    <message>
        <source> — on time for %1</source>
        <translation> —— 能赶上 %1</translation>
    </message>
    <message>
        <source> — too late for %1</source>
        <translation> —— 赶不上 %1</translation>
    </message>
    <message>
        <source>Promise for %1 %2 of %3 %4 (today %5)</source>
        <translation>交期承诺：%3 %4 %1 %2（今天 %5）</translation>
    </message>
    <message>
        <source>Earliest, taken normally: %1</source>
        <translation>正常排产最早可交：%1</translation>
    </message>
    <message>
        <source>Earliest as a rush order: %1</source>
        <translation>插单最早可交：%1</translation>
    </message>
    <message>
        <source>A rush would make no other work order late.</source>
        <translation>插单不会使其他工单延期。</translation>
    </message>
    <message>
        <source>A rush would make %1 late (due %2): it would end %3, late by %4.</source>
        <translation>插单会使 %1 延期（交期 %2）：将于 %3 完工，延期 %4。</translation>
    </message>
    <message>
        <source>A rush would delay %1 further (due %2, already late): it would end %3, late by %4.</source>
        <translation>插单会使已延期的 %1 再推迟（交期 %2）：将于 %3 完工，延期 %4。</translation>
    </message>
    <message>
        <source>Material: on hand for the whole quantity.</source>
        <translation>物料：现有库存够全部数量。</translation>
    </message>
    <message>
        <source>Material short: %1 %2 — needs %3 %4, %5 %4 on hand, %6 %4 missing; the dates assume it arrives in time.</source>
        <translation>缺料：%1 %2 —— 需要 %3 %4，现有 %5 %4，缺 %6 %4；以上日期假定物料按时到货。</translation>
    </message>
    <message>
        <source>Steps (taken normally; as a rush order):</source>
        <translation>工序（正常排产；插单）：</translation>
    </message>
    <message>
        <source>outside at %1</source>
        <translation>外协：%1</translation>
    </message>
    <message>
        <source>Capable-to-promise: when could the factory ship QTY of PRODUCT, given today&apos;s machine queues, working calendar and material on hand? Prints the earliest date taken normally (behind every queued operation) and as a rush order (first on every machine), the work orders a rush would make late, and the BOM&apos;s shortages. Writes nothing.
Exit status: 0 when it can ship by --by taken normally (or no date is asked), 1 when it cannot (the text says whether a rush could), 2 on bad input or an error.</source>
        <translation>交期承诺：按今天的设备排队、工作日历和现有物料，PRODUCT 的 QTY 最早何时能交？输出正常排产（排在所有已排工序之后）和作为插单（在每台设备上排第一）的最早交期、插单会使哪些工单延期，以及物料清单的缺料。不写入任何数据。
退出码：按 --by 正常排产能交为 0（或未给日期），不能交为 1（文字会说明插单能否赶上），输入错误或出错为 2。</translation>
    </message>
    <message>
        <source>The product&apos;s part number.</source>
        <translation>产品的料号。</translation>
    </message>
    <message>
        <source>How many, in the product&apos;s unit.</source>
        <translation>数量，以产品的单位计。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>The date the customer wants it, yyyy-MM-dd.</source>
        <translation>客户要求的交期，yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文字。</translation>
    </message>
    <message>
        <source>zh_CN or en (default en).</source>
        <translation>zh_CN 或 en（默认 en）。</translation>
    </message>
    <message>
        <source>--lang %1 is not known; use zh_CN or en.</source>
        <translation>--lang %1 无法识别；请用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Give the product and the quantity, for example: taktline promise FL-1 500 --by 2026-12-20</source>
        <translation>请给出产品和数量，例如：taktline promise FL-1 500 --by 2026-12-20</translation>
    </message>
    <message>
        <source>--by %1 is not a day; write it as yyyy-MM-dd, for example 2026-12-20.</source>
        <translation>--by %1 不是日期；请写成 yyyy-MM-dd，例如 2026-12-20。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
</context>
<context>
    <name>Taktline::PromiseDialog</name>
    <message>
        <source>Earliest delivery: %1 %2 × %3</source>
        <translation>交期承诺：%1 %2 × %3</translation>
    </message>
    <message>
        <source>— on time for %1</source>
        <translation>—— 能赶上交期 %1</translation>
    </message>
    <message>
        <source>— after the due date %1</source>
        <translation>—— 晚于交期 %1</translation>
    </message>
    <message>
        <source>Taken normally, behind today&apos;s queues: %1</source>
        <translation>正常排产（排在今天的队列之后）：%1</translation>
    </message>
    <message>
        <source>As a rush order, first on every machine: %1</source>
        <translation>插单（在每台设备上排第一）：%1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Start as rush</source>
        <translation>插单开始</translation>
    </message>
    <message>
        <source>End as rush</source>
        <translation>插单结束</translation>
    </message>
    <message>
        <source>Outside: %1</source>
        <translation>外协：%1</translation>
    </message>
    <message>
        <source>What a rush would delay</source>
        <translation>插单会延误的工单</translation>
    </message>
    <message>
        <source>No other work order would finish later than its due date.</source>
        <translation>没有其他工单会晚于交期完工。</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Planned end before</source>
        <translation>原计划完工</translation>
    </message>
    <message>
        <source>Planned end after</source>
        <translation>插单后计划完工</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Becomes late</source>
        <translation>将延期</translation>
    </message>
    <message>
        <source>Already late, later still</source>
        <translation>已延期，更晚</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Every component of the BOM is on hand for this quantity, after what open work orders still need.</source>
        <translation>扣除未完工单仍需的用量后，物料清单的每种物料都够这个数量。</translation>
    </message>
    <message>
        <source>Short of material: the dates above hold only if it arrives in time. On hand counts lots neither blocked nor expired, less what open work orders still need.</source>
        <translation>缺料：以上日期只有在物料按时到货时才成立。现有库存只计未冻结、未过期的批次，并扣除未完工单仍需的用量。</translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Take as rush order</source>
        <translation>按插单处理</translation>
    </message>
    <message>
        <source>Sets the new order&apos;s priority to urgent. Put it first in the queues with Insert rush order on the Dispatch page once it is released.</source>
        <translation>把新工单的优先级设为加急。下达后，在派工页面用“插单”把它排到队列最前。</translation>
    </message>
</context>
<context>
    <name>Taktline::PromisePlan</name>
    <message>
        <source>Step %1 of %2 is done by a supplier, but it names none (or one that was removed). Choose the supplier in its routing.</source>
        <translation>%2 的工序 %1 由外协厂加工，但没有指定外协厂（或该外协厂已删除）。请在其工艺路线中选择外协厂。</translation>
    </message>
    <message>
        <source>Step %1 of %2 has no machine. Choose one in its routing.</source>
        <translation>%2 的工序 %1 没有设备。请在其工艺路线中选择设备。</translation>
    </message>
    <message>
        <source>The machine of step %1 of %2 no longer exists. Choose another one in its routing.</source>
        <translation>%2 的工序 %1 的设备已不存在。请在其工艺路线中另选设备。</translation>
    </message>
    <message>
        <source>Step %1 of %2 runs on %3, which is deactivated. Choose another machine in its routing or activate it.</source>
        <translation>%2 的工序 %1 在 %3 上加工，该设备已停用。请在其工艺路线中另选设备，或启用该设备。</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新工单</translation>
    </message>
    <message>
        <source>Step %1 of the new order cannot be planned.</source>
        <translation>新工单的工序 %1 无法排产。</translation>
    </message>
    <message>
        <source>Step %1 of %2 is done by %3, a supplier that is deactivated. Choose another supplier in its routing.</source>
        <translation>%2 的工序 %1 由外协厂 %3 加工，该外协厂已停用。请在其工艺路线中另选外协厂。</translation>
    </message>
</context>
<context>
    <name>Taktline::PromiseRepository</name>
    <message>
        <source>read the product</source>
        <translation>读取产品</translation>
    </message>
    <message>
        <source>read the routing</source>
        <translation>读取工艺路线</translation>
    </message>
    <message>
        <source>read the bill of materials</source>
        <translation>读取物料清单</translation>
    </message>
    <message>
        <source>read what open work orders still need</source>
        <translation>读取未完工单仍需的物料</translation>
    </message>
</context>
<context>
    <name>Taktline::PromiseService</name>
    <message>
        <source>d MMM</source>
        <comment>a date without the year</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date with the year</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Choose the product to promise.</source>
        <translation>请选择要承诺交期的产品。</translation>
    </message>
    <message>
        <source>The quantity is not a number.</source>
        <translation>数量不是数字。</translation>
    </message>
    <message>
        <source>The quantity must be greater than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>%1 pieces is more than a promise can plan (at most %2); check the quantity.</source>
        <translation>%1 件超出交期承诺能排的数量（最多 %2）；请检查数量。</translation>
    </message>
    <message>
        <source>The wanted date %1 is in the past; today is %2.</source>
        <translation>要求交期 %1 已经过去；今天是 %2。</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>没有产品 %1。</translation>
    </message>
    <message>
        <source>Product %1 is deactivated; no new order can be made of it.</source>
        <translation>产品 %1 已停用，不能再为它开工单。</translation>
    </message>
    <message>
        <source>Product %1 has no routing: there is nothing to plan. Give it its steps in Master data ▸ Routings first.</source>
        <translation>产品 %1 没有工艺路线，无可排产。请先在 主数据 ▸ 工艺路线 中设置工序。</translation>
    </message>
    <message>
        <source>Earliest %1</source>
        <translation>最早可交 %1</translation>
    </message>
    <message numerus="yes">
        <source>as rush %1 (%n order(s) delayed)</source>
        <translation>
            <numerusform>插单 %1（%n 张工单延误）</numerusform>
        </translation>
    </message>
    <message>
        <source>as rush %1 (no order delayed)</source>
        <translation>插单 %1（无工单延误）</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>short: %1</source>
        <translation>缺料：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>Taktline::Quality</name>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>让步接收</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Normal inspection</source>
        <translation>正常检验</translation>
    </message>
    <message>
        <source>Tightened inspection</source>
        <translation>加严检验</translation>
    </message>
    <message>
        <source>Reduced inspection</source>
        <translation>放宽检验</translation>
    </message>
    <message>
        <source>%1: this characteristic is required, enter a result.</source>
        <translation>%1：此项为必检项目，请填写结果。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; enter the measured value.</source>
        <translation>%1：“%2”不是数字，请输入实测值。</translation>
    </message>
    <message>
        <source>%1: not measured</source>
        <translation>%1：未测量</translation>
    </message>
    <message>
        <source>%1: enter the measured value as a number.</source>
        <translation>%1：请以数字输入实测值。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be a reading (limits %3); check the value typed.</source>
        <translation>%1：%2 不可能是实测值（公差 %3），请检查输入的数值。</translation>
    </message>
    <message>
        <source>%1: above %2</source>
        <translation>%1：超上限 %2</translation>
    </message>
    <message>
        <source>%1: below %2</source>
        <translation>%1：低于下限 %2</translation>
    </message>
    <message>
        <source>%1: within %2 … %3</source>
        <translation>%1：在 %2 … %3 之内</translation>
    </message>
    <message>
        <source>%1: not above %2</source>
        <translation>%1：不超过 %2</translation>
    </message>
    <message>
        <source>%1: not below %2</source>
        <translation>%1：不低于 %2</translation>
    </message>
    <message>
        <source>%1: pass</source>
        <translation>%1：合格</translation>
    </message>
    <message>
        <source>%1: fail</source>
        <translation>%1：不合格</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1：未检</translation>
    </message>
    <message>
        <source>%1: answer pass or fail.</source>
        <translation>%1：请选择合格或不合格。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices (%3).</source>
        <translation>%1：“%2”不在可选项中（%3）。</translation>
    </message>
    <message>
        <source>%1: %2, acceptable</source>
        <translation>%1：%2，可接受</translation>
    </message>
    <message>
        <source>%1: %2, not acceptable</source>
        <translation>%1：%2，不可接受</translation>
    </message>
    <message>
        <source>%1: take or choose a photo.</source>
        <translation>%1：请拍照或选择照片。</translation>
    </message>
    <message>
        <source>%1: no photo</source>
        <translation>%1：无照片</translation>
    </message>
    <message>
        <source>%1: photo taken</source>
        <translation>%1：已拍照</translation>
    </message>
    <message>
        <source>%1: unknown kind of characteristic.</source>
        <translation>%1：未知的检验项目类型。</translation>
    </message>
    <message>
        <source>First-article inspection</source>
        <translation>首检</translation>
    </message>
    <message>
        <source>Patrol inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Final inspection</source>
        <translation>成品检验</translation>
    </message>
    <message>
        <source>Incoming inspection</source>
        <translation>来料检验</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation>合格 / 不合格</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Inspection discontinued: 5 lots not accepted on tightened inspection; resume once the supplier has corrected the cause.</source>
        <translation>暂停检验：加严检验中已有 5 批不接收；待供方纠正原因后再恢复检验。</translation>
    </message>
    <message>
        <source>Normal inspection, switching score %1</source>
        <translation>正常检验，转移得分 %1</translation>
    </message>
    <message>
        <source>Tightened inspection, %1 of 5 lots accepted in a row</source>
        <translation>加严检验，已连续接收 %1 批（共需 5 批）</translation>
    </message>
    <message>
        <source>AQL %1 is not one of the preferred values of GB/T 2828.1; use one of %2.</source>
        <translation>AQL %1 不是 GB/T 2828.1 的优先值；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 is not an inspection level of GB/T 2828.1; use S-1, S-2, S-3, S-4, I, II or III.</source>
        <translation>%1 不是 GB/T 2828.1 的检验水平；请使用 S-1、S-2、S-3、S-4、I、II 或 III。</translation>
    </message>
    <message>
        <source>A lot size of %1 is outside Table 1 of GB/T 2828.1, which starts at a lot of 2 pieces.</source>
        <translation>批量 %1 超出 GB/T 2828.1 表1 的范围，表1 从批量 2 开始。</translation>
    </message>
    <message>
        <source>That is not an inspection level of GB/T 2828.1; use S-1, S-2, S-3, S-4, I, II or III.</source>
        <translation>这不是 GB/T 2828.1 的检验水平；请使用 S-1、S-2、S-3、S-4、I、II 或 III。</translation>
    </message>
    <message>
        <source>%1 is not a sample size code letter of Table 2-B; it has A to R and S.</source>
        <translation>%1 不是表2-B 的样本量字码；表2-B 有 A 到 R 以及 S。</translation>
    </message>
    <message>
        <source>%1 is not a sample size code letter of GB/T 2828.1; Table 1 gives A to R.</source>
        <translation>%1 不是 GB/T 2828.1 的样本量字码；表1 给出 A 到 R。</translation>
    </message>
    <message>
        <source>%1 has no plan for code letter %2 at AQL %3.</source>
        <translation>%1没有样本量字码 %2 在 AQL %3 下的抽样方案。</translation>
    </message>
    <message>
        <source>All readings are the same: the control limits cannot be computed (is the gauge fine enough?).</source>
        <translation>所有读数都相同：无法计算控制限（量具的分辨率是否足够？）。</translation>
    </message>
    <message>
        <source>An X̄-R chart needs at least 2 subgroups; there are %1.</source>
        <translation>X̄-R 图至少需要 2 个子组；现在只有 %1 个。</translation>
    </message>
    <message>
        <source>A subgroup must hold 2 to 10 readings; the first holds %1.</source>
        <translation>每个子组须有 2 到 10 个读数；第一个子组有 %1 个。</translation>
    </message>
    <message>
        <source>The subgroups are not the same size: subgroup %1 holds %2 readings, the first %3.</source>
        <translation>子组大小不一致：第 %1 个子组有 %2 个读数，第一个子组有 %3 个。</translation>
    </message>
    <message>
        <source>Subgroup %1 holds a reading that is not a number.</source>
        <translation>第 %1 个子组中有一个读数不是数字。</translation>
    </message>
    <message>
        <source>An individuals chart needs at least 2 readings; there are %1.</source>
        <translation>单值图至少需要 2 个读数；现在只有 %1 个。</translation>
    </message>
    <message>
        <source>A reading is not a number.</source>
        <translation>有一个读数不是数字。</translation>
    </message>
    <message>
        <source>The process capability needs at least 2 readings; there are %1.</source>
        <translation>计算过程能力至少需要 2 个读数；现在只有 %1 个。</translation>
    </message>
    <message>
        <source>The lower specification limit lies above the upper one.</source>
        <translation>规格下限高于规格上限。</translation>
    </message>
    <message>
        <source>Rule 1: a point beyond the control limits (3σ)</source>
        <translation>判异准则 1：1 个点超出控制限（3σ）</translation>
    </message>
    <message>
        <source>Rule 2: 2 of 3 points in a row beyond 2σ on one side</source>
        <translation>判异准则 2：连续 3 点中有 2 点落在中心线同一侧 2σ 以外</translation>
    </message>
    <message>
        <source>Rule 3: 4 of 5 points in a row beyond 1σ on one side</source>
        <translation>判异准则 3：连续 5 点中有 4 点落在中心线同一侧 1σ 以外</translation>
    </message>
    <message>
        <source>Rule 4: 8 points in a row on one side of the centre line</source>
        <translation>判异准则 4：连续 8 点落在中心线同一侧</translation>
    </message>
    <message>
        <source>reading the characteristic</source>
        <translation>读取检验项目</translation>
    </message>
    <message>
        <source>The characteristic to chart no longer exists.</source>
        <translation>要绘图的检验项目已不存在。</translation>
    </message>
    <message>
        <source>“%1” is not measured: only measured values can be charted.</source>
        <translation>“%1”不是测量型检验项目：只有测量值才能绘制控制图。</translation>
    </message>
    <message>
        <source>reading the measured values</source>
        <translation>读取测量值</translation>
    </message>
    <message>
        <source>“%1” was measured in %2 inspection(s) in this period: a chart needs at least 2.</source>
        <translation>这段时间内“%1”只在 %2 次检验中测量过：控制图至少需要 2 次。</translation>
    </message>
    <message>
        <source>reading the products</source>
        <translation>读取产品</translation>
    </message>
    <message>
        <source>Whole routing</source>
        <translation>全工序</translation>
    </message>
    <message>
        <source>reading the measured characteristics</source>
        <translation>读取测量型检验项目</translation>
    </message>
</context>
<context>
    <name>Taktline::QualityPage</name>
    <message>
        <source>Due</source>
        <extracomment>The due list (待检): inspections waiting for an inspector now.</extracomment>
        <translation>待检</translation>
    </message>
    <message>
        <source>Inspections</source>
        <extracomment>The inspection records (检验记录).</extracomment>
        <translation>检验记录</translation>
    </message>
    <message>
        <source>Nonconformances</source>
        <extracomment>Nonconforming pieces and what is done with them (不合格品).</extracomment>
        <translation>不合格品</translation>
    </message>
    <message>
        <source>SPC</source>
        <extracomment>Control charts and process capability (SPC).</extracomment>
        <translation>SPC</translation>
    </message>
    <message>
        <source>Inspection plans</source>
        <extracomment>The inspection plans per product and step (检验方案).</extracomment>
        <translation>检验方案</translation>
    </message>
</context>
<context>
    <name>Taktline::QualityReport</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>read the inspections</source>
        <translation>读取检验记录</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检验记录</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>检验时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot size</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>Ac</source>
        <translation>接收数 Ac</translation>
    </message>
    <message>
        <source>Re</source>
        <translation>拒收数 Re</translation>
    </message>
    <message>
        <source>Nonconforming</source>
        <translation>不合格数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Inspections made in the period; voided ones and their corrections&apos; voiding records are left out. Ac / Re: the sampling plan&apos;s acceptance and rejection numbers.</source>
        <translation>期间内的检验；已作废的检验及其作废记录不计。Ac / Re：抽样方案的接收数和拒收数。</translation>
    </message>
    <message>
        <source>read the nonconformances</source>
        <translation>读取不合格品</translation>
    </message>
    <message>
        <source>Nonconformances</source>
        <translation>不合格品</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>NC No.</source>
        <translation>不合格品编号</translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>已处理数量</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Rework order</source>
        <translation>返工工单</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未处理数量</translation>
    </message>
    <message>
        <source>Nonconformances found in the period, one row per disposition; still open: the pieces nobody decided on yet.</source>
        <translation>期间内发现的不合格品，每种处理方式一行；未处理数量：尚未决定处理的件数。</translation>
    </message>
    <message>
        <source>sum the first-pass yield</source>
        <translation>汇总直通率</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>直通率</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>工序号</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生产数</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>First-pass yield = good ÷ made (good + defective + rework).</source>
        <translation>直通率 = 良品数 ÷ 生产数（良品 + 不良品 + 返工）。</translation>
    </message>
    <message>
        <source>sum the defects per reason</source>
        <translation>按原因汇总不良</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未填原因）</translation>
    </message>
    <message>
        <source>Defects by reason</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reported defective</source>
        <translation>报工不良数</translation>
    </message>
    <message>
        <source>Found nonconforming</source>
        <translation>检验发现不合格数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Defective pieces the stations reported and nonconforming pieces the inspections found, by reason.</source>
        <translation>按原因列出工位报工的不良品和检验发现的不合格品。</translation>
    </message>
</context>
<context>
    <name>Taktline::QualityTrace</name>
    <message>
        <source>read the inspections</source>
        <translation>读取检验记录</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <translation>%1：合格</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1：不合格</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>，检验员 %1</translation>
    </message>
    <message>
        <source>, %1 nonconforming of %2 sampled</source>
        <translation>，抽样 %2 件中 %1 件不合格</translation>
    </message>
    <message>
        <source>Nonconformance %1: %2 pieces</source>
        <translation>不合格品 %1：%2 件</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>, %1 open</source>
        <translation>，%1 件待处理</translation>
    </message>
    <message>
        <source>%1: %2 pieces</source>
        <translation>%1：%2 件</translation>
    </message>
    <message>
        <source> in rework order %1</source>
        <translation>，返工工单 %1</translation>
    </message>
    <message>
        <source>, approved by %1</source>
        <translation>，审批人 %1</translation>
    </message>
    <message>
        <source>, deducted from wages</source>
        <translation>，已扣工资</translation>
    </message>
</context>
<context>
    <name>Taktline::QuantityKeypad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Clear the quantity</source>
        <translation>清空数量</translation>
    </message>
</context>
<context>
    <name>Taktline::ReasonButtons</name>
    <message>
        <source>No reasons are set up. Ask the supervisor to add them under Master data.</source>
        <translation>尚未设置原因。请班组长在“基础资料”中添加。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReceiveFinishedDialog</name>
    <message>
        <source>Receive finished goods</source>
        <translation>成品入库</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>No work order has finished output waiting to be received.</source>
        <translation>没有待成品入库的工单。</translation>
    </message>
    <message>
        <source>Where the pieces are put, e.g. 成品库 A-01</source>
        <translation>存放位置，如 成品库 A-01</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（不记录）</translation>
    </message>
    <message>
        <source>Work order *:</source>
        <translation>工单 *：</translation>
    </message>
    <message>
        <source>Quantity *:</source>
        <translation>数量 *：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>库位：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>入库人：</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Last step %1 %2: %3 good, %4 received, %5 left to receive</source>
        <translation>末道工序 %1 %2：良品 %3，已入库 %4，待入库 %5</translation>
    </message>
    <message>
        <source>%1 of work order %2 received into finished goods.</source>
        <translation>工单 %2 已成品入库 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReceiveLotDialog</name>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Receive material</source>
        <translation>来料收货</translation>
    </message>
    <message>
        <source>The lot number on the supplier&apos;s label</source>
        <translation>供应商标签上的批次号</translation>
    </message>
    <message>
        <source>Empty: the next number is given</source>
        <translation>留空：自动编号</translation>
    </message>
    <message>
        <source>Material *:</source>
        <translation>物料 *：</translation>
    </message>
    <message>
        <source>Quantity *:</source>
        <translation>数量 *：</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>Supplier lot:</source>
        <translation>供应商批次：</translation>
    </message>
    <message>
        <source>Received on *:</source>
        <translation>收料日期 *：</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Lot No.:</source>
        <translation>批次号：</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
</context>
<context>
    <name>Taktline::RecentTracesButton</name>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Codes you trace are listed here.</source>
        <translation>追溯过的代码列在这里。</translation>
    </message>
    <message>
        <source>Trace one of the last codes again.</source>
        <translation>再次追溯最近的代码。</translation>
    </message>
</context>
<context>
    <name>Taktline::RecordDialog</name>
    <message>
        <source>New %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 为必填项</translation>
    </message>
</context>
<context>
    <name>Taktline::RecordLabelPrinter</name>
    <message>
        <source>Add the places first: each gets a LOC: label.</source>
        <translation>请先添加库位：每个库位有一张 LOC: 标签。</translation>
    </message>
    <message>
        <source>Add the machines first: each gets an MC: label.</source>
        <translation>请先添加设备：每台设备有一张 MC: 标签。</translation>
    </message>
    <message>
        <source>Place labels</source>
        <translation>库位标签</translation>
    </message>
    <message>
        <source>Machine labels</source>
        <translation>设备标签</translation>
    </message>
    <message numerus="yes">
        <source>the labels of %n place(s)</source>
        <translation>
            <numerusform>%n 个库位的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the labels of %n machine(s)</source>
        <translation>
            <numerusform>%n 台设备的标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::RecordLabels</name>
    <message>
        <source>Only places and machines get labels here.</source>
        <translation>此处只能打印库位和设备的标签。</translation>
    </message>
    <message>
        <source>The code %1 cannot be printed as a barcode: change it to letters, digits and dashes.</source>
        <translation>编号 %1 无法打印成条码：请改为字母、数字和短横线。</translation>
    </message>
</context>
<context>
    <name>Taktline::RecordValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1过长：最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1不能小于 %2。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>Place %1 is a %2: choose the machine it belongs to.</source>
        <translation>库位 %1 是%2，请选择它所属的设备。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCentre</name>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>车间：</translation>
    </message>
    <message>
        <source>Pick the period and press Show.</source>
        <translation>选择期间，然后按“查询”。</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>全部设备</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <source>This report has nothing for the period.</source>
        <translation>该期间内此报表没有数据。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>上一次导出还在进行中。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCentreExport</name>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Writing rows: %L1 of %L2</source>
        <translation>正在写入：第 %L1 行，共 %L2 行</translation>
    </message>
    <message>
        <source>Writing rows: %L1</source>
        <translation>正在写入：第 %L1 行</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCentrePeriod</name>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>A day of the week:</source>
        <extracomment>The weekly report: any day of the week it covers.</extracomment>
        <translation>该周任一天：</translation>
    </message>
    <message>
        <source>A day of the month:</source>
        <translation>该月任一天：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation>未来 4 周</translation>
    </message>
    <message>
        <source>Next 2 weeks</source>
        <translation>未来 2 周</translation>
    </message>
    <message>
        <source>Next 8 weeks</source>
        <translation>未来 8 周</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCentreSheet</name>
    <message>
        <source>Only the first %L1 rows are shown; the export holds them all.</source>
        <translation>这里只显示前 %L1 行；导出的 Excel 包含全部数据。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCheck</name>
    <message>
        <source>Quantities must be numbers of zero or more.</source>
        <translation>数量必须是大于或等于零的数字。</translation>
    </message>
    <message>
        <source>%1 pieces in one report is not plausible. Check the number.</source>
        <translation>一次报工 %1 件不合理，请检查数量。</translation>
    </message>
    <message>
        <source>Enter how many pieces were made: good, defective or rework.</source>
        <translation>请输入做了多少件：良品、不良品或返工。</translation>
    </message>
    <message>
        <source>Work order %1 is not released yet: production cannot be reported.</source>
        <translation>工单 %1 尚未下达，不能报工。</translation>
    </message>
    <message>
        <source>Work order %1 is on hold: ask the supervisor to resume it.</source>
        <translation>工单 %1 已暂停：请班组长恢复后再报工。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: no more production can be reported on it.</source>
        <translation>工单 %1 状态为“%2”，不能再报工。</translation>
    </message>
    <message>
        <source>Scan your badge first: a report needs the operator.</source>
        <translation>请先扫工牌：报工需要操作员。</translation>
    </message>
    <message>
        <source>This badge belongs to no employee.</source>
        <translation>这个工牌不属于任何员工。</translation>
    </message>
    <message>
        <source>%1 (badge %2) is deactivated and cannot report production.</source>
        <translation>%1（工号 %2）已停用，不能报工。</translation>
    </message>
    <message>
        <source>This machine does not exist.</source>
        <translation>该设备不存在。</translation>
    </message>
    <message>
        <source>Machine %1 is deactivated: no production can be reported on it.</source>
        <translation>设备 %1 已停用，不能在该设备上报工。</translation>
    </message>
    <message>
        <source>Choose the defect reason for the %1 defective pieces.</source>
        <translation>请为 %1 件不良品选择不良原因。</translation>
    </message>
    <message>
        <source>This defect reason is not available; choose another.</source>
        <translation>该不良原因不可用，请另选。</translation>
    </message>
    <message>
        <source>Lot %1 has only %2 left; %3 pieces need %4. Scan the next lot.</source>
        <translation>批次 %1 只剩 %2；%3 件需要 %4。请扫下一个批次。</translation>
    </message>
    <message>
        <source>%1 good pieces is far more than the %2 planned. Check the number.</source>
        <translation>良品 %1 件远多于计划的 %2 件，请检查数量。</translation>
    </message>
    <message>
        <source>Only %1 more good pieces can be reported on step %2: the previous step %3 (%4) has made fewer so far.</source>
        <translation>工序 %2 最多还能报 %1 件良品：上道工序 %3（%4）目前做得更少。</translation>
    </message>
    <message>
        <source>Only %1 more good pieces can be reported on step %2: the work order is for %3.</source>
        <translation>工序 %2 最多还能报 %1 件良品：工单计划数量为 %3。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportCommand</name>
    <message>
        <source>--%1 %2 is not a day; write it as yyyy-MM-dd (for example 2026-11-30), today, yesterday or today-N.</source>
        <translation>--%1 %2 不是有效日期；请写成 yyyy-MM-dd（例如 2026-11-30）、today、yesterday 或 today-N。</translation>
    </message>
    <message>
        <source>Writes a report of the report centre as an Excel workbook (.xlsx), without a display: for a scheduled task.

KIND is one of: %1.
Days: yyyy-MM-dd, today, yesterday or today-N. The daily, weekly and monthly reports given only --from cover that day, its Monday-Sunday week or its month; the others cover --from to --to (one day without --to).
--out may contain {date} (today), {from}, {to} and {kind}, for example \\server\share\daily-{from}.xlsx.</source>
        <translation>无需显示器，把报表中心的一份报表写成 Excel 工作簿（.xlsx），供计划任务使用。

KIND 为以下之一：%1。
日期：yyyy-MM-dd、today、yesterday 或 today-N。日报、周报和月报只给 --from 时，分别覆盖当天、所在的周一至周日或所在月份；其他报表覆盖 --from 到 --to（不给 --to 则为一天）。
--out 中可以使用 {date}（今天）、{from}、{to} 和 {kind}，例如 \\server\share\daily-{from}.xlsx。</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>报表：%1。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>The first day.</source>
        <translation>第一天。</translation>
    </message>
    <message>
        <source>The last day (included).</source>
        <translation>最后一天（含）。</translation>
    </message>
    <message>
        <source>The workbook to write, ending in .xlsx.</source>
        <translation>要写入的工作簿，以 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>The language of the headers: zh_CN or en (default: en).</source>
        <translation>表头的语言：zh_CN 或 en（默认：en）。</translation>
    </message>
    <message>
        <source>Only the machine with this code.</source>
        <translation>只含该编码的设备。</translation>
    </message>
    <message>
        <source>Only the machines of this workshop.</source>
        <translation>只含该车间的设备。</translation>
    </message>
    <message>
        <source>The Chinese translation could not be loaded.</source>
        <translation>无法加载中文翻译。</translation>
    </message>
    <message>
        <source>--lang %1 is not known; use zh_CN or en.</source>
        <translation>--lang %1 无法识别；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Name the report: taktline report KIND, KIND one of %1.</source>
        <translation>请指定报表：taktline report KIND，KIND 为 %1 之一。</translation>
    </message>
    <message>
        <source>Name one report only; %1 is extra.</source>
        <translation>只能指定一份报表；%1 是多余的。</translation>
    </message>
    <message>
        <source>There is no report %1; use one of %2.</source>
        <translation>没有报表 %1；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Give --from, the report&apos;s first day (yyyy-MM-dd, today, yesterday or today-N).</source>
        <translation>请给出 --from，即报表的第一天（yyyy-MM-dd、today、yesterday 或 today-N）。</translation>
    </message>
    <message>
        <source>Give --out, the workbook to write (ending in .xlsx).</source>
        <translation>请给出 --out，即要写入的工作簿（以 .xlsx 结尾）。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; the period would be empty.</source>
        <translation>--from %1 晚于 --to %2，期间为空。</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3.</source>
        <translation>已写入 %1：%2，%3。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportPanel</name>
    <message>
        <source>Good</source>
        <translation>良品</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良品</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Defect reason</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报工</translation>
    </message>
    <message>
        <source>Next piece fails</source>
        <translation>下一件不合格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Clear the box with C and type the quantity again.</source>
        <translation>“%1”不是数字。请按 C 清空后重新输入数量。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportScope</name>
    <message>
        <source>find the report&apos;s machine</source>
        <translation>查找报表的设备</translation>
    </message>
    <message>
        <source>There is no machine with the code %1.</source>
        <translation>没有编码为 %1 的设备。</translation>
    </message>
    <message>
        <source>find the report&apos;s workshop</source>
        <translation>查找报表的车间</translation>
    </message>
    <message>
        <source>There is no workshop named %1: no machine belongs to it.</source>
        <translation>没有名为 %1 的车间：没有设备属于它。</translation>
    </message>
    <message>
        <source>Machine %1 only.</source>
        <translation>仅设备 %1。</translation>
    </message>
    <message>
        <source>Workshop %1 only.</source>
        <translation>仅车间 %1。</translation>
    </message>
    <message>
        <source>Counts the production reports of the period that stand: a voided report and the record voiding it never count.</source>
        <translation>统计本期有效的报工：已作废的报工及其作废记录一律不计。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportService</name>
    <message>
        <source>Daily production report</source>
        <translation>生产日报</translation>
    </message>
    <message>
        <source>Weekly production report</source>
        <translation>生产周报</translation>
    </message>
    <message>
        <source>Monthly production report</source>
        <translation>生产月报</translation>
    </message>
    <message>
        <source>Order progress</source>
        <translation>订单进度</translation>
    </message>
    <message>
        <source>Defect analysis</source>
        <translation>不良分析</translation>
    </message>
    <message>
        <source>Downtime analysis</source>
        <translation>停机分析</translation>
    </message>
    <message>
        <source>Piece-rate wages</source>
        <translation>计件工资</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>设备综合效率</translation>
    </message>
    <message>
        <source>Lot and serial genealogy</source>
        <translation>批次追溯</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Production report lines</source>
        <translation>报工明细</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>请选择报表的第一天和最后一天。</translation>
    </message>
    <message>
        <source>The period is reversed: the first day %1 is after the last day %2.</source>
        <translation>期间颠倒：第一天 %1 晚于最后一天 %2。</translation>
    </message>
    <message>
        <source>The period from %1 to %2 has %3 days; a report covers at most %4 days.</source>
        <translation>%1 至 %2 共 %3 天；一份报表最多覆盖 %4 天。</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>未知报表。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>质量报表</translation>
    </message>
    <message>
        <source>Subcontracting cost</source>
        <translation>外协费用</translation>
    </message>
    <message>
        <source>Capacity analysis</source>
        <translation>产能分析</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportSheetModel</name>
    <message>
        <source>Total: %1</source>
        <extracomment>The totals line under a report table; %1 lists &quot;header value&quot; pairs.</extracomment>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportSheetWriter</name>
    <message>
        <source>No data for this period.</source>
        <translation>本期间无数据。</translation>
    </message>
    <message>
        <source>The sheet %1 has more rows than an Excel sheet can hold (%2). Choose a shorter period.</source>
        <translation>工作表 %1 的行数超过了 Excel 工作表能容纳的上限（%2 行）。请选择较短的期间。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportWorkbookWriter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Could not add the sheet %1 to %2.</source>
        <translation>无法在 %2 中添加工作表 %1。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1 图表</translation>
    </message>
    <message>
        <source>Could not replace %1. If it is open in Excel, close it and export again.</source>
        <translation>无法替换 %1。如果该文件已在 Excel 中打开，请先关闭，再重新导出。</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportingService</name>
    <message>
        <source>The tolerance must be between 0 and 100 %.</source>
        <translation>允差必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The double-scan window must be between 0 and 3600 seconds.</source>
        <translation>重复扫码时间窗必须在 0 到 3600 秒之间。</translation>
    </message>
    <message>
        <source>The idle sign-out must be between 1 and 240 minutes.</source>
        <translation>闲置自动退出时间必须在 1 到 240 分钟之间。</translation>
    </message>
    <message>
        <source>Say why the report is voided: the reason is kept with it.</source>
        <translation>请说明作废原因：原因会随记录保存。</translation>
    </message>
    <message>
        <source>This is itself a correction and cannot be voided.</source>
        <translation>这本身是一条更正记录，不能作废。</translation>
    </message>
    <message>
        <source>This report is already voided.</source>
        <translation>该报工已作废。</translation>
    </message>
    <message>
        <source>No work order %1 exists in this factory.</source>
        <translation>本厂没有工单 %1。</translation>
    </message>
    <message>
        <source>Work order %1 has no operations yet: it is not released.</source>
        <translation>工单 %1 还没有工序：尚未下达。</translation>
    </message>
    <message>
        <source>Work order %1 has no step %2.</source>
        <translation>工单 %1 没有工序 %2。</translation>
    </message>
    <message>
        <source>This factory asks for the PIN after the badge: scan your badge and type your PIN, then report again.</source>
        <translation>本厂要求扫工牌后输入 PIN 码：请扫工牌并输入 PIN 码，然后重新报工。</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportsPage</name>
    <message>
        <source>Wages</source>
        <extracomment>The wage report (工资报表).</extracomment>
        <translation>工资报表</translation>
    </message>
    <message>
        <source>Piece rates</source>
        <extracomment>The rate table (工价表).</extracomment>
        <translation>工价表</translation>
    </message>
    <message>
        <source>Report centre</source>
        <extracomment>The report centre (报表中心): every report of the factory, shown and exported to Excel.</extracomment>
        <translation>报表中心</translation>
    </message>
</context>
<context>
    <name>Taktline::ReportsReviewDialog</name>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Production reports of %1</source>
        <translation>%1 的报工记录</translation>
    </message>
    <message>
        <source>Reports of %1</source>
        <translation>%1 的报工</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报工时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良品</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>工序：</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>全部工序</translation>
    </message>
    <message>
        <source>No production reports yet.</source>
        <translation>还没有报工记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 条报工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voided</source>
        <translation>
            <numerusform>%n 条已作废</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n 条待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Voided at %1: %2. It no longer counts for progress or wages.</source>
        <translation>于 %1 作废：%2。不再计入进度和工资。</translation>
    </message>
    <message>
        <source>Approved at %1.</source>
        <translation>于 %1 审核。</translation>
    </message>
    <message>
        <source>Counts for progress; pays wages once a supervisor approves it.</source>
        <translation>计入进度；班组长审核后计入工资。</translation>
    </message>
    <message>
        <source>Counts for progress and wages.</source>
        <translation>计入进度和工资。</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>已审核 %1</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <extracomment>A report that counts but still waits for the supervisor&apos;s approval (报工审核).</extracomment>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>Select one report to void it.</source>
        <translation>请选择一条报工进行作废。</translation>
    </message>
    <message>
        <source>This report is already voided.</source>
        <translation>该报工已作废。</translation>
    </message>
    <message>
        <source>Void this report with a reason: it stays in the history but no longer counts.</source>
        <translation>填写原因作废此报工：记录保留在历史中，但不再计数。</translation>
    </message>
    <message>
        <source>Select the reports to approve (Ctrl or Shift for several).</source>
        <translation>请选择要审核的报工（按 Ctrl 或 Shift 多选）。</translation>
    </message>
    <message>
        <source>The selected reports are already approved or voided.</source>
        <translation>所选报工已审核或已作废。</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n report(s) for wages.</source>
        <translation>
            <numerusform>审核 %n 条报工计入工资。</numerusform>
        </translation>
    </message>
    <message>
        <source>Void report</source>
        <translation>作废报工</translation>
    </message>
    <message>
        <source>%1 reported %2 good and %3 defective on %4 at %5.
The report stays in the history, marked void, and no longer counts for progress or wages.</source>
        <translation>%1 于 %5 在 %4 报工良品 %2、不良 %3。
该记录保留在历史中并标记为作废，不再计入进度和工资。</translation>
    </message>
    <message>
        <source>Why is this report wrong?</source>
        <translation>这条报工为什么有误？</translation>
    </message>
    <message>
        <source>Reported twice</source>
        <translation>重复报工</translation>
    </message>
    <message>
        <source>Wrong quantity</source>
        <translation>数量错误</translation>
    </message>
    <message>
        <source>Wrong operation</source>
        <translation>工序错误</translation>
    </message>
    <message>
        <source>Wrong operator</source>
        <translation>人员错误</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The report is voided: %1</source>
        <translation>报工已作废：%1</translation>
    </message>
    <message>
        <source>Nothing to approve: the selected reports are already approved or voided.</source>
        <translation>没有可审核的：所选报工已审核或已作废。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) approved.</source>
        <translation>
            <numerusform>已审核 %n 条报工。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the factory file in use with this backup?</source>
        <translation>用这个备份替换正在使用的工厂数据文件吗？</translation>
    </message>
    <message>
        <source>Nothing is lost: the file in use is first saved as a backup of kind “Before restore” in %1. Taktline then closes the file, restores the backup and opens it again; everyone signs in again. Work entered after the backup was taken is only in that saved copy.</source>
        <translation>不会丢失数据：正在使用的文件会先以“恢复前”备份保存到 %1。随后 Taktline 关闭该文件、恢复备份并重新打开，所有人需重新登录。备份之后录入的数据只保存在那份“恢复前”备份中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This backup is encrypted. Passphrase:</source>
        <translation>此备份已加密。密码短语：</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The file in use</source>
        <translation>正在使用的文件</translation>
    </message>
    <message>
        <source>Taken / last written:</source>
        <translation>备份 / 最后写入时间：</translation>
    </message>
    <message>
        <source>Work orders:</source>
        <translation>工单：</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>报工：</translation>
    </message>
    <message>
        <source>Last report:</source>
        <translation>最后一次报工：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Enter the passphrase this backup was encrypted with.</source>
        <translation>请输入加密此备份时使用的密码短语。</translation>
    </message>
</context>
<context>
    <name>Taktline::Role</name>
    <message>
        <source>Owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>计划员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>view the dashboard</source>
        <translation>查看看板</translation>
    </message>
    <message>
        <source>view work orders</source>
        <translation>查看工单</translation>
    </message>
    <message>
        <source>edit work orders</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>view machines</source>
        <translation>查看设备</translation>
    </message>
    <message>
        <source>report production</source>
        <translation>报工</translation>
    </message>
    <message>
        <source>correct production reports</source>
        <translation>更正报工记录</translation>
    </message>
    <message>
        <source>view traceability</source>
        <translation>查看追溯</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>view master data</source>
        <translation>查看主数据</translation>
    </message>
    <message>
        <source>edit master data</source>
        <translation>编辑主数据</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <source>receive, block and ship material</source>
        <translation>物料收货、冻结和发货</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>answer andon calls</source>
        <translation>响应安灯呼叫</translation>
    </message>
    <message>
        <source>record inspections</source>
        <translation>登记检验</translation>
    </message>
    <message>
        <source>dispose of nonconforming pieces</source>
        <translation>处理不合格品</translation>
    </message>
    <message>
        <source>approve concessions</source>
        <translation>审批让步接收</translation>
    </message>
</context>
<context>
    <name>Taktline::Routing</name>
    <message>
        <source>Operation %1 needs a name.</source>
        <translation>请为工序 %1 填写名称。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): the standard time must be greater than zero seconds per piece.</source>
        <translation>工序 %1（%2）：标准工时必须大于 0 秒/件。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): a standard time of more than seven days per piece is not plausible.</source>
        <translation>工序 %1（%2）：标准工时超过每件七天，数值不合理，请检查。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): the ideal cycle time must be greater than zero seconds per piece; leave it empty when it is not known.</source>
        <translation>工序 %1（%2）：理想节拍必须大于每件零秒；不知道时请留空。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): an ideal cycle time of more than a day per piece is not plausible.</source>
        <translation>工序 %1（%2）：每件理想节拍超过一天，不合理。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): the ideal cycle time (%3 s) is more than ten times the standard time (%4 s). The ideal time is the fastest the step can run; check the figure.</source>
        <translation>工序 %1（%2）：理想节拍（%3 秒）超过标准工时（%4 秒）的十倍。理想节拍是该工序最快能达到的节拍，请核对数值。</translation>
    </message>
    <message>
        <source>Operation %1 (%2) is outsourced: choose its supplier.</source>
        <translation>工序 %1（%2）为外协工序：请选择供应商。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): the subcontract price per piece must be zero or more.</source>
        <translation>工序 %1（%2）：外协单价（每件）不能为负数。</translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingEditor</name>
    <message>
        <source>Add operation</source>
        <translation>新增工序</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Choose a product to see its routing.</source>
        <translation>请选择产品以查看其工艺路线。</translation>
    </message>
    <message>
        <source>Routing of %1 %2</source>
        <translation>工艺路线：%1 %2</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>新工序</translation>
    </message>
    <message>
        <source>No steps yet. Add operation adds the first; a work order copies the steps when it is released.</source>
        <translation>还没有工序。点击“新增工序”添加第一道；工单下达时会复制这些工序。</translation>
    </message>
    <message>
        <source>Standard time: what wages and scheduling count with. Ideal cycle time: the fastest a piece can be made, for OEE&apos;s effectiveness; empty uses the standard time.</source>
        <translation>标准工时：计算工资和排产所用的时间。理想节拍：做一件最快所需的时间，用于设备综合效率的性能率；留空则使用标准工时。</translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingImport</name>
    <message>
        <source>Turning</source>
        <translation>车削</translation>
    </message>
    <message>
        <source>Steps are numbered 10, 20, 30 …: use a multiple of 10.</source>
        <translation>工序号按 10、20、30……编排：请填 10 的倍数。</translation>
    </message>
    <message>
        <source>The standard time must be greater than zero seconds per piece.</source>
        <translation>标准工时必须大于每件零秒。</translation>
    </message>
    <message>
        <source>The ideal cycle time must be greater than zero; leave it empty when it is not known.</source>
        <translation>理想节拍必须大于零；不知道时请留空。</translation>
    </message>
    <message>
        <source>An ideal cycle time of more than ten times the standard time is not plausible: the ideal time is the fastest the step can run.</source>
        <translation>理想节拍超过标准工时的十倍不合理：理想节拍是这道工序最快能达到的速度。</translation>
    </message>
    <message>
        <source>The same product and step are also on row %1.</source>
        <translation>第 %1 行也是同一产品和工序。</translation>
    </message>
    <message>
        <source>Step %1 needs a machine: give the code of the machine it runs on.</source>
        <translation>工序 %1 需要设备：请填写这道工序所用设备的编码。</translation>
    </message>
    <message>
        <source>%1 has no step %2 before step %3: steps go 10, 20, 30 … without gaps.</source>
        <translation>%1 在工序 %3 之前没有工序 %2：工序号按 10、20、30……连续编排，不能跳号。</translation>
    </message>
    <message>
        <source>Routing of %1: %2</source>
        <translation>%1 的工艺路线：%2</translation>
    </message>
    <message>
        <source>You may not change master data, so you cannot import routings. Ask the owner or a planner for the right to edit master data.</source>
        <translation>您无权修改基础数据，因此不能导入工艺路线。请向老板或计划员申请修改基础数据的权限。</translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingOperationsModel</name>
    <message>
        <source>Choose a product first.</source>
        <translation>请先选择产品。</translation>
    </message>
    <message>
        <source>Add operation %1</source>
        <translation>新增工序“%1”</translation>
    </message>
    <message>
        <source>Choose an operation first.</source>
        <translation>请先选择工序。</translation>
    </message>
    <message>
        <source>Remove operation %1</source>
        <translation>删除工序“%1”</translation>
    </message>
    <message>
        <source>The operation cannot move further.</source>
        <translation>该工序无法再移动。</translation>
    </message>
    <message>
        <source>Move operation %1</source>
        <translation>移动工序“%1”</translation>
    </message>
    <message>
        <source>(any machine)</source>
        <translation>（任意设备）</translation>
    </message>
    <message>
        <source>(unknown machine)</source>
        <translation>（未知设备）</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Default machine</source>
        <translation>默认设备</translation>
    </message>
    <message>
        <source>The standard time must be a number of seconds.</source>
        <translation>标准工时必须是以秒为单位的数字。</translation>
    </message>
    <message>
        <source>Edit operation %1</source>
        <translation>编辑工序“%1”</translation>
    </message>
    <message>
        <source>Standard time (s per piece)</source>
        <translation>标准工时（秒/件）</translation>
    </message>
    <message>
        <source>The fastest a piece can be made at this step, for OEE&apos;s effectiveness. Empty: the standard time stands in.</source>
        <translation>本工序做一件最快所需的时间，用于设备综合效率的性能率。留空：以标准工时代替。</translation>
    </message>
    <message>
        <source>What piece-rate wages and scheduling count with.</source>
        <translation>计件工资和排产所用的时间。</translation>
    </message>
    <message>
        <source>Ideal cycle time (s per piece)</source>
        <translation>理想节拍（秒/件）</translation>
    </message>
    <message>
        <source>The ideal cycle time must be a number of seconds, or empty.</source>
        <translation>理想节拍必须是秒数，或留空。</translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation>（未选外协厂）</translation>
    </message>
    <message>
        <source>(unknown supplier)</source>
        <translation>（未知外协厂）</translation>
    </message>
    <message>
        <source>Done outside by a supplier (外协): sent and received on the Subcontracting tab, planned with the supplier&apos;s lead time.</source>
        <translation>由外协厂加工（外协）：在“外协”页发外和回厂，按外协厂的交货周期排产。</translation>
    </message>
    <message>
        <source>Subcontracted</source>
        <translation>外协</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>外协厂</translation>
    </message>
    <message>
        <source>Price per piece</source>
        <translation>外协单价</translation>
    </message>
    <message>
        <source>The price per piece must be a number, 0 or more.</source>
        <translation>外协单价必须是大于或等于 0 的数字。</translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingRepository</name>
    <message>
        <source>read the routing</source>
        <translation>读取工艺路线</translation>
    </message>
    <message>
        <source>save the routing</source>
        <translation>保存工艺路线</translation>
    </message>
    <message>
        <source>count routings</source>
        <translation>统计工艺路线数量</translation>
    </message>
    <message>
        <source>read the supplier</source>
        <translation>读取供应商</translation>
    </message>
</context>
<context>
    <name>Taktline::RoutingService</name>
    <message>
        <source>Operation “%1”: the chosen machine does not exist. Choose a machine from the list.</source>
        <translation>工序“%1”：所选设备不存在。请从列表中选择设备。</translation>
    </message>
    <message>
        <source>Operation “%1”: machine %2 is deactivated. Choose an active machine.</source>
        <translation>工序“%1”：设备 %2 已停用。请选择在用的设备。</translation>
    </message>
    <message>
        <source>Operation “%1”: the chosen supplier does not exist or is deactivated. Choose a supplier from the list.</source>
        <translation>工序“%1”：所选供应商不存在或已停用。请从列表中选择供应商。</translation>
    </message>
</context>
<context>
    <name>Taktline::RushInsertCommand</name>
    <message>
        <source>Insert rush order %1</source>
        <translation>插单 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::RushOrderDialog</name>
    <message>
        <source>Insert rush order</source>
        <translation>插单</translation>
    </message>
    <message>
        <source>A rush order goes to the front of the queue on every machine its operations use. Check what that does to the other orders before you insert it.</source>
        <translation>插单会排到其工序所用每台设备队列的最前面。插单前请先查看对其他工单的影响。</translation>
    </message>
    <message>
        <source>WO No., lot or sales order…</source>
        <translation>工单号、批次号或销售订单…</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Planned end before</source>
        <translation>原计划完工</translation>
    </message>
    <message>
        <source>Planned end after</source>
        <translation>插单后计划完工</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1  ·  %2 %3  ·  qty %4  ·  due %5</source>
        <translation>%1  ·  %2 %3  ·  数量 %4  ·  交期 %5</translation>
    </message>
    <message>
        <source>No released or running work order matches.</source>
        <translation>没有匹配的已下达或生产中的工单。</translation>
    </message>
    <message>
        <source>Choose the work order to rush.</source>
        <translation>请选择要插单的工单。</translation>
    </message>
    <message>
        <source>Planned end of %1: %2 → %3</source>
        <translation>%1 计划完工：%2 → %3</translation>
    </message>
    <message>
        <source>No other work order becomes late.</source>
        <translation>不会使其他工单延期。</translation>
    </message>
    <message numerus="yes">
        <source>%n other work order(s) become late:</source>
        <translation>
            <numerusform>%n 个其他工单将延期：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) already late finish later still.</source>
        <translation>
            <numerusform>%n 个已延期的工单将更晚完工。</numerusform>
        </translation>
    </message>
    <message>
        <source>Becomes late</source>
        <translation>将延期</translation>
    </message>
    <message>
        <source>Already late, later still</source>
        <translation>已延期，更晚完工</translation>
    </message>
</context>
<context>
    <name>Taktline::SamplingCommand</name>
    <message>
        <source>Lot of %1 pieces, inspection level %2, AQL %3, %4</source>
        <translation>批量 %1，检验水平 %2，AQL %3，%4</translation>
    </message>
    <message>
        <source>Code letter: %1</source>
        <translation>样本量字码：%1</translation>
    </message>
    <message>
        <source>The arrow of the table leads to the plan of code letter %1.</source>
        <translation>按表中箭头，使用样本量字码 %1 的抽样方案。</translation>
    </message>
    <message>
        <source>Sample size: %1</source>
        <translation>样本量：%1</translation>
    </message>
    <message>
        <source>Inspect every piece: the plan&apos;s sample is not smaller than the lot.</source>
        <translation>全数检验：方案的样本量不小于批量。</translation>
    </message>
    <message>
        <source>Accept (Ac): %1 nonconforming or fewer</source>
        <translation>接收数 Ac：不合格品不超过 %1 个时接收</translation>
    </message>
    <message>
        <source>Reject (Re): %1 nonconforming or more</source>
        <translation>拒收数 Re：不合格品达到 %1 个时拒收</translation>
    </message>
    <message>
        <source>Prints the single sampling plan of GB/T 2828.1 (ISO 2859-1) for a lot: the sample size code letter, the sample size and the acceptance and rejection numbers.</source>
        <translation>输出一批产品按 GB/T 2828.1（ISO 2859-1）的一次抽样方案：样本量字码、样本量、接收数和拒收数。</translation>
    </message>
    <message>
        <source>The number of pieces in the lot (2 or more).</source>
        <translation>批量，即一批的件数（至少 2）。</translation>
    </message>
    <message>
        <source>The inspection level: S-1, S-2, S-3, S-4, I, II or III (default II).</source>
        <translation>检验水平：S-1、S-2、S-3、S-4、I、II 或 III（默认 II）。</translation>
    </message>
    <message>
        <source>The AQL, one of the preferred values 0.010 … 1000.</source>
        <translation>接收质量限 AQL，取优先值 0.010 … 1000 之一。</translation>
    </message>
    <message>
        <source>normal (default), tightened or reduced inspection.</source>
        <translation>normal（正常检验，默认）、tightened（加严检验）或 reduced（放宽检验）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>zh_CN or en (default en).</source>
        <translation>zh_CN 或 en（默认 en）。</translation>
    </message>
    <message>
        <source>--lang %1 is not known; use zh_CN or en.</source>
        <translation>--lang %1 无法识别；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Give the lot with --lot-size N and the AQL with --aql, for example --lot-size 1000 --aql 1.0.</source>
        <translation>请用 --lot-size N 给出批量，用 --aql 给出 AQL，例如 --lot-size 1000 --aql 1.0。</translation>
    </message>
    <message>
        <source>--lot-size %1 is not a whole number of pieces.</source>
        <translation>--lot-size %1 不是整数件数。</translation>
    </message>
    <message>
        <source>--severity %1 is not known; use normal, tightened or reduced.</source>
        <translation>--severity %1 无法识别；请使用 normal、tightened 或 reduced。</translation>
    </message>
    <message>
        <source>--aql %1 is not a number; write it as the standard does, for example 0.65, 1.0 or 2.5.</source>
        <translation>--aql %1 不是数字；请按标准的写法，例如 0.65、1.0 或 2.5。</translation>
    </message>
</context>
<context>
    <name>Taktline::SaveFileDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV（用于 Excel） (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>Taktline::ScheduleRepository</name>
    <message>
        <source>read the machine queues</source>
        <translation>读取设备队列</translation>
    </message>
    <message>
        <source>read the machines</source>
        <translation>读取设备</translation>
    </message>
    <message>
        <source>save the plan</source>
        <translation>保存排产</translation>
    </message>
    <message>
        <source>move the operation</source>
        <translation>移动工序</translation>
    </message>
    <message>
        <source>The operation no longer exists; it may have been removed in another window.</source>
        <translation>该工序已不存在，可能已在其他窗口中删除。</translation>
    </message>
</context>
<context>
    <name>Taktline::ScheduleService</name>
    <message>
        <source>%1 It was not changed. To replace it, choose &quot;Replace the calendar&quot; in Settings.</source>
        <translation>%1已保存的日历未被更改。如需替换，请在“设置”中选择“替换日历”。</translation>
    </message>
</context>
<context>
    <name>Taktline::ScheduleText</name>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Not planned: machine deactivated</source>
        <translation>未排产：设备已停用</translation>
    </message>
    <message>
        <source>Not planned: no machine assigned</source>
        <translation>未排产：未指定设备</translation>
    </message>
    <message>
        <source>Not planned: work order on hold</source>
        <translation>未排产：工单已暂停</translation>
    </message>
    <message>
        <source>Not planned: waiting for an earlier step</source>
        <translation>未排产：等待前道工序</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>延期 %1</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Qty: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>交期：%1</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
</context>
<context>
    <name>Taktline::ScreenshotCommand</name>
    <message>
        <source>Unknown role %1.</source>
        <translation>未知角色 %1。</translation>
    </message>
    <message>
        <source>No active user has the role %1.</source>
        <translation>没有角色为 %1 的在用账号。</translation>
    </message>
    <message>
        <source>The page.</source>
        <translation>页面。</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>zh_CN or en (default en).</source>
        <translation>zh_CN 或 en（默认 en）。</translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation>窗口尺寸（默认 1280x800）。</translation>
    </message>
    <message>
        <source>Database (default: a fresh demo factory).</source>
        <translation>数据库（默认：新建的演示工厂）。</translation>
    </message>
    <message>
        <source>Usage: taktline screenshot PAGE --out FILE.png</source>
        <translation>用法：taktline screenshot PAGE --out FILE.png</translation>
    </message>
    <message>
        <source>Unknown page %1.</source>
        <translation>未知页面 %1。</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, such as 1280x800.</source>
        <translation>--size 的格式为 宽x高，例如 1280x800。</translation>
    </message>
    <message>
        <source>A factory just set up, with one machine, instead of the demo.</source>
        <translation>使用一个刚完成设置、只有一台设备的工厂，而不是演示工厂。</translation>
    </message>
    <message>
        <source>This database is a real factory, not the demo: give --user and --password of an account to render its pages as that person sees them.</source>
        <translation>该数据库是真实工厂，不是演示工厂：请给出某个账号的 --user 和 --password，按该账号看到的样子渲染页面。</translation>
    </message>
    <message>
        <source>%1 does not have the role %2.</source>
        <translation>%1 不是 %2 角色。</translation>
    </message>
    <message>
        <source>Sign in with this role (default owner); without --user only for the demo.</source>
        <translation>以该角色登录（默认 owner）；不带 --user 时仅限演示工厂。</translation>
    </message>
    <message>
        <source>Sign in as this user; a real factory&apos;s file needs it, with --password.</source>
        <translation>以该用户登录；真实工厂的文件必须给出它及 --password。</translation>
    </message>
    <message>
        <source>The password of --user (or set TAKTLINE_PASSWORD).</source>
        <translation>--user 的密码（或设置环境变量 TAKTLINE_PASSWORD）。</translation>
    </message>
    <message>
        <source>setup and --new-factory render a new factory of their own; leave out --db.</source>
        <translation>setup 和 --new-factory 使用自己新建的工厂；请去掉 --db。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Renders a page offscreen and saves it as PNG. PAGE is one of dashboard, workorders, machines, station[/pin|/first-article], traceability, quality[/due|/inspections|/nc|/spc|/plans], reports[/centre|/wages|/rates], masterdata[/TAB], import (the import dialog with a dry run), settings[/audit|/backup], sync, conflicts, login, setup (a new file&apos;s set-up), board[/hourly|/orders|/andon] (the wall board, nobody signed in).</source>
        <translation>离屏渲染一个页面并保存为 PNG。PAGE 为以下之一：dashboard、workorders、machines、station[/pin|/first-article]、traceability、quality[/due|/inspections|/nc|/spc|/plans]、reports[/centre|/wages|/rates]、masterdata[/TAB]、import（带预检查的导入对话框）、settings[/audit|/backup]、sync、conflicts、login、setup（新文件的初始设置）、board[/hourly|/orders|/andon]（车间看板，无人登录）。</translation>
    </message>
</context>
<context>
    <name>Taktline::SerialGenealogy</name>
    <message>
        <source>, fitted by %1</source>
        <translation>，由 %1 装配</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Step %1 %2 %3 by %4</source>
        <translation>工序 %1 %2 %3，%4</translation>
    </message>
    <message>
        <source>Step %1 %2 %3 by %4 on %5</source>
        <translation>工序 %1 %2 %3，%4，设备 %5</translation>
    </message>
    <message>
        <source>Lot %1 of %2 %3 fed to the work order at step %4: %5</source>
        <translation>批次 %1（%2 %3）在工序 %4 投入工单：%5</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>，供应商 %1</translation>
    </message>
    <message>
        <source> (supplier lot %1)</source>
        <translation>（供应商批次 %1）</translation>
    </message>
    <message>
        <source>Work order %1: %2 %3 (%4)</source>
        <translation>工单 %1：%2 %3（%4）</translation>
    </message>
</context>
<context>
    <name>Taktline::SerialLabels</name>
    <message>
        <source>Generate serial numbers first: there are no labels to make.</source>
        <translation>请先生成序列号：还没有可打印的标签。</translation>
    </message>
    <message>
        <source>Serial number %1 cannot be printed as a barcode.</source>
        <translation>序列号 %1 无法打印为条码。</translation>
    </message>
</context>
<context>
    <name>Taktline::SerialMovesLine</name>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>Moves: %1. Now at %2.</source>
        <translation>移库记录：%1。当前位置：%2。</translation>
    </message>
</context>
<context>
    <name>Taktline::SerialPattern</name>
    <message>
        <source>Enter a serial number pattern, for example {WO}-{seq:4}.</source>
        <translation>请输入序列号规则，例如 {WO}-{seq:4}。</translation>
    </message>
    <message>
        <source>The pattern has an unknown placeholder %1: use {WO}, {yyMMdd} and {seq:N}.</source>
        <translation>规则中有未知的占位符 %1：请使用 {WO}、{yyMMdd} 和 {seq:N}。</translation>
    </message>
    <message>
        <source>The pattern %1 has no {seq:N}: every serial number needs its own piece number, for example {WO}-{seq:5}.</source>
        <translation>规则 %1 中没有 {seq:N}：每个序列号都需要自己的流水号，例如 {WO}-{seq:5}。</translation>
    </message>
    <message>
        <source>Generate between 1 and %1 serial numbers at a time, not %2.</source>
        <translation>每次生成 1 到 %1 个序列号，而不是 %2 个。</translation>
    </message>
    <message>
        <source>The pattern %1 has no room for %2 more serial numbers after the %3 this work order has: give {seq:N} more digits.</source>
        <translation>规则 %1 在本工单已有的 %3 个之后放不下 %2 个序列号：请增加 {seq:N} 的位数。</translation>
    </message>
    <message>
        <source>Serial number %1 cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation>序列号 %1 无法打印为条码：只能使用字母、数字和短横线。</translation>
    </message>
</context>
<context>
    <name>Taktline::SerialRepository</name>
    <message>
        <source>read the serial number</source>
        <translation>读取序列号</translation>
    </message>
    <message>
        <source>count the serial numbers of the work order</source>
        <translation>统计工单的序列号</translation>
    </message>
    <message>
        <source>save the serial numbers</source>
        <translation>保存序列号</translation>
    </message>
    <message>
        <source>Serial number %1 already exists: a serial number is never used twice.</source>
        <translation>序列号 %1 已存在：序列号不能重复使用。</translation>
    </message>
    <message>
        <source>save the step of the serial number</source>
        <translation>保存序列号的工序记录</translation>
    </message>
    <message>
        <source>save the component of the serial number</source>
        <translation>保存序列号的组件</translation>
    </message>
    <message>
        <source>read the work order</source>
        <translation>读取工单</translation>
    </message>
    <message>
        <source>read the steps of the serial number</source>
        <translation>读取序列号的工序记录</translation>
    </message>
    <message>
        <source>read the components of the serial number</source>
        <translation>读取序列号的组件</translation>
    </message>
</context>
<context>
    <name>Taktline::SerialService</name>
    <message>
        <source>Serial %1: %2 %3 of work order %4</source>
        <translation>序列号 %1：工单 %4 的 %2 %3</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <source>, %1 fitted into it by %2</source>
        <translation>，由 %2 装入 %1</translation>
    </message>
    <message>
        <source>Scan or type a serial number.</source>
        <translation>请扫描或输入序列号。</translation>
    </message>
    <message>
        <source>No serial number %1 exists in this factory.</source>
        <translation>本厂没有序列号 %1。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: serial numbers are made and recorded only while it is released or in production.</source>
        <translation>工单 %1 状态为“%2”：只有已下达或生产中的工单才能生成和记录序列号。</translation>
    </message>
    <message>
        <source>Serial numbers cannot be made: the work order does not exist.</source>
        <translation>无法生成序列号：工单不存在。</translation>
    </message>
    <message>
        <source>The step of serial number %1 cannot be recorded: the operation does not exist.</source>
        <translation>无法记录序列号 %1 的工序：工序不存在。</translation>
    </message>
    <message>
        <source>Serial number %1 belongs to work order %2; step %3 is of work order %4.</source>
        <translation>序列号 %1 属于工单 %2；工序 %3 属于工单 %4。</translation>
    </message>
    <message>
        <source>Scan your badge first: the step of serial number %1 needs the operator.</source>
        <translation>请先扫工牌：记录序列号 %1 的工序需要操作员。</translation>
    </message>
    <message>
        <source>The step of serial number %1 cannot be recorded: the machine does not exist.</source>
        <translation>无法记录序列号 %1 的工序：设备不存在。</translation>
    </message>
    <message>
        <source>Serial number %1 cannot be fitted into itself: scan the component.</source>
        <translation>序列号 %1 不能装入自身：请扫组件。</translation>
    </message>
    <message>
        <source>Scan your badge first: fitting %1 into %2 needs the operator.</source>
        <translation>请先扫工牌：把 %1 装入 %2 需要操作员。</translation>
    </message>
    <message>
        <source>Serial number %1 is already fitted into %2: a component goes into one parent only.</source>
        <translation>序列号 %1 已装入 %2：一个组件只能装入一个上级。</translation>
    </message>
    <message>
        <source>Serial number %1 cannot go into %2: %2 is already inside %1.</source>
        <translation>序列号 %1 不能装入 %2：%2 已在 %1 之中。</translation>
    </message>
</context>
<context>
    <name>Taktline::SerialsBar</name>
    <message>
        <source>Serial numbers…</source>
        <translation>序列号…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln serial number(s)</source>
        <translation>
            <numerusform>%Ln 个序列号</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate serial numbers for the pieces of this order from a pattern, and print their labels.</source>
        <translation>按规则为本工单的产品生成序列号，并打印标签。</translation>
    </message>
</context>
<context>
    <name>Taktline::SerialsDialog</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Save labels as PDF…</source>
        <translation>标签保存为PDF…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>{WO} the work order number · {yyMMdd} today&apos;s date · {seq:4} the piece number with 4 digits</source>
        <translation>{WO} 工单号 · {yyMMdd} 当天日期 · {seq:4} 4 位件号</translation>
    </message>
    <message>
        <source>Serial numbers so far:</source>
        <translation>已有序列号：</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Will make:</source>
        <translation>将生成：</translation>
    </message>
    <message>
        <source>The labels of the serial numbers you generate here can then be saved or printed: one 50×30 mm QR label each.</source>
        <translation>在此生成的序列号可随后保存或打印标签：每个序列号一张 50×30 mm 二维码标签。</translation>
    </message>
    <message>
        <source>Serial numbers are generated while a work order is released or in production; %1 is %2.</source>
        <translation>工单已下达或生产中时才能生成序列号；%1 当前为%2。</translation>
    </message>
    <message>
        <source>Serial numbers of %1</source>
        <translation>%1 的序列号</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 planned</source>
        <translation>%1 · %2 · 计划 %3</translation>
    </message>
    <message numerus="yes">
        <source>Generated %Ln serial number(s): %1.</source>
        <translation>
            <numerusform>已生成 %Ln 个序列号：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or print their labels below.</source>
        <translation>可在下方保存或打印其标签。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln label(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 张标签保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>serial-labels-%1</source>
        <translation>序列号标签-%1</translation>
    </message>
    <message>
        <source>Save serial number labels as PDF</source>
        <translation>序列号标签保存为PDF</translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s) sent to the printer.</source>
        <translation>
            <numerusform>已将 %Ln 张标签发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial number labels %1</source>
        <translation>序列号标签 %1</translation>
    </message>
    <message>
        <source>the labels of %1</source>
        <translation> %1 的标签</translation>
    </message>
</context>
<context>
    <name>Taktline::SetMasterActiveCommand</name>
    <message>
        <source>Activate %1 %2</source>
        <translation>启用%1 %2</translation>
    </message>
    <message>
        <source>Deactivate %1 %2</source>
        <translation>停用%1 %2</translation>
    </message>
</context>
<context>
    <name>Taktline::SettingsPage</name>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Factory name:</source>
        <translation>工厂名称：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>The factory name is saved.</source>
        <translation>工厂名称已保存。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Takes effect at once, for you on this computer.</source>
        <translation>立即生效，仅对本电脑上的您有效。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>Taktline::SetupChecklist</name>
    <message>
        <source>Add your machines</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Add your products</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Give each product its routing</source>
        <translation>为每个产品设置工艺路线</translation>
    </message>
    <message>
        <source>Add your employees</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Print their badges</source>
        <translation>打印工牌</translation>
    </message>
    <message>
        <source>Make your first work order</source>
        <translation>创建第一张工单</translation>
    </message>
    <message>
        <source>Every machine or work place that reports production, with its code.</source>
        <translation>每台报工的设备或工位，及其编号。</translation>
    </message>
    <message>
        <source>The parts you make, with their part numbers.</source>
        <translation>您生产的零件，及其料号。</translation>
    </message>
    <message>
        <source>The steps a product goes through, on which machine and in how long.</source>
        <translation>产品要经过的工序：在哪台设备上、需要多长时间。</translation>
    </message>
    <message>
        <source>The people who report at the station, each with a badge number.</source>
        <translation>在工位报工的人员，每人一个工号。</translation>
    </message>
    <message>
        <source>Operators sign in at the station by scanning their badge: Print badges… on the Employees list.</source>
        <translation>操作员在工位扫工牌登录：在员工列表中点击“打印工牌…”。</translation>
    </message>
    <message>
        <source>Plan a quantity of a product, release it and print its traveller.</source>
        <translation>计划某个产品的数量，下达工单并打印流转卡。</translation>
    </message>
    <message>
        <source>Back up to a second drive</source>
        <translation>备份到另一块磁盘</translation>
    </message>
    <message>
        <source>The owner chooses a USB drive or a network share under Settings ▸ Backup and backs up once; from then on Taktline backs up every day.</source>
        <translation>由老板在“设置 ▸ 备份”中选择 U 盘或网络共享文件夹并备份一次；此后 Taktline 每天自动备份。</translation>
    </message>
</context>
<context>
    <name>Taktline::SetupChecklistPage</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Your factory is set up</source>
        <translation>您的工厂已设置完成</translation>
    </message>
    <message>
        <source>Getting started: %1 of %2 done</source>
        <translation>开始使用：已完成 %1/%2 项</translation>
    </message>
</context>
<context>
    <name>Taktline::SheetReader</name>
    <message>
        <source>The file %1 does not exist. Check its name and folder, then choose it again.</source>
        <translation>文件 %1 不存在。请检查文件名和所在文件夹，然后重新选择。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>%1 是文件夹，不是文件。请选择 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Close it in Excel or WPS if it is open there, check that you may read it, then try again.</source>
        <translation>无法读取文件 %1。如果它在 Excel 或 WPS 中打开，请先关闭，并确认您有权读取该文件，然后重试。</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Excel workbook. Open it in Excel or WPS, save it as Excel Workbook (.xlsx), then import that file.</source>
        <translation>文件 %1 已损坏或不是 Excel 工作簿。请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（.xlsx）”，然后导入另存的文件。</translation>
    </message>
    <message>
        <source>The file %1 is empty. Choose the workbook that holds the data.</source>
        <translation>文件 %1 是空的。请选择包含数据的工作簿。</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel 97–2003 workbook (.xls), which cannot be read. Open it in Excel or WPS and save it as Excel Workbook (.xlsx), then import that file.</source>
        <translation>文件 %1 是旧版 Excel 97–2003 工作簿（.xls），无法读取。请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（.xlsx）”，然后导入另存的文件。</translation>
    </message>
    <message>
        <source>The file %1 is protected by a password. Open it in Excel or WPS, remove the password, save it, then import it again.</source>
        <translation>文件 %1 设有密码保护。请在 Excel 或 WPS 中打开它，取消密码并保存，然后重新导入。</translation>
    </message>
    <message>
        <source>The file %1: %2</source>
        <translation>文件 %1：%2</translation>
    </message>
    <message>
        <source>The text is not UTF-8, and this computer cannot read Chinese GBK text. Save the file as &quot;CSV UTF-8&quot; in Excel or WPS, then import it again.</source>
        <translation>文本不是 UTF-8 编码，而本机无法读取 GBK 编码的中文文本。请在 Excel 或 WPS 中将文件另存为“CSV UTF-8”，然后重新导入。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Excel workbook.</source>
        <translation>文件 %1 已损坏或不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The workbook %1 has no part %2.</source>
        <translation>工作簿 %1 中没有部件 %2。</translation>
    </message>
    <message>
        <source>The sheet %1 in the file %2 holds more than %3 cells, more than can be imported at once. Split it into smaller files, then import them one by one.</source>
        <translation>文件 %2 中的工作表 %1 超过 %3 个单元格，无法一次导入。请将其拆分为几个较小的文件，然后逐个导入。</translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentDialog</name>
    <message>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <source>Who receives the goods</source>
        <translation>收货客户</translation>
    </message>
    <message>
        <source>The customer&apos;s order or contract number</source>
        <translation>客户订单号或合同号</translation>
    </message>
    <message>
        <source>Carrier, waybill, vehicle…</source>
        <translation>承运商、运单号、车辆…</translation>
    </message>
    <message>
        <source>Scan or type WO:…, a production lot or SN:…</source>
        <translation>扫描或输入 WO:…、生产批次或 SN:…</translation>
    </message>
    <message>
        <source>How many pieces of the work order or lot; a serial is one piece</source>
        <translation>该工单或批次的发货件数；一个序列号为一件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Customer *:</source>
        <translation>客户 *：</translation>
    </message>
    <message>
        <source>Customer order:</source>
        <translation>客户订单：</translation>
    </message>
    <message>
        <source>Shipped on *:</source>
        <translation>发货日期 *：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Qty:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>%1 of work order %2 added.</source>
        <translation>已添加工单 %2，数量 %1。</translation>
    </message>
    <message>
        <source>Serial number %1 added.</source>
        <translation>已添加序列号 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1 pieces</source>
        <translation>
            <numerusform>%n 行，共 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentLineCheck</name>
    <message>
        <source>%1 is a material lot: only what this factory made can be shipped. Scan the work order, production lot or serial number.</source>
        <translation>%1 是物料批次：只能发本厂生产的产品。请扫工单、生产批次或序列号。</translation>
    </message>
    <message>
        <source>Production lot %1 belongs to %2 work orders (%3): ship each by its work order number.</source>
        <translation>生产批次 %1 属于 %2 个工单（%3）：请按工单号分别发货。</translation>
    </message>
    <message>
        <source>A line has no code: scan or type a work order, production lot or serial number.</source>
        <translation>有一行没有代码：请扫描或输入工单号、生产批次或序列号。</translation>
    </message>
    <message>
        <source>%1 is a shipment, not goods: scan a work order, production lot or serial number.</source>
        <translation>%1 是发货单，不是货物：请扫工单、生产批次或序列号。</translation>
    </message>
    <message>
        <source>No work order or production lot %1 exists in this factory.</source>
        <translation>本厂没有工单或生产批次 %1。</translation>
    </message>
    <message>
        <source>No serial number %1 exists in this factory.</source>
        <translation>本厂没有序列号 %1。</translation>
    </message>
    <message>
        <source>%1 (%2) is not something that can be shipped: scan a work order, production lot or serial number.</source>
        <translation>%1（%2）不能发货：请扫工单、生产批次或序列号。</translation>
    </message>
    <message>
        <source>No work order, production lot or serial number %1 exists in this factory.</source>
        <translation>本厂没有工单、生产批次或序列号 %1。</translation>
    </message>
    <message>
        <source>Serial number %1 cannot be shipped: its work order does not exist.</source>
        <translation>序列号 %1 不能发货：其工单不存在。</translation>
    </message>
    <message>
        <source>Serial number %1 is one piece: ship it with quantity 1, not %2.</source>
        <translation>序列号 %1 只有一件：发货数量应为 1，而不是 %2。</translation>
    </message>
    <message>
        <source>Enter how many pieces of work order %1 to ship: a number greater than zero.</source>
        <translation>请输入工单 %1 的发货件数：大于零的数字。</translation>
    </message>
    <message>
        <source>Work order %1 is tracked by serial number: scan the serial numbers of the pieces you ship instead of the work order.</source>
        <translation>工单 %1 按序列号管理：请扫所发产品的序列号，而不是工单。</translation>
    </message>
    <message>
        <source>Serial number %1 was shipped already on %2 to %3 (shipment %4): a serial ships once.</source>
        <translation>序列号 %1 已于 %2 发给 %3（发货单 %4）：每个序列号只能发货一次。</translation>
    </message>
    <message>
        <source>Serial number %1 is fitted into %2: ship %3, the finished unit it is part of.</source>
        <translation>序列号 %1 已装入 %2：请发它所属的成品 %3。</translation>
    </message>
    <message>
        <source>Serial number %1 failed step %2 %3 when it was last recorded: it cannot be shipped until it passes.</source>
        <translation>序列号 %1 最近一次记录为工序 %2 %3 不合格：合格前不能发货。</translation>
    </message>
    <message>
        <source>Serial number %1 is in this shipment twice.</source>
        <translation>序列号 %1 在本发货单中重复出现。</translation>
    </message>
    <message>
        <source>Nothing of work order %1 is in finished goods: receive its finished pieces before shipping %2.</source>
        <translation>工单 %1 没有成品库存：请先成品入库，再发货 %2。</translation>
    </message>
    <message>
        <source>Work order %1 has %2 in finished goods (%3 received, %4 shipped): %5 cannot be shipped.</source>
        <translation>工单 %1 的成品库存为 %2（已入库 %3，已发货 %4）：不能发货 %5。</translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentRepository</name>
    <message>
        <source>read the shipment</source>
        <translation>读取发货单</translation>
    </message>
    <message>
        <source>read the shipment lines</source>
        <translation>读取发货明细</translation>
    </message>
    <message>
        <source>read the shipments</source>
        <translation>读取发货记录</translation>
    </message>
    <message>
        <source>read the shipments of the work order</source>
        <translation>读取工单的发货记录</translation>
    </message>
    <message>
        <source>read the shipment of the serial number</source>
        <translation>读取序列号的发货记录</translation>
    </message>
    <message>
        <source>number the shipment</source>
        <translation>生成发货单号</translation>
    </message>
    <message>
        <source>Shipment number %1 is already used by another shipment.</source>
        <translation>发货单号 %1 已被其他发货单使用。</translation>
    </message>
    <message>
        <source>save the shipment</source>
        <translation>保存发货单</translation>
    </message>
    <message>
        <source>save the shipment lines</source>
        <translation>保存发货明细</translation>
    </message>
    <message>
        <source>Serial number %1 is already shipped: a serial ships once.</source>
        <translation>序列号 %1 已发货：每个序列号只能发货一次。</translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentService</name>
    <message>
        <source>Finished goods cannot be received: the work order does not exist.</source>
        <translation>无法成品入库：工单不存在。</translation>
    </message>
    <message>
        <source>Work order %1 has not started production (%2): nothing of it can be received into finished goods yet.</source>
        <translation>工单 %1 尚未开始生产（%2）：还不能成品入库。</translation>
    </message>
    <message>
        <source>Enter how many finished pieces of work order %1 are received: a number greater than zero.</source>
        <translation>请输入工单 %1 的成品入库件数：大于零的数字。</translation>
    </message>
    <message>
        <source>The employee who received work order %1 does not exist.</source>
        <translation>工单 %1 的入库人不存在。</translation>
    </message>
    <message>
        <source>The last step of work order %1 (%2 %3) has made %4 good pieces and %5 are received already: at most %6 more can be received, not %7.</source>
        <translation>工单 %1 的末道工序（%2 %3）已产出良品 %4 件，已入库 %5 件：最多还能入库 %6 件，而不是 %7 件。</translation>
    </message>
    <message>
        <source>Enter the customer the goods are shipped to.</source>
        <translation>请输入收货客户。</translation>
    </message>
    <message>
        <source>Add at least one line: scan or type a work order, production lot or serial number to ship.</source>
        <translation>请至少添加一行：扫描或输入要发货的工单号、生产批次或序列号。</translation>
    </message>
    <message>
        <source>The goods cannot have left on %1: that day is still to come. A shipment is recorded when it leaves.</source>
        <translation>货物不可能在 %1 发出：该日期还没到。发货应在货物发出时登记。</translation>
    </message>
    <message>
        <source>Scan or type a shipment number.</source>
        <translation>请扫描或输入发货单号。</translation>
    </message>
    <message>
        <source>No shipment %1 exists in this factory.</source>
        <translation>本厂没有发货单 %1。</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the shipments to list.</source>
        <translation>请选择要列出的发货记录的起始日期和结束日期。</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>结束日期（%1）早于起始日期（%2）。</translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentsPanel</name>
    <message>
        <source>Shipment No.</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer order</source>
        <translation>客户订单</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Receive finished goods…</source>
        <translation>成品入库…</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>新建发货单…</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追溯</translation>
    </message>
    <message>
        <source>Trace the shipment back to its work orders, serials and lots</source>
        <translation>反向追溯发货单到其工单、序列号和批次</translation>
    </message>
    <message>
        <source>Shipped from:</source>
        <translation>发货日期从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Select a shipment to see its lines.</source>
        <translation>请选择发货单以查看其明细。</translation>
    </message>
    <message>
        <source>Lines of shipment %1</source>
        <translation>发货单 %1 的明细</translation>
    </message>
    <message>
        <source>Receiving and shipping goods needs the right to receive, block and ship material.</source>
        <translation>成品入库和发货需要“物料收货、冻结和发货”权限。</translation>
    </message>
    <message>
        <source>Shipment %1 to %2 is saved.</source>
        <translation>发往 %2 的发货单 %1 已保存。</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>No shipments in these days. New shipment… records one from the finished goods received.</source>
        <translation>这段日期内没有发货。点击“新建发货单…”，从已入库的成品中登记一次发货。</translation>
    </message>
</context>
<context>
    <name>Taktline::ShipmentsReport</name>
    <message>
        <source>sum the shipments per customer</source>
        <translation>按客户汇总发货</translation>
    </message>
    <message>
        <source>read the shipped lines</source>
        <translation>读取发货明细</translation>
    </message>
    <message>
        <source>Shipments whose shipping date is in the period; quantities in the product&apos;s unit.</source>
        <translation>发货日期在本期内的发货；数量按产品的单位。</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Quantity shipped per customer</source>
        <translation>各客户发货数量</translation>
    </message>
    <message>
        <source>Shipped lines</source>
        <translation>发货明细</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Shipment No.</source>
        <translation>发货单号</translation>
    </message>
    <message>
        <source>Customer order</source>
        <translation>客户订单</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
</context>
<context>
    <name>Taktline::SpcCapabilityBox</name>
    <message>
        <source>Process capability</source>
        <translation>过程能力</translation>
    </message>
    <message>
        <source>Readings (n)</source>
        <translation>读数个数 (n)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>σ within</source>
        <translation>组内 σ</translation>
    </message>
    <message>
        <source>σ overall</source>
        <translation>整体 σ</translation>
    </message>
    <message>
        <source>No specification limit: the capability cannot be judged.</source>
        <translation>没有规格限：无法判断过程能力。</translation>
    </message>
    <message>
        <source>Process capability insufficient: parts fall outside the tolerance; improve the process or review the limits.</source>
        <translation>过程能力不足：会有零件超出公差，请改进过程或复核规格限。</translation>
    </message>
    <message>
        <source>Process capability marginal: little room to the tolerance; watch the process closely.</source>
        <translation>过程能力尚可：离公差余量不大，请密切关注过程。</translation>
    </message>
    <message>
        <source>Process capability adequate: the process holds the tolerance with room to spare.</source>
        <translation>过程能力充足：过程稳稳保持在公差之内。</translation>
    </message>
    <message>
        <source>X̄-R chart, subgroups of %1 pieces</source>
        <translation>X̄-R 图，每个子组 %1 件</translation>
    </message>
    <message>
        <source>Individuals and moving range chart</source>
        <translation>单值-移动极差图（I-MR）</translation>
    </message>
    <message>
        <source>In control: no point outside the limits, no run.</source>
        <translation>过程受控：没有点超出控制限，也没有连串。</translation>
    </message>
    <message numerus="yes">
        <source>Out of control: %n point(s) signalled (in red on the charts); find the cause before judging the capability.</source>
        <translation>
            <numerusform>过程失控：%n 个点出现异常（图中红点）；请先查明原因，再判断过程能力。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::SpcChartView</name>
    <message>
        <source>Control chart</source>
        <translation>控制图</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>离散程度</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>检验方案</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>检验项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Step %1 %2</source>
        <translation>工序 %1 %2</translation>
    </message>
    <message>
        <source>Whole product</source>
        <translation>整个产品</translation>
    </message>
    <message>
        <source>No measured characteristic to chart yet: add one with its limits to an inspection plan, and the control charts appear here once it has been inspected.</source>
        <translation>还没有可绘图的测量型检验项目：在检验方案中添加带上下限的测量项目，检验后控制图就会显示在这里。</translation>
    </message>
    <message>
        <source>%1 chart of %2%3</source>
        <translation>%2%3 的 %1 图</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1 图</translation>
    </message>
</context>
<context>
    <name>Taktline::SpcCharts</name>
    <message>
        <source>CL %1</source>
        <translation>CL %1</translation>
    </message>
    <message>
        <source>UCL %1</source>
        <translation>UCL %1</translation>
    </message>
    <message>
        <source>LCL %1</source>
        <translation>LCL %1</translation>
    </message>
    <message>
        <source>USL %1</source>
        <translation>USL %1</translation>
    </message>
    <message>
        <source>LSL %1</source>
        <translation>LSL %1</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>异常点</translation>
    </message>
    <message>
        <source>#%1 %2
%3 = %4 %5</source>
        <translation>#%1 %2
%3 = %4 %5</translation>
    </message>
</context>
<context>
    <name>Taktline::SpcYieldTable</name>
    <message>
        <source>First-pass yield</source>
        <translation>直通率</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Good / made</source>
        <translation>一次合格 / 投入</translation>
    </message>
    <message>
        <source>FPY</source>
        <translation>直通率</translation>
    </message>
    <message>
        <source>No pieces were reported in this period.</source>
        <translation>这段时间内没有报工。</translation>
    </message>
</context>
<context>
    <name>Taktline::SqliteCopy</name>
    <message>
        <source>copy the database to %1</source>
        <translation>将数据库复制到 %1</translation>
    </message>
    <message>
        <source>The SQLite connection for the copy is not open.</source>
        <translation>用于复制的 SQLite 连接未打开。</translation>
    </message>
    <message>
        <source>Cannot start copying into the database: %1</source>
        <translation>无法开始复制到数据库：%1</translation>
    </message>
    <message>
        <source>The database is in use by another program, which holds it locked. Nothing was changed. Close Taktline everywhere this file is open, then try again.</source>
        <translation>数据库正被另一个程序使用并锁定。没有做任何更改。请在所有打开此文件的地方关闭 Taktline，然后重试。</translation>
    </message>
    <message>
        <source>Copying into the database failed: %1</source>
        <translation>复制到数据库失败：%1</translation>
    </message>
</context>
<context>
    <name>Taktline::StationCard</name>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Good so far</source>
        <translation>已完成良品</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>May still report</source>
        <translation>还可报</translation>
    </message>
    <message>
        <source>No operation yet</source>
        <translation>尚未选择工序</translation>
    </message>
    <message>
        <source>Scan the traveller of the work order you are making.</source>
        <translation>请扫正在加工的工单流转卡。</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>工序 %1 · %2</translation>
    </message>
    <message>
        <source>Previous step made %1 good.</source>
        <translation>上道工序良品 %1。</translation>
    </message>
    <message>
        <source>Material lot: %1</source>
        <translation>物料批次：%1</translation>
    </message>
    <message>
        <source>Piece: %1</source>
        <translation>当前件：%1</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>投料：%1</translation>
    </message>
</context>
<context>
    <name>Taktline::StationCommand</name>
    <message>
        <source>The machine this tablet is fixed to (default: the setting &quot;station/machine&quot;).</source>
        <translation>本平板固定对应的设备（默认：设置项“station/machine”）。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Taktline station</source>
        <translation>Taktline 工位报工</translation>
    </message>
    <message>
        <source>Opens the shop-floor station full screen. The operator signs in by scanning a badge, then types a PIN when Settings ▸ Station asks for one.</source>
        <translation>全屏打开车间工位报工。操作员扫工牌登录；若“设置 ▸ 工位报工”要求 PIN 码，再输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>Taktline::StationFirstArticle</name>
    <message>
        <source>This step needs no first-article inspection now.</source>
        <translation>该工序现在无需首件检验。</translation>
    </message>
    <message>
        <source>First article sent for inspection: an inspector scans their badge here to inspect it.</source>
        <translation>首件已送检：质检员在此刷工牌即可检验。</translation>
    </message>
    <message>
        <source>read whether the employee is an inspector</source>
        <translation>读取员工是否为质检员</translation>
    </message>
    <message>
        <source>Only an inspector&apos;s badge opens the first-article inspection.</source>
        <translation>只有质检员的工牌才能打开首件检验。</translation>
    </message>
    <message>
        <source>%1, type your PIN and press OK to inspect the first article.</source>
        <translation>%1，请输入PIN码并按“确定”，检验首件。</translation>
    </message>
    <message>
        <source>First article passed: good quantity is accepted now.</source>
        <translation>首件合格：现在可以报良品了。</translation>
    </message>
    <message>
        <source>First article failed: no good quantity yet. Correct the set-up and send a new first article.</source>
        <translation>首件不合格：暂不能报良品。请调整设备，重新送检首件。</translation>
    </message>
</context>
<context>
    <name>Taktline::StationJob</name>
    <message>
        <source>This operation does not exist.</source>
        <translation>该工序不存在。</translation>
    </message>
    <message>
        <source>Work order %1 is on hold: ask the supervisor to resume it.</source>
        <translation>工单 %1 已暂停：请班组长恢复后再报工。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: no more production can be reported on it.</source>
        <translation>工单 %1 状态为“%2”，不能再报工。</translation>
    </message>
    <message>
        <source>%1 step %2 %3: %4 of %5 done.</source>
        <translation>%1 工序 %2 %3：已完成 %4 / %5。</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 per piece</source>
        <translation>%1 %2 每件 %3 %4</translation>
    </message>
    <message>
        <source>Scan the traveller first: which operation was made?</source>
        <translation>请先扫流转卡：做的是哪道工序？</translation>
    </message>
    <message>
        <source>Already counted: the same report was saved moments ago and is not counted twice.</source>
        <translation>已计数：相同的报工刚刚已保存，不会重复计数。</translation>
    </message>
    <message>
        <source>Reported: %1 good, %2 defective, %3 rework on %4 step %5. Done %6 of %7.</source>
        <translation>已报工：%4 工序 %5 良品 %1、不良 %2、返工 %3。已完成 %6 / %7。</translation>
    </message>
    <message>
        <source>Material lot %1 is recorded with the next reports (the product has no bill of materials, so no quantity is taken from the lot).</source>
        <translation>物料批次 %1 将随后续报工一起记录（该产品没有物料清单，不从批次扣数量）。</translation>
    </message>
    <message>
        <source>Material lot %1: %2 per piece, %3 left. It is fed with the next reports.</source>
        <translation>物料批次 %1：每件 %2，剩余 %3。将随后续报工投料。</translation>
    </message>
    <message>
        <source>%1 already passed step %2: it is not counted again.</source>
        <translation>%1 已通过工序 %2：不重复计数。</translation>
    </message>
    <message>
        <source>Choose the defect reason for %1 first.</source>
        <translation>请先为 %1 选择不良原因。</translation>
    </message>
    <message>
        <source>%1 failed step %2 and is counted defective.</source>
        <translation>%1 工序 %2 不合格，计为不良品。</translation>
    </message>
    <message>
        <source>Done %1 of %2.</source>
        <translation>已完成 %1 / %2。</translation>
    </message>
    <message>
        <source>%1 passed step %2 on re-test.</source>
        <translation>%1 复测通过工序 %2。</translation>
    </message>
    <message>
        <source>%1 passed step %2.</source>
        <translation>%1 通过工序 %2。</translation>
    </message>
    <message>
        <source>%1 is fitted into %2.</source>
        <translation>%1 已装入 %2。</translation>
    </message>
</context>
<context>
    <name>Taktline::StationMove</name>
    <message>
        <source>lot %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>%1 step %2</source>
        <translation>%1 工序 %2</translation>
    </message>
    <message>
        <source>%1 (its latest step)</source>
        <translation>%1（最近完工的工序）</translation>
    </message>
    <message>
        <source>Move to %1: scan the traveller, a lot or a serial</source>
        <translation>移库到 %1：请扫流转卡、批次或序列号</translation>
    </message>
    <message>
        <source>Move to %1: type how many pieces and press Move</source>
        <translation>移库到 %1：输入件数后按“移库”</translation>
    </message>
    <message>
        <source>No place has the code %1. Ask the supervisor to add it under Master data ▸ Places.</source>
        <translation>没有编号为 %1 的库位。请班组长在“主数据 ▸ 库位”中添加。</translation>
    </message>
    <message>
        <source>Place %1 is deactivated: nothing can be moved there.</source>
        <translation>库位 %1 已停用：不能移入零件。</translation>
    </message>
    <message>
        <source>Move to %1 %2: scan the traveller, a lot or a serial.</source>
        <translation>移库到 %1 %2：请扫流转卡、批次或序列号。</translation>
    </message>
    <message>
        <source>Piece %1 moved to %2 %3.</source>
        <translation>零件 %1 已移到 %2 %3。</translation>
    </message>
    <message>
        <source>Move %1 to %2: type how many pieces and press Move.</source>
        <translation>将 %1 移到 %2：输入件数后按“移库”。</translation>
    </message>
    <message>
        <source>Scan the place&apos;s LOC: label first.</source>
        <translation>请先扫库位的 LOC: 标签。</translation>
    </message>
    <message>
        <source>Scan what moves first: the traveller, a lot or a serial.</source>
        <translation>请先扫要移的零件：流转卡、批次或序列号。</translation>
    </message>
    <message>
        <source>%1 pieces of %2 moved to %3 %4.</source>
        <translation>%2 的 %1 件已移到 %3 %4。</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未放置</translation>
    </message>
    <message>
        <source>Step %1 has %2 pieces: %3</source>
        <translation>工序 %1 有 %2 件：%3</translation>
    </message>
    <message>
        <source>none left</source>
        <translation>已无剩余</translation>
    </message>
</context>
<context>
    <name>Taktline::StationPage</name>
    <message>
        <source>Touch to choose the operator from a list</source>
        <translation>点按从列表中选择操作员</translation>
    </message>
    <message>
        <source>Touch to choose the machine from a list</source>
        <translation>点按从列表中选择设备</translation>
    </message>
    <message>
        <source>Type a code + Enter</source>
        <translation>输入条码 + 回车</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Scan a code with the tablet&apos;s camera</source>
        <translation>用平板摄像头扫码</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>This station belongs to machine %1.</source>
        <translation>本工位属于设备 %1。</translation>
    </message>
    <message>
        <source>Operator
Scan your badge</source>
        <translation>操作员
请扫工牌</translation>
    </message>
    <message>
        <source>Operator
%1  %2</source>
        <translation>操作员
%1  %2</translation>
    </message>
    <message>
        <source>Machine
Scan the machine</source>
        <translation>设备
请扫设备码</translation>
    </message>
    <message>
        <source>Machine
%1  %2</source>
        <translation>设备
%1  %2</translation>
    </message>
</context>
<context>
    <name>Taktline::StationPickDialog</name>
    <message>
        <source>Choose the operator</source>
        <translation>选择操作员</translation>
    </message>
    <message>
        <source>Choose the machine</source>
        <translation>选择设备</translation>
    </message>
    <message>
        <source>Badge code or name</source>
        <translation>工号或姓名</translation>
    </message>
    <message>
        <source>Machine code or name</source>
        <translation>设备编号或名称</translation>
    </message>
    <message>
        <source>Touch a line, or type the code and press Enter.</source>
        <translation>点按一行，或输入编号后按回车。</translation>
    </message>
</context>
<context>
    <name>Taktline::StationPinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>设置 PIN 码</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>清除 PIN 码</translation>
    </message>
    <message>
        <source>Station PIN of %1 (%2)</source>
        <translation>%1（%2）的工位 PIN 码</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>新 PIN 码：</translation>
    </message>
    <message>
        <source>Repeat the PIN:</source>
        <translation>再次输入 PIN 码：</translation>
    </message>
    <message>
        <source>When Settings ▸ Station asks for a PIN after the badge, the employee types this PIN at the station after scanning the badge. Five wrong PINs lock the badge for a few minutes; a new PIN lifts the lock.</source>
        <translation>当“设置 ▸ 工位报工”要求扫工牌后输入 PIN 码时，员工在工位扫工牌后输入此 PIN 码。连续输错 5 次，工牌将锁定几分钟；设置新的 PIN 码即可解除锁定。</translation>
    </message>
    <message>
        <source>This employee has a station PIN.</source>
        <translation>该员工已设置工位 PIN 码。</translation>
    </message>
    <message>
        <source>This employee has no station PIN yet.</source>
        <translation>该员工尚未设置工位 PIN 码。</translation>
    </message>
</context>
<context>
    <name>Taktline::StationPinService</name>
    <message>
        <source>A PIN has %1 to %2 digits, nothing else.</source>
        <translation>PIN 码为 %1 到 %2 位数字，不能含其他字符。</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess (one digit repeated or a straight run like 1234). Choose another.</source>
        <translation>此 PIN 码太容易被猜到（同一数字重复或 1234 这样的连续数字），请换一个。</translation>
    </message>
    <message>
        <source>%1 to %2 digits; not 0000 or 1234.</source>
        <translation>%1 到 %2 位数字；不能是 0000 或 1234 这类。</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this badge is locked at this station. Try again in %n minute(s), or ask the supervisor to set a new PIN.</source>
        <translation>
            <numerusform>PIN 码错误次数过多，该工牌已在本工位锁定。请 %n 分钟后再试，或请班组长设置新的 PIN 码。</numerusform>
        </translation>
    </message>
    <message>
        <source>This badge has no station PIN yet. Ask the supervisor to set one under Master data ▸ Employees.</source>
        <translation>该工牌尚未设置工位 PIN 码。请班组长在“主数据 ▸ 员工”中设置。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more wrong PIN(s) lock this badge.</source>
        <translation>
            <numerusform>PIN 码错误。再错 %n 次，该工牌将被锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::StationSession</name>
    <message>
        <source>Scan your badge</source>
        <translation>请扫工牌</translation>
    </message>
    <message>
        <source>Scan the machine&apos;s code</source>
        <translation>请扫设备码</translation>
    </message>
    <message>
        <source>Scan the traveller (work order or operation code)</source>
        <translation>请扫流转卡（工单码或工序码）</translation>
    </message>
    <message>
        <source>Enter the quantities and press Report</source>
        <translation>输入数量后按“报工”</translation>
    </message>
    <message>
        <source>No employee has the badge %1. Ask the supervisor to add it.</source>
        <translation>没有工号为 %1 的员工。请班组长添加。</translation>
    </message>
    <message>
        <source>No machine has the code %1.</source>
        <translation>没有编号为 %1 的设备。</translation>
    </message>
    <message>
        <source>This employee does not exist.</source>
        <translation>该员工不存在。</translation>
    </message>
    <message>
        <source>%1 (badge %2) is deactivated and cannot sign in at the station.</source>
        <translation>%1（工号 %2）已停用，不能在工位登录。</translation>
    </message>
    <message>
        <source>Hello, %1.</source>
        <translation>%1，你好。</translation>
    </message>
    <message>
        <source>This station belongs to machine %1; it cannot report for another machine.</source>
        <translation>本工位属于设备 %1，不能为其他设备报工。</translation>
    </message>
    <message>
        <source>This machine does not exist.</source>
        <translation>该设备不存在。</translation>
    </message>
    <message>
        <source>Machine %1 is deactivated: no production can be reported on it.</source>
        <translation>设备 %1 已停用，不能在该设备上报工。</translation>
    </message>
    <message>
        <source>Machine %1 %2.</source>
        <translation>设备 %1 %2。</translation>
    </message>
    <message>
        <source>Scan your badge first.</source>
        <translation>请先扫工牌。</translation>
    </message>
    <message>
        <source>Scan the machine&apos;s code first.</source>
        <translation>请先扫设备码。</translation>
    </message>
    <message>
        <source>Scan the traveller first: which operation starts?</source>
        <translation>请先扫流转卡：开工的是哪道工序？</translation>
    </message>
    <message>
        <source>Machine %1: %2.</source>
        <translation>设备 %1：%2。</translation>
    </message>
    <message>
        <source>Machine %1 is down: %2.</source>
        <translation>设备 %1 停机：%2。</translation>
    </message>
    <message>
        <source>%1 was signed out: the station stood idle. Scan your badge to go on.</source>
        <translation>工位闲置，%1 已自动退出。请扫工牌继续。</translation>
    </message>
    <message>
        <source>Type your PIN and press OK</source>
        <translation>输入 PIN 码后按“确定”</translation>
    </message>
    <message>
        <source>Type your PIN first, or scan another badge.</source>
        <translation>请先输入 PIN 码，或扫其他工牌。</translation>
    </message>
    <message>
        <source>%1 (badge %2) has no station PIN yet and cannot sign in while the factory asks for PINs. Ask the supervisor to set one under Master data ▸ Employees.</source>
        <translation>%1（工号 %2）尚未设置工位 PIN 码，本厂要求 PIN 码时不能登录。请班组长在“主数据 ▸ 员工”中设置。</translation>
    </message>
    <message>
        <source>%1, type your PIN and press OK.</source>
        <translation>%1，请输入 PIN 码后按“确定”。</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>请先输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>Taktline::StationSettingsBox</name>
    <message>
        <source>Station</source>
        <translation>工位报工</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>None: the operator scans the machine</source>
        <translation>无：操作员扫设备码</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Over-report tolerance:</source>
        <translation>超报允差：</translation>
    </message>
    <message>
        <source>Double-scan window:</source>
        <translation>重复扫码时间窗：</translation>
    </message>
    <message>
        <source>Idle sign-out after:</source>
        <translation>闲置自动退出：</translation>
    </message>
    <message>
        <source>This tablet&apos;s machine:</source>
        <translation>本平板对应设备：</translation>
    </message>
    <message>
        <source>The station settings are saved.</source>
        <translation>工位设置已保存。</translation>
    </message>
    <message>
        <source>Wages only for approved reports</source>
        <translation>工资仅计已审核的报工</translation>
    </message>
    <message>
        <source>Piece-rate wages count a report only after a supervisor approved it under Work orders ▸ Reports…. Progress counts it at once either way.</source>
        <translation>计件工资仅在班组长于“工单 ▸ 报工记录…”中审核后计入。进度始终立即计入。</translation>
    </message>
    <message>
        <source>Report approval:</source>
        <translation>报工审核：</translation>
    </message>
    <message>
        <source>Stations ask for a PIN after the badge</source>
        <translation>工位扫工牌后要求输入 PIN 码</translation>
    </message>
    <message>
        <source>So that no one reports under a colleague&apos;s badge: after the badge scan the operator types a PIN. Set each employee&apos;s PIN under Master data ▸ Employees ▸ Station PIN…; a badge without one cannot sign in.</source>
        <translation>防止有人用同事的工牌报工：扫工牌后操作员需输入 PIN 码。在“主数据 ▸ 员工 ▸ 工位 PIN 码…”中为每位员工设置；没有 PIN 码的工牌不能登录。</translation>
    </message>
    <message>
        <source>Station PIN:</source>
        <translation>工位 PIN 码：</translation>
    </message>
    <message numerus="yes">
        <source>The station settings are saved. %n active employee(s) have no PIN yet and cannot sign in at a station until one is set under Master data ▸ Employees.</source>
        <translation>
            <numerusform>工位设置已保存。有 %n 名在职员工尚未设置 PIN 码，在“主数据 ▸ 员工”中设置前不能在工位登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>An andon call nobody has acknowledged after this time is shown louder on every station, the Machines page and the wall board.</source>
        <translation>安灯呼叫超过此时间仍无人响应，就在各工位、“设备”页和电子看板上升级醒目显示。</translation>
    </message>
    <message>
        <source>Andon escalates after:</source>
        <translation>安灯升级时间：</translation>
    </message>
</context>
<context>
    <name>Taktline::StopReasonDialog</name>
    <message>
        <source>Give the stop a reason</source>
        <translation>补录停机原因</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%n min)</source>
        <translation>
            <numerusform>%1：%2 – %3（%n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1, no reason given.</source>
        <translation>当前：%1，未填原因。</translation>
    </message>
    <message>
        <source>Now: %1, reason %2.</source>
        <translation>当前：%1，原因：%2。</translation>
    </message>
    <message>
        <source>The reason is saved as a correction with your name; the station&apos;s record of the stop stays as it was.</source>
        <translation>原因以您的名义作为更正记录保存；工位的停机记录保持不变。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>发生了什么（选填）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save the reason</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <source>Choose the reason for this stop.</source>
        <translation>请选择这次停机的原因。</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractNote</name>
    <message>
        <source>Choose the subcontract orders to print on the delivery note.</source>
        <translation>请选择要打印在送货单上的外协单。</translation>
    </message>
    <message>
        <source>One delivery note goes to one supplier: %1 and %2 are sent to different suppliers.</source>
        <translation>一张送货单只能发往一家外协厂：%1 和 %2 发往不同的外协厂。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>Subcontract delivery note</source>
        <translation>外协送货单</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>外协厂</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>要求回厂</translation>
    </message>
    <message>
        <source>Subcontract No.</source>
        <translation>外协单号</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发货人</translation>
    </message>
    <message>
        <source>Received by (supplier)</source>
        <translation>收货人（外协厂）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Could not start drawing delivery note %1.</source>
        <translation>无法开始绘制送货单 %1。</translation>
    </message>
    <message>
        <source>Could not start page %1 of delivery note %2.</source>
        <translation>无法开始送货单 %2 的第 %1 页。</translation>
    </message>
    <message>
        <source>Could not finish delivery note %1.</source>
        <translation>无法完成送货单 %1。</translation>
    </message>
    <message>
        <source>Subcontract delivery note %1</source>
        <translation>外协送货单 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractOrdersModel</name>
    <message>
        <source>Late: due back on %1, %2 still at the supplier.</source>
        <translation>逾期：应于 %1 回厂，仍有 %2 在外协厂。</translation>
    </message>
    <message>
        <source>Short: %1 came back, %2 still awaited.</source>
        <translation>短缺：已回 %1，仍待回 %2。</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 逾期</translation>
    </message>
    <message>
        <source>Written off as never coming back, or still awaited after a receipt.</source>
        <translation>已核销不再回厂的数量，或回厂后仍待回的数量。</translation>
    </message>
    <message>
        <source>What the supplier is paid: good pieces × unit price.</source>
        <translation>应付外协厂的费用：良品数 × 单价。</translation>
    </message>
    <message>
        <source>Subcontract No.</source>
        <translation>外协单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>外协厂</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发外</translation>
    </message>
    <message>
        <source>Back good</source>
        <translation>回厂良品</translation>
    </message>
    <message>
        <source>Back defective</source>
        <translation>回厂不良</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未回</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractReceiveDialog</name>
    <message>
        <source>Receive from supplier</source>
        <translation>外协回厂</translation>
    </message>
    <message>
        <source>Sent %1 · back %2 good, %3 defective · written off %4 · &lt;b&gt;open %5&lt;/b&gt;</source>
        <translation>发外 %1 · 已回良品 %2、不良 %3 · 已核销 %4 · &lt;b&gt;未回 %5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pieces that will never come back: written off, closing that part of the order. Leave 0 while the rest is still awaited.</source>
        <translation>不会再回厂的数量：核销后这部分外协单即关闭。余下的仍待回厂时请填 0。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（不记录）</translation>
    </message>
    <message>
        <source>What the supplier said, damage, paperwork…</source>
        <translation>外协厂说明、破损、单据…</translation>
    </message>
    <message>
        <source>Good:</source>
        <translation>良品：</translation>
    </message>
    <message>
        <source>Defective:</source>
        <translation>不良品：</translation>
    </message>
    <message>
        <source>Short (written off):</source>
        <translation>短缺（核销）：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>收货人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>回厂</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractReport</name>
    <message>
        <source>read the subcontract orders</source>
        <translation>读取外协单</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>sum the subcontract orders per supplier</source>
        <translation>按供应商汇总外协单</translation>
    </message>
    <message>
        <source>Subcontract orders sent in the period, with everything that came back so far. Cost = good pieces × unit price; late: pieces still at the supplier after the due date.</source>
        <translation>期间内发出的外协单及至今回厂的全部数量。费用 = 良品数 × 单价；逾期：过了交期仍有零件在供应商处。</translation>
    </message>
    <message>
        <source>By supplier</source>
        <translation>按供应商</translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation>供应商代码</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>外协单数</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发外数</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良品</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Late orders</source>
        <translation>逾期单数</translation>
    </message>
    <message>
        <source>Subcontract orders</source>
        <translation>外协单</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>外协单号</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发外时间</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractRepository</name>
    <message>
        <source>read the subcontracted step</source>
        <translation>读取外协工序</translation>
    </message>
    <message>
        <source>read the subcontract orders</source>
        <translation>读取外协单</translation>
    </message>
    <message>
        <source>number the subcontract order</source>
        <translation>为外协单编号</translation>
    </message>
    <message>
        <source>save the subcontract order</source>
        <translation>保存外协单</translation>
    </message>
    <message>
        <source>save the receipt</source>
        <translation>保存回厂记录</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractScan</name>
    <message>
        <source>The step is not part of work order %1 any more.</source>
        <translation>该工序已不属于工单 %1。</translation>
    </message>
    <message>
        <source>Work order %1 has no subcontracted step.</source>
        <translation>工单 %1 没有外协工序。</translation>
    </message>
    <message>
        <source>Work order %1 has no step %2.</source>
        <translation>工单 %1 没有工序 %2。</translation>
    </message>
    <message>
        <source>Step %1 of %2 has no pieces to send now: the step before has not made them yet, or all were sent.</source>
        <translation>%2 的工序 %1 现在没有可发外的数量：上道工序尚未完成，或已全部发外。</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractSendDialog</name>
    <message>
        <source>Send to supplier</source>
        <translation>发外</translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation>（未选外协厂）</translation>
    </message>
    <message>
        <source>At most %1: what the step before has made and was not sent yet.</source>
        <translation>最多 %1：上道工序已完成且尚未发外的数量。</translation>
    </message>
    <message>
        <source>Vehicle, packaging, special instructions…</source>
        <translation>车辆、包装、特殊要求…</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>外协厂：</translation>
    </message>
    <message>
        <source>Quantity *:</source>
        <translation>数量 *：</translation>
    </message>
    <message>
        <source>Due back *:</source>
        <translation>要求回厂 *：</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>单价：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发外</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractService</name>
    <message>
        <source>Enter how many pieces are sent: more than zero.</source>
        <translation>请输入发外数量：必须大于零。</translation>
    </message>
    <message>
        <source>%1 pieces in one batch is not plausible. Check the quantity.</source>
        <translation>一批发外 %1 件不合理。请检查数量。</translation>
    </message>
    <message>
        <source>The price per piece is not plausible. Check the price.</source>
        <translation>单价不合理。请检查单价。</translation>
    </message>
    <message>
        <source>The due date %1 is in the past. Choose today or a later day.</source>
        <translation>交期 %1 已过。请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>The note is too long: at most 2000 characters.</source>
        <translation>备注太长：最多 2000 个字符。</translation>
    </message>
    <message>
        <source>This badge belongs to no active employee.</source>
        <translation>此工牌不属于任何在职员工。</translation>
    </message>
    <message>
        <source>This operation does not exist (any more).</source>
        <translation>此工序不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>Step %1 is not outsourced: it is done on a machine here, not sent to a supplier.</source>
        <translation>工序 %1 不是外协工序：它在本厂设备上加工，不发给供应商。</translation>
    </message>
    <message>
        <source>Step %1 is outsourced but has no supplier. Choose its supplier in the routing or the work order first.</source>
        <translation>工序 %1 为外协工序，但没有供应商。请先在工艺路线或工单中选择供应商。</translation>
    </message>
    <message>
        <source>The supplier of step %1 was removed or deactivated. Choose another supplier first.</source>
        <translation>工序 %1 的供应商已删除或停用。请先选择其他供应商。</translation>
    </message>
    <message>
        <source>Work order %1 is not released or running: nothing of it can be sent.</source>
        <translation>工单 %1 未下达或未在生产中：不能发外。</translation>
    </message>
    <message>
        <source>Only %1 pieces of step %2 can be sent now (the previous step&apos;s good pieces minus what was sent); %3 is too many.</source>
        <translation>工序 %2 现在最多只能发外 %1 件（上道工序良品数减去已发外数）；%3 件太多。</translation>
    </message>
    <message>
        <source>Quantities cannot be negative. Enter the good, defective and short pieces as counted.</source>
        <translation>数量不能为负数。请按清点结果输入良品、不良品和短缺数量。</translation>
    </message>
    <message>
        <source>%1 pieces is not plausible. Check the quantities.</source>
        <translation>%1 件不合理。请检查数量。</translation>
    </message>
    <message>
        <source>Enter what came back: good, defective or short pieces.</source>
        <translation>请输入回厂数量：良品、不良品或短缺。</translation>
    </message>
    <message>
        <source>No subcontract order %1 exists.</source>
        <translation>外协单 %1 不存在。</translation>
    </message>
    <message>
        <source>Only %1 pieces of %2 are still at the supplier; %3 back is more than that.</source>
        <translation>%2 仅有 %1 件仍在供应商处；回厂 %3 件超过了这个数量。</translation>
    </message>
</context>
<context>
    <name>Taktline::SubcontractView</name>
    <message>
        <source>Nothing was sent to a supplier yet. Scan a subcontracted step&apos;s OP: code from its traveller to send a batch.</source>
        <translation>还没有发外记录。扫描流转卡上外协工序的 OP: 码即可发外一批。</translation>
    </message>
    <message>
        <source>No subcontract order in this list.</source>
        <translation>此列表中没有外协单。</translation>
    </message>
    <message>
        <source>Due back before today and still open</source>
        <translation>要求回厂日期已过且尚未回齐</translation>
    </message>
    <message>
        <source>Something came back, the rest is still awaited</source>
        <translation>已部分回厂，其余仍待回</translation>
    </message>
    <message>
        <source>Scan OP:… or WO:… to send or receive</source>
        <translation>扫描 OP:… 或 WO:… 发外或回厂</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>发外…</translation>
    </message>
    <message>
        <source>Send another batch of the chosen order&apos;s step</source>
        <translation>为所选外协单的工序再发外一批</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>回厂…</translation>
    </message>
    <message>
        <source>Delivery note (PDF)…</source>
        <translation>送货单（PDF）…</translation>
    </message>
    <message>
        <source>The delivery note of the chosen orders of one supplier, with a QR code per line for receiving</source>
        <translation>所选同一外协厂外协单的送货单，每行带二维码，回厂时扫码</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未回</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短缺</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 sent to %2 as %3. Print its delivery note to go with it.</source>
        <translation>%1 已发往 %2，外协单 %3。请打印送货单随货同行。</translation>
    </message>
    <message>
        <source>Received on %1: %2 still awaited from %3.</source>
        <translation>%1 已回厂：仍待 %3 回 %2。</translation>
    </message>
    <message>
        <source>Received on %1: the order is closed.</source>
        <translation>%1 已回厂：外协单已关闭。</translation>
    </message>
    <message>
        <source>Scan the step&apos;s OP: code from its traveller, or choose an order of the step to send another batch.</source>
        <translation>请扫描流转卡上该工序的 OP: 码，或选择该工序的外协单再发外一批。</translation>
    </message>
    <message>
        <source>%1 has no pieces to send now.</source>
        <translation>%1 现在没有可发外的数量。</translation>
    </message>
    <message>
        <source>Save delivery note as PDF</source>
        <translation>将送货单保存为 PDF</translation>
    </message>
    <message>
        <source>Delivery note saved to %1.</source>
        <translation>送货单已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncApplier</name>
    <message>
        <source>look for conflicts between devices</source>
        <translation>查找终端之间的冲突</translation>
    </message>
    <message>
        <source>apply the changes of other devices</source>
        <translation>应用其他终端的更改</translation>
    </message>
    <message>
        <source>Changes of other devices are already being applied on this connection.</source>
        <translation>此连接正在应用其他终端的更改。</translation>
    </message>
    <message>
        <source>A change of other devices has no valid clock (%1).</source>
        <translation>其他终端的一项更改没有有效的时钟（%1）。</translation>
    </message>
    <message>
        <source>remember how far this device has received changes</source>
        <translation>记录本终端已接收更改的位置</translation>
    </message>
    <message>
        <source>A change of other devices names no synced table (%1).</source>
        <translation>其他终端的一项更改指向的不是同步的表（%1）。</translation>
    </message>
    <message>
        <source>apply a change of %1 from another device</source>
        <translation>应用其他终端对 %1 的更改</translation>
    </message>
    <message>
        <source>apply a record of %1 from another device</source>
        <translation>应用其他终端的 %1 记录</translation>
    </message>
    <message>
        <source>Changes of other devices cannot be applied now.</source>
        <translation>现在无法应用其他终端的更改。</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncBinding</name>
    <message>
        <source>This file belongs to the factory &quot;%1&quot;, but the login &quot;%2&quot; is a device of the factory &quot;%3&quot; on the server. Nothing was sent. Use this factory&apos;s own login, or a new, empty file for the other factory.</source>
        <translation>此文件属于工厂“%1”，但登录名“%2”是服务器上工厂“%3”的终端。没有发送任何内容。请使用本工厂自己的登录名，或为另一家工厂使用一个新的空文件。</translation>
    </message>
    <message>
        <source>This file already holds work of its own (parts, machines or work orders), and the factory &quot;%1&quot; on the server already holds another device&apos;s work. Taktline does not mix two factories: nothing was sent. Start this device with a new, empty file to join &quot;%1&quot;.</source>
        <translation>此文件已经有自己的数据（物料、设备或工单），而服务器上的工厂“%1”已经有其他终端的数据。Taktline 不会混合两家工厂：没有发送任何内容。要加入“%1”，请用一个新的空文件启动本终端。</translation>
    </message>
    <message>
        <source>save the device code</source>
        <translation>保存终端代码</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncCommand</name>
    <message>
        <source>Sync: not set up; this file works on its own. Queued changes: %1.</source>
        <translation>同步：未设置；此文件独立工作。待同步的更改：%1。</translation>
    </message>
    <message>
        <source>Server: %1 (TLS: %2)</source>
        <translation>服务器：%1（TLS：%2）</translation>
    </message>
    <message>
        <source>Queued changes: %1 (reports: %2)</source>
        <translation>待同步的更改：%1（其中报工：%2）</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>未解决的冲突：%1</translation>
    </message>
    <message>
        <source>This device now syncs with %1. Run &quot;taktline sync&quot; to send and fetch the changes.</source>
        <translation>本终端现在与 %1 同步。运行“taktline sync”发送并获取更改。</translation>
    </message>
    <message>
        <source>The password was not stored: it is read from %1 at every sync.</source>
        <translation>密码没有保存：每次同步时从 %1 读取。</translation>
    </message>
    <message>
        <source>This file has no sync server set up. Set one up with &quot;taktline sync --connect INVITE&quot; or in Settings ▸ Sync.</source>
        <translation>此文件没有设置同步服务器。请用“taktline sync --connect INVITE”或在 设置 ▸ 同步 中设置。</translation>
    </message>
    <message>
        <source>Synced with %1; changes still queued: %2.</source>
        <translation>已与 %1 同步；仍待同步的更改：%2。</translation>
    </message>
    <message>
        <source>Runs one sync round with the factory&apos;s sync server: sends this device&apos;s queued changes and fetches the other devices&apos;. For Windows Task Scheduler or cron. Exit code 0: synced; 1: the server cannot be reached (the changes wait); 2: wrong arguments; 3: no sync server is set up; 4: the server refused (password, clock, revoked login, …). The password comes from the credential store, or from the environment variable %1 where there is none.</source>
        <translation>与工厂的同步服务器进行一轮同步：发送本终端待同步的更改，并获取其他终端的更改。适用于 Windows 任务计划程序或 cron。退出码 0：已同步；1：无法连接服务器（更改继续等待）；2：参数错误；3：没有设置同步服务器；4：服务器拒绝（密码、时钟、登录已吊销……）。密码来自凭据存储；没有凭据存储时来自环境变量 %1。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Say what is queued and how the last sync went; sync nothing.</source>
        <translation>显示待同步的内容和上次同步的结果；不进行同步。</translation>
    </message>
    <message>
        <source>With --status: print JSON instead of text.</source>
        <translation>与 --status 一起使用：输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>Set this device up from the invitation &quot;taktline cloud add-device&quot; printed (&quot;-&quot; reads it from standard input, keeping the password out of the shell history).</source>
        <translation>用“taktline cloud add-device”打印的邀请设置本终端（“-”表示从标准输入读取，密码不会留在命令历史中）。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--json goes with --status.</source>
        <translation>--json 需与 --status 一起使用。</translation>
    </message>
    <message>
        <source>--status and --connect cannot be combined.</source>
        <translation>--status 和 --connect 不能同时使用。</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncConnection</name>
    <message>
        <source>This is not a Taktline sync invitation: it should start with &quot;taktline-sync:?&quot;.</source>
        <translation>这不是 Taktline 同步邀请：它应以“taktline-sync:?”开头。</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>the device login</source>
        <translation>终端登录名</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The sync invitation is incomplete: %1 is missing. Make a new one with &quot;taktline cloud add-device&quot;.</source>
        <translation>同步邀请不完整：缺少%1。请用“taktline cloud add-device”重新生成。</translation>
    </message>
    <message>
        <source>The sync invitation names port &quot;%1&quot;, which is not a port number.</source>
        <translation>同步邀请中的端口“%1”不是有效端口号。</translation>
    </message>
    <message>
        <source>The sync invitation asks for the encryption &quot;%1&quot;; Taktline knows verify-full, require and disable.</source>
        <translation>同步邀请要求的加密方式为“%1”；Taktline 只支持 verify-full、require 和 disable。</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncController</name>
    <message>
        <source>Enter the server, the database and this device&apos;s login (they are on the invitation the owner printed).</source>
        <translation>请输入服务器、数据库和本终端的登录名（都在负责人打印的邀请上）。</translation>
    </message>
    <message>
        <source>Enter this device&apos;s sync password.</source>
        <translation>请输入本终端的同步密码。</translation>
    </message>
    <message>
        <source>Connected to the sync server as a device of the factory &quot;%1&quot; (device code %2).</source>
        <translation>已作为工厂“%1”的终端连接到同步服务器（终端代码 %2）。</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncEngine</name>
    <message>
        <source>This device is not connected to a sync server. Set one up in Settings ▸ Sync, or with &quot;taktline sync --connect&quot;.</source>
        <translation>本终端没有连接同步服务器。请在 设置 ▸ 同步 中设置，或使用“taktline sync --connect”。</translation>
    </message>
    <message>
        <source>The connection to the sync server was cut (test).</source>
        <translation>与同步服务器的连接被切断（测试）。</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncIndicator</name>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n 个冲突</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::SyncOpCodec</name>
    <message>
        <source>The sync server sent a change Taktline cannot read (%1). Nothing of it was applied.</source>
        <translation>同步服务器发来了 Taktline 无法读取的更改（%1）。其中任何内容都未被应用。</translation>
    </message>
    <message>
        <source>unknown column %1.%2</source>
        <translation>未知的列 %1.%2</translation>
    </message>
    <message>
        <source>the key of %1 differs from its row</source>
        <translation>%1 的键与其行不一致</translation>
    </message>
    <message>
        <source>a value of %1.%2 is too long</source>
        <translation>%1.%2 的一个值过长</translation>
    </message>
    <message>
        <source>a value of %1.%2 is no number</source>
        <translation>%1.%2 的一个值不是数字</translation>
    </message>
    <message>
        <source>a value of %1.%2 is neither text, number nor empty</source>
        <translation>%1.%2 的一个值既不是文本、数字，也不是空值</translation>
    </message>
    <message>
        <source>a record of %1 without %2</source>
        <translation>%1 的一条记录缺少 %2</translation>
    </message>
    <message>
        <source>a change of %1 without any field</source>
        <translation>%1 的一项更改不含任何字段</translation>
    </message>
    <message>
        <source>a change that is not an object</source>
        <translation>一项更改不是对象</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知的字段“%1”</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>未知的表“%1”</translation>
    </message>
    <message>
        <source>a change of %1 without a valid row id</source>
        <translation>%1 的一项更改没有有效的行标识</translation>
    </message>
    <message>
        <source>a setting kept per device: %1</source>
        <translation>一项各终端单独保存的设置：%1</translation>
    </message>
    <message>
        <source>a change of %1 of the wrong kind</source>
        <translation>%1 的一项更改类型不对</translation>
    </message>
    <message>
        <source>a change of %1 with an invalid clock</source>
        <translation>%1 的一项更改时钟无效</translation>
    </message>
    <message>
        <source>a change of %1 without its fields</source>
        <translation>%1 的一项更改缺少字段</translation>
    </message>
    <message>
        <source>a change of %1 with an invalid chain hash</source>
        <translation>%1 的一项更改哈希链值无效</translation>
    </message>
    <message>
        <source>a change of %1 without its server sequence</source>
        <translation>%1 的一项更改缺少服务器序号</translation>
    </message>
    <message>
        <source>a change of %1 without a valid device</source>
        <translation>%1 的一项更改没有有效的终端</translation>
    </message>
    <message>
        <source>a pushed change names its sequence or device</source>
        <translation>上传的更改自带了序号或终端</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>应答大于 %1 MB</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>the answer is not an object</source>
        <translation>应答不是对象</translation>
    </message>
    <message>
        <source>the answer has no list of changes</source>
        <translation>应答中没有更改列表</translation>
    </message>
    <message>
        <source>the answer has no valid cursor</source>
        <translation>应答中没有有效的游标</translation>
    </message>
    <message>
        <source>the answer does not say whether more follows</source>
        <translation>应答没有说明是否还有后续</translation>
    </message>
    <message>
        <source>the server&apos;s time is no number</source>
        <translation>服务器时间不是数字</translation>
    </message>
    <message>
        <source>the number of changes left is no number</source>
        <translation>剩余更改数不是数字</translation>
    </message>
    <message>
        <source>changes out of their server order</source>
        <translation>更改不符合服务器顺序</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncOutbox</name>
    <message>
        <source>read the changes waiting to be sent</source>
        <translation>读取等待发送的更改</translation>
    </message>
    <message>
        <source>count the changes waiting to be sent</source>
        <translation>统计等待发送的更改</translation>
    </message>
    <message>
        <source>remove the changes the server has received</source>
        <translation>删除服务器已收到的更改</translation>
    </message>
    <message>
        <source>queue the whole factory for its first upload</source>
        <translation>为首次上传排队整个工厂的数据</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncPanel</name>
    <message>
        <source>Paste invitation</source>
        <translation>粘贴邀请</translation>
    </message>
    <message>
        <source>Paste the invitation the owner made for this device (it starts with taktline-sync:):</source>
        <translation>粘贴老板为本设备生成的邀请（以 taktline-sync: 开头）：</translation>
    </message>
    <message>
        <source>This device&apos;s sync</source>
        <translation>本设备的同步</translation>
    </message>
    <message>
        <source>Open Conflicts</source>
        <translation>打开冲突</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Paste invitation…</source>
        <translation>粘贴邀请…</translation>
    </message>
    <message>
        <source>Read QR code from picture…</source>
        <translation>从图片读取二维码…</translation>
    </message>
    <message>
        <source>The owner makes an invitation for each device: in Settings ▸ Sync on the office PC, or with &quot;taktline cloud add-device&quot;.</source>
        <translation>老板为每台设备生成邀请：在办公室电脑的“设置 ▸ 同步”中，或用“taktline cloud add-device”。</translation>
    </message>
    <message>
        <source>192.168.1.10 or db.example.com</source>
        <translation>192.168.1.10 或 db.example.com</translation>
    </message>
    <message>
        <source>None: the computer&apos;s own certificates</source>
        <translation>无：使用本电脑自带的证书</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Device login:</source>
        <translation>设备登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Choose the picture of the invitation&apos;s QR code</source>
        <translation>选择邀请二维码的图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>选择服务器的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s credential store; type it again to save a change</source>
        <translation>已保存在本电脑的凭据存储中；要保存修改请重新输入</translation>
    </message>
    <message>
        <source>This invitation cannot be used: %1</source>
        <translation>此邀请无法使用：%1</translation>
    </message>
    <message>
        <source>The invitation filled in the server for %1. Press Test connection, then Save.</source>
        <translation>已按邀请填好 %1 的服务器。请先按“测试连接”，再按“保存”。</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the device login first.</source>
        <translation>请先填写服务器、数据库和设备登录名。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试与 %1 的连接…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Type the device&apos;s password, or paste its invitation.</source>
        <translation>请输入设备密码，或粘贴它的邀请。</translation>
    </message>
    <message>
        <source>The server is saved. This device syncs with it from now on.</source>
        <translation>服务器已保存。本设备从现在起与它同步。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncServer</name>
    <message>
        <source>The PostgreSQL driver for Qt is missing, so Taktline cannot reach a sync server. Reinstall Taktline.</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动，Taktline 无法连接同步服务器。请重新安装 Taktline。</translation>
    </message>
    <message>
        <source>The sync server %1 refused the login &quot;%2&quot;: the password is wrong, or the login does not exist there. Enter the device&apos;s password again (the owner can print a new invitation with &quot;taktline cloud add-device&quot;). Nothing queued is lost.</source>
        <translation>同步服务器 %1 拒绝了登录名“%2”：密码错误，或该登录名在服务器上不存在。请重新输入本终端的密码（负责人可以用“taktline cloud add-device”打印新的邀请）。待同步的内容不会丢失。</translation>
    </message>
    <message>
        <source>The sync server %1 does not offer an encrypted connection (TLS), and this device requires one. Set up TLS on the server (see cloud/README.md), or choose &quot;no encryption&quot; only for a server on this computer. Nothing queued is lost.</source>
        <translation>同步服务器 %1 不提供加密连接（TLS），而本终端要求加密。请在服务器上设置 TLS（见 cloud/README.md），或仅在服务器就在本机时选择“不加密”。待同步的内容不会丢失。</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>系统的证书</translation>
    </message>
    <message>
        <source>The sync server %1 could not prove it is the right server: its certificate does not match its name or is not signed by %2. Nothing was sent. Check the server name and the CA file with whoever set up the server. (%3)</source>
        <translation>同步服务器 %1 无法证明它是正确的服务器：它的证书与名称不符，或不是由 %2 签发的。没有发送任何内容。请与设置服务器的人核对服务器名称和 CA 文件。（%3）</translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;. Check the database name in Settings ▸ Sync. Nothing queued is lost.</source>
        <translation>服务器 %1 上没有数据库“%2”。请在 设置 ▸ 同步 中检查数据库名称。待同步的内容不会丢失。</translation>
    </message>
    <message>
        <source>The sync server %1 does not let this computer in with the login &quot;%2&quot; (its pg_hba.conf has no entry for it). Ask whoever set up the server. Nothing queued is lost.</source>
        <translation>同步服务器 %1 不允许本电脑以登录名“%2”连接（其 pg_hba.conf 中没有对应条目）。请询问设置服务器的人。待同步的内容不会丢失。</translation>
    </message>
    <message>
        <source>The sync server %1 cannot be reached: it is switched off, not running, or the network is down. Work goes on here; the changes wait and are sent when it is back. (%2)</source>
        <translation>无法连接同步服务器 %1：它已关机、未运行，或网络中断。本机工作照常进行；更改会等待，服务器恢复后再发送。（%2）</translation>
    </message>
    <message numerus="yes">
        <source>This device&apos;s clock is about %n minute(s) ahead of the sync server&apos;s, so the server refused its changes (more than 5 minutes would let its edits win over later ones). Set the date and time of this device right (automatic time), then sync again. Nothing queued is lost.</source>
        <translation>
            <numerusform>本终端的时钟比同步服务器快约 %n 分钟，因此服务器拒绝了它的更改（超过 5 分钟会让它的编辑压过之后的编辑）。请把本终端的日期和时间设正确（自动校时），然后再同步。待同步的内容不会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync server %1 no longer accepts the login &quot;%2&quot;: it was revoked or is not a device of a factory there. Ask the owner for a new invitation. Work goes on here; nothing queued is lost.</source>
        <translation>同步服务器 %1 不再接受登录名“%2”：它已被吊销，或不是那里某个工厂的终端。请向负责人索取新的邀请。本机工作照常进行；待同步的内容不会丢失。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already used by another device on the sync server %2. Each device needs its own login: ask the owner for a new invitation for this one (&quot;taktline cloud add-device&quot;). Nothing queued is lost.</source>
        <translation>登录名“%1”已被同步服务器 %2 上的另一个终端使用。每个终端需要自己的登录名：请向负责人为本终端索取新的邀请（“taktline cloud add-device”）。待同步的内容不会丢失。</translation>
    </message>
    <message>
        <source>The sync server %1 refused the changes as malformed (%2). Nothing queued is lost; please report this.</source>
        <translation>同步服务器 %1 认为这些更改格式不正确而拒绝了（%2）。待同步的内容不会丢失；请报告此问题。</translation>
    </message>
    <message>
        <source>The database %1 is not a Taktline sync server (it has no Taktline sync functions for the login &quot;%2&quot;). Check the database name, or set it up with &quot;taktline cloud init&quot;. Nothing queued is lost.</source>
        <translation>数据库 %1 不是 Taktline 同步服务器（登录名“%2”没有可用的 Taktline 同步函数）。请检查数据库名称，或用“taktline cloud init”进行设置。待同步的内容不会丢失。</translation>
    </message>
    <message>
        <source>The connection to the sync server %1 was lost while trying to %2. Work goes on here; the changes wait and are sent when it is back.</source>
        <translation>在尝试%2时与同步服务器 %1 的连接中断。本机工作照常进行；更改会等待，服务器恢复后再发送。</translation>
    </message>
    <message>
        <source>The sync server %1 could not %2: %3</source>
        <translation>同步服务器 %1 无法%2：%3</translation>
    </message>
    <message>
        <source>There is no connection to the sync server %1.</source>
        <translation>没有与同步服务器 %1 的连接。</translation>
    </message>
    <message>
        <source>The sync server %1 gave an answer Taktline cannot read while trying to %2 (%3).</source>
        <translation>同步服务器 %1 在尝试%2时给出了 Taktline 无法读取的应答（%3）。</translation>
    </message>
    <message>
        <source>greet it</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>The sync server %1 runs a newer Taktline sync (version %2; this app knows up to %3). Update Taktline on this device, then sync again. Nothing queued is lost.</source>
        <translation>同步服务器 %1 运行的是更新版本的 Taktline 同步（版本 %2；本应用最高支持 %3）。请先更新本终端上的 Taktline，再进行同步。待同步的内容不会丢失。</translation>
    </message>
    <message>
        <source>take this device&apos;s changes</source>
        <translation>接收本终端的更改</translation>
    </message>
    <message>
        <source>send the other devices&apos; changes</source>
        <translation>发送其他终端的更改</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncState</name>
    <message>
        <source>save the sync settings</source>
        <translation>保存同步设置</translation>
    </message>
</context>
<context>
    <name>Taktline::SyncText</name>
    <message>
        <source>This PC only</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Synced ✓</source>
        <translation>已同步 ✓</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 条待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>离线（自 %1）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <source>No sync server is set up: this PC keeps the whole factory on its own.</source>
        <translation>未设置同步服务器：本机独立保存整个工厂的数据。</translation>
    </message>
    <message>
        <source>Everything is synced.</source>
        <translation>已全部同步。</translation>
    </message>
    <message>
        <source>Syncing with the server now…</source>
        <translation>正在与服务器同步…</translation>
    </message>
    <message>
        <source>Changes made here go to the server in a moment.</source>
        <translation>本机的更改稍后发送到服务器。</translation>
    </message>
    <message>
        <source>The server cannot be reached since %1. Work goes on here and nothing is lost; changes wait until it is back.</source>
        <translation>自 %1 起无法连接服务器。本机照常工作，数据不会丢失；更改会等服务器恢复后再发送。</translation>
    </message>
    <message>
        <source>the last try</source>
        <translation>上次尝试</translation>
    </message>
    <message>
        <source>The server refused to sync: %1</source>
        <translation>服务器拒绝同步：%1</translation>
    </message>
    <message>
        <source>no reason given.</source>
        <translation>未说明原因。</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>尚未同步。</translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>上次同步：%1。</translation>
    </message>
    <message>
        <source>No changes waiting.</source>
        <translation>没有待同步的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 条更改待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>changes waiting (reports among them)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>其中报工 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有未处理的冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s): see Conflicts.</source>
        <translation>
            <numerusform>%n 个未处理的冲突：请查看“冲突”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline, %n report(s) waiting to sync</source>
        <translation>
            <numerusform>离线，%n 条报工待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not syncing, %n report(s) waiting — tell the office</source>
        <translation>
            <numerusform>未能同步，%n 条报工待同步——请告知办公室</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the factory: %1 of %2 changes</source>
        <translation>正在获取工厂数据：%1 / %2 条更改</translation>
    </message>
    <message>
        <source>Encrypted, server checked (verify-full)</source>
        <translation>加密并验证服务器（verify-full）</translation>
    </message>
    <message>
        <source>Encrypted, server not checked (require)</source>
        <translation>加密但不验证服务器（require）</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>不加密（disable）</translation>
    </message>
    <message>
        <source>Recommended. The connection is encrypted and Taktline checks that it talks to your server, with the CA file below or the computer&apos;s own certificates.</source>
        <translation>推荐。连接经过加密，Taktline 用下面的 CA 文件或本电脑自带的证书确认对方是您的服务器。</translation>
    </message>
    <message>
        <source>Encrypted, but anyone who can pose as your server could read the factory&apos;s data. Use it only on your own network.</source>
        <translation>连接加密，但能冒充您服务器的人可以读取工厂数据。仅在自己的网络中使用。</translation>
    </message>
    <message>
        <source>Everything travels readable. Only for a server on this PC or a test.</source>
        <translation>所有数据以明文传输。仅用于本机上的服务器或测试。</translation>
    </message>
    <message>
        <source>Same code created twice</source>
        <translation>同一编码被创建两次</translation>
    </message>
    <message>
        <source>Step reported past its quantity</source>
        <translation>工序报工超过数量</translation>
    </message>
    <message>
        <source>Lot fed past its stock</source>
        <translation>批次投料超过库存</translation>
    </message>
    <message>
        <source>Serial shipped twice</source>
        <translation>序列号重复发货</translation>
    </message>
    <message>
        <source>Cancelled while reported</source>
        <translation>作废时另有报工</translation>
    </message>
    <message>
        <source>Hash chain differs</source>
        <translation>哈希链不一致</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceExport</name>
    <message>
        <source>Trace %1</source>
        <translation>追溯 %1</translation>
    </message>
    <message>
        <source>Trace a code first: there is nothing to export yet.</source>
        <translation>请先追溯一个代码：还没有可导出的内容。</translation>
    </message>
    <message>
        <source>Trace a code first: there is nothing to save yet.</source>
        <translation>请先追溯一个代码：还没有可保存的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Exported the trace of %1 (%n row(s)) to %2.</source>
        <translation>
            <numerusform>已将 %1 的追溯（%n 行）导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save trace report as PDF</source>
        <translation>追溯报告保存为PDF</translation>
    </message>
    <message>
        <source>Trace report of %1 saved to %2.</source>
        <translation>%1 的追溯报告已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceLookup</name>
    <message>
        <source>Scan or type a code to trace.</source>
        <translation>请扫描或输入要追溯的代码。</translation>
    </message>
    <message>
        <source>%1 is both a material lot and a production lot: choose forward or backward.</source>
        <translation>%1 既是物料批次也是生产批次：请选择正向或反向追溯。</translation>
    </message>
    <message>
        <source>: %1 in this shipment</source>
        <translation>：本次发货 %1</translation>
    </message>
    <message>
        <source>Nothing in this factory has the code %1: no work order, production lot, material lot, serial number or shipment.</source>
        <translation>本厂没有代码为 %1 的对象：不是工单、生产批次、物料批次、序列号，也不是发货单。</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceReportDocument</name>
    <message>
        <source>Trace report</source>
        <translation>追溯报告</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Quantity / result</source>
        <translation>数量 / 结果</translation>
    </message>
    <message>
        <source>Taktline traceability · %1</source>
        <translation>Taktline 追溯 · %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>Could not start drawing the trace report of %1.</source>
        <translation>无法开始绘制 %1 的追溯报告。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the trace report.</source>
        <translation>无法开始追溯报告的第 %1 页。</translation>
    </message>
    <message>
        <source>Could not finish the trace report of %1.</source>
        <translation>无法完成 %1 的追溯报告。</translation>
    </message>
    <message>
        <source>Trace report %1</source>
        <translation>追溯报告 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceRepository</name>
    <message>
        <source>read the material lot</source>
        <translation>读取物料批次</translation>
    </message>
    <message>
        <source>read the material lots</source>
        <translation>读取物料批次</translation>
    </message>
    <message>
        <source>Lot number %1 is already used by another lot.</source>
        <translation>批次号 %1 已被其他批次使用。</translation>
    </message>
    <message>
        <source>save the material lot</source>
        <translation>保存物料批次</translation>
    </message>
    <message>
        <source>save the lot&apos;s block</source>
        <translation>保存批次冻结</translation>
    </message>
    <message>
        <source>number the material lot</source>
        <translation>为物料批次编号</translation>
    </message>
    <message>
        <source>save the lot movement</source>
        <translation>保存批次出入记录</translation>
    </message>
    <message>
        <source>read the lot&apos;s stock</source>
        <translation>读取批次库存</translation>
    </message>
    <message>
        <source>read the work order</source>
        <translation>读取工单</translation>
    </message>
    <message>
        <source>read the work orders of the lot</source>
        <translation>读取批次相关工单</translation>
    </message>
    <message>
        <source>read the operations</source>
        <translation>读取工序</translation>
    </message>
    <message>
        <source>read the production reports</source>
        <translation>读取报工记录</translation>
    </message>
    <message>
        <source>read the material fed</source>
        <translation>读取投料记录</translation>
    </message>
    <message>
        <source>remove the material lot</source>
        <translation>删除材料批次</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceService</name>
    <message>
        <source>Scan or type a lot number.</source>
        <translation>请扫描或输入批次号。</translation>
    </message>
    <message>
        <source>No material lot %1 exists in this factory.</source>
        <translation>本厂没有物料批次 %1。</translation>
    </message>
    <message>
        <source>Choose the material of the lot: the product does not exist.</source>
        <translation>请选择批次的物料：该产品不存在。</translation>
    </message>
    <message>
        <source>Material %1 is deactivated: no lot of it can be received.</source>
        <translation>物料 %1 已停用，不能入库其批次。</translation>
    </message>
    <message>
        <source>The received quantity must be a number greater than zero.</source>
        <translation>入库数量必须是大于零的数字。</translation>
    </message>
    <message>
        <source>%1 in one lot is not plausible. Check the number.</source>
        <translation>一个批次 %1 不合理，请检查数量。</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>有效期不是有效日期。</translation>
    </message>
    <message>
        <source>The lot expires on %1, before it was received on %2. Check the dates.</source>
        <translation>该批次有效期为 %1，早于入库日期 %2。请检查日期。</translation>
    </message>
    <message>
        <source>Lot number %1 cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation>批次号 %1 无法打印为条码：只能使用字母、数字和短横线。</translation>
    </message>
    <message>
        <source>Say why the lot is blocked: the reason is shown to whoever scans it.</source>
        <translation>请说明冻结原因：扫码的人会看到此原因。</translation>
    </message>
    <message>
        <source>Say why the lot is released again: the reason is kept.</source>
        <translation>请说明解冻原因：原因会被保留。</translation>
    </message>
    <message>
        <source>Lot %1 is already blocked.</source>
        <translation>批次 %1 已冻结。</translation>
    </message>
    <message>
        <source>Lot %1 is not blocked.</source>
        <translation>批次 %1 未冻结。</translation>
    </message>
    <message>
        <source>Enter how much of lot %1 was fed: a number greater than zero.</source>
        <translation>请输入批次 %1 的投料数量：大于零的数字。</translation>
    </message>
    <message>
        <source>Scan your badge first: feeding lot %1 needs the operator.</source>
        <translation>请先扫工牌：批次 %1 投料需要操作员。</translation>
    </message>
    <message>
        <source>Lot %1 cannot be fed: the machine does not exist.</source>
        <translation>批次 %1 无法投料：设备不存在。</translation>
    </message>
    <message>
        <source>Only %1 of lot %2 is left; %3 cannot be fed.</source>
        <translation>批次 %2 只剩 %1，不能投料 %3。</translation>
    </message>
    <message>
        <source>Lot %1 is used up: nothing of it is left to feed.</source>
        <translation>批次 %1 已用完：没有剩余可投料。</translation>
    </message>
    <message>
        <source>%1 is already the production lot of work order %2. Give the material lot a number of its own.</source>
        <translation>%1 已是工单 %2 的生产批次号。请给物料批次另编一个批次号。</translation>
    </message>
    <message>
        <source>The lot has been fed or corrected since it was received, so its receipt cannot be taken back.</source>
        <translation>该批次来料后已投料或调整过，来料无法撤销。</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceText</name>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Production report</source>
        <translation>报工</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Material feed</source>
        <translation>投料</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Serial step</source>
        <translation>序列号工序</translation>
    </message>
    <message>
        <source>Finished-goods receipt</source>
        <translation>完工入库</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Auto</source>
        <extracomment>Trace in the natural direction of the code scanned (自动).</extracomment>
        <translation>自动</translation>
    </message>
    <message>
        <source>Backward trace</source>
        <translation>反向追溯</translation>
    </message>
    <message>
        <source>Forward trace</source>
        <translation>正向追溯</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>已冻结：%1</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 defective</source>
        <translation>不良 %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>%1 已过期</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n 道工序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production report(s)</source>
        <translation>
            <numerusform>%n 条报工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation>
            <numerusform>%n 个批次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material feed(s)</source>
        <translation>
            <numerusform>%n 次投料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial(s)</source>
        <translation>
            <numerusform>%n 个序列号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serial step(s)</source>
        <translation>
            <numerusform>%n 条序列号工序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished-goods receipt(s)</source>
        <translation>
            <numerusform>%n 次完工入库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n 次发货</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the counts of the summary line (&quot;3 work orders, 5 lots&quot;).</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: nothing recorded yet</source>
        <translation>%1：尚无记录</translation>
    </message>
    <message numerus="yes">
        <source> · %n marked in red</source>
        <translation>
            <numerusform> · %n 项标红</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Nonconformance</source>
        <translation>不合格品</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移库</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceTimeline</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceTreeModel</name>
    <message>
        <source>Double-click to trace %1.</source>
        <translation>双击追溯 %1。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceWorkbook</name>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier lot</source>
        <translation>供应商批次</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Sheet name of a trace export: the direction and the code traced.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Taktline::TraceabilityPage</name>
    <message>
        <source>Genealogy</source>
        <extracomment>The genealogy tab (追溯): what went into a code and where it went.</extracomment>
        <translation>追溯</translation>
    </message>
    <message>
        <source>Lots</source>
        <extracomment>The material lots tab (批次).</extracomment>
        <translation>批次</translation>
    </message>
    <message>
        <source>Shipments</source>
        <extracomment>The shipments tab (发货): finished goods received and shipped to customers.</extracomment>
        <translation>发货</translation>
    </message>
</context>
<context>
    <name>Taktline::TravellerDocument</name>
    <message>
        <source>The work order has no number yet. Save it, then print its traveller.</source>
        <translation>该工单还没有工单号。请先保存，再打印流转卡。</translation>
    </message>
    <message>
        <source>Work order %1 has no operations yet. Release it to copy the product&apos;s routing, then print its traveller.</source>
        <translation>工单 %1 还没有工序。请先下达以复制产品的工艺路线，再打印流转卡。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>流转卡</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工序号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Std. time (s/pc)</source>
        <translation>标准工时(秒/件)</translation>
    </message>
    <message>
        <source>Planned start / end</source>
        <translation>计划开始 / 完工</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Defective qty</source>
        <translation>不良品数</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫码</translation>
    </message>
    <message numerus="yes">
        <source>The traveller of %1 has %n page(s).</source>
        <translation>
            <numerusform>%1 的流转卡共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start drawing the traveller of %1.</source>
        <translation>无法开始绘制 %1 的流转卡。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the traveller.</source>
        <translation>无法开始流转卡第 %1 页。</translation>
    </message>
    <message>
        <source>Could not finish the traveller of %1.</source>
        <translation>无法完成 %1 的流转卡。</translation>
    </message>
    <message>
        <source>Traveller %1</source>
        <translation>流转卡 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::TravellerOutput</name>
    <message>
        <source>Save traveller as PDF</source>
        <translation>将流转卡保存为 PDF</translation>
    </message>
    <message>
        <source>Traveller saved to %1.</source>
        <translation>流转卡已保存到 %1。</translation>
    </message>
    <message>
        <source>Traveller %1</source>
        <translation>流转卡 %1</translation>
    </message>
    <message>
        <source>Print traveller %1</source>
        <translation>打印流转卡 %1</translation>
    </message>
    <message>
        <source>The printer refused the traveller of %1. Check that it is on and connected, then try again.</source>
        <translation>打印机未能打印 %1 的流转卡。请检查打印机是否开启并已连接，然后重试。</translation>
    </message>
    <message>
        <source>Traveller of %1 sent to the printer.</source>
        <translation>%1 的流转卡已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>Taktline::UndoCommands</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
</context>
<context>
    <name>Taktline::UserRepository</name>
    <message>
        <source>read the user accounts</source>
        <translation>读取用户账号</translation>
    </message>
    <message>
        <source>look up the user</source>
        <translation>查找用户</translation>
    </message>
    <message>
        <source>count the user accounts</source>
        <translation>统计用户账号数量</translation>
    </message>
    <message>
        <source>save the user account</source>
        <translation>保存用户账号</translation>
    </message>
    <message>
        <source>save the password</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <source>save the role</source>
        <translation>保存角色</translation>
    </message>
</context>
<context>
    <name>Taktline::UsersPanel</name>
    <message>
        <source>Deactivate / activate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>User %1 can now sign in.</source>
        <translation>用户“%1”现在可以登录了。</translation>
    </message>
    <message>
        <source>Unlock sign-in</source>
        <translation>解除登录锁定</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>已锁定至 %1</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>“%1”现在可以重新登录了。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户账号</translation>
    </message>
</context>
<context>
    <name>Taktline::VerifyCommand</name>
    <message>
        <source>Checks the hash chain over the recorded facts (reports, approvals, machine status, lot movements, serials, receipts, shipments, audit log): that none was changed, deleted or added outside Taktline, and that the triggers protecting them are in place. The file is only read. Exit code 0: the chain holds; 1: it does not, or the file cannot be checked.</source>
        <translation>校验已记录事实（报工、报工审核、设备状态、批次出入库、序列号、完工入库、发货、审计日志）的哈希链：没有任何记录在 Taktline 之外被修改、删除或添加，且保护它们的触发器都在。只读取文件。退出码 0：哈希链完好；1：哈希链已断，或文件无法校验。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>The hash chain is broken. %1</source>
        <translation>哈希链已断。%1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>另外：%1</translation>
    </message>
    <message>
        <source>Keep this file as it is for the investigation, and compare it with your latest backup.</source>
        <translation>请保持此文件原样以便调查，并与最近的备份比对。</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems were found; --json lists them.</source>
        <translation>
            <numerusform>另外还发现 %n 个问题；--json 会全部列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hash chain holds: %1 facts in %2 links from %n device(s); none was changed, deleted or added outside Taktline.</source>
        <translation>
            <numerusform>哈希链完好：%n 台终端的 %2 个环覆盖 %1 条事实；没有任何记录在 Taktline 之外被修改、删除或添加。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::WageLinesModel</name>
    <message>
        <source>no rate</source>
        <translation>无单价</translation>
    </message>
    <message>
        <source>No piece rate of %1 / %2 is valid on this day: add one in the rate table.</source>
        <translation>当天没有 %1 / %2 的有效计件单价：请在工价表中添加。</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报工时间</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Rate (¥/piece)</source>
        <translation>单价（元/件）</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Wages count only approved reports: this one pays nothing until a supervisor approves it under Work orders ▸ Reports….</source>
        <translation>工资仅计已审核的报工：班组长在“工单 ▸ 报工记录…”中审核前，此条不计工资。</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Deduction %1: %2</source>
        <translation>扣款 %1：%2</translation>
    </message>
</context>
<context>
    <name>Taktline::WageService</name>
    <message>
        <source>read the piece rates</source>
        <translation>读取计件单价</translation>
    </message>
    <message>
        <source>Choose the product the rate is for.</source>
        <translation>请选择单价对应的产品。</translation>
    </message>
    <message>
        <source>Name the operation the rate is for.</source>
        <translation>请填写单价对应的工序。</translation>
    </message>
    <message>
        <source>A piece rate must be a number of zero or more.</source>
        <translation>计件单价必须是大于或等于零的数字。</translation>
    </message>
    <message>
        <source>%1 per piece is not plausible. Check the rate.</source>
        <translation>每件 %1 不合理，请检查单价。</translation>
    </message>
    <message>
        <source>Give the date from which the rate applies.</source>
        <translation>请填写单价的生效日期。</translation>
    </message>
    <message>
        <source>save the piece rate</source>
        <translation>保存计件单价</translation>
    </message>
    <message>
        <source>remove the piece rate</source>
        <translation>删除计件单价</translation>
    </message>
    <message>
        <source>The piece rate no longer exists.</source>
        <translation>该计件单价已不存在。</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>请选择结束日期不早于开始日期的期间。</translation>
    </message>
    <message>
        <source>read the production reports</source>
        <translation>读取报工记录</translation>
    </message>
    <message>
        <source>read the wage deductions</source>
        <translation>读取扣款</translation>
    </message>
</context>
<context>
    <name>Taktline::WageTotalsModel</name>
    <message numerus="yes">
        <source>%n report(s) of this employee have no piece rate for their day: their pieces earn nothing until a rate is added in the rate table.</source>
        <translation>
            <numerusform>该员工有 %n 条报工在当天没有计件单价：在工价表中添加单价前，这些件数不计工资。</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Without rate</source>
        <translation>无单价</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of this employee await a supervisor&apos;s approval: their pieces earn nothing until they are approved.</source>
        <translation>
            <numerusform>该员工有 %n 条报工待班组长审核：审核前这些件数不计工资。</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审核</translation>
    </message>
</context>
<context>
    <name>Taktline::WageWorkbook</name>
    <message>
        <source>%1 (lines)</source>
        <translation>%1（明细）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Wages %1</source>
        <translation>工资 %1</translation>
    </message>
    <message>
        <source>Lines %1</source>
        <translation>明细 %1</translation>
    </message>
</context>
<context>
    <name>Taktline::WagesPanel</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <source>(no employee)</source>
        <translation>（无员工）</translation>
    </message>
    <message>
        <source>No production reports with good pieces in this period.</source>
        <translation>本期间没有良品报工记录。</translation>
    </message>
    <message numerus="yes">
        <source>Reports of %1 %2: %n line(s)</source>
        <translation>
            <numerusform>%1 %2 的报工：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total for %n employee(s): %1 good pieces, %2</source>
        <translation>
            <numerusform>%n 名员工合计：良品 %1 件，%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n report(s) without a piece rate earn nothing yet</source>
        <translation>
            <numerusform>⚠ %n 条报工没有计件单价，暂不计工资</numerusform>
        </translation>
    </message>
    <message>
        <source>Wages %1 to %2</source>
        <translation>工资 %1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported the totals of %n employee(s) to %1 and their %2 report lines to %3.</source>
        <translation>
            <numerusform>已将 %n 名员工的合计导出到 %1，并将其 %2 条报工明细导出到 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings ▸ Station: wages count only reports a supervisor approved. Approve them under Work orders ▸ Reports….</source>
        <translation>设置 ▸ 工位报工：工资仅计班组长已审核的报工。请在“工单 ▸ 报工记录…”中审核。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n report(s) awaiting approval earn nothing yet</source>
        <translation>
            <numerusform>⚠ %n 条报工待审核，暂不计工资</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taktline::WagesReport</name>
    <message>
        <source>find the reports of the machines asked for</source>
        <translation>查找所选设备的报工</translation>
    </message>
    <message>
        <source>read the employees</source>
        <translation>读取员工</translation>
    </message>
    <message>
        <source>(no employee)</source>
        <translation>（无员工）</translation>
    </message>
    <message>
        <source>no piece rate valid that day</source>
        <translation>当天没有有效的计件单价</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>等待报工审核</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Piece-rate wages as the wages page counts them: good pieces of the reports that stand × the piece rate valid on the report&apos;s day; a report without a rate, or waiting for a required approval, earns nothing yet.</source>
        <translation>计件工资口径与工资页面一致：有效报工的良品数 × 报工当天有效的计件单价；没有单价或仍需报工审核的报工暂不计工资。</translation>
    </message>
    <message>
        <source>By employee</source>
        <translation>按员工</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reports without a rate</source>
        <translation>无单价的报工</translation>
    </message>
    <message>
        <source>Reports waiting for approval</source>
        <translation>待审核的报工</translation>
    </message>
    <message>
        <source>Wages per employee</source>
        <translation>各员工计件工资</translation>
    </message>
    <message>
        <source>Priced lines</source>
        <translation>计价明细</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报工时间</translation>
    </message>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Part No.</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Piece rate</source>
        <translation>计件单价</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>deduction for nonconformance %1</source>
        <translation>不合格品 %1 扣款</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkCalendar</name>
    <message>
        <source>The calendar has no working time: it needs at least one shift and one working weekday.</source>
        <translation>日历中没有工作时间：至少需要一个班次和一个工作日。</translation>
    </message>
    <message>
        <source>A shift needs a valid start and end time.</source>
        <translation>班次需要有效的开始和结束时间。</translation>
    </message>
    <message>
        <source>The shift %1 has no length.</source>
        <translation>班次 %1 时长为零。</translation>
    </message>
    <message>
        <source>The shifts %1 and %2 overlap.</source>
        <translation>班次 %1 与 %2 重叠。</translation>
    </message>
    <message>
        <source>%1 cannot be both a day off and an extra working day.</source>
        <translation>%1 不能既是休息日又是调休上班日。</translation>
    </message>
    <message>
        <source>The stored working calendar is not valid: %1.</source>
        <translation>保存的工作日历无效：%1。</translation>
    </message>
    <message>
        <source>The stored working calendar uses the time zone &quot;%1&quot;, which this computer does not know.</source>
        <translation>保存的工作日历使用时区“%1”，这台电脑无法识别该时区。</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrder</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已下达</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>生产中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderDetail</name>
    <message>
        <source>Step</source>
        <translation>工序号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>计划工时（小时）</translation>
    </message>
    <message>
        <source>Good qty</source>
        <translation>良品数</translation>
    </message>
    <message>
        <source>Choose a work order to see its operations.</source>
        <translation>请选择工单以查看其工序。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Print traveller…</source>
        <translation>打印流转卡…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save or print the sheet that goes with the parts, with a QR code for the order and each operation.</source>
        <translation>保存或打印随工件流转的流转卡，含工单二维码和每道工序的二维码。</translation>
    </message>
    <message>
        <source>A traveller lists the order&apos;s operations: release the work order first.</source>
        <translation>流转卡列出工单的工序：请先下达工单。</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>未排产</translation>
    </message>
    <message>
        <source>Planned to end after the due date %1.</source>
        <translation>计划完工晚于交期 %1。</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良品</translation>
    </message>
    <message>
        <source>WIP</source>
        <translation>在制品</translation>
    </message>
    <message>
        <source>%1 s per piece × %2 pieces</source>
        <translation>每件 %1 秒 × %2 件</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>报工记录…</translation>
    </message>
    <message>
        <source>The production reports of this order: who reported what, voided and approved reports. Double-click a step for its own.</source>
        <translation>本工单的报工记录：谁报了什么、已作废和已审核的报工。双击某道工序可只看该工序。</translation>
    </message>
    <message>
        <source>Reports are made against the order&apos;s operations: release the work order first.</source>
        <translation>报工针对工单的工序：请先下达工单。</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>物料</translation>
    </message>
    <message numerus="yes">
        <source>Materials (%n short)</source>
        <translation>
            <numerusform>物料（缺 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Void order…</source>
        <translation>作废工单…</translation>
    </message>
    <message>
        <source>Void work order</source>
        <translation>作废工单</translation>
    </message>
    <message>
        <source>Void work order %1? It cannot be produced or reported any more; what was reported stays on record.</source>
        <translation>确定作废工单 %1 吗？作废后不能再生产或报工；已报工的记录仍会保留。</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>排产时间</translation>
    </message>
    <message>
        <source>Pieces by place</source>
        <translation>零件位置</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Edit work order %1</source>
        <translation>编辑工单 %1</translation>
    </message>
    <message>
        <source>Product *:</source>
        <translation>产品 *：</translation>
    </message>
    <message>
        <source>Planned qty *:</source>
        <translation>计划数量 *：</translation>
    </message>
    <message>
        <source>Due date *:</source>
        <translation>交期 *：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Sales order:</source>
        <translation>销售订单：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Lot No.:</source>
        <translation>批次号：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Press “Save anyway” to keep it.</source>
        <translation>如确认无误，请点击“仍然保存”。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Earliest delivery:</source>
        <translation>交期承诺：</translation>
    </message>
    <message>
        <source>Choose the product and the quantity to see when it could ship.</source>
        <translation>选择产品和数量后，这里显示最早可交日期。</translation>
    </message>
    <message>
        <source>Taken normally it ships after the due date; as a rush order it would be on time.</source>
        <translation>正常排产会晚于交期；按插单处理能赶上。</translation>
    </message>
    <message>
        <source>It ships after the due date, even as a rush order.</source>
        <translation>即使插单也会晚于交期。</translation>
    </message>
    <message>
        <source>On time only if the missing material arrives in time.</source>
        <translation>只有缺的物料按时到货才能赶上。</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderImport</name>
    <message>
        <source>Not one of the choices: %1.</source>
        <translation>不是可选值之一：%1。</translation>
    </message>
    <message>
        <source>Example customer</source>
        <translation>示例客户</translation>
    </message>
    <message>
        <source>read the work orders</source>
        <translation>读取工单</translation>
    </message>
    <message>
        <source>A work order number may hold letters, digits and dashes only.</source>
        <translation>工单号只能包含字母、数字和短横线。</translation>
    </message>
    <message>
        <source>The planned quantity must be greater than zero.</source>
        <translation>计划数量必须大于零。</translation>
    </message>
    <message>
        <source>The same work order number is also on row %1.</source>
        <translation>第 %1 行也是同一工单号。</translation>
    </message>
    <message>
        <source>Work order %1 was removed. Give the order a new number.</source>
        <translation>工单 %1 已被删除。请给工单另取一个工单号。</translation>
    </message>
    <message>
        <source>Work order %1 is already %2: change it in the app.</source>
        <translation>工单 %1 已是%2状态：请在软件中修改。</translation>
    </message>
    <message>
        <source>Work order %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>Work order %1 is already %2, so the import can no longer be taken back. Change the order in the app.</source>
        <translation>工单 %1 已是%2状态，本次导入无法再撤销。请在软件中修改该工单。</translation>
    </message>
    <message>
        <source>You may not edit work orders, so you cannot import them. Ask the owner or a planner for the right to edit work orders.</source>
        <translation>您无权编辑工单，因此不能导入工单。请向老板或计划员申请编辑工单的权限。</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderListModel</name>
    <message>
        <source>WO No.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Planned qty</source>
        <translation>计划数量</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成数</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderRepository</name>
    <message>
        <source>read the work order</source>
        <translation>读取工单</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>look up the work order</source>
        <translation>查找工单</translation>
    </message>
    <message>
        <source>read the work-order list</source>
        <translation>读取工单列表</translation>
    </message>
    <message>
        <source>count the work orders</source>
        <translation>统计工单数量</translation>
    </message>
    <message>
        <source>save the work order</source>
        <translation>保存工单</translation>
    </message>
    <message>
        <source>Work order %1 was changed in another window or by another user while you edited it. Your change was not saved; the latest version is shown now.</source>
        <translation>工单 %1 在您编辑期间已被其他窗口或其他用户修改。您的更改未保存，现已显示最新版本。</translation>
    </message>
    <message>
        <source>read the operations</source>
        <translation>读取工序</translation>
    </message>
    <message>
        <source>save the operations</source>
        <translation>保存工序</translation>
    </message>
    <message>
        <source>read the machine queue</source>
        <translation>读取设备待加工队列</translation>
    </message>
    <message>
        <source>number the work order</source>
        <translation>生成工单号</translation>
    </message>
    <message>
        <source>read the progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <source>read the operation</source>
        <translation>读取工序</translation>
    </message>
    <message>
        <source>This operation does not exist (any more): its work order&apos;s operations may have been changed.</source>
        <translation>该工序已不存在：其工单的工序可能已被修改。</translation>
    </message>
    <message>
        <source>remove the work order</source>
        <translation>删除工单</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderService</name>
    <message>
        <source>The due date %1 is in the past: the order will show as overdue at once.</source>
        <translation>交期 %1 已过：该工单将立即显示为逾期。</translation>
    </message>
    <message>
        <source>Work order %1 is %2 and can no longer be edited.</source>
        <translation>工单 %1 当前状态为“%2”，无法再编辑。</translation>
    </message>
    <message>
        <source>The product cannot change once production has started.</source>
        <translation>开工后不能再更改产品。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its operations can no longer change.</source>
        <translation>工单 %1 当前状态为“%2”，其工序不能再更改。</translation>
    </message>
    <message>
        <source>Work order %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>Work order number “%1” cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation>工单号“%1”无法打印成条码：只能使用字母、数字和短横线。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: only a draft can be removed.</source>
        <translation>工单 %1 为%2状态：只有草稿可以删除。</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrderStateMachine</name>
    <message>
        <source>The work order is closed; nothing more can change. Create a new work order instead.</source>
        <translation>该工单已结案，无法再做任何更改。请改为新建工单。</translation>
    </message>
    <message>
        <source>The work order is cancelled; nothing more can change. Create a new work order instead.</source>
        <translation>该工单已取消，无法再做任何更改。请改为新建工单。</translation>
    </message>
    <message>
        <source>Only a draft can be released; this work order is already %1.</source>
        <translation>只有草稿状态的工单才能下达；此工单当前状态为“%1”。</translation>
    </message>
    <message>
        <source>Release the work order before production starts.</source>
        <translation>请先下达工单，再开工生产。</translation>
    </message>
    <message>
        <source>A work order that is %1 cannot start again.</source>
        <translation>状态为“%1”的工单不能再次开工。</translation>
    </message>
    <message>
        <source>Only a work order in progress can be put on hold; this one is %1.</source>
        <translation>只有生产中的工单才能暂停；此工单当前状态为“%1”。</translation>
    </message>
    <message>
        <source>Only a work order on hold can resume; this one is %1.</source>
        <translation>只有已暂停的工单才能恢复；此工单当前状态为“%1”。</translation>
    </message>
    <message>
        <source>Only a work order in progress can be completed; this one is %1.</source>
        <translation>只有生产中的工单才能完工；此工单当前状态为“%1”。</translation>
    </message>
    <message>
        <source>Only a completed work order can be closed; this one is %1.</source>
        <translation>只有已完工的工单才能结案；此工单当前状态为“%1”。</translation>
    </message>
    <message>
        <source>A work order in progress cannot be cancelled. Put it on hold first.</source>
        <translation>生产中的工单不能取消。请先暂停。</translation>
    </message>
    <message>
        <source>A %1 work order cannot be cancelled.</source>
        <translation>状态为“%1”的工单不能取消。</translation>
    </message>
    <message>
        <source>This change is not allowed.</source>
        <translation>不允许此项更改。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>下达</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrdersCommand</name>
    <message>
        <source>Lists the work orders, by due date.</source>
        <translation>按交期列出工单。</translation>
    </message>
    <message>
        <source>The factory database (default: %1).</source>
        <translation>工厂数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Only this state: draft, released, in_progress, on_hold, completed, closed or cancelled.</source>
        <translation>仅显示此状态：draft、released、in_progress、on_hold、completed、closed 或 cancelled。</translation>
    </message>
    <message>
        <source>Only overdue work orders.</source>
        <translation>仅显示逾期工单。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 格式输出，而不是表格。</translation>
    </message>
    <message>
        <source>Unknown state %1.</source>
        <translation>未知状态 %1。</translation>
    </message>
    <message>
        <source>%1 work orders</source>
        <translation>共 %1 个工单</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkOrdersPage</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>WO No., lot or sales order…</source>
        <translation>工单号、批次号或销售订单…</translation>
    </message>
    <message>
        <source>Open work orders</source>
        <translation>未完结工单</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New work order…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>显示：%1</translation>
    </message>
    <message>
        <source>Work order created as a draft. Release it to copy the routing and plan its operations.</source>
        <translation>工单已创建为草稿。下达后将复制工艺路线并安排工序。</translation>
    </message>
    <message>
        <source>Work order list</source>
        <translation>工单列表</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>No work orders yet. Make the first with New work order…: it needs a product with a routing.</source>
        <translation>还没有工单。点击“新建工单…”创建第一张工单：需要一个已设置工艺路线的产品。</translation>
    </message>
    <message>
        <source>No work order matches these filters.</source>
        <translation>没有符合这些筛选条件的工单。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Work orders from an Excel or CSV file, checked before anything is saved</source>
        <translation>从 Excel 或 CSV 文件导入工单，保存前先逐行检查</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能分析</translation>
    </message>
    <message>
        <source>Subcontracting</source>
        <translation>外协</translation>
    </message>
</context>
<context>
    <name>Taktline::WorkspaceHost</name>
    <message>
        <source>Taktline cannot open the factory file again: %1</source>
        <translation>Taktline 无法重新打开工厂数据文件：%1</translation>
    </message>
    <message>
        <source>The file as it was before the restore is saved as %1.</source>
        <translation>恢复前的文件已保存为 %1。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup was not restored: %1 The factory file is as it was.</source>
        <translation>备份没有恢复：%1 工厂数据文件保持原样。</translation>
    </message>
    <message>
        <source>The backup is restored. The file as it was before is saved as %1.</source>
        <translation>备份已恢复。恢复前的文件已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::XlsxTableExporter</name>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Could not replace %1. If it is open in Excel, close it and export again.</source>
        <translation>无法替换 %1。如果该文件已在 Excel 中打开，请先关闭，再重新导出。</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
</context>
<context>
    <name>Taktline::ZplWriter</name>
    <message>
        <source>The code &apos;%1&apos; has characters a ZPL barcode cannot carry.</source>
        <translation>条码“%1”含有 ZPL 条码无法承载的字符。</translation>
    </message>
    <message>
        <source>Zebra-compatible printers print at 203, 300 or 600 dpi, not %1.</source>
        <translation>斑马兼容打印机的分辨率为 203、300 或 600 dpi，而不是 %1。</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>没有要打印的标签。</translation>
    </message>
    <message>
        <source>The label printer at %1 did not answer within %2 seconds. Check that it is switched on and on the network.</source>
        <translation>%1 的标签打印机在 %2 秒内没有响应。请检查打印机是否开启并已联网。</translation>
    </message>
    <message>
        <source>Cannot connect to the label printer at %1: %2.</source>
        <translation>无法连接 %1 的标签打印机：%2。</translation>
    </message>
    <message>
        <source>The labels could not be sent to the printer at %1: %2.</source>
        <translation>无法将标签发送到 %1 的打印机：%2。</translation>
    </message>
</context>
<context>
    <name>WorkOrderRules</name>
    <message>
        <source>Choose the product to make.</source>
        <translation>请选择要生产的产品。</translation>
    </message>
    <message>
        <source>Product %1 is deactivated. Activate it or choose another product.</source>
        <translation>产品 %1 已停用。请启用该产品，或选择其他产品。</translation>
    </message>
    <message>
        <source>The planned quantity must be greater than zero.</source>
        <translation>计划数量必须大于零。</translation>
    </message>
    <message>
        <source>A planned quantity of more than %1 is not plausible.</source>
        <translation>计划数量超过 %1，数值不合理，请检查。</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>请填写交期。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Lot No.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>%1 is too long: at most 80 characters.</source>
        <translation>%1过长：最多 80 个字符。</translation>
    </message>
    <message>
        <source>The notes are too long: at most 2000 characters.</source>
        <translation>备注过长：最多 2000 个字符。</translation>
    </message>
    <message>
        <source>%1 is already the number of a material lot. Give the production lot a number of its own.</source>
        <translation>%1 已是一个物料批次的批次号。请给生产批次另编一个批次号。</translation>
    </message>
    <message>
        <source>A work order needs at least one operation.</source>
        <translation>工单至少需要一道工序。</translation>
    </message>
    <message>
        <source>Operation %1 needs a name.</source>
        <translation>请为工序 %1 填写名称。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): the standard time must be greater than zero seconds per piece.</source>
        <translation>工序 %1（%2）：标准工时必须大于 0 秒/件。</translation>
    </message>
    <message>
        <source>Operation %1 (%2) needs a machine.</source>
        <translation>请为工序 %1（%2）指定设备。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): machine %3 is deactivated. Choose an active machine.</source>
        <translation>工序 %1（%2）：设备 %3 已停用。请选择在用的设备。</translation>
    </message>
    <message>
        <source>Product %1 has no routing. Add its operations under Master data ▸ Routings, then release again.</source>
        <translation>产品 %1 没有工艺路线。请在“主数据 ▸ 工艺路线”中添加其工序，然后重新下达。</translation>
    </message>
    <message>
        <source>Operation %1 (%2) is outsourced and needs a supplier.</source>
        <translation>工序 %1（%2）为外协工序，需要供应商。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): the subcontract price cannot be negative.</source>
        <translation>工序 %1（%2）：外协单价不能为负数。</translation>
    </message>
</context>
</TS>
