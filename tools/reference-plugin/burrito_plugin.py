#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A reference broker plugin for Dashwright (docs/plugin-protocol.md), serving the Burrito demo.

It answers GET /datasets with the demo database's tables and POST /query with one widget's rows,
computed in the demo's SQLite file from the structured request: identifiers only from the known
schema below, every value bound. Each tenant's rows are chosen by the viewer's metadata:
metadata.distributor_code names a distributor (--tenant CODE=NAME), metadata.region a region; a
viewer without them is scoped by Dashwright's own token filters and access policies alone, which
this plugin applies like every other condition of the request.

Python 3 standard library only. Bound to 127.0.0.1; --port 0 picks a free port, printed on the
first line of stdout ("listening on http://127.0.0.1:PORT").
"""

import argparse
import hmac
import json
import os
import re
import sqlite3
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PROTOCOL = "1"
MAX_REQUEST_BYTES = 1024 * 1024
# Result column names as Dashwright makes them (d0, m1): anything else is refused before it could
# reach SQL as an alias.
RESULT_NAME = re.compile(r"[dm][0-9]{1,9}")

# The demo's tables and their columns in Dashwright's column types: the only identifiers that
# ever reach SQL.
SCHEMA = {
    "sales": {"id": "integer", "sale_date": "date", "distributor": "text",
              "distributor_id": "integer", "region": "text", "product": "text",
              "promotion": "text", "quantity": "integer", "unit_price": "number",
              "revenue": "number", "cost": "number"},
    "distributors": {"id": "integer", "name": "text", "region": "text", "city": "text",
                     "opened": "date"},
    "products": {"id": "integer", "name": "text", "category": "text", "unit_price": "number"},
    "promotions": {"id": "integer", "name": "text", "discount_pct": "integer", "starts": "date",
                   "ends": "date"},
}
# Per table, the columns the tenant's distributor and region scope.
TENANT_COLUMNS = {"sales": ("distributor", "region"), "distributors": ("name", "region")}

# As Dashwright's SQLite dialect buckets dates: the ISO date of each bucket's first day.
GRAINS = {
    "none": "{0}",
    "day": "strftime('%Y-%m-%d', {0})",
    "week": "date({0}, '-6 days', 'weekday 1')",
    "month": "strftime('%Y-%m-01', {0})",
    "quarter": "strftime('%Y', {0}) || CASE (CAST(strftime('%m', {0}) AS INTEGER) + 2) / 3 "
               "WHEN 1 THEN '-01-01' WHEN 2 THEN '-04-01' WHEN 3 THEN '-07-01' "
               "WHEN 4 THEN '-10-01' END",
    "year": "strftime('%Y-01-01', {0})",
}
AGGREGATIONS = {"sum": "SUM({0})", "count": "COUNT({0})", "count_distinct": "COUNT(DISTINCT {0})",
                "avg": "AVG({0})", "min": "MIN({0})", "max": "MAX({0})"}
# Filter expressions (DESIGN §5) and access-policy operators, each to one comparison.
COMPARISONS = {"? = ?": "=", "EQUALS": "=", "? != ?": "!=", "NOT_EQUALS": "!=",
               "? < ?": "<", "LESS_THAN": "<", "? <= ?": "<=", "LESS_THAN_OR_EQUAL_TO": "<=",
               "? > ?": ">", "GREATER_THAN": ">", "? >= ?": ">=",
               "GREATER_THAN_OR_EQUAL_TO": ">="}


class BadRequest(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def quote(name):
    # Doubled quotes as SQL wants them, so that no name can close the identifier.
    return '"' + name.replace('"', '""') + '"'


def result_name(field):
    name = field.get("name")
    if not isinstance(name, str) or not RESULT_NAME.fullmatch(name):
        raise BadRequest(400, "a result column name must be d or m and a number")
    return name


def secret_bytes(text):
    # http.server decodes header bytes as Latin-1: encoded back, they are the bytes the client
    # sent, so that a non-ASCII X-Secret compares (and fails) like any other.
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape")


def sql_value(value):
    # SQLite stores booleans as 0/1.
    return int(value) if isinstance(value, bool) else value


def predicate(p, columns, params):
    """One structured condition as SQL: (this AND all_of…) OR any_of…, values bound."""
    if not isinstance(p, dict) or p.get("column") not in columns:
        raise BadRequest(400, "a condition names no column of the table")
    column, op, value = quote(p["column"]), p.get("op"), p.get("value")
    if op in COMPARISONS:
        if isinstance(value, (list, dict)) or value is None:
            raise BadRequest(400, "%s needs one value" % op)
        sql = "%s %s ?" % (column, COMPARISONS[op])
        params.append(sql_value(value))
    elif op in ("? in ?", "IN", "? not in ?"):
        values = value if isinstance(value, list) else [value]
        if not values:
            raise BadRequest(400, "%s needs at least one value" % op)
        sql = "%s %sIN (%s)" % (column, "NOT " if op == "? not in ?" else "",
                                ", ".join("?" * len(values)))
        params.extend(sql_value(v) for v in values)
    elif op == "? between ?":
        if not isinstance(value, list) or len(value) != 2:
            raise BadRequest(400, "between needs two values")
        sql = "%s BETWEEN ? AND ?" % column
        params.extend(sql_value(v) for v in value)
    elif op in ("? like ?", "LIKE", "NOT_LIKE"):
        if not isinstance(value, str):
            raise BadRequest(400, "like needs a text pattern")
        operand = column if columns[p["column"]] == "text" else "CAST(%s AS TEXT)" % column
        sql = "%s%s LIKE ? ESCAPE '\\'" % ("NOT " if op == "NOT_LIKE" else "", operand)
        params.append(value)
    elif op in ("? is null", "IS_NULL"):
        sql = "%s IS NULL" % column
    elif op in ("? is not null", "IS_NOT_NULL"):
        sql = "%s IS NOT NULL" % column
    else:
        # Fail closed: a condition not understood is never skipped.
        raise BadRequest(400, "unknown operator %r" % (op,))
    for part in p.get("all_of") or []:
        sql = "(%s) AND (%s)" % (sql, predicate(part, columns, params))
    for part in p.get("any_of") or []:
        sql = "(%s) OR (%s)" % (sql, predicate(part, columns, params))
    return sql


class Plugin:
    def __init__(self, args):
        self.data = os.path.abspath(args.data)
        self.secret = os.fsencode(os.environ.get(args.secret_env, "")) if args.secret_env else b""
        self.tenants = dict(t.split("=", 1) for t in args.tenant) or {"FAR-001": "Farolito"}
        self.misbehave = args.misbehave
        self.log_path = args.log
        self.lock = threading.Lock()

    def log(self, entry):
        if not self.log_path:
            return
        with self.lock, open(self.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")

    def connect(self):
        return sqlite3.connect("file:%s?mode=ro" % self.data, uri=True)

    def datasets(self):
        return {"datasets": [
            {"name": table, "columns": [{"name": c, "type": t} for c, t in columns.items()]}
            for table, columns in SCHEMA.items()]}

    def query(self, request):
        table = request.get("table")
        if table not in SCHEMA:
            raise BadRequest(404, "no dataset %r" % (table,))
        columns = SCHEMA[table]
        select, group, names = [], [], []
        for d in request.get("dimensions") or []:
            if d.get("column") not in columns or d.get("grain") not in GRAINS:
                raise BadRequest(400, "a dimension names no column of %s or no grain" % table)
            expression = GRAINS[d["grain"]].format(quote(d["column"]))
            select.append(expression)
            group.append(expression)
            names.append(result_name(d))
        for m in request.get("measures") or []:
            aggregation = m.get("aggregation")
            if aggregation not in AGGREGATIONS:
                raise BadRequest(400, "unknown aggregation %r" % (aggregation,))
            if m.get("column") is None:
                if aggregation != "count":
                    raise BadRequest(400, "only a count may have no column")
                select.append("COUNT(*)")
            elif m["column"] in columns:
                select.append(AGGREGATIONS[aggregation].format(quote(m["column"])))
            else:
                raise BadRequest(400, "a measure names no column of %s" % table)
            names.append(result_name(m))
        if not select:
            raise BadRequest(400, "nothing to select")
        params, where = [], []
        # The tenant, as the viewer's metadata says.
        metadata = (request.get("viewer") or {}).get("metadata") or {}
        scoped = TENANT_COLUMNS.get(table)
        if "distributor_code" in metadata:
            distributor = self.tenants.get(metadata["distributor_code"])
            if distributor is None:
                raise BadRequest(403, "unknown distributor_code")
            if scoped:
                where.append("%s = ?" % quote(scoped[0]))
                params.append(distributor)
        if "region" in metadata and scoped:
            where.append("%s = ?" % quote(scoped[1]))
            params.append(metadata["region"])
        # Every condition Dashwright sends: its filters, the token's and the access policies. A
        # HAVING condition names a grouped column, so it holds row by row as well.
        for p in (request.get("where") or []) + (request.get("having") or []):
            where.append(predicate(p, columns, params))
        sql = "SELECT %s FROM %s" % (", ".join(
            "%s AS %s" % (e, quote(n)) for e, n in zip(select, names)), quote(table))
        if where:
            sql += " WHERE " + " AND ".join("(%s)" % w for w in where)
        if request.get("aggregate", True) and group and request.get("measures"):
            sql += " GROUP BY " + ", ".join(group)
        order = []
        for o in request.get("order") or []:
            if o.get("column") not in names:
                raise BadRequest(400, "order names no result column")
            order.append(quote(o["column"]) + (" DESC" if o.get("descending") else " ASC"))
        if order:
            sql += " ORDER BY " + ", ".join(order)
        page = request.get("page") or {}
        size, offset = page.get("size"), page.get("offset") or 0
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if size is None else int(size), int(offset)]
        with self.connect() as db:
            rows = db.execute(sql, params).fetchall()
        return {"columns": names, "rows": [list(r) for r in rows]}


def handler_for(plugin):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def answer(self, status, body, content_type="application/json"):
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def misbehaving(self):
            mode = plugin.misbehave
            if mode == "error500":
                self.answer(500, {"error": "the broker is down"})
            elif mode == "not-json":
                self.answer(200, b"<html>maintenance</html>", "text/html")
            elif mode == "wrong-columns":
                self.answer(200, {"columns": ["d0"], "rows": [["x"]]})
            elif mode == "wrong-type":
                body = json.loads(self.body or b"{}")
                names = [f["name"] for f in body.get("dimensions", []) + body.get("measures", [])]
                self.answer(200, {"columns": names, "rows": [[True] * len(names)]})
            elif mode == "nested":
                body = json.loads(self.body or b"{}")
                names = [f["name"] for f in body.get("dimensions", []) + body.get("measures", [])]
                deep = "[" * 10000 + "0" + "]" * 10000  # beyond json.dumps' recursion
                cells = ",".join([deep] * len(names))
                self.answer(200, ('{"columns": %s, "rows": [[%s]]}'
                                  % (json.dumps(names), cells)).encode())
            elif mode == "many-rows":
                body = json.loads(self.body or b"{}")
                names = [f["name"] for f in body.get("dimensions", []) + body.get("measures", [])]
                self.answer(200, {"columns": names, "rows": [[0] * len(names)] * 150000})
            elif mode == "redirect":
                self.send_response(307)
                self.send_header("Location", "http://127.0.0.1:9/query")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif mode == "slow":
                time.sleep(30)
                self.answer(200, {"columns": [], "rows": []})
            elif mode == "huge":
                # No Content-Length: the client must stop it while it downloads.
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = b"[" + b"1," * 512 * 1024
                try:
                    for _ in range(200):  # 200 MiB at most
                        self.wfile.write(chunk)
                except OSError:
                    pass
                self.close_connection = True
            else:
                return False
            return True

        def checked(self):
            """Logs the request; False (answered) when it may not go on."""
            secret = self.headers.get("X-Secret")
            given = None if secret is None else secret_bytes(secret)
            plugin.log({"path": self.path, "request_id": self.headers.get("X-Request-Id"),
                        "secret": "absent" if secret is None else
                        ("right" if hmac.compare_digest(given, plugin.secret) else "wrong"),
                        "viewer": getattr(self, "viewer", None)})
            if self.headers.get("X-Dashwright-Protocol") != PROTOCOL:
                self.answer(400, {"error": "protocol version %s expected" % PROTOCOL})
                return False
            if plugin.secret and not hmac.compare_digest(given or b"", plugin.secret):
                self.answer(401, {"error": "X-Secret missing or wrong"})
                return False
            return True

        def do_GET(self):
            if self.path.rstrip("/").endswith("/datasets"):
                if self.checked():
                    self.answer(200, plugin.datasets())
            else:
                self.answer(404, {"error": "not found"})

        def do_POST(self):
            # Digits only: int() would take "-5" (and read to the end of the stream) or " +5".
            declared = (self.headers.get("Content-Length") or "0").strip()
            if not declared.isascii() or not declared.isdigit() or len(declared) > 12:
                self.close_connection = True
                self.answer(400, {"error": "Content-Length is not a byte count"})
                return
            length = int(declared)
            if length > MAX_REQUEST_BYTES:
                self.close_connection = True
                self.answer(413, {"error": "request too large"})
                return
            self.body = self.rfile.read(length)
            try:
                request = json.loads(self.body)
            except ValueError:
                request = None
            self.viewer = request.get("viewer") if isinstance(request, dict) else None
            if not self.path.rstrip("/").endswith("/query"):
                self.answer(404, {"error": "not found"})
            elif not self.checked() or self.misbehaving():
                return
            elif not isinstance(request, dict):
                self.answer(400, {"error": "the request is not a JSON object"})
            else:
                try:
                    self.answer(200, plugin.query(request))
                except BadRequest as e:
                    self.answer(e.status, {"error": str(e)})
                except (sqlite3.Error, ValueError, TypeError, AttributeError, KeyError) as e:
                    self.answer(400, {"error": "cannot answer: %s" % e})

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the Burrito demo's SQLite file")
    parser.add_argument("--port", type=int, default=0, help="0: a free port (printed)")
    parser.add_argument("--secret-env", default="BURRITO_PLUGIN_SECRET",
                        help="the environment variable holding the secret X-Secret must match "
                             "(unset or empty: no secret is asked for)")
    parser.add_argument("--tenant", action="append", default=[], metavar="CODE=DISTRIBUTOR",
                        help="a distributor_code and the distributor it stands for "
                             "(default: FAR-001=Farolito)")
    parser.add_argument("--log", help="append one JSON line per request (never the secret)")
    parser.add_argument("--misbehave", choices=["error500", "not-json", "wrong-columns",
                                                "wrong-type", "nested", "many-rows", "redirect", "slow",
                                                "huge"],
                        help="answer POST /query wrongly, for tests")
    args = parser.parse_args()
    if not os.path.isfile(args.data):
        parser.error("no such file: %s" % args.data)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler_for(Plugin(args)))
    server.daemon_threads = True
    print("listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
