// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keystore.h"
#include "demo/demoproject.h"
#include "document/claimsvalidator.h"
#include "document/projectfile.h"
#include "document/projectvalidator.h"

#include "sqlitereader.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using Dashwright::Tests::SqliteReader;

namespace {

constexpr qint64 testRows = 3000;

bool makeDemo(const QString &dir, qint64 rows, quint64 seed, QString *error)
{
    DemoOptions options;
    options.rows = rows;
    options.seed = seed;
    return DemoProject::create(dir, options, error);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDemoProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void determinism();
    void rejectsRowCounts_data();
    void rejectsRowCounts();
    void tenantDatabase();
    void projectLoads();
    void dashboards();
    void accessPolicy();
    void tenantProfiles();
    void tenantClaimsAreValid();
    void keystore();
    void refusesToOverwrite_data();
    void refusesToOverwrite();
    void createsMissingDirectories();
    void keystoreIsGitIgnored_data();
    void keystoreIsGitIgnored();
    void failedRunLeavesNoHalfDatabase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir; // one demo shared by the read-only checks
    std::optional<Project> m_project;
};

void TestDemoProject::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(makeDemo(m_dir.path(), testRows, 42, &error), qPrintable(error));
    const ProjectFile::LoadResult loaded = ProjectFile::load(path(u"burrito.dwproj"_s));
    if (loaded.project)
        m_project = loaded.project;
}

void TestDemoProject::determinism()
{
    QTemporaryDir same, other;
    QString error;
    QVERIFY2(makeDemo(same.path(), testRows, 42, &error), qPrintable(error));
    QVERIFY2(makeDemo(other.path(), testRows, 43, &error), qPrintable(error));

    const QString sales = u"SELECT * FROM sales ORDER BY id"_s;
    const QString distributors = u"SELECT * FROM distributors ORDER BY id"_s;
    SqliteReader a(path(u"burrito.sqlite"_s)), b(same.filePath(u"burrito.sqlite"_s)),
            c(other.filePath(u"burrito.sqlite"_s));
    QVERIFY(a.isOpen() && b.isOpen() && c.isOpen());
    QCOMPARE(a.digest(sales), b.digest(sales));
    QCOMPARE(a.digest(distributors), b.digest(distributors));
    QVERIFY(a.digest(sales) != c.digest(sales));

    SqliteReader ta(path(u"tenants/el-tapatio.sqlite"_s)),
            tb(same.filePath(u"tenants/el-tapatio.sqlite"_s));
    QCOMPARE(ta.digest(sales), tb.digest(sales));

    // The ids are name-based, so the whole project file is the same whatever the seed.
    QCOMPARE(readAll(path(u"burrito.dwproj"_s)), readAll(same.filePath(u"burrito.dwproj"_s)));
    QCOMPARE(readAll(path(u"burrito.dwproj"_s)), readAll(other.filePath(u"burrito.dwproj"_s)));
    // …and the signing key is not: it is random on purpose.
    QVERIFY(readAll(path(u"burrito.dwkeys"_s)) != readAll(same.filePath(u"burrito.dwkeys"_s)));
}

void TestDemoProject::rejectsRowCounts_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << qint64(-5);
    QTest::newRow("above ten million") << qint64(10'000'001);
}

void TestDemoProject::rejectsRowCounts()
{
    QFETCH(qint64, rows);
    QTemporaryDir dir;
    QString error;
    QVERIFY(!makeDemo(dir.filePath(u"demo"_s), rows, 1, &error));
    QVERIFY2(error.contains(u"between 1 and"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"demo"_s))); // refused before touching the disk
}

void TestDemoProject::tenantDatabase()
{
    SqliteReader tenant(path(u"tenants/el-tapatio.sqlite"_s));
    QVERIFY(tenant.isOpen());
    QCOMPARE(tenant.column(u"SELECT DISTINCT distributor FROM sales"_s),
             QStringList{u"El Tapatio"_s});
    QCOMPARE(tenant.column(u"SELECT name FROM distributors"_s), QStringList{u"El Tapatio"_s});
    const qint64 rows = tenant.value(u"SELECT count(*) FROM sales"_s).toLongLong();
    QVERIFY(rows >= 1000 && rows <= 10000);
    QCOMPARE(tenant.value(u"SELECT count(*) FROM products"_s).toInt(), 12);
    QCOMPARE(tenant.column(u"SELECT name FROM sqlite_master WHERE type = 'index'"_s),
             QStringList{u"sales_distributor_cover"_s});

    // The same distributor as in the chain's database: same id, region and opening date.
    SqliteReader chain(path(u"burrito.sqlite"_s));
    const QString row
            = u"SELECT id || region || opened FROM distributors WHERE name = 'El Tapatio'"_s;
    QCOMPARE(tenant.value(row).toString(), chain.value(row).toString());
    QCOMPARE(tenant.value(u"SELECT DISTINCT distributor_id FROM sales"_s).toString(),
             chain.value(u"SELECT id FROM distributors WHERE name = 'El Tapatio'"_s).toString());
}

void TestDemoProject::projectLoads()
{
    const ProjectFile::LoadResult loaded = ProjectFile::load(path(u"burrito.dwproj"_s));
    QStringList problems;
    for (const Problem &problem : loaded.problems)
        problems.append(problem.toString());
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(loaded.project);
    QVERIFY(ProjectValidator::validate(*loaded.project).isEmpty());
    QCOMPARE(ProjectFile::write(*loaded.project),
             readAll(path(u"burrito.dwproj"_s))); // stable form

    const Project &project = *loaded.project;
    QCOMPARE(project.embedOrigins, QStringList{u"http://localhost:8080"_s});
    QCOMPARE(project.accounts.size(), 1);
    const Account &account = project.accounts.first();
    QCOMPARE(account.name, u"Burrito Factory (SQLite)"_s);
    QCOMPARE(account.type, AccountType::Sqlite);
    QCOMPARE(account.path, u"burrito.sqlite"_s);
    QVERIFY(account.secretId.isEmpty());
    QVERIFY(QFileInfo::exists(resolveProjectPath(path(u"burrito.dwproj"_s), account.path)));

    QStringList names;
    for (const Dataset &dataset : project.datasets)
        names.append(dataset.name);
    QCOMPARE(names,
             (QStringList{u"Sales"_s, u"Distributors"_s, u"Products"_s, u"Promotions"_s,
                          u"Restaurant sales"_s, u"Sales with margin"_s}));
    for (const Dataset &dataset : project.datasets) {
        QCOMPARE(dataset.accountId, account.id);
        for (const Column &column : dataset.columns)
            QVERIFY2(!column.label.isEmpty(), qPrintable(column.name));
    }
    const Dataset &sales = project.datasets[0];
    QCOMPARE(sales.table, u"sales"_s);
    QCOMPARE(sales.columns.size(), 11);
    QCOMPARE(sales.columnByName(u"sale_date"_s)->type, ColumnType::Date);
    QCOMPARE(sales.columnByName(u"quantity"_s)->type, ColumnType::Integer);
    QCOMPARE(sales.columnByName(u"revenue"_s)->type, ColumnType::Number);
    QCOMPARE(sales.columnByName(u"promotion"_s)->type, ColumnType::Text);
    QCOMPARE(project.datasets[4].table, u"sales"_s);
    QVERIFY(project.datasets[4].id != sales.id);
    const Dataset &margin = project.datasets[5];
    QCOMPARE(margin.kind, Dataset::Kind::Query);
    QVERIFY(margin.sql.startsWith(u"SELECT "_s));

    // Every dataset's columns exist in the database, with the query dataset's too.
    SqliteReader db(path(u"burrito.sqlite"_s));
    for (const Dataset &dataset : project.datasets) {
        QStringList columns;
        for (const Column &column : dataset.columns)
            columns.append(column.name);
        const QString from
                = dataset.kind == Dataset::Kind::Table ? dataset.table : u"(%1)"_s.arg(dataset.sql);
        QSqlQuery query = db.query();
        QVERIFY2(query.exec(u"SELECT %1 FROM %2 LIMIT 1"_s.arg(columns.join(u", "_s), from)),
                 qPrintable(dataset.name + u": "_s + query.lastError().text()));
    }
}

void TestDemoProject::dashboards()
{
    QVERIFY(m_project);
    const Project &project = *m_project;
    const Dataset &sales = project.datasets[0];
    QCOMPARE(project.dashboards.size(), 3);

    const Dashboard *performance = project.dashboard(u"distributor-performance"_s);
    QVERIFY(performance);
    QCOMPARE(performance->title, u"Distributor performance"_s);
    QCOMPARE(performance->parameters.size(), 1);
    const Parameter &parameter = performance->parameters.first();
    QCOMPARE(parameter.name, u"distributor"_s);
    QCOMPARE(parameter.type, ColumnType::Text);
    QCOMPARE(parameter.defaultValue.toString(), u"Demo Burrito Shop"_s);
    QVERIFY(parameter.allowedValues.isEmpty());
    QCOMPARE(performance->filters.size(), 1);
    const Filter &filter = performance->filters.first();
    QCOMPARE(filter.datasetId, sales.id);
    QCOMPARE(filter.columnId, sales.columnByName(u"distributor"_s)->id);
    QCOMPARE(filter.expression, FilterExpression::Equals);
    QCOMPARE(filter.parameterId, parameter.id);

    QSet<WidgetType> kinds;
    for (const Widget &widget : performance->widgets) {
        kinds.insert(widget.type);
        QVERIFY(widget.grid.x >= 0 && widget.grid.width > 0
                && widget.grid.x + widget.grid.width <= 12);
        for (const Measure &measure : widget.measures)
            QVERIFY2(!measure.label.isEmpty(), qPrintable(widget.title));
    }
    QVERIFY(kinds.size() >= 5);
    for (WidgetType type :
         {WidgetType::Kpi, WidgetType::Line, WidgetType::Bar, WidgetType::StackedBar,
          WidgetType::Donut, WidgetType::Scatter, WidgetType::Table, WidgetType::Text})
        QVERIFY2(kinds.contains(type), qPrintable(widgetTypeName(type)));
    const Widget *line = nullptr;
    for (const Widget &widget : performance->widgets) {
        if (widget.title == u"Revenue by month"_s)
            line = &widget;
    }
    QVERIFY(line);
    QCOMPARE(line->dimensions.first().grain, TimeGrain::Month);
    QCOMPARE(line->dimensions.first().columnId, sales.columnByName(u"sale_date"_s)->id);

    const Dashboard *chain = project.dashboard(u"chain-overview"_s);
    QVERIFY(chain);
    QVERIFY(chain->parameters.isEmpty() && chain->filters.isEmpty());
    bool topTen = false;
    for (const Widget &widget : chain->widgets) {
        QCOMPARE(widget.datasetId, sales.id);
        topTen = topTen || (widget.type == WidgetType::Bar && widget.limit == 10);
    }
    QVERIFY(topTen);

    const Dashboard *restaurant = project.dashboard(u"restaurant-overview"_s);
    QVERIFY(restaurant);
    QVERIFY(!restaurant->widgets.isEmpty());
    for (const Widget &widget : restaurant->widgets)
        QCOMPARE(widget.datasetId, project.datasets[4].id);
}

void TestDemoProject::accessPolicy()
{
    QVERIFY(m_project);
    QCOMPARE(m_project->accessPolicies.size(), 1);
    const AccessPolicy &policy = m_project->accessPolicies.first();
    const Dataset &restaurantSales = m_project->datasets[4];
    QCOMPARE(policy.name, u"Multi-tenant restaurant policy"_s);
    QCOMPARE(policy.datasetId, restaurantSales.id);
    QCOMPARE(policy.columns, QStringList{u"*"_s});
    QCOMPARE(policy.rows.size(), 1);
    QCOMPARE(policy.rows.first().columnId, restaurantSales.columnByName(u"distributor"_s)->id);
    QCOMPARE(policy.rows.first().op, PolicyOperator::Equals);
    QCOMPARE(policy.rows.first().value.toString(), u"${{ restaurant_name }}"_s);
    QVERIFY(m_project->policiesFor(m_project->datasets[0].id)
                    .isEmpty()); // "Sales" stays unprotected
}

void TestDemoProject::tenantProfiles()
{
    QVERIFY(m_project);
    const Project &project = *m_project;
    QCOMPARE(project.tenants.size(), 6);
    const QString salesId = project.datasets[0].id;
    const QString distributorColumn = project.datasets[0].columnByName(u"distributor"_s)->id;
    const auto securables = [&](const TenantProfile *profile) {
        return profile->claims.at("securables").get<std::vector<std::string>>();
    };
    const auto idOf
            = [&](const QString &slug) { return project.dashboard(slug)->id.toStdString(); };
    const std::vector<std::string> performance{idOf(u"distributor-performance"_s)};
    const std::vector<std::string> chain{idOf(u"chain-overview"_s)};

    for (const TenantProfile &profile : project.tenants) {
        QVERIFY(profile.claims.contains("username"));
        QVERIFY(profile.claims.contains("suborganization"));
    }

    const TenantProfile *parameter = project.tenant(u"Farolito — parameter override"_s);
    QVERIFY(parameter);
    QVERIFY(securables(parameter) == performance);
    QVERIFY(parameter->claims["parameter_overrides"]["distributor"] == "Farolito");

    const TenantProfile *filter = project.tenant(u"Fiesty Fiesta — token filter"_s);
    QVERIFY(filter);
    QVERIFY(securables(filter) == chain);
    const auto &tokenFilter = filter->claims["filters"][0];
    QVERIFY(tokenFilter["clause"] == "where" && tokenFilter["origin"] == "global");
    QVERIFY(tokenFilter["securable_id"] == salesId.toStdString());
    QVERIFY(tokenFilter["column_id"] == distributorColumn.toStdString());
    QVERIFY(tokenFilter["expression"] == "? = ?" && tokenFilter["value"] == "Fiesty Fiesta");

    const TenantProfile *policy = project.tenant(u"Farolito — access policy"_s);
    QVERIFY(policy);
    QVERIFY(securables(policy) == std::vector<std::string>{idOf(u"restaurant-overview"_s)});
    QVERIFY(policy->claims["policy_values"]["restaurant_name"] == "Farolito");

    const TenantProfile *database = project.tenant(u"El Tapatio — own database"_s);
    QVERIFY(database);
    QVERIFY(securables(database) == chain);
    const auto &override
            = database->claims["account_overrides"][project.accounts[0].id.toStdString()];
    QVERIFY(override["database"] == "tenants/el-tapatio.sqlite");
    QVERIFY(QFileInfo::exists(
            resolveProjectPath(path(u"burrito.dwproj"_s),
                               QString::fromStdString(override["database"].get<std::string>()))));

    const TenantProfile *broker = project.tenant(u"Broker plugin — metadata"_s);
    QVERIFY(broker);
    QVERIFY(broker->claims["metadata"]["distributor_code"] == "FAR-001");
    QVERIFY(broker->claims["metadata"]["region"] == "West");
    QVERIFY(broker->claims.contains("parameter_overrides"));

    const TenantProfile *forgetful = project.tenant(u"Forgetful tenant — no override"_s);
    QVERIFY(forgetful);
    QVERIFY(securables(forgetful) == performance);
    for (const char *key :
         {"parameter_overrides", "filters", "policy_values", "account_overrides", "metadata"})
        QVERIFY2(!forgetful->claims.contains(key), key);
}

void TestDemoProject::tenantClaimsAreValid()
{
    QVERIFY(m_project);
    for (const TenantProfile &profile : m_project->tenants) {
        const Problems problems = ClaimsValidator::validate(
                profile.claims, *m_project, u"tenants"_s, ClaimsValidator::Secrets::Refuse);
        QStringList text;
        for (const Problem &problem : problems)
            text.append(problem.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(profile.name + u": "_s + text.join(u"; "_s)));
    }
}

void TestDemoProject::keystore()
{
    const QString keystorePath = path(u"burrito.dwkeys"_s);
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(keystorePath).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);

    QString error;
    QStringList warnings;
    const auto keystore = Keystore::load(keystorePath, &error, &warnings);
    QVERIFY2(keystore, qPrintable(error));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(keystore->signingKeys().size(), 1);
    const SigningKey *key = keystore->activeSigningKey(KeyAlgorithm::HS256);
    QVERIFY(key);
    QCOMPARE(key->secret.size(), 32);

    // No secret in the project file.
    const QByteArray project = readAll(path(u"burrito.dwproj"_s));
    QVERIFY(!project.contains(
            key->secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    QVERIFY(!project.contains(key->kid.toUtf8()));
    QVERIFY(!project.contains("password"));
}

void TestDemoProject::refusesToOverwrite_data()
{
    QTest::addColumn<QString>("existing");
    QTest::newRow("project") << u"burrito.dwproj"_s;
    QTest::newRow("keystore") << u"burrito.dwkeys"_s;
}

void TestDemoProject::refusesToOverwrite()
{
    QFETCH(QString, existing);
    QTemporaryDir dir;
    QFile file(dir.filePath(existing));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("precious") == 8);
    file.close();

    QString error;
    QVERIFY(!makeDemo(dir.path(), 100, 1, &error));
    QVERIFY2(error.contains(existing) && error.contains(u"already exists"_s), qPrintable(error));
    QCOMPARE(readAll(dir.filePath(existing)), QByteArray("precious"));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"burrito.sqlite"_s)));

    // The shared demo, too, is left alone by a second run.
    const QByteArray before = readAll(path(u"burrito.dwkeys"_s));
    QVERIFY(!makeDemo(m_dir.path(), 100, 1, &error));
    QCOMPARE(readAll(path(u"burrito.dwkeys"_s)), before);
}

void TestDemoProject::createsMissingDirectories()
{
    QTemporaryDir dir;
    const QString nested = dir.filePath(u"a/b/demo"_s);
    QString error;
    QVERIFY2(makeDemo(nested, 50, 3, &error), qPrintable(error));
    for (const QString &file : {u"burrito.dwproj"_s, u"burrito.dwkeys"_s, u"burrito.sqlite"_s,
                                u"tenants/el-tapatio.sqlite"_s})
        QVERIFY2(QFileInfo::exists(QDir(nested).filePath(file)), qPrintable(file));
}

void TestDemoProject::keystoreIsGitIgnored_data()
{
    QTest::addColumn<bool>("exists"); // whether the folder has a .gitignore already
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("none") << false << QByteArray() << QByteArray("*.dwkeys\n");
    QTest::newRow("the user's") << true << QByteArray("build/\n")
                                << QByteArray("build/\n*.dwkeys\n");
    QTest::newRow("no final newline")
            << true << QByteArray("build/") << QByteArray("build/\n*.dwkeys\n");
    QTest::newRow("listed already")
            << true << QByteArray("*.dwkeys\nbuild/\n") << QByteArray("*.dwkeys\nbuild/\n");
}

// The keystore holds the demo's signing key: the folder's .gitignore lists it, and one the user
// has is kept, the line added once.
void TestDemoProject::keystoreIsGitIgnored()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    const QString ignore = dir.filePath(u".gitignore"_s);
    if (exists) {
        QFile file(ignore);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(before) == before.size());
    }
    QString error;
    QVERIFY2(makeDemo(dir.path(), 50, 1, &error), qPrintable(error));
    QCOMPARE(readAll(ignore), after);
}

void TestDemoProject::failedRunLeavesNoHalfDatabase()
{
    // A directory where the database should go: the finished file cannot be renamed into place.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"burrito.sqlite/blocker"_s));
    QString error;
    QVERIFY(!makeDemo(dir.path(), 500, 1, &error));
    QVERIFY2(error.contains(u"burrito.sqlite"_s), qPrintable(error));
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"burrito.dwproj"_s)));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"burrito.dwkeys"_s)));
}

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
