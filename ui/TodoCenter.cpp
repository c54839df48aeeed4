#include "TodoCenter.h"

#include "StoreReader.h"
#include "TodoAlerts.h"
#include "client/ClientSession.h"
#include "domain/TodoRules.h"
#include "protocol/CborIds.h"

#include <QCborArray>
#include <QCborMap>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcTodoCenter, "tack.ui.todocenter")

namespace tack::ui {

namespace {

QList<qint64> idsOf(const QVariant &value)
{
    QList<qint64> ids;
    for (const QVariant &v : value.toList()) {
        const qint64 id = v.toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 timeOf(const QVariant &value)
{
    return std::max<qint64>(0, qint64(value.toDouble()));
}

} // namespace

TodoCenter::TodoCenter(StoreReader *store, QObject *parent)
    : QObject(parent), m_store(store), m_alerts(new TodoAlerts(store, this))
{}

TodoCenter::~TodoCenter() = default;

void TodoCenter::setClient(client::ClientSession *client, const QString &serverUrl,
                           const QString &settingsPath, const QString &settingsGroup)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_server = serverUrl;
    m_calendarTag = 0;
    m_calendarWanted = false;
    m_resetRef.clear();
    m_resetMutation = 0;
    setResetting(false);
    setCalendar({}, {});
    m_alerts->setAccount(client ? settingsPath : QString(), settingsGroup);
    if (!m_client)
        return;
    connect(m_client, &client::ClientSession::queryFinished, this, &TodoCenter::onQueryFinished);
    connectCalendar();
    connect(m_client, &client::ClientSession::caughtUp, this, [this] {
        if (m_calendarWanted && m_calendarUrl.isEmpty())
            requestCalendarUrl();
    });
}

bool TodoCenter::handles(const QString &mutation)
{
    return mutation == QLatin1String("todo.create") || mutation == QLatin1String("todo.update") ||
           mutation == QLatin1String("todo.done") || mutation == QLatin1String("todo.delete") ||
           mutation == QLatin1String("calendar.reset");
}

QString TodoCenter::refusalText(const QString &mutation, const QString &code)
{
    if (mutation == QLatin1String("calendar.reset"))
        return tr("The server did not replace your calendar feed address (%1).").arg(code);
    const bool creating = mutation == QLatin1String("todo.create");
    if (code == QLatin1String("forbidden"))
        return creating ? tr("The todo was not created: you may not assign it to these people or link that "
                             "chat message.")
                        : tr("You may not change this todo: only its creator and its assignees can.");
    if (code == QLatin1String("not_found"))
        return creating ? tr("The todo was not created: a person or the chat message no longer exists.")
                        : tr("The todo no longer exists.");
    if (code == QLatin1String("conflict"))
        return creating ? tr("The todo was not created: the server already has one with the same id.")
                        : tr("The todo was deleted meanwhile, so the change was not saved.");
    if (code == QLatin1String("invalid_args"))
        return tr("The server refused the todo: a field is empty or too long.");
    return tr("The server refused the todo change (%1).").arg(code);
}

QString TodoCenter::create(const QVariantMap &fields)
{
    if (!m_client)
        return {};
    const QString title = fields.value(QStringLiteral("title")).toString().trimmed();
    if (title.isEmpty() || title.size() > todo::kMaxTitleChars) {
        emit refused(title.isEmpty() ? tr("A todo needs a title.")
                                     : tr("A todo's title can have at most %n characters.", nullptr,
                                          todo::kMaxTitleChars));
        return {};
    }
    QCborMap args;
    const QString notes = fields.value(QStringLiteral("notes")).toString();
    if (notes.size() > todo::kMaxNotesChars) {
        emit refused(tr("Notes can have at most %n characters.", nullptr, todo::kMaxNotesChars));
        return {};
    }
    if (!notes.trimmed().isEmpty())
        args.insert(QLatin1String("notes"), notes);
    const QList<qint64> assignees = idsOf(fields.value(QStringLiteral("assignees")));
    if (assignees.size() > todo::kMaxAssignees) {
        emit refused(tr("A todo can have at most %n assignees.", nullptr, todo::kMaxAssignees));
        return {};
    }
    if (!assignees.isEmpty())
        args.insert(QLatin1String("assignees"), proto::idsToCbor(assignees));
    for (const char *key : {"due", "remind"}) {
        const qint64 t = timeOf(fields.value(QLatin1String(key)));
        if (t > 0)
            args.insert(QLatin1String(key), t);
    }
    const int priority = std::clamp(fields.value(QStringLiteral("priority")).toInt(), 0, todo::kMaxPriority);
    if (priority > 0)
        args.insert(QLatin1String("priority"), priority);
    const QString message = fields.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        args.insert(QLatin1String("message"), message);
    return m_client->createTodo(title, args);
}

bool TodoCenter::save(const QString &todoId, const QVariantMap &fields, const QVariantMap &original)
{
    if (!m_client || !m_store || !m_store->isOpen())
        return false;
    QVariantMap before = original;
    if (before.isEmpty())
        before = todo(todoId);
    if (before.isEmpty()) {
        emit refused(tr("The todo no longer exists."));
        return false;
    }
    // What the editor started from, in the form the fields come in.
    QVariantList beforeIds;
    for (const QVariant &a : before.value(QStringLiteral("assignees")).toList())
        beforeIds.append(a.toMap().value(QStringLiteral("id")));
    auto changed = [&](const QString &key) {
        return fields.contains(key) && fields.value(key) != before.value(key);
    };

    QCborMap changes;
    if (changed(QStringLiteral("title"))) {
        const QString title = fields.value(QStringLiteral("title")).toString().trimmed();
        if (title.isEmpty() || title.size() > todo::kMaxTitleChars) {
            emit refused(title.isEmpty() ? tr("A todo needs a title.")
                                         : tr("A todo's title can have at most %n characters.", nullptr,
                                              todo::kMaxTitleChars));
            return false;
        }
        if (title != before.value(QStringLiteral("title")).toString())
            changes.insert(QLatin1String("title"), title);
    }
    if (changed(QStringLiteral("notes"))) {
        const QString notes = fields.value(QStringLiteral("notes")).toString();
        if (notes.size() > todo::kMaxNotesChars) {
            emit refused(tr("Notes can have at most %n characters.", nullptr, todo::kMaxNotesChars));
            return false;
        }
        changes.insert(QLatin1String("notes"), notes);
    }
    if (fields.contains(QStringLiteral("assignees"))) {
        const QList<qint64> assignees = idsOf(fields.value(QStringLiteral("assignees")));
        if (assignees.size() > todo::kMaxAssignees) {
            emit refused(tr("A todo can have at most %n assignees.", nullptr, todo::kMaxAssignees));
            return false;
        }
        if (assignees != idsOf(beforeIds))
            changes.insert(QLatin1String("assignees"), proto::idsToCbor(assignees));
    }
    for (const QString &key : {QStringLiteral("due"), QStringLiteral("remind")}) {
        if (!fields.contains(key))
            continue;
        const qint64 t = timeOf(fields.value(key));
        if (t != timeOf(before.value(key)))
            changes.insert(key, t);
    }
    if (fields.contains(QStringLiteral("priority"))) {
        const int priority =
            std::clamp(fields.value(QStringLiteral("priority")).toInt(), 0, todo::kMaxPriority);
        if (priority != before.value(QStringLiteral("priority")).toInt())
            changes.insert(QLatin1String("priority"), priority);
    }
    bool sent = false;
    if (!changes.isEmpty())
        sent = m_client->updateTodo(todoId, changes);
    if (fields.contains(QStringLiteral("done"))) {
        const bool done = fields.value(QStringLiteral("done")).toBool();
        if (done != before.value(QStringLiteral("done")).toBool())
            sent = m_client->setTodoDone(todoId, done) || sent;
    }
    return sent;
}

bool TodoCenter::setDone(const QString &todo, bool done)
{
    return m_client && m_client->setTodoDone(todo, done);
}

bool TodoCenter::remove(const QString &todo)
{
    return m_client && m_client->deleteTodo(todo);
}

QVariantMap TodoCenter::todo(const QString &todoId) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    try {
        const auto t = m_store->replica().todo(todoId);
        if (!t || t->deleted)
            return {};
        QVariantList assignees;
        for (qint64 id : t->assignees)
            assignees.append(QVariantMap{{QStringLiteral("id"), double(id)},
                                         {QStringLiteral("name"), m_store->userName(id)}});
        return {{QStringLiteral("id"), t->id},
                {QStringLiteral("title"), t->title},
                {QStringLiteral("notes"), t->notes},
                {QStringLiteral("assignees"), assignees},
                {QStringLiteral("due"), double(t->due)},
                {QStringLiteral("remind"), double(t->remind)},
                {QStringLiteral("priority"), t->priority},
                {QStringLiteral("done"), t->done},
                {QStringLiteral("conversation"), t->conversation},
                {QStringLiteral("message"), t->message},
                {QStringLiteral("board"), t->board},
                {QStringLiteral("mine"), t->creator == m_store->myUserId()}};
    } catch (const db::SqlError &e) {
        qCWarning(lcTodoCenter) << "cannot read the todo" << e.what();
        return {};
    }
}

void TodoCenter::show(const QString &todo)
{
    if (!todo.isEmpty())
        emit todoRequested(todo);
}

void TodoCenter::copyToClipboard(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

} // namespace tack::ui

namespace tack::ui {

QString TodoCenter::dateText(double ms) const
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(ms)).toLocalTime().date().toString(Qt::ISODate);
}

QString TodoCenter::clockText(double ms) const
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(ms)).toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

double TodoCenter::timeFrom(const QString &date, const QString &clock) const
{
    const QString d = date.trimmed();
    const QString t = clock.trimmed();
    if (d.isEmpty() && t.isEmpty())
        return 0;
    const QDate day = QDate::fromString(d, Qt::ISODate);
    // A time alone means today; a day alone means the end of the working day.
    QTime time = t.isEmpty() ? QTime(17, 0) : QTime::fromString(t, QStringLiteral("H:mm"));
    if (!time.isValid())
        time = QTime::fromString(t, QStringLiteral("H:m"));
    if ((!d.isEmpty() && !day.isValid()) || !time.isValid())
        return -1;
    return double(QDateTime(d.isEmpty() ? QDate::currentDate() : day, time).toMSecsSinceEpoch());
}

double TodoCenter::dayAt(int daysFromToday, int hour, int minute) const
{
    return double(
        QDateTime(QDate::currentDate().addDays(daysFromToday), QTime(hour, minute)).toMSecsSinceEpoch());
}

} // namespace tack::ui
