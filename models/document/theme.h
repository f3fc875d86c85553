// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Dashwright {

enum class ThemeMode { Light, Dark };

QString themeModeName(ThemeMode mode);
std::optional<ThemeMode> themeModeFromName(QStringView name);

// A named list of series colours ("#rrggbb"), the same in the designer and the web runtime.
struct Palette
{
    QString name; // as the project file spells it, e.g. "okabe-ito"
    QStringList colors;
};

// The palettes a project can name: the one place they are defined. The first is the default.
const QList<Palette> &palettes();
const Palette *findPalette(QStringView name);

// The colours of a mode's surfaces, shared by the designer's canvas and the web runtime's dark
// defaults (resources/web/src/styles.js spells the same values), so that both look alike.
struct ThemeColors
{
    QString background;       // behind the widgets
    QString widgetBackground; // a widget's card
    QString text;
    QString muted; // titles, captions, axis labels
    QString border;
    QString gridLine;

    static ThemeColors forMode(ThemeMode mode);
};

// The project's look: a named palette for series colours (a widget's own colours win), light or
// dark, and a font family. Optional in the project file: a project without one has this default,
// and the key is written only when the theme is not the default.
struct Theme
{
    static constexpr QStringView defaultPalette = u"tableau10";
    static constexpr QStringView defaultFont = u"system-ui";
    static constexpr int maximumFontLength = 64;

    QString palette = defaultPalette.toString();
    ThemeMode mode = ThemeMode::Light;
    QString font = defaultFont.toString();

    // The palette's colours; the default palette's when the name is unknown (the validator
    // refuses such a file, but a view must still draw something).
    QStringList colors() const;
    bool isDefault() const { return *this == Theme(); }

    // Why `font` cannot be the theme's font, or an empty string when it can. It reaches the web
    // runtime's CSS, so only a family name of ASCII letters, digits, spaces, hyphens and
    // underscores is taken: nothing that could end a declaration or a string.
    static QString fontProblem(const QString &font);

    bool operator==(const Theme &) const = default;

    Q_DECLARE_TR_FUNCTIONS(Theme) // last: it ends in "private:"
};

} // namespace Dashwright
