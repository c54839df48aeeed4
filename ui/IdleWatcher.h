#pragma once

#include <QObject>
#include <QTimer>

namespace tack::ui {

// Tells when the user has not touched the app (keyboard, mouse, touch, wheel) for `idleMs`, and when they
// are back, so presence can say "away". Watches the whole application through an event filter.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIdleMs = 5 * 60 * 1000;

    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setIdleMs(int ms);
    bool isIdle() const { return m_idle; }

signals:
    void idleChanged(bool idle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activity();

    QTimer m_timer;
    bool m_idle = false;
};

} // namespace tack::ui
