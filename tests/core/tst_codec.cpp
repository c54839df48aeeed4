#include "domain/ChatRules.h"
#include "protocol/ArgReader.h"
#include "protocol/Frame.h"

#include <QCborArray>
#include <QtTest>

using namespace tack;
using proto::ErrorCode;

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void replyFrames();
    void ackWithEncodedArray_data();
    void ackWithEncodedArray();
    void rejects_data();
    void rejects();
    void rejectsOversize();
    void acceptsFrameAtLimit();
    void errorNames();
    void argReader();
    void objectIds();
    void recallRules();
    void directIds();
    void floatsAreNoIntegers();
};

void TestCodec::roundTrip()
{
    QCborMap frame;
    frame.insert(QStringLiteral("type"), QStringLiteral("mutate"));
    frame.insert(QStringLiteral("id"), 42);
    QCborMap args;
    args.insert(QStringLiteral("text"), QStringLiteral("下周的预算会议 مرحبا 👋"));
    args.insert(QStringLiteral("n"), Q_INT64_C(9007199254740993));
    frame.insert(QStringLiteral("args"), args);

    const proto::DecodedFrame decoded = proto::decodeFrame(proto::encodeFrame(frame));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.frame, frame);
    QCOMPARE(proto::frameType(decoded.frame), QStringLiteral("mutate"));
    QCOMPARE(proto::frameId(decoded.frame), quint64(42));
}

void TestCodec::replyFrames()
{
    const QCborMap err = proto::errorFrame(7, {ErrorCode::RateLimited, QStringLiteral("slow down")});
    const proto::DecodedFrame decoded = proto::decodeFrame(proto::encodeFrame(err));
    QVERIFY(decoded.ok());
    QCOMPARE(proto::frameType(decoded.frame), QStringLiteral("error"));
    QCOMPARE(decoded.frame.value(QStringLiteral("retryable")).toBool(), true);
    const proto::Error back = proto::errorFromFrame(decoded.frame);
    QCOMPARE(back.code, ErrorCode::RateLimited);
    QCOMPARE(back.message, QStringLiteral("slow down"));

    QCborMap unknown;
    unknown.insert(QStringLiteral("code"), QStringLiteral("from_the_future"));
    unknown.insert(QStringLiteral("message"), QStringLiteral("x"));
    QCOMPARE(proto::errorFromFrame(unknown).code, ErrorCode::Internal);

    QCOMPARE(proto::frameType(proto::ackFrame(3, {})), QStringLiteral("ack"));
    QCOMPARE(proto::frameType(proto::eventsFrame({})), QStringLiteral("events"));
}

void TestCodec::ackWithEncodedArray_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint64>("id");
    // Counts and ids on both sides of every CBOR length-encoding boundary.
    for (int count : {0, 1, 23, 24, 255, 256, 1000})
        QTest::addRow("%d items", count) << count << quint64(count);
    QTest::addRow("large id") << 3 << quint64(0x1'0000'0001ULL);
    QTest::addRow("16-bit id") << 2 << quint64(65535);
}

void TestCodec::ackWithEncodedArray()
{
    QFETCH(int, count);
    QFETCH(quint64, id);
    QCborArray events;
    QList<QByteArray> encoded;
    for (int i = 0; i < count; ++i) {
        QCborMap event;
        event.insert(QStringLiteral("stream"), QStringLiteral("c/x"));
        event.insert(QStringLiteral("seq"), i + 1);
        event.insert(QStringLiteral("text"), QStringLiteral("预算 %1").arg(i));
        events.append(event);
        encoded.append(QCborValue(event).toCbor());
    }
    QCborMap result;
    result.insert(QStringLiteral("stream"), QStringLiteral("c/x"));
    result.insert(QStringLiteral("head"), count);
    QCborMap expected = result;
    expected.insert(QStringLiteral("events"), events);

    const proto::DecodedFrame decoded = proto::decodeFrame(
        proto::encodeAckWithEncodedArray(id, result, QLatin1StringView("events"), encoded));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.frame, proto::ackFrame(id, expected));

    // A result that already holds the key gets it replaced, not repeated.
    result.insert(QStringLiteral("events"), QStringLiteral("stale"));
    const proto::DecodedFrame replaced = proto::decodeFrame(
        proto::encodeAckWithEncodedArray(id, result, QLatin1StringView("events"), encoded));
    QVERIFY(replaced.ok());
    QCOMPARE(replaced.frame, proto::ackFrame(id, expected));
}

void TestCodec::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\xff\xff\xff", 3);
    QTest::newRow("truncated map") << QByteArray("\xa2\x64type", 6);
    QTest::newRow("array, not map") << QCborValue(QCborArray{1, 2}).toCbor();
    QTest::newRow("integer") << QCborValue(5).toCbor();
    QCborMap noType;
    noType.insert(QStringLiteral("id"), 1);
    QTest::newRow("no type") << QCborValue(noType).toCbor();
    QCborMap intType;
    intType.insert(QStringLiteral("type"), 3);
    QTest::newRow("type not text") << QCborValue(intType).toCbor();
    QCborMap ok;
    ok.insert(QStringLiteral("type"), QStringLiteral("ping"));
    QTest::newRow("trailing bytes") << QCborValue(ok).toCbor() + QByteArray("\x00", 1);
    // {"type": <text of 2 bytes: 0xC3 0x28>} — an invalid UTF-8 sequence.
    QTest::newRow("invalid utf-8 value") << QByteArray("\xa1\x64type\x62\xc3\x28", 9);
    // A map key with invalid UTF-8.
    QTest::newRow("invalid utf-8 key") << QByteArray("\xa2\x64type\x64ping\x62\xff\xfe\x01", 14);
    // Deeply nested arrays must not blow the stack.
    QByteArray deep(100000, '\x81');
    deep.append('\x01');
    QTest::newRow("deep nesting") << deep;
}

void TestCodec::rejects()
{
    QFETCH(QByteArray, bytes);
    const proto::DecodedFrame decoded = proto::decodeFrame(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error->code, ErrorCode::BadFrame);
    QVERIFY(!decoded.error->message.isEmpty());
}

void TestCodec::rejectsOversize()
{
    QCborMap frame;
    frame.insert(QStringLiteral("type"), QStringLiteral("ping"));
    frame.insert(QStringLiteral("pad"), QString(proto::kMaxFrameBytes, QLatin1Char('x')));
    const proto::DecodedFrame decoded = proto::decodeFrame(proto::encodeFrame(frame));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error->code, ErrorCode::TooLarge);
}

void TestCodec::acceptsFrameAtLimit()
{
    QCborMap frame;
    frame.insert(QStringLiteral("type"), QStringLiteral("ping"));
    frame.insert(QStringLiteral("pad"), QString());
    const qsizetype overhead = proto::encodeFrame(frame).size() + 4; // a longer string needs a 4-byte length
    frame.insert(QStringLiteral("pad"), QString(proto::kMaxFrameBytes - overhead, QLatin1Char('x')));
    const QByteArray bytes = proto::encodeFrame(frame);
    QCOMPARE(bytes.size(), proto::kMaxFrameBytes);
    QVERIFY(proto::decodeFrame(bytes).ok());
}

void TestCodec::errorNames()
{
    for (int i = int(ErrorCode::BadFrame); i <= int(ErrorCode::Internal); ++i) {
        const auto code = ErrorCode(i);
        const QString name = proto::errorCodeName(code);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(proto::errorCodeFromName(name), std::optional<ErrorCode>(code));
    }
    QVERIFY(!proto::errorCodeFromName(QStringLiteral("nope")).has_value());
    QVERIFY(proto::isRetryable(ErrorCode::Internal));
    QVERIFY(proto::isRetryable(ErrorCode::OutOfOrder));
    QVERIFY(!proto::isRetryable(ErrorCode::Forbidden));
    QVERIFY(!proto::isRetryable(ErrorCode::MustRefetch));
}

void TestCodec::argReader()
{
    QCborMap m;
    m.insert(QStringLiteral("title"), QStringLiteral("Sales"));
    m.insert(QStringLiteral("n"), 5);
    m.insert(QStringLiteral("ids"), QCborArray{1, 2, 3});
    m.insert(QStringLiteral("flag"), true);
    {
        proto::ArgReader r(m);
        QCOMPARE(r.text("title", 1, 200), QStringLiteral("Sales"));
        QCOMPARE(r.integer("n", 1, 10), 5);
        QCOMPARE(r.integerList("ids", 10, 1, 100), (QList<qint64>{1, 2, 3}));
        QCOMPARE(r.boolean("flag", false), true);
        QCOMPARE(r.optionalInteger("absent", 0, 10, 7), 7);
        QVERIFY(!r.optionalText("absent").has_value());
        QVERIFY(r.ok());
    }
    {
        proto::ArgReader r(m);
        r.integer("n", 6, 10);
        r.text("missing"); // the first problem is the one reported
        QVERIFY(!r.ok());
        QCOMPARE(r.error()->code, ErrorCode::InvalidArgs);
        QVERIFY(r.error()->message.startsWith(QStringLiteral("n:")));
    }
    {
        proto::ArgReader r(m);
        r.text("n");
        QVERIFY(r.error()->message.contains(QStringLiteral("text")));
    }
    {
        proto::ArgReader r(m);
        r.integerList("ids", 2, 1, 100);
        QVERIFY(!r.ok());
    }
    {
        proto::ArgReader r(m);
        r.boolean("title", false);
        QVERIFY(!r.ok());
    }
}

void TestCodec::objectIds()
{
    QVERIFY(proto::ArgReader::isObjectId(QStringLiteral("abc-DEF_123")));
    QVERIFY(!proto::ArgReader::isObjectId(QString()));
    QVERIFY(!proto::ArgReader::isObjectId(QStringLiteral("a b")));
    QVERIFY(!proto::ArgReader::isObjectId(QStringLiteral("会议")));
    QVERIFY(!proto::ArgReader::isObjectId(QString(65, QLatin1Char('a'))));
    QVERIFY(proto::ArgReader::isObjectId(QString(64, QLatin1Char('a'))));
}

void TestCodec::recallRules()
{
    using chat::RecallVerdict;
    using chat::Role;
    const qint64 sent = 1'000'000;
    const qint64 inside = sent + chat::kRecallWindowMs;
    const qint64 outside = inside + 1;
    QCOMPARE(chat::recallVerdict(1, Role::Member, 1, sent, inside, false), RecallVerdict::Allowed);
    QCOMPARE(chat::recallVerdict(1, Role::Member, 1, sent, outside, false), RecallVerdict::WindowPassed);
    QCOMPARE(chat::recallVerdict(2, Role::Member, 1, sent, inside, false), RecallVerdict::NotAllowed);
    QCOMPARE(chat::recallVerdict(2, Role::Admin, 1, sent, outside, false), RecallVerdict::Allowed);
    QCOMPARE(chat::recallVerdict(2, Role::Owner, 1, sent, outside, false), RecallVerdict::Allowed);
    QCOMPARE(chat::recallVerdict(1, Role::Owner, 1, sent, inside, true), RecallVerdict::AlreadyRecalled);
    QVERIFY(!chat::isValidMessageText(QStringLiteral("  \n ")));
    QVERIFY(chat::isValidMessageText(QStringLiteral("好")));
    QVERIFY(!chat::isValidMessageText(QString(chat::kMaxMessageChars + 1, QLatin1Char('a'))));
}

void TestCodec::directIds()
{
    QCOMPARE(chat::directConversationId(7, 3), QStringLiteral("dm-3-7"));
    QCOMPARE(chat::directConversationId(3, 7), chat::directConversationId(7, 3));
    QVERIFY(proto::ArgReader::isObjectId(chat::directConversationId(1, 123456789)));
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"

// Found by fuzz_frame: a float where an integer belongs was cast (undefined for huge values). Integers are
// CBOR integers; a float `id` or `retry_after` counts as none.
void TestCodec::floatsAreNoIntegers()
{
    for (double bad : {3.5, -2.26255e19, 1e300}) {
        QCborMap frame;
        frame.insert(QStringLiteral("type"), QStringLiteral("error"));
        frame.insert(QStringLiteral("id"), bad);
        frame.insert(QStringLiteral("code"), QStringLiteral("rate_limited"));
        frame.insert(QStringLiteral("retry_after"), bad);
        const proto::DecodedFrame decoded = proto::decodeFrame(proto::encodeFrame(frame));
        QVERIFY(decoded.ok());
        QCOMPARE(proto::frameId(decoded.frame), quint64(0));
        QCOMPARE(proto::errorFromFrame(decoded.frame).retryAfter, 0);
    }
    QCborMap good;
    good.insert(QStringLiteral("type"), QStringLiteral("error"));
    good.insert(QStringLiteral("id"), 7);
    good.insert(QStringLiteral("code"), QStringLiteral("rate_limited"));
    good.insert(QStringLiteral("retry_after"), 3);
    QCOMPARE(proto::frameId(good), quint64(7));
    QCOMPARE(proto::errorFromFrame(good).retryAfter, 3);
}
