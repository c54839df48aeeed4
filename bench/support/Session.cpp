#include "Session.h"

#include "Wait.h"

qint64 loginAndHello(RawClient &client, const QUrl &url, const QString &login, const QString &password)
{
    bool connected = false;
    QObject::connect(&client, &RawClient::connected, &client, [&connected] { connected = true; });
    client.open(url);
    if (!waitUntil([&] { return connected; }, 10000))
        return 0;
    QCborMap loginFrame;
    loginFrame.insert(QStringLiteral("type"), QStringLiteral("login"));
    loginFrame.insert(QStringLiteral("login"), login);
    loginFrame.insert(QStringLiteral("password"), password);
    qint64 userId = 0;
    bool done = false;
    client.request(loginFrame, [&](bool ok, const QCborMap &reply) {
        if (!ok) {
            done = true;
            return;
        }
        const QCborMap result = reply.value(QStringLiteral("result")).toMap();
        QCborMap hello;
        hello.insert(QStringLiteral("type"), QStringLiteral("hello"));
        hello.insert(QStringLiteral("version"), 1);
        hello.insert(QStringLiteral("token"), result.value(QStringLiteral("token")));
        const qint64 id =
            result.value(QStringLiteral("user")).toMap().value(QStringLiteral("id")).toInteger();
        client.request(hello, [&, id](bool helloOk, const QCborMap &) {
            userId = helloOk ? id : 0;
            done = true;
        });
    });
    waitUntil([&] { return done; }, 30000);
    return userId;
}

QCborMap mutation(const QString &client, qint64 mutationId, const QString &name, const QCborMap &args)
{
    QCborMap f;
    f.insert(QStringLiteral("type"), QStringLiteral("mutate"));
    f.insert(QStringLiteral("client"), client);
    f.insert(QStringLiteral("mutation"), mutationId);
    f.insert(QStringLiteral("name"), name);
    f.insert(QStringLiteral("args"), args);
    return f;
}
