#include "BenchServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <vector>

BenchServer::BenchServer() = default;

BenchServer::~BenchServer()
{
    stop();
}

QString BenchServer::serverBinary()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tack-server"));
}

bool BenchServer::addUsers(const QString &prefix, int count, const QString &password)
{
    QProcess init;
    init.start(serverBinary(), {QStringLiteral("init"), QStringLiteral("--data"), dataDir()});
    if (!init.waitForFinished(60000) || init.exitCode() != 0) {
        m_error = QString::fromUtf8(init.readAllStandardError());
        return false;
    }
    constexpr int kParallel = 2;
    for (int first = 0; first < count; first += kParallel) {
        std::vector<std::unique_ptr<QProcess>> batch;
        for (int i = first; i < qMin(count, first + kParallel); ++i) {
            auto p = std::make_unique<QProcess>();
            const QString login = prefix + QString::number(i);
            p->start(serverBinary(),
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--data"), dataDir(),
                      QStringLiteral("--login"), login, QStringLiteral("--name"), login});
            p->write(password.toUtf8() + '\n');
            p->closeWriteChannel();
            batch.push_back(std::move(p));
        }
        for (auto &p : batch) {
            if (!p->waitForFinished(60000) || p->exitCode() != 0) {
                m_error = QString::fromUtf8(p->readAllStandardError());
                return false;
            }
        }
    }
    return true;
}

bool BenchServer::start(const QStringList &extraArgs)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(serverBinary(), QStringList{QStringLiteral("serve"), QStringLiteral("--data"), dataDir(),
                                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                                        extraArgs);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("listening "))) {
                m_url = QUrl(line.mid(10));
                loop.quit();
            }
        }
    });
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    timeout.start(30000);
    loop.exec();
    if (!m_url.isValid()) {
        m_error = QStringLiteral("tack-server did not start listening");
        return false;
    }
    return true;
}

void BenchServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}
