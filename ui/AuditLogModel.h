#pragma once

#include "domain/AuditRecord.h"

#include <QAbstractListModel>
#include <QCborMap>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <functional>
#include <optional>

namespace tack::client {
class ClientSession;
}

namespace tack::ui {

class StoreReader;

// The organisation's audit log for owners and admins (the "Audit log" admin page), paged newest first
// from the server with `audit.list`. Filters: a person's login, an action, and a from/to day (local time).
// Export CSV fetches every matching page and writes the file on a worker thread.
class AuditLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString actorLogin READ actorLogin WRITE setActorLogin NOTIFY filtersChanged)
    Q_PROPERTY(QString action READ action WRITE setAction NOTIFY filtersChanged)
    Q_PROPERTY(QString since READ since WRITE setSince NOTIFY filtersChanged)
    Q_PROPERTY(QString until READ until WRITE setUntil NOTIFY filtersChanged)
    // Follows a language switch (actionChoicesChanged), so the filter's texts are translated again.
    Q_PROPERTY(QVariantList actionChoices READ actionChoices NOTIFY actionChoicesChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loadingChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(QString exportStatus READ exportStatus NOTIFY exportChanged)

public:
    enum Roles
    {
        SeqRole = Qt::UserRole + 1, // position in the log
        TimeRole,                   // local date and time, for people
        ActorRole,                  // the actor's name, or "System"
        AddressRole,                // network address, may be empty
        ActionRole,                 // action name as stored, e.g. "login.failed"
        ActionLabelRole,            // the action for people, translated
        TargetRole,                 // "user:7", "conv:sales", ...
        DetailsRole,                // details as compact JSON
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 100;
    static constexpr int kExportPageSize = 500;

    // Sends one `audit.list` request with these fields and later calls `done` with the ack's result, or
    // with an error code ("offline" when not connected). The default asks the signed-in session.
    using PageCallback = std::function<void(const QCborMap &result, const QString &code)>;
    using PageRequester = std::function<void(const QCborMap &fields, PageCallback done)>;

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    void setRequester(PageRequester requester);
    // Asks `client`'s server; answers arrive on `context`'s thread (what the default requester uses).
    static PageRequester sessionRequester(client::ClientSession *client, QObject *context);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);
    QString actorLogin() const { return m_actorLogin; }
    void setActorLogin(const QString &login);
    QString action() const { return m_action; }
    void setAction(const QString &action);
    QString since() const { return m_since; }
    void setSince(const QString &day);
    QString until() const { return m_until; }
    void setUntil(const QString &day);
    QVariantList actionChoices() const;
    bool loading() const { return m_pending; }
    QString error() const { return m_error; }
    bool exporting() const { return m_exporting; }
    QString exportStatus() const { return m_exportStatus; }

    // The translated name of an action ("login" -> "Signed in"); unknown actions as they are.
    static QString actionLabel(const QString &action);

    // Starts again from the newest entry with the current filters.
    Q_INVOKABLE void reload();
    // Asks where to save (a file dialog), then exportCsv().
    Q_INVOKABLE void chooseExportFile();
    // Fetches every entry matching the filters and writes them, oldest first, to `file` (RFC 4180 CSV).
    Q_INVOKABLE void exportCsv(const QUrl &file);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void storeChanged();
    void actionChoicesChanged();
    void filtersChanged();
    void countChanged();
    void loadingChanged();
    void exportChanged();
    // ok: the file is written; otherwise `message` says why not.
    void exportFinished(bool ok, const QString &message);

private:
    // The request fields for the current filters, or nothing with m_error set.
    std::optional<QCborMap> filterFields();
    void request(const QCborMap &fields, PageCallback done);
    void onPage(const QCborMap &result, const QString &code);
    void exportPage(const QCborMap &fields, const QCborMap &result, const QString &code);
    void finishExport(bool ok, const QString &message);
    QString errorText(const QString &code) const;

    QPointer<StoreReader> m_store;
    PageRequester m_requester;
    QString m_actorLogin;
    QString m_action;
    QString m_since;
    QString m_until;
    QList<audit::AuditRecord> m_rows;
    std::optional<QCborMap> m_fields; // filters of the shown list
    qint64 m_next = 0;
    bool m_started = false;
    bool m_end = false;
    bool m_pending = false;
    quint64 m_generation = 0; // answers for an older generation are dropped
    QString m_error;

    bool m_exporting = false;
    QString m_exportStatus;
    QString m_exportPath;
    QList<audit::AuditRecord> m_exported; // newest first, as fetched
};

} // namespace tack::ui
