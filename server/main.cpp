#include "ServerCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tack-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TACK_VERSION));
    return tack::server::runCli(QCoreApplication::arguments());
}
