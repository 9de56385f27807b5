#!/usr/bin/env bash
# Compares one JMH benchmark on two checkouts of press, run at the same time, one core each (cores
# swapped every round), so both see the same moments of this VM: run one after the other, the same
# code's score moved by 30-50 % between iterations (5 Dec 2026); side by side, a few per cent shows.
#
#   bench/jmh-pair.sh OLD_CHECKOUT NEW_CHECKOUT BENCHMARK [ROUNDS]     e.g. bench/jmh-pair.sh /tmp/old . WordsBench 4
#   env: JMH_JVM   JVM options of the forks (default -XX:TieredStopAtLevel=1, as bin/press runs a 10,000-post build;
#                  "-XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -XX:LoopUnrollLimit=0" for the lean C2 of big sites)
#
# Both checkouts need `mvn -o test-compile` first. Prints one line per checkout and round: name, core, score, error, unit.
# Run `sync` first and nothing else beside it: this VM handles block I/O on its second core (kworker/1:*-kblockd).
set -euo pipefail
OLD=$(cd "${1:?old checkout}" && pwd); NEW=$(cd "${2:?new checkout}" && pwd); BENCHMARK=${3:?benchmark}; ROUNDS=${4:-4}
JVM=${JMH_JVM:--XX:TieredStopAtLevel=1}
CP=$(mktemp); trap 'rm -f "$CP" "$CP".*' EXIT
(cd "$NEW" && mvn -o -q dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=test >/dev/null)
for round in $(seq 1 "$ROUNDS"); do
  for side in old new; do
    dir=$OLD; offset=0
    if [ $side = new ]; then dir=$NEW; offset=1; fi
    core=$(( (round + offset) % 2 ))
    (cd "$dir" && taskset -c $core java -Djmh.ignoreLock=true -cp "target/test-classes:target/classes:$(cat "$CP")" \
        org.openjdk.jmh.Main "$BENCHMARK" -f 1 -wi 3 -w 3 -i 6 -r 3 -jvmArgsAppend "$JVM" 2>&1 \
      | awk -v s=$side -v c=$core '/^[A-Za-z]+Bench/ {print s, "core" c, $(NF-3), $(NF-1), $NF}' > "$CP.$side") &
  done
  wait
  cat "$CP.old" "$CP.new"
done
