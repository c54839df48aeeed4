#include "BoardModelBase.h"

#include "StoreReader.h"

namespace tack::ui {

BoardModelBase::BoardModelBase(QObject *parent) : KeyedListModel(parent)
{}

void BoardModelBase::setStore(StoreReader *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &StoreReader::todosChanged, this, [this](const QStringList &boards) {
            if (concerns(boards))
                refresh();
        });
        connect(m_store, &StoreReader::directoryChanged, this, &BoardModelBase::refresh);
        connect(m_store, &StoreReader::openedChanged, this, &BoardModelBase::refresh);
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
