#include "KeyedListModel.h"

#include "LanguageNotifier.h"

namespace tack::ui {

KeyedListModel::KeyedListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this, &KeyedListModel::retranslate);
}

void KeyedListModel::retranslate()
{
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0), index(rows - 1));
}

} // namespace tack::ui
