#include "DesktopApp.h"

#include "AppSession.h"
#include "Translator.h"

#include <QDir>
#include <QImage>
#include <QMetaEnum>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

// The Tack QML modules are static plugins, imported here once for every test that starts the app.
Q_IMPORT_QML_PLUGIN(Tack_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Tack_AppPlugin)

using tack::ui::AppSession;

namespace {

QString statusName(AppSession::Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<AppSession::Status>().valueToKey(int(status)));
}

} // namespace

DesktopApp::DesktopApp() = default;

DesktopApp::~DesktopApp()
{
    stop();
}

bool DesktopApp::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool DesktopApp::start(const Options &options)
{
    if (m_session)
        return fail(QStringLiteral("start(): the app is running; stop() it first"));
    if (!m_profile.isValid())
        return fail(QStringLiteral("no temporary profile folder: %1").arg(m_profile.errorString()));
    // Once per process, before any QML imports Qt Quick Controls (a later call only warns).
    static bool styled = false;
    if (!styled) {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        styled = true;
    }

    m_session = std::make_unique<AppSession>(m_profile.path());
    if (options.beforeRestore)
        options.beforeRestore(*m_session);
    if (!options.login.isEmpty()) {
        m_session->restore(options.server, options.login);
        if (m_session->status() != AppSession::Status::SignedIn)
            m_session->signIn(options.server, options.login, options.password);
    }
    m_translator = std::make_unique<tack::ui::Translator>(nullptr);
    m_translator->setCode(QStringLiteral("en"));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_translator->setEngine(m_engine.get());
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->load(QUrl(QStringLiteral("qrc:/Tack/App/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return fail(QStringLiteral("qrc:/Tack/App/Main.qml did not load (see the QML warnings above)"));
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window)
        return fail(QStringLiteral("Main.qml's root object is not a window"));
    if (!options.windowSize.isEmpty())
        m_window->resize(options.windowSize);
    if (!QTest::qWaitForWindowExposed(m_window))
        return fail(QStringLiteral("the window was not exposed"));
    if (options.activate)
        m_window->requestActivate();
    return options.login.isEmpty() || waitSignedInAndOnline(options.login);
}

bool DesktopApp::signIn(const QString &server, const QString &login, const QString &password)
{
    if (!m_session)
        return fail(QStringLiteral("signIn(): the app is not started"));
    m_session->signIn(server, login, password);
    return waitSignedInAndOnline(login);
}

bool DesktopApp::waitSignedInAndOnline(const QString &login)
{
    AppSession *session = m_session.get();
    if (!QTest::qWaitFor([session] { return session->status() == AppSession::Status::SignedIn; }, kWaitMs)) {
        return fail(QStringLiteral("%1 is not signed in after %2 ms: %3 (%4)")
                        .arg(login)
                        .arg(kWaitMs)
                        .arg(statusName(session->status()), session->error()));
    }
    if (!QTest::qWaitFor([session] { return session->connection() == QLatin1String("online"); }, kWaitMs)) {
        return fail(QStringLiteral("%1 is not online after %2 ms: %3")
                        .arg(login)
                        .arg(kWaitMs)
                        .arg(session->connection()));
    }
    return true;
}

void DesktopApp::stop()
{
    m_engine.reset(); // the window before the session and translator it binds to
    m_window = nullptr;
    m_translator.reset();
    m_session.reset();
}

void DesktopApp::screenshot(const QString &name, QQuickWindow *window)
{
    QQuickWindow *shown = window ? window : m_window;
    QVERIFY2(shown, "screenshot(): no window");
    const QString dir = QStringLiteral(TACK_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QTest::qWait(300); // let bindings and the scene graph settle
    const QImage image = shown->grabWindow();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QDir(dir).filePath(name)));
}
