// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/demofixture.h"
#include "demo/demoproject.h"
#include "document/projectdocument.h"

#include <QDir>
#include <QImage>
#include <QRect>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// What the canvas tests build on: the Burrito Factory demo, small, in a temporary folder.
namespace Dashwright::Tests::Canvas {

using namespace Qt::StringLiterals;

using Demo = DemoFixture;

// The demo with few rows (enough for every chart to have data); error says why not.
inline std::unique_ptr<Demo> createDemo(qint64 rows = 3000)
{
    return std::make_unique<Demo>(rows);
}

// The share of pixels in a rectangle that differ from its most common colour (the background):
// 0 for an empty area, more the more is drawn in it.
inline double drawnShare(const QImage &image, const QRect &rect)
{
    const QRect area = rect.intersected(image.rect());
    if (area.isEmpty())
        return 0;
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    int background = 0;
    for (const int count : std::as_const(counts))
        background = std::max(background, count);
    const int total = area.width() * area.height();
    return double(total - background) / total;
}

} // namespace Dashwright::Tests::Canvas
