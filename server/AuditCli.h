#pragma once

#include "AdminCli.h"

namespace tack::server {

// `tack-server admin audit verify | list | export`. verify and list open the database read-only, so they
// work next to a running server; export also records an `export` entry, which SQLite's WAL lets it do
// while the server writes.
QList<AdminCommand> auditCommands();

} // namespace tack::server
