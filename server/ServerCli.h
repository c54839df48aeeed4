#pragma once

#include <QStringList>

namespace tack::server {

// `tack-server` commands: init, demo, serve, user add. Returns the process exit code: 0 on success,
// 1 when the command failed, 2 for a usage error. Every failure prints one line on stderr.
int runCli(const QStringList &arguments);

} // namespace tack::server
