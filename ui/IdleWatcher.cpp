#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace tack::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIdleMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_idle = true;
        emit idleChanged(true);
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setIdleMs(int ms)
{
    m_timer.setInterval(ms);
    if (!m_idle)
        m_timer.start();
}

void IdleWatcher::activity()
{
    m_timer.start();
    if (m_idle) {
        m_idle = false;
        emit idleChanged(false);
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tack::ui
