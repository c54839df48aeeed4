#pragma once

#include <QCborArray>
#include <QList>

namespace tack::proto {

// A list of user, department or other integer ids as the CBOR array the protocol carries.
inline QCborArray idsToCbor(const QList<qint64> &ids)
{
    QCborArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

} // namespace tack::proto
