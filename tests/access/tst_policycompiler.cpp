// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The access-policy compiler, operator by operator, on the demo's sales: the SQL it writes for each
// dialect (one '?' per bound value, the values coerced to the column's type), the rows that SQL
// keeps on the demo's SQLite database compared with the rows an oracle here keeps by evaluating the
// same condition in C++ (SQL's three-valued logic), the same policy as data (structured()) keeping
// the same rows, and every way a policy denies instead of filtering less.
#include "access/policycompiler.h"
#include "common/json.h"
#include "common/sqloracle.h"
#include "data/queryplanner.h"
#include "data/sqldialect.h"
#include "document/jsonvalue.h"

#include "common/demofixture.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::SqlOracle;

Q_DECLARE_METATYPE(Dashwright::PolicyOperator)
Q_DECLARE_METATYPE(Dashwright::PolicyRule)

namespace {

// What the operator means for one cell, by the policy operator itself (not the planner's filter
// expression it is mapped to): `value` is the list for IN, unused for the null tests.
Tri holds(PolicyOperator op, const QVariant &cell, const QVariant &value, ColumnType type)
{
    if (op == PolicyOperator::IsNull)
        return tri(cell.isNull());
    if (op == PolicyOperator::IsNotNull)
        return tri(!cell.isNull());
    if (cell.isNull())
        return Tri::Unknown;
    switch (op) {
    case PolicyOperator::Equals:
        return tri(compareCells(cell, value, type) == 0);
    case PolicyOperator::NotEquals:
        return tri(compareCells(cell, value, type) != 0);
    case PolicyOperator::GreaterThan:
        return tri(compareCells(cell, value, type) > 0);
    case PolicyOperator::GreaterThanOrEqualTo:
        return tri(compareCells(cell, value, type) >= 0);
    case PolicyOperator::LessThan:
        return tri(compareCells(cell, value, type) < 0);
    case PolicyOperator::LessThanOrEqualTo:
        return tri(compareCells(cell, value, type) <= 0);
    case PolicyOperator::In: {
        bool found = false;
        for (const QVariant &v : value.toList())
            found = found || compareCells(cell, v, type) == 0;
        return tri(found);
    }
    case PolicyOperator::Like:
        return tri(likeMatch(cell.toString(), value.toString()));
    case PolicyOperator::NotLike:
        return tri(!likeMatch(cell.toString(), value.toString()));
    default:
        return Tri::Unknown;
    }
}

// A failed compile's reason, for QVERIFY2's message (which is evaluated whether it fails or not).
template<typename T>
QString reasonOf(const std::variant<T, QString> &result)
{
    const QString *reason = std::get_if<QString>(&result);
    return reason ? *reason : QString();
}

qsizetype countMarks(const QString &sql)
{
    return sql.count(u'?');
}

} // namespace

class TestPolicyCompiler : public QObject
{
    Q_OBJECT

    Tests::DemoFixture m_demo{600, 5};
    const SqliteDialect m_sqlite;
    const PostgresDialect m_postgres;
    // Every sales row by id: the columns the cases use, as SQLite returns them.
    QHash<qint64, QVariantHash> m_rows;
    QStringList m_columns{u"distributor"_s, u"region"_s,    u"product"_s,   u"promotion"_s,
                          u"quantity"_s,    u"sale_date"_s, u"unit_price"_s};

    const Dataset &sales() const { return m_demo.dataset(u"Sales"_s); }

    PolicyRule rule(const QString &column, PolicyOperator op, const QVariant &value,
                    const QList<PolicyRule> &andRules = {},
                    const QList<PolicyRule> &orRules = {}) const
    {
        const Column *c = sales().columnByName(column);
        // A name the dataset lacks stays an id nobody has: the unknown-column cases.
        return PolicyRule{c ? c->id : u"00000000-0000-4000-8000-00000000dead"_s, op, value,
                          andRules, orRules};
    }

    AccessPolicy policy(const QList<PolicyRule> &rows) const
    {
        AccessPolicy p;
        p.id = Tests::DemoFixture::newId();
        p.name = u"Own shop only"_s;
        p.datasetId = sales().id;
        p.columns = {u"*"_s};
        p.rows = rows;
        return p;
    }

    static Json values(const QByteArray &json)
    {
        return json.isEmpty() ? Json::object() : Json::parse(json.toStdString());
    }

    // The ids of the rows that the compiled fragment keeps on the demo's SQLite database.
    QSet<qint64> run(const SqlFragment &fragment) const
    {
        QSqlDatabase db = QSqlDatabase::database(u"policycompiler"_s);
        QSqlQuery query(db);
        if (!query.prepare(u"SELECT id FROM sales WHERE "_s + fragment.sql))
            qFatal("%s", qPrintable(query.lastError().text()));
        for (const QVariant &value : fragment.bindings)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
        QSet<qint64> ids;
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return ids;
    }

    QString columnName(const QString &columnId) const { return sales().column(columnId)->name; }

    // The rule's value as the oracle means it: a placeholder read from the test's policy values.
    static QVariant meant(const PolicyRule &r, const Json &policyValues)
    {
        QString text = r.value.toString();
        if (r.value.typeId() != QMetaType::QString || !text.startsWith(u"${{"_s))
            return r.value;
        text = text.mid(3).chopped(2).trimmed();
        return variantFromJson(policyValues.at(text.toStdString()));
    }

    // (this AND and…) OR or…, as accesspolicy.h says a rule reads.
    Tri oracle(const PolicyRule &r, const QVariantHash &row, const Json &policyValues) const
    {
        const Column &column = *sales().column(r.columnId);
        QVariant value = meant(r, policyValues);
        if (r.op == PolicyOperator::In && value.typeId() != QMetaType::QVariantList)
            value = QVariantList{value};
        Tri result = holds(r.op, row.value(column.name), value, column.type);
        for (const PolicyRule &a : r.andRules)
            result = triAnd(result, oracle(a, row, policyValues));
        for (const PolicyRule &o : r.orRules)
            result = triOr(result, oracle(o, row, policyValues));
        return result;
    }

    QSet<qint64> oracle(const QList<PolicyRule> &rules, const Json &policyValues) const
    {
        QSet<qint64> ids;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            Tri keep = Tri::True;
            for (const PolicyRule &r : rules)
                keep = triAnd(keep, oracle(r, it.value(), policyValues));
            if (keep == Tri::True)
                ids.insert(it.key());
        }
        return ids;
    }

    // A structured predicate read as structuredquery.h says a broker plugin reads it.
    Tri structuredHolds(const StructuredPredicate &p, const QVariantHash &row) const
    {
        const Column *column = sales().columnByName(p.column);
        Q_ASSERT(column);
        const std::optional<PolicyOperator> op = policyOperatorFromName(p.op);
        Q_ASSERT(op);
        Tri result = holds(*op, row.value(p.column), variantFromJson(p.value), column->type);
        for (const StructuredPredicate &a : p.allOf)
            result = triAnd(result, structuredHolds(a, row));
        for (const StructuredPredicate &o : p.anyOf)
            result = triOr(result, structuredHolds(o, row));
        return result;
    }

    QSet<qint64> structuredRows(const QList<StructuredPredicate> &predicates) const
    {
        QSet<qint64> ids;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            Tri keep = Tri::True;
            for (const StructuredPredicate &p : predicates)
                keep = triAnd(keep, structuredHolds(p, it.value()));
            if (keep == Tri::True)
                ids.insert(it.key());
        }
        return ids;
    }

    // Bindings compared with their types: "12" from a token must be bound as the integer 12.
    static void compareBindings(const QVariantList &actual, const QVariantList &expected)
    {
        QCOMPARE(actual, expected);
        for (qsizetype i = 0; i < actual.size(); ++i)
            QCOMPARE(actual[i].typeId(), expected[i].typeId());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_demo.ok(), qPrintable(m_demo.error));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"policycompiler"_s);
        db.setDatabaseName(m_demo.databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT id, "_s + m_columns.join(u", "_s) + u" FROM sales"_s));
        while (query.next()) {
            QVariantHash row;
            for (int i = 0; i < m_columns.size(); ++i)
                row.insert(m_columns[i], query.value(i + 1));
            m_rows.insert(query.value(0).toLongLong(), row);
        }
        QCOMPARE(m_rows.size(), 600);
    }

    void cleanupTestCase() { QSqlDatabase::removeDatabase(u"policycompiler"_s); }

    void operators_data()
    {
        QTest::addColumn<PolicyOperator>("op");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("policyValues");
        QTest::addColumn<QVariantList>("bindings");
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::addColumn<QString>("opName");

        QTest::newRow("EQUALS, placeholder")
                << PolicyOperator::Equals << u"distributor"_s
                << QVariant(u"${{ restaurant_name }}"_s)
                << QByteArray(R"({"restaurant_name": "Farolito"})") << QVariantList{u"Farolito"_s}
                << uR"("distributor" = ?)"_s << uR"("distributor" = ?)"_s << u"EQUALS"_s;
        QTest::newRow("NOT_EQUALS, literal")
                << PolicyOperator::NotEquals << u"region"_s << QVariant(u"West"_s) << QByteArray()
                << QVariantList{u"West"_s} << uR"("region" <> ?)"_s << uR"("region" <> ?)"_s
                << u"NOT_EQUALS"_s;
        // A row without a promotion is not "other than Burrito Month": unknown, so not kept.
        QTest::newRow("NOT_EQUALS, nullable column")
                << PolicyOperator::NotEquals << u"promotion"_s << QVariant(u"${{ promo }}"_s)
                << QByteArray(R"({"promo": "Burrito Month"})") << QVariantList{u"Burrito Month"_s}
                << uR"("promotion" <> ?)"_s << uR"("promotion" <> ?)"_s << u"NOT_EQUALS"_s;
        // The token wrote the number as text; the integer column binds the integer.
        QTest::newRow("GREATER_THAN, integer given as text")
                << PolicyOperator::GreaterThan << u"quantity"_s << QVariant(u"${{ min }}"_s)
                << QByteArray(R"({"min": "12"})") << QVariantList{qint64(12)}
                << uR"("quantity" > ?)"_s << uR"("quantity" > ?)"_s << u"GREATER_THAN"_s;
        QTest::newRow("GREATER_THAN_OR_EQUAL_TO, literal")
                << PolicyOperator::GreaterThanOrEqualTo << u"quantity"_s << QVariant(qint64(12))
                << QByteArray() << QVariantList{qint64(12)} << uR"("quantity" >= ?)"_s
                << uR"("quantity" >= ?)"_s << u"GREATER_THAN_OR_EQUAL_TO"_s;
        QTest::newRow("LESS_THAN, date")
                << PolicyOperator::LessThan << u"sale_date"_s << QVariant(u"${{ before }}"_s)
                << QByteArray(R"({"before": "2025-01-01"})") << QVariantList{u"2025-01-01"_s}
                << uR"("sale_date" < ?)"_s << uR"("sale_date" < ?)"_s << u"LESS_THAN"_s;
        QTest::newRow("LESS_THAN_OR_EQUAL_TO, number")
                << PolicyOperator::LessThanOrEqualTo << u"unit_price"_s << QVariant(u"${{ max }}"_s)
                << QByteArray(R"({"max": 4.5})") << QVariantList{4.5} << uR"("unit_price" <= ?)"_s
                << uR"("unit_price" <= ?)"_s << u"LESS_THAN_OR_EQUAL_TO"_s;
        QTest::newRow("IN, list") << PolicyOperator::In << u"distributor"_s
                                  << QVariant(u"${{ shops }}"_s)
                                  << QByteArray(R"({"shops": ["Farolito", "La Fonda", "Nowhere"]})")
                                  << QVariantList{u"Farolito"_s, u"La Fonda"_s, u"Nowhere"_s}
                                  << uR"("distributor" IN (?, ?, ?))"_s
                                  << uR"("distributor" IN (?, ?, ?))"_s << u"IN"_s;
        QTest::newRow("IN, one value is a list of one")
                << PolicyOperator::In << u"distributor"_s << QVariant(u"${{ shop }}"_s)
                << QByteArray(R"({"shop": "Farolito"})") << QVariantList{u"Farolito"_s}
                << uR"("distributor" IN (?))"_s << uR"("distributor" IN (?))"_s << u"IN"_s;
        QTest::newRow("IN, literal integers")
                << PolicyOperator::In << u"quantity"_s
                << QVariant(QVariantList{qint64(1), qint64(3), qint64(24)}) << QByteArray()
                << QVariantList{qint64(1), qint64(3), qint64(24)} << uR"("quantity" IN (?, ?, ?))"_s
                << uR"("quantity" IN (?, ?, ?))"_s << u"IN"_s;
        QTest::newRow("LIKE, any case")
                << PolicyOperator::Like << u"product"_s << QVariant(u"${{ kind }}"_s)
                << QByteArray(R"({"kind": "%burrito"})") << QVariantList{u"%burrito"_s}
                << uR"("product" LIKE ? ESCAPE '\')"_s << uR"("product" ILIKE ? ESCAPE '\')"_s
                << u"LIKE"_s;
        QTest::newRow("LIKE, integer column as text")
                << PolicyOperator::Like << u"quantity"_s << QVariant(u"1_"_s) << QByteArray()
                << QVariantList{u"1_"_s} << uR"(CAST("quantity" AS TEXT) LIKE ? ESCAPE '\')"_s
                << uR"(CAST("quantity" AS TEXT) ILIKE ? ESCAPE '\')"_s << u"LIKE"_s;
        QTest::newRow("NOT_LIKE") << PolicyOperator::NotLike << u"product"_s
                                  << QVariant(u"${{ kind }}"_s)
                                  << QByteArray(R"({"kind": "%Burrito%"})")
                                  << QVariantList{u"%Burrito%"_s}
                                  << uR"(NOT ("product" LIKE ? ESCAPE '\'))"_s
                                  << uR"(NOT ("product" ILIKE ? ESCAPE '\'))"_s << u"NOT_LIKE"_s;
        QTest::newRow("NOT_LIKE, nullable column")
                << PolicyOperator::NotLike << u"promotion"_s << QVariant(u"summer%"_s)
                << QByteArray() << QVariantList{u"summer%"_s}
                << uR"(NOT ("promotion" LIKE ? ESCAPE '\'))"_s
                << uR"(NOT ("promotion" ILIKE ? ESCAPE '\'))"_s << u"NOT_LIKE"_s;
        QTest::newRow("IS_NULL") << PolicyOperator::IsNull << u"promotion"_s << QVariant()
                                 << QByteArray() << QVariantList() << uR"("promotion" IS NULL)"_s
                                 << uR"("promotion" IS NULL)"_s << u"IS_NULL"_s;
        QTest::newRow("IS_NOT_NULL")
                << PolicyOperator::IsNotNull << u"promotion"_s << QVariant() << QByteArray()
                << QVariantList() << uR"("promotion" IS NOT NULL)"_s
                << uR"("promotion" IS NOT NULL)"_s << u"IS_NOT_NULL"_s;
    }

    void operators()
    {
        QFETCH(PolicyOperator, op);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QByteArray, policyValues);
        QFETCH(QVariantList, bindings);
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        QFETCH(QString, opName);

        const Json tokenValues = values(policyValues);
        const PolicyRule r = rule(column, op, value);
        const AccessPolicy p = policy({r});

        const QueryPlanner sqlitePlanner(m_demo.project, m_sqlite);
        const auto compiled = PolicyCompiler(sqlitePlanner, sales(), tokenValues).compile(p);
        QVERIFY2(std::holds_alternative<SqlFragment>(compiled), qPrintable(reasonOf(compiled)));
        const SqlFragment &fragment = std::get<SqlFragment>(compiled);
        QCOMPARE(fragment.sql, u'(' + sqlite + u')');
        QCOMPARE(countMarks(fragment.sql), bindings.size());
        compareBindings(fragment.bindings, bindings);
        QCOMPARE(fragment.columns, QStringList{column});

        const QueryPlanner postgresPlanner(m_demo.project, m_postgres);
        const auto onServer = PolicyCompiler(postgresPlanner, sales(), tokenValues).compile(p);
        QVERIFY(std::holds_alternative<SqlFragment>(onServer));
        QCOMPARE(std::get<SqlFragment>(onServer).sql, u'(' + postgres + u')');
        QCOMPARE(countMarks(std::get<SqlFragment>(onServer).sql), bindings.size());
        compareBindings(std::get<SqlFragment>(onServer).bindings, bindings);

        // The rows it keeps are the rows the operator means, and neither none nor all of them
        // (either would let a wrong operator pass).
        const QSet<qint64> expected = oracle(p.rows, tokenValues);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < m_rows.size());
        QCOMPARE(run(fragment), expected);

        // The same policy as data: the operator's name, the bound value, the same rows.
        const auto structured = PolicyCompiler(sqlitePlanner, sales(), tokenValues).structured(p);
        QVERIFY2(std::holds_alternative<QList<StructuredPredicate>>(structured),
                 qPrintable(reasonOf(structured)));
        const QList<StructuredPredicate> &predicates
                = std::get<QList<StructuredPredicate>>(structured);
        QCOMPARE(predicates.size(), 1);
        QCOMPARE(predicates[0].column, column);
        QCOMPARE(predicates[0].op, opName);
        const Json boundValue = op == PolicyOperator::IsNull || op == PolicyOperator::IsNotNull
                ? Json()
                : op == PolicyOperator::In ? jsonFromVariant(bindings)
                                           : jsonFromVariant(bindings.constFirst());
        QCOMPARE(QString::fromStdString(predicates[0].value.dump()),
                 QString::fromStdString(boundValue.dump()));
        QVERIFY(predicates[0].allOf.isEmpty() && predicates[0].anyOf.isEmpty());
        QCOMPARE(structuredRows(predicates), expected);
    }

    void combinations_data()
    {
        QTest::addColumn<QList<PolicyRule>>("rows");
        QTest::addColumn<QByteArray>("policyValues");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");
        QTest::addColumn<QStringList>("columns");

        using Op = PolicyOperator;
        QTest::newRow("and") << QList<PolicyRule>{rule(
                u"quantity"_s, Op::GreaterThanOrEqualTo, qint64(10),
                {rule(u"region"_s, Op::Equals, u"${{ region }}"_s)})}
                             << QByteArray(R"({"region": "West"})")
                             << uR"((("quantity" >= ?) AND ("region" = ?)))"_s
                             << QVariantList{qint64(10), u"West"_s}
                             << QStringList{u"quantity"_s, u"region"_s};
        QTest::newRow("or") << QList<PolicyRule>{rule(
                u"distributor"_s, Op::In, u"${{ shops }}"_s, {},
                {rule(u"product"_s, Op::Like, u"%horchata"_s)})}
                            << QByteArray(R"({"shops": ["Farolito"]})")
                            << uR"((("distributor" IN (?)) OR ("product" LIKE ? ESCAPE '\')))"_s
                            << QVariantList{u"Farolito"_s, u"%horchata"_s}
                            << QStringList{u"distributor"_s, u"product"_s};
        // (West AND more than 20) OR no promotion: the and-rules bind tighter than the or-rules.
        QTest::newRow("and, then or")
                << QList<PolicyRule>{rule(u"region"_s, Op::Equals, u"West"_s,
                                          {rule(u"quantity"_s, Op::GreaterThan, qint64(20))},
                                          {rule(u"promotion"_s, Op::IsNull, {})})}
                << QByteArray()
                << uR"(((("region" = ?) AND ("quantity" > ?)) OR ("promotion" IS NULL)))"_s
                << QVariantList{u"West"_s, qint64(20)}
                << QStringList{u"region"_s, u"quantity"_s, u"promotion"_s};
        QTest::newRow("several ors")
                << QList<PolicyRule>{rule(u"region"_s, Op::Equals, u"West"_s, {},
                                          {rule(u"region"_s, Op::Equals, u"Midwest"_s),
                                           rule(u"quantity"_s, Op::LessThan, qint64(2))})}
                << QByteArray() << uR"(((("region" = ?) OR ("region" = ?)) OR ("quantity" < ?)))"_s
                << QVariantList{u"West"_s, u"Midwest"_s, qint64(2)}
                << QStringList{u"region"_s, u"quantity"_s};
        // NOT LIKE negates its own test only, not the rules beside it.
        QTest::newRow("nested, NOT_LIKE")
                << QList<PolicyRule>{rule(u"product"_s, Op::NotLike, u"%Burrito%"_s,
                                          {rule(u"quantity"_s, Op::LessThan, u"${{ max }}"_s, {},
                                                {rule(u"region"_s, Op::Equals, u"Midwest"_s)})})}
                << QByteArray(R"({"max": 5})")
                << uR"(((NOT ("product" LIKE ? ESCAPE '\')) AND (("quantity" < ?) OR ("region" = ?))))"_s
                << QVariantList{u"%Burrito%"_s, qint64(5), u"Midwest"_s}
                << QStringList{u"product"_s, u"quantity"_s, u"region"_s};
        QTest::newRow("two rules")
                << QList<PolicyRule>{rule(u"region"_s, Op::Equals, u"West"_s),
                                     rule(u"quantity"_s, Op::LessThanOrEqualTo, qint64(3), {},
                                          {rule(u"promotion"_s, Op::IsNotNull, {})})}
                << QByteArray()
                << uR"(("region" = ?) AND (("quantity" <= ?) OR ("promotion" IS NOT NULL)))"_s
                << QVariantList{u"West"_s, qint64(3)}
                << QStringList{u"region"_s, u"quantity"_s, u"promotion"_s};
    }

    void combinations()
    {
        QFETCH(QList<PolicyRule>, rows);
        QFETCH(QByteArray, policyValues);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);
        QFETCH(QStringList, columns);

        const Json tokenValues = values(policyValues);
        const AccessPolicy p = policy(rows);
        const QueryPlanner planner(m_demo.project, m_sqlite);
        const PolicyCompiler compiler(planner, sales(), tokenValues);
        const auto compiled = compiler.compile(p);
        QVERIFY2(std::holds_alternative<SqlFragment>(compiled), qPrintable(reasonOf(compiled)));
        const SqlFragment &fragment = std::get<SqlFragment>(compiled);
        QCOMPARE(fragment.sql, sql);
        QCOMPARE(countMarks(fragment.sql), bindings.size());
        compareBindings(fragment.bindings, bindings);
        QCOMPARE(fragment.columns, columns);

        const QSet<qint64> expected = oracle(rows, tokenValues);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < m_rows.size());
        QCOMPARE(run(fragment), expected);

        const auto structured = compiler.structured(p);
        QVERIFY2(std::holds_alternative<QList<StructuredPredicate>>(structured),
                 qPrintable(reasonOf(structured)));
        QCOMPARE(std::get<QList<StructuredPredicate>>(structured).size(), rows.size());
        QCOMPARE(structuredRows(std::get<QList<StructuredPredicate>>(structured)), expected);
    }

    void structuredShape()
    {
        using Op = PolicyOperator;
        const AccessPolicy p = policy({rule(u"region"_s, Op::Equals, u"${{ region }}"_s,
                                            {rule(u"quantity"_s, Op::GreaterThan, u"${{ min }}"_s)},
                                            {rule(u"distributor"_s, Op::In, u"${{ shop }}"_s),
                                             rule(u"promotion"_s, Op::IsNull, {})})});
        const Json tokenValues = values(R"({"region": "West", "min": "7", "shop": "Farolito"})");
        const QueryPlanner planner(m_demo.project, m_sqlite);
        const auto structured = PolicyCompiler(planner, sales(), tokenValues).structured(p);
        QVERIFY(std::holds_alternative<QList<StructuredPredicate>>(structured));
        const QList<StructuredPredicate> &rows = std::get<QList<StructuredPredicate>>(structured);
        QCOMPARE(rows.size(), 1);
        // Placeholders filled and coerced as the SQL binds them: 7, not "7"; a list for IN.
        const Json expected = Json::parse(R"({"column": "region", "op": "EQUALS", "value": "West",
            "all_of": [{"column": "quantity", "op": "GREATER_THAN", "value": 7}],
            "any_of": [{"column": "distributor", "op": "IN", "value": ["Farolito"]},
                       {"column": "promotion", "op": "IS_NULL", "value": null}]})");
        QCOMPARE(QString::fromStdString(rows[0].toJson().dump()),
                 QString::fromStdString(expected.dump()));
    }

    void describe_data()
    {
        QTest::addColumn<PolicyRule>("rule");
        QTest::addColumn<QString>("text");
        using Op = PolicyOperator;
        QTest::newRow("placeholder")
                << rule(u"distributor"_s, Op::Equals, u"${{ restaurant_name }}"_s)
                << u"distributor EQUALS ${{ restaurant_name }}"_s;
        QTest::newRow("list") << rule(u"distributor"_s, Op::In,
                                      QVariantList{u"Farolito"_s, u"La Fonda"_s})
                              << u"distributor IN [Farolito, La Fonda]"_s;
        QTest::newRow("number") << rule(u"quantity"_s, Op::GreaterThanOrEqualTo, qint64(3))
                                << u"quantity GREATER_THAN_OR_EQUAL_TO 3"_s;
        QTest::newRow("no value") << rule(u"promotion"_s, Op::IsNotNull, {})
                                  << u"promotion IS_NOT_NULL"_s;
        QTest::newRow("and, or")
                << rule(u"product"_s, Op::NotLike, u"%Burrito%"_s,
                        {rule(u"quantity"_s, Op::LessThan, qint64(5))},
                        {rule(u"region"_s, Op::Equals, u"West"_s)})
                << u"product NOT_LIKE %Burrito% AND (quantity LESS_THAN 5) OR (region EQUALS West)"_s;
        // A column the dataset lacks is named by its id rather than not at all.
        QTest::newRow("unknown column") << rule(u"gone"_s, Op::Equals, u"x"_s)
                                        << u"00000000-0000-4000-8000-00000000dead EQUALS x"_s;
    }

    void describe()
    {
        QFETCH(PolicyRule, rule);
        QFETCH(QString, text);
        const QueryPlanner planner(m_demo.project, m_sqlite);
        const Json none = Json::object();
        QCOMPARE(PolicyCompiler(planner, sales(), none).describe(rule), text);
    }

    void denials_data()
    {
        QTest::addColumn<QList<PolicyRule>>("rows");
        QTest::addColumn<QByteArray>("policyValues");
        QTest::addColumn<QString>("why");
        using Op = PolicyOperator;
        const QString noColumn = u"names a column the dataset does not have"_s;
        const PolicyRule own = rule(u"distributor"_s, Op::Equals, u"Farolito"_s);
        QTest::newRow("no row rule") << QList<PolicyRule>() << QByteArray() << u"has no row rule"_s;
        QTest::newRow("unknown column") << QList<PolicyRule>{rule(u"gone"_s, Op::Equals, u"x"_s)}
                                        << QByteArray() << noColumn;
        QTest::newRow("unknown column in a second rule")
                << QList<PolicyRule>{own, rule(u"gone"_s, Op::IsNull, {})} << QByteArray()
                << noColumn;
        QTest::newRow("unknown column in an and-rule") << QList<PolicyRule>{rule(
                u"distributor"_s, Op::Equals, u"Farolito"_s, {rule(u"gone"_s, Op::Equals, u"x"_s)})}
                                                       << QByteArray() << noColumn;
        QTest::newRow("unknown column in an or-rule")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::Equals, u"Farolito"_s, {},
                                          {rule(u"gone"_s, Op::Equals, u"x"_s)})}
                << QByteArray() << noColumn;
        QTest::newRow("missing policy value")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::Equals, u"${{ shop }}"_s)}
                << QByteArray(R"({"other": "Farolito"})")
                << uR"(needs the policy value "shop", which the token does not carry)"_s;
        QTest::newRow("policy values not an object")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::Equals, u"${{ shop }}"_s)}
                << QByteArray(R"(["Farolito"])") << u"needs the policy value \"shop\""_s;
        QTest::newRow("missing policy value in an or-rule")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::Equals, u"Farolito"_s, {},
                                          {rule(u"region"_s, Op::Equals, u"${{ region }}"_s)})}
                << QByteArray() << u"needs the policy value \"region\""_s;
        QTest::newRow("text for an integer")
                << QList<PolicyRule>{rule(u"quantity"_s, Op::GreaterThan, u"${{ min }}"_s)}
                << QByteArray(R"({"min": "three"})")
                << uR"(column "Quantity": "three" is not a valid integer value)"_s;
        QTest::newRow("text for an integer in an and-rule")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::Equals, u"Farolito"_s,
                                          {rule(u"quantity"_s, Op::LessThan, u"${{ max }}"_s)})}
                << QByteArray(R"({"max": "3; DROP TABLE sales"})")
                << u"is not a valid integer value"_s;
        QTest::newRow("a day that does not exist")
                << QList<PolicyRule>{rule(u"sale_date"_s, Op::LessThan, u"${{ before }}"_s)}
                << QByteArray(R"({"before": "2025-02-30"})") << u"is not a valid date value"_s;
        QTest::newRow("a number for a text column")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::Equals, u"${{ shop }}"_s)}
                << QByteArray(R"({"shop": 7})") << u"is not a valid text value"_s;
        QTest::newRow("a list for one value")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::NotEquals, u"${{ shop }}"_s)}
                << QByteArray(R"({"shop": ["Farolito", "La Fonda"]})")
                << u"expected one value, got a list"_s;
        QTest::newRow("null for one value")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::NotLike, u"${{ shop }}"_s)}
                << QByteArray(R"({"shop": null})") << u"a null value needs"_s;
        QTest::newRow("IN, empty list")
                << QList<PolicyRule>{rule(u"distributor"_s, Op::In, u"${{ shops }}"_s)}
                << QByteArray(R"({"shops": []})") << u"needs at least one value"_s;
        QTest::newRow("IN, one bad item")
                << QList<PolicyRule>{rule(u"quantity"_s, Op::In, u"${{ q }}"_s)}
                << QByteArray(R"({"q": [1, "x"]})") << u"is not a valid integer value"_s;
    }

    // Every one of these denies the whole policy, with a reason naming it: never a fragment that
    // leaves the bad rule out.
    void denials()
    {
        QFETCH(QList<PolicyRule>, rows);
        QFETCH(QByteArray, policyValues);
        QFETCH(QString, why);
        const Json tokenValues = values(policyValues);
        const AccessPolicy p = policy(rows);
        for (const SqlDialect *dialect : {static_cast<const SqlDialect *>(&m_sqlite),
                                          static_cast<const SqlDialect *>(&m_postgres)}) {
            const QueryPlanner planner(m_demo.project, *dialect);
            const PolicyCompiler compiler(planner, sales(), tokenValues);
            const auto compiled = compiler.compile(p);
            QVERIFY(std::holds_alternative<QString>(compiled));
            const QString &reason = std::get<QString>(compiled);
            QVERIFY2(reason.contains(why), qPrintable(reason));
            QVERIFY2(reason.contains(u"\"Own shop only\""_s), qPrintable(reason));

            const auto structured = compiler.structured(p);
            QVERIFY(std::holds_alternative<QString>(structured));
            QCOMPARE(std::get<QString>(structured), reason);
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicyCompiler)
#include "tst_policycompiler.moc"
