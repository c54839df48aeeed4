// Send-to-durable-ack latency: one client sends messages one at a time and times each acknowledgement
// (the server acks only after the mutation is committed to its SQLite file). Prints JSON.
#include "ServerProcess.h"
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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tack send-to-ack latency benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages to send."), QStringLiteral("N"),
                      QStringLiteral("5000")});
    parser.process(app);
    const int messages = qMax(10, parser.value(QStringLiteral("messages")).toInt());
    const QString password = QStringLiteral("bench-password");

    QTemporaryDir dataDir;
    QString error;
    ServerProcess::run({QStringLiteral("init"), QStringLiteral("--data"), dataDir.path()});
    ServerProcess server;
    ServerProcess::Options options;
    options.dataDir = dataDir.path();
    options.serveArgs = benchServeArgs();
    if (!addBenchUsers(dataDir.path(), QStringLiteral("acker"), 2, password, &error) ||
        !server.start(options)) {
        std::fprintf(stderr, "bench_ack: %s\n", qPrintable(error.isEmpty() ? server.errorString() : error));
        return 1;
    }
    RawClient client;
    const qint64 me = loginAndHello(client, server.url(), QStringLiteral("acker0"), password);
    if (me == 0) {
        std::fprintf(stderr, "bench_ack: could not log in\n");
        return 1;
    }
    const QString clientId = QStringLiteral("benchack0");
    QCborMap create;
    create.insert(QStringLiteral("id"), QStringLiteral("ackchat"));
    create.insert(QStringLiteral("title"), QStringLiteral("Ack bench"));
    create.insert(QStringLiteral("members"), QCborArray{me + 1});
    bool created = false;
    client.request(mutation(clientId, 1, QStringLiteral("conv.create"), create),
                   [&](bool ok, const QCborMap &) { created = ok; });
    if (!waitUntil([&] { return created; }, 10000)) {
        std::fprintf(stderr, "bench_ack: could not create the chat\n");
        return 1;
    }

    QList<double> latenciesMs;
    QElapsedTimer total;
    total.start();
    int failures = 0;
    for (int i = 0; i < messages; ++i) {
        QCborMap args;
        args.insert(QStringLiteral("conversation"), QStringLiteral("ackchat"));
        args.insert(QStringLiteral("id"), QStringLiteral("a%1").arg(i));
        args.insert(QStringLiteral("text"), QStringLiteral("ack message %1").arg(i));
        bool done = false;
        QElapsedTimer t;
        t.start();
        client.request(mutation(clientId, i + 2, QStringLiteral("msg.send"), args),
                       [&](bool ok, const QCborMap &) {
                           latenciesMs.append(double(t.nsecsElapsed()) / 1e6);
                           failures += ok ? 0 : 1;
                           done = true;
                       });
        if (!waitUntil([&] { return done; }, 10000)) {
            std::fprintf(stderr, "bench_ack: no ack for message %d\n", i);
            return 1;
        }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;

    QJsonObject out;
    out.insert(QStringLiteral("bench"), QStringLiteral("ack"));
    out.insert(QStringLiteral("messages"), messages);
    out.insert(QStringLiteral("failures"), failures);
    out.insert(QStringLiteral("ack_ms_p50"), percentile(latenciesMs, 50));
    out.insert(QStringLiteral("ack_ms_p99"), percentile(latenciesMs, 99));
    out.insert(QStringLiteral("ack_ms_max"), percentile(latenciesMs, 100));
    out.insert(QStringLiteral("sequential_sends_per_s"), double(messages) / seconds);
    printJson(out);
    return failures == 0 ? 0 : 1;
}
