#include "DirectoryListModel.h"

#include "FollowSource.h"
#include "StoreReader.h"

namespace tack::ui {

DirectoryListModel::DirectoryListModel(Follows follows, QObject *parent)
    : KeyedListModel(parent), m_follows(follows)
{}

void DirectoryListModel::setStore(StoreReader *store)
{
    if (!follow(this, m_store, store, &DirectoryListModel::refresh, &StoreReader::directoryChanged,
                &StoreReader::openedChanged))
        return;
    if (m_store && m_follows == Follows::DirectoryAndPresence)
        connect(m_store, &StoreReader::presenceChanged, this, &DirectoryListModel::refresh);
    emit storeChanged();
    refresh();
}

bool DirectoryListModel::canRead() const
{
    return m_store && m_store->isOpen();
}

} // namespace tack::ui
