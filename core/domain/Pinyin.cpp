#include "domain/Pinyin.h"

#include "domain/PinyinData.h"

#include <QStringList>
#include <algorithm>

namespace tack::pinyin {
namespace {

bool isCovered(char16_t c)
{
    return c >= data::kFirst && c <= data::kLast;
}

QString syllable(unsigned short index)
{
    if (index == 0 || index >= data::kSyllableCount)
        return {};
    return QString::fromLatin1(data::kSyllables[index]);
}

// Common double surnames, so the given name (and its pinyin) starts after them; some read differently as a
// compound than ideograph by ideograph.
struct DoubleSurname
{
    const char16_t *ideographs;
    const char *reading;
};
constexpr DoubleSurname kDoubleSurnames[] = {
    {u"万俟", "mo qi"},      {u"尉迟", "yu chi"},    {u"单于", "chan yu"},   {u"长孙", "zhang sun"},
    {u"澹台", "tan tai"},    {u"欧阳", "ou yang"},   {u"司马", "si ma"},     {u"诸葛", "zhu ge"},
    {u"上官", "shang guan"}, {u"东方", "dong fang"}, {u"皇甫", "huang fu"},  {u"公孙", "gong sun"},
    {u"慕容", "mu rong"},    {u"夏侯", "xia hou"},   {u"令狐", "ling hu"},   {u"司徒", "si tu"},
    {u"宇文", "yu wen"},     {u"端木", "duan mu"},   {u"轩辕", "xuan yuan"}, {u"呼延", "hu yan"},
};

bool isLatinOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

QString reading(char16_t ideograph)
{
    return isCovered(ideograph) ? syllable(data::kReadings[ideograph - data::kFirst]) : QString();
}

QString surnameReading(char16_t ideograph)
{
    const auto *end = data::kSurnames + data::kSurnameCount;
    const auto *it =
        std::lower_bound(data::kSurnames, end, ideograph,
                         [](const data::SurnameReading &s, char16_t c) { return s.ideograph < c; });
    if (it != end && it->ideograph == ideograph)
        return syllable(it->syllable);
    return reading(ideograph);
}

NameRomanisation romaniseName(const QString &name)
{
    NameRomanisation out;
    QStringList words; // one entry per syllable or Latin word, in order
    qsizetype i = 0;
    bool surnameDone = false;
    int surnameWords = 0;
    const qsizetype n = name.size();
    while (i < n) {
        const QChar c = name.at(i);
        if (isCovered(c.unicode())) {
            if (!surnameDone) {
                surnameDone = true;
                for (const DoubleSurname &d : kDoubleSurnames) {
                    const QString pair = QString::fromUtf16(d.ideographs);
                    if (name.mid(i, 2) == pair) {
                        const QStringList parts = QString::fromLatin1(d.reading).split(u' ');
                        words += parts;
                        surnameWords = int(words.size());
                        out.surnameLength = int(i) + 2;
                        i += 2;
                        break;
                    }
                }
                if (surnameWords > 0)
                    continue;
                const QString r = surnameReading(c.unicode());
                if (!r.isEmpty()) {
                    surnameWords = int(words.size()) + 1; // Latin words before it stay with the surname
                    words += r;
                    out.surnameLength = int(i) + 1;
                }
                ++i;
                continue;
            }
            const QString r = reading(c.unicode());
            if (!r.isEmpty())
                words += r;
            ++i;
        } else if (isLatinOrDigit(c)) {
            qsizetype j = i;
            while (j < n && isLatinOrDigit(name.at(j)))
                ++j;
            words += name.mid(i, j - i).toLower();
            i = j;
        } else {
            ++i;
        }
    }
    for (const QString &w : std::as_const(words)) {
        out.full += w;
        out.initials += w.at(0);
    }
    if (surnameWords > 0) {
        for (qsizetype k = surnameWords; k < words.size(); ++k)
            out.given += words.at(k);
    }
    return out;
}

bool containsHan(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return !reading(c.unicode()).isEmpty(); });
}

} // namespace tack::pinyin
