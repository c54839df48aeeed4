#pragma once

#include <QObject>

namespace tack::server {

// Turns the platform's "please stop" signals (SIGTERM/SIGINT, or console control events on Windows)
// into a Qt signal delivered on the event loop. One instance per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested();
};

} // namespace tack::server
