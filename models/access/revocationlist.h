// PLACEHOLDER (lead's local copy until branch apikeys merges; not committed)
#pragma once
#include <QDateTime>
#include <QString>
namespace Dashwright {
class RevocationList {
public:
    enum class Status { NotRevoked, Revoked, Unreadable };
    explicit RevocationList(QString path) : m_path(std::move(path)) {}
    static QString pathFor(const QString &projectFilePath) { QString p = projectFilePath; if (p.endsWith(QLatin1String(".dwproj"))) p.chop(7); return p + QLatin1String(".revoked"); }
    Status check(const QString &, QString * = nullptr) const { return Status::NotRevoked; }
    static bool add(const QString &, const QString &, const QDateTime &, QString *) { return false; }
private:
    QString m_path;
};
}
