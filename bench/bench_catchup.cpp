// Catch-up: a client is offline while N messages arrive in one of its chats; measures how fast the real
// sync engine brings its replica up to date after reconnecting (events applied per second). Prints JSON.
#include "ServerProcess.h"
#include "client/ClientSession.h"
#include "support/BenchUsers.h"
#include "support/Session.h"
#include "support/Stats.h"
#include "support/Wait.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_catchup: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tack catch-up benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages sent while offline."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);
    const int messages = qMax(100, parser.value(QStringLiteral("messages")).toInt());
    const QString password = QStringLiteral("bench-password");

    QTemporaryDir dataDir;
    QTemporaryDir profile;
    QString error;
    ServerProcess::run({QStringLiteral("init"), QStringLiteral("--data"), dataDir.path()});
    if (!addBenchUsers(dataDir.path(), QStringLiteral("cu"), 2, password, &error))
        return fail(error);
    ServerProcess server;
    ServerProcess::Options options;
    options.dataDir = dataDir.path();
    options.serveArgs = benchServeArgs();
    if (!server.start(options))
        return fail(server.errorString());

    // The reader logs in and syncs, the writer creates the chat with it, and once the reader holds the
    // chat's stream it goes offline: everything after that is catch-up from its cursor.
    tack::client::ClientSession reader(profile.filePath(QStringLiteral("replica.db")));
    if (!reader.open(&error))
        return fail(error);
    bool caughtUp = false;
    QObject::connect(&reader, &tack::client::ClientSession::caughtUp, &reader, [&] { caughtUp = true; });
    reader.login(server.url(), QStringLiteral("cu1"), password);
    if (!waitUntil([&] { return caughtUp; }, 60000))
        return fail(QStringLiteral("the reader did not finish its first sync"));
    const qint64 readerId = reader.account().userId;

    RawClient writer;
    if (loginAndHello(writer, server.url(), QStringLiteral("cu0"), password) == 0)
        return fail(QStringLiteral("the writer could not log in"));
    const QString clientId = QStringLiteral("benchcatchup0");
    QCborMap create;
    create.insert(QStringLiteral("id"), QStringLiteral("catchup"));
    create.insert(QStringLiteral("title"), QStringLiteral("Catch-up bench"));
    create.insert(QStringLiteral("members"), QCborArray{readerId});
    bool created = false;
    writer.request(mutation(clientId, 1, QStringLiteral("conv.create"), create),
                   [&](bool ok, const QCborMap &) { created = ok; });
    if (!waitUntil([&] { return created; }, 10000))
        return fail(QStringLiteral("could not create the chat"));
    const QString stream = QStringLiteral("c/catchup");
    if (!waitUntil([&] { return reader.reader().cursor(stream) > 0; }, 30000))
        return fail(QStringLiteral("the reader never received the new chat"));
    reader.stop();
    if (!waitUntil([&] { return reader.state() == tack::client::ClientSession::State::Offline; }, 10000))
        return fail(QStringLiteral("the reader did not go offline"));

    int sent = 0;
    int acked = 0;
    int failures = 0;
    constexpr int kWindow = 256;
    std::function<void()> pump = [&] {
        while (sent < messages && sent - acked < kWindow) {
            QCborMap args;
            args.insert(QStringLiteral("conversation"), QStringLiteral("catchup"));
            args.insert(QStringLiteral("id"), QStringLiteral("c%1").arg(sent));
            args.insert(QStringLiteral("text"), QStringLiteral("catch-up message number %1 预算").arg(sent));
            ++sent;
            writer.request(mutation(clientId, sent + 1, QStringLiteral("msg.send"), args),
                           [&](bool ok, const QCborMap &) {
                               ++acked;
                               failures += ok ? 0 : 1;
                               pump();
                           });
        }
    };
    QElapsedTimer writeClock;
    writeClock.start();
    pump();
    if (!waitUntil([&] { return acked == messages; }, 1200000))
        return fail(QStringLiteral("the writer's messages were not all acknowledged"));
    const double writeSeconds = double(writeClock.nsecsElapsed()) / 1e9;

    const qint64 before = reader.reader().cursor(stream);
    caughtUp = false;
    QElapsedTimer clock;
    clock.start();
    reader.start();
    const bool done =
        waitUntil([&] { return caughtUp && reader.reader().cursor(stream) >= before + messages; }, 1200000);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 applied = reader.reader().cursor(stream) - before;

    QJsonObject out;
    out.insert(QStringLiteral("bench"), QStringLiteral("catchup"));
    out.insert(QStringLiteral("messages"), messages);
    out.insert(QStringLiteral("write_failures"), failures);
    out.insert(QStringLiteral("server_writes_per_s"), double(messages) / writeSeconds);
    out.insert(QStringLiteral("events_applied"), applied);
    out.insert(QStringLiteral("complete"), done);
    out.insert(QStringLiteral("seconds"), seconds);
    out.insert(QStringLiteral("ops_per_s"), seconds > 0 ? double(applied) / seconds : 0.0);
    printJson(out);
    reader.stop();
    server.terminate();
    return done ? 0 : 1;
}
