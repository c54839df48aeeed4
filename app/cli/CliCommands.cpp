#include "CliCommands.h"

#include "CliOutput.h"
#include "PasswordPrompt.h"
#include "SyncWatch.h"
#include "client/ClientSession.h"
#include "db/Sqlite.h"
#include "sync/CertificateTrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSysInfo>

namespace tack::cli {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr int kQuickSyncSeconds = 3;
constexpr int kWriteSyncSeconds = 10;
constexpr int kSyncSeconds = 30;
constexpr int kLoginSeconds = 30;

void fail(const QString &line)
{
    CliOutput::printError(line);
}

QString loginHint()
{
    return QStringLiteral("run: tack-cli login ws://HOST:PORT LOGIN");
}

// The profile remembers the one self-signed server certificate it trusts in this file.
QString pinFile(const QString &profile)
{
    return QDir(profile).filePath(QStringLiteral("trusted-certificate.sha256"));
}

// The fingerprint --trust-cert or --trust-fingerprint asks to trust, or nothing (after saying why).
std::optional<QString> requestedPin(const CliArguments &args)
{
    using sync::CertificateTrust;
    if (!args.trustFingerprint.isEmpty()) {
        const auto hex = CertificateTrust::parseFingerprint(args.trustFingerprint);
        if (!hex)
            fail(QStringLiteral("--trust-fingerprint must be a SHA-256 fingerprint: 64 hex digits, colons "
                                "allowed (as `openssl x509 -noout -fingerprint -sha256` prints)"));
        return hex;
    }
    QFile file(args.trustCert);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read the certificate %1: %2").arg(args.trustCert, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(bytes, QSsl::Der);
    if (certs.isEmpty() || certs.first().isNull()) {
        fail(QStringLiteral("%1 holds no PEM or DER certificate").arg(args.trustCert));
        return std::nullopt;
    }
    return CertificateTrust::fingerprintOf(certs.first());
}

} // namespace

CliCommands::CliCommands(CliArguments args) : m_args(std::move(args))
{}

CliCommands::~CliCommands() = default;

int CliCommands::timeoutMs(int defaultSeconds) const
{
    return (m_args.timeoutSeconds >= 0 ? m_args.timeoutSeconds : defaultSeconds) * 1000;
}

int CliCommands::run()
{
    try {
        const QString &c = m_args.command;
        if (c == QLatin1String("login"))
            return login();
        if (c == QLatin1String("chats"))
            return chats();
        if (c == QLatin1String("chat"))
            return newChat();
        if (c == QLatin1String("dm"))
            return directChat();
        if (c == QLatin1String("send"))
            return send();
        if (c == QLatin1String("messages"))
            return messages();
        if (c == QLatin1String("read"))
            return markRead();
        if (c == QLatin1String("recall"))
            return recall();
        if (c == QLatin1String("edit"))
            return edit();
        if (c == QLatin1String("search"))
            return search();
        if (c == QLatin1String("sync"))
            return sync();
        if (c == QLatin1String("ding"))
            return m_args.args.size() == 2 ? confirmDing() : ding();
        if (c == QLatin1String("dings"))
            return dings();
        if (c == QLatin1String("approvals"))
            return approvals();
        if (c == QLatin1String("approval"))
            return m_args.args.at(0) == QLatin1String("submit") ? submitApproval() : actOnApproval();
        if (c == QLatin1String("sessions"))
            return m_args.args.isEmpty() ? sessions() : revokeSessions();
        if (c == QLatin1String("todos"))
            return todos();
        if (c == QLatin1String("todo"))
            return m_args.args.at(0) == QLatin1String("add") ? todoAdd() : todoDone();
        if (c == QLatin1String("board"))
            return m_args.args.size() == 2 ? newBoard() : boards();
        fail(QStringLiteral("unknown command \"%1\"").arg(c));
        return kUsage;
    } catch (const db::SqlError &e) {
        fail(QStringLiteral("the local replica failed: %1").arg(e.text()));
    } catch (const std::exception &e) {
        fail(QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())));
    }
    return kFailed;
}

bool CliCommands::openSession(Need need)
{
    const QString path = QDir(m_args.profile).filePath(QStringLiteral("replica.db"));
    if (need == Need::Profile) {
        if (!QDir().mkpath(m_args.profile)) {
            fail(QStringLiteral("cannot create the profile folder %1").arg(m_args.profile));
            return false;
        }
    } else if (!QFileInfo::exists(path)) {
        fail(QStringLiteral("not logged in (no replica in %1); %2").arg(m_args.profile, loginHint()));
        return false;
    }
    sync::SyncOptions options;
    if (!m_args.trustCert.isEmpty() || !m_args.trustFingerprint.isEmpty()) {
        const std::optional<QString> pin = requestedPin(m_args);
        QString error;
        if (!pin || !sync::CertificateTrust::savePin(pinFile(m_args.profile), *pin, &error)) {
            if (!error.isEmpty())
                fail(error);
            return false;
        }
    }
    QString pinError;
    options.trustedCertificate = sync::CertificateTrust::loadPin(pinFile(m_args.profile), &pinError);
    if (!pinError.isEmpty()) {
        fail(pinError);
        return false;
    }
    options.clientName = QStringLiteral("tack-cli/0.1");
    options.device = QStringLiteral("tack-cli on %1").arg(QSysInfo::machineHostName());
    m_session = std::make_unique<client::ClientSession>(path, options);
    QString error;
    if (!m_session->open(&error)) {
        fail(QStringLiteral("cannot open the replica %1: %2").arg(path, error));
        return false;
    }
    m_watch = new SyncWatch(*m_session);
    m_out = std::make_unique<CliOutput>(m_session->reader(), m_args.json);
    if (need == Need::Profile)
        return true;
    const store::Replica::Account account = m_session->account();
    if (account.userId <= 0) {
        fail(QStringLiteral("not logged in; %1").arg(loginHint()));
        return false;
    }
    if (need == Need::Token && account.token.isEmpty()) {
        fail(QStringLiteral("signed out of %1; %2").arg(account.serverUrl, loginHint()));
        return false;
    }
    return true;
}

bool CliCommands::quickSync()
{
    if (m_triedSync)
        return m_watch->caughtUp;
    m_triedSync = true;
    if (!m_session->loggedIn())
        return false; // signed out: the local copy still answers
    m_session->start();
    const SyncWatch &w = *m_watch;
    m_watch->waitUntil(
        [&w] {
            return w.caughtUp || !w.connectionError.isEmpty() || !w.signedOutReason.isEmpty() ||
                   !w.storageError.isEmpty();
        },
        timeoutMs(kQuickSyncSeconds));
    if (!w.signedOutReason.isEmpty())
        fail(QStringLiteral("warning: signed out (%1); showing the local copy").arg(w.signedOutReason));
    else if (!w.storageError.isEmpty())
        fail(QStringLiteral("warning: %1").arg(w.storageError));
    return w.caughtUp;
}

void CliCommands::printWriteJson(QJsonObject object, bool sent) const
{
    if (!m_args.json)
        return;
    object.insert(QStringLiteral("state"), sent ? QStringLiteral("sent") : QStringLiteral("pending"));
    CliOutput::printJson(object);
}

int CliCommands::finishWrite(const QString &ref, const std::function<void(bool sent)> &report)
{
    SyncWatch &w = *m_watch;
    w.waitUntil([&] { return w.queued.contains(ref) || w.queueErrors.contains(ref); }, 60000);
    if (w.queueErrors.contains(ref)) {
        fail(QStringLiteral("could not save the change: %1").arg(w.queueErrors.value(ref)));
        return kFailed;
    }
    if (!w.queued.contains(ref)) {
        fail(QStringLiteral("could not save the change: the replica did not answer"));
        return kFailed;
    }
    const qint64 mutation = w.queued.value(ref);
    if (mutation == 0) { // nothing needed sending
        report(true);
        return kOk;
    }
    m_triedSync = true;
    // A sync earlier in this command (resolving a login or message) may already have drained the outbox;
    // only a drain or settle after this mutation was queued says it went out.
    w.drained = w.settled.contains(mutation);
    m_session->start();
    w.waitUntil(
        [&] {
            return w.failed.contains(mutation) || w.drained || w.settled.contains(mutation) ||
                   !w.connectionError.isEmpty() || !w.signedOutReason.isEmpty() || !w.storageError.isEmpty();
        },
        timeoutMs(kWriteSyncSeconds));
    for (auto it = w.failed.cbegin(); it != w.failed.cend(); ++it) {
        if (it.key() != mutation)
            fail(QStringLiteral("an earlier change (%1) was refused: %2: %3")
                     .arg(it->name, it->code, it->message));
    }
    if (w.failed.contains(mutation)) {
        const SyncWatch::Failure f = w.failed.value(mutation);
        fail(QStringLiteral("refused by the server: %1: %2").arg(f.code, f.message));
        return kFailed;
    }
    if (w.drained || w.settled.contains(mutation)) {
        report(true);
        return kOk;
    }
    if (!w.signedOutReason.isEmpty()) {
        report(false);
        fail(QStringLiteral("signed out (%1); the change stays queued; %2")
                 .arg(w.signedOutReason, loginHint()));
        return kFailed;
    }
    if (!w.storageError.isEmpty()) {
        report(false);
        fail(QStringLiteral("storage error: %1").arg(w.storageError));
        return kFailed;
    }
    report(false);
    fail(QStringLiteral("queued offline: will be sent on the next sync"));
    return kOk;
}

std::optional<QString> CliCommands::resolveChat(const QString &nameOrId)
{
    store::Replica &r = m_session->reader();
    if (r.conversation(nameOrId))
        return nameOrId;
    QStringList matches;
    for (const store::ConversationRecord &c : r.conversations()) {
        if (c.displayTitle == nameOrId || (c.displayTitle.isEmpty() && c.title == nameOrId))
            matches.append(c.id);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        fail(QStringLiteral("several chats are called \"%1\"; use the id (tack-cli chats)").arg(nameOrId));
    else
        fail(QStringLiteral("unknown chat: %1").arg(nameOrId));
    return std::nullopt;
}

std::optional<qint64> CliCommands::resolveLogin(const QString &login)
{
    if (auto user = m_session->reader().userByLogin(login))
        return user->id;
    if (!m_triedSync && quickSync()) { // the directory may have grown since the last sync
        if (auto user = m_session->reader().userByLogin(login))
            return user->id;
    }
    fail(QStringLiteral("unknown login: %1").arg(login));
    return std::nullopt;
}

std::optional<QList<qint64>> CliCommands::resolveLogins(const QString &commaSeparated, qint64 me)
{
    QList<qint64> ids;
    for (const QString &raw : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<qint64> id = resolveLogin(raw.trimmed());
        if (!id)
            return std::nullopt;
        if (*id != me && !ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

int CliCommands::login()
{
    const QUrl url(m_args.args.at(0), QUrl::StrictMode);
    const QString who = m_args.args.at(1).trimmed();
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")) ||
        url.host().isEmpty()) {
        fail(QStringLiteral("the server must be a ws:// or wss:// address, e.g. ws://example.org:7300"));
        return kUsage;
    }
    if (!url.userInfo().isEmpty()) {
        // A password in the address would end up in the profile and in messages: refuse it.
        fail(QStringLiteral(
            "the server address must not hold a user name or password; give LOGIN separately"));
        return kUsage;
    }
    if (who.isEmpty()) {
        fail(QStringLiteral("the login is empty"));
        return kUsage;
    }
    if (url.scheme() == QLatin1String("ws") &&
        (!m_args.trustCert.isEmpty() || !m_args.trustFingerprint.isEmpty())) {
        fail(QStringLiteral("--trust-cert and --trust-fingerprint need a wss:// server"));
        return kUsage;
    }
    QString error;
    const std::optional<QString> password = readPassword(who, &error);
    if (!password) {
        fail(error);
        return kFailed;
    }
    if (!openSession(Need::Profile))
        return kFailed;
    SyncWatch &w = *m_watch;
    m_session->login(url, who, *password);
    w.waitUntil([&] { return w.loginDone; }, qMax(timeoutMs(kLoginSeconds), 15000));
    if (!w.loginDone) {
        fail(QStringLiteral("login timed out: %1 did not answer").arg(url.toString()));
        return kFailed;
    }
    if (!w.loginOk) {
        if (w.loginCode == QLatin1String("bad_credentials"))
            fail(QStringLiteral("login failed: wrong login or password"));
        else if (w.loginCode == QLatin1String("account_disabled"))
            fail(QStringLiteral("login failed: the account is disabled"));
        else if (w.loginCode == QLatin1String("rate_limited"))
            fail(QStringLiteral("login failed: %1").arg(w.loginMessage));
        else if (w.loginCode == QLatin1String("untrusted_certificate"))
            fail(QStringLiteral(
                     "%1; if that is your server's certificate, trust it with: tack-cli login %2 %3 "
                     "--trust-fingerprint %4")
                     .arg(w.loginMessage, url.toString(), who,
                          sync::CertificateTrust::displayFingerprint(w.rejectedFingerprint)));
        else if (w.loginCode == QLatin1String("unreachable") ||
                 w.loginCode == QLatin1String("profile_in_use") ||
                 w.loginCode == QLatin1String("bad_certificate"))
            fail(w.loginMessage);
        else
            fail(QStringLiteral("login failed: %1: %2").arg(w.loginCode, w.loginMessage));
        return kFailed;
    }
    m_triedSync = true;
    w.waitUntil(
        [&] {
            return w.caughtUp || !w.connectionError.isEmpty() || !w.signedOutReason.isEmpty() ||
                   !w.storageError.isEmpty();
        },
        timeoutMs(kLoginSeconds));
    const store::Replica::Account account = m_session->account();
    if (m_args.json) {
        QJsonObject o;
        o.insert(QStringLiteral("login"), account.login);
        o.insert(QStringLiteral("user_id"), account.userId);
        o.insert(QStringLiteral("server"), account.serverUrl);
        o.insert(QStringLiteral("synced"), w.caughtUp);
        CliOutput::printJson(o);
    } else {
        CliOutput::printLine(QStringLiteral("logged in as %1 (user %2) on %3")
                                 .arg(account.login)
                                 .arg(account.userId)
                                 .arg(account.serverUrl));
    }
    if (!w.caughtUp)
        fail(QStringLiteral("warning: the first sync did not finish; run tack-cli sync"));
    return kOk;
}

int CliCommands::chats()
{
    if (!openSession(Need::Account))
        return kFailed;
    quickSync();
    const QList<store::ConversationRecord> list = m_session->reader().conversations();
    if (m_args.json) {
        QJsonArray array;
        for (const store::ConversationRecord &c : list)
            array.append(m_out->chatJson(c));
        CliOutput::printJson(array);
    } else {
        for (const store::ConversationRecord &c : list)
            CliOutput::printLine(m_out->chatLine(c));
    }
    return kOk;
}

int CliCommands::newChat()
{
    const QString title = m_args.args.value(1).trimmed();
    if (title.isEmpty()) {
        fail(QStringLiteral("the chat needs a title"));
        return kUsage;
    }
    if (!openSession(Need::Token))
        return kFailed;
    const qint64 me = m_session->account().userId;
    const std::optional<QList<qint64>> members = resolveLogins(m_args.members, me);
    if (!members)
        return kFailed;
    const QString id = m_session->createGroup(title, *members);
    if (id.isEmpty()) {
        fail(QStringLiteral("the title must be 1 to 200 characters and a chat has at most 5000 members"));
        return kUsage;
    }
    return finishWrite(id, [&](bool sent) {
        if (m_args.json) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), id);
            o.insert(QStringLiteral("title"), title);
            o.insert(QStringLiteral("state"), sent ? QStringLiteral("sent") : QStringLiteral("pending"));
            CliOutput::printJson(o);
        } else {
            CliOutput::printLine(id);
        }
    });
}

int CliCommands::directChat()
{
    if (!openSession(Need::Token))
        return kFailed;
    const std::optional<qint64> other = resolveLogin(m_args.args.at(0));
    if (!other)
        return kFailed;
    const QString id = m_session->openDirect(*other);
    if (id.isEmpty()) {
        fail(QStringLiteral("a direct chat needs another person"));
        return kUsage;
    }
    return finishWrite(id, [&](bool sent) {
        if (m_args.json) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), id);
            o.insert(QStringLiteral("user_id"), *other);
            o.insert(QStringLiteral("state"), sent ? QStringLiteral("sent") : QStringLiteral("pending"));
            CliOutput::printJson(o);
        } else {
            CliOutput::printLine(id);
        }
    });
}

int CliCommands::send()
{
    if (!openSession(Need::Token))
        return kFailed;
    const std::optional<QString> chat = resolveChat(m_args.args.at(0));
    if (!chat)
        return kFailed;
    const QString text = m_args.args.at(1);
    const QString id = m_session->sendMessage(*chat, text);
    if (id.isEmpty()) {
        fail(QStringLiteral("a message must have 1 to 10000 characters and not only spaces"));
        return kUsage;
    }
    return finishWrite(id, [&](bool) {
        if (m_args.json) {
            QJsonObject o;
            if (const auto message = m_session->reader().message(id))
                o = m_out->messageJson(*message);
            o.insert(QStringLiteral("id"), id);
            o.insert(QStringLiteral("conversation"), *chat);
            CliOutput::printJson(o);
        } else {
            CliOutput::printLine(id);
        }
    });
}

int CliCommands::messages()
{
    if (!openSession(Need::Account))
        return kFailed;
    const bool online = quickSync();
    const std::optional<QString> chat = resolveChat(m_args.args.at(0));
    if (!chat)
        return kFailed;
    store::Replica &r = m_session->reader();
    QList<store::MessageRecord> list = r.messages(*chat, m_args.limit);
    const qint64 lowest = r.lowestSeq(*chat);
    if (online && list.size() < m_args.limit && lowest > 1) {
        // Older messages than the snapshot brought: ask the server, store them, read again.
        m_session->loadHistory(*chat, lowest, qMin(200, m_args.limit - int(list.size())));
        m_watch->waitUntil([this] { return m_watch->historyDone; }, timeoutMs(kQuickSyncSeconds));
        list = r.messages(*chat, m_args.limit);
    }
    if (m_args.json) {
        QJsonArray array;
        for (const store::MessageRecord &m : list)
            array.append(m_out->messageJson(m));
        CliOutput::printJson(array);
    } else {
        for (const store::MessageRecord &m : list)
            CliOutput::printLine(m_out->messageLine(m));
    }
    return kOk;
}

int CliCommands::markRead()
{
    if (!openSession(Need::Token))
        return kFailed;
    const std::optional<QString> chat = resolveChat(m_args.args.at(0));
    if (!chat)
        return kFailed;
    m_session->markRead(*chat);
    return finishWrite(*chat, [&](bool sent) {
        printWriteJson({{QStringLiteral("conversation"), *chat}}, sent);
    });
}

int CliCommands::recall()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString id = m_args.args.at(0);
    if (!m_session->reader().message(id)) {
        fail(QStringLiteral("unknown message: %1").arg(id));
        return kFailed;
    }
    m_session->recallMessage(id);
    return finishWrite(id, [&](bool sent) { printWriteJson({{QStringLiteral("id"), id}}, sent); });
}

int CliCommands::edit()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString id = m_args.args.at(0);
    if (!m_session->reader().message(id)) {
        fail(QStringLiteral("unknown message: %1").arg(id));
        return kFailed;
    }
    if (!m_session->editMessage(id, m_args.args.at(1))) {
        fail(QStringLiteral("a message must have 1 to 10000 characters and not only spaces"));
        return kUsage;
    }
    return finishWrite(id, [&](bool sent) {
        if (m_args.json) {
            QJsonObject o;
            if (const auto message = m_session->reader().message(id))
                o = m_out->messageJson(*message);
            o.insert(QStringLiteral("id"), id);
            o.insert(QStringLiteral("sync"), sent ? QStringLiteral("sent") : QStringLiteral("pending"));
            CliOutput::printJson(o);
        }
    });
}

int CliCommands::search()
{
    if (!openSession(Need::Account))
        return kFailed;
    quickSync();
    const QList<store::MessageRecord> list =
        m_session->reader().searchMessages(m_args.args.at(0), m_args.limit);
    if (m_args.json) {
        QJsonArray array;
        for (const store::MessageRecord &m : list)
            array.append(m_out->messageJson(m));
        CliOutput::printJson(array);
    } else {
        for (const store::MessageRecord &m : list)
            CliOutput::printLine(m.conversation + QLatin1String("  ") + m_out->messageLine(m));
    }
    return kOk;
}

int CliCommands::sync()
{
    if (!openSession(Need::Token))
        return kFailed;
    SyncWatch &w = *m_watch;
    m_triedSync = true;
    m_session->start();
    const int limit = timeoutMs(kSyncSeconds);
    w.waitUntil(
        [&] {
            return (w.caughtUp && w.drained) || !w.connectionError.isEmpty() ||
                   !w.signedOutReason.isEmpty() || !w.storageError.isEmpty();
        },
        limit);
    for (auto it = w.failed.cbegin(); it != w.failed.cend(); ++it)
        fail(QStringLiteral("a change (%1) was refused: %2: %3").arg(it->name, it->code, it->message));
    if (w.caughtUp && w.drained) {
        if (m_args.json) {
            QJsonObject o;
            o.insert(QStringLiteral("state"), QStringLiteral("online"));
            o.insert(QStringLiteral("pending"), 0);
            o.insert(QStringLiteral("failed"), int(w.failed.size()));
            CliOutput::printJson(o);
        } else {
            CliOutput::printLine(QStringLiteral("up to date; nothing left to send"));
        }
        return kOk;
    }
    if (!w.signedOutReason.isEmpty())
        fail(QStringLiteral("signed out (%1); %2").arg(w.signedOutReason, loginHint()));
    else if (!w.storageError.isEmpty())
        fail(QStringLiteral("storage error: %1").arg(w.storageError));
    else if (!w.connectionError.isEmpty())
        fail(QStringLiteral("cannot reach %1: %2").arg(m_session->account().serverUrl, w.connectionError));
    else
        fail(QStringLiteral("sync timed out after %1 s (%2)")
                 .arg(limit / 1000)
                 .arg(w.caughtUp ? QStringLiteral("changes still unsent")
                                 : QStringLiteral("still catching up")));
    return kFailed;
}

int CliCommands::ding()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString id = m_args.args.at(0);
    const qint64 me = m_session->account().userId;
    if (!m_session->reader().message(id))
        quickSync(); // it may have arrived since the last sync
    if (!m_session->reader().message(id)) {
        fail(QStringLiteral("unknown message: %1").arg(id));
        return kFailed;
    }
    const std::optional<QList<qint64>> users = resolveLogins(m_args.to, me);
    if (!users)
        return kFailed;
    const QString ref = m_session->dingMessage(id, *users);
    if (ref.isEmpty()) {
        fail(QStringLiteral("name 1 to 5000 other members with --to"));
        return kUsage;
    }
    return finishWrite(ref, [&](bool sent) { printWriteJson({{QStringLiteral("message"), id}}, sent); });
}

int CliCommands::confirmDing()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString id = m_args.args.at(1);
    if (!m_session->confirmDing(id)) {
        fail(QStringLiteral("not a message id: %1").arg(id));
        return kUsage;
    }
    return finishWrite(id, [&](bool sent) { printWriteJson({{QStringLiteral("message"), id}}, sent); });
}

int CliCommands::dings()
{
    if (!openSession(Need::Account))
        return kFailed;
    quickSync();
    store::Replica &r = m_session->reader();
    const bool forMessage = !m_args.args.isEmpty();
    const QList<store::DingRecord> list =
        forMessage ? r.dingsForMessage(m_args.args.at(0)) : r.pendingDingsForMe();
    const auto login = [&r](qint64 id) {
        const auto user = r.user(id);
        return user ? user->login : QString::number(id);
    };
    if (m_args.json) {
        QJsonArray array;
        for (const store::DingRecord &d : list) {
            QJsonObject o;
            o.insert(QStringLiteral("message"), d.message);
            o.insert(QStringLiteral("conversation"), d.conversation);
            o.insert(QStringLiteral("user"), login(d.user));
            o.insert(QStringLiteral("sender"), login(d.sender));
            o.insert(QStringLiteral("text"), d.text);
            o.insert(QStringLiteral("round"), d.round);
            o.insert(QStringLiteral("dinged_at"), d.dingedAt);
            o.insert(QStringLiteral("confirmed_at"), d.confirmedAt);
            o.insert(QStringLiteral("confirmed"), d.confirmedAt != 0);
            array.append(o);
        }
        CliOutput::printJson(array);
    } else if (forMessage) {
        for (const store::DingRecord &d : list)
            CliOutput::printLine(QStringLiteral("%1  %2  round %3")
                                     .arg(login(d.user).leftJustified(12), d.confirmedAt
                                                                               ? QStringLiteral("confirmed")
                                                                               : QStringLiteral("waiting"))
                                     .arg(d.round));
    } else {
        for (const store::DingRecord &d : list)
            CliOutput::printLine(QStringLiteral("%1  %2: %3").arg(d.message, login(d.sender), d.text));
    }
    return kOk;
}

} // namespace tack::cli
