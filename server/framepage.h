// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "embed/embedapi.h"

#include <QByteArrayView>
#include <QStringList>

namespace Dashwright::Server {

// The iframe variant (GET /embed/v1/dashboards/{id}/frame; docs/embed.md, "The iframe variant"):
// a page of the server's own origin that runs <dashwright-dashboard> for a host page that cannot
// load a module. The host page frames it and hands it tokens by postMessage; the token is never in
// a URL, and the page itself holds nothing of any dashboard.

// The project's embed origins that may be written into a CSP source list and an HTML attribute:
// scheme://host[:port] and nothing else. The project validator already refuses other forms; this
// is the last word, so that an origin with a ';' or a quote could never add a directive or an
// attribute (one that does not fit is left out: it cannot frame the page).
QStringList frameAncestors(const QStringList &embedOrigins);

// The page's Content-Security-Policy: scripts, requests, styles and images from the server only,
// nothing inline, framed only by `ancestors` ('none' when there are none).
QByteArray frameContentSecurityPolicy(const QStringList &ancestors);

// The page (200, text/html), the same for every dashboard id: the frame script reads the id from
// its own URL, so nothing of the request is reflected into it.
EmbedReply framePage(const QStringList &embedOrigins);

// Whether `origin` (a request's Origin header) is the server's own origin as the client addressed
// it: scheme://HOST where HOST is the request's Host header (the scheme is not compared: behind a
// TLS-terminating proxy the server cannot know it). That is the frame page calling its own server.
bool isSameOrigin(QByteArrayView origin, QByteArrayView host);

} // namespace Dashwright::Server
