// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsettingsdialog.h"

#include "commands/setprojectsettings.h"
#include "common/printable.h"
#include "docks/listeditor.h"
#include "document/projectdocument.h"
#include "document/projectvalidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

ProjectSettingsDialog::ProjectSettingsDialog(ProjectDocument *document, QWidget *parent)
    : ObjectDialog(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_origins(new ListEditor({{tr("Origin"), {}}}, this))
{
    setWindowTitle(tr("Project Settings"));
    const Project &project = document->project();
    m_name->setObjectName(u"name"_s);
    m_name->setText(project.name);
    m_origins->setObjectName(u"origins"_s);
    m_origins->setFitToRows(false);
    QList<QVariantList> rows;
    for (const QString &origin : project.embedOrigins)
        rows.append({origin});
    m_origins->setRows(rows);
    m_shownRows = int(rows.size());

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);

    auto *originsBox = new QGroupBox(tr("Embed origins"), this);
    auto *explanation = new QLabel(tr("The web pages allowed to show this project's dashboards: "
                                      "scheme://host[:port], no path, e.g. "
                                      "https://app.example.com; the embed server answers only "
                                      "these origins."),
                                   originsBox);
    explanation->setObjectName(u"originsExplanation"_s);
    explanation->setWordWrap(true);
    auto *originsLayout = new QVBoxLayout(originsBox);
    originsLayout->addWidget(explanation);
    originsLayout->addWidget(m_origins);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(originsBox, 1);
    layout->addWidget(statusLabel());
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textEdited, this, &ProjectSettingsDialog::revalidate);
    connect(m_origins, &ListEditor::edited, this, [this] {
        // A row just added gets the cursor, ready to type the origin.
        const int rows = m_origins->table()->rowCount();
        if (rows > m_shownRows) {
            m_origins->table()->scrollToBottom();
            if (QWidget *cell = m_origins->table()->cellWidget(rows - 1, 0))
                cell->setFocus();
        }
        m_shownRows = rows;
        revalidate();
    });
    revalidate();
    resize(560, sizeHint().height());
}

QString ProjectSettingsDialog::name() const
{
    return m_name->text().trimmed();
}

QStringList ProjectSettingsDialog::origins() const
{
    QStringList origins;
    for (const QVariantList &row : m_origins->rows())
        origins.append(row.value(0).toString().trimmed());
    return origins;
}

QString ProjectSettingsDialog::originProblem(const QStringList &origins, qsizetype row)
{
    if (QString problem = ProjectValidator::embedOriginProblem(origins[row]); !problem.isEmpty())
        return problem;
    // Listed twice is not wrong in the file, only useless: the dialog keeps the list clean.
    if (const qsizetype first = origins.indexOf(origins[row]); first < row)
        return tr("%1 is already embed origin %2").arg(quoted(origins[row])).arg(first + 1);
    return QString();
}

QStringList ProjectSettingsDialog::problems() const
{
    QStringList problems;
    if (name().isEmpty())
        problems.append(tr("Give the project a name."));
    const QStringList origins = this->origins();
    for (qsizetype row = 0; row < origins.size(); ++row) {
        if (const QString problem = originProblem(origins, row); !problem.isEmpty())
            problems.append(tr("Embed origin %1: %2").arg(row + 1).arg(problem));
    }
    return problems;
}

void ProjectSettingsDialog::revalidate()
{
    const QStringList origins = this->origins();
    // Each wrong origin in red with its reason at hand; the status line lists them all.
    for (int row = 0; row < origins.size(); ++row) {
        if (auto *cell = qobject_cast<QLineEdit *>(m_origins->table()->cellWidget(row, 0))) {
            const QString problem = originProblem(origins, row);
            cell->setToolTip(problem);
            cell->setStyleSheet(problem.isEmpty() ? QString() : u"color: #b3261e;"_s);
        }
    }
    const QStringList problems = this->problems();
    showStatus(problems.join(u'\n'), !problems.isEmpty());
    m_ok->setEnabled(problems.isEmpty());
}

bool ProjectSettingsDialog::apply(QString *error)
{
    if (const QStringList problems = this->problems(); !problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    // Obsolete when nothing changed: the undo stack then drops it and the project stays
    // unmodified.
    m_document->undoStack()->push(new SetProjectSettings(m_document, {name(), origins()}));
    return true;
}

} // namespace Dashwright
