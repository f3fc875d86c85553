// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>

#include <nlohmann/json.hpp>

#include <sys/types.h>

#include <memory>
#include <mutex>

namespace Dashwright {

// The tokens revoked before their exp, by jti (DESIGN §7): NAME.revoked beside NAME.dwproj, which
// every server instance reads, so a revocation reaches all of them without any talking to the
// others. The file is JSON:
//   {"format": "dashwright-revocations", "version": 1,
//    "revoked": [{"jti": "…", "revoked_at": "…Z", "expires_at": "…Z" | null}]}
// Written only by add(), under the file's FileLock and atomically; read strictly.
class RevocationList
{
public:
    enum class Status { NotRevoked, Revoked, Unreadable };

    static constexpr int currentVersion = 1;
    static constexpr qint64 maximumFileSize = qint64(16) * 1024 * 1024;

    explicit RevocationList(QString path);
    ~RevocationList();
    RevocationList(const RevocationList &) = delete;
    RevocationList &operator=(const RevocationList &) = delete;

    // NAME.revoked beside NAME.dwproj.
    static QString pathFor(const QString &projectFilePath);
    QString path() const { return m_path; }

    // Thread-safe. Costs one stat(2) per call; the file is read again only when its inode, size,
    // mtime or ctime changed (add() always renames a new file into place, so a new inode). A
    // missing file revokes nothing. A file that exists but cannot be read or parsed is
    // Unreadable, with *error saying why: callers fail closed, and the next call tries again.
    Status check(const QString &jti, QString *error = nullptr) const;
    // The same for a verified token's claims, by their jti (a token without one is not listed).
    Status checkClaims(const nlohmann::ordered_json &claims, QString *error = nullptr) const;

    // Adds a jti with the token's exp when known (else an invalid QDateTime: the entry is kept
    // for ever), under the file's lock, re-reading it there so no other writer's entry is lost,
    // and saving atomically. Entries whose exp lies more than TokenVerifier::maximumLifetime plus
    // its leeway in the past are pruned: no verifier accepts those tokens any more. A jti listed
    // already stays as it is (true). A file that cannot be read or parsed is left alone (false):
    // rewriting it would drop whatever it revoked.
    static bool add(const QString &path, const QString &jti, const QDateTime &expiresAt,
                    QString *error);

private:
    struct Snapshot;

    QString m_path;
    mutable std::mutex m_mutex;
    mutable std::unique_ptr<Snapshot> m_snapshot; // what was read last, and of which file
};

} // namespace Dashwright
