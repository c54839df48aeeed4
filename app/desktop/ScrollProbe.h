#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QQuickItem;
class QQuickWindow;

// With TACK_SCROLL_PROBE=N in the environment, scrolls the open chat's timeline towards older messages
// with a steady flick (renewed when it slows) for N frames once the chat is on screen, then prints one JSON
// line
// ("tack-scroll {...}": frame intervals, distance scrolled, rows loaded) and quits. Older pages load
// through the model as they would for a person scrolling, so bench/bench_startup measures the real path.
class ScrollProbe : public QObject
{
    Q_OBJECT

public:
    static int requestedFrames();
    ScrollProbe(QQuickWindow *window, int frames, QObject *parent = nullptr);

public slots:
    void start();

private:
    void step();
    void finish();

    QQuickWindow *m_window;
    QPointer<QQuickItem> m_timeline;
    int m_frames;
    qreal m_startY = 0;
    QList<double> m_intervals;
    QElapsedTimer m_clock;
    bool m_running = false;
};
