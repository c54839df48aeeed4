#pragma once

#include "BoardModelBase.h"

#include <QStringList>
#include <QVariantList>

namespace tack::ui {

// The cards of one board column, top to bottom (order key, then id), as the board view shows them.
class BoardCardsModel : public tack::ui::BoardModelBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString columnId READ columnId WRITE setColumnId NOTIFY columnIdChanged)

public:
    enum Roles
    {
        CardIdRole = Qt::UserRole + 1, // todo id
        TitleRole,                     // card title
        NotesRole,                     // the description
        AssigneesRole,                 // [{userId, name, initials, login}] in id order
        AssigneeNamesRole,             // "王芳, Alice Smith"
        DueRole,                       // due time in ms since the epoch, 0 for none
        DueTextRole,                   // "Due 21/11/2026", empty without a due date
        OverdueRole,                   // open and past its due time
        LabelsRole,                    // label texts
        ChecklistDoneRole,             // checked items
        ChecklistTotalRole,            // all items
        ChecklistTextRole,             // "2/5", empty without a checklist
        DoneRole,                      // marked done
        MovedFromRole,                 // title of the deleted column it was moved out of, else empty
        MovedFromTextRole,             // "Moved from Doing", translated; empty when not moved
        PendingRole,                   // a local change the server has not confirmed yet
        SummaryRole,                   // everything above in one sentence, for screen readers
    };
    Q_ENUM(Roles)

    explicit BoardCardsModel(QObject *parent = nullptr);

    QString columnId() const { return m_column; }
    void setColumnId(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int rowOf(const QString &cardId) const;
    Q_INVOKABLE QString cardAt(int row) const;

    void refresh() override;

signals:
    void columnIdChanged();

private:
    struct Row
    {
        QString id;
        QString title;
        QString notes;
        QList<qint64> assignees;
        QStringList assigneeNames;
        QStringList assigneeLogins;
        qint64 due = 0;
        QStringList labels;
        int checklistDone = 0;
        int checklistTotal = 0;
        bool done = false;
        QString movedFrom;
        bool pending = false;

        bool operator==(const Row &) const = default;
    };
    QString summary(const Row &r) const;

    QString m_column;
    QList<Row> m_rows;
};

} // namespace tack::ui
