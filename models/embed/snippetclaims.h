// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snippetliteral.h"

#include "common/json.h"

namespace Dashwright {

struct Dashboard;
struct Project;

// The claims a snippet's code carries, with the viewer's own values pulled out into a `viewer`
// object the integrator fills from their session: that is the part that changes per request.
// Both come with the comments that say what each claim does.
// Its implicit moves and destructor throw nothing; clang-tidy 14 reports them through
// its members' inline code.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct SnippetClaims
{
    AnnotatedJson claims;
    AnnotatedJson viewer;

    // A tenant's claims (already validated), without the registered claims the code sets itself.
    static SnippetClaims forClaims(const Project &project, const Dashboard &dashboard, Json claims);
    // A template: the dashboard's parameters (at their defaults) and the placeholders of the
    // policies on its datasets (at a marked sample value) as the viewer's values.
    static SnippetClaims forTemplate(const Project &project, const Dashboard &dashboard);
};

} // namespace Dashwright
