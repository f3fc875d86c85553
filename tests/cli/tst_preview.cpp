// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/canvasgrid.h"
#include "canvas/dashboardexporter.h"
#include "common/clirun.h"
#include "common/json.h"
#include "document/projectfile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// End to end: `dashwright preview` draws each demo profile's dashboard with a banner and charts
// that carry content; `compare` and `isolation-check` give their exit codes and JSON and catch a
// deliberately broken profile written into a copy of the demo project.
class TestPreview : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run dashwright(const QStringList &args) { return runDashwright(args); }
    static Json json(const Run &run) { return Json::parse(run.out.toStdString()); }

    QString project() const { return m_dir.filePath(u"demo/burrito.dwproj"_s); }
    // A copy of the demo project with `change` applied, beside it so that relative paths hold.
    QString variant(const QString &name, const std::function<void(Json &)> &change) const
    {
        Json project = Json::parse(readWholeFile(this->project()).toStdString());
        change(project);
        const QString path = m_dir.filePath(u"demo/"_s + name + u".dwproj"_s);
        if (!writeWholeFile(path, QByteArray::fromStdString(project.dump(2))))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // The demo's profile `name`, copied under another tenant's name.
    static Json copiedProfile(const Json &project, const std::string &name,
                              const std::string &tenant)
    {
        for (const Json &t : project["tenants"]) {
            if (t["name"] == name) {
                Json copy = t;
                copy["id"] = "0b9a4a4e-5a43-4f3e-9d0b-3c1c5b0e7d11";
                copy["name"] = tenant + " — copied profile";
                copy["claims"]["suborganization"] = tenant;
                copy["claims"]["username"] = tenant + "-owner";
                return copy;
            }
        }
        qFatal("no profile %s", name.c_str());
    }
    // Share of the pixels in `rect` that differ from its most common colour: what is drawn there.
    static double drawn(const QImage &image, const QRect &rect)
    {
        QHash<QRgb, int> counts;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x)
                ++counts[image.pixel(x, y)];
        }
        int most = 0;
        for (int c : std::as_const(counts))
            most = std::max(most, c);
        const int total = rect.width() * rect.height();
        return total ? double(total - most) / total : 0.0;
    }
    static QImage regionOf(const QImage &image, const QRect &rect) { return image.copy(rect); }

    QTemporaryDir m_dir;
    std::optional<Project> m_project;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run run = dashwright(
                {u"demo"_s, u"create"_s, m_dir.filePath(u"demo"_s), u"--rows"_s, u"20000"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_project = ProjectFile::load(project()).project;
        QVERIFY(m_project);
    }

    // Each demo profile on the dashboard it is granted, and the design view: the PNG is written,
    // its banner drawn, and every data widget's area carries a chart, table or number.
    void previewEachProfile_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("dashboard");
        QTest::newRow("design view") << QString() << u"distributor-performance"_s;
        for (const TenantProfile &t : m_project->tenants)
            QTest::newRow(qPrintable(t.name))
                    << t.name
                    << QString::fromStdString(t.claims["securables"][0].get<std::string>());
    }
    void previewEachProfile()
    {
        QFETCH(QString, profile);
        QFETCH(QString, dashboard);
        const QString png = m_dir.filePath(
                u"preview-%1.png"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        QStringList args{u"preview"_s, project(), u"--dashboard"_s, dashboard, u"--png"_s, png};
        if (!profile.isEmpty())
            args << u"--as"_s << profile;
        const Run run = dashwright(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData()); // no platform chatter on stderr
        const QImage image(png);
        QVERIFY(!image.isNull());

        const Dashboard *d = m_project->dashboard(dashboard);
        const CanvasGrid grid(1280);
        const int banner = DashboardExporter::previewBannerHeight;
        // The canvas's grid, taller where a table shows all its rows (an export's, not a page).
        QCOMPARE(image.width(), 1280);
        QVERIFY(image.height() >= grid.height(CanvasGrid::rowsUsed(d->widgets)) + banner);
        // The banner: its colour, with text in it.
        QCOMPARE(QColor(image.pixel(2, 2)), QColor(0x7c, 0x2d, 0x12));
        const double text = drawn(image, QRect(0, 0, 600, banner));
        QVERIFY2(text > 0.03 && text < 0.5, qPrintable(QString::number(text)));
        for (const Widget &w : d->widgets) {
            if (w.type == WidgetType::Text)
                continue;
            // Below the title: the chart, table or number.
            const QRect content = grid.rect(w.grid).translated(0, banner).adjusted(6, 34, -6, -6);
            const double share = drawn(image, content);
            QVERIFY2(share > 0.01, qPrintable(u"%1: %2 drawn"_s.arg(w.title).arg(share)));
        }
    }

    // The previews show each tenant's rows: the same tenant's two profiles draw the same charts,
    // the forgetful tenant other ones (the default shop's).
    void previewsShowTheTenantsRows()
    {
        const QImage farolito(m_dir.filePath(u"preview-Farolito — parameter override.png"_s));
        const QImage broker(m_dir.filePath(u"preview-Broker plugin — metadata.png"_s));
        const QImage forgetful(m_dir.filePath(u"preview-Forgetful tenant — no override.png"_s));
        QVERIFY(!farolito.isNull() && !broker.isNull() && !forgetful.isNull());
        const QRect below(0, DashboardExporter::previewBannerHeight, farolito.width(),
                          farolito.height() - DashboardExporter::previewBannerHeight);
        QCOMPARE(regionOf(farolito, below), regionOf(broker, below));
        QVERIFY(regionOf(farolito, below) != regionOf(forgetful, below));
        // The banners say who: they differ even where the data does not.
        const QRect banner(0, 0, farolito.width(), DashboardExporter::previewBannerHeight);
        QVERIFY(regionOf(farolito, banner) != regionOf(broker, banner));
    }

    // A profile not granted the dashboard: the image shows the denials, exit 3, one stderr line.
    void deniedPreview()
    {
        const QString png = m_dir.filePath(u"denied.png"_s);
        const Run run = dashwright({u"preview"_s, project(), u"--dashboard"_s,
                                    u"distributor-performance"_s, u"--as"_s,
                                    u"Fiesty Fiesta — token filter"_s, u"--png"_s, png});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("do not grant dashboard"), run.err.constData());
        QVERIFY(!QImage(png).isNull());
    }

    // A viewer denied the dashboard sees no widget content, text included (issue 14): the text
    // widget, pushed down by the notice above the widgets (by as much as the picture grew:
    // the dashboard has no table, which would grow by its rows in the design view only),
    // shows a placeholder centred in it, where the design view draws its text from the top left.
    void deniedPreviewShowsNoText()
    {
        // Without its table, which grows to show all its rows in the design view only.
        const QString path = variant(u"no-table"_s, [](Json &p) {
            for (Json &d : p["dashboards"]) {
                Json kept = Json::array();
                for (const Json &w : d["widgets"]) {
                    if (w["type"] != "table")
                        kept.push_back(w);
                }
                d["widgets"] = kept;
            }
        });
        const std::optional<Project> demo = ProjectFile::load(path).project;
        QVERIFY(demo);
        const Dashboard *d = demo->dashboard(u"distributor-performance"_s);
        QVERIFY(d);
        const auto text = std::find_if(d->widgets.cbegin(), d->widgets.cend(),
                                       [](const Widget &w) { return w.type == WidgetType::Text; });
        QVERIFY(text != d->widgets.cend());
        const CanvasGrid grid(1280);
        QMap<QString, double> share;
        int designHeight = 0;
        for (const QString &as : {QString(), u"Fiesty Fiesta — token filter"_s}) {
            const QString png = m_dir.filePath(
                    u"text-%1.png"_s.arg(as.isEmpty() ? u"design"_s : u"denied"_s));
            QStringList args{u"preview"_s, path, u"--dashboard"_s, d->slug, u"--png"_s, png};
            if (!as.isEmpty())
                args << u"--as"_s << as;
            const Run run = dashwright(args);
            QCOMPARE(run.exitCode, as.isEmpty() ? 0 : 3);
            const QImage image(png);
            QVERIFY(!image.isNull());
            if (as.isEmpty())
                designHeight = image.height();
            const int notice = image.height() - designHeight;
            QVERIFY2(as.isEmpty() || notice > 20, qPrintable(QString::number(notice)));
            // The content's top left, under the title: where the text's first lines are drawn.
            const QRect topLeft
                    = grid.rect(text->grid)
                              .translated(0, DashboardExporter::previewBannerHeight + notice)
                              .adjusted(6, 34, 0, 0);
            share.insert(as,
                         drawn(image, QRect(topLeft.topLeft(), QSize(topLeft.width() / 2, 24))));
        }
        QVERIFY2(share.value(QString()) > 0.02, qPrintable(QString::number(share.value({}))));
        QVERIFY2(share.value(u"Fiesty Fiesta — token filter"_s) < 0.005,
                 qPrintable(QString::number(share.value(u"Fiesty Fiesta — token filter"_s))));
    }

    void previewSizeAndUsage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QSize>("size");
        QTest::newRow("size taller")
                << QStringList{u"--size"_s, u"1000x1400"_s} << 0 << QSize(1000, 1400);
        QTest::newRow("size shorter: scaled")
                << QStringList{u"--size"_s, u"1600x500"_s} << 0 << QSize(1600, 500);
        QTest::newRow("bad size") << QStringList{u"--size"_s, u"big"_s} << 1 << QSize();
        QTest::newRow("tiny size") << QStringList{u"--size"_s, u"10x10"_s} << 1 << QSize();
        QTest::newRow("unknown profile") << QStringList{u"--as"_s, u"Nobody"_s} << 2 << QSize();
        QTest::newRow("two AS") << QStringList{u"--as"_s, u"forgetful"_s, u"--claims"_s,
                                               u"x.json"_s}
                                << 1 << QSize();
    }
    void previewSizeAndUsage()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QSize, size);
        const QString png = m_dir.filePath(u"sized.png"_s);
        QFile::remove(png);
        const Run run = dashwright(QStringList{u"preview"_s, project(), u"--dashboard"_s,
                                               u"chain-overview"_s, u"--png"_s, png}
                                   + extra);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QCOMPARE(QImage(png).size(), size.isValid() ? size : QSize(0, 0));
        if (exitCode != 0)
            QCOMPARE(run.err.count('\n'), 1);
    }

    void previewNeedsPng()
    {
        const Run run
                = dashwright({u"preview"_s, project(), u"--dashboard"_s, u"chain-overview"_s});
        QCOMPARE(run.exitCode, 1);
    }

    void compare()
    {
        const Run run = dashwright({u"compare"_s, project(), u"--dashboard"_s, u"chain-overview"_s,
                                    u"--as"_s, u"Fiesty Fiesta — token filter"_s, u"--as"_s,
                                    u"El Tapatio — own database"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Json out = json(run);
        QVERIFY(out["a"]["tenant"] == "Fiesty Fiesta");
        QVERIFY(out["summary"] == Json({{"different", 4}, {"same", 1}}));
        for (const Json &w : out["widgets"]) {
            if (w["outcome"] == "different") {
                QVERIFY(!w["only_in_a"].empty());
                QVERIFY(!w["only_in_b"].empty());
            }
        }
        // Text output, and a side without access: its reason, exit 0 (the comparison ran).
        const Run denied = dashwright(
                {u"compare"_s, project(), u"--dashboard"_s, u"distributor-performance"_s, u"--as"_s,
                 u"Fiesty Fiesta — token filter"_s, u"--as"_s, u"Farolito — parameter override"_s});
        QCOMPARE(denied.exitCode, 0);
        QVERIFY2(denied.out.contains(
                         "Total revenue: denied for A: the token's securables do not grant"),
                 denied.out.constData());
        // The side that is not denied keeps its own figures (issue 14), in text and in JSON.
        QVERIFY2(denied.out.contains("\"Distributor performance\"; B 1 row\n"),
                 denied.out.constData());
        const Run deniedJson = dashwright({u"compare"_s, project(), u"--dashboard"_s,
                                           u"distributor-performance"_s, u"--as"_s,
                                           u"Farolito — parameter override"_s, u"--as"_s,
                                           u"Fiesty Fiesta — token filter"_s, u"--json"_s});
        QCOMPARE(deniedJson.exitCode, 0);
        const Json query = json(
                dashwright({u"query"_s, project(), u"--dashboard"_s, u"distributor-performance"_s,
                            u"--as"_s, u"Farolito — parameter override"_s}));
        const Json compared = json(deniedJson);
        int counted = 0;
        for (const Json &w : compared["widgets"]) {
            QVERIFY(w["outcome"] == "denied_b");
            for (const Json &q : query["widgets"]) {
                if (q["id"] != w["id"])
                    continue;
                if (q["type"] == "text") {
                    QVERIFY(!w.contains("rows_a"));
                } else {
                    QVERIFY2(w["rows_a"] == q["rows"].size(), w.dump().c_str());
                    QVERIFY(q["rows"].size() > 0);
                    ++counted;
                }
            }
        }
        QVERIFY(counted > 0);
        QCOMPARE(dashwright({u"compare"_s, project(), u"--dashboard"_s, u"chain-overview"_s,
                             u"--as"_s, u"x"_s})
                         .exitCode,
                 1);
        QCOMPARE(dashwright({u"compare"_s, project(), u"--dashboard"_s, u"chain-overview"_s,
                             u"--as"_s, u"x"_s, u"--as"_s, u"y"_s})
                         .exitCode,
                 2);
    }

    // A copy of Fiesty Fiesta's profile for another tenant that kept Fiesty Fiesta's filter value:
    // compare finds nothing different, the isolation check flags the pair everywhere.
    void brokenProfileIsCaught()
    {
        const QString path = variant(u"copied"_s, [](Json &p) {
            p["tenants"].push_back(
                    copiedProfile(p, "Fiesty Fiesta — token filter", "Taqueria Cancun"));
        });
        const Run compared = dashwright({u"compare"_s, path, u"--dashboard"_s, u"chain-overview"_s,
                                         u"--as"_s, u"Fiesty Fiesta — token filter"_s, u"--as"_s,
                                         u"Taqueria Cancun — copied profile"_s, u"--json"_s});
        QVERIFY2(compared.exitCode == 0, compared.err.constData());
        QVERIFY(json(compared)["summary"] == Json({{"same", 5}}));

        const Run checked = dashwright({u"isolation-check"_s, path, u"--json"_s});
        QCOMPARE(checked.exitCode, 3);
        const Json report = json(checked);
        bool caught = false;
        for (const Json &s : report["shared_data"])
            caught |= s["tenant_b"] == "Taqueria Cancun" && s["everywhere"] == true
                    && s["widgets_compared"] == 5;
        QVERIFY2(caught, checked.out.constData());
    }

    // A tenant whose database is missing meets an outage, not a refusal: exit 4 from query,
    // compare and isolation-check (which never calls a project whose queries did not run clean).
    void missingDatabaseIsAnOutage()
    {
        QDir dir(m_dir.path());
        QVERIFY(dir.mkpath(u"nodb"_s));
        const QString path = m_dir.filePath(u"nodb/burrito.dwproj"_s);
        QVERIFY(QFile::copy(project(), path));
        const QString farolito = u"Farolito — parameter override"_s;
        const Run query = dashwright({u"query"_s, path, u"--dashboard"_s,
                                      u"distributor-performance"_s, u"--as"_s, farolito});
        QCOMPARE(query.exitCode, 4);
        QCOMPARE(query.err.count('\n'), 1);
        QVERIFY2(!query.err.contains("denied") && !query.err.contains("grant"),
                 query.err.constData());

        const Run compared = dashwright(
                {u"compare"_s, path, u"--dashboard"_s, u"distributor-performance"_s, u"--as"_s,
                 farolito, u"--as"_s, u"Forgetful tenant — no override"_s, u"--json"_s});
        QCOMPARE(compared.exitCode, 4);
        // Named: a range-for over json(...)["widgets"] would walk a destroyed temporary.
        const Json comparison = json(compared);
        for (const Json &w : comparison["widgets"]) {
            if (w["outcome"] != "no_data")
                QVERIFY2(w["outcome"] == "failed", w.dump().c_str());
        }

        const Run checked = dashwright({u"isolation-check"_s, path, u"--json"_s});
        QCOMPARE(checked.exitCode, 4);
        const Json report = json(checked);
        QVERIFY(report["clean"] == false);
        QVERIFY(!report["errors"].empty());
    }

    void isolationCheck()
    {
        // The demo: the forgetful tenant's widgets; one shared count, a coincidence, not a finding.
        const Run demo = dashwright({u"isolation-check"_s, project(), u"--json"_s});
        QCOMPARE(demo.exitCode, 3);
        QVERIFY(demo.err.startsWith("dashwright: "));
        const Json report = json(demo);
        QCOMPARE(report["unrestricted"].size(), size_t(8));
        QCOMPARE(report["shared_data"].size(), size_t(0));
        QCOMPARE(report["coincidences"].size(), size_t(1));
        QCOMPARE(report["same_tenant"].size(), size_t(1));
        QVERIFY(report["clean"] == false);

        // Without the forgetful tenant and El Tapatio: nothing to report, exit 0.
        const QString clean = variant(u"clean"_s, [](Json &p) {
            Json kept = Json::array();
            for (const Json &t : p["tenants"]) {
                if (t["name"] != "Forgetful tenant — no override"
                    && t["name"] != "El Tapatio — own database")
                    kept.push_back(t);
            }
            p["tenants"] = kept;
        });
        const Run ok = dashwright({u"isolation-check"_s, clean});
        QVERIFY2(ok.exitCode == 0, ok.out.constData());
        QVERIFY(ok.out.contains("No findings."));
        // El Tapatio kept: its one shared count with Fiesty Fiesta is listed, and is no finding.
        const QString withTapatio = variant(u"with-tapatio"_s, [](Json &p) {
            Json kept = Json::array();
            for (const Json &t : p["tenants"]) {
                if (t["name"] != "Forgetful tenant — no override")
                    kept.push_back(t);
            }
            p["tenants"] = kept;
        });
        const Run listed = dashwright({u"isolation-check"_s, withTapatio});
        QVERIFY2(listed.exitCode == 0, listed.out.constData());
        QVERIFY(listed.out.contains("same single figure in some widgets (worth a look; not "
                                    "findings)"));
        QVERIFY(listed.out.contains("No findings."));
    }
};

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
