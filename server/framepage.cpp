// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framepage.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dashwright::Server {

QStringList frameAncestors(const QStringList &embedOrigins)
{
    // A DNS name or a bracketed IPv6 address, and a port: no path, no user, no query, no space.
    static const QRegularExpression origin(
            uR"(^https?://([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(:[0-9]{1,5})?$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString &o : embedOrigins) {
        if (origin.match(o).hasMatch() && !out.contains(o))
            out.append(o);
    }
    return out;
}

QByteArray frameContentSecurityPolicy(const QStringList &ancestors)
{
    // style-src 'self' and no 'unsafe-inline': Lit's styles are adopted stylesheets and the
    // element sets its few inline properties through the CSSOM, neither of which style-src
    // governs (the browser tests run the element under this very policy). img-src data: for the
    // page's empty icon (else the browser asks for /favicon.ico). base-uri and form-action are not
    // covered by default-src.
    const QByteArray frameAncestors
            = ancestors.isEmpty() ? QByteArray("'none'") : ancestors.join(u' ').toUtf8();
    return "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
           "style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors "
            + frameAncestors;
}

EmbedReply framePage(const QStringList &embedOrigins)
{
    const QStringList ancestors = frameAncestors(embedOrigins);
    // Relative URLs: the scripts are at /embed/v1/ whatever path prefix a proxy puts before it.
    // The allowed parents go in a meta element, for the script to know whose messages to take
    // (escaped, though frameAncestors() lets through nothing that would need it).
    const QByteArray page
            = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<link rel=\"icon\" href=\"data:,\">\n"
              "<meta name=\"dashwright-embed-origins\" content=\""
            + ancestors.join(u' ').toHtmlEscaped().toUtf8()
            + "\">\n<title>Dashboard</title>\n"
              "<link rel=\"modulepreload\" href=\"../../dashwright-embed.js\">\n"
              "<script type=\"module\" src=\"../../dashwright-frame.js\"></script>\n"
              "</head>\n<body></body>\n</html>\n";
    EmbedReply reply;
    reply.body = nullptr;
    reply.rawBody = page;
    // Not cached (the server's default no-store): the list of who may frame the page changes with
    // the project on a reload, and a page kept by a browser or a proxy would go on trusting a
    // removed origin. It is a few hundred bytes; the scripts it loads are cached.
    reply.headers = {{"Content-Security-Policy", frameContentSecurityPolicy(ancestors)}};
    return reply;
}

bool isSameOrigin(QByteArrayView origin, QByteArrayView host)
{
    if (host.isEmpty())
        return false;
    QByteArrayView authority;
    if (origin.startsWith("https://"))
        authority = origin.sliced(8);
    else if (origin.startsWith("http://"))
        authority = origin.sliced(7);
    else
        return false;
    return authority.compare(host, Qt::CaseInsensitive) == 0;
}

} // namespace Dashwright::Server
