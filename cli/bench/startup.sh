#!/usr/bin/env bash
# Start-up time of recap: the median wall time of N runs (default 20) of `recap --version` and of a
# `recap search` on a small index (the example archive), without class-data sharing beyond the JDK's own,
# with a dynamic AppCDS archive, and with the static AppCDS archive that the build makes and bin/recap uses;
# `java -version` is measured in the same run as the floor. Runs are interleaved (run i of every variant,
# then run i+1) so that load from other processes spreads evenly. Prints a Markdown table.
#
#   ./mvnw -B -q -DskipTests package && cli/bench/startup.sh 20
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-20}
jar="$here/cli/target/recap.jar"
jsa="$here/cli/target/recap.jsa"
[ -f "$jar" ] && [ -f "$jsa" ] || { echo "no $jar or $jsa; run ./mvnw -B -DskipTests package first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RECAP_INDEX="$work/index"
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)
java "${flags[@]}" -jar "$jar" index "$here/examples" --quiet >/dev/null

# A dynamic archive (-XX:ArchiveClassesAtExit) from the same training run as the static one; on JDK 17 it
# leaves out picocli's Java 5 class files ("Pre JDK 6 class not supported by CDS").
dynamic="$work/dynamic.jsa"
java "${flags[@]}" -XX:ArchiveClassesAtExit="$dynamic" -cp "$jar" io.recap.cli.CdsTraining "$here/examples" \
  "$work/training-index" >"$work/dynamic.log" 2>&1
skipped=$(grep -c 'Pre JDK 6 class not supported by CDS: 49.0 picocli' "$work/dynamic.log" || true)

labels=(
  '`java -version` (floor)'
  '`recap --version`, JDK CDS only'
  '`recap --version`, dynamic AppCDS (picocli skipped)'
  '`recap --version`, static AppCDS'
  '`bin/recap --version` (static AppCDS + launcher)'
  '`recap search devops`, JDK CDS only'
  '`recap search devops`, dynamic AppCDS (picocli skipped)'
  '`recap search devops`, static AppCDS'
  '`bin/recap search devops` (static AppCDS + launcher)'
)
variant() {
  case $1 in
    0) java -Xshare:auto -version ;;
    1) java "${flags[@]}" -jar "$jar" --version ;;
    2) java "${flags[@]}" -XX:SharedArchiveFile="$dynamic" -jar "$jar" --version ;;
    3) java "${flags[@]}" -XX:SharedArchiveFile="$jsa" -jar "$jar" --version ;;
    4) "$here/bin/recap" --version ;;
    5) java "${flags[@]}" -jar "$jar" search devops ;;
    6) java "${flags[@]}" -XX:SharedArchiveFile="$dynamic" -jar "$jar" search devops ;;
    7) java "${flags[@]}" -XX:SharedArchiveFile="$jsa" -jar "$jar" search devops ;;
    8) "$here/bin/recap" search devops ;;
  esac
}
for ((i = 0; i < runs; i++)); do
  for ((v = 0; v < ${#labels[@]}; v++)); do
    t0=$(date +%s%N)
    variant "$v" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    echo "$v $(( (t1 - t0) / 1000000 ))" >>"$work/times"
  done
done
median() { awk -v v="$1" '$1 == v {print $2}' "$work/times" | sort -n |
  awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
floor=$(median 0)
echo "| command (median of $runs interleaved runs) | ms | × java -version |"
echo "|---|---:|---:|"
for ((v = 0; v < ${#labels[@]}; v++)); do
  ms=$(median "$v")
  printf '| %s | %s | %.2f |\n' "${labels[$v]}" "$ms" "$(echo "$ms / $floor" | bc -l)"
done
echo
echo "picocli classes the dynamic archive skipped: $skipped; java: $(java -version 2>&1 | head -n 1)"
