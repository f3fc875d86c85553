// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demodocument.h"
#include "document/projectdocument.h"

#include <QUndoStack>

#include <memory>

// What the dock and item-model tests build on: the demo project in a document, and the checks each
// edit must pass (one more undo step; undo gives back exactly the project before).
namespace Dashwright::Tests::Docks {

inline std::unique_ptr<ProjectDocument> demoDocument()
{
    return std::make_unique<ProjectDocument>(DemoDocument::build());
}

inline const Dashboard &dashboard(const ProjectDocument &doc, int index = 0)
{
    return doc.project().dashboards.at(index);
}

// Undoes everything on the stack and tells whether that restored `before` and redo reaches
// `after` again: the round trip each command of the panels must survive.
inline bool undoRedoRoundTrip(ProjectDocument &doc, const Project &before)
{
    const Project after = doc.project();
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    if (!(doc.project() == before))
        return false;
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    if (!(doc.project() == after))
        return false;
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    return doc.project() == before;
}

} // namespace Dashwright::Tests::Docks
