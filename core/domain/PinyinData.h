#pragma once

// The generated pinyin table (PinyinData.cpp, from tools/pinyin/generate_pinyin.py). Use domain/Pinyin.h.
namespace tack::pinyin::data {

struct SurnameReading
{
    char16_t ideograph;
    unsigned short syllable; // index into kSyllables
};

extern const char *const kSyllables[]; // index 0 is nullptr (no reading)
extern const int kSyllableCount;
extern const char16_t kFirst; // first ideograph kReadings covers
extern const char16_t kLast;  // last ideograph kReadings covers
extern const unsigned short kReadings[];
extern const SurnameReading kSurnames[]; // ascending by ideograph
extern const int kSurnameCount;

} // namespace tack::pinyin::data
