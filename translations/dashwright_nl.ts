<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ChangeParameterDefault</name>
    <message>
        <source>no such parameter</source>
        <translation>parameter bestaat niet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value</source>
        <translation>“%1” is geen geldige %2-waarde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation>“%1” is geen van de toegestane waarden</translation>
    </message>
    <message>
        <source>Change parameter default</source>
        <translation>Standaardwaarde van parameter wijzigen</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>(none)</source>
        <translation>(geen waarde)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>A KPI shows its first measure only; a table shows them all.</source>
        <translation>Een KPI toont alleen zijn eerste meetwaarde; een tabel toont ze allemaal.</translation>
    </message>
    <message>
        <source>A pie shows its first measure only; a bar chart or a table shows them all.</source>
        <translation>Een cirkeldiagram toont alleen zijn eerste meetwaarde; een staafdiagram of een tabel toont ze allemaal.</translation>
    </message>
    <message>
        <source>With two dimensions the second one makes the series, and the chart draws its first measure only; a table shows them all.</source>
        <translation>Met twee dimensies vormt de tweede de reeksen en tekent de grafiek alleen zijn eerste meetwaarde; een tabel toont ze allemaal.</translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>%1: unknown image format; use .png, .svg or .pdf</source>
        <translation>%1: onbekende afbeeldingsindeling; gebruik .png, .svg of .pdf</translation>
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
        <translation>%1: het %2-bestand kon niet worden geschreven</translation>
    </message>
    <message>
        <source>%1: the widget has no data to export</source>
        <translation>%1: de widget heeft geen gegevens om te exporteren</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccessInspector</name>
    <message>
        <source>Parameter override</source>
        <translation>Parameteroverschrijving</translation>
    </message>
    <message>
        <source>Parameter default</source>
        <translation>Standaardwaarde van parameter</translation>
    </message>
    <message>
        <source>Token filter</source>
        <translation>Tokenfilter</translation>
    </message>
    <message>
        <source>Initial filter value</source>
        <translation>Beginwaarde van filter</translation>
    </message>
    <message>
        <source>Account override</source>
        <translation>Accountoverschrijving</translation>
    </message>
    <message>
        <source>Access policy</source>
        <translation>Toegangsbeleid</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metagegevens</translation>
    </message>
    <message>
        <source>Effective Access</source>
        <translation>Effectieve toegang</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>SQL kopiëren</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Kopiëren als JSON</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The same description as dashwright query --explain</source>
        <translation>Dezelfde beschrijving als dashwright query --explain</translation>
    </message>
    <message>
        <source>Select one widget to see how it is resolved as %1.</source>
        <translation>Selecteer één widget om te zien hoe deze als %1 wordt opgelost.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; als %2</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Bezig met oplossen…</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>Queries account %1 (%2)</source>
        <translation>Bevraagt account %1 (%2)</translation>
    </message>
    <message>
        <source>No query (a text widget).</source>
        <translation>Geen query (een tekstwidget).</translation>
    </message>
    <message>
        <source>Bound value %1</source>
        <translation>Gebonden waarde %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Viewer&apos;s filter value</source>
        <translation>Filterwaarde van de kijker</translation>
    </message>
    <message>
        <source>Parameter value (design view)</source>
        <translation>Parameterwaarde (ontwerpweergave)</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>burrito.sqlite, relative to the project file</source>
        <translation>burrito.sqlite, relatief ten opzichte van het projectbestand</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Databasebestand:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>API-geheim:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Passwords are kept in the project&apos;s keystore, never in the project file.</source>
        <translation>Wachtwoorden worden in het sleutelbestand van het project bewaard, nooit in het projectbestand.</translation>
    </message>
    <message>
        <source>The project&apos;s default account</source>
        <translation>Het standaardaccount van het project</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>Account “%1” bewerken</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ongewijzigd)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-databases (*.sqlite *.sqlite3 *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbinding mislukt: %1</translation>
    </message>
    <message>
        <source>Connected: SQLite %1</source>
        <translation>Verbonden: SQLite %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbonden: %1</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geef het account een naam.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Kies het SQLite-databasebestand.</translation>
    </message>
    <message>
        <source>A PostgreSQL account needs a host and a database.</source>
        <translation>Een PostgreSQL-account heeft een host en een database nodig.</translation>
    </message>
    <message>
        <source>A plugin account needs an http(s) base URL.</source>
        <translation>Een plug-in-account heeft een http(s)-basis-URL nodig.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the plugin offers %n dataset(s)</source>
        <translation>
            <numerusform>Verbonden: de plug-in biedt %n dataset</numerusform>
            <numerusform>Verbonden: de plug-in biedt %n datasets</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>How long the server lets one statement run before it stops it; a widget whose query takes longer shows an error.</source>
        <translation>Hoe lang de server één instructie laat lopen voordat hij die stopt; een widget waarvan de query langer duurt, toont een fout.</translation>
    </message>
    <message>
        <source>Statement timeout:</source>
        <translation>Tijdslimiet voor instructies:</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountForm</name>
    <message>
        <source>Edit connection…</source>
        <translation>Verbinding bewerken…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbinding:</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Account hernoemen</translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3/%4</source>
        <translation>PostgreSQL %1@%2:%3/%4</translation>
    </message>
    <message>
        <source>Password in the keystore.</source>
        <translation>Wachtwoord in het sleutelbestand.</translation>
    </message>
    <message>
        <source>The project&apos;s default account.</source>
        <translation>Het standaardaccount van het project.</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountOverridesSection</name>
    <message>
        <source>Account overrides</source>
        <translation>Accountoverschrijvingen</translation>
    </message>
    <message>
        <source>Override “%1”</source>
        <translation>“%1” overschrijven</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Databasebestand:</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. tenant.sqlite</source>
        <translation>relatief ten opzichte van het projectbestand, bijv. tenant.sqlite</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>not overridden</source>
        <translation>niet overschreven</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Profiles hold no passwords: they are saved in the project file. A connection sent elsewhere takes no password from the keystore; a token brings its own, sealed.</source>
        <translation>Profielen bevatten geen wachtwoorden: ze worden in het projectbestand opgeslagen. Een omgeleide verbinding neemt geen wachtwoord uit het sleutelbestand over; een token brengt zijn eigen wachtwoord versleuteld mee.</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddAccount</name>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddDashboard</name>
    <message>
        <source>Add dashboard</source>
        <translation>Dashboard toevoegen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddDataset</name>
    <message>
        <source>Add dataset</source>
        <translation>Dataset toevoegen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddParameter</name>
    <message>
        <source>Add parameter</source>
        <translation>Parameter toevoegen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddTenant</name>
    <message>
        <source>Add tenant profile</source>
        <translation>Tenantprofiel toevoegen</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddWidget</name>
    <message>
        <source>Add widget</source>
        <translation>Widget toevoegen</translation>
    </message>
</context>
<context>
    <name>Dashwright::CanvasDataController</name>
    <message>
        <source>The query was cancelled.</source>
        <translation>De query is geannuleerd.</translation>
    </message>
    <message>
        <source>no choices</source>
        <translation>geen keuzes</translation>
    </message>
</context>
<context>
    <name>Dashwright::CompareDialog</name>
    <message>
        <source>Compare Tenants</source>
        <translation>Tenants vergelijken</translation>
    </message>
    <message>
        <source>Dashboard:</source>
        <translation>Dashboard:</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Omwisselen</translation>
    </message>
    <message>
        <source>Swap tenant A and tenant B</source>
        <translation>Tenant A en tenant B omwisselen</translation>
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
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Standaard — geen token</translation>
    </message>
    <message>
        <source>The project has no dashboard to compare.</source>
        <translation>Het project heeft geen dashboard om te vergelijken.</translation>
    </message>
    <message>
        <source>Running both sides…</source>
        <translation>Beide kanten worden uitgevoerd…</translation>
    </message>
    <message>
        <source>%1&apos;s claims do not resolve: %2</source>
        <translation>De claims van %1 kunnen niet worden opgelost: %2</translation>
    </message>
    <message>
        <source>A · Viewing as %1 · %2</source>
        <translation>A · Bekeken als %1 · %2</translation>
    </message>
    <message>
        <source>B · Viewing as %1 · %2</source>
        <translation>B · Bekeken als %1 · %2</translation>
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
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>same</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>same — a tenant-scoped widget shows both tenants the same rows</source>
        <translation>gelijk — een tenantspecifieke widget toont beide tenants dezelfde rijen</translation>
    </message>
    <message>
        <source>different: %1 only in A, %2 only in B</source>
        <translation>verschillend: %1 alleen in A, %2 alleen in B</translation>
    </message>
    <message>
        <source>(other columns)</source>
        <translation>(andere kolommen)</translation>
    </message>
    <message>
        <source>denied for A (%1)</source>
        <translation>geweigerd voor A (%1)</translation>
    </message>
    <message>
        <source>denied for B (%1)</source>
        <translation>geweigerd voor B (%1)</translation>
    </message>
    <message>
        <source>denied for both</source>
        <translation>geweigerd voor beide</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <source>no data (text)</source>
        <translation>geen gegevens (tekst)</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>alleen in A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>alleen in B</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s):</source>
        <translation>
            <numerusform>%n widget:</numerusform>
            <numerusform>%n widgets:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n same</source>
        <translation>
            <numerusform>%n gelijk</numerusform>
            <numerusform>%n gelijk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different</source>
        <translation>
            <numerusform>%n verschillend</numerusform>
            <numerusform>%n verschillend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n overig</numerusform>
            <numerusform>%n overig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant-scoped widget(s) show these two tenants the same rows.</source>
        <translation>
            <numerusform>%n tenantspecifieke widget toont deze twee tenants dezelfde rijen.</numerusform>
            <numerusform>%n tenantspecifieke widgets tonen deze twee tenants dezelfde rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Paste token…</source>
        <translation>Token plakken…</translation>
    </message>
    <message>
        <source>denied: the whole dashboard</source>
        <translation>geweigerd: het hele dashboard</translation>
    </message>
    <message>
        <source>denied for A</source>
        <translation>geweigerd voor A</translation>
    </message>
    <message>
        <source>denied for B</source>
        <translation>geweigerd voor B</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardCanvas</name>
    <message>
        <source>Add a %1 to the dashboard</source>
        <translation>%1 aan het dashboard toevoegen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;Refresh Data</source>
        <translation>Gegevens &amp;vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Stop Queries</source>
        <translation>Query’s &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Export Dashboard…</source>
        <translation>Dashboard &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export Widget &amp;Data as CSV…</source>
        <translation>Widget&amp;gegevens exporteren als CSV…</translation>
    </message>
    <message>
        <source>Cut widgets</source>
        <translation>Widgets knippen</translation>
    </message>
    <message>
        <source>Cut widget</source>
        <translation>Widget knippen</translation>
    </message>
    <message>
        <source>Delete widgets</source>
        <translation>Widgets verwijderen</translation>
    </message>
    <message>
        <source>Delete widget</source>
        <translation>Widget verwijderen</translation>
    </message>
    <message>
        <source>No dashboard to export</source>
        <translation>Geen dashboard om te exporteren</translation>
    </message>
    <message>
        <source>The widget has no data yet</source>
        <translation>De widget heeft nog geen gegevens</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Dashboard exporteren</translation>
    </message>
    <message>
        <source>Export Widget Data</source>
        <translation>Widgetgegevens exporteren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>These claims show nothing of “%1”: %2.</source>
        <translation>Deze claims tonen niets van ‘%1’: %2.</translation>
    </message>
    <message>
        <source>Previewed as %1</source>
        <translation>Voorbeeld als %1</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Standaard — geen token</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>dashboard</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>Some widgets have not loaded for this viewer yet: export when they have</source>
        <translation>Sommige widgets zijn nog niet geladen voor deze kijker: exporteer zodra ze geladen zijn</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardFilterEdits</name>
    <message>
        <source>No such dashboard.</source>
        <translation>Dashboard bestaat niet.</translation>
    </message>
    <message>
        <source>No such filter.</source>
        <translation>Filter bestaat niet.</translation>
    </message>
    <message>
        <source>Add a dataset with columns first.</source>
        <translation>Voeg eerst een dataset met kolommen toe.</translation>
    </message>
    <message>
        <source>Add dashboard filter</source>
        <translation>Dashboardfilter toevoegen</translation>
    </message>
    <message>
        <source>Remove dashboard filter</source>
        <translation>Dashboardfilter verwijderen</translation>
    </message>
    <message>
        <source>Change filter label</source>
        <translation>Filterlabel wijzigen</translation>
    </message>
    <message>
        <source>The dataset has no columns.</source>
        <translation>De dataset heeft geen kolommen.</translation>
    </message>
    <message>
        <source>Change filter dataset</source>
        <translation>Dataset van filter wijzigen</translation>
    </message>
    <message>
        <source>No such column in the filter&apos;s dataset.</source>
        <translation>Deze kolom bestaat niet in de dataset van het filter.</translation>
    </message>
    <message>
        <source>Change filter column</source>
        <translation>Kolom van filter wijzigen</translation>
    </message>
    <message>
        <source>Change filter expression</source>
        <translation>Expressie van filter wijzigen</translation>
    </message>
    <message>
        <source>The filter&apos;s column does not exist.</source>
        <translation>De kolom van het filter bestaat niet.</translation>
    </message>
    <message>
        <source>This expression takes no value.</source>
        <translation>Deze expressie neemt geen waarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the column&apos;s type.</source>
        <translation>‘%1’ is geen waarde van het type van de kolom.</translation>
    </message>
    <message>
        <source>&quot;? between ?&quot; takes two values: low, high.</source>
        <translation>‘? between ?’ neemt twee waarden: laag, hoog.</translation>
    </message>
    <message>
        <source>Change filter value</source>
        <translation>Filterwaarde wijzigen</translation>
    </message>
    <message>
        <source>No such parameter.</source>
        <translation>Parameter bestaat niet.</translation>
    </message>
    <message>
        <source>Only a one-value expression can follow a parameter.</source>
        <translation>Alleen een expressie met één waarde kan een parameter volgen.</translation>
    </message>
    <message>
        <source>Change filter parameter</source>
        <translation>Parameter van filter wijzigen</translation>
    </message>
    <message>
        <source>A filter that follows a parameter cannot be changed by the viewer: the parameter may carry the tenant&apos;s scope.</source>
        <translation>Een filter dat een parameter volgt, kan de kijker niet wijzigen: de parameter kan het bereik van de tenant bepalen.</translation>
    </message>
    <message>
        <source>Let the viewer change a filter</source>
        <translation>Kijker een filter laten wijzigen</translation>
    </message>
    <message>
        <source>Keep a filter from the viewer</source>
        <translation>Filter niet door de kijker laten wijzigen</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardForm</name>
    <message>
        <source>Add Filter</source>
        <translation>Filter toevoegen</translation>
    </message>
    <message>
        <source>Remove Filter</source>
        <translation>Filter verwijderen</translation>
    </message>
    <message>
        <source>unset: every row; a, b for a list</source>
        <translation>leeg: alle rijen; a, b voor een lijst</translation>
    </message>
    <message>
        <source>Viewer can change</source>
        <translation>Kijker kan wijzigen</translation>
    </message>
    <message>
        <source>An embedded dashboard offers this filter to the viewer, who may change its value. The choices are computed under the viewer&apos;s own access: token filters and access policies still apply.</source>
        <translation>Een ingesloten dashboard biedt dit filter aan de kijker, die de waarde kan wijzigen. De keuzes worden berekend met de eigen toegang van de kijker: tokenfilters en toegangsbeleid blijven gelden.</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Kolom:</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>Expressie:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>A dashboard filter narrows every widget on its dataset. Select a widget on the canvas to see its own properties.</source>
        <translation>Een dashboardfilter beperkt elke widget op zijn dataset. Selecteer een widget op het canvas om de eigen eigenschappen te zien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — dashboard filters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — dashboardfilters</translation>
    </message>
    <message>
        <source>%1 (viewer can change)</source>
        <translation>%1 (kijker kan wijzigen)</translation>
    </message>
    <message>
        <source>None — the value above</source>
        <translation>Geen — de waarde hierboven</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardSelector</name>
    <message>
        <source>New &amp;Dashboard</source>
        <translation>Nieuw &amp;dashboard</translation>
    </message>
    <message>
        <source>&amp;Rename Dashboard…</source>
        <translation>Dashboard &amp;hernoemen…</translation>
    </message>
    <message>
        <source>De&amp;lete Dashboard</source>
        <translation>Dashboard ver&amp;wijderen</translation>
    </message>
    <message>
        <source>The dashboard on the canvas</source>
        <translation>Het dashboard op het canvas</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>Rename dashboard</source>
        <translation>Dashboard hernoemen</translation>
    </message>
    <message>
        <source>Rename Dashboard</source>
        <translation>Dashboard hernoemen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Delete Dashboard</source>
        <translation>Dashboard verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n widget(s)? You can undo this.</source>
        <translation>
            <numerusform>“%1” met %n widget verwijderen? U kunt dit ongedaan maken.</numerusform>
            <numerusform>“%1” met %n widgets verwijderen? U kunt dit ongedaan maken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DataPanel</name>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) use this account; remove them first.</source>
        <translation>
            <numerusform>%n dataset gebruikt dit account; verwijder die eerst.</numerusform>
            <numerusform>%n datasets gebruiken dit account; verwijder die eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>This dataset is still used by %1, %2 and %3.</source>
        <translation>Deze dataset wordt nog gebruikt door %1, %2 en %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s)</source>
        <translation>
            <numerusform>%n widget</numerusform>
            <numerusform>%n widgets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard filter(s)</source>
        <translation>
            <numerusform>%n dashboardfilter</numerusform>
            <numerusform>%n dashboardfilters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access policy(ies)</source>
        <translation>
            <numerusform>%n toegangsbeleid</numerusform>
            <numerusform>%n toegangsbeleidsregels</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Account…</translation>
    </message>
    <message>
        <source>Dataset…</source>
        <translation>Dataset…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add an account or a dataset</source>
        <translation>Een account of dataset toevoegen</translation>
    </message>
</context>
<context>
    <name>Dashwright::DataSourceModel</name>
    <message>
        <source>Column %1 (%2)</source>
        <translation>Kolom %1 (%2)</translation>
    </message>
    <message>
        <source>%1, default</source>
        <translation>%1, standaard</translation>
    </message>
    <message>
        <source>SQLite database %1</source>
        <translation>SQLite-database %1</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>PostgreSQL-database %1 op %2:%3</translation>
    </message>
    <message>
        <source>Plugin at %1</source>
        <translation>Plug-in op %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabel %1</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL-query</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Account hernoemen</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Dataset hernoemen</translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation>Kolommen bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Dashwright::DatasetDialog</name>
    <message>
        <source>New dataset</source>
        <translation>Nieuwe dataset</translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation>Tabel of weergave</translation>
    </message>
    <message>
        <source>SQL query (one read-only SELECT)</source>
        <translation>SQL-query (één alleen-lezen SELECT)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Eerste rijen</translation>
    </message>
    <message>
        <source>Edit dataset “%1”</source>
        <translation>Dataset “%1” bewerken</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Kies eerst een account.</translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation>Tabellen lezen…</translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation>%1 (weergave)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) and view(s).</source>
        <translation>
            <numerusform>%n tabel of weergave.</numerusform>
            <numerusform>%n tabellen en weergaven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <source>Choose a table or view.</source>
        <translation>Kies een tabel of weergave.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s).</source>
        <translation>
            <numerusform>De eerste %n rij.</numerusform>
            <numerusform>De eerste %n rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Geef de dataset een naam.</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>Kies een account.</translation>
    </message>
    <message>
        <source>Preview the query first, so that its columns are known.</source>
        <translation>Bekijk eerst een voorbeeld van de query, zodat de kolommen bekend zijn.</translation>
    </message>
    <message>
        <source>The dataset has no columns.</source>
        <translation>De dataset heeft geen kolommen.</translation>
    </message>
    <message>
        <source>Dataset of the plugin</source>
        <translation>Dataset van de plug-in</translation>
    </message>
    <message numerus="yes">
        <source>The plugin offers %n dataset(s).</source>
        <translation>
            <numerusform>De plug-in biedt %n dataset.</numerusform>
            <numerusform>De plug-in biedt %n datasets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DatasetForm</name>
    <message>
        <source>Edit source and columns…</source>
        <translation>Bron en kolommen bewerken…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Leest:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Dataset hernoemen</translation>
    </message>
    <message>
        <source>Change dataset account</source>
        <translation>Account van dataset wijzigen</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabel %1</translation>
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
        <translation>HTML-pagina (webcomponent)</translation>
    </message>
    <message>
        <source>Embed Snippet</source>
        <translation>Insluitcode</translation>
    </message>
    <message>
        <source>Sign with a key</source>
        <translation>Ondertekenen met een sleutel</translation>
    </message>
    <message>
        <source>Ask the embed server with an API key</source>
        <translation>De insluitserver vragen met een API-sleutel</translation>
    </message>
    <message>
        <source>Signing: the back end holds a signing key and signs each token itself. Asking: it holds only an API key and gets each token from the embed server&apos;s POST /api/v1/authorizations.</source>
        <translation>Ondertekenen: de back-end heeft een ondertekeningssleutel en ondertekent elk token zelf. Vragen: hij heeft alleen een API-sleutel en haalt elk token op met POST /api/v1/authorizations van de insluitserver.</translation>
    </message>
    <message>
        <source>Open Keystore</source>
        <translation>Sleutelopslag openen</translation>
    </message>
    <message>
        <source>Template (no tenant)</source>
        <translation>Sjabloon (geen tenant)</translation>
    </message>
    <message>
        <source>A template has sample values for the viewer, marked TODO; a tenant profile&apos;s claims show what its viewers&apos; tokens carry.</source>
        <translation>Een sjabloon heeft voorbeeldwaarden voor de kijker, gemarkeerd met TODO; de claims van een tenantprofiel tonen wat de tokens van zijn kijkers bevatten.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Short: the page asks for a new token before this one runs out.</source>
        <translation>Kort: de pagina vraagt om een nieuw token voordat dit verloopt.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Ondertekenings&amp;sleutel:</translation>
    </message>
    <message>
        <source>Embed &amp;server:</source>
        <translation>Insluitser&amp;ver:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>&amp;Levensduur van het token:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Newest active key</source>
        <translation>Nieuwste actieve sleutel</translation>
    </message>
    <message>
        <source>Newest active key (%1)</source>
        <translation>Nieuwste actieve sleutel (%1)</translation>
    </message>
    <message>
        <source>The tenant profile cannot be used: %1</source>
        <translation>Het tenantprofiel kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <source>No key to sign with: %1 (dashwright keys create PROJECT --alg ES256).</source>
        <translation>Geen sleutel om mee te ondertekenen: %1 (dashwright keys create PROJECT --alg ES256).</translation>
    </message>
    <message>
        <source>The keystore is not open: %1 Open it to sign with one of its keys, or let the back end ask the embed server with an API key.</source>
        <translation>De sleutelopslag is niet geopend: %1 Open hem om met een van zijn sleutels te ondertekenen, of laat de back-end de insluitserver vragen met een API-sleutel.</translation>
    </message>
    <message>
        <source>No key to seal with: %1 (dashwright keys create PROJECT --alg A256GCM).</source>
        <translation>Geen sleutel om mee te verzegelen: %1 (dashwright keys create PROJECT --alg A256GCM).</translation>
    </message>
    <message>
        <source>Open a dashboard to embed it.</source>
        <translation>Open een dashboard om het in te sluiten.</translation>
    </message>
    <message>
        <source>This snippet cannot be made: %1</source>
        <translation>Deze code kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Omgeving:</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Uitvoeren: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Code opslaan</translation>
    </message>
    <message>
        <source>Snippet Not Saved</source>
        <translation>Code niet opgeslagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The token is encrypted with the keystore&apos;s A256GCM key: the page cannot read its claims.</source>
        <translation>Het token wordt versleuteld met de A256GCM-sleutel van de sleutelopslag: de pagina kan zijn claims niet lezen.</translation>
    </message>
    <message>
        <source>Seale&amp;d tokens</source>
        <translation>Ver&amp;zegelde tokens</translation>
    </message>
    <message>
        <source>How the back end &amp;gets tokens:</source>
        <translation>Hoe de back-end tokens kri&amp;jgt:</translation>
    </message>
</context>
<context>
    <name>Dashwright::FilterBar</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>waar</translation>
    </message>
    <message>
        <source>false</source>
        <translation>onwaar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Return every filter and parameter here to its default value</source>
        <translation>Elk filter en elke parameter hier terugzetten naar de standaardwaarde</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>What this tenant&apos;s viewer can pick in the embedded dashboard, with the choices the tenant is offered. Your picks are this session&apos;s only: they are not saved in the project.</source>
        <translation>Wat de kijker van deze tenant in het ingesloten dashboard kan kiezen, met de keuzes die de tenant krijgt. Uw keuzes gelden alleen voor deze sessie: ze worden niet in het project opgeslagen.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s viewer-editable filters, as a viewer of the embedded dashboard picks them. Your picks are this session&apos;s only: they are not saved in the project.</source>
        <translation>De door de kijker te wijzigen filters van het dashboard, zoals een kijker van het ingesloten dashboard ze kiest. Uw keuzes gelden alleen voor deze sessie: ze worden niet in het project opgeslagen.</translation>
    </message>
    <message>
        <source>Parameters (token)</source>
        <translation>Parameters (token)</translation>
    </message>
    <message>
        <source>Parameters (design view)</source>
        <translation>Parameters (ontwerpweergave)</translation>
    </message>
    <message>
        <source>In a tenant preview the token&apos;s overrides set the parameters, else their defaults.</source>
        <translation>In een tenantvoorbeeld bepalen de overschrijvingen van het token de parameters, anders hun standaardwaarden.</translation>
    </message>
    <message>
        <source>The values the design view uses instead of the defaults, for this session only: not saved in the project, and never used for a tenant.</source>
        <translation>De waarden die de ontwerpweergave gebruikt in plaats van de standaardwaarden, alleen voor deze sessie: niet in het project opgeslagen en nooit voor een tenant gebruikt.</translation>
    </message>
    <message>
        <source>Choices: the values of the column this viewer may read. Not saved in the project; Reset returns to the filter&apos;s initial value.</source>
        <translation>Keuzes: de waarden van de kolom die deze kijker mag lezen. Niet in het project opgeslagen; Herstellen keert terug naar de beginwaarde van het filter.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reading the choices…</source>
        <translation>Keuzes worden gelezen…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Not a valid %1 value</source>
        <translation>Geen geldige %1-waarde</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>The token sets this value (parameter_overrides): a tenant preview shows what the tenant gets, so it cannot be changed here.</source>
        <translation>Het token bepaalt deze waarde (parameter_overrides): een tenantvoorbeeld toont wat de tenant krijgt, dus die kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The token does not override this parameter: its default applies. A tenant preview never uses the design view&apos;s value.</source>
        <translation>Het token overschrijft deze parameter niet: de standaardwaarde geldt. Een tenantvoorbeeld gebruikt nooit de waarde van de ontwerpweergave.</translation>
    </message>
    <message>
        <source>The design view&apos;s value for this session, instead of the default (%1). Not saved in the project; tokens never use it.</source>
        <translation>De waarde van de ontwerpweergave voor deze sessie, in plaats van de standaardwaarde (%1). Niet in het project opgeslagen; tokens gebruiken haar nooit.</translation>
    </message>
    <message>
        <source>The parameter&apos;s default. Change it to see the dashboard with another value; it is not saved in the project, and tokens never use it.</source>
        <translation>De standaardwaarde van de parameter. Wijzig haar om het dashboard met een andere waarde te zien; ze wordt niet in het project opgeslagen en tokens gebruiken haar nooit.</translation>
    </message>
</context>
<context>
    <name>Dashwright::IdentitySection</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Suborganization:</source>
        <translation>Suborganisatie:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <source>never; or e.g. 2026-12-01T00:00:00Z</source>
        <translation>nooit; of bijv. 2026-12-01T00:00:00Z</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Inactivity interval:</source>
        <translation>Inactiviteitsinterval:</translation>
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
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <source>Isolation Check</source>
        <translation>Isolatiecontrole</translation>
    </message>
    <message>
        <source>Run every tenant profile on every dashboard it grants and compare what they see</source>
        <translation>Elk tenantprofiel uitvoeren op elk dashboard waartoe het toegang geeft en vergelijken wat ze zien</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Double-click an entry to show its widget on the canvas as that tenant.</source>
        <translation>Dubbelklik op een item om de widget ervan op het canvas te tonen als die tenant.</translation>
    </message>
    <message>
        <source>Runs every tenant profile on every dashboard it grants, and flags widgets that no tenant-specific rule restricts and tenants that see each other&apos;s data.</source>
        <translation>Voert elk tenantprofiel uit op elk dashboard waartoe het toegang geeft, en markeert widgets die door geen enkele tenantspecifieke regel worden beperkt en tenants die elkaars gegevens zien.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Nog niet uitgevoerd</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Geen bevindingen</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n bevinding</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Running every tenant profile on every dashboard it grants…</source>
        <translation>Elk tenantprofiel wordt uitgevoerd op elk dashboard waartoe het toegang geeft…</translation>
    </message>
    <message>
        <source>The project changed since this check ran: run it again.</source>
        <translation>Het project is gewijzigd sinds deze controle: voer de controle opnieuw uit.</translation>
    </message>
    <message>
        <source>Widgets no tenant-specific rule restricts (%1)</source>
        <translation>Widgets die door geen enkele tenantspecifieke regel worden beperkt (%1)</translation>
    </message>
    <message>
        <source>every profile that ran it (%1): chain-wide — intended?</source>
        <translation>alle profielen die de widget uitvoerden (%1): voor de hele keten — zo bedoeld?</translation>
    </message>
    <message>
        <source>%1 of %2 profiles see the defaults</source>
        <translation>toont %1 van %2 profielen de standaardwaarden</translation>
    </message>
    <message>
        <source>sees what everybody sees</source>
        <translation>ziet wat iedereen ziet</translation>
    </message>
    <message>
        <source>Different tenants seeing the same data (%1)</source>
        <translation>Verschillende tenants die dezelfde gegevens zien (%1)</translation>
    </message>
    <message>
        <source>%1 (%2) ↔ %3 (%4)</source>
        <translation>%1 (%2) ↔ %3 (%4)</translation>
    </message>
    <message>
        <source>the same rows in all %1 tenant-scoped widgets</source>
        <translation>dezelfde rijen in alle %1 tenantspecifieke widgets</translation>
    </message>
    <message>
        <source>the same rows in %1 of %2 tenant-scoped widgets</source>
        <translation>dezelfde rijen in %1 van %2 tenantspecifieke widgets</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The same tenant under several profiles (%1) — the same rows are expected</source>
        <translation>Dezelfde tenant onder meerdere profielen (%1) — dezelfde rijen zijn te verwachten</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1 (%2): the same rows in %3 of %4 widgets</source>
        <translation>%1 (%2): dezelfde rijen in %3 van %4 widgets</translation>
    </message>
    <message>
        <source>as %1: %2</source>
        <translation>als %1: %2</translation>
    </message>
    <message>
        <source>Denied — the engine failed closed (%1)</source>
        <translation>Geweigerd — bij een fout weigert de engine (%1)</translation>
    </message>
    <message>
        <source>Profiles whose claims do not resolve (%1)</source>
        <translation>Profielen waarvan de claims niet kunnen worden opgelost (%1)</translation>
    </message>
    <message>
        <source>Data-source errors — the check is incomplete (%1)</source>
        <translation>Fouten in gegevensbronnen — de controle is onvolledig (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant profile(s),</source>
        <translation>
            <numerusform>%n tenantprofiel,</numerusform>
            <numerusform>%n tenantprofielen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard run(s).</source>
        <translation>
            <numerusform>%n dashboarduitvoering.</numerusform>
            <numerusform>%n dashboarduitvoeringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is incomplete: see the errors below.</source>
        <translation>De controle is onvolledig: zie de fouten hieronder.</translation>
    </message>
    <message>
        <source>Incomplete: the project has no tenant profiles to check</source>
        <translation>Onvolledig: het project heeft geen tenantprofielen om te controleren</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n profile(s) or queries could not be checked</source>
        <translation>
            <numerusform>Onvolledig: %n profiel of query kon niet worden gecontroleerd</numerusform>
            <numerusform>Onvolledig: %n profielen of query&apos;s konden niet worden gecontroleerd</numerusform>
        </translation>
    </message>
    <message>
        <source>The same single figure for different tenants (%1) — worth a look</source>
        <translation>Hetzelfde enkele getal voor verschillende tenants (%1) — het bekijken waard</translation>
    </message>
    <message>
        <source>%1: the same figure in %2</source>
        <translation>%1: hetzelfde getal in %2</translation>
    </message>
</context>
<context>
    <name>Dashwright::ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>Dashwright::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a Dashwright project</source>
        <translation>Een Dashwright-project openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard(s)</source>
        <translation>
            <numerusform>%n dashboard</numerusform>
            <numerusform>%n dashboards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s)</source>
        <translation>
            <numerusform>%n widget</numerusform>
            <numerusform>%n widgets</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Keystore Not Saved</source>
        <translation>Sleutelbestand niet opgeslagen</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nieuw project</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Invoegen</translation>
    </message>
    <message>
        <source>&amp;Parameter</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>Paste &amp;Token…</source>
        <translation>&amp;Token plakken…</translation>
    </message>
    <message>
        <source>Back to &amp;Design View</source>
        <translation>Terug naar &amp;ontwerpweergave</translation>
    </message>
    <message>
        <source>Effective &amp;Access…</source>
        <translation>Effectieve toe&amp;gang…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Voorbeeld als:</translation>
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
        <translation>In&amp;stellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used the next time Dashwright Designer starts.</source>
        <translation>De nieuwe taal wordt gebruikt wanneer Dashwright Designer de volgende keer start.</translation>
    </message>
    <message>
        <source>%1[*] — Dashwright Designer</source>
        <translation>%1[*] — Dashwright Designer</translation>
    </message>
    <message>
        <source>&amp;Compare Tenants…</source>
        <translation>Tenants &amp;vergelijken…</translation>
    </message>
    <message>
        <source>&amp;Isolation Check…</source>
        <translation>&amp;Isolatiecontrole…</translation>
    </message>
    <message>
        <source>Export Embed &amp;Snippet…</source>
        <translation>Insluit&amp;code exporteren…</translation>
    </message>
    <message>
        <source>The code that embeds this dashboard in a page, and the back-end code that mints its tokens</source>
        <translation>De code die dit dashboard in een pagina insluit, en de back-endcode die zijn tokens uitgeeft</translation>
    </message>
    <message>
        <source>Project Se&amp;ttings…</source>
        <translation>&amp;Projectinstellingen…</translation>
    </message>
    <message>
        <source>The project&apos;s name, and the web pages allowed to show its dashboards (embed origins)</source>
        <translation>De naam van het project en de webpagina’s die zijn dashboards mogen tonen (herkomsten voor insluiten)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Welkom…</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Demoproject</translation>
    </message>
    <message>
        <source>The demo project could not be created: %1</source>
        <translation>Het demoproject kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation>Metagegevens</translation>
    </message>
    <message>
        <source>none; or JSON for a broker plugin, e.g. {&quot;region&quot;: &quot;West&quot;}</source>
        <translation>geen; of JSON voor een broker-plug-in, bijv. {&quot;region&quot;: &quot;West&quot;}</translation>
    </message>
    <message>
        <source>Not valid JSON, not applied: %1</source>
        <translation>Geen geldige JSON, niet toegepast: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::NumberFormatter</name>
    <message>
        <source>M</source>
        <extracomment>Abbreviation of million after an axis tick&apos;s number, as in &quot;12M&quot;</extracomment>
        <translation>&#xa0;mln.</translation>
    </message>
    <message>
        <source>k</source>
        <extracomment>Abbreviation of thousand after an axis tick&apos;s number, as in &quot;250k&quot;</extracomment>
        <translation>K</translation>
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
        <translation>Parameter bestaat niet.</translation>
    </message>
    <message>
        <source>A parameter name is a letter or _ followed by letters, digits or _.</source>
        <translation>Een parameternaam bestaat uit een letter of _, gevolgd door letters, cijfers of _.</translation>
    </message>
    <message>
        <source>The dashboard already has a parameter named &quot;%1&quot;.</source>
        <translation>Het dashboard heeft al een parameter met de naam “%1”.</translation>
    </message>
    <message>
        <source>Change parameter label</source>
        <translation>Parameterlabel wijzigen</translation>
    </message>
    <message>
        <source>Change parameter type</source>
        <translation>Parametertype wijzigen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of this parameter&apos;s type.</source>
        <translation>“%1” is geen waarde van het type van deze parameter.</translation>
    </message>
    <message>
        <source>The allowed values must include the default, %1.</source>
        <translation>De toegestane waarden moeten de standaardwaarde %1 bevatten.</translation>
    </message>
    <message>
        <source>Change allowed values</source>
        <translation>Toegestane waarden wijzigen</translation>
    </message>
    <message>
        <source>A parameter needs a default value.</source>
        <translation>Een parameter heeft een standaardwaarde nodig.</translation>
    </message>
    <message>
        <source>Change whether a token must set the parameter</source>
        <translation>Wijzigen of een token de parameter moet instellen</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterForm</name>
    <message>
        <source>any value; or a, b, c</source>
        <translation>elke waarde; of a, b, c</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standaardwaarde:</translation>
    </message>
    <message>
        <source>Allowed values:</source>
        <translation>Toegestane waarden:</translation>
    </message>
    <message>
        <source>Tokens override a parameter by its name; filters refer to it to take its value.</source>
        <translation>Tokens overschrijven een parameter via de naam; filters verwijzen ernaar om de waarde over te nemen.</translation>
    </message>
    <message>
        <source>Required in token</source>
        <translation>Verplicht in token</translation>
    </message>
    <message>
        <source>A token that does not override this parameter is denied, instead of seeing the default&apos;s data. The design view still uses the default.</source>
        <translation>Een token dat deze parameter niet overschrijft, wordt geweigerd in plaats van de gegevens van de standaardwaarde te zien. De ontwerpweergave gebruikt nog steeds de standaardwaarde.</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterModel</name>
    <message>
        <source>Tokens override this parameter as &quot;%1&quot;.</source>
        <translation>Tokens overschrijven deze parameter als “%1”.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Unknown type.</source>
        <translation>Onbekend type.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaardwaarde</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Toegestane waarden</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterOverridesSection</name>
    <message>
        <source>Parameter overrides</source>
        <translation>Parameteroverschrijvingen</translation>
    </message>
    <message>
        <source>No dashboard has parameters.</source>
        <translation>Geen enkel dashboard heeft parameters.</translation>
    </message>
    <message>
        <source>Unchecked: the parameter&apos;s default, %1</source>
        <translation>Niet aangevinkt: de standaardwaarde van de parameter, %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParametersPanel</name>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken by %n filter(s); change them first.</source>
        <translation>
            <numerusform>“%1” wordt gebruikt door %n filter; wijzig dat eerst.</numerusform>
            <numerusform>“%1” wordt gebruikt door %n filters; wijzig die eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::PasteTokenDialog</name>
    <message>
        <source>Preview a Token</source>
        <translation>Voorbeeld met een token</translation>
    </message>
    <message>
        <source>Paste a token (three or five parts separated by dots)</source>
        <translation>Plak een token (drie of vijf delen, gescheiden door punten)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld bekijken</translation>
    </message>
    <message>
        <source>The token is verified against this project&apos;s keys, as the embed server verifies it.</source>
        <translation>Het token wordt gecontroleerd met de sleutels van dit project, zoals de embed-server dat doet.</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>een token</translation>
    </message>
    <message>
        <source>%1 (pasted token, key %2)</source>
        <translation>%1 (geplakt token, sleutel %2)</translation>
    </message>
    <message>
        <source>Valid %1 token for %2, signed with key %3, expires %4.</source>
        <translation>Geldig %1 token voor %2, ondertekend met sleutel %3, verloopt op %4.</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <source>Not valid: %1. Nothing is previewed.</source>
        <translation>Ongeldig: %1. Er wordt geen voorbeeld getoond.</translation>
    </message>
    <message>
        <source>it has been revoked (its jti is listed in %1)</source>
        <translation>het is ingetrokken (zijn jti staat in %1)</translation>
    </message>
    <message>
        <source>the revocation list cannot be read, so it cannot be shown not to be revoked: %1</source>
        <translation>de intrekkingslijst is niet leesbaar, dus niet te tonen dat het niet is ingetrokken: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PolicyValuesSection</name>
    <message>
        <source>Policy values</source>
        <translation>Beleidswaarden</translation>
    </message>
    <message>
        <source>The project&apos;s access policies use no ${{ name }} values.</source>
        <translation>Het toegangsbeleid van het project gebruikt geen ${{ name }}-waarden.</translation>
    </message>
    <message>
        <source>not set (denied); a list: a, b</source>
        <translation>niet ingesteld (geweigerd); een lijst: a, b</translation>
    </message>
    <message>
        <source>not set (denied)</source>
        <translation>niet ingesteld (geweigerd)</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Gebruikt door: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PreviewBanner</name>
    <message>
        <source>Back to Design View</source>
        <translation>Terug naar ontwerpweergave</translation>
    </message>
    <message>
        <source>Previewing as %1</source>
        <translation>Voorbeeld als %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PreviewSelector</name>
    <message>
        <source>Preview the dashboard as a tenant would see it</source>
        <translation>Het dashboard bekijken zoals een tenant het zou zien</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Standaard — geen token</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemLocation</name>
    <message>
        <source>Account “%1”</source>
        <translation>Account “%1”</translation>
    </message>
    <message>
        <source>Dataset “%1”</source>
        <translation>Dataset “%1”</translation>
    </message>
    <message>
        <source>Access policy on “%1”</source>
        <translation>Toegangsbeleid voor “%1”</translation>
    </message>
    <message>
        <source>Dashboard “%1”</source>
        <translation>Dashboard “%1”</translation>
    </message>
    <message>
        <source>Dashboard “%1” › widget “%2”</source>
        <translation>Dashboard “%1” › widget “%2”</translation>
    </message>
    <message>
        <source>Dashboard “%1” › parameter “%2”</source>
        <translation>Dashboard “%1” › parameter “%2”</translation>
    </message>
    <message>
        <source>Dashboard “%1” › filters</source>
        <translation>Dashboard “%1” › filters</translation>
    </message>
    <message>
        <source>Tenant profile “%1”</source>
        <translation>Tenantprofiel “%1”</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemModel</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectFiles</name>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Dashwright projects (*.dwproj)</source>
        <translation>Dashwright-projecten (*.dwproj)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s) to fix</source>
        <translation>
            <numerusform>%1 geopend met %n op te lossen probleem</numerusform>
            <numerusform>%1 geopend met %n op te lossen problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Open Project</source>
        <translation>Project kon niet worden geopend</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 kon niet worden geopend.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n probleem:</numerusform>
            <numerusform>%n problemen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Unsaved Changes?</source>
        <translation>Niet-opgeslagen wijzigingen herstellen?</translation>
    </message>
    <message>
        <source>Dashwright Designer did not close normally while %1 had unsaved changes.</source>
        <translation>Dashwright Designer is niet normaal afgesloten terwijl %1 niet-opgeslagen wijzigingen had.</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>een naamloos project</translation>
    </message>
    <message>
        <source>A copy saved automatically at %1 can be restored.</source>
        <translation>Een kopie die op %1 automatisch is opgeslagen, kan worden hersteld.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <source>Could Not Recover</source>
        <translation>Herstellen niet mogelijk</translation>
    </message>
    <message>
        <source>The automatic copy could not be read:
%1</source>
        <translation>De automatische kopie kon niet worden gelezen:
%1</translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save to keep them</source>
        <translation>Niet-opgeslagen wijzigingen hersteld; sla op om ze te behouden</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Opslaan niet mogelijk</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>The untitled project</source>
        <translation>Het naamloze project</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 heeft niet-opgeslagen wijzigingen. Wilt u ze opslaan?</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectKeystore</name>
    <message>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation>Verkeerde wachtwoordzin. Wachtwoordzin voor %1:</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Wachtwoordzin voor %1:</translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation>Wachtwoordzin van sleutelbestand</translation>
    </message>
    <message>
        <source>The keystore %1 stays locked.</source>
        <translation>Het sleutelbestand %1 blijft vergrendeld.</translation>
    </message>
    <message>
        <source>The keystore holds no secret %1.</source>
        <translation>Het sleutelbestand bevat geen geheim %1.</translation>
    </message>
    <message>
        <source>The project has no keystore until it is saved.</source>
        <translation>Het project heeft pas een sleutelbestand als het is opgeslagen.</translation>
    </message>
    <message>
        <source>The keystore&apos;s secret %1 is not of the kind account &quot;%2&quot; takes; it is not sent.</source>
        <translation>Het geheim %1 in de sleutelopslag is niet van het soort dat account ‘%2’ gebruikt; het wordt niet verzonden.</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectSettingsDialog</name>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Project Settings</source>
        <translation>Projectinstellingen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Embed origins</source>
        <translation>Herkomsten voor insluiten</translation>
    </message>
    <message>
        <source>The web pages allowed to show this project&apos;s dashboards: scheme://host[:port], no path, e.g. https://app.example.com; the embed server answers only these origins.</source>
        <translation>De webpagina’s die de dashboards van dit project mogen tonen: schema://host[:poort], zonder pad, bv. https://app.example.com; de insluitserver antwoordt alleen aan deze herkomsten.</translation>
    </message>
    <message>
        <source>%1 is already embed origin %2</source>
        <translation>%1 is al herkomst %2</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>Geef het project een naam.</translation>
    </message>
    <message>
        <source>Embed origin %1: %2</source>
        <translation>Herkomst %1: %2</translation>
    </message>
    <message>
        <source>Tableau 10</source>
        <translation>Tableau 10</translation>
    </message>
    <message>
        <source>Okabe-Ito (colour-blind safe)</source>
        <translation>Okabe-Ito (kleurenblindveilig)</translation>
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
        <translation>Grijstinten</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>A font family the dashboards are drawn in, e.g. system-ui (the system&apos;s own font) or Noto Sans; where a viewer&apos;s computer lacks it, its system font is used.</source>
        <translation>Een lettertypefamilie waarin de dashboards worden getekend, bijv. system-ui (het systeemlettertype) of Noto Sans; ontbreekt die op de computer van een kijker, dan wordt diens systeemlettertype gebruikt.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>How the canvas and the embedded dashboards look. A chart with colours of its own keeps them.</source>
        <translation>Hoe het canvas en de ingesloten dashboards eruitzien. Een diagram met eigen kleuren houdt die.</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>Palet:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Lettertype:</translation>
    </message>
    <message>
        <source>Font: %1</source>
        <translation>Lettertype: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Select a widget on the canvas, or a parameter, dataset or account, to see its properties.</source>
        <translation>Selecteer een widget op het canvas, of een parameter, dataset of account, om de eigenschappen ervan te zien.</translation>
    </message>
</context>
<context>
    <name>Dashwright::QueryStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the queries that are running</source>
        <translation>De lopende query’s annuleren</translation>
    </message>
    <message>
        <source>Last query: %1 ms</source>
        <translation>Laatste query: %1 ms</translation>
    </message>
    <message>
        <source>No query yet</source>
        <translation>Nog geen query</translation>
    </message>
    <message numerus="yes">
        <source>Running %n query(ies)…</source>
        <translation>
            <numerusform>%n query wordt uitgevoerd…</numerusform>
            <numerusform>%n query’s worden uitgevoerd…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveAccount</name>
    <message>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveDashboard</name>
    <message>
        <source>Remove dashboard</source>
        <translation>Dashboard verwijderen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveDataset</name>
    <message>
        <source>Remove dataset</source>
        <translation>Dataset verwijderen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveParameter</name>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter verwijderen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveTenant</name>
    <message>
        <source>Remove tenant profile</source>
        <translation>Tenantprofiel verwijderen</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveWidget</name>
    <message>
        <source>Remove widget</source>
        <translation>Widget verwijderen</translation>
    </message>
</context>
<context>
    <name>Dashwright::SecurablesSection</name>
    <message>
        <source>Securables</source>
        <translation>Beveiligbare items</translation>
    </message>
    <message>
        <source>A dashboard grants the datasets its widgets read; checking datasets too limits the profile to those.</source>
        <translation>Een dashboard geeft toegang tot de datasets die de widgets ervan lezen; door ook datasets aan te vinken, wordt het profiel daartoe beperkt.</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Dataset: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantModel</name>
    <message>
        <source>Tenant profile %1
id %2</source>
        <translation>Tenantprofiel %1
id %2</translation>
    </message>
    <message>
        <source>A tenant profile needs a name.</source>
        <translation>Een tenantprofiel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Another tenant profile is already called “%1”.</source>
        <translation>Er is al een ander tenantprofiel met de naam “%1”.</translation>
    </message>
    <message>
        <source>Rename tenant profile</source>
        <translation>Tenantprofiel hernoemen</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantPreview</name>
    <message>
        <source>Default — no token</source>
        <translation>Standaard — geen token</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantsPanel</name>
    <message>
        <source>Tenant profiles</source>
        <translation>Tenantprofielen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation>Voorbeeld als</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nieuwe tenant</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate tenant profile</source>
        <translation>Tenantprofiel dupliceren</translation>
    </message>
</context>
<context>
    <name>Dashwright::TokenFiltersSection</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expressie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clausule</translation>
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
        <translation>Herkomst</translation>
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
        <translation>Filters met “global” beperken elke widget op de dataset; filters met “initialization” stellen de beginwaarde in van het eigen filter van het dashboard op de kolom. “having” wordt na het groeperen toegepast.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <source>from, to</source>
        <translation>van, tot</translation>
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
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Geheel getal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleaans</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Staafdiagram</translation>
    </message>
    <message>
        <source>Stacked bar chart</source>
        <translation>Gestapeld staafdiagram</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>Lijndiagram</translation>
    </message>
    <message>
        <source>Area chart</source>
        <translation>Vlakdiagram</translation>
    </message>
    <message>
        <source>Pie chart</source>
        <translation>Cirkeldiagram</translation>
    </message>
    <message>
        <source>Donut chart</source>
        <translation>Ringdiagram</translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation>Spreidingsdiagram</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Count distinct</source>
        <translation>Aantal unieke waarden</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gemiddelde</translation>
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
        <translation>Geen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
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
        <translation>Plug-in (HTTP-broker)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>is gelijk aan</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>is niet gelijk aan</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>is een van</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>is geen van</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>is kleiner dan</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>is hoogstens</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>is groter dan</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>is minstens</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>ligt tussen</translation>
    </message>
    <message>
        <source>matches (like)</source>
        <translation>komt overeen met (like)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>is niet leeg</translation>
    </message>
</context>
<context>
    <name>Dashwright::WelcomeDialog</name>
    <message>
        <source>Welcome to Dashwright Designer</source>
        <translation>Welkom bij Dashwright Designer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Dashwright Designer&lt;/h2&gt;&lt;p&gt;Design one dashboard, embed it in your web app, and let every tenant see only its own data. The Burrito Factory demo is a small chain whose shops each see only their own sales: a good place to start.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom bij Dashwright Designer&lt;/h2&gt;&lt;p&gt;Ontwerp één dashboard, sluit het in uw webapp in en laat elke tenant alleen zijn eigen gegevens zien. De Burrito Factory-demo is een kleine keten waarvan elke vestiging alleen haar eigen verkopen ziet: een goed begin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Burrito Factory demo</source>
        <translation>De Burrito Factory-demo openen</translation>
    </message>
    <message>
        <source>A demo project with a SQLite database, three dashboards and six tenant profiles; made on first use.</source>
        <translation>Een demoproject met een SQLite-database, drie dashboards en zes tenantprofielen; gemaakt bij het eerste gebruik.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>An empty project with one dashboard.</source>
        <translation>Een leeg project met één dashboard.</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Een project openen…</translation>
    </message>
    <message>
        <source>A .dwproj file.</source>
        <translation>Een .dwproj-bestand.</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Recente projecten:</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Nog geen recente projecten.</translation>
    </message>
    <message>
        <source>The documentation was not found beside the program.</source>
        <translation>De documentatie is niet naast het programma gevonden.</translation>
    </message>
    <message>
        <source>Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Documentatie: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetForm</name>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Time grain</source>
        <translation>Tijdseenheid</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregatie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Oplopend</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Aflopend</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Or parameter</source>
        <translation>Of parameter</translation>
    </message>
    <message>
        <source>#1f77b4, #ff7f0e, … (empty: theme)</source>
        <translation>#1f77b4, #ff7f0e, … (leeg: thema)</translation>
    </message>
    <message>
        <source>0,0.00 (empty: automatic)</source>
        <translation>0,0.00 (leeg: automatisch)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensies:</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Meetwaarden:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortering:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Limiet:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Getalnotatie:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message numerus="yes">
        <source>%n widgets selected: changes apply to all of them.</source>
        <translation>
            <numerusform>%n widget geselecteerd: wijzigingen gelden voor allemaal.</numerusform>
            <numerusform>%n widgets geselecteerd: wijzigingen gelden voor allemaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(rows)</source>
        <translation>(rijen)</translation>
    </message>
    <message>
        <source>(the value)</source>
        <translation>(de waarde)</translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation>Dimensie %1</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Meetwaarde %1</translation>
    </message>
    <message>
        <source>Change widget dataset</source>
        <translation>Dataset van widget wijzigen</translation>
    </message>
    <message>
        <source>Change widget</source>
        <translation>Widget wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Change %n widget(s)</source>
        <translation>
            <numerusform>%n widget wijzigen</numerusform>
            <numerusform>%n widgets wijzigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a column to group by</source>
        <translation>Zet een kolom neer om op te groeperen</translation>
    </message>
    <message>
        <source>Drop a column to measure</source>
        <translation>Zet een kolom neer om te meten</translation>
    </message>
    <message>
        <source>Drop a column to filter on</source>
        <translation>Zet een kolom neer om op te filteren</translation>
    </message>
    <message>
        <source>Only columns from the data panel can be dropped here.</source>
        <translation>Hier kunnen alleen kolommen uit het gegevenspaneel worden neergezet.</translation>
    </message>
    <message>
        <source>Select one widget to add a column to it.</source>
        <translation>Selecteer één widget om er een kolom aan toe te voegen.</translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetView</name>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>No access: %1</source>
        <translation>Geen toegang: %1</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>De query is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>Previous rows</source>
        <translation>Vorige rijen</translation>
    </message>
    <message>
        <source>Next rows</source>
        <translation>Volgende rijen</translation>
    </message>
    <message>
        <source>Not available to this viewer</source>
        <translation>Niet beschikbaar voor deze kijker</translation>
    </message>
    <message>
        <source>%L1+</source>
        <translation>%L1+</translation>
    </message>
    <message>
        <source>%L1–%L2 of %3</source>
        <translation>%L1–%L2 van %3</translation>
    </message>
</context>
<context>
    <name>DenialNotice</name>
    <message>
        <source>This token does not grant “%1”.</source>
        <translation>Dit token verleent ‘%1’ niet.</translation>
    </message>
    <message>
        <source>%1&apos;s token does not grant “%2”.</source>
        <translation>Het token van %1 verleent ‘%2’ niet.</translation>
    </message>
    <message>
        <source>This token shows nothing of “%1”: %2.</source>
        <translation>Dit token toont niets van ‘%1’: %2.</translation>
    </message>
    <message>
        <source>%1&apos;s token shows nothing of “%2”: %3.</source>
        <translation>Het token van %1 toont niets van ‘%2’: %3.</translation>
    </message>
    <message>
        <source>It grants no other dashboard of this project.</source>
        <translation>Het verleent geen ander dashboard van dit project.</translation>
    </message>
    <message>
        <source>It grants: %1.</source>
        <translation>Het verleent: %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A dashboard&apos;s title in a list of titles.</extracomment>
        <translation>‘%1’</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>access policy %1 needs the policy value %2, which the token does not carry</source>
        <translation>toegangsbeleid %1 heeft de beleidswaarde %2 nodig, die het token niet bevat</translation>
    </message>
    <message>
        <source>access policy %1 names a column the dataset does not have</source>
        <translation>toegangsbeleid %1 noemt een kolom die de dataset niet heeft</translation>
    </message>
    <message>
        <source>access policy %1 has no row rule</source>
        <translation>toegangsbeleid %1 heeft geen rijregel</translation>
    </message>
    <message>
        <source>column %1 of dataset %2 has no index: filters on it scan the table</source>
        <translation>kolom %1 van dataset %2 heeft geen index: filters erop doorzoeken de hele tabel</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: not a valid %2 value</source>
        <translation>parameter_overrides.%1: geen geldige %2-waarde</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: not one of the parameter&apos;s allowed values</source>
        <translation>parameter_overrides.%1: geen van de toegestane waarden van de parameter</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: this dashboard has no such parameter; ignored here</source>
        <translation>parameter_overrides.%1: dit dashboard heeft deze parameter niet; hier genegeerd</translation>
    </message>
    <message>
        <source>parameter %1 is required in the token, which does not override it</source>
        <translation>parameter %1 is verplicht in het token, dat hem niet overschrijft</translation>
    </message>
    <message>
        <source>no filter %1 on this dashboard</source>
        <translation>geen filter %1 op dit dashboard</translation>
    </message>
    <message>
        <source>filter %1 is not viewer-editable</source>
        <translation>filter %1 is niet door de kijker te wijzigen</translation>
    </message>
    <message>
        <source>filter %1: its dataset or column does not exist</source>
        <translation>filter %1: de dataset of kolom bestaat niet</translation>
    </message>
    <message>
        <source>a token filter names an unknown column</source>
        <translation>een tokenfilter noemt een onbekende kolom</translation>
    </message>
    <message>
        <source>an initialization filter on %1.%2 matches no dashboard filter; ignored</source>
        <translation>een initialisatiefilter op %1.%2 past bij geen dashboardfilter; genegeerd</translation>
    </message>
    <message>
        <source>the widget&apos;s dataset or account does not exist</source>
        <translation>de dataset of het account van de widget bestaat niet</translation>
    </message>
    <message>
        <source>the token&apos;s securables do not grant dataset %1</source>
        <translation>de beveiligbare items van het token verlenen dataset %1 niet</translation>
    </message>
    <message>
        <source>token filter: %1</source>
        <translation>tokenfilter: %1</translation>
    </message>
    <message>
        <source>access policy %1 does not grant column %2</source>
        <translation>toegangsbeleid %1 verleent kolom %2 niet</translation>
    </message>
    <message>
        <source>cannot plan the widget: %1</source>
        <translation>de widget kan niet worden gepland: %1</translation>
    </message>
    <message>
        <source>the token&apos;s securables do not grant dashboard %1</source>
        <translation>de beveiligbare items van het token verlenen dashboard %1 niet</translation>
    </message>
    <message>
        <source>the authorization expired at %1</source>
        <translation>de autorisatie is verlopen op %1</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>het token is verlopen op %1</translation>
    </message>
    <message>
        <source>no choices</source>
        <translation>geen keuzes</translation>
    </message>
    <message>
        <source>the token header has no kid</source>
        <translation>de tokenheader heeft geen kid</translation>
    </message>
    <message>
        <source>the token is larger than %1 KiB</source>
        <translation>het token is groter dan %1 KiB</translation>
    </message>
    <message>
        <source>malformed token: 1 part (a signed token has 3 parts separated by dots, a sealed one 5)</source>
        <translation>ongeldig token: 1 deel (een ondertekend token heeft 3 delen gescheiden door punten, een verzegeld token 5)</translation>
    </message>
    <message>
        <source>malformed token: %1 parts (a signed token has 3 parts separated by dots, a sealed one 5)</source>
        <translation>ongeldig token: %1 delen (een ondertekend token heeft 3 delen gescheiden door punten, een verzegeld token 5)</translation>
    </message>
    <message>
        <source>the sealed token does not hold a signed token</source>
        <translation>het verzegelde token bevat geen ondertekend token</translation>
    </message>
    <message>
        <source>the claims are not a JSON object</source>
        <translation>de claims zijn geen JSON-object</translation>
    </message>
    <message>
        <source>malformed claims: %1</source>
        <translation>ongeldige claims: %1</translation>
    </message>
    <message>
        <source>exp is not a NumericDate</source>
        <translation>exp is geen NumericDate</translation>
    </message>
    <message>
        <source>the token has no exp</source>
        <translation>het token heeft geen exp</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>verlopen op %1</translation>
    </message>
    <message>
        <source>nbf is not a NumericDate</source>
        <translation>nbf is geen NumericDate</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>niet geldig vóór %1</translation>
    </message>
    <message>
        <source>iat is not a NumericDate</source>
        <translation>iat is geen NumericDate</translation>
    </message>
    <message>
        <source>issued in the future (iat %1)</source>
        <translation>in de toekomst uitgegeven (iat %1)</translation>
    </message>
    <message>
        <source>the token lives longer than the maximum of %1 hours</source>
        <translation>het token leeft langer dan het maximum van %1 uur</translation>
    </message>
    <message>
        <source>the token has no iss</source>
        <translation>het token heeft geen iss</translation>
    </message>
    <message>
        <source>the token was issued for another project (iss is not &quot;%1&quot;)</source>
        <translation>het token is uitgegeven voor een ander project (iss is niet &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the token&apos;s %1 is not a string of at most 256 bytes</source>
        <translation>%1 van het token is geen tekenreeks van hoogstens 256 bytes</translation>
    </message>
    <message>
        <source>the token&apos;s aud does not name &quot;%1&quot;</source>
        <translation>de aud van het token noemt &quot;%1&quot; niet</translation>
    </message>
</context>
<context>
    <name>FieldWells</name>
    <message>
        <source>The widget no longer exists.</source>
        <translation>De widget bestaat niet meer.</translation>
    </message>
    <message>
        <source>The column no longer exists.</source>
        <translation>De kolom bestaat niet meer.</translation>
    </message>
    <message>
        <source>A text widget shows no data: %1 cannot be added to it.</source>
        <translation>Een tekstwidget toont geen gegevens: %1 kan er niet aan worden toegevoegd.</translation>
    </message>
    <message>
        <source>%1 is a column of %2, but this widget reads %3. Drop a column of %3, or change the widget&apos;s dataset first.</source>
        <translation>%1 is een kolom van %2, maar deze widget leest %3. Zet een kolom van %3 neer, of wijzig eerst de dataset van de widget.</translation>
    </message>
    <message>
        <source>%1 is already a dimension of this widget.</source>
        <translation>%1 is al een dimensie van deze widget.</translation>
    </message>
    <message>
        <source>Add dimension %1</source>
        <translation>Dimensie %1 toevoegen</translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation>Meetwaarde %1 toevoegen</translation>
    </message>
    <message>
        <source>Add filter on %1</source>
        <translation>Filter op %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>MoveWidgets</name>
    <message>
        <source>Resize widgets</source>
        <translation>Grootte van widgets wijzigen</translation>
    </message>
    <message>
        <source>Resize widget</source>
        <translation>Grootte van widget wijzigen</translation>
    </message>
    <message>
        <source>Move widgets</source>
        <translation>Widgets verplaatsen</translation>
    </message>
    <message>
        <source>Move widget</source>
        <translation>Widget verplaatsen</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>an embed origin cannot be empty; write scheme://host[:port], e.g. https://app.example.com</source>
        <translation>een herkomst mag niet leeg zijn; schrijf schema://host[:poort], bv. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 is not scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 is niet schema://host[:poort], bv. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 does not start with https:// or http://; an origin is scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 begint niet met https:// of http://; een herkomst is schema://host[:poort], bv. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 has a user name; an origin is scheme://host[:port], nothing before the host</source>
        <translation>%1 bevat een gebruikersnaam; een herkomst is schema://host[:poort], niets vóór de host</translation>
    </message>
    <message>
        <source>%1 has a path; an origin ends after the host or port, without even a trailing /</source>
        <translation>%1 bevat een pad; een herkomst eindigt na de host of poort, zelfs zonder / aan het eind</translation>
    </message>
    <message>
        <source>%1 has a query (?…); an origin ends after the host or port</source>
        <translation>%1 bevat een query (?…); een herkomst eindigt na de host of poort</translation>
    </message>
    <message>
        <source>%1 has a fragment (#…); an origin ends after the host or port</source>
        <translation>%1 bevat een fragment (#…); een herkomst eindigt na de host of poort</translation>
    </message>
    <message>
        <source>%1 has no host; an origin is scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 heeft geen host; een herkomst is schema://host[:poort], bv. https://app.example.com</translation>
    </message>
    <message>
        <source>%1: the host is neither a DNS name (letters, digits, hyphens and dots) nor an IP address</source>
        <translation>%1: de host is geen DNS-naam (letters, cijfers, koppeltekens en punten) en geen IP-adres</translation>
    </message>
    <message>
        <source>%1: the port is not between 1 and 65535</source>
        <translation>%1: de poort ligt niet tussen 1 en 65535</translation>
    </message>
    <message>
        <source>%1 names the default port, which browsers leave out of the origin: write %2</source>
        <translation>%1 noemt de standaardpoort, die browsers uit de herkomst weglaten: schrijf %2</translation>
    </message>
    <message>
        <source>%1 is not spelled as browsers send it (lower case, no leading zeros, international names in their xn-- form): write %2</source>
        <translation>%1 is niet geschreven zoals browsers het sturen (kleine letters, geen voorloopnullen, internationale namen in hun xn--vorm): schrijf %2</translation>
    </message>
    <message>
        <source> (no browser sends it: it never matches)</source>
        <translation> (geen browser stuurt het: het komt nooit overeen)</translation>
    </message>
</context>
<context>
    <name>RenameParameter</name>
    <message>
        <source>Rename parameter</source>
        <translation>Parameter hernoemen</translation>
    </message>
</context>
<context>
    <name>SetProjectSettings</name>
    <message>
        <source>Change project settings</source>
        <translation>Projectinstellingen wijzigen</translation>
    </message>
</context>
<context>
    <name>SetTenantClaims</name>
    <message>
        <source>Edit tenant claims</source>
        <translation>Tenantclaims bewerken</translation>
    </message>
</context>
<context>
    <name>SnippetGenerator</name>
    <message>
        <source>the server &quot;%1&quot; is not an http(s) URL like https://dash.example.com</source>
        <translation>de server ‘%1’ is geen http(s)-URL zoals https://dash.example.com</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is not a signing key</source>
        <translation>de sleutel ‘%1’ is geen ondertekeningssleutel</translation>
    </message>
    <message>
        <source>System.IdentityModel.Tokens.Jwt does not sign EdDSA: choose an HS256 or ES256 key, or let the back end ask the embed server (--via api)</source>
        <translation>System.IdentityModel.Tokens.Jwt ondertekent geen EdDSA: kies een HS256- of ES256-sleutel, of laat de back-end de embedserver vragen (--via api)</translation>
    </message>
    <message>
        <source>the %1 snippet cannot seal tokens (its JOSE library has no JWE): let the back end ask the embed server (--via api), which seals them</source>
        <translation>het %1-fragment kan tokens niet verzegelen (zijn JOSE-bibliotheek heeft geen JWE): laat de back-end de embedserver vragen (--via api), die ze verzegelt</translation>
    </message>
    <message>
        <source>a sealed token needs an A256GCM key</source>
        <translation>een verzegeld token heeft een A256GCM-sleutel nodig</translation>
    </message>
    <message>
        <source>ruby-jwt signs EdDSA only with the rbnacl gem: choose an HS256 or ES256 key, or let the back end ask the embed server (--via api)</source>
        <translation>ruby-jwt ondertekent EdDSA alleen met de gem rbnacl: kies een HS256- of ES256-sleutel, of laat de back-end de embedserver vragen (--via api)</translation>
    </message>
    <message>
        <source>a token lives between 1 second and 86400 seconds</source>
        <translation>een token leeft tussen 1 en 86400 seconden</translation>
    </message>
    <message>
        <source>these claims carry credentials, which a snippet never holds: mint that token on the server instead (dashwright token sign --sealed)</source>
        <translation>deze claims bevatten inloggegevens, die een fragment nooit bevat: maak dat token op de server aan (dashwright token sign --sealed)</translation>
    </message>
    <message>
        <source>%1 is an HMAC key: the secret in DASHWRIGHT_SIGNING_KEY also verifies every token of this project, so whoever holds it can mint a token for any tenant. Keep it in your back end&apos;s environment only, never in a page, an app or a repository; an ES256 or EdDSA key keeps the verifying half public.</source>
        <translation>%1 is een HMAC-sleutel: het geheim in DASHWRIGHT_SIGNING_KEY controleert ook elk token van dit project, dus wie het heeft kan voor elke tenant een token maken. Bewaar het alleen in de omgeving van uw back-end, nooit in een pagina, een app of een repository; bij een ES256- of EdDSA-sleutel blijft de controlerende helft openbaar.</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SERVER (optional): the embed server, default %1</source>
        <translation>DASHWRIGHT_SERVER (optioneel): de embedserver, standaard %1</translation>
    </message>
    <message>
        <source>a template: the viewer&apos;s values marked TODO are samples; fill them from your logged-in user</source>
        <translation>een sjabloon: de met TODO gemarkeerde waarden van de kijker zijn voorbeelden; vul ze in vanuit uw ingelogde gebruiker</translation>
    </message>
    <message>
        <source>no integrity value: the bundle was not found, so the script tag has no SRI hash (see its comment)</source>
        <translation>geen integriteitswaarde: de bundel is niet gevonden, dus de script-tag heeft geen SRI-hash (zie het commentaar)</translation>
    </message>
    <message>
        <source>no integrity value: dashwright-frame-host.js was not found, so the script tag has no SRI hash (see its comment)</source>
        <translation>geen integriteitswaarde: dashwright-frame-host.js is niet gevonden, dus de script-tag heeft geen SRI-hash (zie het commentaar)</translation>
    </message>
    <message>
        <source>the embed server is reached over plain http: tokens, and an API key&apos;s secret, would cross the network unencrypted; use https beyond your own machine</source>
        <translation>de embedserver wordt via gewoon http bereikt: tokens, en het geheim van een API-sleutel, zouden onversleuteld over het netwerk gaan; gebruik https buiten uw eigen machine</translation>
    </message>
    <message>
        <source>these claims do not open the dashboard &quot;%1&quot; (it is not among their securables): choose a tenant that it is for, or a template</source>
        <translation>deze claims openen het dashboard ‘%1’ niet (het staat niet bij hun securables): kies een tenant voor wie het bedoeld is, of een sjabloon</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SIGNING_KEY: the private JWK of key %1 (dashwright keys export %2 --kid %1 --jwk --private)</source>
        <translation>DASHWRIGHT_SIGNING_KEY: de privé-JWK van sleutel %1 (dashwright keys export %2 --kid %1 --jwk --private)</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SEALING_KEY: the JWK of key %1 (dashwright keys export %2 --kid %1 --jwk --private)</source>
        <translation>DASHWRIGHT_SEALING_KEY: de JWK van sleutel %1 (dashwright keys export %2 --kid %1 --jwk --private)</translation>
    </message>
    <message>
        <source>DASHWRIGHT_API_KEY_ID and DASHWRIGHT_API_KEY_SECRET: an API key (dashwright keys api-key create %1 --name NAME)</source>
        <translation>DASHWRIGHT_API_KEY_ID en DASHWRIGHT_API_KEY_SECRET: een API-sleutel (dashwright keys api-key create %1 --name NAME)</translation>
    </message>
    <message>
        <source>the number %1 in these claims is beyond what JavaScript, Go and Java all keep exactly (±2^53): write it as a string</source>
        <translation>het getal %1 in deze claims valt buiten wat JavaScript, Go en Java allemaal exact bewaren (±2^53): schrijf het als tekenreeks</translation>
    </message>
    <message>
        <source>these claims hold metadata or account overrides, which a signed token shows to the page that holds it: seal the tokens if they are not for the viewer&apos;s eyes</source>
        <translation>deze claims bevatten metadata of accountoverschrijvingen, die een ondertekend token toont aan de pagina die het heeft: verzegel de tokens als ze niet voor de kijker bedoeld zijn</translation>
    </message>
</context>
<context>
    <name>WidgetClipboard</name>
    <message>
        <source>not copied Dashwright widgets</source>
        <translation>geen gekopieerde Dashwright-widgets</translation>
    </message>
    <message>
        <source>the widgets were copied by another version of Dashwright</source>
        <translation>de widgets zijn gekopieerd door een andere versie van Dashwright</translation>
    </message>
    <message>
        <source>no widgets to paste</source>
        <translation>geen widgets om te plakken</translation>
    </message>
    <message>
        <source>no such dashboard</source>
        <translation>dashboard bestaat niet</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) left out: their dataset is not in this project</source>
        <translation>
            <numerusform>%n widget weggelaten: de dataset ervan staat niet in dit project</numerusform>
            <numerusform>%n widgets weggelaten: hun dataset staat niet in dit project</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste widgets</source>
        <translation>Widgets plakken</translation>
    </message>
    <message>
        <source>Paste widget</source>
        <translation>Widget plakken</translation>
    </message>
</context>
<context>
    <name>WidgetProposal</name>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Count by month of %1</source>
        <translation>Aantal per maand (%1)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <source>Count by %1</source>
        <translation>Aantal per %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (nieuw)</translation>
    </message>
    <message>
        <source>Write here.</source>
        <translation>Schrijf hier.</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>Aantal %1</translation>
    </message>
    <message>
        <source>Distinct count of %1</source>
        <translation>Aantal unieke %1</translation>
    </message>
    <message>
        <source>Average of %1</source>
        <translation>Gemiddelde van %1</translation>
    </message>
    <message>
        <source>Minimum of %1</source>
        <translation>Minimum van %1</translation>
    </message>
    <message>
        <source>Maximum of %1</source>
        <translation>Maximum van %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>could not write the screenshot</source>
        <translation>kon de schermafbeelding niet schrijven</translation>
    </message>
    <message>
        <source>Design dashboards for multi-tenant embedded analytics.</source>
        <translation>Ontwerp dashboards voor ingebedde analyses met meerdere tenants.</translation>
    </message>
    <message>
        <source>The .dwproj file to open.</source>
        <translation>Het .dwproj-bestand dat geopend wordt.</translation>
    </message>
    <message>
        <source>Create the window, load PROJECT if given, and exit (0: it worked).</source>
        <translation>Het venster maken, PROJECT laden indien opgegeven, en afsluiten (0: het werkte).</translation>
    </message>
    <message>
        <source>With --self-test: save the window as an image.</source>
        <translation>Met --self-test: het venster als afbeelding opslaan.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>usage: at most one project</source>
        <translation>gebruik: hoogstens één project</translation>
    </message>
    <message>
        <source>no tenant profile &quot;%1&quot;</source>
        <translation>geen tenantprofiel “%1”</translation>
    </message>
    <message>
        <source>Preview PROJECT as this tenant profile.</source>
        <translation>Een voorbeeld van PROJECT bekijken als dit tenantprofiel.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
</context>
</TS>
