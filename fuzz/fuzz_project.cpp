// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project file loader (a .dwproj from a colleague): ProjectFile::read as the CLI and the
// server read it (Check::Valid) and as the designer opens it (Check::Readable). A project that
// reads must write, and what it writes must read back as the same project and write the same
// bytes again (the file is saved atomically and diffed in git).
#include "common/fuzzsupport.h"

#include "document/projectfile.h"

using namespace Dashwright;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const ProjectFile::LoadResult valid = ProjectFile::read(input, ProjectFile::Check::Valid);
    Fuzz::require(valid.project.has_value() == valid.problems.isEmpty(),
                  "Check::Valid gives a project exactly when there is no problem");
    for (const Problem &problem : valid.problems)
        problem.toString();
    const ProjectFile::LoadResult readable = ProjectFile::read(input, ProjectFile::Check::Readable);
    if (valid.project)
        Fuzz::require(readable.project.has_value(), "a valid project is readable");
    if (!readable.project)
        return 0;

    const QByteArray written = ProjectFile::write(*readable.project);
    const ProjectFile::LoadResult again = ProjectFile::read(written, ProjectFile::Check::Readable);
    Fuzz::require(again.project.has_value(), "a readable project writes a readable file");
    Fuzz::require(ProjectFile::write(*again.project) == written, "writing is stable");
    if (valid.project) {
        const ProjectFile::LoadResult validAgain
                = ProjectFile::read(written, ProjectFile::Check::Valid);
        Fuzz::require(validAgain.project.has_value(), "a valid project writes a valid file");
        Fuzz::require(*validAgain.project == *valid.project,
                      "a valid project reads back as itself");
    }
    return 0;
}
