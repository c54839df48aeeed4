// TodoCenter's calendar feed (docs/protocol.md 14.8): asking the server for the address, and replacing it
// with `calendar.reset` when it has leaked.
#include "TodoCenter.h"

#include "client/ClientSession.h"

#include <QCborMap>
#include <QUrl>

namespace tack::ui {

void TodoCenter::connectCalendar()
{
    using C = client::ClientSession;
    connect(m_client, &C::queued, this, [this](const QString &ref, qint64 mutation) {
        if (ref.isEmpty() || ref != m_resetRef)
            return;
        m_resetRef.clear();
        m_resetMutation = mutation;
        if (mutation <= 0)
            setResetting(false);
    });
    connect(m_client, &C::queueFailed, this, [this](const QString &ref, const QString &) {
        if (ref.isEmpty() || ref != m_resetRef)
            return;
        m_resetRef.clear();
        setResetting(false);
        emit refused(tr("The calendar feed address could not be replaced: it could not be saved on this "
                        "computer."));
    });
    connect(m_client, &C::mutationSettled, this, [this](qint64 mutation) {
        if (mutation <= 0 || mutation != m_resetMutation)
            return;
        m_resetMutation = 0;
        // The old address no longer works: forget it, ignore an answer still on its way, and ask again.
        m_calendarTag = 0;
        setCalendar({}, {});
        setResetting(false);
        requestCalendarUrl();
    });
    connect(m_client, &C::mutationFailed, this, [this](qint64 mutation) {
        if (mutation <= 0 || mutation != m_resetMutation)
            return;
        m_resetMutation = 0; // AppSession shows why (refusalText)
        setResetting(false);
    });
}

bool TodoCenter::resetCalendarUrl()
{
    if (!m_client || m_resetting)
        return false;
    m_resetRef = m_client->submit(QStringLiteral("calendar.reset"), {});
    if (m_resetRef.isEmpty())
        return false;
    setResetting(true);
    return true;
}

void TodoCenter::setResetting(bool resetting)
{
    if (resetting == m_resetting)
        return;
    m_resetting = resetting;
    emit calendarChanged();
}

void TodoCenter::requestCalendarUrl()
{
    m_calendarWanted = true;
    if (!m_client || m_calendarTag != 0)
        return;
    m_calendarTag = m_client->query(QStringLiteral("calendar.url"), {});
}

void TodoCenter::onQueryFinished(quint64 tag, const QCborMap &result, const QString &code, const QString &)
{
    if (tag != m_calendarTag)
        return;
    m_calendarTag = 0;
    if (!code.isEmpty()) {
        setCalendar({}, code == QLatin1String("offline")
                            ? tr("Connect to the server to see your calendar address.")
                            : tr("The server could not give your calendar address (%1).").arg(code));
        return;
    }
    const QString path = result.value(QLatin1String("path")).toString();
    const qint64 port = result.value(QLatin1String("port")).toInteger();
    if (port <= 0 || path.isEmpty()) {
        setCalendar({}, tr("This server does not publish calendar feeds."));
        return;
    }
    const QUrl server(m_server);
    QUrl url;
    url.setScheme(server.scheme() == QLatin1String("wss") ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(server.host());
    url.setPort(int(port));
    url.setPath(path);
    setCalendar(url.toString(), {});
}

void TodoCenter::setCalendar(const QString &url, const QString &problem)
{
    if (url == m_calendarUrl && problem == m_calendarProblem)
        return;
    m_calendarUrl = url;
    m_calendarProblem = problem;
    emit calendarChanged();
}

} // namespace tack::ui
