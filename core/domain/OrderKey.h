#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Fractional order keys (docs/protocol.md "Order keys"): columns and cards are sorted by a text key compared
// bytewise, and a new position is a key strictly between its neighbours, so moving one item never rewrites
// another. Both the server (validating, re-keying duplicates) and the clients (placing an item) use this.
namespace tack::order {

// The digits of a key, in ascending byte order: 0-9, A-Z, a-z (base 62).
inline constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
inline constexpr int kBase = 62;
// Longest key the server accepts; a key that would grow past it makes the server re-key (see protocol.md).
inline constexpr int kMaxKeyLength = 512;

enum class KeyError
{
    None,
    InvalidBound, // a bound is not a valid key (empty is allowed: it means an open end)
    NotOrdered,   // lower >= upper: there is no key strictly between (equal keys included)
    TooLong       // the key between would be longer than kMaxKeyLength
};

struct KeyResult
{
    QByteArray key;
    KeyError error = KeyError::None;
    bool ok() const { return error == KeyError::None; }
};

// 1 to kMaxKeyLength digits of kAlphabet, not ending in '0' (so another key always fits below it).
bool isValidKey(QByteArrayView key);

// The shortest-ish key k with lower < k < upper (bytewise). An empty bound is an open end: between("", "")
// is a first key, between(last, "") a key after `last`, between("", first) one before `first`.
KeyResult between(QByteArrayView lower, QByteArrayView upper);

// A key for inserting at `index` (0 = first, keys.size() = last) into `sorted` (ascending, possibly with
// equal keys from concurrent offline inserts). Equal neighbours have no room between them, so the new key
// goes right after the run of keys equal to keys[index - 1].
KeyResult keyForIndex(const QList<QByteArray> &sorted, qsizetype index);

// `count` ascending keys spread evenly, all short: for seeding a board or re-keying a long column.
QList<QByteArray> spread(int count);

} // namespace tack::order
