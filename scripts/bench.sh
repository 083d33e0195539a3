#!/usr/bin/env bash
# Runs the JMH benchmarks of rbm-benchmarks with the GC profiler, then the heap measurement, and
# prints JMH's table. Usage: scripts/bench.sh [JMH regex] [extra JMH options...]
#   scripts/bench.sh                         # everything, a few minutes
#   scripts/bench.sh 'Json' -p indicators=990
# Results: rbm-benchmarks/target/jmh.json (JMH's JSON) and the console.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -o -q package -pl rbm-benchmarks -am -DskipTests
cp="rbm-benchmarks/target/classes:$(cat rbm-benchmarks/target/classpath.txt)"
regex="${1:-.*}"
shift || true
echo "machine: $(nproc) cores, $(uname -m), load: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -cp "$cp" org.openjdk.jmh.Main "$regex" -prof gc -rf json -rff rbm-benchmarks/target/jmh.json "$@"
if [[ "$regex" == ".*" ]]; then
  java -Xmx2g -Djdk.attach.allowAttachSelf=true -cp "$cp" org.rbm.benchmarks.HeapPerIndicator
fi
echo
java -cp "$cp" org.rbm.benchmarks.BenchSummary rbm-benchmarks/target/jmh.json
