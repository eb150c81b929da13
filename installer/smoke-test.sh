#!/usr/bin/env bash
# Smoke test of the Linux build made by installer/build.sh, headless and without root:
#   the .deb is unpacked into a scratch root (dpkg -x; or, with --app-image, the app image is used as it is),
#   then, with a scratch home and no data folder yet:
#   1. `summary --json` answers: exit 0, JSON with the README's keys, on the sample data;
#   2. the data folder was created where the README says (~/.local/share/cchc-dashboard) with the database and
#      today's log;
#   3. the class-data sharing archive maps at the installed path (-Xshare:on refuses to start otherwise);
#   4. an unusable data folder is one sentence on stderr and exit code 1, never a stack trace;
#   5. with xvfb-run present, the window opens and shows the overview's figures (then closes itself).
# Usage: installer/smoke-test.sh [--app-image]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/installer

scratch=$(mktemp -d)
trap 'chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
pass() { echo "ok - $*"; }

if [ "${1:-}" = --app-image ]; then
  app=$(find "$OUT/image" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  [ -n "$app" ] || fail "no app image in $OUT/image: run installer/build.sh first"
  app=$(cd "$app" && pwd)
else
  deb=$(find "$OUT" -maxdepth 1 -name 'cchc-dashboard_*.deb' | head -n 1)
  [ -n "$deb" ] || fail "no .deb in $OUT: run installer/build.sh first"
  dpkg-deb --field "$deb" Package Version Installed-Size Depends | sed 's/^/  /'
  dpkg -x "$deb" "$scratch/root"
  app=$scratch/root/opt/cchc-dashboard
  [ -f "$app/lib/cchc-dashboard-cchc-dashboard.desktop" ] || [ -n "$(find "$app/lib" -name '*.desktop')" ] || fail "no menu entry (.desktop) in the package"
  grep -q '^Name=CCHC Dashboard$' "$(find "$app/lib" -name '*.desktop' | head -n 1)" || fail "the menu entry is not named CCHC Dashboard"
  pass "package unpacked into a scratch root, with its menu entry"
fi
launcher=$app/bin/cchc-dashboard
[ -x "$launcher" ] || fail "no launcher at $launcher"

# A scratch home: the JVM takes user.home from the system's user database, not from $HOME, so it is set for Java too.
home=$scratch/home
mkdir -p "$home"
export HOME=$home
unset XDG_DATA_HOME CCHC_DATA_DIR
java_home_option="-Duser.home=$home"
data=$home/.local/share/cchc-dashboard
[ ! -e "$data" ] || fail "the data folder exists before the first start"

# 1 and 3: the first start, on the command line, with the archive required when the build made one.
share_option=""
[ -f "$app/lib/app/cchc.jsa" ] && share_option="-Xshare:on"
JAVA_TOOL_OPTIONS="$java_home_option $share_option" "$launcher" summary --json >"$scratch/summary.json" 2>"$scratch/summary.err" \
  || { cat "$scratch/summary.err" >&2; fail "summary --json exited with $?"; }
python3 - "$scratch/summary.json" <<'PY' || fail "summary --json did not answer as the README says"
import json, sys
summary = json.load(open(sys.argv[1], encoding="utf-8"))
keys = {"asOf", "plan", "planned", "completed", "percent", "onTime", "late", "inProgress", "overdue", "notStarted",
        "recurring", "byArea", "byUnit"}
assert set(summary) == keys, sorted(set(summary) ^ keys)
assert "Dữ liệu mẫu" in summary["plan"], summary["plan"]
assert 0 < summary["completed"] <= summary["planned"], summary
assert summary["byArea"] and summary["byUnit"]
print("  " + summary["plan"] + ": " + str(summary["completed"]) + "/" + str(summary["planned"]) + ", " + str(summary["percent"]) + "%")
PY
pass "summary --json answers on the sample data"
if [ -n "$share_option" ]; then pass "the class-data sharing archive maps at the installed path (-Xshare:on)"; else
  echo "  (no class-data sharing archive in this build: the runtime was older than Java 19)"; fi

# 2: the data folder.
[ -f "$data/cchc.mv.db" ] || fail "no database in $data"
[ -f "$data/logs/cchc-$(date +%F).log" ] || fail "no log of today in $data/logs: $(ls "$data/logs" 2>&1)"
pass "data folder created at ~/.local/share/cchc-dashboard with the database and today's log"

# 4: a data folder that cannot be created (its parent is a file: refused even for root).
touch "$scratch/a-file"
set +e
JAVA_TOOL_OPTIONS="$java_home_option" "$launcher" --data-dir "$scratch/a-file/data" summary --json >/dev/null 2>"$scratch/refused.err"
code=$?
set -e
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$scratch/refused.err" >"$scratch/refused.txt" || true
[ "$code" -eq 1 ] || fail "an unusable data folder exited with $code, not 1"
[ "$(wc -l <"$scratch/refused.txt")" -eq 1 ] || fail "an unusable data folder printed more than one line: $(cat "$scratch/refused.txt")"
grep -q 'thư mục dữ liệu' "$scratch/refused.txt" || fail "the refusal does not name the data folder: $(cat "$scratch/refused.txt")"
pass "an unusable data folder is one sentence: $(cat "$scratch/refused.txt")"

# 5: the window, when a virtual display can be had.
if command -v xvfb-run >/dev/null 2>&1; then
  JAVA_TOOL_OPTIONS="$java_home_option $share_option -Dcchc.exitWhenShown=true" \
    timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" >"$scratch/window.out" 2>&1 \
    || { cat "$scratch/window.out" >&2; fail "the window did not open and close cleanly"; }
  shown=$(grep -h 'overview figures shown' "$data"/logs/*.log | tail -n 1)
  [ -n "$shown" ] || fail "the log does not say the overview's figures were shown"
  pass "the window opened on the overview: ${shown#*: }"
  [ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked its native libraries into the home folder instead of using the installed ones"
  pass "JavaFX used the installed native libraries (nothing unpacked into the home folder)"
else
  echo "  (no xvfb-run: the window was not tried)"
fi
echo "SMOKE TEST PASSED ($app)"
