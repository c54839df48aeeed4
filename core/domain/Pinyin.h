#pragma once

#include <QString>

// Toneless pinyin for Chinese names, so people can be found by "wangfang" or "wf" as well as 王芳.
// Covers CJK Unified Ideographs and Extension A with one reading per ideograph (the common one); the first
// ideograph of a name is read as a surname (单 shan, 曾 zeng, 解 xie). Latin letters and digits pass through
// in lower case, so English names get romanisations too ("Alice Smith": "alicesmith", "as").
namespace tack::pinyin {

// The reading of one ideograph ("wang" for 王), or empty when it has none.
QString reading(char16_t ideograph);
// The reading of an ideograph used as a surname (falls back to reading()).
QString surnameReading(char16_t ideograph);

struct NameRomanisation
{
    QString full;          // "wangfang" for 王芳; "alicesmith" for Alice Smith
    QString initials;      // "wf"; "as"
    QString given;         // the full romanisation without the surname: "fang"; empty for non-Chinese names
    int surnameLength = 0; // characters of `name` the surname takes (0 when the name has no ideograph)
};

// Romanises a person's name: each ideograph is one syllable, each run of Latin letters or digits one word.
NameRomanisation romaniseName(const QString &name);

// True when the text contains at least one ideograph this table covers.
bool containsHan(const QString &text);

} // namespace tack::pinyin
