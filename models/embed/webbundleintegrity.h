// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Dashwright {

// The file name of the web runtime the embed server serves and the html snippet loads.
inline constexpr QLatin1StringView webBundleFileName{"dashwright-embed.js"};
// The host page's script for the iframe variant, beside it, which the iframe snippet loads.
inline constexpr QLatin1StringView frameHostFileName{"dashwright-frame-host.js"};

// Where the embed server looks for the web runtime when not told (`--web-root`): installed beside
// bin/ (share/dashwright/web, as the package puts it), else where scripts/setup.sh builds it in
// this build tree. The one list for `serve`, `snippet` and the designer's Embed Snippet dialog.
QStringList defaultWebRoots();

// The Subresource Integrity value of these bytes, "sha384-<base64>": what the server sends in
// X-Content-SRI and the html snippet pins in integrity="…".
QByteArray subresourceIntegrity(QByteArrayView bytes);

// A web file's bytes; empty when it cannot be read whole.
QByteArray readWebFile(const QString &path);

// The directory the embed server serves the web runtime from: the first of `roots` with a
// readable, non-empty dashwright-embed.js (its bytes into *bundle); empty when none has one. The
// server and the snippets' integrity values share this one choice, so they cannot disagree.
QString webBundleRoot(const QStringList &roots, QByteArray *bundle);

// The integrity value of the first readable, non-empty dashwright-embed.js in `roots` (the same
// search as the server's), so that the CLI and the designer put into a snippet exactly what the
// server will serve; empty when there is none.
QString webBundleIntegrity(const QStringList &roots);

// The integrity value of the dashwright-frame-host.js beside that dashwright-embed.js (the server
// serves the two from one directory); empty when either is missing.
QString frameHostIntegrity(const QStringList &roots);

} // namespace Dashwright
