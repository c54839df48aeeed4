#pragma once

#include "domain/approvals/FormTemplate.h"

#include <QList>

// The templates every org starts with: leave, overtime, expense, missed punch (补卡) and a general
// request. Their routes use approval roles ("hr", "finance", "finance_director") that the org fills in.
namespace tack::approvals {

FormTemplate leaveTemplate();
FormTemplate overtimeTemplate();
FormTemplate expenseTemplate();
FormTemplate missedPunchTemplate();
FormTemplate generalTemplate();
QList<FormTemplate> builtinTemplates();

// Above this total an expense also goes to the finance director: 5000.00 CNY.
inline constexpr qint64 kExpenseDirectorThresholdFen = 500000;
// Leave longer than this (in half days: 3 days) also goes to the manager's manager.
inline constexpr qint64 kLongLeaveHalfDays = 6;

} // namespace tack::approvals
