-- bench_cpu_seconds(q): CPU time this backend spends running q, in seconds
-- (the first field of /proc/self/schedstat, in ns): on a shared machine,
-- unlike wall time, it leaves out the time spent waiting for a core.
CREATE FUNCTION bench_cpu_seconds(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 bigint := split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint;
BEGIN
    EXECUTE q;
    RETURN (split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint - t0) / 1e9;
END $$;
