#include "domain/OrgRules.h"

namespace tack::org {
namespace {

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> loginProblem(const QString &login)
{
    if (login.size() < 2 || login.size() > 64)
        return QStringLiteral("a login must be 2 to 64 characters long");
    for (const QChar c : login) {
        const char16_t u = c.unicode();
        const bool good =
            (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-';
        if (!good)
            return QStringLiteral("a login may use only a-z, 0-9, '.', '_' and '-'");
    }
    return std::nullopt;
}

std::optional<QString> nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("a name must not be blank");
    if (name.size() > kMaxNameChars)
        return QStringLiteral("a name has at most %1 characters").arg(kMaxNameChars);
    if (hasControl(name))
        return QStringLiteral("a name must not contain control characters");
    return std::nullopt;
}

std::optional<QString> titleProblem(const QString &title)
{
    if (title.size() > kMaxTitleChars)
        return QStringLiteral("a title has at most %1 characters").arg(kMaxTitleChars);
    if (hasControl(title))
        return QStringLiteral("a title must not contain control characters");
    return std::nullopt;
}

std::optional<QString> employeeIdProblem(const QString &id)
{
    if (id.size() > kMaxEmployeeIdChars)
        return QStringLiteral("an employee id has at most %1 characters").arg(kMaxEmployeeIdChars);
    for (const QChar c : id) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('_') &&
            c != QLatin1Char('-') && c != QLatin1Char('/'))
            return QStringLiteral("an employee id may use only letters, digits, '.', '_', '-' and '/'");
    }
    return std::nullopt;
}

std::optional<QString> phoneProblem(const QString &phone)
{
    if (phone.isEmpty())
        return std::nullopt;
    if (phone.size() > kMaxPhoneChars)
        return QStringLiteral("a phone number has at most %1 characters").arg(kMaxPhoneChars);
    int digits = 0;
    for (const QChar c : phone) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            ++digits;
        else if (u != ' ' && u != '+' && u != '-' && u != '(' && u != ')' && u != '.')
            return QStringLiteral("a phone number may use only digits, spaces and + - ( ) .");
    }
    if (digits < 3)
        return QStringLiteral("a phone number needs at least 3 digits");
    return std::nullopt;
}

std::optional<QString> emailProblem(const QString &email)
{
    if (email.isEmpty())
        return std::nullopt;
    if (email.size() > kMaxEmailChars)
        return QStringLiteral("an email address has at most %1 characters").arg(kMaxEmailChars);
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    const bool shaped = at > 0 && at == email.lastIndexOf(QLatin1Char('@')) &&
                        email.indexOf(QLatin1Char('.'), at + 2) > at + 1 && !email.endsWith(QLatin1Char('.'));
    bool spaces = false;
    for (const QChar c : email)
        spaces = spaces || c.isSpace() || c.category() == QChar::Other_Control;
    if (!shaped || spaces)
        return QStringLiteral("an email address looks like name@example.com");
    return std::nullopt;
}

std::optional<QString> departmentNameProblem(const QString &name)
{
    if (nameProblem(name))
        return QStringLiteral("a department name must not be blank and has at most %1 characters")
            .arg(kMaxNameChars);
    if (name.contains(QLatin1Char('/')))
        return QStringLiteral("a department name must not contain '/'");
    return std::nullopt;
}

} // namespace tack::org
