// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/demofixture.h"

#include "embed/snippet.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;
using namespace Dashwright::Tests;

// A snippet names the tenant profile its values come from, and a template names none: an empty
// string is still a value to Mustache, so a template used to say its values came from the tenant
// profile "".
class TestSnippetTenant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_demo.ok(), qPrintable(m_demo.error)); }

    void tenantLine_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("withTenant");
        for (const QString &name : SnippetGenerator::formatNames()) {
            const SnippetFormat format = *SnippetGenerator::formatFromName(name);
            if (!SnippetGenerator::isBackend(format))
                continue;
            QTest::addRow("%s template", qPrintable(name)) << int(format) << false;
            QTest::addRow("%s tenant", qPrintable(name)) << int(format) << true;
        }
    }

    void tenantLine()
    {
        QFETCH(int, format);
        QFETCH(bool, withTenant);
        const Dashboard *dashboard = m_demo.project.dashboard(u"distributor-performance"_s);
        QVERIFY(dashboard);
        const TenantProfile *tenant = m_demo.project.tenant(u"Farolito — parameter override"_s);
        QVERIFY(tenant);
        SnippetRequest request;
        request.format = SnippetFormat(format);
        request.minting = SnippetMinting::Authorizations;
        if (withTenant) {
            request.claims = tenant->claims;
            request.tenantName = tenant->name;
        }
        QString error;
        const std::optional<Snippet> snippet
                = SnippetGenerator::generate(m_demo.project, *dashboard, request, &error);
        QVERIFY2(snippet, qPrintable(error));
        QVERIFY2(!snippet->code.contains(u"tenant profile \"\""_s), qPrintable(snippet->code));
        // Up to the dash, which Java's source has as \u2014.
        QCOMPARE(snippet->code.contains(u"tenant profile \"Farolito "_s), withTenant);
    }

private:
    DemoFixture m_demo{200};
};

QTEST_GUILESS_MAIN(TestSnippetTenant)
#include "tst_snippettenant.moc"
