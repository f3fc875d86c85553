// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filelock.h"
#include "common/strictjson.h"
#include "data/connectionspec.h"
#include "document/projectfile.h"
#include "document/projectvalidator.h"

#include "common/json.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The .dwproj format: round trip, every validation rule with its JSON path, malformed input,
// migration, refusal of newer versions and atomic saves.
class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray validText()
    {
        QFile file(QStringLiteral(DASHWRIGHT_TEST_DATA "/data/valid.dwproj"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the fixture");
        return file.readAll();
    }
    static Json validJson() { return Json::parse(validText().toStdString()); }
    static QStringList problemStrings(const ProjectFile::LoadResult &result)
    {
        QStringList list;
        for (const Problem &p : result.problems)
            list.append(p.toString());
        return list;
    }

private slots:
    void validFileLoads()
    {
        const auto result = ProjectFile::read(validText());
        QVERIFY2(result.problems.isEmpty(), qPrintable(problemStrings(result).join(u'\n')));
        QVERIFY(result.project);
        const Project &p = *result.project;
        QCOMPARE(p.name, u"Test project"_s);
        QCOMPARE(p.accounts.size(), 2);
        QCOMPARE(p.accounts[1].type, AccountType::Postgresql);
        QCOMPARE(p.accounts[1].secretId, u"warehouse-password"_s);
        QCOMPARE(p.datasets[1].kind, Dataset::Kind::Query);
        const Dashboard *d = p.dashboard(u"performance"_s);
        QVERIFY(d);
        QCOMPARE(d->parameters[1].defaultValue, QVariant(QDate(2025, 1, 1)));
        QCOMPARE(d->widgets[1].dimensions[0].grain, TimeGrain::Month);
        QCOMPARE(d->widgets[1].measures[1].aggregation, Aggregation::Count);
        QVERIFY(d->widgets[1].measures[1].columnId.isEmpty());
        QCOMPARE(d->widgets[1].sort[0].descending, false);
        QCOMPARE(d->widgets[1].filters[0].value, QVariant(QVariantList{qint64(1), qint64(10)}));
        QCOMPARE(p.accessPolicies[0].rows[0].orRules.size(), 1);
        QVERIFY(p.tenant(u"Farolito"_s)->claims["metadata"]["code"] == "FAR");
        QCOMPARE(p.policiesFor(p.datasets[0].id).size(), 1);
        QVERIFY(d->parameters[0].requiredInToken);
        QVERIFY(!d->parameters[1].requiredInToken);
        QVERIFY(!d->filters[0].viewerEditable);
        QVERIFY(d->filters[1].viewerEditable);
        QVERIFY(!d->filters[1].value.isValid()); // unset until the viewer picks
    }

    // Files written before the two flags existed load with both off, and a project that does not
    // set them is written without them, so that older versions (whose reader refuses unknown
    // fields) still read it.
    void flagsAreOptional()
    {
        Json json = validJson();
        Json &dashboard = json["dashboards"][0];
        dashboard["parameters"][0].erase("required_in_token");
        dashboard["filters"].erase(1);
        const auto result = ProjectFile::read(QByteArray::fromStdString(json.dump()));
        QVERIFY2(result.problems.isEmpty(), qPrintable(problemStrings(result).join(u'\n')));
        QVERIFY(!result.project->dashboards[0].parameters[0].requiredInToken);
        QVERIFY(!result.project->dashboards[0].filters[0].viewerEditable);
        const QByteArray written = ProjectFile::write(*result.project);
        QVERIFY(!written.contains("required_in_token"));
        QVERIFY(!written.contains("viewer_editable"));

        const QByteArray flagged = ProjectFile::write(*ProjectFile::read(validText()).project);
        QVERIFY(flagged.contains("\"required_in_token\": true"));
        QVERIFY(flagged.contains("\"viewer_editable\": true"));
    }

    // A PostgreSQL account's statement timeout: 30 s when absent, and written only when it is
    // not, so that files from before it existed stay byte-identical.
    void statementTimeout_data()
    {
        QTest::addColumn<QString>("written"); // JSON text; empty: absent
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QString() << 30;
        QTest::newRow("default written out") << u"30"_s << 30;
        QTest::newRow("one second") << u"1"_s << 1;
        QTest::newRow("no limit") << u"0"_s << 0;
        QTest::newRow("a day") << u"86400"_s << 86400;
    }
    void statementTimeout()
    {
        QFETCH(QString, written);
        QFETCH(int, seconds);
        Json json = validJson();
        json["accounts"][1].erase("statement_timeout");
        if (!written.isEmpty())
            json["accounts"][1]["statement_timeout"] = Json::parse(written.toStdString());
        const auto result = ProjectFile::read(QByteArray::fromStdString(json.dump()));
        QVERIFY2(result.project, qPrintable(problemStrings(result).join(u'\n')));
        QCOMPARE(result.project->accounts[1].statementTimeout, seconds);
        // And the connection the account makes carries it to the server.
        QCOMPARE(ConnectionSpec::forAccount(result.project->accounts[1], u"/p/x.dwproj"_s)
                         .statementTimeout,
                 seconds);
        const Json again = Json::parse(ProjectFile::write(*result.project).toStdString());
        if (seconds == Account::defaultStatementTimeout)
            QVERIFY(!again["accounts"][1].contains("statement_timeout"));
        else
            QCOMPARE(again["accounts"][1]["statement_timeout"].get<int>(), seconds);
        QVERIFY(!again["accounts"][0].contains("statement_timeout"));
    }

    void roundTripIsStable()
    {
        const auto first = ProjectFile::read(validText());
        QVERIFY(first.project);
        const QByteArray written = ProjectFile::write(*first.project);
        const auto second = ProjectFile::read(written);
        QVERIFY2(second.problems.isEmpty(), qPrintable(problemStrings(second).join(u'\n')));
        QCOMPARE(*second.project, *first.project);
        // Same bytes when nothing changed: the file diffs cleanly in git.
        QCOMPARE(ProjectFile::write(*second.project), written);
        // Stable key order: format and schema_version lead.
        QVERIFY(written.startsWith(
                "{\n  \"format\": \"dashwright-project\",\n  \"schema_version\": 2,"));
    }

    void roundTripThroughDevice()
    {
        const auto first = ProjectFile::read(validText());
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QString error;
        QVERIFY(ProjectFile::write(*first.project, &buffer, &error));
        buffer.seek(0);
        const auto second = ProjectFile::read(&buffer);
        QVERIFY(second.project);
        QCOMPARE(*second.project, *first.project);
    }

    // The theme is optional: a file without one loads with the default and is written without
    // one (byte-identical round trip); one that differs is written and read back as it was.
    void themeIsOptional()
    {
        const auto plain = ProjectFile::read(validText());
        QVERIFY(plain.project);
        QVERIFY(!validText().contains("\"theme\""));
        QCOMPARE(plain.project->theme, Theme());
        QCOMPARE(plain.project->theme.palette, u"tableau10"_s);
        QCOMPARE(plain.project->theme.mode, ThemeMode::Light);
        QCOMPARE(plain.project->theme.font, u"system-ui"_s);
        const QByteArray written = ProjectFile::write(*plain.project);
        QVERIFY(!written.contains("\"theme\""));
        QCOMPARE(ProjectFile::write(*ProjectFile::read(written).project), written);

        // Written out in full, the default is still the default: dropped on the next save.
        Json json = validJson();
        json["theme"] = {{"palette", "tableau10"}, {"mode", "light"}, {"font", "system-ui"}};
        const auto spelled = ProjectFile::read(QByteArray::fromStdString(json.dump()));
        QVERIFY2(spelled.problems.isEmpty(), qPrintable(problemStrings(spelled).join(u'\n')));
        QCOMPARE(spelled.project->theme, Theme());
        QVERIFY(!ProjectFile::write(*spelled.project).contains("\"theme\""));
    }

    void themeRoundTrip_data()
    {
        QTest::addColumn<QString>("theme"); // JSON text
        QTest::addColumn<QString>("palette");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("font");
        QTest::newRow("all")
                << u"{\"palette\": \"okabe-ito\", \"mode\": \"dark\", \"font\": \"Noto Sans\"}"_s
                << u"okabe-ito"_s << true << u"Noto Sans"_s;
        QTest::newRow("mode only")
                << u"{\"mode\": \"dark\"}"_s << u"tableau10"_s << true << u"system-ui"_s;
        QTest::newRow("palette only")
                << u"{\"palette\": \"burrito\"}"_s << u"burrito"_s << false << u"system-ui"_s;
        QTest::newRow("font only") << u"{\"font\": \"DejaVu_Serif-2\"}"_s << u"tableau10"_s << false
                                   << u"DejaVu_Serif-2"_s;
    }
    void themeRoundTrip()
    {
        QFETCH(QString, theme);
        QFETCH(QString, palette);
        QFETCH(bool, dark);
        QFETCH(QString, font);
        Json json = validJson();
        json["theme"] = Json::parse(theme.toStdString());
        const auto first = ProjectFile::read(QByteArray::fromStdString(json.dump()));
        QVERIFY2(first.project, qPrintable(problemStrings(first).join(u'\n')));
        QCOMPARE(first.project->theme.palette, palette);
        QCOMPARE(first.project->theme.mode, dark ? ThemeMode::Dark : ThemeMode::Light);
        QCOMPARE(first.project->theme.font, font);
        QCOMPARE(first.project->theme.colors(), findPalette(palette)->colors);
        const QByteArray written = ProjectFile::write(*first.project);
        const Json again = Json::parse(written.toStdString());
        QCOMPARE(again["theme"]["palette"].get<std::string>(), palette.toStdString());
        QCOMPARE(again["theme"]["mode"].get<std::string>(), dark ? "dark" : "light");
        QCOMPARE(again["theme"]["font"].get<std::string>(), font.toStdString());
        const auto second = ProjectFile::read(written);
        QVERIFY(second.project);
        QCOMPARE(*second.project, *first.project);
        QCOMPARE(ProjectFile::write(*second.project), written);
    }

    // Every palette's colours are #rrggbb, as a widget's own colours are: the web runtime and the
    // designer take them as they are.
    void palettesAreColours()
    {
        QVERIFY(findPalette(Theme::defaultPalette));
        QCOMPARE(palettes().constFirst().name, Theme::defaultPalette.toString());
        const QRegularExpression colour(u"^#[0-9a-f]{6}$"_s);
        for (const Palette &palette : palettes()) {
            QVERIFY(palette.colors.size() >= 6);
            for (const QString &c : palette.colors)
                QVERIFY2(colour.match(c).hasMatch(), qPrintable(palette.name + u' ' + c));
        }
    }

    void validation_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("replacement"); // JSON text; empty: remove the member
        QTest::addColumn<QString>("expected");    // a reported problem, "path: message"

        // Structure
        QTest::newRow("missing name")
                << u"/name"_s << QString() << u"name: required field is missing"_s;
        QTest::newRow("wrong type")
                << u"/name"_s << u"42"_s << u"name: expected a string, found an integer"_s;
        QTest::newRow("unknown field") << u"/datasets/0/colour"_s << u"\"red\""_s
                                       << u"datasets[0].colour: unknown field"_s;
        QTest::newRow("accounts not array")
                << u"/accounts"_s << u"{}"_s << u"accounts: expected an array, found an object"_s;
        QTest::newRow("password in project")
                << u"/accounts/1/password"_s << u"\"hunter2\""_s
                << u"accounts[1].password: secrets do not belong in the project file; keep the password in the keystore and refer to it with secret_id"_s;
        QTest::newRow("unknown account type")
                << u"/accounts/0/type"_s << u"\"oracle\""_s
                << u"accounts[0].type: unknown value \"oracle\" (expected sqlite, postgresql or plugin)"_s;
        QTest::newRow("port out of range") << u"/accounts/1/port"_s << u"70000"_s
                                           << u"accounts[1].port: must be between 1 and 65535"_s;
        QTest::newRow("huge port") << u"/accounts/1/port"_s << u"18446744073709551615"_s
                                   << u"accounts[1].port: must be between 1 and 65535"_s;
        QTest::newRow("float port") << u"/accounts/1/port"_s << u"1e300"_s
                                    << u"accounts[1].port: expected an integer, found a number"_s;
        QTest::newRow("negative statement timeout")
                << u"/accounts/1/statement_timeout"_s << u"-1"_s
                << u"accounts[1].statement_timeout: must be between 0 and 86400"_s;
        QTest::newRow("statement timeout past a day")
                << u"/accounts/1/statement_timeout"_s << u"86401"_s
                << u"accounts[1].statement_timeout: must be between 0 and 86400"_s;
        QTest::newRow("statement timeout as text")
                << u"/accounts/1/statement_timeout"_s << u"\"30s\""_s
                << u"accounts[1].statement_timeout: expected an integer, found a string"_s;
        QTest::newRow("statement timeout on SQLite")
                << u"/accounts/0/statement_timeout"_s << u"10"_s
                << u"accounts[0].statement_timeout: only a PostgreSQL account has a statement timeout"_s;
        QTest::newRow("unknown column type")
                << u"/datasets/0/columns/2/type"_s << u"\"money\""_s
                << u"datasets[0].columns[2].type: unknown value \"money\" (expected text, integer, number, date, datetime or boolean)"_s;
        QTest::newRow("unknown widget type")
                << u"/dashboards/0/widgets/0/type"_s << u"\"gauge\""_s
                << u"dashboards[0].widgets[0].type: unknown value \"gauge\" (expected kpi, bar, stacked_bar, line, area, pie, donut, scatter, table or text)"_s;
        QTest::newRow("unknown aggregation")
                << u"/dashboards/0/widgets/0/measures/0/aggregation"_s << u"\"median\""_s
                << u"dashboards[0].widgets[0].measures[0].aggregation: unknown value \"median\" (expected sum, count, count_distinct, avg, min or max)"_s;
        QTest::newRow("missing default")
                << u"/dashboards/0/parameters/0/default"_s << QString()
                << u"dashboards[0].parameters[0].default: required field is missing"_s;
        QTest::newRow("null default")
                << u"/dashboards/0/parameters/0/default"_s << u"null"_s
                << u"dashboards[0].parameters[0].default: a parameter needs a default value"_s;
        QTest::newRow("empty text default")
                << u"/dashboards/0/parameters/0/default"_s << u"\"  \""_s
                << u"dashboards[0].parameters[0].default: a parameter needs a default value; an empty text is none"_s;
        QTest::newRow("default of wrong type")
                << u"/dashboards/0/parameters/1/default"_s << u"\"2025-02-30\""_s
                << u"dashboards[0].parameters[1].default: is not a valid date value"_s;
        QTest::newRow("default not allowed")
                << u"/dashboards/0/parameters/0/default"_s << u"\"Other\""_s
                << u"dashboards[0].parameters[0].default: the default is not one of the allowed values"_s;
        QTest::newRow("missing grid")
                << u"/dashboards/0/widgets/0/grid"_s << QString()
                << u"dashboards[0].widgets[0].grid: required field is missing"_s;
        QTest::newRow("bad sort direction")
                << u"/dashboards/0/widgets/1/sort/0/direction"_s << u"\"up\""_s
                << u"dashboards[0].widgets[1].sort[0].direction: unknown value \"up\" (expected asc or desc)"_s;
        QTest::newRow("viewer-editable widget filter")
                << u"/dashboards/0/widgets/1/filters/0/viewer_editable"_s << u"true"_s
                << u"dashboards[0].widgets[1].filters[0].viewer_editable: only a dashboard filter can be viewer-editable, not a widget's filter"_s;
        QTest::newRow("viewer-editable parameter filter")
                << u"/dashboards/0/filters/0/viewer_editable"_s << u"true"_s
                << u"dashboards[0].filters[0].viewer_editable: a filter that follows a parameter cannot be viewer-editable"_s;
        QTest::newRow("viewer_editable not boolean")
                << u"/dashboards/0/filters/1/viewer_editable"_s << u"\"yes\""_s
                << u"dashboards[0].filters[1].viewer_editable: expected a boolean, found a string"_s;
        QTest::newRow("required_in_token not boolean")
                << u"/dashboards/0/parameters/0/required_in_token"_s << u"1"_s
                << u"dashboards[0].parameters[0].required_in_token: expected a boolean, found an integer"_s;
        QTest::newRow("unset filter not viewer-editable")
                << u"/dashboards/0/filters/1/viewer_editable"_s << u"false"_s
                << u"dashboards[0].filters[1].value: expression \"? in ?\" needs a value or a parameter"_s;
        QTest::newRow("viewer-editable filter value")
                << u"/dashboards/0/filters/1/value"_s << u"[1, \"two\"]"_s
                << u"dashboards[0].filters[1].value[1]: is not a valid integer value for column \"quantity\""_s;
        QTest::newRow("filter value and parameter")
                << u"/dashboards/0/filters/0/value"_s << u"\"x\""_s
                << u"dashboards[0].filters[0]: a filter takes either a value or a parameter, not both"_s;
        QTest::newRow("claims not object")
                << u"/tenants/0/claims"_s << u"[]"_s << u"tenants[0].claims: expected an object"_s;

        // References and meaning
        QTest::newRow("id not uuid") << u"/dashboards/0/widgets/0/id"_s << u"\"w1\""_s
                                     << u"dashboards[0].widgets[0].id: \"w1\" is not a UUID"_s;
        QTest::newRow("duplicate id")
                << u"/dashboards/0/widgets/1/id"_s << u"\"00000000-0000-4000-8000-000000000101\""_s
                << u"dashboards[0].widgets[1].id: duplicate id 00000000-0000-4000-8000-000000000101 (also used at dashboards[0].widgets[0].id)"_s;
        QTest::newRow("unknown measure column")
                << u"/dashboards/0/widgets/0/measures/0/column"_s
                << u"\"00000000-0000-4000-8000-00000000ffff\""_s
                << u"dashboards[0].widgets[0].measures[0].column: unknown column id 00000000-0000-4000-8000-00000000ffff in dataset \"Sales\""_s;
        QTest::newRow("unknown dataset")
                << u"/dashboards/0/widgets/0/dataset_id"_s
                << u"\"00000000-0000-4000-8000-00000000ffff\""_s
                << u"dashboards[0].widgets[0].dataset_id: unknown dataset id 00000000-0000-4000-8000-00000000ffff"_s;
        QTest::newRow("unknown account")
                << u"/datasets/0/account_id"_s << u"\"00000000-0000-4000-8000-00000000ffff\""_s
                << u"datasets[0].account_id: unknown account id 00000000-0000-4000-8000-00000000ffff"_s;
        QTest::newRow("sum of text")
                << u"/dashboards/0/widgets/0/measures/0/column"_s
                << u"\"00000000-0000-4000-8000-0000000000c2\""_s
                << u"dashboards[0].widgets[0].measures[0].aggregation: sum needs a numeric column; \"distributor\" is text"_s;
        QTest::newRow("grain on text")
                << u"/dashboards/0/widgets/1/dimensions/0/column"_s
                << u"\"00000000-0000-4000-8000-0000000000c2\""_s
                << u"dashboards[0].widgets[1].dimensions[0].grain: a time grain needs a date or datetime column"_s;
        QTest::newRow("sort out of range")
                << u"/dashboards/0/widgets/1/sort/0/dimension"_s << u"3"_s
                << u"dashboards[0].widgets[1].sort[0]: sorts by dimension 3, but the widget has 1"_s;
        QTest::newRow("grid overflow")
                << u"/dashboards/0/widgets/1/grid/x"_s << u"4"_s
                << u"dashboards[0].widgets[1].grid: extends past the 12-column grid (x 4 + w 9)"_s;
        QTest::newRow("bad colour")
                << u"/dashboards/0/widgets/1/colors/0"_s << u"\"blue\""_s
                << u"dashboards[0].widgets[1].colors[0]: expected a colour as #rrggbb"_s;
        QTest::newRow("kpi without measure")
                << u"/dashboards/0/widgets/0/measures"_s << u"[]"_s
                << u"dashboards[0].widgets[0].measures: a kpi widget needs at least one measure"_s;
        QTest::newRow("unknown parameter")
                << u"/dashboards/0/filters/0/parameter"_s
                << u"\"00000000-0000-4000-8000-00000000ffff\""_s
                << u"dashboards[0].filters[0].parameter: unknown parameter id 00000000-0000-4000-8000-00000000ffff in dashboard \"Performance\""_s;
        QTest::newRow("parameter type mismatch")
                << u"/dashboards/0/widgets/0/filters/0/column"_s
                << u"\"00000000-0000-4000-8000-0000000000c3\""_s
                << u"dashboards[0].widgets[0].filters[0].parameter: parameter \"since\" (date) does not fit column \"Quantity\" (integer)"_s;
        QTest::newRow("between one value")
                << u"/dashboards/0/widgets/1/filters/0/value"_s << u"1"_s
                << u"dashboards[0].widgets[1].filters[0].value: \"? between ?\" takes a list of two values"_s;
        QTest::newRow("filter value type")
                << u"/dashboards/0/widgets/1/filters/0/value"_s << u"[1, \"ten\"]"_s
                << u"dashboards[0].widgets[1].filters[0].value[1]: is not a valid integer value for column \"quantity\""_s;
        QTest::newRow("duplicate slug")
                << u"/dashboards/1"_s
                << u"{\"id\": \"00000000-0000-4000-8000-0000000000b2\", \"slug\": \"performance\", \"title\": \"Again\", \"widgets\": []}"_s
                << u"dashboards[1].slug: duplicate slug \"performance\""_s;
        QTest::newRow("bad slug")
                << u"/dashboards/0/slug"_s << u"\"Per formance\""_s
                << u"dashboards[0].slug: a slug is lowercase letters, digits and single hyphens"_s;
        QTest::newRow("duplicate column name")
                << u"/datasets/0/columns/1/name"_s << u"\"sale_date\""_s
                << u"datasets[0].columns[1].name: duplicate column name \"sale_date\""_s;
        QTest::newRow("policy unknown column")
                << u"/access_policies/0/rows/0/column"_s
                << u"\"00000000-0000-4000-8000-00000000ffff\""_s
                << u"access_policies[0].rows[0].column: unknown column id 00000000-0000-4000-8000-00000000ffff in dataset \"Sales\""_s;
        QTest::newRow("bad placeholder")
                << u"/access_policies/0/rows/0/value"_s << u"\"${{ restaurant name }}\""_s
                << u"access_policies[0].rows[0].value: \"${{ restaurant name }}\" is not a placeholder; write ${{ name }} with a name of letters, digits and _"_s;
        QTest::newRow("placeholder in a list")
                << u"/access_policies/0/rows/0"_s
                << u"{\"column\": \"00000000-0000-4000-8000-0000000000c2\", \"operator\": \"IN\", \"value\": [\"${{ a }}\", \"b\"]}"_s
                << u"access_policies[0].rows[0].value: a placeholder stands alone as the value (its policy value may be a list), not inside a list"_s;
        QTest::newRow("policy is null with value")
                << u"/access_policies/0/rows/0/or/0/value"_s << u"1"_s
                << u"access_policies[0].rows[0].or[0].value: operator IS_NULL takes no value"_s;
        QTest::newRow("unknown operator")
                << u"/access_policies/0/rows/0/operator"_s << u"\"SIMILAR\""_s
                << u"access_policies[0].rows[0].operator: unknown value \"SIMILAR\" (expected EQUALS, NOT_EQUALS, GREATER_THAN, … (see the documentation))"_s;
        QTest::newRow("bad origin")
                << u"/embed_origins/0"_s << u"\"app.example.com/path\""_s
                << u"embed_origins[0]: \"app.example.com/path\" does not start with https:// or http://; an origin is scheme://host[:port], e.g. https://app.example.com"_s;
        QTest::newRow("plugin without url")
                << u"/accounts/1"_s
                << u"{\"id\": \"00000000-0000-4000-8000-0000000000a2\", \"name\": \"Broker\", \"type\": \"plugin\"}"_s
                << u"accounts[1].base_url: a plugin account needs an http(s) base_url"_s;

        // Tenant claims
        QTest::newRow("claims unknown securable")
                << u"/tenants/0/claims/securables/0"_s
                << u"\"00000000-0000-4000-8000-00000000ffff\""_s
                << u"tenants[0].claims.securables[0]: unknown securable 00000000-0000-4000-8000-00000000ffff"_s;
        QTest::newRow("claims unknown parameter")
                << u"/tenants/0/claims/parameter_overrides/region"_s << u"\"West\""_s
                << u"tenants[0].claims.parameter_overrides.region: unknown parameter \"region\""_s;
        QTest::newRow("claims parameter type")
                << u"/tenants/0/claims/parameter_overrides/since"_s << u"\"yesterday\""_s
                << u"tenants[0].claims.parameter_overrides.since: is not a valid date value for parameter \"since\""_s;
        QTest::newRow("claims filter column")
                << u"/tenants/0/claims/filters/0/column_id"_s
                << u"\"00000000-0000-4000-8000-0000000000c5\""_s
                << u"tenants[0].claims.filters[0].column_id: unknown column id 00000000-0000-4000-8000-0000000000c5 in dataset \"Sales\""_s;
        QTest::newRow("claims filter clause")
                << u"/tenants/0/claims/filters/0/clause"_s << u"\"order by\""_s
                << u"tenants[0].claims.filters[0].clause: unknown value \"order by\" (expected where or having)"_s;
        QTest::newRow("claims filter expression")
                << u"/tenants/0/claims/filters/0/expression"_s << u"\"? ~ ?\""_s
                << u"tenants[0].claims.filters[0].expression: unknown filter expression \"? ~ ?\""_s;
        QTest::newRow("claims filter empty in")
                << u"/tenants/0/claims/filters/0/value"_s << u"[]"_s
                << u"tenants[0].claims.filters[0].value: \"? in ?\" takes a non-empty list of values"_s;
        QTest::newRow("claims password")
                << u"/tenants/0/claims/account_overrides/00000000-0000-4000-8000-0000000000a1/password"_s
                << u"\"pw\""_s
                << u"tenants[0].claims.account_overrides.00000000-0000-4000-8000-0000000000a1.password: credentials cannot be stored here: a signed token is readable by the page, and a project file is shared; use a sealed token (--sealed)"_s;
        QTest::newRow("claims unknown account")
                << u"/tenants/0/claims/account_overrides/00000000-0000-4000-8000-00000000ffff"_s
                << u"{}"_s
                << u"tenants[0].claims.account_overrides.00000000-0000-4000-8000-00000000ffff: unknown account id 00000000-0000-4000-8000-00000000ffff"_s;
        QTest::newRow("claims policy value object")
                << u"/tenants/0/claims/policy_values/restaurant_name"_s << u"{\"a\": 1}"_s
                << u"tenants[0].claims.policy_values.restaurant_name: expected a string, number, boolean or a non-empty list of them"_s;
        QTest::newRow("claims unknown field") << u"/tenants/0/claims/role"_s << u"\"admin\""_s
                                              << u"tenants[0].claims.role: unknown field"_s;
        QTest::newRow("claims missing securables")
                << u"/tenants/0/claims/securables"_s << QString()
                << u"tenants[0].claims.securables: required field is missing"_s;
        // Theme
        QTest::newRow("unknown palette")
                << u"/theme"_s << u"{\"palette\": \"rainbow\"}"_s
                << u"theme.palette: unknown palette \"rainbow\" (expected tableau10, okabe-ito, burrito, viridis, grayscale)"_s;
        QTest::newRow("unknown mode")
                << u"/theme"_s << u"{\"mode\": \"sepia\"}"_s
                << u"theme.mode: unknown value \"sepia\" (expected light or dark)"_s;
        QTest::newRow("palette not a string")
                << u"/theme"_s << u"{\"palette\": 3}"_s
                << u"theme.palette: expected a string, found an integer"_s;
        QTest::newRow("empty font")
                << u"/theme"_s << u"{\"font\": \"\"}"_s << u"theme.font: must not be empty"_s;
        QTest::newRow("font closing a CSS declaration")
                << u"/theme"_s << u"{\"font\": \"x; color: red\"}"_s
                << u"theme.font: \"x; color: red\" is not a font family name of ASCII letters, digits, hyphens, underscores and single spaces"_s;
        QTest::newRow("font with a quote")
                << u"/theme"_s << u"{\"font\": \"Noto'Sans\"}"_s
                << u"theme.font: \"Noto'Sans\" is not a font family name of ASCII letters, digits, hyphens, underscores and single spaces"_s;
        QTest::newRow("font too long")
                << u"/theme"_s << u"{\"font\": \"%1\"}"_s.arg(QString(65, u'a'))
                << u"theme.font: longer than 64 characters: not a font family name"_s;
        QTest::newRow("theme unknown member") << u"/theme"_s << u"{\"accent\": \"#ff0000\"}"_s
                                              << u"theme.accent: unknown field"_s;
        QTest::newRow("theme not an object")
                << u"/theme"_s << u"\"dark\""_s << u"theme: expected an object, found a string"_s;
    }

    void validation()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, replacement);
        QFETCH(QString, expected);
        Json json = validJson();
        const Json::json_pointer ptr(pointer.toStdString());
        if (replacement.isEmpty())
            json[ptr.parent_pointer()].erase(ptr.back());
        else
            json[ptr] = Json::parse(replacement.toStdString());
        const auto result = ProjectFile::read(QByteArray::fromStdString(json.dump()));
        QVERIFY(!result.project);
        const QStringList problems = problemStrings(result);
        QVERIFY2(problems.contains(expected), qPrintable(u"got:\n"_s + problems.join(u'\n')));
    }

    void embedOrigins_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: an origin

        QTest::newRow("https") << u"https://app.example.com"_s << QString();
        QTest::newRow("http with port") << u"http://localhost:8080"_s << QString();
        QTest::newRow("IPv4") << u"http://127.0.0.1:9000"_s << QString();
        QTest::newRow("IPv6") << u"https://[::1]:8443"_s << QString();
        QTest::newRow("empty") << QString() << u"cannot be empty"_s;
        QTest::newRow("trailing slash") << u"https://app.example.com/"_s << u"has a path"_s;
        QTest::newRow("path") << u"https://app.example.com/embed"_s << u"has a path"_s;
        QTest::newRow("user") << u"https://user@x"_s << u"has a user name"_s;
        QTest::newRow("user and password") << u"https://u:p@x"_s << u"has a user name"_s;
        QTest::newRow("query") << u"https://x?q"_s << u"has a query"_s;
        QTest::newRow("fragment") << u"https://x#top"_s << u"has a fragment"_s;
        QTest::newRow("ftp") << u"ftp://x"_s << u"does not start with https:// or http://"_s;
        QTest::newRow("no scheme")
                << u"app.example.com"_s << u"does not start with https:// or http://"_s;
        QTest::newRow("host and port only")
                << u"localhost:8080"_s << u"does not start with https:// or http://"_s;
        QTest::newRow("no host") << u"https://"_s << u"has no host"_s;
        QTest::newRow("space") << u" https://x"_s << u"is not scheme://host[:port]"_s;
        QTest::newRow("underscore") << u"https://my_host"_s << u"the host is neither"_s;
        QTest::newRow("port zero") << u"https://x:0"_s << u"not between 1 and 65535"_s;
        QTest::newRow("port too big") << u"https://x:70000"_s << u"is not scheme://host"_s;
        QTest::newRow("default https port")
                << u"https://x:443"_s
                << u"names the default port, which browsers leave out of "
                   u"the origin: write \"https://x\""_s;
        QTest::newRow("default http port") << u"http://x:80"_s << u"write \"http://x\""_s;
        QTest::newRow("upper case")
                << u"https://App.Example.com"_s << u"write \"https://app.example.com\""_s;
        QTest::newRow("upper-case scheme") << u"HTTPS://x"_s << u"write \"https://x\""_s;
        QTest::newRow("international name")
                << u"https://bücher.example"_s << u"write \"https://xn--bcher-kva.example\""_s;
        QTest::newRow("empty port") << u"https://x:"_s << u"write \"https://x\""_s;
    }

    // An origin is spelled as browsers send it: the server compares the Origin header with the
    // list as text, and the frame page's frame-ancestors takes nothing else. The file check and
    // the designer's Project Settings dialog share this one rule.
    void embedOrigins()
    {
        QFETCH(QString, origin);
        QFETCH(QString, problem);
        const QString found = ProjectValidator::embedOriginProblem(origin);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));

        // Files written when the rule only asked for an http(s) URL with a host and no path load
        // as they did (the format is a stable contract); `project check` warns about the entry.
        static const QStringList olderFilesLoad{u"user"_s,
                                                u"user and password"_s,
                                                u"query"_s,
                                                u"fragment"_s,
                                                u"underscore"_s,
                                                u"port zero"_s,
                                                u"default https port"_s,
                                                u"default http port"_s,
                                                u"upper case"_s,
                                                u"upper-case scheme"_s,
                                                u"international name"_s,
                                                u"empty port"_s};
        const bool loads = problem.isEmpty()
                || olderFilesLoad.contains(QString::fromLatin1(QTest::currentDataTag()));
        QCOMPARE(ProjectValidator::embedOriginLoads(origin), loads);
        Json json = validJson();
        json["embed_origins"].push_back(origin.toStdString());
        const auto result = ProjectFile::read(QByteArray::fromStdString(json.dump()));
        QCOMPARE(bool(result.project), loads);
        if (!loads)
            QVERIFY(problemStrings(result).contains(u"embed_origins[1]: "_s + found));
        else if (!problem.isEmpty())
            QVERIFY(ProjectValidator::embedOriginWarnings(*result.project)
                            .contains(Problem{
                                    u"embed_origins[1]"_s,
                                    found + u" (no browser sends it: it never matches)"_s}));
    }

    // The designer opens a design in progress: broken rules are listed, the project still comes;
    // a file that cannot be read as a project does not.
    void readableOpensAnInvalidDesign()
    {
        Json json = validJson();
        json["dashboards"][0]["widgets"][0]["measures"] = Json::array();
        const QByteArray text = QByteArray::fromStdString(json.dump());
        QVERIFY(!ProjectFile::read(text).project);
        const auto readable = ProjectFile::read(text, ProjectFile::Check::Readable);
        QVERIFY(readable.project);
        QVERIFY(!readable.problems.isEmpty());
        QVERIFY(readable.project->dashboards.first().widgets.first().measures.isEmpty());

        json["dashboards"][0]["widgets"][0]["type"] = "gauge";
        const auto unreadable = ProjectFile::read(QByteArray::fromStdString(json.dump()),
                                                  ProjectFile::Check::Readable);
        QVERIFY(!unreadable.project);
        QVERIFY(problemStrings(unreadable).join(u'\n').contains(u"unknown value \"gauge\""_s));
    }

    void everyProblemIsReported()
    {
        Json json = validJson();
        json["name"] = 1;
        json["dashboards"][0]["widgets"][0]["type"] = "gauge";
        json["datasets"][0]["extra"] = true;
        const auto result = ProjectFile::read(QByteArray::fromStdString(json.dump()));
        QCOMPARE(result.problems.size(), 3);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray valid = validText();
        QTest::newRow("empty") << QByteArray() << u"malformed JSON at line 1, column 1"_s;
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"malformed JSON at line "_s;
        QTest::newRow("not an object")
                << QByteArray("[1, 2]") << u"a project file holds a JSON object"_s;
        QTest::newRow("wrong format")
                << QByteArray(R"({"format": "other", "schema_version": 2})")
                << u"format: not a Dashwright project (expected \"dashwright-project\")"_s;
        QTest::newRow("newer")
                << QByteArray(R"({"format": "dashwright-project", "schema_version": 99})")
                << u"schema_version: the file uses schema version 99, newer than this Dashwright understands (2); open it with a newer version"_s;
        QTest::newRow("huge version") << QByteArray(
                R"({"format": "dashwright-project", "schema_version": 18446744073709551615})")
                                      << u"schema_version: the file uses schema version 1000000"_s;
        QTest::newRow("version zero")
                << QByteArray(R"({"format": "dashwright-project", "schema_version": 0})")
                << u"schema_version: schema_version 0 is not a Dashwright schema version"_s;
        QTest::newRow("duplicate member")
                << QByteArray(R"({"format": "dashwright-project", "format": "x"})")
                << u"duplicate member name \"format\""_s;
        QTest::newRow("number overflow")
                << QByteArray(R"({"format": "dashwright-project", "schema_version": 1e999})")
                << u"malformed JSON"_s;
        QTest::newRow("invalid utf8")
                << QByteArray("{\"format\": \"\xff\"}") << u"malformed JSON at line 1"_s;
        QTest::newRow("trailing garbage") << valid + "x" << u"malformed JSON at line"_s;
        QTest::newRow("deep nesting")
                << QByteArray(100000, '[') << u"malformed JSON: nested deeper than 100 levels"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto result = ProjectFile::read(text);
        QVERIFY(!result.project);
        QVERIFY(!result.problems.isEmpty());
        QVERIFY2(result.problems.first().toString().startsWith(expected),
                 qPrintable(result.problems.first().toString()));
    }

    void migratesSchemaOne()
    {
        Json json = validJson();
        json["schema_version"] = 1;
        Json upgraded = Json::object();
        for (auto it = json.begin(); it != json.end(); ++it)
            upgraded[it.key() == "tenants" ? std::string("tenant_profiles") : it.key()]
                    = it.value();
        for (Json &widget : upgraded["dashboards"][0]["widgets"]) {
            const Json g = widget["grid"];
            widget["grid"] = Json::array({g["x"], g["y"], g["w"], g["h"]});
        }
        const auto migrated = ProjectFile::read(QByteArray::fromStdString(upgraded.dump()));
        QVERIFY2(migrated.problems.isEmpty(), qPrintable(problemStrings(migrated).join(u'\n')));
        const auto current = ProjectFile::read(validText());
        QCOMPARE(*migrated.project, *current.project);
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.dwproj"_s);
        const auto loaded = ProjectFile::read(validText());
        QString error;
        QVERIFY(ProjectFile::save(*loaded.project, path, &error));
        QCOMPARE(ProjectFile::load(path).project, loaded.project);
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        // The new content is written beside the file and renamed over it: the old file is never
        // truncated in place, so a crash mid-save cannot lose it (a new inode proves the rename).
        struct stat before_stat
        { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &before_stat), 0);
        QVERIFY(ProjectFile::save(*loaded.project, path, &error));
        struct stat after_stat
        { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &after_stat), 0);
        QVERIFY(before_stat.st_ino != after_stat.st_ino);

        // A save that cannot complete leaves the previous file intact.
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        Project changed = *loaded.project;
        changed.name = u"Changed"_s;
        const bool saved = ProjectFile::save(changed, path, &error);
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner);
        if (saved)
            QSKIP("running as a user who may write into a read-only folder (root)");
        QVERIFY(!error.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    // The designer and "demo create" save under the project file's lock: a save waits for another
    // writer to finish instead of interleaving with it.
    void saveWaitsForTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.dwproj"_s);
        const auto loaded = ProjectFile::read(validText());
        FileLock other(path);
        QString error;
        QVERIFY(other.lock(&error));
        std::thread releaser([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            other.unlock();
        });
        QElapsedTimer waited;
        waited.start();
        const bool saved = ProjectFile::save(*loaded.project, path, &error);
        const qint64 elapsed = waited.elapsed();
        releaser.join();
        QVERIFY2(saved, qPrintable(error));
        QVERIFY2(elapsed >= 250, qPrintable(QString::number(elapsed)));
        QVERIFY(!QFile::exists(path + u".lock"_s));
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.dwproj"_s);
        const auto loaded = ProjectFile::read(validText());
        QString error;
        QVERIFY2(ProjectFile::create(*loaded.project, path, &error), qPrintable(error));
        QVERIFY(!ProjectFile::create(*loaded.project, path, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    }

    void missingFile()
    {
        const auto result = ProjectFile::load(u"/nonexistent/p.dwproj"_s);
        QVERIFY(!result.project);
        QCOMPARE(result.problems.first().message, u"no such file"_s);
    }

    void resolvesRelativePaths()
    {
        QCOMPARE(resolveProjectPath(u"/a/b/p.dwproj"_s, u"db.sqlite"_s), u"/a/b/db.sqlite"_s);
        QCOMPARE(resolveProjectPath(u"/a/b/p.dwproj"_s, u"../c/db.sqlite"_s), u"/a/c/db.sqlite"_s);
        QCOMPARE(resolveProjectPath(u"/a/b/p.dwproj"_s, u"/x/db.sqlite"_s), u"/x/db.sqlite"_s);
    }

    void strictJsonRefusesDuplicatesInNestedObjects()
    {
        QString error;
        QVERIFY(!parseStrictJson(R"({"a": {"b": 1, "b": 2}})", &error));
        QCOMPARE(error, u"duplicate member name \"b\""_s);
        QVERIFY(parseStrictJson(R"({"a": {"b": 1}, "c": {"b": 2}})", &error));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
