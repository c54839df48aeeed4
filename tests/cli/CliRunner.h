#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real tack-cli binary with one profile folder and collects what it printed.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    // One line a person can act on: non-empty, a single line.
    bool oneClearLine() const
    {
        const QString e = err.trimmed();
        return !e.isEmpty() && !e.contains(QLatin1Char('\n'));
    }
};

class CliRunner
{
public:
    explicit CliRunner(QString profile, QString password = {});

    CliResult run(const QStringList &args, int timeoutMs = 60000) const;
    QString profile() const { return m_profile; }

    static QString binary();

private:
    QString m_profile;
    QString m_password;
};
