#pragma once

#include "KeyedListModel.h"

#include "store/ReplicaTypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace tack::ui {

class StoreReader;

// The messages of one conversation, newest first (row 0 is the newest, for a bottom-to-top ListView).
// Starts with the newest page from the replica; fetchMore() reads older pages from the replica and, when it
// has none older, asks the server for history (StoreReader::historyRequested) and continues when it lands.
class TimelineModel : public tack::ui::KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("StoreReader.h")
    Q_PROPERTY(tack::ui::StoreReader *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(
        QString conversationId READ conversationId WRITE setConversationId NOTIFY conversationIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loadingHistory READ loadingHistory NOTIFY historyStateChanged)
    Q_PROPERTY(bool atStart READ atStart NOTIFY historyStateChanged)
    Q_PROPERTY(double newestSeq READ newestSeqForQml NOTIFY countChanged) // exact below 2^53
    Q_PROPERTY(QString title READ title NOTIFY headerChanged)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY headerChanged)

public:
    enum Roles
    {
        MessageIdRole = Qt::UserRole + 1, // text id
        SeqRole,                          // server seq, 0 while pending
        TextRole,                         // message text (empty when recalled)
        SenderIdRole,                     // user id
        SenderNameRole,                   // display name
        SenderInitialsRole,               // avatar letters
        OwnRole,                          // sent by me
        AtRole,                           // ms since epoch
        TimeTextRole,                     // "14:05"
        DayTextRole,                      // "Today", "Yesterday", a date
        ShowDayRole,                      // first message of its day among the loaded rows
        GroupedRole,                      // follows an older message of the same sender closely: no header
        StateRole,                        // "pending", "sent" or "failed"
        ErrorRole,                        // why sending failed
        EditedRole,                       // edited after sending
        RecalledRole,                     // recalled (tombstone)
        RecalledByNameRole,               // who recalled it
        ReadCountRole,                    // other members who read it (own sent messages)
        UnreadCountRole,                  // other members who have not
        TodoMarkRole,                     // id of the todo made from this message, empty for none
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 50;

    explicit TimelineModel(QObject *parent = nullptr);

    StoreReader *store() const { return m_store; }
    void setStore(StoreReader *store);
    QString conversationId() const { return m_conversation; }
    void setConversationId(const QString &id);
    bool loadingHistory() const { return m_historyPending; }
    bool atStart() const { return m_atStart; }
    qint64 newestSeq() const;
    double newestSeqForQml() const { return double(newestSeq()); }
    QString title() const { return m_title; }
    int memberCount() const { return m_memberCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Row of a message, loading older pages from the replica until it is in the window; -1 if unknown.
    Q_INVOKABLE int revealMessage(const QString &messageId);
    Q_INVOKABLE int rowOf(const QString &messageId) const;

public slots:
    void refresh();
    // The server answered a history request for this conversation.
    void historyLoaded(const QString &conversation, int count, bool more, bool failed);

signals:
    void storeChanged();
    void conversationIdChanged();
    void countChanged();
    void historyStateChanged();
    void headerChanged();

private:
    struct Row
    {
        store::MessageRecord msg;
        QString senderName;
        QString recalledByName;
        int readCount = 0;
        int othersCount = 0;
    };
    void reload();
    void onConversationsChanged(const QStringList &ids);
    QList<Row> decorate(const QList<store::MessageRecord> &messages);
    void appendOlder(const QList<store::MessageRecord> &olderAscending);
    qint64 oldestSeq() const;
    void setHistoryState(bool pending, bool atStart);

    struct ChangeScope
    {
        explicit ChangeScope(int &depth) : m_depth(depth) { ++m_depth; }
        ~ChangeScope() { --m_depth; }
        ChangeScope(const ChangeScope &) = delete;
        ChangeScope &operator=(const ChangeScope &) = delete;
        int &m_depth;
    };

    QPointer<StoreReader> m_store;
    int m_changing = 0; // inside begin/end signals: defer paging requested from a view's slot
    QString m_conversation;
    QList<Row> m_rows; // newest first
    bool m_historyPending = false;
    bool m_historyFailed = false; // stop asking until the next refresh (offline)
    bool m_atStart = false;
    QString m_title;
    int m_memberCount = 0;
    std::vector<qint64> m_otherReads;    // sorted read markers of the other members
    QHash<QString, QString> m_todoMarks; // message -> todo made from it (one query per refresh)
};

} // namespace tack::ui
