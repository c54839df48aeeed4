// tack-cli sessions: list the account's signed-in devices and sign others out.
#include "CliCommands.h"
#include "CliOutput.h"
#include "SyncWatch.h"
#include "client/ClientSession.h"

#include <QDateTime>
#include <QJsonArray>

namespace tack::cli {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kConnectSeconds = 10;

QString when(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

int CliCommands::sessions()
{
    if (!openSession(Need::Token))
        return kFailed;
    SyncWatch &w = *m_watch;
    m_triedSync = true;
    m_session->start();
    w.waitUntil(
        [&] {
            return w.caughtUp || !w.connectionError.isEmpty() || !w.signedOutReason.isEmpty() ||
                   !w.storageError.isEmpty();
        },
        timeoutMs(kConnectSeconds));
    if (!w.signedOutReason.isEmpty()) {
        CliOutput::printError(QStringLiteral("signed out (%1); run: tack-cli login ws://HOST:PORT LOGIN")
                                  .arg(w.signedOutReason));
        return kFailed;
    }
    if (!w.caughtUp) {
        CliOutput::printError(
            QStringLiteral("cannot list sessions: not connected to the server (%1)")
                .arg(w.connectionError.isEmpty() ? QStringLiteral("timed out") : w.connectionError));
        return kFailed;
    }
    bool done = false;
    bool ok = false;
    QString error;
    QList<client::DeviceSession> list;
    const quint64 tag = m_session->listSessions();
    QObject::connect(m_session.get(), &client::ClientSession::sessionsListed, m_watch,
                     [&](quint64 t, bool good, const QList<client::DeviceSession> &sessions,
                         const QString &code, const QString &message) {
                         if (t != tag)
                             return;
                         done = true;
                         ok = good;
                         list = sessions;
                         error = code + QLatin1String(": ") + message;
                         emit m_watch->changed();
                     });
    w.waitUntil([&] { return done; }, timeoutMs(kConnectSeconds));
    if (!done || !ok) {
        CliOutput::printError(
            QStringLiteral("cannot list sessions: %1").arg(done ? error : QStringLiteral("no answer")));
        return kFailed;
    }
    if (m_args.json) {
        QJsonArray array;
        for (const client::DeviceSession &s : std::as_const(list)) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("device"), s.device},
                                     {QStringLiteral("address"), s.address},
                                     {QStringLiteral("created_at"), s.createdAt},
                                     {QStringLiteral("last_used"), s.lastUsed},
                                     {QStringLiteral("expires_at"), s.expiresAt},
                                     {QStringLiteral("current"), s.current}});
        }
        CliOutput::printJson(array);
        return kOk;
    }
    for (const client::DeviceSession &s : std::as_const(list)) {
        CliOutput::printLine(QStringLiteral("%1 %2  %3  last used %4 from %5  signed in %6")
                                 .arg(s.current ? QStringLiteral("*") : QStringLiteral(" "), s.id,
                                      s.device.isEmpty() ? QStringLiteral("(unnamed device)") : s.device,
                                      when(s.lastUsed), s.address.isEmpty() ? QStringLiteral("-") : s.address,
                                      when(s.createdAt)));
    }
    return kOk;
}

int CliCommands::revokeSessions()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString id = m_args.others ? QString() : m_args.args.at(1).trimmed();
    const QString ref = m_args.others ? m_session->revokeOtherSessions() : m_session->revokeSession(id);
    return finishWrite(ref, [&](bool sent) {
        if (m_args.json) {
            printWriteJson({{m_args.others ? QStringLiteral("others") : QStringLiteral("session"),
                             m_args.others ? QJsonValue(true) : QJsonValue(id)}},
                           sent);
        } else if (sent) {
            CliOutput::printLine(m_args.others ? QStringLiteral("signed out every other session")
                                               : QStringLiteral("signed out session %1").arg(id));
        } else {
            CliOutput::printLine(
                QStringLiteral("queued; the sign-out goes to the server when it is reachable"));
        }
    });
}

} // namespace tack::cli
