#pragma once

#include "BoardModelBase.h"

namespace tack::ui {

// The columns of one board, left to right (in board order), with their card counts and WIP limits.
class BoardColumnsModel : public tack::ui::BoardModelBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString boardId READ boardId WRITE setBoardId NOTIFY boardIdChanged)
    // How many columns hold more cards than their WIP limit.
    Q_PROPERTY(int overLimitCount READ overLimitCount NOTIFY countChanged)

public:
    enum Roles
    {
        ColumnIdRole = Qt::UserRole + 1, // column id
        TitleRole,                       // column title
        CardCountRole,                   // live cards in it
        WipRole,                         // work-in-progress limit, 0 for none
        OverWipRole,                     // more cards than the limit
        CountTextRole,                   // "3 / 4" with a limit, "3" without
        WarningTextRole,                 // "Over the limit of 4" while over it, else empty
        PendingRole,                     // a local change the server has not confirmed yet
    };
    Q_ENUM(Roles)

    explicit BoardColumnsModel(QObject *parent = nullptr);

    QString boardId() const { return m_board; }
    void setBoardId(const QString &id);
    int overLimitCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int rowOf(const QString &columnId) const;
    Q_INVOKABLE QString columnAt(int row) const;
    Q_INVOKABLE QString titleAt(int row) const;

    void refresh() override;

signals:
    void boardIdChanged();

protected:
    bool concerns(const QStringList &boards) const override;

private:
    struct Row
    {
        QString id;
        QString title;
        int cards = 0;
        int wip = 0;
        bool pending = false;

        bool operator==(const Row &) const = default;
    };

    QString m_board;
    QList<Row> m_rows;
};

} // namespace tack::ui
