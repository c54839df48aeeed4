<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Transfer to someone else</source>
        <translation>转交给其他人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>New approver</source>
        <translation>新审批人</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>写评论</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>管理分区</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>AdminPersonRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
</context>
<context>
    <name>ApprovalForm</name>
    <message>
        <source>Change and resubmit</source>
        <translation>修改后重新提交</translation>
    </message>
    <message>
        <source>New approval</source>
        <translation>发起审批</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Form to fill in</source>
        <translation>要填写的表单</translation>
    </message>
    <message>
        <source>Fields of %1</source>
        <translation>%1的字段</translation>
    </message>
    <message>
        <source>Approvers (preview)</source>
        <translation>审批流程（预览）</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>有 %n 个字段需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Offline: it will be sent when the connection is back.</source>
        <translation>离线：将在恢复连接后发送。</translation>
    </message>
</context>
<context>
    <name>ApprovalRow</name>
    <message>
        <source>%1 from %2, %3. %4</source>
        <translation>%2 的%1，%3。%4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
</context>
<context>
    <name>ApprovalText</name>
    <message>
        <source>Manager</source>
        <translation>直属主管</translation>
    </message>
    <message>
        <source>write a whole number</source>
        <translation>请写整数</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>新表单</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>新字段</translation>
    </message>
    <message>
        <source>Option A</source>
        <translation>选项 A</translation>
    </message>
    <message>
        <source>Option B</source>
        <translation>选项 B</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation>满足条件时</translation>
    </message>
    <message>
        <source>write a number of half days</source>
        <translation>请写半天数</translation>
    </message>
    <message>
        <source>Nobody is copied on submission.</source>
        <translation>提交时不抄送任何人。</translation>
    </message>
    <message>
        <source>On submission: %1</source>
        <translation>提交时：%1</translation>
    </message>
    <message>
        <source>A new form</source>
        <translation>新表单</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>单行文本</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>多行文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period (half days)</source>
        <translation>时间段（半天）</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>还不能保存：%1</translation>
    </message>
    <message>
        <source>Saved: “%1” is sent to the server.</source>
        <translation>已保存：“%1”已发送到服务器。</translation>
    </message>
    <message>
        <source>Saved: “%1” will be sent when the connection is back.</source>
        <translation>已保存：“%1”将在恢复连接后发送。</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>approved</comment>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <comment>rejected</comment>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <source>%1 ↩</source>
        <comment>returned</comment>
        <translation>%1 ↩</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1（待处理）</translation>
    </message>
    <message>
        <source>Skipped: nobody to approve</source>
        <translation>已跳过：没有审批人</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>CC: %1</source>
        <translation>抄送：%1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>正在发送：%1</translation>
    </message>
    <message>
        <source>Offline: %1 will be sent when the connection is back; the server decides.</source>
        <translation>离线：%1将在恢复连接后发送，以服务器为准。</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>Dates like 2026-11-23</source>
        <translation>日期格式如 2026-11-23</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nobody found: the org&apos;s admins approve</source>
        <translation>找不到审批人：由组织管理员审批</translation>
    </message>
    <message>
        <source>CC: an approval role, when it is done</source>
        <translation>抄送：审批完成后抄送一个审批角色</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>等待 %1 审批</translation>
    </message>
    <message>
        <source>%1 passed it on to %2</source>
        <translation>%1 转交给了 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a person&apos;s name and what they did: 王芳 approved</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <comment>a leave period: date, half of the day, date, half of the day</comment>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提交了</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>同意了</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝了</translation>
    </message>
    <message>
        <source>returned it for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>重新提交了</translation>
    </message>
    <message>
        <source>withdrew</source>
        <translation>撤回了</translation>
    </message>
    <message>
        <source>transferred it</source>
        <translation>转交了</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>评论了</translation>
    </message>
    <message>
        <source>urged the approvers</source>
        <translation>催办了审批人</translation>
    </message>
    <message>
        <source>one after another</source>
        <translation>依次审批</translation>
    </message>
    <message>
        <source>all must approve</source>
        <translation>会签（须全部同意）</translation>
    </message>
    <message>
        <source>any one approves</source>
        <translation>或签（一人同意即可）</translation>
    </message>
</context>
<context>
    <name>ApprovalView</name>
    <message>
        <source>Choose an approval, or start a new one.</source>
        <translation>选择一个审批，或发起新的审批。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation>服务器未接受：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Transfer to someone else</source>
        <translation>转交给其他人</translation>
    </message>
    <message>
        <source>Change and resubmit</source>
        <translation>修改后重新提交</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Urge the approvers</source>
        <translation>催办审批人</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>History</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1（等待发送）</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1，%2。%3</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Design forms</source>
        <translation>设计表单</translation>
    </message>
    <message>
        <source>New</source>
        <translation>发起</translation>
    </message>
    <message>
        <source>Start a new approval</source>
        <translation>发起新的审批</translation>
    </message>
    <message>
        <source>Approval lists</source>
        <translation>审批列表</translation>
    </message>
    <message>
        <source>To approve (%1)</source>
        <translation>待我审批（%1）</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>我发起的</translation>
    </message>
    <message>
        <source>Submitted by me</source>
        <translation>我发起的</translation>
    </message>
    <message>
        <source>CC&apos;d</source>
        <translation>抄送我的</translation>
    </message>
    <message>
        <source>CC&apos;d to me</source>
        <translation>抄送我的</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Approvals in this list</source>
        <translation>此列表中的审批</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>没有待你审批的事项。</translation>
    </message>
    <message>
        <source>You have not submitted anything yet.</source>
        <translation>你还没有发起过审批。</translation>
    </message>
    <message>
        <source>Nothing was copied to you.</source>
        <translation>没有抄送给你的审批。</translation>
    </message>
    <message>
        <source>Approvals you decided show here.</source>
        <translation>你处理过的审批会显示在这里。</translation>
    </message>
</context>
<context>
    <name>AssigneeList</name>
    <message>
        <source>Assignees</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
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
    <name>BoardCard</name>
    <message>
        <source>Enter edits the card, Ctrl+M moves it</source>
        <translation>回车编辑卡片，Ctrl+M 移动卡片</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>%1 的操作</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>删除卡片</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>Column %1, %2 cards, %3</source>
        <translation>列 %1，%2 张卡片，%3</translation>
    </message>
    <message>
        <source>Column %1, %2 cards</source>
        <translation>列 %1，%2 张卡片</translation>
    </message>
    <message>
        <source>%1 cards, limit %2</source>
        <translation>%1 张卡片，上限 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 actions</source>
        <translation>列 %1 的操作</translation>
    </message>
    <message>
        <source>Rename or set WIP limit…</source>
        <translation>重命名或设置在制品上限…</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Delete column…</source>
        <translation>删除列…</translation>
    </message>
    <message>
        <source>+ Add a card</source>
        <translation>+ 添加卡片</translation>
    </message>
    <message>
        <source>New card in %1</source>
        <translation>在 %1 中新建卡片</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>My boards</source>
        <translation>我的看板</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · not synced yet</source>
        <translation>%1 · 尚未同步</translation>
    </message>
</context>
<context>
    <name>BoardMemberList</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1（所有者）</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Leave the board</source>
        <translation>退出看板</translation>
    </message>
    <message>
        <source>Remove %1 from the board</source>
        <translation>将 %1 移出看板</translation>
    </message>
</context>
<context>
    <name>BoardMembersDialog</name>
    <message>
        <source>Board members</source>
        <translation>看板成员</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BoardText</name>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>移自 %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n column(s) over the WIP limit</source>
        <translation>
            <numerusform>%n 列超过在制品上限</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Board members</source>
        <translation>看板成员</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Rename board…</source>
        <translation>重命名看板…</translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation>重命名看板</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>Boards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>+ New</source>
        <translation>+ 新建</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>新建看板</translation>
    </message>
    <message>
        <source>No boards yet. Create one to plan work with your team.</source>
        <translation>还没有看板。新建一个，与团队一起规划工作。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Choose a board, or create one with New.</source>
        <translation>选择一个看板，或点“新建”创建一个。</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Choose %1 in a calendar</source>
        <translation>在日历中选择%1</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>在日历中选择日期</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>CalendarFeedBox</name>
    <message>
        <source>Calendar feed</source>
        <translation>日历订阅</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>日历订阅地址</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the calendar feed address</source>
        <translation>复制日历订阅地址</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ask for the calendar feed address again</source>
        <translation>重新获取日历订阅地址</translation>
    </message>
    <message>
        <source>Thunderbird, Outlook and other calendar apps can subscribe to this address to show your due dates. Keep it private: anyone with it can read them.</source>
        <translation>Thunderbird、Outlook 等日历应用可以订阅这个地址来显示你的截止日期。请勿外传：拿到地址的人都能看到它们。</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>正在更换…</translation>
    </message>
    <message>
        <source>Reset address…</source>
        <translation>重置地址…</translation>
    </message>
    <message>
        <source>Replace the calendar feed address with a new one</source>
        <translation>用新地址替换日历订阅地址</translation>
    </message>
    <message>
        <source>Replacing the address needs a connection to the server.</source>
        <translation>更换地址需要连接到服务器。</translation>
    </message>
    <message>
        <source>Replace the calendar feed address?</source>
        <translation>更换日历订阅地址？</translation>
    </message>
    <message>
        <source>You get a new address and the current one stops working at once. Calendars subscribed to the old address stop updating until you subscribe them to the new one. Do this when the address has reached someone who should not see your due dates.</source>
        <translation>你会得到一个新地址，当前地址立即失效。订阅了旧地址的日历将不再更新，直到你让它们改为订阅新地址。当地址落到不该看到你截止日期的人手里时，请这样做。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the current calendar feed address</source>
        <translation>保留当前的日历订阅地址</translation>
    </message>
    <message>
        <source>Replace address</source>
        <translation>更换地址</translation>
    </message>
    <message>
        <source>Replace the calendar feed address now</source>
        <translation>立即更换日历订阅地址</translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>卡片标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>2026-12-31 or 2026-12-31 17:00; empty for none</source>
        <translation>2026-12-31 或 2026-12-31 17:00；留空表示无</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>+ Add an item (Enter)</source>
        <translation>+ 添加一项（回车）</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>新检查项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Card is done</source>
        <translation>卡片已完成</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>删除卡片</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>保存卡片</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Cards in %1</source>
        <translation>%1 中的卡片</translation>
    </message>
</context>
<context>
    <name>ChainPreview</name>
    <message>
        <source>Step %1: %2, %3. %4 %5</source>
        <translation>第 %1 步：%2，%3。%4 %5</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nobody needs to approve: it is approved when submitted.</source>
        <translation>无需审批：提交即通过。</translation>
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
    <message>
        <source>Make todo…</source>
        <translation>创建待办…</translation>
    </message>
    <message>
        <source>Make a todo from this message</source>
        <translation>从这条消息创建待办</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Remove the item %1</source>
        <translation>移除检查项 %1</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Edit column</source>
        <translation>编辑列</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Column title</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>WIP limit (0 for none)</source>
        <translation>在制品上限（0 表示不限）</translation>
    </message>
    <message>
        <source>Work-in-progress limit, 0 for none</source>
        <translation>在制品上限，0 表示不限</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the column</source>
        <translation>保存列</translation>
    </message>
</context>
<context>
    <name>ColumnList</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
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
    <name>DatePickerGrid</name>
    <message>
        <source>%1, today</source>
        <translation>%1，今天</translation>
    </message>
</context>
<context>
    <name>DatePickerPopup</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（Page Up）</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>calendar title: a Qt date format with the month and the year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（Page Down）</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除%1</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Pick today</source>
        <translation>选择今天</translation>
    </message>
</context>
<context>
    <name>DateRangeEditor</name>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>%1, first day</source>
        <translation>%1，开始日期</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <source>%1, first day starts in the</source>
        <translation>%1，开始于</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>%1, last day</source>
        <translation>%1，结束日期</translation>
    </message>
    <message>
        <source>%1, last day ends in the</source>
        <translation>%1，结束于</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation>%1：日期</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>%1: time</source>
        <translation>%1：时间</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Quick choices for %1</source>
        <translation>%1 的快捷选项</translation>
    </message>
    <message>
        <source>Today, 18:00</source>
        <translation>今天 18:00</translation>
    </message>
    <message>
        <source>Tomorrow, 09:00</source>
        <translation>明天 09:00</translation>
    </message>
    <message>
        <source>In a week, 09:00</source>
        <translation>一周后 09:00</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>无%1</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>日期无效</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <source>Deactivate %1?</source>
        <translation>停用 %1？</translation>
    </message>
    <message>
        <source>%1 will be signed out on every device at once and can no longer sign in. They leave every group chat (groups they own pass to another member). Their messages, DINGs and direct chats are kept, and you can reactivate them later.</source>
        <translation>%1 将立即在所有设备上退出登录，并且无法再登录。TA 会退出所有群聊（TA 创建的群会移交给其他成员）。TA 的消息、DING 和单聊都会保留，之后可以重新启用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
</context>
<context>
    <name>DeleteColumnDialog</name>
    <message>
        <source>Delete the column “%1”?</source>
        <translation>删除列“%1”？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the column %1</source>
        <translation>删除列 %1</translation>
    </message>
</context>
<context>
    <name>DepartmentChips</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1（主部门）</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>设为主部门</translation>
    </message>
    <message>
        <source>Make %1 the primary department</source>
        <translation>把 %1 设为主部门</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从 %1 移除</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
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
    <name>DepartmentsAdmin</name>
    <message>
        <source>New top-level department</source>
        <translation>新的顶级部门</translation>
    </message>
    <message>
        <source>Name of a new top-level department</source>
        <translation>新顶级部门的名称</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the top-level department</source>
        <translation>添加该顶级部门</translation>
    </message>
    <message>
        <source>Choose a department to manage</source>
        <translation>选择要管理的部门</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the department</source>
        <translation>重命名该部门</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move the department under the chosen parent</source>
        <translation>把该部门移到所选上级部门下</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Set manager</source>
        <translation>设置负责人</translation>
    </message>
    <message>
        <source>Set the department&apos;s manager</source>
        <translation>设置部门负责人</translation>
    </message>
    <message>
        <source>Sub-department</source>
        <translation>子部门</translation>
    </message>
    <message>
        <source>Name of a new sub-department</source>
        <translation>新子部门的名称</translation>
    </message>
    <message>
        <source>Add the sub-department</source>
        <translation>添加该子部门</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>DesignerFieldRow</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label of field %1</source>
        <translation>第 %1 个字段的标签</translation>
    </message>
    <message>
        <source>key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Key of field %1</source>
        <translation>第 %1 个字段的标识</translation>
    </message>
    <message>
        <source>Kind of field %1</source>
        <translation>第 %1 个字段的类型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Field %1 is required</source>
        <translation>第 %1 个字段必填</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Minimum of field %1</source>
        <translation>第 %1 个字段的最小值</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Maximum of field %1</source>
        <translation>第 %1 个字段的最大值</translation>
    </message>
    <message>
        <source>Decimals of field %1</source>
        <translation>第 %1 个字段的小数位数</translation>
    </message>
    <message>
        <source>Currencies, e.g. CNY, USD (empty: any)</source>
        <translation>币种，如 CNY, USD（留空：不限）</translation>
    </message>
    <message>
        <source>Currencies of field %1</source>
        <translation>第 %1 个字段的币种</translation>
    </message>
    <message>
        <source>Move field %1 up</source>
        <translation>上移第 %1 个字段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove field %1</source>
        <translation>删除第 %1 个字段</translation>
    </message>
    <message>
        <source>Pattern (regular expression), optional</source>
        <translation>格式（正则表达式），可选</translation>
    </message>
    <message>
        <source>Pattern of field %1</source>
        <translation>第 %1 个字段的格式</translation>
    </message>
    <message>
        <source>Hint shown when it does not match</source>
        <translation>不匹配时显示的提示</translation>
    </message>
    <message>
        <source>Pattern hint of field %1</source>
        <translation>第 %1 个字段的格式提示</translation>
    </message>
    <message>
        <source>One option a line: key=Label</source>
        <translation>每行一个选项：标识=名称</translation>
    </message>
    <message>
        <source>Options of field %1</source>
        <translation>第 %1 个字段的选项</translation>
    </message>
</context>
<context>
    <name>DesignerStepRow</name>
    <message>
        <source>Step %1: only when…</source>
        <translation>第 %1 步：仅当…</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>删除第 %1 步</translation>
    </message>
    <message>
        <source>Field the condition of step %1 tests</source>
        <translation>第 %1 步条件判断的字段</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Comparison of step %1</source>
        <translation>第 %1 步的比较方式</translation>
    </message>
    <message>
        <source>Value, e.g. 5000</source>
        <translation>值，如 5000</translation>
    </message>
    <message>
        <source>Value the condition of step %1 compares with</source>
        <translation>第 %1 步条件比较的值</translation>
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
    <message>
        <source>Owner</source>
        <comment>org role</comment>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>org role</comment>
        <translation>管理员</translation>
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
    <name>FieldEditor</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Amount, e.g. 1234.50</source>
        <translation>金额，如 1234.50</translation>
    </message>
    <message>
        <source>Currency of %1</source>
        <translation>%1的币种</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FormDesigner</name>
    <message>
        <source>Form designer</source>
        <translation>表单设计</translation>
    </message>
    <message>
        <source>Form to edit</source>
        <translation>要编辑的表单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the designer</source>
        <translation>关闭表单设计</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Form name</source>
        <translation>表单名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Form key</source>
        <translation>表单标识</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Form description</source>
        <translation>表单说明</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kind of the new field</source>
        <translation>新字段的类型</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Approver chain</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Add an approver step</source>
        <translation>添加审批步骤</translation>
    </message>
    <message>
        <source>Add conditional step</source>
        <translation>添加条件步骤</translation>
    </message>
    <message>
        <source>Add a step that applies only when a condition holds</source>
        <translation>添加仅在满足条件时生效的步骤</translation>
    </message>
    <message>
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Person to copy on submission</source>
        <translation>提交时抄送的人</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Remove the last person copied</source>
        <translation>删除最后一位抄送人</translation>
    </message>
    <message>
        <source>When approved, copy the role</source>
        <translation>通过后抄送角色</translation>
    </message>
    <message>
        <source>e.g. hr (empty: nobody)</source>
        <translation>如 hr（留空：不抄送）</translation>
    </message>
    <message>
        <source>Approval role copied when approved</source>
        <translation>通过后抄送的审批角色</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>需修改：%1</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>保存表单</translation>
    </message>
</context>
<context>
    <name>LineItemCell</name>
    <message>
        <source>Item %1, %2</source>
        <translation>第 %1 项，%2</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>e.g. 120.50</source>
        <translation>如 120.50</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
</context>
<context>
    <name>LineItemRow</name>
    <message>
        <source>Item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>删除第 %1 项</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Currency of %1</source>
        <translation>%1的币种</translation>
    </message>
    <message>
        <source>Items of %1</source>
        <translation>%1的明细</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>向%1添加一项</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <message>
        <source>Todo made from this message: open it</source>
        <translation>由这条消息创建的待办：打开</translation>
    </message>
    <message>
        <source>A todo was made from this message</source>
        <translation>已从这条消息创建待办</translation>
    </message>
    <message>
        <source>☑ Todo</source>
        <translation>☑ 待办</translation>
    </message>
</context>
<context>
    <name>MoveCardDialog</name>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column to move the card to</source>
        <translation>要移到的列</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Position in the column</source>
        <translation>在列中的位置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move the card</source>
        <translation>移动卡片</translation>
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
    <message>
        <source>Admin</source>
        <comment>the rail&apos;s short name of the administration pages</comment>
        <translation>管理</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation>新建看板</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Release 0.4</source>
        <translation>例如：0.4 版发布</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>看板名称</translation>
    </message>
    <message>
        <source>Columns, left to right</source>
        <translation>列（从左到右）</translation>
    </message>
    <message>
        <source>Columns, separated by commas</source>
        <translation>列，用逗号分隔</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Create the board</source>
        <translation>创建看板</translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Step name</source>
        <translation>步骤名称</translation>
    </message>
    <message>
        <source>Name of step %1</source>
        <translation>第 %1 步的名称</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>依次审批</translation>
    </message>
    <message>
        <source>All must approve</source>
        <translation>会签（须全部同意）</translation>
    </message>
    <message>
        <source>Any one approves</source>
        <translation>或签（一人同意即可）</translation>
    </message>
    <message>
        <source>How the approvers of step %1 decide</source>
        <translation>第 %1 步审批人的决定方式</translation>
    </message>
    <message>
        <source>The submitter&apos;s manager</source>
        <translation>提交人的主管</translation>
    </message>
    <message>
        <source>Named people</source>
        <translation>指定人员</translation>
    </message>
    <message>
        <source>A department&apos;s head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>An approval role</source>
        <translation>审批角色</translation>
    </message>
    <message>
        <source>Who approves step %1</source>
        <translation>第 %1 步由谁审批</translation>
    </message>
    <message>
        <source>Levels up</source>
        <translation>向上级数</translation>
    </message>
    <message>
        <source>level(s) up</source>
        <translation>级</translation>
    </message>
    <message>
        <source>Role, e.g. finance</source>
        <translation>角色，如 finance</translation>
    </message>
    <message>
        <source>Approval role</source>
        <translation>审批角色</translation>
    </message>
    <message>
        <source>The submitter&apos;s own department</source>
        <translation>提交人所在部门</translation>
    </message>
    <message>
        <source>Department whose head approves</source>
        <translation>由其负责人审批的部门</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>Approver to add</source>
        <translation>要添加的审批人</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Remove the last approver of step %1</source>
        <translation>删除第 %1 步的最后一位审批人</translation>
    </message>
    <message>
        <source>When nobody is found:</source>
        <translation>找不到审批人时：</translation>
    </message>
    <message>
        <source>Skip the step</source>
        <translation>跳过此步</translation>
    </message>
    <message>
        <source>The org&apos;s admins approve</source>
        <translation>由组织管理员审批</translation>
    </message>
    <message>
        <source>When step %1 finds nobody</source>
        <translation>第 %1 步找不到审批人时</translation>
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
    <name>PeopleAdmin</name>
    <message>
        <source>Name, pinyin, login, phone, e-mail</source>
        <translation>姓名、拼音、账号、电话、邮箱</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>搜索人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Show the people of a department</source>
        <translation>显示某部门的人员</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Show deactivated people</source>
        <translation>显示已停用的人员</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Scroll the people</source>
        <translation>滚动人员列表</translation>
    </message>
    <message>
        <source>Nobody is deactivated</source>
        <translation>没有已停用的人员</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>未找到任何人</translation>
    </message>
    <message>
        <source>No people in this department</source>
        <translation>该部门暂无人员</translation>
    </message>
    <message>
        <source>Choose a person to manage</source>
        <translation>选择要管理的人员</translation>
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
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Employee ID: %1</source>
        <translation>工号：%1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系方式：%1</translation>
    </message>
    <message>
        <source>Only an owner can change, deactivate or reactivate an owner or an admin.</source>
        <translation>只有所有者可以修改、停用或重新启用所有者或管理员。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Department to move %1 to</source>
        <translation>%1 要调往的部门</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move %1 to the chosen department</source>
        <translation>把 %1 调到所选部门</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>重新启用 %1</translation>
    </message>
</context>
<context>
    <name>PeopleChips</name>
    <message>
        <source>Chosen people</source>
        <translation>已选的人</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
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
    <name>PersonEditor</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>e.g. lilei</source>
        <translation>例如 lilei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>At least 8 characters; empty: cannot sign in yet</source>
        <translation>至少 8 个字符；留空则暂时无法登录</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>留空则保持当前密码</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Department to add</source>
        <translation>要添加的部门</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the department</source>
        <translation>添加该部门</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除%1</translation>
    </message>
    <message>
        <source>Search to choose someone else</source>
        <translation>搜索以选择其他人</translation>
    </message>
    <message>
        <source>Search by name or login</source>
        <translation>按姓名或账号搜索</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <message>
        <source>I am on leave</source>
        <translation>我在休假</translation>
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
    <name>RenameBoardDialog</name>
    <message>
        <source>Rename board</source>
        <translation>重命名看板</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>看板名称</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>看板需要一个名称。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation>重命名看板</translation>
    </message>
</context>
<context>
    <name>RolesAdmin</name>
    <message>
        <source>Owners and admins add and change people and departments. Only owners change roles.</source>
        <translation>所有者和管理员可以添加和修改人员与部门。只有所有者可以更改角色。</translation>
    </message>
    <message>
        <source>Only an owner can change who is an owner or admin.</source>
        <translation>只有所有者可以更改谁是所有者或管理员。</translation>
    </message>
    <message>
        <source>Person to give a role</source>
        <translation>要授予角色的人员</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role to give</source>
        <translation>要授予的角色</translation>
    </message>
    <message>
        <source>Give role</source>
        <translation>授予角色</translation>
    </message>
    <message>
        <source>Give %1 the chosen role</source>
        <translation>授予 %1 所选角色</translation>
    </message>
    <message>
        <source>Owners, admins and department managers</source>
        <translation>所有者、管理员和部门负责人</translation>
    </message>
    <message>
        <source>Scroll the roles</source>
        <translation>滚动角色列表</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Manages %1</source>
        <translation>负责 %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>设为所有者</translation>
    </message>
    <message>
        <source>Make %1 an owner</source>
        <translation>把 %1 设为所有者</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>设为管理员</translation>
    </message>
    <message>
        <source>Make %1 an admin</source>
        <translation>把 %1 设为管理员</translation>
    </message>
    <message>
        <source>The last owner stays an owner. Make someone else an owner first.</source>
        <translation>最后一位所有者不能取消。请先把其他人设为所有者。</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>取消角色</translation>
    </message>
    <message>
        <source>Make %1 an ordinary member</source>
        <translation>把 %1 设为普通成员</translation>
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
    <name>StorageBanner</name>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
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
    <name>TodoAlertStack</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Overdue todo of your team</source>
        <translation>团队成员的待办已逾期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation>关闭“%1”</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>打开“%1”</translation>
    </message>
</context>
<context>
    <name>TodoEditor</name>
    <message>
        <source>This todo is not in your lists.</source>
        <translation>这个待办不在你的列表中。</translation>
    </message>
    <message>
        <source>New todo</source>
        <translation>新建待办</translation>
    </message>
    <message>
        <source>Edit todo</source>
        <translation>编辑待办</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this todo</source>
        <translation>删除这个待办</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What needs doing?</source>
        <translation>要做什么？</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>详细说明（可选）</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Nobody: the todo is yours.</source>
        <translation>未指派：这是你自己的待办。</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>None</source>
        <comment>todo priority</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>todo priority</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>todo priority</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>todo priority</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Made from a chat message; the message will show a todo mark.</source>
        <translation>由聊天消息创建；该消息将显示待办标记。</translation>
    </message>
    <message>
        <source>Made from a chat message.</source>
        <translation>由聊天消息创建。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the chat message</source>
        <translation>打开聊天消息</translation>
    </message>
</context>
<context>
    <name>TodoRow</name>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue, was due %1</source>
        <translation>已逾期，截止于 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source>Mark “%1” as not done</source>
        <translation>将“%1”标为未完成</translation>
    </message>
    <message>
        <source>Mark “%1” as done</source>
        <translation>将“%1”标为已完成</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>已逾期 · %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Card on a board</source>
        <translation>看板卡片</translation>
    </message>
    <message>
        <source>Open chat message</source>
        <translation>打开聊天消息</translation>
    </message>
    <message>
        <source>Open the chat message of “%1”</source>
        <translation>打开“%1”的聊天消息</translation>
    </message>
</context>
<context>
    <name>TodoSections</name>
    <message>
        <source>Todo lists</source>
        <translation>待办列表</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n todo(s)</source>
        <translation>
            <numerusform>%1，%n 个待办</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodosPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation>我指派的</translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation>上报给我的</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>New todo</source>
        <translation>新建待办</translation>
    </message>
    <message>
        <source>Nothing done yet.</source>
        <translation>还没有完成的待办。</translation>
    </message>
    <message>
        <source>You have not assigned todos to anyone.</source>
        <translation>你还没有给别人指派待办。</translation>
    </message>
    <message>
        <source>Nothing here. Use “New todo”, or “Make todo” on a chat message.</source>
        <translation>这里还没有内容。点击“新建待办”，或在聊天消息上选择“创建待办”。</translation>
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
    <name>tack::approvals</name>
    <message>
        <source>submitted by %1 at %2</source>
        <translation>由 %1 于 %2 提交</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>由 %1 于 %2 同意</translation>
    </message>
    <message>
        <source>rejected by %1 at %2</source>
        <translation>由 %1 于 %2 拒绝</translation>
    </message>
    <message>
        <source>returned for changes by %1 at %2</source>
        <translation>由 %1 于 %2 退回修改</translation>
    </message>
    <message>
        <source>resubmitted by %1 at %2</source>
        <translation>由 %1 于 %2 重新提交</translation>
    </message>
    <message>
        <source>withdrawn by %1 at %2</source>
        <translation>由 %1 于 %2 撤回</translation>
    </message>
    <message>
        <source>transferred by %1 at %2</source>
        <translation>由 %1 于 %2 转交</translation>
    </message>
    <message>
        <source>commented on by %1 at %2</source>
        <translation>由 %1 于 %2 评论</translation>
    </message>
    <message>
        <source>urged by %1 at %2</source>
        <translation>由 %1 于 %2 催办</translation>
    </message>
    <message>
        <source>Tack</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>you are not part of this approval</source>
        <translation>你不是这个审批的参与人</translation>
    </message>
    <message>
        <source>write something to comment</source>
        <translation>请填写评论内容</translation>
    </message>
    <message>
        <source>only the submitter can urge the approvers</source>
        <translation>只有提交人可以催办</translation>
    </message>
    <message>
        <source>nobody is waiting to approve this</source>
        <translation>没有人在等待审批这一项</translation>
    </message>
    <message>
        <source>this approval changed meanwhile; look again</source>
        <translation>这个审批已有变化，请重新查看</translation>
    </message>
    <message>
        <source>it is not your turn to decide this</source>
        <translation>还没轮到你审批</translation>
    </message>
    <message>
        <source>give a reason for rejecting</source>
        <translation>请填写拒绝理由</translation>
    </message>
    <message>
        <source>transfer to an active person who is neither the submitter nor already an approver here</source>
        <translation>请转交给一位在职人员，且不是提交人，也不是本节点的审批人</translation>
    </message>
    <message>
        <source>only the submitter can resubmit</source>
        <translation>只有提交人可以重新提交</translation>
    </message>
    <message>
        <source>only an approval returned for changes can be resubmitted</source>
        <translation>只有被退回修改的审批才能重新提交</translation>
    </message>
    <message>
        <source>only the submitter can withdraw</source>
        <translation>只有提交人可以撤回</translation>
    </message>
    <message>
        <source>that is not an action on an approval</source>
        <translation>这不是审批操作</translation>
    </message>
    <message>
        <source>already %1</source>
        <translation>已%1</translation>
    </message>
    <message>
        <source>cannot withdraw: already %1</source>
        <translation>无法撤回：已%1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属主管</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Time off: annual, sick, personal and other leave.</source>
        <translation>请假：年假、病假、事假等。</translation>
    </message>
    <message>
        <source>Leave type</source>
        <translation>请假类型</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>年假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Time off in lieu</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation>婚假</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>产假/陪产假</translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation>丧假</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>More than 3 days</source>
        <translation>超过 3 天</translation>
    </message>
    <message>
        <source>Second-level manager</source>
        <translation>二级主管</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <source>Hours worked beyond the schedule, paid or taken back as time off.</source>
        <translation>计划外的工作时长，可发加班费或调休。</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿方式</translation>
    </message>
    <message>
        <source>Overtime pay</source>
        <translation>加班费</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>报销</translation>
    </message>
    <message>
        <source>Reimbursement of costs paid for work, item by item.</source>
        <translation>为工作垫付的费用，逐项报销。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>餐费</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>办公用品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total above 5,000.00 CNY</source>
        <translation>合计超过 5,000.00 元</translation>
    </message>
    <message>
        <source>Finance director</source>
        <translation>财务总监</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Missed punch</source>
        <translation>补卡</translation>
    </message>
    <message>
        <source>A clock-in or clock-out the attendance record is missing (补卡).</source>
        <translation>考勤记录缺少的一次上班或下班打卡（补卡）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>like 09:05 (24-hour clock)</source>
        <translation>如 09:05（24 小时制）</translation>
    </message>
    <message>
        <source>Punch</source>
        <translation>打卡类型</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>上班打卡</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>下班打卡</translation>
    </message>
    <message>
        <source>General request</source>
        <translation>通用审批</translation>
    </message>
    <message>
        <source>Anything else that needs a manager&apos;s approval.</source>
        <translation>其他需要主管审批的事项。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>请输入数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write it like 1234.5</source>
        <translation>“%1”不是数字，请写成 1234.5 这样</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>use a whole number, without decimal places</source>
        <translation>请使用整数，不带小数</translation>
    </message>
    <message>
        <source>use at most %1 digits after the decimal point</source>
        <translation>小数点后最多 %1 位</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数字太大</translation>
    </message>
    <message>
        <source>write an amount like 1234.50 or 1234.50 USD</source>
        <translation>请写成 1234.50 或 1234.50 USD 这样的金额</translation>
    </message>
    <message>
        <source>write a date like 2026-11-23</source>
        <translation>请写成 2026-11-23 这样的日期</translation>
    </message>
    <message>
        <source>write a period like 2026-11-23pm..2026-11-25am</source>
        <translation>请写成 2026-11-23pm..2026-11-25am 这样的时间段</translation>
    </message>
    <message>
        <source>give the id as a positive number</source>
        <translation>编号应为正整数</translation>
    </message>
    <message>
        <source>line items cannot be typed as text</source>
        <translation>明细不能以文本输入</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1必须是数字</translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-11-23</source>
        <translation>%1必须是 2026-11-23 这样的日期</translation>
    </message>
    <message>
        <source>choose one option for %1</source>
        <translation>请为%1选择一项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2</source>
        <translation>“%1”不是%2的选项</translation>
    </message>
    <message>
        <source>choose a person for %1</source>
        <translation>请为%1选择一个人</translation>
    </message>
    <message>
        <source>%1 names nobody in the directory</source>
        <translation>%1在通讯录中找不到此人</translation>
    </message>
    <message>
        <source>choose a department for %1</source>
        <translation>请为%1选择一个部门</translation>
    </message>
    <message>
        <source>%1 names no department in the directory</source>
        <translation>%1在通讯录中找不到此部门</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1至少为 %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1最多为 %2</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1必须是文本</translation>
    </message>
    <message>
        <source>%1 takes a single line</source>
        <translation>%1只能填一行</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters</source>
        <translation>%1最多 %2 个字符</translation>
    </message>
    <message>
        <source>%1 needs at least %2 characters</source>
        <translation>%1至少需要 %2 个字符</translation>
    </message>
    <message>
        <source>%1 is not in the expected form</source>
        <translation>%1的格式不对</translation>
    </message>
    <message>
        <source>%1 should look %2</source>
        <translation>%1应当%2</translation>
    </message>
    <message>
        <source>%1 must be an amount</source>
        <translation>%1必须是金额</translation>
    </message>
    <message>
        <source>%1 cannot be in %2</source>
        <translation>%1不能使用 %2</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>金额太大</translation>
    </message>
    <message>
        <source>%1 needs a start and an end date, each with morning or afternoon</source>
        <translation>%1需要开始和结束日期，并注明上午或下午</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation>%1的结束早于开始</translation>
    </message>
    <message>
        <source>%1 is longer than a year</source>
        <translation>%1超过一年</translation>
    </message>
    <message>
        <source>choose options for %1</source>
        <translation>请为%1选择选项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2, or is chosen twice</source>
        <translation>“%1”不是%2的选项，或重复选择</translation>
    </message>
    <message>
        <source>%1 must be a list of items</source>
        <translation>%1必须是明细列表</translation>
    </message>
    <message>
        <source>%1 has at most %2 items</source>
        <translation>%1最多 %2 项</translation>
    </message>
    <message>
        <source>item %1 of %2 is not an item</source>
        <translation>%2的第 %1 项格式不对</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;</source>
        <translation>%1没有“%2”列</translation>
    </message>
    <message>
        <source>all items of %1 use one currency (%2)</source>
        <translation>%1的所有明细须使用同一币种（%2）</translation>
    </message>
    <message>
        <source>this form has no field &quot;%1&quot;</source>
        <translation>此表单没有“%1”字段</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>a currency is a three-letter ISO 4217 code such as CNY or USD</source>
        <translation>币种是 CNY、USD 这样的三位 ISO 4217 代码</translation>
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
    <name>tack::ui::ApprovalCenter</name>
    <message>
        <source>Please look at my approval request waiting for you: %1</source>
        <translation>请处理我提交、正等待你审批的申请：%1</translation>
    </message>
    <message>
        <source>Your turn to approve</source>
        <translation>轮到你审批</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Tack</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>%1 approved your %2; it is approved.</source>
        <translation>%1 同意了你的%2，审批已通过。</translation>
    </message>
    <message>
        <source>%1 approved your %2.</source>
        <translation>%1 同意了你的%2。</translation>
    </message>
    <message>
        <source>%1 rejected your %2.</source>
        <translation>%1 拒绝了你的%2。</translation>
    </message>
    <message>
        <source>%1 returned your %2 for changes.</source>
        <translation>%1 退回了你的%2，请修改。</translation>
    </message>
    <message>
        <source>%1 passed your %2 on to someone else.</source>
        <translation>%1 把你的%2转交给了其他人。</translation>
    </message>
    <message>
        <source>A decision on your request</source>
        <translation>你的申请有了新进展</translation>
    </message>
    <message>
        <source>Copied to you</source>
        <translation>抄送给你</translation>
    </message>
    <message>
        <source>Already %1</source>
        <comment>followed by e.g. &apos;approved by Wang Fang at 10:42&apos;</comment>
        <translation>已%1</translation>
    </message>
    <message>
        <source>This approval changed meanwhile; look at it again.</source>
        <translation>这个审批已有变化，请重新查看。</translation>
    </message>
    <message>
        <source>This approval no longer exists, or you are no longer part of it.</source>
        <translation>这个审批已不存在，或你已不再是参与人。</translation>
    </message>
    <message>
        <source>It is not your turn or your right to do that.</source>
        <translation>还没轮到你，或你无权这样做。</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>服务器拒绝了：%1</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>服务器拒绝了（%1）。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This approval is not here any more.</source>
        <translation>这个审批已不在这里。</translation>
    </message>
    <message>
        <source>That cannot be done on this approval.</source>
        <translation>这个审批不能这样操作。</translation>
    </message>
</context>
<context>
    <name>tack::ui::AuditLogModel</name>
    <message>
        <source>Set an approval role</source>
        <translation>设置了审批角色</translation>
    </message>
    <message>
        <source>Saved an approval form</source>
        <translation>保存了审批表单</translation>
    </message>
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
    <message>
        <source>Replaced their calendar feed address</source>
        <translation>更换了自己的日历订阅地址</translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardActions</name>
    <message>
        <source>Not signed in.</source>
        <translation>尚未登录。</translation>
    </message>
    <message>
        <source>Only the board&apos;s owner can remove other members.</source>
        <translation>只有看板所有者可以移除其他成员。</translation>
    </message>
    <message>
        <source>You are not a member of this board any more.</source>
        <translation>你已不是这个看板的成员。</translation>
    </message>
    <message>
        <source>A board keeps at least one column, so its last column cannot be deleted.</source>
        <translation>看板至少保留一列，所以不能删除最后一列。</translation>
    </message>
    <message>
        <source>The card was deleted meanwhile.</source>
        <translation>这张卡片已被删除。</translation>
    </message>
    <message>
        <source>Someone else changed this first.</source>
        <translation>其他人已先做了修改。</translation>
    </message>
    <message>
        <source>The board, column or card no longer exists.</source>
        <translation>看板、列或卡片已不存在。</translation>
    </message>
    <message>
        <source>The server refused the values (empty, too long or out of range).</source>
        <translation>服务器拒绝了这些值（为空、过长或超出范围）。</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>服务器拒绝了此更改（%1）。</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>A board needs a name of at most %n characters.</source>
        <translation>
            <numerusform>看板名称不能为空，且最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column names need 1 to %n characters.</source>
        <translation>
            <numerusform>列名需要 1 到 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The board&apos;s owner cannot be removed.</source>
        <translation>不能移除看板所有者。</translation>
    </message>
    <message>
        <source>A WIP limit is a number from 0 (no limit) to %1.</source>
        <translation>在制品上限是 0（不限）到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>The column “%1” is empty. Delete it?</source>
        <translation>列“%1”是空的。要删除吗？</translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) in “%1” will move to the end of “%2” and show “Moved from %1”.</source>
        <translation>
            <numerusform>“%1”中的 %n 张卡片将移到“%2”的末尾，并显示“移自 %1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>That place is no longer on the board; choose another.</source>
        <translation>那个位置已不在看板上，请另选一个。</translation>
    </message>
    <message>
        <source>At the top</source>
        <translation>最上面</translation>
    </message>
    <message>
        <source>Before “%1”</source>
        <translation>在“%1”之前</translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation>在“%1”之后</translation>
    </message>
    <message>
        <source>At the bottom</source>
        <translation>最下面</translation>
    </message>
    <message numerus="yes">
        <source>A card needs a title of at most %n characters.</source>
        <translation>
            <numerusform>卡片标题不能为空，且最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A description can have at most %n characters.</source>
        <translation>
            <numerusform>描述最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card can have at most %n assignees.</source>
        <translation>
            <numerusform>一张卡片最多 %n 位负责人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the due date as 2026-12-31, or 2026-12-31 17:00 with a time.</source>
        <translation>截止日期请写成 2026-12-31，或带时间的 2026-12-31 17:00。</translation>
    </message>
    <message numerus="yes">
        <source>A label can have at most %n characters.</source>
        <translation>
            <numerusform>标签最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card can have at most %n labels.</source>
        <translation>
            <numerusform>一张卡片最多 %n 个标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A checklist item can have at most %n characters.</source>
        <translation>
            <numerusform>检查项最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A checklist can have at most %n items.</source>
        <translation>
            <numerusform>检查清单最多 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between column names</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardCardsModel</name>
    <message>
        <source>assigned to %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>checklist %1 of %2 done</source>
        <translation>检查项已完成 %1/%2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>checklist items done/all</comment>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardColumnsModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>cards in a column / its WIP limit</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Over the limit of %1</source>
        <translation>超过上限 %1</translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardListModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
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
    <name>tack::ui::OrgAdministration</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存该修改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) will be sent when the connection is back.</source>
        <translation>
            <numerusform>离线：%n 项修改将在恢复连接后发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>正在保存 %n 项修改…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to change the directory.</source>
        <translation>请先登录再修改通讯录。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知角色。</translation>
    </message>
    <message>
        <source>Only an owner can change who is an owner or admin.</source>
        <translation>只有所有者可以更改谁是所有者或管理员。</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>%1 is the organisation&apos;s last owner. Make someone else an owner first.</source>
        <translation>%1 是组织的最后一位所有者。请先把其他人设为所有者。</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owners and admins can do this.</source>
        <translation>只有组织的所有者和管理员可以执行此操作。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>不能停用自己。</translation>
    </message>
    <message>
        <source>Only an owner can change, deactivate or reactivate an owner or an admin.</source>
        <translation>只有所有者可以修改、停用或重新启用所有者或管理员。</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>The department is not empty (%1, %2): move them out first.</source>
        <translation>该部门不为空（%1，%2）：请先把他们移出。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-department(s)</source>
        <translation>
            <numerusform>%n 个子部门</numerusform>
        </translation>
    </message>
    <message>
        <source>A login has 2 to 64 characters: a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>账号为 2 到 64 个字符：a-z、0-9、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message numerus="yes">
        <source>Enter a name (at most %n characters).</source>
        <translation>
            <numerusform>请输入姓名（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A title has at most %n characters.</source>
        <translation>
            <numerusform>职位最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An employee ID uses only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos; (at most %n).</source>
        <translation>
            <numerusform>工号只能包含字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 和 &apos;/&apos;（最多 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone number uses digits, spaces and + - ( ) . with at least 3 digits.</source>
        <translation>电话号码只能包含数字、空格和 + - ( ) .，且至少 3 位数字。</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.</source>
        <translation>邮箱地址的格式如 name@example.com。</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters.</source>
        <translation>
            <numerusform>密码至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A person is in at most %n departments.</source>
        <translation>
            <numerusform>一个人最多属于 %n 个部门。</numerusform>
        </translation>
    </message>
    <message>
        <source>A department name has 1 to 200 characters and no &apos;/&apos;.</source>
        <translation>部门名称为 1 到 200 个字符，且不能包含 &apos;/&apos;。</translation>
    </message>
    <message>
        <source>Setting a password needs a connection to the server. Try again when online.</source>
        <translation>设置密码需要连接服务器。请在联网后重试。</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>不能把某人设为自己的上级。</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>请选择一个部门。</translation>
    </message>
    <message>
        <source>A department cannot move inside itself or one of its sub-departments.</source>
        <translation>部门不能移到自身或其子部门之下。</translation>
    </message>
    <message>
        <source>That department, its new parent or its manager no longer exists.</source>
        <translation>该部门、其新上级部门或其负责人已不存在。</translation>
    </message>
    <message>
        <source>That person, a chosen department or the manager no longer exists.</source>
        <translation>该人员、所选部门或上级已不存在。</translation>
    </message>
    <message>
        <source>The department is not empty: move its people and sub-departments out first.</source>
        <translation>该部门不为空：请先移出其中的人员和子部门。</translation>
    </message>
    <message>
        <source>A department with that name already exists there.</source>
        <translation>该位置已有同名部门。</translation>
    </message>
    <message>
        <source>That employee ID already belongs to someone else.</source>
        <translation>该工号已属于其他人。</translation>
    </message>
    <message>
        <source>That login is already taken.</source>
        <translation>该账号已被占用。</translation>
    </message>
    <message>
        <source>That manager is not possible: nobody can be their own manager, directly or through the people who report to them.</source>
        <translation>无法设置该上级：任何人都不能直接或通过其下属成为自己的上级。</translation>
    </message>
    <message>
        <source>The server refused a value (%1).</source>
        <translation>服务器拒绝了某个值（%1）。</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>服务器拒绝了该修改（%1）。</translation>
    </message>
</context>
<context>
    <name>tack::ui::OrgRolesModel</name>
    <message>
        <source>Owners</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Department managers</source>
        <translation>部门负责人</translation>
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
    <name>tack::ui::StorageStatus</name>
    <message>
        <source>Tack cannot save to this computer&apos;s disk (it may be full). Your queued messages and changes are kept and will be sent; Tack keeps trying and this notice goes away once saving works.</source>
        <translation>Tack 无法在这台电脑的磁盘上保存数据（磁盘可能已满）。待发送的消息和更改都已保留，稍后会发出；Tack 会持续重试，恢复保存后此提示会自动消失。</translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoAlerts</name>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Reminder set for %1</source>
        <translation>提醒时间 %1</translation>
    </message>
    <message>
        <source>Overdue todo of %1 (due %2)</source>
        <translation>%1 的待办已逾期（截止 %2）</translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoCenter</name>
    <message>
        <source>The todo was not created: you may not assign it to these people or link that chat message.</source>
        <translation>待办未创建：你不能指派给这些人，或不能关联那条聊天消息。</translation>
    </message>
    <message>
        <source>You may not change this todo: only its creator and its assignees can.</source>
        <translation>你不能修改这个待办：只有创建人和负责人可以。</translation>
    </message>
    <message>
        <source>The todo was not created: a person or the chat message no longer exists.</source>
        <translation>待办未创建：某位成员或那条聊天消息已不存在。</translation>
    </message>
    <message>
        <source>The todo no longer exists.</source>
        <translation>这个待办已不存在。</translation>
    </message>
    <message>
        <source>The todo was not created: the server already has one with the same id.</source>
        <translation>待办未创建：服务器上已有相同编号的待办。</translation>
    </message>
    <message>
        <source>The todo was deleted meanwhile, so the change was not saved.</source>
        <translation>这个待办已被删除，所以更改没有保存。</translation>
    </message>
    <message>
        <source>The server refused the todo: a field is empty or too long.</source>
        <translation>服务器拒绝了这个待办：有字段为空或过长。</translation>
    </message>
    <message>
        <source>The server refused the todo change (%1).</source>
        <translation>服务器拒绝了待办的更改（%1）。</translation>
    </message>
    <message>
        <source>A todo needs a title.</source>
        <translation>待办需要一个标题。</translation>
    </message>
    <message numerus="yes">
        <source>A todo&apos;s title can have at most %n characters.</source>
        <translation>
            <numerusform>待办标题最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes can have at most %n characters.</source>
        <translation>
            <numerusform>备注最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A todo can have at most %n assignees.</source>
        <translation>
            <numerusform>一个待办最多 %n 位负责人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the server to see your calendar address.</source>
        <translation>连接服务器后即可查看你的日历地址。</translation>
    </message>
    <message>
        <source>The server could not give your calendar address (%1).</source>
        <translation>服务器无法提供你的日历地址（%1）。</translation>
    </message>
    <message>
        <source>This server does not publish calendar feeds.</source>
        <translation>此服务器不提供日历订阅。</translation>
    </message>
    <message>
        <source>The server did not replace your calendar feed address (%1).</source>
        <translation>服务器没有更换你的日历订阅地址（%1）。</translation>
    </message>
    <message>
        <source>The calendar feed address could not be replaced: it could not be saved on this computer.</source>
        <translation>无法更换日历订阅地址：无法在这台电脑上保存该请求。</translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoListModel</name>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>todo priority</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>todo priority</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>todo priority</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Overdue, escalated %1</source>
        <translation>已逾期，%1 上报</translation>
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
    <message>
        <source>Reminder: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
</context>
</TS>
