// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/connectionspec.h"
#include "data/queryexecutor.h"
#include "data/queryplanner.h"
#include "data/sqldialect.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/sqlitefixture.h"
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Dashwright;

Q_DECLARE_METATYPE(Dashwright::TimeGrain)

namespace {

// Counts to a billion: minutes of work, so it only ends early when it is interrupted.
const QString longQuery = u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                          u"WHERE x < 1000000000) SELECT count(*) FROM c"_s;

QueryResult resultOf(QFuture<QueryResult> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestQueryExecutor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void results();
    void bindings();
    void plannedQuery();
    void unknownColumnIsAnError_data();
    void unknownColumnIsAnError();
    void timeBuckets_data();
    void timeBuckets();
    void concurrentSubmits();
    void supersededQueuedQueryIsCancelled();
    void runningQueryIsInterrupted();
    void cancelAndCancelAll();
    void destructorCancelsRunningQuery();
    void readOnlyRefusesWrites_data();
    void readOnlyRefusesWrites();
    void badSql();
    void missingDatabase();
    void unsupportedAccount();
    void connectionSpec();

private:
    ConnectionSpec spec() const
    {
        ConnectionSpec s;
        s.sqlitePath = m_dbPath;
        return s;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
};

void TestQueryExecutor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(u"shop.db"_s);
    const QStringList statements = {
            u"CREATE TABLE orders (region TEXT, city TEXT, revenue REAL, quantity INTEGER, "
            u"order_date DATE, note TEXT)"_s,
            u"INSERT INTO orders VALUES ('North', 'Lille', 10.5, 2, '2026-03-02', NULL), "
            u"('North', 'Lille', 4.25, 1, '2026-03-08', 'gift'), "
            u"('North', 'Arras', 20.0, 5, '2026-04-01', NULL), "
            u"('South', 'Nice', 7.0, 3, '2026-11-15', 'late'), "
            u"('South', 'Nice''s', 1.0, 1, NULL, NULL)"_s,
    };
    const QString error = Tests::createSqliteDatabase(m_dbPath, statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQueryExecutor::init()
{
    // No connection may be left in use or removed from the wrong thread.
    QTest::failOnWarning(QRegularExpression(u"QSqlDatabase"_s));
}

void TestQueryExecutor::results()
{
    QueryExecutor executor;
    const QueryResult result = resultOf(executor.submit(
            u"w1"_s, spec(),
            u"SELECT region, SUM(quantity) AS qty, SUM(revenue) AS revenue, MAX(note) AS note "
            u"FROM orders GROUP BY region ORDER BY region"_s,
            {}));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.key, u"w1"_s);
    QCOMPARE(result.columns, (QStringList{u"region"_s, u"qty"_s, u"revenue"_s, u"note"_s}));
    QCOMPARE(result.rows.size(), 2);

    const QVariantList north = result.rows.at(0);
    QCOMPARE(north.at(0).typeId(), QMetaType::QString);
    QCOMPARE(north.at(0).toString(), u"North"_s);
    QCOMPARE(north.at(1).typeId(), QMetaType::LongLong);
    QCOMPARE(north.at(1).toLongLong(), 8);
    QCOMPARE(north.at(2).typeId(), QMetaType::Double);
    QCOMPARE(north.at(2).toDouble(), 34.75);
    QCOMPARE(north.at(3).toString(), u"gift"_s);

    // MAX over NULLs only is NULL: an invalid QVariant, not an empty string.
    const QueryResult nulls = resultOf(executor.submit(
            u"w2"_s, spec(), u"SELECT note FROM orders WHERE city = 'Arras'"_s, {}));
    QVERIFY(nulls.ok());
    QCOMPARE(nulls.rows.size(), 1);
    QVERIFY(!nulls.rows.at(0).at(0).isValid());
    QVERIFY(result.elapsedMicroseconds > 0);
}

void TestQueryExecutor::bindings()
{
    QueryExecutor executor;
    // A value that looks like SQL is only ever a value.
    const QueryResult injected = resultOf(
            executor.submit(u"w"_s, spec(), u"SELECT count(*) FROM orders WHERE region = ?"_s,
                            {u"North' OR '1'='1"_s}));
    QVERIFY(injected.ok());
    QCOMPARE(injected.rows, (QList<QVariantList>{{qlonglong(0)}}));

    const QueryResult quoted = resultOf(executor.submit(
            u"w"_s, spec(), u"SELECT quantity FROM orders WHERE city = ? AND revenue > ?"_s,
            {u"Nice's"_s, 0.5}));
    QVERIFY(quoted.ok());
    QCOMPARE(quoted.rows, (QList<QVariantList>{{qlonglong(1)}}));
}

void TestQueryExecutor::plannedQuery()
{
    Project project;
    Account account;
    account.id = u"acc"_s;
    account.path = m_dbPath;
    project.accounts.append(account);
    Dataset orders;
    orders.id = u"ds"_s;
    orders.accountId = u"acc"_s;
    orders.table = u"orders"_s;
    orders.columns = {Column{u"c-region"_s, u"region"_s, u"Region"_s, ColumnType::Text},
                      Column{u"c-rev"_s, u"revenue"_s, u"Revenue"_s, ColumnType::Number},
                      Column{u"c-day"_s, u"order_date"_s, u"Day"_s, ColumnType::Date}};
    project.datasets.append(orders);
    Dashboard dashboard;
    Widget widget;
    widget.id = u"w"_s;
    widget.type = WidgetType::Bar;
    widget.datasetId = u"ds"_s;
    widget.dimensions = {Dimension{u"c-day"_s, TimeGrain::Month}};
    widget.measures = {Measure{u"c-rev"_s, Aggregation::Sum, {}}};
    Filter filter;
    filter.columnId = u"c-region"_s;
    filter.expression = FilterExpression::In;
    filter.value = QVariantList{u"North"_s, u"South"_s};
    widget.filters = {filter};

    const auto planned = QueryPlanner(project, SqliteDialect()).plan(dashboard, widget);
    QVERIFY(std::holds_alternative<QueryPlan>(planned));
    const QueryPlan &plan = std::get<QueryPlan>(planned);
    const ConnectionSpec connection = ConnectionSpec::forAccount(*project.account(plan.accountId),
                                                                 m_dir.filePath(u"shop.dwproj"_s));

    QueryExecutor executor;
    const QueryResult result
            = resultOf(executor.submit(plan.widgetId, connection, plan.sql, plan.bindings));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, (QStringList{u"d0"_s, u"m0"_s}));
    const QList<QVariantList> expected = {
            {QVariant(), 1.0}, // NULL dates sort first in SQLite
            {u"2026-03-01"_s, 14.75},
            {u"2026-04-01"_s, 20.0},
            {u"2026-11-01"_s, 7.0},
    };
    QCOMPARE(result.rows, expected);
}

// With SQLite's double-quoted strings on, a quoted name that is no column is a text constant:
// a dataset column misspelt ("Burritos sold") summed to 0.0, and a filter on a column the database
// lacks compared a word and matched every row. Every connection turns them off: an error instead.
void TestQueryExecutor::unknownColumnIsAnError_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("bindings");
    QTest::newRow("measure") << uR"(SELECT SUM("Burritos sold") FROM orders)"_s << QVariantList();
    QTest::newRow("dimension") << uR"(SELECT "regoin", COUNT(*) FROM orders GROUP BY "regoin")"_s
                               << QVariantList();
    QTest::newRow("filter <>") << uR"(SELECT COUNT(*) FROM orders WHERE ("distributor" <> ?))"_s
                               << QVariantList{u"Fiesty Fiesta"_s};
    QTest::newRow("filter =") << uR"(SELECT COUNT(*) FROM orders WHERE ("distributor" = ?))"_s
                              << QVariantList{u"distributor"_s};
    QTest::newRow("query source")
            << uR"(SELECT COUNT(*) FROM (SELECT region FROM orders) AS src WHERE "city" = ?)"_s
            << QVariantList{u"Lille"_s};
}

void TestQueryExecutor::unknownColumnIsAnError()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, bindings);
    QueryExecutor executor(1);
    const QueryResult result = resultOf(executor.submit(u"w"_s, spec(), sql, bindings));
    QVERIFY2(!result.ok(), qPrintable(u"answered: "_s + QString::number(result.rows.size())));
    QVERIFY2(result.error.contains(u"no such column"_s), qPrintable(result.error));
    QVERIFY(result.rows.isEmpty());

    // The same through a planned widget whose dataset names a column the table does not have.
    Project project;
    Account account;
    account.id = u"acc"_s;
    account.path = m_dbPath;
    project.accounts.append(account);
    Dataset orders;
    orders.id = u"ds"_s;
    orders.accountId = u"acc"_s;
    orders.table = u"orders"_s;
    orders.columns
            = {Column{u"c-sold"_s, u"Burritos sold"_s, u"Burritos sold"_s, ColumnType::Number}};
    project.datasets.append(orders);
    Widget widget;
    widget.id = u"w"_s;
    widget.type = WidgetType::Kpi;
    widget.datasetId = u"ds"_s;
    widget.measures = {Measure{u"c-sold"_s, Aggregation::Sum, {}}};
    const auto planned = QueryPlanner(project, SqliteDialect()).plan(Dashboard(), widget);
    QVERIFY(std::holds_alternative<QueryPlan>(planned));
    const QueryPlan &plan = std::get<QueryPlan>(planned);
    QCOMPARE(plan.sourceColumns, QStringList{u"Burritos sold"_s});
    const QueryResult kpi = resultOf(executor.submit(u"kpi"_s, spec(), plan.sql, plan.bindings));
    QVERIFY2(!kpi.ok(), qPrintable(u"answered: "_s + QString::number(kpi.rows.size())));
    QVERIFY2(kpi.error.contains(u"no such column: Burritos sold"_s), qPrintable(kpi.error));
}

void TestQueryExecutor::timeBuckets_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<TimeGrain>("grain");
    QTest::addColumn<QVariant>("bucket");

    QTest::newRow("day") << QVariant(u"2026-03-04T23:59:59Z"_s) << TimeGrain::Day
                         << QVariant(u"2026-03-04"_s);
    QTest::newRow("week of a Sunday")
            << QVariant(u"2026-03-08"_s) << TimeGrain::Week << QVariant(u"2026-03-02"_s);
    QTest::newRow("week of a Monday")
            << QVariant(u"2026-03-02"_s) << TimeGrain::Week << QVariant(u"2026-03-02"_s);
    QTest::newRow("week of a datetime")
            << QVariant(u"2026-03-04T10:00:00Z"_s) << TimeGrain::Week << QVariant(u"2026-03-02"_s);
    QTest::newRow("week across a year")
            << QVariant(u"2026-01-01"_s) << TimeGrain::Week << QVariant(u"2025-12-29"_s);
    QTest::newRow("month") << QVariant(u"2026-03-31"_s) << TimeGrain::Month
                           << QVariant(u"2026-03-01"_s);
    QTest::newRow("quarter 1") << QVariant(u"2026-03-31"_s) << TimeGrain::Quarter
                               << QVariant(u"2026-01-01"_s);
    QTest::newRow("quarter 2") << QVariant(u"2026-04-01"_s) << TimeGrain::Quarter
                               << QVariant(u"2026-04-01"_s);
    QTest::newRow("quarter 3") << QVariant(u"2026-09-30T12:00:00Z"_s) << TimeGrain::Quarter
                               << QVariant(u"2026-07-01"_s);
    QTest::newRow("quarter 4") << QVariant(u"2026-11-15"_s) << TimeGrain::Quarter
                               << QVariant(u"2026-10-01"_s);
    QTest::newRow("year") << QVariant(u"2026-11-15"_s) << TimeGrain::Year
                          << QVariant(u"2026-01-01"_s);
    QTest::newRow("null quarter") << QVariant() << TimeGrain::Quarter << QVariant();
    QTest::newRow("null week") << QVariant() << TimeGrain::Week << QVariant();
}

void TestQueryExecutor::timeBuckets()
{
    QFETCH(QVariant, value);
    QFETCH(TimeGrain, grain);
    QFETCH(QVariant, bucket);

    const QString sql = u"SELECT "_s + SqliteDialect().timeBucket(u"?"_s, grain);
    QVariantList bindings;
    for (qsizetype i = 0; i < sql.count(u'?'); ++i)
        bindings.append(value);
    QueryExecutor executor(2);
    const QueryResult result = resultOf(executor.submit(u"b"_s, spec(), sql, bindings));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, (QList<QVariantList>{{bucket}}));
}

void TestQueryExecutor::concurrentSubmits()
{
    QueryExecutor executor(3);
    QList<QFuture<QueryResult>> futures;
    for (int i = 0; i < 40; ++i) {
        futures.append(executor.submit(u"w%1"_s.arg(i), spec(),
                                       u"SELECT ? + count(*) FROM orders"_s, {i}));
    }
    for (int i = 0; i < futures.size(); ++i) {
        const QueryResult result = resultOf(futures.at(i));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.key, u"w%1"_s.arg(i));
        QCOMPARE(result.rows, (QList<QVariantList>{{qlonglong(i + 5)}}));
    }
}

void TestQueryExecutor::supersededQueuedQueryIsCancelled()
{
    QueryExecutor executor(2);
    // Both workers busy, so that the next submits wait in the queue.
    QFuture<QueryResult> busyA = executor.submit(u"a"_s, spec(), longQuery, {});
    QFuture<QueryResult> busyB = executor.submit(u"b"_s, spec(), longQuery, {});
    QFuture<QueryResult> older = executor.submit(u"c"_s, spec(), u"SELECT 1"_s, {});
    QFuture<QueryResult> newer = executor.submit(u"c"_s, spec(), u"SELECT 2"_s, {});

    const QueryResult olderResult = resultOf(older);
    QVERIFY(olderResult.cancelled);
    QVERIFY(!olderResult.ok());
    QVERIFY(olderResult.rows.isEmpty());
    QVERIFY(!newer.isFinished());

    executor.cancel(u"a"_s);
    executor.cancel(u"b"_s);
    QVERIFY(resultOf(busyA).cancelled);
    QVERIFY(resultOf(busyB).cancelled);
    const QueryResult newerResult = resultOf(newer);
    QVERIFY2(newerResult.ok(), qPrintable(newerResult.error));
    QCOMPARE(newerResult.rows, (QList<QVariantList>{{qlonglong(2)}}));
}

void TestQueryExecutor::runningQueryIsInterrupted()
{
    QueryExecutor executor(2);
    QFuture<QueryResult> slow = executor.submit(u"w"_s, spec(), longQuery, {});
    // Let it start; either way (queued or running) the newer submit must cancel it.
    QThread::msleep(300);
    QFuture<QueryResult> fast
            = executor.submit(u"w"_s, spec(), u"SELECT count(*) FROM orders"_s, {});

    const QueryResult slowResult = resultOf(slow);
    QVERIFY(slowResult.cancelled);
    QVERIFY(slowResult.error.isEmpty());
    const QueryResult fastResult = resultOf(fast);
    QVERIFY2(fastResult.ok(), qPrintable(fastResult.error));
    QCOMPARE(fastResult.rows, (QList<QVariantList>{{qlonglong(5)}}));

    // The connection that was interrupted runs the next statements normally.
    for (int i = 0; i < 6; ++i) {
        const QueryResult again
                = resultOf(executor.submit(u"x%1"_s.arg(i), spec(), u"SELECT 7"_s, {}));
        QVERIFY2(again.ok(), qPrintable(again.error));
    }
}

void TestQueryExecutor::cancelAndCancelAll()
{
    QueryExecutor executor(2);
    QFuture<QueryResult> one = executor.submit(u"one"_s, spec(), longQuery, {});
    QFuture<QueryResult> two = executor.submit(u"two"_s, spec(), longQuery, {});
    QFuture<QueryResult> three = executor.submit(u"three"_s, spec(), longQuery, {});
    executor.cancel(u"one"_s);
    QVERIFY(resultOf(one).cancelled);
    executor.cancelAll();
    QVERIFY(resultOf(two).cancelled);
    QVERIFY(resultOf(three).cancelled);
    executor.cancel(u"nothing"_s); // no-op

    const QueryResult after = resultOf(executor.submit(u"one"_s, spec(), u"SELECT 1"_s, {}));
    QVERIFY(after.ok());
}

void TestQueryExecutor::destructorCancelsRunningQuery()
{
    QFuture<QueryResult> running;
    QFuture<QueryResult> queued;
    {
        QueryExecutor executor(2);
        running = executor.submit(u"r"_s, spec(), longQuery, {});
        executor.submit(u"r2"_s, spec(), longQuery, {});
        queued = executor.submit(u"q"_s, spec(), u"SELECT 1"_s, {});
        QThread::msleep(100);
    }
    QVERIFY(running.isFinished());
    QVERIFY(queued.isFinished());
    QVERIFY(running.result().cancelled);
    QVERIFY(queued.result().cancelled);
}

void TestQueryExecutor::readOnlyRefusesWrites_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("delete") << u"DELETE FROM orders"_s;
    QTest::newRow("insert") << u"INSERT INTO orders (region) VALUES ('East')"_s;
    QTest::newRow("drop") << u"DROP TABLE orders"_s;
    QTest::newRow("temp table") << u"CREATE TEMP TABLE scratch (x)"_s;
}

void TestQueryExecutor::readOnlyRefusesWrites()
{
    QFETCH(QString, sql);
    QueryExecutor executor(2);
    const QueryResult write = resultOf(executor.submit(u"w"_s, spec(), sql, {}));
    QVERIFY(!write.ok());
    QVERIFY(!write.cancelled);
    QVERIFY(!write.error.isEmpty());

    const QueryResult count
            = resultOf(executor.submit(u"w"_s, spec(), u"SELECT count(*) FROM orders"_s, {}));
    QVERIFY(count.ok());
    QCOMPARE(count.rows, (QList<QVariantList>{{qlonglong(5)}}));
}

void TestQueryExecutor::badSql()
{
    QueryExecutor executor(2);
    const QueryResult syntax = resultOf(executor.submit(u"w"_s, spec(), u"SELEC nonsense"_s, {}));
    QVERIFY(!syntax.ok());
    QVERIFY(!syntax.cancelled);
    QVERIFY(!syntax.error.isEmpty());

    const QueryResult table
            = resultOf(executor.submit(u"w"_s, spec(), u"SELECT * FROM nowhere"_s, {}));
    QVERIFY2(table.error.contains(u"nowhere"_s), qPrintable(table.error));
    QVERIFY(table.rows.isEmpty());
}

void TestQueryExecutor::missingDatabase()
{
    QueryExecutor executor(2);
    ConnectionSpec missing;
    missing.sqlitePath = m_dir.filePath(u"missing.db"_s);
    const QueryResult result = resultOf(executor.submit(u"w"_s, missing, u"SELECT 1"_s, {}));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"not found"_s), qPrintable(result.error));
    // A query never creates a database.
    QVERIFY(!QFileInfo::exists(missing.sqlitePath));
}

void TestQueryExecutor::unsupportedAccount()
{
    QueryExecutor executor(2);
    ConnectionSpec plugin;
    plugin.type = AccountType::Plugin;
    plugin.host = u"https://plugin.example"_s;
    const QueryResult result = resultOf(executor.submit(u"w"_s, plugin, u"SELECT 1"_s, {}));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
}

void TestQueryExecutor::connectionSpec()
{
    Account sqlite;
    sqlite.type = AccountType::Sqlite;
    sqlite.path = u"data/shop.db"_s;
    const ConnectionSpec spec
            = ConnectionSpec::forAccount(sqlite, u"/projects/demo/burrito.dwproj"_s);
    QCOMPARE(spec.sqlitePath, u"/projects/demo/data/shop.db"_s);
    QVERIFY(spec.readOnly);

    sqlite.path = u"/abs/shop.db"_s;
    QCOMPARE(ConnectionSpec::forAccount(sqlite, u"/projects/demo/burrito.dwproj"_s).sqlitePath,
             u"/abs/shop.db"_s);

    Account postgres;
    postgres.type = AccountType::Postgresql;
    postgres.host = u"db.example"_s;
    postgres.port = 5433;
    postgres.database = u"sales"_s;
    postgres.user = u"reader"_s;
    const ConnectionSpec pg = ConnectionSpec::forAccount(postgres, {}, u"s3cret"_s);
    QCOMPARE(pg.password, u"s3cret"_s);
    QVERIFY(!pg.key().contains(u"s3cret"_s));
    ConnectionSpec otherPassword = pg;
    otherPassword.password = u"different"_s;
    // A different password is a different pooled connection (a digest keys it, never the text).
    QVERIFY(otherPassword.key() != pg.key());
    QVERIFY(!otherPassword.key().contains(u"different"_s));
    ConnectionSpec otherUser = pg;
    otherUser.user = u"reader@db.example"_s;
    QVERIFY(otherUser.key() != pg.key());
    ConnectionSpec writable = pg;
    writable.readOnly = false;
    QVERIFY(writable.key() != pg.key());
    QVERIFY(pg.key() != spec.key());
}

QTEST_GUILESS_MAIN(TestQueryExecutor)
#include "tst_queryexecutor.moc"
