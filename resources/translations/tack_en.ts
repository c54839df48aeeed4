<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPersonRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalForm</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change and resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvers (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: it will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalRow</name>
    <message>
        <source>%1 from %2, %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a number of half days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is copied on submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On submission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (half days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: “%1” is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: “%1” will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <comment>approved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <comment>rejected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↩</source>
        <comment>returned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: nobody to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1 will be sent when the connection is back; the server decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like 2026-11-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found: the org&apos;s admins approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC: an approval role, when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed it on to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a person&apos;s name and what they did: 王芳 approved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <comment>a leave period: date, half of the day, date, half of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned it for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urged the approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any one approves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalView</name>
    <message>
        <source>Choose an approval, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change and resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge the approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To approve (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC&apos;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC&apos;d to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not submitted anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals you decided show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssigneeList</name>
    <message>
        <source>Assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardCard</name>
    <message>
        <source>Enter edits the card, Ctrl+M moves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Column %1, %2 cards, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1, %2 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or set WIP limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>My boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardMemberList</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardMembersDialog</name>
    <message>
        <source>Board members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardText</name>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardsPage</name>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boards yet. Create one to plan work with your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a board, or create one with New.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Choose %1 in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFeedBox</name>
    <message>
        <source>Calendar feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the calendar feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the calendar feed address again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird, Outlook and other calendar apps can subscribe to this address to show your due dates. Keep it private: anyone with it can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the calendar feed address with a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the address needs a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the calendar feed address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get a new address and the current one stops working at once. Calendars subscribed to the old address stop updating until you subscribe them to the new one. Do this when the address has reached someone who should not see your due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current calendar feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the calendar feed address now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-12-31 or 2026-12-31 17:00; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add an item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Cards in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainPreview</name>
    <message>
        <source>Step %1: %2, %3. %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody needs to approve: it is approved when submitted.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Your next message will be sent as a DING to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel DING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make todo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a todo from this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own sent messages that were not recalled can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DING…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP limit (0 for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-in-progress limit, 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnList</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Offline. Messages will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Search messages, chats, people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePickerGrid</name>
    <message>
        <source>%1, today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePickerPopup</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>calendar title: a Qt date format with the month and the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeEditor</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, first day starts in the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last day ends in the</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick choices for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a week, 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be signed out on every device at once and can no longer sign in. They leave every group chat (groups they own pass to another member). Their messages, DINGs and direct chats are kept, and you can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteColumnDialog</name>
    <message>
        <source>Delete the column “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentChips</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the primary department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRow</name>
    <message>
        <source>%1, expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentTree</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsAdmin</name>
    <message>
        <source>New top-level department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new top-level department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the top-level department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department to manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the department under the chosen parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the department&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new sub-department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sub-department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerFieldRow</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currencies, e.g. CNY, USD (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currencies of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move field %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern (regular expression), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint shown when it does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern hint of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One option a line: key=Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of field %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerStepRow</name>
    <message>
        <source>Step %1: only when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field the condition of step %1 tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, e.g. 5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value the condition of step %1 compares with</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>DING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DINGs waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DING from %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(message not loaded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm all</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Everyone confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DING status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DING message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members to DING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed, %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DING recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DING could not be sent.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Name, pinyin, phone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>org role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>org role</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. 1234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDesigner</name>
    <message>
        <source>Form designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the new field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an approver step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add conditional step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step that applies only when a condition holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to copy on submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last person copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When approved, copy the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hr (empty: nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval role copied when approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineItemCell</name>
    <message>
        <source>Item %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineItemRow</name>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in to Tack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer trusts. Trust it only if its SHA-256 fingerprint matches the one your administrator gave you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionPopup</name>
    <message>
        <source>Mention suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@all (everyone in this chat)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>All read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recalled a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You recalled a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todo made from this message: open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A todo was made from this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☑ Todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveCardDialog</name>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column to move the card to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>the rail&apos;s short name of the administration pages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Release 0.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns, left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the approvers of step %1 decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitter&apos;s manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department&apos;s head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approves step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level(s) up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role, e.g. finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitter&apos;s own department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department whose head approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last approver of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nobody is found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s admins approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When step %1 finds nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgChartBox</name>
    <message>
        <source>Manager: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct report: %1, %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Manager chain and direct reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>Org chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to profile</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Name, pinyin, login, phone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people of a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deactivated people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people in this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner can change, deactivate or reactivate an owner or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department to move %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the chosen department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleChips</name>
    <message>
        <source>Chosen people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people in this department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lilei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters; empty: cannot sign in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search to choose someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Profile of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DING %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View in org chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 in the org chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Jump to a chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching chats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadReceiptsPopup</name>
    <message>
        <source>Read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who read the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who have not read the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has read it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has read it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameBoardDialog</name>
    <message>
        <source>Rename board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesAdmin</name>
    <message>
        <source>Owners and admins add and change people and departments. Only owners change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner can change who is an owner or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to give a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the chosen role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners, admins and department managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last owner stays an owner. Make someone else an owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an ordinary member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out all other devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>Choose a chat to start messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K to jump to a chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning of the chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoAlertStack</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue todo of your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoEditor</name>
    <message>
        <source>This todo is not in your lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: the todo is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>todo priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>todo priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>todo priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>todo priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from a chat message; the message will show a todo mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from a chat message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chat message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoRow</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue, was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card on a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chat message of “%1”</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Todo lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodosPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not assigned todos to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here. Use “New todo”, or “Make todo” on a chat message.</source>
        <translation type="unfinished"></translation>
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
    <name>tack::approvals</name>
    <message>
        <source>submitted by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned for changes by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resubmitted by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commented on by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not part of this approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write something to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the submitter can urge the approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is waiting to approve this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this approval changed meanwhile; look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not your turn to decide this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer to an active person who is neither the submitter nor already an approver here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the submitter can resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an approval returned for changes can be resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the submitter can withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not an action on an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot withdraw: already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off: annual, sick, personal and other leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off in lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marriage leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereavement leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-level manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked beyond the schedule, paid or taken back as time off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement of costs paid for work, item by item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total above 5,000.00 CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock-in or clock-out the attendance record is missing (补卡).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like 09:05 (24-hour clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else that needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write it like 1234.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a whole number, without decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most %1 digits after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an amount like 1234.50 or 1234.50 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a date like 2026-11-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a period like 2026-11-23pm..2026-11-25am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the id as a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line items cannot be typed as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date like 2026-11-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one option for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a person for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names nobody in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a department for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no department in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should look %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a start and an end date, each with morning or afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose options for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2, or is chosen twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has at most %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of %2 is not an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all items of %1 use one currency (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this form has no field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a currency is a three-letter ISO 4217 code such as CNY or USD</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was signed out from another device. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages can only be recalled within 24 hours of sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was recalled, so it can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do that in this chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or chat no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the text (empty or too long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the local data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the local data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remember the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has not reached the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sender, the chat owner and admins can recall a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was already recalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be recalled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::ApprovalCenter</name>
    <message>
        <source>Your turn to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved your %2; it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved your %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected your %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned your %2 for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed your %2 on to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already %1</source>
        <comment>followed by e.g. &apos;approved by Wang Fang at 10:42&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval changed meanwhile; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval no longer exists, or you are no longer part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not your turn or your right to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval is not here any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cannot be done on this approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at my approval request waiting for you: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a person&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an approval form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an approval role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has the login “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates like 2026-11-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owners and admins may read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server to read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced their calendar feed address</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the board&apos;s owner can remove other members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of this board any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board keeps at least one column, so its last column cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board, column or card no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the values (empty, too long or out of range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between column names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s owner cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WIP limit is a number from 0 (no limit) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” is empty. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That place is no longer on the board; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the due date as 2026-12-31, or 2026-12-31 17:00 with a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardCardsModel</name>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>checklist items done/all</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::BoardColumnsModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>cards in a column / its WIP limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit of %1</source>
        <translation type="unfinished"></translation>
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
    <name>tack::ui::ConversationListModel</name>
    <message>
        <source>[Message recalled]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::DeviceListModel</name>
    <message>
        <source>Cannot list devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::DingRecipientsModel</name>
    <message>
        <source>Confirmed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::MemberListModel</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner can change who is an owner or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the organisation&apos;s last owner. Make someone else an owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organisation&apos;s owners and admins can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner can change, deactivate or reactivate an owner or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department is not empty (%1, %2): move them out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has 2 to 64 characters: a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number uses digits, spaces and + - ( ) . with at least 3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department name has 1 to 200 characters and no &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting a password needs a connection to the server. Try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department cannot move inside itself or one of its sub-departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That department, its new parent or its manager no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person, a chosen department or the manager no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department is not empty: move its people and sub-departments out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department with that name already exists there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That employee ID already belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That login is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That manager is not possible: nobody can be their own manager, directly or through the people who report to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a value (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::OrgRolesModel</name>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department managers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::PersonCard</name>
    <message>
        <source>, </source>
        <comment>between department names</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::ReadListModel</name>
    <message>
        <source>Connect to the server to see who has read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::StorageStatus</name>
    <message>
        <source>Tack cannot save to this computer&apos;s disk (it may be full). Your queued messages and changes are kept and will be sent; Tack keeps trying and this notice goes away once saving works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoAlerts</name>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue todo of %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoCenter</name>
    <message>
        <source>The todo was not created: you may not assign it to these people or link that chat message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this todo: only its creator and its assignees can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The todo was not created: a person or the chat message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The todo no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The todo was not created: the server already has one with the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The todo was deleted meanwhile, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the todo: a field is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the todo change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A todo needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A todo&apos;s title can have at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes can have at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A todo can have at most %n assignees.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the server to see your calendar address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not give your calendar address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not publish calendar feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not replace your calendar feed address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar feed address could not be replaced: it could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tack::ui::TodoListModel</name>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>todo priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>todo priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>todo priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, escalated %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
