#include "sync/StreamCoordinator.h"

#include "db/Sqlite.h"
#include "store/Replica.h"
#include "sync/ServerLink.h"
#include "sync/SyncLog.h"

#include <QHash>

namespace tack::sync {
namespace {

QList<QCborMap> toMaps(const QCborArray &array)
{
    QList<QCborMap> out;
    out.reserve(array.size());
    for (const QCborValue &value : array) {
        if (value.isMap())
            out.append(value.toMap());
    }
    return out;
}

bool refusesReading(const Reply &reply)
{
    return reply.error.code == proto::ErrorCode::Forbidden || reply.error.code == proto::ErrorCode::NotFound;
}

} // namespace

StreamCoordinator::StreamCoordinator(store::Replica &replica, ServerLink &link, QObject *parent)
    : QObject(parent), m_replica(replica), m_link(link)
{}

StreamCoordinator::~StreamCoordinator() = default;

StreamSync *StreamCoordinator::find(const QString &stream)
{
    auto it = m_streams.find(stream);
    return it == m_streams.end() ? nullptr : it->second.get();
}

StreamSync &StreamCoordinator::track(const QString &stream, std::optional<qint64> cursor)
{
    auto &slot = m_streams[stream];
    slot = std::make_unique<StreamSync>(stream, cursor);
    return *slot;
}

void StreamCoordinator::forget(const QString &stream)
{
    m_streams.erase(stream);
}

void StreamCoordinator::reset()
{
    m_active = false;
    m_catchingUp = false;
    m_streams.clear();
}

bool StreamCoordinator::allSettled() const
{
    for (const auto &entry : m_streams) {
        if (!entry.second->settled())
            return false;
    }
    return true;
}

void StreamCoordinator::begin(const QCborArray &streams)
{
    reset();
    m_active = true;
    m_catchingUp = true;

    QHash<QString, qint64> heads;
    QStringList order;
    for (const QCborValue &value : streams) {
        const QCborMap entry = value.toMap();
        const QString stream = entry.value(QLatin1String("stream")).toString();
        if (stream.isEmpty() || heads.contains(stream))
            continue;
        heads.insert(stream, entry.value(QLatin1String("head")).toInteger(0));
        order.append(stream);
    }

    QHash<QString, qint64> local;
    try {
        local = m_replica.cursors();
        // Streams we hold that the server no longer lists are not readable any more (rule 3).
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            if (!heads.contains(it.key())) {
                qCInfo(lcSync) << "dropping stream" << it.key() << "(no longer readable)";
                publish(m_replica.dropStream(it.key()));
            }
        }
    } catch (const db::SqlError &e) {
        failStorage(tr("reading the replica's cursors"), e.text());
        return;
    }

    for (const QString &stream : std::as_const(order)) {
        if (!m_active)
            return;
        const qint64 head = heads.value(stream);
        const auto it = local.constFind(stream);
        const std::optional<qint64> cursor = it == local.cend() ? std::nullopt : std::optional<qint64>(*it);
        StreamSync &sync = track(stream, cursor);
        sync.noteHead(head);
        if (!cursor || *cursor > head) {
            // New to us, or ahead of the server (its data was restored): only a snapshot is reliable.
            startSnapshot(sync);
        } else if (sync.needsFetch()) {
            sendFetch(sync, sync.cursor());
        }
    }
    checkCaughtUp();
}

void StreamCoordinator::receive(const QCborArray &events)
{
    if (!m_active)
        return;
    QStringList order;
    QHash<QString, QList<QCborMap>> byStream;
    for (const QCborValue &value : events) {
        const QCborMap event = value.toMap();
        const QString stream = event.value(QLatin1String("stream")).toString();
        if (stream.isEmpty())
            continue;
        if (!byStream.contains(stream))
            order.append(stream);
        byStream[stream].append(event);
    }
    for (const QString &stream : std::as_const(order)) {
        if (!m_active)
            return;
        if (StreamSync *sync = find(stream)) {
            sync->hold(byStream.value(stream));
            pump(stream);
            continue;
        }
        // The server only pushes what we may read: a stream we do not track yet was joined meanwhile.
        StreamSync &fresh = track(stream, std::nullopt);
        fresh.hold(byStream.value(stream));
        startSnapshot(fresh);
    }
}

void StreamCoordinator::noteHead(const QString &stream, qint64 head)
{
    StreamSync *sync = m_active ? find(stream) : nullptr;
    if (!sync)
        return;
    sync->noteHead(head);
    if (sync->needsFetch())
        sendFetch(*sync, sync->cursor());
}

void StreamCoordinator::sendFetch(StreamSync &stream, qint64 after)
{
    stream.fetchSent();
    QCborMap fields;
    fields.insert(QLatin1String("stream"), stream.stream());
    fields.insert(QLatin1String("after"), after);
    fields.insert(QLatin1String("limit"), kFetchPage);
    const QString name = stream.stream();
    const quint64 generation = stream.generation();
    m_link.request(QStringLiteral("fetch"), fields, [this, name, generation, after](const Reply &reply) {
        onFetchReply(name, generation, after, reply);
    });
}

void StreamCoordinator::onFetchReply(const QString &stream, quint64 generation, qint64 after,
                                     const Reply &reply)
{
    if (reply.disconnected || !m_active)
        return;
    StreamSync *sync = find(stream);
    if (!sync || sync->generation() != generation)
        return; // the stream was dropped or is being snapshotted since
    sync->fetchAnswered();
    if (!reply.ok) {
        if (reply.error.code == proto::ErrorCode::MustRefetch) {
            qCInfo(lcSync) << "server cannot serve the tail of" << stream << "- taking a snapshot";
            startSnapshot(*sync);
        } else if (refusesReading(reply)) {
            onStreamRefused(stream, reply);
        } else {
            emit needsReconnect(tr("fetching %1 failed: %2").arg(stream, reply.error.message));
        }
        return;
    }
    const qint64 head = reply.result.value(QLatin1String("head")).toInteger(0);
    const QList<QCborMap> events = toMaps(reply.result.value(QLatin1String("events")).toArray());
    sync->noteHead(head);
    const qint64 last = events.isEmpty() ? after : StreamSync::seqOf(events.last());
    if (events.isEmpty() && head > after) {
        // Behind, yet the server returned nothing: fetching again would loop, a snapshot will not.
        startSnapshot(*sync);
        return;
    }
    // Pipeline: the next page travels while this one is written.
    if (last < head && sync->fetchesInFlight() == 0)
        sendFetch(*sync, last);
    sync->hold(events);
    pump(stream);
}

void StreamCoordinator::startSnapshot(StreamSync &stream)
{
    stream.beginSnapshot();
    try {
        m_replica.beginSnapshot(stream.stream());
    } catch (const db::SqlError &e) {
        failStorage(tr("starting a snapshot of %1").arg(stream.stream()), e.text());
        return;
    }
    requestSnapshotPage(stream.stream(), stream.generation(), QString());
}

void StreamCoordinator::requestSnapshotPage(const QString &stream, quint64 generation, const QString &page)
{
    QCborMap fields;
    fields.insert(QLatin1String("stream"), stream);
    if (!page.isEmpty())
        fields.insert(QLatin1String("page"), page);
    m_link.request(QStringLiteral("snapshot"), fields, [this, stream, generation](const Reply &reply) {
        onSnapshotReply(stream, generation, reply);
    });
}

void StreamCoordinator::onSnapshotReply(const QString &stream, quint64 generation, const Reply &reply)
{
    if (reply.disconnected || !m_active)
        return;
    StreamSync *sync = find(stream);
    if (!sync || sync->generation() != generation || !sync->snapshotting())
        return;
    if (!reply.ok) {
        if (refusesReading(reply))
            onStreamRefused(stream, reply);
        else
            emit needsReconnect(tr("snapshot of %1 failed: %2").arg(stream, reply.error.message));
        return;
    }
    sync->noteSnapshotHead(reply.result.value(QLatin1String("head")).toInteger(0));
    const QString next = reply.result.value(QLatin1String("next")).toString();
    store::ApplyOutcome outcome;
    try {
        m_replica.addSnapshotPage(stream, reply.result.value(QLatin1String("rows")).toMap());
        if (!next.isEmpty()) {
            requestSnapshotPage(stream, generation, next);
            return;
        }
        outcome = m_replica.finishSnapshot(stream, sync->snapshotHead().value_or(0));
    } catch (const db::SqlError &e) {
        failStorage(tr("storing a snapshot of %1").arg(stream), e.text());
        return;
    }
    sync->finishSnapshot();
    qCDebug(lcSync) << "snapshot of" << stream << "swapped in at" << sync->cursor();
    // Events held meanwhile continue from the snapshot's head; anything further is fetched.
    if (!pump(stream))
        return;
    publish(outcome);
    checkCaughtUp();
}

void StreamCoordinator::onStreamRefused(const QString &stream, const Reply &reply)
{
    qCInfo(lcSync) << "stream" << stream << "refused:" << reply.error.message;
    store::ApplyOutcome outcome;
    try {
        outcome = m_replica.dropStream(stream);
    } catch (const db::SqlError &e) {
        failStorage(tr("dropping %1").arg(stream), e.text());
        return;
    }
    forget(stream);
    publish(outcome);
    checkCaughtUp();
}

bool StreamCoordinator::pump(const QString &stream)
{
    if (!m_active)
        return false;
    StreamSync *sync = find(stream);
    if (!sync || sync->snapshotting() || !sync->hasCursor())
        return true;
    const QList<QCborMap> run = sync->takeContiguous();
    store::ApplyOutcome outcome;
    if (!run.isEmpty()) {
        const qint64 before = sync->cursor();
        qint64 now = before;
        try {
            outcome = m_replica.applyEvents(stream, run);
            now = m_replica.cursor(stream);
        } catch (const db::SqlError &e) {
            failStorage(tr("applying %n event(s) of %1", nullptr, int(run.size())).arg(stream), e.text());
            return false;
        }
        if (now <= before) {
            failStorage(tr("applying events of %1").arg(stream), tr("the replica did not move the cursor"));
            return false;
        }
        sync->setCursor(now);
        sync->hold(run); // anything the replica did not take stays held (normally nothing)
    }
    if (sync->needsFetch()) {
        if (sync->hasGap())
            qCDebug(lcSync) << "gap in" << stream << "after" << sync->cursor() << "- fetching";
        sendFetch(*sync, sync->cursor());
    }
    publish(outcome); // may forget streams, including this one
    checkCaughtUp();
    return m_active;
}

void StreamCoordinator::publish(const store::ApplyOutcome &outcome)
{
    if (!outcome.conversations.isEmpty())
        emit conversationsChanged(QStringList(outcome.conversations.cbegin(), outcome.conversations.cend()));
    if (outcome.directory)
        emit directoryChanged();
    if (outcome.todos || !outcome.boards.isEmpty())
        emit todosChanged(QStringList(outcome.boards.cbegin(), outcome.boards.cend()));
    if (outcome.approvals)
        emit approvalsChanged();
    if (!m_active)
        return;
    // Left first: a stream left and joined again in one batch was dropped by the replica and starts over.
    for (const QString &stream : outcome.leftStreams) {
        qCInfo(lcSync) << "left" << stream;
        forget(stream); // the replica already removed its data
    }
    for (const QString &stream : outcome.joinedStreams) {
        if (!find(stream)) {
            qCInfo(lcSync) << "joined" << stream;
            startSnapshot(track(stream, std::nullopt));
            if (!m_active)
                return;
        }
    }
}

void StreamCoordinator::checkCaughtUp()
{
    if (m_active && m_catchingUp && allSettled()) {
        m_catchingUp = false;
        emit caughtUp();
    }
}

void StreamCoordinator::failStorage(const QString &what, const QString &message)
{
    qCWarning(lcSync) << "storage error while" << what << ":" << message;
    m_active = false; // stop at once; the engine reconnects and resumes from the replica's cursors
    emit storageFailed(tr("%1 failed: %2").arg(what, message));
}

} // namespace tack::sync
