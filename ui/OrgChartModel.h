#pragma once

#include "DirectoryListModel.h"

namespace tack::ui {

// A simple org chart around one person: the manager chain from the top down, the person, then their
// direct reports, as one list the view lays out by `kind` and `level`.
class OrgChartModel : public tack::ui::DirectoryListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double userId READ userIdForQml WRITE setUserIdForQml NOTIFY userIdChanged)
    Q_PROPERTY(int reportCount READ reportCount NOTIFY countChanged)

public:
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1, // user id
        NameRole,                      // display name
        InitialsRole,                  // avatar letters
        TitleRole,                     // job title
        KindRole,                      // "manager" (above), "self" or "report" (below)
        LevelRole,                     // 0 for the top of the chain; reports are one below the person
        LoginRole,                     // login, the avatar colour key
    };
    Q_ENUM(Roles)

    static constexpr int kMaxChain = 32; // a manager loop in bad data stops here

    explicit OrgChartModel(QObject *parent = nullptr);

    double userIdForQml() const { return double(m_user); }
    void setUserIdForQml(double id);
    int reportCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void refresh() override;

signals:
    void userIdChanged();

private:
    struct Row
    {
        qint64 user = 0;
        QString name;
        QString login;
        QString title;
        QString kind;
        int level = 0;

        bool operator==(const Row &) const = default;
    };
    QList<Row> readRows();

    qint64 m_user = 0;
    QList<Row> m_rows;
};

} // namespace tack::ui
