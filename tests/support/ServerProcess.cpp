#include "ServerProcess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#ifndef TACK_SERVER_BIN
#error "TACK_SERVER_BIN must name the tack-server binary"
#endif

namespace {

// Runs the event loop until `done()` holds, a signal of `process` wakes us and it holds, or the timeout.
template <typename Done> bool waitFor(QProcess *process, Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto check = [&] {
        if (done())
            loop.quit();
    };
    const auto c1 =
        QObject::connect(process, &QProcess::readyReadStandardOutput, &loop, check, Qt::QueuedConnection);
    const auto c2 =
        QObject::connect(process, &QProcess::readyReadStandardError, &loop, check, Qt::QueuedConnection);
    const auto c3 = QObject::connect(process, &QProcess::finished, &loop, check, Qt::QueuedConnection);
    const auto c4 = QObject::connect(process, &QProcess::errorOccurred, &loop, check, Qt::QueuedConnection);
    timer.start(timeoutMs);
    loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    QObject::disconnect(c4);
    return done();
}

} // namespace

ServerProcess::ServerProcess(QObject *parent) : QObject(parent)
{}

ServerProcess::~ServerProcess()
{
    if (isRunning() && terminate() < 0)
        kill();
}

QString ServerProcess::serverBinary()
{
    const QString fromEnv = qEnvironmentVariable("TACK_SERVER_BIN");
    return fromEnv.isEmpty() ? QStringLiteral(TACK_SERVER_BIN) : fromEnv;
}

ServerProcess::Run ServerProcess::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    Run r;
    QProcess p;
    p.start(serverBinary(), args);
    if (!p.waitForStarted(timeoutMs)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

bool ServerProcess::start(const Options &options)
{
    m_options = options;
    if (!options.dataDir.isEmpty()) {
        m_dataDir = options.dataDir;
    } else {
        if (!m_tempDir.isValid()) {
            m_error = QStringLiteral("cannot create a temporary folder");
            return false;
        }
        m_dataDir = m_tempDir.filePath(QStringLiteral("data"));
    }
    const Run init = run({options.demo ? QStringLiteral("demo") : QStringLiteral("init"),
                          QStringLiteral("--data"), m_dataDir});
    if (init.exitCode != 0) {
        m_error = QStringLiteral("tack-server %1 failed: %2")
                      .arg(options.demo ? QStringLiteral("demo") : QStringLiteral("init"),
                           QString::fromUtf8(init.err.trimmed()));
        return false;
    }
    return launch(QStringLiteral("127.0.0.1:0"));
}

bool ServerProcess::launch(const QString &listen)
{
    delete m_process;
    m_process = new QProcess(this);
    m_stdout.clear();
    m_stderr.clear();
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_stdout += m_process->readAllStandardOutput(); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process->readAllStandardError(); });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        emit serverExited(status == QProcess::NormalExit ? code : -1);
    });
    QStringList args{QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                     listen};
    args += m_options.serveArgs;
    m_process->start(serverBinary(), args);

    static const QRegularExpression listening(QStringLiteral("listening (wss?)://([^\\s:]+):(\\d+)\\n"));
    QRegularExpressionMatch match;
    const bool ready = waitFor(
        m_process,
        [&] {
            // Drain here too: the readyRead slot above may not have run yet inside this loop.
            m_stdout += m_process->readAllStandardOutput();
            m_stderr += m_process->readAllStandardError();
            match = listening.match(QString::fromUtf8(m_stdout));
            return match.hasMatch() || m_process->state() == QProcess::NotRunning;
        },
        kDefaultTimeoutMs);
    if (!ready || !match.hasMatch()) {
        m_error =
            QStringLiteral("tack-server serve did not start: %1")
                .arg(QString::fromUtf8(m_stderr.trimmed()).isEmpty() ? m_process->errorString()
                                                                     : QString::fromUtf8(m_stderr.trimmed()));
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished();
        }
        return false;
    }
    m_port = quint16(match.captured(3).toUInt());
    m_url = QUrl(QStringLiteral("%1://%2:%3").arg(match.captured(1), match.captured(2)).arg(m_port));
    return true;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

qint64 ServerProcess::addUser(const QString &login, const QString &name, const QString &password,
                              const QStringList &extraArgs)
{
    QStringList args{QStringLiteral("user"),    QStringLiteral("add"),
                     QStringLiteral("--data"),  m_dataDir,
                     QStringLiteral("--login"), login,
                     QStringLiteral("--name"),  name};
    args += extraArgs;
    const Run r = run(args, password.toUtf8() + '\n');
    if (r.exitCode != 0) {
        m_error = QString::fromUtf8(r.err.trimmed());
        return -1;
    }
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    return ok ? id : -1;
}

bool ServerProcess::kill()
{
    if (!isRunning())
        return true;
    m_process->kill();
    return waitFor(
        m_process, [this] { return m_process->state() == QProcess::NotRunning; }, kDefaultTimeoutMs);
}

int ServerProcess::terminate()
{
    if (!isRunning())
        return m_process ? (m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1)
                         : -1;
    m_process->terminate();
    if (!waitFor(
            m_process, [this] { return m_process->state() == QProcess::NotRunning; }, kDefaultTimeoutMs))
        return -1;
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool ServerProcess::restart()
{
    if (isRunning() && terminate() < 0)
        kill();
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    // The old listening socket can linger for a moment after the process is gone: retry a few times
    // with a short pause rather than fail at once.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (launch(listen))
            return true;
        if (!m_error.contains(QLatin1String("listen")))
            return false;
        QEventLoop pause;
        QTimer::singleShot(100, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return false;
}
