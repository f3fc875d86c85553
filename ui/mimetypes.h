// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

namespace Dashwright::MimeTypes {

// A dataset column dragged from the data panel onto the canvas. The payload is UTF-8 JSON:
// {"dataset_id": "…", "column_id": "…"}.
inline constexpr QLatin1StringView column("application/x-dashwright-column");

// (Widgets on the clipboard use WidgetClipboard::mimeType().)

} // namespace Dashwright::MimeTypes
