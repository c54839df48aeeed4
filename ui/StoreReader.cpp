#include "StoreReader.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStoreReader, "tack.ui.store")

namespace tack::ui {

StoreReader::StoreReader(QObject *parent) : QObject(parent)
{}

StoreReader::~StoreReader() = default;

bool StoreReader::open(const QString &path)
{
    close();
    if (!QFileInfo::exists(path))
        return false;
    auto replica = std::make_unique<store::Replica>();
    try {
        replica->openReadOnly(path);
    } catch (const db::SqlError &e) {
        qCWarning(lcStoreReader) << "cannot open replica" << path << e.what();
        return false;
    }
    m_owned = std::move(replica);
    attach(m_owned.get());
    return true;
}

void StoreReader::attach(store::Replica *replica)
{
    if (m_open && m_replica != replica)
        close();
    m_replica = replica;
    m_open = replica != nullptr;
    m_me = readUserId();
    m_names.clear();
    emit openedChanged();
}

qint64 StoreReader::readUserId()
{
    if (!m_open)
        return 0;
    try {
        return m_replica->account().userId;
    } catch (const db::SqlError &e) {
        qCWarning(lcStoreReader) << "cannot read the account" << e.what();
        return 0;
    }
}

void StoreReader::reloadAccount()
{
    const qint64 me = readUserId();
    if (me == m_me)
        return;
    m_me = me;
    m_names.clear();
    emit openedChanged();
}

void StoreReader::close()
{
    if (!m_open)
        return;
    m_owned.reset();
    m_replica = nullptr;
    m_open = false;
    m_me = 0;
    m_names.clear();
    m_presence.clear();
    emit openedChanged();
}

QString StoreReader::userName(qint64 id)
{
    if (auto it = m_names.constFind(id); it != m_names.constEnd())
        return *it;
    QString name;
    if (m_open) {
        try {
            if (auto u = m_replica->user(id))
                name = !u->name.isEmpty() ? u->name : u->login;
        } catch (const db::SqlError &e) {
            qCWarning(lcStoreReader) << "user lookup failed" << e.what();
        }
    }
    if (name.isEmpty())
        name = QStringLiteral("#%1").arg(id);
    m_names.insert(id, name);
    return name;
}

double StoreReader::userIdOf(const QString &login)
{
    if (!m_open || login.isEmpty())
        return 0;
    try {
        if (auto u = m_replica->userByLogin(login))
            return double(u->id);
    } catch (const db::SqlError &e) {
        qCWarning(lcStoreReader) << "user lookup failed" << e.what();
    }
    return 0;
}

QString StoreReader::presenceOf(qint64 id)
{
    if (m_open) {
        try {
            if (auto u = m_replica->user(id); u && u->onLeave)
                return QStringLiteral("on_leave");
        } catch (const db::SqlError &e) {
            qCWarning(lcStoreReader) << "user lookup failed" << e.what();
        }
    }
    return m_presence.value(id, QStringLiteral("offline"));
}

QString StoreReader::presenceOf(const store::UserRecord &user) const
{
    if (user.onLeave)
        return QStringLiteral("on_leave");
    return m_presence.value(user.id, QStringLiteral("offline"));
}

void StoreReader::setPresence(const QHash<qint64, QString> &changes, bool replaceAll)
{
    if (replaceAll)
        m_presence.clear();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value() == QLatin1String("online") || it.value() == QLatin1String("away"))
            m_presence.insert(it.key(), it.value());
        else
            m_presence.remove(it.key());
    }
    emit presenceChanged();
}

void StoreReader::notifyConversations(const QStringList &ids)
{
    emit conversationsChanged(ids);
}

void StoreReader::notifyTodos(const QStringList &boards)
{
    emit todosChanged(boards);
}

void StoreReader::notifyDirectory()
{
    m_names.clear();
    emit directoryChanged();
}

void StoreReader::askHistory(const QString &conversation, qint64 beforeSeq)
{
    emit historyRequested(conversation, beforeSeq);
}

void StoreReader::deliverHistory(const QString &conversation, int count, bool more, bool failed)
{
    emit historyFinished(conversation, count, more, failed);
}

} // namespace tack::ui
