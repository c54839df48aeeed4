#pragma once

#include "MutationTypes.h"

#include <QCborMap>
#include <QCborValue>
#include <limits>

// Small helpers shared by the org admin mutations (OrgAdmin, DepartmentAdmin).
namespace tack::server::admin {

inline constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
// Manager chains and department trees are walked at most this deep when looking for a cycle.
inline constexpr int kMaxDepth = 1000;

inline MutationOutcome failure(proto::ErrorCode code, const QString &message)
{
    MutationOutcome out;
    out.error = proto::Error{code, message};
    return out;
}

inline MutationOutcome failure(const proto::Error &e)
{
    MutationOutcome out;
    out.error = e;
    return out;
}

inline QCborMap single(const char *key, const QCborValue &value)
{
    QCborMap m;
    m.insert(QLatin1String(key), value);
    return m;
}

inline bool has(const QCborMap &args, const char *key)
{
    return args.contains(QLatin1String(key));
}

inline proto::Error invalid(const char *key, const QString &why)
{
    return proto::Error{proto::ErrorCode::InvalidArgs, QStringLiteral("%1: %2").arg(QLatin1String(key), why)};
}

} // namespace tack::server::admin
