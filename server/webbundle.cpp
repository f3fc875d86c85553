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
static const QString frameHostScriptName = frameHostFileName;

namespace {

// A script beside the runtime, with its SRI value; both empty when it is missing or unreadable.
void loadBeside(const QString &root, const QString &name, QByteArray *bytes, QByteArray *sri)
{
    QFile file(QDir(root).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return;
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        bytes->clear();
    if (!bytes->isEmpty())
        *sri = subresourceIntegrity(*bytes);
}

} // namespace

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
        loadBeside(root, frameScriptName, &bundle->frameBytes, &bundle->frameSri);
        loadBeside(root, frameHostScriptName, &bundle->frameHostBytes, &bundle->frameHostSri);
        return bundle;
    }
    return nullptr;
}

} // namespace Dashwright::Server
