// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <nlohmann/json.hpp>

namespace Dashwright::Tests {

// A plain HTTP/1.1 client over QTcpSocket for the embed server's tests: blocking, one request per
// connection unless told otherwise, and able to send what a real client never would (oversized
// headers, a body larger than its Content-Length allows, half a request) to test the limits.
struct HttpResponse
{
    int status = 0;                        // 0: no answer (connection closed, timeout)
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;

    nlohmann::ordered_json json() const
    {
        return nlohmann::ordered_json::parse(body.toStdString(), nullptr, false);
    }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// Reads one response from `socket` (Content-Length bodies, which is all the server sends).
inline HttpResponse readResponse(QTcpSocket &socket, int timeoutMs = 30000)
{
    HttpResponse response;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (timer.elapsed() > timeoutMs
            || (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState
                && socket.bytesAvailable() == 0))
            return response;
        buffer += socket.readAll();
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return response;
    response.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = response.headers.value("content-length", "0").toLongLong();
    QByteArray body = buffer.mid(headerEnd + 4);
    while (body.size() < length && timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState
            && socket.bytesAvailable() == 0)
            break;
        body += socket.readAll();
    }
    response.body = body.left(length);
    return response;
}

inline QByteArray requestBytes(const QByteArray &method, const QByteArray &target,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body, bool keepAlive = false)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        request += "Connection: close\r\n";
    return request + "\r\n" + body;
}

inline HttpResponse httpRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                const QByteArray &body = {}, int timeoutMs = 30000)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(requestBytes(method, target, headers, body));
    socket.flush();
    return readResponse(socket, timeoutMs);
}

inline QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

} // namespace Dashwright::Tests
