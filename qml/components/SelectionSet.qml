import QtQml

// A set of ids chosen in a list (user ids in pickers). `ids` is replaced on every change, so bindings that
// read it re-evaluate.
QtObject {
    property var ids: []
    readonly property int count: ids.length

    function has(id): bool { return ids.indexOf(id) >= 0 }
    function toggle(id) {
        ids = has(id) ? ids.filter(x => x !== id) : ids.concat([id])
    }
    // Whether every id of `list` is chosen (false for an empty list).
    function hasAll(list): bool {
        return list.length > 0 && list.every(x => ids.indexOf(x) >= 0)
    }
    // Chooses (or drops) every id of `list`, leaving the others as they are.
    function setAll(list, on: bool) {
        const rest = ids.filter(x => list.indexOf(x) < 0)
        ids = on ? rest.concat(list) : rest
    }
    function clear() { ids = [] }
}
