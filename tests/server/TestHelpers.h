#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QString>

// Small readers for reply frames in server tests.
namespace testwire {

inline QString type(const QCborMap &f)
{
    return f.value(QLatin1String("type")).toString();
}
inline QString code(const QCborMap &f)
{
    return f.value(QLatin1String("code")).toString();
}
inline QCborMap result(const QCborMap &f)
{
    return f.value(QLatin1String("result")).toMap();
}
inline bool isAck(const QCborMap &f)
{
    return type(f) == QLatin1String("ack");
}
inline QCborMap map(std::initializer_list<std::pair<const char *, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(QLatin1String(k), v);
    return m;
}
// Describes a reply for QVERIFY2 messages.
inline QByteArray describe(const QCborMap &f)
{
    return QCborValue(f).toDiagnosticNotation().toUtf8();
}

} // namespace testwire
