#!/usr/bin/env bash
# Builds CCHC Dashboard's installer for the system it runs on: on Linux the app image (also as a .tar.gz) and a
# .deb, on Windows an .msi, on macOS a .dmg. Not part of `mvn verify`: CI stays fast and needs no jpackage.
#
#   1. the jar and its libraries (Maven, tests skipped: build installers from a tested commit);
#   2. the app's folder: the jars, only this system's JavaFX, and JavaFX's native libraries beside its jar (so
#      that JavaFX loads them from there instead of unpacking them into the user's home on first start);
#   3. a trimmed Java runtime: the modules jdeps finds in the jars, plus the locale data for vi/en, made by jlink;
#   4. the app image (jpackage), with the icon and the Java options of installer/<os>/app-image.txt;
#   5. the class-data sharing archive: the image is started once ("training"), the classes that start loaded
#      are archived at exit, and the launcher is told to map them (-XX:SharedArchiveFile=$APPDIR/cchc.jsa);
#   6. the package (jpackage --app-image), with the options of installer/<os>/<type>.txt.
#
# Usage: installer/build.sh [--skip-maven] [--type app-image|deb|msi|dmg]   (the type defaults to this system's)
# Environment:
#   INSTALLER_JDK  the JDK whose jlink and jpackage build the image and whose runtime is bundled
#                  (default: JAVA_HOME, else the java on PATH). Use Java 25: its runtime maps the app's archive
#                  wherever the app is installed (checked; smoke-test.sh requires it). Java 17 refuses an archive
#                  made at another path, so with 17 or 18 only the JDK's own archive is used.
#   APP_VERSION    the package version, numbers only (default: the pom's version without -SNAPSHOT). Windows
#                  upgrades an installed copy only when this is higher than the installed one's.
#   MVN_ARGS       extra Maven arguments, e.g. -o to stay offline.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/installer

skip_maven=false
type=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-maven) skip_maven=true ;;
    --type) type="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

case "$(uname -s)" in
  Linux*) os=linux; default_type=deb ;;
  Darwin*) os=macos; default_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default_type=msi ;;
  *) echo "unsupported system: $(uname -s)" >&2; exit 2 ;;
esac
type=${type:-$default_type}

# --- the JDK -------------------------------------------------------------------------------------------------
if [ -n "${INSTALLER_JDK:-}" ]; then jdk=$INSTALLER_JDK
elif [ -n "${JAVA_HOME:-}" ]; then jdk=$JAVA_HOME
else jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
for tool in jdeps jlink jpackage java; do
  [ -x "$jdk/bin/$tool" ] || [ -x "$jdk/bin/$tool.exe" ] || { echo "no $tool in $jdk/bin: set INSTALLER_JDK to a full JDK" >&2; exit 1; }
done
runtime_feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | tr -d '\r')
echo "JDK: $jdk (Java $runtime_feature); building the $type for $os"

# --- 1. the jar and its libraries ----------------------------------------------------------------------------
if [ "$skip_maven" = false ]; then
  # shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
  mvn -B -q ${MVN_ARGS:-} -DskipTests package
fi
[ -f target/dist/cchc-dashboard.jar ] || { echo "target/dist/cchc-dashboard.jar is missing: run without --skip-maven" >&2; exit 1; }
pom_version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
version=${APP_VERSION:-${pom_version%-SNAPSHOT}}

rm -rf "$OUT"
mkdir -p "$OUT/input/lib" "$OUT/jdeps"

# --- 2. the app's folder -------------------------------------------------------------------------------------
# target/dist carries every system's JavaFX graphics; keep this system's (the classifier Maven chose for
# javafx-base, which exists only for the build system).
fx_classifier=$(find target/dist/lib -name 'javafx-base-*-*.jar' -exec basename {} \; | sed 's/^javafx-base-[0-9.]*-\(.*\)\.jar$/\1/')
[ -n "$fx_classifier" ] || { echo "no platform JavaFX in target/dist/lib" >&2; exit 1; }
cp target/dist/cchc-dashboard.jar "$OUT/input/"
for jar in target/dist/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-graphics-*-*.jar) [[ "$name" == javafx-graphics-*-"$fx_classifier".jar ]] || continue ;;
  esac
  cp "$jar" "$OUT/input/lib/"
done
# JavaFX looks for its native libraries beside its jar (Windows: in ../bin) before unpacking them from the jar.
natives_dir=$OUT/input/lib
[ "$os" = windows ] && natives_dir=$OUT/input/bin
mkdir -p "$natives_dir"
unzip -q -j -o "$OUT"/input/lib/javafx-graphics-*-"$fx_classifier".jar '*.so' '*.dylib' '*.dll' -d "$natives_dir" 2>/dev/null || true
ls "$natives_dir" | grep -Eq '\.(so|dylib|dll)$' || { echo "no JavaFX native libraries found for $fx_classifier" >&2; exit 1; }

# --- 3. the runtime ------------------------------------------------------------------------------------------
# jdeps cannot resolve the libraries' module descriptors (they name modules that are not here, e.g. javafx.swing),
# so it reads their classes unpacked into one folder, without descriptors and version-specific copies; the app runs
# on the class path anyway. (unzip, not zip: Git for Windows has only the former.)
for jar in "$OUT/input/cchc-dashboard.jar" "$OUT"/input/lib/*.jar; do
  unzip -q -o "$jar" '*.class' -x 'module-info.class' 'META-INF/*' -d "$OUT/jdeps" >/dev/null 2>&1 || true
done
found=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps "$OUT/jdeps")
# Not visible to jdeps: Vietnamese dates and numbers in JavaFX's controls (jdk.localedata, trimmed to vi and en),
# and the Windows console's code pages (jdk.charsets).
modules="$found,jdk.localedata,jdk.charsets"
echo "runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,vi \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
  --output "$OUT/runtime"

# The archive for heaps of 32 GB and more (no compressed pointers): never used by this app, 15 MB saved.
rm -f "$OUT"/runtime/lib/server/classes_nocoops.jsa "$OUT"/runtime/bin/server/classes_nocoops.jsa

# --- 4. the app image ----------------------------------------------------------------------------------------
java_options=()
# The JVM options chosen for a desktop start (installer/jvm-options.txt says why); the benchmarks use the same file.
while IFS= read -r option; do
  case "$option" in ''|'#'*) ;; *) java_options+=(--java-options "$option") ;; esac
done <installer/jvm-options.txt
if [ "$runtime_feature" -ge 23 ]; then
  # JavaFX 21 uses sun.misc.Unsafe; newer runtimes warn about it on every start. (Its native-access warning stays:
  # --enable-native-access would switch off the archive's module graph, which costs more than a line on stderr.)
  java_options+=(--java-options "--sun-misc-unsafe-memory-access=allow")
fi
"$jdk/bin/jpackage" --type app-image --dest "$OUT/image" \
  --input "$OUT/input" --main-jar cchc-dashboard.jar --main-class vn.cchc.dashboard.Main \
  --runtime-image "$OUT/runtime" --app-version "$version" \
  @installer/jpackage-common.txt @"installer/$os/app-image.txt" ${java_options[@]+"${java_options[@]}"}

image=$(find "$OUT/image" -mindepth 1 -maxdepth 1 | head -n 1)
case "$os" in
  linux) launcher=$image/bin/$(basename "$image"); app_dir=$image/lib/app ;;
  windows) app_dir=$image/app ;;
  macos) launcher=$(find "$image/Contents/MacOS" -type f | head -n 1); app_dir=$image/Contents/app ;;
esac

# --- 5. the class-data sharing archive -----------------------------------------------------------------------
# The JVM maps an archive only while every jar has the size and modification time it had when the archive was
# made. Linux: the .deb is repacked below with the image's times. macOS: the .dmg is made with hdiutil, which keeps
# them. Windows: the .msi cannot keep them, but a per-user install folder belongs to the user, so the JVM makes the
# archive itself at the end of the first session and remakes it after an upgrade (-XX:+AutoCreateSharedArchive).
if [ "$runtime_feature" -lt 19 ]; then
  echo "Java $runtime_feature cannot use an archive made at another path; only the runtime's own CDS archive is used." \
    "Build with INSTALLER_JDK set to a JDK 19 or newer for the app's archive."
elif [ "$os" = windows ]; then
  # The window's launcher makes the archive; the command line's (cchc.exe) only maps it, so that a first
  # `cchc summary` does not leave an archive without the window's classes.
  for cfg in "$app_dir"/*.cfg; do
    [ "$(basename "$cfg")" = cchc.cfg ] || printf '%s\n' 'java-options=-XX:+AutoCreateSharedArchive' >>"$cfg"
    printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR\cchc.jsa' >>"$cfg"
  done
  echo "archive: made by the JVM on the user's machine at the end of the first session"
else
  archive=$app_dir/cchc.jsa
  training=$(mktemp -d)
  trap 'rm -rf "$training"' EXIT
  # The training start opens the window on the sample data and closes itself once the overview's figures are
  # shown, so the archive holds what a real start loads: the JDK's, JavaFX's, the libraries' and the app's classes.
  train=("$launcher" --data-dir "$training/data")
  display_run=()
  # A start that never shows its figures must not hang the build.
  command -v timeout >/dev/null 2>&1 && display_run=(timeout 600)
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then display_run+=(xvfb-run -a -s "-screen 0 1600x1000x24"); else
      # No display at all: the command line's start (the JDK, picocli, H2, Flyway and the app's core).
      echo "no display and no xvfb-run: training on the command line only (summary --json)"
      train+=(summary --json)
    fi
  fi
  echo "training start for the class-data sharing archive…"
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Dcchc.exitWhenShown=true" \
    ${display_run[@]+"${display_run[@]}"} "${train[@]}" >"$OUT/training.log" 2>&1 \
    || { echo "the training start failed; its output:" >&2; cat "$OUT/training.log" >&2; exit 1; }
  [ -s "$archive" ] || { echo "the training start wrote no archive; its output:" >&2; cat "$OUT/training.log" >&2; exit 1; }
  # A runtime that cannot use the archive (a changed jar) starts without it (-Xshare:auto, the default).
  for cfg in "$app_dir"/*.cfg; do
    printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/cchc.jsa' >>"$cfg"
  done
  echo "archive: $archive ($(du -h "$archive" | cut -f1))"
fi

# --- 6. the package ------------------------------------------------------------------------------------------
# jpackage copies the image without the files' times; the .deb gets them back so that the archive still maps.
repack_deb_with_image_times() {
  local deb=$1 tree=$OUT/deb-tree
  rm -rf "$tree"
  dpkg-deb --raw-extract "$deb" "$tree"
  local installed=$tree/opt/$(basename "$image")
  (cd "$image" && find . -type f) | while IFS= read -r file; do
    [ -e "$installed/$file" ] && touch -r "$image/$file" "$installed/$file"
  done
  dpkg-deb --root-owner-group --build "$tree" "$deb" >/dev/null
  rm -rf "$tree"
}

if [ "$type" = app-image ] || [ "$os" = linux ]; then
  (cd "$OUT/image" && tar -czf "../cchc-dashboard-$version-$fx_classifier-app-image.tar.gz" "$(basename "$image")")
fi
case "$type" in
  app-image) ;;
  dmg)
    # hdiutil keeps the files' times (see step 5); the window shows the app and a link to drop it on.
    staging=$OUT/dmg
    mkdir -p "$staging"
    cp -Rp "$image" "$staging/"
    ln -s /Applications "$staging/Applications"
    hdiutil create -volname "CCHC Dashboard" -srcfolder "$staging" -fs HFS+ -format UDZO -ov \
      "$OUT/CCHC-Dashboard-$version-$fx_classifier.dmg"
    rm -rf "$staging"
    ;;
  *)
    "$jdk/bin/jpackage" --type "$type" --dest "$OUT" --app-image "$image" --app-version "$version" \
      @installer/jpackage-common.txt @"installer/$os/$type.txt"
    if [ "$type" = deb ] && [ -f "$app_dir/cchc.jsa" ]; then
      repack_deb_with_image_times "$(find "$OUT" -maxdepth 1 -name '*.deb' | head -n 1)"
    fi
    ;;
esac

echo
echo "Built in $OUT:"
du -sh "$image" | sed 's/^/  app image (installed size): /'
find "$OUT" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.msi' -o -name '*.dmg' -o -name '*.tar.gz' \) -exec du -h {} \; | sed 's/^/  /'
