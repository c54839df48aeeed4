// The directory side of the replica: the people index behind searchPeople (name, pinyin, initials, login,
// e-mail, employee id, phone digits, department) and the queries of the directory page.
//
// person_terms holds (kind, term, user) rows derived from each active person; a search walks each kind's
// B-tree range [query, query + U+10FFFF) in kind order and stops as soon as it has enough people, so a
// one-letter query over 100k people reads about `limit` rows per kind instead of every match.

#include "domain/Pinyin.h"
#include "store/Replica.h"
#include "store/ReplicaInternal.h"

#include <QSet>
#include <algorithm>
#include <vector>

namespace tack::store {
namespace detail {
namespace {

using Field = PersonMatch::Field;

constexpr int kMinPhoneDigits = 3; // shorter digit runs would match most of the company

struct Term
{
    int kind;
    QString term;
    qint64 user;
};

void writeTerms(Ctx &c, const std::vector<Term> &terms)
{
    for (const Term &t : terms) {
        auto q = c.sql.get("INSERT OR IGNORE INTO person_terms(kind, term, user) VALUES (?1, ?2, ?3)");
        q->bind(1, t.kind).bind(2, t.term).bind(3, t.user);
        q->run();
    }
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar ch : text) {
        if (ch.isDigit())
            digits += ch;
    }
    return digits;
}

QList<qint64> parseIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 id = part.toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void collectTerms(std::vector<Term> &out, qint64 user, const QString &name, const QString &login,
                  const QString &email, const QString &employeeId, const QString &phone)
{
    auto addTerm = [&out](qint64 id, Field kind, const QString &term) {
        if (!term.isEmpty())
            out.push_back(Term{int(kind), term, id});
    };
    addTerm(user, Field::Name, searchKey(name));
    const pinyin::NameRomanisation r = pinyin::romaniseName(name);
    if (r.surnameLength > 0) {
        addTerm(user, Field::GivenName, searchKey(name.mid(r.surnameLength)));
        addTerm(user, Field::GivenPinyin, r.given);
    } else {
        // English and other space-separated names: every later word starts a given-name term.
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < words.size(); ++i)
            addTerm(user, Field::GivenName, searchKey(words.mid(i).join(QString())));
    }
    if (pinyin::containsHan(name))
        addTerm(user, Field::Pinyin, r.full);
    addTerm(user, Field::Initials, r.initials);
    addTerm(user, Field::Login, login.toLower());
    addTerm(user, Field::Email, email.trimmed().toLower());
    addTerm(user, Field::EmployeeId, searchKey(employeeId));
    const QString digits = digitsOf(phone);
    for (qsizetype i = 0; i + kMinPhoneDigits <= digits.size(); ++i)
        addTerm(user, Field::Phone, digits.mid(i));
}

} // namespace

QString searchKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar ch : text) {
        if (ch.isLetterOrNumber())
            key += ch.toLower();
    }
    return key;
}

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

namespace {

#define PERSON_INDEX_COLUMNS "id, name, login, email, employee_id, phone, department, departments, active"

// Writes the person's user_departments rows and collects their search terms from a PERSON_INDEX_COLUMNS row.
void indexRow(Ctx &c, db::Statement &q, std::vector<Term> &terms)
{
    const qint64 user = q.integer(0);
    QList<qint64> depts = parseIds(q.text(7));
    const qint64 primary = q.integer(6);
    if (primary > 0 && !depts.contains(primary))
        depts.prepend(primary);
    // Deactivated people keep their department rows (the org chart still shows who held a post) but leave
    // the search index.
    for (qsizetype i = 0; i < depts.size(); ++i) {
        auto ins = c.sql.get("INSERT OR IGNORE INTO user_departments(user, department, position) "
                             "VALUES (?1, ?2, ?3)");
        ins->bind(1, user).bind(2, depts.at(i)).bind(3, int(i));
        ins->run();
    }
    if (q.integer(8) != 0)
        collectTerms(terms, user, q.text(1), q.text(2), q.text(3), q.text(4), q.text(5));
}

} // namespace

void indexPerson(Ctx &c, qint64 user)
{
    if (c.version < 5)
        return;
    {
        auto del = c.sql.get("DELETE FROM person_terms WHERE user=?1");
        del->bind(1, user);
        del->run();
        auto delDepts = c.sql.get("DELETE FROM user_departments WHERE user=?1");
        delDepts->bind(1, user);
        delDepts->run();
    }
    std::vector<Term> terms;
    {
        auto q = c.sql.get("SELECT " PERSON_INDEX_COLUMNS " FROM users WHERE id=?1");
        q->bind(1, user);
        if (!q->step())
            return;
        indexRow(c, *q, terms);
    }
    writeTerms(c, terms);
}

void indexAllPeople(Ctx &c)
{
    if (c.version < 5)
        return;
    // Bulk path (snapshots, the migration): the terms go in sorted by the table's key, so the B-tree only
    // ever appends, and the by-user index is built once at the end instead of row by row.
    c.db.exec(
        "DELETE FROM person_terms; DELETE FROM user_departments; DROP INDEX IF EXISTS person_terms_by_user;");
    std::vector<Term> terms;
    {
        auto q = c.sql.get("SELECT " PERSON_INDEX_COLUMNS " FROM users ORDER BY id");
        while (q->step())
            indexRow(c, *q, terms);
    }
    std::sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        // SQLite compares TEXT as UTF-8 bytes; UTF-16 order differs only above U+FFFF, which never breaks
        // correctness here, only the append-only order.
        if (const int cmp = QString::compare(a.term, b.term, Qt::CaseSensitive); cmp != 0)
            return cmp < 0;
        return a.user < b.user;
    });
    writeTerms(c, terms);
    c.db.exec("CREATE INDEX person_terms_by_user ON person_terms(user)");
}

} // namespace detail

namespace {

QString upperBound(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

// The people with these ids, in this order (ids read first, so no statement is open while reading them).
QList<UserRecord> usersOf(Replica &replica, const QList<qint64> &ids)
{
    QList<UserRecord> out;
    for (qint64 id : ids) {
        if (auto u = replica.user(id))
            out.append(*u);
    }
    return out;
}

} // namespace

QList<PersonMatch> Replica::searchPeople(const QString &query, int limit)
{
    QList<PersonMatch> out;
    auto c = context();
    if (c.version < 5 || limit <= 0)
        return out;
    const QString key = detail::searchKey(query);
    if (key.isEmpty())
        return out;
    QString digits;
    bool digitsOnly = true;
    for (QChar ch : query) {
        if (ch.isDigit())
            digits += ch;
        else if (!ch.isSpace() && ch != u'-' && ch != u'+' && ch != u'(' && ch != u')')
            digitsOnly = false;
    }
    QList<QPair<qint64, PersonMatch::Field>> found;
    QSet<qint64> seen;
    auto take = [&](qint64 user, PersonMatch::Field field) {
        if (seen.contains(user))
            return;
        seen.insert(user);
        found.append({user, field});
    };
    // E-mail and login keep their punctuation ("li.na@"); everything else compares the letters and digits.
    const QString lowered = query.trimmed().toLower();
    for (int kind = int(PersonMatch::Field::Name); kind <= int(PersonMatch::Field::Phone); ++kind) {
        if (found.size() >= limit)
            break;
        const auto field = PersonMatch::Field(kind);
        QString term = key;
        if (field == PersonMatch::Field::Login || field == PersonMatch::Field::Email)
            term = lowered;
        if (field == PersonMatch::Field::Phone) {
            if (!digitsOnly || digits.size() < 3)
                continue;
            term = digits;
        }
        auto q = c.sql.get("SELECT user FROM person_terms WHERE kind=?1 AND term>=?2 AND term<?3");
        q->bind(1, kind).bind(2, term).bind(3, upperBound(term));
        while (found.size() < limit && q->step())
            take(q->integer(0), field);
    }
    if (found.size() < limit && !digitsOnly) {
        // Departments are few (a scan of their names is cheap); their people come through the index.
        QList<qint64> depts;
        {
            auto q = c.sql.get("SELECT id FROM departments WHERE instr(lower(name), ?1)>0 ORDER BY name, id");
            q->bind(1, lowered);
            while (q->step())
                depts.append(q->integer(0));
        }
        for (qint64 d : std::as_const(depts)) {
            auto q = c.sql.get("SELECT ud.user FROM user_departments ud JOIN users u ON u.id=ud.user "
                               "WHERE ud.department=?1 AND u.active=1");
            q->bind(1, d);
            while (found.size() < limit && q->step())
                take(q->integer(0), PersonMatch::Field::Department);
            if (found.size() >= limit)
                break;
        }
    }
    for (const auto &[id, field] : std::as_const(found)) {
        if (auto u = user(id))
            out.append(PersonMatch{*u, field});
    }
    return out;
}

QList<UserRecord> Replica::peopleInDepartment(qint64 department, bool includeInactive)
{
    auto c = context();
    QList<qint64> ids;
    if (c.version >= 5) {
        auto q = c.sql.get("SELECT u.id FROM user_departments ud JOIN users u ON u.id=ud.user "
                           "WHERE ud.department=?1 AND (u.active=1 OR ?2) ORDER BY u.name, u.id");
        q->bind(1, department).bind(2, includeInactive);
        while (q->step())
            ids.append(q->integer(0));
    } else {
        auto q = c.sql.get("SELECT id FROM users WHERE department=?1 AND (active=1 OR ?2) ORDER BY name, id");
        q->bind(1, department).bind(2, includeInactive);
        while (q->step())
            ids.append(q->integer(0));
    }
    return usersOf(*this, ids);
}

QList<UserRecord> Replica::directReports(qint64 manager)
{
    auto c = context();
    QList<qint64> ids;
    {
        auto q = c.sql.get("SELECT id FROM users WHERE manager=?1 AND active=1 ORDER BY name, id");
        q->bind(1, manager);
        while (q->step())
            ids.append(q->integer(0));
    }
    return usersOf(*this, ids);
}

std::optional<DepartmentRecord> Replica::department(qint64 id)
{
    auto c = context();
    auto q = c.sql.get("SELECT id, name, parent, manager FROM departments WHERE id=?1");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return DepartmentRecord{q->integer(0), q->text(1), q->integer(2), q->integer(3)};
}

QList<DepartmentRecord> Replica::childDepartments(qint64 parent)
{
    auto c = context();
    QList<DepartmentRecord> out;
    auto q = c.sql.get("SELECT id, name, parent, manager FROM departments WHERE parent=?1 ORDER BY name, id");
    q->bind(1, parent);
    while (q->step())
        out.append(DepartmentRecord{q->integer(0), q->text(1), q->integer(2), q->integer(3)});
    return out;
}

QList<UserRecord> Replica::orgAdministrators()
{
    auto c = context();
    if (c.version < 5)
        return {};
    QList<qint64> ids;
    {
        auto q = c.sql.get("SELECT id FROM users WHERE active=1 AND role IN ('owner', 'admin') "
                           "ORDER BY role='admin', name, id");
        while (q->step())
            ids.append(q->integer(0));
    }
    return usersOf(*this, ids);
}

QList<UserRecord> Replica::deactivatedPeople(const QString &filter, int limit)
{
    auto c = context();
    QList<qint64> ids;
    {
        // instr() rather than LIKE, so % and _ in the filter are plain characters.
        auto q = c.sql.get("SELECT id FROM users WHERE active=0 AND (?1 = '' OR instr(lower(name), ?1) > 0 "
                           "OR instr(lower(login), ?1) > 0) ORDER BY name, id LIMIT ?2");
        q->bind(1, filter.trimmed().toLower()).bind(2, qint64(limit));
        while (q->step())
            ids.append(q->integer(0));
    }
    return usersOf(*this, ids);
}

} // namespace tack::store
