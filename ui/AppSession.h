#pragma once

#include <QCborArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <memory>

namespace tack::client {
class ClientSession;
}

namespace tack::ui {

class BoardActions;
class ApprovalCenter;
class ChatPrefs;
class DeviceListModel;
class IdleWatcher;
class OrgAdministration;
class StorageStatus;
class DingCenter;
class StoreReader;
class TodoCenter;

// The signed-in account as QML sees it (singleton `Session`): signing in and out, the connection state for
// the banner, the read-only store the models bind to, local preferences, and the chat actions that go to
// the sync worker. Built by main() and handed to the QML engine through create().
class AppSession : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_MOC_INCLUDE("BoardActions.h")
    Q_MOC_INCLUDE("ApprovalCenter.h")
    Q_MOC_INCLUDE("ChatPrefs.h")
    Q_MOC_INCLUDE("DeviceListModel.h")
    Q_MOC_INCLUDE("DingCenter.h")
    Q_MOC_INCLUDE("OrgAdministration.h")
    Q_MOC_INCLUDE("StoreReader.h")
    Q_MOC_INCLUDE("StorageStatus.h")
    Q_MOC_INCLUDE("TodoCenter.h")
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString connection READ connection NOTIFY connectionChanged)
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY connectionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // "AB:CD:…" of a self-signed server certificate the last sign-in refused and the person may trust.
    Q_PROPERTY(QString untrustedFingerprint READ untrustedFingerprint NOTIFY untrustedFingerprintChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
    Q_PROPERTY(QString login READ login NOTIFY accountChanged)
    Q_PROPERTY(double userId READ userIdForQml NOTIFY accountChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY accountChanged)
    Q_PROPERTY(QString userInitials READ userInitials NOTIFY accountChanged)
    Q_PROPERTY(bool darkMode READ darkMode WRITE setDarkMode NOTIFY darkModeChanged)
    // The account's role in the organisation ("owner", "admin", "member"; empty until known), from my user
    // object in the replica: admin pages such as the audit log show only for owners and admins.
    Q_PROPERTY(QString orgRole READ orgRole WRITE setOrgRole NOTIFY orgRoleChanged)
    Q_PROPERTY(bool orgAdmin READ orgAdmin NOTIFY orgRoleChanged)
    Q_PROPERTY(tack::ui::StoreReader *store READ store CONSTANT)
    Q_PROPERTY(tack::ui::ChatPrefs *prefs READ prefs CONSTANT)
    Q_PROPERTY(tack::ui::DingCenter *dings READ dings CONSTANT)
    Q_PROPERTY(tack::ui::ApprovalCenter *approvals READ approvals CONSTANT)
    Q_PROPERTY(tack::ui::DeviceListModel *devices READ devices CONSTANT)
    Q_PROPERTY(tack::ui::StorageStatus *storage READ storage CONSTANT)
    // Todo actions, the calendar address, reminders and escalations.
    Q_PROPERTY(tack::ui::TodoCenter *todos READ todos CONSTANT)
    // People, departments and roles for the admin pages, and my own "on leave".
    Q_PROPERTY(tack::ui::OrgAdministration *administration READ administration CONSTANT)
    // Boards, their columns and cards (the Boards page).
    Q_PROPERTY(tack::ui::BoardActions *boards READ boards CONSTANT)
    // A login whose profile the Directory shows at start (--directory LOGIN); empty for none.
    Q_PROPERTY(QString startPerson READ startPerson CONSTANT)

public:
    enum class Status
    {
        SignedOut,
        SigningIn,
        SignedIn
    };
    Q_ENUM(Status)

    // `profileDir` holds the settings file and one replica per (server, account).
    explicit AppSession(const QString &profileDir, QObject *parent = nullptr);
    ~AppSession() override;

    static AppSession *instance();
    static AppSession *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString profileDir() const { return m_profileDir; }
    QString settingsPath() const;
    // Opens the last account if its replica holds a token (or the given one, when `server`/`login` are set).
    void restore(const QString &server, const QString &login);

    Status status() const { return m_status; }
    QString connection() const { return m_connection; }
    int retrySeconds() const { return m_retrySeconds; }
    QString error() const { return m_error; }
    QString untrustedFingerprint() const;
    QString serverUrl() const { return m_server; }
    QString login() const { return m_login; }
    qint64 userId() const;
    double userIdForQml() const { return double(userId()); }
    QString userName() const;
    QString userInitials() const;
    bool darkMode() const { return m_darkMode; }
    QString orgRole() const { return m_orgRole; }
    void setOrgRole(const QString &role)
    {
        if (m_orgRole == role)
            return;
        m_orgRole = role;
        emit orgRoleChanged();
    }
    bool orgAdmin() const
    {
        return m_orgRole == QLatin1String("owner") || m_orgRole == QLatin1String("admin");
    }
    void setDarkMode(bool dark);
    StoreReader *store() const { return m_store; }
    ChatPrefs *prefs() const { return m_prefs; }
    DingCenter *dings() const { return m_dings; }
    ApprovalCenter *approvals() const { return m_approvals; }
    DeviceListModel *devices() const { return m_devices; }
    StorageStatus *storage() const { return m_storage; }
    TodoCenter *todos() const { return m_todos; }
    OrgAdministration *administration() const { return m_administration; }
    BoardActions *boards() const { return m_boards; }
    client::ClientSession *client() const { return m_client.get(); }

    Q_INVOKABLE void signIn(const QString &server, const QString &login, const QString &password);
    Q_INVOKABLE void signOut();
    // Trusts the certificate of untrustedFingerprint for this profile from now on (the next sign-in uses it).
    Q_INVOKABLE bool trustCertificate();

    // Chat actions. They return at once; refusals arrive as actionRefused().
    Q_INVOKABLE QString send(const QString &conversation, const QString &text);
    Q_INVOKABLE bool edit(const QString &messageId, const QString &text);
    Q_INVOKABLE bool recall(const QString &messageId);
    Q_INVOKABLE void retry(const QString &messageId);
    Q_INVOKABLE void markRead(const QString &conversation, double upto);
    Q_INVOKABLE QString openDirect(double userId);
    // Sends a message and DINGs it to `userIds` (numbers from QML) right after, in outbox order, so the
    // DING follows the message to the server even while offline. Returns the message id.
    Q_INVOKABLE QString sendDing(const QString &conversation, const QString &text,
                                 const QVariantList &userIds);
    // Unsent text of a chat, kept across restarts.
    Q_INVOKABLE QString draft(const QString &conversation) const;
    Q_INVOKABLE void saveDraft(const QString &conversation, const QString &text);
    // Why I may not recall this message now (empty when I may), using the rule the server applies.
    Q_INVOKABLE QString recallRefusal(const QString &messageId) const;
    // Whether I may edit this message (my own, sent, not recalled).
    Q_INVOKABLE bool canEdit(const QString &messageId) const;
    // Asks the app to show a chat (from the tray, a notification or search).
    Q_INVOKABLE void showChat(const QString &conversation, const QString &messageId = QString());
    // Opens this chat instead of the remembered one once the account is signed in (--chat).
    void setStartChat(const QString &conversation) { m_startChat = conversation; }
    void setStartPerson(const QString &login) { m_startPerson = login; }
    QString startPerson() const { return m_startPerson; }
    // The open chat's first page of messages is on screen (used to measure start-up).
    Q_INVOKABLE void noteChatShown(const QString &conversation) { emit chatShown(conversation); }

signals:
    void statusChanged();
    void connectionChanged();
    void errorChanged();
    void untrustedFingerprintChanged();
    void accountChanged();
    void darkModeChanged();
    void orgRoleChanged();
    void actionRefused(const QString &explanation);
    void chatRequested(const QString &conversation, const QString &messageId);
    void chatShown(const QString &conversation);
    void messagesArrived(const QStringList &conversations);

private:
    QString m_startChat;
    QString m_startPerson;
    void openClient(const QString &server, const QString &login);
    void closeClient();
    // Unhooks the client from the UI (store, DINGs, signals) and hands it over.
    std::unique_ptr<client::ClientSession> detachClient();
    void openStore();
    void setStatus(Status status);
    void setError(const QString &error);
    void onState(int state, int retrySeconds);
    void onLoginFinished(bool ok, const QString &code, const QString &message);
    void onMutationFailed(qint64 mutation, const QString &name, const QString &code, const QString &message);
    void onHistory(quint64 tag, bool ok, int count, bool more);
    void onPresence(const QCborArray &users, bool complete);
    void rememberAccount();
    // Reads my org role from the replica (Session.orgRole / orgAdmin).
    void refreshOrgRole();
    QString replicaPathFor(const QString &server, const QString &login) const;
    void loadPrefs();
    QString pinPath() const;

    QString m_profileDir;
    std::unique_ptr<client::ClientSession> m_client;
    StoreReader *m_store = nullptr;
    ChatPrefs *m_prefs = nullptr;
    DingCenter *m_dings = nullptr;
    ApprovalCenter *m_approvals = nullptr;
    DeviceListModel *m_devices = nullptr;
    StorageStatus *m_storage = nullptr; // the local disk failing: the banner
    OrgAdministration *m_administration = nullptr;
    BoardActions *m_boards = nullptr;
    TodoCenter *m_todos = nullptr;
    IdleWatcher *m_idle = nullptr; // reports "away" to the server after idle
    Status m_status = Status::SignedOut;
    QString m_connection = QStringLiteral("offline");
    int m_retrySeconds = 0;
    QString m_error;
    QString m_untrustedFingerprint; // hex
    QString m_server;
    QString m_login;
    bool m_darkMode = false;
    QString m_orgRole;
    QHash<quint64, QString> m_historyTags; // request tag -> conversation
};

} // namespace tack::ui
