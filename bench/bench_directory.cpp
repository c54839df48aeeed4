// Directory search on the replica: builds a 100k-person org (realistic Chinese and English names, a
// department tree, phones, e-mail addresses) through the same snapshot path a client bootstraps with, then
// times typical queries per kind (name, pinyin, initials, phone digits, e-mail, login, department) and the
// department people list. Prints one JSON line per figure. No server needed: the replica is the subject.
//
//   bench_directory [--people N] [--runs N] [--seed S]
#include "domain/Pinyin.h"
#include "store/Replica.h"
#include "support/Stats.h" // percentile

#include <QCborArray>
#include <QCborMap>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

namespace {

const char16_t *const kSurnames =
    u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    u"卢姜崔钟"
    u"谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解";
const char16_t *const kGiven =
    u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉"
    u"建国文斌浩宇子涵欣怡梓轩思远佳琪雨桐俊杰志强晓东海燕丹凤雪梅宏伟嘉怡天佑博文";
const char *const kFirstNames[] = {"Alice",  "Bob",    "Carol",  "David",  "Emma",   "Frank",  "Grace",
                                   "Henry",  "Isabel", "Jack",   "Karen",  "Liam",   "Maria",  "Noah",
                                   "Olivia", "Peter",  "Quinn",  "Rachel", "Samuel", "Tina",   "Umar",
                                   "Victor", "Wendy",  "Xavier", "Yasmin", "Zoe",    "Ahmed",  "Fatima",
                                   "Omar",   "Layla",  "Hassan", "Nadia",  "James",  "Sophia", "Lucas"};
const char *const kLastNames[] = {"Smith",  "Johnson", "Brown",  "Taylor",   "Anderson", "Thomas", "Jackson",
                                  "White",  "Harris",  "Martin", "Thompson", "Garcia",   "Clark",  "Lewis",
                                  "Walker", "Hall",    "Allen",  "Young",    "King",     "Wright", "Haddad",
                                  "Khalil", "Nasser",  "Saleh",  "Mansour",  "Lopez",    "Hill",   "Scott"};
const char16_t *const kDeptWords[] = {u"研发", u"市场", u"销售", u"财务", u"人力资源",
                                      u"法务", u"运维", u"产品", u"设计", u"客服",
                                      u"采购", u"质量", u"数据", u"安全", u"行政"};
const char *const kDeptEnglish[] = {"Platform",   "Mobile",  "Growth",   "Payments",
                                    "Search",     "Infra",   "Cloud",    "Sales EMEA",
                                    "Sales APAC", "Support", "Research", "Design Systems"};

struct Person
{
    QString name, login, phone, email, pinyinFull, initials;
};

class OrgBuilder
{
public:
    explicit OrgBuilder(quint32 seed) : m_rng(seed) {}

    QString pick(const char16_t *chars)
    {
        const QString s = QString::fromUtf16(chars);
        return s.at(m_rng.bounded(int(s.size())));
    }
    template <typename T, size_t N> const T &pick(const T (&array)[N])
    {
        return array[m_rng.bounded(int(N))];
    }

    Person person(int id)
    {
        Person p;
        if (m_rng.bounded(100) < 75) {
            p.name = pick(kSurnames) + pick(kGiven);
            if (m_rng.bounded(100) < 60)
                p.name += pick(kGiven);
            const auto r = tack::pinyin::romaniseName(p.name);
            p.pinyinFull = r.full;
            p.initials = r.initials;
            p.login = QStringLiteral("%1%2").arg(r.full).arg(id);
        } else {
            const QString first = QString::fromLatin1(pick(kFirstNames));
            const QString last = QString::fromLatin1(pick(kLastNames));
            p.name = first + QLatin1Char(' ') + last;
            p.login = QStringLiteral("%1.%2%3").arg(first.toLower(), last.toLower()).arg(id);
            p.initials = QString(first.at(0).toLower()) + last.at(0).toLower();
        }
        p.email = p.login + QStringLiteral("@corp.example");
        p.phone = QStringLiteral("1%1%2")
                      .arg(3 + m_rng.bounded(7))
                      .arg(m_rng.bounded(1000000000), 9, 10, QLatin1Char('0'));
        return p;
    }

    QRandomGenerator &rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
};

// One figure per line (JSON lines), so a run's output can be appended to a log and grepped.
void printLine(const QJsonObject &figures)
{
    const QByteArray json = QJsonDocument(figures).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption peopleOpt(QStringLiteral("people"), QStringLiteral("People in the org."),
                                 QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Queries per kind."),
                               QStringLiteral("N"), QStringLiteral("300"));
    QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                               QStringLiteral("7"));
    parser.addOptions({peopleOpt, runsOpt, seedOpt});
    parser.process(app);
    const int peopleCount = parser.value(peopleOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();
    if (peopleCount < 100 || runs < 1) {
        std::fprintf(stderr, "bench_directory: --people must be at least 100 and --runs at least 1\n");
        return 1;
    }

    QTemporaryDir dir;
    tack::store::Replica replica;
    replica.open(dir.filePath(QStringLiteral("replica.db")));
    replica.setAccount({QStringLiteral("ws://bench"), QStringLiteral("bench"), 1, QString()});
    OrgBuilder org(parser.value(seedOpt).toUInt());

    // A department tree: 15 divisions, each with ~20 teams.
    QCborArray depts;
    QList<QString> deptNames;
    int deptId = 0;
    QList<int> teams;
    for (const char16_t *word : kDeptWords) {
        const int division = ++deptId;
        const QString divName = QString::fromUtf16(word) + QStringLiteral("中心");
        depts.append(QCborMap{{QStringLiteral("id"), division},
                              {QStringLiteral("name"), divName},
                              {QStringLiteral("parent"), 0},
                              {QStringLiteral("manager"), 0}});
        deptNames.append(divName);
        for (int t = 0; t < 20; ++t) {
            const QString name =
                t % 2 ? QString::fromUtf16(word) + QStringLiteral("%1组").arg(t)
                      : QStringLiteral("%1 %2").arg(QString::fromLatin1(org.pick(kDeptEnglish))).arg(t);
            depts.append(QCborMap{{QStringLiteral("id"), ++deptId},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("parent"), division},
                                  {QStringLiteral("manager"), 0}});
            deptNames.append(name);
            teams.append(deptId);
        }
    }

    QList<Person> people;
    people.reserve(peopleCount);
    QElapsedTimer build;
    build.start();
    replica.beginSnapshot(QStringLiteral("org"));
    QCborArray page;
    for (int id = 1; id <= peopleCount; ++id) {
        Person p = org.person(id);
        const int team = teams.at(org.rng().bounded(int(teams.size())));
        QCborArray ids{team};
        if (org.rng().bounded(100) < 10)
            ids.append(teams.at(org.rng().bounded(int(teams.size()))));
        page.append(
            QCborMap{{QStringLiteral("id"), id},
                     {QStringLiteral("login"), p.login},
                     {QStringLiteral("name"), p.name},
                     {QStringLiteral("title"), QStringLiteral("Engineer")},
                     {QStringLiteral("department"), team},
                     {QStringLiteral("departments"), ids},
                     {QStringLiteral("manager"), id > 50 ? 1 + org.rng().bounded(id - 1) : 0},
                     {QStringLiteral("active"), true},
                     {QStringLiteral("employee_id"), QStringLiteral("E%1").arg(id, 6, 10, QLatin1Char('0'))},
                     {QStringLiteral("phone"), p.phone},
                     {QStringLiteral("email"), p.email},
                     {QStringLiteral("role"), QStringLiteral("member")}});
        people.append(p);
        if (page.size() == 1000 || id == peopleCount) {
            QCborMap rows{{QStringLiteral("users"), page}};
            if (depts.size()) {
                rows.insert(QStringLiteral("departments"), depts);
                depts = {};
            }
            replica.addSnapshotPage(QStringLiteral("org"), rows);
            page = {};
        }
    }
    replica.finishSnapshot(QStringLiteral("org"), peopleCount);
    printLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("directory")},
                          {QStringLiteral("figure"), QStringLiteral("bootstrap")},
                          {QStringLiteral("people"), peopleCount},
                          {QStringLiteral("ms"), msSince(build)}});

    auto &rng = org.rng();
    auto anyPerson = [&]() -> const Person & {
        return people.at(rng.bounded(int(people.size())));
    };
    auto chinese = [&]() -> const Person & {
        for (;;) {
            const Person &p = anyPerson();
            if (!p.pinyinFull.isEmpty())
                return p;
        }
    };
    auto english = [&]() -> const Person & {
        for (;;) {
            const Person &p = anyPerson();
            if (p.pinyinFull.isEmpty())
                return p;
        }
    };
    const QList<std::pair<const char *, std::function<QString()>>> kinds = {
        {"name_zh_surname",
         [&] {
             return chinese().name.left(1);
         }},
        {"name_zh_full",
         [&] {
             return chinese().name;
         }},
        {"name_en_prefix",
         [&] {
             return english().name.left(3);
         }},
        {"name_en_full",
         [&] {
             return english().name;
         }},
        {"pinyin_full",
         [&] {
             return chinese().pinyinFull;
         }},
        {"pinyin_prefix",
         [&] {
             return chinese().pinyinFull.left(5);
         }},
        {"pinyin_one_letter",
         [&] {
             return chinese().pinyinFull.left(1);
         }},
        {"initials",
         [&] {
             return chinese().initials;
         }},
        {"phone_part",
         [&] {
             return anyPerson().phone.mid(3 + rng.bounded(4), 4);
         }},
        {"phone_full",
         [&] {
             return anyPerson().phone;
         }},
        {"email_prefix",
         [&] {
             return anyPerson().email.left(8);
         }},
        {"login",
         [&] {
             return anyPerson().login;
         }},
        {"department",
         [&] {
             return deptNames.at(rng.bounded(int(deptNames.size()))).left(3);
         }},
        {"no_match",
         [&] {
             return QStringLiteral("qqxzv%1").arg(rng.bounded(1000));
         }},
    };
    for (const auto &[kind, makeQuery] : kinds) {
        QList<double> samples;
        qint64 hits = 0;
        for (int i = 0; i < runs; ++i) {
            const QString query = makeQuery();
            QElapsedTimer t;
            t.start();
            hits += replica.searchPeople(query, 50).size();
            samples.append(msSince(t));
        }
        printLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("directory")},
                              {QStringLiteral("query"), QString::fromLatin1(kind)},
                              {QStringLiteral("people"), peopleCount},
                              {QStringLiteral("runs"), runs},
                              {QStringLiteral("avg_hits"), double(hits) / runs},
                              {QStringLiteral("p50_ms"), percentile(samples, 50)},
                              {QStringLiteral("p99_ms"), percentile(samples, 99)}});
    }
    QList<double> listing;
    qint64 listed = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        listed += replica.peopleInDepartment(teams.at(rng.bounded(int(teams.size())))).size();
        listing.append(msSince(t));
    }
    printLine(QJsonObject{{QStringLiteral("bench"), QStringLiteral("directory")},
                          {QStringLiteral("query"), QStringLiteral("department_people")},
                          {QStringLiteral("people"), peopleCount},
                          {QStringLiteral("runs"), runs},
                          {QStringLiteral("avg_hits"), double(listed) / runs},
                          {QStringLiteral("p50_ms"), percentile(listing, 50)},
                          {QStringLiteral("p99_ms"), percentile(listing, 99)}});
    return 0;
}
