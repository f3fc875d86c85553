// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoproject.h"

#include "crypto/keystore.h"
#include "democatalog.h"
#include "demodatabase.h"
#include "demodocument.h"
#include "demopostgresql.h"
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

// The keystore holds the demo's signing key and API key hash: a `git add .` in the demo's folder
// must not publish it. An existing .gitignore is the user's: the line is appended when missing,
// nothing else changes.
bool ignoreKeystores(const QDir &dir, QString *error)
{
    const QString path = dir.filePath(u".gitignore"_s);
    const QByteArray line = "*.dwkeys";
    QByteArray text;
    if (QFile existing(path); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), existing.errorString());
            return false;
        }
        text = existing.readAll();
        for (const QByteArray &present : text.split('\n')) {
            if (present.trimmed() == line)
                return true;
        }
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n';
    }
    text += line + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool DemoProject::create(const QString &directory, const DemoOptions &options, QString *error,
                         DemoOutcome *outcome, const DemoTarget &target)
{
    QString dummy;
    if (!error)
        error = &dummy;
    DemoOutcome ignored;
    if (!outcome)
        outcome = &ignored;
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
    // The PostgreSQL demo's folder is made once the server has its data: a URL or server that
    // fails leaves nothing behind.
    if (target.postgresqlUrl.isEmpty()) {
        const QString tenantsDir
                = QFileInfo(dir.filePath(DemoCatalog::elTapatioDatabaseFile.toString())).path();
        if (!QDir().mkpath(tenantsDir)) {
            *error = u"cannot create the directory %1"_s.arg(QDir::toNativeSeparators(tenantsDir));
            return false;
        }
    }

    // The signing key is the one part of the demo that is random, seed or not: a key derived from a
    // public seed would let anyone mint tokens for every copy of the demo.
    // So is the API key, for the same reason.
    Keystore keystore;
    keystore.setPassphrase(target.keystorePassphrase);
    Project project;
    if (target.postgresqlUrl.isEmpty()) {
        DemoDatabase::Spec chain;
        chain.rows = options.rows;
        chain.seed = options.seed;
        DemoDatabase::Spec elTapatio;
        elTapatio.rows = DemoCatalog::elTapatioRows;
        elTapatio.seed = options.seed;
        elTapatio.onlyDistributor = DemoCatalog::elTapatio.toString();
        if (!DemoDatabase::generate(dir.filePath(DemoCatalog::databaseFile.toString()), chain,
                                    error)
            || !DemoDatabase::generate(dir.filePath(DemoCatalog::elTapatioDatabaseFile.toString()),
                                       elTapatio, error))
            return false;
        project = DemoDocument::build();
    } else {
        DemoPostgresql::Failure failure = DemoPostgresql::Failure::Runtime;
        const std::optional<DemoPostgresql::Loaded> loaded = DemoPostgresql::load(
                target.postgresqlUrl, options, target.replace, error, &failure);
        if (!loaded) {
            outcome->failure = failure == DemoPostgresql::Failure::InvalidUrl
                    ? DemoOutcome::Failure::InvalidUrl
                    : failure == DemoPostgresql::Failure::Refused ? DemoOutcome::Failure::Refused
                                                                  : DemoOutcome::Failure::Runtime;
            return false;
        }
        outcome->warnings = loaded->warnings;
        if (!QDir().mkpath(dir.path())) {
            *error = u"cannot create the directory %1"_s.arg(QDir::toNativeSeparators(dir.path()));
            return false;
        }
        DemoDocument::Postgresql server;
        server.host = loaded->host;
        server.port = loaded->port;
        server.database = loaded->database;
        server.user = loaded->user;
        server.elTapatioDatabase = loaded->elTapatioDatabase;
        server.rlsUser = loaded->rlsUser;
        // The project names the password by id; the keystore holds it (DESIGN §4), as the
        // designer's account dialog does.
        if (!loaded->password.isEmpty()) {
            server.secretId = DemoDocument::idFor(u"secret/burrito-factory-postgresql"_s);
            keystore.setSecret({server.secretId, StoredSecret::Kind::Password, loaded->password});
        }
        if (!loaded->rlsPassword.isEmpty())
            keystore.setSecret({DemoDocument::idFor(u"secret/farolito-rls-user"_s),
                                StoredSecret::Kind::Password, loaded->rlsPassword});
        project = DemoDocument::build(server);
    }

    const std::optional<SigningKey> key = Keystore::generateSigningKey(KeyAlgorithm::HS256, error);
    auto made = key && keystore.addSigningKey(*key, error)
            ? keystore.createApiKey(DemoCatalog::apiKeyName.toString(), error)
            : std::nullopt;
    // Listed in .gitignore before it exists, so that the folder never holds it unlisted. The
    // keystore and the project are checked again under their locks: another program may have
    // made either meanwhile.
    if (!made || !ignoreKeystores(dir, error) || !keystore.saveNew(keystorePath, error))
        return false;

    const QString claimsPath = dir.filePath(DemoCatalog::claimsFile.toString());
    if (!writeClaims(claimsPath, project, error)
        || !ProjectFile::create(project, projectPath, error)) {
        // Ours, just written: leave the directory ready for a retry.
        QFile::remove(keystorePath);
        QFile::remove(claimsPath);
        return false;
    }
    outcome->apiKey = {made->first.id, made->second};
    return true;
}

} // namespace Dashwright
