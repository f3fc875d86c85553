// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginsource.h"

#include "pluginhttp.h"
#include "sourcehelpers.h"

#include "data/sqldialect.h"
#include "document/jsonvalue.h"

#include <QHostAddress>
#include <QSet>
#include <QUuid>

#include <cmath>

#include <limits>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

constexpr int defaultTimeoutSeconds = 30;
// GET /datasets and POST /query are both reads the protocol requires to be free of side effects
// (docs/plugin-protocol.md), so both are repeated after a failure to connect or a 502/503/504.
constexpr int attempts = 3;

// Each attempt's limit, connecting and transferring: $DASHWRIGHT_PLUGIN_TIMEOUT seconds when set
// (the operator's, for a plugin known to be slow; tests use a short one), else 30 s.
int timeoutMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("DASHWRIGHT_PLUGIN_TIMEOUT", &ok);
    return (ok && seconds > 0 && seconds <= 3600 ? seconds : defaultTimeoutSeconds) * 1000;
}

// The base URL as errors and explanations may show it: without a user or password, printable.
QString shownUrl(const QString &baseUrl)
{
    const QUrl url(baseUrl);
    return printable(url.isValid() ? url.toString(QUrl::RemoveUserInfo) : baseUrl, 200);
}

// The URL of one of the protocol's endpoints under the base URL, or why there is none.
std::variant<QUrl, QString> endpoint(const QString &baseUrl, const QString &path)
{
    QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty())
        return u"the base URL is not an http(s) URL"_s;
    // A password in the URL would be sent to, and logged by, whatever answers there; the secret
    // belongs in the keystore, from where it travels as X-Secret.
    if (!url.userInfo().isEmpty())
        return u"the base URL holds a user or password; keep the secret in the keystore"_s;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setFragment({});
    return url;
}

// The plugin's {"error": "…"}, if it gave one, on one line.
QString pluginMessage(const QByteArray &body)
{
    const Json json = Json::parse(body.toStdString(), nullptr, false);
    if (json.is_object() && json.contains("error") && json["error"].is_string())
        return printable(QString::fromStdString(json["error"].get<std::string>()).simplified(),
                         300);
    return {};
}

// How deep and how large an answer may be once parsed. The 64 MiB a plugin may send would take
// 40 to 75 times that in memory as JSON values: tens of millions of one-cell rows, or cells nested
// thousands deep. A query's answer is {"rows": [[cell, …], …]}, three levels; the dataset list is
// {"datasets": [{"columns": [{…}]}]}, five.
struct AnswerShape
{
    int maxDepth;
    std::size_t maxRows; // arrays at depth 2: the rows of a query's answer
};
constexpr AnswerShape queryAnswer{3, 100000};
constexpr AnswerShape datasetsAnswer{5, std::numeric_limits<std::size_t>::max()};

struct AnswerTooLarge
{
    QString why;
};

// The answer's JSON within `shape`, or discarded (not JSON) / why it is too large.
std::variant<Json, QString> parseAnswer(const QByteArray &body, const AnswerShape &shape)
{
    std::size_t rows = 0;
    const Json::parser_callback_t limit = [&](int depth, Json::parse_event_t event, Json &) {
        if (event == Json::parse_event_t::object_start
            || event == Json::parse_event_t::array_start) {
            if (depth >= shape.maxDepth)
                throw AnswerTooLarge{u"nests values deeper than the protocol's answers"_s};
            if (depth == 2 && event == Json::parse_event_t::array_start && ++rows > shape.maxRows)
                throw AnswerTooLarge{u"answered more than %1 rows, the most a widget takes"_s.arg(
                        shape.maxRows)};
        }
        return true;
    };
    try {
        return Json::parse(body.constData(), body.constData() + body.size(), limit, false);
    } catch (const AnswerTooLarge &tooLarge) {
        return tooLarge.why;
    }
}

// One exchange; the answer's JSON, or why there is none, always naming the base URL and never
// the secret.
std::variant<Json, QString> exchange(const ConnectionSpec &c, const QByteArray &method,
                                     const QString &path, const QByteArray &body, int timeout,
                                     int tries, const std::atomic<bool> *cancelled,
                                     const AnswerShape &shape, bool *wasCancelled = nullptr)
{
    const QString who = u"plugin at %1"_s.arg(shownUrl(c.host));
    const auto url = endpoint(c.host, path);
    if (const auto *error = std::get_if<QString>(&url))
        return who + u": "_s + *error;
    PluginHttp::Request request;
    request.method = method;
    request.url = std::get<QUrl>(url);
    request.body = body;
    request.secret = c.password;
    request.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.timeoutMs = timeout;
    request.attempts = tries;
    request.cancelled = cancelled;
    const PluginHttp::Response response = PluginHttp::send(request);
    if (wasCancelled)
        *wasCancelled = response.cancelled;
    if (!response.error.isEmpty())
        return u"%1 %2: %3"_s.arg(who, QString::fromLatin1(method) + u' ' + path, response.error);
    if (response.status >= 300 && response.status < 400)
        return u"%1: %2 %3 answered HTTP %4, a redirect, which is not followed (the secret goes "
               u"to the base URL only): set the base URL to where the plugin answers"_s.arg(
                       who, QString::fromLatin1(method), path, QString::number(response.status));
    if (response.status != 200) {
        const QString message = pluginMessage(response.body);
        return u"%1: %2 %3 answered HTTP %4%5"_s.arg(
                who, QString::fromLatin1(method), path, QString::number(response.status),
                message.isEmpty() ? QString() : u": "_s + message);
    }
    std::variant<Json, QString> parsed = parseAnswer(response.body, shape);
    if (const auto *why = std::get_if<QString>(&parsed))
        return u"%1: %2 %3 %4"_s.arg(who, QString::fromLatin1(method), path, *why);
    Json json = std::move(std::get<Json>(parsed));
    if (json.is_discarded())
        return u"%1: %2 %3 answered something that is not JSON"_s.arg(
                who, QString::fromLatin1(method), path);
    if (!json.is_object())
        return u"%1: %2 %3 answered JSON that is not an object"_s.arg(
                who, QString::fromLatin1(method), path);
    return json;
}

// GET /datasets read into tables and their typed columns; why not when the answer does not fit
// the protocol.
std::variant<QList<TableInfo>, QString> readDatasets(const Json &json, const QString &who)
{
    const auto bad = [&](const QString &why) { return u"%1: GET /datasets: %2"_s.arg(who, why); };
    if (!json.contains("datasets") || !json["datasets"].is_array())
        return bad(u"the answer has no \"datasets\" array"_s);
    QList<TableInfo> tables;
    QSet<QString> names;
    for (const Json &d : json["datasets"]) {
        const QString where = u"dataset %1"_s.arg(tables.size() + 1);
        if (!d.is_object() || !d.contains("name") || !d["name"].is_string()
            || d["name"].get<std::string>().empty())
            return bad(where + u" has no name"_s);
        TableInfo table;
        table.name = QString::fromStdString(d["name"].get<std::string>());
        if (names.contains(table.name))
            return bad(u"dataset \"%1\" is listed twice"_s.arg(printable(table.name)));
        names.insert(table.name);
        if (!d.contains("columns") || !d["columns"].is_array())
            return bad(u"dataset \"%1\" has no \"columns\" array"_s.arg(printable(table.name)));
        for (const Json &col : d["columns"]) {
            if (!col.is_object() || !col.contains("name") || !col["name"].is_string()
                || !col.contains("type") || !col["type"].is_string())
                return bad(u"dataset \"%1\": a column without a name or type"_s.arg(
                        printable(table.name)));
            Column column;
            column.name = QString::fromStdString(col["name"].get<std::string>());
            const auto type
                    = columnTypeFromName(QString::fromStdString(col["type"].get<std::string>()));
            if (!type)
                return bad(u"dataset \"%1\", column \"%2\": unknown type \"%3\""_s.arg(
                        printable(table.name), printable(column.name),
                        printable(QString::fromStdString(col["type"].get<std::string>()))));
            column.type = *type;
            column.label = col.contains("label") && col["label"].is_string()
                    ? QString::fromStdString(col["label"].get<std::string>())
                    : column.name;
            table.columns.append(column);
        }
        tables.append(table);
    }
    return tables;
}

// One answered value as the column's type says it must be, in the types the SQL sources give
// (integers as qlonglong, reals as double, dates and times as ISO text); nullopt when it is not.
std::optional<QVariant> cell(const Json &v, ColumnType type)
{
    if (v.is_null())
        return QVariant();
    switch (type) {
    case ColumnType::Text:
        return v.is_string() ? std::optional<QVariant>(QString::fromStdString(v.get<std::string>()))
                             : std::nullopt;
    case ColumnType::Integer:
        if (v.is_number_integer()
            && !(v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(INT64_MAX)))
            return QVariant(qlonglong(v.get<std::int64_t>()));
        if (v.is_number_float()) {
            const double d = v.get<double>();
            if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= 9007199254740992.0)
                return QVariant(qlonglong(d));
        }
        return std::nullopt;
    case ColumnType::Number:
        return v.is_number() ? std::optional<QVariant>(QVariant(v.get<double>())) : std::nullopt;
    case ColumnType::Date:
    case ColumnType::DateTime: {
        if (!v.is_string())
            return std::nullopt;
        const QString text = QString::fromStdString(v.get<std::string>());
        return coerceValue(text, type) ? std::optional<QVariant>(text) : std::nullopt;
    }
    case ColumnType::Boolean:
        if (v.is_boolean())
            return QVariant(v.get<bool>());
        if (v.is_number_integer() && (v.get<std::int64_t>() == 0 || v.get<std::int64_t>() == 1))
            return QVariant(v.get<std::int64_t>() == 1);
        return std::nullopt;
    }
    return std::nullopt;
}

QString expected(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return u"text"_s;
    case ColumnType::Integer:
        return u"an integer"_s;
    case ColumnType::Number:
        return u"a number"_s;
    case ColumnType::Date:
        return u"a date (YYYY-MM-DD)"_s;
    case ColumnType::DateTime:
        return u"an ISO 8601 date and time"_s;
    case ColumnType::Boolean:
        return u"true or false"_s;
    }
    return {};
}

// POST /query's answer checked against what was asked: the columns by name and in order, at most
// the page's rows, each row as many values as columns, each value of its column's type.
QueryResult readRows(const Json &json, const StructuredQuery &query, const QString &who)
{
    QueryResult result;
    const auto bad = [&](const QString &why) {
        result.error = u"%1: POST /query: %2"_s.arg(who, why);
        return result;
    };
    const QList<StructuredQuery::Field> fields = query.columns();
    QStringList asked;
    for (const StructuredQuery::Field &f : fields)
        asked.append(f.name);
    QStringList answered;
    bool columnsOk = json.contains("columns") && json["columns"].is_array();
    if (columnsOk) {
        for (const Json &c : json["columns"]) {
            if (!c.is_string()) {
                columnsOk = false;
                break;
            }
            answered.append(printable(QString::fromStdString(c.get<std::string>()), 40));
        }
    }
    if (!columnsOk)
        return bad(u"the answer has no \"columns\" array of names"_s);
    if (answered != asked)
        return bad(u"answered the columns [%1] for [%2]"_s.arg(answered.join(u", "_s),
                                                               asked.join(u", "_s)));
    if (!json.contains("rows") || !json["rows"].is_array())
        return bad(u"the answer has no \"rows\" array"_s);
    const Json &rows = json["rows"];
    if (query.pageSize >= 0 && rows.size() > std::size_t(query.pageSize))
        return bad(u"answered %1 rows for a page of at most %2"_s.arg(rows.size())
                           .arg(query.pageSize));
    // Measures over no dimension are one row, whatever the plugin thinks.
    if (!query.detail && query.dimensions.isEmpty() && rows.size() > 1)
        return bad(u"answered %1 rows for measures over no dimension (one row)"_s.arg(rows.size()));
    result.columns = asked;
    result.rows.reserve(qsizetype(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Json &row = rows[r];
        if (!row.is_array() || row.size() != std::size_t(fields.size()))
            return bad(u"row %1 has %2 values for %3 columns"_s.arg(r + 1)
                               .arg(row.is_array() ? qsizetype(row.size()) : 0)
                               .arg(fields.size()));
        QVariantList values;
        values.reserve(fields.size());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const auto value = cell(row[std::size_t(i)], fields[i].type);
            if (!value)
                return bad(u"row %1, column \"%2\": expected %3, got %4"_s.arg(
                        QString::number(r + 1), fields[i].name, expected(fields[i].type),
                        jsonTypeName(row[std::size_t(i)])));
            values.append(*value);
        }
        result.rows.append(std::move(values));
    }
    return result;
}

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ConnectionSpec PluginSource::connection(const Account &account, const QString &,
                                        const QString &secret) const
{
    ConnectionSpec spec;
    spec.type = AccountType::Plugin;
    // The base URL stands in for the host, so that two plugin accounts never share a key.
    spec.host = account.baseUrl;
    spec.password = secret;
    return spec;
}

QString PluginSource::applyOverride(ConnectionSpec &connection, const Json &o, const QString &,
                                    Json &explained) const
{
    // The keystore's secret is for the designed base URL: another base URL gets none, or the
    // one the (sealed) token brings for it.
    SourceHelpers::dropSecretOnRedirect(connection, o);
    if (o.contains("base_url")) {
        connection.host = QString::fromStdString(o["base_url"]);
        explained["base_url"] = utf8(shownUrl(connection.host));
    }
    if (o.contains("password"))
        connection.password = QString::fromStdString(o["password"]);
    return {};
}

QString PluginSource::key(const ConnectionSpec &c) const
{
    using namespace SourceHelpers;
    return u"plugin:%1:%2:%3#%4"_s.arg(c.readOnly ? u"ro"_s : u"rw"_s, keyPart(c.host),
                                       keyPart(c.database), secretDigest(c.password));
}

QString PluginSource::describe(const ConnectionSpec &c) const
{
    return shownUrl(c.host);
}

const SqlDialect &PluginSource::dialect() const
{
    // Never sent: the reference dialect only shapes what --explain and the inspector show.
    static const SqliteDialect dialect;
    return dialect;
}

bool PluginSource::open(const ConnectionSpec &, const QString &, QString *error) const
{
    *error = u"a plugin account takes no SQL; its widgets are sent as data"_s;
    return false;
}

QueryResult PluginSource::runStructured(const ConnectionSpec &connection,
                                        const StructuredQuery &query,
                                        const std::atomic<bool> *cancelled) const
{
    const QString who = u"plugin at %1"_s.arg(shownUrl(connection.host));
    if (query.table.isEmpty()) {
        QueryResult result;
        result.error = u"%1: dataset \"%2\" is a query; a plugin answers its own datasets "
                       u"(tables) only"_s.arg(who, printable(query.dataset));
        return result;
    }
    bool wasCancelled = false;
    const auto answer = exchange(connection, "POST", u"/query"_s,
                                 QByteArray::fromStdString(query.toJson().dump()), timeoutMs(),
                                 attempts, cancelled, queryAnswer, &wasCancelled);
    if (const auto *error = std::get_if<QString>(&answer)) {
        QueryResult result;
        result.cancelled = wasCancelled;
        if (!wasCancelled)
            result.error = *error;
        return result;
    }
    return readRows(std::get<Json>(answer), query, who);
}

std::variant<QList<TableInfo>, QString> PluginSource::tables(const ConnectionSpec &c) const
{
    const auto answer = exchange(c, "GET", u"/datasets"_s, {}, timeoutMs(), attempts, nullptr,
                                 datasetsAnswer);
    if (const auto *error = std::get_if<QString>(&answer))
        return *error;
    return readDatasets(std::get<Json>(answer), u"plugin at %1"_s.arg(shownUrl(c.host)));
}

std::variant<QList<Column>, QString> PluginSource::queryColumns(const ConnectionSpec &,
                                                                const QString &) const
{
    return u"a plugin account takes no SQL: its datasets are the plugin's own (GET /datasets)"_s;
}

std::optional<QString> PluginSource::probe(const ConnectionSpec &c, int timeoutSeconds) const
{
    const auto answer = exchange(c, "GET", u"/datasets"_s, {}, qMax(1, timeoutSeconds) * 1000, 1,
                                 nullptr, datasetsAnswer);
    if (const auto *error = std::get_if<QString>(&answer))
        return *error;
    const auto tables
            = readDatasets(std::get<Json>(answer), u"plugin at %1"_s.arg(shownUrl(c.host)));
    if (const auto *error = std::get_if<QString>(&tables))
        return *error;
    return QString();
}

QString PluginSource::transportWarning(const QString &baseUrl)
{
    const QUrl url(baseUrl);
    if (url.scheme() != u"http"_s || isLoopback(url.host()))
        return {};
    return u"base URL %1 is plain http beyond this machine: the secret and the viewers' "
           u"metadata travel unencrypted; use https"_s.arg(shownUrl(baseUrl));
}

} // namespace Dashwright
