#include "StorageStatus.h"

namespace tack::ui {

StorageStatus::StorageStatus(QObject *parent) : QObject(parent)
{}

void StorageStatus::setClient(client::ClientSession *client)
{
    disconnect(m_connection);
    m_client = client;
    if (client)
        m_connection =
            connect(client, &client::ClientSession::storageProblemChanged, this, &StorageStatus::setProblem);
    setProblem(client ? client->storageProblem() : QString());
}

QString StorageStatus::message() const
{
    if (m_problem.isEmpty())
        return {};
    return tr("Tack cannot save to this computer's disk (it may be full). Your queued messages and changes "
              "are kept and will be sent; Tack keeps trying and this notice goes away once saving works.");
}

void StorageStatus::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit changed();
}

} // namespace tack::ui
