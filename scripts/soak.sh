#!/usr/bin/env bash
# The long half of the reliability suite, run by `make soak` after `swift build --build-tests`:
# SIGKILL at random points of `paylink create` then `paylink reconcile` (drop-after-create and delay faults),
# 4 processes × 250 creates while one lists, the command line against a server that never answers,
# schemathesis and seeded random bodies against the sandbox.
# One line per step, logs in .build-soak/logs, a closing "N passed, N failed"; exits 1 when any step failed.
# Knobs: PAYLINK_SOAK_RUNS (kills per fault, 100), PAYLINK_SOAK_SEED, SCHEMATHESIS_EXAMPLES (100),
# GARBAGE_REQUESTS (5000), PAYLINK_BIN_DIR (where paylink and the test bundle are, .build/debug).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BIN_DIR="${PAYLINK_BIN_DIR:-$ROOT/.build/debug}"
export PAYLINK="$BIN_DIR/paylink"
TESTS="$BIN_DIR/paylinkPackageTests.xctest"
LOGS="$ROOT/.build-soak/logs"
mkdir -p "$LOGS"
export PAYLINK_SOAK=1
export PAYLINK_SOAK_SEED="${PAYLINK_SOAK_SEED:-$(date +%s)}"

[ -x "$PAYLINK" ] || { echo "soak: $PAYLINK is missing; run: swift build --build-tests"; exit 1; }

passed=0
failed=0

# step NAME COMMAND…: runs the command with its output in the step's log, and counts it.
step() {
  local name="$1"; shift
  local log="$LOGS/$name.log"
  local start=$SECONDS
  printf '%-22s ' "$name"
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    printf 'ok      %4d s\n' $((SECONDS - start))
  else
    failed=$((failed + 1))
    printf 'FAILED  %4d s   log: %s\n' $((SECONDS - start)) "${log#"$ROOT"/}"
    tail -n 30 "$log" | sed 's/^/    /'
  fi
  grep -E '^(drop-after-create|delay=[0-9a-z]+|concurrency|silent server|garbage|batch soak|batch kills):' "$log" | sed 's/^/    /'
}

# swift_soak FILTER: one soak test of the test bundle; a filter that matches no test is a failure too.
swift_soak() {
  local out rc
  out="$(mktemp)"
  if [ -x "$TESTS" ]; then
    "$TESTS" --testing-library swift-testing --filter "$1" >"$out" 2>&1
  else
    swift test --skip-build --filter "$1" >"$out" 2>&1
  fi
  rc=$?
  cat "$out"
  if [ "$rc" -eq 0 ] && grep -Eq 'Test run with [1-9][0-9]* tests? .*passed' "$out"; then rc=0; else rc=1; fi
  rm -f "$out"
  return "$rc"
}

echo "paylink soak, seed $PAYLINK_SOAK_SEED, $(nproc) cores"
step crash-drop-after-create swift_soak soakCrashSafetyDropAfterCreate
step crash-delay             swift_soak soakCrashSafetyDelay
step concurrency-1000        swift_soak soakConcurrencyFullSize
step silent-server           swift_soak soakSilentServerFromTheCommandLine
step batch-kills             swift_soak twoHundredRowsTwentyKills
step schemathesis            "$ROOT/scripts/soak/schemathesis.sh"
step garbage-bodies          python3 "$ROOT/scripts/soak/garbage.py" "$PAYLINK"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
