#!/usr/bin/env python3
"""Validates JSON files against a published JSON schema with python3-jsonschema, for the tests
that check what Relm reads and writes against a schema Relm may not ship.

Usage: json_schema_check.py SCHEMA FILE...
Schemas that SCHEMA refers to ("spdx.schema.json", say) are looked up beside it, by file name
and by their "$id". Prints one line per problem (file, JSON path, message); exits 1 if any file
breaks the schema, 2 if the schema cannot be used.
"""
import json
import os
import sys
import warnings

import jsonschema


def store_beside(schema_path):
    """Every schema in the folder of schema_path, by file name and by $id."""
    folder = os.path.dirname(os.path.abspath(schema_path))
    store = {}
    for name in os.listdir(folder):
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                schema = json.load(f)
        except (OSError, ValueError):
            continue
        if not isinstance(schema, dict):
            continue
        store[name] = schema
        if "$id" in schema:
            store[schema["$id"]] = schema
    return store


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as error:
        print(f"{argv[1]}: cannot use this schema: {error}", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore", DeprecationWarning)
    resolver = jsonschema.RefResolver.from_schema(schema, store=store_beside(argv[1]))
    checker = jsonschema.validators.validator_for(schema)
    validator = checker(schema, resolver=resolver, format_checker=checker.FORMAT_CHECKER)
    broken = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for error in validator.iter_errors(document):
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            print(f"{path}: {where}: {error.message[:300]}")
            broken = 1
    return broken


if __name__ == "__main__":
    sys.exit(main(sys.argv))
