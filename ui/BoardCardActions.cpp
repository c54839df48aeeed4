// BoardActions for a card's own fields: create, read for the editor, save what changed, checklist ticks,
// done and delete. Checked against the protocol's limits (docs/protocol.md 14.2) before anything is queued.

#include "BoardActions.h"
#include "BoardText.h"
#include "StoreReader.h"
#include "client/ClientSession.h"
#include "domain/TodoRules.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>

namespace tack::ui {

namespace {

QCborArray checklistArray(const QList<store::ChecklistItem> &items)
{
    QCborArray out;
    for (const store::ChecklistItem &i : items)
        out.append(QCborMap{{QStringLiteral("text"), i.text}, {QStringLiteral("done"), i.done}});
    return out;
}

} // namespace

QString BoardActions::createCard(const QString &board, const QString &column, const QString &title)
{
    if (!ready())
        return {};
    if (title.trimmed().isEmpty() || title.trimmed().size() > todo::kMaxTitleChars) {
        refuse(tr("A card needs a title of at most %n characters.", nullptr, todo::kMaxTitleChars));
        return {};
    }
    clearError();
    return m_client->createCard(board, column, title.trimmed());
}

QVariantMap BoardActions::card(const QString &card) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    const auto t = m_store->replica().todo(card);
    if (!t || t->deleted)
        return {};
    QVariantList assignees;
    for (qint64 user : t->assignees)
        assignees.append(QVariantMap{{QStringLiteral("userId"), double(user)},
                                     {QStringLiteral("name"), m_store->userName(user)}});
    QVariantList checklist;
    for (const store::ChecklistItem &i : t->checklist)
        checklist.append(QVariantMap{{QStringLiteral("text"), i.text}, {QStringLiteral("done"), i.done}});
    return {{QStringLiteral("id"), t->id},
            {QStringLiteral("title"), t->title},
            {QStringLiteral("notes"), t->notes},
            {QStringLiteral("assignees"), assignees},
            {QStringLiteral("due"), boardtext::dueInput(t->due)},
            {QStringLiteral("labels"), t->labels},
            {QStringLiteral("checklist"), checklist},
            {QStringLiteral("column"), t->column},
            {QStringLiteral("done"), t->done},
            {QStringLiteral("movedFromText"),
             t->movedFromTitle.isEmpty() ? QString() : boardtext::movedFromText(t->movedFromTitle)}};
}

bool BoardActions::saveCard(const QString &card, const QVariantMap &fields)
{
    if (!ready())
        return false;
    const auto t = m_store->replica().todo(card);
    if (!t || t->deleted)
        return refuse(tr("The board, column or card no longer exists."));
    QCborMap changes;
    if (fields.contains(QStringLiteral("title"))) {
        const QString title = fields.value(QStringLiteral("title")).toString().trimmed();
        if (title.isEmpty() || title.size() > todo::kMaxTitleChars)
            return refuse(
                tr("A card needs a title of at most %n characters.", nullptr, todo::kMaxTitleChars));
        if (title != t->title)
            changes.insert(QStringLiteral("title"), title);
    }
    if (fields.contains(QStringLiteral("notes"))) {
        const QString notes = fields.value(QStringLiteral("notes")).toString();
        if (notes.size() > todo::kMaxNotesChars)
            return refuse(tr("A description can have at most %n characters.", nullptr, todo::kMaxNotesChars));
        if (notes != t->notes)
            changes.insert(QStringLiteral("notes"), notes);
    }
    if (fields.contains(QStringLiteral("assignees"))) {
        QList<qint64> ids;
        for (const QVariant &v : fields.value(QStringLiteral("assignees")).toList()) {
            const qint64 id = v.canConvert<QVariantMap>()
                                  ? v.toMap().value(QStringLiteral("userId")).toLongLong()
                                  : v.toLongLong();
            if (id > 0 && !ids.contains(id))
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end());
        if (ids.size() > todo::kMaxAssignees)
            return refuse(tr("A card can have at most %n assignees.", nullptr, todo::kMaxAssignees));
        if (ids != t->assignees) {
            QCborArray array;
            for (qint64 id : ids)
                array.append(id);
            changes.insert(QStringLiteral("assignees"), array);
        }
    }
    if (fields.contains(QStringLiteral("due"))) {
        const qint64 due = boardtext::parseDue(fields.value(QStringLiteral("due")).toString());
        if (due < 0)
            return refuse(tr("Write the due date as 2026-12-31, or 2026-12-31 17:00 with a time."));
        if (due != t->due)
            changes.insert(QStringLiteral("due"), due);
    }
    if (fields.contains(QStringLiteral("labels"))) {
        QStringList labels;
        for (const QString &l : fields.value(QStringLiteral("labels")).toStringList()) {
            const QString label = l.trimmed();
            if (label.isEmpty())
                continue;
            if (label.size() > todo::kMaxLabelChars)
                return refuse(tr("A label can have at most %n characters.", nullptr, todo::kMaxLabelChars));
            if (!labels.contains(label))
                labels.append(label);
        }
        if (labels.size() > todo::kMaxLabels)
            return refuse(tr("A card can have at most %n labels.", nullptr, todo::kMaxLabels));
        if (labels != t->labels)
            changes.insert(QStringLiteral("labels"), QCborArray::fromStringList(labels));
    }
    if (fields.contains(QStringLiteral("checklist"))) {
        QList<store::ChecklistItem> items;
        for (const QVariant &v : fields.value(QStringLiteral("checklist")).toList()) {
            const QVariantMap m = v.toMap();
            const QString text = m.value(QStringLiteral("text")).toString().trimmed();
            if (text.isEmpty())
                continue;
            if (text.size() > todo::kMaxChecklistChars)
                return refuse(tr("A checklist item can have at most %n characters.", nullptr,
                                 todo::kMaxChecklistChars));
            items.append({text, m.value(QStringLiteral("done")).toBool()});
        }
        if (items.size() > todo::kMaxChecklistItems)
            return refuse(tr("A checklist can have at most %n items.", nullptr, todo::kMaxChecklistItems));
        const bool same =
            items.size() == t->checklist.size() &&
            std::equal(items.cbegin(), items.cend(), t->checklist.cbegin(),
                       [](const auto &a, const auto &b) { return a.text == b.text && a.done == b.done; });
        if (!same)
            changes.insert(QStringLiteral("checklist"), checklistArray(items));
    }
    clearError();
    return changes.isEmpty() || m_client->updateTodo(card, changes);
}

bool BoardActions::setChecklistItem(const QString &card, int item, bool done)
{
    if (!ready())
        return false;
    const auto t = m_store->replica().todo(card);
    if (!t || t->deleted || item < 0 || item >= t->checklist.size())
        return refuse(tr("The board, column or card no longer exists."));
    QList<store::ChecklistItem> items = t->checklist;
    if (items[item].done == done)
        return true;
    items[item].done = done;
    return m_client->updateTodo(card, QCborMap{{QStringLiteral("checklist"), checklistArray(items)}});
}

bool BoardActions::setCardDone(const QString &card, bool done)
{
    return ready() && m_client->setTodoDone(card, done);
}

bool BoardActions::deleteCard(const QString &card)
{
    return ready() && m_client->deleteTodo(card);
}

} // namespace tack::ui
