#include "ScrollProbe.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <algorithm>
#include <cstdio>

namespace {

constexpr qreal kFlickVelocity = 2500; // pixels per second: a brisk scroll

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *hit = findItem(child, name))
            return hit;
    }
    return nullptr;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(p / 100.0 * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

} // namespace

int ScrollProbe::requestedFrames()
{
    return qEnvironmentVariableIntValue("TACK_SCROLL_PROBE");
}

ScrollProbe::ScrollProbe(QQuickWindow *window, int frames, QObject *parent)
    : QObject(parent), m_window(window), m_frames(frames)
{}

void ScrollProbe::start()
{
    if (m_running)
        return;
    m_timeline = findItem(m_window->contentItem(), QStringLiteral("timeline"));
    if (!m_timeline) {
        std::fprintf(stdout, "tack-scroll {\"error\":\"no timeline on screen\"}\n");
        std::fflush(stdout);
        QCoreApplication::exit(3);
        return;
    }
    m_running = true;
    m_startY = m_timeline->property("contentY").toReal();
    connect(m_window, &QQuickWindow::frameSwapped, this, &ScrollProbe::step, Qt::QueuedConnection);
    step();
}

void ScrollProbe::step()
{
    if (!m_running || !m_timeline)
        return;
    if (m_clock.isValid())
        m_intervals.append(double(m_clock.nsecsElapsed()) / 1e6);
    m_clock.start();
    if (m_intervals.size() >= m_frames) {
        finish();
        return;
    }
    // A steady flick towards older messages, renewed whenever it slows down, as a person scrolling
    // through history would: the view's own scrolling and page loading run.
    if (!m_timeline->property("flicking").toBool())
        QMetaObject::invokeMethod(m_timeline, "flick", Q_ARG(qreal, 0.0), Q_ARG(qreal, kFlickVelocity));
    m_window->update();
}

void ScrollProbe::finish()
{
    m_running = false;
    disconnect(m_window, &QQuickWindow::frameSwapped, this, &ScrollProbe::step);
    if (!m_intervals.isEmpty())
        m_intervals.removeFirst(); // the first interval includes setting up
    int slow = 0;
    for (double ms : std::as_const(m_intervals))
        slow += ms > 1000.0 / 60.0 ? 1 : 0;
    QJsonObject out;
    out.insert(QStringLiteral("frames"), m_intervals.size());
    out.insert(QStringLiteral("frame_ms_p50"), percentile(m_intervals, 50));
    out.insert(QStringLiteral("frame_ms_p99"), percentile(m_intervals, 99));
    out.insert(QStringLiteral("frame_ms_max"), percentile(m_intervals, 100));
    out.insert(QStringLiteral("frames_over_16ms"), slow);
    // How far the view travelled into the history, and how many rows it had loaded by then.
    out.insert(QStringLiteral("scrolled_px"), qAbs(m_timeline->property("contentY").toReal() - m_startY));
    out.insert(QStringLiteral("rows_loaded"), m_timeline->property("count").toInt());
    std::fprintf(stdout, "tack-scroll %s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::quit();
}
