// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/json.h"
#include "crypto/signingkey.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Dashwright {

struct Dashboard;
struct Project;

// What an integrator pastes (DESIGN §3 `dashwright snippet`, the designer's Export › Embed
// Snippet): the page's HTML, the iframe variant, or the back-end code that mints a token for the
// logged-in viewer. One generator for the CLI and the dialog, from the templates under
// resources/snippets/ (one file per format, Mustache), so both give the same bytes.
enum class SnippetFormat { Html, Iframe, Node, Python, Go, Java, CSharp, Php, Ruby, Curl };

// How a back end gets its token: it signs with a key from the keystore (a JOSE library in its
// language), or it asks the embed server's POST /api/v1/authorizations with an API key (only
// the language's standard HTTP client; the back end never holds a signing key).
enum class SnippetMinting { Sign, Authorizations };

struct SnippetRequest
{
    SnippetFormat format = SnippetFormat::Html;
    SnippetMinting minting = SnippetMinting::Sign;
    // The tenant whose claims the code carries, as a name for comments ("Farolito — access
    // policy"); with no claims, the code is a template: the dashboard's parameters and the
    // policies' placeholders become the viewer's values, marked for the integrator to fill.
    QString tenantName;
    std::optional<Json> claims;
    // The key that signs (Sign): its kid and algorithm only. The secret never enters a snippet:
    // the code reads it from DASHWRIGHT_SIGNING_KEY at run time.
    QString kid;
    KeyAlgorithm algorithm = KeyAlgorithm::HS256;
    bool sealed = false;
    QString sealingKid;
    // Where the embed server is, as the page and the back end reach it.
    QString server = QStringLiteral("http://127.0.0.1:8750");
    // The Subresource Integrity value of the bundle that server serves (html); empty: the
    // snippet says how to get it instead of carrying a wrong one.
    QString bundleIntegrity;
    // The same for the host page's script of the iframe variant, dashwright-frame-host.js
    // (iframe).
    QString frameHostIntegrity;
    qint64 expiresInSeconds = 600;
    // How the integrator names the project on the command line, for the `dashwright keys export`
    // lines in the code's comments; empty: PROJECT.dwproj.
    QString projectFile;
};

struct Snippet
{
    QString code;
    QString fileName; // what to save it as, e.g. "dashwright-token.mjs"
    QString language; // for highlighting: html, javascript, python, go, java, csharp, php, ruby,
                      // shell
    // The environment the code reads (name and what to put in it), and how to run it.
    QStringList environment;
    QString run;
    // What the integrator must know before shipping it (an HMAC key's secret, a template's
    // values to fill); the CLI prints them on stderr, the dialog above the code.
    QStringList warnings;
};

class SnippetGenerator
{
public:
    static QString formatName(SnippetFormat format);
    static std::optional<SnippetFormat> formatFromName(QStringView name);
    static QStringList formatNames();
    // Whether the format is back-end code (it mints a token) rather than page markup.
    static bool isBackend(SnippetFormat format);

    // Whether the format's signing code can seal tokens itself (Node's jose, Python's jwcrypto,
    // Java's Nimbus); the others seal through the embed server (--via api).
    static bool canSeal(SnippetFormat format);

    // Whether claims open the dashboard: its id is among their securables. Code for claims that
    // do not would mint tokens the server denies, so generate() refuses them.
    static bool grants(const Json &claims, const Dashboard &dashboard);

    // The snippet for one dashboard. Refuses (error set) claims the project would refuse, a
    // combination the format's library cannot do (a sealed token from Go, Ruby or PHP, EdDSA in
    // Ruby), and a signing key that is not one; never emits a secret.
    static std::optional<Snippet> generate(const Project &project, const Dashboard &dashboard,
                                           const SnippetRequest &request, QString *error);
};

} // namespace Dashwright
