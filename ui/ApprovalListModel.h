#pragma once

#include "KeyedListModel.h"

#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

class ApprovalCenter;

// One tab of the approvals page: To approve (my turn now), Submitted by me, CC'd to me, Done (those I
// decided that no longer wait for me). Newest activity first; my intents still on their way are included.
class ApprovalListModel : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tack::ui::ApprovalCenter *center READ center WRITE setCenter NOTIFY centerChanged)
    // "todo", "mine", "cc" or "done".
    Q_PROPERTY(QString box READ box WRITE setBox NOTIFY boxChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1, // approval id
        TemplateNameRole,          // "Leave"
        SubmitterNameRole,         // who submitted it
        SubmitterLoginRole,        // avatar colour key
        InitialsRole,              // avatar letters
        SummaryRole,               // the first values in one line
        StateRole,                 // "pending", "approved", ... as on the wire
        StateTextRole,             // translated state
        WaitingRole,               // "Waiting for 王芳" while pending, else empty
        TimeTextRole,              // last activity, "14:05", "Yesterday", ...
        LocalRole,                 // my own intent on it is still on its way to the server
    };
    Q_ENUM(Roles)

    explicit ApprovalListModel(QObject *parent = nullptr);

    ApprovalCenter *center() const { return m_center; }
    void setCenter(ApprovalCenter *center);
    QString box() const { return m_box; }
    void setBox(const QString &box);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &id) const;

public slots:
    void refresh();

signals:
    void centerChanged();
    void boxChanged();
    void countChanged();

protected:
    void retranslate() override { refresh(); }

private:
    struct Row
    {
        QString id;
        QString templateName;
        QString submitterName;
        QString submitterLogin;
        QString summary;
        QString state;
        QString stateText;
        QString waiting;
        QString timeText;
        bool local = false;

        bool operator==(const Row &) const = default;
    };
    QList<Row> readRows() const;

    QPointer<ApprovalCenter> m_center;
    QString m_box = QStringLiteral("todo");
    QList<Row> m_rows;
};

} // namespace tack::ui
