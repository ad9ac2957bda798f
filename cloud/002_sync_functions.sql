-- Taktline sync server: the three functions a device may call (docs/sync.md, "Server side").
-- SECURITY DEFINER: they run as the admin who applied this file; tenant and device come from
-- session_user through sync.devices, never from the payload. Errors: TL001 clock ahead, TL002
-- login unknown or revoked, TL003 bad payload, TL004 login bound to another device.

-- Binds the login to the device's UUID on first call; answers who this device is.
CREATE OR REPLACE FUNCTION sync.hello(device_id uuid) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, sync, pg_temp
AS $$
DECLARE
    d sync.devices := sync.session_device(true);
    t sync.tenants;
BEGIN
    IF hello.device_id IS NULL THEN
        RAISE EXCEPTION 'hello needs the device id' USING ERRCODE = 'TL003';
    END IF;
    IF d.device_id IS NULL THEN
        UPDATE sync.devices SET device_id = hello.device_id WHERE login = d.login;
    ELSIF d.device_id <> hello.device_id THEN
        RAISE EXCEPTION 'login "%" is already used by another device (%)', d.login, d.device_id
            USING ERRCODE = 'TL004';
    END IF;
    SELECT * INTO t FROM sync.tenants WHERE id = d.tenant;
    RETURN jsonb_build_object(
        'schema', (SELECT value::int FROM sync.meta WHERE key = 'schema'),
        'tenant', t.id,
        'tenant_name', t.name,
        'device_code', d.code,
        'channel', sync.channel(t.id),
        -- The factory's devices by id, so conflicts name "车间平板1 (B)" rather than a UUID.
        'devices', (SELECT coalesce(jsonb_object_agg(v.device_id::text,
                                                     jsonb_build_object('name', v.name,
                                                                        'code', v.code)), '{}')
                    FROM sync.devices v WHERE v.tenant = d.tenant AND v.device_id IS NOT NULL),
        'server_ms', sync.now_ms());
END
$$;

-- Takes one batch of operations ({t, r, k, h, c, x}, docs/sync.md "Operations").
CREATE OR REPLACE FUNCTION sync.push(batch_id uuid, ops jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, sync, pg_temp
AS $$
DECLARE
    d sync.devices := sync.bound_device();
    last bigint;
    answer jsonb;
    bad text;
    newest bigint;
    server bigint;
    logged int;
BEGIN
    IF push.batch_id IS NULL OR ops IS NULL OR jsonb_typeof(ops) <> 'array' THEN
        RAISE EXCEPTION 'push needs a batch id and an array of operations' USING ERRCODE = 'TL003';
    END IF;

    -- One pusher per tenant at a time: seq order is commit order, so no pull skips a change.
    SELECT last_seq INTO last FROM sync.tenants WHERE id = d.tenant FOR UPDATE;

    SELECT b.answer INTO answer FROM sync.batches b
    WHERE b.tenant = d.tenant AND b.batch_id = push.batch_id;
    IF FOUND THEN
        RETURN answer;
    END IF;

    -- One pass over the batch: the first bad operation, and the newest clock.
    BEGIN
        SELECT (array_agg(format('operation %s: %s', q.n, q.why) ORDER BY q.n)
                    FILTER (WHERE q.why IS NOT NULL))[1],
               max(substr(q.h, 1, 13)::bigint) FILTER (WHERE q.why IS NULL)
        INTO bad, newest
        FROM (
            SELECT o.n, o.h,
                   CASE
                       WHEN coalesce(o.t, '') !~ '^[a-z_][a-z0-9_]*$' THEN 'bad table name'
                       WHEN coalesce(o.r, '') = '' THEN 'no row id'
                       WHEN coalesce(o.k, '') NOT IN ('m', 'f') THEN 'kind is not m or f'
                       WHEN jsonb_typeof(o.c) IS DISTINCT FROM 'object'
                           THEN 'columns are not an object'
                       -- PPPPPPPPPPPPP-CCCC-<uuid>, checked piecewise: a regex with counted
                       -- repetitions costs more than the rest of the check.
                       WHEN NOT (length(o.h) = 55 AND substr(o.h, 14, 1) = '-'
                                 AND substr(o.h, 19, 1) = '-'
                                 AND substr(o.h, 1, 13) ~ '^[0-9]+$'
                                 AND substr(o.h, 15, 4) ~ '^[0-9a-fA-F]+$'
                                 AND substr(o.h, 20) ~ '^[0-9a-fA-F-]+$')
                           THEN 'bad clock'
                       WHEN substr(o.h, 20)::uuid <> d.device_id
                           THEN 'clock of another device (' || substr(o.h, 20) || ')'
                   END AS why
            FROM ROWS FROM (jsonb_to_recordset(ops)
                            AS (t text, r text, k text, h text, c jsonb, x text))
                 WITH ORDINALITY AS o(t, r, k, h, c, x, n)
        ) q;
    EXCEPTION WHEN invalid_parameter_value OR invalid_text_representation THEN
        RAISE EXCEPTION 'bad batch: an operation is no object or its clock is malformed'
            USING ERRCODE = 'TL003';
    END;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'bad batch: %', bad USING ERRCODE = 'TL003';
    END IF;

    server := sync.now_ms();
    IF newest > server + 300000 THEN
        RAISE EXCEPTION 'the device clock is % minutes ahead of the server (at most 5 minutes allowed)',
                round((newest - server) / 60000.0, 1)
            USING ERRCODE = 'TL001', DETAIL = format('ahead_ms=%s', newest - server),
                  HINT = 'set the device''s date and time, then sync again';
    END IF;

    WITH op AS (
        SELECT o.t, o.r, o.k, o.h COLLATE "C" AS h, o.c, o.x
        FROM jsonb_to_recordset(ops) AS o(t text, r text, k text, h text, c jsonb, x text)
    ), field AS (
        -- The newest value of each field within the batch.
        SELECT DISTINCT ON (op.t COLLATE "C", op.r COLLATE "C", f.key COLLATE "C")
               op.t, op.r, f.key AS col, f.value, op.h
        FROM op, jsonb_each(op.c) AS f
        WHERE op.k = 'm'
        ORDER BY op.t COLLATE "C", op.r COLLATE "C", f.key COLLATE "C", op.h DESC
    ), won AS (
        INSERT INTO sync.fields AS s (tenant, tbl, row_id, col, value, hlc)
        SELECT d.tenant, field.t, field.r, field.col, field.value, field.h FROM field
        ON CONFLICT (tenant, tbl, row_id, col) DO UPDATE
            SET value = excluded.value, hlc = excluded.hlc
            WHERE s.hlc < excluded.hlc
        RETURNING s.tbl, s.row_id, s.col, s.value, s.hlc
    ), fact AS (
        INSERT INTO sync.facts AS s (tenant, tbl, row_id, hlc, content, device, chain)
        SELECT d.tenant, op.t, op.r, op.h, op.c, d.device_id, op.x FROM op WHERE op.k = 'f'
        ON CONFLICT (tenant, tbl, row_id) DO NOTHING
        RETURNING s.tbl, s.row_id, s.hlc, s.content, s.chain
    ), change AS (
        SELECT won.tbl, won.row_id, 'm'::"char" AS kind, won.hlc,
               jsonb_object_agg(won.col, won.value) AS cols, NULL::text AS chain
        FROM won GROUP BY won.tbl, won.row_id, won.hlc
        UNION ALL
        SELECT fact.tbl, fact.row_id, 'f'::"char", fact.hlc, fact.content, fact.chain FROM fact
    ), logged AS (
        INSERT INTO sync.changes (tenant, seq, tbl, row_id, kind, hlc, cols, device, chain)
        SELECT d.tenant,
               last + row_number() OVER (ORDER BY change.hlc, change.tbl COLLATE "C",
                                                  change.row_id COLLATE "C"),
               change.tbl, change.row_id, change.kind, change.hlc, change.cols, d.device_id,
               change.chain
        FROM change
        RETURNING seq
    )
    SELECT count(*) INTO logged FROM logged;

    IF logged > 0 THEN
        last := last + logged;
        UPDATE sync.tenants SET last_seq = last WHERE id = d.tenant;
        PERFORM pg_notify(sync.channel(d.tenant), '');
    END IF;

    answer := jsonb_build_object('seq', last, 'applied', logged, 'server_ms', server);
    INSERT INTO sync.batches (tenant, batch_id, device, answer)
    VALUES (d.tenant, push.batch_id, d.device_id, answer);
    RETURN answer;
END
$$;

-- Other devices' changes after the cursor, in sequence order.
CREATE OR REPLACE FUNCTION sync.pull("cursor" bigint, lim int) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, sync, pg_temp
AS $$
DECLARE
    d sync.devices := sync.bound_device();
    last bigint;
    upto bigint;
    n int := least(greatest(coalesce(lim, 1000), 1), 10000);
    ops jsonb;
    got int;
BEGIN
    -- Every change up to last_seq has committed: pushes hold the tenant's row until commit.
    SELECT last_seq INTO last FROM sync.tenants WHERE id = d.tenant;
    -- Built as json and cast once: several times faster than jsonb per row.
    WITH page AS (
        SELECT c.seq, c.tbl, c.row_id, c.kind, c.hlc, c.cols, c.device, c.chain
        FROM sync.changes c
        WHERE c.tenant = d.tenant AND c.seq > coalesce(pull."cursor", 0) AND c.seq <= last
          AND c.device <> d.device_id
        ORDER BY c.seq
        LIMIT n + 1
    ), numbered AS (
        SELECT page.*, row_number() OVER (ORDER BY page.seq) AS i FROM page
    )
    SELECT coalesce(json_agg(
               CASE WHEN chain IS NULL
                   THEN json_build_object('s', seq, 't', tbl, 'r', row_id, 'k', kind, 'h', hlc,
                                          'c', cols, 'd', device)
                   ELSE json_build_object('s', seq, 't', tbl, 'r', row_id, 'k', kind, 'h', hlc,
                                          'c', cols, 'd', device, 'x', chain)
               END ORDER BY seq) FILTER (WHERE i <= n), '[]')::jsonb,
           count(*),
           max(seq) FILTER (WHERE i <= n)
    INTO ops, got, upto
    FROM numbered;

    RETURN jsonb_build_object(
        'ops', ops,
        'cursor', CASE WHEN got > n THEN upto ELSE greatest(last, coalesce(pull."cursor", 0)) END,
        'more', got > n,
        -- Changes still to fetch after this page (at most: the device's own are counted too),
        -- for a new device's progress bar.
        'total', CASE WHEN got > n THEN last - upto ELSE 0 END,
        'server_ms', sync.now_ms());
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA sync FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync.hello(uuid), sync.push(uuid, jsonb), sync.pull(bigint, int)
    TO taktline_device;
