#pragma once

#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace tack::ui {
class AppSession;
class Translator;
} // namespace tack::ui

// The desktop app started as app/desktop's main() starts it, for UI tests: an AppSession on a temporary
// profile, the Translator in English, a QQmlApplicationEngine (Basic style, import path qrc:/) loading
// qrc:/Tack/App/Main.qml, and its window exposed. stop() then start() reopens the same profile, as quitting
// and launching the app again would. Linking tackquicktestsupport brings the Tack QML modules; a test that
// uses DesktopApp does not import them again.
//
//     DesktopApp app;
//     QVERIFY2(app.start(), qPrintable(app.errorString()));                 // at the login page
//     QVERIFY2(app.signIn(url, login, password), qPrintable(app.errorString()));
//     app.screenshot(QStringLiteral("page.png"));                          // <build>/screenshots/page.png
class DesktopApp
{
public:
    struct Options
    {
        QSize windowSize;      // resize the window before it is shown; empty: Main.qml's own size
        bool activate = false; // ask for the active window once exposed (keyboard shortcuts need it)
        // An account to start with, as main() does with --login: restored from the profile when its replica
        // holds a token, else signed in with `password`; start() then waits until signed in and online.
        // Empty login: the window opens at the login page.
        QString server;
        QString login;
        QString password;
        // Runs between creating the session and restoring the account, e.g. to spy on the session's signals
        // from the very start.
        std::function<void(tack::ui::AppSession &)> beforeRestore;
    };

    static constexpr int kWaitMs = 30000; // for signing in and coming online

    DesktopApp();
    ~DesktopApp(); // stop()
    DesktopApp(const DesktopApp &) = delete;
    DesktopApp &operator=(const DesktopApp &) = delete;

    // False with errorString() when the profile, the window or the sign-in fails; the app may then be half
    // started (stop() cleans up either way).
    bool start(const Options &options);
    bool start() { return start(Options()); }
    // Signs in through the session and waits until signed in and online.
    bool signIn(const QString &server, const QString &login, const QString &password);
    // Closes the window, then the translator and the session; the profile stays for the next start().
    void stop();

    // Saves the window (or another one, e.g. an alert window) as <build>/screenshots/`name` once bindings and
    // the scene graph have settled; a failure to grab or save fails the running test function.
    void screenshot(const QString &name, QQuickWindow *window = nullptr);

    tack::ui::AppSession *session() const { return m_session.get(); }
    tack::ui::Translator *translator() const { return m_translator.get(); }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const { return m_window; }
    QString profilePath() const { return m_profile.path(); }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &error);
    bool waitSignedInAndOnline(const QString &login);

    QTemporaryDir m_profile;
    std::unique_ptr<tack::ui::AppSession> m_session;
    std::unique_ptr<tack::ui::Translator> m_translator;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr; // owned by m_engine
    QString m_error;
};
