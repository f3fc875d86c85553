// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// dashwright keys api-key create|list|revoke: the embed server's API keys (DESIGN §7), kept in the
// keystore as hashes; a secret is printed once, when its key is made.
#include "cli.h"
#include "keystoreoption.h"

#include "common/json.h"
#include "common/printable.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {

const QString usage = u"dashwright keys api-key create|list|revoke PROJECT [ID] "
                      u"[--name NAME] [--keystore FILE] [--json]"_s;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString statusText(const ApiKey &key)
{
    return key.revoked ? u"revoked"_s : u"active"_s;
}

int list(const Keystore &keystore, bool json)
{
    // Never a hash, never a secret: the keystore has no secret, and a hash is for it alone.
    if (json) {
        Json keys = Json::array();
        for (const ApiKey &key : keystore.apiKeys())
            keys.push_back({{"id", utf8(key.id)},
                            {"name", utf8(key.name)},
                            {"created", utf8(isoTime(key.created))},
                            {"status", utf8(statusText(key))},
                            {"revoked_at",
                             key.revoked ? Json(utf8(isoTime(key.revokedAt))) : Json(nullptr)}});
        printOut(QByteArray::fromStdString(Json{{"api_keys", std::move(keys)}}.dump(2) + '\n'));
        return Ok;
    }
    const auto row = [](const QString &id, const QString &created, const QString &status,
                        const QString &revoked, const QString &name) {
        return u"%1  %2  %3  %4  %5\n"_s.arg(id, -20)
                .arg(created, -20)
                .arg(status, -7)
                .arg(revoked, -20)
                .arg(name);
    };
    QString text = row(u"ID"_s, u"CREATED"_s, u"STATUS"_s, u"REVOKED"_s, u"NAME"_s);
    for (const ApiKey &key : keystore.apiKeys())
        text += row(key.id, isoTime(key.created), statusText(key),
                    key.revoked ? isoTime(key.revokedAt) : u"-"_s, printable(key.name));
    if (keystore.apiKeys().isEmpty())
        text += u"(no API keys)\n"_s;
    printOut(text);
    return Ok;
}

} // namespace

QString apiKeyCurlExample(const QString &id, const QByteArray &secret, const QString &claimsFile)
{
    return u"curl -u %1:%2 -H 'Content-Type: application/json' --data @%3 "
           u"http://127.0.0.1:8750/api/v1/authorizations"_s.arg(id, QString::fromLatin1(secret),
                                                                claimsFile);
}

int runApiKeys(const QStringList &args)
{
    // args: "keys api-key", the action, then its arguments and options.
    const QString action = args.value(1);
    static const QStringList actions = {u"create"_s, u"list"_s, u"revoke"_s};
    const bool help = action == u"--help"_s || action == u"-h"_s;
    if (!help && !actions.contains(action))
        throw Failure(
                UsageError, args.first(),
                (action.isEmpty() ? u"no action given"_s : u"unknown action \"%1\""_s.arg(action))
                        + u"\nusage: "_s + usage);

    QCommandLineParser parser;
    const QCommandLineOption name(u"name"_s, u"create: a label for the key (\"backend-eu\")."_s,
                                  u"NAME"_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON on stdout."_s);
    parser.addOptions({name, json});
    addKeystoreOption(parser);
    parser.addPositionalArgument(u"action"_s, u"create, list or revoke."_s);
    parser.addPositionalArgument(u"PROJECT"_s,
                                 u"The .dwproj file; its keystore is NAME.dwkeys beside it."_s);
    if (action == u"revoke"_s || help)
        parser.addPositionalArgument(u"ID"_s, u"revoke: the key's id (dwk_…)."_s);
    if (help) {
        // The options of all three actions: they share them.
        parse(parser, {args.first(), u"--help"_s}, 0, usage);
        return Ok;
    }
    parse(parser, args, action == u"revoke"_s ? 3 : 2, usage);
    const QString project = parser.positionalArguments().at(1);
    const QString command = u"keys api-key "_s + action;
    if (parser.isSet(name) && action != u"create"_s)
        throw Failure(UsageError, command, u"--name is for create\nusage: "_s + usage);
    // Keys belong to a project: a typo in its name must not create a keystore beside nothing.
    if (!QFileInfo::exists(project))
        throw Failure(InvalidInput, project, u"no such file"_s);

    if (action == u"list"_s)
        return list(openKeystore(parser, project), parser.isSet(json));

    if (action == u"revoke"_s) {
        const QString id = parser.positionalArguments().at(2);
        ApiKey revoked;
        editKeystore(parser, project, IfMissing::Fail, [&](Keystore &keystore) {
            if (!keystore.revokeApiKey(id, nullptr))
                throw Failure(InvalidInput, printable(id, 100),
                              u"no such API key in the keystore"_s);
            revoked = *keystore.apiKey(id);
        });
        if (parser.isSet(json))
            printOut(
                    QByteArray::fromStdString(Json{{"id", utf8(revoked.id)},
                                                   {"name", utf8(revoked.name)},
                                                   {"status", "revoked"},
                                                   {"revoked_at", utf8(isoTime(revoked.revokedAt))}}
                                                      .dump(2)
                                              + '\n'));
        else
            printOut(u"revoked API key %1 (%2)\n"_s.arg(revoked.id, isoTime(revoked.revokedAt)));
        return Ok;
    }

    const QString label = parser.value(name);
    QString why;
    if (!ApiKey::checkName(label, &why))
        throw Failure(InvalidInput, u"--name"_s, why);
    std::optional<std::pair<ApiKey, QByteArray>> made;
    editKeystore(parser, project, IfMissing::Create, [&](Keystore &keystore) {
        QString error;
        made = keystore.createApiKey(label, &error);
        if (!made)
            throw Failure(RuntimeError, command, error);
    });
    // Printed only once saved: an id on stdout is a key in the keystore. This is the one time the
    // secret is shown; the keystore holds only its hash.
    const ApiKey &key = made->first;
    QByteArray &secret = made->second;
    if (parser.isSet(json)) {
        std::string out = Json{{"id", utf8(key.id)},
                               {"name", utf8(key.name)},
                               {"secret", secret.toStdString()},
                               {"created", utf8(isoTime(key.created))}}
                                  .dump(2)
                + '\n';
        printOut(QByteArray::fromStdString(out));
        OPENSSL_cleanse(out.data(), out.size());
    } else {
        QString text = u"id:     %1\nsecret: %2\n"_s.arg(key.id, QString::fromLatin1(secret))
                + u"The secret is shown only now (the keystore keeps its hash). Mint a token with "
                  u"\"dashwright serve\" running:\n  "_s
                + apiKeyCurlExample(key.id, secret, u"CLAIMS.json"_s) + u'\n';
        printOut(text);
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    }
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    return Ok;
}

} // namespace Dashwright::Cli
