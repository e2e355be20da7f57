#!/usr/bin/env python3
"""validate_programme.py SCHEMA FILE...: validates programme files against the published JSON
Schema as an editor's YAML language server does, reading YAML 1.2 (dates stay strings, only
true and false are booleans). Prints each problem, then 'FILE: valid' or 'FILE: N errors'."""
import json, sys, re, yaml, jsonschema
class Core12(yaml.SafeLoader):
    """YAML 1.2's core schema: no timestamps, booleans only true/false, no sexagesimal numbers."""
Core12.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t not in ('tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float')] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Core12.add_implicit_resolver('tag:yaml.org,2002:bool', re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$'), list('tTfF'))
Core12.add_implicit_resolver('tag:yaml.org,2002:int', re.compile(r'^[-+]?[0-9]+$'), list('-+0123456789'))
Core12.add_implicit_resolver('tag:yaml.org,2002:float', re.compile(r'^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$'), list('-+.0123456789'))
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    errors = sorted(validator.iter_errors(yaml.load(open(path), Loader=Core12)), key=lambda e: list(e.path))
    for e in errors[:20]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message[:200]}")
    print(f"{path}: {'valid' if not errors else f'{len(errors)} errors'}")
