// Fan-out: N members connected to one group, one of them sends; measures deliveries per second and
// send-to-deliver latency. Prints JSON.
#include "ServerProcess.h"
#include "support/BenchUsers.h"
#include "support/RawClient.h"
#include "support/Stats.h"
#include "support/Wait.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

const QString kPassword = QStringLiteral("bench-password");

QCborMap frame(const char *type)
{
    QCborMap f;
    f.insert(QStringLiteral("type"), QLatin1String(type));
    return f;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_fanout: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tack fan-out benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("members"), QStringLiteral("Connected group members."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages to send."), QStringLiteral("M"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("window"), QStringLiteral("Sends in flight at once."),
                      QStringLiteral("W"), QStringLiteral("8")});
    parser.process(app);
    const int members = qMax(2, parser.value(QStringLiteral("members")).toInt());
    const int messages = qMax(1, parser.value(QStringLiteral("messages")).toInt());
    const int window = qMax(1, parser.value(QStringLiteral("window")).toInt());

    QTemporaryDir dataDir;
    QString error;
    ServerProcess::run({QStringLiteral("init"), QStringLiteral("--data"), dataDir.path()});
    if (!addBenchUsers(dataDir.path(), QStringLiteral("member"), members, kPassword, &error))
        return fail(error);
    ServerProcess server;
    ServerProcess::Options options;
    options.dataDir = dataDir.path();
    options.serveArgs = benchServeArgs();
    if (!server.start(options))
        return fail(server.errorString());

    std::vector<std::unique_ptr<RawClient>> clients;
    QList<qint64> userIds(members, 0);
    int ready = 0;
    for (int i = 0; i < members; ++i) {
        auto client = std::make_unique<RawClient>();
        RawClient *c = client.get();
        QObject::connect(c, &RawClient::connected, c, [c, i, &userIds, &ready] {
            QCborMap login = frame("login");
            login.insert(QStringLiteral("login"), QStringLiteral("member") + QString::number(i));
            login.insert(QStringLiteral("password"), kPassword);
            c->request(login, [c, i, &userIds, &ready](bool ok, const QCborMap &reply) {
                if (!ok)
                    return;
                const QCborMap result = reply.value(QStringLiteral("result")).toMap();
                userIds[i] =
                    result.value(QStringLiteral("user")).toMap().value(QStringLiteral("id")).toInteger();
                QCborMap hello = frame("hello");
                hello.insert(QStringLiteral("version"), 1);
                hello.insert(QStringLiteral("token"), result.value(QStringLiteral("token")));
                c->request(hello, [&ready](bool helloOk, const QCborMap &) { ready += helloOk ? 1 : 0; });
            });
        });
        c->open(server.url());
        clients.push_back(std::move(client));
    }
    if (!waitUntil([&] { return ready == members; }, 600000))
        return fail(QStringLiteral("only %1 of %2 members connected").arg(ready).arg(members));

    // The first member creates the group with everyone in it.
    const QString conversation = QStringLiteral("fanout");
    QCborMap create = frame("mutate");
    create.insert(QStringLiteral("client"), QStringLiteral("benchfanout0"));
    create.insert(QStringLiteral("mutation"), 1);
    create.insert(QStringLiteral("name"), QStringLiteral("conv.create"));
    QCborArray ids;
    for (int i = 1; i < members; ++i)
        ids.append(userIds[i]);
    QCborMap args;
    args.insert(QStringLiteral("id"), conversation);
    args.insert(QStringLiteral("title"), QStringLiteral("Fan-out bench"));
    args.insert(QStringLiteral("members"), ids);
    create.insert(QStringLiteral("args"), args);
    bool created = false;
    clients[0]->request(create, [&](bool ok, const QCborMap &) { created = ok; });
    if (!waitUntil([&] { return created; }, 60000))
        return fail(QStringLiteral("could not create the group"));

    QHash<QString, qint64> sentAtNs;
    QList<double> latenciesMs;
    latenciesMs.reserve(qsizetype(members) * messages);
    qint64 deliveries = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastDeliveryNs = 0;
    for (auto &client : clients) {
        QObject::connect(client.get(), &RawClient::events, client.get(), [&](const QCborArray &events) {
            const qint64 now = clock.nsecsElapsed();
            for (const QCborValue &e : events) {
                const QCborMap event = e.toMap();
                if (event.value(QStringLiteral("kind")).toString() != QLatin1String("msg.new"))
                    continue;
                const QString id = event.value(QStringLiteral("data"))
                                       .toMap()
                                       .value(QStringLiteral("message"))
                                       .toMap()
                                       .value(QStringLiteral("id"))
                                       .toString();
                const auto it = sentAtNs.constFind(id);
                if (it == sentAtNs.constEnd())
                    continue;
                latenciesMs.append(double(now - *it) / 1e6);
                ++deliveries;
                lastDeliveryNs = now;
            }
        });
    }

    int sent = 0;
    int acked = 0;
    std::function<void()> sendNext = [&] {
        while (sent < messages && sent - acked < window) {
            const QString id = QStringLiteral("m%1").arg(sent);
            QCborMap send = frame("mutate");
            send.insert(QStringLiteral("client"), QStringLiteral("benchfanout0"));
            send.insert(QStringLiteral("mutation"), sent + 2);
            send.insert(QStringLiteral("name"), QStringLiteral("msg.send"));
            QCborMap a;
            a.insert(QStringLiteral("conversation"), conversation);
            a.insert(QStringLiteral("id"), id);
            a.insert(QStringLiteral("text"), QStringLiteral("Fan-out message %1").arg(sent));
            send.insert(QStringLiteral("args"), a);
            sentAtNs.insert(id, clock.nsecsElapsed());
            ++sent;
            clients[0]->request(send, [&](bool, const QCborMap &) {
                ++acked;
                sendNext();
            });
        }
    };
    const qint64 startNs = clock.nsecsElapsed();
    sendNext();
    const qint64 expected = qint64(members) * messages;
    const bool complete = waitUntil([&] { return deliveries >= expected; }, 600000);
    const double seconds = double(lastDeliveryNs - startNs) / 1e9;

    QJsonObject out;
    out.insert(QStringLiteral("bench"), QStringLiteral("fanout"));
    out.insert(QStringLiteral("members"), members);
    out.insert(QStringLiteral("messages"), messages);
    out.insert(QStringLiteral("window"), window);
    out.insert(QStringLiteral("deliveries"), deliveries);
    out.insert(QStringLiteral("complete"), complete);
    out.insert(QStringLiteral("seconds"), seconds);
    out.insert(QStringLiteral("deliveries_per_s"), seconds > 0 ? double(deliveries) / seconds : 0.0);
    out.insert(QStringLiteral("latency_ms_p50"), percentile(latenciesMs, 50));
    out.insert(QStringLiteral("latency_ms_p99"), percentile(latenciesMs, 99));
    out.insert(QStringLiteral("latency_ms_max"), percentile(latenciesMs, 100));
    out.insert(QStringLiteral("note"), QStringLiteral("server and all member connections share this 2-core "
                                                      "machine; members run in one bench thread"));
    printJson(out);
    server.terminate();
    return complete ? 0 : 1;
}
