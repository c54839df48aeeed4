#pragma once

#include "RawClient.h"

#include <QCborMap>

// Logs a RawClient in and says hello, blocking on the event loop; returns the user id (0 on failure).
qint64 loginAndHello(RawClient &client, const QUrl &url, const QString &login, const QString &password);

// Builds a `mutate` request frame.
QCborMap mutation(const QString &client, qint64 mutationId, const QString &name, const QCborMap &args);
