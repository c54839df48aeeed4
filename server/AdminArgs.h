#pragma once

#include "OrgCommands.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// The command line of the org admin commands once it reached whoever runs them (OrgCommands).
namespace tack::server::admincmd {

// Positional words, "--name value" options and the --dry-run switch.
struct Args
{
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> switches;
    QString error;

    bool has(const char *name) const { return options.contains(QLatin1String(name)); }
    QString value(const char *name) const { return options.value(QLatin1String(name)); }
};

Args parseArgs(const QStringList &args);

// A refusal: `message` for stderr, exit code 1 (refused) or 2 (usage).
AdminReply failed(const QString &message, int code = 1);
AdminReply unknownVerb(const char *group, const QString &verb, const char *choices);
AdminReply printed(const QString &text);

} // namespace tack::server::admincmd
