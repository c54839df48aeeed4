#include "OrgAdminCli.h"

#include "AdminChannel.h"
#include "CliSupport.h"
#include "Clock.h"
#include "OrgCommands.h"
#include "ServerStore.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace tack::server {

int runOrgAdmin(const QStringList &arguments)
{
    AdminRequest request;
    QString dataDir;
    QString outFile;
    bool passwordFromStdin = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        auto valueOf = [&](const char *name, QString &target) {
            const QString flag = QStringLiteral("--%1").arg(QLatin1String(name));
            if (arg == flag && i + 1 < arguments.size()) {
                target = arguments[++i];
                return true;
            }
            if (arg.startsWith(flag + QLatin1Char('='))) {
                target = arg.mid(flag.size() + 1);
                return true;
            }
            return false;
        };
        if (valueOf("data", dataDir) || valueOf("out", outFile))
            continue;
        if (arg == QLatin1String("--password-stdin")) {
            passwordFromStdin = true;
            continue;
        }
        request.args << arg;
    }
    const QString command = QStringLiteral("admin ") + request.args.mid(0, 2).join(QLatin1Char(' '));
    if (dataDir.isEmpty())
        return cli::fail(QStringLiteral("%1 needs --data DIR").arg(command), cli::kUsage);
    if (!outFile.isEmpty() && request.args.value(0) != QLatin1String("export"))
        return cli::fail(QStringLiteral("%1: --out is only for export").arg(command), cli::kUsage);

    if (request.args.value(0) == QLatin1String("import") && request.args.size() >= 2) {
        QFile file(request.args.value(1));
        if (!file.open(QIODevice::ReadOnly))
            return cli::fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        request.input = file.readAll();
    }
    if (passwordFromStdin) {
        QTextStream in(stdin);
        QString password = in.readLine();
        while (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        if (password.isEmpty())
            return cli::fail(
                QStringLiteral("--password-stdin: write the password as the first line on standard "
                               "input"),
                cli::kUsage);
        request.password = password;
        request.hasPassword = true;
    }

    // A running server holds serve.lock: send it the command so live clients see the change at once.
    QString error;
    std::optional<AdminReply> reply = AdminChannel::send(dataDir, request, &error);
    if (!reply) {
        if (!QFile::exists(ServerStore::databasePath(dataDir)))
            return cli::fail(
                QStringLiteral("no database in %1 (run `tack-server init --data %1` first)").arg(dataDir));
        QLockFile lock(QDir(dataDir).filePath(QStringLiteral("serve.lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            return cli::fail(QStringLiteral("a tack-server is running on %1 but its control socket does not "
                                            "answer; try again, or stop the server")
                                 .arg(dataDir));
        ServerStore store;
        store.open(dataDir, ServerStore::Open::MustExist);
        reply = runOrgCommand(store, request, Clock::nowMs());
        store.close();
    }

    if (!outFile.isEmpty() && reply->exitCode == cli::kOk) {
        QSaveFile file(outFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply->out) != reply->out.size() || !file.commit())
            return cli::fail(QStringLiteral("cannot write %1: %2").arg(outFile, file.errorString()));
    } else {
        std::fwrite(reply->out.constData(), 1, size_t(reply->out.size()), stdout);
        std::fflush(stdout);
    }
    if (!reply->err.isEmpty())
        return cli::fail(reply->err, reply->exitCode == cli::kOk ? cli::kFailed : reply->exitCode);
    return reply->exitCode;
}

} // namespace tack::server
