// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Dashwright {

// A window's first size: the one it was designed for, but never larger than the screen's free
// area (a 1280 × 800 window on a 1024 × 700 screen had its right-hand docks and its Close button
// out of reach).
inline void resizeWithinScreen(QWidget *window, const QSize &wanted)
{
    QSize size = wanted;
    if (const QScreen *screen
        = window->screen() ? window->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    window->resize(size);
}

} // namespace Dashwright
