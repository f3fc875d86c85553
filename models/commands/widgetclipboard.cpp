// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetclipboard.h"

#include "commands/listcommands.h"
#include "document/projectdocument.h"
#include "undomacroguard.h"

#include "common/strictjson.h"
#include "document/projectreader.h"
#include "document/projectwriter.h"

#include <QHash>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
constexpr const char *clipboardFormat = "dashwright-widgets";

QString freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A parameter name not yet used in the dashboard: the name itself, else name_2, name_3, …
QString freeParameterName(const Dashboard &dashboard, const QString &name)
{
    QString candidate = name;
    for (int n = 2; dashboard.parameterByName(candidate); ++n)
        candidate = u"%1_%2"_s.arg(name.left(60)).arg(n);
    return candidate;
}
} // namespace

QString WidgetClipboard::mimeType()
{
    return u"application/x-dashwright-widgets"_s;
}

QByteArray WidgetClipboard::copy(const Project &project, const QString &dashboardId,
                                 const QStringList &widgetIds)
{
    const Dashboard *source = project.dashboard(dashboardId);
    if (!source)
        return {};
    Dashboard dashboard;
    dashboard.id = source->id;
    dashboard.slug = source->slug;
    dashboard.title = source->title;
    for (const Widget &widget : source->widgets) {
        if (!widgetIds.contains(widget.id))
            continue;
        dashboard.widgets.append(widget);
        for (const Filter &filter : widget.filters) {
            const Parameter *parameter = source->parameter(filter.parameterId);
            if (parameter && !dashboard.parameter(parameter->id))
                dashboard.parameters.append(*parameter);
        }
    }
    if (dashboard.widgets.isEmpty())
        return {};

    Project clip;
    clip.id = project.id;
    clip.name = project.name;
    clip.dashboards = {dashboard};
    nlohmann::ordered_json json = ProjectWriter::write(clip);
    // Not a project file: the format word keeps either from being taken for the other.
    json["format"] = clipboardFormat;
    return QByteArray::fromStdString(json.dump(2));
}

std::optional<WidgetClipboard::Content> WidgetClipboard::read(QByteArrayView data, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Content>();
    };
    QString parseError;
    const auto json = parseStrictJson(data, &parseError);
    if (!json)
        return fail(parseError);
    if (!json->is_object() || json->value("format", std::string()) != clipboardFormat)
        return fail(tr("not copied Dashwright widgets"));
    const auto version = json->find("schema_version");
    if (version == json->end() || !version->is_number_integer()
        || version->get<std::int64_t>() != Project::currentSchemaVersion) {
        return fail(tr("the widgets were copied by another version of Dashwright"));
    }
    Problems problems;
    const Project clip = ProjectReader::read(*json, problems);
    if (!problems.isEmpty())
        return fail(problems.first().toString());
    if (clip.dashboards.size() != 1 || clip.dashboards.first().widgets.isEmpty())
        return fail(tr("no widgets to paste"));
    return Content{clip.dashboards.first().widgets, clip.dashboards.first().parameters};
}

QStringList WidgetClipboard::paste(ProjectDocument *document, const QString &dashboardId,
                                   QByteArrayView data, QString *error)
{
    const auto setError = [&](const QString &message) {
        if (error)
            *error = message;
    };
    setError(QString());
    const Dashboard *target = document->dashboard(dashboardId);
    if (!target) {
        setError(tr("no such dashboard"));
        return {};
    }
    std::optional<Content> content = read(data, error);
    if (!content)
        return {};

    QList<Widget> widgets;
    for (const Widget &widget : std::as_const(content->widgets)) {
        if (widget.datasetId.isEmpty() || document->dataset(widget.datasetId))
            widgets.append(widget);
    }
    if (widgets.size() < content->widgets.size()) {
        setError(tr("%n widget(s) left out: their dataset is not in this project", nullptr,
                    int(content->widgets.size() - widgets.size())));
    }
    if (widgets.isEmpty())
        return {};

    // Parameters the filters take: the same one, one of the same name and type, or a copy.
    QHash<QString, QString> parameterIds; // copied id → id in the target dashboard
    QList<Parameter> newParameters;
    Dashboard names = *target; // target plus the parameters added so far, for free names
    for (const Parameter &parameter : std::as_const(content->parameters)) {
        if (target->parameter(parameter.id)) {
            parameterIds.insert(parameter.id, parameter.id);
        } else if (const Parameter *same = target->parameterByName(parameter.name);
                   same && same->type == parameter.type) {
            parameterIds.insert(parameter.id, same->id);
        } else {
            Parameter copy = parameter;
            copy.id = freshId();
            copy.name = freeParameterName(names, parameter.name);
            names.parameters.append(copy);
            newParameters.append(copy);
            parameterIds.insert(parameter.id, copy.id);
        }
    }

    // Below everything already there, keeping the copied widgets' layout among themselves.
    int bottom = 0;
    for (const Widget &w : target->widgets)
        bottom = std::max(bottom, w.grid.y + w.grid.height);
    const int top
            = std::min_element(widgets.cbegin(), widgets.cend(),
                               [](const Widget &a, const Widget &b) { return a.grid.y < b.grid.y; })
                      ->grid.y;

    QStringList ids;
    UndoMacroGuard macro(document->undoStack(),
                         widgets.size() > 1 ? tr("Paste widgets") : tr("Paste widget"));
    for (const Parameter &parameter : std::as_const(newParameters))
        document->undoStack()->push(new AddParameter(document, dashboardId, parameter));
    for (Widget widget : std::as_const(widgets)) {
        widget.id = freshId();
        widget.grid.y += bottom - top;
        for (Filter &filter : widget.filters) {
            if (!filter.id.isEmpty())
                filter.id = freshId();
            if (!filter.parameterId.isEmpty())
                filter.parameterId = parameterIds.value(filter.parameterId, filter.parameterId);
        }
        ids.append(widget.id);
        document->undoStack()->push(new AddWidget(document, dashboardId, std::move(widget)));
    }
    return ids;
}

} // namespace Dashwright
