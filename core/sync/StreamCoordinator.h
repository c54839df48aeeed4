#pragma once

#include "sync/StreamSync.h"

#include <QCborArray>
#include <QObject>
#include <QStringList>
#include <map>
#include <memory>

namespace tack::store {
class Replica;
struct ApplyOutcome;
} // namespace tack::store

namespace tack::sync {

class ServerLink;
struct Reply;

// Keeps every readable stream of one connection applied in order (protocol.md 3.1): catch-up fetches in
// pages after `hello` (the next page requested before the current one is applied), snapshots for new or
// unservable streams, live events applied in contiguous runs with gaps held and fetched, streams dropped
// when the account loses them. Lives on the sync thread; one instance per engine, reset per connection.
class StreamCoordinator : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFetchPage = 1000;

    StreamCoordinator(store::Replica &replica, ServerLink &link, QObject *parent = nullptr);
    ~StreamCoordinator() override;

    // The hello reply arrived: `streams` is its array of {stream, head}.
    void begin(const QCborArray &streams);
    // An `events` push.
    void receive(const QCborArray &events);
    // Something (e.g. an ack) proves `stream` has reached `head`: fetch if we have not (a lost live event).
    void noteHead(const QString &stream, qint64 head);
    // The connection is gone: forget everything but the replica.
    void reset();

    bool active() const { return m_active; }
    // Every stream is applied up to its known head with nothing held or in flight.
    bool allSettled() const;
    int streamCount() const { return int(m_streams.size()); }

signals:
    // After begin(): the first time every stream the hello listed has been brought up to its head.
    void caughtUp();
    void conversationsChanged(const QStringList &conversations);
    void directoryChanged();
    // Todos or boards changed; `boards` lists the boards whose columns or cards changed.
    void todosChanged(const QStringList &boards);
    void approvalsChanged(); // approvals or approval templates changed
    // A replica write failed: nothing was applied and no cursor moved. The engine reconnects later.
    void storageFailed(const QString &message);
    // The server answered in a way that needs a fresh connection (busy, malformed reply).
    void needsReconnect(const QString &why);

private:
    StreamSync *find(const QString &stream);
    StreamSync &track(const QString &stream, std::optional<qint64> cursor);
    void forget(const QString &stream);

    void sendFetch(StreamSync &stream, qint64 after);
    void onFetchReply(const QString &stream, quint64 generation, qint64 after, const Reply &reply);
    void startSnapshot(StreamSync &stream);
    void requestSnapshotPage(const QString &stream, quint64 generation, const QString &page);
    void onSnapshotReply(const QString &stream, quint64 generation, const Reply &reply);
    void onStreamRefused(const QString &stream, const Reply &reply);

    // Applies what is contiguous and asks for what is missing. Returns false after a storage failure.
    bool pump(const QString &stream);
    void publish(const store::ApplyOutcome &outcome);
    void checkCaughtUp();
    void failStorage(const QString &what, const QString &message);

    store::Replica &m_replica;
    ServerLink &m_link;
    std::map<QString, std::unique_ptr<StreamSync>> m_streams;
    bool m_active = false;
    bool m_catchingUp = false;
};

} // namespace tack::sync
