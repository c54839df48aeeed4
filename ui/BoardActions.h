#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace tack::client {
class ClientSession;
}

namespace tack::ui {

class StoreReader;

// The Boards page's actions (Session.boards): boards and their members, columns, and cards, including
// moves by drag and drop and by the "Move to…" dialog. Every change goes through the client's outbox, so
// it shows at once, waits there while offline and converges to the server's order once sent. Input the
// server would refuse is refused here with a sentence (error); the server's own refusals of board and
// column changes and of moves arrive the same way.
class BoardActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session.boards")
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit BoardActions(StoreReader *store, QObject *parent = nullptr);

    void setClient(client::ClientSession *client);
    // Whether a refused mutation is reported here rather than by the generic chat refusal.
    static bool handles(const QString &mutationName);
    QString error() const { return m_error; }
    Q_INVOKABLE void clearError();

    // --- boards and members ---
    // A board with these columns (left to right) and members besides me; its id, or empty (error says why).
    Q_INVOKABLE QString createBoard(const QString &title, const QVariantList &memberIds,
                                    const QStringList &columnTitles);
    // The columns a new board starts with: To do, Doing, Done, in the current language.
    Q_INVOKABLE QStringList defaultColumns() const;
    // The same as one text for the new-board dialog's field ("To do, Doing, Done").
    Q_INVOKABLE QString defaultColumnsText() const;
    Q_INVOKABLE bool renameBoard(const QString &board, const QString &title);
    Q_INVOKABLE bool addMember(const QString &board, double userId);
    Q_INVOKABLE bool removeMember(const QString &board, double userId);
    Q_INVOKABLE QString boardTitle(const QString &board) const;

    // --- columns ---
    Q_INVOKABLE QString addColumn(const QString &board, const QString &title, int wip);
    Q_INVOKABLE bool renameColumn(const QString &column, const QString &title);
    Q_INVOKABLE bool setWipLimit(const QString &column, int wip); // 0: no limit
    // Moves the column to `row` of the board's columns (0 = left-most in reading order).
    Q_INVOKABLE bool moveColumn(const QString &board, const QString &column, int row);
    Q_INVOKABLE bool deleteColumn(const QString &board, const QString &column);
    // What deleting the column does to its cards ("Its 3 cards move to the end of “To do”."), or why it
    // cannot be deleted (the last column).
    Q_INVOKABLE QString deleteColumnExplanation(const QString &board, const QString &column) const;
    Q_INVOKABLE bool canDeleteColumn(const QString &board) const;

    // --- cards ---
    Q_INVOKABLE QString createCard(const QString &board, const QString &column, const QString &title);
    // The card's editable fields: id, title, notes, assignees [{userId, name}], due (the editor's text),
    // labels, checklist [{text, done}], column, movedFromText; empty for an unknown card.
    Q_INVOKABLE QVariantMap card(const QString &card) const;
    // Sends the fields of `fields` (keys as card()) that differ from the card; false with error when a
    // value breaks the rules.
    Q_INVOKABLE bool saveCard(const QString &card, const QVariantMap &fields);
    Q_INVOKABLE bool setChecklistItem(const QString &card, int item, bool done);
    Q_INVOKABLE bool setCardDone(const QString &card, bool done);
    Q_INVOKABLE bool deleteCard(const QString &card);
    // Drag and drop: the card lands at `row` of the column as shown (before the card now there; the row
    // count for the end), counting the card itself when it is already in that column.
    Q_INVOKABLE bool dropCard(const QString &card, const QString &column, int row);
    // "Move to…": `where` is "top", "bottom", "before" or "after" (`other`, a card of the column).
    Q_INVOKABLE bool moveCardTo(const QString &card, const QString &column, const QString &where,
                                const QString &other = QString());
    // The positions "Move to…" offers in a column: [{text, where, other}] (top, then before/after each other
    // card, then bottom).
    Q_INVOKABLE QVariantList positionChoices(const QString &card, const QString &column) const;

signals:
    void errorChanged();
    // A refusal to show to the person (also set as error).
    void refused(const QString &message);

private:
    bool refuse(const QString &message);
    bool ready();
    QString refusalText(const QString &name, const QString &code) const;
    // The cards of `column` in order, without `except`.
    QStringList cardIds(const QString &column, const QString &except) const;

    QPointer<StoreReader> m_store;
    QPointer<client::ClientSession> m_client;
    QString m_error;
};

} // namespace tack::ui
