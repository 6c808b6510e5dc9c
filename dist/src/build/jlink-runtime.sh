#!/usr/bin/env bash
# Makes the Java runtime of recap-VERSION-linux-x64.tar.gz (run by dist/pom.xml with -Pdist on Linux x64):
#
#   1. the jars of lib/ are sorted: named modules (recap's libraries, Lucene, Jackson, commonmark, SnakeYAML Engine,
#      picocli, Jetty's HTTP client, SLF4J…) are to be linked; the others — recap-cli, recap-solr and SolrJ with
#      the few jars it needs that are no modules — stay jars on the class path, copied to CLASSPATH_DIR;
#   2. jdeps finds the JDK and library modules the class-path jars use; jlink links them, every library module of
#      lib/ (so that none a ServiceLoader looks for is missing: SLF4J's provider, say) and what they require into
#      one runtime;
#   3. a training run of the CLI on that runtime lists the classes recap loads (io.recap.cli.CdsTraining), and
#      -Xshare:dump archives them (class-data sharing) into runtime/lib/server/recap.jsa.
#
# The libraries are linked into the runtime rather than left as jars because a JDK 17 CDS archive records the
# paths of class-path jars and refuses to map when they move: classes inside the runtime image are found
# wherever the download is unpacked, so the archive works from any folder. The classes of the class-path jars
# are not archived (the archive records an empty class path, which any class path extends); a local search
# loads few of them.
#
# Usage: jlink-runtime.sh JAVA_HOME LIB_DIR EXAMPLES_DIR OUTPUT_RUNTIME_DIR WORK_DIR CLASSPATH_DIR
set -euo pipefail
java_home=$1 lib=$2 examples=$3 out=$4 work=$5 classpath=$6

if [ ! -d "$java_home/jmods" ]; then
  echo "jlink-runtime: $java_home has no jmods/ folder; build with a JDK that has one (Debian: openjdk-17-jdk-headless)" >&2
  exit 1
fi
cli_jars=("$lib"/recap-cli-*.jar)
[ "${#cli_jars[@]}" -eq 1 ] && [ -f "${cli_jars[0]}" ] || { echo "jlink-runtime: expected one recap-cli jar in $lib" >&2; exit 1; }
cli_jar=${cli_jars[0]}

rm -rf "$out" "$work" "$classpath"
mkdir -p "$work/modules" "$classpath"
for jar in "$lib"/*.jar; do
  if unzip -Z1 "$jar" | grep -E '^(META-INF/versions/[0-9]+/)?module-info\.class$' >/dev/null; then
    cp "$jar" "$work/modules/"
  else
    cp "$jar" "$classpath/"
  fi
done
library_modules=$("$java_home/bin/java" --module-path "$work/modules" --list-modules | grep ' file:' \
  | sed -E 's/[@ ].*//' | sort | sed 's/^/,/' | tr -d '\n')
cp_jars=$(find "$classpath" -name '*.jar' | sort | tr '\n' ':')
cp_jars=${cp_jars%:}

# shellcheck disable=SC2046 # the class-path jars, one argument each
roots=$("$java_home/bin/jdeps" --multi-release 17 --ignore-missing-deps --module-path "$work/modules" \
  --class-path "$cp_jars" --print-module-deps $(tr ':' ' ' <<<"$cp_jars"))
echo "jlink-runtime: jdeps: the class-path jars ($(ls "$classpath" | tr '\n' ' ')) use $roots"
roots="$roots$library_modules"
# Modules a library requires only statically (optional at run time), which jlink therefore leaves out, but which
# it looks for and misses aloud: Lucene warns on every start without jdk.management ("Lucene cannot access JVM
# internals…"). The other optional ones are left out on purpose: Jackson's java.desktop (java.beans) and
# java.sql support, which recap's JSON and YAML do not use.
roots="$roots,jdk.management"

# --strip-debug: no debugging attributes (local variable tables, line numbers) in the linked classes: 14 MB less
# unpacked (89 → 75 MB before the archive), at the price of no line numbers in --verbose stack traces.
"$java_home/bin/jlink" --module-path "$java_home/jmods:$work/modules" --add-modules "$roots" \
  --strip-debug --no-header-files --no-man-pages --output "$out"
echo "jlink-runtime: linked $("$out/bin/java" --list-modules | wc -l) modules: $("$out/bin/java" --list-modules \
  | sed 's/@.*//' | tr '\n' ' ')"

# The training run lists what recap loads; classes of the class path (io.recap.cli, io.recap.solr, SolrJ) cannot
# go into an archive that must not record a class path, so they are left out of the list.
# A word on stderr (a library missing a module, say) fails the build: users would see it on every run.
"$out/bin/java" -XX:DumpLoadedClassList="$work/recap.classlist" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -cp "$cp_jars" io.recap.cli.CdsTraining "$examples" "$work/cds-training-index" 2>"$work/training.err"
if [ -s "$work/training.err" ]; then
  echo "jlink-runtime: the training run on the linked runtime wrote to stderr:" >&2
  cat "$work/training.err" >&2
  exit 1
fi
for jar in "$classpath"/*.jar; do
  unzip -Z1 "$jar" | sed -n 's/\.class$//p'
done >"$work/classpath.classes"
awk 'NR == FNR { skip[$0] = 1; next } !($1 in skip)' "$work/classpath.classes" "$work/recap.classlist" \
  >"$work/runtime.classlist"
"$out/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/runtime.classlist" \
  -XX:SharedArchiveFile="$out/lib/server/recap.jsa" -XX:+UseSerialGC >"$work/recap.jsa.log" 2>&1 \
  || { cat "$work/recap.jsa.log" >&2; exit 1; }

# The archive must map (-Xshare:on fails otherwise) and hold the libraries' classes, not only the JDK's
# (--help builds picocli's command line; a lone --version is answered without it).
"$out/bin/java" -Xshare:on -XX:SharedArchiveFile="$out/lib/server/recap.jsa" -XX:+UseSerialGC \
  -Xlog:class+load=info -cp "$cp_jars" io.recap.cli.Main --help >"$work/check.log"
grep -q '^\[.*picocli.CommandLine source: shared objects file' "$work/check.log" \
  || { echo "jlink-runtime: picocli.CommandLine was not loaded from recap.jsa" >&2; exit 1; }
echo "jlink-runtime: $(grep -c 'source: shared objects file' "$work/check.log") of the classes" \
  "'recap --help' loads come from recap.jsa ($(du -m "$out/lib/server/recap.jsa" | cut -f1) MB);" \
  "runtime: $(du -sm "$out" | cut -f1) MB"
