// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webbundleintegrity.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace Dashwright {

QStringList defaultWebRoots()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath()
                            + QStringLiteral("/../share/dashwright/web")),
            QStringLiteral(DASHWRIGHT_WEB_BUILD_DIR)};
}

QByteArray subresourceIntegrity(QByteArrayView bytes)
{
    return "sha384-" + QCryptographicHash::hash(bytes, QCryptographicHash::Sha384).toBase64();
}

namespace {

QByteArray readNonEmpty(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return file.error() == QFileDevice::NoError ? bytes : QByteArray();
}

} // namespace

QString webBundleIntegrity(const QStringList &roots)
{
    for (const QString &root : roots) {
        const QByteArray bytes = readNonEmpty(QDir(root).filePath(webBundleFileName));
        if (!bytes.isEmpty())
            return QString::fromLatin1(subresourceIntegrity(bytes));
    }
    return {};
}

QString frameHostIntegrity(const QStringList &roots)
{
    for (const QString &root : roots) {
        // The directory the server picks is the first with a runtime, whatever else is in it.
        if (readNonEmpty(QDir(root).filePath(webBundleFileName)).isEmpty())
            continue;
        const QByteArray bytes = readNonEmpty(QDir(root).filePath(frameHostFileName));
        return bytes.isEmpty() ? QString() : QString::fromLatin1(subresourceIntegrity(bytes));
    }
    return {};
}

} // namespace Dashwright
