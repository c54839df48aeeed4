#pragma once

#include "protocol/ErrorCode.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <optional>

namespace tack::proto {

// Reads typed fields out of a CBOR map and remembers the first problem, so a handler can read every
// argument and then check once: `if (auto e = args.error()) return *e;`.
class ArgReader
{
public:
    explicit ArgReader(const QCborMap &map) : m_map(map) {}

    QString text(const char *key, int minLen = 1, int maxLen = 10000);
    std::optional<QString> optionalText(const char *key, int maxLen = 10000);
    // An id for conversations and messages: 1-64 characters of [A-Za-z0-9_-].
    QString objectId(const char *key);
    qint64 integer(const char *key, qint64 min, qint64 max);
    qint64 optionalInteger(const char *key, qint64 min, qint64 max, qint64 fallback);
    bool boolean(const char *key, bool fallback);
    QList<qint64> integerList(const char *key, qsizetype maxCount, qint64 min, qint64 max);
    QCborMap map(const char *key);

    std::optional<Error> error() const { return m_error; }
    bool ok() const { return !m_error.has_value(); }

    static bool isObjectId(const QString &id, int minLen = 1);

private:
    void fail(const char *key, const QString &why);

    QCborMap m_map;
    std::optional<Error> m_error;
};

} // namespace tack::proto
