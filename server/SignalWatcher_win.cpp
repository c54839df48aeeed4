#include "SignalWatcher.h"

#include <QMetaObject>
#include <QPointer>
#include <windows.h>

namespace tack::server {
namespace {

// Console control handlers run on a thread of their own, so a queued call is enough to reach the
// event loop.
QPointer<SignalWatcher> g_watcher;

BOOL WINAPI onConsoleEvent(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        if (SignalWatcher *w = g_watcher.data())
            QMetaObject::invokeMethod(w, &SignalWatcher::stopRequested, Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    g_watcher = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher = nullptr;
}

} // namespace tack::server
