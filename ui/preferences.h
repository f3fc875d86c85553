// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Dashwright {

// One typed settings key with its default, so that no key is spelled twice and no caller converts
// QVariants by hand.
template<typename T>
class Preference
{
public:
    Preference(const char *key, T fallback)
        : m_key(QString::fromLatin1(key))
        , m_fallback(std::move(fallback))
    { }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_fallback;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_fallback;
};

// The designer's settings (QSettings under the application's organisation and name).
namespace Preferences {

inline const Preference<QStringList> recentFiles{"files/recent", {}};
// The project open when the designer last closed: reopened when it starts without an argument.
inline const Preference<QString> lastProject{"files/last", {}};
// A locale name ("nl", "fr_FR"); empty: follow the system.
inline const Preference<QString> language{"interface/language", {}};
inline const Preference<int> autosaveSeconds{"files/autosaveSeconds", 30};
inline const Preference<QByteArray> windowGeometry{"window/geometry", {}};
inline const Preference<QByteArray> windowState{"window/state", {}};
// Where Export Embed Snippet's code finds the embed server (the last one that made a snippet).
inline const Preference<QString> embedServer{"embed/server",
                                             QStringLiteral("http://127.0.0.1:8750")};

// The folder and file type of the last dashboard export, proposed for the next one.
inline const Preference<QString> exportFolder{"export/folder", {}};
inline const Preference<QString> exportSuffix{"export/suffix", QStringLiteral("pdf")};

constexpr int maximumRecentFiles = 10;

// Puts path first in the recent files (absolute, once) and makes it the last project.
void noteOpened(const QString &path);
// Drops a path that no longer opens.
void forget(const QString &path);

} // namespace Preferences

} // namespace Dashwright
