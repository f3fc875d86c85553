// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "embedsnippetdialog.h"

#include "access/tokenservice.h"
#include "access/viewer.h"
#include "codehighlighter.h"
#include "document/projectdocument.h"
#include "embed/webbundleintegrity.h"
#include "preferences.h"
#include "projectkeystore.h"
#include "windowsize.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// The formats in the order of the CLI's --format, with names for people (the languages' and
// tools' own names, the same in every language).
QList<std::pair<SnippetFormat, QString>> formatChoices()
{
    return {
            {SnippetFormat::Html, EmbedSnippetDialog::tr("HTML page (web component)")},
            {SnippetFormat::Iframe, u"iframe"_s},
            {SnippetFormat::Node, u"Node.js"_s},
            {SnippetFormat::Python, u"Python"_s},
            {SnippetFormat::Go, u"Go"_s},
            {SnippetFormat::Java, u"Java"_s},
            {SnippetFormat::CSharp, u"C#"_s},
            {SnippetFormat::Php, u"PHP"_s},
            {SnippetFormat::Ruby, u"Ruby"_s},
            {SnippetFormat::Curl, u"curl"_s},
    };
}

// Where the key combo keeps each key's algorithm, beside its kid.
constexpr int algorithmRole = Qt::UserRole + 1;

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Tenant names and URLs are not ours: never rich text.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EmbedSnippetDialog::EmbedSnippetDialog(ProjectDocument *document, ProjectKeystore *keystore,
                                       QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_keystore(keystore)
{
    setObjectName(u"embedSnippetDialog"_s);
    setWindowTitle(tr("Embed Snippet"));

    m_format = new QComboBox(this);
    m_format->setObjectName(u"format"_s);
    for (const auto &[format, name] : formatChoices())
        m_format->addItem(name, int(format));

    m_minting = new QComboBox(this);
    m_minting->setObjectName(u"minting"_s);
    m_minting->addItem(tr("Sign with a key"), int(SnippetMinting::Sign));
    m_minting->addItem(tr("Ask the embed server with an API key"),
                       int(SnippetMinting::Authorizations));
    m_minting->setToolTip(
            tr("Signing: the back end holds a signing key and signs each token itself. Asking: "
               "it holds only an API key and gets each token from the embed server's POST "
               "/api/v1/authorizations."));

    // The key: kid and algorithm; the first entry is the one `dashwright snippet` takes without
    // --kid, so that the default is the same everywhere.
    m_keyRow = new QWidget(this);
    m_key = new QComboBox(m_keyRow);
    m_key->setObjectName(u"key"_s);
    m_key->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_key->setMinimumContentsLength(16);
    m_openKeystore = new QPushButton(tr("Open Keystore"), m_keyRow);
    m_openKeystore->setObjectName(u"openKeystore"_s);
    auto *keyLayout = new QGridLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_key, 0, 0, 1, 2);
    keyLayout->addWidget(m_openKeystore, 1, 1);
    keyLayout->setColumnStretch(0, 1);

    m_sealed = new QCheckBox(tr("Seale&d tokens"), this);
    m_sealed->setObjectName(u"sealed"_s);
    m_sealed->setToolTip(tr("The token is encrypted with the keystore's A256GCM key: the page "
                            "cannot read its claims."));

    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(u"tenant"_s);
    // Profile names are the project's, of any length: elided rather than widen the column.
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tenant->setMinimumContentsLength(16);
    m_tenant->addItem(tr("Template (no tenant)"), QString());
    for (const TenantProfile &tenant : document->project().tenants)
        m_tenant->addItem(tenant.name, tenant.id);
    m_tenant->setToolTip(tr("A template has sample values for the viewer, marked TODO; a tenant "
                            "profile's claims show what its viewers' tokens carry."));

    m_server = new QLineEdit(Preferences::embedServer.get(), this);
    m_server->setObjectName(u"server"_s);
    m_server->setPlaceholderText(u"https://dash.example.com"_s);

    m_lifetime = new QSpinBox(this);
    m_lifetime->setObjectName(u"lifetime"_s);
    m_lifetime->setRange(1, int(TokenVerifier::maximumLifetime / 60));
    m_lifetime->setValue(10);
    m_lifetime->setSuffix(tr(" min"));
    m_lifetime->setToolTip(tr("Short: the page asks for a new token before this one runs out."));

    // The choices in a column on the left, labels above their fields: that keeps the column
    // narrow in every language and leaves the width to the code.
    auto *choices = new QWidget(this);
    choices->setObjectName(u"choices"_s);
    m_form = new QFormLayout(choices);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Format:"), m_format);
    m_form->addRow(tr("&Tenant:"), m_tenant);
    m_form->addRow(tr("How the back end &gets tokens:"), m_minting);
    m_form->addRow(tr("Signing &key:"), m_keyRow);
    m_form->addRow(m_sealed);
    m_form->addRow(tr("Embed &server:"), m_server);
    m_form->addRow(tr("Token &lifetime:"), m_lifetime);
    // One width for every format (rows come and go): what all rows need, within bounds.
    choices->setFixedWidth(std::clamp(choices->sizeHint().width(), 260, 380));

    // The warnings, above the code, where they cannot be missed.
    m_warningBox = new QFrame(this);
    m_warningBox->setObjectName(u"warningBox"_s);
    m_warningBox->setStyleSheet(u"#warningBox { background: #fff4ce; border: 1px solid #e0b400; "
                                u"border-radius: 3px; } #warningBox QLabel { color: #2b2100; }"_s);
    auto *warningIcon = new QLabel(m_warningBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warningIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_warnings = wrappedLabel(u"warnings"_s, m_warningBox);
    auto *warningLayout = new QHBoxLayout(m_warningBox);
    warningLayout->setContentsMargins(8, 6, 8, 6);
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warnings, 1);

    m_code = new QPlainTextEdit(this);
    m_code->setObjectName(u"code"_s);
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Go's templates indent with tabs.
    m_code->setTabStopDistance(4 * m_code->fontMetrics().horizontalAdvance(u' '));
    m_highlighter = new CodeHighlighter(m_code->document());
    m_errorLabel = wrappedLabel(u"error"_s, this);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setStyleSheet(u"color: #b00020; padding: 24px;"_s);
    m_result = new QStackedWidget(this);
    m_result->addWidget(m_code);
    m_result->addWidget(m_errorLabel);

    m_environment = wrappedLabel(u"environment"_s, this);
    m_copied = new QLabel(this);
    m_copied->setObjectName(u"copied"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copy"_s);
    m_save = buttons->addButton(tr("Save &As…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"saveAs"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &EmbedSnippetDialog::copyCode);
    connect(m_save, &QPushButton::clicked, this, &EmbedSnippetDialog::chooseSaveFile);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_copied, 1);
    bottom->addWidget(buttons);

    auto *right = new QVBoxLayout;
    right->addWidget(m_warningBox);
    right->addWidget(m_result, 1);
    right->addWidget(m_environment);
    auto *top = new QHBoxLayout;
    top->addWidget(choices, 0, Qt::AlignTop);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(bottom);

    for (QComboBox *combo : {m_format, m_minting, m_key, m_tenant})
        connect(combo, &QComboBox::currentIndexChanged, this, &EmbedSnippetDialog::regenerate);
    connect(m_sealed, &QCheckBox::toggled, this, &EmbedSnippetDialog::regenerate);
    connect(m_server, &QLineEdit::textChanged, this, &EmbedSnippetDialog::regenerate);
    connect(m_lifetime, &QSpinBox::valueChanged, this, &EmbedSnippetDialog::regenerate);
    connect(m_openKeystore, &QPushButton::clicked, this, &EmbedSnippetDialog::reloadKeys);

    resizeWithinScreen(this, {1100, 720});
    regenerate();
}

EmbedSnippetDialog::~EmbedSnippetDialog() = default;

void EmbedSnippetDialog::setDashboardId(const QString &dashboardId)
{
    m_dashboardId = dashboardId;
    regenerate();
}

void EmbedSnippetDialog::setTenantId(const QString &tenantId)
{
    const int index = m_tenant->findData(tenantId);
    m_tenant->setCurrentIndex(index < 0 ? 0 : index);
}

void EmbedSnippetDialog::setWebRoots(const QStringList &roots)
{
    m_webRoots = roots;
    m_integrityRead = false;
    regenerate();
}

SnippetFormat EmbedSnippetDialog::format() const
{
    return SnippetFormat(m_format->currentData().toInt());
}

bool EmbedSnippetDialog::signs() const
{
    return SnippetGenerator::isBackend(format()) && format() != SnippetFormat::Curl
            && SnippetMinting(m_minting->currentData().toInt()) == SnippetMinting::Sign;
}

void EmbedSnippetDialog::reloadKeys()
{
    const QString current = m_key->currentIndex() > 0 ? m_key->currentData().toString() : QString();
    {
        const QSignalBlocker blocker(m_key);
        m_key->clear();
        m_keysRead = true;
        m_keystoreError.clear();
        m_sealingKid.clear();
        m_sealingError.clear();
        // Only kids and algorithms are kept from the keystore: no secret stays in the dialog.
        const Keystore *keys = m_keystore->keystore(&m_keystoreError);
        m_keysOpen = keys != nullptr;
        if (!keys) {
            m_key->addItem(tr("Newest active key"), QString());
        } else {
            QString why;
            if (const SigningKey *newest = TokenIssuer::signingKey(*keys, QString(), &why)) {
                // The kid is in the code and in the list below; the algorithm decides.
                m_key->addItem(
                        tr("Newest active key (%1)").arg(keyAlgorithmName(newest->algorithm)),
                        newest->kid);
                m_key->setItemData(0, int(newest->algorithm), algorithmRole);
                m_key->setItemData(0, newest->kid, Qt::ToolTipRole);
            } else {
                m_key->addItem(tr("Newest active key"), QString());
                m_keystoreError = why;
            }
            // Newest first, as people look for the key they just made.
            QList<const SigningKey *> active;
            for (const SigningKey &key : keys->signingKeys())
                if (key.status == SigningKey::Status::Active
                    && key.algorithm != KeyAlgorithm::A256GCM)
                    active << &key;
            std::stable_sort(active.begin(), active.end(),
                             [](const SigningKey *a, const SigningKey *b) {
                                 return a->created > b->created;
                             });
            for (const SigningKey *key : std::as_const(active)) {
                m_key->addItem(u"%1 — %2"_s.arg(key->kid, keyAlgorithmName(key->algorithm)),
                               key->kid);
                m_key->setItemData(m_key->count() - 1, int(key->algorithm), algorithmRole);
            }
            if (const SigningKey *sealing = TokenIssuer::sealingKey(*keys, QString(), &why))
                m_sealingKid = sealing->kid;
            else
                m_sealingError = why;
        }
        const int index = current.isEmpty() ? 0 : m_key->findData(current);
        m_key->setCurrentIndex(index < 0 ? 0 : index);
    }
    regenerate();
}

bool EmbedSnippetDialog::fillRequest(SnippetRequest &request)
{
    request.format = format();
    request.minting = format() == SnippetFormat::Curl
            ? SnippetMinting::Authorizations
            : SnippetMinting(m_minting->currentData().toInt());
    request.sealed = SnippetGenerator::isBackend(format()) && m_sealed->isChecked();
    // The file's name only, for the `dashwright keys export` lines: a path of this machine
    // means nothing where the code runs.
    if (!m_document->filePath().isEmpty())
        request.projectFile = QFileInfo(m_document->filePath()).fileName();
    request.server = m_server->text().trimmed();
    while (request.server.endsWith(u'/'))
        request.server.chop(1);
    request.expiresInSeconds = qint64(m_lifetime->value()) * 60;

    const Project &project = m_document->project();
    const QString tenantId = m_tenant->currentData().toString();
    if (!tenantId.isEmpty()) {
        // The one way from a profile to claims that every consumer takes: validated as the
        // preview and the CLI's --as validate them.
        QString why;
        const std::optional<Viewer> viewer = Viewer::profile(project, tenantId, &why);
        if (!viewer) {
            m_error = tr("The tenant profile cannot be used: %1").arg(why);
            return false;
        }
        request.claims = viewer->claims();
        request.tenantName = viewer->name();
    }

    if (signs()) {
        if (m_key->currentData().toString().isEmpty()) {
            m_error = m_keysOpen
                    ? tr("No key to sign with: %1 (dashwright keys create PROJECT --alg ES256).")
                              .arg(m_keystoreError)
                    : tr("The keystore is not open: %1 Open it to sign with one of its keys, or "
                         "let the back end ask the embed server with an API key.")
                              .arg(m_keystoreError);
            return false;
        }
        request.kid = m_key->currentData().toString();
        request.algorithm = KeyAlgorithm(m_key->currentData(algorithmRole).toInt());
        // A format that cannot seal gets the generator's own message, which says what works.
        if (request.sealed && SnippetGenerator::canSeal(request.format)) {
            if (m_sealingKid.isEmpty()) {
                m_error = tr("No key to seal with: %1 (dashwright keys create PROJECT --alg "
                             "A256GCM).")
                                  .arg(m_sealingError);
                return false;
            }
            request.sealingKid = m_sealingKid;
        }
    }
    if (request.format == SnippetFormat::Html || request.format == SnippetFormat::Iframe) {
        if (!m_integrityRead) {
            m_integrity = webBundleIntegrity(m_webRoots);
            m_frameHostIntegrity = frameHostIntegrity(m_webRoots);
            m_integrityRead = true;
        }
        if (request.format == SnippetFormat::Html)
            request.bundleIntegrity = m_integrity;
        else
            request.frameHostIntegrity = m_frameHostIntegrity;
    }
    return true;
}

void EmbedSnippetDialog::updateRows()
{
    const bool backend = SnippetGenerator::isBackend(format());
    // curl asks the embed server: it has no JOSE library to sign with.
    if (format() == SnippetFormat::Curl) {
        const QSignalBlocker blocker(m_minting);
        m_minting->setCurrentIndex(m_minting->findData(int(SnippetMinting::Authorizations)));
    }
    m_minting->setEnabled(format() != SnippetFormat::Curl);
    m_form->setRowVisible(m_minting, backend);
    m_form->setRowVisible(m_keyRow, signs());
    m_form->setRowVisible(m_sealed, backend);
    m_form->setRowVisible(m_lifetime, backend);
    m_openKeystore->setVisible(signs() && !m_keysOpen);
}

void EmbedSnippetDialog::regenerate()
{
    m_error.clear();
    m_snippet.reset();
    SnippetRequest request;
    // The keystore is opened when code that signs is first asked for (it may ask for a
    // passphrase), and then only again when asked to.
    if (signs() && !m_keysRead) {
        reloadKeys();
        return;
    }
    const Dashboard *dashboard = m_document->dashboard(m_dashboardId);
    if (!dashboard) {
        m_error = tr("Open a dashboard to embed it.");
    } else if (fillRequest(request)) {
        QString why;
        m_snippet = SnippetGenerator::generate(m_document->project(), *dashboard, request, &why);
        if (!m_snippet)
            m_error = tr("This snippet cannot be made: %1").arg(why);
    }
    m_request = request;
    updateRows();
    showResult();
}

void EmbedSnippetDialog::showResult()
{
    m_copied->clear();
    m_copy->setEnabled(m_snippet.has_value());
    m_save->setEnabled(m_snippet.has_value());
    if (!m_snippet) {
        m_errorLabel->setText(m_error);
        m_result->setCurrentWidget(m_errorLabel);
        m_warningBox->hide();
        m_environment->clear();
        m_environment->hide();
        return;
    }
    // Keep the reader's place when a choice changes only a few lines.
    const int scroll = m_code->verticalScrollBar()->value();
    m_highlighter->setLanguage(m_snippet->language);
    m_code->setPlainText(m_snippet->code);
    m_code->verticalScrollBar()->setValue(scroll);
    m_result->setCurrentWidget(m_code);

    QStringList warnings;
    for (const QString &warning : m_snippet->warnings)
        warnings << u"• "_s + warning;
    m_warnings->setText(warnings.join(u'\n'));
    m_warningBox->setVisible(!warnings.isEmpty());

    QStringList lines;
    if (!m_snippet->environment.isEmpty()) {
        lines << tr("Environment:");
        for (const QString &variable : m_snippet->environment)
            lines << u"    "_s + variable;
    }
    lines << tr("Run: %1").arg(m_snippet->run);
    m_environment->setText(lines.join(u'\n'));
    m_environment->show();
}

void EmbedSnippetDialog::copyCode()
{
    if (!m_snippet)
        return;
    QGuiApplication::clipboard()->setText(m_snippet->code);
    m_copied->setText(tr("Copied"));
    QTimer::singleShot(2000, m_copied, &QLabel::clear);
}

bool EmbedSnippetDialog::saveCode(const QString &path, QString *error)
{
    if (!m_snippet) {
        if (error)
            *error = m_error;
        return false;
    }
    // All of it or nothing: a half-written file is never left where the old one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_snippet->code.toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EmbedSnippetDialog::chooseSaveFile()
{
    if (!m_snippet)
        return;
    const QString folder = m_document->filePath().isEmpty()
            ? QDir::homePath()
            : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Snippet"),
                                                      QDir(folder).filePath(m_snippet->fileName));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCode(path, &error))
        QMessageBox::warning(
                this, tr("Snippet Not Saved"),
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
}

void EmbedSnippetDialog::done(int result)
{
    // Remembered for next time when it made a snippet: a typo is not kept.
    if (m_snippet && m_request.server != Preferences::embedServer.get())
        Preferences::embedServer.set(m_request.server);
    QDialog::done(result);
}

} // namespace Dashwright
