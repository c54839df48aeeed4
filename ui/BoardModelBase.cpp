#include "BoardModelBase.h"

#include "FollowSource.h"
#include "StoreReader.h"

namespace tack::ui {

BoardModelBase::BoardModelBase(QObject *parent) : KeyedListModel(parent)
{}

void BoardModelBase::setStore(StoreReader *store)
{
    if (!follow(this, m_store, store, &BoardModelBase::refresh, &StoreReader::directoryChanged,
                &StoreReader::openedChanged))
        return;
    if (m_store) {
        connect(m_store, &StoreReader::todosChanged, this, [this](const QStringList &boards) {
            if (concerns(boards))
                refresh();
        });
    }
    emit storeChanged();
    refresh();
}

bool BoardModelBase::canRead() const
{
    return m_store && m_store->isOpen();
}

bool BoardModelBase::concerns(const QStringList &) const
{
    return true;
}

} // namespace tack::ui
