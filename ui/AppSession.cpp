#include "AppSession.h"

#include "ApprovalCenter.h"
#include "BoardActions.h"
#include "ChatPrefs.h"
#include "DeviceListModel.h"
#include "DingCenter.h"
#include "DisplayText.h"
#include "IdleWatcher.h"
#include "OrgAdministration.h"
#include "StorageStatus.h"
#include "StoreReader.h"
#include "TodoCenter.h"
#include "client/ClientSession.h"
#include "domain/ChatRules.h"
#include "sync/CertificateTrust.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QSysInfo>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSession, "tack.ui.session")

namespace tack::ui {

namespace {

AppSession *s_instance = nullptr;

QString fileSafe(QString s)
{
    for (QChar &c : s) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return s;
}

QString loginError(const QString &code, const QString &message)
{
    if (code == QLatin1String("bad_credentials"))
        return AppSession::tr("Wrong login or password.");
    if (code == QLatin1String("account_disabled"))
        return AppSession::tr("This account has been disabled.");
    if (code == QLatin1String("token_expired") || code == QLatin1String("unauthenticated"))
        return AppSession::tr("Your session has ended. Please sign in again.");
    if (code.startsWith(QLatin1String("session_revoked")))
        return AppSession::tr("This device was signed out from another device. Please sign in again.");
    if (code == QLatin1String("untrusted_certificate"))
        return AppSession::tr("The server's certificate is not trusted.");
    if (code == QLatin1String("bad_certificate"))
        return AppSession::tr("The server's certificate was refused: %1").arg(message);
    if (code == QLatin1String("offline") || code == QLatin1String("network"))
        return AppSession::tr("Cannot reach the server. Check the address and your connection.");
    return message.isEmpty() ? AppSession::tr("Sign-in failed (%1).").arg(code) : message;
}

QString refusal(const QString &name, const QString &code)
{
    if (code == QLatin1String("recall_window"))
        return AppSession::tr("Messages can only be recalled within 24 hours of sending.");
    if (code == QLatin1String("conflict") && name == QLatin1String("msg.edit"))
        return AppSession::tr("The message was recalled, so it can no longer be edited.");
    if (code == QLatin1String("forbidden"))
        return AppSession::tr("You are not allowed to do that in this chat.");
    if (code == QLatin1String("not_found"))
        return AppSession::tr("The message or chat no longer exists.");
    if (code == QLatin1String("invalid_args"))
        return AppSession::tr("The server refused the text (empty or too long).");
    if (name == QLatin1String("msg.send"))
        return AppSession::tr("The message could not be sent (%1).").arg(code);
    return AppSession::tr("The server refused the change (%1).").arg(code);
}

} // namespace

AppSession::AppSession(const QString &profileDir, QObject *parent)
    : QObject(parent), m_profileDir(profileDir), m_store(new StoreReader(this)), m_prefs(new ChatPrefs(this)),
      m_dings(new DingCenter(m_store, this)), m_approvals(new ApprovalCenter(m_store, this)),
      m_devices(new DeviceListModel(this)), m_storage(new StorageStatus(this)),
      m_administration(new OrgAdministration(m_store, this)), m_boards(new BoardActions(m_store, this)),
      m_todos(new TodoCenter(m_store, this)), m_idle(new IdleWatcher(this))
{
    connect(m_todos, &TodoCenter::refused, this, &AppSession::actionRefused);
    connect(m_idle, &IdleWatcher::idleChanged, this, [this](bool idle) {
        if (m_client)
            m_client->setPresence(idle ? QStringLiteral("away") : QStringLiteral("online"));
    });
    QDir().mkpath(m_profileDir);
    QSettings s(settingsPath(), QSettings::IniFormat);
    m_server = s.value(QStringLiteral("account/server")).toString();
    m_login = s.value(QStringLiteral("account/login")).toString();
    m_darkMode = s.value(QStringLiteral("ui/dark"), false).toBool();
    connect(m_store, &StoreReader::historyRequested, this,
            [this](const QString &conversation, qint64 before) {
                if (!m_client) {
                    m_store->deliverHistory(conversation, 0, false, true);
                    return;
                }
                m_historyTags.insert(m_client->loadHistory(conversation, before), conversation);
            });
    connect(m_approvals, &ApprovalCenter::refused, this,
            [this](const QString &, const QString &message) { emit actionRefused(message); });
    // The org role arrives with my user object (directory sync); admin pages follow it.
    connect(this, &AppSession::accountChanged, this, &AppSession::refreshOrgRole);
    s_instance = this;
}

AppSession::~AppSession()
{
    closeClient();
    if (s_instance == this)
        s_instance = nullptr;
}

AppSession *AppSession::instance()
{
    return s_instance;
}

AppSession *AppSession::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    Q_ASSERT(qmlEngine->thread() == s_instance->thread());
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppSession::settingsPath() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("settings.ini"));
}

QString AppSession::replicaPathFor(const QString &server, const QString &login) const
{
    const QUrl url(server);
    const QString key = fileSafe(url.host() + QLatin1Char('_') + QString::number(url.port(0)) +
                                 QLatin1Char('_') + login.trimmed().toLower());
    return QDir(m_profileDir).filePath(QStringLiteral("replica-%1.db").arg(key));
}

void AppSession::restore(const QString &server, const QString &login)
{
    const QString srv = server.isEmpty() ? m_server : server;
    const QString who = login.isEmpty() ? m_login : login;
    if (srv != m_server || who != m_login) {
        m_server = srv;
        m_login = who;
        emit accountChanged();
    }
    if (srv.isEmpty() || who.isEmpty() || !QFileInfo::exists(replicaPathFor(srv, who)))
        return;
    openClient(srv, who);
    if (m_client && m_client->loggedIn()) {
        openStore();
        loadPrefs();
        setStatus(Status::SignedIn);
        emit accountChanged();
        m_client->start();
    } else {
        closeClient();
    }
}

void AppSession::openClient(const QString &server, const QString &login)
{
    closeClient();
    sync::SyncOptions options;
    QString pinError;
    options.trustedCertificate = sync::CertificateTrust::loadPin(pinPath(), &pinError);
    if (!pinError.isEmpty())
        qWarning("%s", qPrintable(pinError));
    options.clientName = QStringLiteral("tack-desktop/0.1");
    options.device = QSysInfo::machineHostName();
    auto client = std::make_unique<client::ClientSession>(replicaPathFor(server, login), options);
    QString why;
    if (!client->open(&why)) {
        setError(tr("Cannot open the local data: %1").arg(why));
        return;
    }
    using C = client::ClientSession;
    connect(client.get(), &C::stateChanged, this,
            [this](C::State state, int retry) { onState(int(state), retry); });
    connect(client.get(), &C::loginFinished, this, &AppSession::onLoginFinished);
    connect(client.get(), &C::certificateRejected, this,
            [this](const QString &fingerprint, bool trustable, const QString &) {
                m_untrustedFingerprint = trustable ? fingerprint : QString();
                emit untrustedFingerprintChanged();
            });
    connect(client.get(), &C::conversationsChanged, m_store, &StoreReader::notifyConversations);
    connect(client.get(), &C::conversationsChanged, this, &AppSession::messagesArrived);
    connect(client.get(), &C::directoryChanged, m_store, &StoreReader::notifyDirectory);
    connect(client.get(), &C::directoryChanged, this, &AppSession::accountChanged);
    connect(client.get(), &C::todosChanged, m_store, &StoreReader::notifyTodos);
    connect(client.get(), &C::presenceReceived, this, &AppSession::onPresence);
    client->setWatchPresence(true);
    client->setPresence(m_idle->isIdle() ? QStringLiteral("away") : QStringLiteral("online"));
    connect(client.get(), &C::mutationFailed, this, &AppSession::onMutationFailed);
    connect(client.get(), &C::queueFailed, this,
            [this](const QString &, const QString &message) { emit actionRefused(message); });
    connect(client.get(), &C::storageError, this, [this](const QString &message) {
        emit actionRefused(tr("Saving to the local data failed: %1").arg(message));
    });
    connect(client.get(), &C::signedOut, this, [this](const QString &reason) {
        setError(loginError(reason, reason));
        closeClient();
        setStatus(Status::SignedOut);
    });
    connect(client.get(), &C::historyLoaded, this,
            [this](quint64 tag, bool ok, int count, bool more) { onHistory(tag, ok, count, more); });
    m_client = std::move(client);
    m_dings->setClient(m_client.get());
    m_approvals->setClient(m_client.get());
    m_devices->setClient(m_client.get());
    m_storage->setClient(m_client.get());
    m_administration->setClient(m_client.get());
    m_boards->setClient(m_client.get());
    m_todos->setClient(m_client.get(), server, settingsPath(), QStringLiteral("todos-") + fileSafe(login));
}

void AppSession::openStore()
{
    // A connection of our own, opened after sign-in: Replica caches the account's user id on first use, so
    // a connection opened before the first login would keep seeing no user.
    if (!m_store->open(m_client->replicaPath()))
        setError(tr("Cannot read the local data."));
}

void AppSession::refreshOrgRole()
{
    const qint64 me = m_store->isOpen() ? m_store->myUserId() : 0;
    const auto user = me > 0 ? m_store->replica().user(me) : std::nullopt;
    setOrgRole(user ? user->role : QString());
}

void AppSession::closeClient()
{
    detachClient().reset();
}

void AppSession::onPresence(const QCborArray &users, bool complete)
{
    QHash<qint64, QString> states;
    for (const QCborValue &v : users) {
        const QCborMap entry = v.toMap();
        const qint64 user = entry.value(QLatin1String("user")).toInteger();
        if (user > 0)
            states.insert(user, entry.value(QLatin1String("state")).toString());
    }
    m_store->setPresence(states, complete);
}

std::unique_ptr<client::ClientSession> AppSession::detachClient()
{
    if (!m_client)
        return nullptr;
    m_store->close();
    setOrgRole(QString()); // the next account's role is learnt afresh
    m_dings->setClient(nullptr);
    m_approvals->setClient(nullptr);
    m_devices->setClient(nullptr);
    m_storage->setClient(nullptr);
    m_administration->setClient(nullptr);
    m_boards->setClient(nullptr);
    m_todos->setClient(nullptr, {}, {}, {});
    m_client->disconnect(this);
    m_historyTags.clear();
    std::unique_ptr<client::ClientSession> client = std::move(m_client);
    onState(int(client::ClientSession::State::Offline), 0);
    return client;
}

void AppSession::signIn(const QString &server, const QString &login, const QString &password)
{
    const QString srv = server.trimmed();
    const QString who = login.trimmed();
    const QUrl url(srv);
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        setError(tr("The server address must start with ws:// or wss://."));
        return;
    }
    if (who.isEmpty() || password.isEmpty()) {
        setError(tr("Enter your login and password."));
        return;
    }
    setError({});
    if (!m_untrustedFingerprint.isEmpty()) {
        m_untrustedFingerprint.clear();
        emit untrustedFingerprintChanged();
    }
    m_server = srv;
    m_login = who;
    emit accountChanged();
    openClient(srv, who);
    if (!m_client)
        return;
    setStatus(Status::SigningIn);
    m_client->login(url, who, password);
}

void AppSession::onLoginFinished(bool ok, const QString &code, const QString &message)
{
    if (m_status != Status::SigningIn)
        return;
    if (!ok) {
        setError(loginError(code, message));
        closeClient();
        setStatus(Status::SignedOut);
        return;
    }
    rememberAccount();
    openStore();
    loadPrefs();
    setStatus(Status::SignedIn);
    emit accountChanged();
}

QString AppSession::pinPath() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("trusted-certificate.sha256"));
}

QString AppSession::untrustedFingerprint() const
{
    return sync::CertificateTrust::displayFingerprint(m_untrustedFingerprint);
}

bool AppSession::trustCertificate()
{
    if (m_untrustedFingerprint.isEmpty())
        return false;
    QString why;
    if (!sync::CertificateTrust::savePin(pinPath(), m_untrustedFingerprint, &why)) {
        setError(tr("Cannot remember the certificate: %1").arg(why));
        return false;
    }
    m_untrustedFingerprint.clear();
    emit untrustedFingerprintChanged();
    setError({});
    return true;
}

void AppSession::signOut()
{
    if (m_client) {
        // The worker forgets the token at once and revokes it on the server; the client object stays until
        // it has (loggedOut), while the UI is already signed out.
        m_client->logout();
        client::ClientSession *leaving = detachClient().release();
        leaving->setParent(this);
        connect(leaving, &client::ClientSession::loggedOut, leaving, &QObject::deleteLater);
    }
    setStatus(Status::SignedOut);
}

void AppSession::loadPrefs()
{
    m_prefs->load(settingsPath(), QStringLiteral("chats-") + fileSafe(m_login));
    if (!m_startChat.isEmpty())
        m_prefs->setLastChat(std::exchange(m_startChat, QString()));
}

void AppSession::rememberAccount()
{
    QSettings s(settingsPath(), QSettings::IniFormat);
    s.setValue(QStringLiteral("account/server"), m_server);
    s.setValue(QStringLiteral("account/login"), m_login);
}

qint64 AppSession::userId() const
{
    return m_store->myUserId();
}

QString AppSession::userName() const
{
    const qint64 id = m_store->myUserId();
    return id > 0 ? m_store->userName(id) : m_login;
}

QString AppSession::userInitials() const
{
    return text::initials(userName());
}

void AppSession::setDarkMode(bool dark)
{
    if (m_darkMode == dark)
        return;
    m_darkMode = dark;
    QSettings(settingsPath(), QSettings::IniFormat).setValue(QStringLiteral("ui/dark"), dark);
    emit darkModeChanged();
}

void AppSession::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged();
}

void AppSession::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void AppSession::onState(int state, int retrySeconds)
{
    using S = client::ClientSession::State;
    QString name;
    switch (S(state)) {
    case S::Offline:
        name = QStringLiteral("offline");
        break;
    case S::Connecting:
        name = QStringLiteral("connecting");
        break;
    case S::Syncing:
        name = QStringLiteral("syncing");
        break;
    case S::Online:
        name = QStringLiteral("online");
        break;
    }
    if (name == m_connection && retrySeconds == m_retrySeconds)
        return;
    m_connection = name;
    m_retrySeconds = retrySeconds;
    emit connectionChanged();
}

void AppSession::onMutationFailed(qint64, const QString &name, const QString &code, const QString &)
{
    if (OrgAdministration::handles(name) || BoardActions::handles(name) || ApprovalCenter::handles(name))
        return; // administration, boards and approvals report these with what they were about
    if (TodoCenter::handles(name)) {
        emit actionRefused(TodoCenter::refusalText(name, code));
        return;
    }
    emit actionRefused(refusal(name, code));
}

void AppSession::onHistory(quint64 tag, bool ok, int count, bool more)
{
    const QString conversation = m_historyTags.take(tag);
    if (!conversation.isEmpty())
        m_store->deliverHistory(conversation, count, more, !ok);
}

QString AppSession::send(const QString &conversation, const QString &text)
{
    if (!m_client)
        return {};
    const QString trimmed = text.trimmed();
    if (!chat::isValidMessageText(trimmed)) {
        if (!trimmed.isEmpty())
            emit actionRefused(
                tr("A message can have at most %n characters.", nullptr, chat::kMaxMessageChars));
        return {};
    }
    return m_client->sendMessage(conversation, trimmed);
}

bool AppSession::edit(const QString &messageId, const QString &text)
{
    if (!m_client || !chat::isValidMessageText(text.trimmed()))
        return false;
    return m_client->editMessage(messageId, text.trimmed());
}

bool AppSession::recall(const QString &messageId)
{
    return m_client && m_client->recallMessage(messageId);
}

void AppSession::retry(const QString &messageId)
{
    if (m_client)
        m_client->retryMessage(messageId);
}

void AppSession::markRead(const QString &conversation, double upto)
{
    if (m_client && !conversation.isEmpty())
        m_client->markRead(conversation, qint64(upto));
}

QString AppSession::sendDing(const QString &conversation, const QString &text, const QVariantList &userIds)
{
    QList<qint64> users;
    for (const QVariant &v : userIds) {
        const qint64 id = v.toLongLong();
        if (id > 0 && id != userId() && !users.contains(id))
            users.append(id);
    }
    const QString id = send(conversation, text);
    if (!id.isEmpty() && !users.isEmpty() && m_client)
        m_client->dingMessage(id, users);
    return id;
}

QString AppSession::openDirect(double userId)
{
    return m_client ? m_client->openDirect(qint64(userId)) : QString();
}

QString AppSession::draft(const QString &conversation) const
{
    if (!m_store->isOpen() || conversation.isEmpty())
        return {};
    try {
        return m_store->replica().draft(conversation);
    } catch (const db::SqlError &e) {
        qCWarning(lcSession) << "cannot read the draft" << e.what();
        return {};
    }
}

void AppSession::saveDraft(const QString &conversation, const QString &text)
{
    if (m_client && !conversation.isEmpty())
        m_client->setDraft(conversation, text.trimmed().isEmpty() ? QString() : text);
}

QString AppSession::recallRefusal(const QString &messageId) const
{
    if (!m_store->isOpen())
        return tr("Not signed in.");
    try {
        const auto msg = m_store->replica().message(messageId);
        if (!msg)
            return tr("The message no longer exists.");
        if (msg->seq <= 0)
            return tr("The message has not reached the server yet.");
        const auto me = m_store->replica().member(msg->conversation, m_store->myUserId());
        const chat::Role role = me ? chat::roleFromName(me->role) : chat::Role::Member;
        switch (chat::recallVerdict(m_store->myUserId(), role, msg->sender, msg->at,
                                    QDateTime::currentMSecsSinceEpoch(), msg->recalled)) {
        case chat::RecallVerdict::Allowed:
            return {};
        case chat::RecallVerdict::NotAllowed:
            return tr("Only the sender, the chat owner and admins can recall a message.");
        case chat::RecallVerdict::WindowPassed:
            return tr("Messages can only be recalled within 24 hours of sending.");
        case chat::RecallVerdict::AlreadyRecalled:
            return tr("The message was already recalled.");
        }
    } catch (const db::SqlError &e) {
        qCWarning(lcSession) << "cannot check the recall rule" << e.what();
    }
    return tr("The message cannot be recalled.");
}

bool AppSession::canEdit(const QString &messageId) const
{
    if (!m_store->isOpen())
        return false;
    try {
        const auto msg = m_store->replica().message(messageId);
        return msg && msg->sender == m_store->myUserId() && !msg->recalled &&
               msg->state == store::MessageRecord::State::Sent;
    } catch (const db::SqlError &) {
        return false;
    }
}

void AppSession::showChat(const QString &conversation, const QString &messageId)
{
    emit chatRequested(conversation, messageId);
}

} // namespace tack::ui
