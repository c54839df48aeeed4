#pragma once

#include "db/StatementCache.h"
#include "domain/approvals/ApprovalInstance.h"
#include "domain/approvals/FormTemplate.h"

#include <QList>
#include <optional>

namespace tack::server {

// Rows of approvals (schema v7): templates, approval roles, instances with their append-only history,
// and who may see each instance.
class ApprovalStore
{
public:
    explicit ApprovalStore(db::StatementCache &sql) : m_sql(sql) {}

    // The org's template for `key`: a stored one, else the built-in one; nothing when neither exists.
    std::optional<approvals::FormTemplate> formTemplate(const QString &key);
    // Stored (custom or overriding) templates, by key.
    QList<approvals::FormTemplate> storedTemplates();
    void putTemplate(const approvals::FormTemplate &form, qint64 by, qint64 at);

    QList<qint64> roleMembers(const QString &role);
    void setRoleMembers(const QString &role, const QList<qint64> &users);
    // Every approval role that has members, by name, with its members by id.
    QList<QPair<QString, QList<qint64>>> roles();

    bool instanceExists(const QString &id);
    std::optional<approvals::ApprovalInstance> instance(const QString &id);
    // Inserts a new instance or updates one: history entries past those already stored are appended (the
    // stored ones are never rewritten) and every participant becomes a viewer.
    void saveInstance(const approvals::ApprovalInstance &instance, qint64 at);
    // Instances `user` may see, most recently changed first.
    QList<approvals::ApprovalInstance> visibleTo(qint64 user, int limit);

private:
    db::StatementCache &m_sql;
};

} // namespace tack::server
