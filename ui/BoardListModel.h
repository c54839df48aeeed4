#pragma once

#include "BoardModelBase.h"

namespace tack::ui {

// My boards, by title (the Boards page's left list).
class BoardListModel : public tack::ui::BoardModelBase
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles
    {
        BoardIdRole = Qt::UserRole + 1, // board id
        TitleRole,                      // board title
        MemberCountRole,                // how many members
        MembersTextRole,                // "3 members", translated
        OwnerNameRole,                  // the owner's display name
        IsOwnerRole,                    // I own it
        PendingRole,                    // created here, the server has not confirmed it yet
    };
    Q_ENUM(Roles)

    explicit BoardListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a board, -1 when it is not (or no longer) in the list.
    Q_INVOKABLE int rowOf(const QString &boardId) const;
    Q_INVOKABLE QString boardAt(int row) const;

    void refresh() override;

private:
    struct Row
    {
        QString id;
        QString title;
        int members = 0;
        qint64 owner = 0;
        QString ownerName;
        bool pending = false;

        bool operator==(const Row &) const = default;
    };

    QList<Row> m_rows;
};

} // namespace tack::ui
