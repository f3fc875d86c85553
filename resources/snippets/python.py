# -*- coding: utf-8 -*-
{{! The title, names and tenant are in comments, never in a docstring: no text of the project can end a comment line. }}
# Dashwright: tokens for the dashboard "{{{dashboard_title}}}" of {{{project_name}}}.
{{#tenant}}
# The viewer's values come from the tenant profile "{{{tenant}}}".
{{/tenant}}
{{#template}}
# A template: the viewer's values below are samples marked TODO; fill them from your logged-in user.
{{/template}}
#
# Your back end gives each logged-in user a short-lived token for the embed server: answer the
# page's <dashwright-dashboard token-url="/dashwright-token"> with {"token": ...} from
# dashwright_token(viewer) (in Flask: return dashwright_token(viewer_of(session))).
{{#sign}}
# It signs the token itself, with the key {{kid}} ({{alg}}) from the project's keystore:
#     pip install pyjwt cryptography{{#sealed}} jwcrypto{{/sealed}}   (Debian: python3-jwt{{#sealed}} python3-jwcrypto{{/sealed}})
#     export DASHWRIGHT_SIGNING_KEY="$(dashwright keys export {{{project_file}}} --kid {{kid}} --jwk --private)"
{{#sealed}}
#     export DASHWRIGHT_SEALING_KEY="$(dashwright keys export {{{project_file}}} --kid {{sealing_kid}} --jwk --private)"
{{/sealed}}
{{/sign}}
{{#api}}
# It asks the embed server for the token (POST /api/v1/authorizations) with an API key, so it
# holds no signing key; only the standard library:
#     export DASHWRIGHT_API_KEY_ID=dwk_... DASHWRIGHT_API_KEY_SECRET=...   # dashwright keys api-key create {{{project_file}}} --name NAME shows both
{{/api}}
#     python3 dashwright_token.py   prints one token
{{#api}}
import base64
{{/api}}
import json
import os
import time
{{#sign}}
import uuid

import jwt  # PyJWT
{{#sealed}}
from jwcrypto import jwe, jwk
{{/sealed}}
{{/sign}}
{{#api}}
import urllib.error
import urllib.request
{{/api}}

SERVER = os.environ.get("DASHWRIGHT_SERVER", {{{server_string}}})


def _environment(name):
    value = os.environ.get(name)
    if not value:
        raise SystemExit("%s is not set (see the top of this file)" % name)
    return value
EXPIRES_IN_SECONDS = {{expires_in}}  # short: the page asks for a new token before this runs out


def claims_for(viewer):
    """What the token grants one viewer (the authorization claims)."""
    return {{{claims}}}

{{#sign}}

_SIGNING_JWK = json.loads(_environment("DASHWRIGHT_SIGNING_KEY"))
_SIGNING_KEY = jwt.PyJWK(_SIGNING_JWK).key
{{#sealed}}
_SEALING_JWK = json.loads(_environment("DASHWRIGHT_SEALING_KEY"))
_SEALING_KEY = jwk.JWK(**_SEALING_JWK)
{{/sealed}}


def dashwright_token(viewer):
    claims = claims_for(viewer)
    now = int(time.time())
    claims.update({
        "iss": {{{issuer_string}}},  # this project
        "aud": "dashwright-embed",
        "sub": claims.get("suborganization") or claims.get("username") or "anonymous",
        "iat": now,
        "nbf": now,
        "exp": now + EXPIRES_IN_SECONDS,
        "jti": str(uuid.uuid4()),  # lets `dashwright token revoke` name this one token
    })
    token = jwt.encode(claims, _SIGNING_KEY, algorithm=_SIGNING_JWK["alg"],
                       headers={"kid": _SIGNING_JWK["kid"], "typ": "JWT"})
{{#sealed}}
    # Sealed: the signed token inside a JWE, so the page cannot read its claims.
    sealed = jwe.JWE(token.encode(), json.dumps({"alg": "dir", "enc": "A256GCM", "cty": "JWT",
                                                 "kid": _SEALING_JWK["kid"]}))
    sealed.add_recipient(_SEALING_KEY)
    token = sealed.serialize(compact=True)
{{/sealed}}
    expires_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now + EXPIRES_IN_SECONDS))
    return {"token": token, "expires_at": expires_at}
{{/sign}}
{{#api}}


def dashwright_token(viewer):
    credentials = "%s:%s" % (_environment("DASHWRIGHT_API_KEY_ID"), _environment("DASHWRIGHT_API_KEY_SECRET"))
    request = urllib.request.Request(
        "%s/api/v1/authorizations?expires_in=%d{{#sealed}}&sealed=true{{/sealed}}" % (SERVER, EXPIRES_IN_SECONDS),
        data=json.dumps(claims_for(viewer)).encode(),
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Authorization": "Basic " + base64.b64encode(credentials.encode()).decode(),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            body = json.load(answer)
    except urllib.error.HTTPError as refused:  # the server's {"error", "message"} says why
        raise RuntimeError("the embed server answered %d: %s"
                           % (refused.code, refused.read().decode(errors="replace"))) from None
    return {"token": body["token"], "expires_at": body["expires_at"]}
{{/api}}


def current_viewer():
    """Who is asking. Replace this with your session's logged-in user (and answer 401 when there
    is none): a token is only for a user your application has authenticated."""
    return {{{viewer}}}


if __name__ == "__main__":
    print(dashwright_token(current_viewer())["token"])
