#pragma once

#include "ServerStore.h"

#include <QString>

namespace tack::server {

// Fills an empty server with a lived-in demo organisation (see DemoScript.cpp): people, departments,
// group chats with several days of history, direct chats and read markers. Everything goes through
// the same mutation code and op log as live traffic, so clients sync it like any other data.
class DemoSeeder
{
public:
    explicit DemoSeeder(ServerStore &store) : m_store(store) {}

    enum class Result
    {
        Seeded,
        AlreadySeeded
    };
    // Throws StoreError when the data cannot be seeded (e.g. a demo login is already taken).
    Result seed();

    // What to tell the person who ran `tack-server demo`.
    static QString summary(const QString &dataDir);

private:
    ServerStore &m_store;
};

} // namespace tack::server
