// libFuzzer target: fractional order keys (core/domain/OrderKey), which clients send and the server checks.
// Input: two bounds separated by a 0 byte. Whatever they are, between() must answer a key strictly between
// two valid ordered bounds (valid itself), or a typed refusal; keyForIndex() must keep a sorted list sorted.
#include "domain/OrderKey.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace tack::order;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray lower = split < 0 ? input : input.left(split);
    const QByteArray upper = split < 0 ? QByteArray() : input.mid(split + 1);
    const bool lowerOk = lower.isEmpty() || isValidKey(lower);
    const bool upperOk = upper.isEmpty() || isValidKey(upper);

    const KeyResult r = between(lower, upper);
    if (!lowerOk || !upperOk) {
        if (r.ok())
            std::abort(); // an invalid bound must be refused
        return 0;
    }
    const bool ordered = lower.isEmpty() || upper.isEmpty() || lower < upper;
    if (r.ok()) {
        if (!ordered || !isValidKey(r.key))
            std::abort();
        if ((!lower.isEmpty() && !(lower < r.key)) || (!upper.isEmpty() && !(r.key < upper)))
            std::abort(); // not strictly between
    } else if (r.error == KeyError::InvalidBound || (ordered && r.error != KeyError::TooLong)) {
        std::abort(); // valid ordered bounds only fail when the key would be too long
    }

    // The two bounds as a sorted list: the key for an index comes after the keys before it and before the
    // next different key (equal neighbours leave no room, so it goes after the whole run of them).
    QList<QByteArray> sorted;
    for (const QByteArray &k : {lower, upper}) {
        if (!k.isEmpty())
            sorted.append(k);
    }
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype index = 0; index <= sorted.size(); ++index) {
        const KeyResult at = keyForIndex(sorted, index);
        if (!at.ok())
            continue;
        if (!isValidKey(at.key) || (index > 0 && !(sorted.at(index - 1) < at.key)))
            std::abort();
        for (qsizetype j = index; j < sorted.size(); ++j) {
            if (index > 0 && sorted.at(j) == sorted.at(index - 1))
                continue; // the run of keys equal to the one before
            if (!(at.key < sorted.at(j)))
                std::abort();
            break;
        }
    }
    return 0;
}
