// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webbundleintegrity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace Dashwright {

QByteArray subresourceIntegrity(QByteArrayView bytes)
{
    return "sha384-" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha384).toBase64();
}

QString webBundleIntegrity(const QStringList &roots)
{
    for (const QString &root : roots) {
        QFile file(QDir(root).filePath(webBundleFileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError || bytes.isEmpty())
            continue;
        return QString::fromLatin1(subresourceIntegrity(bytes));
    }
    return {};
}

} // namespace Dashwright
