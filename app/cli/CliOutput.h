#pragma once

#include "store/ReplicaTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tack::store {
class Replica;
}

namespace tack::cli {

// Turns replica records into the CLI's JSON objects and text lines, and writes them out as UTF-8.
class CliOutput
{
public:
    CliOutput(store::Replica &replica, bool json) : m_replica(replica), m_json(json) {}

    bool json() const { return m_json; }

    QJsonObject chatJson(const store::ConversationRecord &chat) const;
    QJsonObject messageJson(const store::MessageRecord &message) const;
    QString chatLine(const store::ConversationRecord &chat) const;
    QString messageLine(const store::MessageRecord &message) const;
    QString loginOf(qint64 userId) const;

    static void printJson(const QJsonObject &object);
    static void printJson(const QJsonArray &array);
    static void printLine(const QString &line);  // stdout
    static void printError(const QString &line); // stderr

private:
    store::Replica &m_replica;
    bool m_json;
};

} // namespace tack::cli
