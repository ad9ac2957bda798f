-- Taktline sync server: provisioning, for the admin only (`taktline cloud add-device` and
-- `revoke-device`). Not granted to devices; run as the admin who applied cloud/.

-- Device codes per tenant, in order: A … Z, AA, AB, … (the code goes into each device's numbers).
CREATE OR REPLACE FUNCTION sync.device_code(n int) RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, sync, pg_temp
AS $$
DECLARE
    code text := '';
    k int := n;
BEGIN
    LOOP
        code := chr(65 + k % 26) || code;
        k := k / 26 - 1;
        EXIT WHEN k < 0;
    END LOOP;
    RETURN code;
END
$$;

-- The factory, created once; a later call with a name renames it.
CREATE OR REPLACE FUNCTION sync.add_tenant(id uuid, name text) RETURNS void
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, sync, pg_temp
AS $$
    INSERT INTO sync.tenants AS t (id, name) VALUES (add_tenant.id, coalesce(add_tenant.name, ''))
    ON CONFLICT (id) DO UPDATE SET name = excluded.name
        WHERE excluded.name <> '' AND t.name IS DISTINCT FROM excluded.name
$$;

-- A new device: its own login in taktline_device and the next code of its tenant.
CREATE OR REPLACE FUNCTION sync.add_device(tenant uuid, tenant_name text, name text,
                                           password text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, sync, pg_temp
AS $$
DECLARE
    login text;
    code text;
    stem text;
BEGIN
    IF coalesce(btrim(add_device.name), '') = '' THEN
        RAISE EXCEPTION 'a device needs a name' USING ERRCODE = 'TL003';
    END IF;
    IF length(coalesce(password, '')) < 16 THEN
        RAISE EXCEPTION 'a device password needs at least 16 characters' USING ERRCODE = 'TL003';
    END IF;
    PERFORM sync.add_tenant(add_device.tenant, tenant_name);
    PERFORM 1 FROM sync.tenants t WHERE t.id = add_device.tenant FOR UPDATE;
    IF EXISTS (SELECT 1 FROM sync.devices d
               WHERE d.tenant = add_device.tenant AND d.name = btrim(add_device.name)) THEN
        RAISE EXCEPTION 'the factory already has a device named "%"', btrim(add_device.name)
            USING ERRCODE = 'TL006';
    END IF;
    code := sync.device_code((SELECT count(*)::int FROM sync.devices d
                              WHERE d.tenant = add_device.tenant));
    stem := btrim(left(lower(regexp_replace(add_device.name, '[^A-Za-z0-9]+', '_', 'g')), 20), '_');
    login := 'tl_' || CASE WHEN stem = '' THEN 'device' ELSE stem END || '_'
             || left(replace(gen_random_uuid()::text, '-', ''), 8);
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE taktline_device', login, password);
    INSERT INTO sync.devices (login, tenant, name, code)
    VALUES (login, add_device.tenant, btrim(add_device.name), code);
    RETURN jsonb_build_object('login', login, 'code', code, 'tenant', add_device.tenant,
                              'tenant_name', (SELECT t.name FROM sync.tenants t
                                              WHERE t.id = add_device.tenant));
END
$$;

-- Locks a device out: marked revoked (push and pull refuse it at once), its login can no longer
-- sign in, and its open sessions end where the admin may end them. Answers the login.
CREATE OR REPLACE FUNCTION sync.revoke_device(name text, tenant uuid DEFAULT NULL) RETURNS text
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, sync, pg_temp
AS $$
DECLARE
    logins text[];
    who text;
BEGIN
    SELECT array_agg(d.login) INTO logins FROM sync.devices d
    WHERE d.name = btrim(revoke_device.name)
      AND (revoke_device.tenant IS NULL OR d.tenant = revoke_device.tenant);
    IF logins IS NULL THEN
        RAISE EXCEPTION 'no device named "%" on this server', btrim(revoke_device.name)
            USING ERRCODE = 'TL007';
    END IF;
    IF array_length(logins, 1) > 1 THEN
        RAISE EXCEPTION 'several factories have a device named "%": name the factory',
            btrim(revoke_device.name) USING ERRCODE = 'TL007';
    END IF;
    who := logins[1];
    UPDATE sync.devices d SET revoked_at = coalesce(d.revoked_at, now()) WHERE d.login = who;
    EXECUTE format('ALTER ROLE %I NOLOGIN', who);
    BEGIN
        PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = who;
    EXCEPTION WHEN insufficient_privilege THEN
        NULL; -- the device is refused at its next call anyway
    END;
    RETURN who;
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA sync FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.hello(uuid), sync.push(uuid, jsonb), sync.pull(bigint, int)
    TO taktline_device;
