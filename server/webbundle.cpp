// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webbundle.h"

#include "embed/webbundleintegrity.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Dashwright::Server {

static const QString webBundleName = webBundleFileName;
static const QString frameScriptName = u"dashwright-frame.js"_s;
static const QString frameHostScriptName = frameHostFileName;

namespace {

// A script beside the runtime, with its SRI value; both empty when it is missing or unreadable.
void loadBeside(const QString &root, const QString &name, QByteArray *bytes, QByteArray *sri)
{
    *bytes = readWebFile(QDir(root).filePath(name));
    if (!bytes->isEmpty())
        *sri = subresourceIntegrity(*bytes);
}

} // namespace

std::shared_ptr<const WebBundle> loadWebBundle(const QStringList &roots)
{
    // The same choice of directory as the snippets' integrity values (webBundleRoot).
    auto bundle = std::make_shared<WebBundle>();
    const QString root = webBundleRoot(roots, &bundle->bytes);
    if (root.isEmpty())
        return nullptr;
    bundle->sri = subresourceIntegrity(bundle->bytes);
    bundle->path = QDir(root).filePath(webBundleName);
    loadBeside(root, frameScriptName, &bundle->frameBytes, &bundle->frameSri);
    loadBeside(root, frameHostScriptName, &bundle->frameHostBytes, &bundle->frameHostSri);
    return bundle;
}

} // namespace Dashwright::Server
