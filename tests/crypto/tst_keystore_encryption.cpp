// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"
#include "crypto/keystore.h"
#include "crypto/keystorecipher.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(contents) == contents.size();
}

// Flips one bit of a base64url member's decoded bytes, keeping the encoding canonical.
std::string flipped(const std::string &base64url)
{
    constexpr auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QByteArray bytes = QByteArray::fromBase64(QByteArray::fromStdString(base64url), options);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    return bytes.toBase64(options).toStdString();
}

} // namespace

// Passphrase encryption of the keystore (AES-256-GCM under scrypt) and the key lifecycle: rotation
// keeps older keys verifying, retirement stops them.
class TestKeystoreEncryption : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_encryptedPath;

    static Keystore sample()
    {
        Keystore keystore;
        QString error;
        keystore.createSigningKey(KeyAlgorithm::HS256, &error);
        keystore.createSigningKey(KeyAlgorithm::A256GCM, &error);
        keystore.setSecret({u"db"_s, StoredSecret::Kind::Password, u"hunter2-sesame"_s});
        return keystore;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_encryptedPath = m_dir.filePath(u"encrypted.dwkeys"_s);
        Keystore keystore = sample();
        keystore.setPassphrase("correct horse battery staple");
        QString error;
        QVERIFY2(keystore.save(m_encryptedPath, &error), qPrintable(error));
    }

    void roundTrip()
    {
        Keystore keystore = sample();
        keystore.setPassphrase("correct horse battery staple");
        const QString path = m_dir.filePath(u"roundtrip.dwkeys"_s);
        QString error;
        QVERIFY2(keystore.save(path, &error), qPrintable(error));
        QCOMPARE(fileMode(path), 0600);

        const QByteArray text = readFile(path);
        QVERIFY(Keystore::isEncrypted(text));
        QCOMPARE(Keystore::isEncryptedFile(path, &error), std::optional<bool>(true));
        // Nothing secret, nor the structure's names, in the clear.
        QVERIFY(!text.contains("hunter2-sesame"));
        QVERIFY(!text.contains("signing_keys"));
        const QByteArray secret = keystore.signingKeys().first().secret.toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(!text.contains(secret));
        const Json envelope = Json::parse(text.toStdString());
        QVERIFY(envelope["format"] == "dashwright-keystore");
        QVERIFY(envelope["version"] == 1);
        QVERIFY(envelope["encryption"]["cipher"] == "aes-256-gcm");
        QVERIFY(envelope["encryption"]["kdf"] == "scrypt");
        QVERIFY(envelope["encryption"]["n"] == 32768);

        const auto loaded = Keystore::load(path, "correct horse battery staple", &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, keystore);
        QVERIFY(loaded->isEncrypted());

        // Saving again keeps the encryption, with a fresh salt and IV.
        QVERIFY(loaded->save(path, &error));
        const Json again = Json::parse(readFile(path).toStdString());
        QVERIFY(again["encryption"]["salt"] != envelope["encryption"]["salt"]);
        QVERIFY(again["encryption"]["iv"] != envelope["encryption"]["iv"]);
        QVERIFY(Keystore::load(path, "correct horse battery staple", &error));
    }

    void wrongPassphrase_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("wrong") << QByteArray("correct horse battery stapler");
        QTest::newRow("case") << QByteArray("Correct horse battery staple");
    }

    void wrongPassphrase()
    {
        QFETCH(QByteArray, passphrase);
        QString error;
        QVERIFY(!Keystore::load(m_encryptedPath, passphrase, &error));
        QVERIFY2(error.endsWith(u"wrong passphrase or damaged keystore"_s), qPrintable(error));
    }

    void noPassphrase()
    {
        QString error;
        QVERIFY(!Keystore::load(m_encryptedPath, &error));
        QVERIFY2(error.contains(u"encrypted: a passphrase is needed"_s), qPrintable(error));
    }

    void tampered_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("message");
        const QString damaged = u"wrong passphrase or damaged keystore"_s;
        QTest::newRow("ciphertext") << u"ciphertext"_s << damaged;
        QTest::newRow("tag") << u"tag"_s << damaged;
        QTest::newRow("salt") << u"salt"_s << damaged;
        QTest::newRow("iv") << u"iv"_s << damaged;
        QTest::newRow("n") << u"n"_s << damaged;
        QTest::newRow("huge n") << u"huge n"_s << u"unsupported scrypt parameters"_s;
        QTest::newRow("short tag") << u"short tag"_s << u"encryption.tag: 16 bytes"_s;
        QTest::newRow("padded salt") << u"padded salt"_s << u"encryption.salt:"_s;
        QTest::newRow("cipher") << u"cipher"_s << u"only cipher \"aes-256-gcm\""_s;
        QTest::newRow("no ciphertext")
                << u"no ciphertext"_s << u"ciphertext: canonical base64url"_s;
        QTest::newRow("newer version") << u"version"_s << u"version 2 is newer"_s;
    }

    void tampered()
    {
        QFETCH(QString, member);
        QFETCH(QString, message);
        Json envelope = Json::parse(readFile(m_encryptedPath).toStdString());
        Json &e = envelope["encryption"];
        if (member == u"ciphertext"_s)
            envelope["ciphertext"] = flipped(envelope["ciphertext"]);
        else if (member == u"n"_s)
            e["n"] = 16384;
        else if (member == u"huge n"_s)
            e["n"] = quint64(1) << 30;
        else if (member == u"short tag"_s)
            e["tag"] = e["tag"].get<std::string>().substr(0, 8);
        else if (member == u"padded salt"_s)
            e["salt"] = e["salt"].get<std::string>() + "==";
        else if (member == u"cipher"_s)
            e["cipher"] = "aes-128-gcm";
        else if (member == u"no ciphertext"_s)
            envelope.erase("ciphertext");
        else if (member == u"version"_s)
            envelope["version"] = 2;
        else
            e[member.toStdString()] = flipped(e[member.toStdString()]);
        const QString path = m_dir.filePath(u"tampered.dwkeys"_s);
        QVERIFY(writeFile(path, QByteArray::fromStdString(envelope.dump(2))));
        QString error;
        QVERIFY(!Keystore::load(path, "correct horse battery staple", &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // An error never echoes the passphrase.
        QVERIFY(!error.contains(u"staple"_s));
    }

    void unencryptedStillLoads()
    {
        const Keystore keystore = sample();
        const QString path = m_dir.filePath(u"plain.dwkeys"_s);
        QString error;
        QVERIFY(keystore.save(path, &error));
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(!Keystore::isEncrypted(readFile(path)));
        QVERIFY(readFile(path).contains("hunter2-sesame"));
        QCOMPARE(*Keystore::load(path, &error), keystore);
        // A passphrase given for a plain keystore is not needed and does not matter.
        const auto withPassphrase = Keystore::load(path, "unused", &error);
        QVERIFY2(withPassphrase, qPrintable(error));
        QVERIFY(!withPassphrase->isEncrypted());
    }

    void removeEncryption()
    {
        auto keystore = Keystore::load(m_encryptedPath, "correct horse battery staple", nullptr);
        QVERIFY(keystore);
        keystore->setPassphrase({});
        const QString path = m_dir.filePath(u"decrypted.dwkeys"_s);
        QString error;
        QVERIFY(keystore->save(path, &error));
        QVERIFY(!Keystore::isEncrypted(readFile(path)));
        QCOMPARE(Keystore::load(path, &error)->signingKeys(), keystore->signingKeys());
    }

    void cipherNestedEnvelopeRefused()
    {
        // An envelope whose plaintext is itself an envelope is not a keystore.
        const auto inner = KeystoreCipher::seal("{}", "pw", nullptr);
        QVERIFY(inner);
        const auto outer = KeystoreCipher::seal(*inner, "pw", nullptr);
        QString error;
        QVERIFY(!Keystore::read(*outer, "pw", &error));
        QVERIFY2(error.contains(u"not a plain keystore"_s), qPrintable(error));
    }

    void rotation()
    {
        Keystore keystore;
        QString error;
        QVERIFY(!keystore.rotate(KeyAlgorithm::HS256, &error));
        QVERIFY(error.contains(u"create one first"_s));

        const QString first = keystore.createSigningKey(KeyAlgorithm::HS256, &error)->kid;
        const QString second = keystore.rotate(KeyAlgorithm::HS256, &error)->kid;
        QVERIFY(first != second);
        // Both in the same second: the rotated key is still the newest.
        QCOMPARE(keystore.activeSigningKey(KeyAlgorithm::HS256)->kid, second);
        QVERIFY(keystore.signingKey(second)->created > keystore.signingKey(first)->created);
        // The older key keeps verifying.
        QVERIFY(keystore.verificationKey(first));
        QVERIFY(keystore.verificationKey(second));

        const QString third = keystore.rotate(KeyAlgorithm::HS256, &error)->kid;
        QCOMPARE(keystore.activeSigningKey(KeyAlgorithm::HS256)->kid, third);
        QVERIFY(keystore.verificationKey(first) && keystore.verificationKey(second));
    }

    void retire()
    {
        Keystore keystore;
        QString error;
        const QString first = keystore.createSigningKey(KeyAlgorithm::HS256, &error)->kid;
        const QString second = keystore.rotate(KeyAlgorithm::HS256, &error)->kid;

        QVERIFY(keystore.retire(first, &error));
        QCOMPARE(keystore.verificationKey(first), nullptr);
        QCOMPARE(keystore.signingKey(first)->status, SigningKey::Status::Retired);
        QCOMPARE(keystore.activeSigningKey(KeyAlgorithm::HS256)->kid, second);
        QVERIFY(keystore.retire(first, &error)); // again: no change, no error

        // Retiring the newest leaves no key to sign with; a retired key never comes back.
        QVERIFY(keystore.retire(second, &error));
        QCOMPARE(keystore.activeSigningKey(KeyAlgorithm::HS256), nullptr);
        QCOMPARE(keystore.verificationKey(second), nullptr);

        QVERIFY(!keystore.retire(u"nope"_s, &error));
        QVERIFY(error.contains(u"nope"_s));

        // The statuses survive a save and a load.
        const QString path = m_dir.filePath(u"retired.dwkeys"_s);
        QVERIFY(keystore.save(path, &error));
        const auto loaded = Keystore::load(path, &error);
        QCOMPARE(loaded->verificationKey(first), nullptr);
        QCOMPARE(loaded->signingKey(second)->status, SigningKey::Status::Retired);
    }
};

QTEST_GUILESS_MAIN(TestKeystoreEncryption)
#include "tst_keystore_encryption.moc"
