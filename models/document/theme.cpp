// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "common/printable.h"
#include "enumnames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
constexpr std::pair<ThemeMode, const char16_t *> modeNames[] = {
        {ThemeMode::Light, u"light"},
        {ThemeMode::Dark, u"dark"},
};
} // namespace

QString themeModeName(ThemeMode mode)
{
    return detail::nameOf(modeNames, mode);
}

std::optional<ThemeMode> themeModeFromName(QStringView name)
{
    return detail::valueOf(modeNames, name);
}

const QList<Palette> &palettes()
{
    static const QList<Palette> all = {
            // Tableau 10: the designer's colours before themes existed, so the default.
            {u"tableau10"_s,
             {u"#4e79a7"_s, u"#f28e2b"_s, u"#e15759"_s, u"#76b7b2"_s, u"#59a14f"_s, u"#edc948"_s,
              u"#b07aa1"_s, u"#ff9da7"_s, u"#9c755f"_s, u"#bab0ac"_s}},
            // Okabe & Ito's colour-blind safe set, its black replaced by a grey that a dark
            // background does not swallow.
            {u"okabe-ito"_s,
             {u"#e69f00"_s, u"#56b4e9"_s, u"#009e73"_s, u"#f0e442"_s, u"#0072b2"_s, u"#d55e00"_s,
              u"#cc79a7"_s, u"#999999"_s}},
            // The demo's own: salsa, cilantro, cheese, beans, chipotle, lime, tortilla, onion.
            {u"burrito"_s,
             {u"#c0392b"_s, u"#27ae60"_s, u"#f1c40f"_s, u"#8e5b3a"_s, u"#d35400"_s, u"#9bc53d"_s,
              u"#e8c07d"_s, u"#a569bd"_s}},
            // Viridis, eight steps: ordered and readable in grey.
            {u"viridis"_s,
             {u"#440154"_s, u"#46327e"_s, u"#365c8d"_s, u"#277f8e"_s, u"#1fa187"_s, u"#4ac16d"_s,
              u"#a0da39"_s, u"#fde725"_s}},
            {u"grayscale"_s,
             {u"#252525"_s, u"#525252"_s, u"#737373"_s, u"#969696"_s, u"#bdbdbd"_s, u"#d9d9d9"_s}},
    };
    return all;
}

const Palette *findPalette(QStringView name)
{
    for (const Palette &palette : palettes()) {
        if (palette.name == name)
            return &palette;
    }
    return nullptr;
}

ThemeColors ThemeColors::forMode(ThemeMode mode)
{
    if (mode == ThemeMode::Dark)
        return {u"#111827"_s, u"#1f2937"_s, u"#e5e7eb"_s, u"#9ca3af"_s, u"#374151"_s, u"#374151"_s};
    return {u"#ffffff"_s, u"#ffffff"_s, u"#1f2933"_s, u"#616e7c"_s, u"#d9dee3"_s, u"#e4e7eb"_s};
}

QStringList Theme::colors() const
{
    const Palette *found = findPalette(palette);
    return found ? found->colors : palettes().constFirst().colors;
}

QString Theme::fontProblem(const QString &font)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_-]+( [A-Za-z0-9_-]+)*$"_s);
    if (font.isEmpty())
        return tr("a font family cannot be empty (write system-ui for the system's font)");
    if (font.size() > maximumFontLength)
        return tr("longer than %1 characters: not a font family name").arg(maximumFontLength);
    if (!safe.match(font).hasMatch())
        return tr("%1 is not a font family name of ASCII letters, digits, hyphens, underscores "
                  "and single spaces")
                .arg(quoted(font));
    return QString();
}

} // namespace Dashwright
