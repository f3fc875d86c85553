// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "common/filelock.h"
#include "common/regularfile.h"
#include "common/strictjson.h"
#include "projectmigrator.h"
#include "projectreader.h"
#include "projectvalidator.h"
#include "projectwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
// Far beyond any real project (the demo's is 60 KiB); refuses to read a huge stray file into
// memory, and bounds what one hostile string in a project can cost to parse and validate.
constexpr qint64 maximumProjectSize = 64LL * 1024 * 1024;

ProjectFile::LoadResult failure(const QString &path, const QString &message)
{
    ProjectFile::LoadResult result;
    result.problems.append({path, message});
    return result;
}
} // namespace

ProjectFile::LoadResult ProjectFile::read(QByteArrayView text, Check check)
{
    QString error;
    auto json = parseStrictJson(text, &error);
    if (!json)
        return failure(QString(), error);
    if (!json->is_object())
        return failure(QString(), u"a project file holds a JSON object"_s);

    const auto format = json->find("format");
    if (format == json->end() || !format->is_string()
        || format->get<std::string>() != "dashwright-project")
        return failure(u"format"_s,
                       u"not a Dashwright project (expected \"dashwright-project\")"_s);
    const auto version = json->find("schema_version");
    if (version == json->end() || !version->is_number_integer())
        return failure(u"schema_version"_s, u"required integer is missing"_s);
    const qint64 schemaVersion
            = version->is_number_unsigned() && version->get<std::uint64_t>() > 1000000
            ? 1000000
            : version->get<std::int64_t>();
    if (schemaVersion > Project::currentSchemaVersion) {
        return failure(
                u"schema_version"_s,
                u"the file uses schema version %1, newer than this Dashwright understands (%2); "
                "open it with a newer version"_s.arg(schemaVersion)
                        .arg(Project::currentSchemaVersion));
    }
    if (schemaVersion < Project::currentSchemaVersion
        && !ProjectMigrator::migrate(*json, int(schemaVersion), &error)) {
        return failure(u"schema_version"_s, error);
    }

    LoadResult result;
    Project project = ProjectReader::read(*json, result.problems);
    if (!result.problems.isEmpty())
        return result;
    result.problems = ProjectValidator::validate(project);
    if (result.problems.isEmpty() || check == Check::Readable)
        result.project = std::move(project);
    return result;
}

ProjectFile::LoadResult ProjectFile::read(QIODevice *device, Check check)
{
    if (device->size() > maximumProjectSize)
        return failure(QString(), u"file is larger than %1 MiB"_s.arg(maximumProjectSize >> 20));
    const QByteArray bytes = device->read(maximumProjectSize + 1);
    if (bytes.size() > maximumProjectSize)
        return failure(QString(), u"file is larger than %1 MiB"_s.arg(maximumProjectSize >> 20));
    return read(QByteArrayView(bytes), check);
}

ProjectFile::LoadResult ProjectFile::load(const QString &path, Check check)
{
    QString error;
    const std::optional<QByteArray> bytes = readRegularFile(path, maximumProjectSize, &error);
    if (!bytes)
        return failure(QString(), error);
    return read(QByteArrayView(*bytes), check);
}

QByteArray ProjectFile::write(const Project &project)
{
    std::string text = ProjectWriter::write(project).dump(2);
    text.push_back('\n');
    return QByteArray::fromStdString(text);
}

bool ProjectFile::write(const Project &project, QIODevice *device, QString *error)
{
    const QByteArray bytes = write(project);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

namespace {

enum class Existing { Replace, Refuse };

bool saveLocked(const Project &project, const QString &path, Existing existing, QString *error)
{
    FileLock lock(path);
    if (!lock.lock(error))
        return false;
    if (existing == Existing::Refuse && QFileInfo::exists(path)) {
        if (error)
            *error = u"%1 already exists"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!ProjectFile::write(project, &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    return saveLocked(project, path, Existing::Replace, error);
}

bool ProjectFile::create(const Project &project, const QString &path, QString *error)
{
    return saveLocked(project, path, Existing::Refuse, error);
}

QString resolveProjectPath(const QString &projectFilePath, const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QFileInfo(projectFilePath).absoluteDir().filePath(path));
}

} // namespace Dashwright
