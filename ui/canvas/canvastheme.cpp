// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvastheme.h"

#include <QColor>

namespace Dashwright::CanvasTheme {

namespace {
QPalette darkPalette(const QPalette &application, bool card)
{
    const ThemeColors colors = ThemeColors::forMode(ThemeMode::Dark);
    const QColor background = QColor::fromString(colors.background);
    const QColor widget = QColor::fromString(colors.widgetBackground);
    const QColor text = QColor::fromString(colors.text);
    const QColor muted = QColor::fromString(colors.muted);
    const QColor border = QColor::fromString(colors.border);
    QPalette pal = application;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        pal.setColor(group, QPalette::Window, card ? widget : background);
        pal.setColor(group, QPalette::Base, widget);
        pal.setColor(group, QPalette::AlternateBase, widget.lighter(112));
        pal.setColor(group, QPalette::Button, widget);
        pal.setColor(group, QPalette::WindowText, text);
        pal.setColor(group, QPalette::Text, text);
        pal.setColor(group, QPalette::ButtonText, text);
        pal.setColor(group, QPalette::PlaceholderText, muted);
        // Frames and table grid lines.
        pal.setColor(group, QPalette::Light, border.lighter(130));
        pal.setColor(group, QPalette::Midlight, border.lighter(115));
        pal.setColor(group, QPalette::Mid, border);
        pal.setColor(group, QPalette::Dark, border.darker(130));
        pal.setColor(group, QPalette::Shadow, background.darker(150));
    }
    pal.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    pal.setColor(QPalette::Disabled, QPalette::Text, muted);
    pal.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    pal.setColor(QPalette::Disabled, QPalette::Window, card ? widget : background);
    pal.setColor(QPalette::Disabled, QPalette::Base, widget);
    return pal;
}
} // namespace

QPalette canvasPalette(const QPalette &application, const Theme &theme)
{
    if (theme.mode == ThemeMode::Dark)
        return darkPalette(application, false);
    QPalette pal = application;
    pal.setColor(QPalette::Window, application.color(QPalette::Window).darker(104));
    return pal;
}

QPalette widgetPalette(const QPalette &application, const Theme &theme)
{
    if (theme.mode == ThemeMode::Dark)
        return darkPalette(application, true);
    QPalette pal = application;
    pal.setColor(QPalette::Window, application.color(QPalette::Base));
    return pal;
}

QFont font(const QFont &base, const Theme &theme)
{
    QFont font = base;
    if (theme.font != Theme::defaultFont)
        font.setFamilies({theme.font});
    return font;
}

} // namespace Dashwright::CanvasTheme
