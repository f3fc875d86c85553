// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clirun.h"

#include "common/json.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Dashwright::Json;

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Json parsed(const QByteArray &text)
{
    return Json::parse(text.toStdString(), nullptr, false);
}

QByteArray segment(const Json &json)
{
    return QByteArray::fromStdString(json.dump()).toBase64(base64url);
}

} // namespace

// End-to-end tests of "dashwright token": sign → verify round trips for every algorithm and for
// sealed tokens, claims checked against the project before signing, credentials kept out of
// readable tokens, tampered, expired and retired-key tokens refused, inspect labelled unverified.
class TestTokenCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Json m_project;
    QMap<QString, QString> m_kids; // alg → kid

    QString project() const { return m_dir.filePath(u"demo/burrito.dwproj"_s); }
    QString keystore() const { return m_dir.filePath(u"demo/burrito.dwkeys"_s); }

    QString writeClaims(const QString &name, const Json &claims) const
    {
        const QString path = m_dir.filePath(name + u".json"_s);
        writeWholeFile(path, QByteArray::fromStdString(claims.dump(2)));
        return path;
    }
    Json tenantClaims(int index) const { return m_project["tenants"][size_t(index)]["claims"]; }

    QByteArray sign(const Json &claims, const QStringList &options = {}) const
    {
        const QString path = writeClaims(u"claims"_s, claims);
        const CliRun run = runDashwright(
                QStringList{u"token"_s, u"sign"_s, project(), u"--claims"_s, path} + options);
        if (run.exitCode != 0 || !run.out.endsWith('\n')) {
            qWarning("%s", qPrintable(run.describe()));
            return {};
        }
        return run.out.chopped(1);
    }

    CliRun verify(const QByteArray &token, const QStringList &options = {}) const
    {
        return runDashwright(
                QStringList{u"token"_s, u"verify"_s, project(), QString::fromLatin1(token)}
                + options);
    }

    // An HS256 token made here, independently of Dashwright, with the demo key's secret.
    QByteArray handMade(const Json &payload, const QByteArray &kid = {}) const
    {
        const Json keys = parsed(readWholeFile(keystore()))["signing_keys"];
        const Json &key = keys[0];
        const QByteArray secret
                = QByteArray::fromBase64(QByteArray::fromStdString(key["secret"]), base64url);
        const Json header
                = {{"alg", "HS256"},
                   {"typ", "JWT"},
                   {"kid", kid.isEmpty() ? key["kid"].get<std::string>() : kid.toStdString()}};
        const QByteArray input = segment(header) + '.' + segment(payload);
        return input + '.'
                + QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256)
                          .toBase64(base64url);
    }

    Json registeredClaims(qint64 issuedAgo, qint64 expiresIn) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        Json claims = tenantClaims(0);
        claims["iss"] = "dashwright:" + m_project["id"].get<std::string>();
        claims["aud"] = "dashwright-embed";
        claims["sub"] = "Farolito";
        claims["iat"] = now - issuedAgo;
        claims["nbf"] = now - issuedAgo;
        claims["exp"] = now + expiresIn;
        claims["jti"] = "test-jti";
        return claims;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CliRun run = runDashwright(
                {u"demo"_s, u"create"_s, m_dir.filePath(u"demo"_s), u"--rows"_s, u"1000"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        m_project = parsed(readWholeFile(project()));
        QVERIFY(m_project.is_object());
        m_kids[u"HS256"_s] = QString::fromStdString(
                parsed(readWholeFile(keystore()))["signing_keys"][0]["kid"]);
        for (const QString &alg : {u"ES256"_s, u"EdDSA"_s, u"A256GCM"_s, u"HS512"_s}) {
            run = runDashwright({u"keys"_s, u"create"_s, project(), u"--alg"_s, alg});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            m_kids[alg] = QString::fromUtf8(run.out.trimmed());
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrStart");
        const QString p = project();
        const QString claims = writeClaims(u"farolito"_s, tenantClaims(0));
        QTest::newRow("no action")
                << QStringList{u"token"_s} << 1 << u"dashwright: token: no action given"_s;
        QTest::newRow("unknown action") << QStringList{u"token"_s, u"mint"_s} << 1
                                        << u"dashwright: token: unknown action \"mint\""_s;
        QTest::newRow("help") << QStringList{u"token"_s, u"--help"_s} << 0 << QString();
        QTest::newRow("sign help")
                << QStringList{u"token"_s, u"sign"_s, u"--help"_s} << 0 << QString();
        QTest::newRow("sign no claims") << QStringList{u"token"_s, u"sign"_s, p} << 1
                                        << u"dashwright: token: --claims is required"_s;
        QTest::newRow("sign no project")
                << QStringList{u"token"_s, u"sign"_s, u"--claims"_s, claims} << 1
                << u"dashwright: token: expected 2 argument(s), got 1"_s;
        QTest::newRow("expires zero")
                << QStringList{u"token"_s, u"sign"_s,         p,     u"--claims"_s,
                               claims,     u"--expires-in"_s, u"0"_s}
                << 1 << u"dashwright: --expires-in: expected a number of seconds from 1 to 86400"_s;
        QTest::newRow("expires too long")
                << QStringList{u"token"_s, u"sign"_s,         p,         u"--claims"_s,
                               claims,     u"--expires-in"_s, u"86401"_s}
                << 1 << u"dashwright: --expires-in: "_s;
        QTest::newRow("expires words")
                << QStringList{u"token"_s, u"sign"_s,         p,        u"--claims"_s,
                               claims,     u"--expires-in"_s, u"soon"_s}
                << 1 << u"dashwright: --expires-in: "_s;
        QTest::newRow("missing claims file")
                << QStringList{u"token"_s, u"sign"_s, p, u"--claims"_s, u"/nonexistent.json"_s} << 2
                << u"dashwright: /nonexistent.json: "_s;
        QTest::newRow("missing project")
                << QStringList{u"token"_s, u"sign"_s, u"/nonexistent.dwproj"_s, u"--claims"_s,
                               claims}
                << 2 << u"dashwright: /nonexistent.dwproj: no such file"_s;
        QTest::newRow("no keystore")
                << QStringList{u"token"_s,
                               u"sign"_s,
                               p,
                               u"--claims"_s,
                               claims,
                               u"--keystore"_s,
                               m_dir.filePath(u"none.dwkeys"_s)}
                << 2 << u"dashwright: %1: no such keystore"_s.arg(m_dir.filePath(u"none.dwkeys"_s));
        QTest::newRow("unknown kid") << QStringList{u"token"_s, u"sign"_s,  p,        u"--claims"_s,
                                                    claims,     u"--kid"_s, u"nope"_s}
                                     << 2 << u"dashwright: token sign: "_s;
        QTest::newRow("sign ok") << QStringList{u"token"_s, u"sign"_s, p, u"--claims"_s, claims}
                                 << 0 << QString();
        QTest::newRow("verify missing token")
                << QStringList{u"token"_s, u"verify"_s, p} << 1
                << u"dashwright: token: expected 3 argument(s), got 2"_s;
        QTest::newRow("verify garbage") << QStringList{u"token"_s, u"verify"_s, p, u"garbage"_s}
                                        << 2 << u"dashwright: token: "_s;
        QTest::newRow("inspect garbage")
                << QStringList{u"token"_s, u"inspect"_s, u"a.b"_s} << 2
                << u"dashwright: token: 2 segments: a signed token has 3, a sealed one 5"_s;
        QTest::newRow("inspect padded")
                << QStringList{u"token"_s, u"inspect"_s, u"eyJhbGciOiJIUzI1NiJ9==.e30.AA"_s} << 2
                << u"dashwright: token: the header is not canonical base64url"_s;
        QTest::newRow("inspect no object")
                << QStringList{u"token"_s, u"inspect"_s, u"WzFd.e30.AA"_s} << 2
                << u"dashwright: token: the header is not a JSON object"_s;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrStart);
        const CliRun run = runDashwright(args);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        if (stderrStart.isEmpty())
            QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
        else
            QVERIFY2(run.errText().startsWith(stderrStart), qPrintable(run.describe()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("sealed");
        QTest::newRow("HS256") << u"HS256"_s << false;
        QTest::newRow("HS512") << u"HS512"_s << false;
        QTest::newRow("ES256") << u"ES256"_s << false;
        QTest::newRow("EdDSA") << u"EdDSA"_s << false;
        QTest::newRow("sealed HS256") << u"HS256"_s << true;
        QTest::newRow("sealed EdDSA") << u"EdDSA"_s << true;
    }

    void roundTrip()
    {
        QFETCH(QString, alg);
        QFETCH(bool, sealed);
        QStringList options{u"--kid"_s, m_kids[alg], u"--expires-in"_s, u"600"_s};
        if (sealed)
            options.append(u"--sealed"_s);
        const QByteArray token = sign(tenantClaims(0), options);
        QVERIFY(!token.isEmpty());
        QCOMPARE(token.count('.'), sealed ? 4 : 2);

        CliRun run = verify(token);
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
        QVERIFY(run.out.startsWith(sealed ? "valid: sealed token" : "valid: signed token"));

        run = verify(token, {u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const Json out = parsed(run.out);
        QVERIFY(out["header"]["alg"] == alg.toStdString());
        QVERIFY(out["header"]["kid"] == m_kids[alg].toStdString());
        QVERIFY(out["sealed"] == sealed);
        QVERIFY(out["claims"]["parameter_overrides"] == tenantClaims(0)["parameter_overrides"]);
        QVERIFY(out["claims"]["aud"] == "dashwright-embed");
        QCOMPARE(out["claims"]["exp"].get<qint64>() - out["claims"]["iat"].get<qint64>(), 600);
        const QDateTime expires
                = QDateTime::fromString(QString::fromStdString(out["expires"]), Qt::ISODate);
        QCOMPARE(expires.toSecsSinceEpoch(), out["claims"]["exp"].get<qint64>());

        // From stdin as well.
        run = runDashwright({u"token"_s, u"verify"_s, project(), u"-"_s}, {}, token + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        // inspect: signed tokens show their claims, labelled unverified; sealed ones only the
        // header.
        run = runDashwright({u"token"_s, u"inspect"_s, QString::fromLatin1(token)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const Json inspected = parsed(run.out);
        QVERIFY(inspected["verified"] == false);
        QVERIFY(inspected["warning"].get<std::string>().starts_with("NOT VERIFIED"));
        QVERIFY(inspected["sealed"] == sealed);
        if (sealed) {
            QVERIFY(inspected["header"]["alg"] == "dir" && inspected["header"]["enc"] == "A256GCM");
            QVERIFY(inspected["header"]["kid"] == m_kids[u"A256GCM"_s].toStdString());
            QVERIFY(!inspected.contains("payload"));
            QVERIFY(!run.out.contains("Farolito"));
        } else {
            QVERIFY(inspected["payload"]["username"] == "farolito-owner");
        }
    }

    void defaultKeyIsNewestHs256()
    {
        const Json out = parsed(verify(sign(tenantClaims(0)), {u"--json"_s}).out);
        QVERIFY(out["header"]["kid"] == m_kids[u"HS256"_s].toStdString());
    }

    void claimsCheckedAgainstProject_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("securable") << u"securable"_s << u"unknown securable no-such-dashboard"_s;
        QTest::newRow("dataset") << u"dataset"_s << u"no-such-dataset"_s;
        QTest::newRow("column") << u"column"_s << u"no-such-column"_s;
        QTest::newRow("parameter") << u"parameter"_s << u"no_such_parameter"_s;
        QTest::newRow("malformed") << u"malformed"_s << u"malformed JSON"_s;
    }

    void claimsCheckedAgainstProject()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        Json claims = tenantClaims(1); // the token filter tenant
        if (what == u"securable"_s)
            claims["securables"] = {"no-such-dashboard"};
        else if (what == u"dataset"_s)
            claims["filters"][0]["securable_id"] = "no-such-dataset";
        else if (what == u"column"_s)
            claims["filters"][0]["column_id"] = "no-such-column";
        else if (what == u"parameter"_s)
            claims["parameter_overrides"] = {{"no_such_parameter", 1}};
        const QString path = writeClaims(u"bad"_s, claims);
        if (what == u"malformed"_s)
            writeWholeFile(path, "{\"securables\": [");
        const CliRun run = runDashwright({u"token"_s, u"sign"_s, project(), u"--claims"_s, path});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith(u"dashwright: "_s + path + u": "_s),
                 qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(message), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }

    void claimsFromStdin()
    {
        const CliRun run = runDashwright({u"token"_s, u"sign"_s, project(), u"--claims"_s, u"-"_s},
                                         {}, QByteArray::fromStdString(tenantClaims(2).dump()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(verify(run.out.trimmed()).exitCode, 0);
    }

    void credentialsNeedSealed()
    {
        Json claims = tenantClaims(3); // the tenant with its own database
        const std::string account = claims["account_overrides"].begin().key();
        claims["account_overrides"][account]["password"] = "hunter2-sesame";
        CliRun run = runDashwright(
                {u"token"_s, u"sign"_s, project(), u"--claims"_s, writeClaims(u"creds"_s, claims)});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(u"--sealed"_s), qPrintable(run.describe()));
        QVERIFY(!run.errText().contains(u"hunter2-sesame"_s));
        QVERIFY(run.out.isEmpty());

        const QByteArray token = sign(claims, {u"--sealed"_s});
        QVERIFY(!token.isEmpty());
        QVERIFY(!token.contains(QByteArray("hunter2-sesame").toBase64(base64url)));
        run = runDashwright({u"token"_s, u"inspect"_s, QString::fromLatin1(token)});
        QVERIFY(!run.out.contains("hunter2"));
        // verify shows the credentials only when asked to.
        run = verify(token, {u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!run.out.contains("hunter2"));
        QVERIFY(parsed(run.out)["claims"]["account_overrides"][account]["database"]
                == claims["account_overrides"][account]["database"]);
        run = verify(token, {u"--json"_s, u"--show-credentials"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(parsed(run.out)["claims"]["account_overrides"][account]["password"]
                == "hunter2-sesame");
    }

    void tampered_data()
    {
        QTest::addColumn<int>("part");
        QTest::newRow("header") << 0;
        QTest::newRow("payload") << 1;
        QTest::newRow("signature") << 2;
    }

    void tampered()
    {
        QFETCH(int, part);
        const QByteArray token = sign(tenantClaims(0), {u"--kid"_s, m_kids[u"ES256"_s]});
        QList<QByteArray> parts = token.split('.');
        if (part == 2) {
            QByteArray signature = QByteArray::fromBase64(parts[2], base64url);
            signature[5] = char(signature[5] ^ 1);
            parts[2] = signature.toBase64(base64url);
        } else {
            Json json = parsed(QByteArray::fromBase64(parts[part], base64url));
            if (part == 0)
                json["kid"] = m_kids[u"EdDSA"_s].toStdString();
            else
                json["parameter_overrides"]["distributor"] = "Fiesty Fiesta";
            parts[part] = segment(json);
        }
        const CliRun run = verify(parts.join('.'));
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith(u"dashwright: token: "_s), qPrintable(run.describe()));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void handMadeTokens()
    {
        // A token minted outside Dashwright with the same key and claims verifies…
        CliRun run = verify(handMade(registeredClaims(10, 600)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        // …and once expired (beyond the leeway), it does not.
        run = verify(handMade(registeredClaims(7200, -3600)));
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(u"expired"_s), qPrintable(run.describe()));
        // Nor with alg "none".
        Json none = {{"alg", "none"}, {"typ", "JWT"}};
        run = verify(segment(none) + '.' + segment(registeredClaims(10, 600)) + '.');
        QCOMPARE(run.exitCode, 2);
    }

    void shortLifetime()
    {
        const QByteArray token = sign(tenantClaims(0), {u"--expires-in"_s, u"1"_s});
        const Json out = parsed(verify(token, {u"--json"_s}).out);
        QCOMPARE(out["claims"]["exp"].get<qint64>() - out["claims"]["iat"].get<qint64>(), 1);
    }

    void rotationAndRetirement()
    {
        // A token signed before a rotation keeps verifying; after its key is retired it does not.
        const QByteArray before = sign(tenantClaims(0), {u"--kid"_s, m_kids[u"ES256"_s]});
        CliRun run = runDashwright({u"keys"_s, u"rotate"_s, project(), u"--alg"_s, u"ES256"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString rotated = QString::fromUtf8(run.out.trimmed());
        QCOMPARE(verify(before).exitCode, 0);

        run = runDashwright({u"keys"_s, u"retire"_s, project(), u"--kid"_s, m_kids[u"ES256"_s]});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = verify(before);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().contains(m_kids[u"ES256"_s]), qPrintable(run.describe()));
        // Signing with a retired key is refused too; the rotated key signs.
        run = runDashwright({u"token"_s, u"sign"_s, project(), u"--claims"_s,
                             writeClaims(u"c"_s, tenantClaims(0)), u"--kid"_s, m_kids[u"ES256"_s]});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(verify(sign(tenantClaims(0), {u"--kid"_s, rotated})).exitCode, 0);
        m_kids[u"ES256"_s] = rotated;
    }

    void encryptedKeystore()
    {
        const QStringList pass{u"DASHWRIGHT_KEYSTORE_PASSPHRASE=pass phrase"_s};
        const QString keys = m_dir.filePath(u"encrypted.dwkeys"_s);
        CliRun run = runDashwright(
                {u"keys"_s, u"create"_s, project(), u"--alg"_s, u"EdDSA"_s, u"--keystore"_s, keys},
                pass);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString claims = writeClaims(u"enc"_s, tenantClaims(0));
        run = runDashwright(
                {u"token"_s, u"sign"_s, project(), u"--claims"_s, claims, u"--keystore"_s, keys},
                pass);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString token = QString::fromLatin1(run.out.trimmed());
        run = runDashwright({u"token"_s, u"verify"_s, project(), token},
                            QStringList{u"DASHWRIGHT_KEYSTORE="_s + keys} + pass);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runDashwright({u"token"_s, u"verify"_s, project(), token},
                            {u"DASHWRIGHT_KEYSTORE="_s + keys});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.errText().contains(u"DASHWRIGHT_KEYSTORE_PASSPHRASE"_s));
        // The demo's own keystore does not know that key.
        QCOMPARE(verify(token.toLatin1()).exitCode, 2);
    }

private:
    QString revocations() const { return m_dir.filePath(u"demo/burrito.revoked"_s); }
    QStringList revokedJtis() const
    {
        QStringList jtis;
        const Json list = parsed(readWholeFile(revocations()));
        for (const Json &entry : list["revoked"])
            jtis.append(QString::fromStdString(entry["jti"]));
        return jtis;
    }
    CliRun revoke(const QString &what, const QStringList &options = {},
                  const QByteArray &input = {}) const
    {
        return runDashwright(QStringList{u"token"_s, u"revoke"_s, project(), what} + options, {},
                             input);
    }

private slots:
    // A bare jti is listed as given, beside the project, with no expiry.
    void revokeJti()
    {
        const CliRun run = revoke(u"jti-by-hand"_s, {u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const Json out = parsed(run.out);
        QVERIFY(out["jti"] == "jti-by-hand");
        QVERIFY(out["expires_at"].is_null());
        QVERIFY(out["file"] == revocations().toStdString());
        QVERIFY(revokedJtis().contains(u"jti-by-hand"_s));
    }

    // A token is verified, and its own jti and exp listed; from stdin too.
    void revokeToken()
    {
        for (const bool fromStdin : {false, true}) {
            const QByteArray token = sign(tenantClaims(0));
            const Json claims = parsed(verify(token, {u"--json"_s}).out)["claims"];
            const QString jti = QString::fromStdString(claims["jti"]);
            QVERIFY(!revokedJtis().contains(jti));
            const CliRun run = fromStdin ? revoke(u"-"_s, {}, token + '\n')
                                         : revoke(QString::fromLatin1(token));
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY2(run.out.startsWith("revoked jti " + jti.toLatin1()
                                        + " (it would have expired at "),
                     qPrintable(run.describe()));
            QVERIFY(revokedJtis().contains(jti));
            const Json list = parsed(readWholeFile(revocations()));
            for (const Json &entry : list["revoked"]) {
                if (entry["jti"] == jti.toStdString())
                    QVERIFY(entry["expires_at"]
                            == QDateTime::fromSecsSinceEpoch(claims["exp"].get<qint64>(), Qt::UTC)
                                       .toString(Qt::ISODate)
                                       .toStdString());
            }
        }
        // Sealed tokens too.
        const QByteArray sealed = sign(tenantClaims(0), {u"--sealed"_s});
        const CliRun run = revoke(QString::fromLatin1(sealed));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    // An authentic token that has run out is still revoked (its jti and exp are trustworthy).
    // A sealed token's claims were hidden from the page: snippet code that mints readable tokens
    // with them is refused; with --sealed (or for the page's own formats) it is written.
    void snippetFromSealedToken()
    {
        Json claims = tenantClaims(0);
        claims["metadata"] = Json{{"broker", "not for the page"}};
        const QByteArray sealed = sign(claims, {u"--sealed"_s});
        QVERIFY(!sealed.isEmpty());
        const QStringList base{u"snippet"_s,
                               project(),
                               u"--dashboard"_s,
                               QString::fromStdString(claims["securables"][0].get<std::string>()),
                               u"--token"_s,
                               QString::fromLatin1(sealed)};
        const CliRun readable = runDashwright(base + QStringList{u"--format"_s, u"go"_s});
        QCOMPARE(readable.exitCode, 2);
        QVERIFY2(readable.err.startsWith("dashwright: --token: the token is sealed"),
                 readable.err.constData());
        QVERIFY(!readable.out.contains("not for the page"));
        const CliRun kept
                = runDashwright(base + QStringList{u"--format"_s, u"node"_s, u"--sealed"_s});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
        const CliRun page = runDashwright(base + QStringList{u"--format"_s, u"html"_s});
        QVERIFY2(page.exitCode == 0, qPrintable(page.describe()));
    }

    // Past exp, inside the leeway: still valid, and the summary says it expired and why it is
    // accepted, never "expires" with a time in the past.
    void verifyWithinLeewaySaysSo()
    {
        const CliRun late = verify(handMade(registeredClaims(600, -20)));
        QVERIFY2(late.exitCode == 0, qPrintable(late.describe()));
        QVERIFY2(late.out.contains(", expired at "), late.out.constData());
        QVERIFY2(late.out.contains("s ago; accepted within the 60 s clock-skew leeway)"),
                 late.out.constData());
        QVERIFY2(!late.out.contains("expires"), late.out.constData());
        const CliRun current = verify(handMade(registeredClaims(10, 600)));
        QVERIFY2(current.exitCode == 0, qPrintable(current.describe()));
        QVERIFY2(!current.out.contains("leeway"), current.out.constData());
        QVERIFY2(current.out.contains(", expires "), current.out.constData());
    }

    // A revoked token is refused by the command line as by the embed server: verify and the AS
    // option alike.
    void revokedTokensAreRefusedEverywhere()
    {
        Json claims = registeredClaims(10, 600);
        claims["jti"] = "revoked-everywhere";
        const QByteArray token = handMade(claims);
        QCOMPARE(verify(token).exitCode, 0);
        QCOMPARE(revoke(QString::fromLatin1(token)).exitCode, 0);
        const CliRun verified = verify(token);
        QCOMPARE(verified.exitCode, 2);
        QVERIFY2(verified.err.startsWith("dashwright: token: revoked: its jti is listed in "),
                 verified.err.constData());
        const CliRun queried
                = runDashwright({u"query"_s, project(), u"--dashboard"_s,
                                 QString::fromStdString(claims["securables"][0].get<std::string>()),
                                 u"--token"_s, QString::fromLatin1(token)});
        QCOMPARE(queried.exitCode, 2);
        QVERIFY2(queried.err.contains("revoked"), queried.err.constData());
    }

    void revokeExpiredToken()
    {
        Json claims = registeredClaims(7200, -3600);
        claims["jti"] = "expired-jti";
        const QByteArray token = handMade(claims);
        QCOMPARE(verify(token).exitCode, 2); // expired: refused by verify
        const CliRun run = revoke(QString::fromLatin1(token));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("had expired already"), qPrintable(run.describe()));
        QVERIFY(revokedJtis().contains(u"expired-jti"_s));
    }

    // Only a token that verifies gives its jti: a forged, tampered or foreign one is refused, and
    // nothing is listed.
    void revokeRefusesForgedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("stderrStart");
        Json claims = registeredClaims(10, 600);
        claims["jti"] = "forged-jti";
        const QByteArray genuine = handMade(claims);
        const QList<QByteArray> parts = genuine.split('.');
        // The payload of another token under this token's signature.
        Json other = claims;
        other["sub"] = "someone else";
        QTest::newRow("payload swapped")
                << parts[0] + '.' + segment(other) + '.' + parts[2] << u"dashwright: token: "_s;
        QByteArray badSignature = parts[2];
        badSignature[0] = badSignature[0] == 'A' ? 'B' : 'A';
        QTest::newRow("signature changed")
                << parts[0] + '.' + parts[1] + '.' + badSignature << u"dashwright: token: "_s;
        QTest::newRow("unknown kid")
                << handMade(claims, "no-such-kid") << u"dashwright: token: unknown kid"_s;
        const Json none = {{"alg", "none"}, {"typ", "JWT"}};
        QTest::newRow("alg none") << segment(none) + '.' + parts[1] + '.'
                                  << u"dashwright: token: "_s;
        Json foreign = claims;
        foreign["iss"] = "dashwright:another-project";
        QTest::newRow("other project") << handMade(foreign) << u"dashwright: token: "_s;
        Json noJti = registeredClaims(10, 600);
        noJti.erase("jti");
        QTest::newRow("no jti") << handMade(noJti) << u"dashwright: token: the token has no jti"_s;
    }

    void revokeRefusesForgedTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, stderrStart);
        const QByteArray before = readWholeFile(revocations());
        const CliRun run = revoke(QString::fromLatin1(token));
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith(stderrStart), qPrintable(run.describe()));
        QCOMPARE(readWholeFile(revocations()), before);
    }

    void revokeBadJti()
    {
        const CliRun run = revoke(u"two words"_s);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.errText().startsWith(u"dashwright: jti: "_s), qPrintable(run.describe()));
    }

    // Several processes revoking at once: every jti is listed (bounded: 8 processes).
    void concurrentRevokesLoseNothing()
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 8; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(DASHWRIGHT_CLI_PATH),
                           {u"token"_s, u"revoke"_s, project(), u"parallel-%1"_s.arg(i)});
            processes.push_back(std::move(process));
        }
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        const QStringList jtis = revokedJtis();
        for (int i = 0; i < 8; ++i)
            QVERIFY2(jtis.contains(u"parallel-%1"_s.arg(i)), qPrintable(jtis.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestTokenCli)
#include "tst_token_cli.moc"
