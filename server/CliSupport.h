#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

// Shared by the `tack-server` command handlers (ServerCli, AdminCli, AuditCli): exit codes, one-line
// failures, output and "--name value" option parsing.
namespace tack::server::cli {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

// Prints "tack-server: MESSAGE" on stderr and returns `code`.
int fail(const QString &message, int code = kFailed);
// Writes UTF-8 text to stdout and flushes.
void print(const QString &text);

// Parses "--name value" and "--name=value" pairs, accepting only the listed names.
struct Flags
{
    QHash<QString, QString> values;
    QString error;

    static Flags parse(const QStringList &args, const QStringList &allowed);

    QString value(const char *name) const { return values.value(QLatin1String(name)); }
    bool has(const char *name) const { return values.contains(QLatin1String(name)); }
};

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max);

} // namespace tack::server::cli
