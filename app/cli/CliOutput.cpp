#include "CliOutput.h"

#include "db/Sqlite.h"
#include "store/Replica.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>

namespace tack::cli {
namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("--");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString CliOutput::loginOf(qint64 userId) const
{
    if (userId <= 0)
        return {};
    try {
        if (const auto user = m_replica.user(userId))
            return user->login;
    } catch (const db::SqlError &) {
    }
    return QStringLiteral("user%1").arg(userId);
}

QJsonObject CliOutput::chatJson(const store::ConversationRecord &chat) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), chat.id);
    o.insert(QStringLiteral("title"), chat.displayTitle.isEmpty() ? chat.title : chat.displayTitle);
    o.insert(QStringLiteral("kind"), chat.kind);
    o.insert(QStringLiteral("unread"), chat.unread);
    o.insert(QStringLiteral("last_at"), chat.lastAt);
    o.insert(QStringLiteral("member_count"), chat.memberCount);
    o.insert(QStringLiteral("last_text"), chat.lastText);
    o.insert(QStringLiteral("pending"), chat.pending);
    return o;
}

QJsonObject CliOutput::messageJson(const store::MessageRecord &message) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), message.id);
    o.insert(QStringLiteral("conversation"), message.conversation);
    o.insert(QStringLiteral("seq"), message.seq);
    o.insert(QStringLiteral("sender"), loginOf(message.sender));
    o.insert(QStringLiteral("sender_id"), message.sender);
    o.insert(QStringLiteral("text"), message.text);
    o.insert(QStringLiteral("state"), store::stateName(message.state));
    o.insert(QStringLiteral("at"), message.at);
    o.insert(QStringLiteral("edited"), message.editedAt > 0);
    o.insert(QStringLiteral("edited_at"), message.editedAt);
    o.insert(QStringLiteral("recalled"), message.recalled);
    if (!message.error.isEmpty())
        o.insert(QStringLiteral("error"), message.error);
    return o;
}

QString CliOutput::chatLine(const store::ConversationRecord &chat) const
{
    const QString title = chat.displayTitle.isEmpty() ? chat.title : chat.displayTitle;
    QString line = QStringLiteral("%1  %2").arg(chat.id, title);
    if (chat.unread > 0)
        line += QStringLiteral("  [%1 unread]").arg(chat.unread);
    if (chat.pending)
        line += QStringLiteral("  (not yet sent)");
    return line;
}

QString CliOutput::messageLine(const store::MessageRecord &message) const
{
    const QString seq = message.seq > 0 ? QStringLiteral("#%1").arg(message.seq) : QStringLiteral("#-");
    QString text = message.recalled ? QStringLiteral("(recalled)") : message.text;
    QString line =
        QStringLiteral("%1 %2 %3: %4").arg(seq, timeText(message.at), loginOf(message.sender), text);
    if (message.editedAt > 0 && !message.recalled)
        line += QStringLiteral(" (edited)");
    if (message.state == store::MessageRecord::State::Pending)
        line += QStringLiteral(" [pending]");
    else if (message.state == store::MessageRecord::State::Failed)
        line += QStringLiteral(" [failed: %1]").arg(message.error);
    line += QStringLiteral("  id=%1").arg(message.id);
    return line;
}

void CliOutput::printJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliOutput::printJson(const QJsonArray &array)
{
    write(stdout, QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void CliOutput::printLine(const QString &line)
{
    write(stdout, line.toUtf8() + '\n');
}

void CliOutput::printError(const QString &line)
{
    write(stderr, QByteArray("tack-cli: ") + line.toUtf8() + '\n');
}

} // namespace tack::cli
