#pragma once

#include <QObject>

class QQuickWindow;

namespace tack::ui {
class AppSession;
}

// With TACK_STARTUP_TRACE=1 in the environment, prints one line on stdout when the window shows its
// first frame ("tack-startup first-frame") and one when the open chat's messages are on screen
// ("tack-startup interactive"), so bench/bench_startup can time a cold start from outside.
class StartupTrace : public QObject
{
    Q_OBJECT

public:
    static bool enabled();
    // Create it before the QML is loaded: loading may already open the last chat.
    explicit StartupTrace(tack::ui::AppSession *session, QObject *parent = nullptr);
    void attach(QQuickWindow *window);

signals:
    // The open chat's messages reached the screen.
    void interactive();

private:
    static void print(const char *line);

    bool m_firstFrame = false;
    bool m_chatShown = false;
    bool m_interactive = false;
    QQuickWindow *m_window = nullptr;
};
