#pragma once

#include "client/ApprovalOverlay.h"
#include "client/ReplicaOrgDirectory.h"
#include "domain/approvals/FormTemplate.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <memory>

namespace tack::client {
class ClientSession;
}

namespace tack::ui {

class StoreReader;

// The approvals of the signed-in account (Session.approvals): the server's copies with my own intents that
// wait in the outbox applied on top (client::ApprovalOverlay), the actions (submit, approve, reject, ...)
// that go through the outbox like every other change, refusals explained in a sentence, and notices when it
// becomes my turn or a decision is made on my request. The list, form and timeline models read from here.
class ApprovalCenter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.approvals")
    // How many approvals wait for my decision (the rail's badge).
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    // Templates to start an approval from: [{key, name, description, builtin}], built-in ones first.
    Q_PROPERTY(QVariantList templates READ templates NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ApprovalCenter(StoreReader *store, QObject *parent = nullptr);
    ~ApprovalCenter() override;

    void setClient(client::ClientSession *client);
    static bool handles(const QString &mutationName)
    {
        return mutationName.startsWith(QLatin1String("approval."));
    }

    int waitingCount() const { return m_waiting; }
    QVariantList templates() const;
    bool online() const { return m_online; }
    QString error() const { return m_error; }
    qint64 me() const;

    // --- for the models (C++) ---
    const QList<client::ApprovalView> &views() const { return m_views; }
    const client::ApprovalView *view(const QString &id) const;
    // The directory approvals validate and route against; null while signed out.
    const approvals::OrgDirectory *directory() const { return m_directory.get(); }
    std::optional<approvals::FormTemplate> formTemplate(const QString &key) const;
    QString templateName(const QString &key) const;
    QString userName(qint64 id) const;
    QString departmentName(qint64 id) const;
    // The newest refusal of my intents on this approval, as a sentence (empty when none).
    QString refusalFor(const QString &approvalId) const;
    // A refused intent as a person reads it: "Already withdrawn by 孙丽 at 10:42", ...
    QString refusalText(const client::ApprovalRefusal &refusal) const;
    // Queues approval.submit with these (raw, uncomputed) values; returns the new approval's id or empty.
    QString submit(const QString &templateKey, const QCborMap &values);
    // Queues approval.act resubmit with these values.
    bool resubmit(const QString &approvalId, const QCborMap &values);
    // Queues approval.template.put; false (error says why) when the template has problems.
    bool putTemplate(const approvals::FormTemplate &form);

    // --- for QML ---
    // approve, reject, return, withdraw, transfer (to), comment, urge on the approval as I see it now.
    // False with `error` set when it cannot be done (a reject or comment without text, ...).
    Q_INVOKABLE bool act(const QString &approvalId, const QString &action, const QString &comment = QString(),
                         double to = 0);
    Q_INVOKABLE void clearError();

public slots:
    void refresh();

signals:
    void changed();
    void onlineChanged();
    void errorChanged();
    // A refusal of one of my intents, already explained (also shown on the approval).
    void refused(const QString &approvalId, const QString &message);
    // Something for me to look at: my turn to approve, a decision on my request, a CC.
    void notice(const QString &approvalId, const QString &title, const QString &text);

private:
    void setError(const QString &error);
    bool queue(const QString &name, const QCborMap &args);
    void announce(const QList<client::ApprovalView> &before);
    void onMutationFailed(const QString &name);

    QPointer<StoreReader> m_store;
    QPointer<client::ClientSession> m_client;
    std::unique_ptr<client::ReplicaOrgDirectory> m_directory;
    QList<client::ApprovalView> m_views;
    QHash<QString, qsizetype> m_index;
    QList<client::ApprovalRefusal> m_refusals;
    QHash<qint64, bool> m_announcedRefusals; // failed mutations already told about
    bool m_baseline = false;                 // views have been read once since sign-in (no notices for those)
    bool m_online = false;
    int m_waiting = 0;
    QString m_error;
};

} // namespace tack::ui
