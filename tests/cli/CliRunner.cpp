#include "CliRunner.h"

#include <QProcess>

CliRunner::CliRunner(QString profile, QString password)
    : m_profile(std::move(profile)), m_password(std::move(password))
{}

QString CliRunner::binary()
{
    return QStringLiteral(TACK_CLI_BIN);
}

CliResult CliRunner::run(const QStringList &args, int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_password.isEmpty())
        env.remove(QStringLiteral("TACK_PASSWORD"));
    else
        env.insert(QStringLiteral("TACK_PASSWORD"), m_password);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(binary(), QStringList{QStringLiteral("--profile"), m_profile} + args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("tack-cli did not finish in time");
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
