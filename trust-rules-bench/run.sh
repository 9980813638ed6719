#!/usr/bin/env bash
# Benchmarks of trust-rules, one command:
#   trust-rules-bench/run.sh short   # ~2 minutes: library, naive Drools, oracle (if present); 1 and 2 threads
#   trust-rules-bench/run.sh full    # steadier, longer (2 forks, longer iterations)
#   trust-rules-bench/run.sh cold    # JVM start to first decision, median of 5 fresh JVMs
#   trust-rules-bench/run.sh cold-cli # the command-line tool: launcher (class-data archive) and java -jar, median of 5
#   trust-rules-bench/run.sh jmh ... # plain JMH with your own arguments
# Builds the modules it needs in one reactor first unless NO_BUILD=1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
mode="${1:-short}"
shift || true
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  (cd "$root" && ./mvnw -B -q install -DskipTests -pl trust-rules-bench,trust-rules-cli -am)
fi
jar="$here/target/benchmarks.jar"
case "$mode" in
  short|full)
    exec java ${BENCH_JAVA_OPTS:-} -cp "$jar" dev.trustrules.bench.BenchRunner "$mode" "$@" ;;
  cold)
    runs=()
    for i in 1 2 3 4 5; do
      line="$(java ${COLD_JAVA_OPTS:-} -cp "$jar" dev.trustrules.bench.ColdStart)"
      echo "$line"
      runs+=("$(sed -E 's/.*jvm-start-to-first-decision-ms=([0-9]+).*/\1/' <<<"$line")")
    done
    printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p | sed 's/^/median jvm-start-to-first-decision-ms=/' ;;
  cold-cli)
    claim="$root/examples/claims/counterfeit-claim.json"
    median() { sort -n | sed -n 3p; }
    for how in launcher java-jar; do
      for i in 1 2 3 4 5; do
        start=$(date +%s%N)
        if [[ $how == launcher ]]; then
          "$root/trust-rules-cli/trust-rules" eval "$claim" >/dev/null
        else
          java -jar "$root/trust-rules-cli/target/trust-rules.jar" eval "$claim" >/dev/null
        fi
        echo $(( ($(date +%s%N) - start) / 1000000 ))
      done | median | sed "s/^/median $how process-start-to-decision-printed-ms=/"
    done ;;
  jmh)
    exec java -jar "$jar" "$@" ;;
  *)
    echo "usage: $0 short|full|cold|cold-cli|jmh [args]" >&2; exit 2 ;;
esac
