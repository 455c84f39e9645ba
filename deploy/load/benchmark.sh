#!/usr/bin/env bash
# The load benchmark of the README: the production jar on MariaDB (127.0.0.1:3306, root, empty
# password) with the demo organisation, 2 cores, Gatling's HeadroomSimulation for each number of
# people in turn. For each run it prints the app's CPU, its GC pauses, and its live heap after a
# full GC with everyone's UI still open; after the last run it waits for the sessions to expire
# (1 minute here; Tomcat looks for expired sessions every minute) and measures the heap again, to see that it returns to its idle size.
#
#   ./mvnw -q package -DskipTests && deploy/load/benchmark.sh [seconds per run] [people ...]
#
# Defaults: 600 seconds, 25 50 100 200 people. Reports: target/load-benchmark/.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SECONDS_PER_RUN=${1:-600}
shift || true
PEOPLE=${*:-25 50 100 200}
WORK=$(pwd)/target/load-benchmark
rm -rf "$WORK" && mkdir -p "$WORK"
JAR=$(ls target/headroom-*.jar | head -1)
PORT=18080

APP=
trap '[ -n "$APP" ] && kill $APP 2>/dev/null || true' EXIT
start_app() {
  "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseG1GC -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port=$PORT \
    --spring.datasource.url='jdbc:mariadb://127.0.0.1:3306/headroom_load?sslMode=disable' \
    --spring.datasource.username=root --spring.datasource.password= \
    --server.servlet.session.timeout=1m --logging.level.root=WARN >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && return; sleep 1; done
  echo "the app did not start; see $WORK/app.log" >&2; exit 1
}

# The demo organisation first (it loads only into an empty database), then beside it the data
# sets the prospect and manager-overview benchmarks build (100,000 prospects in one team; 100
# members with a year of ledger each, 1,000,000 rows), so that the people of the run share
# the tables with them. BENCH_DATA=0 leaves them out.
# FRESH=0 runs on the database an earlier run left (its data sets take some 8 minutes to build).
if [ "${FRESH:-1}" = 1 ]; then
mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS headroom_load; CREATE DATABASE headroom_load CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start_app
kill $APP; wait $APP 2>/dev/null || true; APP=
if [ "${BENCH_DATA:-1}" = 1 ]; then
  for main in com.headroom.bench.ProspectBenchmark com.headroom.dashboard.ui.DashboardBenchmark; do
    HEADROOM_BENCH_MARIADB_URL='jdbc:mariadb://127.0.0.1:3306/headroom_load?sslMode=disable' \
      ./mvnw -q -Pbench -Dspring-javaformat.skip=true test-compile exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=$main > "$WORK/${main##*.}.log" 2>&1
  done
fi
fi
mariadb -h 127.0.0.1 -u root headroom_load -e "SELECT (SELECT COUNT(*) FROM prospect) prospects, (SELECT COUNT(*) FROM outreach_entry) ledger_entries, (SELECT COUNT(*) FROM account) accounts" | tee "$WORK/data.txt"
start_app

./mvnw -q test-compile -Dspring-javaformat.skip=true
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/classpath")"
gatling() { # people seconds name
  "$JAVA_HOME/bin/java" -Xmx2g --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
    -Dload.baseUrl="http://127.0.0.1:$PORT" -Dload.users="$1" -Dload.seconds="$2" -Dload.rampSeconds=30 \
    -Dload.p95Millis=100 -cp "$CP" io.gatling.app.Gatling -s com.headroom.load.HeadroomSimulation \
    -rf "$WORK/$3" > "$WORK/$3.log" 2>&1 || true
}
live_heap_kb() { "$JAVA_HOME/bin/jcmd" $APP GC.class_histogram | awk '/^Total/ {print int($3/1024)}'; }
cpu_seconds() { awk '{print ($14+$15)/100}' /proc/$APP/stat; }

# One short pass first: the JVM compiles the screens' code, the engine caches working sets.
gatling 12 60 warm-up
sleep 130   # the warm-up's sessions expire
IDLE=$(live_heap_kb)
echo "idle live heap after the warm-up: $IDLE KB" | tee "$WORK/summary.txt"
for n in $PEOPLE; do
  GC_FROM=$(wc -l < "$WORK/gc.log"); CPU_FROM=$(cpu_seconds); START=$(date +%s)
  gatling "$n" "$SECONDS_PER_RUN" "run-$n"
  WALL=$(( $(date +%s) - START )); CPU=$(awk -v a="$(cpu_seconds)" -v b="$CPU_FROM" 'BEGIN {print a-b}')
  HEAP=$(live_heap_kb)
  sleep "${EXPIRY_WAIT:-130}"   # this run's sessions expire: what they held is the difference
  GONE=$(live_heap_kb)
  PAUSES=$(tail -n +"$((GC_FROM + 1))" "$WORK/gc.log" | grep 'Pause' | grep -v 'Heap Inspection' | grep -o '[0-9.]*ms$' | tr -d 'ms' | \
    awk '{n++; s+=$1; if ($1>m) m=$1} END {printf "%d pauses, %.0f ms in all, longest %.1f ms", n, s, m}')
  printf '%s people: CPU %.0f%% of 2 cores over %d s; GC %s; live heap %s KB with their UIs open, %s KB once their sessions expired (%d KB per UI)\n' \
    "$n" "$(awk -v c="$CPU" -v w="$WALL" 'BEGIN {print 100*c/w/2}')" "$WALL" "$PAUSES" "$HEAP" "$GONE" "$(( (HEAP - GONE) / n ))" \
    | tee -a "$WORK/summary.txt"
  grep -E '\(actual' "$WORK/run-$n.log" > "$WORK/run-$n.assertions" || true
  grep -E '^> (request count|KO)' "$WORK/run-$n.log" | tail -2 | tee -a "$WORK/summary.txt"
done
echo "live heap once every session expired: $(live_heap_kb) KB (idle $IDLE KB)" | tee -a "$WORK/summary.txt"
