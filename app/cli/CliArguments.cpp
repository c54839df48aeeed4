#include "CliArguments.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QStandardPaths>

namespace tack::cli {
namespace {

struct Arity
{
    int min;
    int max; // -1: the rest is joined with spaces (free text)
};

const QHash<QString, Arity> &commands()
{
    static const QHash<QString, Arity> table{
        {QStringLiteral("login"), {2, 2}},    {QStringLiteral("chats"), {0, 0}},
        {QStringLiteral("chat"), {2, -1}},    {QStringLiteral("dm"), {1, 1}},
        {QStringLiteral("send"), {2, -1}},    {QStringLiteral("messages"), {1, 1}},
        {QStringLiteral("read"), {1, 1}},     {QStringLiteral("recall"), {1, 1}},
        {QStringLiteral("edit"), {2, -1}},    {QStringLiteral("search"), {1, -1}},
        {QStringLiteral("sync"), {0, 0}},     {QStringLiteral("ding"), {1, 2}},
        {QStringLiteral("dings"), {0, 1}},    {QStringLiteral("sessions"), {0, 2}},
        {QStringLiteral("todos"), {0, 1}},    {QStringLiteral("todo"), {2, -1}},
        {QStringLiteral("board"), {0, 2}},    {QStringLiteral("approvals"), {0, 0}},
        {QStringLiteral("approval"), {2, 3}},
    };
    return table;
}

} // namespace

QString CliArguments::usage()
{
    return QStringLiteral(
        "usage: tack-cli [--profile DIR] [--json] COMMAND\n"
        "  login ws://HOST:PORT LOGIN     log in (password from TACK_PASSWORD or a prompt)\n"
        "    [--trust-cert FILE | --trust-fingerprint SHA256]  trust the server's self-signed certificate\n"
        "                                 (remembered in the profile)\n"
        "  chats                          list chats\n"
        "  chat new TITLE --members L,L   create a group chat, print its id\n"
        "  dm LOGIN                       open the direct chat with LOGIN, print its id\n"
        "  send CHAT TEXT                 send a message\n"
        "  messages CHAT [--limit N]      show the newest messages\n"
        "  read CHAT                      mark a chat read\n"
        "  recall MESSAGE                 recall a message\n"
        "  edit MESSAGE TEXT              edit a message\n"
        "  search QUERY                   search message text\n"
        "  sync [--timeout S]             catch up and send everything queued\n"
        "  ding MESSAGE --to L,L          DING my message to these members (again: only the unconfirmed)\n"
        "  ding confirm MESSAGE           confirm a DING sent to me\n"
        "  dings [MESSAGE]                my unconfirmed DINGs, or who confirmed MESSAGE's DING\n"
        "  approvals                      approvals I take part in (* marks those waiting for me)\n"
        "  approval submit FORM --field NAME=VALUE ...   submit a form (leave, overtime, expense,\n"
        "                                 missed_punch, general, or the org's own), print its id\n"
        "  approval act ID ACTION [--comment TEXT] [--to LOGIN]   approve, reject, return, withdraw,\n"
        "                                 transfer, comment or urge\n"
        "  sessions                       my signed-in devices (* marks this one)\n"
        "  sessions revoke ID | --others  sign out one other device, or all others\n"
        "  todos [overdue|today|upcoming|done|assigned]  my open todos, one section, or those I assigned\n"
        "  todo add TITLE [--due YYYY-MM-DD[THH:MM]] [--to L,L] [--board BOARD --column COLUMN]\n"
        "                                 add a todo (or a card on a board), print its id\n"
        "  todo done TODO                 mark a todo done\n"
        "  board [BOARD]                  list my boards, or one board's columns and cards (id or title)\n"
        "  board new TITLE [--columns A,B,C] [--members L,L]  create a board, print its id\n"
        "Changes are saved locally first and sent within --timeout seconds (default 10) when possible.");
}

QString CliArguments::defaultProfile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("cli"));
}

std::optional<CliArguments> CliArguments::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption members(QStringLiteral("members"), QString(), QStringLiteral("LOGINS"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("LOGINS"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("S"));
    const QCommandLineOption trustCert(QStringLiteral("trust-cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption trustFingerprint(QStringLiteral("trust-fingerprint"), QString(),
                                              QStringLiteral("SHA256"));
    const QCommandLineOption others(QStringLiteral("others"));
    const QCommandLineOption field(QStringLiteral("field"), QString(), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption comment(QStringLiteral("comment"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption due(QStringLiteral("due"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption board(QStringLiteral("board"), QString(), QStringLiteral("BOARD"));
    const QCommandLineOption column(QStringLiteral("column"), QString(), QStringLiteral("COLUMN"));
    const QCommandLineOption columns(QStringLiteral("columns"), QString(), QStringLiteral("TITLES"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({profile, json, members, to, limit, timeout, trustCert, trustFingerprint, others, due,
                       board, column, columns, field, comment, help});

    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());

    CliArguments out;
    out.help = parser.isSet(help);
    out.json = parser.isSet(json);
    out.profile = parser.isSet(profile) ? parser.value(profile) : defaultProfile();
    if (out.profile.isEmpty())
        return fail(QStringLiteral("--profile needs a folder"));
    out.members = parser.value(members);
    out.to = parser.value(to);

    QStringList positional = parser.positionalArguments();
    if (out.help)
        return out;
    if (positional.isEmpty())
        return fail(QStringLiteral("no command given"));
    out.command = positional.takeFirst();
    const auto arity = commands().constFind(out.command);
    if (arity == commands().cend())
        return fail(QStringLiteral("unknown command \"%1\"").arg(out.command));
    if (positional.size() < arity->min || (arity->max >= 0 && positional.size() > arity->max))
        return fail(QStringLiteral("wrong number of arguments for \"%1\"").arg(out.command));
    if (arity->max < 0 && positional.size() > arity->min) {
        // Free text at the end may be given unquoted: join the rest.
        const QString rest = positional.mid(arity->min - 1).join(QLatin1Char(' '));
        positional = positional.mid(0, arity->min - 1);
        positional.append(rest);
    }
    out.args = positional;

    if (out.command == QLatin1String("chat") && out.args.value(0) != QLatin1String("new"))
        return fail(QStringLiteral("the only chat subcommand is \"chat new TITLE --members LOGIN,LOGIN\""));
    const bool boardNew = out.command == QLatin1String("board") && out.args.value(0) == QLatin1String("new");
    if (parser.isSet(members) && out.command != QLatin1String("chat") && !boardNew)
        return fail(QStringLiteral("--members belongs to \"chat new\" and \"board new\""));
    if (out.command == QLatin1String("board") && out.args.size() == 2 && !boardNew)
        return fail(QStringLiteral("use \"board\", \"board BOARD\" or \"board new TITLE\""));
    if (parser.isSet(columns) && !boardNew)
        return fail(QStringLiteral("--columns belongs to \"board new\""));
    out.columns = parser.value(columns);
    if (out.command == QLatin1String("ding")) {
        const bool confirm = out.args.size() == 2;
        if (confirm && out.args.at(0) != QLatin1String("confirm"))
            return fail(QStringLiteral("use \"ding MESSAGE --to LOGIN,LOGIN\" or \"ding confirm MESSAGE\""));
        if (confirm == parser.isSet(to))
            return fail(confirm ? QStringLiteral("--to does not belong to \"ding confirm\"")
                                : QStringLiteral("ding needs --to LOGIN,LOGIN"));
    } else if (parser.isSet(to) && out.command != QLatin1String("todo") &&
               out.command != QLatin1String("approval")) {
        return fail(
            QStringLiteral("--to belongs to \"ding\", \"todo add\" and \"approval act ID transfer\""));
    }
    out.fields = parser.values(field);
    out.comment = parser.value(comment);
    if (out.command == QLatin1String("approval")) {
        const bool submit = out.args.at(0) == QLatin1String("submit");
        if (submit ? out.args.size() != 2 : (out.args.at(0) != QLatin1String("act") || out.args.size() != 3))
            return fail(
                QStringLiteral("use \"approval submit FORM --field NAME=VALUE ...\" or \"approval act ID "
                               "ACTION\""));
        if (submit && (parser.isSet(comment) || parser.isSet(to)))
            return fail(QStringLiteral("--comment and --to belong to \"approval act\""));
        if (!submit && parser.isSet(field))
            return fail(QStringLiteral("--field belongs to \"approval submit\""));
    } else if (parser.isSet(field) || parser.isSet(comment)) {
        return fail(QStringLiteral("--field and --comment belong to \"approval\""));
    }
    if (out.command == QLatin1String("todo")) {
        const QString sub = out.args.value(0);
        if (sub != QLatin1String("add") && sub != QLatin1String("done"))
            return fail(QStringLiteral("use \"todo add TITLE\" or \"todo done TODO\""));
        if (sub == QLatin1String("done") &&
            (out.args.size() != 2 || parser.isSet(to) || parser.isSet(due) || parser.isSet(board)))
            return fail(QStringLiteral("\"todo done\" takes one todo id and no options"));
        if (parser.isSet(board) != parser.isSet(column))
            return fail(QStringLiteral("a card needs both --board and --column"));
    } else if (parser.isSet(due) || parser.isSet(board) || parser.isSet(column)) {
        return fail(QStringLiteral("--due, --board and --column belong to \"todo add\""));
    }
    out.due = parser.value(due);
    out.board = parser.value(board);
    out.column = parser.value(column);
    if (out.command == QLatin1String("todos") && !out.args.isEmpty() &&
        !QStringList{"overdue", "today", "upcoming", "done", "assigned"}.contains(out.args.at(0)))
        return fail(QStringLiteral("todos takes one of overdue, today, upcoming, done, assigned"));
    out.others = parser.isSet(others);
    if (out.command == QLatin1String("sessions")) {
        const bool revoke = out.args.value(0) == QLatin1String("revoke");
        if (!out.args.isEmpty() && !revoke)
            return fail(
                QStringLiteral("use \"sessions\", \"sessions revoke ID\" or \"sessions revoke --others\""));
        if (revoke && (out.args.size() == 2) == out.others)
            return fail(QStringLiteral("sessions revoke needs a session id or --others (not both)"));
    } else if (out.others) {
        return fail(QStringLiteral("--others belongs to \"sessions revoke\""));
    }
    if (parser.isSet(trustCert) || parser.isSet(trustFingerprint)) {
        if (out.command != QLatin1String("login"))
            return fail(QStringLiteral("--trust-cert and --trust-fingerprint belong to \"login\""));
        if (parser.isSet(trustCert) && parser.isSet(trustFingerprint))
            return fail(QStringLiteral("give either --trust-cert or --trust-fingerprint, not both"));
        out.trustCert = parser.value(trustCert);
        out.trustFingerprint = parser.value(trustFingerprint);
        if (parser.isSet(trustCert) && out.trustCert.isEmpty())
            return fail(QStringLiteral("--trust-cert needs a certificate file"));
        if (parser.isSet(trustFingerprint) && out.trustFingerprint.isEmpty())
            return fail(QStringLiteral("--trust-fingerprint needs a SHA-256 fingerprint"));
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        out.limit = parser.value(limit).toInt(&ok);
        if (!ok || out.limit < 1 || out.limit > 10000)
            return fail(QStringLiteral("--limit must be a number from 1 to 10000"));
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        out.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || out.timeoutSeconds < 0 || out.timeoutSeconds > 86400)
            return fail(QStringLiteral("--timeout must be a number of seconds from 0 to 86400"));
    }
    return out;
}

} // namespace tack::cli
