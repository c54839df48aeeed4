#pragma once

#include "ServerProcess.h"
#include "TestHelpers.h"
#include "WireClient.h"

#include <QHash>
#include <memory>

// For approval tests against a real tack-server: the demo organisation's people over raw frames, each
// signed in on first use with a connection of their own, submitting and acting on approval requests.
// A test class derives from it (after QObject) and starts `m_server` itself.
class ApprovalDesk
{
protected:
    ServerProcess m_server;

    WireClient &as(const QString &login)
    {
        auto &c = m_clients[login];
        if (!c || !c->isConnected()) {
            c = std::make_shared<WireClient>();
            if (!c->connectTo(m_server.url()) ||
                c->loginAndHello(login, QStringLiteral("tack-demo")).isEmpty())
                qFatal("cannot sign in as %s", qPrintable(login));
        }
        return *c;
    }
    qint64 idOf(const QString &login) { return as(login).userId(); }

    QCborMap submit(const QString &login, const QString &id, const QString &form, const QCborMap &values)
    {
        return as(login).mutate(QStringLiteral("approval.submit"),
                                testwire::map({{"id", id}, {"template", form}, {"values", values}}));
    }
    // `extra` adds arguments such as `comment` or `to`.
    QCborMap act(const QString &login, const QString &id, const char *action, qint64 version,
                 const QCborMap &extra = {})
    {
        QCborMap args = testwire::map({{"approval", id}, {"action", action}, {"version", version}});
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            args.insert(it.key(), it.value());
        return as(login).mutate(QStringLiteral("approval.act"), args);
    }

private:
    QHash<QString, std::shared_ptr<WireClient>> m_clients;
};
