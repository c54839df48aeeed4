#include "CliSupport.h"

#include <cstdio>

namespace tack::server::cli {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "tack-server: %s\n", message.toUtf8().constData());
    return code;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

Flags Flags::parse(const QStringList &args, const QStringList &allowed)
{
    Flags f;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args[i];
        QString value;
        bool haveValue = false;
        if (!name.startsWith(QLatin1String("--"))) {
            f.error = QStringLiteral("unexpected argument '%1'").arg(name);
            return f;
        }
        name = name.mid(2);
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            haveValue = true;
        }
        if (!allowed.contains(name)) {
            f.error = QStringLiteral("unknown option '--%1'").arg(name);
            return f;
        }
        if (!haveValue) {
            if (i + 1 >= args.size()) {
                f.error = QStringLiteral("option '--%1' needs a value").arg(name);
                return f;
            }
            value = args[++i];
        }
        f.values.insert(name, value);
    }
    return f;
}

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

} // namespace tack::server::cli
