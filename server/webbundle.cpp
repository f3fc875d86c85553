// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webbundle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Dashwright::Server {

static const QString webBundleName = u"dashwright-embed.js"_s;

std::shared_ptr<const WebBundle> loadWebBundle(const QStringList &roots)
{
    for (const QString &root : roots) {
        QFile file(QDir(root).filePath(webBundleName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto bundle = std::make_shared<WebBundle>();
        bundle->bytes = file.readAll();
        if (file.error() != QFileDevice::NoError || bundle->bytes.isEmpty())
            continue;
        bundle->sri = "sha384-"
                + QCryptographicHash::hash(bundle->bytes, QCryptographicHash::Sha384).toBase64();
        bundle->path = file.fileName();
        return bundle;
    }
    return nullptr;
}

} // namespace Dashwright::Server
