#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Runs a real `tack-server` as a child process for tests: a temporary data folder, optionally the demo
// organisation, and `serve` on a free loopback port. Every wait is driven by process signals with a
// generous safety timeout; nothing sleeps.
//
//     ServerProcess server;
//     QVERIFY2(server.startDemo(), qPrintable(server.errorString()));
//     client.connectTo(server.url());
class ServerProcess : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;     // seed the demo organisation (login wangfang, password tack-demo)
        QStringList serveArgs; // extra `serve` flags, e.g. {"--catchup-limit", "10"}
        QString dataDir;       // use this folder instead of a fresh temporary one
    };

    // The result of running one `tack-server` command to completion.
    struct Run
    {
        int exitCode = -1; // -1 when the process crashed or could not start
        QByteArray out;
        QByteArray err;
    };

    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override; // SIGTERM and wait, then SIGKILL if needed

    static QString serverBinary();
    static constexpr int kDefaultTimeoutMs = 60000;

    // Initialises the data folder (init or demo) and starts `serve`; false with errorString() on failure.
    bool start(const Options &options);
    bool start() { return start(Options()); }
    // start() with the demo organisation seeded and optional extra `serve` flags.
    bool startDemo(const QStringList &serveArgs = {})
    {
        Options o;
        o.demo = true;
        o.serveArgs = serveArgs;
        return start(o);
    }
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QUrl url() const { return m_url; } // ws://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    qint64 pid() const;
    QByteArray serverStderr() const { return m_stderr; }
    QByteArray serverStdout() const { return m_stdout; }

    // Runs `tack-server user add` on this data folder; returns the new user id, or -1.
    qint64 addUser(const QString &login, const QString &name, const QString &password,
                   const QStringList &extraArgs = {});

    // SIGKILL, as in a crash or power loss; waits until the process is gone.
    bool kill();
    // SIGTERM and wait; returns the exit code (-1 on a crash or a timeout).
    int terminate();
    // Starts `serve` again on the same data folder and the SAME port, so clients reconnect to url().
    // Retries briefly while the old socket still holds the port.
    bool restart();

    void setServeArgs(const QStringList &args) { m_options.serveArgs = args; }
    QStringList serveArgs() const { return m_options.serveArgs; }

    // Runs any tack-server command line to completion, feeding `stdinData`.
    static Run run(const QStringList &args, const QByteArray &stdinData = {},
                   int timeoutMs = kDefaultTimeoutMs);

signals:
    void serverExited(int exitCode);

private:
    bool launch(const QString &listen);

    Options m_options;
    QTemporaryDir m_tempDir;
    QString m_dataDir;
    QProcess *m_process = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    quint16 m_port = 0;
    QString m_error;
};
