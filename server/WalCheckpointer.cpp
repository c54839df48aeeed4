#include "WalCheckpointer.h"

#include "db/Sqlite.h"

#include <QLoggingCategory>
#include <sqlite3.h>

namespace tack::server {

Q_LOGGING_CATEGORY(lcCheckpoint, "tack.server.checkpoint")

WalCheckpointer::WalCheckpointer(db::Database &serving)
    : m_serving(serving.handle()), m_path(QString::fromUtf8(sqlite3_db_filename(m_serving, "main")))
{
    m_thread = std::thread([this] { run(); });
    sqlite3_wal_hook(m_serving, &WalCheckpointer::onCommit, this); // also turns the automatic one off
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_hook(m_serving, nullptr, nullptr);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_serving, kPages);
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    auto *me = static_cast<WalCheckpointer *>(self);
    if (pages >= kPages && !me->m_busy.exchange(true)) {
        {
            std::lock_guard lock(me->m_mutex);
            me->m_requested = true;
        }
        me->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    db::Database db;
    try {
        db.open(m_path);
    } catch (const db::SqlError &e) {
        qCWarning(lcCheckpoint) << "cannot open a checkpoint connection; the WAL grows until shutdown:"
                                << e.text();
        return;
    }
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_requested || m_stopping; });
            if (m_stopping)
                return;
            m_requested = false;
        }
        // PASSIVE: copies what it can without blocking the serving connection's readers or writer.
        const int rc =
            sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcCheckpoint) << "checkpoint failed:" << sqlite3_errmsg(db.handle());
        m_busy = false;
    }
}

} // namespace tack::server
