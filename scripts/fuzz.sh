#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz/ and runs each for a while.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 seconds each, every target
#
# Each target starts from its seed corpus (tests/fuzz/corpus/<target>/) plus what earlier runs found
# (build-fuzz/corpus/<target>/, not committed). A crash leaves its input in build-fuzz/findings/<target>/;
# reproduce it with `build-fuzz/bin/<target> FILE`, then turn it into a regression test in the normal suite.
# Prints executions and findings per target; exits 1 when any target found something.
#
# Environment: CXX (default clang++-14), FUZZ_JOBS (build parallelism, default 2), FUZZ_ARGS (extra libFuzzer
# flags, word-split), TACK_FUZZ_NO_BUILD=1 to reuse the last build, FUZZ_BUILD_DIR to use another build
# directory configured with TACK_FUZZ=ON (e.g. build-asan-fuzz of the asan-fuzz preset).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
shift || true
all_targets=(fuzz_frame fuzz_csv fuzz_approval_form fuzz_mutation fuzz_org_csv)
[ -f "$root/tests/fuzz/fuzz_order_key.cpp" ] && [ -f "$root/core/domain/OrderKey.h" ] && all_targets+=(fuzz_order_key)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "fuzz: SECONDS must be a whole number, got '$seconds'" >&2
    exit 2
fi

if [ "${TACK_FUZZ_NO_BUILD:-0}" != 1 ]; then
    export CXX="${CXX:-clang++-14}"
    if ! command -v "$CXX" >/dev/null; then
        echo "fuzz: $CXX not found (install clang, or set CXX to a clang++)" >&2
        exit 2
    fi
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTACK_FUZZ=ON \
            -DTACK_BUILD_TESTS=OFF -DTACK_BUILD_BENCH=OFF -DTACK_BUILD_DESKTOP=OFF >/dev/null || exit 2
    fi
    nice -n 10 cmake --build "$build_dir" --parallel "${FUZZ_JOBS:-2}" --target "${targets[@]}" || exit 2
fi

extra=()
# shellcheck disable=SC2206 # FUZZ_ARGS is deliberately word-split
[ -n "${FUZZ_ARGS:-}" ] && extra=(${FUZZ_ARGS})
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" # Qt keeps some global allocations until exit
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
report=()
for t in "${targets[@]}"; do
    corpus="$build_dir/corpus/$t"
    findings="$build_dir/findings/$t"
    mkdir -p "$corpus" "$findings"
    log="$build_dir/$t.log"
    echo "==> $t for ${seconds}s"
    nice -n 10 "$build_dir/bin/$t" "$corpus" "$root/tests/fuzz/corpus/$t" -max_total_time="$seconds" \
        -artifact_prefix="$findings/" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 "${extra[@]}" \
        >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    found=$(find "$findings" -type f | wc -l)
    [ "$rc" -ne 0 ] && status=1
    [ "$found" -ne 0 ] && status=1
    report+=("$(printf '%-16s executions %10s   findings %3s   exit %s' "$t" "${execs:-?}" "$found" "$rc")")
    if [ "$rc" -ne 0 ]; then
        grep -m5 -E 'ERROR|runtime error|SUMMARY|abort' "$log" | sed 's/^/    /'
    fi
done
echo
printf '%s\n' "${report[@]}"
exit "$status"
