#include "AdminArgs.h"

namespace tack::server::admincmd {
namespace {

const QStringList kValueOptions{
    QStringLiteral("login"),       QStringLiteral("name"),    QStringLiteral("title"),
    QStringLiteral("employee-id"), QStringLiteral("phone"),   QStringLiteral("email"),
    QStringLiteral("departments"), QStringLiteral("manager"), QStringLiteral("parent")};

} // namespace

Args parseArgs(const QStringList &args)
{
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!arg.startsWith(QLatin1String("--"))) {
            a.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        if (name == QLatin1String("dry-run")) {
            a.switches.insert(name);
            continue;
        }
        QString value;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            a.error = QStringLiteral("option '--%1' needs a value").arg(name);
            return a;
        }
        if (!kValueOptions.contains(name)) {
            a.error = QStringLiteral("unknown option '--%1'").arg(name);
            return a;
        }
        a.options.insert(name, value);
    }
    return a;
}

AdminReply failed(const QString &message, int code)
{
    AdminReply r;
    r.exitCode = code;
    r.err = message;
    return r;
}

AdminReply unknownVerb(const char *group, const QString &verb, const char *choices)
{
    if (verb.isEmpty())
        return failed(
            QStringLiteral("admin %1 needs a command: %2").arg(QLatin1String(group), QLatin1String(choices)),
            2);
    return failed(QStringLiteral("unknown command 'admin %1 %2' (try %3)")
                      .arg(QLatin1String(group), verb, QLatin1String(choices)),
                  2);
}

AdminReply printed(const QString &text)
{
    AdminReply r;
    r.out = text.toUtf8();
    return r;
}

} // namespace tack::server::admincmd
