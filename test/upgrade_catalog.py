#!/usr/bin/env python3
"""The catalogue of a database as text two databases can be compared by.

Reads `pg_dump --schema-only --binary-upgrade` on standard input.  In that
mode pg_dump writes every object of an extension (function bodies, columns
in their order, constraints, indexes, triggers, row security and policies,
comments, ACLs with the extension's initial privileges, and which objects
belong to the extension), which plain pg_dump leaves to CREATE EXTENSION.
What differs between any two databases holding the same schema is dropped:
OIDs and relfilenodes, frozen transaction ids, sequence positions, the
configuration tables' OIDs, psql's \\restrict keys and pg_dump's session
settings.  Entries are printed sorted by their "-- Name:" header, so that
the order in which objects were created (a fresh install or an update) does
not matter, only what they are.
"""
import re
import sys

text = sys.stdin.read()
# UPDATE pg_catalog.pg_class SET relfrozenxid = ..., relminmxid = ... WHERE oid = ...;
text = re.sub(r"(?m)^UPDATE pg_catalog\.pg_class\nSET relfrozenxid = .*\nWHERE oid = .*;\n", "", text)
kept = []
for line in text.splitlines():
    if re.match(r"\\(un)?restrict |-- Dumped |SET \w+ = |SELECT pg_catalog\.set_config\(", line):
        continue
    if re.match(r"SELECT pg_catalog\.binary_upgrade_set_next_", line):
        continue
    # the configuration tables are compared by name elsewhere (test/upgrade.sh)
    line = re.sub(r"(binary_upgrade_create_empty_extension\(.*?, '[^']*', )'\{[0-9,]*\}', '\{.*?\}'",
                  r"\1<extconfig>, <extcondition>", line)
    line = re.sub(r"(pg_catalog\.setval\('[^']*', )\d+, (true|false)\)", r"\1<position>)", line)
    kept.append(line)
entries = re.split(r"\n(?=--\n-- Name: )", "\n".join(kept))[1:]
entries = [re.sub(r"\n{3,}", "\n\n", e.strip("\n")) for e in entries]
print("\n\n".join(sorted(entries)))
