-- The public API as installed: every function's volatility, strictness,
-- parallel safety, and whether it is documented; types and views.
SET search_path = zhdoc, public;

SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.provolatile AS vol, p.proisstrict AS strict, p.proparallel AS par,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS documented
FROM pg_proc p
WHERE p.pronamespace = 'zhdoc'::regnamespace AND p.proname LIKE 'zh\_%'
ORDER BY 1, 2;

-- functions without a comment, other than support functions of types and parsers
SELECT p.proname FROM pg_proc p
WHERE p.pronamespace = 'zhdoc'::regnamespace AND obj_description(p.oid, 'pg_proc') IS NULL
  AND p.proname !~ '^(prs_|stopdict_|zhentity_|text$|user_words_changed)'
ORDER BY 1;

SELECT extname, extversion, extrelocatable, extnamespace::regnamespace FROM pg_extension WHERE extname = 'zhdoc';
-- every released version updates to this one (test/upgrade.sh runs the updates)
SELECT source, target, path FROM pg_extension_update_paths('zhdoc') WHERE path IS NOT NULL ORDER BY 1, 2;
SELECT c.cfgname, p.prsname FROM pg_ts_config c JOIN pg_ts_parser p ON p.oid = c.cfgparser WHERE c.cfgnamespace = 'zhdoc'::regnamespace;
