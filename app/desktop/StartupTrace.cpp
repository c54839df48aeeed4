#include "StartupTrace.h"

#include "AppSession.h"

#include <QQuickWindow>
#include <cstdio>

bool StartupTrace::enabled()
{
    return qEnvironmentVariableIntValue("TACK_STARTUP_TRACE") == 1;
}

StartupTrace::StartupTrace(tack::ui::AppSession *session, QObject *parent) : QObject(parent)
{
    connect(session, &tack::ui::AppSession::chatShown, this, [this] {
        if (m_chatShown)
            return;
        m_chatShown = true;
        if (m_window)
            m_window->update(); // the line is printed once that content has reached the screen
    });
}

void StartupTrace::attach(QQuickWindow *window)
{
    m_window = window;
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (!m_firstFrame) {
            m_firstFrame = true;
            print("tack-startup first-frame");
        }
        if (m_chatShown && !m_interactive) {
            m_interactive = true;
            print("tack-startup interactive");
            emit interactive();
        }
    });
}

void StartupTrace::print(const char *line)
{
    std::fprintf(stdout, "%s\n", line);
    std::fflush(stdout);
}
