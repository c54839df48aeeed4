#include "BoardActions.h"

#include "BoardText.h"
#include "StoreReader.h"
#include "client/ClientSession.h"
#include "domain/TodoRules.h"

#include <QCborArray>
#include <QCborMap>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBoardActions, "tack.ui.boards")

namespace tack::ui {

namespace {

bool goodTitle(const QString &title, int maxChars)
{
    return !title.trimmed().isEmpty() && title.trimmed().size() <= maxChars;
}

} // namespace

BoardActions::BoardActions(StoreReader *store, QObject *parent) : QObject(parent), m_store(store)
{}

void BoardActions::setClient(client::ClientSession *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    clearError();
    if (!m_client)
        return;
    connect(m_client, &client::ClientSession::mutationFailed, this,
            [this](qint64, const QString &name, const QString &code, const QString &) {
                if (handles(name))
                    refuse(refusalText(name, code));
            });
}

bool BoardActions::handles(const QString &mutationName)
{
    return mutationName.startsWith(QLatin1String("board.")) ||
           mutationName.startsWith(QLatin1String("column.")) || mutationName == QLatin1String("todo.move");
}

void BoardActions::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit errorChanged();
}

bool BoardActions::refuse(const QString &message)
{
    m_error = message;
    emit errorChanged();
    emit refused(message);
    return false;
}

bool BoardActions::ready()
{
    if (m_client && m_store && m_store->isOpen())
        return true;
    return refuse(tr("Not signed in."));
}

QString BoardActions::refusalText(const QString &name, const QString &code) const
{
    if (code == QLatin1String("forbidden")) {
        if (name == QLatin1String("board.member.remove"))
            return tr("Only the board's owner can remove other members.");
        return tr("You are not a member of this board any more.");
    }
    if (code == QLatin1String("conflict")) {
        if (name == QLatin1String("column.delete"))
            return tr("A board keeps at least one column, so its last column cannot be deleted.");
        if (name == QLatin1String("todo.move"))
            return tr("The card was deleted meanwhile.");
        return tr("Someone else changed this first.");
    }
    if (code == QLatin1String("not_found"))
        return tr("The board, column or card no longer exists.");
    if (code == QLatin1String("invalid_args"))
        return tr("The server refused the values (empty, too long or out of range).");
    return tr("The server refused the change (%1).").arg(code);
}

// --- boards and members ---

QStringList BoardActions::defaultColumns() const
{
    return {tr("To do"), tr("Doing"), tr("Done")};
}

QString BoardActions::defaultColumnsText() const
{
    return defaultColumns().join(tr(", ", "between column names"));
}

QString BoardActions::createBoard(const QString &title, const QVariantList &memberIds,
                                  const QStringList &columnTitles)
{
    if (!ready())
        return {};
    if (!goodTitle(title, todo::kMaxBoardTitleChars)) {
        refuse(tr("A board needs a name of at most %n characters.", nullptr, todo::kMaxBoardTitleChars));
        return {};
    }
    QList<qint64> members;
    for (const QVariant &v : memberIds) {
        const qint64 id = v.toLongLong();
        if (id > 0 && id != m_store->myUserId() && !members.contains(id))
            members.append(id);
    }
    const QStringList columns = columnTitles.isEmpty() ? defaultColumns() : columnTitles;
    const QString id = m_client->createBoard(title.trimmed(), columns, members);
    if (id.isEmpty())
        refuse(tr("Column names need 1 to %n characters.", nullptr, todo::kMaxColumnTitleChars));
    else
        clearError();
    return id;
}

bool BoardActions::renameBoard(const QString &board, const QString &title)
{
    if (!ready())
        return false;
    if (!goodTitle(title, todo::kMaxBoardTitleChars))
        return refuse(
            tr("A board needs a name of at most %n characters.", nullptr, todo::kMaxBoardTitleChars));
    m_client->submit(QStringLiteral("board.update"),
                     QCborMap{{QStringLiteral("board"), board}, {QStringLiteral("title"), title.trimmed()}});
    return true;
}

bool BoardActions::addMember(const QString &board, double userId)
{
    if (!ready() || userId <= 0)
        return false;
    m_client->submit(
        QStringLiteral("board.member.add"),
        QCborMap{{QStringLiteral("board"), board}, {QStringLiteral("users"), QCborArray{qint64(userId)}}});
    return true;
}

bool BoardActions::removeMember(const QString &board, double userId)
{
    if (!ready() || userId <= 0)
        return false;
    const auto b = m_store->replica().board(board);
    if (b && qint64(userId) == b->owner)
        return refuse(tr("The board's owner cannot be removed."));
    if (b && b->owner != m_store->myUserId() && qint64(userId) != m_store->myUserId())
        return refuse(tr("Only the board's owner can remove other members."));
    m_client->submit(QStringLiteral("board.member.remove"),
                     QCborMap{{QStringLiteral("board"), board}, {QStringLiteral("user"), qint64(userId)}});
    return true;
}

QString BoardActions::boardTitle(const QString &board) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    const auto b = m_store->replica().board(board);
    return b ? b->title : QString();
}

// --- columns ---

QString BoardActions::addColumn(const QString &board, const QString &title, int wip)
{
    if (!ready())
        return {};
    if (!goodTitle(title, todo::kMaxColumnTitleChars)) {
        refuse(tr("Column names need 1 to %n characters.", nullptr, todo::kMaxColumnTitleChars));
        return {};
    }
    if (wip < 0 || wip > todo::kMaxWipLimit) {
        refuse(tr("A WIP limit is a number from 0 (no limit) to %1.").arg(todo::kMaxWipLimit));
        return {};
    }
    clearError();
    return m_client->addColumn(board, title.trimmed(), wip);
}

bool BoardActions::renameColumn(const QString &column, const QString &title)
{
    if (!ready())
        return false;
    if (!goodTitle(title, todo::kMaxColumnTitleChars))
        return refuse(tr("Column names need 1 to %n characters.", nullptr, todo::kMaxColumnTitleChars));
    clearError();
    return m_client->updateColumn(column, QCborMap{{QStringLiteral("title"), title.trimmed()}});
}

bool BoardActions::setWipLimit(const QString &column, int wip)
{
    if (!ready())
        return false;
    if (wip < 0 || wip > todo::kMaxWipLimit)
        return refuse(tr("A WIP limit is a number from 0 (no limit) to %1.").arg(todo::kMaxWipLimit));
    clearError();
    return m_client->updateColumn(column, QCborMap{{QStringLiteral("wip"), wip}});
}

bool BoardActions::moveColumn(const QString &board, const QString &column, int row)
{
    if (!ready())
        return false;
    const QList<store::ColumnRecord> columns = m_store->replica().columns(board);
    const auto it =
        std::find_if(columns.cbegin(), columns.cend(), [&](const auto &c) { return c.id == column; });
    if (it == columns.cend() || row < 0 || row >= columns.size())
        return false;
    if (row == int(it - columns.cbegin()))
        return true; // already there
    return m_client->moveColumn(column, row);
}

bool BoardActions::canDeleteColumn(const QString &board) const
{
    return m_store && m_store->isOpen() && m_store->replica().columns(board).size() > 1;
}

QString BoardActions::deleteColumnExplanation(const QString &board, const QString &column) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    const QList<store::ColumnRecord> columns = m_store->replica().columns(board);
    if (columns.size() <= 1)
        return tr("A board keeps at least one column, so its last column cannot be deleted.");
    const store::ColumnRecord *gone = nullptr;
    const store::ColumnRecord *target = nullptr;
    for (const store::ColumnRecord &c : columns) {
        if (c.id == column)
            gone = &c;
        else if (!target)
            target = &c; // the left-most remaining column, where the server puts the cards
    }
    if (!gone || !target)
        return {};
    if (gone->cardCount == 0)
        return tr("The column “%1” is empty. Delete it?").arg(gone->title);
    return tr("The %n card(s) in “%1” will move to the end of “%2” and show “Moved from %1”.", nullptr,
              gone->cardCount)
        .arg(gone->title, target->title);
}

bool BoardActions::deleteColumn(const QString &board, const QString &column)
{
    if (!ready())
        return false;
    if (!canDeleteColumn(board))
        return refuse(tr("A board keeps at least one column, so its last column cannot be deleted."));
    clearError();
    return m_client->deleteColumn(column);
}

QStringList BoardActions::cardIds(const QString &column, const QString &except) const
{
    QStringList out;
    for (const store::TodoRecord &t : m_store->replica().cards(column)) {
        if (t.id != except)
            out.append(t.id);
    }
    return out;
}

// --- moves ---

bool BoardActions::dropCard(const QString &card, const QString &column, int row)
{
    if (!ready())
        return false;
    const auto t = m_store->replica().todo(card);
    if (!t || t->board.isEmpty() || t->deleted)
        return refuse(tr("The board, column or card no longer exists."));
    int index = std::max(0, row);
    if (t->column == column) {
        const int now = int(cardIds(column, QString()).indexOf(card));
        if (now >= 0 && now < index)
            --index; // the rows below it move up once it leaves its place
        if (index == now)
            return true; // dropped where it was
    }
    index = std::min(index, int(cardIds(column, card).size()));
    clearError();
    return m_client->moveCard(card, column, index);
}

bool BoardActions::moveCardTo(const QString &card, const QString &column, const QString &where,
                              const QString &other)
{
    if (!ready())
        return false;
    const QStringList others = cardIds(column, card);
    int index = -1;
    if (where == QLatin1String("top"))
        index = 0;
    else if (where == QLatin1String("bottom"))
        index = int(others.size());
    else if (where == QLatin1String("before") && others.contains(other))
        index = int(others.indexOf(other));
    else if (where == QLatin1String("after") && others.contains(other))
        index = int(others.indexOf(other)) + 1;
    if (index < 0)
        return refuse(tr("That place is no longer on the board; choose another."));
    const auto t = m_store->replica().todo(card);
    if (t && t->column == column && cardIds(column, QString()).indexOf(card) == index)
        return true; // already there
    clearError();
    return m_client->moveCard(card, column, index);
}

QVariantList BoardActions::positionChoices(const QString &card, const QString &column) const
{
    QVariantList out;
    if (!m_store || !m_store->isOpen())
        return out;
    auto choice = [&](const QString &text, const char *where, const QString &other) {
        out.append(QVariantMap{{QStringLiteral("text"), text},
                               {QStringLiteral("where"), QString::fromLatin1(where)},
                               {QStringLiteral("other"), other}});
    };
    choice(tr("At the top"), "top", {});
    for (const store::TodoRecord &t : m_store->replica().cards(column)) {
        if (t.id == card)
            continue;
        choice(tr("Before “%1”").arg(t.title), "before", t.id);
        choice(tr("After “%1”").arg(t.title), "after", t.id);
    }
    choice(tr("At the bottom"), "bottom", {});
    return out;
}

} // namespace tack::ui
