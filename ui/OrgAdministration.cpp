#include "OrgAdministration.h"

#include "StoreReader.h"
#include "client/ClientSession.h"
#include "domain/OrgRules.h"
#include "protocol/CborIds.h"

#include <QCborArray>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcOrgAdmin, "tack.ui.orgadmin")

namespace tack::ui {
namespace {

const QString kOwner = QStringLiteral("owner");
const QString kAdmin = QStringLiteral("admin");
const QString kMember = QStringLiteral("member");

bool administers(const QString &role)
{
    return role == kOwner || role == kAdmin;
}

QList<qint64> idList(const QVariant &value)
{
    QList<qint64> out;
    for (const QVariant &v : value.toList()) {
        const qint64 id = qint64(v.toDouble());
        if (id > 0 && !out.contains(id))
            out.append(id);
    }
    return out;
}

// The argument an invalid_args message names first ("email: …"), see protocol.md section 6.
QString argumentOf(const QString &message)
{
    const qsizetype colon = message.indexOf(QLatin1Char(':'));
    return colon > 0 ? message.left(colon).trimmed() : QString();
}

} // namespace

OrgAdministration::OrgAdministration(StoreReader *store, QObject *parent) : QObject(parent), m_store(store)
{}

bool OrgAdministration::handles(const QString &mutationName)
{
    return mutationName.startsWith(QLatin1String("user.")) || mutationName.startsWith(QLatin1String("dept."));
}

void OrgAdministration::setClient(client::ClientSession *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_ops.clear();
    m_refByMutation.clear();
    m_online = client && client->state() == client::ClientSession::State::Online;
    emit pendingChanged();
    clearError();
    if (!m_client)
        return;
    using C = client::ClientSession;
    connect(m_client, &C::stateChanged, this, [this](C::State state, int) {
        const bool online = state == C::State::Online;
        if (online != m_online) {
            m_online = online;
            emit pendingChanged();
        }
    });
    connect(m_client, &C::queued, this, [this](const QString &ref, qint64 mutation) {
        if (!m_ops.contains(ref))
            return;
        if (mutation > 0) {
            m_refByMutation.insert(mutation, ref);
            return;
        }
        m_ops.remove(ref); // nothing needed sending
        emit pendingChanged();
        emit finished(ref, true, QString());
    });
    connect(m_client, &C::queueFailed, this, [this](const QString &ref, const QString &message) {
        if (m_ops.contains(ref))
            fail(ref, tr("The change could not be saved: %1").arg(message));
    });
    connect(m_client, &C::mutationSettled, this, [this](qint64 mutation) {
        const QString ref = m_refByMutation.take(mutation);
        if (ref.isEmpty() || !m_ops.remove(ref))
            return;
        emit pendingChanged();
        emit finished(ref, true, QString());
    });
    connect(m_client, &C::mutationFailed, this,
            [this](qint64 mutation, const QString &name, const QString &code, const QString &message) {
                if (!handles(name))
                    return;
                const QString ref = m_refByMutation.take(mutation);
                // Also a refusal of a change queued before this run of the app: still the person's to know.
                fail(ref, refusalText(name, code, message, m_ops.value(ref).user));
            });
}

QString OrgAdministration::status() const
{
    if (m_ops.isEmpty())
        return {};
    if (!m_online)
        return tr("Offline: %n change(s) will be sent when the connection is back.", nullptr,
                  int(m_ops.size()));
    return tr("Saving %n change(s)…", nullptr, int(m_ops.size()));
}

void OrgAdministration::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit errorChanged();
}

QString OrgAdministration::refuse(const QString &message)
{
    m_error = message;
    emit errorChanged();
    emit refused(message);
    return {};
}

void OrgAdministration::fail(const QString &ref, const QString &message)
{
    if (!ref.isEmpty() && m_ops.remove(ref))
        emit pendingChanged();
    refuse(message);
    if (!ref.isEmpty())
        emit finished(ref, false, message);
}

QString OrgAdministration::submit(const QString &name, const QCborMap &args, qint64 user, qint64 department)
{
    if (!m_client)
        return refuse(tr("Sign in to change the directory."));
    clearError();
    const QString ref = m_client->submit(name, args);
    m_ops.insert(ref, Op{name, user, department});
    emit pendingChanged();
    return ref;
}

// --- reading ---

QString OrgAdministration::userName(qint64 id) const
{
    return m_store ? m_store->userName(id) : QStringLiteral("#%1").arg(id);
}

QString OrgAdministration::roleOf(qint64 id) const
{
    if (!m_store || !m_store->isOpen() || id <= 0)
        return {};
    try {
        const auto u = m_store->replica().user(id);
        return u ? u->role : QString();
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgAdmin) << "cannot read a person" << e.what();
        return {};
    }
}

QString OrgAdministration::myRole() const
{
    return m_store && m_store->isOpen() ? roleOf(m_store->myUserId()) : QString();
}

QVariantMap OrgAdministration::person(double userId) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    try {
        const auto u = m_store->replica().user(qint64(userId));
        if (!u)
            return {};
        QVariantList departments;
        for (qint64 d : u->departments)
            departments.append(double(d));
        return {{QStringLiteral("login"), u->login},
                {QStringLiteral("name"), u->name},
                {QStringLiteral("title"), u->title},
                {QStringLiteral("employee_id"), u->employeeId},
                {QStringLiteral("phone"), u->phone},
                {QStringLiteral("email"), u->email},
                {QStringLiteral("departments"), departments},
                {QStringLiteral("manager"), double(u->manager)},
                {QStringLiteral("managerName"), u->manager > 0 ? userName(u->manager) : QString()},
                {QStringLiteral("role"), u->role},
                {QStringLiteral("active"), u->active},
                {QStringLiteral("on_leave"), u->onLeave}};
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgAdmin) << "cannot read a person" << e.what();
        return {};
    }
}

QVariantList OrgAdministration::withDepartment(const QVariantList &ids, double departmentId,
                                               bool primary) const
{
    QVariantList out = withoutDepartment(ids, departmentId);
    if (qint64(departmentId) <= 0)
        return out;
    if (primary)
        out.prepend(departmentId);
    else
        out.append(departmentId);
    return out;
}

QVariantList OrgAdministration::withoutDepartment(const QVariantList &ids, double departmentId) const
{
    QVariantList out;
    for (qint64 id : idList(ids)) {
        if (id != qint64(departmentId))
            out.append(double(id));
    }
    return out;
}

QVariantList OrgAdministration::departmentChoices(const QString &noneText, double excluded) const
{
    QVariantList out;
    if (!noneText.isEmpty())
        out.append(QVariantMap{{QStringLiteral("id"), 0.0}, {QStringLiteral("path"), noneText}});
    if (!m_store || !m_store->isOpen())
        return out;
    try {
        const QList<store::DepartmentRecord> all = m_store->replica().departments();
        QHash<qint64, store::DepartmentRecord> byId;
        for (const auto &d : all)
            byId.insert(d.id, d);
        QList<QPair<QString, qint64>> paths;
        for (const auto &d : all) {
            QStringList parts{d.name};
            for (qint64 p = d.parent; p > 0 && byId.contains(p) && parts.size() < 64;
                 p = byId.value(p).parent)
                parts.prepend(byId.value(p).name);
            paths.append({parts.join(QStringLiteral(" / ")), d.id});
        }
        std::sort(paths.begin(), paths.end());
        for (const auto &[path, id] : std::as_const(paths)) {
            if (id == qint64(excluded))
                continue;
            out.append(QVariantMap{{QStringLiteral("id"), double(id)}, {QStringLiteral("path"), path}});
        }
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgAdmin) << "cannot read departments" << e.what();
    }
    return out;
}

QString OrgAdministration::departmentPath(double departmentId) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    try {
        QStringList parts;
        for (qint64 id = qint64(departmentId); id > 0 && parts.size() < 64;) {
            const auto d = m_store->replica().department(id);
            if (!d)
                break;
            parts.prepend(d->name);
            id = d->parent;
        }
        return parts.join(QStringLiteral(" / "));
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgAdmin) << "cannot read departments" << e.what();
        return {};
    }
}

bool OrgAdministration::canManagePerson(double userId) const
{
    const QString mine = myRole();
    if (mine == kOwner)
        return true;
    if (mine != kAdmin)
        return false;
    return !administers(roleOf(qint64(userId))) || (m_store && qint64(userId) == m_store->myUserId());
}

QString OrgAdministration::roleChangeProblem(double userId, const QString &role) const
{
    if (role != kOwner && role != kAdmin && role != kMember)
        return tr("Unknown role.");
    if (myRole() != kOwner)
        return tr("Only an owner can change who is an owner or admin.");
    if (!m_store || !m_store->isOpen())
        return tr("Sign in to change the directory.");
    try {
        const auto u = m_store->replica().user(qint64(userId));
        if (!u)
            return tr("That person no longer exists.");
        if (u->role == kOwner && role != kOwner && u->active) {
            int owners = 0;
            for (const auto &a : m_store->replica().orgAdministrators())
                owners += a.role == kOwner ? 1 : 0;
            if (owners <= 1)
                return tr("%1 is the organisation's last owner. Make someone else an owner first.")
                    .arg(userName(u->id));
        }
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgAdmin) << "cannot read roles" << e.what();
    }
    return {};
}

QString OrgAdministration::deactivateProblem(double userId) const
{
    const qint64 id = qint64(userId);
    if (!administers(myRole()))
        return tr("Only the organisation's owners and admins can do this.");
    if (m_store && id == m_store->myUserId())
        return tr("You cannot deactivate yourself.");
    if (!canManagePerson(userId))
        return tr("Only an owner can change, deactivate or reactivate an owner or an admin.");
    if (roleOf(id) == kOwner)
        return roleChangeProblem(userId, kMember);
    return {};
}

QString OrgAdministration::removeDepartmentProblem(double departmentId) const
{
    if (!m_store || !m_store->isOpen())
        return tr("Sign in to change the directory.");
    try {
        auto &replica = m_store->replica();
        const qint64 id = qint64(departmentId);
        if (!replica.department(id))
            return tr("That department no longer exists.");
        const int children = int(replica.childDepartments(id).size());
        const int people = int(replica.peopleInDepartment(id, true).size());
        if (children > 0 || people > 0)
            return tr("The department is not empty (%1, %2): move them out first.")
                .arg(tr("%n person(s)", nullptr, people), tr("%n sub-department(s)", nullptr, children));
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgAdmin) << "cannot read departments" << e.what();
    }
    return {};
}

bool OrgAdministration::personPending(double userId) const
{
    return std::any_of(m_ops.cbegin(), m_ops.cend(), [&](const Op &op) { return op.user == qint64(userId); });
}

bool OrgAdministration::departmentPending(double departmentId) const
{
    return std::any_of(m_ops.cbegin(), m_ops.cend(),
                       [&](const Op &op) { return op.department == qint64(departmentId); });
}

// --- checks ---

QString OrgAdministration::fieldRule(const QString &key) const
{
    if (key == QLatin1String("login"))
        return tr("A login has 2 to 64 characters: a-z, 0-9, '.', '_' or '-'.");
    if (key == QLatin1String("name"))
        return tr("Enter a name (at most %n characters).", nullptr, org::kMaxNameChars);
    if (key == QLatin1String("title"))
        return tr("A title has at most %n characters.", nullptr, org::kMaxTitleChars);
    if (key == QLatin1String("employee_id"))
        return tr("An employee ID uses only letters, digits, '.', '_', '-' and '/' (at most %n).", nullptr,
                  org::kMaxEmployeeIdChars);
    if (key == QLatin1String("phone"))
        return tr("A phone number uses digits, spaces and + - ( ) . with at least 3 digits.");
    if (key == QLatin1String("email"))
        return tr("An e-mail address looks like name@example.com.");
    if (key == QLatin1String("password"))
        return tr("A password has at least %n characters.", nullptr, org::kMinPasswordChars);
    if (key == QLatin1String("departments"))
        return tr("A person is in at most %n departments.", nullptr, org::kMaxDepartmentsPerPerson);
    if (key == QLatin1String("department_name"))
        return tr("A department name has 1 to 200 characters and no '/'.");
    return {};
}

QString OrgAdministration::fieldProblem(const QString &key, const QVariant &value) const
{
    const QString text = value.toString().trimmed();
    bool bad = false;
    if (key == QLatin1String("login"))
        bad = org::loginProblem(text).has_value();
    else if (key == QLatin1String("name"))
        bad = org::nameProblem(text).has_value();
    else if (key == QLatin1String("title"))
        bad = org::titleProblem(text).has_value();
    else if (key == QLatin1String("employee_id"))
        bad = org::employeeIdProblem(text).has_value();
    else if (key == QLatin1String("phone"))
        bad = org::phoneProblem(text).has_value();
    else if (key == QLatin1String("email"))
        bad = org::emailProblem(text).has_value();
    else if (key == QLatin1String("password"))
        bad = value.toString().size() < org::kMinPasswordChars;
    else if (key == QLatin1String("departments"))
        bad = idList(value).size() > org::kMaxDepartmentsPerPerson;
    else if (key == QLatin1String("department_name"))
        bad = org::departmentNameProblem(text).has_value();
    return bad ? fieldRule(key) : QString();
}

std::optional<QString> OrgAdministration::checkPersonFields(const QVariantMap &fields) const
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString problem = fieldProblem(it.key(), it.value());
        if (!problem.isEmpty())
            return problem;
    }
    // A password is never left waiting in the outbox on disk: it needs the connection now.
    if (fields.contains(QStringLiteral("password")) && !m_online)
        return tr("Setting a password needs a connection to the server. Try again when online.");
    return std::nullopt;
}

// --- actions ---

QString OrgAdministration::createPerson(const QVariantMap &fields)
{
    QVariantMap f = fields;
    if (f.value(QStringLiteral("password")).toString().isEmpty())
        f.remove(QStringLiteral("password"));
    f.insert(QStringLiteral("login"), f.value(QStringLiteral("login")).toString().trimmed());
    f.insert(QStringLiteral("name"), f.value(QStringLiteral("name")).toString().trimmed());
    if (auto problem = checkPersonFields(f))
        return refuse(*problem);
    QCborMap args;
    for (const char *key : {"login", "name", "title", "employee_id", "phone", "email"}) {
        const QString value = f.value(QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty())
            args.insert(QLatin1String(key), value);
    }
    const QList<qint64> departments = idList(f.value(QStringLiteral("departments")));
    if (!departments.isEmpty())
        args.insert(QLatin1String("departments"), proto::idsToCbor(departments));
    if (const qint64 manager = qint64(f.value(QStringLiteral("manager")).toDouble()); manager > 0)
        args.insert(QLatin1String("manager"), manager);
    if (f.contains(QStringLiteral("password")))
        args.insert(QLatin1String("password"), f.value(QStringLiteral("password")).toString());
    return submit(QStringLiteral("user.create"), args, 0, 0);
}

QString OrgAdministration::updatePerson(double userId, const QVariantMap &fields)
{
    const qint64 id = qint64(userId);
    const QVariantMap current = person(userId);
    if (current.isEmpty())
        return refuse(tr("That person no longer exists."));
    QVariantMap changed;
    for (const char *key : {"name", "title", "employee_id", "phone", "email"}) {
        const QString k = QLatin1String(key);
        if (fields.contains(k) && fields.value(k).toString().trimmed() != current.value(k).toString())
            changed.insert(k, fields.value(k).toString().trimmed());
    }
    if (fields.contains(QStringLiteral("departments"))) {
        const QList<qint64> next = idList(fields.value(QStringLiteral("departments")));
        if (next != idList(current.value(QStringLiteral("departments"))))
            changed.insert(QStringLiteral("departments"), fields.value(QStringLiteral("departments")));
    }
    if (fields.contains(QStringLiteral("manager")) &&
        qint64(fields.value(QStringLiteral("manager")).toDouble()) !=
            qint64(current.value(QStringLiteral("manager")).toDouble()))
        changed.insert(QStringLiteral("manager"), fields.value(QStringLiteral("manager")));
    if (!fields.value(QStringLiteral("password")).toString().isEmpty())
        changed.insert(QStringLiteral("password"), fields.value(QStringLiteral("password")));
    if (changed.isEmpty()) {
        clearError();
        return {};
    }
    if (qint64(changed.value(QStringLiteral("manager")).toDouble()) == id &&
        changed.contains(QStringLiteral("manager")))
        return refuse(tr("A person cannot be their own manager."));
    if (auto problem = checkPersonFields(changed))
        return refuse(*problem);
    QCborMap args;
    args.insert(QLatin1String("user"), id);
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        if (it.key() == QLatin1String("departments"))
            args.insert(it.key(), proto::idsToCbor(idList(it.value())));
        else if (it.key() == QLatin1String("manager"))
            args.insert(it.key(), qint64(it.value().toDouble()));
        else
            args.insert(it.key(), it.value().toString());
    }
    return submit(QStringLiteral("user.update"), args, id, 0);
}

QString OrgAdministration::movePerson(double userId, double departmentId)
{
    const QVariantMap current = person(userId);
    if (current.isEmpty())
        return refuse(tr("That person no longer exists."));
    QList<qint64> departments = idList(current.value(QStringLiteral("departments")));
    const qint64 target = qint64(departmentId);
    if (target <= 0)
        return refuse(tr("Choose a department."));
    if (!departments.isEmpty())
        departments.removeFirst(); // the old primary department
    departments.removeAll(target);
    departments.prepend(target);
    QVariantList ids;
    for (qint64 d : std::as_const(departments))
        ids.append(double(d));
    return updatePerson(userId, {{QStringLiteral("departments"), ids}});
}

QString OrgAdministration::deactivate(double userId)
{
    if (const QString problem = deactivateProblem(userId); !problem.isEmpty())
        return refuse(problem);
    QCborMap args;
    args.insert(QLatin1String("user"), qint64(userId));
    return submit(QStringLiteral("user.deactivate"), args, qint64(userId), 0);
}

QString OrgAdministration::reactivate(double userId)
{
    if (!administers(myRole()))
        return refuse(tr("Only the organisation's owners and admins can do this."));
    if (!canManagePerson(userId))
        return refuse(tr("Only an owner can change, deactivate or reactivate an owner or an admin."));
    QCborMap args;
    args.insert(QLatin1String("user"), qint64(userId));
    return submit(QStringLiteral("user.reactivate"), args, qint64(userId), 0);
}

QString OrgAdministration::setRole(double userId, const QString &role)
{
    if (const QString problem = roleChangeProblem(userId, role); !problem.isEmpty())
        return refuse(problem);
    QCborMap args;
    args.insert(QLatin1String("user"), qint64(userId));
    args.insert(QLatin1String("role"), role);
    return submit(QStringLiteral("user.role"), args, qint64(userId), 0);
}

QString OrgAdministration::createDepartment(const QString &name, double parentId, double managerId)
{
    if (const QString problem = fieldProblem(QStringLiteral("department_name"), name); !problem.isEmpty())
        return refuse(problem);
    QCborMap args;
    args.insert(QLatin1String("name"), name.trimmed());
    if (qint64(parentId) > 0)
        args.insert(QLatin1String("parent"), qint64(parentId));
    if (qint64(managerId) > 0)
        args.insert(QLatin1String("manager"), qint64(managerId));
    return submit(QStringLiteral("dept.create"), args, 0, qint64(parentId));
}

QString OrgAdministration::renameDepartment(double departmentId, const QString &name)
{
    if (const QString problem = fieldProblem(QStringLiteral("department_name"), name); !problem.isEmpty())
        return refuse(problem);
    QCborMap args;
    args.insert(QLatin1String("department"), qint64(departmentId));
    args.insert(QLatin1String("name"), name.trimmed());
    return submit(QStringLiteral("dept.update"), args, 0, qint64(departmentId));
}

QString OrgAdministration::moveDepartment(double departmentId, double parentId)
{
    const qint64 id = qint64(departmentId);
    // A department cannot go under itself or one of its own sub-departments.
    try {
        for (qint64 p = qint64(parentId), depth = 0; p > 0 && depth < 64 && m_store && m_store->isOpen();
             ++depth) {
            if (p == id)
                return refuse(tr("A department cannot move inside itself or one of its sub-departments."));
            const auto d = m_store->replica().department(p);
            p = d ? d->parent : 0;
        }
    } catch (const db::SqlError &e) {
        qCWarning(lcOrgAdmin) << "cannot read departments" << e.what();
    }
    QCborMap args;
    args.insert(QLatin1String("department"), id);
    args.insert(QLatin1String("parent"), qint64(parentId));
    return submit(QStringLiteral("dept.update"), args, 0, id);
}

QString OrgAdministration::setDepartmentManager(double departmentId, double managerId)
{
    QCborMap args;
    args.insert(QLatin1String("department"), qint64(departmentId));
    args.insert(QLatin1String("manager"), qint64(managerId));
    return submit(QStringLiteral("dept.update"), args, 0, qint64(departmentId));
}

QString OrgAdministration::removeDepartment(double departmentId)
{
    if (const QString problem = removeDepartmentProblem(departmentId); !problem.isEmpty())
        return refuse(problem);
    QCborMap args;
    args.insert(QLatin1String("department"), qint64(departmentId));
    return submit(QStringLiteral("dept.remove"), args, 0, qint64(departmentId));
}

QString OrgAdministration::setOnLeave(bool onLeave)
{
    if (!m_store || !m_store->isOpen() || m_store->myUserId() <= 0)
        return refuse(tr("Sign in to change the directory."));
    QCborMap args;
    args.insert(QLatin1String("user"), m_store->myUserId());
    args.insert(QLatin1String("on_leave"), onLeave);
    return submit(QStringLiteral("user.update"), args, m_store->myUserId(), 0);
}

// --- the server's refusals ---

QString OrgAdministration::refusalText(const QString &name, const QString &code, const QString &message,
                                       qint64 target) const
{
    const bool dept = name.startsWith(QLatin1String("dept."));
    if (code == QLatin1String("forbidden")) {
        if (name == QLatin1String("user.role"))
            return tr("Only an owner can change who is an owner or admin.");
        if (!dept && administers(roleOf(target)) && administers(myRole()))
            return tr("Only an owner can change, deactivate or reactivate an owner or an admin.");
        return tr("Only the organisation's owners and admins can do this.");
    }
    if (code == QLatin1String("not_found"))
        return dept ? tr("That department, its new parent or its manager no longer exists.")
                    : tr("That person, a chosen department or the manager no longer exists.");
    if (code == QLatin1String("conflict")) {
        if (name == QLatin1String("user.deactivate") || name == QLatin1String("user.role"))
            return tr("%1 is the organisation's last owner. Make someone else an owner first.")
                .arg(userName(target));
        if (name == QLatin1String("dept.remove"))
            return tr("The department is not empty: move its people and sub-departments out first.");
        if (dept)
            return tr("A department with that name already exists there.");
        if (argumentOf(message) == QLatin1String("employee_id") || name == QLatin1String("user.update"))
            return tr("That employee ID already belongs to someone else.");
        return tr("That login is already taken.");
    }
    if (code == QLatin1String("invalid_args")) {
        const QString arg = argumentOf(message);
        if (arg == QLatin1String("user") && name == QLatin1String("user.deactivate"))
            return tr("You cannot deactivate yourself.");
        if (arg == QLatin1String("manager"))
            return tr("That manager is not possible: nobody can be their own manager, directly or through "
                      "the people who report to them.");
        if (arg == QLatin1String("parent"))
            return tr("A department cannot move inside itself or one of its sub-departments.");
        if (dept && arg == QLatin1String("name"))
            return fieldRule(QStringLiteral("department_name"));
        const QString field = fieldRule(arg);
        if (!field.isEmpty())
            return field;
        return tr("The server refused a value (%1).").arg(arg.isEmpty() ? code : arg);
    }
    return tr("The server refused the change (%1).").arg(code);
}

} // namespace tack::ui
