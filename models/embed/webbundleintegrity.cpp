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

QByteArray readWebFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return file.error() == QFileDevice::NoError ? bytes : QByteArray();
}

QString webBundleRoot(const QStringList &roots, QByteArray *bundle)
{
    for (const QString &root : roots) {
        QByteArray bytes = readWebFile(QDir(root).filePath(webBundleFileName));
        if (bytes.isEmpty())
            continue;
        if (bundle)
            *bundle = std::move(bytes);
        return root;
    }
    return {};
}

QString webBundleIntegrity(const QStringList &roots)
{
    QByteArray bytes;
    return webBundleRoot(roots, &bytes).isEmpty()
            ? QString()
            : QString::fromLatin1(subresourceIntegrity(bytes));
}

QString frameHostIntegrity(const QStringList &roots)
{
    // The directory the server picks is the first with a runtime, whatever else is in it.
    const QString root = webBundleRoot(roots, nullptr);
    if (root.isEmpty())
        return {};
    const QByteArray bytes = readWebFile(QDir(root).filePath(frameHostFileName));
    return bytes.isEmpty() ? QString() : QString::fromLatin1(subresourceIntegrity(bytes));
}

} // namespace Dashwright
