#!/bin/sh
# Dashwright: a token for the dashboard "{{{dashboard_title}}}" of {{{project_name}}}, minted by the
# embed server (POST /api/v1/authorizations) with an API key: for back ends that sign nothing.
{{#tenant}}
# The claims of the tenant profile "{{{tenant}}}".
{{/tenant}}
{{#template}}
# A template: the viewer's values are samples; fill them from your logged-in user.
{{/template}}
#   export DASHWRIGHT_API_KEY_ID=dwk_... DASHWRIGHT_API_KEY_SECRET=...   # dashwright keys api-key create {{{project_file}}} --name NAME shows both
#   sh dashwright-token.sh   prints the answer: {"id": ..., "token": ..., "expires_at": ...}
#
# The claims:
{{#claim_comments}}
#   {{{.}}}
{{/claim_comments}}
set -eu
: "${DASHWRIGHT_API_KEY_ID:?is not set}" "${DASHWRIGHT_API_KEY_SECRET:?is not set}"
# The API key goes to curl on its standard input, never on its command line (which other users
# of the machine can read); the claims come on descriptor 3.
curl --fail-with-body --silent --show-error --max-time 10 --config - \
  --header 'Content-Type: application/json' --data-binary @/dev/fd/3 \
  "${DASHWRIGHT_SERVER:-{{{server}}}}/api/v1/authorizations?expires_in={{expires_in}}{{#sealed}}&sealed=true{{/sealed}}" 3<<'CLAIMS' <<CONFIG
{{{claims_json}}}
CLAIMS
user = "$DASHWRIGHT_API_KEY_ID:$DASHWRIGHT_API_KEY_SECRET"
CONFIG
echo
