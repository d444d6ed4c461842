#!/usr/bin/env bash
# One-shot CLI start-up and batch extraction, as users run them (issue #16). Prints the CPU time
# (user + sys) and wall time of `gloss --version`, `gloss summarize FILE` (a Korean and an English
# fixture page) and `gloss define`, each the median of RUNS runs, run four ways:
#   launcher     ./gloss: the class-data archive (config/target/gloss.jsa) and, for one-shot
#                commands, the quick compiler only
#   launcher-c2  the same archive with both compilers (GLOSS_JAVA_OPTS=-XX:TieredStopAtLevel=4)
#   plain        java -jar config/target/gloss.jar
#   baseline     java -jar $GLOSS_BENCH_BASELINE_JAR, when set (e.g. a jar built from an older
#                commit), for a before/after in the same run
# then how fast `gloss extract --batch` goes over the Zyte pages in one cold process against its
# own warm speed.
#
# Usage: benchmarks/cli-start.sh [RUNS] (default 5), from anywhere; needs config/target/gloss.jar
# (./gloss builds it) and ../shared/eval/zyte beside the repository (or GLOSS_BENCH_EVAL=DIR).
# Run it alone on the machine: every figure is CPU or wall time of whole processes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
jar="$root/config/target/gloss.jar"
eval_dir="${GLOSS_BENCH_EVAL:-$root/../shared/eval}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export GLOSS_DATA_DIR="$scratch/data"

ko="$root/examples/daum-news-sample.html"
en="$root/bot-core/src/test/resources/corpus/en/ap-lunar-lander-touchdown.html"
# Builds the jar when missing; the first summary of a build writes the class-data archive.
"$root/gloss" summarize "$ko" >/dev/null

launcher() { "$root/gloss" "$@"; }
launcher-c2() { GLOSS_JAVA_OPTS=-XX:TieredStopAtLevel=4 "$root/gloss" "$@"; }
plain() { java -jar "$jar" "$@"; }
baseline() { java -jar "$GLOSS_BENCH_BASELINE_JAR" "$@"; }
modes=(launcher launcher-c2 plain)
if [[ -n "${GLOSS_BENCH_BASELINE_JAR:-}" ]]; then
  modes+=(baseline)
fi

# Prints "cpu wall" in seconds for one run of a command, its output discarded. Called as
# $(measure ...), a fresh subshell: bash's `times` then counts only this command's processes.
measure() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  times >"$scratch/times" # a builtin with a redirection: no new process
  awk -v s="$start" -v e="$end" 'NR == 2 {
    split($1, u, "m"); split($2, k, "m");
    printf "%.2f %.2f\n", u[1] * 60 + u[2] + k[1] * 60 + k[2], (e - s) / 1e9 }' "$scratch/times"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Prints one table row: the median CPU and wall time of RUNS runs of a command.
row() {
  local label="$1" cpus=() walls=() pair
  shift
  for ((i = 0; i < runs; i++)); do
    pair=$(measure "$@")
    cpus+=("${pair% *}")
    walls+=("${pair#* }")
  done
  printf '| %-44s | %6s | %6s |\n' "$label" \
    "$(printf '%s\n' "${cpus[@]}" | median)" "$(printf '%s\n' "${walls[@]}" | median)"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "# $(nproc) cores, $(java -version 2>&1 | head -1), load $(load) at the start"
echo "| command (median of $runs) | CPU s | wall s |"
echo "|---|---:|---:|"
for mode in "${modes[@]}"; do
  row "$mode: gloss --version" $mode --version
  row "$mode: gloss summarize (Korean page)" $mode summarize "$ko"
  row "$mode: gloss summarize (English page)" $mode summarize "$en" --url https://apnews.com/x
  row "$mode: gloss define (a built-in term)" $mode define 소버린AI
done

# Batch: the Zyte pages listed PASSES times in one file; the wall time of 1, 3 and 6 passes gives
# the first pass's throughput (JVM start included) and the warm throughput of passes 4 to 6.
if [[ -d "$eval_dir/zyte/html" ]]; then
  mkdir -p "$scratch/zyte"
  for page in "$eval_dir"/zyte/html/*.html.gz; do
    gunzip -c "$page" >"$scratch/zyte/$(basename "$page" .gz)"
  done
  pages=$(ls "$scratch/zyte" | wc -l)
  for passes in 1 3 6; do
    for ((p = 0; p < passes; p++)); do
      for page in "$scratch"/zyte/*.html; do printf '%s\n' "$page"; done
    done >"$scratch/batch-$passes.txt"
  done
  t1=$(measure launcher extract --batch "$scratch/batch-1.txt")
  t3=$(measure launcher extract --batch "$scratch/batch-3.txt")
  t6=$(measure launcher extract --batch "$scratch/batch-6.txt")
  awk -v n="$pages" -v a="${t1#* }" -v c="${t3#* }" -v f="${t6#* }" 'BEGIN {
    cold = n / a; warm = 3 * n / (f - c);
    printf "extract --batch of %d pages: one pass %.2f s (%.0f pages/s, JVM start included); ", n, a, cold
    printf "warm %.0f pages/s (passes 4-6); first pass at %.0f%% of warm\n", warm, 100 * cold / warm }'
else
  echo "extract --batch: skipped ($eval_dir/zyte/html not found)"
fi
echo "# load $(load) at the end"
