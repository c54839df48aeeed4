#include "TrayNotifier.h"

#include "AppSession.h"
#include "ApprovalCenter.h"
#include "ChatPrefs.h"
#include "DisplayText.h"
#include "StoreReader.h"
#include "TodoAlerts.h"
#include "TodoCenter.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace tack::ui {

TrayNotifier::TrayNotifier(AppSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(session, &AppSession::messagesArrived, this, &TrayNotifier::scan);
    connect(session->store(), &StoreReader::openedChanged, this, &TrayNotifier::rebaseline);
    connect(session->approvals(), &ApprovalCenter::notice, this,
            [this](const QString &, const QString &title, const QString &text) {
                if (!m_tray)
                    return;
                m_lastNotified.clear(); // a click brings the window up, not a chat
                m_lastTodo.clear();
                m_tray->showMessage(title, text, QSystemTrayIcon::Information, 6000);
            });
    connect(session->todos()->alerts(), &TodoAlerts::reminderDue, this,
            [this](const QString &todo, const QString &title, const QString &detail) {
                notifyTodo(todo, tr("Reminder: %1").arg(title), detail);
            });
    connect(session->todos()->alerts(), &TodoAlerts::escalationArrived, this,
            [this](const QString &todo, const QString &title, const QString &detail) {
                notifyTodo(todo, tr("Overdue: %1").arg(title), detail);
            });
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Open Tack"), this, &TrayNotifier::showWindowRequested);
    m_menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        emit showWindowRequested();
        if (!m_lastTodo.isEmpty())
            m_session->todos()->show(m_lastTodo);
        else if (!m_lastNotified.isEmpty())
            m_session->showChat(m_lastNotified);
    });
    updateIcon(0);
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::setVisibleChat(const QString &conversation, bool windowActive)
{
    m_visibleChat = conversation;
    m_windowActive = windowActive;
}

void TrayNotifier::rebaseline()
{
    m_lastSeq.clear();
    StoreReader *store = m_session->store();
    if (!store->isOpen())
        return;
    int unread = 0;
    try {
        for (const store::ConversationRecord &c : store->replica().conversations()) {
            m_lastSeq.insert(c.id, c.lastSeq);
            if (!m_session->prefs()->isMuted(c.id))
                unread += int(c.unread);
        }
    } catch (const db::SqlError &) {
        return;
    }
    updateIcon(unread);
}

void TrayNotifier::scan(const QStringList &conversations)
{
    StoreReader *store = m_session->store();
    if (!store->isOpen())
        return;
    const qint64 me = store->myUserId();
    const QString myName = store->userName(me);
    int unread = 0;
    try {
        for (const store::ConversationRecord &c : store->replica().conversations()) {
            const bool muted = m_session->prefs()->isMuted(c.id);
            if (!muted)
                unread += int(c.unread);
            const qint64 seen = m_lastSeq.value(c.id, -1);
            m_lastSeq.insert(c.id, c.lastSeq);
            if (!conversations.contains(c.id) || seen < 0 || c.lastSeq <= seen || c.lastSender == me ||
                c.unread == 0)
                continue;
            const bool mention =
                c.lastText.contains(QLatin1Char('@') + myName) || c.lastText.contains(QLatin1String("@all"));
            if ((muted && !mention) || (m_windowActive && m_visibleChat == c.id))
                continue;
            if (m_tray) {
                const QString who = store->userName(c.lastSender);
                const QString title =
                    c.kind == QLatin1String("group") ? c.displayTitle + QStringLiteral(" · ") + who : who;
                m_lastNotified = c.id;
                m_lastTodo.clear();
                m_tray->showMessage(mention ? tr("%1 mentioned you").arg(title) : title,
                                    text::oneLine(c.lastText), QSystemTrayIcon::Information, 6000);
            }
        }
    } catch (const db::SqlError &) {
        return;
    }
    updateIcon(unread);
}

void TrayNotifier::notifyTodo(const QString &todo, const QString &title, const QString &detail)
{
    if (!m_tray)
        return;
    m_lastTodo = todo;
    m_tray->showMessage(title, detail, QSystemTrayIcon::Information, 10000);
}

void TrayNotifier::updateIcon(int unread)
{
    if (!m_tray)
        return;
    QPixmap pixmap(QStringLiteral(":/icons/tack.png"));
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(QColor(0x1f, 0x6f, 0xeb));
    }
    pixmap = pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (unread > 0) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xf5, 0x3f, 0x3f));
        p.setPen(Qt::NoPen);
        const QRect badge(28, 0, 36, 36);
        p.drawEllipse(badge);
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(20);
        p.setFont(f);
        p.drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    }
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(unread > 0 ? tr("Tack: %n unread message(s)", nullptr, unread) : tr("Tack"));
}

} // namespace tack::ui
