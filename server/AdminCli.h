#pragma once

#include "CliSupport.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace tack::server {

// One `tack-server admin GROUP NAME [options]` command. `--data DIR` is always accepted and required.
struct AdminCommand
{
    QString group;       // e.g. "audit"
    QString name;        // e.g. "verify"
    QStringList options; // further option names it accepts, without "--"
    QString usage;       // the options part of its usage line, e.g. "--out FILE.csv"
    std::function<int(const cli::Flags &)> run;
};

// Runs `tack-server admin ...` (`args` follow "admin"); returns the exit code. New administration
// commands are added to the list in AdminCli.cpp.
int runAdmin(const QStringList &args);
// The usage lines of every admin command, for `tack-server --help`.
QString adminUsage();

} // namespace tack::server
