#pragma once

#include <QJsonObject>

#include "CliArguments.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace tack::client {
class ClientSession;
}

namespace tack::cli {

class CliOutput;
class SyncWatch;

// Runs one tack-cli command against the profile's replica and returns the process exit code:
// 0 done, 1 failed (one line on stderr), 2 bad arguments.
class CliCommands
{
public:
    explicit CliCommands(CliArguments args);
    ~CliCommands();

    int run();

private:
    enum class Need
    {
        Profile,
        Account,
        Token
    };
    bool openSession(Need need);
    // Reads: catch up briefly when the server is reachable; the local copy answers either way.
    bool quickSync();
    // Writes: `ref` was handed to the session; wait until it is stored, then try to send it.
    int finishWrite(const QString &ref, const std::function<void(bool sent)> &report);
    // With --json: prints `object` plus "state": "sent" or "pending" (queued offline).
    void printWriteJson(QJsonObject object, bool sent) const;
    int timeoutMs(int defaultSeconds) const;

    std::optional<QString> resolveChat(const QString &nameOrId);
    std::optional<qint64> resolveLogin(const QString &login);
    // "a,b,c" → distinct user ids other than `me`; nullopt (after saying which login) on an unknown one.
    std::optional<QList<qint64>> resolveLogins(const QString &commaSeparated, qint64 me);

    int login();
    int chats();
    int newChat();
    int directChat();
    int send();
    int messages();
    int markRead();
    int recall();
    int edit();
    int search();
    int sync();
    int ding();
    int confirmDing();
    int dings();
    int approvals();      // ApprovalCommands.cpp
    int submitApproval(); // ApprovalCommands.cpp
    int actOnApproval();  // ApprovalCommands.cpp
    int sessions();       // SessionCommands.cpp
    int revokeSessions(); // SessionCommands.cpp
    int todos();          // TodoCommands.cpp
    int todoAdd();        // TodoCommands.cpp
    int todoDone();       // TodoCommands.cpp
    int boards();         // TodoCommands.cpp
    int newBoard();       // TodoCommands.cpp
    std::optional<QString> resolveBoard(const QString &idOrTitle);
    std::optional<QString> resolveColumn(const QString &board, const QString &idOrTitle);

    CliArguments m_args;
    std::unique_ptr<client::ClientSession> m_session;
    SyncWatch *m_watch = nullptr; // owned by the session
    std::unique_ptr<CliOutput> m_out;
    bool m_triedSync = false;
};

} // namespace tack::cli
