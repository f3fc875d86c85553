// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The PostgreSQL source's running statements and schema against a throw-away PostgreSQL 15
// cluster: a cancelled or superseded job stops its statement on the server (libpq's cancel
// request), also when the cancel comes before the statement has started; the account's statement
// timeout is set on every connection and said as such when a statement exceeds it; tables, a
// query's columns, missing columns and indexes are read from the catalogs, schema-qualified names
// as the planner quotes them.
//
// Skipped with a message when PostgreSQL 15 is not installed, except when CI is set.
#include "common/pgcluster.h"

#include "data/queryexecutor.h"
#include "data/queryplanner.h"
#include "data/sources/datasource.h"
#include "data/sqldialect.h"
#include "data/sqlruntime.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QueryResult resultOf(QFuture<QueryResult> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestPostgresqlRunning : public QObject
{
    Q_OBJECT

private:
    SqlRuntime m_runtime;
    Tests::PgCluster m_cluster;

    ConnectionSpec spec(int statementTimeout = Account::defaultStatementTimeout) const
    {
        ConnectionSpec spec;
        spec.type = AccountType::Postgresql;
        spec.host = u"127.0.0.1"_s;
        spec.port = m_cluster.port();
        spec.database = u"live"_s;
        spec.user = u"dashwright"_s;
        spec.statementTimeout = statementTimeout;
        return spec;
    }

    // Whether a pg_sleep runs on the server now (QPSQL's statements show as EXECUTE there).
    bool sleeping()
    {
        QByteArray out;
        m_cluster.psql(u"postgres"_s,
                       "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep';", &out);
        return out.trimmed() == "1";
    }

    // A server process's state in pg_stat_activity ("idle", "active"); empty once it is gone.
    QByteArray backendState(qint64 pid)
    {
        QByteArray out;
        m_cluster.psql(u"postgres"_s,
                       "SELECT state FROM pg_stat_activity WHERE pid = " + QByteArray::number(pid)
                               + ";",
                       &out);
        return out.trimmed();
    }

    QByteArray sleeperPid()
    {
        QByteArray out;
        m_cluster.psql(u"postgres"_s,
                       "SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep';", &out);
        return out.trimmed();
    }

    static qint64 backendPid(QueryExecutor &executor, const ConnectionSpec &connection)
    {
        const QueryResult pid
                = resultOf(executor.submit(u"pid"_s, connection, u"SELECT pg_backend_pid()"_s, {}));
        if (!pid.error.isEmpty() || pid.rows.size() != 1)
            qWarning("%s", qPrintable(pid.error));
        return pid.rows.value(0).value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        DASHWRIGHT_START_PG_CLUSTER(m_cluster);
        QVERIFY2(m_cluster.psql(u"postgres"_s, "CREATE DATABASE live;"),
                 qPrintable(m_cluster.error()));
        QVERIFY2(m_cluster.psql(u"live"_s, R"(
CREATE TABLE sales (id INTEGER PRIMARY KEY, distributor TEXT NOT NULL, revenue DOUBLE PRECISION,
                    price NUMERIC(10, 2), sold DATE, at TIMESTAMP WITH TIME ZONE, paid BOOLEAN,
                    "Region" VARCHAR(20));
INSERT INTO sales VALUES (1, 'Farolito', 10.5, 3.25, '2026-01-02', '2026-01-02 10:00+00', true, 'N');
CREATE VIEW big_sales AS SELECT id, revenue FROM sales WHERE revenue > 5;
CREATE TABLE "odd.name" (x BIGINT);
CREATE SCHEMA archive;
CREATE TABLE archive.sales_2020 (id BIGINT, amount NUMERIC(10, 2));
CREATE INDEX archive_by_amount ON archive.sales_2020 (amount);
CREATE SCHEMA hidden;
CREATE TABLE hidden.secret (x INTEGER);
REVOKE ALL ON SCHEMA hidden FROM PUBLIC;
CREATE ROLE reader LOGIN;
GRANT SELECT ON sales TO reader;
)"),
                 qPrintable(m_cluster.error()));
    }

    // The viewer switches tenant (a newer submit under the widget's key) or closes the dashboard
    // (a cancel): the statement stops on the server within moments, and the worker's connection
    // serves the next job.
    void cancelStopsTheStatement_data()
    {
        QTest::addColumn<bool>("supersede");
        QTest::newRow("cancelled") << false;
        QTest::newRow("superseded by a newer submit") << true;
    }
    void cancelStopsTheStatement()
    {
        QFETCH(bool, supersede);
        QueryExecutor executor(1); // two workers at least: which one runs a job is not fixed
        QElapsedTimer timer;
        timer.start();
        QFuture<QueryResult> slow
                = executor.submit(u"w"_s, spec(), u"SELECT pg_sleep(30) AS slept"_s, {});
        QTRY_VERIFY_WITH_TIMEOUT(sleeping(), 10000);
        const qint64 pid = sleeperPid().toLongLong();
        QVERIFY(pid > 0);
        QFuture<QueryResult> next;
        if (supersede)
            next = executor.submit(u"w"_s, spec(), u"SELECT pg_backend_pid()"_s, {});
        else
            executor.cancel(u"w"_s);
        const QueryResult stopped = resultOf(slow);
        QVERIFY(stopped.cancelled);
        QVERIFY2(timer.elapsed() < 12000, qPrintable(QString::number(timer.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!sleeping(), 3000);
        // Only the statement stopped: its connection is kept, idle, for the worker's next job,
        // and the next job answers.
        QCOMPARE(backendState(pid), QByteArray("idle"));
        if (supersede) {
            const QueryResult after = resultOf(next);
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            QVERIFY(after.rows.value(0).value(0).toLongLong() > 0);
        } else {
            QVERIFY(backendPid(executor, spec()) > 0);
        }
    }

    // A cancel that reaches the server before the statement does is ignored there; the source
    // sends it again while the statement runs, so it is not lost.
    void cancelBeforeTheStatementStarts()
    {
        const DataSource &source = DataSource::of(AccountType::Postgresql);
        const QString name = u"early-cancel"_s;
        {
            QString error;
            QVERIFY2(source.open(spec(), name, &error), qPrintable(error));
            QSqlDatabase db = QSqlDatabase::database(name, false);
            std::atomic<bool> cancelled = true;
            source.watchCancel(db, &cancelled);
            const std::function<void()> cancel = source.canceller(db);
            QVERIFY(cancel);
            cancel();
            QTest::qWait(500); // the first request has come and gone
            QElapsedTimer timer;
            timer.start();
            {
                QSqlQuery query(db);
                QVERIFY(!query.exec(u"SELECT pg_sleep(20)"_s));
                QCOMPARE(query.lastError().nativeErrorCode(), u"57014"_s);
            }
            QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
            source.watchCancel(db, nullptr);
            // Unwatched: nothing stops the next statement.
            QSqlQuery next(db);
            QVERIFY2(next.exec(u"SELECT pg_sleep(1.5), 1"_s) && next.next(),
                     qPrintable(next.lastError().text()));
            QCOMPARE(next.value(1).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Set on every connection, bound as a value: what the server says it is.
    void statementTimeoutIsSet_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("shown");
        QTest::newRow("default") << Account::defaultStatementTimeout << u"30s"_s;
        QTest::newRow("one second") << 1 << u"1s"_s;
        QTest::newRow("no limit") << 0 << u"0"_s;
        QTest::newRow("a day") << 86400 << u"1d"_s;
    }
    void statementTimeoutIsSet()
    {
        QFETCH(int, seconds);
        QFETCH(QString, shown);
        QueryExecutor executor(1);
        const QueryResult result = resultOf(executor.submit(
                u"t"_s, spec(seconds), u"SELECT current_setting('statement_timeout')"_s, {}));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.rows.value(0).value(0).toString(), shown);
    }

    void statementTimeoutIsSaid()
    {
        QueryExecutor executor(1);
        QElapsedTimer timer;
        timer.start();
        const QueryResult result
                = resultOf(executor.submit(u"t"_s, spec(1), u"SELECT pg_sleep(10)"_s, {}));
        QCOMPARE(result.error, u"the statement exceeded the account's statement timeout of 1 s"_s);
        QVERIFY(!result.cancelled);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // Under the limit it runs; other errors are the server's own.
        const QueryResult quick
                = resultOf(executor.submit(u"t"_s, spec(1), u"SELECT pg_sleep(0.2), 7"_s, {}));
        QVERIFY2(quick.error.isEmpty(), qPrintable(quick.error));
        QCOMPARE(quick.rows.value(0).value(1).toInt(), 7);
        const QueryResult other = resultOf(executor.submit(u"t"_s, spec(1), u"SELECT 1 / 0"_s, {}));
        QVERIFY2(other.error.contains(u"division by zero"_s), qPrintable(other.error));
        QVERIFY(!other.error.contains(u'\n'));
    }

    // Named as a dataset names them: unqualified when the search path finds them, else
    // schema.table; typed columns; nothing of PostgreSQL's own schemas, nothing unreadable.
    void tables_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("view");
        QTest::addColumn<QString>("columns"); // name:type, …
        QTest::newRow("table")
                << u"sales"_s << false
                << u"id:integer distributor:text revenue:number price:number sold:date "
                   u"at:datetime paid:boolean Region:text"_s;
        QTest::newRow("view") << u"big_sales"_s << true << u"id:integer revenue:number"_s;
        QTest::newRow("other schema")
                << u"archive.sales_2020"_s << false << u"id:integer amount:number"_s;
        QTest::newRow("dot in the name") << u"public.odd.name"_s << false << u"x:integer"_s;
    }
    void tables()
    {
        QFETCH(QString, table);
        QFETCH(bool, view);
        QFETCH(QString, columns);
        const auto read = DataSource::of(AccountType::Postgresql).tables(spec());
        if (const auto *error = std::get_if<QString>(&read))
            QFAIL(qPrintable(*error));
        const QList<TableInfo> list = std::get<QList<TableInfo>>(read);
        QStringList names;
        for (const TableInfo &t : list)
            names.append(t.name);
        QVERIFY2(!names.contains(u"pg_class"_s) && !names.contains(u"pg_catalog.pg_class"_s)
                         && !names.contains(u"information_schema.tables"_s),
                 qPrintable(names.join(u", "_s)));
        const auto it = std::find_if(list.cbegin(), list.cend(),
                                     [&](const TableInfo &t) { return t.name == table; });
        QVERIFY2(it != list.cend(), qPrintable(names.join(u", "_s)));
        QCOMPARE(it->isView, view);
        QStringList got;
        for (const Column &c : it->columns)
            got.append(c.name + u':' + columnTypeName(c.type));
        QCOMPARE(got.join(u' '), columns);
        // And a statement finds it under that name, as the planner quotes it.
        QueryExecutor executor(1);
        const QueryResult counted = resultOf(executor.submit(
                u"n"_s, spec(),
                u"SELECT count(*) FROM "_s
                        + DataSource::of(AccountType::Postgresql).dialect().quoteTable(table),
                {}));
        QVERIFY2(counted.error.isEmpty(), qPrintable(counted.error));
    }

    // A user sees what it may read: not a schema it has no use of, nor a table without a grant.
    void tablesOfAUser()
    {
        ConnectionSpec reader = spec();
        reader.user = u"reader"_s;
        const auto read = DataSource::of(AccountType::Postgresql).tables(reader);
        if (const auto *error = std::get_if<QString>(&read))
            QFAIL(qPrintable(*error));
        QStringList names;
        for (const TableInfo &t : std::get<QList<TableInfo>>(read))
            names.append(t.name);
        QCOMPARE(names, QStringList{u"sales"_s});
    }

    void queryColumns_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected"); // name:type, … or the start of the error
        QTest::newRow("select") << u"SELECT distributor, revenue * 2 AS double_revenue, sold "
                                   u"FROM sales;"_s
                                << u"distributor:text double_revenue:number sold:date"_s;
        QTest::newRow("trailing comment")
                << u"SELECT count(*) AS n FROM sales -- all"_s << u"n:integer"_s;
        QTest::newRow("two statements") << u"SELECT 1; DROP TABLE sales"_s << u"invalid query: "_s;
        // Balanced inside the planner's "( … )": Qt's driver would send it through the simple
        // query protocol, which runs every statement, the read-only session ended by COMMIT.
        QTest::newRow("statements balanced around the parentheses")
                << u"SELECT * FROM sales) q0; COMMIT; BEGIN READ WRITE; CREATE TABLE pwned AS "
                   u"SELECT 42 AS x; COMMIT; SELECT * FROM (SELECT * FROM sales"_s
                << u"invalid query: the SQL holds a ';'"_s;
        QTest::newRow("not a query") << u"DELETE FROM sales RETURNING id"_s << u"invalid query: "_s;
        QTest::newRow("writing CTE")
                << u"WITH d AS (DELETE FROM sales RETURNING *) SELECT * FROM d"_s
                << u"invalid query: "_s;
        QTest::newRow("missing table") << u"SELECT * FROM nowhere"_s << u"invalid query: "_s;
        QTest::newRow("empty") << u" ; "_s << u"the query is empty"_s;
    }
    void queryColumns()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const auto read = DataSource::of(AccountType::Postgresql).queryColumns(spec(), sql);
        if (const auto *error = std::get_if<QString>(&read)) {
            QVERIFY2(error->startsWith(expected), qPrintable(*error));
            QVERIFY(!error->contains(u'\n'));
        } else {
            QStringList got;
            for (const Column &c : std::get<QList<Column>>(read))
                got.append(c.name + u':' + columnTypeName(c.type));
            QCOMPARE(got.join(u' '), expected);
        }
        QByteArray rows;
        QVERIFY(m_cluster.psql(u"live"_s, "SELECT count(*) FROM sales;", &rows));
        QCOMPARE(rows.trimmed(), QByteArray("1")); // nothing was deleted
        QByteArray written;
        QVERIFY(m_cluster.psql(u"live"_s, "SELECT to_regclass('pwned') IS NULL;", &written));
        QCOMPARE(written.trimmed(), QByteArray("t")); // nothing was created
    }

    // The same text in a query dataset is never planned on PostgreSQL, so no widget statement
    // carries it to the server; SQLite (one statement per prepare) plans it.
    void plannerRefusesASecondStatement()
    {
        Project project;
        Account account;
        account.id = u"a"_s;
        account.type = AccountType::Postgresql;
        project.accounts = {account};
        Dataset dataset;
        dataset.id = u"d"_s;
        dataset.name = u"Sneaky"_s;
        dataset.accountId = u"a"_s;
        dataset.kind = Dataset::Kind::Query;
        dataset.sql = u"SELECT * FROM sales) q0; COMMIT; BEGIN READ WRITE; CREATE TABLE pwned2 "
                      u"AS SELECT 42 AS x; COMMIT; SELECT * FROM (SELECT * FROM sales"_s;
        dataset.columns = {Column{u"c"_s, u"distributor"_s, u"Distributor"_s, ColumnType::Text}};
        project.datasets = {dataset};
        Dashboard dashboard;
        dashboard.id = u"b"_s;
        Widget widget;
        widget.id = u"w"_s;
        widget.type = WidgetType::Table;
        widget.datasetId = u"d"_s;
        widget.dimensions = {Dimension{u"c"_s, TimeGrain::None}};
        const auto refused = QueryPlanner(project, PostgresDialect()).plan(dashboard, widget);
        QVERIFY(std::holds_alternative<QString>(refused));
        QVERIFY2(
                std::get<QString>(refused).startsWith(u"dataset \"Sneaky\": the SQL holds a ';'"_s),
                qPrintable(std::get<QString>(refused)));
        QVERIFY(std::holds_alternative<QueryPlan>(
                QueryPlanner(project, SqliteDialect()).plan(dashboard, widget)));
        // A trailing ';' is no second statement.
        project.datasets[0].sql = u"SELECT distributor FROM sales;"_s;
        QVERIFY(std::holds_alternative<QueryPlan>(
                QueryPlanner(project, PostgresDialect()).plan(dashboard, widget)));
    }

    void missingColumn_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("expected"); // empty, or the start of the denial
        QTest::newRow("all there") << u"sales"_s << u"dashwright"_s
                                   << QStringList{u"distributor"_s, u"Region"_s} << QString();
        QTest::newRow("case matters") << u"sales"_s << u"dashwright"_s << QStringList{u"region"_s}
                                      << u"column \"region\" of dataset \"D\" does not exist in "
                                         u"database \"127.0.0.1:"_s;
        QTest::newRow("other schema") << u"archive.sales_2020"_s << u"dashwright"_s
                                      << QStringList{u"amount"_s} << QString();
        // Not known to be missing: the statement fails on it with the server's own error.
        QTest::newRow("no such table")
                << u"gone"_s << u"dashwright"_s << QStringList{u"x"_s} << QString();
        QTest::newRow("no privilege")
                << u"archive.sales_2020"_s << u"reader"_s << QStringList{u"amount"_s} << QString();
    }
    void missingColumn()
    {
        QFETCH(QString, table);
        QFETCH(QString, user);
        QFETCH(QStringList, columns);
        QFETCH(QString, expected);
        const DataSource &source = DataSource::of(AccountType::Postgresql);
        ConnectionSpec connection = spec();
        connection.user = user;
        const QString missing = source.missingColumn(connection, u"D"_s,
                                                     source.dialect().quoteTable(table), columns);
        if (expected.isEmpty())
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
        else
            QVERIFY2(missing.startsWith(expected), qPrintable(missing));
        QVERIFY(!missing.contains(u'\n'));
    }

    void leadingIndexColumns()
    {
        const DataSource &source = DataSource::of(AccountType::Postgresql);
        const auto archived = source.leadingIndexColumns(spec(), u"archive.sales_2020"_s);
        QVERIFY(archived);
        QCOMPARE(*archived, QSet<QString>{u"amount"_s});
        const auto sales = source.leadingIndexColumns(spec(), u"sales"_s);
        QVERIFY(sales);
        QCOMPARE(*sales, QSet<QString>{u"id"_s});
    }
};

} // namespace Dashwright

QTEST_GUILESS_MAIN(Dashwright::TestPostgresqlRunning)
#include "tst_postgresql_running.moc"
