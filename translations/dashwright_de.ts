<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddAccount</name>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDashboard</name>
    <message>
        <source>Add dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDataset</name>
    <message>
        <source>Add dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddParameter</name>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTenant</name>
    <message>
        <source>Add tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddWidget</name>
    <message>
        <source>Add widget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeParameterDefault</name>
    <message>
        <source>no such parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parameter default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>%1: unknown image format; use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished">Dashboard</translation>
    </message>
    <message>
        <source>%1: the %2 file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the widget has no data to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::AccessInspector</name>
    <message>
        <source>Parameter override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial filter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <source>The same description as dashwright query --explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one widget to see how it is resolved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query (a text widget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burrito.sqlite, relative to the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are kept in the project&apos;s keystore, never in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL account needs a host and a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plugin account needs an http(s) base URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountForm</name>
    <message>
        <source>Edit connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in the keystore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s default account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountOverridesSection</name>
    <message>
        <source>Account overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative to the project file, e.g. tenant.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles hold no passwords: they are saved in the project file. A connection sent elsewhere takes no password from the keystore; a token brings its own, sealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::CanvasDataController</name>
    <message>
        <source>The query was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardCanvas</name>
    <message>
        <source>Add a %1 to the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Widget &amp;Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dashboard to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The widget has no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Widget Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardSelector</name>
    <message>
        <source>New &amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n widget(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DataPanel</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) use this account; remove them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This dataset is still used by %1, %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s)</source>
        <translation type="unfinished">
            <numerusform>%n Widget</numerusform>
            <numerusform>%n Widgets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard filter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access policy(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::DataSourceModel</name>
    <message>
        <source>Column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation type="unfinished">SQL-Abfrage</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
</context>
<context>
    <name>Dashwright::DatasetDialog</name>
    <message>
        <source>New dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL query (one read-only SELECT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dataset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) and view(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table or view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the query first, so that its columns are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::DatasetForm</name>
    <message>
        <source>Edit source and columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dataset account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::IdentitySection</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suborganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never; or e.g. 2026-12-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivity interval:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste &amp;Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Design View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective &amp;Access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Dashwright Designer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s) to fix</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Unsaved Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashwright Designer did not close normally while %1 had unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy saved automatically at %1 can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic copy could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save to keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Dashwright Designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; or JSON for a broker plugin, e.g. {&quot;region&quot;: &quot;West&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON, not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::NumberFormatter</name>
    <message>
        <source>M</source>
        <extracomment>Abbreviation of million after an axis tick&apos;s number, as in &quot;12M&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <extracomment>Abbreviation of thousand after an axis tick&apos;s number, as in &quot;250k&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterEdits</name>
    <message>
        <source>Parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter name is a letter or _ followed by letters, digits or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard already has a parameter named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parameter label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of this parameter&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowed values must include the default, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change allowed values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterForm</name>
    <message>
        <source>any value; or a, b, c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens override a parameter by its name; filters refer to it to take its value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterModel</name>
    <message>
        <source>Tokens override this parameter as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterOverridesSection</name>
    <message>
        <source>Parameter overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dashboard has parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the parameter&apos;s default, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ParametersPanel</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken by %n filter(s); change them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::PasteTokenDialog</name>
    <message>
        <source>Preview a Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token (three or five parts separated by dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is verified against this project&apos;s keys, as the embed server verifies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pasted token, key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid %1 token for %2, signed with key %3, expires %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1. Nothing is previewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::PolicyValuesSection</name>
    <message>
        <source>Policy values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s access policies use no ${{ name }} values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (denied); a list: a, b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::PreviewBanner</name>
    <message>
        <source>Back to Design View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::PreviewSelector</name>
    <message>
        <source>Preview the dashboard as a tenant would see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemLocation</name>
    <message>
        <source>Account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard “%1” › widget “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard “%1” › parameter “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard “%1” › filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemModel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectKeystore</name>
    <message>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore %1 stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keystore holds no secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no keystore until it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a widget on the canvas, or a parameter, dataset or account, to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::QueryStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the queries that are running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last query: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n query(ies)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::SecurablesSection</name>
    <message>
        <source>Securables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dashboard grants the datasets its widgets read; checking datasets too limits the profile to those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantModel</name>
    <message>
        <source>Tenant profile %1
id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tenant profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantPreview</name>
    <message>
        <source>Default — no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantsPanel</name>
    <message>
        <source>Tenant profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::TokenFiltersSection</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished">Datenset</translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>having</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global filters restrict every widget on the dataset; initialization filters set the first value of the dashboard&apos;s own filter on the column. Having applies after grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from, to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin (HTTP broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches (like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetForm</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#1f77b4, #ff7f0e, … (empty: theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0,0.00 (empty: automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n widgets selected: changes apply to all of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change widget dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n widget(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveWidgets</name>
    <message>
        <source>Resize widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move widget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveAccount</name>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDashboard</name>
    <message>
        <source>Remove dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDataset</name>
    <message>
        <source>Remove dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveParameter</name>
    <message>
        <source>Remove parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveTenant</name>
    <message>
        <source>Remove tenant profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveWidget</name>
    <message>
        <source>Remove widget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameParameter</name>
    <message>
        <source>Rename parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetTenantClaims</name>
    <message>
        <source>Edit tenant claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WidgetClipboard</name>
    <message>
        <source>not copied Dashwright widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the widgets were copied by another version of Dashwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no widgets to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) left out: their dataset is not in this project</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste widget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WidgetProposal</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count by month of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Dashwright Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo project? The Burrito Factory is a small chain whose shops each see only their own sales: a good place to start.

It goes in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview PROJECT as this tenant profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
