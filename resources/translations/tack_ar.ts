<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>إعادة للتعديل</translation>
    </message>
    <message>
        <source>Transfer to someone else</source>
        <translation>تحويل إلى شخص آخر</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>New approver</source>
        <translation>الموافق الجديد</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>تعليق (اختياري)</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>اكتب تعليقًا</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>أقسام الإدارة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>AdminPersonRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
</context>
<context>
    <name>ApprovalForm</name>
    <message>
        <source>Change and resubmit</source>
        <translation>التعديل وإعادة التقديم</translation>
    </message>
    <message>
        <source>New approval</source>
        <translation>طلب موافقة جديد</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Form to fill in</source>
        <translation>النموذج المراد تعبئته</translation>
    </message>
    <message>
        <source>Fields of %1</source>
        <translation>حقول %1</translation>
    </message>
    <message>
        <source>Approvers (preview)</source>
        <translation>الموافقون (معاينة)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n حقول تحتاج إلى انتباه.</numerusform>
            <numerusform>%n حقول تحتاج إلى انتباه.</numerusform>
            <numerusform>%n حقول تحتاج إلى انتباه.</numerusform>
            <numerusform>%n حقول تحتاج إلى انتباه.</numerusform>
            <numerusform>%n حقول تحتاج إلى انتباه.</numerusform>
            <numerusform>%n حقول تحتاج إلى انتباه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>إعادة التقديم</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Offline: it will be sent when the connection is back.</source>
        <translation>غير متصل: سيُرسل عند عودة الاتصال.</translation>
    </message>
</context>
<context>
    <name>ApprovalRow</name>
    <message>
        <source>%1 from %2, %3. %4</source>
        <translation>%1 من %2، %3. %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
</context>
<context>
    <name>ApprovalText</name>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>write a whole number</source>
        <translation>اكتب عددًا صحيحًا</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>نموذج جديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>حقل جديد</translation>
    </message>
    <message>
        <source>Option A</source>
        <translation>الخيار أ</translation>
    </message>
    <message>
        <source>Option B</source>
        <translation>الخيار ب</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>الموافق</translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation>عند الانطباق</translation>
    </message>
    <message>
        <source>write a number of half days</source>
        <translation>اكتب عدد أنصاف الأيام</translation>
    </message>
    <message>
        <source>Nobody is copied on submission.</source>
        <translation>لا يُنسخ أحد عند التقديم.</translation>
    </message>
    <message>
        <source>On submission: %1</source>
        <translation>عند التقديم: %1</translation>
    </message>
    <message>
        <source>A new form</source>
        <translation>نموذج جديد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>عدة أسطر</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Period (half days)</source>
        <translation>مدة (أنصاف أيام)</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>خيار واحد</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>عدة خيارات</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>بنود</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>لا يمكن الحفظ بعد: %1</translation>
    </message>
    <message>
        <source>Saved: “%1” is sent to the server.</source>
        <translation>حُفظ: أُرسل «%1» إلى الخادم.</translation>
    </message>
    <message>
        <source>Saved: “%1” will be sent when the connection is back.</source>
        <translation>حُفظ: سيُرسل «%1» عند عودة الاتصال.</translation>
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
        <translation>%1 (بانتظار القرار)</translation>
    </message>
    <message>
        <source>Skipped: nobody to approve</source>
        <translation>تم التخطي: لا يوجد موافق</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّت</translation>
    </message>
    <message>
        <source>CC: %1</source>
        <translation>نسخة إلى: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>جارٍ الإرسال: %1</translation>
    </message>
    <message>
        <source>Offline: %1 will be sent when the connection is back; the server decides.</source>
        <translation>غير متصل: سيُرسل %1 عند عودة الاتصال؛ والقرار للخادم.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n character(s)</source>
        <translation>
            <numerusform>حتى %n حرفًا</numerusform>
            <numerusform>حتى %n حرفًا</numerusform>
            <numerusform>حتى %n حرفًا</numerusform>
            <numerusform>حتى %n حرفًا</numerusform>
            <numerusform>حتى %n حرفًا</numerusform>
            <numerusform>حتى %n حرفًا</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>%1 على الأقل</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>%1 على الأكثر</translation>
    </message>
    <message>
        <source>Dates like 2026-11-23</source>
        <translation>التواريخ مثل 2026-11-23</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody found: the org&apos;s admins approve</source>
        <translation>لم يوجد أحد: يوافق مشرفو المؤسسة</translation>
    </message>
    <message>
        <source>CC: an approval role, when it is done</source>
        <translation>نسخة إلى: دور موافقة، عند الانتهاء</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>بانتظار %1</translation>
    </message>
    <message>
        <source>%1 passed it on to %2</source>
        <translation>حوّله %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a person&apos;s name and what they did: 王芳 approved</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>صباحًا</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>مساءً</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <comment>a leave period: date, half of the day, date, half of the day</comment>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بنود</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>أُعيد للتعديل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>قدّم الطلب</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>وافق</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>returned it for changes</source>
        <translation>أعاده للتعديل</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>أعاد التقديم</translation>
    </message>
    <message>
        <source>withdrew</source>
        <translation>سحب الطلب</translation>
    </message>
    <message>
        <source>transferred it</source>
        <translation>حوّله</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>علّق</translation>
    </message>
    <message>
        <source>urged the approvers</source>
        <translation>استعجل الموافقين</translation>
    </message>
    <message>
        <source>one after another</source>
        <translation>واحدًا تلو الآخر</translation>
    </message>
    <message>
        <source>all must approve</source>
        <translation>يجب أن يوافق الجميع</translation>
    </message>
    <message>
        <source>any one approves</source>
        <translation>تكفي موافقة أيٍّ منهم</translation>
    </message>
</context>
<context>
    <name>ApprovalView</name>
    <message>
        <source>Choose an approval, or start a new one.</source>
        <translation>اختر موافقة أو ابدأ واحدة جديدة.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation>لم يقبلها الخادم: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>الموافقون</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>إعادة للتعديل</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Transfer to someone else</source>
        <translation>تحويل إلى شخص آخر</translation>
    </message>
    <message>
        <source>Change and resubmit</source>
        <translation>التعديل وإعادة التقديم</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>استعجال</translation>
    </message>
    <message>
        <source>Urge the approvers</source>
        <translation>استعجال الموافقين</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (بانتظار الإرسال)</translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1، %2. %3</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Design forms</source>
        <translation>تصميم النماذج</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Start a new approval</source>
        <translation>ابدأ طلب موافقة جديدًا</translation>
    </message>
    <message>
        <source>Approval lists</source>
        <translation>قوائم الموافقات</translation>
    </message>
    <message>
        <source>To approve (%1)</source>
        <translation>بانتظار موافقتي (%1)</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>بانتظار موافقتي</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>المقدَّمة</translation>
    </message>
    <message>
        <source>Submitted by me</source>
        <translation>التي قدّمتُها</translation>
    </message>
    <message>
        <source>CC&apos;d</source>
        <translation>نسخ إليّ</translation>
    </message>
    <message>
        <source>CC&apos;d to me</source>
        <translation>نُسخ إليّ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّت</translation>
    </message>
    <message>
        <source>Approvals in this list</source>
        <translation>الموافقات في هذه القائمة</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>لا شيء ينتظر موافقتك.</translation>
    </message>
    <message>
        <source>You have not submitted anything yet.</source>
        <translation>لم تقدّم شيئًا بعد.</translation>
    </message>
    <message>
        <source>Nothing was copied to you.</source>
        <translation>لم يُنسخ إليك شيء.</translation>
    </message>
    <message>
        <source>Approvals you decided show here.</source>
        <translation>تظهر هنا الموافقات التي بتَّ فيها.</translation>
    </message>
</context>
<context>
    <name>AssigneeList</name>
    <message>
        <source>Assignees</source>
        <translation>المكلَّفون</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Person (login)</source>
        <translation>الشخص (اسم الدخول)</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>التصفية حسب الشخص</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>التصفية حسب الإجراء</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>إلى (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>تطبيق عوامل التصفية</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>إدخالات التدقيق</translation>
    </message>
    <message>
        <source>Scroll the audit log</source>
        <translation>تمرير سجل التدقيق</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1، %2، %3، %4</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>لا توجد إدخالات تدقيق مطابقة.</translation>
    </message>
</context>
<context>
    <name>BoardCard</name>
    <message>
        <source>Enter edits the card, Ctrl+M moves it</source>
        <translation>Enter لتحرير البطاقة، Ctrl+M لنقلها</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>إجراءات %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>تعليم كغير منجزة</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>تعليم كمنجزة</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>حذف البطاقة</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>Column %1, %2 cards, %3</source>
        <translation>العمود %1، %2 بطاقات، %3</translation>
    </message>
    <message>
        <source>Column %1, %2 cards</source>
        <translation>العمود %1، %2 بطاقات</translation>
    </message>
    <message>
        <source>%1 cards, limit %2</source>
        <translation>%1 بطاقات، الحد %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 actions</source>
        <translation>إجراءات العمود %1</translation>
    </message>
    <message>
        <source>Rename or set WIP limit…</source>
        <translation>إعادة التسمية أو ضبط حد العمل الجاري…</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>نقل إلى اليسار</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>نقل إلى اليمين</translation>
    </message>
    <message>
        <source>Delete column…</source>
        <translation>حذف العمود…</translation>
    </message>
    <message>
        <source>+ Add a card</source>
        <translation>+ إضافة بطاقة</translation>
    </message>
    <message>
        <source>New card in %1</source>
        <translation>بطاقة جديدة في %1</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>My boards</source>
        <translation>لوحاتي</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 · not synced yet</source>
        <translation>%1 · لم تُزامن بعد</translation>
    </message>
</context>
<context>
    <name>BoardMemberList</name>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (المالك)</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>مغادرة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Leave the board</source>
        <translation>مغادرة اللوحة</translation>
    </message>
    <message>
        <source>Remove %1 from the board</source>
        <translation>إزالة %1 من اللوحة</translation>
    </message>
</context>
<context>
    <name>BoardMembersDialog</name>
    <message>
        <source>Board members</source>
        <translation>أعضاء اللوحة</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>BoardText</name>
    <message>
        <source>Due %1</source>
        <translation>الاستحقاق %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>نُقلت من %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n column(s) over the WIP limit</source>
        <translation>
            <numerusform>أعمدة فوق حد العمل الجاري: %n</numerusform>
            <numerusform>أعمدة فوق حد العمل الجاري: %n</numerusform>
            <numerusform>أعمدة فوق حد العمل الجاري: %n</numerusform>
            <numerusform>أعمدة فوق حد العمل الجاري: %n</numerusform>
            <numerusform>أعمدة فوق حد العمل الجاري: %n</numerusform>
            <numerusform>أعمدة فوق حد العمل الجاري: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Board members</source>
        <translation>أعضاء اللوحة</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>إضافة عمود</translation>
    </message>
    <message>
        <source>Rename board…</source>
        <translation>إعادة تسمية اللوحة…</translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation>إعادة تسمية اللوحة</translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>Boards</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <source>+ New</source>
        <translation>+ جديدة</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>لوحة جديدة</translation>
    </message>
    <message>
        <source>No boards yet. Create one to plan work with your team.</source>
        <translation>لا توجد لوحات بعد. أنشئ واحدة لتخطيط العمل مع فريقك.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
    <message>
        <source>Choose a board, or create one with New.</source>
        <translation>اختر لوحة، أو أنشئ واحدة بزر «جديدة».</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Choose %1 in a calendar</source>
        <translation>اختر %1 من التقويم</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>اختر التاريخ من التقويم</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>CalendarFeedBox</name>
    <message>
        <source>Calendar feed</source>
        <translation>خلاصة التقويم</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>عنوان خلاصة التقويم</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the calendar feed address</source>
        <translation>نسخ عنوان خلاصة التقويم</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Ask for the calendar feed address again</source>
        <translation>اطلب عنوان خلاصة التقويم مجددًا</translation>
    </message>
    <message>
        <source>Thunderbird, Outlook and other calendar apps can subscribe to this address to show your due dates. Keep it private: anyone with it can read them.</source>
        <translation>يمكن لـ Thunderbird وOutlook وتطبيقات التقويم الأخرى الاشتراك في هذا العنوان لعرض مواعيد استحقاقك. احتفظ به سرًا: يستطيع أي شخص يملكه قراءتها.</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>جارٍ الاستبدال…</translation>
    </message>
    <message>
        <source>Reset address…</source>
        <translation>إعادة تعيين العنوان…</translation>
    </message>
    <message>
        <source>Replace the calendar feed address with a new one</source>
        <translation>استبدل عنوان خلاصة التقويم بعنوان جديد</translation>
    </message>
    <message>
        <source>Replacing the address needs a connection to the server.</source>
        <translation>يحتاج استبدال العنوان إلى اتصال بالخادم.</translation>
    </message>
    <message>
        <source>Replace the calendar feed address?</source>
        <translation>استبدال عنوان خلاصة التقويم؟</translation>
    </message>
    <message>
        <source>You get a new address and the current one stops working at once. Calendars subscribed to the old address stop updating until you subscribe them to the new one. Do this when the address has reached someone who should not see your due dates.</source>
        <translation>ستحصل على عنوان جديد ويتوقف العنوان الحالي عن العمل فورًا. تتوقف التقاويم المشتركة في العنوان القديم عن التحديث إلى أن تشترك بها في العنوان الجديد. افعل هذا عندما يصل العنوان إلى شخص لا ينبغي أن يرى مواعيد استحقاقك.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Keep the current calendar feed address</source>
        <translation>احتفظ بعنوان خلاصة التقويم الحالي</translation>
    </message>
    <message>
        <source>Replace address</source>
        <translation>استبدال العنوان</translation>
    </message>
    <message>
        <source>Replace the calendar feed address now</source>
        <translation>استبدل عنوان خلاصة التقويم الآن</translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>عنوان البطاقة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>المكلفون</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>مكلف</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>2026-12-31 or 2026-12-31 17:00; empty for none</source>
        <translation>2026-12-31 أو 2026-12-31 17:00؛ اتركه فارغًا لعدم التحديد</translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation>التسميات، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>+ Add an item (Enter)</source>
        <translation>+ إضافة بند (Enter)</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>بند جديد في قائمة التحقق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Card is done</source>
        <translation>البطاقة منجزة</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>حذف البطاقة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>حفظ البطاقة</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Cards in %1</source>
        <translation>البطاقات في %1</translation>
    </message>
</context>
<context>
    <name>ChainPreview</name>
    <message>
        <source>Step %1: %2, %3. %4 %5</source>
        <translation>الخطوة %1: %2، %3. %4 %5</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nobody needs to approve: it is approved when submitted.</source>
        <translation>لا يحتاج إلى موافقة أحد: يُعتمد عند تقديمه.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Only your own sent messages that were not recalled can be edited.</source>
        <translation>يمكنك تعديل رسائلك المرسلة التي لم تُسحب فقط.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>DING…</source>
        <translation>DING…</translation>
    </message>
    <message>
        <source>Your next message will be sent as a DING to %1.</source>
        <translation>ستُرسل رسالتك التالية كتنبيه DING إلى %1.</translation>
    </message>
    <message>
        <source>Cancel DING</source>
        <translation>إلغاء DING</translation>
    </message>
    <message>
        <source>Make todo…</source>
        <translation>إنشاء مهمة…</translation>
    </message>
    <message>
        <source>Make a todo from this message</source>
        <translation>إنشاء مهمة من هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Remove the item %1</source>
        <translation>إزالة البند %1</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Add column</source>
        <translation>إضافة عمود</translation>
    </message>
    <message>
        <source>Edit column</source>
        <translation>تحرير العمود</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Column title</source>
        <translation>عنوان العمود</translation>
    </message>
    <message>
        <source>WIP limit (0 for none)</source>
        <translation>حد العمل الجاري (0 لعدم التحديد)</translation>
    </message>
    <message>
        <source>Work-in-progress limit, 0 for none</source>
        <translation>حد العمل الجاري، 0 لعدم التحديد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the column</source>
        <translation>حفظ العمود</translation>
    </message>
</context>
<context>
    <name>ColumnList</name>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>رسالة (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>%1 / 10000</source>
        <translation>%1 / 10000</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>إرسال الرسالة</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>Offline. Reconnecting in %n s…</source>
        <translation>
            <numerusform>غير متصل. إعادة الاتصال خلال %n ث…</numerusform>
            <numerusform>غير متصل. إعادة الاتصال خلال %n ث…</numerusform>
            <numerusform>غير متصل. إعادة الاتصال خلال %n ث…</numerusform>
            <numerusform>غير متصل. إعادة الاتصال خلال %n ث…</numerusform>
            <numerusform>غير متصل. إعادة الاتصال خلال %n ث…</numerusform>
            <numerusform>غير متصل. إعادة الاتصال خلال %n ث…</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline. Messages will be sent when the connection is back.</source>
        <translation>غير متصل. ستُرسل الرسائل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1، %n غير مقروءة، %2</numerusform>
            <numerusform>%1، %n غير مقروءة، %2</numerusform>
            <numerusform>%1، %n غير مقروءة، %2</numerusform>
            <numerusform>%1، %n غير مقروءة، %2</numerusform>
            <numerusform>%1، %n غير مقروءة، %2</numerusform>
            <numerusform>%1، %n غير مقروءة، %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>مكتوم</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Search messages, chats, people</source>
        <translation>ابحث في الرسائل والمحادثات والأشخاص</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>لا توجد محادثات بعد</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>تثبيت في الأعلى</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>إلغاء كتم الإشعارات</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>كتم الإشعارات</translation>
    </message>
</context>
<context>
    <name>DatePickerGrid</name>
    <message>
        <source>%1, today</source>
        <translation>%1، اليوم</translation>
    </message>
</context>
<context>
    <name>DatePickerPopup</name>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>الشهر السابق (Page Up)</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>calendar title: a Qt date format with the month and the year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>الشهر التالي (Page Down)</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>أيام الأسبوع</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>مسح التاريخ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Pick today</source>
        <translation>اختيار اليوم</translation>
    </message>
</context>
<context>
    <name>DateRangeEditor</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>%1, first day</source>
        <translation>%1، اليوم الأول</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>صباحًا</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>مساءً</translation>
    </message>
    <message>
        <source>%1, first day starts in the</source>
        <translation>%1، يبدأ اليوم الأول في</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>%1, last day</source>
        <translation>%1، اليوم الأخير</translation>
    </message>
    <message>
        <source>%1, last day ends in the</source>
        <translation>%1، ينتهي اليوم الأخير في</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation>%1: التاريخ</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>س:د</translation>
    </message>
    <message>
        <source>%1: time</source>
        <translation>%1: الوقت</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Quick choices for %1</source>
        <translation>خيارات سريعة لـ %1</translation>
    </message>
    <message>
        <source>Today, 18:00</source>
        <translation>اليوم، 18:00</translation>
    </message>
    <message>
        <source>Tomorrow, 09:00</source>
        <translation>غدًا، 09:00</translation>
    </message>
    <message>
        <source>In a week, 09:00</source>
        <translation>بعد أسبوع، 09:00</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>بلا %1</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>ليس تاريخًا</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <source>Deactivate %1?</source>
        <translation>تعطيل حساب %1؟</translation>
    </message>
    <message>
        <source>%1 will be signed out on every device at once and can no longer sign in. They leave every group chat (groups they own pass to another member). Their messages, DINGs and direct chats are kept, and you can reactivate them later.</source>
        <translation>سيُسجَّل خروج %1 فورًا من كل الأجهزة ولن يتمكن من تسجيل الدخول بعد ذلك. سيغادر كل المحادثات الجماعية (وتنتقل المجموعات التي يملكها إلى عضو آخر). تبقى رسائله وتنبيهات DING ومحادثاته المباشرة، ويمكنك إعادة تفعيل حسابه لاحقًا.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>تعطيل حساب %1</translation>
    </message>
</context>
<context>
    <name>DeleteColumnDialog</name>
    <message>
        <source>Delete the column “%1”?</source>
        <translation>حذف العمود «%1»؟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the column %1</source>
        <translation>حذف العمود %1</translation>
    </message>
</context>
<context>
    <name>DepartmentChips</name>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (القسم الأساسي)</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>جعله الأساسي</translation>
    </message>
    <message>
        <source>Make %1 the primary department</source>
        <translation>جعل %1 القسم الأساسي</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>إزالة من %1</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
</context>
<context>
    <name>DepartmentRow</name>
    <message>
        <source>%1, expanded</source>
        <translation>%1، موسّع</translation>
    </message>
    <message>
        <source>%1, collapsed</source>
        <translation>%1، مطوي</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>طي %1</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>توسيع %1</translation>
    </message>
</context>
<context>
    <name>DepartmentTree</name>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
</context>
<context>
    <name>DepartmentsAdmin</name>
    <message>
        <source>New top-level department</source>
        <translation>قسم رئيسي جديد</translation>
    </message>
    <message>
        <source>Name of a new top-level department</source>
        <translation>اسم قسم رئيسي جديد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the top-level department</source>
        <translation>إضافة القسم الرئيسي</translation>
    </message>
    <message>
        <source>Choose a department to manage</source>
        <translation>اختر قسمًا لإدارته</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>اسم القسم</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Rename the department</source>
        <translation>إعادة تسمية القسم</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>القسم الأعلى</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>القسم الأعلى</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Move the department under the chosen parent</source>
        <translation>نقل القسم تحت القسم الأعلى المختار</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Set manager</source>
        <translation>تعيين المدير</translation>
    </message>
    <message>
        <source>Set the department&apos;s manager</source>
        <translation>تعيين مدير القسم</translation>
    </message>
    <message>
        <source>Sub-department</source>
        <translation>قسم فرعي</translation>
    </message>
    <message>
        <source>Name of a new sub-department</source>
        <translation>اسم قسم فرعي جديد</translation>
    </message>
    <message>
        <source>Add the sub-department</source>
        <translation>إضافة القسم الفرعي</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>حذف القسم</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>DesignerFieldRow</name>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Label of field %1</source>
        <translation>تسمية الحقل %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Key of field %1</source>
        <translation>مفتاح الحقل %1</translation>
    </message>
    <message>
        <source>Kind of field %1</source>
        <translation>نوع الحقل %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Field %1 is required</source>
        <translation>الحقل %1 مطلوب</translation>
    </message>
    <message>
        <source>min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Minimum of field %1</source>
        <translation>الحد الأدنى للحقل %1</translation>
    </message>
    <message>
        <source>max</source>
        <translation>الأقصى</translation>
    </message>
    <message>
        <source>Maximum of field %1</source>
        <translation>الحد الأقصى للحقل %1</translation>
    </message>
    <message>
        <source>Decimals of field %1</source>
        <translation>الخانات العشرية للحقل %1</translation>
    </message>
    <message>
        <source>Currencies, e.g. CNY, USD (empty: any)</source>
        <translation>العملات، مثل CNY, USD (فارغ: أيّ عملة)</translation>
    </message>
    <message>
        <source>Currencies of field %1</source>
        <translation>عملات الحقل %1</translation>
    </message>
    <message>
        <source>Move field %1 up</source>
        <translation>نقل الحقل %1 للأعلى</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove field %1</source>
        <translation>إزالة الحقل %1</translation>
    </message>
    <message>
        <source>Pattern (regular expression), optional</source>
        <translation>النمط (تعبير نمطي)، اختياري</translation>
    </message>
    <message>
        <source>Pattern of field %1</source>
        <translation>نمط الحقل %1</translation>
    </message>
    <message>
        <source>Hint shown when it does not match</source>
        <translation>تلميح يظهر عند عدم التطابق</translation>
    </message>
    <message>
        <source>Pattern hint of field %1</source>
        <translation>تلميح نمط الحقل %1</translation>
    </message>
    <message>
        <source>One option a line: key=Label</source>
        <translation>خيار في كل سطر: المفتاح=التسمية</translation>
    </message>
    <message>
        <source>Options of field %1</source>
        <translation>خيارات الحقل %1</translation>
    </message>
</context>
<context>
    <name>DesignerStepRow</name>
    <message>
        <source>Step %1: only when…</source>
        <translation>الخطوة %1: فقط عندما…</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>إزالة الخطوة %1</translation>
    </message>
    <message>
        <source>Field the condition of step %1 tests</source>
        <translation>الحقل الذي يختبره شرط الخطوة %1</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>يحتوي</translation>
    </message>
    <message>
        <source>Comparison of step %1</source>
        <translation>مقارنة الخطوة %1</translation>
    </message>
    <message>
        <source>Value, e.g. 5000</source>
        <translation>القيمة، مثل 5000</translation>
    </message>
    <message>
        <source>Value the condition of step %1 compares with</source>
        <translation>القيمة التي يقارن بها شرط الخطوة %1</translation>
    </message>
</context>
<context>
    <name>DingAlert</name>
    <message numerus="yes">
        <source>%n DING(s) waiting for you</source>
        <translation>
            <numerusform>لا توجد رسائل DING بانتظارك</numerusform>
            <numerusform>رسالة DING واحدة بانتظارك</numerusform>
            <numerusform>رسالتا DING بانتظارك</numerusform>
            <numerusform>%n رسائل DING بانتظارك</numerusform>
            <numerusform>%n رسالة DING بانتظارك</numerusform>
            <numerusform>%n رسالة DING بانتظارك</numerusform>
        </translation>
    </message>
    <message>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <source>DING from %1 in %2: %3</source>
        <translation>DING من %1 في %2: %3</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>(message not loaded yet)</source>
        <translation>(لم يتم تحميل الرسالة بعد)</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>فتح المحادثة</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Confirm all</source>
        <translation>تأكيد الكل</translation>
    </message>
    <message>
        <source>DINGs waiting for you</source>
        <translation>تنبيهات DING بانتظارك</translation>
    </message>
</context>
<context>
    <name>DingDialog</name>
    <message numerus="yes">
        <source>DING %n member(s)</source>
        <translation>
            <numerusform>DING لا أحد</numerusform>
            <numerusform>DING عضو واحد</numerusform>
            <numerusform>DING عضوين</numerusform>
            <numerusform>DING %n أعضاء</numerusform>
            <numerusform>DING %n عضوًا</numerusform>
            <numerusform>DING %n عضو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DING again to the %n who haven&apos;t confirmed</source>
        <translation>
            <numerusform>لا أحد بانتظار التأكيد</numerusform>
            <numerusform>DING مرة أخرى للعضو الذي لم يؤكد</numerusform>
            <numerusform>DING مرة أخرى للعضوين اللذين لم يؤكدا</numerusform>
            <numerusform>DING مرة أخرى لـ %n أعضاء لم يؤكدوا</numerusform>
            <numerusform>DING مرة أخرى لـ %n عضوًا لم يؤكدوا</numerusform>
            <numerusform>DING مرة أخرى لـ %n عضو لم يؤكدوا</numerusform>
        </translation>
    </message>
    <message>
        <source>DING status</source>
        <translation>حالة DING</translation>
    </message>
    <message>
        <source>DING message</source>
        <translation>DING الرسالة</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>البحث عن الأعضاء</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>%1 confirmed, %2 waiting</source>
        <translation>أكّد %1، وبانتظار %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The DING could not be sent.</source>
        <translation>تعذّر إرسال DING.</translation>
    </message>
    <message>
        <source>Everyone confirmed</source>
        <translation>أكّد الجميع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Members to DING</source>
        <translation>الأعضاء المراد تنبيههم</translation>
    </message>
    <message>
        <source>DING recipients</source>
        <translation>مستلمو DING</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Name, pinyin, phone, e-mail</source>
        <translation>الاسم أو البينيين أو الهاتف أو البريد</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>البحث في الدليل</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>بعيد</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>في إجازة</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>org role</comment>
        <translation>مالك</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>org role</comment>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Amount, e.g. 1234.50</source>
        <translation>المبلغ، مثل 1234.50</translation>
    </message>
    <message>
        <source>Currency of %1</source>
        <translation>عملة %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FormDesigner</name>
    <message>
        <source>Form designer</source>
        <translation>مصمم النماذج</translation>
    </message>
    <message>
        <source>Form to edit</source>
        <translation>النموذج المراد تعديله</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the designer</source>
        <translation>إغلاق المصمم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Form name</source>
        <translation>اسم النموذج</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Form key</source>
        <translation>مفتاح النموذج</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Form description</source>
        <translation>وصف النموذج</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Kind of the new field</source>
        <translation>نوع الحقل الجديد</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>إضافة حقل</translation>
    </message>
    <message>
        <source>Approver chain</source>
        <translation>سلسلة الموافقين</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>إضافة خطوة</translation>
    </message>
    <message>
        <source>Add an approver step</source>
        <translation>إضافة خطوة موافقة</translation>
    </message>
    <message>
        <source>Add conditional step</source>
        <translation>إضافة خطوة مشروطة</translation>
    </message>
    <message>
        <source>Add a step that applies only when a condition holds</source>
        <translation>إضافة خطوة لا تنطبق إلا عند تحقق شرط</translation>
    </message>
    <message>
        <source>Copied to</source>
        <translation>نسخة إلى</translation>
    </message>
    <message>
        <source>Person to copy on submission</source>
        <translation>شخص يُنسخ إليه عند التقديم</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>إزالة الأخير</translation>
    </message>
    <message>
        <source>Remove the last person copied</source>
        <translation>إزالة آخر شخص منسوخ إليه</translation>
    </message>
    <message>
        <source>When approved, copy the role</source>
        <translation>عند الموافقة، انسخ إلى الدور</translation>
    </message>
    <message>
        <source>e.g. hr (empty: nobody)</source>
        <translation>مثل hr (فارغ: لا أحد)</translation>
    </message>
    <message>
        <source>Approval role copied when approved</source>
        <translation>دور الموافقة المنسوخ إليه عند الموافقة</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>للإصلاح: %1</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>حفظ النموذج</translation>
    </message>
</context>
<context>
    <name>LineItemCell</name>
    <message>
        <source>Item %1, %2</source>
        <translation>البند %1، %2</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>e.g. 120.50</source>
        <translation>مثل 120.50</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
</context>
<context>
    <name>LineItemRow</name>
    <message>
        <source>Item %1</source>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>إزالة البند %1</translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Currency of %1</source>
        <translation>عملة %1</translation>
    </message>
    <message>
        <source>Items of %1</source>
        <translation>بنود %1</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation>إضافة بند إلى %1</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in to Tack</source>
        <translation>تسجيل الدخول إلى Tack</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. Trust it only if its SHA-256 fingerprint matches the one your administrator gave you:</source>
        <translation>شهادة هذا الخادم غير موقّعة من جهة يثق بها هذا الحاسوب. لا تثق بها إلا إذا طابقت بصمة SHA-256 الخاصة بها البصمة التي أعطاك إياها المسؤول:</translation>
    </message>
    <message>
        <source>Certificate fingerprint %1</source>
        <translation>بصمة الشهادة %1</translation>
    </message>
    <message>
        <source>Trust this certificate and sign in</source>
        <translation>الوثوق بهذه الشهادة وتسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tack (%1)</source>
        <translation>Tack (%1)</translation>
    </message>
    <message>
        <source>Tack</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MentionPopup</name>
    <message>
        <source>Mention suggestions</source>
        <translation>اقتراحات الإشارة</translation>
    </message>
    <message>
        <source>Mention everyone</source>
        <translation>الإشارة إلى الجميع</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>الإشارة إلى %1</translation>
    </message>
    <message>
        <source>@all (everyone in this chat)</source>
        <translation>@all (كل أعضاء هذه المحادثة)</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>All read</source>
        <translation>قرأها الجميع</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation>سحب %1 رسالة</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 في %2: %3</translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation>سحبتَ رسالة</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(معدّلة)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>لم تُرسل: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <source>Todo made from this message: open it</source>
        <translation>مهمة أُنشئت من هذه الرسالة: افتحها</translation>
    </message>
    <message>
        <source>A todo was made from this message</source>
        <translation>أُنشئت مهمة من هذه الرسالة</translation>
    </message>
    <message>
        <source>☑ Todo</source>
        <translation>☑ مهمة</translation>
    </message>
</context>
<context>
    <name>MoveCardDialog</name>
    <message>
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Column to move the card to</source>
        <translation>العمود الذي ستُنقل إليه البطاقة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Position in the column</source>
        <translation>الموضع في العمود</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Move the card</source>
        <translation>نقل البطاقة</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>the rail&apos;s short name of the administration pages</comment>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>المهام</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation>لوحة جديدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>e.g. Release 0.4</source>
        <translation>مثل: إصدار 0.4</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>اسم اللوحة</translation>
    </message>
    <message>
        <source>Columns, left to right</source>
        <translation>الأعمدة، من البداية إلى النهاية</translation>
    </message>
    <message>
        <source>Columns, separated by commas</source>
        <translation>الأعمدة، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Create the board</source>
        <translation>إنشاء اللوحة</translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Step name</source>
        <translation>اسم الخطوة</translation>
    </message>
    <message>
        <source>Name of step %1</source>
        <translation>اسم الخطوة %1</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>واحدًا تلو الآخر</translation>
    </message>
    <message>
        <source>All must approve</source>
        <translation>يجب أن يوافق الجميع</translation>
    </message>
    <message>
        <source>Any one approves</source>
        <translation>تكفي موافقة أيٍّ منهم</translation>
    </message>
    <message>
        <source>How the approvers of step %1 decide</source>
        <translation>كيف يقرر موافقو الخطوة %1</translation>
    </message>
    <message>
        <source>The submitter&apos;s manager</source>
        <translation>مدير مقدّم الطلب</translation>
    </message>
    <message>
        <source>Named people</source>
        <translation>أشخاص محددون</translation>
    </message>
    <message>
        <source>A department&apos;s head</source>
        <translation>رئيس قسم</translation>
    </message>
    <message>
        <source>An approval role</source>
        <translation>دور موافقة</translation>
    </message>
    <message>
        <source>Who approves step %1</source>
        <translation>من يوافق في الخطوة %1</translation>
    </message>
    <message>
        <source>Levels up</source>
        <translation>عدد المستويات للأعلى</translation>
    </message>
    <message>
        <source>level(s) up</source>
        <translation>مستوى للأعلى</translation>
    </message>
    <message>
        <source>Role, e.g. finance</source>
        <translation>الدور، مثل finance</translation>
    </message>
    <message>
        <source>Approval role</source>
        <translation>دور الموافقة</translation>
    </message>
    <message>
        <source>The submitter&apos;s own department</source>
        <translation>قسم مقدّم الطلب</translation>
    </message>
    <message>
        <source>Department whose head approves</source>
        <translation>القسم الذي يوافق رئيسه</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>لم يُختر أحد بعد</translation>
    </message>
    <message>
        <source>Approver to add</source>
        <translation>موافق لإضافته</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>إزالة الأخير</translation>
    </message>
    <message>
        <source>Remove the last approver of step %1</source>
        <translation>إزالة آخر موافق في الخطوة %1</translation>
    </message>
    <message>
        <source>When nobody is found:</source>
        <translation>عند عدم العثور على أحد:</translation>
    </message>
    <message>
        <source>Skip the step</source>
        <translation>تخطي الخطوة</translation>
    </message>
    <message>
        <source>The org&apos;s admins approve</source>
        <translation>يوافق مشرفو المؤسسة</translation>
    </message>
    <message>
        <source>When step %1 finds nobody</source>
        <translation>عندما لا تجد الخطوة %1 أحدًا</translation>
    </message>
</context>
<context>
    <name>OrgChartBox</name>
    <message>
        <source>Manager: %1, %2</source>
        <translation>المدير: %1، %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Direct report: %1, %2</source>
        <translation>مرؤوس مباشر: %1، %2</translation>
    </message>
</context>
<context>
    <name>OrgChartList</name>
    <message>
        <source>Manager chain and direct reports</source>
        <translation>سلسلة المديرين والمرؤوسون المباشرون</translation>
    </message>
    <message numerus="yes">
        <source>Direct reports (%n)</source>
        <translation>
            <numerusform>المرؤوسون المباشرون (%n)</numerusform>
            <numerusform>المرؤوسون المباشرون (%n)</numerusform>
            <numerusform>المرؤوسون المباشرون (%n)</numerusform>
            <numerusform>المرؤوسون المباشرون (%n)</numerusform>
            <numerusform>المرؤوسون المباشرون (%n)</numerusform>
            <numerusform>المرؤوسون المباشرون (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>Org chart</source>
        <translation>الهيكل التنظيمي</translation>
    </message>
    <message>
        <source>Back to profile</source>
        <translation>العودة إلى الملف الشخصي</translation>
    </message>
</context>
<context>
    <name>PeopleAdmin</name>
    <message>
        <source>Name, pinyin, login, phone, e-mail</source>
        <translation>الاسم أو البينيين أو اسم المستخدم أو الهاتف أو البريد</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>البحث عن الأشخاص</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Show the people of a department</source>
        <translation>عرض أشخاص قسم</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Show deactivated people</source>
        <translation>عرض الأشخاص المعطّلة حساباتهم</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Scroll the people</source>
        <translation>تمرير قائمة الأشخاص</translation>
    </message>
    <message>
        <source>Nobody is deactivated</source>
        <translation>لا يوجد حساب معطّل</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>لم يُعثر على أحد</translation>
    </message>
    <message>
        <source>No people in this department</source>
        <translation>لا يوجد أشخاص في هذا القسم</translation>
    </message>
    <message>
        <source>Choose a person to manage</source>
        <translation>اختر شخصًا لإدارته</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>الأقسام: %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>المدير: %1</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>الرقم الوظيفي</translation>
    </message>
    <message>
        <source>Employee ID: %1</source>
        <translation>الرقم الوظيفي: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>التواصل: %1</translation>
    </message>
    <message>
        <source>Only an owner can change, deactivate or reactivate an owner or an admin.</source>
        <translation>لا يمكن إلا للمالك تعديل حساب مالك أو مسؤول أو تعطيله أو إعادة تفعيله.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Department to move %1 to</source>
        <translation>القسم الذي يُنقل إليه %1</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Move %1 to the chosen department</source>
        <translation>نقل %1 إلى القسم المختار</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>تعطيل…</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>تعطيل حساب %1</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>إعادة تفعيل حساب %1</translation>
    </message>
</context>
<context>
    <name>PeopleChips</name>
    <message>
        <source>Chosen people</source>
        <translation>الأشخاص المختارون</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>لم يُعثر على أحد</translation>
    </message>
    <message>
        <source>No people in this department</source>
        <translation>لا يوجد أشخاص في هذا القسم</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>e.g. lilei</source>
        <translation>مثلًا lilei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>الرقم الوظيفي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>كلمة المرور الأولى</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>At least 8 characters; empty: cannot sign in yet</source>
        <translation>8 أحرف على الأقل؛ إن تُركت فارغة فلا يمكنه تسجيل الدخول بعد</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>اتركها فارغة للإبقاء على الحالية</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Department to add</source>
        <translation>القسم المراد إضافته</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the department</source>
        <translation>إضافة القسم</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>مسح %1</translation>
    </message>
    <message>
        <source>Search to choose someone else</source>
        <translation>ابحث لاختيار شخص آخر</translation>
    </message>
    <message>
        <source>Search by name or login</source>
        <translation>ابحث بالاسم أو اسم المستخدم</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>البحث عن %1</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>النتائج المطابقة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Profile of %1</source>
        <translation>الملف الشخصي لـ %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Choose a person to see their profile</source>
        <translation>اختر شخصًا لعرض ملفه الشخصي</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>المسمى الوظيفي: %1</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>مراسلة</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>مراسلة %1</translation>
    </message>
    <message>
        <source>DING</source>
        <translation>DING</translation>
    </message>
    <message>
        <source>DING %1</source>
        <translation>DING إلى %1</translation>
    </message>
    <message>
        <source>View in org chart</source>
        <translation>عرض في الهيكل التنظيمي</translation>
    </message>
    <message>
        <source>View %1 in the org chart</source>
        <translation>عرض %1 في الهيكل التنظيمي</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>الأقسام: %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>المدير: %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>الرقم الوظيفي</translation>
    </message>
    <message>
        <source>Employee ID: %1</source>
        <translation>الرقم الوظيفي: %1</translation>
    </message>
    <message>
        <source>I am on leave</source>
        <translation>أنا في إجازة</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Jump to a chat…</source>
        <translation>انتقل إلى محادثة…</translation>
    </message>
    <message>
        <source>Jump to a chat</source>
        <translation>انتقل إلى محادثة</translation>
    </message>
    <message>
        <source>Matching chats</source>
        <translation>المحادثات المطابقة</translation>
    </message>
</context>
<context>
    <name>ReadReceiptsPopup</name>
    <message>
        <source>Read (%1)</source>
        <translation>قرأها (%1)</translation>
    </message>
    <message>
        <source>Unread (%1)</source>
        <translation>لم يقرأها (%1)</translation>
    </message>
    <message>
        <source>Members who read the message</source>
        <translation>الأعضاء الذين قرأوا الرسالة</translation>
    </message>
    <message>
        <source>Members who have not read the message</source>
        <translation>الأعضاء الذين لم يقرأوا الرسالة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Nobody has read it yet</source>
        <translation>لم يقرأها أحد بعد</translation>
    </message>
    <message>
        <source>Everyone has read it</source>
        <translation>قرأها الجميع</translation>
    </message>
</context>
<context>
    <name>RenameBoardDialog</name>
    <message>
        <source>Rename board</source>
        <translation>إعادة تسمية اللوحة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Board name</source>
        <translation>اسم اللوحة</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>تحتاج اللوحة إلى اسم.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation>إعادة تسمية اللوحة</translation>
    </message>
</context>
<context>
    <name>RolesAdmin</name>
    <message>
        <source>Owners and admins add and change people and departments. Only owners change roles.</source>
        <translation>يضيف المالكون والمسؤولون الأشخاص والأقسام ويعدّلونها. ولا يغيّر الأدوار إلا المالكون.</translation>
    </message>
    <message>
        <source>Only an owner can change who is an owner or admin.</source>
        <translation>لا يمكن إلا للمالك تغيير من هو مالك أو مسؤول.</translation>
    </message>
    <message>
        <source>Person to give a role</source>
        <translation>الشخص المراد منحه دورًا</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالك</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Role to give</source>
        <translation>الدور المراد منحه</translation>
    </message>
    <message>
        <source>Give role</source>
        <translation>منح الدور</translation>
    </message>
    <message>
        <source>Give %1 the chosen role</source>
        <translation>منح %1 الدور المختار</translation>
    </message>
    <message>
        <source>Owners, admins and department managers</source>
        <translation>المالكون والمسؤولون ومديرو الأقسام</translation>
    </message>
    <message>
        <source>Scroll the roles</source>
        <translation>تمرير قائمة الأدوار</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Manages %1</source>
        <translation>يدير %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>جعله مالكًا</translation>
    </message>
    <message>
        <source>Make %1 an owner</source>
        <translation>جعل %1 مالكًا</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>جعله مسؤولًا</translation>
    </message>
    <message>
        <source>Make %1 an admin</source>
        <translation>جعل %1 مسؤولًا</translation>
    </message>
    <message>
        <source>The last owner stays an owner. Make someone else an owner first.</source>
        <translation>يبقى آخر مالك مالكًا. اجعل شخصًا آخر مالكًا أولًا.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>إزالة الدور</translation>
    </message>
    <message>
        <source>Make %1 an ordinary member</source>
        <translation>جعل %1 عضوًا عاديًا</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>لا توجد نتائج</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation>مسجّل الدخول باسم %1 على %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>المظهر الداكن</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (هذا الجهاز)</translation>
    </message>
    <message>
        <source>Last used %1 from %2</source>
        <translation>آخر استخدام %1 من %2</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>تسجيل خروج %1</translation>
    </message>
    <message>
        <source>Sign out all other devices</source>
        <translation>تسجيل الخروج من كل الأجهزة الأخرى</translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>Choose a chat to start messaging</source>
        <translation>اختر محادثة لبدء المراسلة</translation>
    </message>
    <message>
        <source>Ctrl+K to jump to a chat</source>
        <translation>Ctrl+K للانتقال إلى محادثة</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Beginning of the chat</source>
        <translation>بداية المحادثة</translation>
    </message>
</context>
<context>
    <name>TodoAlertStack</name>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Overdue todo of your team</source>
        <translation>مهمة متأخرة لفريقك</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2، %3</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation>تجاهل «%1»</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>فتح «%1»</translation>
    </message>
</context>
<context>
    <name>TodoEditor</name>
    <message>
        <source>This todo is not in your lists.</source>
        <translation>هذه المهمة ليست في قوائمك.</translation>
    </message>
    <message>
        <source>New todo</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Edit todo</source>
        <translation>تعديل المهمة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this todo</source>
        <translation>حذف هذه المهمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What needs doing?</source>
        <translation>ما الذي يجب فعله؟</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>تفاصيل (اختيارية)</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>المكلَّفون</translation>
    </message>
    <message>
        <source>Nobody: the todo is yours.</source>
        <translation>لا أحد: المهمة لك.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>None</source>
        <comment>todo priority</comment>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>todo priority</comment>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>todo priority</comment>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <comment>todo priority</comment>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Made from a chat message; the message will show a todo mark.</source>
        <translation>أُنشئت من رسالة دردشة؛ ستظهر على الرسالة علامة مهمة.</translation>
    </message>
    <message>
        <source>Made from a chat message.</source>
        <translation>أُنشئت من رسالة دردشة.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the chat message</source>
        <translation>فتح رسالة الدردشة</translation>
    </message>
</context>
<context>
    <name>TodoRow</name>
    <message>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>overdue, was due %1</source>
        <translation>متأخرة، كان الاستحقاق %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>الاستحقاق %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>الأولوية %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>مُسندة إلى %1</translation>
    </message>
    <message>
        <source>Mark “%1” as not done</source>
        <translation>وضع علامة «غير منجزة» على «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as done</source>
        <translation>وضع علامة «منجزة» على «%1»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>متأخرة · %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Card on a board</source>
        <translation>بطاقة على لوحة</translation>
    </message>
    <message>
        <source>Open chat message</source>
        <translation>فتح رسالة الدردشة</translation>
    </message>
    <message>
        <source>Open the chat message of “%1”</source>
        <translation>فتح رسالة الدردشة الخاصة بـ «%1»</translation>
    </message>
</context>
<context>
    <name>TodoSections</name>
    <message>
        <source>Todo lists</source>
        <translation>قوائم المهام</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n todo(s)</source>
        <translation>
            <numerusform>%1، %n مهمة</numerusform>
            <numerusform>%1، %n مهمة</numerusform>
            <numerusform>%1، %n مهمة</numerusform>
            <numerusform>%1، %n مهمة</numerusform>
            <numerusform>%1، %n مهمة</numerusform>
            <numerusform>%1، %n مهمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodosPage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>القادمة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation>أسندتُها</translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation>مُصعَّدة إليّ</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>New todo</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Nothing done yet.</source>
        <translation>لم يُنجز شيء بعد.</translation>
    </message>
    <message>
        <source>You have not assigned todos to anyone.</source>
        <translation>لم تُسند مهام لأحد بعد.</translation>
    </message>
    <message>
        <source>Nothing here. Use “New todo”, or “Make todo” on a chat message.</source>
        <translation>لا شيء هنا. استخدم «مهمة جديدة»، أو «إنشاء مهمة» على رسالة دردشة.</translation>
    </message>
</context>
<context>
    <name>UnreadBadge</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
            <numerusform>%n لم يقرأ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::approvals</name>
    <message>
        <source>submitted by %1 at %2</source>
        <translation>قدّمه %1 في %2</translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation>وافق عليه %1 في %2</translation>
    </message>
    <message>
        <source>rejected by %1 at %2</source>
        <translation>رفضه %1 في %2</translation>
    </message>
    <message>
        <source>returned for changes by %1 at %2</source>
        <translation>أعاده %1 للتعديل في %2</translation>
    </message>
    <message>
        <source>resubmitted by %1 at %2</source>
        <translation>أعاد تقديمه %1 في %2</translation>
    </message>
    <message>
        <source>withdrawn by %1 at %2</source>
        <translation>سحبه %1 في %2</translation>
    </message>
    <message>
        <source>transferred by %1 at %2</source>
        <translation>حوّله %1 في %2</translation>
    </message>
    <message>
        <source>commented on by %1 at %2</source>
        <translation>علّق عليه %1 في %2</translation>
    </message>
    <message>
        <source>urged by %1 at %2</source>
        <translation>استعجله %1 في %2</translation>
    </message>
    <message>
        <source>Tack</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>you are not part of this approval</source>
        <translation>لست طرفًا في هذه الموافقة</translation>
    </message>
    <message>
        <source>write something to comment</source>
        <translation>اكتب شيئًا للتعليق</translation>
    </message>
    <message>
        <source>only the submitter can urge the approvers</source>
        <translation>مقدّم الطلب وحده يستطيع استعجال الموافقين</translation>
    </message>
    <message>
        <source>nobody is waiting to approve this</source>
        <translation>لا أحد ينتظر الموافقة على هذا</translation>
    </message>
    <message>
        <source>this approval changed meanwhile; look again</source>
        <translation>تغيّرت هذه الموافقة في الأثناء؛ انظر مجددًا</translation>
    </message>
    <message>
        <source>it is not your turn to decide this</source>
        <translation>ليس دورك في البتّ في هذا</translation>
    </message>
    <message>
        <source>give a reason for rejecting</source>
        <translation>اذكر سبب الرفض</translation>
    </message>
    <message>
        <source>transfer to an active person who is neither the submitter nor already an approver here</source>
        <translation>حوّل إلى شخص نشط ليس مقدّم الطلب وليس موافقًا في هذه الخطوة</translation>
    </message>
    <message>
        <source>only the submitter can resubmit</source>
        <translation>مقدّم الطلب وحده يستطيع إعادة التقديم</translation>
    </message>
    <message>
        <source>only an approval returned for changes can be resubmitted</source>
        <translation>لا يُعاد تقديم إلا ما أُعيد للتعديل</translation>
    </message>
    <message>
        <source>only the submitter can withdraw</source>
        <translation>مقدّم الطلب وحده يستطيع السحب</translation>
    </message>
    <message>
        <source>that is not an action on an approval</source>
        <translation>هذا ليس إجراءً على موافقة</translation>
    </message>
    <message>
        <source>already %1</source>
        <translation>سبق أن %1</translation>
    </message>
    <message>
        <source>cannot withdraw: already %1</source>
        <translation>لا يمكن السحب: سبق أن %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>إجازة</translation>
    </message>
    <message>
        <source>Time off: annual, sick, personal and other leave.</source>
        <translation>إجازة: سنوية ومرضية وشخصية وغيرها.</translation>
    </message>
    <message>
        <source>Leave type</source>
        <translation>نوع الإجازة</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>إجازة سنوية</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>إجازة مرضية</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>إجازة شخصية</translation>
    </message>
    <message>
        <source>Time off in lieu</source>
        <translation>إجازة تعويضية</translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation>إجازة زواج</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>إجازة والدية</translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation>إجازة حداد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة الكلية</translation>
    </message>
    <message>
        <source>More than 3 days</source>
        <translation>أكثر من 3 أيام</translation>
    </message>
    <message>
        <source>Second-level manager</source>
        <translation>مدير المستوى الثاني</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>عمل إضافي</translation>
    </message>
    <message>
        <source>Hours worked beyond the schedule, paid or taken back as time off.</source>
        <translation>ساعات عمل خارج الجدول، تُدفع أو تُعوَّض بإجازة.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>التعويض</translation>
    </message>
    <message>
        <source>Overtime pay</source>
        <translation>أجر العمل الإضافي</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>مصروفات</translation>
    </message>
    <message>
        <source>Reimbursement of costs paid for work, item by item.</source>
        <translation>استرداد تكاليف دُفعت للعمل، بندًا بندًا.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>سفر</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>وجبات</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>إقامة</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>مستلزمات مكتبية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Total above 5,000.00 CNY</source>
        <translation>الإجمالي فوق 5,000.00 يوان</translation>
    </message>
    <message>
        <source>Finance director</source>
        <translation>المدير المالي</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>المالية</translation>
    </message>
    <message>
        <source>Missed punch</source>
        <translation>بصمة فائتة</translation>
    </message>
    <message>
        <source>A clock-in or clock-out the attendance record is missing (补卡).</source>
        <translation>تسجيل دخول أو خروج ينقص سجل الحضور.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>like 09:05 (24-hour clock)</source>
        <translation>مثل 09:05 (نظام 24 ساعة)</translation>
    </message>
    <message>
        <source>Punch</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>General request</source>
        <translation>طلب عام</translation>
    </message>
    <message>
        <source>Anything else that needs a manager&apos;s approval.</source>
        <translation>أي أمر آخر يحتاج إلى موافقة المدير.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation>أدخل رقمًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write it like 1234.5</source>
        <translation>«%1» ليس رقمًا؛ اكتبه مثل 1234.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>use a whole number, without decimal places</source>
        <translation>استخدم عددًا صحيحًا دون كسور</translation>
    </message>
    <message>
        <source>use at most %1 digits after the decimal point</source>
        <translation>استخدم %1 خانات بعد الفاصلة على الأكثر</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>الرقم كبير جدًا</translation>
    </message>
    <message>
        <source>write an amount like 1234.50 or 1234.50 USD</source>
        <translation>اكتب مبلغًا مثل 1234.50 أو 1234.50 USD</translation>
    </message>
    <message>
        <source>write a date like 2026-11-23</source>
        <translation>اكتب تاريخًا مثل 2026-11-23</translation>
    </message>
    <message>
        <source>write a period like 2026-11-23pm..2026-11-25am</source>
        <translation>اكتب مدة مثل 2026-11-23pm..2026-11-25am</translation>
    </message>
    <message>
        <source>give the id as a positive number</source>
        <translation>اكتب المعرّف رقمًا موجبًا</translation>
    </message>
    <message>
        <source>line items cannot be typed as text</source>
        <translation>لا تُكتب البنود نصًا</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 مطلوب</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>يجب أن يكون %1 رقمًا</translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-11-23</source>
        <translation>يجب أن يكون %1 تاريخًا مثل 2026-11-23</translation>
    </message>
    <message>
        <source>choose one option for %1</source>
        <translation>اختر خيارًا واحدًا لـ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2</source>
        <translation>«%1» ليس من خيارات %2</translation>
    </message>
    <message>
        <source>choose a person for %1</source>
        <translation>اختر شخصًا لـ %1</translation>
    </message>
    <message>
        <source>%1 names nobody in the directory</source>
        <translation>لا يوجد في الدليل من يسمّيه %1</translation>
    </message>
    <message>
        <source>choose a department for %1</source>
        <translation>اختر قسمًا لـ %1</translation>
    </message>
    <message>
        <source>%1 names no department in the directory</source>
        <translation>لا يوجد في الدليل قسم يسمّيه %1</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>يجب أن يكون %1 على الأقل %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>يجب أن يكون %1 على الأكثر %2</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>يجب أن يكون %1 نصًا</translation>
    </message>
    <message>
        <source>%1 takes a single line</source>
        <translation>يقبل %1 سطرًا واحدًا</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters</source>
        <translation>يحتوي %1 على %2 حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>%1 needs at least %2 characters</source>
        <translation>يحتاج %1 إلى %2 حرفًا على الأقل</translation>
    </message>
    <message>
        <source>%1 is not in the expected form</source>
        <translation>%1 ليس بالشكل المتوقع</translation>
    </message>
    <message>
        <source>%1 should look %2</source>
        <translation>يجب أن يكون %1 %2</translation>
    </message>
    <message>
        <source>%1 must be an amount</source>
        <translation>يجب أن يكون %1 مبلغًا</translation>
    </message>
    <message>
        <source>%1 cannot be in %2</source>
        <translation>لا يمكن أن يكون %1 بعملة %2</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>المبلغ كبير جدًا</translation>
    </message>
    <message>
        <source>%1 needs a start and an end date, each with morning or afternoon</source>
        <translation>يحتاج %1 إلى تاريخ بداية ونهاية، لكلٍّ منهما صباحًا أو مساءً</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation>ينتهي %1 قبل أن يبدأ</translation>
    </message>
    <message>
        <source>%1 is longer than a year</source>
        <translation>%1 أطول من سنة</translation>
    </message>
    <message>
        <source>choose options for %1</source>
        <translation>اختر خيارات لـ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2, or is chosen twice</source>
        <translation>«%1» ليس من خيارات %2 أو اختير مرتين</translation>
    </message>
    <message>
        <source>%1 must be a list of items</source>
        <translation>يجب أن يكون %1 قائمة بنود</translation>
    </message>
    <message>
        <source>%1 has at most %2 items</source>
        <translation>يحتوي %1 على %2 بنود على الأكثر</translation>
    </message>
    <message>
        <source>item %1 of %2 is not an item</source>
        <translation>البند %1 من %2 ليس بندًا</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;</source>
        <translation>لا يحتوي %1 على العمود «%2»</translation>
    </message>
    <message>
        <source>all items of %1 use one currency (%2)</source>
        <translation>تستخدم كل بنود %1 عملة واحدة (%2)</translation>
    </message>
    <message>
        <source>this form has no field &quot;%1&quot;</source>
        <translation>لا يحتوي هذا النموذج على الحقل «%1»</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 أيام</translation>
    </message>
    <message>
        <source>a currency is a three-letter ISO 4217 code such as CNY or USD</source>
        <translation>العملة رمز ISO 4217 من ثلاثة أحرف مثل CNY أو USD</translation>
    </message>
</context>
<context>
    <name>tack::ui::AppSession</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>تم تعطيل هذا الحساب.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من العنوان والاتصال.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>فشل تسجيل الدخول (%1).</translation>
    </message>
    <message>
        <source>Messages can only be recalled within 24 hours of sending.</source>
        <translation>لا يمكن سحب الرسائل إلا خلال 24 ساعة من إرسالها.</translation>
    </message>
    <message>
        <source>The message was recalled, so it can no longer be edited.</source>
        <translation>سُحبت الرسالة، لذا لم يعد بالإمكان تعديلها.</translation>
    </message>
    <message>
        <source>You are not allowed to do that in this chat.</source>
        <translation>غير مسموح لك بذلك في هذه المحادثة.</translation>
    </message>
    <message>
        <source>The message or chat no longer exists.</source>
        <translation>الرسالة أو المحادثة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>The server refused the text (empty or too long).</source>
        <translation>رفض الخادم النص (فارغ أو طويل جدًا).</translation>
    </message>
    <message>
        <source>The message could not be sent (%1).</source>
        <translation>تعذّر إرسال الرسالة (%1).</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>رفض الخادم التغيير (%1).</translation>
    </message>
    <message>
        <source>Cannot open the local data: %1</source>
        <translation>تعذّر فتح البيانات المحلية: %1</translation>
    </message>
    <message>
        <source>Saving to the local data failed: %1</source>
        <translation>فشل الحفظ في البيانات المحلية: %1</translation>
    </message>
    <message>
        <source>The server address must start with ws:// or wss://.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ ws:// أو wss://.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message numerus="yes">
        <source>A message can have at most %n characters.</source>
        <translation>
            <numerusform>يمكن أن تحتوي الرسالة على %n حرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن تحتوي الرسالة على %n حرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن تحتوي الرسالة على %n حرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن تحتوي الرسالة على %n حرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن تحتوي الرسالة على %n حرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن تحتوي الرسالة على %n حرف كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>الرسالة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>The message has not reached the server yet.</source>
        <translation>لم تصل الرسالة إلى الخادم بعد.</translation>
    </message>
    <message>
        <source>Only the sender, the chat owner and admins can recall a message.</source>
        <translation>يمكن للمرسل ومالك المحادثة والمشرفين فقط سحب الرسالة.</translation>
    </message>
    <message>
        <source>The message was already recalled.</source>
        <translation>سُحبت الرسالة بالفعل.</translation>
    </message>
    <message>
        <source>The message cannot be recalled.</source>
        <translation>لا يمكن سحب الرسالة.</translation>
    </message>
    <message>
        <source>Cannot read the local data.</source>
        <translation>تعذّرت قراءة البيانات المحلية.</translation>
    </message>
    <message>
        <source>This device was signed out from another device. Please sign in again.</source>
        <translation>تم تسجيل خروج هذا الجهاز من جهاز آخر. يرجى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>شهادة الخادم غير موثوق بها.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>رُفضت شهادة الخادم: %1</translation>
    </message>
    <message>
        <source>Cannot remember the certificate: %1</source>
        <translation>تعذّر حفظ الشهادة: %1</translation>
    </message>
</context>
<context>
    <name>tack::ui::ApprovalCenter</name>
    <message>
        <source>Please look at my approval request waiting for you: %1</source>
        <translation>يرجى النظر في طلب الموافقة الخاص بي الذي ينتظرك: %1</translation>
    </message>
    <message>
        <source>Your turn to approve</source>
        <translation>دورك في الموافقة</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Tack</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>%1 approved your %2; it is approved.</source>
        <translation>وافق %1 على %2 الخاص بك؛ تمت الموافقة عليه.</translation>
    </message>
    <message>
        <source>%1 approved your %2.</source>
        <translation>وافق %1 على %2 الخاص بك.</translation>
    </message>
    <message>
        <source>%1 rejected your %2.</source>
        <translation>رفض %1 %2 الخاص بك.</translation>
    </message>
    <message>
        <source>%1 returned your %2 for changes.</source>
        <translation>أعاد %1 %2 الخاص بك للتعديل.</translation>
    </message>
    <message>
        <source>%1 passed your %2 on to someone else.</source>
        <translation>حوّل %1 %2 الخاص بك إلى شخص آخر.</translation>
    </message>
    <message>
        <source>A decision on your request</source>
        <translation>قرار بشأن طلبك</translation>
    </message>
    <message>
        <source>Copied to you</source>
        <translation>نسخة إليك</translation>
    </message>
    <message>
        <source>Already %1</source>
        <comment>followed by e.g. &apos;approved by Wang Fang at 10:42&apos;</comment>
        <translation>سبق أن %1</translation>
    </message>
    <message>
        <source>This approval changed meanwhile; look at it again.</source>
        <translation>تغيّرت هذه الموافقة في الأثناء؛ انظر إليها مجددًا.</translation>
    </message>
    <message>
        <source>This approval no longer exists, or you are no longer part of it.</source>
        <translation>لم تعد هذه الموافقة موجودة، أو لم تعد طرفًا فيها.</translation>
    </message>
    <message>
        <source>It is not your turn or your right to do that.</source>
        <translation>ليس دورك أو ليس من حقك فعل ذلك.</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>رفض الخادم ذلك: %1</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>رفض الخادم ذلك (%1).</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>This approval is not here any more.</source>
        <translation>لم تعد هذه الموافقة هنا.</translation>
    </message>
    <message>
        <source>That cannot be done on this approval.</source>
        <translation>لا يمكن فعل ذلك بهذه الموافقة.</translation>
    </message>
</context>
<context>
    <name>tack::ui::AuditLogModel</name>
    <message>
        <source>Set an approval role</source>
        <translation>عيّن دور موافقة</translation>
    </message>
    <message>
        <source>Saved an approval form</source>
        <translation>حفظ نموذج موافقة</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Recalled a message</source>
        <translation>استرجع رسالة</translation>
    </message>
    <message>
        <source>Created a group</source>
        <translation>أنشأ مجموعة</translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation>أضاف عضوًا</translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation>أزال عضوًا</translation>
    </message>
    <message>
        <source>Changed a member&apos;s role</source>
        <translation>غيّر دور عضو</translation>
    </message>
    <message>
        <source>Changed a person&apos;s role</source>
        <translation>غيّر دور شخص</translation>
    </message>
    <message>
        <source>Deactivated a person</source>
        <translation>عطّل حساب شخص</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>صدّر سجل التدقيق</translation>
    </message>
    <message>
        <source>Imported people</source>
        <translation>استورد أشخاصًا</translation>
    </message>
    <message>
        <source>Decided an approval</source>
        <translation>بتّ في موافقة</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>No one has the login “%1”.</source>
        <translation>لا يوجد أحد باسم الدخول «%1».</translation>
    </message>
    <message>
        <source>Write dates like 2026-11-21.</source>
        <translation>اكتب التواريخ بالشكل 2026-11-21.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>تاريخ البداية بعد تاريخ النهاية.</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owners and admins may read the audit log.</source>
        <translation>لا يطّلع على سجل التدقيق إلا مالكو المؤسسة ومشرفوها.</translation>
    </message>
    <message>
        <source>Connect to the server to read the audit log.</source>
        <translation>اتصل بالخادم لقراءة سجل التدقيق.</translation>
    </message>
    <message>
        <source>The audit log could not be loaded (%1).</source>
        <translation>تعذّر تحميل سجل التدقيق (%1).</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n entries</source>
        <translation>
            <numerusform>جارٍ التصدير… %n إدخال</numerusform>
            <numerusform>جارٍ التصدير… %n إدخال</numerusform>
            <numerusform>جارٍ التصدير… %n إدخال</numerusform>
            <numerusform>جارٍ التصدير… %n إدخال</numerusform>
            <numerusform>جارٍ التصدير… %n إدخال</numerusform>
            <numerusform>جارٍ التصدير… %n إدخال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>صُدّر %n إدخال إلى %1.</numerusform>
            <numerusform>صُدّر %n إدخال إلى %1.</numerusform>
            <numerusform>صُدّر %n إدخال إلى %1.</numerusform>
            <numerusform>صُدّر %n إدخال إلى %1.</numerusform>
            <numerusform>صُدّر %n إدخال إلى %1.</numerusform>
            <numerusform>صُدّر %n إدخال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Reactivated a person</source>
        <translation>أعاد تفعيل حساب شخص</translation>
    </message>
    <message>
        <source>Set a person&apos;s password</source>
        <translation>عيّن كلمة مرور شخص</translation>
    </message>
    <message>
        <source>Replaced their calendar feed address</source>
        <translation>استبدل عنوان خلاصة تقويمه</translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardActions</name>
    <message>
        <source>Not signed in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Only the board&apos;s owner can remove other members.</source>
        <translation>يمكن لمالك اللوحة فقط إزالة الأعضاء الآخرين.</translation>
    </message>
    <message>
        <source>You are not a member of this board any more.</source>
        <translation>لم تعد عضوًا في هذه اللوحة.</translation>
    </message>
    <message>
        <source>A board keeps at least one column, so its last column cannot be deleted.</source>
        <translation>تحتفظ اللوحة بعمود واحد على الأقل، لذا لا يمكن حذف عمودها الأخير.</translation>
    </message>
    <message>
        <source>The card was deleted meanwhile.</source>
        <translation>حُذفت البطاقة في هذه الأثناء.</translation>
    </message>
    <message>
        <source>Someone else changed this first.</source>
        <translation>غيّر شخص آخر هذا أولًا.</translation>
    </message>
    <message>
        <source>The board, column or card no longer exists.</source>
        <translation>لم تعد اللوحة أو العمود أو البطاقة موجودة.</translation>
    </message>
    <message>
        <source>The server refused the values (empty, too long or out of range).</source>
        <translation>رفض الخادم القيم (فارغة أو طويلة جدًا أو خارج النطاق).</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>رفض الخادم التغيير (%1).</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>للتنفيذ</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message numerus="yes">
        <source>A board needs a name of at most %n characters.</source>
        <translation>
            <numerusform>تحتاج اللوحة إلى اسم من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج اللوحة إلى اسم من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج اللوحة إلى اسم من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج اللوحة إلى اسم من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج اللوحة إلى اسم من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج اللوحة إلى اسم من %n حرفًا على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column names need 1 to %n characters.</source>
        <translation>
            <numerusform>تحتاج أسماء الأعمدة إلى 1 حتى %n حرفًا.</numerusform>
            <numerusform>تحتاج أسماء الأعمدة إلى 1 حتى %n حرفًا.</numerusform>
            <numerusform>تحتاج أسماء الأعمدة إلى 1 حتى %n حرفًا.</numerusform>
            <numerusform>تحتاج أسماء الأعمدة إلى 1 حتى %n حرفًا.</numerusform>
            <numerusform>تحتاج أسماء الأعمدة إلى 1 حتى %n حرفًا.</numerusform>
            <numerusform>تحتاج أسماء الأعمدة إلى 1 حتى %n حرفًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The board&apos;s owner cannot be removed.</source>
        <translation>لا يمكن إزالة مالك اللوحة.</translation>
    </message>
    <message>
        <source>A WIP limit is a number from 0 (no limit) to %1.</source>
        <translation>حد العمل الجاري رقم من 0 (بلا حد) إلى %1.</translation>
    </message>
    <message>
        <source>The column “%1” is empty. Delete it?</source>
        <translation>العمود «%1» فارغ. هل تريد حذفه؟</translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) in “%1” will move to the end of “%2” and show “Moved from %1”.</source>
        <translation>
            <numerusform>ستنتقل البطاقات (%n) في «%1» إلى نهاية «%2» وتظهر عليها «نُقلت من %1».</numerusform>
            <numerusform>ستنتقل البطاقات (%n) في «%1» إلى نهاية «%2» وتظهر عليها «نُقلت من %1».</numerusform>
            <numerusform>ستنتقل البطاقات (%n) في «%1» إلى نهاية «%2» وتظهر عليها «نُقلت من %1».</numerusform>
            <numerusform>ستنتقل البطاقات (%n) في «%1» إلى نهاية «%2» وتظهر عليها «نُقلت من %1».</numerusform>
            <numerusform>ستنتقل البطاقات (%n) في «%1» إلى نهاية «%2» وتظهر عليها «نُقلت من %1».</numerusform>
            <numerusform>ستنتقل البطاقات (%n) في «%1» إلى نهاية «%2» وتظهر عليها «نُقلت من %1».</numerusform>
        </translation>
    </message>
    <message>
        <source>That place is no longer on the board; choose another.</source>
        <translation>لم يعد هذا المكان على اللوحة؛ اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>At the top</source>
        <translation>في الأعلى</translation>
    </message>
    <message>
        <source>Before “%1”</source>
        <translation>قبل «%1»</translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation>بعد «%1»</translation>
    </message>
    <message>
        <source>At the bottom</source>
        <translation>في الأسفل</translation>
    </message>
    <message numerus="yes">
        <source>A card needs a title of at most %n characters.</source>
        <translation>
            <numerusform>تحتاج البطاقة إلى عنوان من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج البطاقة إلى عنوان من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج البطاقة إلى عنوان من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج البطاقة إلى عنوان من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج البطاقة إلى عنوان من %n حرفًا على الأكثر.</numerusform>
            <numerusform>تحتاج البطاقة إلى عنوان من %n حرفًا على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A description can have at most %n characters.</source>
        <translation>
            <numerusform>يمكن أن يحتوي الوصف على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي الوصف على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي الوصف على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي الوصف على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي الوصف على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي الوصف على %n حرفًا على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card can have at most %n assignees.</source>
        <translation>
            <numerusform>يمكن أن تكون للبطاقة %n من المكلفين على الأكثر.</numerusform>
            <numerusform>يمكن أن تكون للبطاقة %n من المكلفين على الأكثر.</numerusform>
            <numerusform>يمكن أن تكون للبطاقة %n من المكلفين على الأكثر.</numerusform>
            <numerusform>يمكن أن تكون للبطاقة %n من المكلفين على الأكثر.</numerusform>
            <numerusform>يمكن أن تكون للبطاقة %n من المكلفين على الأكثر.</numerusform>
            <numerusform>يمكن أن تكون للبطاقة %n من المكلفين على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the due date as 2026-12-31, or 2026-12-31 17:00 with a time.</source>
        <translation>اكتب تاريخ الاستحقاق بالشكل 2026-12-31، أو 2026-12-31 17:00 مع الوقت.</translation>
    </message>
    <message numerus="yes">
        <source>A label can have at most %n characters.</source>
        <translation>
            <numerusform>يمكن أن تحتوي التسمية على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي التسمية على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي التسمية على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي التسمية على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي التسمية على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي التسمية على %n حرفًا على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card can have at most %n labels.</source>
        <translation>
            <numerusform>يمكن أن تحمل البطاقة %n تسمية على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل البطاقة %n تسمية على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل البطاقة %n تسمية على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل البطاقة %n تسمية على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل البطاقة %n تسمية على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل البطاقة %n تسمية على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A checklist item can have at most %n characters.</source>
        <translation>
            <numerusform>يمكن أن يحتوي بند قائمة التحقق على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي بند قائمة التحقق على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي بند قائمة التحقق على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي بند قائمة التحقق على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي بند قائمة التحقق على %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي بند قائمة التحقق على %n حرفًا على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A checklist can have at most %n items.</source>
        <translation>
            <numerusform>يمكن أن تضم قائمة التحقق %n بندًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم قائمة التحقق %n بندًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم قائمة التحقق %n بندًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم قائمة التحقق %n بندًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم قائمة التحقق %n بندًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تضم قائمة التحقق %n بندًا على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between column names</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardCardsModel</name>
    <message>
        <source>assigned to %1</source>
        <translation>مسندة إلى %1</translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation>التسميات: %1</translation>
    </message>
    <message>
        <source>checklist %1 of %2 done</source>
        <translation>قائمة التحقق: أُنجز %1 من %2</translation>
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
        <translation>تجاوز الحد %1</translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardListModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::ConversationListModel</name>
    <message>
        <source>[Message recalled]</source>
        <translation>[رسالة مسحوبة]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
</context>
<context>
    <name>tack::ui::DeviceListModel</name>
    <message>
        <source>Cannot list devices: %1</source>
        <translation>تعذّر عرض الأجهزة: %1</translation>
    </message>
    <message>
        <source>The device could not be signed out: %1</source>
        <translation>تعذّر تسجيل خروج الجهاز: %1</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>جهاز بلا اسم</translation>
    </message>
</context>
<context>
    <name>tack::ui::DingRecipientsModel</name>
    <message>
        <source>Confirmed %1</source>
        <translation>تم التأكيد %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بانتظار التأكيد</translation>
    </message>
</context>
<context>
    <name>tack::ui::MemberListModel</name>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
</context>
<context>
    <name>tack::ui::OrgAdministration</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>تعذّر حفظ التغيير: %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) will be sent when the connection is back.</source>
        <translation>
            <numerusform>غير متصل: لا تغييرات بانتظار الإرسال.</numerusform>
            <numerusform>غير متصل: سيُرسل تغيير واحد عند عودة الاتصال.</numerusform>
            <numerusform>غير متصل: سيُرسل تغييران عند عودة الاتصال.</numerusform>
            <numerusform>غير متصل: ستُرسل %n تغييرات عند عودة الاتصال.</numerusform>
            <numerusform>غير متصل: سيُرسل %n تغييرًا عند عودة الاتصال.</numerusform>
            <numerusform>غير متصل: سيُرسل %n تغيير عند عودة الاتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>جارٍ الحفظ…</numerusform>
            <numerusform>جارٍ حفظ تغيير واحد…</numerusform>
            <numerusform>جارٍ حفظ تغييرين…</numerusform>
            <numerusform>جارٍ حفظ %n تغييرات…</numerusform>
            <numerusform>جارٍ حفظ %n تغييرًا…</numerusform>
            <numerusform>جارٍ حفظ %n تغيير…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to change the directory.</source>
        <translation>سجّل الدخول لتعديل الدليل.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>دور غير معروف.</translation>
    </message>
    <message>
        <source>Only an owner can change who is an owner or admin.</source>
        <translation>لا يمكن إلا للمالك تغيير من هو مالك أو مسؤول.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>هذا الشخص لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>%1 is the organisation&apos;s last owner. Make someone else an owner first.</source>
        <translation>%1 هو آخر مالك للمؤسسة. اجعل شخصًا آخر مالكًا أولًا.</translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owners and admins can do this.</source>
        <translation>لا يمكن القيام بذلك إلا لمالكي المؤسسة ومسؤوليها.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>لا يمكنك تعطيل حسابك.</translation>
    </message>
    <message>
        <source>Only an owner can change, deactivate or reactivate an owner or an admin.</source>
        <translation>لا يمكن إلا للمالك تعديل حساب مالك أو مسؤول أو تعطيله أو إعادة تفعيله.</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>هذا القسم لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The department is not empty (%1, %2): move them out first.</source>
        <translation>القسم ليس فارغًا (%1، %2): انقلهم منه أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-department(s)</source>
        <translation>
            <numerusform>لا أقسام فرعية</numerusform>
            <numerusform>قسم فرعي واحد</numerusform>
            <numerusform>قسمان فرعيان</numerusform>
            <numerusform>%n أقسام فرعية</numerusform>
            <numerusform>%n قسمًا فرعيًا</numerusform>
            <numerusform>%n قسم فرعي</numerusform>
        </translation>
    </message>
    <message>
        <source>A login has 2 to 64 characters: a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>يتكون اسم المستخدم من 2 إلى 64 حرفًا: a-z أو 0-9 أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a name (at most %n characters).</source>
        <translation>
            <numerusform>أدخل اسمًا.</numerusform>
            <numerusform>أدخل اسمًا (حرف واحد على الأكثر).</numerusform>
            <numerusform>أدخل اسمًا (حرفان على الأكثر).</numerusform>
            <numerusform>أدخل اسمًا (%n أحرف على الأكثر).</numerusform>
            <numerusform>أدخل اسمًا (%n حرفًا على الأكثر).</numerusform>
            <numerusform>أدخل اسمًا (%n حرف على الأكثر).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A title has at most %n characters.</source>
        <translation>
            <numerusform>المسمى الوظيفي فارغ.</numerusform>
            <numerusform>للمسمى الوظيفي حرف واحد على الأكثر.</numerusform>
            <numerusform>للمسمى الوظيفي حرفان على الأكثر.</numerusform>
            <numerusform>للمسمى الوظيفي %n أحرف على الأكثر.</numerusform>
            <numerusform>للمسمى الوظيفي %n حرفًا على الأكثر.</numerusform>
            <numerusform>للمسمى الوظيفي %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An employee ID uses only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos; (at most %n).</source>
        <translation>
            <numerusform>يتكون الرقم الوظيفي من حروف وأرقام و &apos;.&apos; و &apos;_&apos; و &apos;-&apos; و &apos;/&apos; فقط (%n على الأكثر).</numerusform>
            <numerusform>يتكون الرقم الوظيفي من حروف وأرقام و &apos;.&apos; و &apos;_&apos; و &apos;-&apos; و &apos;/&apos; فقط (%n على الأكثر).</numerusform>
            <numerusform>يتكون الرقم الوظيفي من حروف وأرقام و &apos;.&apos; و &apos;_&apos; و &apos;-&apos; و &apos;/&apos; فقط (%n على الأكثر).</numerusform>
            <numerusform>يتكون الرقم الوظيفي من حروف وأرقام و &apos;.&apos; و &apos;_&apos; و &apos;-&apos; و &apos;/&apos; فقط (%n على الأكثر).</numerusform>
            <numerusform>يتكون الرقم الوظيفي من حروف وأرقام و &apos;.&apos; و &apos;_&apos; و &apos;-&apos; و &apos;/&apos; فقط (%n على الأكثر).</numerusform>
            <numerusform>يتكون الرقم الوظيفي من حروف وأرقام و &apos;.&apos; و &apos;_&apos; و &apos;-&apos; و &apos;/&apos; فقط (%n على الأكثر).</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone number uses digits, spaces and + - ( ) . with at least 3 digits.</source>
        <translation>يتكون رقم الهاتف من أرقام ومسافات و + - ( ) . وفيه 3 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.</source>
        <translation>يكون عنوان البريد الإلكتروني بالشكل name@example.com.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters.</source>
        <translation>
            <numerusform>كلمة المرور مطلوبة.</numerusform>
            <numerusform>لكلمة المرور حرف واحد على الأقل.</numerusform>
            <numerusform>لكلمة المرور حرفان على الأقل.</numerusform>
            <numerusform>لكلمة المرور %n أحرف على الأقل.</numerusform>
            <numerusform>لكلمة المرور %n حرفًا على الأقل.</numerusform>
            <numerusform>لكلمة المرور %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A person is in at most %n departments.</source>
        <translation>
            <numerusform>لا يمكن أن ينتمي الشخص إلى أي قسم.</numerusform>
            <numerusform>ينتمي الشخص إلى قسم واحد على الأكثر.</numerusform>
            <numerusform>ينتمي الشخص إلى قسمين على الأكثر.</numerusform>
            <numerusform>ينتمي الشخص إلى %n أقسام على الأكثر.</numerusform>
            <numerusform>ينتمي الشخص إلى %n قسمًا على الأكثر.</numerusform>
            <numerusform>ينتمي الشخص إلى %n قسم على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>A department name has 1 to 200 characters and no &apos;/&apos;.</source>
        <translation>يتكون اسم القسم من 1 إلى 200 حرف دون &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Setting a password needs a connection to the server. Try again when online.</source>
        <translation>يتطلب تعيين كلمة المرور اتصالًا بالخادم. حاول مجددًا عند الاتصال.</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>لا يمكن أن يكون الشخص مديرًا لنفسه.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>اختر قسمًا.</translation>
    </message>
    <message>
        <source>A department cannot move inside itself or one of its sub-departments.</source>
        <translation>لا يمكن نقل قسم إلى داخله أو إلى أحد أقسامه الفرعية.</translation>
    </message>
    <message>
        <source>That department, its new parent or its manager no longer exists.</source>
        <translation>هذا القسم أو قسمه الأعلى الجديد أو مديره لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>That person, a chosen department or the manager no longer exists.</source>
        <translation>هذا الشخص أو قسم مختار أو المدير لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The department is not empty: move its people and sub-departments out first.</source>
        <translation>القسم ليس فارغًا: انقل أشخاصه وأقسامه الفرعية منه أولًا.</translation>
    </message>
    <message>
        <source>A department with that name already exists there.</source>
        <translation>يوجد قسم بهذا الاسم هناك بالفعل.</translation>
    </message>
    <message>
        <source>That employee ID already belongs to someone else.</source>
        <translation>هذا الرقم الوظيفي مستخدم لشخص آخر.</translation>
    </message>
    <message>
        <source>That login is already taken.</source>
        <translation>اسم المستخدم هذا مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>That manager is not possible: nobody can be their own manager, directly or through the people who report to them.</source>
        <translation>لا يمكن تعيين هذا المدير: لا يمكن لأحد أن يكون مديرًا لنفسه، مباشرةً أو عبر من يتبعونه.</translation>
    </message>
    <message>
        <source>The server refused a value (%1).</source>
        <translation>رفض الخادم قيمة (%1).</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>رفض الخادم التغيير (%1).</translation>
    </message>
</context>
<context>
    <name>tack::ui::OrgRolesModel</name>
    <message>
        <source>Owners</source>
        <translation>المالكون</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>Department managers</source>
        <translation>مديرو الأقسام</translation>
    </message>
</context>
<context>
    <name>tack::ui::PersonCard</name>
    <message>
        <source>, </source>
        <comment>between department names</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>tack::ui::ReadListModel</name>
    <message>
        <source>Connect to the server to see who has read this.</source>
        <translation>اتصل بالخادم لمعرفة من قرأ هذه الرسالة.</translation>
    </message>
    <message>
        <source>The list could not be loaded (%1).</source>
        <translation>تعذّر تحميل القائمة (%1).</translation>
    </message>
</context>
<context>
    <name>tack::ui::SearchModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>tack::ui::StorageStatus</name>
    <message>
        <source>Tack cannot save to this computer&apos;s disk (it may be full). Your queued messages and changes are kept and will be sent; Tack keeps trying and this notice goes away once saving works.</source>
        <translation>لا يستطيع Tack الحفظ على قرص هذا الحاسوب (ربما يكون ممتلئًا). رسائلك وتغييراتك المنتظرة محفوظة وسيتم إرسالها؛ يواصل Tack المحاولة، ويختفي هذا التنبيه عندما يعود الحفظ إلى العمل.</translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoAlerts</name>
    <message>
        <source>Due %1</source>
        <translation>الاستحقاق %1</translation>
    </message>
    <message>
        <source>Reminder set for %1</source>
        <translation>تذكير محدد في %1</translation>
    </message>
    <message>
        <source>Overdue todo of %1 (due %2)</source>
        <translation>مهمة متأخرة لـ %1 (الاستحقاق %2)</translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoCenter</name>
    <message>
        <source>The todo was not created: you may not assign it to these people or link that chat message.</source>
        <translation>لم تُنشأ المهمة: لا يحق لك إسنادها إلى هؤلاء الأشخاص أو ربطها برسالة الدردشة تلك.</translation>
    </message>
    <message>
        <source>You may not change this todo: only its creator and its assignees can.</source>
        <translation>لا يحق لك تغيير هذه المهمة: يستطيع ذلك منشئها والمكلَّفون بها فقط.</translation>
    </message>
    <message>
        <source>The todo was not created: a person or the chat message no longer exists.</source>
        <translation>لم تُنشأ المهمة: أحد الأشخاص أو رسالة الدردشة لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The todo no longer exists.</source>
        <translation>هذه المهمة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>The todo was not created: the server already has one with the same id.</source>
        <translation>لم تُنشأ المهمة: لدى الخادم مهمة بالمعرّف نفسه.</translation>
    </message>
    <message>
        <source>The todo was deleted meanwhile, so the change was not saved.</source>
        <translation>حُذفت المهمة في الأثناء، لذلك لم يُحفظ التغيير.</translation>
    </message>
    <message>
        <source>The server refused the todo: a field is empty or too long.</source>
        <translation>رفض الخادم المهمة: أحد الحقول فارغ أو طويل جدًا.</translation>
    </message>
    <message>
        <source>The server refused the todo change (%1).</source>
        <translation>رفض الخادم تغيير المهمة (%1).</translation>
    </message>
    <message>
        <source>A todo needs a title.</source>
        <translation>تحتاج المهمة إلى عنوان.</translation>
    </message>
    <message numerus="yes">
        <source>A todo&apos;s title can have at most %n characters.</source>
        <translation>
            <numerusform>يمكن أن يحتوي عنوان المهمة على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان المهمة على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان المهمة على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان المهمة على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان المهمة على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يحتوي عنوان المهمة على %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes can have at most %n characters.</source>
        <translation>
            <numerusform>يمكن أن تحتوي الملاحظات على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي الملاحظات على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي الملاحظات على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي الملاحظات على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي الملاحظات على %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي الملاحظات على %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A todo can have at most %n assignees.</source>
        <translation>
            <numerusform>يمكن أن يكون للمهمة %n مكلَّف على الأكثر.</numerusform>
            <numerusform>يمكن أن يكون للمهمة %n مكلَّف على الأكثر.</numerusform>
            <numerusform>يمكن أن يكون للمهمة %n مكلَّف على الأكثر.</numerusform>
            <numerusform>يمكن أن يكون للمهمة %n مكلَّف على الأكثر.</numerusform>
            <numerusform>يمكن أن يكون للمهمة %n مكلَّف على الأكثر.</numerusform>
            <numerusform>يمكن أن يكون للمهمة %n مكلَّف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the server to see your calendar address.</source>
        <translation>اتصل بالخادم لترى عنوان تقويمك.</translation>
    </message>
    <message>
        <source>The server could not give your calendar address (%1).</source>
        <translation>تعذّر على الخادم إعطاء عنوان تقويمك (%1).</translation>
    </message>
    <message>
        <source>This server does not publish calendar feeds.</source>
        <translation>لا ينشر هذا الخادم خلاصات تقويم.</translation>
    </message>
    <message>
        <source>The server did not replace your calendar feed address (%1).</source>
        <translation>لم يستبدل الخادم عنوان خلاصة تقويمك (%1).</translation>
    </message>
    <message>
        <source>The calendar feed address could not be replaced: it could not be saved on this computer.</source>
        <translation>تعذّر استبدال عنوان خلاصة التقويم: تعذّر حفظ الطلب على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoListModel</name>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>اليوم %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>غدًا %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>أمس %1</translation>
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
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>todo priority</comment>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <comment>todo priority</comment>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Overdue, escalated %1</source>
        <translation>متأخرة، صُعّدت %1</translation>
    </message>
</context>
<context>
    <name>tack::ui::TrayNotifier</name>
    <message>
        <source>Open Tack</source>
        <translation>فتح Tack</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>أشار إليك %1</translation>
    </message>
    <message numerus="yes">
        <source>Tack: %n unread message(s)</source>
        <translation>
            <numerusform>Tack: %n رسالة غير مقروءة</numerusform>
            <numerusform>Tack: %n رسالة غير مقروءة</numerusform>
            <numerusform>Tack: %n رسالة غير مقروءة</numerusform>
            <numerusform>Tack: %n رسالة غير مقروءة</numerusform>
            <numerusform>Tack: %n رسالة غير مقروءة</numerusform>
            <numerusform>Tack: %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Tack</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>تذكير: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>متأخرة: %1</translation>
    </message>
</context>
</TS>
