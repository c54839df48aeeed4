#pragma once

#include "protocol/ErrorCode.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <optional>

namespace tack::server {

struct MutationContext
{
    qint64 actor = 0; // 0: the system (a `tack-server admin` command), which may do anything
    QString client;
    qint64 mutation = -1;
    qint64 now = 0;
    QString address; // the actor's network address, for the audit log
};

struct MutationOutcome
{
    std::optional<proto::Error> error;
    QCborMap result;
    QList<QCborMap> events; // in the order they were appended; empty when error is set

    bool ok() const { return !error.has_value(); }
};

} // namespace tack::server
