#pragma once

#include "KeyedListModel.h"

#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

class ApprovalCenter;

// An approval's history, oldest first: who did what when, with their comment. Entries of my own that the
// server has not confirmed yet are marked pending.
class ApprovalTimelineModel : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tack::ui::ApprovalCenter *center READ center WRITE setCenter NOTIFY centerChanged)
    Q_PROPERTY(QString approvalId READ approvalId WRITE setApprovalId NOTIFY approvalIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        ActorNameRole = Qt::UserRole + 1, // who ("Tack" for the system)
        ActorLoginRole,                   // avatar colour key
        InitialsRole,                     // avatar letters
        ActionRole,                       // "approve", "reject", ... as on the wire
        SentenceRole,                     // "王芳 approved", "孙丽 transferred it to 李华"
        CommentRole,                      // the reason or comment, may be empty
        TimeTextRole,                     // "2026-11-21 10:42"
        NodeNameRole,                     // the node acted on, empty when none
        PendingRole,                      // my own entry, not yet confirmed by the server
    };
    Q_ENUM(Roles)

    explicit ApprovalTimelineModel(QObject *parent = nullptr);

    ApprovalCenter *center() const { return m_center; }
    void setCenter(ApprovalCenter *center);
    QString approvalId() const { return m_approvalId; }
    void setApprovalId(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void refresh();

signals:
    void centerChanged();
    void approvalIdChanged();
    void countChanged();

protected:
    void retranslate() override { refresh(); }

private:
    struct Row
    {
        QString key; // "<at>/<index>"
        QString actorName;
        QString actorLogin;
        QString action;
        QString sentence;
        QString comment;
        QString timeText;
        QString nodeName;
        bool pending = false;

        bool operator==(const Row &) const = default;
    };
    QList<Row> readRows() const;

    QPointer<ApprovalCenter> m_center;
    QString m_approvalId;
    QList<Row> m_rows;
};

} // namespace tack::ui
