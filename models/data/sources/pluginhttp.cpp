// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QtNetwork rather than Boost.Beast (which the embed server speaks): the core already links it,
// it speaks https with the platform's TLS and its certificate store, and the designer runs the
// same code. A data source answers synchronously (DataSource runs on a query worker's thread,
// which has no event loop of its own), so each exchange spins a local QEventLoop until the reply
// has finished, timed out, grown too large or been cancelled.
#include "pluginhttp.h"

#include "common/printable.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Dashwright::PluginHttp {

namespace {

// How often a running request looks at its cancel flag: a viewer switching tenant waits at most
// this long for the old request to let go of its worker.
constexpr int cancelPollMs = 50;
constexpr int firstRetryPauseMs = 250;

bool isCancelled(const Request &request)
{
    return request.cancelled && request.cancelled->load();
}

// Failures after which nothing can have reached the plugin's code, or a proxy in front of it said
// it is away: repeating a request free of side effects is then safe and often enough helps (a
// plugin restarting behind a load balancer).
bool worthRetrying(const Response &response, QNetworkReply::NetworkError error)
{
    if (response.cancelled)
        return false;
    if (response.status == 502 || response.status == 503 || response.status == 504)
        return true;
    if (response.status != 0)
        return false;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return true;
    default:
        return false; // a timeout among them: another attempt would only double the wait
    }
}

Response attempt(const Request &request, QNetworkReply::NetworkError *networkError)
{
    Response response;
    QNetworkAccessManager manager;
    // The secret travels in a header to this URL only: a redirect is answered to the caller as
    // an error, never followed (to another host, or from https to http).
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Nor to a proxy from the environment ($http_proxy): plain http through it would hand the
    // proxy the secret and the viewer's metadata in clear.
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest http(request.url);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    http.setTransferTimeout(request.timeoutMs);
    http.setHeader(QNetworkRequest::UserAgentHeader, u"Dashwright"_s);
    http.setRawHeader("Accept", "application/json");
    http.setRawHeader("X-Dashwright-Protocol", "1");
    http.setRawHeader("X-Request-Id", request.requestId);
    if (!request.secret.isEmpty())
        http.setRawHeader("X-Secret", request.secret.toUtf8());
    QNetworkReply *reply = nullptr; // owned by the manager
    if (request.method == "POST") {
        http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = manager.post(http, request.body);
    } else {
        reply = manager.get(http);
    }

    bool timedOut = false;
    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        response.body += reply->readAll();
        if (response.body.size() > maxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    deadline.start(request.timeoutMs);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, reply, [&] {
        if (isCancelled(request)) {
            response.cancelled = true;
            reply->abort();
        }
    });
    poll.start(cancelPollMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
    poll.stop();

    *networkError = reply->error();
    if (response.cancelled) {
        response.error = u"cancelled"_s;
        return response;
    }
    if (tooLarge) {
        response.error = u"answered more than %1 MiB, the most a plugin may answer"_s.arg(
                maxResponseBytes / (qint64(1024) * 1024));
        return response;
    }
    if (timedOut || reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        response.error = u"no answer within %1 s"_s.arg(request.timeoutMs / 1000.0);
        return response;
    }
    response.body += reply->readAll();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status == 0)
        response.error = printable(reply->errorString().simplified(), 300);
    return response;
}

} // namespace

Response send(const Request &request)
{
    Response response;
    for (int n = 0; n < qMax(1, request.attempts); ++n) {
        if (n > 0) {
            // 250 ms, 500 ms, …: in small steps, so that a cancel is not kept waiting.
            for (int waited = 0; waited < (firstRetryPauseMs << (n - 1)); waited += 25) {
                if (isCancelled(request)) {
                    response.cancelled = true;
                    response.error = u"cancelled"_s;
                    return response;
                }
                QThread::msleep(25);
            }
        }
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        response = attempt(request, &error);
        if (!worthRetrying(response, error))
            break;
    }
    return response;
}

} // namespace Dashwright::PluginHttp
