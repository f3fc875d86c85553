// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webbundle.h"

#include "embed/webbundleintegrity.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Dashwright::Server {

static const QString webBundleName = webBundleFileName;
static const QString frameScriptName = u"dashwright-frame.js"_s;

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
        bundle->sri = subresourceIntegrity(bundle->bytes);
        bundle->path = file.fileName();
        QFile frame(QDir(root).filePath(frameScriptName));
        if (frame.open(QIODevice::ReadOnly)) {
            bundle->frameBytes = frame.readAll();
            if (frame.error() != QFileDevice::NoError)
                bundle->frameBytes.clear();
            if (!bundle->frameBytes.isEmpty())
                bundle->frameSri = subresourceIntegrity(bundle->frameBytes);
        }
        return bundle;
    }
    return nullptr;
}

} // namespace Dashwright::Server
