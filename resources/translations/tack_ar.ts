<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
    <name>tack::ui::AuditLogModel</name>
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
</context>
</TS>
