// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoproject.h"
#include "document/projectdocument.h"

#include <QDir>
#include <QImage>
#include <QRect>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// What the canvas tests build on: the Burrito Factory demo, small, in a temporary folder.
namespace Dashwright::CanvasFixtures {

using namespace Qt::StringLiterals;

struct Demo
{
    QTemporaryDir dir;
    QString projectPath;
    QString error;
};

// Creates the demo with few rows (enough for every chart to have data) and returns where it is;
// error says why not.
inline std::unique_ptr<Demo> createDemo(qint64 rows = 3000)
{
    auto demo = std::make_unique<Demo>();
    DemoOptions options;
    options.rows = rows;
    if (!demo->dir.isValid())
        demo->error = u"no temporary folder"_s;
    else if (DemoProject::create(demo->dir.path(), options, &demo->error))
        demo->projectPath = QDir(demo->dir.path()).filePath(u"burrito.dwproj"_s);
    return demo;
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

} // namespace Dashwright::CanvasFixtures
