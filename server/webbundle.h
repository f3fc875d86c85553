// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dashwright::Server {

// The web runtime as served: its bytes and their Subresource Integrity value, computed once per
// load so that a page's integrity="…" can be checked against the header and every answer. The
// iframe variant's script (dashwright-frame.js, which imports dashwright-embed.js) and the host
// page's script for its frames (dashwright-frame-host.js) come from the same directory, so that
// they are always of one build.
struct WebBundle
{
    QByteArray bytes;
    QByteArray sri; // "sha384-<base64>"
    QString path;
    QByteArray frameBytes; // empty: no dashwright-frame.js beside it (an older build)
    QByteArray frameSri;
    QByteArray frameHostBytes; // empty: no dashwright-frame-host.js beside it (an older build)
    QByteArray frameHostSri;
};

// The first readable, non-empty dashwright-embed.js in `roots`, with the dashwright-frame.js and
// dashwright-frame-host.js beside it when they are there; nullptr when there is none.
std::shared_ptr<const WebBundle> loadWebBundle(const QStringList &roots);

} // namespace Dashwright::Server
