// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keystore.h"
#include "document/project.h"

#include <QHash>
#include <QString>

#include <functional>

class QCommandLineParser;

namespace Dashwright::Cli {

// The keystore of a command that needs the project's secrets (DESIGN §3), shared by every such
// command: `--keystore FILE`, else $DASHWRIGHT_KEYSTORE, else NAME.dwkeys beside NAME.dwproj. Its
// passphrase, when it is encrypted, comes from $DASHWRIGHT_KEYSTORE_PASSPHRASE or, on a terminal,
// a prompt without echo.

// Adds --keystore FILE to a command's options.
void addKeystoreOption(QCommandLineParser &parser);
QString keystorePath(const QCommandLineParser &parser, const QString &projectPath);

// Opens the keystore, or fails: InvalidInput for a missing, malformed or undecryptable keystore and
// for an encrypted one without a passphrase on hand. Warnings (a file others may read) go to
// stderr.
Keystore openKeystore(const QCommandLineParser &parser, const QString &projectPath);
// The passphrase openKeystore() would use for the keystore at `path`: empty when it is not
// encrypted; fails as openKeystore() does. For a program that opens the keystore again later
// (the embed server on SIGHUP).
QByteArray keystorePassphrase(const QString &path);

// The keystore's secrets of the project's accounts, by secret id (as Resolver::Options::secrets
// takes them): a PostgreSQL account's password, a broker plugin's X-Secret, each only of the kind
// its account takes (data/accountsecrets.h). The same the designer
// and the embed server use, so that the command line reaches what they reach. Opens the keystore
// only when an account names a secret and the keystore exists (failing as openKeystore() does); a
// secret it lacks is left out, and the database or plugin refuses the connection.
QHash<QString, QString> accountSecrets(const QCommandLineParser &parser, const Project &project,
                                       const QString &projectPath);

// Whether editKeystore() starts a keystore that does not exist yet: a new empty one, encrypted
// with $DASHWRIGHT_KEYSTORE_PASSPHRASE when that is set.
enum class IfMissing { Create, Fail };

// Every command that changes the keystore goes through here: it takes the keystore's lock
// (RuntimeError naming the holder when another program keeps it), then opens the keystore as it
// is now, applies `change` (which may throw a Failure) and saves, all before letting go. So a
// concurrent writer's key, retirement or encryption is never overwritten by a stale copy. The save
// is atomic with mode 0600; RuntimeError when the file cannot be written.
void editKeystore(const QCommandLineParser &parser, const QString &projectPath, IfMissing ifMissing,
                  const std::function<void(Keystore &keystore)> &change);

// Asks on the terminal without echo; nullopt when stdin is not a terminal.
std::optional<QByteArray> promptPassphrase(const QString &prompt);

} // namespace Dashwright::Cli
