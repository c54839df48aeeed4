// tack: the desktop client. Parses the command line and wires the session, translations, tray and QML
// window together; everything else lives in ui/ and qml/.

#include "AppSession.h"
#include "RendererChoice.h"
#include "ScrollProbe.h"
#include "StartupTrace.h"
#include "Translator.h"
#include "TrayNotifier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Tack_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Tack_AppPlugin)

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tack"));
    QApplication::setOrganizationName(QStringLiteral("Tack"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("org.tack.Tack"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tack.png")));
    QApplication::setQuitOnLastWindowClosed(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tack workplace messenger"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Server address, e.g. ws://host:7300."),
                                    QStringLiteral("URL"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Data folder (settings and local replicas); lets two accounts run "
                       "side by side."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: en, zh_CN or ar."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Sign in as LOGIN."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption passwordEnv(
        QStringLiteral("password-env"),
        QStringLiteral("Read the password from the environment variable VAR."), QStringLiteral("VAR"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use the dark theme."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window to FILE a few seconds after start, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption chat(QStringLiteral("chat"),
                                  QStringLiteral("Open the chat with this id after start."),
                                  QStringLiteral("ID"));
    const QCommandLineOption renderer(
        QStringLiteral("renderer"),
        QStringLiteral("Scene graph: auto (software rendering when no GPU is available), gpu or software."),
        QStringLiteral("MODE"), QStringLiteral("auto"));

    const QCommandLineOption directory(
        QStringLiteral("directory"),
        QStringLiteral("Open the Directory with this person's profile after start."),
        QStringLiteral("LOGIN"));
    parser.addOptions(
        {server, profile, lang, login, passwordEnv, dark, screenshot, chat, renderer, directory});
    parser.process(app);
    if (const QString problem = applyRendererChoice(parser.value(renderer)); !problem.isEmpty()) {
        std::fprintf(stderr, "tack: %s\n", qPrintable(problem));
        return 2;
    }

    const QString profileDir = parser.isSet(profile)
                                   ? QDir(parser.value(profile)).absolutePath()
                                   : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                         .filePath(QStringLiteral("default"));

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    tack::ui::AppSession session(profileDir);
    session.setStartChat(parser.value(chat)); // opens instead of the remembered chat
    session.setStartPerson(parser.value(directory));
    if (parser.isSet(dark))
        session.setDarkMode(true);

    tack::ui::Translator translator(nullptr);
    translator.setSettingsPath(session.settingsPath());
    translator.setCode(parser.isSet(lang) ? parser.value(lang) : translator.savedOrSystemCode());

    QQmlApplicationEngine engine;
    translator.setEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);

    const QString password =
        parser.isSet(passwordEnv) ? qEnvironmentVariable(qPrintable(parser.value(passwordEnv))) : QString();
    if (parser.isSet(login) && !password.isEmpty()) {
        session.restore(parser.value(server), parser.value(login));
        if (session.status() != tack::ui::AppSession::Status::SignedIn)
            session.signIn(parser.isSet(server) ? parser.value(server) : session.serverUrl(),
                           parser.value(login), password);
    } else {
        session.restore(parser.value(server), parser.value(login));
    }

    tack::ui::TrayNotifier tray(&session);

    std::unique_ptr<StartupTrace> trace;
    if (StartupTrace::enabled())
        trace = std::make_unique<StartupTrace>(&session);
    engine.load(QUrl(QStringLiteral("qrc:/Tack/App/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(&tray, &tack::ui::TrayNotifier::showWindowRequested, window, [window] {
        window->show();
        window->raise();
        window->requestActivate();
    });
    if (window) {
        QObject::connect(window, &QWindow::activeChanged, &tray,
                         [window, &tray] { tray.setVisibleChat(QString(), window->isActive()); });
    }

    if (window && trace) {
        trace->attach(window);
        if (const int frames = ScrollProbe::requestedFrames(); frames > 0) {
            auto *probe = new ScrollProbe(window, frames, trace.get());
            QObject::connect(trace.get(), &StartupTrace::interactive, probe, &ScrollProbe::start,
                             Qt::QueuedConnection);
        }
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(4000, window, [window, file] {
            window->grabWindow().save(file);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
