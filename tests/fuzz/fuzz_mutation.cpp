// libFuzzer target: every mutation's argument checks (server/MutationApplier with core/protocol/ArgReader)
// against a scratch database. Input: the mutation name and a 0 byte (a name the server does not know picks
// one of MutationApplier::names() by its hash, so no input is wasted and seeds survive new mutations), one
// byte for the actor (the system, an owner, an admin, two members), then the CBOR `args`. Every input must
// end in an ack or a typed error: no crash, no exception, no events on an error. Each run is rolled back, so
// every input meets the same database.
#include "FuzzStore.h"
#include "MutationApplier.h"

#include <QCborValue>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using tack::server::MutationApplier;
using tack::server::MutationContext;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FuzzStore scratch;
    static const QStringList names = MutationApplier::names();
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype end = input.indexOf('\0');
    if (end < 0 || end + 1 >= input.size())
        return 0;
    QString name = QString::fromUtf8(input.left(end));
    if (!names.contains(name))
        name = names.at(int(qHash(name) % size_t(names.size())));
    const qint64 actor = scratch.actors().at(quint8(input.at(end + 1)) % scratch.actors().size());
    QCborParserError cborError; // only well-formed CBOR, as decodeFrame() lets through
    const QCborValue args = QCborValue::fromCbor(input.mid(end + 2), &cborError);
    if (cborError.error != QCborError::NoError || !args.isMap())
        return 0; // the frame decoder refuses anything else before it gets here

    tack::db::Savepoint savepoint(scratch.store().db());
    try {
        MutationApplier applier(scratch.store(),
                                MutationContext{actor, QStringLiteral("fuzz-client"), scratch.nextMutation(),
                                                1700000100000, QStringLiteral("127.0.0.1")});
        const auto outcome = applier.apply(name, args.toMap());
        if (!outcome.ok() && !outcome.events.isEmpty())
            std::abort(); // a refused mutation announced changes
        if (!outcome.ok() && outcome.error->message.isEmpty())
            std::abort(); // every refusal says why
    } catch (const tack::db::SqlError &e) {
        // Bad arguments must be refused with a typed error, not reach the database as a failing statement.
        std::fprintf(stderr, "%s: SQL error: %s\n", name.toUtf8().constData(), e.what());
        std::abort();
    }
    savepoint.rollback();
    savepoint.release();
    return 0;
}
