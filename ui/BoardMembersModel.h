#pragma once

#include "BoardModelBase.h"

namespace tack::ui {

// The members of one board, the owner first, then by name; what I may do with each.
class BoardMembersModel : public tack::ui::BoardModelBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString boardId READ boardId WRITE setBoardId NOTIFY boardIdChanged)

public:
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1, // user id
        NameRole,                      // display name
        InitialsRole,                  // avatar letters
        LoginRole,                     // login, also the avatar colour key
        IsOwnerRole,                   // the board's owner (cannot be removed)
        IsMeRole,                      // the signed-in user
        CanRemoveRole,                 // I may remove them: the owner removes anyone else, anyone leaves
    };
    Q_ENUM(Roles)

    explicit BoardMembersModel(QObject *parent = nullptr);

    QString boardId() const { return m_board; }
    void setBoardId(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void refresh() override;

signals:
    void boardIdChanged();

protected:
    bool concerns(const QStringList &boards) const override;

private:
    struct Row
    {
        qint64 user = 0;
        QString name;
        QString login;
        bool owner = false;
        bool me = false;
        bool canRemove = false;

        bool operator==(const Row &) const = default;
    };

    QString m_board;
    QList<Row> m_rows;
};

} // namespace tack::ui
