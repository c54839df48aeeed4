#include "DemoScript.h"

#include <iterator>

namespace tack::server::demo {

const Department kDepartments[] = {
    {"company", "Xinghe Tech", nullptr, "zhaomin"},
    {"eng", "Engineering", "company", "zhangwei"},
    {"client", "Client Team", "eng", "wangfang"},
    {"server", "Server Team", "eng", "lihua"},
    {"sales", "Sales", "company", "chenjing"},
    {"east", "Sales East", "sales", "liuyang"},
    {"west", "Sales West", "sales", "yanglei"},
    {"finance", "Finance", "company", "huangli"},
    {"hr", "HR", "company", "zhoujie"},
};
const int kDepartmentCount = int(std::size(kDepartments));

const Person kPeople[] = {
    {"zhaomin", "赵敏", "CEO", "company", nullptr, "XH1007", "+86 138 3779 6150",
     "zhaomin@xinghe-tech.example", nullptr},
    {"zhangwei", "张伟", "VP Engineering", "eng", "zhaomin", "XH1014", "+86 139 7558 2283",
     "zhangwei@xinghe-tech.example", nullptr},
    {"gaofei", "高飞", "Product Manager", "eng", "zhangwei", "XH1021", "+86 135 1337 8416",
     "gaofei@xinghe-tech.example", "client"},
    {"wangfang", "王芳", "Client Team Lead", "client", "zhangwei", "XH1028", "+86 136 5116 4549",
     "wangfang@xinghe-tech.example", nullptr},
    {"sunli", "孙丽", "Senior Qt Engineer", "client", "wangfang", "XH1035", "+86 137 8895 0682",
     "sunli@xinghe-tech.example", nullptr},
    {"hejun", "何军", "QML Developer", "client", "wangfang", "XH1042", "+86 150 2674 6815",
     "hejun@xinghe-tech.example", nullptr},
    {"amina", "Amina Haddad", "UX Designer", "client", "wangfang", "XH1049", "+86 151 6453 2948",
     "amina@xinghe-tech.example", nullptr},
    {"xuming", "徐明", "QA Engineer", "client", "wangfang", "XH1056", "+86 152 0232 9081",
     "xuming@xinghe-tech.example", nullptr},
    {"dengchao", "邓超", "Engineering Intern", "client", "wangfang", "XH1063", "+86 158 4011 5214",
     "dengchao@xinghe-tech.example", nullptr},
    {"lihua", "李华", "Server Team Lead", "server", "zhangwei", "XH1070", "+86 159 7790 1347",
     "lihua@xinghe-tech.example", nullptr},
    {"guoqiang", "郭强", "Backend Engineer", "server", "lihua", "XH1077", "+86 186 1569 7480",
     "guoqiang@xinghe-tech.example", nullptr},
    {"james", "James Miller", "Site Reliability Engineer", "server", "lihua", "XH1084", "+86 187 5348 3613",
     "james@xinghe-tech.example", nullptr},
    {"linxue", "林雪", "Backend Engineer", "server", "lihua", "XH1091", "+86 188 9127 9746",
     "linxue@xinghe-tech.example", nullptr},
    {"tangkai", "唐凯", "Database Administrator", "server", "lihua", "XH1098", "+86 189 2906 5879",
     "tangkai@xinghe-tech.example", nullptr},
    {"chenjing", "陈静", "Sales Director", "sales", "zhaomin", "XH1105", "+86 131 6685 2012",
     "chenjing@xinghe-tech.example", nullptr},
    {"xieyun", "谢云", "Sales Assistant", "sales", "chenjing", "XH1112", "+86 132 0464 8145",
     "xieyun@xinghe-tech.example", "east"},
    {"liuyang", "刘洋", "East Region Manager", "east", "chenjing", "XH1119", "+86 155 4243 4278",
     "liuyang@xinghe-tech.example", nullptr},
    {"wuhao", "吴昊", "Account Manager", "east", "liuyang", "XH1126", "+86 156 8022 0411",
     "wuhao@xinghe-tech.example", nullptr},
    {"zhengyu", "郑宇", "Account Manager", "east", "liuyang", "XH1133", "+86 185 1801 6544",
     "zhengyu@xinghe-tech.example", nullptr},
    {"sofia", "Sofia Rossi", "Key Account Manager", "east", "liuyang", "XH1140", "+86 133 5580 2677",
     "sofia@xinghe-tech.example", nullptr},
    {"yanglei", "杨磊", "West Region Manager", "west", "chenjing", "XH1147", "+86 153 9359 8810",
     "yanglei@xinghe-tech.example", nullptr},
    {"luoying", "罗颖", "Account Manager", "west", "yanglei", "XH1154", "+86 180 3138 4943",
     "luoying@xinghe-tech.example", nullptr},
    {"hujie", "胡杰", "Sales Engineer", "west", "yanglei", "XH1161", "+86 181 6917 1076",
     "hujie@xinghe-tech.example", "server"},
    {"huangli", "黄丽", "Finance Manager", "finance", "zhaomin", "XH1168", "+86 189 0696 7209",
     "huangli@xinghe-tech.example", nullptr},
    {"songtao", "宋涛", "Accountant", "finance", "huangli", "XH1175", "+86 177 4475 3342",
     "songtao@xinghe-tech.example", nullptr},
    {"fengxia", "冯霞", "Payroll Specialist", "finance", "huangli", "XH1182", "+86 173 8254 9475",
     "fengxia@xinghe-tech.example", nullptr},
    {"zhoujie", "周杰", "HR Manager", "hr", "zhaomin", "XH1189", "+86 199 2033 5608",
     "zhoujie@xinghe-tech.example", nullptr},
    {"majing", "马静", "Recruiter", "hr", "zhoujie", "XH1196", "+86 166 5812 1741",
     "majing@xinghe-tech.example", nullptr},
    {"priya", "Priya Sharma", "HR Business Partner", "hr", "zhoujie", "XH1203", "+86 198 9591 7874",
     "priya@xinghe-tech.example", nullptr},
    {"caolin", "曹琳", "Office Administrator", "hr", "zhoujie", "XH1210", "+86 191 3370 4007",
     "caolin@xinghe-tech.example", nullptr},
};
const int kPeopleCount = int(std::size(kPeople));

namespace {

const char *const kClientTeam[] = {"wangfang", "sunli",  "hejun",    "amina", "xuming",
                                   "dengchao", "gaofei", "zhangwei", nullptr};

const Line kClientLines[] = {
    {3, "09:12", "wangfang", "早上好！今天站会改到 10:00，会议室 3B。"},
    {3, "09:15", "sunli", "收到 👍"},
    {3, "09:16", "hejun", "好的，我把 QML 列表卡顿的问题也带上"},
    {3, "09:40", "amina", "Morning! I pushed the new chat bubble designs to the shared folder."},
    {3, "09:41", "amina", "Dark mode variants are in there too."},
    {3, "10:32", "wangfang", "站会结论：本周目标是 0.3 的离线发送和已读回执，周五冻结功能。"},
    {3, "10:35", "xuming", "我这边先把离线发送的测试用例写出来"},
    {3, "14:05", "dengchao", "请问构建时报 Qt6::WebSockets not found 是缺什么包？"},
    {3, "14:07", "sunli", "装 qt6-websockets-dev，然后删掉 build 目录重新 cmake"},
    {3, "14:20", "dengchao", "好了，谢谢孙丽姐！"},
    {2, "09:03", "gaofei", "已读回执的交互稿确认了吗？群聊超过 100 人只显示数字。"},
    {2, "09:10", "amina", "Yes — tapping the count opens the read / unread list, paged."},
    {2, "09:11", "wangfang", "OK，就按这个做。hejun 负责列表页。"},
    {2, "11:47", "hejun", "列表滚动到 5000 人也不卡了，用的是分页加载"},
    {2, "11:48", "hejun", "列表滚动到 5000 人也不卡了，用的是分页加载 + 占位行", Action::EditLast},
    {2, "15:22", "xuming", "发现一个问题：断网时连续发 3 条，恢复后顺序偶尔会乱"},
    {2, "15:30", "sunli", "我看看，应该是重发时没按 mutation id 排序"},
    {2, "17:58", "sunli", "修好了，PR 已提，xuming 帮忙回归一下"},
    {1, "09:20", "xuming", "回归通过 ✅ 顺序问题没有再出现"},
    {1, "10:02", "zhangwei", "Nice work everyone. Let's keep Friday's freeze."},
    {1, "13:15", "dengchao", "我把 release notes 草稿发到群里了，大家看看"},
    {1, "13:16", "dengchao", "（草稿链接发错了）"},
    {1, "13:16", "dengchao", "", Action::RecallLast},
    {1, "16:40", "amina", "Icons for the tray menu are final, exporting @1x/@2x now."},
    {0, "08:55", "wangfang", "今天下午 3 点发 0.3 RC1，大家上午把手头的 PR 合完"},
    {0, "09:05", "hejun", "收到，我的还差一个 review"},
    {0, "09:06", "sunli", "我来 review"},
};

const char *const kRelease[] = {"zhangwei", "wangfang", "lihua",  "sunli",  "guoqiang", "james",
                                "linxue",   "tangkai",  "gaofei", "xuming", nullptr};

const Line kReleaseLines[] = {
    {3, "11:00", "zhangwei", "Opening this room for the 0.3 release. Target: RC1 on Thursday."},
    {3, "11:04", "lihua", "Server side: group commit and the catch-up limit are in. Need load numbers."},
    {3, "11:10", "james", "I'll run the 5k-member fan-out benchmark tonight on the staging box."},
    {3, "11:12", "gaofei", "Blocking for sales demo: the demo org must look realistic. Who owns that?"},
    {3, "11:13", "linxue", "我来负责 demo 数据"},
    {2, "08:30", "james", "Benchmark results: p99 fan-out 38 ms for 5000 members, CPU fine."},
    {2, "08:32", "lihua", "Good. WAL checkpoints?"},
    {2, "08:36", "james", "Auto-checkpoint keeps the WAL under 40 MB. No stalls."},
    {2, "10:15", "tangkai", "Backup script tested: restore then clients get must_refetch as expected."},
    {2, "10:20", "guoqiang",
     "Idempotency table verified with a kill -9 loop, no duplicates after 2000 runs."},
    {2, "10:21", "guoqiang", "Idempotency table verified with a kill -9 loop (2000 runs), no duplicates.",
     Action::EditLast},
    {2, "14:00", "wangfang", "Client: offline send + read receipts done, QA regression in progress."},
    {2, "16:45", "xuming", "Found one ordering bug offline, fixed by sunli, retested OK."},
    {1, "09:30", "zhangwei", "Status check — anything blocking RC1?"},
    {1, "09:34", "lihua", "Nothing on the server side."},
    {1, "09:40", "wangfang", "Client: waiting on one review, should land today."},
    {1, "11:02", "gaofei", "Sales wants the Chinese + English demo by Thursday morning."},
    {1, "11:05", "linxue", "demo 数据已经准备好了，30 个人，4 个群"},
    {1, "15:50", "james", "Staging upgraded to RC candidate, smoke tests green."},
    {0, "08:40", "zhangwei", "RC1 today at 15:00. Please keep main green."},
    {0, "08:47", "tangkai", "I'll take a backup of staging right before the cut."},
};

const char *const kSalesEast[] = {"liuyang", "wuhao", "zhengyu", "sofia", "chenjing", "xieyun", nullptr};

const Line kSalesLines[] = {
    {3, "08:45", "liuyang", "各位早，本周重点：杭州和苏州两个客户的续约。"},
    {3, "08:50", "wuhao", "杭州那边周三上午拜访，合同草稿已经发给法务"},
    {3, "09:02", "zhengyu", "苏州客户想加 200 个账号，问能不能按季度付款"},
    {3, "09:10", "chenjing", "季度付款可以，折扣不变。财务那边我去打招呼"},
    {3, "10:30", "sofia", "The Shanghai trading company wants an English demo next week."},
    {3, "10:33", "liuyang", "Sofia 你来主讲，我陪同。时间定了告诉我"},
    {2, "09:15", "xieyun", "提醒：本月报销周五截止，发票请按项目分开贴"},
    {2, "11:20", "wuhao", "杭州拜访很顺利，对方 IT 想看私有化部署方案"},
    {2, "11:25", "liuyang", "我让研发准备一页部署说明，周四前给到"},
    {2, "14:10", "zhengyu", "苏州的报价单发错版本了，我撤回一下"},
    {2, "14:11", "zhengyu", "", Action::RecallLast},
    {2, "14:12", "zhengyu", "已重新发送正确的报价单，请大家以这一版为准"},
    {2, "16:00", "sofia", "Demo confirmed for Tuesday 2pm, their office in Pudong."},
    {1, "09:05", "chenjing", "上季度华东完成率 112%，大家辛苦了 🎉"},
    {1, "09:06", "wuhao", "🎉🎉"},
    {1, "09:06", "zhengyu", "继续加油！"},
    {1, "10:40", "liuyang", "下周一 9 点复盘会，每人准备 3 分钟"},
    {1, "17:30", "xieyun", "复盘会会议室已订：5 楼大会议室"},
    {0, "08:30", "sofia", "Heading to Pudong now, will report back after the demo."},
    {0, "08:35", "liuyang", "好运！有问题随时电话"},
};

const Line kAllHandsLines[] = {
    {3, "09:00", "zhoujie", "【通知】本周五下午 4 点全员大会，地点：一楼多功能厅，可线上参加。"},
    {3, "09:30", "caolin",
     "Reminder: the 6th floor kitchen is being renovated this week; please use the 5th floor."},
    {2, "10:00", "priya", "Welcome our new colleagues joining Engineering and Sales this month! 👋"},
    {2, "10:05", "zhaomin", "欢迎新同事！有任何问题随时找各自的 buddy。"},
    {2, "15:30", "huangli", "【财务】季度报销系统周五 18:00 关闭，请尽快提交。"},
    {1, "09:15", "majing", "内推奖励更新：成功推荐研发岗位奖励 8000 元，详情见 HR 群公告。"},
    {1, "12:00", "caolin", "今天午餐加了素食窗口 🥗"},
    {0, "08:00", "zhoujie", "【提醒】今天下午全员大会照常进行，议程已发邮件。"},
};

const Line kDmWangfangLihua[] = {
    {2, "10:40", "wangfang", "李华，fetch 的分页上限是 1000 条对吧？"},
    {2, "10:42", "lihua", "对，每页最多 1000，超过 catchup_limit 会返回 must_refetch"},
    {2, "10:43", "wangfang", "好的，那客户端收到 must_refetch 就走快照"},
    {2, "10:44", "lihua", "是的，快照先写 staging 表，最后一页再一次性替换"},
    {1, "18:20", "wangfang", "明天 RC 之前能不能一起对一下协议文档？"},
    {1, "18:25", "lihua", "可以，早上 9 点半我去你工位"},
};

const Line kDmWangfangZhangwei[] = {
    {2, "17:00", "zhangwei", "How is the team doing with the deadline?"},
    {2, "17:05", "wangfang", "On track. Dengchao is ramping up fast, Amina finished the designs."},
    {2, "17:06", "zhangwei", "Great. Let me know if you need help from the server team."},
    {0, "08:20", "wangfang", "RC1 今天下午照计划发布"},
};

const Line kDmWangfangAmina[] = {
    {1, "11:30", "amina", "Do you prefer the blue or the green accent for unread badges?"},
    {1, "11:45", "wangfang", "Blue, it matches the tray icon."},
    {1, "11:46", "amina", "Perfect, updating the spec."},
};

const Line kDmLiuyangChenjing[] = {
    {2, "19:10", "liuyang", "陈总，苏州客户的季度付款方案我整理好了，明早发您"},
    {2, "19:30", "chenjing", "好，记得抄送黄丽"},
    {1, "08:50", "liuyang", "已发，请查收"},
};

} // namespace

const Group kGroups[] = {
    {"client-team", "客户端组 Client Team", "wangfang", kClientTeam, kClientLines,
     int(std::size(kClientLines))},
    {"release-0-3", "Release 0.3", "zhangwei", kRelease, kReleaseLines, int(std::size(kReleaseLines))},
    {"sales-east", "华东销售", "liuyang", kSalesEast, kSalesLines, int(std::size(kSalesLines))},
    {"all-hands", "全员通知 All Hands", "zhoujie", nullptr, kAllHandsLines, int(std::size(kAllHandsLines))},
};
const int kGroupCount = int(std::size(kGroups));

const Direct kDirects[] = {
    {"wangfang", "lihua", kDmWangfangLihua, int(std::size(kDmWangfangLihua))},
    {"wangfang", "zhangwei", kDmWangfangZhangwei, int(std::size(kDmWangfangZhangwei))},
    {"wangfang", "amina", kDmWangfangAmina, int(std::size(kDmWangfangAmina))},
    {"liuyang", "chenjing", kDmLiuyangChenjing, int(std::size(kDmLiuyangChenjing))},
};
const int kDirectCount = int(std::size(kDirects));

} // namespace tack::server::demo
