#include "TodoMutations.h"

#include "AdminSupport.h"
#include "CardPlacement.h"
#include "domain/ChatRules.h"
#include "domain/OrderKey.h"
#include "domain/TodoRules.h"
#include "protocol/ArgReader.h"

#include <QSet>
#include <algorithm>

namespace tack::server {
namespace {

using namespace admin;
using proto::ArgReader;
using proto::Error;
using proto::ErrorCode;

const QSet<QString> kEditableFields{QStringLiteral("title"),     QStringLiteral("notes"),
                                    QStringLiteral("assignees"), QStringLiteral("due"),
                                    QStringLiteral("remind"),    QStringLiteral("priority"),
                                    QStringLiteral("labels"),    QStringLiteral("checklist")};

std::optional<Error> readLabels(const QCborValue &value, QCborArray &out)
{
    if (!value.isArray())
        return invalid("labels", QStringLiteral("must be an array of texts"));
    const QCborArray in = value.toArray();
    if (in.size() > todo::kMaxLabels)
        return invalid("labels", QStringLiteral("at most %1 labels").arg(todo::kMaxLabels));
    QStringList seen;
    for (const QCborValue &v : in) {
        const QString label = v.toString().trimmed();
        if (!v.isString() || label.isEmpty() || label.size() > todo::kMaxLabelChars)
            return invalid("labels",
                           QStringLiteral("each label is 1 to %1 characters").arg(todo::kMaxLabelChars));
        if (!seen.contains(label))
            seen.append(label);
    }
    out = QCborArray();
    for (const QString &label : seen)
        out.append(label);
    return std::nullopt;
}

std::optional<Error> readChecklist(const QCborValue &value, QCborArray &out)
{
    if (!value.isArray())
        return invalid("checklist", QStringLiteral("must be an array of {text, done}"));
    const QCborArray in = value.toArray();
    if (in.size() > todo::kMaxChecklistItems)
        return invalid("checklist", QStringLiteral("at most %1 items").arg(todo::kMaxChecklistItems));
    out = QCborArray();
    for (const QCborValue &v : in) {
        const QCborMap item = v.toMap();
        const QCborValue text = item.value(QLatin1String("text"));
        const QCborValue done = item.value(QLatin1String("done"));
        if (!v.isMap() || !text.isString() || text.toString().trimmed().isEmpty() ||
            text.toString().size() > todo::kMaxChecklistChars || !(done.isBool() || done.isUndefined()))
            return invalid("checklist", QStringLiteral("each item is {text: 1 to %1 characters, done: bool}")
                                            .arg(todo::kMaxChecklistChars));
        QCborMap clean;
        clean.insert(QLatin1String("text"), text.toString());
        clean.insert(QLatin1String("done"), done.toBool(false));
        out.append(clean);
    }
    return std::nullopt;
}

std::optional<Error> readOrder(const QCborMap &args, QByteArray &out)
{
    if (!has(args, "order"))
        return std::nullopt;
    const QCborValue v = args.value(QLatin1String("order"));
    if (!v.isString())
        return invalid("order", QStringLiteral("must be text"));
    out = v.toString().toLatin1();
    if (!out.isEmpty() && !order::isValidKey(out))
        return invalid("order", QStringLiteral("not an order key (1-512 of 0-9 A-Z a-z, not ending in 0)"));
    return std::nullopt;
}

} // namespace

TodoMutations::TodoMutations(ServerStore &store, const MutationContext &ctx, EventRecorder record)
    : m_ctx(ctx), m_record(std::move(record)), m_todos(store.sql()), m_dir(store.sql()), m_chat(store.sql())
{}

QStringList TodoMutations::names()
{
    return {QStringLiteral("todo.create"), QStringLiteral("todo.update"), QStringLiteral("todo.done"),
            QStringLiteral("todo.move"), QStringLiteral("todo.delete")};
}

bool TodoMutations::handles(const QString &name)
{
    return names().contains(name);
}

MutationOutcome TodoMutations::apply(const QString &name, const QCborMap &args)
{
    if (name == QLatin1String("todo.create"))
        return create(args);
    if (name == QLatin1String("todo.update"))
        return update(args);
    if (name == QLatin1String("todo.done"))
        return done(args);
    if (name == QLatin1String("todo.move"))
        return move(args);
    if (name == QLatin1String("todo.delete"))
        return remove(args);
    return failure(ErrorCode::UnknownMutation, QStringLiteral("unknown mutation '%1'").arg(name));
}

std::optional<Error> TodoMutations::readFields(const QCborMap &args, TodoRow &row, bool *changed)
{
    ArgReader a(args);
    auto note = [&](bool differs) {
        if (differs && changed)
            *changed = true;
    };
    if (has(args, "title")) {
        const QString title = a.text("title", 1, todo::kMaxTitleChars);
        if (auto e = a.error())
            return e;
        if (title.trimmed().isEmpty())
            return invalid("title", QStringLiteral("must not be blank"));
        note(title != row.title);
        row.title = title;
    }
    if (has(args, "notes")) {
        const QString notes = a.text("notes", 0, todo::kMaxNotesChars);
        if (auto e = a.error())
            return e;
        note(notes != row.notes);
        row.notes = notes;
    }
    if (has(args, "assignees")) {
        QList<qint64> users = a.integerList("assignees", todo::kMaxAssignees, 1, kMaxId);
        if (auto e = a.error())
            return e;
        std::sort(users.begin(), users.end());
        users.erase(std::unique(users.begin(), users.end()), users.end());
        for (qint64 user : users) {
            if (row.assignees.contains(user))
                continue; // keeping a deactivated assignee is fine; adding one is not
            const auto u = m_dir.user(user);
            if (!u)
                return Error{ErrorCode::NotFound, QStringLiteral("assignees: no user with id %1").arg(user)};
            if (!u->active)
                return invalid("assignees", QStringLiteral("user %1 is deactivated").arg(user));
        }
        note(users != row.assignees);
        row.assignees = users;
    }
    for (const char *key : {"due", "remind", "priority"}) {
        if (!has(args, key))
            continue;
        const qint64 max = qstrcmp(key, "priority") == 0 ? todo::kMaxPriority : kMaxId;
        const qint64 value = a.integer(key, 0, max);
        if (auto e = a.error())
            return e;
        qint64 &field = qstrcmp(key, "due") == 0      ? row.due
                        : qstrcmp(key, "remind") == 0 ? row.remind
                                                      : row.priority;
        note(value != field);
        field = value;
    }
    if (has(args, "labels")) {
        QCborArray labels;
        if (auto e = readLabels(args.value(QLatin1String("labels")), labels))
            return e;
        note(labels != row.labels);
        row.labels = labels;
    }
    if (has(args, "checklist")) {
        QCborArray items;
        if (auto e = readChecklist(args.value(QLatin1String("checklist")), items))
            return e;
        note(items != row.checklist);
        row.checklist = items;
    }
    return std::nullopt;
}

std::optional<Error> TodoMutations::loadEditable(const QCborMap &args, TodoRow &row, bool forDelete)
{
    ArgReader a(args);
    const QString id = a.objectId("todo");
    if (auto e = a.error())
        return e;
    const auto found = m_todos.todo(id);
    if (!found)
        return Error{ErrorCode::NotFound, QStringLiteral("no todo '%1'").arg(id)};
    row = *found;
    const bool member = row.isCard() && m_todos.isBoardMember(row.board, m_ctx.actor);
    const bool allowed = m_ctx.actor == 0 || row.creator == m_ctx.actor || member ||
                         (!forDelete && row.assignees.contains(m_ctx.actor));
    if (!allowed)
        return Error{ErrorCode::Forbidden,
                     forDelete ? QStringLiteral("only the creator or a board member may delete this todo")
                               : QStringLiteral("only the creator, an assignee or a board member may change "
                                                "this todo")};
    return std::nullopt;
}

std::optional<Error> TodoMutations::targetColumn(const QString &board, const QString &column,
                                                 ColumnRow &landing, bool *rehomed, ColumnRow *requested)
{
    const auto target = m_todos.column(column);
    if (!target || target->board != board)
        return Error{ErrorCode::NotFound, QStringLiteral("no column '%1' on this board").arg(column)};
    const auto lands = CardPlacement(m_todos, m_record, m_ctx.now).landingColumn(*target);
    if (!lands)
        return Error{ErrorCode::Conflict, QStringLiteral("the board has no column left")};
    landing = *lands;
    *rehomed = target->deleted;
    if (requested)
        *requested = *target;
    return std::nullopt;
}

void TodoMutations::save(TodoRow &row, const TodoRow *before)
{
    row.rev = before ? before->rev + 1 : 1;
    row.updatedAt = m_ctx.now;
    m_todos.putTodo(row);
    publishTodo(m_record, row, before);
}

MutationOutcome TodoMutations::create(const QCborMap &args)
{
    ArgReader a(args);
    TodoRow row;
    row.id = a.objectId("id");
    const QString board = a.optionalText("board", 64).value_or(QString());
    if (auto e = a.error())
        return failure(*e);
    if (!has(args, "title"))
        return failure(invalid("title", QStringLiteral("missing")));
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        const QString key = it.key().toString();
        static const QSet<QString> extra{QStringLiteral("id"), QStringLiteral("board"),
                                         QStringLiteral("column"), QStringLiteral("order"),
                                         QStringLiteral("message")};
        if (!kEditableFields.contains(key) && !extra.contains(key))
            return failure(ErrorCode::InvalidArgs, QStringLiteral("%1: not a todo field").arg(key));
    }
    if (m_todos.todo(row.id))
        return failure(ErrorCode::Conflict, QStringLiteral("a todo with id '%1' already exists").arg(row.id));
    row.creator = m_ctx.actor;
    row.createdAt = m_ctx.now;
    if (auto e = readFields(args, row, nullptr))
        return failure(*e);

    if (has(args, "message")) {
        const QString message = a.objectId("message");
        if (auto e = a.error())
            return failure(*e);
        const auto msg = m_chat.message(message);
        if (!msg)
            return failure(ErrorCode::NotFound, QStringLiteral("no message '%1'").arg(message));
        if (!m_chat.member(msg->conversation, m_ctx.actor))
            return failure(ErrorCode::Forbidden, QStringLiteral("you are not a member of that conversation"));
        row.conversation = msg->conversation;
        row.message = message;
    }

    MutationOutcome out;
    if (!board.isEmpty()) {
        const QString column = a.objectId("column");
        QByteArray requested;
        if (auto e = a.error())
            return failure(*e);
        if (auto e = readOrder(args, requested))
            return failure(*e);
        if (!m_todos.board(board))
            return failure(ErrorCode::NotFound, QStringLiteral("no board '%1'").arg(board));
        if (!m_todos.isBoardMember(board, m_ctx.actor))
            return failure(ErrorCode::Forbidden, QStringLiteral("you are not a member of this board"));
        ColumnRow landing, target;
        bool rehomed = false;
        if (auto e = targetColumn(board, column, landing, &rehomed, &target))
            return failure(*e);
        row.board = board;
        if (rehomed) {
            row.movedFrom = target.id;
            row.movedFromTitle = target.title;
            requested.clear(); // the key was meant for another column: append
        }
        CardPlacement(m_todos, m_record, m_ctx.now).place(row, landing.id, requested);
        out.result.insert(QLatin1String("column"), row.column);
        out.result.insert(QLatin1String("order"), QString::fromLatin1(row.order));
    } else if (has(args, "column") || has(args, "order")) {
        return failure(invalid("column", QStringLiteral("a todo without a board has no column")));
    }
    save(row, nullptr);
    if (!row.message.isEmpty()) {
        m_todos.setMessageTodo(row.conversation, row.message, row.id);
        QCborMap mark = single("message", row.message);
        mark.insert(QLatin1String("todo"), row.id);
        m_record(streams::conversation(row.conversation), "msg.todo", mark);
    }
    out.result.insert(QLatin1String("todo"), row.id);
    return out;
}

MutationOutcome TodoMutations::update(const QCborMap &args)
{
    TodoRow row;
    if (auto e = loadEditable(args, row, false))
        return failure(*e);
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        const QString key = it.key().toString();
        if (key != QLatin1String("todo") && !kEditableFields.contains(key))
            return failure(ErrorCode::InvalidArgs, QStringLiteral("%1: not an editable todo field").arg(key));
    }
    if (row.deleted)
        return failure(ErrorCode::Conflict, QStringLiteral("the todo was deleted"));
    const TodoRow before = row;
    bool changed = false;
    if (auto e = readFields(args, row, &changed))
        return failure(*e);
    if (row.due != before.due)
        row.escalatedAt = 0; // a new due date may be escalated again
    if (changed)
        save(row, &before);
    return {};
}

MutationOutcome TodoMutations::done(const QCborMap &args)
{
    TodoRow row;
    if (auto e = loadEditable(args, row, false))
        return failure(*e);
    ArgReader a(args);
    const bool isDone = a.boolean("done", true);
    if (auto e = a.error())
        return failure(*e);
    if (row.deleted)
        return failure(ErrorCode::Conflict, QStringLiteral("the todo was deleted"));
    if (row.done == isDone)
        return {};
    const TodoRow before = row;
    row.done = isDone;
    row.doneAt = isDone ? m_ctx.now : 0;
    row.doneBy = isDone ? m_ctx.actor : 0;
    save(row, &before);
    return {};
}

MutationOutcome TodoMutations::move(const QCborMap &args)
{
    TodoRow row;
    if (auto e = loadEditable(args, row, false))
        return failure(*e);
    ArgReader a(args);
    const QString column = a.objectId("column");
    QByteArray requested;
    if (auto e = a.error())
        return failure(*e);
    if (auto e = readOrder(args, requested))
        return failure(*e);
    if (!row.isCard())
        return failure(invalid("todo", QStringLiteral("only a card on a board can move")));
    if (row.deleted)
        return failure(ErrorCode::Conflict, QStringLiteral("the card was deleted"));
    ColumnRow landing, target;
    bool rehomed = false;
    if (auto e = targetColumn(row.board, column, landing, &rehomed, &target))
        return failure(*e);
    const TodoRow before = row;
    if (rehomed) {
        row.movedFrom = target.id;
        row.movedFromTitle = target.title;
        requested.clear();
    } else {
        row.movedFrom.clear();
        row.movedFromTitle.clear();
    }
    CardPlacement(m_todos, m_record, m_ctx.now).place(row, landing.id, requested);
    MutationOutcome out;
    out.result.insert(QLatin1String("column"), row.column);
    out.result.insert(QLatin1String("order"), QString::fromLatin1(row.order));
    if (row.column != before.column || row.order != before.order || row.movedFrom != before.movedFrom)
        save(row, &before);
    return out;
}

MutationOutcome TodoMutations::remove(const QCborMap &args)
{
    TodoRow row;
    if (auto e = loadEditable(args, row, true))
        return failure(*e);
    if (row.deleted)
        return {};
    const TodoRow before = row;
    row.deleted = true;
    save(row, &before);
    return {};
}

} // namespace tack::server
