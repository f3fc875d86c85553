// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfile.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

QString sizeText(qint64 bytes)
{
    return bytes >= qint64(1024) * 1024 ? u"%1 MiB"_s.arg(bytes >> 20) : u"%1 bytes"_s.arg(bytes);
}

// Closes the descriptor on every way out.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
} // namespace

std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QByteArray name = QFile::encodeName(path);
    // open(2) would read the name only up to the NUL: another file than the one named.
    if (name.isEmpty() || name.contains('\0')) {
        *error = name.isEmpty() ? u"no file name"_s : u"the file name contains a NUL character"_s;
        return std::nullopt;
    }
    // O_NONBLOCK: opening a FIFO does not wait for a writer (it is refused just below); for a
    // regular file the flag changes nothing.
    Descriptor file{::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0) {
        *error = errno == ENOENT ? u"no such file"_s : systemError(errno);
        return std::nullopt;
    }
    // Checked on the open descriptor, so the file cannot be swapped after the check.
    struct stat info = {};
    if (::fstat(file.fd, &info) != 0) {
        *error = systemError(errno);
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        *error = S_ISDIR(info.st_mode) ? u"a folder, not a file"_s
                                       : u"not a regular file (a device, FIFO or socket)"_s;
        return std::nullopt;
    }
    const auto tooLarge = [&] {
        *error = u"the file is larger than %1"_s.arg(sizeText(maxBytes));
        return std::nullopt;
    };
    if (info.st_size > maxBytes)
        return tooLarge();
    // The size is a hint only (the file may grow while it is read): the bound is on what is read.
    QByteArray bytes;
    bytes.reserve(qsizetype(info.st_size) + 1);
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = systemError(errno);
            return std::nullopt;
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes)
            return tooLarge();
        bytes.append(buffer, qsizetype(n));
    }
    return bytes;
}

std::optional<QByteArray> fileVersion(const QString &path, quint64 *inode)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    if (inode)
        *inode = quint64(info.st_ino);
    return QByteArray::number(qulonglong(info.st_ino)) + ':'
            + QByteArray::number(qint64(info.st_size)) + ':'
            + QByteArray::number(qint64(info.st_mtim.tv_sec)) + '.'
            + QByteArray::number(qint64(info.st_mtim.tv_nsec));
}

} // namespace Dashwright
