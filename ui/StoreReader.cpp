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

void StoreReader::notifyConversations(const QStringList &ids)
{
    emit conversationsChanged(ids);
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
