#!/usr/bin/env bash
# Command 2: install dependencies, build, check formatting and QML, run the tests.
#
# Phases: deps, build, format, qml, ctest. A failing format or qml check does not
# stop the later phases; a failing build skips ctest. Exits 1 if any phase failed.
# The long fault-injection tests (ctest label faults-long) are excluded.
#
# Environment: TACK_SKIP_DEPS=1 skips the deps phase; TACK_CTEST_JOBS (default 2)
# sets ctest's parallelism; CTEST_ARGS adds extra ctest arguments (word-split).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$root/build"
cd "$root" || exit 1

export QT_QPA_PLATFORM=offscreen
budget_s=1200 # the whole run should stay under 20 minutes

started=$(date +%s)
summary=()
failed=()
tests_passed=0
tests_failed=0

# run_phase NAME COMMAND... : run one phase, time it, record the result.
run_phase() {
    local name="$1" t0 rc
    shift
    echo
    echo "==> [$name] $*"
    t0=$(date +%s)
    "$@"
    rc=$?
    local dt=$(($(date +%s) - t0))
    if [ "$rc" -eq 0 ]; then
        summary+=("$(printf '%-7s ok      %5ss' "$name" "$dt")")
    else
        summary+=("$(printf '%-7s FAILED  %5ss  (exit %s)' "$name" "$dt" "$rc")")
        failed+=("$name")
    fi
    echo "<== [$name] $([ "$rc" -eq 0 ] && echo ok || echo "FAILED (exit $rc)") in ${dt}s"
    return "$rc"
}

skip_phase() { # skip_phase NAME REASON
    summary+=("$(printf '%-7s skipped         (%s)' "$1" "$2")")
    echo
    echo "=== [$1] skipped: $2"
}

# shellcheck disable=SC2317 # only called through run_phase
run_ctest() {
    local log="$build_dir/ctest-output.log" rc
    local extra=()
    # shellcheck disable=SC2206 # CTEST_ARGS is deliberately word-split
    [ -n "${CTEST_ARGS:-}" ] && extra=(${CTEST_ARGS})
    ctest --test-dir "$build_dir" --output-on-failure -j "${TACK_CTEST_JOBS:-2}" --timeout 600 \
        -LE faults-long "${extra[@]}" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    # ctest closes with "NN% tests passed, F tests failed out of T".
    local line
    line="$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)"
    if [ -n "$line" ]; then
        local total failed_n
        total="$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")"
        failed_n="$(sed -E 's/.*passed, ([0-9]+) tests? failed.*/\1/' <<<"$line")"
        tests_failed=$failed_n
        tests_passed=$((total - failed_n))
    fi
    return "$rc"
}

deps_ok=1
if [ "${TACK_SKIP_DEPS:-0}" = 1 ]; then
    skip_phase deps "TACK_SKIP_DEPS=1"
else
    run_phase deps bash "$root/scripts/setup-deps.sh" || deps_ok=0
fi

build_ok=0
if [ "$deps_ok" -eq 1 ]; then
    run_phase build env TACK_SKIP_DEPS=1 bash "$root/scripts/build.sh" && build_ok=1
else
    skip_phase build "dependencies missing"
fi

run_phase format bash "$root/scripts/check-format.sh"
run_phase qml bash "$root/scripts/check-qml.sh"

if [ "$build_ok" -eq 1 ]; then
    run_phase ctest run_ctest
else
    skip_phase ctest "build failed"
fi

total_s=$(($(date +%s) - started))
echo
echo "==================== test.sh summary ===================="
printf '  %s\n' "${summary[@]}"
if [ "$total_s" -gt "$budget_s" ]; then
    echo "  warning: took ${total_s}s, over the ${budget_s}s budget"
fi
if [ "${#failed[@]}" -eq 0 ]; then
    echo "test.sh: all phases passed in ${total_s}s"
    status=0
else
    echo "test.sh: FAILED phase(s): ${failed[*]} (after ${total_s}s)"
    status=1
fi
echo "tests: ${tests_passed} passed, ${tests_failed} failed"
exit "$status"
