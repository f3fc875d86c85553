// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsettingsdialog.h"

#include "commands/setprojectsettings.h"
#include "common/printable.h"
#include "docks/listeditor.h"
#include "document/projectdocument.h"
#include "document/projectvalidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
// A palette's colours side by side, as a chart's series would take them.
QPixmap swatchRow(const QStringList &colors, int swatch, qreal dpr)
{
    QPixmap pixmap(QSize(int(colors.size()) * swatch, swatch) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    for (qsizetype i = 0; i < colors.size(); ++i)
        painter.fillRect(QRect(int(i) * swatch + 1, 1, swatch - 2, swatch - 2),
                         QColor::fromString(colors[i]));
    return pixmap;
}
} // namespace

ProjectSettingsDialog::ProjectSettingsDialog(ProjectDocument *document, QWidget *parent)
    : ObjectDialog(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_palette(new QComboBox(this))
    , m_swatches(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_font(new QComboBox(this))
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

    // The theme: the palette's names in the designer's language, the project file's own words as
    // the items' data.
    const Theme &theme = project.theme;
    const QHash<QString, QString> paletteLabels{
            {u"tableau10"_s, tr("Tableau 10")},
            {u"okabe-ito"_s, tr("Okabe-Ito (colour-blind safe)")},
            {u"burrito"_s, tr("Burrito")},
            {u"viridis"_s, tr("Viridis")},
            {u"grayscale"_s, tr("Grayscale")},
    };
    m_palette->setObjectName(u"palette"_s);
    const qreal dpr = devicePixelRatioF();
    for (const Palette &palette : palettes()) {
        m_palette->addItem(QIcon(swatchRow(palette.colors.mid(0, 4), 8, dpr)),
                           paletteLabels.value(palette.name, palette.name), palette.name);
    }
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(theme.palette)));
    m_swatches->setObjectName(u"paletteSwatches"_s);
    m_mode->setObjectName(u"mode"_s);
    m_mode->addItem(tr("Light"), themeModeName(ThemeMode::Light));
    m_mode->addItem(tr("Dark"), themeModeName(ThemeMode::Dark));
    m_mode->setCurrentIndex(theme.mode == ThemeMode::Dark ? 1 : 0);
    // Typed or picked among the installed families whose names the web runtime's CSS can take;
    // system-ui first, the system's own font on every platform.
    m_font->setObjectName(u"font"_s);
    m_font->setEditable(true);
    m_font->setInsertPolicy(QComboBox::NoInsert);
    m_font->addItem(Theme::defaultFont.toString());
    for (const QString &family : QFontDatabase::families()) {
        if (Theme::fontProblem(family).isEmpty() && !QFontDatabase::isPrivateFamily(family))
            m_font->addItem(family);
    }
    m_font->setCurrentText(theme.font);
    m_font->setToolTip(tr("A font family the dashboards are drawn in, e.g. system-ui (the "
                          "system's own font) or Noto Sans; where a viewer's computer lacks it, "
                          "its system font is used."));

    // Compact (two rows), so that the dialog with a long origins list still fits a 700 px screen.
    auto *themeBox = new QGroupBox(tr("Theme"), this);
    themeBox->setObjectName(u"themeBox"_s);
    themeBox->setToolTip(tr("How the canvas and the embedded dashboards look. A chart with "
                            "colours of its own keeps them."));
    auto *themeGrid = new QGridLayout(themeBox);
    themeGrid->addWidget(new QLabel(tr("Palette:"), themeBox), 0, 0);
    themeGrid->addWidget(m_palette, 0, 1);
    themeGrid->addWidget(m_swatches, 0, 2, 1, 3);
    themeGrid->addWidget(new QLabel(tr("Mode:"), themeBox), 1, 0);
    themeGrid->addWidget(m_mode, 1, 1);
    themeGrid->addWidget(new QLabel(tr("Font:"), themeBox), 1, 2);
    themeGrid->addWidget(m_font, 1, 3, 1, 2);
    themeGrid->setColumnStretch(3, 1);
    showSwatches();

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
    layout->addWidget(themeBox);
    layout->addWidget(originsBox, 1);
    layout->addWidget(statusLabel());
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textEdited, this, &ProjectSettingsDialog::revalidate);
    connect(m_palette, &QComboBox::currentIndexChanged, this, &ProjectSettingsDialog::showSwatches);
    connect(m_font, &QComboBox::currentTextChanged, this, &ProjectSettingsDialog::revalidate);
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

Theme ProjectSettingsDialog::theme() const
{
    Theme theme;
    theme.palette = m_palette->currentData().toString();
    theme.mode = m_mode->currentIndex() == 1 ? ThemeMode::Dark : ThemeMode::Light;
    theme.font = m_font->currentText().trimmed();
    return theme;
}

void ProjectSettingsDialog::showSwatches()
{
    const Palette *palette = findPalette(m_palette->currentData().toString());
    m_swatches->setPixmap(palette ? swatchRow(palette->colors, 18, devicePixelRatioF())
                                  : QPixmap());
    m_swatches->setToolTip(palette ? palette->colors.join(u", "_s) : QString());
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
    if (const QString problem = Theme::fontProblem(theme().font); !problem.isEmpty())
        problems.append(tr("Font: %1").arg(problem));
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
    m_document->undoStack()->push(new SetProjectSettings(m_document, {name(), origins(), theme()}));
    return true;
}

} // namespace Dashwright
