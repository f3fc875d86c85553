// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/dataset.h"
#include "document/widget.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QMimeData;

namespace Dashwright {

class ProjectDocument;

// What a dataset column dragged from the data panel does to a widget it is dropped on: in the
// properties panel's Dimensions, Measures or Filters well, or on the widget on the canvas. One
// seam for both, so the two places never disagree about defaults or refusals.
class FieldWells
{
    Q_DECLARE_TR_FUNCTIONS(FieldWells)

public:
    enum class Well { Dimensions, Measures, Filters };

    struct DroppedColumn
    {
        QString datasetId;
        QString columnId;
    };
    // The column a data panel drag carries (MimeTypes::column), or nullopt.
    static std::optional<DroppedColumn> fromMime(const QMimeData *mime);

    // The well a column dropped on a widget itself goes to: numbers are measured, anything else
    // breaks the measures down.
    static Well wellFor(const Column &column);

    // Why the column cannot go into the widget's well, in a sentence for the analyst; empty when
    // it can. A column of another dataset than the widget's is refused; a widget with no dataset
    // yet takes the column's.
    static QString refusal(const ProjectDocument &document, const QString &dashboardId,
                           const QString &widgetId, Well well, const DroppedColumn &column);

    // Adds the column to the well as one undo step (with the widget's dataset when it had none):
    // a dimension (a date by month), a measure with its type's default aggregation and the label
    // the designer gives it, or a filter on the column for the analyst to complete. Returns the
    // refusal, empty when the column was added.
    static QString drop(ProjectDocument *document, const QString &dashboardId,
                        const QString &widgetId, Well well, const DroppedColumn &column);
};

} // namespace Dashwright
