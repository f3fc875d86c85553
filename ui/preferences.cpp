// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QFileInfo>

namespace Dashwright::Preferences {

void noteOpened(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles.get();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximumRecentFiles)
        files.removeLast();
    recentFiles.set(files);
    lastProject.set(absolute);
}

void forget(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles.get();
    if (files.removeAll(absolute) > 0)
        recentFiles.set(files);
    if (lastProject.get() == absolute)
        lastProject.reset();
}

} // namespace Dashwright::Preferences
