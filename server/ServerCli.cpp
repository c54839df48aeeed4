#include "ServerCli.h"

#include "Accounts.h"
#include "AdminChannel.h"
#include "AdminCli.h"
#include "AuditLog.h"
#include "CalendarHttp.h"
#include "CliSupport.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "Server.h"
#include "ServerStore.h"
#include "SignalWatcher.h"
#include "TlsSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLockFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <limits>
#include <optional>

namespace tack::server {
namespace {

using cli::fail;
using cli::Flags;
using cli::kOk;
using cli::kUsage;
using cli::parseInteger;
using cli::print;

const char *const kUsageText = R"(usage:
  tack-server init  --data DIR
  tack-server demo  --data DIR
  tack-server serve --data DIR [--listen HOST:PORT] [--catchup-limit N]
                    [--tls-cert FILE --tls-key FILE] [--token-ttl-days N]
                    [--limit-connection R] [--limit-account R] [--limit-address R]
                    [--escalate-overdue-after-minutes N] [--calendar-listen HOST:PORT]
                    [--max-unsent-kib N]
                    [--fault-drop-live P --fault-seed S] [--fault-clock-offset-ms MS]
                    [--fault-escalation-check-ms MS]
  tack-server user add --data DIR --login LOGIN --name NAME [--title T] [--department ID] [--manager ID]
                    (reads the password from the first line of standard input)
)";

int runInit(const Flags &flags)
{
    const QString dir = flags.value("data");
    const bool existed = QFile::exists(ServerStore::databasePath(dir));
    ServerStore store;
    store.open(dir, ServerStore::Open::CreateIfMissing);
    print(existed ? QStringLiteral("%1 already holds a Tack database; nothing to do\n").arg(dir)
                  : QStringLiteral("created %1\n").arg(ServerStore::databasePath(dir)));
    return kOk;
}

int runDemo(const Flags &flags)
{
    const QString dir = flags.value("data");
    ServerStore store;
    store.open(dir, ServerStore::Open::CreateIfMissing);
    try {
        if (DemoSeeder(store).seed() == DemoSeeder::Result::AlreadySeeded) {
            print(QStringLiteral("%1 is already seeded with the demo organisation; nothing added.\n\n")
                      .arg(dir) +
                  DemoSeeder::summary(dir));
            return kOk;
        }
    } catch (const db::SqlError &e) {
        return fail(QStringLiteral("could not seed the demo data: %1").arg(e.text()));
    }
    print(QStringLiteral("Seeded %1 with a demo organisation.\n").arg(dir) + DemoSeeder::summary(dir));
    return kOk;
}

int runUserAdd(const Flags &flags)
{
    if (!flags.has("login") || !flags.has("name"))
        return fail(QStringLiteral("user add needs --login and --name"), kUsage);
    Accounts::NewUser nu;
    nu.login = flags.value("login");
    nu.name = flags.value("name");
    nu.title = flags.value("title");
    for (const char *key : {"department", "manager"}) {
        if (!flags.has(key))
            continue;
        const auto id = parseInteger(flags.value(key), 1, std::numeric_limits<qint64>::max());
        if (!id)
            return fail(QStringLiteral("--%1 must be a positive id").arg(QLatin1String(key)), kUsage);
        (qstrcmp(key, "department") == 0 ? nu.department : nu.manager) = *id;
    }
    // Check what we can before asking for the password, so a typo fails fast.
    if (auto problem = Accounts::loginProblem(nu.login))
        return fail(*problem);

    QTextStream in(stdin);
    QString password = in.readLine();
    while (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (auto problem = Accounts::passwordProblem(password))
        return fail(*problem);
    nu.password = password;

    ServerStore store;
    store.open(flags.value("data"), ServerStore::Open::MustExist);
    qint64 id = 0;
    try {
        db::Transaction tx(store.db());
        id = Accounts(store).addUser(nu, Clock::nowMs());
        tx.commit();
    } catch (const db::SqlError &e) {
        return fail(QStringLiteral("could not add the user: %1").arg(e.text()));
    }
    print(QString::number(id) + QLatin1Char('\n'));
    return kOk;
}

int runServe(const Flags &flags)
{
    const QString dir = flags.value("data");
    const QString listen = flags.has("listen") ? flags.value("listen") : QStringLiteral("127.0.0.1:7300");
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const auto port = colon > 0 ? parseInteger(listen.mid(colon + 1), 0, 65535) : std::nullopt;
    QString hostText = colon > 0 ? listen.left(colon) : QString();
    QString bareHost = hostText;
    if (bareHost.startsWith(QLatin1Char('[')) && bareHost.endsWith(QLatin1Char(']')))
        bareHost = bareHost.mid(1, bareHost.size() - 2);
    QHostAddress address;
    if (bareHost == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else
        address.setAddress(bareHost);
    if (!port || address.isNull())
        return fail(
            QStringLiteral("--listen must look like HOST:PORT, e.g. 127.0.0.1:7300 (got '%1')").arg(listen),
            kUsage);
    if (address.protocol() == QAbstractSocket::IPv6Protocol && !hostText.startsWith(QLatin1Char('[')))
        hostText = QLatin1Char('[') + hostText + QLatin1Char(']');

    Server::Options options;
    if (flags.has("catchup-limit")) {
        const auto n = parseInteger(flags.value("catchup-limit"), 1, std::numeric_limits<qint64>::max());
        if (!n)
            return fail(QStringLiteral("--catchup-limit must be a positive number"), kUsage);
        options.catchupLimit = *n;
    }
    if (flags.has("token-ttl-days")) {
        const auto days = parseInteger(flags.value("token-ttl-days"), 1, 3650);
        if (!days)
            return fail(QStringLiteral("--token-ttl-days must be a number of days from 1 to 3650"), kUsage);
        options.tokenLifetimeMs = *days * 24 * 60 * 60 * 1000;
    }
    // Requests a second; 0 switches the limit off.
    const struct
    {
        const char *flag;
        double *rate;
    } limits[] = {{"limit-connection", &options.requestRates.perConnection},
                  {"limit-account", &options.requestRates.perAccount},
                  {"limit-address", &options.requestRates.perAddress}};
    for (const auto &limit : limits) {
        if (!flags.has(limit.flag))
            continue;
        bool ok = false;
        const double rate = flags.value(limit.flag).toDouble(&ok);
        if (!ok || rate < 0 || rate > 1e6)
            return fail(QStringLiteral("--%1 must be a number of requests per second (0 for no limit)")
                            .arg(QLatin1String(limit.flag)),
                        kUsage);
        *limit.rate = rate;
    }
    if (flags.has("fault-drop-live")) {
        bool ok = false;
        options.faultDropLive = flags.value("fault-drop-live").toDouble(&ok);
        if (!ok || options.faultDropLive < 0 || options.faultDropLive > 1)
            return fail(QStringLiteral("--fault-drop-live must be a probability between 0 and 1"), kUsage);
    }
    if (flags.has("fault-seed")) {
        const auto s = parseInteger(flags.value("fault-seed"), 0, std::numeric_limits<qint64>::max());
        if (!s)
            return fail(QStringLiteral("--fault-seed must be a non-negative integer"), kUsage);
        options.faultSeed = quint64(*s);
    }
    if (flags.has("escalate-overdue-after-minutes")) {
        const auto minutes = parseInteger(flags.value("escalate-overdue-after-minutes"), 0, 525600);
        if (!minutes)
            return fail(QStringLiteral("--escalate-overdue-after-minutes must be 0 (off) to 525600"), kUsage);
        options.escalationDelayMs = *minutes * 60 * 1000;
    }
    if (flags.has("max-unsent-kib")) {
        const auto kib = parseInteger(flags.value("max-unsent-kib"), 64, 4 * 1024 * 1024);
        if (!kib)
            return fail(QStringLiteral("--max-unsent-kib must be 64 to 4194304"), kUsage);
        options.maxUnsentBytes = *kib * 1024;
    }
    if (flags.has("fault-escalation-check-ms")) {
        const auto ms = parseInteger(flags.value("fault-escalation-check-ms"), 10, 3600 * 1000);
        if (!ms)
            return fail(QStringLiteral("--fault-escalation-check-ms must be 10 to 3600000"), kUsage);
        options.escalationCheckMs = int(*ms);
    }
    if (flags.has("fault-clock-offset-ms")) {
        const auto off = parseInteger(flags.value("fault-clock-offset-ms"), -(1LL << 50), 1LL << 50);
        if (!off)
            return fail(QStringLiteral("--fault-clock-offset-ms must be an integer"), kUsage);
        Clock::setOffsetMs(*off);
    }

    if (flags.has("tls-cert") != flags.has("tls-key"))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), kUsage);
    std::optional<TlsSetup> tls;
    if (flags.has("tls-cert")) {
        QString error;
        tls = TlsSetup::load(flags.value("tls-cert"), flags.value("tls-key"), &error);
        if (!tls)
            return fail(error);
        if (!tls->warning.isEmpty())
            std::fprintf(stderr, "tack-server: warning: %s\n", tls->warning.toUtf8().constData());
        options.tls = tls->configuration;
    }

    if (!QFileInfo::exists(ServerStore::databasePath(dir)))
        return fail(QStringLiteral("no database in %1 (run `tack-server init --data %1` first)").arg(dir));
    QLockFile lock(QDir(dir).filePath(QStringLiteral("serve.lock")));
    lock.setStaleLockTime(0); // a live server holds it for as long as it runs; only a dead owner frees it
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        if (lock.error() == QLockFile::LockFailedError)
            return fail(QStringLiteral("the data directory %1 is in use by another tack-server (pid %2)")
                            .arg(dir)
                            .arg(pid));
        return fail(QStringLiteral("cannot create the lock file in %1").arg(dir));
    }

    ServerStore store;
    store.open(dir, ServerStore::Open::MustExist);
    // A broken chain refuses nothing: the server runs, and the operator reads why in this line.
    if (const AuditVerification audit = AuditLog(store).verify(); !audit.ok())
        std::fprintf(stderr, "tack-server: warning: %s (see `tack-server admin audit verify`)\n",
                     audit.summary().toUtf8().constData());
    int exitCode = kOk;
    {
        Server server(store, options);
        QString error;
        if (!server.listen(address, quint16(*port), &error))
            return fail(QStringLiteral("cannot listen on %1: %2").arg(listen, error));
        // Calendar feeds over plain HTTP on their own port, when asked for.
        CalendarHttp calendar(store);
        if (flags.has("calendar-listen")) {
            const QString where = flags.value("calendar-listen");
            const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
            bool portOk = false;
            const uint calendarPort = where.mid(colon + 1).toUInt(&portOk);
            QHostAddress calendarAddress(where.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
            if (where.left(colon) == QLatin1String("localhost"))
                calendarAddress = QHostAddress(QHostAddress::LocalHost);
            if (colon <= 0 || !portOk || calendarPort > 65535 || calendarAddress.isNull())
                return fail(QStringLiteral(
                                "--calendar-listen must look like HOST:PORT, e.g. 127.0.0.1:7301 (got '%1')")
                                .arg(where),
                            kUsage);
            if (!calendar.listen(calendarAddress, quint16(calendarPort), &error))
                return fail(QStringLiteral("cannot listen on %1: %2").arg(where, error));
            server.setCalendarPort(calendar.port());
            print(QStringLiteral("calendar feeds on http://%1:%2/calendar/\n")
                      .arg(where.left(colon))
                      .arg(calendar.port()));
        }
        // `tack-server admin` commands reach the running server here (docs/admin-guide.md).
        AdminChannel adminChannel(store, [&server] { server.deliverNewEvents(); });
        // Serving matters more than the command line: without the socket, `admin` commands say so.
        if (!adminChannel.listen(dir, &error))
            std::fprintf(stderr,
                         "tack-server: warning: no control socket in %s (%s); `tack-server admin` commands "
                         "will refuse to run while this server runs\n",
                         dir.toUtf8().constData(), error.toUtf8().constData());

        SignalWatcher stopSignals;
        QObject::connect(&stopSignals, &SignalWatcher::stopRequested, &server, [&server] {
            server.shutdown();
            // Give peers a moment to answer the close handshake, then stop regardless.
            QTimer::singleShot(3000, qApp, [] { QCoreApplication::exit(kOk); });
        });
        QObject::connect(
            &server, &Server::drained, qApp, [] { QCoreApplication::exit(kOk); }, Qt::QueuedConnection);

        if (tls)
            print(QStringLiteral("certificate SHA-256 %1\n").arg(tls->fingerprint));
        print(QStringLiteral("listening %1://%2:%3\n")
                  .arg(tls ? QLatin1String("wss") : QLatin1String("ws"), hostText)
                  .arg(server.port()));
        exitCode = QCoreApplication::exec();
    }
    store.close();
    return exitCode;
}

} // namespace

int runCli(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        const QByteArray usage = QByteArray(kUsageText) + adminUsage().toUtf8();
        std::fputs(usage.constData(), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? kUsage : kOk;
    }
    QString command = args.takeFirst();
    if (command == QLatin1String("admin"))
        return runAdmin(args);
    if (command == QLatin1String("user")) {
        if (args.isEmpty() || args.first() != QLatin1String("add"))
            return fail(QStringLiteral("unknown command 'user %1' (try 'user add')").arg(args.value(0)),
                        kUsage);
        args.removeFirst();
        command = QStringLiteral("user add");
    }

    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("init"), {QStringLiteral("data")}},
        {QStringLiteral("demo"), {QStringLiteral("data")}},
        {QStringLiteral("serve"),
         {QStringLiteral("data"), QStringLiteral("listen"), QStringLiteral("catchup-limit"),
          QStringLiteral("fault-drop-live"), QStringLiteral("fault-seed"),
          QStringLiteral("fault-clock-offset-ms"), QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
          QStringLiteral("token-ttl-days"), QStringLiteral("limit-connection"),
          QStringLiteral("limit-account"), QStringLiteral("limit-address"),
          QStringLiteral("escalate-overdue-after-minutes"), QStringLiteral("fault-escalation-check-ms"),
          QStringLiteral("calendar-listen"), QStringLiteral("max-unsent-kib")}},
        {QStringLiteral("user add"),
         {QStringLiteral("data"), QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("title"),
          QStringLiteral("department"), QStringLiteral("manager")}},
    };
    if (!allowed.contains(command))
        return fail(QStringLiteral("unknown command '%1' (see tack-server --help)").arg(command), kUsage);
    const Flags flags = Flags::parse(args, allowed.value(command));
    if (!flags.error.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(command, flags.error), kUsage);
    if (flags.value("data").isEmpty())
        return fail(QStringLiteral("%1 needs --data DIR").arg(command), kUsage);

    try {
        if (command == QLatin1String("init"))
            return runInit(flags);
        if (command == QLatin1String("demo"))
            return runDemo(flags);
        if (command == QLatin1String("serve"))
            return runServe(flags);
        return runUserAdd(flags);
    } catch (const StoreError &e) {
        return fail(e.text());
    } catch (const db::SqlError &e) {
        return fail(QStringLiteral("database error: %1").arg(e.text()));
    }
}

} // namespace tack::server
