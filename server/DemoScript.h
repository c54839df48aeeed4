#pragma once

#include <string_view>

// The content of the demo organisation: people, departments and chat history. Data only; DemoSeeder
// turns it into rows and events.
namespace tack::server::demo {

struct Department
{
    const char *key;
    const char *name;
    const char *parent;  // key of the parent, nullptr for the top
    const char *manager; // login
};

struct Person
{
    const char *login;
    const char *name;
    const char *title;
    const char *department; // key
    const char *manager;    // login, nullptr for none
    const char *employeeId;
    const char *phone;
    const char *email;
    const char *secondDepartment; // key, nullptr for none
};

// The org role of a demo login: wangfang owns the org, the HR manager administers it, the rest are members.
inline const char *orgRole(const char *login)
{
    const std::string_view l(login);
    return l == "wangfang" ? "owner" : l == "zhoujie" ? "admin" : "member";
}

// Approval roles (reached by the built-in approval templates' routes): one row per member.
struct ApprovalRole
{
    const char *role;
    const char *login;
};
inline constexpr ApprovalRole kApprovalRoles[] = {
    {"finance_director", "huangli"}, {"finance", "songtao"}, {"finance", "fengxia"}, {"hr", "zhoujie"}};

enum class Action
{
    Send,
    EditLast,
    RecallLast
};

struct Line
{
    int daysAgo;
    const char *time; // "HH:MM", local time
    const char *login;
    const char *text;
    Action action = Action::Send;
};

struct Group
{
    const char *id;
    const char *title;
    const char *owner;
    const char *const *members; // nullptr-terminated logins; nullptr for everyone
    const Line *lines;
    int lineCount;
};

struct Direct
{
    const char *a;
    const char *b;
    const Line *lines;
    int lineCount;
};

inline constexpr const char *kPassword = "tack-demo";
inline constexpr const char *kCompany = "Xinghe Tech";

extern const Department kDepartments[];
extern const int kDepartmentCount;
extern const Person kPeople[];
extern const int kPeopleCount;
extern const Group kGroups[];
extern const int kGroupCount;
extern const Direct kDirects[];
extern const int kDirectCount;

} // namespace tack::server::demo
