// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// dashwright keys list|create|rotate|retire|export|passphrase: the project's signing and sealing
// keys (keys api-key: apikeyscommand.cpp).
#include "cli.h"
#include "keystoreoption.h"

#include "common/json.h"
#include "common/printable.h"
#include "crypto/keymaterial.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

const QString usage = u"dashwright keys list|create|rotate|retire|export|passphrase PROJECT "
                      u"[--keystore FILE] [--alg ALG] [--kid KID] "
                      u"[--jwks | --jwk [--private]] [--json]  "
                      u"(API keys: dashwright keys api-key --help)"_s;

const QStringList algorithms
        = {u"HS256"_s, u"HS384"_s, u"HS512"_s, u"ES256"_s, u"EdDSA"_s, u"A256GCM"_s};

struct Options
{
    QCommandLineOption alg{
            u"alg"_s, u"Key algorithm: HS256, HS384, HS512, ES256, EdDSA or A256GCM."_s, u"ALG"_s};
    QCommandLineOption kid{u"kid"_s, u"The key, by kid."_s, u"KID"_s};
    QCommandLineOption jwks{u"jwks"_s,
                            u"export: the public keys of every non-retired key pair, as a JWKS."_s};
    QCommandLineOption jwk{u"jwk"_s, u"export: one key (--kid) as a JWK."_s};
    QCommandLineOption exportPrivate{
            u"private"_s, u"export --jwk: include the private or secret key material."_s};
    QCommandLineOption remove{u"remove"_s, u"passphrase: decrypt the keystore instead."_s};
    QCommandLineOption json{u"json"_s,
                            u"Print the result as JSON on stdout (every action but export, whose "
                            u"output is JSON anyway)."_s};
};

KeyAlgorithm requiredAlgorithm(const QCommandLineParser &parser, const Options &o,
                               const QString &command)
{
    if (!parser.isSet(o.alg))
        throw Failure(UsageError, command, u"--alg is required\nusage: "_s + usage);
    const auto algorithm = keyAlgorithmFromName(parser.value(o.alg));
    if (!algorithm)
        throw Failure(UsageError, u"--alg"_s,
                      u"expected one of %1, got \"%2\""_s.arg(algorithms.join(u", "_s),
                                                              parser.value(o.alg)));
    return *algorithm;
}

QString requiredKid(const QCommandLineParser &parser, const Options &o, const QString &command)
{
    if (!parser.isSet(o.kid))
        throw Failure(UsageError, command, u"--kid is required\nusage: "_s + usage);
    return parser.value(o.kid);
}

QString createdText(const SigningKey &key)
{
    return key.created.toUTC().toString(Qt::ISODate);
}

QString statusText(const SigningKey &key)
{
    return key.status == SigningKey::Status::Active ? u"active"_s : u"retired"_s;
}

// What the key does in tokens (DESIGN §6): HMAC and key pairs sign, A256GCM seals.
QString useText(const SigningKey &key)
{
    return key.algorithm == KeyAlgorithm::A256GCM ? u"seal"_s : u"sign"_s;
}

// `only`: list the keys of that algorithm alone.
int list(const Keystore &keystore, std::optional<KeyAlgorithm> only, bool json)
{
    QList<const SigningKey *> keys;
    for (const SigningKey &key : keystore.signingKeys()) {
        if (!only || key.algorithm == *only)
            keys.append(&key);
    }
    // Oldest first, as the keystore keeps them; never any key material.
    if (json) {
        Json entries = Json::array();
        for (const SigningKey *k : std::as_const(keys)) {
            const SigningKey &key = *k;
            entries.push_back({{"kid", utf8(key.kid)},
                               {"alg", utf8(keyAlgorithmName(key.algorithm))},
                               {"use", utf8(useText(key))},
                               {"created", utf8(createdText(key))},
                               {"status", utf8(statusText(key))},
                               {"newest", keystore.activeSigningKey(key.algorithm) == &key}});
        }
        const Json out = {{"encrypted", keystore.isEncrypted()}, {"keys", std::move(entries)}};
        printOut(QByteArray::fromStdString(out.dump(2) + '\n'));
        return Ok;
    }
    QString text = u"%1  %2  %3  %4  %5\n"_s.arg(u"KID"_s, -16)
                           .arg(u"ALG"_s, -7)
                           .arg(u"USE"_s, -4)
                           .arg(u"CREATED"_s, -20)
                           .arg(u"STATUS"_s);
    for (const SigningKey *k : std::as_const(keys)) {
        const SigningKey &key = *k;
        QString status = statusText(key);
        if (keystore.activeSigningKey(key.algorithm) == &key)
            status += u" (newest: used for new tokens)"_s;
        else if (key.status == SigningKey::Status::Active)
            status += u" (verifies only)"_s;
        text += u"%1  %2  %3  %4  %5\n"_s.arg(printable(key.kid), -16)
                        .arg(keyAlgorithmName(key.algorithm), -7)
                        .arg(useText(key), -4)
                        .arg(createdText(key), -20)
                        .arg(status);
    }
    if (keys.isEmpty())
        text += u"(no keys)\n"_s;
    printOut(text);
    return Ok;
}

int exportKeys(const Keystore &keystore, const QCommandLineParser &parser, const Options &o,
               const QString &command)
{
    if (parser.isSet(o.jwks) == parser.isSet(o.jwk))
        throw Failure(UsageError, command, u"choose --jwks or --kid KID --jwk\nusage: "_s + usage);
    if (parser.isSet(o.jwks)) {
        if (parser.isSet(o.exportPrivate) || parser.isSet(o.kid))
            throw Failure(UsageError, command,
                          u"--jwks holds every public key: no --kid, no --private"_s);
        // A JWKS is public: the key pairs that still verify, never a symmetric secret.
        QList<SigningKey> published;
        std::copy_if(keystore.signingKeys().cbegin(), keystore.signingKeys().cend(),
                     std::back_inserter(published), [](const SigningKey &k) {
                         return !isSymmetric(k.algorithm) && k.status == SigningKey::Status::Active;
                     });
        QString error;
        const std::optional<Json> jwks = publicJwks(published, &error);
        if (!jwks)
            throw Failure(InvalidInput, command, error);
        printOut(QByteArray::fromStdString(jwks->dump(2) + '\n'));
        return Ok;
    }
    const QString kid = requiredKid(parser, o, command);
    const SigningKey *key = keystore.signingKey(kid);
    if (!key)
        throw Failure(InvalidInput, kid, u"no such key in the keystore"_s);
    const bool includePrivate = parser.isSet(o.exportPrivate);
    if (isSymmetric(key->algorithm) && !includePrivate)
        throw Failure(
                InvalidInput, kid,
                u"a %1 key is a shared secret with no public half; --private exports the secret itself"_s
                        .arg(keyAlgorithmName(key->algorithm)));
    QString error;
    const auto material = KeyMaterial::fromSigningKey(*key, &error);
    if (!material)
        throw Failure(InvalidInput, kid, error);
    // A key pair stored without its private half (a damaged or hand-edited keystore) has no
    // secret to export: say so rather than print the public key under a "secret" warning.
    if (includePrivate && !material->hasPrivate())
        throw Failure(InvalidInput, kid,
                      u"the key is public only: there is no private part to export"_s);
    if (includePrivate)
        printErr(
                u"dashwright: warning: the output holds the secret key %1: anyone who has it can mint tokens"_s
                        .arg(kid));
    printOut(QByteArray::fromStdString(material->toJwk(includePrivate).dump(2) + '\n'));
    return Ok;
}

// The new passphrase, asked twice on a terminal, or from $DASHWRIGHT_KEYSTORE_NEW_PASSPHRASE.
QByteArray newPassphrase()
{
    if (qEnvironmentVariableIsSet("DASHWRIGHT_KEYSTORE_NEW_PASSPHRASE"))
        return qgetenv("DASHWRIGHT_KEYSTORE_NEW_PASSPHRASE");
    const auto first = promptPassphrase(u"New passphrase: "_s);
    if (!first)
        throw Failure(InvalidInput, u"keys passphrase"_s,
                      u"set DASHWRIGHT_KEYSTORE_NEW_PASSPHRASE (no terminal to ask on)"_s);
    const auto second = promptPassphrase(u"Repeat the new passphrase: "_s);
    if (!second || *first != *second)
        throw Failure(InvalidInput, u"keys passphrase"_s, u"the passphrases differ"_s);
    return *first;
}

} // namespace

int runKeys(const QStringList &args)
{
    // API keys have actions and arguments of their own.
    if (args.value(1) == u"api-key"_s) {
        QStringList apiKeyArgs = args.mid(2);
        apiKeyArgs.prepend(args.first() + u" api-key"_s);
        return runApiKeys(apiKeyArgs);
    }
    QCommandLineParser parser;
    const Options o;
    parser.addOptions({o.alg, o.kid, o.jwks, o.jwk, o.exportPrivate, o.remove, o.json});
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"action"_s,
                                 u"list, create, rotate, retire, export or passphrase."_s);
    parser.addPositionalArgument(u"PROJECT"_s,
                                 u"The .dwproj file; its keystore is NAME.dwkeys beside it."_s);
    parse(parser, args, 2, usage);
    const QString action = parser.positionalArguments().first();
    const QString project = parser.positionalArguments().at(1);
    const QString command = u"keys "_s + action;
    static const QStringList actions
            = {u"list"_s, u"create"_s, u"rotate"_s, u"retire"_s, u"export"_s, u"passphrase"_s};
    if (!actions.contains(action))
        throw Failure(UsageError, args.first(),
                      u"unknown action \"%1\"\nusage: "_s.arg(action) + usage);
    // Keys belong to a project: a typo in its name must not create a keystore beside nothing.
    if (!QFileInfo::exists(project))
        throw Failure(InvalidInput, project, u"no such file"_s);

    if (action == u"create"_s || action == u"rotate"_s) {
        const KeyAlgorithm algorithm = requiredAlgorithm(parser, o, command);
        std::optional<SigningKey> made;
        editKeystore(parser, project, action == u"create"_s ? IfMissing::Create : IfMissing::Fail,
                     [&](Keystore &keystore) {
                         QString error;
                         const SigningKey *key = action == u"create"_s
                                 ? keystore.createSigningKey(algorithm, &error)
                                 : keystore.rotate(algorithm, &error);
                         if (!key)
                             throw Failure(InvalidInput, command, error);
                         made = *key;
                     });
        // Printed only once saved: a kid on stdout is a key in the keystore.
        if (parser.isSet(o.json))
            printOut(
                    QByteArray::fromStdString(Json{{"kid", utf8(made->kid)},
                                                   {"alg", utf8(keyAlgorithmName(made->algorithm))},
                                                   {"use", utf8(useText(*made))},
                                                   {"created", utf8(createdText(*made))},
                                                   {"status", utf8(statusText(*made))}}
                                                      .dump(2)
                                              + '\n'));
        else
            printOut(made->kid + u'\n');
        return Ok;
    }
    if (action == u"retire"_s) {
        const QString kid = requiredKid(parser, o, command);
        bool activeLeft = true;
        KeyAlgorithm algorithm = KeyAlgorithm::HS256;
        editKeystore(parser, project, IfMissing::Fail, [&](Keystore &keystore) {
            QString error;
            if (!keystore.retire(kid, &error))
                throw Failure(InvalidInput, kid, u"no such key in the keystore"_s);
            algorithm = keystore.signingKey(kid)->algorithm;
            activeLeft = keystore.activeSigningKey(algorithm) != nullptr;
        });
        if (!activeLeft)
            printErr(
                    u"dashwright: warning: no active %1 key is left; \"keys create --alg %1\" makes one"_s
                            .arg(keyAlgorithmName(algorithm)));
        if (parser.isSet(o.json))
            printOut(QByteArray::fromStdString(Json{{"kid", utf8(kid)},
                                                    {"alg", utf8(keyAlgorithmName(algorithm))},
                                                    {"status", "retired"},
                                                    {"active_left", activeLeft}}
                                                       .dump(2)
                                               + '\n'));
        return Ok;
    }
    if (action == u"passphrase"_s) {
        // The prompts (current passphrase, then the new one) come under the lock, in the order
        // people expect; another writer meanwhile waits, then fails naming this process.
        editKeystore(parser, project, IfMissing::Fail, [&](Keystore &keystore) {
            const QByteArray passphrase = parser.isSet(o.remove) ? QByteArray() : newPassphrase();
            if (!parser.isSet(o.remove) && passphrase.isEmpty())
                throw Failure(InvalidInput, command,
                              u"an empty passphrase encrypts nothing; --remove decrypts"_s);
            keystore.setPassphrase(passphrase);
        });
        if (parser.isSet(o.json))
            printOut(QByteArray::fromStdString(Json{{"encrypted", !parser.isSet(o.remove)}}.dump(2)
                                               + '\n'));
        return Ok;
    }

    const Keystore keystore = openKeystore(parser, project);
    if (action == u"list"_s)
        return list(keystore,
                    parser.isSet(o.alg) ? std::optional(requiredAlgorithm(parser, o, command))
                                        : std::nullopt,
                    parser.isSet(o.json));
    return exportKeys(keystore, parser, o, command);
}

} // namespace Dashwright::Cli
