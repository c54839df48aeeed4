#include "ServerCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Qt's GLib event loop keeps socket notifiers in linked lists and walks them on every change, which
    // costs O(connections) per write; with thousands of members connected that dominated the server.
    // A server has no GLib integration to keep, so use Qt's own dispatcher (no effect off Unix).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tack-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TACK_VERSION));
    return tack::server::runCli(QCoreApplication::arguments());
}
