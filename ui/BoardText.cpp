#include "BoardText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tack::ui::boardtext {

namespace {

const QTime kEndOfDay(23, 59);

} // namespace

QString dueText(qint64 dueMs)
{
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(dueMs).toLocalTime();
    const QLocale locale;
    QString when = locale.toString(due.date(), QLocale::ShortFormat);
    if (due.time() != kEndOfDay)
        when += QLatin1Char(' ') + locale.toString(due.time(), QStringLiteral("HH:mm"));
    return QCoreApplication::translate("BoardText", "Due %1").arg(when);
}

QString movedFromText(const QString &columnTitle)
{
    return QCoreApplication::translate("BoardText", "Moved from %1").arg(columnTitle);
}

qint64 parseDue(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return 0;
    QDateTime when = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!when.isValid()) {
        const QDate day = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            return -1;
        when = QDateTime(day, kEndOfDay);
    }
    return when.toMSecsSinceEpoch();
}

QString dueInput(qint64 dueMs)
{
    if (dueMs <= 0)
        return {};
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(dueMs).toLocalTime();
    return due.time() == kEndOfDay ? due.date().toString(QStringLiteral("yyyy-MM-dd"))
                                   : due.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace tack::ui::boardtext
