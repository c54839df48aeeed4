#pragma once

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace tack::client {
class ClientSession;
}

namespace tack::ui {

class StoreReader;

// The org administration pages' actions (singleton-like, Session.administration): adds and changes people,
// departments and org roles with the protocol's user.* and dept.* mutations, and sets my own "on leave".
// Each action checks what it can locally (the documented field rules, who may do what), then goes through
// the outbox like every other change: while offline it waits there and is sent on reconnect (the status
// says so), except a password, which is never left waiting on disk. The server's typed refusals come back
// as translated sentences (error, refused()).
class OrgAdministration : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.administration")
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY pendingChanged)
    // Changes are waiting in the outbox because the app is not connected.
    Q_PROPERTY(bool waitingForConnection READ waitingForConnection NOTIFY pendingChanged)
    Q_PROPERTY(QString status READ status NOTIFY pendingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit OrgAdministration(StoreReader *store, QObject *parent = nullptr);

    void setClient(client::ClientSession *client);
    // Whether a mutation name is one of the org administration's (their refusals are reported here).
    static bool handles(const QString &mutationName);

    int pendingCount() const { return int(m_ops.size()); }
    bool busy() const { return !m_ops.isEmpty(); }
    bool waitingForConnection() const { return busy() && !m_online; }
    QString status() const;
    QString error() const { return m_error; }

    // --- what the pages show ---
    // The person's editable fields: login, name, title, employee_id, phone, email, departments (ids, primary
    // first), manager (id), managerName, role, active; empty for an unknown id.
    Q_INVOKABLE QVariantMap person(double userId) const;
    Q_INVOKABLE bool personExists(double userId) const { return !person(userId).isEmpty(); }
    // Every department but `excluded` as {id, path} ("研发中心 / 平台组"), sorted by path; with `noneText`, a
    // first choice {0, noneText} (e.g. "top level").
    Q_INVOKABLE QVariantList departmentChoices(const QString &noneText = QString(),
                                               double excluded = 0) const;
    // A person's department list (ids, primary first) with `departmentId` added at the end (or first, as the
    // primary), or removed.
    Q_INVOKABLE QVariantList withDepartment(const QVariantList &ids, double departmentId, bool primary) const;
    Q_INVOKABLE QVariantList withoutDepartment(const QVariantList &ids, double departmentId) const;
    Q_INVOKABLE QString departmentPath(double departmentId) const;
    // My org role: "owner", "admin", "member" or empty.
    Q_INVOKABLE QString myRole() const;
    // Whether I may change, deactivate or reactivate this person (owners: anyone; admins: members and
    // themselves), as the server decides.
    Q_INVOKABLE bool canManagePerson(double userId) const;
    // Why I may not give this person that org role now (empty when I may).
    Q_INVOKABLE QString roleChangeProblem(double userId, const QString &role) const;
    // Why I may not deactivate this person now (empty when I may).
    Q_INVOKABLE QString deactivateProblem(double userId) const;
    // Why this department cannot be removed now (empty when it can).
    Q_INVOKABLE QString removeDepartmentProblem(double departmentId) const;
    // True while an action on this person / department is on its way (bind together with pendingCount).
    Q_INVOKABLE bool personPending(double userId) const;
    Q_INVOKABLE bool departmentPending(double departmentId) const;

    // --- actions: each returns a reference for finished(), or empty when refused here (error says why) ---
    // `fields`: login and name required; title, employee_id, phone, email, departments, manager, password.
    Q_INVOKABLE QString createPerson(const QVariantMap &fields);
    // Sends the fields that differ from the replica (same keys as createPerson, without login; an empty
    // password keeps the current one).
    Q_INVOKABLE QString updatePerson(double userId, const QVariantMap &fields);
    // Makes `departmentId` the person's primary department, keeping their other departments.
    Q_INVOKABLE QString movePerson(double userId, double departmentId);
    Q_INVOKABLE QString deactivate(double userId);
    Q_INVOKABLE QString reactivate(double userId);
    Q_INVOKABLE QString setRole(double userId, const QString &role);
    Q_INVOKABLE QString createDepartment(const QString &name, double parentId, double managerId);
    Q_INVOKABLE QString renameDepartment(double departmentId, const QString &name);
    Q_INVOKABLE QString moveDepartment(double departmentId, double parentId);
    Q_INVOKABLE QString setDepartmentManager(double departmentId, double managerId);
    Q_INVOKABLE QString removeDepartment(double departmentId);
    // Marks me as on leave (or back).
    Q_INVOKABLE QString setOnLeave(bool onLeave);
    Q_INVOKABLE void clearError();

    // The sentence a person reads for a refused org mutation. `target` is the person the mutation was about
    // (0 when unknown), which tells an owner-only refusal from a plain one.
    QString refusalText(const QString &name, const QString &code, const QString &message,
                        qint64 target) const;

signals:
    void pendingChanged();
    void errorChanged();
    // The server applied (ok) or refused the action `ref`; `message` is the sentence to show on refusal.
    void finished(const QString &ref, bool ok, const QString &message);
    // A refusal to show to the person (also set as error).
    void refused(const QString &message);

private:
    struct Op
    {
        QString name;
        qint64 user = 0;
        qint64 department = 0;
    };
    QString submit(const QString &name, const QCborMap &args, qint64 user, qint64 department);
    QString refuse(const QString &message); // sets the error; returns an empty ref
    void fail(const QString &ref, const QString &message);
    // The rule of a person or department field as a sentence (empty for unknown keys).
    QString fieldRule(const QString &key) const;
    // fieldRule() when the value breaks it, else empty.
    QString fieldProblem(const QString &key, const QVariant &value) const;
    std::optional<QString> checkPersonFields(const QVariantMap &fields) const;
    QString userName(qint64 id) const;
    QString roleOf(qint64 id) const;

    QPointer<StoreReader> m_store;
    QPointer<client::ClientSession> m_client;
    bool m_online = false;
    QString m_error;
    QHash<QString, Op> m_ops;               // ref -> action, until the server answers
    QHash<qint64, QString> m_refByMutation; // outbox mutation id -> ref
};

} // namespace tack::ui
