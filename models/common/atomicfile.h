// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace Dashwright {

// Writes `bytes` to `path` so that any reader, and the disk after a crash, sees either the old
// file or the whole new one: a new file of mode `mode` beside it (".NAME.tmp-XXXXXX", never
// readable by anyone else while it is written when mode is 0600), synced, renamed over the
// target, the folder synced. A symlinked target stays a symlink: the file it points to is
// replaced. The caller holds the file's FileLock, so every temporary twin left beside it is a
// killed writer's and is removed. `why` is a reason without the path.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, mode_t mode, QString *why);

} // namespace Dashwright
