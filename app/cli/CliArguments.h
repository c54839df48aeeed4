#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace tack::cli {

// The parsed command line: `tack-cli [--profile DIR] [--json] COMMAND ARGS... [options]`.
struct CliArguments
{
    QString command;   // login, chats, chat, dm, send, messages, read, recall, edit, search, sync
    QStringList args;  // positional arguments after the command
    QString profile;   // the profile folder; the replica is PROFILE/replica.db
    bool json = false; // one JSON document on stdout
    QString members;   // chat new --members LOGIN,LOGIN
    QString to;        // ding MESSAGE --to LOGIN,LOGIN; todo add TITLE --to LOGIN,LOGIN (assignees)
    QString due;       // todo add --due YYYY-MM-DD[THH:MM] (local time)
    QString board;     // todo add --board BOARD --column COLUMN: a card
    QString column;
    QString columns;          // board new TITLE --columns A,B,C
    QStringList fields;       // approval submit FORM --field NAME=VALUE (repeated)
    QString comment;          // approval act ID ACTION --comment TEXT (--to LOGIN for transfer)
    int limit = 50;           // messages --limit
    int timeoutSeconds = -1;  // -1: the command's default
    bool others = false;      // sessions revoke --others
    QString trustCert;        // login --trust-cert FILE: trust this self-signed server certificate
    QString trustFingerprint; // login --trust-fingerprint HEX: the same, by its SHA-256
    bool help = false;

    // Parses `arguments` (argv, program name first). On a usage problem returns nothing and sets `error`.
    static std::optional<CliArguments> parse(const QStringList &arguments, QString *error);
    static QString usage();
    static QString defaultProfile();
};

} // namespace tack::cli
