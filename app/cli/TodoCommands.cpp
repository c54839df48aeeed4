// tack-cli todos, todo add, todo done, board: todos and boards from the local replica (after a short sync),
// writes queued offline-first like messages.
#include "CliCommands.h"
#include "CliOutput.h"
#include "SyncWatch.h"
#include "client/ClientSession.h"

#include <QDateTime>
#include <QJsonArray>

namespace tack::cli {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QString when(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM, local time; nothing when it does not parse.
std::optional<qint64> parseDue(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        at = QDateTime(day, QTime(23, 59));
    }
    return at.toMSecsSinceEpoch();
}

QJsonObject todoJson(const store::TodoRecord &t)
{
    QJsonArray assignees;
    for (qint64 id : t.assignees)
        assignees.append(id);
    QJsonArray labels;
    for (const QString &label : t.labels)
        labels.append(label);
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("notes"), t.notes},
                  {QStringLiteral("creator"), t.creator},
                  {QStringLiteral("assignees"), assignees},
                  {QStringLiteral("due"), t.due},
                  {QStringLiteral("priority"), t.priority},
                  {QStringLiteral("done"), t.done},
                  {QStringLiteral("labels"), labels},
                  {QStringLiteral("pending"), t.pending}};
    if (!t.board.isEmpty()) {
        o.insert(QStringLiteral("board"), t.board);
        o.insert(QStringLiteral("column"), t.column);
        o.insert(QStringLiteral("order"), QString::fromLatin1(t.order));
    }
    if (!t.movedFrom.isEmpty())
        o.insert(QStringLiteral("moved_from"), t.movedFromTitle);
    if (!t.message.isEmpty())
        o.insert(QStringLiteral("message"), t.message);
    return o;
}

QString todoLine(const store::TodoRecord &t)
{
    QString line =
        QStringLiteral("%1  [%2] %3").arg(t.id, t.done ? QStringLiteral("x") : QStringLiteral(" "), t.title);
    if (t.due > 0)
        line += QStringLiteral("  due %1").arg(when(t.due));
    if (!t.movedFrom.isEmpty())
        line += QStringLiteral("  (moved from deleted column \"%1\")").arg(t.movedFromTitle);
    if (t.pending)
        line += QStringLiteral("  (not sent yet)");
    return line;
}

} // namespace

std::optional<QString> CliCommands::resolveBoard(const QString &idOrTitle)
{
    const QList<store::BoardRecord> boards = m_session->reader().boards();
    for (const store::BoardRecord &b : boards) {
        if (b.id == idOrTitle)
            return b.id;
    }
    QStringList matches;
    for (const store::BoardRecord &b : boards) {
        if (b.title.compare(idOrTitle, Qt::CaseInsensitive) == 0)
            matches.append(b.id);
    }
    if (matches.size() == 1)
        return matches.first();
    CliOutput::printError(
        matches.isEmpty() ? QStringLiteral("no board \"%1\" (tack-cli board lists them)").arg(idOrTitle)
                          : QStringLiteral("several boards are called \"%1\"; use its id").arg(idOrTitle));
    return std::nullopt;
}

std::optional<QString> CliCommands::resolveColumn(const QString &board, const QString &idOrTitle)
{
    for (const store::ColumnRecord &c : m_session->reader().columns(board)) {
        if (c.id == idOrTitle || c.title.compare(idOrTitle, Qt::CaseInsensitive) == 0)
            return c.id;
    }
    CliOutput::printError(QStringLiteral("no column \"%1\" on that board").arg(idOrTitle));
    return std::nullopt;
}

int CliCommands::todos()
{
    if (!openSession(Need::Account))
        return kFailed;
    quickSync();
    store::Replica &r = m_session->reader();
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 dayEnd = QDateTime(now.date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    const QString view = m_args.args.value(0);
    QList<QPair<QString, QList<store::TodoRecord>>> sections;
    if (view == QLatin1String("assigned")) {
        sections.append({QStringLiteral("assigned"), r.todosAssignedByMe()});
    } else {
        const QList<QPair<QString, store::TodoView>> all{
            {QStringLiteral("overdue"), store::TodoView::Overdue},
            {QStringLiteral("today"), store::TodoView::Today},
            {QStringLiteral("upcoming"), store::TodoView::Upcoming},
            {QStringLiteral("done"), store::TodoView::Done}};
        for (const auto &[name, which] : all) {
            if (view == name || (view.isEmpty() && which != store::TodoView::Done))
                sections.append({name, r.myTodos(which, nowMs, dayEnd)});
        }
    }
    if (m_args.json) {
        QJsonObject o;
        for (const auto &[name, list] : std::as_const(sections)) {
            QJsonArray array;
            for (const store::TodoRecord &t : list)
                array.append(todoJson(t));
            o.insert(name, array);
        }
        CliOutput::printJson(o);
        return kOk;
    }
    for (const auto &[name, list] : std::as_const(sections)) {
        CliOutput::printLine(QStringLiteral("%1 (%2)").arg(name).arg(list.size()));
        for (const store::TodoRecord &t : list)
            CliOutput::printLine(QStringLiteral("  ") + todoLine(t));
    }
    return kOk;
}

int CliCommands::todoAdd()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString title = m_args.args.value(1);
    QCborMap fields;
    if (!m_args.due.isEmpty()) {
        const std::optional<qint64> due = parseDue(m_args.due);
        if (!due) {
            CliOutput::printError(QStringLiteral("--due must look like 2026-12-24 or 2026-12-24T17:30"));
            return kUsage;
        }
        fields.insert(QStringLiteral("due"), *due);
    }
    if (!m_args.to.isEmpty()) {
        QCborArray assignees;
        for (const QString &login : m_args.to.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<qint64> id = resolveLogin(login.trimmed());
            if (!id)
                return kFailed;
            if (!assignees.contains(QCborValue(*id)))
                assignees.append(*id);
        }
        fields.insert(QStringLiteral("assignees"), assignees);
    }
    QString id;
    if (!m_args.board.isEmpty()) {
        quickSync();
        const std::optional<QString> board = resolveBoard(m_args.board);
        const std::optional<QString> column = board ? resolveColumn(*board, m_args.column) : std::nullopt;
        if (!column)
            return kFailed;
        id = m_session->createCard(*board, *column, title, fields);
    } else {
        id = m_session->createTodo(title, fields);
    }
    if (id.isEmpty()) {
        CliOutput::printError(
            QStringLiteral("a todo title must have 1 to 500 characters and not only spaces"));
        return kUsage;
    }
    return finishWrite(id, [&](bool sent) {
        if (!m_args.json) {
            CliOutput::printLine(id);
            return;
        }
        QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("title"), title.trimmed()}};
        if (const auto t = m_session->reader().todo(id))
            o = todoJson(*t);
        printWriteJson(o, sent);
    });
}

int CliCommands::todoDone()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString id = m_args.args.value(1);
    if (!m_session->reader().todo(id)) {
        quickSync();
        if (!m_session->reader().todo(id)) {
            CliOutput::printError(QStringLiteral("no todo \"%1\" (tack-cli todos lists them)").arg(id));
            return kFailed;
        }
    }
    if (!m_session->setTodoDone(id, true)) {
        CliOutput::printError(QStringLiteral("\"%1\" is not a todo id").arg(id));
        return kUsage;
    }
    return finishWrite(id, [&](bool sent) {
        if (m_args.json)
            printWriteJson({{QStringLiteral("id"), id}, {QStringLiteral("done"), true}}, sent);
        else
            CliOutput::printLine(QStringLiteral("done: %1").arg(id));
    });
}

int CliCommands::boards()
{
    if (!openSession(Need::Account))
        return kFailed;
    quickSync();
    store::Replica &r = m_session->reader();
    if (m_args.args.isEmpty()) {
        const QList<store::BoardRecord> list = r.boards();
        if (m_args.json) {
            QJsonArray array;
            for (const store::BoardRecord &b : list)
                array.append(QJsonObject{{QStringLiteral("id"), b.id},
                                         {QStringLiteral("title"), b.title},
                                         {QStringLiteral("owner"), b.owner},
                                         {QStringLiteral("members"), qint64(b.members.size())}});
            CliOutput::printJson(QJsonObject{{QStringLiteral("boards"), array}});
        } else {
            for (const store::BoardRecord &b : list)
                CliOutput::printLine(QStringLiteral("%1  %2").arg(b.id, b.title));
        }
        return kOk;
    }
    const std::optional<QString> board = resolveBoard(m_args.args.at(0));
    if (!board)
        return kFailed;
    const QList<store::ColumnRecord> columns = r.columns(*board);
    if (m_args.json) {
        QJsonArray array;
        for (const store::ColumnRecord &c : columns) {
            QJsonArray cards;
            for (const store::TodoRecord &t : r.cards(c.id))
                cards.append(todoJson(t));
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("title"), c.title},
                                     {QStringLiteral("wip"), c.wip},
                                     {QStringLiteral("over_wip"), c.overWip()},
                                     {QStringLiteral("cards"), cards}});
        }
        CliOutput::printJson(QJsonObject{{QStringLiteral("id"), *board},
                                         {QStringLiteral("title"), r.board(*board)->title},
                                         {QStringLiteral("columns"), array}});
        return kOk;
    }
    CliOutput::printLine(r.board(*board)->title);
    for (const store::ColumnRecord &c : columns) {
        QString head = QStringLiteral("== %1 (%2").arg(c.title).arg(c.cardCount);
        if (c.wip > 0)
            head += QStringLiteral(" of WIP limit %1%2")
                        .arg(c.wip)
                        .arg(c.overWip() ? QStringLiteral(", OVER THE LIMIT") : QString());
        CliOutput::printLine(head + QStringLiteral(")  ") + c.id);
        for (const store::TodoRecord &t : r.cards(c.id))
            CliOutput::printLine(QStringLiteral("  ") + todoLine(t));
    }
    return kOk;
}

int CliCommands::newBoard()
{
    if (!openSession(Need::Token))
        return kFailed;
    const QString title = m_args.args.at(1);
    const QStringList columns =
        m_args.columns.isEmpty()
            ? QStringList{QStringLiteral("To do"), QStringLiteral("Doing"), QStringLiteral("Done")}
            : m_args.columns.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<qint64> members;
    if (!m_args.members.isEmpty()) {
        const std::optional<QList<qint64>> ids = resolveLogins(m_args.members, m_session->account().userId);
        if (!ids)
            return kFailed;
        members = *ids;
    }
    const QString id = m_session->createBoard(title, columns, members);
    if (id.isEmpty()) {
        CliOutput::printError(
            QStringLiteral("a board needs a title of 1 to 200 characters and column titles of 1 to 100"));
        return kUsage;
    }
    return finishWrite(id, [&](bool sent) {
        if (m_args.json)
            printWriteJson({{QStringLiteral("id"), id}, {QStringLiteral("title"), title.trimmed()}}, sent);
        else
            CliOutput::printLine(id);
    });
}

} // namespace tack::cli
