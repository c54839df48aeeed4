#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace tack::server {

class Session;

// Which live sessions follow which stream, and which sessions belong to which user.
class Fanout
{
public:
    void subscribe(Session *session, const QString &stream);
    void unsubscribe(Session *session, const QString &stream);
    void unsubscribeAll(Session *session);
    QList<Session *> subscribers(const QString &stream) const;
    bool hasSubscribers(const QString &stream) const { return m_byStream.contains(stream); }
    qsizetype subscriberCount(const QString &stream) const { return m_byStream.value(stream).size(); }

private:
    QHash<QString, QSet<Session *>> m_byStream;
};

} // namespace tack::server
