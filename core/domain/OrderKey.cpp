#include "OrderKey.h"

namespace tack::order {
namespace {

int digitOf(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 36;
    return -1;
}

char charOf(int digit)
{
    return kAlphabet[digit];
}

// Keys are base-62 fractions 0.d1d2d3...; `upper` empty means 1 (the open end). Both are valid and
// lower < upper. Returns the digits of a fraction strictly between, appended to `out`.
void midpoint(QByteArrayView lower, QByteArrayView upper, QByteArray &out)
{
    if (!upper.isEmpty()) {
        // Shared leading digits (a missing digit of `lower` reads as '0') are part of the answer.
        qsizetype n = 0;
        while (n < upper.size() && (n < lower.size() ? lower[n] : '0') == upper[n])
            ++n;
        if (n > 0) {
            out.append(upper.first(n).data(), n);
            lower = n < lower.size() ? lower.sliced(n) : QByteArrayView();
            upper = upper.sliced(n);
        }
    }
    const int low = lower.isEmpty() ? 0 : digitOf(lower[0]);
    const int high = upper.isEmpty() ? kBase : digitOf(upper[0]);
    if (high - low > 1) {
        // Room in this digit. Towards an open end step by one rather than halving, so appending (or
        // prepending) many times in a row makes keys grow by one digit per ~30 inserts, not per ~6.
        int digit = (low + high + 1) / 2;
        if (upper.isEmpty() && !lower.isEmpty())
            digit = low + 1;
        else if (lower.isEmpty() && !upper.isEmpty() && high > 1)
            digit = high - 1;
        out.append(charOf(digit));
        return;
    }
    // Consecutive digits: the upper digit alone fits when upper goes on, else go one level deeper.
    if (upper.size() > 1) {
        out.append(upper[0]);
        return;
    }
    out.append(charOf(low));
    midpoint(lower.isEmpty() ? QByteArrayView() : lower.sliced(1), QByteArrayView(), out);
}

} // namespace

bool isValidKey(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength || key.back() == '0')
        return false;
    for (char c : key) {
        if (digitOf(c) < 0)
            return false;
    }
    return true;
}

KeyResult between(QByteArrayView lower, QByteArrayView upper)
{
    if ((!lower.isEmpty() && !isValidKey(lower)) || (!upper.isEmpty() && !isValidKey(upper)))
        return {{}, KeyError::InvalidBound};
    if (!lower.isEmpty() && !upper.isEmpty() && lower.compare(upper) >= 0)
        return {{}, KeyError::NotOrdered};
    QByteArray key;
    midpoint(lower, upper, key);
    if (key.size() > kMaxKeyLength)
        return {{}, KeyError::TooLong};
    return {key, KeyError::None};
}

KeyResult keyForIndex(const QList<QByteArray> &sorted, qsizetype index)
{
    index = qBound<qsizetype>(0, index, sorted.size());
    const QByteArray lower = index > 0 ? sorted[index - 1] : QByteArray();
    qsizetype next = index;
    while (next < sorted.size() && !lower.isEmpty() && sorted[next] <= lower)
        ++next;
    const QByteArray upper = next < sorted.size() ? sorted[next] : QByteArray();
    return between(lower, upper);
}

QList<QByteArray> spread(int count)
{
    QList<QByteArray> keys;
    if (count <= 0)
        return keys;
    // Enough digits that `count` evenly spaced values fit, then each value written in base 62 with its
    // trailing zeros dropped (a trailing zero adds nothing to a fraction).
    int digits = 1;
    qint64 room = kBase;
    while (room <= count && digits < 6) {
        room *= kBase;
        ++digits;
    }
    for (int i = 1; i <= count; ++i) {
        qint64 value = room * i / (count + 1);
        QByteArray key(digits, '0');
        for (int d = digits - 1; d >= 0; --d) {
            key[d] = charOf(int(value % kBase));
            value /= kBase;
        }
        while (key.endsWith('0'))
            key.chop(1);
        keys.append(key);
    }
    return keys;
}

} // namespace tack::order
