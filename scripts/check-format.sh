#!/usr/bin/env bash
# Check that the C++ sources follow .clang-format.
#
#   scripts/check-format.sh        report files that need reformatting (exit 1 if any)
#   scripts/check-format.sh --fix  reformat those files in place
#
# Only files tracked by git (git ls-files) are checked, so build output and
# scratch files are ignored. Newly created files are checked once `git add`ed.
set -euo pipefail

# Folders whose *.cpp and *.h files are checked.
FORMAT_DIRS=(app core server ui tests bench)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

fix=0
case "${1:-}" in
    "") ;;
    --fix) fix=1 ;;
    *)
        echo "check-format: unknown option '$1' (use --fix or nothing)" >&2
        exit 2
        ;;
esac

clang_format=""
for candidate in clang-format-14 clang-format; do
    if command -v "$candidate" >/dev/null 2>&1; then
        clang_format="$candidate"
        break
    fi
done
if [ -z "$clang_format" ]; then
    echo "check-format: clang-format not found (run scripts/setup-deps.sh)" >&2
    exit 2
fi

dirs=()
for d in "${FORMAT_DIRS[@]}"; do
    [ -d "$d" ] && dirs+=("$d")
done

files=()
if [ "${#dirs[@]}" -gt 0 ]; then
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        while IFS= read -r -d '' f; do
            case "$f" in
                *.cpp | *.h) [ -f "$f" ] && files+=("$f") ;;
            esac
        done < <(git ls-files -z -- "${dirs[@]}")
    else
        # Not a git checkout (e.g. a source tarball): fall back to find.
        while IFS= read -r -d '' f; do
            files+=("${f#./}")
        done < <(find "${dirs[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
    fi
fi

if [ "${#files[@]}" -eq 0 ]; then
    echo "check-format: no C++ files to check"
    exit 0
fi

if [ "$fix" -eq 1 ]; then
    "$clang_format" -i -- "${files[@]}"
    echo "check-format: reformatted ${#files[@]} file(s) with $clang_format"
    exit 0
fi

bad=()
for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run -Werror -- "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done

if [ "${#bad[@]}" -gt 0 ]; then
    echo "check-format: ${#bad[@]} of ${#files[@]} file(s) are not formatted ($clang_format):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    echo "check-format: see the changes with '$clang_format --dry-run FILE'; fix with 'scripts/check-format.sh --fix'" >&2
    exit 1
fi
echo "check-format: ${#files[@]} file(s) OK ($clang_format)"
