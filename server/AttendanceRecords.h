#pragma once

#include "db/StatementCache.h"
#include "domain/approvals/ApprovalInstance.h"
#include "domain/approvals/FormTemplate.h"

#include <QList>
#include <optional>

namespace tack::server {

// An approved leave or overtime request, kept as plain data for attendance (docs/protocol.md 6.1,
// "Attendance records"): who, what kind, which days, how long.
struct AttendanceRecord
{
    QString approval;
    qint64 user = 0;
    QString kind;          // "leave" or "overtime" (the template's key)
    QString type;          // leave: the leave type ("annual"...); overtime: the compensation ("pay"...)
    QString from;          // yyyy-MM-dd
    QString fromHalf;      // leave: "am" or "pm"; overtime: empty
    QString to;            // yyyy-MM-dd (overtime: the same day as `from`)
    QString toHalf;        // leave: "am" or "pm"; overtime: empty
    qint64 halfDays = 0;   // leave: the duration in half days; overtime: 0
    qint64 minutes = 0;    // overtime: the hours worked, in minutes; leave: 0
    qint64 approvedAt = 0; // ms since the epoch, UTC

    friend bool operator==(const AttendanceRecord &, const AttendanceRecord &) = default;
};

// The record an approval turns into, or nothing: only approved instances of the `leave` and `overtime`
// templates (built in, or an org's own template under the same key) that carry the data.
std::optional<AttendanceRecord> attendanceRecordOf(const approvals::ApprovalInstance &instance,
                                                   const approvals::FormTemplate &form);

// The attendance_records table (schema v9).
class AttendanceRecords
{
public:
    explicit AttendanceRecords(db::StatementCache &sql) : m_sql(sql) {}

    // Stores the record of an approval once; a second call for the same approval changes nothing.
    void put(const AttendanceRecord &record);
    // Records overlapping the days [from, to] (yyyy-MM-dd, empty: open), of one user or of everyone (0),
    // by start day, then user.
    QList<AttendanceRecord> overlapping(const QString &from, const QString &to, qint64 user);

private:
    db::StatementCache &m_sql;
};

} // namespace tack::server
