#include "DraftStore.h"

#include "store/Replica.h"

#include <QLoggingCategory>
#include <memory>

Q_LOGGING_CATEGORY(lcDrafts, "tack.ui.drafts")

namespace tack::ui {

namespace {

// Owns the write connection; created and used only on the draft thread.
class DraftWriter : public QObject
{
public:
    explicit DraftWriter(QString path) : m_path(std::move(path)) {}

    void write(const QString &conversation, const QString &text)
    {
        try {
            if (!m_replica) {
                m_replica = std::make_unique<store::Replica>();
                m_replica->open(m_path);
            }
            m_replica->setDraft(conversation, text);
        } catch (const db::SqlError &e) {
            qCWarning(lcDrafts) << "cannot save the draft of" << conversation << e.what();
            m_replica.reset();
        }
    }

private:
    QString m_path;
    std::unique_ptr<store::Replica> m_replica;
};

} // namespace

DraftStore::DraftStore(const QString &replicaPath, QObject *parent) : QObject(parent), m_path(replicaPath)
{
    m_thread.setObjectName(QStringLiteral("tack-drafts"));
    m_writer = new DraftWriter(m_path);
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread.start();
}

DraftStore::~DraftStore()
{
    m_thread.quit(); // queued writes run first
    m_thread.wait();
}

void DraftStore::save(const QString &conversation, const QString &text)
{
    auto *writer = static_cast<DraftWriter *>(m_writer);
    QMetaObject::invokeMethod(
        writer, [writer, conversation, text] { writer->write(conversation, text); }, Qt::QueuedConnection);
}

} // namespace tack::ui
