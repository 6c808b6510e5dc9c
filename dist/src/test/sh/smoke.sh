#!/usr/bin/env bash
# Smoke test of one download, as a user meets it: unpacks ARCHIVE into a temporary folder and runs recap from
# there — `recap --version` (must say VERSION), `recap index examples`, `recap search --service CodeDeploy`, and a
# few commands that reach Jackson (JSON, YAML) and Lucene's highlighter.
#
#   smoke.sh ARCHIVE VERSION with-jdk   the JDK on the PATH and in JAVA_HOME (recap-VERSION.tar.gz, .zip)
#   smoke.sh ARCHIVE VERSION no-jdk     nothing of Java reachable: an empty environment and a PATH of a few
#                                       shell tools (recap-VERSION-linux-x64.tar.gz, which brings its runtime);
#                                       its class-data-sharing archive must map (-Xshare:on) and serve picocli.
# Run by .ci/run after `./mvnw -Pdist package`. Exits non-zero, saying why, at the first failed check.
set -euo pipefail
archive=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
version=$2
mode=$3
name=$(basename "$archive")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "smoke ($name): $*" >&2; exit 1; }

mkdir "$tmp/unpacked"
case "$archive" in
  *.tar.gz) tar -xzf "$archive" -C "$tmp/unpacked" ;;
  *.zip) unzip -q "$archive" -d "$tmp/unpacked" ;;
  *) fail "not a .tar.gz or .zip" ;;
esac
home=$(find "$tmp/unpacked" -mindepth 1 -maxdepth 1 -type d)
[ "$(wc -l <<<"$home")" -eq 1 ] || fail "expected one top-level folder, found: $home"
for f in bin/recap LICENSE NOTICE README.md CHANGELOG.md man/man1/recap.1 completion/recap.bash completion/recap.zsh \
         examples/content examples/teammate; do
  [ -e "$home/$f" ] || fail "$f is missing"
done
[ -x "$home/bin/recap" ] || fail "bin/recap is not executable"
ls "$home"/lib/recap-cli-*.jar >/dev/null 2>&1 || fail "lib/ has no recap-cli jar"
head -n 1 "$home/man/man1/recap.1" | grep -q "^\.TH RECAP 1 .*recap $version" || fail "the man page is not recap $version's"
bash -c "source '$home/completion/recap.bash' && complete -p recap" >/dev/null || fail "completion/recap.bash defines no completion"

user="$tmp/user" # HOME of the runs: the index goes to its ~/.local/share/recap/index
mkdir -p "$user"
case "$mode" in
  with-jdk)
    java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
    run_env=(env -i "HOME=$user" "PATH=$java_home/bin:/usr/bin:/bin" "JAVA_HOME=$java_home" "LANG=C.UTF-8")
    [ -x "$home/runtime/bin/java" ] && fail "a plain download has a runtime/"
    # Every third-party jar in lib/ is named in NOTICE.
    for jar in "$home"/lib/*.jar; do
      artifact=$(basename "$jar" | sed -E 's/-[0-9][^-]*(-SNAPSHOT)?\.jar$//')
      case "$artifact" in recap-*) continue ;; esac
      grep -qw -- "$artifact" "$home/NOTICE" || fail "NOTICE does not name $artifact (lib/$(basename "$jar"))"
      [ -n "$(ls "$home/licenses/$artifact" 2>/dev/null)" ] || [ "$artifact" = picocli ] \
        || [ "$artifact" = snakeyaml-engine ] || [ "$artifact" = jspecify ] \
        || fail "licenses/$artifact/ is missing or empty"
    done
    ;;
  no-jdk)
    # A PATH with only what bin/recap and this script call, none of it Java.
    mkdir "$tmp/path"
    for tool in sh dirname readlink sed stty cat; do
      ln -s "$(command -v "$tool")" "$tmp/path/$tool"
    done
    run_env=(env -i "HOME=$user" "PATH=$tmp/path" "LANG=C.UTF-8")
    ! "${run_env[@]}" sh -c 'command -v java' >/dev/null || fail "java is reachable in the no-JDK environment"
    [ -x "$home/runtime/bin/java" ] || fail "runtime/bin/java is missing"
    [ -f "$home/runtime/lib/server/recap.jsa" ] || fail "runtime/lib/server/recap.jsa is missing"
    for jar in "$home"/lib/*.jar; do # the libraries that are modules are in the runtime, not in lib/
      ! unzip -Z1 "$jar" | grep -E '^(META-INF/versions/[0-9]+/)?module-info\.class$' >/dev/null \
        || fail "lib/$(basename "$jar") is a module, which belongs in the runtime"
    done
    ;;
  *) fail "mode must be with-jdk or no-jdk" ;;
esac

recap() { # runs bin/recap in the download's folder and the clean environment; output in $tmp/out, $tmp/err
  (cd "$home" && "${run_env[@]}" "$@" >"$tmp/out" 2>"$tmp/err") || {
    echo "smoke ($name): '$*' failed with exit code $?; stdout and stderr:" >&2; cat "$tmp/out" "$tmp/err" >&2; exit 1; }
}
expect() { # $1: file, $2: text it must contain
  grep -qF -- "$2" "$1" || { echo "smoke ($name): expected \"$2\" in:" >&2; cat "$1" >&2; exit 1; }
}
quiet_stderr() {
  [ ! -s "$tmp/err" ] || { echo "smoke ($name): unexpected output on stderr:" >&2; cat "$tmp/err" >&2; exit 1; }
}

recap bin/recap --version
[ "$(head -n 1 "$tmp/out")" = "recap $version" ] || fail "recap --version says '$(head -n 1 "$tmp/out")', not 'recap $version'"
quiet_stderr
echo "smoke ($name): $(tr '\n' ' ' <"$tmp/out")"

recap bin/recap index examples
expect "$tmp/out" "the index holds 8 reports and 29 sessions"
recap bin/recap search --service CodeDeploy
expect "$tmp/out" "DevOps on AWS Works"
expect "$tmp/out" "Container Day"
expect "$tmp/out" "3 of 3 sessions"
quiet_stderr
echo "smoke ($name): index examples && search --service CodeDeploy: $(tail -n 1 "$tmp/out")"

recap bin/recap search "tu duy" --format json
expect "$tmp/out" '"hits"'
quiet_stderr
recap bin/recap parse examples/content/4-EventParticipated/4.2-Event2/_index.vi.md --format yaml
expect "$tmp/out" "title: \"DevOps on AWS Workshop\""
recap bin/recap stats --format json
expect "$tmp/out" '"reports" : 8'

# SolrCloud: the configset is written out, and SolrJ with its HTTP client loads on this Java and reports a cluster
# that cannot be reached (exit code 3) as recap does, with no stack trace and no logging on stderr.
recap bin/recap solr configset "$tmp/configset"
expect "$tmp/out" "schema.xml"
set +e
(cd "$home" && "${run_env[@]}" bin/recap search aws --solr http://127.0.0.1:1/solr >"$tmp/out" 2>"$tmp/err")
code=$?
set -e
[ "$code" -eq 3 ] || { cat "$tmp/err" >&2; fail "search --solr with no Solr there exited with $code, not 3"; }
[ "$(cat "$tmp/err")" = "recap: error: cannot reach SolrCloud at http://127.0.0.1:1/solr (no node answered); check the URL and that Solr runs in SolrCloud mode (bin/solr start -c)" ] \
  || { cat "$tmp/err" >&2; fail "search --solr with no Solr there said something else"; }
echo "smoke ($name): solr configset, and search --solr with no Solr there exits with 3"

# recap serve: the page and its API from the download (the JDK's HTTP server, module jdk.httpserver, must be in
# the linked runtime; the page's files in the jar). The address is the first line it prints.
(cd "$home" && exec "${run_env[@]}" bin/recap serve --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err") &
serve_pid=$!
url=""
for _ in $(seq 1 600); do
  url=$(head -n 1 "$tmp/serve.out" 2>/dev/null || true)
  [ -n "$url" ] && break
  kill -0 "$serve_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$url" ] || { cat "$tmp/serve.err" >&2; fail "recap serve printed no address"; }
page=$(curl -fsS "$url") || fail "recap serve: GET $url failed"
grep -qF '<script src="/app.js" defer></script>' <<<"$page" || fail "recap serve: $url is not the page"
api=$(curl -fsS "${url}api/search?service=CodeDeploy") || fail "recap serve: GET ${url}api/search failed"
grep -qF '"total":3' <<<"$api" || fail "recap serve: /api/search?service=CodeDeploy: $api"
kill "$serve_pid"
wait "$serve_pid" 2>/dev/null || true
echo "smoke ($name): recap serve at $url: the page, and 3 CodeDeploy sessions from /api/search"

# Through a symbolic link, from another folder, as from ~/.local/bin.
mkdir -p "$user/bin"
ln -s "$home/bin/recap" "$user/bin/recap"
(cd / && "${run_env[@]}" "$user/bin/recap" --version >"$tmp/out" 2>"$tmp/err") || fail "recap through a symbolic link failed"
[ "$(head -n 1 "$tmp/out")" = "recap $version" ] || fail "recap through a symbolic link says '$(cat "$tmp/out")'"

if [ "$mode" = no-jdk ]; then
  # The class-data-sharing archive maps from wherever the download was unpacked (-Xshare:on fails otherwise) and
  # holds the libraries' classes, not only the JDK's (--help builds picocli's command line; a lone --version is
  # answered without it).
  (cd "$home" && "${run_env[@]}" "RECAP_JAVA_OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:on -Xlog:class+load=info:file=$tmp/classes.log" \
    bin/recap --help >"$tmp/out" 2>"$tmp/err") || { cat "$tmp/out" "$tmp/err" >&2; fail "recap does not start with -Xshare:on"; }
  grep -q "picocli.CommandLine source: shared objects file" "$tmp/classes.log" \
    || fail "picocli.CommandLine was not loaded from the CDS archive"
  echo "smoke ($name): CDS archive maps; $(grep -c 'source: shared objects file' "$tmp/classes.log") of" \
    "$(grep -c 'source:' "$tmp/classes.log") classes of 'recap --help' come from it"
else
  # Without any Java, the launcher says so (exit code 4) instead of failing obscurely.
  mkdir "$tmp/nojava"
  for tool in sh dirname readlink sed stty cat; do ln -s "$(command -v "$tool")" "$tmp/nojava/$tool"; done
  set +e
  (cd "$home" && env -i "HOME=$user" "PATH=$tmp/nojava" bin/recap --version >"$tmp/out" 2>"$tmp/err")
  code=$?
  set -e
  [ "$code" -eq 4 ] || fail "without Java, bin/recap exited with $code, not 4"
  expect "$tmp/err" "no Java found"
  # A Java older than 17 (a stand-in whose release file says 11) is refused the same way, before it starts.
  mkdir -p "$tmp/java11/bin"
  printf '#!/bin/sh
echo "this stand-in must not be run" >&2; exit 99
' >"$tmp/java11/bin/java"
  chmod +x "$tmp/java11/bin/java"
  echo 'JAVA_VERSION="11.0.2"' >"$tmp/java11/release"
  set +e
  (cd "$home" && env -i "HOME=$user" "PATH=$tmp/nojava" "JAVA_HOME=$tmp/java11" bin/recap --version >"$tmp/out" 2>"$tmp/err")
  code=$?
  set -e
  [ "$code" -eq 4 ] || fail "with Java 11, bin/recap exited with $code, not 4"
  expect "$tmp/err" "recap needs Java 17 or later"
fi
echo "smoke ($name): passed"
