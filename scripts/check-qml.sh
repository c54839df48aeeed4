#!/usr/bin/env bash
# Run qmllint over every QML file tracked by git under qml/.
#
# Exits 1 when qmllint reports a problem; succeeds (and says so) when there
# are no .qml files yet.
set -euo pipefail

# Import paths handed to qmllint with -I, relative to the repository root.
# build/qml is where the QML module build output is expected; directories that
# do not exist are skipped. Adjust when the module layout is settled.
QML_IMPORT_DIRS=(build/qml)

# Folder whose .qml files are linted.
QML_SOURCE_DIR=qml

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

files=()
if [ -d "$QML_SOURCE_DIR" ]; then
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        while IFS= read -r -d '' f; do
            case "$f" in
                *.qml) [ -f "$f" ] && files+=("$f") ;;
            esac
        done < <(git ls-files -z -- "$QML_SOURCE_DIR")
    else
        while IFS= read -r -d '' f; do
            files+=("${f#./}")
        done < <(find "$QML_SOURCE_DIR" -type f -name '*.qml' -print0 | sort -z)
    fi
fi

if [ "${#files[@]}" -eq 0 ]; then
    echo "check-qml: no .qml files under $QML_SOURCE_DIR/, nothing to lint"
    exit 0
fi

qmllint=""
for candidate in /usr/lib/qt6/bin/qmllint qmllint6 qmllint; do
    if command -v "$candidate" >/dev/null 2>&1; then
        qmllint="$candidate"
        break
    fi
done
if [ -z "$qmllint" ]; then
    echo "check-qml: qmllint not found (install qt6-declarative-dev-tools; run scripts/setup-deps.sh)" >&2
    exit 2
fi

import_args=()
for d in "${QML_IMPORT_DIRS[@]}"; do
    [ -d "$d" ] && import_args+=(-I "$d")
done

if "$qmllint" "${import_args[@]}" "${files[@]}"; then
    echo "check-qml: ${#files[@]} file(s) OK"
else
    echo "check-qml: qmllint reported problems in the files above" >&2
    exit 1
fi
