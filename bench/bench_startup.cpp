// Desktop start-up: the real `tack` window with a 100k-message chat in its replica. Measures cold start
// to the first frame, to the last-opened chat showing its messages, and the resident memory then.
// Prints JSON. Run it under `xvfb-run -a` for a real X11 window; without a display it uses offscreen.
#include "ServerProcess.h"
#include "client/ClientSession.h"
#include "support/BenchUsers.h"
#include "support/Session.h"
#include "support/Stats.h"
#include "support/Wait.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace {

const QString kPassword = QStringLiteral("bench-password");

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(why));
    return 1;
}

QString appBinary()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tack"));
}

// Resident set size of a process in MiB, from /proc (Linux).
double rssMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

struct StartRun
{
    double firstFrameMs = -1;
    double interactiveMs = -1;
    double rss = -1;
    QJsonObject scroll; // from TACK_SCROLL_PROBE runs
};

QString g_renderer = QStringLiteral("auto");

// Starts the app, waits for its start-up trace lines, reads its memory, and stops it.
StartRun runApp(QStringList args, int scrollFrames = 0)
{
    StartRun run;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TACK_STARTUP_TRACE"), QStringLiteral("1"));
    if (scrollFrames > 0)
        env.insert(QStringLiteral("TACK_SCROLL_PROBE"), QString::number(scrollFrames));
    args << QStringLiteral("--renderer") << g_renderer;
    env.insert(QStringLiteral("TACK_BENCH_PASSWORD"), kPassword);
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    QObject::connect(&app, &QProcess::readyReadStandardOutput, &app, [&] {
        while (app.canReadLine()) {
            const QByteArray line = app.readLine().trimmed();
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            if (line == "tack-startup first-frame")
                run.firstFrameMs = ms;
            else if (line == "tack-startup interactive") {
                run.interactiveMs = ms;
                run.rss = rssMiB(app.processId());
            } else if (line.startsWith("tack-scroll ")) {
                run.scroll = QJsonDocument::fromJson(line.mid(12)).object();
            }
        }
    });
    clock.start();
    app.start(appBinary(), args);
    waitUntil(
        [&] {
            return (run.interactiveMs >= 0 && (scrollFrames == 0 || !run.scroll.isEmpty())) ||
                   app.state() == QProcess::NotRunning;
        },
        scrollFrames > 0 ? 300000 : 60000);
    app.terminate();
    if (!app.waitForFinished(10000))
        app.kill();
    app.waitForFinished(5000);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tack desktop start-up benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages in the opened chat."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Cold starts to measure."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("renderer"),
                      QStringLiteral("The app's --renderer: auto, gpu or software."), QStringLiteral("MODE"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("scroll-frames"),
                      QStringLiteral("Frames of scrolling into the history after the cold starts (0: none)."),
                      QStringLiteral("N"), QStringLiteral("600")});
    parser.process(app);
    g_renderer = parser.value(QStringLiteral("renderer"));
    const int scrollFrames = qMax(0, parser.value(QStringLiteral("scroll-frames")).toInt());
    const int messages = qMax(100, parser.value(QStringLiteral("messages")).toInt());
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dataDir;
    QTemporaryDir profile;
    QString error;
    ServerProcess::run({QStringLiteral("init"), QStringLiteral("--data"), dataDir.path()});
    if (!addBenchUsers(dataDir.path(), QStringLiteral("st"), 2, kPassword, &error))
        return fail(error);
    ServerProcess server;
    ServerProcess::Options options;
    options.dataDir = dataDir.path();
    options.serveArgs = benchServeArgs();
    if (!server.start(options))
        return fail(server.errorString());

    // The writer opens a chat with the reader and says hello once.
    RawClient writer;
    const qint64 writerId = loginAndHello(writer, server.url(), QStringLiteral("st0"), kPassword);
    if (writerId == 0)
        return fail(QStringLiteral("the writer could not log in"));
    const QString clientId = QStringLiteral("benchstartup0");
    qint64 mutationId = 0;
    int acked = 0;
    int sent = 0;
    auto send = [&](const QString &name, const QCborMap &args) {
        ++sent;
        writer.request(mutation(clientId, ++mutationId, name, args),
                       [&](bool, const QCborMap &) { ++acked; });
    };
    QCborMap create;
    create.insert(QStringLiteral("id"), QStringLiteral("big"));
    create.insert(QStringLiteral("title"), QStringLiteral("Big chat"));
    create.insert(QStringLiteral("members"), QCborArray{writerId + 1});
    send(QStringLiteral("conv.create"), create);
    auto message = [](int i) {
        QCborMap args;
        args.insert(QStringLiteral("conversation"), QStringLiteral("big"));
        args.insert(QStringLiteral("id"), QStringLiteral("s%1").arg(i));
        args.insert(QStringLiteral("text"),
                    QStringLiteral("Message %1: the quarterly numbers and 下周的预算会议").arg(i));
        return args;
    };
    send(QStringLiteral("msg.send"), message(0));
    if (!waitUntil([&] { return acked == sent; }, 30000))
        return fail(QStringLiteral("could not create the chat"));

    // First start: the app signs in and shows the chat; this creates the profile and its replica.
    const StartRun signIn = runApp({QStringLiteral("--profile"), profile.path(), QStringLiteral("--server"),
                                    server.url().toString(), QStringLiteral("--login"), QStringLiteral("st1"),
                                    QStringLiteral("--password-env"), QStringLiteral("TACK_BENCH_PASSWORD"),
                                    QStringLiteral("--chat"), QStringLiteral("big")});
    if (signIn.interactiveMs < 0)
        return fail(QStringLiteral("the app did not sign in and show the chat"));
    const QStringList replicas =
        QDir(profile.path()).entryList({QStringLiteral("replica-*.db")}, QDir::Files);
    if (replicas.size() != 1)
        return fail(QStringLiteral("expected one replica in the profile, found %1").arg(replicas.size()));

    // The history arrives, and the replica catches up through the same sync engine the app uses.
    constexpr int kWindow = 256;
    std::function<void()> pump = [&] {
        while (sent - 1 < messages && sent - acked < kWindow) {
            const int i = sent - 1;
            ++sent;
            writer.request(mutation(clientId, ++mutationId, QStringLiteral("msg.send"), message(i)),
                           [&](bool, const QCborMap &) {
                               ++acked;
                               pump();
                           });
        }
    };
    pump();
    if (!waitUntil([&] { return acked == sent && sent - 1 >= messages; }, 1200000))
        return fail(QStringLiteral("the history was not all acknowledged"));
    {
        tack::client::ClientSession session(QDir(profile.path()).filePath(replicas.first()));
        if (!session.open(&error))
            return fail(error);
        session.start();
        const QString stream = QStringLiteral("c/big");
        if (!waitUntil([&] { return session.reader().cursor(stream) >= messages + 2; }, 1200000))
            return fail(QStringLiteral("the replica did not catch up"));
        session.stop();
    }

    QList<double> firstFrame;
    QList<double> interactive;
    QList<double> rss;
    for (int i = 0; i < runs; ++i) {
        const StartRun r = runApp({QStringLiteral("--profile"), profile.path()});
        if (r.interactiveMs < 0)
            return fail(QStringLiteral("cold start %1 never showed the chat").arg(i + 1));
        firstFrame.append(r.firstFrameMs);
        interactive.append(r.interactiveMs);
        rss.append(r.rss);
    }

    QJsonObject scroll;
    if (scrollFrames > 0) {
        scroll = runApp({QStringLiteral("--profile"), profile.path()}, scrollFrames).scroll;
        if (scroll.isEmpty() || scroll.contains(QStringLiteral("error")))
            return fail(QStringLiteral("the scroll run reported nothing usable"));
    }

    QJsonObject out;
    out.insert(QStringLiteral("bench"), QStringLiteral("startup"));
    out.insert(QStringLiteral("renderer"), g_renderer);
    out.insert(QStringLiteral("messages_in_chat"), messages + 1);
    out.insert(QStringLiteral("runs"), runs);
    out.insert(QStringLiteral("platform"),
               qEnvironmentVariable("QT_QPA_PLATFORM", qEnvironmentVariableIsSet("DISPLAY")
                                                           ? QStringLiteral("xcb")
                                                           : QStringLiteral("offscreen")));
    out.insert(QStringLiteral("first_frame_ms_median"), percentile(firstFrame, 50));
    out.insert(QStringLiteral("interactive_ms_median"), percentile(interactive, 50));
    out.insert(QStringLiteral("rss_mib_median"), percentile(rss, 50));
    out.insert(QStringLiteral("first_frame_ms_max"), percentile(firstFrame, 100));
    out.insert(QStringLiteral("interactive_ms_max"), percentile(interactive, 100));
    if (!scroll.isEmpty())
        out.insert(QStringLiteral("scroll"), scroll);
    printJson(out);
    server.terminate();
    return 0;
}
