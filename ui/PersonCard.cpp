#include "PersonCard.h"

#include "DisplayText.h"
#include "FollowSource.h"
#include "StoreReader.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPersonCard, "tack.ui.personcard")

namespace tack::ui {

PersonCard::PersonCard(QObject *parent) : QObject(parent)
{}

void PersonCard::setStore(StoreReader *store)
{
    if (!follow(this, m_store, store, &PersonCard::refresh, &StoreReader::directoryChanged,
                &StoreReader::presenceChanged, &StoreReader::openedChanged))
        return;
    emit storeChanged();
    refresh();
}

void PersonCard::setUserIdForQml(double id)
{
    if (qint64(id) == m_user)
        return;
    m_user = qint64(id);
    emit userIdChanged();
    refresh();
}

bool PersonCard::isMe() const
{
    return m_valid && m_store && m_store->myUserId() == m_user;
}

QString PersonCard::initials() const
{
    return m_valid ? text::initials(m_name) : QString();
}

QString PersonCard::presenceText() const
{
    return m_valid ? text::presenceText(m_presence) : QString();
}

void PersonCard::refresh()
{
    m_valid = false;
    m_active = false;
    m_onLeave = false;
    m_name.clear();
    m_login.clear();
    m_title.clear();
    m_managerName.clear();
    m_phone.clear();
    m_email.clear();
    m_employeeId.clear();
    m_presence.clear();
    m_departments.clear();
    m_manager = 0;
    m_primaryDepartment = 0;
    if (m_store && m_store->isOpen() && m_user > 0) {
        try {
            auto &replica = m_store->replica();
            if (auto u = replica.user(m_user)) {
                m_valid = true;
                m_active = u->active;
                m_onLeave = u->onLeave;
                m_name = u->name.isEmpty() ? u->login : u->name;
                m_login = u->login;
                m_title = u->title;
                m_phone = u->phone;
                m_email = u->email;
                m_employeeId = u->employeeId;
                m_presence = m_store->presenceOf(*u);
                m_primaryDepartment = u->department;
                for (qint64 d : std::as_const(u->departments)) {
                    if (auto dept = replica.department(d))
                        m_departments.append(dept->name);
                }
                if (u->manager > 0 && u->manager != u->id) {
                    m_manager = u->manager;
                    m_managerName = m_store->userName(u->manager);
                }
            }
        } catch (const db::SqlError &e) {
            qCWarning(lcPersonCard) << "cannot read the person" << e.what();
        }
    }
    emit changed();
}

} // namespace tack::ui
