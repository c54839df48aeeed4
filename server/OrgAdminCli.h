#pragma once

#include <QStringList>

namespace tack::server {

// `tack-server admin people|departments|roles|import|export ...` on the command line: reads the CSV file
// and the password here, then runs the command in the server serving --data (over its control socket)
// or, when none runs, on the database directly. Returns the exit code.
int runOrgAdmin(const QStringList &args);

} // namespace tack::server
