#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// Runs a real tack-server for a benchmark: a fresh data folder, users created through the server's own
// command line, and `serve` on a free loopback port.
class BenchServer
{
public:
    BenchServer();
    ~BenchServer();

    // Creates the data folder and `count` users named PREFIX0.., all with `password`, two at a time.
    bool addUsers(const QString &prefix, int count, const QString &password);
    bool start(const QStringList &extraArgs = {});
    void stop();
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }
    qint64 pid() const { return m_process.processId(); }
    QString lastError() const { return m_error; }

    static QString serverBinary();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};
