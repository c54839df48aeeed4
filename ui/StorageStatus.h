#pragma once

#include "client/ClientSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

// Whether the local data can be saved (Session.storage): a full disk or a failing drive makes the client's
// replica writes fail (ClientSession::storageProblem). Queued actions stay in the outbox and the client
// keeps retrying; the window shows a banner while `active` and hides it once a write works again.
class StorageStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.storage")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)

public:
    explicit StorageStatus(QObject *parent = nullptr);

    // The session to follow; null while signed out (no problem then).
    void setClient(client::ClientSession *client);

    bool active() const { return !m_problem.isEmpty(); }
    // What the banner says, translated; empty while there is no problem.
    QString message() const;
    // SQLite's own words ("database or disk is full"), for the curious.
    QString detail() const { return m_problem; }

signals:
    void changed();

private:
    void setProblem(const QString &problem);

    QPointer<client::ClientSession> m_client;
    QMetaObject::Connection m_connection;
    QString m_problem;
};

} // namespace tack::ui
