#pragma once

#include "AdminCli.h"

namespace tack::server {

// `tack-server admin attendance list`: approved leave and overtime (attendance records) as text or JSON.
// Opens the database read-only, so it works next to a running server.
QList<AdminCommand> attendanceCommands();

} // namespace tack::server
