#include "DisplayText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tack::ui::text {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xAC00 && u <= 0xD7AF);
}

QDateTime local(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime();
}

} // namespace

QString initials(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("?");
    const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString &first = words.front();
    if (isCjk(first.front())) {
        // A person's name (two or three characters): the given name; a longer title: its first two.
        if (words.size() == 1 && first.size() <= 3)
            return first.size() <= 2 ? first : first.right(2);
        return first.left(2);
    }
    QString out(first.front().toUpper());
    if (words.size() > 1 && words.at(1).front().isLetter())
        out += words.at(1).front().toUpper();
    else if (first.size() > 1 && first.at(1).isLetter())
        out += first.at(1);
    return out;
}

qint64 localDay(qint64 msecs)
{
    return local(msecs).date().toJulianDay();
}

QString clockTime(qint64 msecs)
{
    return QLocale().toString(local(msecs).time(), QStringLiteral("HH:mm"));
}

QString listTime(qint64 msecs, qint64 nowMsecs)
{
    if (msecs <= 0)
        return {};
    const qint64 days = localDay(nowMsecs) - localDay(msecs);
    if (days <= 0)
        return clockTime(msecs);
    if (days == 1)
        return QCoreApplication::translate("DisplayText", "Yesterday");
    const QDate date = local(msecs).date();
    if (days < 7)
        return QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString dayHeading(qint64 msecs, qint64 nowMsecs)
{
    const qint64 days = localDay(nowMsecs) - localDay(msecs);
    if (days <= 0)
        return QCoreApplication::translate("DisplayText", "Today");
    if (days == 1)
        return QCoreApplication::translate("DisplayText", "Yesterday");
    return QLocale().toString(local(msecs).date(), QLocale::LongFormat);
}

QString oneLine(const QString &text, int maxChars)
{
    QString line = text.simplified();
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + QChar(0x2026);
    return line;
}

QString presenceText(const QString &state)
{
    if (state == QLatin1String("online"))
        return QCoreApplication::translate("DisplayText", "Online");
    if (state == QLatin1String("away"))
        return QCoreApplication::translate("DisplayText", "Away");
    if (state == QLatin1String("on_leave"))
        return QCoreApplication::translate("DisplayText", "On leave");
    return QCoreApplication::translate("DisplayText", "Offline");
}

QString orgRoleText(const QString &role)
{
    if (role == QLatin1String("owner"))
        return QCoreApplication::translate("DisplayText", "Owner", "org role");
    if (role == QLatin1String("admin"))
        return QCoreApplication::translate("DisplayText", "Admin", "org role");
    return {};
}

} // namespace tack::ui::text
