#!/usr/bin/env bash
# Sizes and start-up of the two downloads, measured in one run (BENCHMARKS.md, "Downloads: size and start-up"):
# unpacks recap-VERSION.tar.gz and recap-VERSION-linux-x64.tar.gz from dist/target/ into a temporary folder, then
# times with hyperfine (Debian package hyperfine) `recap --version` and `recap search --service CodeDeploy` (on an
# index of examples/) of each, with `java -version` of the JDK on the PATH as the floor. Run from the project root
# after `./mvnw -B -Pdist package`:   bash dist/src/test/sh/startup.sh [RUNS]
set -euo pipefail
runs=${1:-40}
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
command -v hyperfine >/dev/null || { echo "startup: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
plain_archive=dist/target/recap-$version.tar.gz
jlink_archive=dist/target/recap-$version-linux-x64.tar.gz
tar -xzf "$plain_archive" -C "$tmp"
tar -xzf "$jlink_archive" -C "$tmp"
plain=$tmp/recap-$version
jlink=$tmp/recap-$version-linux-x64
export HOME=$tmp/home RECAP_INDEX=$tmp/index
(cd "$plain" && bin/recap index examples --quiet >/dev/null)

echo "machine: $(date -u +%FT%TZ) · $(nproc) cores · $(java -version 2>&1 | head -n 1) · load $(cut -d' ' -f1 /proc/loadavg)"
echo
echo "| download | archive MB | unpacked MB |"
echo "|---|---:|---:|"
for pair in "recap-$version.tar.gz:$plain" "recap-$version-linux-x64.tar.gz:$jlink"; do
  archive=dist/target/${pair%%:*} dir=${pair#*:}
  printf '| `%s` | %.1f | %.1f |\n' "${pair%%:*}" "$(echo "$(stat -c %s "$archive") / 1048576" | bc -l)" \
    "$(echo "$(du -sb "$dir" | cut -f1) / 1048576" | bc -l)"
done
echo

hyperfine -N --warmup 5 --runs "$runs" --export-markdown "$tmp/table.md" --export-json "$tmp/times.json" \
  -n "java -version (floor)" "java -version" \
  -n "plain: recap --version" "$plain/bin/recap --version" \
  -n "linux-x64: recap --version" "$jlink/bin/recap --version" \
  -n "plain: recap search --service CodeDeploy" "$plain/bin/recap search --service CodeDeploy" \
  -n "linux-x64: recap search --service CodeDeploy" "$jlink/bin/recap search --service CodeDeploy" >/dev/null
python3 - "$tmp/times.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
median = {r["command"]: statistics.median(r["times"]) * 1000 for r in results}
floor = median["java -version (floor)"]
print("| command | median ms | min ms | × java -version | linux-x64 / plain |")
print("|---|---:|---:|---:|---:|")
for r in results:
    name = r["command"]
    ratio = ""
    if name.startswith("linux-x64: "):
        ratio = "%.2f" % (median[name] / median[name.replace("linux-x64: ", "plain: ")])
    print("| %s | %.0f | %.0f | %.2f | %s |" % (name, median[name], min(r["times"]) * 1000, median[name] / floor, ratio))
PY
echo
echo "load at the end: $(cut -d' ' -f1 /proc/loadavg)"
