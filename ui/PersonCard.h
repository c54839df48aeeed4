#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

namespace tack::ui {

class StoreReader;

// One person's profile for the directory's card: everything the card shows as ready strings, re-read when
// the directory or presence changes.
class PersonCard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(double userId READ userIdForQml WRITE setUserIdForQml NOTIFY userIdChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(bool isMe READ isMe NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool onLeave READ onLeave NOTIFY changed) // the stored "on leave" (set by the person)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString login READ login NOTIFY changed)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QStringList departments READ departments NOTIFY changed)
    Q_PROPERTY(QString departmentsText READ departmentsText NOTIFY changed) // joined for display
    Q_PROPERTY(double managerId READ managerId NOTIFY changed)
    Q_PROPERTY(double primaryDepartment READ primaryDepartment NOTIFY changed)
    Q_PROPERTY(QString managerName READ managerName NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString employeeId READ employeeId NOTIFY changed)
    Q_PROPERTY(QString presence READ presence NOTIFY changed)
    Q_PROPERTY(QString presenceText READ presenceText NOTIFY changed)

public:
    explicit PersonCard(QObject *parent = nullptr);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);
    double userIdForQml() const { return double(m_user); }
    void setUserIdForQml(double id);

    bool valid() const { return m_valid; }
    bool isMe() const;
    bool active() const { return m_active; }
    bool onLeave() const { return m_onLeave; }
    QString name() const { return m_name; }
    QString login() const { return m_login; }
    QString initials() const;
    QString title() const { return m_title; }
    QStringList departments() const { return m_departments; }
    QString departmentsText() const { return m_departments.join(tr(", ", "between department names")); }
    double managerId() const { return double(m_manager); }
    double primaryDepartment() const { return double(m_primaryDepartment); }
    QString managerName() const { return m_managerName; }
    QString phone() const { return m_phone; }
    QString email() const { return m_email; }
    QString employeeId() const { return m_employeeId; }
    QString presence() const { return m_presence; }
    QString presenceText() const;

public slots:
    void refresh();

signals:
    void storeChanged();
    void userIdChanged();
    void changed();

private:
    QPointer<StoreReader> m_store;
    qint64 m_user = 0;
    bool m_valid = false;
    bool m_active = false;
    bool m_onLeave = false;
    QString m_name, m_login, m_title, m_managerName, m_phone, m_email, m_employeeId, m_presence;
    QStringList m_departments;
    qint64 m_manager = 0;
    qint64 m_primaryDepartment = 0;
};

} // namespace tack::ui
