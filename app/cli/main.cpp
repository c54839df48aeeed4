// tack-cli: the headless Tack client. Argument parsing and wiring only; the work is in CliCommands.
#include "CliArguments.h"
#include "CliCommands.h"
#include "CliOutput.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tack"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));
    // Sync diagnostics are for debugging (QT_LOGGING_RULES="tack.*=true"); a command reports in one line.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("tack.*=false"));

    QString error;
    const std::optional<tack::cli::CliArguments> args =
        tack::cli::CliArguments::parse(QCoreApplication::arguments(), &error);
    if (!args) {
        tack::cli::CliOutput::printError(error);
        tack::cli::CliOutput::printError(tack::cli::CliArguments::usage().section(QLatin1Char('\n'), 0, 0));
        return 2;
    }
    if (args->help) {
        tack::cli::CliOutput::printLine(tack::cli::CliArguments::usage());
        return 0;
    }
    tack::cli::CliCommands commands(*args);
    return commands.run();
}
