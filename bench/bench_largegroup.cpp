// A large group end to end: N people (default 5000) imported with `tack-server admin import`, all connected
// at once, in one group. One member sends messages one after another; every other member's connection
// times each delivery. Then half the members read, and the sender pages through the read and unread lists.
// Reports send-to-deliver latency, read-list page latency and the server's memory. Prints JSON.
#include "ServerProcess.h"
#include "support/BenchTokens.h"
#include "support/BenchUsers.h"
#include "support/RawClient.h"
#include "support/Stats.h"
#include "support/Wait.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

const QString kPrefix = QStringLiteral("crowd");

QCborMap frame(const char *type)
{
    QCborMap f;
    f.insert(QStringLiteral("type"), QLatin1String(type));
    return f;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_largegroup: %s\n", qPrintable(why));
    return 1;
}

// VmRSS / VmHWM of a process in MiB, from /proc (Linux only; 0 elsewhere).
double memoryMiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

bool importPeople(const QString &dataDir, int count, QString *error)
{
    const QString csvPath = QDir(dataDir).filePath(QStringLiteral("crowd.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly))
        return (*error = csv.errorString(), false);
    csv.write("employee_id,login,name\n");
    for (int i = 0; i < count; ++i)
        csv.write(
            QStringLiteral("B%1,%2%1,Crowd %1\n").arg(i, 5, 10, QLatin1Char('0')).arg(kPrefix).toUtf8());
    csv.close();
    const ServerProcess::Run run = ServerProcess::run(
        {QStringLiteral("admin"), QStringLiteral("import"), csvPath, QStringLiteral("--data"), dataDir});
    if (run.exitCode != 0)
        *error = QString::fromUtf8(run.err).trimmed();
    return run.exitCode == 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Thousands of sockets in one process: Qt's own event dispatcher, not GLib's (see server/main.cpp).
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tack large-group benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("members"), QStringLiteral("Connected group members."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages to send, one at a time."),
                      QStringLiteral("M"), QStringLiteral("30")});
    parser.process(app);
    const int members = qBound(2, parser.value(QStringLiteral("members")).toInt(), 5000);
    const int messages = qMax(1, parser.value(QStringLiteral("messages")).toInt());

    QTemporaryDir dataDir;
    QString error;
    ServerProcess::run({QStringLiteral("init"), QStringLiteral("--data"), dataDir.path()});
    if (!importPeople(dataDir.path(), members, &error))
        return fail(error);
    const QList<BenchAccount> accounts = issueBenchTokens(dataDir.path(), kPrefix, &error);
    if (accounts.size() != members)
        return fail(error.isEmpty()
                        ? QStringLiteral("imported %1 of %2 people").arg(accounts.size()).arg(members)
                        : error);
    ServerProcess server;
    ServerProcess::Options options;
    options.dataDir = dataDir.path();
    options.serveArgs = benchServeArgs();
    if (!server.start(options))
        return fail(server.errorString());
    const double rssIdleMiB = memoryMiB(server.pid(), "VmRSS");
    if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
        std::fprintf(stderr, "server pid %lld\n", server.pid());

    // Everyone connects and says hello with their token, at most kOpening handshakes at a time (a crowd of
    // thousands opening at once would outwait the server's handshake timeout), retrying a dropped one.
    constexpr int kOpening = 64;
    std::vector<std::unique_ptr<RawClient>> clients;
    int ready = 0;
    int opening = 0;
    int next = 0;
    int retries = 0;
    QElapsedTimer connectClock;
    connectClock.start();
    for (int i = 0; i < members; ++i)
        clients.push_back(std::make_unique<RawClient>());
    std::function<void()> openMore = [&] {
        while (opening < kOpening && next < members) {
            RawClient *c = clients[size_t(next++)].get();
            ++opening;
            c->open(server.url());
        }
    };
    for (int i = 0; i < members; ++i) {
        RawClient *c = clients[size_t(i)].get();
        const QString token = accounts.at(i).token;
        auto helloDone = std::make_shared<bool>(false);
        QObject::connect(c, &RawClient::connected, c, [c, token, helloDone, &ready, &opening, &openMore] {
            QCborMap hello = frame("hello");
            hello.insert(QStringLiteral("version"), 1);
            hello.insert(QStringLiteral("token"), token);
            c->request(hello, [helloDone, &ready, &opening, &openMore](bool ok, const QCborMap &) {
                *helloDone = ok;
                ready += ok ? 1 : 0;
                --opening;
                openMore();
            });
        });
        QObject::connect(c, &RawClient::disconnected, c, [c, helloDone, &server, &retries] {
            if (*helloDone)
                return;
            ++retries;
            c->open(server.url());
        });
    }
    openMore();
    if (!waitUntil([&] { return ready == members; }, 600000))
        return fail(QStringLiteral("only %1 of %2 members connected").arg(ready).arg(members));
    const double connectSeconds = double(connectClock.elapsed()) / 1000.0;
    const double rssConnectedMiB = memoryMiB(server.pid(), "VmRSS");

    // The first member creates the group with everyone in it.
    const QString conversation = QStringLiteral("crowd");
    QCborMap create = frame("mutate");
    create.insert(QStringLiteral("client"), QStringLiteral("benchlarge0"));
    create.insert(QStringLiteral("mutation"), 1);
    create.insert(QStringLiteral("name"), QStringLiteral("conv.create"));
    QCborArray ids;
    for (int i = 1; i < members; ++i)
        ids.append(accounts.at(i).id);
    QCborMap createArgs;
    createArgs.insert(QStringLiteral("id"), conversation);
    createArgs.insert(QStringLiteral("title"), QStringLiteral("Everyone"));
    createArgs.insert(QStringLiteral("members"), ids);
    create.insert(QStringLiteral("args"), createArgs);
    QElapsedTimer createClock;
    createClock.start();
    bool created = false;
    int joined = 0;
    QList<QMetaObject::Connection> joinWatch;
    for (auto &client : clients) {
        joinWatch.append(QObject::connect(
            client.get(), &RawClient::events, client.get(), [&joined](const QCborArray &events) {
                for (const QCborValue &e : events)
                    joined +=
                        e.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("conv.joined");
            }));
    }
    clients[0]->request(create, [&](bool ok, const QCborMap &) { created = ok; });
    if (!waitUntil([&] { return created; }, 120000))
        return fail(QStringLiteral("could not create the group"));
    const double createMs = double(createClock.nsecsElapsed()) / 1e6;
    if (!waitUntil([&] { return joined == members; }, 300000))
        return fail(QStringLiteral("%1 of %2 members heard they joined").arg(joined).arg(members));
    const double allJoinedMs = double(createClock.nsecsElapsed()) / 1e6;
    for (const auto &c : joinWatch)
        QObject::disconnect(c);

    // Members time each msg.new; messages go one at a time, the next once everyone has the last.
    QElapsedTimer clock;
    clock.start();
    QString inFlight;
    qint64 sentAtNs = 0;
    qint64 lastSeq = 0;
    int delivered = 0;
    qint64 lastDeliveryNs = 0;
    QList<double> deliveryMs;
    QList<double> lastMemberMs;
    deliveryMs.reserve(qsizetype(members) * messages);
    for (int i = 1; i < members; ++i) {
        RawClient *c = clients[size_t(i)].get();
        QObject::connect(c, &RawClient::events, c, [&](const QCborArray &events) {
            const qint64 now = clock.nsecsElapsed();
            for (const QCborValue &e : events) {
                const QCborMap event = e.toMap();
                if (event.value(QStringLiteral("kind")).toString() != QLatin1String("msg.new"))
                    continue;
                const QCborMap message =
                    event.value(QStringLiteral("data")).toMap().value(QStringLiteral("message")).toMap();
                if (message.value(QStringLiteral("id")).toString() != inFlight)
                    continue;
                deliveryMs.append(double(now - sentAtNs) / 1e6);
                lastDeliveryNs = now;
                ++delivered;
            }
        });
    }
    for (int m = 0; m < messages; ++m) {
        inFlight = QStringLiteral("m%1").arg(m);
        delivered = 0;
        QCborMap send = frame("mutate");
        send.insert(QStringLiteral("client"), QStringLiteral("benchlarge0"));
        send.insert(QStringLiteral("mutation"), m + 2);
        send.insert(QStringLiteral("name"), QStringLiteral("msg.send"));
        QCborMap a;
        a.insert(QStringLiteral("conversation"), conversation);
        a.insert(QStringLiteral("id"), inFlight);
        a.insert(QStringLiteral("text"), QStringLiteral("Announcement %1 for everyone").arg(m));
        send.insert(QStringLiteral("args"), a);
        sentAtNs = clock.nsecsElapsed();
        clients[0]->request(send, [&](bool ok, const QCborMap &reply) {
            if (ok)
                lastSeq =
                    reply.value(QStringLiteral("result")).toMap().value(QStringLiteral("seq")).toInteger();
        });
        if (!waitUntil([&] { return delivered == members - 1; }, 120000))
            return fail(
                QStringLiteral("message %1 reached %2 of %3 members").arg(m).arg(delivered).arg(members - 1));
        lastMemberMs.append(double(lastDeliveryNs - sentAtNs) / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_DEBUG")) {
            QList<double> mine = deliveryMs.mid(deliveryMs.size() - (members - 1));
            std::sort(mine.begin(), mine.end());
            for (int d = 0; d <= 10; ++d)
                std::fprintf(stderr, "%.0f ", mine.at(qMin(mine.size() - 1, d * mine.size() / 10)));
            std::fprintf(stderr, "\n");
        }
    }
    const double rssAfterSendsMiB = memoryMiB(server.pid(), "VmRSS");

    // Half the members read up to the last message; then the sender pages through both lists.
    int readAcks = 0;
    const int readers = (members - 1) / 2;
    // The sender's connection counts the reads it hears of; the others stop decoding what they receive.
    qint64 readEvents = 0;
    QObject::connect(
        clients[0].get(), &RawClient::events, clients[0].get(), [&readEvents](const QCborArray &events) {
            for (const QCborValue &e : events)
                readEvents += e.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("read");
        });
    for (int i = 1; i < members; ++i)
        clients[size_t(i)]->setIgnoreEvents(true);
    QElapsedTimer readClock;
    readClock.start();
    for (int i = 1; i <= readers; ++i) {
        QCborMap read = frame("mutate");
        read.insert(QStringLiteral("client"), QStringLiteral("benchlarge%1").arg(i));
        read.insert(QStringLiteral("mutation"), 1);
        read.insert(QStringLiteral("name"), QStringLiteral("read"));
        QCborMap a;
        a.insert(QStringLiteral("conversation"), conversation);
        a.insert(QStringLiteral("upto"), lastSeq);
        read.insert(QStringLiteral("args"), a);
        clients[size_t(i)]->request(read, [&](bool ok, const QCborMap &) { readAcks += ok ? 1 : 0; });
    }
    if (!waitUntil([&] { return readAcks == readers; }, 120000))
        return fail(QStringLiteral("%1 of %2 reads acknowledged").arg(readAcks).arg(readers));
    const double readsAckedMs = double(readClock.nsecsElapsed()) / 1e6;
    const qint64 expectedReadEvents = readers;
    if (!waitUntil([&] { return readEvents >= expectedReadEvents; }, 300000))
        return fail(QStringLiteral("%1 of %2 read events delivered").arg(readEvents).arg(expectedReadEvents));
    const double readsDeliveredMs = double(readClock.nsecsElapsed()) / 1e6;

    QList<double> pageMs;
    qint64 readCount = -1;
    qint64 unreadCount = -1;
    int listed = 0;
    for (const char *state : {"read", "unread"}) {
        qint64 after = 0;
        bool more = true;
        while (more) {
            QCborMap list = frame("read_list");
            list.insert(QStringLiteral("conversation"), conversation);
            list.insert(QStringLiteral("message"), inFlight);
            list.insert(QStringLiteral("state"), QLatin1String(state));
            if (after > 0)
                list.insert(QStringLiteral("after"), after);
            bool answered = false;
            QElapsedTimer pageClock;
            pageClock.start();
            clients[0]->request(list, [&](bool ok, const QCborMap &reply) {
                answered = true;
                const QCborMap r = reply.value(QStringLiteral("result")).toMap();
                more = ok && r.contains(QStringLiteral("next"));
                after = r.value(QStringLiteral("next")).toInteger();
                listed += int(r.value(QStringLiteral("users")).toArray().size());
                readCount = r.value(QStringLiteral("read_count")).toInteger(-1);
                unreadCount = r.value(QStringLiteral("unread_count")).toInteger(-1);
            });
            if (!waitUntil([&] { return answered; }, 60000))
                return fail(QStringLiteral("read_list got no reply"));
            pageMs.append(double(pageClock.nsecsElapsed()) / 1e6);
        }
    }

    QJsonObject out;
    out.insert(QStringLiteral("bench"), QStringLiteral("largegroup"));
    out.insert(QStringLiteral("members"), members);
    out.insert(QStringLiteral("messages"), messages);
    out.insert(QStringLiteral("connect_all_s"), connectSeconds);
    out.insert(QStringLiteral("connect_retries"), retries);
    out.insert(QStringLiteral("group_create_ms"), createMs);
    out.insert(QStringLiteral("group_all_joined_ms"), allJoinedMs);
    out.insert(QStringLiteral("deliveries"), deliveryMs.size());
    out.insert(QStringLiteral("deliver_ms_p50"), percentile(deliveryMs, 50));
    out.insert(QStringLiteral("deliver_ms_p99"), percentile(deliveryMs, 99));
    out.insert(QStringLiteral("deliver_ms_max"), percentile(deliveryMs, 100));
    out.insert(QStringLiteral("last_member_ms_p50"), percentile(lastMemberMs, 50));
    out.insert(QStringLiteral("last_member_ms_max"), percentile(lastMemberMs, 100));
    out.insert(QStringLiteral("readers"), readers);
    out.insert(QStringLiteral("reads_acked_ms"), readsAckedMs);
    out.insert(QStringLiteral("reads_delivered_to_sender_ms"), readsDeliveredMs);
    out.insert(QStringLiteral("read_count"), readCount);
    out.insert(QStringLiteral("unread_count"), unreadCount);
    out.insert(QStringLiteral("read_list_rows"), listed);
    out.insert(QStringLiteral("read_list_pages"), pageMs.size());
    out.insert(QStringLiteral("read_list_page_ms_p50"), percentile(pageMs, 50));
    out.insert(QStringLiteral("read_list_page_ms_p99"), percentile(pageMs, 99));
    out.insert(QStringLiteral("server_rss_idle_mib"), rssIdleMiB);
    out.insert(QStringLiteral("server_rss_connected_mib"), rssConnectedMiB);
    out.insert(QStringLiteral("server_rss_after_sends_mib"), rssAfterSendsMiB);
    out.insert(QStringLiteral("server_rss_peak_mib"), memoryMiB(server.pid(), "VmHWM"));
    out.insert(QStringLiteral("note"), QStringLiteral("server and all member connections share this 2-core "
                                                      "machine; one bench thread stands in for all members"));
    printJson(out);
    server.terminate();
    return 0;
}
