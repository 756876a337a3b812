#!/usr/bin/env python3
"""Writes quickstart.ipynb from the cells below, so the notebook stays reviewable as plain text.

Run: /usr/bin/python3 docs/notebooks/make_quickstart.py
"""
import json
import pathlib

CELLS = [
    ("markdown", """# Quanta quickstart: find trusted data and read it into pandas

This notebook talks to a running mesh over plain HTTP — nothing to install beyond pandas.
Start one with `./quanta mesh up` (the dictionary on port 8080, the sample quanta on 8081–8084), then
run the cells in order. It:

1. searches the dictionary for customer data,
2. picks a quantum and looks at its contract,
3. checks its freshness and quality **before** reading,
4. reads its data straight from its output port into pandas,
5. follows its lineage to the quanta it is built from."""),
    ("code", """import json
import os
import urllib.parse
import urllib.request

import pandas as pd

DICTIONARY = os.environ.get("QUANTA_DICTIONARY_URL", "http://localhost:8080")
# The sample mesh's documented local reader token (sample-quanta/quanta/tokens.yaml).
TOKEN = os.environ.get("QUANTA_TOKEN", "dev-reader-token")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def get_json(url, auth=None, **params):
    \"\"\"GET a JSON document; params are URL-encoded. The dictionary's reads are open: no token.\"\"\"
    if params:
        url += "?" + urllib.parse.urlencode(params, doseq=True)
    request = urllib.request.Request(url, headers={"Accept": "application/json", **(auth or {})})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


get_json(f"{DICTIONARY}/observability/ready")"""),
    ("markdown", """## 1. Search the dictionary

Full-text search over every quantum's contract — names, column names (inherited ones too),
descriptions and tags — with facets to narrow it down."""),
    ("code", """found = get_json(f"{DICTIONARY}/api/search", q="customer", kind="quantum")
hits = pd.DataFrame(found["hits"])[["id", "domain", "owner", "health", "status", "url"]]
print(f"{found['total']} quanta mention 'customer'; by domain:",
      {f["value"]: f["count"] for f in found["facets"]["domain"]})
hits"""),
    ("markdown", """## 2. Pick a quantum and read its contract

`customer-lifetime-value` is the marketing domain's quantum built from two others. The dictionary
knows its effective contract: every field, with the contract it was inherited from."""),
    ("code", """QUANTUM = "customer-lifetime-value"
assert QUANTUM in set(hits["id"]), f"{QUANTUM} not found: is the sample mesh up?"
quantum = get_json(f"{DICTIONARY}/api/quanta/{QUANTUM}")
print(quantum["name"], "—", quantum["description"])
print("owner:", quantum["owner"], "| domain:", quantum["domain"], "| health:", quantum["health"])
fields = pd.DataFrame(quantum["fields"])
fields[["object", "name", "logicalType", "required", "primaryKey", "classification", "description"]]"""),
    ("markdown", """## 3. Check freshness and quality first

Ask the quantum itself (its observability endpoints are open): is the data within its SLA, and do its
quality rules pass? Rules of `warning` severity may warn; an `error` rule failing means: do not use."""),
    ("code", """url = quantum["url"]
status = get_json(f"{url}/observability/status", auth=AUTH)
for obj in status["objects"]:
    fresh = obj["freshness"] or {}
    print(f"{obj['object']}: ~{obj['rowsEstimate']} rows, freshness {fresh.get('ageSeconds')} s "
          f"(SLA {fresh.get('slaSeconds')} s) compliant={fresh.get('compliant')}")

quality = get_json(f"{url}/observability/quality", auth=AUTH)
results = pd.DataFrame(quality["results"])
print("quality:", quality["summary"])
failing = results[(results["severity"] == "error") & (results["outcome"] == "fail")]
assert failing.empty, f"error-severity rules fail, do not use this data:\\n{failing}"
results[["ruleId", "metric", "measured", "threshold", "severity", "outcome"]]"""),
    ("markdown", """## 4. Read the data into pandas, straight from the output port

`GET /data/{object}` streams the rows: CSV for `pandas.read_csv`, NDJSON for
`pandas.read_json(lines=True)`. Filters, `select` and `order` run in the quantum's database."""),
    ("code", """obj = quantum["objects"][0]
data_url = f"{url}/data/{obj}?format=csv"
df = pd.read_csv(data_url, storage_options=AUTH)
print(len(df), "rows from", data_url)
df.sort_values("lifetime_value", ascending=False).head(10)"""),
    ("code", """gold = pd.read_json(f"{url}/data/{obj}?format=ndjson&loyalty_tier=eq.gold&order=lifetime_value.desc&limit=5",
                    lines=True, storage_options=AUTH)
gold"""),
    ("markdown", """## 5. Follow the lineage

Which quanta is this one built from, and what do they promise? Each upstream is itself a quantum with
an output port, so the same two lines read it."""),
    ("code", """lineage = get_json(f"{DICTIONARY}/api/lineage", quantum=QUANTUM, direction="up", depth=3)
nodes = pd.DataFrame(lineage["nodes"])
print("edges:", [(e["from"], e["to"]) for e in lineage["edges"]])
upstream = nodes[nodes["level"] < 0]
assert len(upstream) >= 2, "customer-lifetime-value is built from two quanta"
upstream[["id", "kind", "level", "domain", "health", "url"]]"""),
    ("code", """orders_quantum = get_json(f"{DICTIONARY}/api/quanta/sales-orders")
orders = pd.read_csv(f"{orders_quantum['url']}/data/sales_order?format=csv&select=order_id,customer_id,amount,currency",
                     storage_options=AUTH)
print(len(orders), "orders upstream")
orders.groupby("currency")["amount"].sum()"""),
]


def cell(number, kind, text):
    lines = text.splitlines(keepends=True)
    if kind == "markdown":
        return {"cell_type": "markdown", "id": f"cell-{number}", "metadata": {}, "source": lines}
    return {"cell_type": "code", "execution_count": None, "id": f"cell-{number}", "metadata": {}, "outputs": [],
            "source": lines}


notebook = {
    "cells": [cell(number, kind, text) for number, (kind, text) in enumerate(CELLS)],
    "metadata": {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    },
    "nbformat": 4,
    "nbformat_minor": 5,
}
out = pathlib.Path(__file__).with_name("quickstart.ipynb")
out.write_text(json.dumps(notebook, indent=1) + "\n")
print("wrote", out)
