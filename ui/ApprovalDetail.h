#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace tack::ui {

class ApprovalCenter;

// One approval as its page shows it: the values, the state, the chain with who is pending, what I may do
// now (the same rules the server applies), my intents still on their way and the latest refusal of one.
class ApprovalDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tack::ui::ApprovalCenter *center READ center WRITE setCenter NOTIFY centerChanged)
    Q_PROPERTY(QString approvalId READ approvalId WRITE setApprovalId NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString submitterName READ submitterName NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    // [{label, value, rows}] in form order, computed values last.
    Q_PROPERTY(QVariantList fields READ fields NOTIFY changed)
    // [{name, mode, people, status, current}] with people like "王芳 ✓, 李华 (waiting)".
    Q_PROPERTY(QVariantList chain READ chain NOTIFY changed)
    Q_PROPERTY(QString ccText READ ccText NOTIFY changed)
    // "Waiting to be sent: approve" while my intents wait for the server.
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY changed)
    // The newest refusal of my intents here, as a sentence.
    Q_PROPERTY(QString refusal READ refusal NOTIFY changed)
    Q_PROPERTY(bool canDecide READ canDecide NOTIFY changed) // approve, reject, return, transfer
    Q_PROPERTY(bool canWithdraw READ canWithdraw NOTIFY changed)
    Q_PROPERTY(bool canResubmit READ canResubmit NOTIFY changed)
    Q_PROPERTY(bool canUrge READ canUrge NOTIFY changed)
    Q_PROPERTY(bool canComment READ exists NOTIFY changed)

public:
    explicit ApprovalDetail(QObject *parent = nullptr);

    ApprovalCenter *center() const { return m_center; }
    void setCenter(ApprovalCenter *center);
    QString approvalId() const { return m_id; }
    void setApprovalId(const QString &id);

    bool exists() const { return m_exists; }
    QString title() const { return m_title; }
    QString submitterName() const { return m_submitter; }
    QString state() const { return m_state; }
    QString stateText() const { return m_stateText; }
    QVariantList fields() const { return m_fields; }
    QVariantList chain() const { return m_chain; }
    QString ccText() const { return m_cc; }
    QString pendingText() const { return m_pending; }
    QString refusal() const { return m_refusal; }
    bool canDecide() const { return m_canDecide; }
    bool canWithdraw() const { return m_canWithdraw; }
    bool canResubmit() const { return m_canResubmit; }
    bool canUrge() const { return m_canUrge; }

public slots:
    void refresh();

signals:
    void centerChanged();
    void changed();

private:
    QPointer<ApprovalCenter> m_center;
    QString m_id;
    bool m_exists = false;
    QString m_title;
    QString m_submitter;
    QString m_state;
    QString m_stateText;
    QVariantList m_fields;
    QVariantList m_chain;
    QString m_cc;
    QString m_pending;
    QString m_refusal;
    bool m_canDecide = false;
    bool m_canWithdraw = false;
    bool m_canResubmit = false;
    bool m_canUrge = false;
};

} // namespace tack::ui
