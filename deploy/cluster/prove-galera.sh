#!/usr/bin/env bash
# The cluster proof with Galera, on this machine and without Docker: three MariaDB Galera nodes
# on loopback ports, two Headroom nodes from the production jar on Connector/J's sequential URL,
# HAProxy in front; then checks (a) to (f) of the README's "Several app nodes" section, killing
# the Galera node that takes the writes in the middle of (d). Run from the repository root, as
# root (it installs galera-4 and haproxy from Debian when missing):
#
#   ./mvnw -q package -DskipTests && deploy/cluster/prove-galera.sh
#
# It leaves everything under target/galera (node logs, HAProxy's log) and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

for package in galera-4 haproxy rsync; do
  if ! dpkg -s "$package" >/dev/null 2>&1; then
    echo "prove-galera: installing $package"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  fi
done
JAR=$(ls target/headroom-*.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || { echo "prove-galera: build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }

WORK=$(pwd)/target/galera
rm -rf "$WORK" && mkdir -p "$WORK"
PROVIDER=$(ls /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so 2>/dev/null | head -1)
MEMBERS=127.0.0.1:4611,127.0.0.1:4621,127.0.0.1:4631

stop_all() {
  for n in 1 2 3; do
    [ -f "$WORK/db$n/mysqld.pid" ] && kill -9 "$(cat "$WORK/db$n/mysqld.pid")" 2>/dev/null || true
  done
}
trap stop_all EXIT

# One Galera node: its own data folder, client port 331N, group port 46N1, IST 46N2, SST 46N3.
start_db() {
  local n=$1; shift
  local dir=$WORK/db$n
  mkdir -p "$dir/data"
  cat > "$dir/my.cnf" <<CNF
[mysqld]
user=root
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
port=331$n
bind-address=127.0.0.1
log-error=$dir/error.log
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=256M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=headroom
wsrep_cluster_address=gcomm://$MEMBERS
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:46${n}1
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:46${n}1;ist.recv_addr=127.0.0.1:46${n}2"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:46${n}3
CNF
  [ -d "$dir/data/mysql" ] || mariadb-install-db --defaults-file="$dir/my.cnf" --auth-root-authentication-method=normal >/dev/null
  # The rsync SST daemon writes a joiner's files as "nobody": on this throw-away proof the data
  # folders are open to it (a real node runs mariadbd as the mysql user, which owns them).
  chmod a+rx "$dir" && chmod -R a+rwX "$dir/data"
  mariadbd --defaults-file="$dir/my.cnf" "$@" &
  for _ in $(seq 1 90); do
    if mariadb -h 127.0.0.1 -P "331$n" -u root -N -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | grep -q ON; then
      echo "prove-galera: db$n ready (cluster size $(mariadb -h 127.0.0.1 -P "331$n" -u root -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2))"
      return 0
    fi
    sleep 1
  done
  echo "prove-galera: db$n did not join; see $dir/error.log" >&2
  tail -20 "$dir/error.log" >&2
  exit 1
}

start_db 1 --wsrep-new-cluster
start_db 2
start_db 3
mariadb -h 127.0.0.1 -P 3311 -u root -e "CREATE DATABASE headroom CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

URL="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/headroom?sslMode=disable"
./mvnw -q test-compile -Dspring-javaformat.skip=true
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$WORK/classpath")" \
  com.headroom.cluster.GaleraProof "$URL" "$JAR" "$WORK/app" "$WORK/db1/mysqld.pid"
