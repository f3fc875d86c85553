<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChangeParameterDefault</name>
    <message>
        <source>no such parameter</source>
        <translation>Parameter nicht vorhanden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value</source>
        <translation>„%1“ ist kein gültiger %2-Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation>„%1“ gehört nicht zu den erlaubten Werten</translation>
    </message>
    <message>
        <source>Change parameter default</source>
        <translation>Standardwert des Parameters ändern</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>(none)</source>
        <translation>(ohne Wert)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>A KPI shows its first measure only; a table shows them all.</source>
        <translation>Eine Kennzahl zeigt nur ihre erste Messgröße; eine Tabelle zeigt alle.</translation>
    </message>
    <message>
        <source>A pie shows its first measure only; a bar chart or a table shows them all.</source>
        <translation>Ein Kreisdiagramm zeigt nur seine erste Messgröße; ein Balkendiagramm oder eine Tabelle zeigt alle.</translation>
    </message>
    <message>
        <source>With two dimensions the second one makes the series, and the chart draws its first measure only; a table shows them all.</source>
        <translation>Mit zwei Dimensionen bildet die zweite die Reihen, und das Diagramm zeichnet nur seine erste Messgröße; eine Tabelle zeigt alle.</translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>%1: unknown image format; use .png, .svg or .pdf</source>
        <translation>%1: unbekanntes Bildformat; verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1: the %2 file could not be written</source>
        <translation>%1: die %2-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: the widget has no data to export</source>
        <translation>%1: das Widget hat keine Daten zum Exportieren</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccessInspector</name>
    <message>
        <source>Parameter override</source>
        <translation>Parameter-Überschreibung</translation>
    </message>
    <message>
        <source>Parameter default</source>
        <translation>Standardwert des Parameters</translation>
    </message>
    <message>
        <source>Token filter</source>
        <translation>Token-Filter</translation>
    </message>
    <message>
        <source>Initial filter value</source>
        <translation>Anfangswert des Filters</translation>
    </message>
    <message>
        <source>Account override</source>
        <translation>Konto-Überschreibung</translation>
    </message>
    <message>
        <source>Access policy</source>
        <translation>Zugriffsrichtlinie</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Effective Access</source>
        <translation>Effektiver Zugriff</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>SQL kopieren</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The same description as dashwright query --explain</source>
        <translation>Dieselbe Beschreibung wie dashwright query --explain</translation>
    </message>
    <message>
        <source>Select one widget to see how it is resolved as %1.</source>
        <translation>Wählen Sie ein einzelnes Widget aus, um zu sehen, wie es als %1 aufgelöst wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; als %2</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird aufgelöst…</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Verweigert: %1</translation>
    </message>
    <message>
        <source>Queries account %1 (%2)</source>
        <translation>Fragt Konto %1 ab (%2)</translation>
    </message>
    <message>
        <source>No query (a text widget).</source>
        <translation>Keine Abfrage (ein Text-Widget).</translation>
    </message>
    <message>
        <source>Bound value %1</source>
        <translation>Gebundener Wert %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Viewer&apos;s filter value</source>
        <translation>Filterwert des Betrachters</translation>
    </message>
    <message>
        <source>Parameter value (design view)</source>
        <translation>Parameterwert (Entwurfsansicht)</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>burrito.sqlite, relative to the project file</source>
        <translation>burrito.sqlite, relativ zur Projektdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>API-Geheimnis:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Passwords are kept in the project&apos;s keystore, never in the project file.</source>
        <translation>Passwörter werden im Schlüsselspeicher des Projekts aufbewahrt, nie in der Projektdatei.</translation>
    </message>
    <message>
        <source>The project&apos;s default account</source>
        <translation>Das Standardkonto des Projekts</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>Konto „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected: SQLite %1</source>
        <translation>Verbunden: SQLite %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Wählen Sie die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>A PostgreSQL account needs a host and a database.</source>
        <translation>Ein PostgreSQL-Konto benötigt einen Host und eine Datenbank.</translation>
    </message>
    <message>
        <source>A plugin account needs an http(s) base URL.</source>
        <translation>Ein Plugin-Konto benötigt eine http(s)-Basis-URL.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the plugin offers %n dataset(s)</source>
        <translation>
            <numerusform>Verbunden: Das Plugin bietet %n Datenset an</numerusform>
            <numerusform>Verbunden: Das Plugin bietet %n Datensets an</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>How long the server lets one statement run before it stops it; a widget whose query takes longer shows an error.</source>
        <translation>Wie lange der Server eine Anweisung laufen lässt, bevor er sie abbricht; ein Widget, dessen Abfrage länger dauert, zeigt einen Fehler.</translation>
    </message>
    <message>
        <source>Statement timeout:</source>
        <translation>Zeitlimit für Anweisungen:</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountForm</name>
    <message>
        <source>Edit connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3/%4</source>
        <translation>PostgreSQL %1@%2:%3/%4</translation>
    </message>
    <message>
        <source>Password in the keystore.</source>
        <translation>Passwort im Schlüsselspeicher.</translation>
    </message>
    <message>
        <source>The project&apos;s default account.</source>
        <translation>Das Standardkonto des Projekts.</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountOverridesSection</name>
    <message>
        <source>Account overrides</source>
        <translation>Konto-Überschreibungen</translation>
    </message>
    <message>
        <source>Override “%1”</source>
        <translation>„%1“ überschreiben</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. tenant.sqlite</source>
        <translation>relativ zur Projektdatei, z. B. tenant.sqlite</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>not overridden</source>
        <translation>nicht überschrieben</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Profiles hold no passwords: they are saved in the project file. A connection sent elsewhere takes no password from the keystore; a token brings its own, sealed.</source>
        <translation>Profile enthalten keine Passwörter, denn sie werden in der Projektdatei gespeichert. Eine umgeleitete Verbindung übernimmt kein Passwort aus dem Schlüsselspeicher; ein Token bringt sein eigenes verschlüsselt mit.</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddAccount</name>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddDashboard</name>
    <message>
        <source>Add dashboard</source>
        <translation>Dashboard hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddDataset</name>
    <message>
        <source>Add dataset</source>
        <translation>Datenset hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddParameter</name>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddTenant</name>
    <message>
        <source>Add tenant profile</source>
        <translation>Tenant-Profil hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddWidget</name>
    <message>
        <source>Add widget</source>
        <translation>Widget hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dashwright::CanvasDataController</name>
    <message>
        <source>The query was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>no choices</source>
        <translation>keine Auswahl</translation>
    </message>
</context>
<context>
    <name>Dashwright::CompareDialog</name>
    <message>
        <source>Compare Tenants</source>
        <translation>Tenants vergleichen</translation>
    </message>
    <message>
        <source>Dashboard:</source>
        <translation>Dashboard:</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap tenant A and tenant B</source>
        <translation>Tenant A und Tenant B tauschen</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Standard — kein Token</translation>
    </message>
    <message>
        <source>The project has no dashboard to compare.</source>
        <translation>Das Projekt hat kein Dashboard zum Vergleichen.</translation>
    </message>
    <message>
        <source>Running both sides…</source>
        <translation>Beide Seiten werden ausgeführt…</translation>
    </message>
    <message>
        <source>%1&apos;s claims do not resolve: %2</source>
        <translation>Die Claims von %1 lassen sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>A · Viewing as %1 · %2</source>
        <translation>A · Ansicht als %1 · %2</translation>
    </message>
    <message>
        <source>B · Viewing as %1 · %2</source>
        <translation>B · Ansicht als %1 · %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>verweigert: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>same — a tenant-scoped widget shows both tenants the same rows</source>
        <translation>gleich — ein tenantspezifisches Widget zeigt beiden Tenants dieselben Zeilen</translation>
    </message>
    <message>
        <source>different: %1 only in A, %2 only in B</source>
        <translation>unterschiedlich: %1 nur in A, %2 nur in B</translation>
    </message>
    <message>
        <source>(other columns)</source>
        <translation>(andere Spalten)</translation>
    </message>
    <message>
        <source>denied for A (%1)</source>
        <translation>verweigert für A (%1)</translation>
    </message>
    <message>
        <source>denied for B (%1)</source>
        <translation>verweigert für B (%1)</translation>
    </message>
    <message>
        <source>denied for both</source>
        <translation>verweigert für beide</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no data (text)</source>
        <translation>keine Daten (Text)</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s):</source>
        <translation>
            <numerusform>%n Widget:</numerusform>
            <numerusform>%n Widgets:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n same</source>
        <translation>
            <numerusform>%n gleich</numerusform>
            <numerusform>%n gleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different</source>
        <translation>
            <numerusform>%n unterschiedlich</numerusform>
            <numerusform>%n unterschiedlich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied</source>
        <translation>
            <numerusform>%n verweigert</numerusform>
            <numerusform>%n verweigert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n sonstiges</numerusform>
            <numerusform>%n sonstige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant-scoped widget(s) show these two tenants the same rows.</source>
        <translation>
            <numerusform>%n tenantspezifisches Widget zeigt diesen beiden Tenants dieselben Zeilen.</numerusform>
            <numerusform>%n tenantspezifische Widgets zeigen diesen beiden Tenants dieselben Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Paste token…</source>
        <translation>Token einfügen…</translation>
    </message>
    <message>
        <source>denied: the whole dashboard</source>
        <translation>verweigert: das ganze Dashboard</translation>
    </message>
    <message>
        <source>denied for A</source>
        <translation>verweigert für A</translation>
    </message>
    <message>
        <source>denied for B</source>
        <translation>verweigert für B</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardCanvas</name>
    <message>
        <source>Add a %1 to the dashboard</source>
        <translation>%1 zum Dashboard hinzufügen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles au&amp;swählen</translation>
    </message>
    <message>
        <source>&amp;Refresh Data</source>
        <translation>Daten &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Stop Queries</source>
        <translation>Abfragen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Export Dashboard…</source>
        <translation>Dashboard &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Widget &amp;Data as CSV…</source>
        <translation>Widget-&amp;Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Cut widgets</source>
        <translation>Widgets ausschneiden</translation>
    </message>
    <message>
        <source>Cut widget</source>
        <translation>Widget ausschneiden</translation>
    </message>
    <message>
        <source>Delete widgets</source>
        <translation>Widgets löschen</translation>
    </message>
    <message>
        <source>Delete widget</source>
        <translation>Widget löschen</translation>
    </message>
    <message>
        <source>No dashboard to export</source>
        <translation>Kein Dashboard zum Exportieren</translation>
    </message>
    <message>
        <source>The widget has no data yet</source>
        <translation>Das Widget hat noch keine Daten</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>Export Widget Data</source>
        <translation>Widget-Daten exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>These claims show nothing of “%1”: %2.</source>
        <translation>Diese Claims zeigen nichts von „%1“: %2.</translation>
    </message>
    <message>
        <source>Previewed as %1</source>
        <translation>Vorschau als %1</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Standard — kein Token</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Some widgets have not loaded for this viewer yet: export when they have</source>
        <translation>Einige Widgets sind für diesen Betrachter noch nicht geladen: exportieren Sie, wenn sie geladen sind</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardFilterEdits</name>
    <message>
        <source>No such dashboard.</source>
        <translation>Dashboard nicht vorhanden.</translation>
    </message>
    <message>
        <source>No such filter.</source>
        <translation>Filter nicht vorhanden.</translation>
    </message>
    <message>
        <source>Add a dataset with columns first.</source>
        <translation>Fügen Sie zuerst ein Datenset mit Spalten hinzu.</translation>
    </message>
    <message>
        <source>Add dashboard filter</source>
        <translation>Dashboard-Filter hinzufügen</translation>
    </message>
    <message>
        <source>Remove dashboard filter</source>
        <translation>Dashboard-Filter entfernen</translation>
    </message>
    <message>
        <source>Change filter label</source>
        <translation>Filterbeschriftung ändern</translation>
    </message>
    <message>
        <source>The dataset has no columns.</source>
        <translation>Das Datenset hat keine Spalten.</translation>
    </message>
    <message>
        <source>Change filter dataset</source>
        <translation>Datenset des Filters ändern</translation>
    </message>
    <message>
        <source>No such column in the filter&apos;s dataset.</source>
        <translation>Diese Spalte gibt es im Datenset des Filters nicht.</translation>
    </message>
    <message>
        <source>Change filter column</source>
        <translation>Spalte des Filters ändern</translation>
    </message>
    <message>
        <source>Change filter expression</source>
        <translation>Ausdruck des Filters ändern</translation>
    </message>
    <message>
        <source>The filter&apos;s column does not exist.</source>
        <translation>Die Spalte des Filters existiert nicht.</translation>
    </message>
    <message>
        <source>This expression takes no value.</source>
        <translation>Dieser Ausdruck nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the column&apos;s type.</source>
        <translation>„%1“ ist kein Wert vom Typ der Spalte.</translation>
    </message>
    <message>
        <source>&quot;? between ?&quot; takes two values: low, high.</source>
        <translation>„? between ?“ nimmt zwei Werte: unten, oben.</translation>
    </message>
    <message>
        <source>Change filter value</source>
        <translation>Filterwert ändern</translation>
    </message>
    <message>
        <source>No such parameter.</source>
        <translation>Parameter nicht vorhanden.</translation>
    </message>
    <message>
        <source>Only a one-value expression can follow a parameter.</source>
        <translation>Nur ein Ausdruck mit einem Wert kann einem Parameter folgen.</translation>
    </message>
    <message>
        <source>Change filter parameter</source>
        <translation>Parameter des Filters ändern</translation>
    </message>
    <message>
        <source>A filter that follows a parameter cannot be changed by the viewer: the parameter may carry the tenant&apos;s scope.</source>
        <translation>Ein Filter, der einem Parameter folgt, kann vom Betrachter nicht geändert werden: Der Parameter kann den Bereich des Tenants festlegen.</translation>
    </message>
    <message>
        <source>Let the viewer change a filter</source>
        <translation>Betrachter einen Filter ändern lassen</translation>
    </message>
    <message>
        <source>Keep a filter from the viewer</source>
        <translation>Filter dem Betrachter entziehen</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardForm</name>
    <message>
        <source>Add Filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>Remove Filter</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <source>unset: every row; a, b for a list</source>
        <translation>leer: alle Zeilen; a, b für eine Liste</translation>
    </message>
    <message>
        <source>Viewer can change</source>
        <translation>Betrachter kann ändern</translation>
    </message>
    <message>
        <source>An embedded dashboard offers this filter to the viewer, who may change its value. The choices are computed under the viewer&apos;s own access: token filters and access policies still apply.</source>
        <translation>Ein eingebettetes Dashboard bietet diesen Filter dem Betrachter an, der seinen Wert ändern kann. Die Auswahl wird mit dem eigenen Zugriff des Betrachters berechnet: Token-Filter und Zugriffsrichtlinien gelten weiterhin.</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datenset:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Spalte:</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>Ausdruck:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>A dashboard filter narrows every widget on its dataset. Select a widget on the canvas to see its own properties.</source>
        <translation>Ein Dashboard-Filter schränkt jedes Widget auf seinem Datenset ein. Wählen Sie ein Widget auf der Arbeitsfläche aus, um seine eigenen Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — dashboard filters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Dashboard-Filter</translation>
    </message>
    <message>
        <source>%1 (viewer can change)</source>
        <translation>%1 (Betrachter kann ändern)</translation>
    </message>
    <message>
        <source>None — the value above</source>
        <translation>Keiner — der Wert oben</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardSelector</name>
    <message>
        <source>New &amp;Dashboard</source>
        <translation>Neues &amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Rename Dashboard…</source>
        <translation>Dashboard &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Dashboard</source>
        <translation>Dashboard lösc&amp;hen</translation>
    </message>
    <message>
        <source>The dashboard on the canvas</source>
        <translation>Das Dashboard auf der Arbeitsfläche</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>Rename dashboard</source>
        <translation>Dashboard umbenennen</translation>
    </message>
    <message>
        <source>Rename Dashboard</source>
        <translation>Dashboard umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Delete Dashboard</source>
        <translation>Dashboard löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n widget(s)? You can undo this.</source>
        <translation>
            <numerusform>„%1“ mit %n Widget löschen? Dies kann rückgängig gemacht werden.</numerusform>
            <numerusform>„%1“ mit %n Widgets löschen? Dies kann rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DataPanel</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) use this account; remove them first.</source>
        <translation>
            <numerusform>%n Datenset verwendet dieses Konto; entfernen Sie es zuerst.</numerusform>
            <numerusform>%n Datensets verwenden dieses Konto; entfernen Sie diese zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>This dataset is still used by %1, %2 and %3.</source>
        <translation>Dieses Datenset wird noch von %1, %2 und %3 verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s)</source>
        <translation>
            <numerusform>%n Widget</numerusform>
            <numerusform>%n Widgets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard filter(s)</source>
        <translation>
            <numerusform>%n Dashboard-Filter</numerusform>
            <numerusform>%n Dashboard-Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access policy(ies)</source>
        <translation>
            <numerusform>%n Zugriffsrichtlinie</numerusform>
            <numerusform>%n Zugriffsrichtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Entfernen nicht möglich</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Konto…</translation>
    </message>
    <message>
        <source>Dataset…</source>
        <translation>Datenset…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an account or a dataset</source>
        <translation>Ein Konto oder ein Datenset hinzufügen</translation>
    </message>
</context>
<context>
    <name>Dashwright::DataSourceModel</name>
    <message>
        <source>Column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <source>%1, default</source>
        <translation>%1, Standard</translation>
    </message>
    <message>
        <source>SQLite database %1</source>
        <translation>SQLite-Datenbank %1</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>PostgreSQL-Datenbank %1 auf %2:%3</translation>
    </message>
    <message>
        <source>Plugin at %1</source>
        <translation>Plugin unter %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Datenset umbenennen</translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation>Spalten bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Dashwright::DatasetDialog</name>
    <message>
        <source>New dataset</source>
        <translation>Neues Datenset</translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation>Tabelle oder Sicht</translation>
    </message>
    <message>
        <source>SQL query (one read-only SELECT)</source>
        <translation>SQL-Abfrage (ein einzelnes, nur lesendes SELECT)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <source>Edit dataset “%1”</source>
        <translation>Datenset „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Wählen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation>Tabellen werden gelesen…</translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation>%1 (Sicht)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) and view(s).</source>
        <translation>
            <numerusform>%n Tabelle oder Sicht.</numerusform>
            <numerusform>%n Tabellen und Sichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a table or view.</source>
        <translation>Wählen Sie eine Tabelle oder Sicht.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s).</source>
        <translation>
            <numerusform>Die erste %n Zeile.</numerusform>
            <numerusform>Die ersten %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Geben Sie dem Datenset einen Namen.</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>Wählen Sie ein Konto.</translation>
    </message>
    <message>
        <source>Preview the query first, so that its columns are known.</source>
        <translation>Zeigen Sie zuerst die Vorschau der Abfrage an, damit ihre Spalten bekannt sind.</translation>
    </message>
    <message>
        <source>The dataset has no columns.</source>
        <translation>Das Datenset hat keine Spalten.</translation>
    </message>
    <message>
        <source>Dataset of the plugin</source>
        <translation>Datenset des Plugins</translation>
    </message>
    <message numerus="yes">
        <source>The plugin offers %n dataset(s).</source>
        <translation>
            <numerusform>Das Plugin bietet %n Datenset an.</numerusform>
            <numerusform>Das Plugin bietet %n Datensets an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DatasetForm</name>
    <message>
        <source>Edit source and columns…</source>
        <translation>Quelle und Spalten bearbeiten…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Liest:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Datenset umbenennen</translation>
    </message>
    <message>
        <source>Change dataset account</source>
        <translation>Konto des Datensets ändern</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dashwright::EmbedSnippetDialog</name>
    <message>
        <source>HTML page (web component)</source>
        <translation>HTML-Seite (Web-Komponente)</translation>
    </message>
    <message>
        <source>Embed Snippet</source>
        <translation>Einbettungscode</translation>
    </message>
    <message>
        <source>Sign with a key</source>
        <translation>Mit einem Schlüssel signieren</translation>
    </message>
    <message>
        <source>Ask the embed server with an API key</source>
        <translation>Beim Einbettungsserver mit API-Schlüssel anfragen</translation>
    </message>
    <message>
        <source>Signing: the back end holds a signing key and signs each token itself. Asking: it holds only an API key and gets each token from the embed server&apos;s POST /api/v1/authorizations.</source>
        <translation>Signieren: Das Back-End hat einen Signaturschlüssel und signiert jedes Token selbst. Anfragen: Es hat nur einen API-Schlüssel und holt jedes Token über POST /api/v1/authorizations vom Einbettungsserver.</translation>
    </message>
    <message>
        <source>Open Keystore</source>
        <translation>Schlüsselspeicher öffnen</translation>
    </message>
    <message>
        <source>Template (no tenant)</source>
        <translation>Vorlage (kein Tenant)</translation>
    </message>
    <message>
        <source>A template has sample values for the viewer, marked TODO; a tenant profile&apos;s claims show what its viewers&apos; tokens carry.</source>
        <translation>Eine Vorlage hat Beispielwerte für den Betrachter, mit TODO markiert; die Claims eines Tenant-Profils zeigen, was die Tokens seiner Betrachter enthalten.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Short: the page asks for a new token before this one runs out.</source>
        <translation>Kurz: Die Seite fragt nach einem neuen Token, bevor dieses abläuft.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signatur&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Embed &amp;server:</source>
        <translation>Einbettungsser&amp;ver:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>&amp;Lebensdauer des Tokens:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Newest active key</source>
        <translation>Neuester aktiver Schlüssel</translation>
    </message>
    <message>
        <source>Newest active key (%1)</source>
        <translation>Neuester aktiver Schlüssel (%1)</translation>
    </message>
    <message>
        <source>The tenant profile cannot be used: %1</source>
        <translation>Das Tenant-Profil kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No key to sign with: %1 (dashwright keys create PROJECT --alg ES256).</source>
        <translation>Kein Schlüssel zum Signieren: %1 (dashwright keys create PROJECT --alg ES256).</translation>
    </message>
    <message>
        <source>The keystore is not open: %1 Open it to sign with one of its keys, or let the back end ask the embed server with an API key.</source>
        <translation>Der Schlüsselspeicher ist nicht geöffnet: %1 Öffnen Sie ihn, um mit einem seiner Schlüssel zu signieren, oder lassen Sie das Back-End mit einem API-Schlüssel beim Einbettungsserver anfragen.</translation>
    </message>
    <message>
        <source>No key to seal with: %1 (dashwright keys create PROJECT --alg A256GCM).</source>
        <translation>Kein Schlüssel zum Versiegeln: %1 (dashwright keys create PROJECT --alg A256GCM).</translation>
    </message>
    <message>
        <source>Open a dashboard to embed it.</source>
        <translation>Öffnen Sie ein Dashboard, um es einzubetten.</translation>
    </message>
    <message>
        <source>This snippet cannot be made: %1</source>
        <translation>Dieser Code lässt sich nicht erzeugen: %1</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Ausführen: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Code speichern</translation>
    </message>
    <message>
        <source>Snippet Not Saved</source>
        <translation>Code nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The token is encrypted with the keystore&apos;s A256GCM key: the page cannot read its claims.</source>
        <translation>Das Token wird mit dem A256GCM-Schlüssel des Schlüsselspeichers verschlüsselt: Die Seite kann seine Claims nicht lesen.</translation>
    </message>
    <message>
        <source>Seale&amp;d tokens</source>
        <translation>V&amp;ersiegelte Tokens</translation>
    </message>
    <message>
        <source>How the back end &amp;gets tokens:</source>
        <translation>Wie das Back-End Tokens &amp;bekommt:</translation>
    </message>
</context>
<context>
    <name>Dashwright::FilterBar</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Return every filter and parameter here to its default value</source>
        <translation>Jeden Filter und Parameter hier auf seinen Standardwert zurücksetzen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>What this tenant&apos;s viewer can pick in the embedded dashboard, with the choices the tenant is offered. Your picks are this session&apos;s only: they are not saved in the project.</source>
        <translation>Was der Betrachter dieses Tenants im eingebetteten Dashboard wählen kann, mit den Auswahlmöglichkeiten, die der Tenant erhält. Ihre Auswahl gilt nur für diese Sitzung: Sie wird nicht im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s viewer-editable filters, as a viewer of the embedded dashboard picks them. Your picks are this session&apos;s only: they are not saved in the project.</source>
        <translation>Die vom Betrachter änderbaren Filter des Dashboards, wie ein Betrachter des eingebetteten Dashboards sie wählt. Ihre Auswahl gilt nur für diese Sitzung: Sie wird nicht im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Parameters (token)</source>
        <translation>Parameter (Token)</translation>
    </message>
    <message>
        <source>Parameters (design view)</source>
        <translation>Parameter (Entwurfsansicht)</translation>
    </message>
    <message>
        <source>In a tenant preview the token&apos;s overrides set the parameters, else their defaults.</source>
        <translation>In einer Tenant-Vorschau setzen die Überschreibungen des Tokens die Parameter, sonst ihre Standardwerte.</translation>
    </message>
    <message>
        <source>The values the design view uses instead of the defaults, for this session only: not saved in the project, and never used for a tenant.</source>
        <translation>Die Werte, die die Entwurfsansicht statt der Standardwerte verwendet, nur für diese Sitzung: nicht im Projekt gespeichert und nie für einen Tenant verwendet.</translation>
    </message>
    <message>
        <source>Choices: the values of the column this viewer may read. Not saved in the project; Reset returns to the filter&apos;s initial value.</source>
        <translation>Auswahl: die Werte der Spalte, die dieser Betrachter lesen darf. Nicht im Projekt gespeichert; Zurücksetzen stellt den Anfangswert des Filters wieder her.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reading the choices…</source>
        <translation>Auswahl wird gelesen…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Not a valid %1 value</source>
        <translation>Kein gültiger %1-Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>The token sets this value (parameter_overrides): a tenant preview shows what the tenant gets, so it cannot be changed here.</source>
        <translation>Das Token setzt diesen Wert (parameter_overrides): Eine Tenant-Vorschau zeigt, was der Tenant erhält, daher lässt er sich hier nicht ändern.</translation>
    </message>
    <message>
        <source>The token does not override this parameter: its default applies. A tenant preview never uses the design view&apos;s value.</source>
        <translation>Das Token überschreibt diesen Parameter nicht: Es gilt sein Standardwert. Eine Tenant-Vorschau verwendet nie den Wert der Entwurfsansicht.</translation>
    </message>
    <message>
        <source>The design view&apos;s value for this session, instead of the default (%1). Not saved in the project; tokens never use it.</source>
        <translation>Der Wert der Entwurfsansicht für diese Sitzung statt des Standardwerts (%1). Nicht im Projekt gespeichert; Tokens verwenden ihn nie.</translation>
    </message>
    <message>
        <source>The parameter&apos;s default. Change it to see the dashboard with another value; it is not saved in the project, and tokens never use it.</source>
        <translation>Der Standardwert des Parameters. Ändern Sie ihn, um das Dashboard mit einem anderen Wert zu sehen; er wird nicht im Projekt gespeichert, und Tokens verwenden ihn nie.</translation>
    </message>
</context>
<context>
    <name>Dashwright::IdentitySection</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Suborganization:</source>
        <translation>Unterorganisation:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>never; or e.g. 2026-12-01T00:00:00Z</source>
        <translation>nie; oder z. B. 2026-12-01T00:00:00Z</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Inactivity interval:</source>
        <translation>Inaktivitätsintervall:</translation>
    </message>
</context>
<context>
    <name>Dashwright::IsolationCheckDialog</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Isolation Check</source>
        <translation>Isolationsprüfung</translation>
    </message>
    <message>
        <source>Run every tenant profile on every dashboard it grants and compare what they see</source>
        <translation>Jedes Tenant-Profil auf jedem Dashboard ausführen, auf das es Zugriff gewährt, und vergleichen, was die Profile sehen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Double-click an entry to show its widget on the canvas as that tenant.</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um sein Widget auf der Arbeitsfläche als dieser Tenant anzuzeigen.</translation>
    </message>
    <message>
        <source>Runs every tenant profile on every dashboard it grants, and flags widgets that no tenant-specific rule restricts and tenants that see each other&apos;s data.</source>
        <translation>Führt jedes Tenant-Profil auf jedem Dashboard aus, auf das es Zugriff gewährt, und markiert Widgets, die keine tenantspezifische Regel einschränkt, sowie Tenants, die gegenseitig ihre Daten sehen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Running every tenant profile on every dashboard it grants…</source>
        <translation>Jedes Tenant-Profil wird auf jedem Dashboard ausgeführt, auf das es Zugriff gewährt…</translation>
    </message>
    <message>
        <source>The project changed since this check ran: run it again.</source>
        <translation>Das Projekt hat sich seit dieser Prüfung geändert; führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Widgets no tenant-specific rule restricts (%1)</source>
        <translation>Widgets, die keine tenantspezifische Regel einschränkt (%1)</translation>
    </message>
    <message>
        <source>every profile that ran it (%1): chain-wide — intended?</source>
        <translation>alle Profile, die es ausgeführt haben (%1): für die ganze Kette — beabsichtigt?</translation>
    </message>
    <message>
        <source>%1 of %2 profiles see the defaults</source>
        <translation>zeigt %1 von %2 Profilen die Standardwerte</translation>
    </message>
    <message>
        <source>sees what everybody sees</source>
        <translation>sieht, was alle sehen</translation>
    </message>
    <message>
        <source>Different tenants seeing the same data (%1)</source>
        <translation>Verschiedene Tenants, die dieselben Daten sehen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2) ↔ %3 (%4)</source>
        <translation>%1 (%2) ↔ %3 (%4)</translation>
    </message>
    <message>
        <source>the same rows in all %1 tenant-scoped widgets</source>
        <translation>dieselben Zeilen in allen %1 tenantspezifischen Widgets</translation>
    </message>
    <message>
        <source>the same rows in %1 of %2 tenant-scoped widgets</source>
        <translation>dieselben Zeilen in %1 von %2 tenantspezifischen Widgets</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The same tenant under several profiles (%1) — the same rows are expected</source>
        <translation>Derselbe Tenant unter mehreren Profilen (%1) — dieselben Zeilen sind zu erwarten</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1 (%2): the same rows in %3 of %4 widgets</source>
        <translation>%1 (%2): dieselben Zeilen in %3 von %4 Widgets</translation>
    </message>
    <message>
        <source>as %1: %2</source>
        <translation>als %1: %2</translation>
    </message>
    <message>
        <source>Denied — the engine failed closed (%1)</source>
        <translation>Verweigert — im Fehlerfall sperrt die Engine (%1)</translation>
    </message>
    <message>
        <source>Profiles whose claims do not resolve (%1)</source>
        <translation>Profile, deren Claims sich nicht auflösen lassen (%1)</translation>
    </message>
    <message>
        <source>Data-source errors — the check is incomplete (%1)</source>
        <translation>Datenquellenfehler — die Prüfung ist unvollständig (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant profile(s),</source>
        <translation>
            <numerusform>%n Tenant-Profil,</numerusform>
            <numerusform>%n Tenant-Profile,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard run(s).</source>
        <translation>
            <numerusform>%n Dashboard-Ausführung.</numerusform>
            <numerusform>%n Dashboard-Ausführungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is incomplete: see the errors below.</source>
        <translation>Die Prüfung ist unvollständig: siehe die Fehler unten.</translation>
    </message>
    <message>
        <source>Incomplete: the project has no tenant profiles to check</source>
        <translation>Unvollständig: Das Projekt hat keine Mandantenprofile zum Prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n profile(s) or queries could not be checked</source>
        <translation>
            <numerusform>Unvollständig: %n Profil oder Abfrage konnte nicht geprüft werden</numerusform>
            <numerusform>Unvollständig: %n Profile oder Abfragen konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The same single figure for different tenants (%1) — worth a look</source>
        <translation>Dieselbe einzelne Zahl für verschiedene Tenants (%1) — einen Blick wert</translation>
    </message>
    <message>
        <source>%1: the same figure in %2</source>
        <translation>%1: dieselbe Zahl in %2</translation>
    </message>
</context>
<context>
    <name>Dashwright::ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Dashwright::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Dashwright project</source>
        <translation>Ein Dashwright-Projekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datenset</numerusform>
            <numerusform>%n Datensets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard(s)</source>
        <translation>
            <numerusform>%n Dashboard</numerusform>
            <numerusform>%n Dashboards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s)</source>
        <translation>
            <numerusform>%n Widget</numerusform>
            <numerusform>%n Widgets</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Keystore Not Saved</source>
        <translation>Schlüsselspeicher nicht gespeichert</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Parameter</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Paste &amp;Token…</source>
        <translation>&amp;Token einfügen…</translation>
    </message>
    <message>
        <source>Back to &amp;Design View</source>
        <translation>Zurück zur &amp;Entwurfsansicht</translation>
    </message>
    <message>
        <source>Effective &amp;Access…</source>
        <translation>Effektiver &amp;Zugriff…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Vorschau als:</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Widgets</source>
        <translation>Widgets</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used the next time Dashwright Designer starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Dashwright Designer verwendet.</translation>
    </message>
    <message>
        <source>%1[*] — Dashwright Designer</source>
        <translation>%1[*] — Dashwright Designer</translation>
    </message>
    <message>
        <source>&amp;Compare Tenants…</source>
        <translation>Tenants &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Isolation Check…</source>
        <translation>&amp;Isolationsprüfung…</translation>
    </message>
    <message>
        <source>Export Embed &amp;Snippet…</source>
        <translation>Einbettungs&amp;code exportieren…</translation>
    </message>
    <message>
        <source>The code that embeds this dashboard in a page, and the back-end code that mints its tokens</source>
        <translation>Der Code, der dieses Dashboard in eine Seite einbettet, und der Back-End-Code, der seine Tokens ausstellt</translation>
    </message>
    <message>
        <source>Project Se&amp;ttings…</source>
        <translation>Pro&amp;jekteinstellungen…</translation>
    </message>
    <message>
        <source>The project&apos;s name, and the web pages allowed to show its dashboards (embed origins)</source>
        <translation>Der Name des Projekts und die Webseiten, die seine Dashboards zeigen dürfen (Einbettungs-Ursprünge)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <source>The demo project could not be created: %1</source>
        <translation>Das Demoprojekt konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>none; or JSON for a broker plugin, e.g. {&quot;region&quot;: &quot;West&quot;}</source>
        <translation>keine; oder JSON für ein Broker-Plugin, z. B. {&quot;region&quot;: &quot;West&quot;}</translation>
    </message>
    <message>
        <source>Not valid JSON, not applied: %1</source>
        <translation>Kein gültiges JSON, nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::NumberFormatter</name>
    <message>
        <source>M</source>
        <extracomment>Abbreviation of million after an axis tick&apos;s number, as in &quot;12M&quot;</extracomment>
        <translation>&#xa0;Mio.</translation>
    </message>
    <message>
        <source>k</source>
        <extracomment>Abbreviation of thousand after an axis tick&apos;s number, as in &quot;250k&quot;</extracomment>
        <translation>&#xa0;Tsd.</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterEdits</name>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>No such parameter.</source>
        <translation>Parameter nicht vorhanden.</translation>
    </message>
    <message>
        <source>A parameter name is a letter or _ followed by letters, digits or _.</source>
        <translation>Ein Parametername besteht aus einem Buchstaben oder _, gefolgt von Buchstaben, Ziffern oder _.</translation>
    </message>
    <message>
        <source>The dashboard already has a parameter named &quot;%1&quot;.</source>
        <translation>Das Dashboard hat bereits einen Parameter namens „%1“.</translation>
    </message>
    <message>
        <source>Change parameter label</source>
        <translation>Parameterbeschriftung ändern</translation>
    </message>
    <message>
        <source>Change parameter type</source>
        <translation>Parametertyp ändern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of this parameter&apos;s type.</source>
        <translation>„%1“ ist kein Wert vom Typ dieses Parameters.</translation>
    </message>
    <message>
        <source>The allowed values must include the default, %1.</source>
        <translation>Die erlaubten Werte müssen den Standardwert %1 enthalten.</translation>
    </message>
    <message>
        <source>Change allowed values</source>
        <translation>Erlaubte Werte ändern</translation>
    </message>
    <message>
        <source>A parameter needs a default value.</source>
        <translation>Ein Parameter braucht einen Standardwert.</translation>
    </message>
    <message>
        <source>Change whether a token must set the parameter</source>
        <translation>Festlegen, ob ein Token den Parameter setzen muss</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterForm</name>
    <message>
        <source>any value; or a, b, c</source>
        <translation>beliebiger Wert; oder a, b, c</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standardwert:</translation>
    </message>
    <message>
        <source>Allowed values:</source>
        <translation>Erlaubte Werte:</translation>
    </message>
    <message>
        <source>Tokens override a parameter by its name; filters refer to it to take its value.</source>
        <translation>Tokens überschreiben einen Parameter über seinen Namen; Filter verweisen auf ihn, um seinen Wert zu übernehmen.</translation>
    </message>
    <message>
        <source>Required in token</source>
        <translation>Im Token erforderlich</translation>
    </message>
    <message>
        <source>A token that does not override this parameter is denied, instead of seeing the default&apos;s data. The design view still uses the default.</source>
        <translation>Ein Token, der diesen Parameter nicht überschreibt, wird abgewiesen, statt die Daten des Standardwerts zu sehen. Die Entwurfsansicht verwendet weiterhin den Standardwert.</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterModel</name>
    <message>
        <source>Tokens override this parameter as &quot;%1&quot;.</source>
        <translation>Tokens überschreiben diesen Parameter als „%1“.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Unknown type.</source>
        <translation>Unbekannter Typ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Erlaubte Werte</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterOverridesSection</name>
    <message>
        <source>Parameter overrides</source>
        <translation>Parameter-Überschreibungen</translation>
    </message>
    <message>
        <source>No dashboard has parameters.</source>
        <translation>Kein Dashboard hat Parameter.</translation>
    </message>
    <message>
        <source>Unchecked: the parameter&apos;s default, %1</source>
        <translation>Nicht angekreuzt: der Standardwert des Parameters, %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParametersPanel</name>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken by %n filter(s); change them first.</source>
        <translation>
            <numerusform>„%1“ wird von %n Filter verwendet; ändern Sie diesen zuerst.</numerusform>
            <numerusform>„%1“ wird von %n Filtern verwendet; ändern Sie diese zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::PasteTokenDialog</name>
    <message>
        <source>Preview a Token</source>
        <translation>Vorschau mit einem Token</translation>
    </message>
    <message>
        <source>Paste a token (three or five parts separated by dots)</source>
        <translation>Token einfügen (drei oder fünf durch Punkte getrennte Teile)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>The token is verified against this project&apos;s keys, as the embed server verifies it.</source>
        <translation>Das Token wird mit den Schlüsseln dieses Projekts geprüft, so wie der Einbettungsserver es prüft.</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>ein Token</translation>
    </message>
    <message>
        <source>%1 (pasted token, key %2)</source>
        <translation>%1 (eingefügtes Token, Schlüssel %2)</translation>
    </message>
    <message>
        <source>Valid %1 token for %2, signed with key %3, expires %4.</source>
        <translation>Gültiges %1 Token für %2, signiert mit Schlüssel %3, läuft ab am %4.</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>verschlüsseltes</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiertes</translation>
    </message>
    <message>
        <source>Not valid: %1. Nothing is previewed.</source>
        <translation>Ungültig: %1. Es wird keine Vorschau angezeigt.</translation>
    </message>
    <message>
        <source>it has been revoked (its jti is listed in %1)</source>
        <translation>es wurde widerrufen (seine jti steht in %1)</translation>
    </message>
    <message>
        <source>the revocation list cannot be read, so it cannot be shown not to be revoked: %1</source>
        <translation>die Widerrufsliste ist nicht lesbar, daher lässt sich nicht zeigen, dass es nicht widerrufen ist: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PolicyValuesSection</name>
    <message>
        <source>Policy values</source>
        <translation>Richtlinienwerte</translation>
    </message>
    <message>
        <source>The project&apos;s access policies use no ${{ name }} values.</source>
        <translation>Die Zugriffsrichtlinien des Projekts verwenden keine ${{ name }}-Werte.</translation>
    </message>
    <message>
        <source>not set (denied); a list: a, b</source>
        <translation>nicht gesetzt (verweigert); eine Liste: a, b</translation>
    </message>
    <message>
        <source>not set (denied)</source>
        <translation>nicht gesetzt (verweigert)</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Verwendet von: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PreviewBanner</name>
    <message>
        <source>Back to Design View</source>
        <translation>Zurück zur Entwurfsansicht</translation>
    </message>
    <message>
        <source>Previewing as %1</source>
        <translation>Vorschau als %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PreviewSelector</name>
    <message>
        <source>Preview the dashboard as a tenant would see it</source>
        <translation>Das Dashboard in der Vorschau so anzeigen, wie ein Tenant es sehen würde</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Standard — kein Token</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemLocation</name>
    <message>
        <source>Account “%1”</source>
        <translation>Konto „%1“</translation>
    </message>
    <message>
        <source>Dataset “%1”</source>
        <translation>Datenset „%1“</translation>
    </message>
    <message>
        <source>Access policy on “%1”</source>
        <translation>Zugriffsrichtlinie für „%1“</translation>
    </message>
    <message>
        <source>Dashboard “%1”</source>
        <translation>Dashboard „%1“</translation>
    </message>
    <message>
        <source>Dashboard “%1” › widget “%2”</source>
        <translation>Dashboard „%1“ › Widget „%2“</translation>
    </message>
    <message>
        <source>Dashboard “%1” › parameter “%2”</source>
        <translation>Dashboard „%1“ › Parameter „%2“</translation>
    </message>
    <message>
        <source>Dashboard “%1” › filters</source>
        <translation>Dashboard „%1“ › Filter</translation>
    </message>
    <message>
        <source>Tenant profile “%1”</source>
        <translation>Tenant-Profil „%1“</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectFiles</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Dashwright projects (*.dwproj)</source>
        <translation>Dashwright-Projekte (*.dwproj)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s) to fix</source>
        <translation>
            <numerusform>%1 mit %n zu behebenden Problem geöffnet</numerusform>
            <numerusform>%1 mit %n zu behebenden Problemen geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Open Project</source>
        <translation>Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Unsaved Changes?</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Dashwright Designer did not close normally while %1 had unsaved changes.</source>
        <translation>Dashwright Designer wurde nicht normal beendet, während %1 nicht gespeicherte Änderungen enthielt.</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>ein unbenanntes Projekt</translation>
    </message>
    <message>
        <source>A copy saved automatically at %1 can be restored.</source>
        <translation>Eine am %1 automatisch gespeicherte Kopie kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Could Not Recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>The automatic copy could not be read:
%1</source>
        <translation>Die automatische Kopie konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save to keep them</source>
        <translation>Nicht gespeicherte Änderungen wiederhergestellt; speichern Sie, um sie zu behalten</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The untitled project</source>
        <translation>Das unbenannte Projekt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectKeystore</name>
    <message>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation>Falsche Passphrase. Passphrase für %1:</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation>Passphrase des Schlüsselspeichers</translation>
    </message>
    <message>
        <source>The keystore %1 stays locked.</source>
        <translation>Der Schlüsselspeicher %1 bleibt gesperrt.</translation>
    </message>
    <message>
        <source>The keystore holds no secret %1.</source>
        <translation>Der Schlüsselspeicher enthält kein Geheimnis %1.</translation>
    </message>
    <message>
        <source>The project has no keystore until it is saved.</source>
        <translation>Das Projekt hat erst einen Schlüsselspeicher, wenn es gespeichert ist.</translation>
    </message>
    <message>
        <source>The keystore&apos;s secret %1 is not of the kind account &quot;%2&quot; takes; it is not sent.</source>
        <translation>Das Geheimnis %1 im Schlüsselspeicher ist nicht von der Art, die das Konto „%2“ verwendet; es wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectSettingsDialog</name>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Project Settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Embed origins</source>
        <translation>Einbettungs-Ursprünge</translation>
    </message>
    <message>
        <source>The web pages allowed to show this project&apos;s dashboards: scheme://host[:port], no path, e.g. https://app.example.com; the embed server answers only these origins.</source>
        <translation>Die Webseiten, die die Dashboards dieses Projekts zeigen dürfen: schema://host[:port], ohne Pfad, z. B. https://app.example.com; der Einbettungsserver antwortet nur diesen Ursprüngen.</translation>
    </message>
    <message>
        <source>%1 is already embed origin %2</source>
        <translation>%1 ist schon Einbettungs-Ursprung %2</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>Geben Sie dem Projekt einen Namen.</translation>
    </message>
    <message>
        <source>Embed origin %1: %2</source>
        <translation>Einbettungs-Ursprung %1: %2</translation>
    </message>
    <message>
        <source>Tableau 10</source>
        <translation>Tableau 10</translation>
    </message>
    <message>
        <source>Okabe-Ito (colour-blind safe)</source>
        <translation>Okabe-Ito (farbenblind-sicher)</translation>
    </message>
    <message>
        <source>Burrito</source>
        <translation>Burrito</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A font family the dashboards are drawn in, e.g. system-ui (the system&apos;s own font) or Noto Sans; where a viewer&apos;s computer lacks it, its system font is used.</source>
        <translation>Eine Schriftfamilie, in der die Dashboards gezeichnet werden, z. B. system-ui (die Systemschrift) oder Noto Sans; fehlt sie auf dem Rechner eines Betrachters, wird dessen Systemschrift verwendet.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>How the canvas and the embedded dashboards look. A chart with colours of its own keeps them.</source>
        <translation>Wie die Arbeitsfläche und die eingebetteten Dashboards aussehen. Ein Diagramm mit eigenen Farben behält sie.</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>Palette:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Schrift:</translation>
    </message>
    <message>
        <source>Font: %1</source>
        <translation>Schrift: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Select a widget on the canvas, or a parameter, dataset or account, to see its properties.</source>
        <translation>Wählen Sie ein Widget auf der Arbeitsfläche oder einen Parameter, ein Datenset oder ein Konto aus, um die Eigenschaften zu sehen.</translation>
    </message>
</context>
<context>
    <name>Dashwright::QueryStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the queries that are running</source>
        <translation>Die laufenden Abfragen abbrechen</translation>
    </message>
    <message>
        <source>Last query: %1 ms</source>
        <translation>Letzte Abfrage: %1 ms</translation>
    </message>
    <message>
        <source>No query yet</source>
        <translation>Noch keine Abfrage</translation>
    </message>
    <message numerus="yes">
        <source>Running %n query(ies)…</source>
        <translation>
            <numerusform>%n Abfrage läuft…</numerusform>
            <numerusform>%n Abfragen laufen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveAccount</name>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveDashboard</name>
    <message>
        <source>Remove dashboard</source>
        <translation>Dashboard entfernen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveDataset</name>
    <message>
        <source>Remove dataset</source>
        <translation>Datenset entfernen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveParameter</name>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveTenant</name>
    <message>
        <source>Remove tenant profile</source>
        <translation>Tenant-Profil entfernen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveWidget</name>
    <message>
        <source>Remove widget</source>
        <translation>Widget entfernen</translation>
    </message>
</context>
<context>
    <name>Dashwright::SecurablesSection</name>
    <message>
        <source>Securables</source>
        <translation>Sicherungsfähige Elemente</translation>
    </message>
    <message>
        <source>A dashboard grants the datasets its widgets read; checking datasets too limits the profile to those.</source>
        <translation>Ein Dashboard gewährt Zugriff auf die Datensets, die seine Widgets lesen; werden zusätzlich Datensets angekreuzt, ist das Profil auf diese beschränkt.</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Datenset: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantModel</name>
    <message>
        <source>Tenant profile %1
id %2</source>
        <translation>Tenant-Profil %1
ID %2</translation>
    </message>
    <message>
        <source>A tenant profile needs a name.</source>
        <translation>Ein Tenant-Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Another tenant profile is already called “%1”.</source>
        <translation>Ein anderes Tenant-Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Rename tenant profile</source>
        <translation>Tenant-Profil umbenennen</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantPreview</name>
    <message>
        <source>Default — no token</source>
        <translation>Standard — kein Token</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantsPanel</name>
    <message>
        <source>Tenant profiles</source>
        <translation>Tenant-Profile</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation>Vorschau als</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Neuer Tenant</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate tenant profile</source>
        <translation>Tenant-Profil duplizieren</translation>
    </message>
</context>
<context>
    <name>Dashwright::TokenFiltersSection</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datenset</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>where</source>
        <translation>where</translation>
    </message>
    <message>
        <source>having</source>
        <translation>having</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>initialization</source>
        <translation>initialization</translation>
    </message>
    <message>
        <source>Global filters restrict every widget on the dataset; initialization filters set the first value of the dashboard&apos;s own filter on the column. Having applies after grouping.</source>
        <translation>„global“-Filter schränken jedes Widget auf dem Datenset ein; „initialization“-Filter setzen den Anfangswert des dashboardeigenen Filters auf der Spalte. „having“ wirkt nach der Gruppierung.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>from, to</source>
        <translation>von, bis</translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
</context>
<context>
    <name>Dashwright::TypeNames</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <source>Stacked bar chart</source>
        <translation>Gestapeltes Balkendiagramm</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>Liniendiagramm</translation>
    </message>
    <message>
        <source>Area chart</source>
        <translation>Flächendiagramm</translation>
    </message>
    <message>
        <source>Pie chart</source>
        <translation>Kreisdiagramm</translation>
    </message>
    <message>
        <source>Donut chart</source>
        <translation>Ringdiagramm</translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Count distinct</source>
        <translation>Anzahl eindeutiger Werte</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Plugin (HTTP broker)</source>
        <translation>Plugin (HTTP-Broker)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keiner von</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>matches (like)</source>
        <translation>entspricht Muster (like)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
</context>
<context>
    <name>Dashwright::WelcomeDialog</name>
    <message>
        <source>Welcome to Dashwright Designer</source>
        <translation>Willkommen bei Dashwright Designer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Dashwright Designer&lt;/h2&gt;&lt;p&gt;Design one dashboard, embed it in your web app, and let every tenant see only its own data. The Burrito Factory demo is a small chain whose shops each see only their own sales: a good place to start.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Dashwright Designer&lt;/h2&gt;&lt;p&gt;Entwerfen Sie ein Dashboard, betten Sie es in Ihre Web-App ein und lassen Sie jeden Tenant nur seine eigenen Daten sehen. Die Burrito-Factory-Demo ist eine kleine Kette, deren Filialen jeweils nur ihre eigenen Verkäufe sehen: ein guter Anfang.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Burrito Factory demo</source>
        <translation>Die Burrito-Factory-Demo öffnen</translation>
    </message>
    <message>
        <source>A demo project with a SQLite database, three dashboards and six tenant profiles; made on first use.</source>
        <translation>Ein Demoprojekt mit einer SQLite-Datenbank, drei Dashboards und sechs Tenant-Profilen; wird beim ersten Öffnen erstellt.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>An empty project with one dashboard.</source>
        <translation>Ein leeres Projekt mit einem Dashboard.</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ein Projekt öffnen…</translation>
    </message>
    <message>
        <source>A .dwproj file.</source>
        <translation>Eine .dwproj-Datei.</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Zuletzt geöffnete Projekte:</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
    <message>
        <source>The documentation was not found beside the program.</source>
        <translation>Die Dokumentation wurde neben dem Programm nicht gefunden.</translation>
    </message>
    <message>
        <source>Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Dokumentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetForm</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Time grain</source>
        <translation>Zeiteinheit</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Or parameter</source>
        <translation>Oder Parameter</translation>
    </message>
    <message>
        <source>#1f77b4, #ff7f0e, … (empty: theme)</source>
        <translation>#1f77b4, #ff7f0e, … (leer: Design)</translation>
    </message>
    <message>
        <source>0,0.00 (empty: automatic)</source>
        <translation>0,0.00 (leer: automatisch)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datenset:</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensionen:</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Messgrößen:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortierung:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Limit:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Zahlenformat:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message numerus="yes">
        <source>%n widgets selected: changes apply to all of them.</source>
        <translation>
            <numerusform>%n Widget ausgewählt: Änderungen gelten für alle.</numerusform>
            <numerusform>%n Widgets ausgewählt: Änderungen gelten für alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>(rows)</source>
        <translation>(Zeilen)</translation>
    </message>
    <message>
        <source>(the value)</source>
        <translation>(der Wert)</translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Messgröße %1</translation>
    </message>
    <message>
        <source>Change widget dataset</source>
        <translation>Datenset des Widgets ändern</translation>
    </message>
    <message>
        <source>Change widget</source>
        <translation>Widget ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change %n widget(s)</source>
        <translation>
            <numerusform>%n Widget ändern</numerusform>
            <numerusform>%n Widgets ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a column to group by</source>
        <translation>Spalte zum Gruppieren hier ablegen</translation>
    </message>
    <message>
        <source>Drop a column to measure</source>
        <translation>Spalte zum Messen hier ablegen</translation>
    </message>
    <message>
        <source>Drop a column to filter on</source>
        <translation>Spalte zum Filtern hier ablegen</translation>
    </message>
    <message>
        <source>Only columns from the data panel can be dropped here.</source>
        <translation>Hier können nur Spalten aus dem Datenbereich abgelegt werden.</translation>
    </message>
    <message>
        <source>Select one widget to add a column to it.</source>
        <translation>Wählen Sie ein einzelnes Widget aus, um ihm eine Spalte hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetView</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No access: %1</source>
        <translation>Kein Zugriff: %1</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Previous rows</source>
        <translation>Vorherige Zeilen</translation>
    </message>
    <message>
        <source>Next rows</source>
        <translation>Nächste Zeilen</translation>
    </message>
    <message>
        <source>Not available to this viewer</source>
        <translation>Für diesen Betrachter nicht verfügbar</translation>
    </message>
    <message>
        <source>%L1+</source>
        <translation>%L1+</translation>
    </message>
    <message>
        <source>%L1–%L2 of %3</source>
        <translation>%L1–%L2 von %3</translation>
    </message>
</context>
<context>
    <name>DenialNotice</name>
    <message>
        <source>This token does not grant “%1”.</source>
        <translation>Dieses Token gewährt „%1“ nicht.</translation>
    </message>
    <message>
        <source>%1&apos;s token does not grant “%2”.</source>
        <translation>Das Token von %1 gewährt „%2“ nicht.</translation>
    </message>
    <message>
        <source>This token shows nothing of “%1”: %2.</source>
        <translation>Dieses Token zeigt nichts von „%1“: %2.</translation>
    </message>
    <message>
        <source>%1&apos;s token shows nothing of “%2”: %3.</source>
        <translation>Das Token von %1 zeigt nichts von „%2“: %3.</translation>
    </message>
    <message>
        <source>It grants no other dashboard of this project.</source>
        <translation>Es gewährt kein anderes Dashboard dieses Projekts.</translation>
    </message>
    <message>
        <source>It grants: %1.</source>
        <translation>Es gewährt: %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A dashboard&apos;s title in a list of titles.</extracomment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>access policy %1 needs the policy value %2, which the token does not carry</source>
        <translation>Zugriffsrichtlinie %1 braucht den Richtlinienwert %2, den das Token nicht enthält</translation>
    </message>
    <message>
        <source>access policy %1 names a column the dataset does not have</source>
        <translation>Zugriffsrichtlinie %1 nennt eine Spalte, die das Datenset nicht hat</translation>
    </message>
    <message>
        <source>access policy %1 has no row rule</source>
        <translation>Zugriffsrichtlinie %1 hat keine Zeilenregel</translation>
    </message>
    <message>
        <source>column %1 of dataset %2 has no index: filters on it scan the table</source>
        <translation>Spalte %1 von Datenset %2 hat keinen Index: Filter darauf durchsuchen die ganze Tabelle</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: not a valid %2 value</source>
        <translation>parameter_overrides.%1: kein gültiger %2-Wert</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: not one of the parameter&apos;s allowed values</source>
        <translation>parameter_overrides.%1: keiner der erlaubten Werte des Parameters</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: this dashboard has no such parameter; ignored here</source>
        <translation>parameter_overrides.%1: dieses Dashboard hat keinen solchen Parameter; hier ignoriert</translation>
    </message>
    <message>
        <source>parameter %1 is required in the token, which does not override it</source>
        <translation>Parameter %1 muss im Token stehen, das ihn nicht überschreibt</translation>
    </message>
    <message>
        <source>no filter %1 on this dashboard</source>
        <translation>kein Filter %1 auf diesem Dashboard</translation>
    </message>
    <message>
        <source>filter %1 is not viewer-editable</source>
        <translation>Filter %1 ist für Betrachter nicht änderbar</translation>
    </message>
    <message>
        <source>filter %1: its dataset or column does not exist</source>
        <translation>Filter %1: sein Datenset oder seine Spalte existiert nicht</translation>
    </message>
    <message>
        <source>a token filter names an unknown column</source>
        <translation>ein Token-Filter nennt eine unbekannte Spalte</translation>
    </message>
    <message>
        <source>an initialization filter on %1.%2 matches no dashboard filter; ignored</source>
        <translation>ein Initialisierungsfilter auf %1.%2 passt zu keinem Dashboard-Filter; ignoriert</translation>
    </message>
    <message>
        <source>the widget&apos;s dataset or account does not exist</source>
        <translation>das Datenset oder Konto des Widgets existiert nicht</translation>
    </message>
    <message>
        <source>the token&apos;s securables do not grant dataset %1</source>
        <translation>die Sicherungsobjekte des Tokens gewähren Datenset %1 nicht</translation>
    </message>
    <message>
        <source>token filter: %1</source>
        <translation>Token-Filter: %1</translation>
    </message>
    <message>
        <source>access policy %1 does not grant column %2</source>
        <translation>Zugriffsrichtlinie %1 gewährt Spalte %2 nicht</translation>
    </message>
    <message>
        <source>cannot plan the widget: %1</source>
        <translation>das Widget kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>the token&apos;s securables do not grant dashboard %1</source>
        <translation>die Sicherungsobjekte des Tokens gewähren Dashboard %1 nicht</translation>
    </message>
    <message>
        <source>the authorization expired at %1</source>
        <translation>die Autorisierung ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>das Token ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>no choices</source>
        <translation>keine Auswahl</translation>
    </message>
    <message>
        <source>the token header has no kid</source>
        <translation>der Token-Header hat keine kid</translation>
    </message>
    <message>
        <source>the token is larger than %1 KiB</source>
        <translation>das Token ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>malformed token: 1 part (a signed token has 3 parts separated by dots, a sealed one 5)</source>
        <translation>fehlerhaftes Token: 1 Teil (ein signiertes Token hat 3 durch Punkte getrennte Teile, ein versiegeltes 5)</translation>
    </message>
    <message>
        <source>malformed token: %1 parts (a signed token has 3 parts separated by dots, a sealed one 5)</source>
        <translation>fehlerhaftes Token: %1 Teile (ein signiertes Token hat 3 durch Punkte getrennte Teile, ein versiegeltes 5)</translation>
    </message>
    <message>
        <source>the sealed token does not hold a signed token</source>
        <translation>das versiegelte Token enthält kein signiertes Token</translation>
    </message>
    <message>
        <source>the claims are not a JSON object</source>
        <translation>die Claims sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>malformed claims: %1</source>
        <translation>fehlerhafte Claims: %1</translation>
    </message>
    <message>
        <source>exp is not a NumericDate</source>
        <translation>exp ist kein NumericDate</translation>
    </message>
    <message>
        <source>the token has no exp</source>
        <translation>das Token hat kein exp</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>nbf is not a NumericDate</source>
        <translation>nbf ist kein NumericDate</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <source>iat is not a NumericDate</source>
        <translation>iat ist kein NumericDate</translation>
    </message>
    <message>
        <source>issued in the future (iat %1)</source>
        <translation>in der Zukunft ausgestellt (iat %1)</translation>
    </message>
    <message>
        <source>the token lives longer than the maximum of %1 hours</source>
        <translation>das Token gilt länger als das Maximum von %1 Stunden</translation>
    </message>
    <message>
        <source>the token has no iss</source>
        <translation>das Token hat kein iss</translation>
    </message>
    <message>
        <source>the token was issued for another project (iss is not &quot;%1&quot;)</source>
        <translation>das Token wurde für ein anderes Projekt ausgestellt (iss ist nicht „%1“)</translation>
    </message>
    <message>
        <source>the token&apos;s %1 is not a string of at most 256 bytes</source>
        <translation>%1 des Tokens ist kein String von höchstens 256 Bytes</translation>
    </message>
    <message>
        <source>the token&apos;s aud does not name &quot;%1&quot;</source>
        <translation>die aud des Tokens nennt „%1“ nicht</translation>
    </message>
</context>
<context>
    <name>FieldWells</name>
    <message>
        <source>The widget no longer exists.</source>
        <translation>Das Widget existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The column no longer exists.</source>
        <translation>Die Spalte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A text widget shows no data: %1 cannot be added to it.</source>
        <translation>Ein Text-Widget zeigt keine Daten: %1 kann ihm nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 is a column of %2, but this widget reads %3. Drop a column of %3, or change the widget&apos;s dataset first.</source>
        <translation>%1 ist eine Spalte von %2, aber dieses Widget liest %3. Legen Sie eine Spalte von %3 ab oder ändern Sie zuerst das Datenset des Widgets.</translation>
    </message>
    <message>
        <source>%1 is already a dimension of this widget.</source>
        <translation>%1 ist bereits eine Dimension dieses Widgets.</translation>
    </message>
    <message>
        <source>Add dimension %1</source>
        <translation>Dimension %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation>Messgröße %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add filter on %1</source>
        <translation>Filter auf %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>MoveWidgets</name>
    <message>
        <source>Resize widgets</source>
        <translation>Größe der Widgets ändern</translation>
    </message>
    <message>
        <source>Resize widget</source>
        <translation>Größe des Widgets ändern</translation>
    </message>
    <message>
        <source>Move widgets</source>
        <translation>Widgets verschieben</translation>
    </message>
    <message>
        <source>Move widget</source>
        <translation>Widget verschieben</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>an embed origin cannot be empty; write scheme://host[:port], e.g. https://app.example.com</source>
        <translation>ein Einbettungs-Ursprung kann nicht leer sein; schreiben Sie schema://host[:port], z. B. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 is not scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 ist nicht schema://host[:port], z. B. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 does not start with https:// or http://; an origin is scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 beginnt nicht mit https:// oder http://; ein Ursprung ist schema://host[:port], z. B. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 has a user name; an origin is scheme://host[:port], nothing before the host</source>
        <translation>%1 hat einen Benutzernamen; ein Ursprung ist schema://host[:port], nichts vor dem Host</translation>
    </message>
    <message>
        <source>%1 has a path; an origin ends after the host or port, without even a trailing /</source>
        <translation>%1 hat einen Pfad; ein Ursprung endet nach dem Host oder Port, auch ohne abschließenden /</translation>
    </message>
    <message>
        <source>%1 has a query (?…); an origin ends after the host or port</source>
        <translation>%1 hat eine Abfrage (?…); ein Ursprung endet nach dem Host oder Port</translation>
    </message>
    <message>
        <source>%1 has a fragment (#…); an origin ends after the host or port</source>
        <translation>%1 hat ein Fragment (#…); ein Ursprung endet nach dem Host oder Port</translation>
    </message>
    <message>
        <source>%1 has no host; an origin is scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 hat keinen Host; ein Ursprung ist schema://host[:port], z. B. https://app.example.com</translation>
    </message>
    <message>
        <source>%1: the host is neither a DNS name (letters, digits, hyphens and dots) nor an IP address</source>
        <translation>%1: der Host ist weder ein DNS-Name (Buchstaben, Ziffern, Bindestriche und Punkte) noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>%1: the port is not between 1 and 65535</source>
        <translation>%1: der Port liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>%1 names the default port, which browsers leave out of the origin: write %2</source>
        <translation>%1 nennt den Standardport, den Browser im Ursprung weglassen: schreiben Sie %2</translation>
    </message>
    <message>
        <source>%1 is not spelled as browsers send it (lower case, no leading zeros, international names in their xn-- form): write %2</source>
        <translation>%1 ist nicht so geschrieben, wie Browser ihn senden (Kleinbuchstaben, keine führenden Nullen, internationale Namen in ihrer xn--Form): schreiben Sie %2</translation>
    </message>
    <message>
        <source> (no browser sends it: it never matches)</source>
        <translation> (kein Browser sendet es: es passt nie)</translation>
    </message>
</context>
<context>
    <name>RenameParameter</name>
    <message>
        <source>Rename parameter</source>
        <translation>Parameter umbenennen</translation>
    </message>
</context>
<context>
    <name>SetProjectSettings</name>
    <message>
        <source>Change project settings</source>
        <translation>Projekteinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>SetTenantClaims</name>
    <message>
        <source>Edit tenant claims</source>
        <translation>Tenant-Claims bearbeiten</translation>
    </message>
</context>
<context>
    <name>SnippetGenerator</name>
    <message>
        <source>the server &quot;%1&quot; is not an http(s) URL like https://dash.example.com</source>
        <translation>der Server „%1“ ist keine http(s)-URL wie https://dash.example.com</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is not a signing key</source>
        <translation>der Schlüssel „%1“ ist kein Signaturschlüssel</translation>
    </message>
    <message>
        <source>System.IdentityModel.Tokens.Jwt does not sign EdDSA: choose an HS256 or ES256 key, or let the back end ask the embed server (--via api)</source>
        <translation>System.IdentityModel.Tokens.Jwt signiert kein EdDSA: wählen Sie einen HS256- oder ES256-Schlüssel, oder lassen Sie das Backend den Embed-Server fragen (--via api)</translation>
    </message>
    <message>
        <source>the %1 snippet cannot seal tokens (its JOSE library has no JWE): let the back end ask the embed server (--via api), which seals them</source>
        <translation>das %1-Snippet kann Tokens nicht versiegeln (seine JOSE-Bibliothek hat kein JWE): lassen Sie das Backend den Embed-Server fragen (--via api), der sie versiegelt</translation>
    </message>
    <message>
        <source>a sealed token needs an A256GCM key</source>
        <translation>ein versiegeltes Token braucht einen A256GCM-Schlüssel</translation>
    </message>
    <message>
        <source>ruby-jwt signs EdDSA only with the rbnacl gem: choose an HS256 or ES256 key, or let the back end ask the embed server (--via api)</source>
        <translation>ruby-jwt signiert EdDSA nur mit dem Gem rbnacl: wählen Sie einen HS256- oder ES256-Schlüssel, oder lassen Sie das Backend den Embed-Server fragen (--via api)</translation>
    </message>
    <message>
        <source>a token lives between 1 second and 86400 seconds</source>
        <translation>ein Token lebt zwischen 1 und 86400 Sekunden</translation>
    </message>
    <message>
        <source>these claims carry credentials, which a snippet never holds: mint that token on the server instead (dashwright token sign --sealed)</source>
        <translation>diese Claims enthalten Zugangsdaten, die ein Snippet nie enthält: erzeugen Sie dieses Token stattdessen auf dem Server (dashwright token sign --sealed)</translation>
    </message>
    <message>
        <source>%1 is an HMAC key: the secret in DASHWRIGHT_SIGNING_KEY also verifies every token of this project, so whoever holds it can mint a token for any tenant. Keep it in your back end&apos;s environment only, never in a page, an app or a repository; an ES256 or EdDSA key keeps the verifying half public.</source>
        <translation>%1 ist ein HMAC-Schlüssel: das Geheimnis in DASHWRIGHT_SIGNING_KEY prüft auch jedes Token dieses Projekts, wer es besitzt, kann also für jeden Mandanten ein Token erzeugen. Bewahren Sie es nur in der Umgebung Ihres Backends auf, nie in einer Seite, einer App oder einem Repository; bei einem ES256- oder EdDSA-Schlüssel bleibt die prüfende Hälfte öffentlich.</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SERVER (optional): the embed server, default %1</source>
        <translation>DASHWRIGHT_SERVER (optional): der Embed-Server, Standard %1</translation>
    </message>
    <message>
        <source>a template: the viewer&apos;s values marked TODO are samples; fill them from your logged-in user</source>
        <translation>eine Vorlage: die mit TODO markierten Werte des Betrachters sind Beispiele; füllen Sie sie aus Ihrem angemeldeten Benutzer</translation>
    </message>
    <message>
        <source>no integrity value: the bundle was not found, so the script tag has no SRI hash (see its comment)</source>
        <translation>kein Integritätswert: das Bundle wurde nicht gefunden, daher hat das Script-Tag keinen SRI-Hash (siehe seinen Kommentar)</translation>
    </message>
    <message>
        <source>no integrity value: dashwright-frame-host.js was not found, so the script tag has no SRI hash (see its comment)</source>
        <translation>kein Integritätswert: dashwright-frame-host.js wurde nicht gefunden, daher hat das Script-Tag keinen SRI-Hash (siehe seinen Kommentar)</translation>
    </message>
    <message>
        <source>the embed server is reached over plain http: tokens, and an API key&apos;s secret, would cross the network unencrypted; use https beyond your own machine</source>
        <translation>der Embed-Server wird über einfaches http erreicht: Tokens und das Geheimnis eines API-Schlüssels gingen unverschlüsselt über das Netz; verwenden Sie https außerhalb Ihres eigenen Rechners</translation>
    </message>
    <message>
        <source>these claims do not open the dashboard &quot;%1&quot; (it is not among their securables): choose a tenant that it is for, or a template</source>
        <translation>diese Claims öffnen das Dashboard „%1“ nicht (es ist nicht unter ihren securables): wählen Sie einen Mandanten, für den es gedacht ist, oder eine Vorlage</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SIGNING_KEY: the private JWK of key %1 (dashwright keys export %2 --kid %1 --jwk --private)</source>
        <translation>DASHWRIGHT_SIGNING_KEY: der private JWK des Schlüssels %1 (dashwright keys export %2 --kid %1 --jwk --private)</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SEALING_KEY: the JWK of key %1 (dashwright keys export %2 --kid %1 --jwk --private)</source>
        <translation>DASHWRIGHT_SEALING_KEY: der JWK des Schlüssels %1 (dashwright keys export %2 --kid %1 --jwk --private)</translation>
    </message>
    <message>
        <source>DASHWRIGHT_API_KEY_ID and DASHWRIGHT_API_KEY_SECRET: an API key (dashwright keys api-key create %1 --name NAME)</source>
        <translation>DASHWRIGHT_API_KEY_ID und DASHWRIGHT_API_KEY_SECRET: ein API-Schlüssel (dashwright keys api-key create %1 --name NAME)</translation>
    </message>
    <message>
        <source>the number %1 in these claims is beyond what JavaScript, Go and Java all keep exactly (±2^53): write it as a string</source>
        <translation>die Zahl %1 in diesen Claims liegt jenseits dessen, was JavaScript, Go und Java alle genau behalten (±2^53): schreiben Sie sie als Zeichenkette</translation>
    </message>
    <message>
        <source>these claims hold metadata or account overrides, which a signed token shows to the page that holds it: seal the tokens if they are not for the viewer&apos;s eyes</source>
        <translation>diese Claims enthalten Metadaten oder Kontoüberschreibungen, die ein signiertes Token der Seite zeigt, die es hält: versiegeln Sie die Tokens, wenn sie nicht für die Augen des Betrachters sind</translation>
    </message>
</context>
<context>
    <name>WidgetClipboard</name>
    <message>
        <source>not copied Dashwright widgets</source>
        <translation>keine kopierten Dashwright-Widgets</translation>
    </message>
    <message>
        <source>the widgets were copied by another version of Dashwright</source>
        <translation>die Widgets wurden von einer anderen Dashwright-Version kopiert</translation>
    </message>
    <message>
        <source>no widgets to paste</source>
        <translation>keine Widgets zum Einfügen</translation>
    </message>
    <message>
        <source>no such dashboard</source>
        <translation>Dashboard nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) left out: their dataset is not in this project</source>
        <translation>
            <numerusform>%n Widget ausgelassen: sein Datenset ist nicht in diesem Projekt</numerusform>
            <numerusform>%n Widgets ausgelassen: ihr Datenset ist nicht in diesem Projekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste widgets</source>
        <translation>Widgets einfügen</translation>
    </message>
    <message>
        <source>Paste widget</source>
        <translation>Widget einfügen</translation>
    </message>
</context>
<context>
    <name>WidgetProposal</name>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Count by month of %1</source>
        <translation>Anzahl pro Monat (%1)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>%1 gesamt</translation>
    </message>
    <message>
        <source>Count by %1</source>
        <translation>Anzahl nach %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Write here.</source>
        <translation>Hier schreiben.</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>Anzahl von %1</translation>
    </message>
    <message>
        <source>Distinct count of %1</source>
        <translation>Anzahl eindeutiger %1</translation>
    </message>
    <message>
        <source>Average of %1</source>
        <translation>Durchschnitt von %1</translation>
    </message>
    <message>
        <source>Minimum of %1</source>
        <translation>Minimum von %1</translation>
    </message>
    <message>
        <source>Maximum of %1</source>
        <translation>Maximum von %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>could not write the screenshot</source>
        <translation>das Bildschirmfoto konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Design dashboards for multi-tenant embedded analytics.</source>
        <translation>Dashboards für mandantenfähige eingebettete Analysen entwerfen.</translation>
    </message>
    <message>
        <source>The .dwproj file to open.</source>
        <translation>Die zu öffnende .dwproj-Datei.</translation>
    </message>
    <message>
        <source>Create the window, load PROJECT if given, and exit (0: it worked).</source>
        <translation>Das Fenster erzeugen, PROJEKT laden, falls angegeben, und beenden (0: es hat funktioniert).</translation>
    </message>
    <message>
        <source>With --self-test: save the window as an image.</source>
        <translation>Mit --self-test: das Fenster als Bild speichern.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>usage: at most one project</source>
        <translation>Aufruf: höchstens ein Projekt</translation>
    </message>
    <message>
        <source>no tenant profile &quot;%1&quot;</source>
        <translation>kein Tenant-Profil „%1“</translation>
    </message>
    <message>
        <source>Preview PROJECT as this tenant profile.</source>
        <translation>PROJECT in der Vorschau als dieses Tenant-Profil anzeigen.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Tenant</translation>
    </message>
</context>
</TS>
