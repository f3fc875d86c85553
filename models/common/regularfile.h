// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Dashwright {

// Reads a whole file that must be a regular one, of at most maxBytes bytes: project files and
// keystores. A device (/dev/zero reports size 0 and never ends), a FIFO (whose open() waits for a
// writer), a directory or a socket is refused without blocking, and the bound counts the bytes
// actually read, not the size the file system reports. The error is a reason without the path
// ("no such file", "not a regular file …", "the file is larger than 64 MiB", or the system's
// message).
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error);

// The file's inode, size and modification time (to the nanosecond) as text: it changes whenever
// the file is written or replaced by a rename, without reading it. nullopt when the file cannot
// be looked at (missing). `inode`, when given, receives the inode alone.
std::optional<QByteArray> fileVersion(const QString &path, quint64 *inode = nullptr);

} // namespace Dashwright
