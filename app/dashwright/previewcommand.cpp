// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "asoptions.h"
#include "canvas/dashboardexporter.h"
#include "canvas/denialnotice.h"
#include "keystoreoption.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Dashwright::Cli {

namespace {
constexpr int defaultWidth = 1280;

QSize sizeArgument(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,5})x(\\d{1,5})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
    // Below 320 pixels the grid's twelve columns have no room; above 8000 the image is hundreds of
    // MB.
    if (width < 320 || width > 8000 || height < 200 || height > 8000)
        throw Failure(UsageError, u"--size"_s,
                      u"expected WxH, 320 to 8000 by 200 to 8000 pixels, got \"%1\""_s.arg(text));
    return {width, height};
}

} // namespace

int runPreview(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dashboardOption(u"dashboard"_s, u"Dashboard id or slug."_s,
                                             u"ID|SLUG"_s);
    const QCommandLineOption pngOption(u"png"_s, u"Write the PNG here."_s, u"OUT"_s);
    const QCommandLineOption sizeOption(
            u"size"_s, u"Image size in pixels (default: 1280 wide, as tall as the dashboard)."_s,
            u"WxH"_s);
    const AsOptions asOptions;
    parser.addOptions({dashboardOption, pngOption, sizeOption});
    asOptions.addTo(parser);
    parser.addPositionalArgument(u"PROJECT"_s, u"The .dwproj file."_s);
    const QString usage
            = u"dashwright preview PROJECT --dashboard ID|SLUG [--as TENANT_PROFILE | --claims FILE|- | --token TOKEN|-] [--keystore FILE] --png OUT [--size WxH]"_s;
    parse(parser, args, 1, usage);
    if (!parser.isSet(dashboardOption) || !parser.isSet(pngOption))
        throw Failure(UsageError, args.first(),
                      u"--dashboard and --png are required\nusage: "_s + usage);
    const QSize size = parser.isSet(sizeOption) ? sizeArgument(parser.value(sizeOption)) : QSize();

    const QString path = parser.positionalArguments().first();
    const Project project = loadProject(path);
    const Dashboard &dashboard = dashboardArgument(project, parser.value(dashboardOption), path);
    const Viewer viewer = viewerFor(parser, asOptions, project, path);
    QueryExecutor executor;
    Resolver::Options options;
    options.secrets = accountSecrets(parser, project, path);
    const QList<WidgetRun> runs = runAs(project, path, dashboard, viewer, executor, options);

    // The canvas's own rendering (WidgetView, ChartFactory) through the exporter: one code path.
    // A viewer who may see nothing of the dashboard: why, once, above the widgets' placeholders.
    const QString reason = DenialNotice::reason(runs);
    const DashboardExporter exporter(
            dashboard, runs, size.isEmpty() ? defaultWidth : size.width(),
            {.notice = reason.isEmpty() ? QString()
                                        : DenialNotice::text(project, dashboard, viewer, reason)},
            project.theme);
    const QString banner = u"Viewing as: %1  ·  %2"_s.arg(viewer.name(), dashboard.title);
    const QImage image = exporter.previewImage(banner, size);
    const QString out = parser.value(pngOption);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        throw Failure(RuntimeError, out, u"cannot write the PNG: "_s + file.errorString());
    printOut(u"%1: %2x%3 pixels\n"_s.arg(out).arg(image.width()).arg(image.height()));

    // The image shows denied widgets with their reasons; the exit code says so too (DESIGN §3).
    failOnProblems(runs);
    return Ok;
}

} // namespace Dashwright::Cli
