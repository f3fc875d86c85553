// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/claimsedits.h"
#include "common/json.h"

#include "common/demofixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The tenant form's rules without a widget (they moved from ui/ to the core): members kept in
// place, typed text to claim values, filters as table rows and back, and what the demo offers to
// override.
class TestClaimsEdits : public QObject
{
    Q_OBJECT

private:
    Tests::DemoFixture m_demo{800};

private slots:
    void initTestCase() { QVERIFY2(m_demo.ok(), qPrintable(m_demo.error)); }

    void membersKeepTheirPlace()
    {
        const Json claims = Json::parse(R"({"securables": [], "username": "a", "metadata": {}})");
        const Json renamed = ClaimsEdits::withMember(claims, "username", "b");
        QVERIFY(renamed.begin().key() == "securables");
        QVERIFY(std::next(renamed.begin()).key() == "username");
        QVERIFY(renamed["username"] == "b");
        QVERIFY(!ClaimsEdits::withMember(claims, "username", nullptr).contains("username"));
        // One level down; an object left empty goes.
        const Json with = ClaimsEdits::withSubMember(claims, "policy_values", "restaurant", "X");
        QVERIFY(with["policy_values"]["restaurant"] == "X");
        QVERIFY(!ClaimsEdits::withSubMember(with, "policy_values", "restaurant", nullptr)
                         .contains("policy_values"));
        QVERIFY(ClaimsEdits::member(claims, "absent").is_null());
    }

    void valuesFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("list");
        QTest::addColumn<QString>("json");
        QTest::newRow("integer") << u"12"_s << int(ColumnType::Integer) << false << u"12"_s;
        QTest::newRow("not an integer kept as text")
                << u"twelve"_s << int(ColumnType::Integer) << false << u"\"twelve\""_s;
        QTest::newRow("number") << u"1.5"_s << int(ColumnType::Number) << false << u"1.5"_s;
        QTest::newRow("text") << u"Farolito"_s << int(ColumnType::Text) << false
                              << u"\"Farolito\""_s;
        QTest::newRow("empty is null") << QString() << int(ColumnType::Text) << false << u"null"_s;
        QTest::newRow("list") << u"A, B"_s << int(ColumnType::Text) << true << u"[\"A\",\"B\"]"_s;
        QTest::newRow("list of one stays a scalar")
                << u"A"_s << int(ColumnType::Text) << true << u"\"A\""_s;
    }
    void valuesFromText()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(bool, list);
        QFETCH(QString, json);
        const Json value = ClaimsEdits::valueFromText(text, ColumnType(type), list);
        QCOMPARE(QString::fromStdString(value.dump()), json);
        // And back to what people typed, lists joined by ", ".
        if (!value.is_null())
            QCOMPARE(ClaimsEdits::valueText(value), text);
    }

    void filtersRoundTripThroughRows()
    {
        const Dataset &sales = m_demo.dataset(u"Sales"_s);
        const Column &distributor = m_demo.column(u"Sales"_s, u"distributor"_s);
        const Json filters = Json::array({{{"clause", "where"},
                                           {"origin", "global"},
                                           {"securable_id", utf8(sales.id)},
                                           {"column_id", utf8(distributor.id)},
                                           {"expression", "? = ?"},
                                           {"value", "Farolito"},
                                           {"note", "kept"}}});
        const QList<QVariantList> rows = ClaimsEdits::filterRows(filters);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().size(), int(ClaimsEdits::FilterColumnCount));
        const Json back = ClaimsEdits::filtersFromRows(rows, filters, m_demo.project);
        QVERIFY(back == filters); // members the form does not show are kept
    }

    void whatTheDemoOffers()
    {
        const auto parameters = ClaimsEdits::overridableParameters(m_demo.project);
        QVERIFY(std::any_of(parameters.cbegin(), parameters.cend(),
                            [](const auto &p) { return p.name == u"distributor"_s; }));
        const auto placeholders = ClaimsEdits::placeholders(m_demo.project);
        QVERIFY(!placeholders.isEmpty());
        for (qsizetype i = 1; i < placeholders.size(); ++i)
            QVERIFY(placeholders[i - 1].name < placeholders[i].name);
        // A profile's problems are the validator's, as the project file would hold them.
        QVERIFY(!ClaimsEdits::problems(Json::object(), m_demo.project).isEmpty());
        QVERIFY(ClaimsEdits::problems(m_demo.project.tenants.first().claims, m_demo.project)
                        .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClaimsEdits)
#include "tst_claimsedits.moc"
