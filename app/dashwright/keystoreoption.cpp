// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystoreoption.h"

#include "data/accountsecrets.h"

#include "cli.h"

#include "common/filelock.h"
#include "common/printable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <openssl/crypto.h>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

const QString optionName = u"keystore"_s;
constexpr const char *keystoreVariable = "DASHWRIGHT_KEYSTORE";
constexpr const char *passphraseVariable = "DASHWRIGHT_KEYSTORE_PASSPHRASE";

// Keystore errors start with the file's name; the Failure names it already.
QString withoutPath(const QString &error, const QString &path)
{
    const QString prefix = QDir::toNativeSeparators(path) + u": "_s;
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

} // namespace

void addKeystoreOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
            optionName,
            u"The keystore (default: $DASHWRIGHT_KEYSTORE, else NAME.dwkeys beside NAME.dwproj)."_s,
            u"FILE"_s));
}

QString keystorePath(const QCommandLineParser &parser, const QString &projectPath)
{
    if (parser.isSet(optionName))
        return parser.value(optionName);
    QString fromEnvironment = qEnvironmentVariable(keystoreVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QFileInfo project(projectPath);
    return project.dir().filePath(project.completeBaseName() + u".dwkeys"_s);
}

QHash<QString, QString> accountSecrets(const QCommandLineParser &parser, const Project &project,
                                       const QString &projectPath)
{
    QList<const Account *> named;
    for (const Account &account : project.accounts) {
        if (!account.secretId.isEmpty())
            named.append(&account);
    }
    if (named.isEmpty())
        return {};
    // Said before the database or plugin refuses: "no password supplied" or an HTTP 401 does not
    // tell that the keystore was the one missing it.
    const QString path = keystorePath(parser, projectPath);
    if (!QFileInfo::exists(path)) {
        printErr(u"dashwright: warning: no keystore %1: account \"%2\" connects without its "
                 u"secret"_s.arg(printable(QDir::toNativeSeparators(path)),
                                 printable(named.constFirst()->name)));
        return {};
    }
    const Keystore keystore = openKeystore(parser, projectPath);
    QHash<QString, QString> secrets = accountSecrets(project, keystore.secrets());
    for (const Account *account : std::as_const(named)) {
        if (secrets.contains(account->secretId))
            continue;
        const StoredSecret *stored = keystore.secret(account->secretId);
        printErr(u"dashwright: warning: %1: account \"%2\" connects without its secret: %3"_s.arg(
                printable(QDir::toNativeSeparators(path)), printable(account->name),
                stored ? u"secret %1 is not of the kind the account takes"_s.arg(
                        printable(account->secretId))
                       : u"the keystore holds no secret %1"_s.arg(printable(account->secretId))));
    }
    return secrets;
}

std::optional<QByteArray> promptPassphrase(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved = {};
    if (::tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::nullopt;
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    // Echo goes off before the prompt appears, so nothing typed after it is ever shown; what was
    // typed before it is discarded (TCSAFLUSH), as getpass(3) does.
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    // A prompt that cannot be shown still reads the passphrase: the person may know to type it.
    (void)std::fputs(prompt.toLocal8Bit().constData(), stderr);
    (void)std::fflush(stderr);
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    QByteArray passphrase = QByteArray::fromStdString(line);
    OPENSSL_cleanse(line.data(), line.size());
    return passphrase;
}

QByteArray keystorePassphrase(const QString &path)
{
    if (!QFileInfo::exists(path))
        throw Failure(InvalidInput, path,
                      u"no such keystore (create one with \"dashwright keys create\")"_s);
    QString error;
    const std::optional<bool> encrypted = Keystore::isEncryptedFile(path, &error);
    if (!encrypted)
        throw Failure(InvalidInput, path, withoutPath(error, path));
    if (!*encrypted)
        return {};
    if (qEnvironmentVariableIsSet(passphraseVariable))
        return qgetenv(passphraseVariable);
    if (auto typed = promptPassphrase(u"Passphrase for %1: "_s.arg(QDir::toNativeSeparators(path))))
        return *typed;
    throw Failure(
            InvalidInput, path,
            u"the keystore is encrypted: set DASHWRIGHT_KEYSTORE_PASSPHRASE (no terminal to ask on)"_s);
}

Keystore openKeystore(const QCommandLineParser &parser, const QString &projectPath)
{
    const QString path = keystorePath(parser, projectPath);
    QByteArray passphrase = keystorePassphrase(path);
    QString error;
    QStringList warnings;
    std::optional<Keystore> keystore = Keystore::load(path, passphrase, &error, &warnings);
    if (!passphrase.isEmpty())
        OPENSSL_cleanse(passphrase.data(), size_t(passphrase.size()));
    for (const QString &warning : std::as_const(warnings))
        printErr(u"dashwright: warning: "_s + warning);
    if (!keystore)
        throw Failure(InvalidInput, path, withoutPath(error, path));
    return std::move(*keystore);
}

void editKeystore(const QCommandLineParser &parser, const QString &projectPath, IfMissing ifMissing,
                  const std::function<void(Keystore &keystore)> &change)
{
    const QString path = keystorePath(parser, projectPath);
    FileLock lock(path);
    QString error;
    if (!lock.lock(&error))
        throw Failure(RuntimeError, path, error);
    // Whether it exists is decided under the lock too: two first "keys create" make one keystore.
    Keystore keystore;
    if (ifMissing == IfMissing::Create && !QFileInfo::exists(path))
        keystore.setPassphrase(qgetenv(passphraseVariable));
    else
        keystore = openKeystore(parser, projectPath);
    change(keystore);
    if (!keystore.save(path, &error))
        throw Failure(RuntimeError, path, withoutPath(error, path));
}

} // namespace Dashwright::Cli
