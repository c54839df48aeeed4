#pragma once

#include "domain/approvals/ApprovalInstance.h"
#include "domain/approvals/FormTemplate.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QString>
#include <QVariantList>

namespace tack::ui {

class ApprovalCenter;

// The translation context of the approval texts below.
class ApprovalText
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalText)
};

// How approvals read on screen: field values, states, actions and node modes as translated sentences.
namespace approvaltext {

// A field's value as a person reads it ("2026-11-23 afternoon – 2026-11-25 morning", "1,234.50 CNY",
// option labels, names of people and departments, "3 items"). Empty for a blank value.
QString value(const approvals::FormField &field, const QCborValue &value, const ApprovalCenter &center);
// A computed value (a duration, a sum).
QString computed(const approvals::ComputedField &field, const QCborValue &value);
// The form's fields and computed values in order: [{key, label, value}] without blank ones.
QVariantList fields(const approvals::FormTemplate &form, const QCborMap &values,
                    const ApprovalCenter &center);
// One line for a list row: the first two non-blank values.
QString summary(const approvals::FormTemplate &form, const QCborMap &values, const ApprovalCenter &center);
QString state(approvals::InstanceState state);    // "Pending", "Approved", ...
QString action(approvals::ApprovalAction action); // "approved", "submitted", ... (past tense)
QString mode(approvals::NodeMode mode); // "one after another", "all must approve", "any one approves"
QString half(const QString &wireHalf);  // "am" -> "morning", "pm" -> "afternoon"

} // namespace approvaltext
} // namespace tack::ui
