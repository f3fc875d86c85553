// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter.h"
#include "parameter.h"
#include "widget.h"

#include <QList>
#include <QString>

namespace Dashwright {

struct Dashboard
{
    QString id;
    QString slug;
    QString title;
    QString description;
    QList<Parameter> parameters;
    QList<Widget> widgets;
    QList<Filter> filters; // dashboard filters: datasetId set

    const Widget *widget(const QString &widgetId) const;
    const Parameter *parameter(const QString &parameterId) const;
    const Parameter *parameterByName(const QString &name) const;

    bool operator==(const Dashboard &) const = default;
};

} // namespace Dashwright
