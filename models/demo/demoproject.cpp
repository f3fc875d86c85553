// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoproject.h"

#include "crypto/keystore.h"
#include "democatalog.h"
#include "demodatabase.h"
#include "demodocument.h"
#include "document/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

bool writeClaims(const QString &path, const Project &project, QString *error)
{
    QSaveFile file(path);
    const QByteArray text = project.tenants.isEmpty()
            ? QByteArray("{}\n")
            : QByteArray::fromStdString(project.tenants.first().claims.dump(2) + '\n');
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool DemoProject::create(const QString &directory, const DemoOptions &options, QString *error,
                         DemoApiKey *apiKey)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (options.rows < 1 || options.rows > DemoDatabase::maxRows) {
        *error = u"--rows must be between 1 and %L1, not %L2"_s.arg(DemoDatabase::maxRows)
                         .arg(options.rows);
        return false;
    }

    const QDir dir(directory);
    const QString projectPath = dir.filePath(DemoCatalog::projectFile.toString());
    const QString keystorePath = dir.filePath(DemoCatalog::keystoreFile.toString());
    // The project is written last, so its presence marks a finished demo; a keystore may hold the
    // only copy of keys that tokens out there were signed with. Neither is ever overwritten.
    for (const QString &path : {projectPath, keystorePath}) {
        if (QFileInfo::exists(path)) {
            *error = u"%1 already exists; remove it or choose another directory"_s.arg(
                    QDir::toNativeSeparators(path));
            return false;
        }
    }
    const QString tenantsDir
            = QFileInfo(dir.filePath(DemoCatalog::elTapatioDatabaseFile.toString())).path();
    if (!QDir().mkpath(tenantsDir)) {
        *error = u"cannot create the directory %1"_s.arg(QDir::toNativeSeparators(tenantsDir));
        return false;
    }

    DemoDatabase::Spec chain;
    chain.rows = options.rows;
    chain.seed = options.seed;
    DemoDatabase::Spec elTapatio;
    elTapatio.rows = DemoCatalog::elTapatioRows;
    elTapatio.seed = options.seed;
    elTapatio.onlyDistributor = DemoCatalog::elTapatio.toString();
    if (!DemoDatabase::generate(dir.filePath(DemoCatalog::databaseFile.toString()), chain, error)
        || !DemoDatabase::generate(dir.filePath(DemoCatalog::elTapatioDatabaseFile.toString()),
                                   elTapatio, error))
        return false;

    // The signing key is the one part of the demo that is random, seed or not: a key derived from a
    // public seed would let anyone mint tokens for every copy of the demo.
    // So is the API key, for the same reason.
    Keystore keystore;
    const std::optional<SigningKey> key = Keystore::generateSigningKey(KeyAlgorithm::HS256, error);
    auto made = key && keystore.addSigningKey(*key, error)
            ? keystore.createApiKey(DemoCatalog::apiKeyName.toString(), error)
            : std::nullopt;
    // Both checked again under their locks: another program may have made either meanwhile.
    if (!made || !keystore.saveNew(keystorePath, error))
        return false;

    const Project project = DemoDocument::build();
    const QString claimsPath = dir.filePath(DemoCatalog::claimsFile.toString());
    if (!writeClaims(claimsPath, project, error)
        || !ProjectFile::create(project, projectPath, error)) {
        // Ours, just written: leave the directory ready for a retry.
        QFile::remove(keystorePath);
        QFile::remove(claimsPath);
        return false;
    }
    if (apiKey)
        *apiKey = {made->first.id, made->second};
    return true;
}

} // namespace Dashwright
