-- Taktline sync server, schema version 1 (docs/sync.md, "Server side").
-- Stock PostgreSQL 13 or later. Safe to apply again: `taktline cloud init` runs every file of
-- cloud/ in order, in one transaction, as the server's admin; `psql -1 -f` does the same.

DO $guard$
BEGIN
    IF to_regclass('sync.meta') IS NOT NULL THEN
        IF (SELECT value::int FROM sync.meta WHERE key = 'schema') > 1 THEN
            RAISE EXCEPTION 'the sync schema on this server is newer than this file (version 1)'
                USING ERRCODE = 'TL005';
        END IF;
    END IF;
END
$guard$;

CREATE SCHEMA IF NOT EXISTS sync;
REVOKE ALL ON SCHEMA sync FROM PUBLIC;
-- A device login must not create anything anywhere (PostgreSQL 15 does this by default for the
-- schema public), not even temporary tables.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $temp$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'temporary tables stay allowed: only the database''s owner can revoke them';
END
$temp$;

-- The group every device login is in: EXECUTE on hello, push and pull, nothing else.
DO $role$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'taktline_device') THEN
        CREATE ROLE taktline_device NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- made meanwhile by an init of another database on this server
END
$role$;
GRANT USAGE ON SCHEMA sync TO taktline_device;

CREATE TABLE IF NOT EXISTS sync.meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- A factory. last_seq is the last change's sequence number; its row is the tenant's push lock.
CREATE TABLE IF NOT EXISTS sync.tenants (
    id         uuid PRIMARY KEY,
    name       text NOT NULL DEFAULT '',
    last_seq   bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One PostgreSQL login per device; device_id is bound by the device's first hello.
CREATE TABLE IF NOT EXISTS sync.devices (
    login      text PRIMARY KEY,
    tenant     uuid NOT NULL REFERENCES sync.tenants (id),
    name       text NOT NULL,
    code       text NOT NULL,
    device_id  uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    UNIQUE (tenant, name),
    UNIQUE (tenant, code)
);

-- The tables below have no foreign key to sync.tenants: their tenant only ever comes from the
-- device's row (which has one), and a per-row key check would double the cost of a push.

-- The merged state of mutable rows: one value and its clock per field.
-- Keys compare byte-wise (COLLATE "C"): the same on every server, and faster than a locale's.
CREATE TABLE IF NOT EXISTS sync.fields (
    tenant uuid NOT NULL,
    tbl    text COLLATE "C" NOT NULL,
    row_id text COLLATE "C" NOT NULL,
    col    text COLLATE "C" NOT NULL,
    value  jsonb,
    hlc    text COLLATE "C" NOT NULL,
    PRIMARY KEY (tenant, tbl, row_id, col)
);

-- Facts, inserted once by their id.
CREATE TABLE IF NOT EXISTS sync.facts (
    tenant  uuid NOT NULL,
    tbl     text COLLATE "C" NOT NULL,
    row_id  text COLLATE "C" NOT NULL,
    hlc     text COLLATE "C" NOT NULL,
    content jsonb NOT NULL,
    device  uuid NOT NULL,
    chain   text,
    PRIMARY KEY (tenant, tbl, row_id)
);

-- The change log pulls read: per tenant, seq is gap-free and in commit order.
CREATE TABLE IF NOT EXISTS sync.changes (
    tenant uuid NOT NULL,
    seq    bigint NOT NULL,
    tbl    text NOT NULL,
    row_id text NOT NULL,
    kind   "char" NOT NULL CHECK (kind IN ('m', 'f')),
    hlc    text COLLATE "C" NOT NULL,
    cols   jsonb NOT NULL,
    device uuid NOT NULL,
    chain  text,
    PRIMARY KEY (tenant, seq)
);

-- Every batch's answer, so a retried batch gets the same answer and changes nothing.
CREATE TABLE IF NOT EXISTS sync.batches (
    tenant     uuid NOT NULL,
    batch_id   uuid NOT NULL,
    device     uuid NOT NULL,
    answer     jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, batch_id)
);

REVOKE ALL ON ALL TABLES IN SCHEMA sync FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA sync FROM taktline_device;

INSERT INTO sync.meta (key, value) VALUES ('schema', '1')
ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE sync.meta.value::int < excluded.value::int;

-- Server time in UTC milliseconds, the unit of the clocks.
CREATE OR REPLACE FUNCTION sync.now_ms() RETURNS bigint
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, sync, pg_temp
AS $$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;

-- The device row behind this login, refused when unknown or revoked (TL002).
CREATE OR REPLACE FUNCTION sync.session_device(lock boolean DEFAULT false)
RETURNS sync.devices
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, sync, pg_temp
AS $$
DECLARE
    d sync.devices;
BEGIN
    IF lock THEN
        SELECT * INTO d FROM sync.devices WHERE login = session_user::text FOR UPDATE;
    ELSE
        SELECT * INTO d FROM sync.devices WHERE login = session_user::text;
    END IF;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'login "%" is not a Taktline device on this server', session_user
            USING ERRCODE = 'TL002';
    END IF;
    IF d.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'device login "%" was revoked on %', session_user, d.revoked_at
            USING ERRCODE = 'TL002';
    END IF;
    RETURN d;
END
$$;

-- The device's own, bound row: push and pull need hello first.
CREATE OR REPLACE FUNCTION sync.bound_device() RETURNS sync.devices
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, sync, pg_temp
AS $$
DECLARE
    d sync.devices := sync.session_device(false);
BEGIN
    IF d.device_id IS NULL THEN
        RAISE EXCEPTION 'login "%" has not said hello yet', session_user USING ERRCODE = 'TL003';
    END IF;
    RETURN d;
END
$$;

-- The channel a tenant's devices LISTEN on: NOTIFY carries no data, only "pull now".
CREATE OR REPLACE FUNCTION sync.channel(tenant uuid) RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, sync, pg_temp
AS $$ SELECT 'taktline_' || replace(tenant::text, '-', '') $$;
