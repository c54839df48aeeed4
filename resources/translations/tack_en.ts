<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprovalForm</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalText</name>
    <message numerus="yes">
        <source>Up to %n character(s)</source>
        <translation>
            <numerusform>Up to %n character</numerusform>
            <numerusform>Up to %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <source>%n column(s) over the WIP limit</source>
        <translation>
            <numerusform>%n column over the WIP limit</numerusform>
            <numerusform>%n columns over the WIP limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>Offline. Reconnecting in %n s…</source>
        <translation>
            <numerusform>Offline. Reconnecting in %n s…</numerusform>
            <numerusform>Offline. Reconnecting in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n unread, %2</numerusform>
            <numerusform>%1, %n unread, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DingAlert</name>
    <message numerus="yes">
        <source>%n DING(s) waiting for you</source>
        <translation>
            <numerusform>%n DING waiting for you</numerusform>
            <numerusform>%n DINGs waiting for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DingDialog</name>
    <message numerus="yes">
        <source>DING %n member(s)</source>
        <translation>
            <numerusform>DING %n member</numerusform>
            <numerusform>DING %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DING again to the %n who haven&apos;t confirmed</source>
        <translation>
            <numerusform>DING again to the one who hasn&apos;t confirmed</numerusform>
            <numerusform>DING again to the %n who haven&apos;t confirmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgChartList</name>
    <message numerus="yes">
        <source>Direct reports (%n)</source>
        <translation>
            <numerusform>Direct reports (%n)</numerusform>
            <numerusform>Direct reports (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleAdmin</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoSections</name>
    <message numerus="yes">
        <source>%1, %n todo(s)</source>
        <translation>
            <numerusform>%1, %n todo</numerusform>
            <numerusform>%1, %n todos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreadBadge</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::AppSession</name>
    <message numerus="yes">
        <source>A message can have at most %n characters.</source>
        <translation>
            <numerusform>A message can have at most %n character.</numerusform>
            <numerusform>A message can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::AuditLogModel</name>
    <message numerus="yes">
        <source>Exporting… %n entries</source>
        <translation>
            <numerusform>Exporting… %n entry</numerusform>
            <numerusform>Exporting… %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardActions</name>
    <message numerus="yes">
        <source>A board needs a name of at most %n characters.</source>
        <translation>
            <numerusform>A board needs a name of at most %n character.</numerusform>
            <numerusform>A board needs a name of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Column names need 1 to %n characters.</source>
        <translation>
            <numerusform>Column names need 1 to %n character.</numerusform>
            <numerusform>Column names need 1 to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) in “%1” will move to the end of “%2” and show “Moved from %1”.</source>
        <translation>
            <numerusform>The %n card in “%1” will move to the end of “%2” and show “Moved from %1”.</numerusform>
            <numerusform>The %n cards in “%1” will move to the end of “%2” and show “Moved from %1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card needs a title of at most %n characters.</source>
        <translation>
            <numerusform>A card needs a title of at most %n character.</numerusform>
            <numerusform>A card needs a title of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A description can have at most %n characters.</source>
        <translation>
            <numerusform>A description can have at most %n character.</numerusform>
            <numerusform>A description can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card can have at most %n assignees.</source>
        <translation>
            <numerusform>A card can have at most %n assignee.</numerusform>
            <numerusform>A card can have at most %n assignees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A label can have at most %n characters.</source>
        <translation>
            <numerusform>A label can have at most %n character.</numerusform>
            <numerusform>A label can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card can have at most %n labels.</source>
        <translation>
            <numerusform>A card can have at most %n label.</numerusform>
            <numerusform>A card can have at most %n labels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A checklist item can have at most %n characters.</source>
        <translation>
            <numerusform>A checklist item can have at most %n character.</numerusform>
            <numerusform>A checklist item can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A checklist can have at most %n items.</source>
        <translation>
            <numerusform>A checklist can have at most %n item.</numerusform>
            <numerusform>A checklist can have at most %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardListModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::OrgAdministration</name>
    <message numerus="yes">
        <source>Offline: %n change(s) will be sent when the connection is back.</source>
        <translation>
            <numerusform>Offline: %n change will be sent when the connection is back.</numerusform>
            <numerusform>Offline: %n changes will be sent when the connection is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>Saving %n change…</numerusform>
            <numerusform>Saving %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-department(s)</source>
        <translation>
            <numerusform>%n sub-department</numerusform>
            <numerusform>%n sub-departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter a name (at most %n characters).</source>
        <translation>
            <numerusform>Enter a name (at most %n character).</numerusform>
            <numerusform>Enter a name (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A title has at most %n characters.</source>
        <translation>
            <numerusform>A title has at most %n character.</numerusform>
            <numerusform>A title has at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An employee ID uses only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos; (at most %n).</source>
        <translation>
            <numerusform>An employee ID uses only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos; (at most %n).</numerusform>
            <numerusform>An employee ID uses only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos; (at most %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters.</source>
        <translation>
            <numerusform>A password has at least %n character.</numerusform>
            <numerusform>A password has at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A person is in at most %n departments.</source>
        <translation>
            <numerusform>A person is in at most %n department.</numerusform>
            <numerusform>A person is in at most %n departments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::SearchModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tack::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Tack: %n unread message(s)</source>
        <translation>
            <numerusform>Tack: %n unread message</numerusform>
            <numerusform>Tack: %n unread messages</numerusform>
        </translation>
    </message>
</context>
</TS>
