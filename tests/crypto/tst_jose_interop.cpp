// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Interoperability with Node.js's `jose` (DESIGN §6): jose verifies Dashwright's tokens with the
// exported keys, and Dashwright verifies tokens jose mints with the same claims. jose is installed
// from npm into the build tree on first run (the default registry configuration, nothing pinned
// here but the major version).
#include "common/json.h"
#include "cryptofixture.h"

#include "access/tokenservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

const QString scriptsDir = QStringLiteral(DASHWRIGHT_INTEROP_SCRIPTS);
const QString nodeDir = QStringLiteral(DASHWRIGHT_INTEROP_NODE_DIR);

// Runs a program to completion; its stdout, or nullopt with *error set.
std::optional<QByteArray> run(const QString &program, const QStringList &arguments,
                              const QByteArray &input, int timeoutMs, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(nodeDir);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = u"cannot start %1"_s.arg(program);
        return std::nullopt;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = u"%1 %2 timed out"_s.arg(program, arguments.join(u' '));
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 %2 failed (%3): %4"_s.arg(program, arguments.join(u' '))
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(process.readAllStandardError()).right(2000));
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

class TestJoseInterop : public QObject
{
    Q_OBJECT

    QString m_node;
    Project m_project;
    Keystore m_keystore;
    QString m_hs, m_es, m_ed, m_seal;

    Json jwk(const QString &kid, bool includePrivate) const
    {
        return KeyMaterial::fromSigningKey(*m_keystore.signingKey(kid), nullptr)
                ->toJwk(includePrivate);
    }

    std::optional<Json> node(const QString &script, const Json &input, QString *error) const
    {
        const auto out
                = run(m_node, {script}, QByteArray::fromStdString(input.dump()), 120000, error);
        if (!out)
            return std::nullopt;
        return Json::parse(out->toStdString(), nullptr, false);
    }

private slots:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(u"node"_s);
        const QString npm = QStandardPaths::findExecutable(u"npm"_s);
        if (m_node.isEmpty() || npm.isEmpty())
            QSKIP("node and npm are needed for the jose interop test; scripts/setup.sh installs "
                  "them");

        QVERIFY(QDir().mkpath(nodeDir));
        // A package.json of its own keeps npm from looking for one further up the tree.
        const QString packageJson = nodeDir + u"/package.json"_s;
        if (!QFile::exists(packageJson)) {
            QFile file(packageJson);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"name\": \"dashwright-jose-interop\", \"private\": true, \"type\": "
                       "\"module\"}\n");
        }
        if (!QFile::exists(nodeDir + u"/node_modules/jose/package.json"_s)) {
            QString error;
            const auto out = run(npm, {u"install"_s, u"--no-audit"_s, u"--no-fund"_s, u"jose@5"_s},
                                 {}, 600000, &error);
            QVERIFY2(out, qPrintable(u"npm install jose@5 failed: "_s + error));
        }
        // The scripts run from the folder that holds node_modules, so that `import 'jose'` finds
        // it.
        for (const QString &script : {u"verify.mjs"_s, u"mint.mjs"_s, u"bench.mjs"_s}) {
            QFile::remove(nodeDir + u'/' + script);
            QVERIFY(QFile::copy(scriptsDir + u'/' + script, nodeDir + u'/' + script));
        }

        m_project = Tests::Crypto::project();
        m_hs = Tests::Crypto::addKey(m_keystore, KeyAlgorithm::HS256);
        m_es = Tests::Crypto::addKey(m_keystore, KeyAlgorithm::ES256);
        m_ed = Tests::Crypto::addKey(m_keystore, KeyAlgorithm::EdDSA);
        m_seal = Tests::Crypto::addKey(m_keystore, KeyAlgorithm::A256GCM);
    }

    void dashwrightToJose()
    {
        struct Case
        {
            QString kid;
            bool sealed;
        };
        const QList<Case> cases = {{m_hs, false}, {m_es, false}, {m_ed, false},
                                   {m_hs, true},  {m_es, true},  {m_ed, true}};
        Json input = Json::array();
        for (const Case &c : cases) {
            TokenIssuer::Options options;
            options.kid = c.kid;
            options.sealed = c.sealed;
            QString error;
            const auto token = TokenIssuer::issue(Tests::Crypto::claims(), m_project, m_keystore,
                                                  options, &error);
            QVERIFY2(token, qPrintable(error));
            const KeyAlgorithm algorithm = m_keystore.signingKey(c.kid)->algorithm;
            // jose gets what a verifier would be given: the public JWK (the secret for HMAC).
            Json item = {{"token", token->toStdString()},
                         {"alg", keyAlgorithmName(algorithm).toStdString()},
                         {"jwk", jwk(c.kid, isSymmetric(algorithm))},
                         {"issuer", "dashwright:" + Tests::Crypto::projectId.toStdString()},
                         {"audience", "dashwright-embed"}};
            if (c.sealed)
                item["sealJwk"] = jwk(m_seal, true);
            input.push_back(item);
        }
        QString error;
        const auto results = node(u"verify.mjs"_s, input, &error);
        QVERIFY2(results && results->is_array(), qPrintable(error));
        QCOMPARE(results->size(), size_t(cases.size()));
        for (size_t i = 0; i < results->size(); ++i) {
            const Json &r = (*results)[i];
            QVERIFY2(r["ok"] == true,
                     qPrintable(u"case %1: %2"_s.arg(i).arg(QString::fromStdString(r.dump()))));
            QVERIFY(r["payload"]["sub"] == "Farolito");
            QVERIFY(r["payload"]["parameter_overrides"]
                    == Tests::Crypto::claims()["parameter_overrides"]);
            QVERIFY(r["header"]["kid"] == cases[int(i)].kid.toStdString());
        }

        // And jose refuses what it should: a token with the wrong key.
        input[0]["jwk"] = jwk(Tests::Crypto::addKey(m_keystore, KeyAlgorithm::HS256), true);
        const auto refused = node(u"verify.mjs"_s, Json::array({input[0]}), &error);
        QVERIFY2(refused && (*refused)[0]["ok"] == false, qPrintable(error));
    }

    void joseToDashwright()
    {
        struct Case
        {
            QString kid;
            bool sealed;
        };
        const QList<Case> cases = {{m_hs, false}, {m_es, false}, {m_ed, false},
                                   {m_hs, true},  {m_es, true},  {m_ed, true}};
        Json input = Json::array();
        for (const Case &c : cases) {
            Json item = {{"alg",
                          keyAlgorithmName(m_keystore.signingKey(c.kid)->algorithm).toStdString()},
                         {"jwk", jwk(c.kid, true)},
                         {"claims", Tests::Crypto::claims()},
                         {"issuer", "dashwright:" + Tests::Crypto::projectId.toStdString()},
                         {"audience", "dashwright-embed"},
                         {"subject", "Farolito"}};
            if (c.sealed)
                item["sealJwk"] = jwk(m_seal, true);
            input.push_back(item);
        }
        QString error;
        const auto tokens = node(u"mint.mjs"_s, input, &error);
        QVERIFY2(tokens && tokens->is_array(), qPrintable(error));
        QCOMPARE(tokens->size(), size_t(cases.size()));
        const TokenVerifier verifier(m_project, m_keystore);
        for (size_t i = 0; i < tokens->size(); ++i) {
            const QByteArray token = QByteArray::fromStdString((*tokens)[i].get<std::string>());
            const auto verified = verifier.verify(token, &error);
            QVERIFY2(verified, qPrintable(u"case %1: %2"_s.arg(i).arg(error)));
            QCOMPARE(verified->sealed, cases[int(i)].sealed);
            QCOMPARE(verified->kid, cases[int(i)].kid);
            QVERIFY(verified->claims["filters"] == Tests::Crypto::claims()["filters"]);
            QVERIFY(verified->claims["sub"] == "Farolito");

            // A byte changed in jose's token is refused.
            QByteArray tampered = token;
            const qsizetype at = tampered.indexOf('.') + 5;
            tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
            QVERIFY(!verifier.verify(tampered, &error));
        }
    }
};

QTEST_GUILESS_MAIN(TestJoseInterop)
#include "tst_jose_interop.moc"
