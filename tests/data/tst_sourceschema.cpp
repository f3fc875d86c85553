// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sources/datasource.h"

#include "common/sqlitefixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The columns of a dataset's source as the database at hand has them, remembered per file and
// schema version: a change to the schema, or another file in its place, is seen on the next check.
class TestSourceSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ConnectionSpec spec(const QString &file) const
    {
        ConnectionSpec s;
        s.sqlitePath = m_dir.filePath(file);
        return s;
    }
    static QString missing(const ConnectionSpec &connection, const QString &from,
                           const QStringList &columns)
    {
        return DataSource::of(connection).missingColumn(connection, u"Sales"_s, from, columns);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = Tests::createSqliteDatabase(
                m_dir.filePath(u"a.sqlite"_s),
                {u"CREATE TABLE sales (region TEXT, revenue REAL)"_s,
                 u"CREATE VIEW by_region AS SELECT region, SUM(revenue) AS total FROM sales "
                 u"GROUP BY region"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void tableViewAndQuery()
    {
        const ConnectionSpec a = spec(u"a.sqlite"_s);
        QCOMPARE(missing(a, uR"("sales")"_s, {u"region"_s, u"REVENUE"_s}), QString());
        QCOMPARE(
                missing(a, uR"("sales")"_s, {u"region"_s, u"distributor"_s}),
                uR"(column "distributor" of dataset "Sales" does not exist in database "a.sqlite")"_s);
        QCOMPARE(missing(a, uR"("by_region")"_s, {u"total"_s}), QString());
        const QString query = u"(SELECT region AS shop FROM sales\n) AS src"_s;
        QCOMPARE(missing(a, query, {u"shop"_s}), QString());
        QVERIFY(!missing(a, query, {u"region"_s}).isEmpty());
        // What cannot be read at all is not a missing column: the statement fails on it, as the
        // data source's error (a query whose own SQL names a missing column, a missing table, a
        // missing file — which the check never creates).
        QCOMPARE(missing(a, uR"((SELECT "nope" AS x FROM sales) AS src)"_s, {u"x"_s}), QString());
        QCOMPARE(missing(a, uR"("nosuch")"_s, {u"x"_s}), QString());
        QCOMPARE(missing(spec(u"none.sqlite"_s), uR"("sales")"_s, {u"region"_s}), QString());
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.sqlite"_s)));
    }

    void followsSchemaChanges()
    {
        const QString path = m_dir.filePath(u"b.sqlite"_s);
        QString error = Tests::createSqliteDatabase(path, {u"CREATE TABLE sales (region TEXT)"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ConnectionSpec b = spec(u"b.sqlite"_s);
        QVERIFY(!missing(b, uR"("sales")"_s, {u"distributor"_s}).isEmpty()); // now cached
        error = Tests::createSqliteDatabase(path,
                                            {u"ALTER TABLE sales ADD COLUMN distributor TEXT"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(missing(b, uR"("sales")"_s, {u"distributor"_s}), QString());
        error = Tests::createSqliteDatabase(path, {u"ALTER TABLE sales DROP COLUMN distributor"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!missing(b, uR"("sales")"_s, {u"distributor"_s}).isEmpty());

        // Another file renamed into its place, at the same schema version as the cached one: the
        // version alone would not tell them apart.
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA schema_version"_s) && query.next());
            version = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"version"_s);
        const QString other = m_dir.filePath(u"c.sqlite"_s);
        error = Tests::createSqliteDatabase(
                other,
                {u"CREATE TABLE sales (region TEXT, distributor TEXT)"_s,
                 u"PRAGMA schema_version = %1"_s.arg(version)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(std::rename(QFile::encodeName(other).constData(),
                            QFile::encodeName(path).constData())
                == 0);
        QCOMPARE(missing(b, uR"("sales")"_s, {u"distributor"_s}), QString());
    }

    // PostgreSQL never reads a quoted name as a constant: a server whose columns cannot be read
    // is not denied here, its own error is enough (tst_postgresql_running checks one that
    // answers).
    void onlySqlite()
    {
        ConnectionSpec pg;
        pg.type = AccountType::Postgresql;
        pg.host = u"127.0.0.1"_s;
        pg.port = 1;
        QCOMPARE(missing(pg, uR"("sales")"_s, {u"x"_s}), QString());
    }
};

QTEST_GUILESS_MAIN(TestSourceSchema)
#include "tst_sourceschema.moc"
