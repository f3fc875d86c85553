// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demopostgresql.h"

#include "democatalog.h"
#include "demodatabase.h"
#include "demorows.h"

#include "data/sqlruntime.h"

#include <QRandomGenerator>
#include <QUrl>

#include <libpq-fe.h>

#include <charconv>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

// Written with libpq itself rather than QtSql's QPSQL driver: COPY (PQputCopyData) is what makes
// loading millions of rows take seconds, and QtSql has no way to it.

namespace Dashwright {

namespace {

// PostgreSQL truncates longer identifiers (with a notice only), so a longer tenant database or
// role name would not be the one the project names.
constexpr int maxIdentifierBytes = 63;

struct PgFinish
{
    void operator()(PGconn *c) const { PQfinish(c); }
};
struct PgClear
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using Connection = std::unique_ptr<PGconn, PgFinish>;
using Result = std::unique_ptr<PGresult, PgClear>;

// libpq's messages end in a newline and may go on with a hint or detail; a CLI error is one line.
QString firstLine(const char *message)
{
    const QString text = QString::fromUtf8(message).trimmed();
    return text.section(u'\n', 0, 0).trimmed();
}

QString connectionError(PGconn *c)
{
    return firstLine(PQerrorMessage(c));
}

// Connects with the URL's parameters, `database` replacing its own when given. A connect_timeout
// in the URL wins over ours, and so does its password over the PGPASSWORD the program was started
// with (which libpq no longer sees by itself: SqlRuntime::environmentPassword()).
Connection connect(const QByteArray &url, const QByteArray &database = {})
{
    static const QByteArray environment = SqlRuntime::environmentPassword();
    std::vector<const char *> keys = {"connect_timeout", "application_name"};
    std::vector<const char *> values = {"10", "dashwright demo create"};
    if (!environment.isEmpty()) {
        keys.push_back("password");
        values.push_back(environment.constData());
    }
    keys.push_back("dbname");
    values.push_back(url.constData());
    if (!database.isEmpty()) {
        keys.push_back("dbname"); // after the expanded URL, so it wins
        values.push_back(database.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    return Connection(PQconnectdbParams(keys.data(), values.data(), 1));
}

// Connects as a tenant profile's override will: with the account's host, port and the overridden
// database or user, and without the URL's password, for the keystore's secret stays with the
// account as designed (an override that changes the database or user drops it). What libpq finds
// by itself it finds for the designer too (not PGPASSWORD nor ~/.pgpass: SqlRuntime takes those
// away from every connection).
Connection probe(const DemoPostgresql::Loaded &server, const QByteArray &database,
                 const QByteArray &user)
{
    const QByteArray host = server.host.toUtf8();
    const QByteArray port = QByteArray::number(server.port);
    const char *keys[] = {"host", "port", "dbname", "user", "connect_timeout", nullptr};
    const char *values[]
            = {host.constData(), port.constData(), database.constData(), user.constData(), "10",
               nullptr};
    return Connection(PQconnectdbParams(keys, values, 0));
}

// Runs statements or a query with bound text parameters; the first error, one line, in *error.
class Session
{
public:
    explicit Session(PGconn *c)
        : m_c(c)
    { }

    Result run(const char *sql, const std::vector<QByteArray> &parameters = {})
    {
        std::vector<const char *> values;
        values.reserve(parameters.size());
        for (const QByteArray &p : parameters)
            values.push_back(p.constData());
        Result r(parameters.empty() ? PQexec(m_c, sql)
                                    : PQexecParams(m_c, sql, int(values.size()), nullptr,
                                                   values.data(), nullptr, nullptr, 0));
        const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN)
            return r;
        m_error = connectionError(m_c);
        return {};
    }
    bool exec(const std::string &sql) { return bool(run(sql.c_str())); }

    // A name quoted for SQL (PQescapeIdentifier): "sales", "burrito_farolito".
    std::string identifier(const QByteArray &name) const
    {
        char *quoted = PQescapeIdentifier(m_c, name.constData(), size_t(name.size()));
        std::string result = quoted ? quoted : "\"\"";
        PQfreemem(quoted);
        return result;
    }
    std::string literal(const QByteArray &text) const
    {
        char *quoted = PQescapeLiteral(m_c, text.constData(), size_t(text.size()));
        std::string result = quoted ? quoted : "NULL";
        PQfreemem(quoted);
        return result;
    }

    void rollback() { PQclear(PQexec(m_c, "ROLLBACK")); }

    PGconn *connection() const { return m_c; }
    QString error() const { return m_error; }
    void setError(const QString &error) { m_error = error; }

private:
    PGconn *m_c;
    QString m_error;
};

std::string columnType(DemoRows::Type type)
{
    switch (type) {
    case DemoRows::Type::Integer: // SQLite's INTEGER is 64 bits
        return "bigint";
    case DemoRows::Type::Real:
        return "double precision";
    case DemoRows::Type::Text:
        return "text";
    case DemoRows::Type::Date: // the SQLite demo's ISO dates; grouped by month alike
        return "date";
    }
    return "text";
}

// Streams each table's rows with COPY in text format, in a transaction of its own that also
// creates the table and, once the rows are in, its indexes.
class CopySink : public DemoRows::Sink
{
public:
    CopySink(Session &session, bool replace)
        : m_session(session)
        , m_replace(replace)
    { }

    bool begin(const DemoRows::Table &table) override
    {
        const std::string name = m_session.identifier(table.name);
        std::string create = "CREATE TABLE " + name + " (";
        std::string columns;
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const DemoRows::Column &column = table.columns[i];
            const std::string quoted = m_session.identifier(column.name);
            create += (i ? ", " : "") + quoted + ' ' + columnType(column.type)
                    + (i == 0                    ? " PRIMARY KEY"
                               : column.nullable ? ""
                                                 : " NOT NULL");
            columns += (i ? ", " : "") + quoted;
        }
        create += ')';
        // DROP without CASCADE: a view someone built on the table stops the load with the
        // server's message rather than vanishing with it.
        if (!m_session.exec("BEGIN")
            || (m_replace && !m_session.exec("DROP TABLE IF EXISTS " + name))
            || !m_session.exec(create)
            || !m_session.run(("COPY " + name + " (" + columns + ") FROM STDIN").c_str())) {
            m_session.rollback();
            return false;
        }
        m_buffer.clear();
        return true;
    }

    bool row(std::span<const DemoRows::Value> values) override
    {
        bool first = true;
        for (const DemoRows::Value &v : values) {
            if (!first)
                m_buffer += '\t';
            first = false;
            switch (v.kind) {
            case DemoRows::Value::Kind::Null:
                m_buffer += "\\N";
                break;
            case DemoRows::Value::Kind::Integer:
                appendNumber(v.integer);
                break;
            case DemoRows::Value::Kind::Real:
                appendNumber(v.real); // shortest text that reads back as the same double
                break;
            case DemoRows::Value::Kind::Text:
                appendText(v.text);
                break;
            }
        }
        m_buffer += '\n';
        return m_buffer.size() < flushBytes || flush();
    }

    bool end(const DemoRows::Table &table) override
    {
        if (!flush() || PQputCopyEnd(m_session.connection(), nullptr) != 1) {
            m_session.setError(connectionError(m_session.connection()));
            m_session.rollback();
            return false;
        }
        Result copied(PQgetResult(m_session.connection()));
        const bool ok = copied && PQresultStatus(copied.get()) == PGRES_COMMAND_OK;
        if (!ok)
            m_session.setError(connectionError(m_session.connection()));
        while (Result(PQgetResult(m_session.connection()))) { }
        if (!ok) {
            m_session.rollback();
            return false;
        }
        for (const DemoRows::Index &index : DemoRows::indexes()) {
            if (std::string_view(index.table) != table.name)
                continue;
            std::string sql = "CREATE INDEX " + m_session.identifier(index.name) + " ON "
                    + m_session.identifier(table.name) + " (";
            for (std::size_t i = 0; i < index.columns.size(); ++i)
                sql += (i ? ", " : "") + m_session.identifier(index.columns[i]);
            if (!m_session.exec(sql + ')')) {
                m_session.rollback();
                return false;
            }
        }
        return m_session.exec("COMMIT")
                // Statistics now, so that the first tenant query already uses the index.
                && m_session.exec("ANALYZE " + m_session.identifier(table.name));
    }

    QString error() const override { return m_session.error(); }

private:
    static constexpr std::size_t flushBytes = 1 << 16;

    template<typename Number>
    void appendNumber(Number n)
    {
        char text[32];
        const auto [end, ec] = std::to_chars(text, text + sizeof text, n);
        m_buffer.append(text, ec == std::errc() ? end : text);
    }

    // COPY's text format: backslash, tab, newline and carriage return are escaped.
    void appendText(std::string_view text)
    {
        for (const char c : text) {
            switch (c) {
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            default:
                m_buffer += c;
            }
        }
    }

    bool flush()
    {
        if (!m_buffer.empty()
            && PQputCopyData(m_session.connection(), m_buffer.data(), int(m_buffer.size())) != 1) {
            m_session.setError(connectionError(m_session.connection()));
            return false;
        }
        m_buffer.clear();
        return true;
    }

    Session &m_session;
    bool m_replace;
    std::string m_buffer;
};

// The demo's tables that the connected database has already (as its search path finds them).
QStringList demoTablesIn(Session &session)
{
    QStringList found;
    for (const DemoRows::Table &table : DemoRows::tables()) {
        const Result r = session.run("SELECT to_regclass($1) IS NOT NULL",
                                     {session.identifier(table.name).c_str()});
        if (r && PQntuples(r.get()) == 1 && PQgetvalue(r.get(), 0, 0)[0] == 't')
            found.append(QString::fromUtf8(table.name));
    }
    return found;
}

bool loadTables(Session &session, const DemoDatabase::Spec &spec, bool replace, QString *error)
{
    CopySink sink(session, replace);
    return DemoRows::generate(spec, sink, error);
}

// Whether libpq can read the URL, its reason dropped: that reason quotes the URL, password and
// all ("invalid percent-encoded token: \"S3cr%zzet\"", or the whole URI).
bool parses(const QByteArray &url)
{
    char *why = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.constData(), &why);
    PQfreemem(why);
    const bool ok = options != nullptr;
    PQconninfoFree(options);
    return ok;
}

// Why libpq cannot read a URL, in a fixed text that never holds the URL: told by reading it again
// without its password (the user information's part after ':', before the first '@' that comes
// before any '/', as libpq splits it) and without its query.
QString unreadableUrl(const QByteArray &url)
{
    const qsizetype start = url.indexOf("://") + 3;
    QByteArray withoutPassword = url;
    const qsizetype slash = url.indexOf('/', start);
    const qsizetype at = url.indexOf('@', start);
    if (at >= 0 && (slash < 0 || at < slash)) {
        const qsizetype colon = url.indexOf(':', start);
        if (colon >= 0 && colon < at)
            withoutPassword.remove(colon, at - colon);
    }
    const qsizetype query = withoutPassword.indexOf('?');
    const QByteArray bare = query < 0 ? withoutPassword : withoutPassword.left(query);
    if (!parses(bare))
        return u"its user, host, port or database cannot be read (a bracket or a percent-encoding "
               u"that is wrong?)"_s;
    if (!parses(withoutPassword))
        return u"a query parameter is unknown or malformed"_s;
    return u"the password cannot be read (a % that is not followed by two hex digits?)"_s;
}

// A password for the demo's RLS user, from the system's random source.
QString randomPassword()
{
    static constexpr char alphabet[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QChar::fromLatin1(
                alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return password;
}

class Loader
{
public:
    Loader(const QByteArray &url, const DemoOptions &options, bool replace,
           DemoPostgresql::Loaded &loaded)
        : m_url(url)
        , m_options(options)
        , m_replace(replace)
        , m_loaded(loaded)
    { }

    // Whether `name` (of a database or role the demo makes for `tenant`) is within PostgreSQL's
    // identifier length; else the tenant is left out, said why.
    bool fitsIdentifier(const QString &tenant, const QByteArray &name)
    {
        if (name.size() <= maxIdentifierBytes)
            return true;
        leaveOut(tenant,
                 u"the name \"%1\" is longer than PostgreSQL's %2 bytes"_s
                         .arg(QString::fromUtf8(name))
                         .arg(maxIdentifierBytes));
        return false;
    }

    // El Tapatio's history in a database of its own, as the SQLite demo's second file.
    void elTapatio(Session &main)
    {
        const QString tenant = u"El Tapatio — own database"_s;
        const QByteArray name = (m_loaded.database + u"_el_tapatio"_s).toUtf8();
        if (!fitsIdentifier(tenant, name))
            return;
        const Result exists = main.run("SELECT 1 FROM pg_database WHERE datname = $1", {name});
        if (!exists)
            return leaveOut(tenant, main.error());
        if (PQntuples(exists.get()) == 0 && !main.exec("CREATE DATABASE " + main.identifier(name)))
            return leaveOut(tenant,
                            u"cannot create the database \"%1\": %2"_s.arg(QString::fromUtf8(name),
                                                                           main.error()));
        // Connected to as the tenant profile's override will: the keystore's secret stays with
        // the account as designed, so a server that asks for a password here cannot be shown.
        if (const Connection asTenant = probe(m_loaded, name, m_loaded.user.toUtf8());
            PQstatus(asTenant.get()) != CONNECTION_OK)
            return leaveOut(
                    tenant,
                    PQconnectionNeedsPassword(asTenant.get())
                            ? u"the server asks for a password to \"%1\", which an override of "
                              u"the database does not carry"_s.arg(QString::fromUtf8(name))
                            : connectionError(asTenant.get()));
        const Connection c = connect(m_url, name);
        if (PQstatus(c.get()) != CONNECTION_OK)
            return leaveOut(tenant, connectionError(c.get()));
        Session session(c.get());
        session.exec("SET client_min_messages = warning"); // as the main database's session
        if (!demoTablesIn(session).isEmpty() && !m_replace)
            return leaveOut(tenant,
                            u"the database \"%1\" holds the demo's tables already "
                            u"(--replace reloads them)"_s.arg(QString::fromUtf8(name)));
        DemoDatabase::Spec spec;
        spec.rows = DemoCatalog::elTapatioRows;
        spec.seed = m_options.seed;
        spec.onlyDistributor = DemoCatalog::elTapatio.toString();
        QString error;
        if (!loadTables(session, spec, m_replace, &error))
            return leaveOut(tenant, error);
        m_loaded.elTapatioDatabase = QString::fromUtf8(name);
    }

    // A login role that PostgreSQL's row-level security limits to Farolito's sales. Named after
    // the database (roles are the cluster's, databases are not) and bound to its distributor by a
    // policy of its own, `FOR SELECT TO role USING (distributor = 'Farolito')`, rather than by
    // `distributor = current_user`: the role's name need not be a distributor's, the policy cannot
    // be talked round from inside the session (current_setting() could: the role may SET it), and
    // every other role without a policy sees no row at all. The table's owner, the account as
    // designed, is not subject to it and keeps seeing the whole chain.
    void rowLevelSecurity(Session &main)
    {
        const QString tenant = u"Farolito — database user (RLS)"_s;
        const QByteArray role = (m_loaded.database + u"_farolito"_s).toUtf8();
        if (!fitsIdentifier(tenant, role))
            return;
        const QString roleName = QString::fromUtf8(role);
        // Row-level security does not hold for a superuser, a BYPASSRLS role, the tables' owner
        // or a member of the owner's role: any of them would see the whole chain as Farolito's.
        const Result existing = main.run(
                "SELECT r.rolsuper OR r.rolbypassrls, r.rolname = current_user, "
                "pg_has_role(r.oid, c.relowner, 'MEMBER') "
                "FROM pg_roles r, pg_class c WHERE r.rolname = $1 AND c.oid = 'sales'::regclass",
                {role});
        if (!existing)
            return leaveOut(tenant, main.error());
        const bool existed = PQntuples(existing.get()) == 1;
        const auto yes
                = [&](int column) { return PQgetvalue(existing.get(), 0, column)[0] == 't'; };
        // A role someone else made is theirs: its password, memberships and policies are not the
        // demo's to know, so it is used only when asked (--replace, as for the tables).
        if (existed && !m_replace)
            return leaveOut(tenant,
                            u"the role \"%1\" exists already (--replace uses it)"_s.arg(roleName));
        if (existed && yes(0))
            return leaveOut(
                    tenant,
                    u"the role \"%1\" exists and bypasses row-level security"_s.arg(roleName));
        if (existed && yes(1))
            return leaveOut(tenant,
                            u"the role \"%1\" is the URL's user, who owns the tables and is not "
                            u"held by row-level security"_s.arg(roleName));
        if (existed && yes(2))
            return leaveOut(tenant,
                            u"the role \"%1\" is a member of the tables' owner, whom row-level "
                            u"security does not hold"_s.arg(roleName));
        const std::string quoted = main.identifier(role);
        const std::string farolito = main.literal(DemoCatalog::farolito.toUtf8());
        if (!main.exec("BEGIN") || (!existed && !main.exec("CREATE ROLE " + quoted + " LOGIN"))
            || !main.exec("GRANT SELECT ON distributors, products, promotions, sales TO " + quoted)
            || !main.exec("ALTER TABLE sales ENABLE ROW LEVEL SECURITY")
            || !main.exec("DROP POLICY IF EXISTS " + quoted + " ON sales")
            || !main.exec("CREATE POLICY " + quoted + " ON sales FOR SELECT TO " + quoted
                          + " USING (distributor = " + farolito + ")")
            || !main.exec("COMMIT")) {
            const QString why = main.error();
            main.rollback();
            return leaveOut(
                    tenant,
                    u"cannot set up the role \"%1\": %2"_s.arg(QString::fromUtf8(role), why));
        }
        const Connection asTenant = probe(m_loaded, m_loaded.database.toUtf8(), role);
        if (PQstatus(asTenant.get()) == CONNECTION_OK) {
            // What the tenant profile will see, seen: one distributor, or the role is not what
            // it seems (a policy of someone else's, a "sales" of its own on its search path).
            Session tenantSession(asTenant.get());
            const Result seen = tenantSession.run("SELECT count(DISTINCT distributor) FROM sales");
            if (!seen)
                return leaveOut(tenant,
                                u"the role \"%1\" cannot read sales: %2"_s.arg(
                                        roleName, tenantSession.error()));
            if (PQntuples(seen.get()) != 1 || std::string_view(PQgetvalue(seen.get(), 0, 0)) != "1")
                return leaveOut(
                        tenant,
                        u"the role \"%1\" sees %2 distributors in sales, not only "
                        u"Farolito"_s.arg(roleName,
                                          QString::fromUtf8(PQntuples(seen.get()) == 1
                                                                    ? PQgetvalue(seen.get(), 0, 0)
                                                                    : "no")));
            m_loaded.rlsUser = roleName;
            return;
        }
        if (!PQconnectionNeedsPassword(asTenant.get()))
            return leaveOut(tenant, connectionError(asTenant.get()));
        // Its password is its owner's: the demo changes no role it did not make.
        if (existed)
            return leaveOut(tenant,
                            u"the server asks \"%1\" for a password, and the role existed before "
                            u"this run: its password is left as it is"_s.arg(roleName));
        // The server wants passwords: the role gets a random one, set as a SCRAM verifier made
        // here (as psql's \password does), so that the password itself never reaches the server's
        // statement log. It goes to the keystore only; a tenant profile cannot carry a password,
        // nor can a signed token (the page could read it): a sealed token can.
        const QString password = randomPassword();
        char *verifier = PQencryptPasswordConn(main.connection(), password.toUtf8().constData(),
                                               role.constData(), nullptr);
        if (!verifier)
            return leaveOut(tenant, connectionError(main.connection()));
        const bool set = main.exec("ALTER ROLE " + quoted + " PASSWORD "
                                   + main.literal(QByteArray(verifier)));
        PQfreemem(verifier);
        if (!set)
            return leaveOut(tenant, main.error());
        m_loaded.rlsPassword = password;
        leaveOut(
                tenant,
                u"the server asks \"%1\" for a password, which a tenant profile cannot "
                u"carry; it is in the keystore, for a sealed token"_s.arg(QString::fromUtf8(role)));
    }

private:
    void leaveOut(const QString &tenant, const QString &why)
    {
        m_loaded.warnings.append(u"tenant \"%1\" left out: %2"_s.arg(tenant, why));
    }

    QByteArray m_url;
    const DemoOptions &m_options;
    bool m_replace;
    DemoPostgresql::Loaded &m_loaded;
};

} // namespace

QString DemoPostgresql::describe(const QString &url)
{
    char *why = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), &why);
    PQfreemem(why);
    if (!options)
        return u"the --postgresql URL"_s;
    QString host, port, database, user;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        const QString value = QString::fromUtf8(o->val ? o->val : "");
        const std::string_view keyword = o->keyword;
        if (keyword == "host")
            host = value;
        else if (keyword == "port")
            port = value;
        else if (keyword == "dbname")
            database = value;
        else if (keyword == "user")
            user = value;
    }
    PQconninfoFree(options);
    // Percent-encoded as a URL again, so that a socket folder or an odd name reads back.
    const auto part = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    return u"postgresql://%1%2%3/%4"_s.arg(user.isEmpty() ? QString() : part(user) + u'@',
                                           part(host), port.isEmpty() ? QString() : u":"_s + port,
                                           part(database));
}

std::optional<DemoPostgresql::Loaded> DemoPostgresql::load(const QString &url,
                                                           const DemoOptions &options, bool replace,
                                                           QString *error, Failure *failure)
{
    const auto fail = [&](Failure kind, const QString &why) {
        *failure = kind;
        *error = why;
        return std::nullopt;
    };
    const QByteArray utf8 = url.toUtf8();
    if (!url.startsWith(u"postgresql://"_s) && !url.startsWith(u"postgres://"_s))
        return fail(Failure::InvalidUrl,
                    u"not a PostgreSQL URL: its scheme must be postgresql:// "
                    u"(postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE)"_s);
    char *why = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(utf8.constData(), &why);
    if (!parsed) {
        const bool outOfMemory = !why;
        PQfreemem(why);
        return fail(Failure::InvalidUrl,
                    u"not a PostgreSQL URL: "_s
                            + (outOfMemory ? u"out of memory"_s : unreadableUrl(utf8)));
    }
    Loaded loaded;
    for (PQconninfoOption *o = parsed; o->keyword; ++o) {
        const std::string_view keyword = o->keyword;
        if (keyword == "password" && o->val)
            loaded.password = QString::fromUtf8(o->val);
        if ((keyword == "host" || keyword == "hostaddr" || keyword == "port") && o->val
            && std::string_view(o->val).find(',') != std::string_view::npos) {
            PQconninfoFree(parsed);
            return fail(Failure::InvalidUrl,
                        u"the account takes one server: the URL names several hosts"_s);
        }
        // libpq ends the user part at the first "@": a raw "@" in the password puts the rest of
        // it into the host (or a "/" into the database), which errors would then print.
        if ((keyword == "host" || keyword == "hostaddr" || keyword == "dbname") && o->val
            && std::string_view(o->val).find('@') != std::string_view::npos) {
            PQconninfoFree(parsed);
            return fail(Failure::InvalidUrl,
                        u"not a PostgreSQL URL: its host or database holds an \"@\" (write an "
                        u"\"@\" in the password as %40)"_s);
        }
        // libpq reads the port only when it connects, and its error then quotes the URL.
        if (keyword == "port" && o->val && *o->val) {
            bool number = false;
            const int port = QString::fromUtf8(o->val).toInt(&number);
            if (!number || port < 1 || port > 65535) {
                PQconninfoFree(parsed);
                return fail(Failure::InvalidUrl,
                            u"not a PostgreSQL URL: its port is not a number from 1 to 65535"_s);
            }
        }
    }
    PQconninfoFree(parsed);
    // libpq takes PGPASSWORD when the URL has no password (the way to keep it out of the process
    // list); the account then needs it as its secret all the same, for query and serve.
    if (loaded.password.isEmpty())
        loaded.password = QString::fromUtf8(SqlRuntime::environmentPassword());

    const Connection c = connect(utf8);
    if (PQstatus(c.get()) != CONNECTION_OK)
        return fail(Failure::Runtime,
                    u"cannot connect to %1:%2/%3 as \"%4\": %5"_s.arg(
                            QString::fromUtf8(PQhost(c.get())), QString::fromUtf8(PQport(c.get())),
                            QString::fromUtf8(PQdb(c.get())), QString::fromUtf8(PQuser(c.get())),
                            connectionError(c.get())));
    // What libpq really used (defaults included), so that the project's account is that server.
    loaded.host = QString::fromUtf8(PQhost(c.get()));
    loaded.port = QString::fromUtf8(PQport(c.get())).toInt();
    loaded.database = QString::fromUtf8(PQdb(c.get()));
    loaded.user = QString::fromUtf8(PQuser(c.get()));
    if (loaded.port <= 0)
        loaded.port = 5432;
    Session session(c.get());
    // Quiet: DROP … IF EXISTS says so on stderr otherwise.
    session.exec("SET client_min_messages = warning");

    // Someone's tables of the same names are never dropped unasked.
    const QStringList found = demoTablesIn(session);
    if (!session.error().isEmpty())
        return fail(Failure::Runtime, session.error());
    if (!found.isEmpty() && !replace)
        return fail(Failure::Refused,
                    u"the database \"%1\" already holds the demo's tables (%2); choose another "
                    u"database, or --replace to drop and reload them"_s.arg(loaded.database,
                                                                            found.join(u", "_s)));

    DemoDatabase::Spec chain;
    chain.rows = options.rows;
    chain.seed = options.seed;
    if (!loadTables(session, chain, replace, error)) {
        *failure = Failure::Runtime;
        *error = u"loading the demo into \"%1\": %2"_s.arg(loaded.database, *error);
        return std::nullopt;
    }
    Loader tenants(utf8, options, replace, loaded);
    tenants.elTapatio(session);
    tenants.rowLevelSecurity(session);
    return loaded;
}

} // namespace Dashwright
