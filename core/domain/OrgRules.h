#pragma once

#include <QString>
#include <optional>

// Rules for the org directory's people and departments, checked by the server (wire mutations, CSV
// imports) and previewable by clients. Each check returns why a value is unacceptable, or nothing.
namespace tack::org {

inline constexpr int kMaxNameChars = 200;
inline constexpr int kMaxTitleChars = 200;
inline constexpr int kMaxEmployeeIdChars = 64;
inline constexpr int kMaxPhoneChars = 40;
inline constexpr int kMaxEmailChars = 254;
inline constexpr int kMaxDepartmentsPerPerson = 50;
inline constexpr int kMinPasswordChars = 8;

// 2-64 characters of a-z 0-9 . _ - (logins are typed, compared and shown as they are).
std::optional<QString> loginProblem(const QString &login);
std::optional<QString> nameProblem(const QString &name);
std::optional<QString> titleProblem(const QString &title);
// Letters, digits and . _ - / (no spaces): it is quoted nowhere and keys imports.
std::optional<QString> employeeIdProblem(const QString &id);
// Digits, spaces and + - ( ) . only, at least 3 digits; empty is fine.
std::optional<QString> phoneProblem(const QString &phone);
// local@domain with a dot in the domain and no spaces; empty is fine.
std::optional<QString> emailProblem(const QString &email);
// A department name: 1-200 characters, no '/' (CSV files name departments by their path).
std::optional<QString> departmentNameProblem(const QString &name);

} // namespace tack::org
