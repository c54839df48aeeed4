#include "protocol/ArgReader.h"

namespace tack::proto {

void ArgReader::fail(const char *key, const QString &why)
{
    if (!m_error)
        m_error = Error{ErrorCode::InvalidArgs, QLatin1String(key) + QLatin1String(": ") + why};
}

QString ArgReader::text(const char *key, int minLen, int maxLen)
{
    const QCborValue v = m_map.value(QLatin1String(key));
    if (!v.isString()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be text"));
        return {};
    }
    const QString s = v.toString();
    if (s.size() < minLen || s.size() > maxLen) {
        fail(key, QStringLiteral("must be %1 to %2 characters long").arg(minLen).arg(maxLen));
        return {};
    }
    return s;
}

std::optional<QString> ArgReader::optionalText(const char *key, int maxLen)
{
    const QCborValue v = m_map.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    QString s = text(key, 0, maxLen);
    if (!ok())
        return std::nullopt;
    return s;
}

bool ArgReader::isObjectId(const QString &id, int minLen)
{
    if (id.size() < minLen || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool good = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                          u == '_' || u == '-';
        if (!good)
            return false;
    }
    return true;
}

QString ArgReader::objectId(const char *key)
{
    const QString s = text(key, 1, 64);
    if (ok() && !isObjectId(s)) {
        fail(key, QStringLiteral("must use only A-Z, a-z, 0-9, '_' and '-'"));
        return {};
    }
    return s;
}

qint64 ArgReader::integer(const char *key, qint64 min, qint64 max)
{
    const QCborValue v = m_map.value(QLatin1String(key));
    if (!v.isInteger()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be an integer"));
        return 0;
    }
    const qint64 n = v.toInteger();
    if (n < min || n > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return n;
}

qint64 ArgReader::optionalInteger(const char *key, qint64 min, qint64 max, qint64 fallback)
{
    const QCborValue v = m_map.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    return integer(key, min, max);
}

bool ArgReader::boolean(const char *key, bool fallback)
{
    const QCborValue v = m_map.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

QList<qint64> ArgReader::integerList(const char *key, qsizetype maxCount, qint64 min, qint64 max)
{
    const QCborValue v = m_map.value(QLatin1String(key));
    if (!v.isArray()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be an array"));
        return {};
    }
    const QCborArray a = v.toArray();
    if (a.size() > maxCount) {
        fail(key, QStringLiteral("at most %1 entries").arg(maxCount));
        return {};
    }
    QList<qint64> out;
    out.reserve(a.size());
    for (const QCborValue &item : a) {
        if (!item.isInteger() || item.toInteger() < min || item.toInteger() > max) {
            fail(key, QStringLiteral("entries must be integers between %1 and %2").arg(min).arg(max));
            return {};
        }
        out.append(item.toInteger());
    }
    return out;
}

QCborMap ArgReader::map(const char *key)
{
    const QCborValue v = m_map.value(QLatin1String(key));
    if (!v.isMap()) {
        fail(key, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be a map"));
        return {};
    }
    return v.toMap();
}

} // namespace tack::proto
