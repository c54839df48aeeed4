#include "DirectoryListModel.h"

#include "StoreReader.h"

namespace tack::ui {

DirectoryListModel::DirectoryListModel(Follows follows, QObject *parent)
    : KeyedListModel(parent), m_follows(follows)
{}

void DirectoryListModel::setStore(StoreReader *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &StoreReader::directoryChanged, this, &DirectoryListModel::refresh);
        connect(m_store, &StoreReader::openedChanged, this, &DirectoryListModel::refresh);
        if (m_follows == Follows::DirectoryAndPresence)
            connect(m_store, &StoreReader::presenceChanged, this, &DirectoryListModel::refresh);
    }
    emit storeChanged();
    refresh();
}

bool DirectoryListModel::canRead() const
{
    return m_store && m_store->isOpen();
}

} // namespace tack::ui
