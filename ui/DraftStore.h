#pragma once

#include <QObject>
#include <QThread>

namespace tack::ui {

// Keeps unsent text per chat in the replica (Replica::draft/setDraft) across restarts. Reads come from the
// UI's read-only connection; writes go to a connection of their own on a small worker thread, so typing
// never waits for the sync engine's transactions.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    explicit DraftStore(const QString &replicaPath, QObject *parent = nullptr);
    ~DraftStore() override;

    void save(const QString &conversation, const QString &text);

private:
    QThread m_thread;
    QObject *m_writer = nullptr; // lives on m_thread
    QString m_path;
};

} // namespace tack::ui
