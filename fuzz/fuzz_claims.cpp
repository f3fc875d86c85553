// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Authorization claims (a claims file, a token's payload) against the demo project: strict JSON,
// ClaimsValidator in both secrets modes, then the viewer made from them resolves every dashboard
// and offers the choices of every viewer-editable filter (plans only: no query runs).
#include "common/fuzzsupport.h"

#include "access/viewer.h"
#include "common/strictjson.h"
#include "document/claimsvalidator.h"

using namespace Dashwright;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Demo &demo = Fuzz::demo();
    QString error;
    const auto claims = parseStrictJson(Fuzz::bytes(data, size), &error);
    if (!claims)
        return 0;

    const Problems refused = ClaimsValidator::validate(*claims, demo.project, u"claims"_s,
                                                       ClaimsValidator::Secrets::Refuse);
    const Problems allowed = ClaimsValidator::validate(*claims, demo.project, u"claims"_s,
                                                       ClaimsValidator::Secrets::Allow);
    // Refusing secrets only ever adds problems.
    Fuzz::require(refused.size() >= allowed.size(), "Secrets::Refuse is at least as strict");
    for (const Problem &problem : refused)
        problem.toString();
    ClaimsValidator::expiry(*claims);

    const auto viewer = Viewer::claims(demo.project, *claims, u"fuzz.json"_s, &error);
    Fuzz::require(viewer.has_value() == allowed.isEmpty(),
                  "a viewer is made exactly for claims that validate");
    if (!viewer)
        return 0;
    viewer->name();
    viewer->subject();
    viewer->grantedDashboards(demo.project);
    Resolver::Options options;
    options.now = Fuzz::corpusClock();
    viewer->expiredAt(options.now);
    for (const Dashboard &dashboard : demo.project.dashboards) {
        const DashboardResolution resolution
                = viewer->resolve(demo.project, demo.projectPath, dashboard, options);
        Fuzz::require(resolution.tokenView, "claims resolve as a token view");
        for (const Filter &filter : dashboard.filters) {
            if (filter.viewerEditable)
                viewer->filterChoices(demo.project, demo.projectPath, dashboard, filter.id,
                                      options);
        }
    }
    return 0;
}
