#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tack::db {
class Database;
}

namespace tack::server {

// Copies the write-ahead log back into the database file on a thread and connection of its own, so the
// fsyncs of a checkpoint never sit between a commit and its acks. It replaces the serving connection's
// automatic checkpoint (which runs inside whichever COMMIT crosses the threshold) with a WAL hook that
// wakes the thread. Durability is unchanged: commits are in the WAL either way, and a checkpoint that
// fails or falls behind only lets the WAL grow until the next one.
class WalCheckpointer
{
public:
    static constexpr int kPages = 1000; // SQLite's own automatic checkpoint threshold

    explicit WalCheckpointer(db::Database &serving);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    sqlite3 *m_serving = nullptr;
    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::atomic_bool m_busy{false};
    std::thread m_thread;
};

} // namespace tack::server
