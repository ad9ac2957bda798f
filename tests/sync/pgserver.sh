#!/bin/sh
# The sync tests' throwaway PostgreSQL server (CTest fixture "pgserver").
#   pgserver.sh start DIR   initdb a cluster in DIR/data, start it on 127.0.0.1 on a free port,
#                           write DIR/server.env (PGHOST PGPORT PGUSER PGPASSWORD PGPID, and
#                           PGSSLROOTCERT: the CA of its TLS certificate for localhost) for the
#                           tests (tests/sync/support/pgtestserver.h reads it)
#   pgserver.sh stop DIR    stop that server by its PID and remove its cluster
# PostgreSQL refuses to run as root: as root, the cluster is made and run by the `postgres`
# account. PG_BINDIR selects the server's binaries (default: the newest /usr/lib/postgresql/*).
set -eu

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

if [ -z "${PG_BINDIR:-}" ]; then
    PG_BINDIR=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ -z "$PG_BINDIR" ] || [ ! -x "$PG_BINDIR/postgres" ]; then
    echo "pgserver: no PostgreSQL server found (install the Debian package postgresql)" >&2
    exit 1
fi

run() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    if [ -f "$dir/server.env" ]; then
        pid=$(sed -n 's/^PGPID=//p' "$dir/server.env")
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill -INT "$pid" # fast shutdown
            i=0
            while kill -0 "$pid" 2>/dev/null && [ $i -lt 300 ]; do
                sleep 0.1
                i=$((i + 1))
            done
        fi
        rm -f "$dir/server.env"
    fi
    if [ -f "$dir/datadir" ]; then
        rm -rf "$(cat "$dir/datadir")"
        rm -f "$dir/datadir"
    fi
}

case "$action" in
start)
    mkdir -p "$dir"
    stop_server
    data="$dir/data"
    if [ "$(id -u)" = 0 ]; then
        chmod a+x "$dir" # the postgres account must reach DIR/data …
        # … and when a parent folder keeps it out (a build tree in /root), the cluster goes to /tmp.
        runuser -u postgres -- test -x "$dir" || data=$(mktemp -d /tmp/taktline-pgserver.XXXXXX)
    fi
    mkdir -p "$data"
    printf '%s\n' "$data" > "$dir/datadir"
    chmod 700 "$data"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" > "$data/.pw"
    [ "$(id -u)" = 0 ] && chown postgres "$data/.pw"
    run "$PG_BINDIR/initdb" -D "$data/cluster" -U tladmin --pwfile="$data/.pw" \
        --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --no-locale \
        > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$data/.pw"
    # TLS with a self-signed certificate for "localhost" (its own CA): verify-full passes for
    # host localhost and fails for 127.0.0.1, the certificate-mismatch test.
    ssl=""
    if command -v openssl > /dev/null; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
            -addext "subjectAltName=DNS:localhost" \
            -keyout "$data/cluster/server.key" -out "$data/cluster/server.crt" \
            > /dev/null 2>&1
        chmod 600 "$data/cluster/server.key"
        [ "$(id -u)" = 0 ] && chown postgres "$data/cluster/server.key" "$data/cluster/server.crt"
        cp "$data/cluster/server.crt" "$dir/ca.crt"
        chmod 644 "$dir/ca.crt"
        ssl="-c ssl=on"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    run "$PG_BINDIR/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off $ssl" \
        start > /dev/null || { cat "$data/server.log" >&2; exit 1; }
    pid=$(head -n 1 "$data/cluster/postmaster.pid")
    umask 077
    cat > "$dir/server.env" <<EOF
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=tladmin
PGPASSWORD=$password
PGPID=$pid
PGSSLROOTCERT=$( [ -n "$ssl" ] && echo "$dir/ca.crt" )
EOF
    echo "pgserver: PostgreSQL on 127.0.0.1:$port (pid $pid), details in $dir/server.env"
    ;;
stop)
    stop_server
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
