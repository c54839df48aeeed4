<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Person (login)</source>
        <translation>人员（登录名）</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>按人员筛选</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>开始日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>结束日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Scroll the audit log</source>
        <translation>滚动审计日志</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>没有符合条件的审计记录。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Only your own sent messages that were not recalled can be edited.</source>
        <translation>只能编辑自己已发送且未撤回的消息。</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>DING…</source>
        <translation>DING…</translation>
    </message>
    <message>
        <source>Your next message will be sent as a DING to %1.</source>
        <translation>你的下一条消息将作为 DING 发送给%1。</translation>
    </message>
    <message>
        <source>Cancel DING</source>
        <translation>取消 DING</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>输入消息（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1 / 10000</source>
        <translation>%1 / 10000</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>Offline. Reconnecting in %n s…</source>
        <translation>
            <numerusform>已离线，%n 秒后重新连接…</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Messages will be sent when the connection is back.</source>
        <translation>已离线。连接恢复后将自动发送消息。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1，%n 条未读，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已免打扰</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Search messages, chats, people</source>
        <translation>搜索消息、会话、联系人</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>暂无会话</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>取消免打扰</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>消息免打扰</translation>
    </message>
</context>
<context>
    <name>DepartmentRow</name>
    <message>
        <source>%1, expanded</source>
        <translation>%1，已展开</translation>
    </message>
    <message>
        <source>%1, collapsed</source>
        <translation>%1，已折叠</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>折叠%1</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>展开%1</translation>
    </message>
</context>
<context>
    <name>DepartmentTree</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>DingAlert</name>
    <message numerus="yes">
        <source>%n DING(s) waiting for you</source>
        <translation>
            <numerusform>%n 条 DING 等待你确认</numerusform>
        </translation>
    </message>
    <message>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <source>DING from %1 in %2: %3</source>
        <translation>%1 在 %2 发来 DING：%3</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>会话：%1</translation>
    </message>
    <message>
        <source>(message not loaded yet)</source>
        <translation>（消息尚未加载）</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>打开聊天</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <source>DINGs waiting for you</source>
        <translation>等你确认的 DING</translation>
    </message>
</context>
<context>
    <name>DingDialog</name>
    <message numerus="yes">
        <source>DING %n member(s)</source>
        <translation>
            <numerusform>DING %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DING again to the %n who haven&apos;t confirmed</source>
        <translation>
            <numerusform>再次 DING %n 位未确认的成员</numerusform>
        </translation>
    </message>
    <message>
        <source>DING status</source>
        <translation>DING 状态</translation>
    </message>
    <message>
        <source>DING message</source>
        <translation>DING 消息</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>%1 confirmed, %2 waiting</source>
        <translation>%1 人已确认，%2 人未确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The DING could not be sent.</source>
        <translation>DING 发送失败。</translation>
    </message>
    <message>
        <source>Everyone confirmed</source>
        <translation>所有人都已确认</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Members to DING</source>
        <translation>要 DING 的成员</translation>
    </message>
    <message>
        <source>DING recipients</source>
        <translation>DING 接收人</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Name, pinyin, phone, e-mail</source>
        <translation>姓名、拼音、电话、邮箱</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>搜索通讯录</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in to Tack</source>
        <translation>登录 Tack</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. Trust it only if its SHA-256 fingerprint matches the one your administrator gave you:</source>
        <translation>此服务器的证书不是由本机信任的机构签发的。只有当它的 SHA-256 指纹与管理员提供的一致时才可信任：</translation>
    </message>
    <message>
        <source>Certificate fingerprint %1</source>
        <translation>证书指纹 %1</translation>
    </message>
    <message>
        <source>Trust this certificate and sign in</source>
        <translation>信任此证书并登录</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tack (%1)</source>
        <translation>Tack（%1）</translation>
    </message>
    <message>
        <source>Tack</source>
        <translation>Tack</translation>
    </message>
</context>
<context>
    <name>MentionPopup</name>
    <message>
        <source>Mention suggestions</source>
        <translation>提及建议</translation>
    </message>
    <message>
        <source>Mention everyone</source>
        <translation>提及所有人</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>提及 %1</translation>
    </message>
    <message>
        <source>@all (everyone in this chat)</source>
        <translation>@所有人（本群全部成员）</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>All read</source>
        <translation>全部已读</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 人未读</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>%1 撤回了一条消息</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation>你撤回了一条消息</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>（已编辑）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>发送失败：%1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>通讯录</translation>
    </message>
</context>
<context>
    <name>OrgChartBox</name>
    <message>
        <source>Manager: %1, %2</source>
        <translation>上级：%1，%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Direct report: %1, %2</source>
        <translation>直属下级：%1，%2</translation>
    </message>
</context>
<context>
    <name>OrgChartList</name>
    <message>
        <source>Manager chain and direct reports</source>
        <translation>上级链与直属下级</translation>
    </message>
    <message numerus="yes">
        <source>Direct reports (%n)</source>
        <translation>
            <numerusform>直属下级（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>Org chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <source>Back to profile</source>
        <translation>返回个人资料</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>未找到任何人</translation>
    </message>
    <message>
        <source>No people in this department</source>
        <translation>该部门暂无人员</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Profile of %1</source>
        <translation>%1的个人资料</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Choose a person to see their profile</source>
        <translation>选择一个人查看其资料</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>职位：%1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>发消息</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>给%1发消息</translation>
    </message>
    <message>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <source>DING %1</source>
        <translation>DING %1</translation>
    </message>
    <message>
        <source>View in org chart</source>
        <translation>在组织架构图中查看</translation>
    </message>
    <message>
        <source>View %1 in the org chart</source>
        <translation>在组织架构图中查看%1</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>上级：%1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee ID: %1</source>
        <translation>工号：%1</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Jump to a chat…</source>
        <translation>跳转到会话…</translation>
    </message>
    <message>
        <source>Jump to a chat</source>
        <translation>跳转到会话</translation>
    </message>
    <message>
        <source>Matching chats</source>
        <translation>匹配的会话</translation>
    </message>
</context>
<context>
    <name>ReadReceiptsPopup</name>
    <message>
        <source>Read (%1)</source>
        <translation>已读（%1）</translation>
    </message>
    <message>
        <source>Unread (%1)</source>
        <translation>未读（%1）</translation>
    </message>
    <message>
        <source>Members who read the message</source>
        <translation>已读此消息的成员</translation>
    </message>
    <message>
        <source>Members who have not read the message</source>
        <translation>未读此消息的成员</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Nobody has read it yet</source>
        <translation>还没有人读过</translation>
    </message>
    <message>
        <source>Everyone has read it</source>
        <translation>所有人都已读</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有找到结果</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1（本设备）</translation>
    </message>
    <message>
        <source>Last used %1 from %2</source>
        <translation>最近使用：%1，来自 %2</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <source>Sign out all other devices</source>
        <translation>退出所有其他设备</translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>Choose a chat to start messaging</source>
        <translation>选择一个会话开始聊天</translation>
    </message>
    <message>
        <source>Ctrl+K to jump to a chat</source>
        <translation>按 Ctrl+K 快速跳转会话</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Beginning of the chat</source>
        <translation>已经到最早的消息</translation>
    </message>
</context>
<context>
    <name>UnreadBadge</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 人未读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::AppSession</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>该账号已被停用。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>无法连接服务器，请检查地址和网络。</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>登录失败（%1）。</translation>
    </message>
    <message>
        <source>Messages can only be recalled within 24 hours of sending.</source>
        <translation>消息只能在发送后 24 小时内撤回。</translation>
    </message>
    <message>
        <source>The message was recalled, so it can no longer be edited.</source>
        <translation>该消息已被撤回，无法再编辑。</translation>
    </message>
    <message>
        <source>You are not allowed to do that in this chat.</source>
        <translation>你在此会话中没有该操作权限。</translation>
    </message>
    <message>
        <source>The message or chat no longer exists.</source>
        <translation>该消息或会话已不存在。</translation>
    </message>
    <message>
        <source>The server refused the text (empty or too long).</source>
        <translation>服务器拒绝了该内容（为空或过长）。</translation>
    </message>
    <message>
        <source>The message could not be sent (%1).</source>
        <translation>消息发送失败（%1）。</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>服务器拒绝了该修改（%1）。</translation>
    </message>
    <message>
        <source>Cannot open the local data: %1</source>
        <translation>无法打开本地数据：%1</translation>
    </message>
    <message>
        <source>Saving to the local data failed: %1</source>
        <translation>保存本地数据失败：%1</translation>
    </message>
    <message>
        <source>The server address must start with ws:// or wss://.</source>
        <translation>服务器地址必须以 ws:// 或 wss:// 开头。</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>请输入账号和密码。</translation>
    </message>
    <message numerus="yes">
        <source>A message can have at most %n characters.</source>
        <translation>
            <numerusform>消息最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>该消息已不存在。</translation>
    </message>
    <message>
        <source>The message has not reached the server yet.</source>
        <translation>该消息尚未送达服务器。</translation>
    </message>
    <message>
        <source>Only the sender, the chat owner and admins can recall a message.</source>
        <translation>只有发送者、群主和管理员可以撤回消息。</translation>
    </message>
    <message>
        <source>The message was already recalled.</source>
        <translation>该消息已被撤回。</translation>
    </message>
    <message>
        <source>The message cannot be recalled.</source>
        <translation>该消息无法撤回。</translation>
    </message>
    <message>
        <source>Cannot read the local data.</source>
        <translation>无法读取本地数据。</translation>
    </message>
    <message>
        <source>This device was signed out from another device. Please sign in again.</source>
        <translation>此设备已在另一台设备上被退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>服务器的证书不受信任。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>服务器的证书被拒绝：%1</translation>
    </message>
    <message>
        <source>Cannot remember the certificate: %1</source>
        <translation>无法保存该证书：%1</translation>
    </message>
</context>
<context>
    <name>tack::ui::AuditLogModel</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Recalled a message</source>
        <translation>撤回了一条消息</translation>
    </message>
    <message>
        <source>Created a group</source>
        <translation>创建了群组</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>添加了成员</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>移除了成员</translation>
    </message>
    <message>
        <source>Changed a member&apos;s role</source>
        <translation>更改了成员角色</translation>
    </message>
    <message>
        <source>Changed a person&apos;s role</source>
        <translation>更改了人员角色</translation>
    </message>
    <message>
        <source>Deactivated a person</source>
        <translation>停用了人员</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>导出了审计日志</translation>
    </message>
    <message>
        <source>Imported people</source>
        <translation>导入了人员</translation>
    </message>
    <message>
        <source>Decided an approval</source>
        <translation>处理了审批</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>No one has the login “%1”.</source>
        <translation>没有登录名为“%1”的人员。</translation>
    </message>
    <message>
        <source>Write dates like 2026-11-21.</source>
        <translation>日期格式如 2026-11-21。</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owners and admins may read the audit log.</source>
        <translation>只有组织的所有者和管理员可以查看审计日志。</translation>
    </message>
    <message>
        <source>Connect to the server to read the audit log.</source>
        <translation>连接到服务器后才能查看审计日志。</translation>
    </message>
    <message>
        <source>The audit log could not be loaded (%1).</source>
        <translation>无法加载审计日志（%1）。</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n entries</source>
        <translation>
            <numerusform>正在导出… %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Reactivated a person</source>
        <translation>重新启用了人员</translation>
    </message>
    <message>
        <source>Set a person&apos;s password</source>
        <translation>设置了人员的密码</translation>
    </message>
</context>
<context>
    <name>tack::ui::ConversationListModel</name>
    <message>
        <source>[Message recalled]</source>
        <translation>[消息已撤回]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
</context>
<context>
    <name>tack::ui::DeviceListModel</name>
    <message>
        <source>Cannot list devices: %1</source>
        <translation>无法列出设备：%1</translation>
    </message>
    <message>
        <source>The device could not be signed out: %1</source>
        <translation>无法退出该设备：%1</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>未命名设备</translation>
    </message>
</context>
<context>
    <name>tack::ui::DingRecipientsModel</name>
    <message>
        <source>Confirmed %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>tack::ui::MemberListModel</name>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
</context>
<context>
    <name>tack::ui::PersonCard</name>
    <message>
        <source>, </source>
        <comment>between department names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tack::ui::ReadListModel</name>
    <message>
        <source>Connect to the server to see who has read this.</source>
        <translation>连接服务器后才能查看已读成员。</translation>
    </message>
    <message>
        <source>The list could not be loaded (%1).</source>
        <translation>列表加载失败（%1）。</translation>
    </message>
</context>
<context>
    <name>tack::ui::SearchModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>People</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>tack::ui::TrayNotifier</name>
    <message>
        <source>Open Tack</source>
        <translation>打开 Tack</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 提到了你</translation>
    </message>
    <message numerus="yes">
        <source>Tack: %n unread message(s)</source>
        <translation>
            <numerusform>Tack：%n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Tack</source>
        <translation>Tack</translation>
    </message>
</context>
</TS>
