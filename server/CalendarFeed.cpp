#include "CalendarFeed.h"

#include "TodoStore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <sodium.h>

namespace tack::server {
namespace {

constexpr int kTokenBytes = 32;
constexpr qint64 kEventMs = 30 * 60 * 1000; // a due date shows as a 30-minute event
const QString kSecretKey = QStringLiteral("calendar_secret");

QByteArray utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

} // namespace

QByteArray CalendarFeed::escapeText(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray CalendarFeed::foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype room = 75;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut; // do not split a UTF-8 sequence
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        room = 74; // the leading space counts
    }
    return out + line.mid(start) + "\r\n";
}

QByteArray CalendarFeed::secret()
{
    if (const auto stored = m_store.meta(kSecretKey))
        return QByteArray::fromHex(stored->toLatin1());
    QByteArray key(crypto_generichash_KEYBYTES, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    m_store.setMeta(kSecretKey, QString::fromLatin1(key.toHex()));
    return key;
}

qint64 CalendarFeed::generation(qint64 user)
{
    auto s = m_store.sql().get("SELECT calendar_generation FROM users WHERE id = ?");
    s->bind(1, user);
    return s->step() ? s->integer(0) : 0;
}

QByteArray CalendarFeed::tokenFor(qint64 user)
{
    const QByteArray key = secret();
    // Generation 0 hashes what servers before generations hashed, so addresses already handed out still work.
    QByteArray message = "tack-calendar:" + QByteArray::number(user);
    if (const qint64 g = generation(user); g > 0)
        message += ':' + QByteArray::number(g);
    QByteArray out(kTokenBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    return out;
}

QString CalendarFeed::pathFor(qint64 user)
{
    return QStringLiteral("/calendar/%1/%2.ics").arg(user).arg(QString::fromLatin1(tokenFor(user).toHex()));
}

QString CalendarFeed::reset(qint64 user)
{
    m_store.sql()
        .get("UPDATE users SET calendar_generation = calendar_generation + 1 WHERE id = ?")
        ->bind(1, user)
        .run();
    return pathFor(user);
}

qint64 CalendarFeed::userForPath(const QString &path)
{
    static const QRegularExpression shape(
        QStringLiteral("^/calendar/([1-9][0-9]{0,17})/([0-9a-f]{64})\\.ics$"));
    const auto m = shape.match(path);
    if (!m.hasMatch())
        return 0;
    const qint64 user = m.captured(1).toLongLong();
    const QByteArray given = QByteArray::fromHex(m.captured(2).toLatin1());
    const QByteArray expected = tokenFor(user);
    if (given.size() != expected.size() ||
        sodium_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0)
        return 0;
    return user;
}

QByteArray CalendarFeed::ics(qint64 user, qint64 nowMs)
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tack//Todos//EN\r\nCALSCALE:GREGORIAN\r\n"
                     "METHOD:PUBLISH\r\nX-WR-CALNAME:Tack\r\n";
    TodoStore todos(m_store.sql());
    QString after;
    for (;;) {
        const QList<TodoRow> page = todos.todosOf(user, after, 1000);
        for (const TodoRow &t : page) {
            if (t.due <= 0 || t.done)
                continue;
            out += "BEGIN:VEVENT\r\n";
            out += foldLine("UID:" + t.id.toLatin1() + "@tack");
            out += "DTSTAMP:" + utc(t.updatedAt > 0 ? t.updatedAt : nowMs) + "\r\n";
            out += "DTSTART:" + utc(t.due) + "\r\n";
            out += "DTEND:" + utc(t.due + kEventMs) + "\r\n";
            out += foldLine("SUMMARY:" + escapeText(t.title));
            if (!t.notes.isEmpty())
                out += foldLine("DESCRIPTION:" + escapeText(t.notes));
            if (t.priority > 0)
                out += "PRIORITY:" +
                       QByteArray::number(t.priority == 3   ? 1
                                          : t.priority == 2 ? 5
                                                            : 9) +
                       "\r\n";
            out += "END:VEVENT\r\n";
        }
        if (page.size() < 1000)
            break;
        after = page.last().id;
    }
    return out + "END:VCALENDAR\r\n";
}

} // namespace tack::server
