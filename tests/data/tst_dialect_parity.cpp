// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The planner's two dialects give the same answers: every widget case of tst_queryplanner and
// every filter case of tst_plannerpredicates, planned once for SQLite and once for PostgreSQL, run
// on the same rows in an SQLite file and in a throw-away PostgreSQL 15 cluster (in the column types
// each database would naturally have: dates as date and timestamp on the server, booleans as
// boolean), through the query executor and the real drivers. The SQL texts differ (time buckets,
// ILIKE, NULL ordering); the rows must not.
//
// Text sorts the same in both only under a byte-order collation, which the test cluster has
// (C.UTF-8): a server made with a language's collation orders "lyon" and "Lyon" as that language
// does, and so do its dashboards (docs/project-file.md says so).
//
// Skipped with a message when PostgreSQL 15 is not installed, except when CI is set.
#include "common/pgcluster.h"
#include "plannerfixtures.h"

#include "data/queryexecutor.h"
#include "data/sources/datasource.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>

namespace {

// The same rows for both databases: every region and city (NULLs and ties included), revenues
// with cents, quantities 1 to 20, order times over two years, paid or not, and the odd column.
QStringList rowValues()
{
    const QStringList regions{u"'North'"_s, u"'South'"_s, u"'East'"_s, u"'West'"_s, u"NULL"_s};
    const QStringList cities{u"'Lyon'"_s,     u"'Nice'"_s, u"'London'"_s, u"'lyon'"_s,
                             u"'O''Brien'"_s, u"NULL"_s,   u"'Łódź'"_s};
    QStringList rows;
    const QDateTime start(QDate(2025, 1, 3), QTime(9, 30), Qt::UTC);
    for (int i = 0; i < 240; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 3 * 24 * 3600 + (i % 7) * 3600);
        rows.append(u"(%1, %2, %3, %4, '%5', '%6', %7, %8)"_s.arg(
                regions.at(i % regions.size()), cities.at((i * 3) % cities.size()),
                QString::number((i * 37 % 1000) / 4.0 + 0.25, 'f', 2), QString::number(i % 20 + 1),
                at.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s), at.date().toString(Qt::ISODate),
                i % 3 == 0 ? u"TRUE"_s : u"FALSE"_s,
                i % 6 == 0 ? u"NULL"_s : u"'w%1'"_s.arg(i % 4)));
    }
    return rows;
}

// SQLite keeps booleans as 0 and 1 (TRUE and FALSE are its aliases for them) and times as ISO text.
QByteArray script(bool postgresql)
{
    QByteArray sql = postgresql
            ? "CREATE TABLE orders (region text, city text, revenue double precision, "
              "quantity bigint, ordered_at timestamp, order_date date, paid boolean, "
              "\"we\"\"ird\" text);\n"
              "CREATE TABLE \"odd\"\"table\" (\"x\"\"; DROP TABLE orders; --\" bigint);\n"
            : "CREATE TABLE orders (region TEXT, city TEXT, revenue REAL, quantity INTEGER, "
              "ordered_at TEXT, order_date TEXT, paid INTEGER, \"we\"\"ird\" TEXT);\n"
              "CREATE TABLE \"odd\"\"table\" (\"x\"\"; DROP TABLE orders; --\" INTEGER);\n";
    sql += "INSERT INTO orders VALUES " + rowValues().join(u",\n"_s).toUtf8() + ";\n";
    sql += "INSERT INTO \"odd\"\"table\" VALUES (3), (1), (NULL), (2);\n";
    return sql;
}

// Values compared as a person reads them: numbers by value (SUM of a bigint is numeric on the
// server and an integer in SQLite), booleans as 0 and 1, the rest as text.
QString cell(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QString::number(value.toBool() ? 1 : 0);
    case QMetaType::LongLong:
    case QMetaType::Double: {
        const double number = value.toDouble();
        // Twelve significant digits: summing in another order may change the last bits.
        return std::abs(number) < 1e-9 ? u"0"_s : QString::number(number, 'g', 12);
    }
    default:
        return value.toString();
    }
}

QStringList rows(const QueryResult &result)
{
    QStringList out;
    for (const QVariantList &row : result.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells.append(cell(value));
        out.append(cells.join(u" | "_s));
    }
    return out;
}

} // namespace

class TestDialectParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void widgets_data();
    void widgets();
    void predicates_data();
    void predicates();

private:
    // Plans `widget` in both dialects, runs each on its database, and compares the rows; with
    // `needRows`, an answer without rows fails (it would prove nothing).
    void compare(const Widget &widget, const PlanOptions &options, bool needRows);

    Project m_project = makeProject();
    QTemporaryDir m_dir;
    Tests::PgCluster m_cluster;
    ConnectionSpec m_sqlite;
    ConnectionSpec m_postgresql;
    QueryExecutor m_executor{2};
};

void TestDialectParity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DASHWRIGHT_START_PG_CLUSTER(m_cluster);
    QVERIFY2(m_cluster.psql(u"postgres"_s, "CREATE DATABASE shop;"), qPrintable(m_cluster.error()));
    QVERIFY2(m_cluster.psql(u"shop"_s, script(true)), qPrintable(m_cluster.error()));

    m_sqlite.type = AccountType::Sqlite;
    m_sqlite.sqlitePath = m_dir.filePath(u"shop.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"parity-setup"_s);
        db.setDatabaseName(m_sqlite.sqlitePath);
        QVERIFY(db.open());
        for (const QString &statement : QString::fromUtf8(script(false)).split(u";\n"_s)) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"parity-setup"_s);

    m_postgresql.type = AccountType::Postgresql;
    m_postgresql.host = u"127.0.0.1"_s;
    m_postgresql.port = m_cluster.port();
    m_postgresql.database = u"shop"_s;
    m_postgresql.user = u"dashwright"_s;
}

void TestDialectParity::compare(const Widget &widget, const PlanOptions &options, bool needRows)
{
    QStringList answers[2];
    const ConnectionSpec *connections[2] = {&m_sqlite, &m_postgresql};
    for (int i = 0; i < 2; ++i) {
        const ConnectionSpec &connection = *connections[i];
        const auto planned
                = planWidget(m_project, widget, options, DataSource::of(connection).dialect());
        if (const auto *error = std::get_if<QString>(&planned))
            QFAIL(qPrintable(*error));
        const QueryPlan &plan = std::get<QueryPlan>(planned);
        QFuture<QueryResult> future = m_executor.submit(u"parity-%1"_s.arg(i), connection, plan);
        future.waitForFinished();
        const QueryResult result = future.result();
        QVERIFY2(result.error.isEmpty(),
                 qPrintable(accountTypeName(connection.type) + u": "_s + result.error + u"\n"_s
                            + plan.sql));
        answers[i] = rows(result);
    }
    QVERIFY(!needRows || !answers[0].isEmpty());
    if (answers[0] != answers[1]) {
        for (qsizetype i = 0; i < qMax(answers[0].size(), answers[1].size()); ++i)
            qWarning("%s\n  sqlite:     %s\n  postgresql: %s", qPrintable(QString::number(i)),
                     qPrintable(answers[0].value(i, u"-"_s)),
                     qPrintable(answers[1].value(i, u"-"_s)));
    }
    QCOMPARE(answers[1], answers[0]);
}

void TestDialectParity::widgets_data()
{
    QTest::addColumn<Widget>("widget");
    QTest::addColumn<PlanOptions>("options");
    for (const WidgetCase &c : widgetCases())
        QTest::newRow(c.name) << c.widget << c.options;
}

void TestDialectParity::widgets()
{
    QFETCH(Widget, widget);
    QFETCH(PlanOptions, options);
    // A page past the last group is rightly empty (the cases are written for their SQL).
    compare(widget, options, options.pageOffset == 0);
}

void TestDialectParity::predicates_data()
{
    QTest::addColumn<QString>("columnId");
    QTest::addColumn<FilterExpression>("expression");
    QTest::addColumn<QVariant>("value");
    for (const PredicateCase &c : predicateCases())
        QTest::newRow(c.name) << c.columnId << c.expression << c.value;
}

// Each filter under a table of the matching rows (every column, so that a row the filter lets
// through in one database and not in the other shows), and under a count.
void TestDialectParity::predicates()
{
    QFETCH(QString, columnId);
    QFETCH(FilterExpression, expression);
    QFETCH(QVariant, value);
    Widget table = makeWidget(WidgetType::Table,
                              {dim(u"c-region"_s), dim(u"c-city"_s), dim(u"c-revenue"_s),
                               dim(u"c-qty"_s), dim(u"c-day"_s), dim(u"c-weird"_s)},
                              {});
    table.filters = {filter(columnId, expression, value)};
    PlanOptions all;
    all.pageSize = 1000;
    Widget count = makeWidget(WidgetType::Kpi, {}, {measure(Aggregation::Count)});
    count.filters = table.filters;
    compare(count, {}, true);
    compare(table, all, false);
}

QTEST_GUILESS_MAIN(TestDialectParity)
#include "tst_dialect_parity.moc"
