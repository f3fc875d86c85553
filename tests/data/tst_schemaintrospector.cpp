// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/schemaintrospector.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/sqlitefixture.h"

using namespace Qt::StringLiterals;
using namespace Dashwright;

Q_DECLARE_METATYPE(Dashwright::ColumnType)

class TestSchemaIntrospector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void typeFromDeclared_data();
    void typeFromDeclared();
    void tables();
    void tablesErrors();
    void queryColumns();
    void refusedQueries_data();
    void refusedQueries();

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

void TestSchemaIntrospector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(u"schema.db"_s);
    const QStringList statements = {
            u"CREATE TABLE orders (id INTEGER PRIMARY KEY, region VARCHAR(20), revenue DOUBLE, "
            u"price NUMERIC(10, 2), ordered_at TIMESTAMP, order_date DATE, paid BOOLEAN, "
            u"note, \"we\"\"ird\" TEXT)"_s,
            u"CREATE TABLE \"a table\" (x BIGINT, y REAL)"_s,
            u"CREATE VIEW north AS SELECT region, revenue FROM orders WHERE region = 'North'"_s,
            u"CREATE INDEX orders_region ON orders (region)"_s,
    };
    const QString error = Tests::createSqliteDatabase(m_dbPath, statements);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSchemaIntrospector::typeFromDeclared_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<ColumnType>("type");

    QTest::newRow("INTEGER") << u"INTEGER"_s << ColumnType::Integer;
    QTest::newRow("int") << u"int"_s << ColumnType::Integer;
    QTest::newRow("BIGINT") << u"BIGINT"_s << ColumnType::Integer;
    QTest::newRow("UNSIGNED BIG INT") << u"UNSIGNED BIG INT"_s << ColumnType::Integer;
    QTest::newRow("int8") << u"int8"_s << ColumnType::Integer;
    QTest::newRow("REAL") << u"REAL"_s << ColumnType::Number;
    QTest::newRow("DOUBLE PRECISION") << u"DOUBLE PRECISION"_s << ColumnType::Number;
    QTest::newRow("NUMERIC(10, 2)") << u"NUMERIC(10, 2)"_s << ColumnType::Number;
    QTest::newRow("DECIMAL") << u"decimal(5)"_s << ColumnType::Number;
    QTest::newRow("FLOAT") << u"FLOAT"_s << ColumnType::Number;
    QTest::newRow("DATE") << u"DATE"_s << ColumnType::Date;
    QTest::newRow("DATETIME") << u"DATETIME"_s << ColumnType::DateTime;
    QTest::newRow("TIMESTAMP WITH TIME ZONE")
            << u"TIMESTAMP WITH TIME ZONE"_s << ColumnType::DateTime;
    QTest::newRow("timestamptz") << u"timestamptz"_s << ColumnType::DateTime;
    QTest::newRow("BOOLEAN") << u"BOOLEAN"_s << ColumnType::Boolean;
    QTest::newRow("bool") << u"bool"_s << ColumnType::Boolean;
    QTest::newRow("VARCHAR(20)") << u"VARCHAR(20)"_s << ColumnType::Text;
    QTest::newRow("TEXT") << u"TEXT"_s << ColumnType::Text;
    QTest::newRow("empty") << QString() << ColumnType::Text;
    QTest::newRow("INTERVAL is not an INT") << u"INTERVAL"_s << ColumnType::Text;
    QTest::newRow("POINT is not an INT") << u"POINT"_s << ColumnType::Text;
    QTest::newRow("BLOB") << u"BLOB"_s << ColumnType::Text;
}

void TestSchemaIntrospector::typeFromDeclared()
{
    QFETCH(QString, declared);
    QFETCH(ColumnType, type);
    QCOMPARE(SchemaIntrospector::typeFromDeclared(declared), type);
}

void TestSchemaIntrospector::tables()
{
    const auto result = SchemaIntrospector::tables(spec());
    if (const auto *error = std::get_if<QString>(&result))
        QFAIL(qPrintable(*error));
    const QList<TableInfo> &tables = std::get<QList<TableInfo>>(result);

    QStringList names;
    for (const TableInfo &table : tables)
        names.append(table.name);
    // Indexes and SQLite's own tables are not data sources.
    QCOMPARE(names, (QStringList{u"a table"_s, u"north"_s, u"orders"_s}));
    QVERIFY(!tables.at(0).isView);
    QVERIFY(tables.at(1).isView);
    QVERIFY(!tables.at(2).isView);

    const QList<Column> &orders = tables.at(2).columns;
    QStringList columnNames;
    QList<ColumnType> types;
    for (const Column &column : orders) {
        QVERIFY(column.id.isEmpty());
        QCOMPARE(column.label, column.name);
        columnNames.append(column.name);
        types.append(column.type);
    }
    QCOMPARE(columnNames,
             (QStringList{u"id"_s, u"region"_s, u"revenue"_s, u"price"_s, u"ordered_at"_s,
                          u"order_date"_s, u"paid"_s, u"note"_s, u"we\"ird"_s}));
    QCOMPARE(types,
             (QList<ColumnType>{ColumnType::Integer, ColumnType::Text, ColumnType::Number,
                                ColumnType::Number, ColumnType::DateTime, ColumnType::Date,
                                ColumnType::Boolean, ColumnType::Text, ColumnType::Text}));

    const QList<Column> &view = tables.at(1).columns;
    QCOMPARE(view.size(), 2);
    QCOMPARE(view.at(1).name, u"revenue"_s);
    QCOMPARE(view.at(1).type, ColumnType::Number);
}

void TestSchemaIntrospector::tablesErrors()
{
    ConnectionSpec missing;
    missing.sqlitePath = m_dir.filePath(u"missing.db"_s);
    const auto result = SchemaIntrospector::tables(missing);
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY(std::get<QString>(result).contains(u"not found"_s));
    QVERIFY(!QFileInfo::exists(missing.sqlitePath));

    ConnectionSpec postgres;
    postgres.type = AccountType::Postgresql;
    QVERIFY(std::holds_alternative<QString>(SchemaIntrospector::tables(postgres)));
}

void TestSchemaIntrospector::queryColumns()
{
    const auto result = SchemaIntrospector::queryColumns(
            spec(),
            u"-- big orders\nSELECT region AS r, revenue, ordered_at, count(*) AS n FROM orders "
            u"GROUP BY region; -- trailing comment\n /* and a block */ ;  "_s);
    if (const auto *error = std::get_if<QString>(&result))
        QFAIL(qPrintable(*error));
    const QList<Column> &columns = std::get<QList<Column>>(result);
    QCOMPARE(columns.size(), 4);
    QCOMPARE(columns.at(0).name, u"r"_s);
    QCOMPARE(columns.at(0).type, ColumnType::Text);
    QCOMPARE(columns.at(1).type, ColumnType::Number);
    QCOMPARE(columns.at(2).type, ColumnType::DateTime);
    // An expression has no declared type.
    QCOMPARE(columns.at(3).name, u"n"_s);
    QCOMPARE(columns.at(3).type, ColumnType::Text);

    const auto cte = SchemaIntrospector::queryColumns(
            spec(), u"WITH n AS (SELECT paid FROM orders) SELECT paid FROM n"_s);
    QVERIFY(std::holds_alternative<QList<Column>>(cte));
    QCOMPARE(std::get<QList<Column>>(cte).constFirst().type, ColumnType::Boolean);
}

void TestSchemaIntrospector::refusedQueries_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << u"  -- nothing\n"_s << u"empty"_s;
    QTest::newRow("delete") << u"DELETE FROM orders"_s << u"only a SELECT"_s;
    QTest::newRow("update in a CTE")
            << u"WITH x AS (SELECT 1) UPDATE orders SET note = 'x'"_s << u"must not change"_s;
    QTest::newRow("two selects") << u"SELECT 1; SELECT 2"_s << u"exactly one statement"_s;
    QTest::newRow("select then drop")
            << u"SELECT 1; DROP TABLE orders"_s << u"exactly one statement"_s;
    QTest::newRow("drop after a comment")
            << u"SELECT 1 /* fine */; -- still\nDROP TABLE orders"_s << u"exactly one statement"_s;
    QTest::newRow("pragma") << u"PRAGMA table_info(orders)"_s << u"only a SELECT"_s;
    QTest::newRow("attach") << u"ATTACH DATABASE 'x.db' AS x"_s << u"only a SELECT"_s;
    QTest::newRow("syntax error") << u"SELECT FROM WHERE"_s << u"invalid query"_s;
    QTest::newRow("unknown table") << u"SELECT * FROM nowhere"_s << u"nowhere"_s;
}

void TestSchemaIntrospector::refusedQueries()
{
    QFETCH(QString, sql);
    QFETCH(QString, error);
    const auto result = SchemaIntrospector::queryColumns(spec(), sql);
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY2(std::get<QString>(result).contains(error), qPrintable(std::get<QString>(result)));

    // Nothing was run: the table is still there.
    const auto tables = SchemaIntrospector::tables(spec());
    QVERIFY(std::holds_alternative<QList<TableInfo>>(tables));
    QCOMPARE(std::get<QList<TableInfo>>(tables).size(), 3);
}

QTEST_GUILESS_MAIN(TestSchemaIntrospector)
#include "tst_schemaintrospector.moc"
