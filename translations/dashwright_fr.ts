<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChangeParameterDefault</name>
    <message>
        <source>no such parameter</source>
        <translation>paramètre inexistant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 value</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur %2 valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs autorisées</translation>
    </message>
    <message>
        <source>Change parameter default</source>
        <translation>Modifier la valeur par défaut du paramètre</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>(none)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>A KPI shows its first measure only; a table shows them all.</source>
        <translation>Un KPI n’affiche que sa première mesure ; un tableau les affiche toutes.</translation>
    </message>
    <message>
        <source>A pie shows its first measure only; a bar chart or a table shows them all.</source>
        <translation>Un graphique en secteurs n’affiche que sa première mesure ; un graphique à barres ou un tableau les affiche toutes.</translation>
    </message>
    <message>
        <source>With two dimensions the second one makes the series, and the chart draws its first measure only; a table shows them all.</source>
        <translation>Avec deux dimensions, la seconde forme les séries et le graphique ne trace que sa première mesure ; un tableau les affiche toutes.</translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>%1: unknown image format; use .png, .svg or .pdf</source>
        <translation>%1&#xa0;: format d’image inconnu&#xa0;; utilisez .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1: the %2 file could not be written</source>
        <translation>%1&#xa0;: impossible d’écrire le fichier %2</translation>
    </message>
    <message>
        <source>%1: the widget has no data to export</source>
        <translation>%1&#xa0;: le widget n’a aucune donnée à exporter</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccessInspector</name>
    <message>
        <source>Parameter override</source>
        <translation>Remplacement de paramètre</translation>
    </message>
    <message>
        <source>Parameter default</source>
        <translation>Valeur par défaut du paramètre</translation>
    </message>
    <message>
        <source>Token filter</source>
        <translation>Filtre du jeton</translation>
    </message>
    <message>
        <source>Initial filter value</source>
        <translation>Valeur initiale du filtre</translation>
    </message>
    <message>
        <source>Account override</source>
        <translation>Remplacement de compte</translation>
    </message>
    <message>
        <source>Access policy</source>
        <translation>Règle d’accès</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Effective Access</source>
        <translation>Accès effectif</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>Copier le SQL</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The same description as dashwright query --explain</source>
        <translation>La même description que dashwright query --explain</translation>
    </message>
    <message>
        <source>Select one widget to see how it is resolved as %1.</source>
        <translation>Sélectionnez un seul widget pour voir comment il est résolu en tant que %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en tant que %2</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Résolution…</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queries account %1 (%2)</source>
        <translation>Interroge le compte %1 (%2)</translation>
    </message>
    <message>
        <source>No query (a text widget).</source>
        <translation>Aucune requête (widget de texte).</translation>
    </message>
    <message>
        <source>Bound value %1</source>
        <translation>Valeur liée %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Viewer&apos;s filter value</source>
        <translation>Valeur de filtre du lecteur</translation>
    </message>
    <message>
        <source>Parameter value (design view)</source>
        <translation>Valeur du paramètre (vue de conception)</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>burrito.sqlite, relative to the project file</source>
        <translation>burrito.sqlite, relatif au fichier du projet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Fichier de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>Secret d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Passwords are kept in the project&apos;s keystore, never in the project file.</source>
        <translation>Les mots de passe sont conservés dans le trousseau de clés du projet, jamais dans le fichier du projet.</translation>
    </message>
    <message>
        <source>The project&apos;s default account</source>
        <translation>Le compte par défaut du projet</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>Modifier le compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected: SQLite %1</source>
        <translation>Connecté&#xa0;: SQLite %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Choisissez le fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>A PostgreSQL account needs a host and a database.</source>
        <translation>Un compte PostgreSQL nécessite un hôte et une base de données.</translation>
    </message>
    <message>
        <source>A plugin account needs an http(s) base URL.</source>
        <translation>Un compte de type extension nécessite une URL de base http(s).</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the plugin offers %n dataset(s)</source>
        <translation>
            <numerusform>Connecté&#xa0;: l’extension propose %n jeu de données</numerusform>
            <numerusform>Connecté&#xa0;: l’extension propose %n jeux de données</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>How long the server lets one statement run before it stops it; a widget whose query takes longer shows an error.</source>
        <translation>Durée pendant laquelle le serveur laisse une instruction s’exécuter avant de l’arrêter ; un widget dont la requête dure plus longtemps affiche une erreur.</translation>
    </message>
    <message>
        <source>Statement timeout:</source>
        <translation>Délai des instructions :</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountForm</name>
    <message>
        <source>Edit connection…</source>
        <translation>Modifier la connexion…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3/%4</source>
        <translation>PostgreSQL %1@%2:%3/%4</translation>
    </message>
    <message>
        <source>Password in the keystore.</source>
        <translation>Mot de passe dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>The project&apos;s default account.</source>
        <translation>Le compte par défaut du projet.</translation>
    </message>
</context>
<context>
    <name>Dashwright::AccountOverridesSection</name>
    <message>
        <source>Account overrides</source>
        <translation>Remplacements de comptes</translation>
    </message>
    <message>
        <source>Override “%1”</source>
        <translation>Remplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Fichier de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. tenant.sqlite</source>
        <translation>relatif au fichier du projet, p. ex. tenant.sqlite</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>not overridden</source>
        <translation>non remplacé</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles hold no passwords: they are saved in the project file. A connection sent elsewhere takes no password from the keystore; a token brings its own, sealed.</source>
        <translation>Les profils ne contiennent aucun mot de passe&#xa0;: ils sont enregistrés dans le fichier du projet. Une connexion redirigée ne prend aucun mot de passe dans le trousseau de clés&#xa0;; un jeton apporte le sien, chiffré.</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddAccount</name>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddDashboard</name>
    <message>
        <source>Add dashboard</source>
        <translation>Ajouter un tableau de bord</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddDataset</name>
    <message>
        <source>Add dataset</source>
        <translation>Ajouter un jeu de données</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddParameter</name>
    <message>
        <source>Add parameter</source>
        <translation>Ajouter un paramètre</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddTenant</name>
    <message>
        <source>Add tenant profile</source>
        <translation>Ajouter un profil de locataire</translation>
    </message>
</context>
<context>
    <name>Dashwright::AddWidget</name>
    <message>
        <source>Add widget</source>
        <translation>Ajouter un widget</translation>
    </message>
</context>
<context>
    <name>Dashwright::CanvasDataController</name>
    <message>
        <source>The query was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>no choices</source>
        <translation>aucun choix</translation>
    </message>
</context>
<context>
    <name>Dashwright::CompareDialog</name>
    <message>
        <source>Compare Tenants</source>
        <translation>Comparer les locataires</translation>
    </message>
    <message>
        <source>Dashboard:</source>
        <translation>Tableau de bord&#xa0;:</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Permuter</translation>
    </message>
    <message>
        <source>Swap tenant A and tenant B</source>
        <translation>Permuter le locataire A et le locataire B</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A&#xa0;:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B&#xa0;:</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Par défaut — sans jeton</translation>
    </message>
    <message>
        <source>The project has no dashboard to compare.</source>
        <translation>Le projet n’a aucun tableau de bord à comparer.</translation>
    </message>
    <message>
        <source>Running both sides…</source>
        <translation>Exécution des deux côtés…</translation>
    </message>
    <message>
        <source>%1&apos;s claims do not resolve: %2</source>
        <translation>Les revendications de %1 ne peuvent pas être résolues&#xa0;: %2</translation>
    </message>
    <message>
        <source>A · Viewing as %1 · %2</source>
        <translation>A · Vu en tant que %1 · %2</translation>
    </message>
    <message>
        <source>B · Viewing as %1 · %2</source>
        <translation>B · Vu en tant que %1 · %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>same — a tenant-scoped widget shows both tenants the same rows</source>
        <translation>identique — un widget filtré par locataire montre les mêmes lignes aux deux locataires</translation>
    </message>
    <message>
        <source>different: %1 only in A, %2 only in B</source>
        <translation>différent&#xa0;: %1 uniquement dans A, %2 uniquement dans B</translation>
    </message>
    <message>
        <source>(other columns)</source>
        <translation>(autres colonnes)</translation>
    </message>
    <message>
        <source>denied for A (%1)</source>
        <translation>refusé pour A (%1)</translation>
    </message>
    <message>
        <source>denied for B (%1)</source>
        <translation>refusé pour B (%1)</translation>
    </message>
    <message>
        <source>denied for both</source>
        <translation>refusé pour les deux</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>no data (text)</source>
        <translation>aucune donnée (texte)</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>uniquement dans A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>uniquement dans B</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s):</source>
        <translation>
            <numerusform>%n widget&#xa0;:</numerusform>
            <numerusform>%n widgets&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n same</source>
        <translation>
            <numerusform>%n identique</numerusform>
            <numerusform>%n identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different</source>
        <translation>
            <numerusform>%n différent</numerusform>
            <numerusform>%n différents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant-scoped widget(s) show these two tenants the same rows.</source>
        <translation>
            <numerusform>%n widget filtré par locataire montre les mêmes lignes à ces deux locataires.</numerusform>
            <numerusform>%n widgets filtrés par locataire montrent les mêmes lignes à ces deux locataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Jeton : %1</translation>
    </message>
    <message>
        <source>Paste token…</source>
        <translation>Coller un jeton…</translation>
    </message>
    <message>
        <source>denied: the whole dashboard</source>
        <translation>refusé : tout le tableau de bord</translation>
    </message>
    <message>
        <source>denied for A</source>
        <translation>refusé pour A</translation>
    </message>
    <message>
        <source>denied for B</source>
        <translation>refusé pour B</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardCanvas</name>
    <message>
        <source>Add a %1 to the dashboard</source>
        <translation>Ajouter un widget «&#xa0;%1&#xa0;» au tableau de bord</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Refresh Data</source>
        <translation>&amp;Actualiser les données</translation>
    </message>
    <message>
        <source>&amp;Stop Queries</source>
        <translation>A&amp;rrêter les requêtes</translation>
    </message>
    <message>
        <source>&amp;Export Dashboard…</source>
        <translation>E&amp;xporter le tableau de bord…</translation>
    </message>
    <message>
        <source>Export Widget &amp;Data as CSV…</source>
        <translation>Exporter les &amp;données du widget en CSV…</translation>
    </message>
    <message>
        <source>Cut widgets</source>
        <translation>Couper les widgets</translation>
    </message>
    <message>
        <source>Cut widget</source>
        <translation>Couper le widget</translation>
    </message>
    <message>
        <source>Delete widgets</source>
        <translation>Supprimer les widgets</translation>
    </message>
    <message>
        <source>Delete widget</source>
        <translation>Supprimer le widget</translation>
    </message>
    <message>
        <source>No dashboard to export</source>
        <translation>Aucun tableau de bord à exporter</translation>
    </message>
    <message>
        <source>The widget has no data yet</source>
        <translation>Le widget n’a pas encore de données</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>Export Widget Data</source>
        <translation>Exporter les données du widget</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>These claims show nothing of “%1”: %2.</source>
        <translation>Ces claims ne montrent rien de « %1 » : %2.</translation>
    </message>
    <message>
        <source>Previewed as %1</source>
        <translation>Aperçu en tant que %1</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Par défaut — sans jeton</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>tableau-de-bord</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Some widgets have not loaded for this viewer yet: export when they have</source>
        <translation>Certains widgets ne sont pas encore chargés pour ce lecteur : exportez quand ils le seront</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardFilterEdits</name>
    <message>
        <source>No such dashboard.</source>
        <translation>Tableau de bord inexistant.</translation>
    </message>
    <message>
        <source>No such filter.</source>
        <translation>Filtre inexistant.</translation>
    </message>
    <message>
        <source>Add a dataset with columns first.</source>
        <translation>Ajoutez d’abord un jeu de données avec des colonnes.</translation>
    </message>
    <message>
        <source>Add dashboard filter</source>
        <translation>Ajouter un filtre au tableau de bord</translation>
    </message>
    <message>
        <source>Remove dashboard filter</source>
        <translation>Supprimer un filtre du tableau de bord</translation>
    </message>
    <message>
        <source>Change filter label</source>
        <translation>Modifier le libellé du filtre</translation>
    </message>
    <message>
        <source>The dataset has no columns.</source>
        <translation>Le jeu de données n’a pas de colonnes.</translation>
    </message>
    <message>
        <source>Change filter dataset</source>
        <translation>Modifier le jeu de données du filtre</translation>
    </message>
    <message>
        <source>No such column in the filter&apos;s dataset.</source>
        <translation>Cette colonne n’existe pas dans le jeu de données du filtre.</translation>
    </message>
    <message>
        <source>Change filter column</source>
        <translation>Modifier la colonne du filtre</translation>
    </message>
    <message>
        <source>Change filter expression</source>
        <translation>Modifier l’expression du filtre</translation>
    </message>
    <message>
        <source>The filter&apos;s column does not exist.</source>
        <translation>La colonne du filtre n’existe pas.</translation>
    </message>
    <message>
        <source>This expression takes no value.</source>
        <translation>Cette expression ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the column&apos;s type.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur du type de la colonne.</translation>
    </message>
    <message>
        <source>&quot;? between ?&quot; takes two values: low, high.</source>
        <translation>«&#xa0;? between ?&#xa0;» prend deux valeurs&#xa0;: basse, haute.</translation>
    </message>
    <message>
        <source>Change filter value</source>
        <translation>Modifier la valeur du filtre</translation>
    </message>
    <message>
        <source>No such parameter.</source>
        <translation>Paramètre inexistant.</translation>
    </message>
    <message>
        <source>Only a one-value expression can follow a parameter.</source>
        <translation>Seule une expression à une valeur peut suivre un paramètre.</translation>
    </message>
    <message>
        <source>Change filter parameter</source>
        <translation>Modifier le paramètre du filtre</translation>
    </message>
    <message>
        <source>A filter that follows a parameter cannot be changed by the viewer: the parameter may carry the tenant&apos;s scope.</source>
        <translation>Un filtre qui suit un paramètre ne peut pas être modifié par le lecteur&#xa0;: le paramètre peut porter le périmètre du locataire.</translation>
    </message>
    <message>
        <source>Let the viewer change a filter</source>
        <translation>Laisser le lecteur modifier un filtre</translation>
    </message>
    <message>
        <source>Keep a filter from the viewer</source>
        <translation>Retirer un filtre au lecteur</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardForm</name>
    <message>
        <source>Add Filter</source>
        <translation>Ajouter un filtre</translation>
    </message>
    <message>
        <source>Remove Filter</source>
        <translation>Supprimer le filtre</translation>
    </message>
    <message>
        <source>unset: every row; a, b for a list</source>
        <translation>vide&#xa0;: toutes les lignes&#xa0;; a, b pour une liste</translation>
    </message>
    <message>
        <source>Viewer can change</source>
        <translation>Modifiable par le lecteur</translation>
    </message>
    <message>
        <source>An embedded dashboard offers this filter to the viewer, who may change its value. The choices are computed under the viewer&apos;s own access: token filters and access policies still apply.</source>
        <translation>Un tableau de bord intégré propose ce filtre au lecteur, qui peut en changer la valeur. Les choix sont calculés avec l’accès propre au lecteur&#xa0;: les filtres du jeton et les règles d’accès s’appliquent toujours.</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Colonne&#xa0;:</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>Expression&#xa0;:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Paramètre&#xa0;:</translation>
    </message>
    <message>
        <source>A dashboard filter narrows every widget on its dataset. Select a widget on the canvas to see its own properties.</source>
        <translation>Un filtre de tableau de bord restreint chaque widget de son jeu de données. Sélectionnez un widget sur le canevas pour voir ses propres propriétés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — dashboard filters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — filtres du tableau de bord</translation>
    </message>
    <message>
        <source>%1 (viewer can change)</source>
        <translation>%1 (modifiable par le lecteur)</translation>
    </message>
    <message>
        <source>None — the value above</source>
        <translation>Aucun — la valeur ci-dessus</translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardSelector</name>
    <message>
        <source>New &amp;Dashboard</source>
        <translation>Nouveau &amp;tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Rename Dashboard…</source>
        <translation>Re&amp;nommer le tableau de bord…</translation>
    </message>
    <message>
        <source>De&amp;lete Dashboard</source>
        <translation>Supprimer le ta&amp;bleau de bord</translation>
    </message>
    <message>
        <source>The dashboard on the canvas</source>
        <translation>Le tableau de bord affiché sur le canevas</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Tableau de bord %1</translation>
    </message>
    <message>
        <source>Rename dashboard</source>
        <translation>Renommer le tableau de bord</translation>
    </message>
    <message>
        <source>Rename Dashboard</source>
        <translation>Renommer le tableau de bord</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Dashboard</source>
        <translation>Supprimer le tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n widget(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» avec %n widget&#xa0;? Vous pourrez annuler cette action.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» avec ses %n widgets&#xa0;? Vous pourrez annuler cette action.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DataPanel</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) use this account; remove them first.</source>
        <translation>
            <numerusform>%n jeu de données utilise ce compte&#xa0;; supprimez-le d’abord.</numerusform>
            <numerusform>%n jeux de données utilisent ce compte&#xa0;; supprimez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>This dataset is still used by %1, %2 and %3.</source>
        <translation>Ce jeu de données est encore utilisé par %1, %2 et %3.</translation>
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
            <numerusform>%n filtre de tableau de bord</numerusform>
            <numerusform>%n filtres de tableau de bord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access policy(ies)</source>
        <translation>
            <numerusform>%n règle d’accès</numerusform>
            <numerusform>%n règles d’accès</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Compte…</translation>
    </message>
    <message>
        <source>Dataset…</source>
        <translation>Jeu de données…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an account or a dataset</source>
        <translation>Ajouter un compte ou un jeu de données</translation>
    </message>
</context>
<context>
    <name>Dashwright::DataSourceModel</name>
    <message>
        <source>Column %1 (%2)</source>
        <translation>Colonne %1 (%2)</translation>
    </message>
    <message>
        <source>%1, default</source>
        <translation>%1, par défaut</translation>
    </message>
    <message>
        <source>SQLite database %1</source>
        <translation>Base de données SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3</source>
        <translation>Base de données PostgreSQL %1 sur %2:%3</translation>
    </message>
    <message>
        <source>Plugin at %1</source>
        <translation>Extension à l’adresse %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>Requête SQL</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Renommer le jeu de données</translation>
    </message>
    <message>
        <source>Edit columns</source>
        <translation>Modifier les colonnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Nouveau jeu de données</translation>
    </message>
    <message>
        <source>Table or view</source>
        <translation>Table ou vue</translation>
    </message>
    <message>
        <source>SQL query (one read-only SELECT)</source>
        <translation>Requête SQL (un seul SELECT en lecture seule)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Edit dataset “%1”</source>
        <translation>Modifier le jeu de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Choisissez d’abord un compte.</translation>
    </message>
    <message>
        <source>Reading the tables…</source>
        <translation>Lecture des tables…</translation>
    </message>
    <message>
        <source>%1 (view)</source>
        <translation>%1 (vue)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) and view(s).</source>
        <translation>
            <numerusform>%n table ou vue.</numerusform>
            <numerusform>%n tables et vues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Choose a table or view.</source>
        <translation>Choisissez une table ou une vue.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s).</source>
        <translation>
            <numerusform>La première ligne (%n).</numerusform>
            <numerusform>Les %n premières lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the dataset a name.</source>
        <translation>Donnez un nom au jeu de données.</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <translation>Choisissez un compte.</translation>
    </message>
    <message>
        <source>Preview the query first, so that its columns are known.</source>
        <translation>Affichez d’abord l’aperçu de la requête, pour que ses colonnes soient connues.</translation>
    </message>
    <message>
        <source>The dataset has no columns.</source>
        <translation>Le jeu de données n’a aucune colonne.</translation>
    </message>
    <message>
        <source>Dataset of the plugin</source>
        <translation>Jeu de données de l’extension</translation>
    </message>
    <message numerus="yes">
        <source>The plugin offers %n dataset(s).</source>
        <translation>
            <numerusform>L’extension propose %n jeu de données.</numerusform>
            <numerusform>L’extension propose %n jeux de données.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DatasetForm</name>
    <message>
        <source>Edit source and columns…</source>
        <translation>Modifier la source et les colonnes…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Lit&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Rename dataset</source>
        <translation>Renommer le jeu de données</translation>
    </message>
    <message>
        <source>Change dataset account</source>
        <translation>Changer le compte du jeu de données</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
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
        <translation>Page HTML (composant web)</translation>
    </message>
    <message>
        <source>Embed Snippet</source>
        <translation>Code d’intégration</translation>
    </message>
    <message>
        <source>Sign with a key</source>
        <translation>Signer avec une clé</translation>
    </message>
    <message>
        <source>Ask the embed server with an API key</source>
        <translation>Demander au serveur d’intégration avec une clé d’API</translation>
    </message>
    <message>
        <source>Signing: the back end holds a signing key and signs each token itself. Asking: it holds only an API key and gets each token from the embed server&apos;s POST /api/v1/authorizations.</source>
        <translation>Signer : le back-end détient une clé de signature et signe chaque jeton lui-même. Demander : il ne détient qu’une clé d’API et obtient chaque jeton par POST /api/v1/authorizations du serveur d’intégration.</translation>
    </message>
    <message>
        <source>Open Keystore</source>
        <translation>Ouvrir le trousseau</translation>
    </message>
    <message>
        <source>Template (no tenant)</source>
        <translation>Modèle (aucun tenant)</translation>
    </message>
    <message>
        <source>A template has sample values for the viewer, marked TODO; a tenant profile&apos;s claims show what its viewers&apos; tokens carry.</source>
        <translation>Un modèle contient des valeurs d’exemple pour le lecteur, marquées TODO ; les claims d’un profil de tenant montrent ce que portent les jetons de ses lecteurs.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Short: the page asks for a new token before this one runs out.</source>
        <translation>Courte : la page demande un nouveau jeton avant que celui-ci n’expire.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant :</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Clé de si&amp;gnature :</translation>
    </message>
    <message>
        <source>Embed &amp;server:</source>
        <translation>Serveur d’&amp;intégration :</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>&amp;Durée de vie du jeton :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Newest active key</source>
        <translation>Clé active la plus récente</translation>
    </message>
    <message>
        <source>Newest active key (%1)</source>
        <translation>Clé active la plus récente (%1)</translation>
    </message>
    <message>
        <source>The tenant profile cannot be used: %1</source>
        <translation>Le profil de tenant ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>No key to sign with: %1 (dashwright keys create PROJECT --alg ES256).</source>
        <translation>Aucune clé pour signer : %1 (dashwright keys create PROJECT --alg ES256).</translation>
    </message>
    <message>
        <source>The keystore is not open: %1 Open it to sign with one of its keys, or let the back end ask the embed server with an API key.</source>
        <translation>Le trousseau n’est pas ouvert : %1 Ouvrez-le pour signer avec l’une de ses clés, ou laissez le back-end demander au serveur d’intégration avec une clé d’API.</translation>
    </message>
    <message>
        <source>No key to seal with: %1 (dashwright keys create PROJECT --alg A256GCM).</source>
        <translation>Aucune clé pour sceller : %1 (dashwright keys create PROJECT --alg A256GCM).</translation>
    </message>
    <message>
        <source>Open a dashboard to embed it.</source>
        <translation>Ouvrez un tableau de bord pour l’intégrer.</translation>
    </message>
    <message>
        <source>This snippet cannot be made: %1</source>
        <translation>Ce code ne peut pas être produit : %1</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Exécuter : %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Enregistrer le code</translation>
    </message>
    <message>
        <source>Snippet Not Saved</source>
        <translation>Code non enregistré</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The token is encrypted with the keystore&apos;s A256GCM key: the page cannot read its claims.</source>
        <translation>Le jeton est chiffré avec la clé A256GCM du trousseau : la page ne peut pas lire ses claims.</translation>
    </message>
    <message>
        <source>Seale&amp;d tokens</source>
        <translation>Jetons sce&amp;llés</translation>
    </message>
    <message>
        <source>How the back end &amp;gets tokens:</source>
        <translation>Comment le back-end obtient les &amp;jetons :</translation>
    </message>
</context>
<context>
    <name>Dashwright::FilterBar</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Return every filter and parameter here to its default value</source>
        <translation>Remettre chaque filtre et paramètre ici à sa valeur par défaut</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>What this tenant&apos;s viewer can pick in the embedded dashboard, with the choices the tenant is offered. Your picks are this session&apos;s only: they are not saved in the project.</source>
        <translation>Ce que le lecteur de ce tenant peut choisir dans le tableau de bord intégré, avec les choix proposés au tenant. Vos choix ne valent que pour cette session : ils ne sont pas enregistrés dans le projet.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s viewer-editable filters, as a viewer of the embedded dashboard picks them. Your picks are this session&apos;s only: they are not saved in the project.</source>
        <translation>Les filtres du tableau de bord modifiables par le lecteur, tels qu’un lecteur du tableau de bord intégré les choisit. Vos choix ne valent que pour cette session : ils ne sont pas enregistrés dans le projet.</translation>
    </message>
    <message>
        <source>Parameters (token)</source>
        <translation>Paramètres (jeton)</translation>
    </message>
    <message>
        <source>Parameters (design view)</source>
        <translation>Paramètres (vue de conception)</translation>
    </message>
    <message>
        <source>In a tenant preview the token&apos;s overrides set the parameters, else their defaults.</source>
        <translation>Dans un aperçu de tenant, les remplacements du jeton fixent les paramètres, sinon leurs valeurs par défaut.</translation>
    </message>
    <message>
        <source>The values the design view uses instead of the defaults, for this session only: not saved in the project, and never used for a tenant.</source>
        <translation>Les valeurs que la vue de conception utilise au lieu des valeurs par défaut, pour cette session seulement : non enregistrées dans le projet, et jamais utilisées pour un tenant.</translation>
    </message>
    <message>
        <source>Choices: the values of the column this viewer may read. Not saved in the project; Reset returns to the filter&apos;s initial value.</source>
        <translation>Choix : les valeurs de la colonne que ce lecteur peut lire. Non enregistré dans le projet ; Réinitialiser revient à la valeur initiale du filtre.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Reading the choices…</source>
        <translation>Lecture des choix…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Not a valid %1 value</source>
        <translation>Pas une valeur %1 valide</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>The token sets this value (parameter_overrides): a tenant preview shows what the tenant gets, so it cannot be changed here.</source>
        <translation>Le jeton fixe cette valeur (parameter_overrides) : un aperçu de tenant montre ce que le tenant reçoit, elle ne peut donc pas être changée ici.</translation>
    </message>
    <message>
        <source>The token does not override this parameter: its default applies. A tenant preview never uses the design view&apos;s value.</source>
        <translation>Le jeton ne remplace pas ce paramètre : sa valeur par défaut s’applique. Un aperçu de tenant n’utilise jamais la valeur de la vue de conception.</translation>
    </message>
    <message>
        <source>The design view&apos;s value for this session, instead of the default (%1). Not saved in the project; tokens never use it.</source>
        <translation>La valeur de la vue de conception pour cette session, au lieu de la valeur par défaut (%1). Non enregistrée dans le projet ; les jetons ne l’utilisent jamais.</translation>
    </message>
    <message>
        <source>The parameter&apos;s default. Change it to see the dashboard with another value; it is not saved in the project, and tokens never use it.</source>
        <translation>La valeur par défaut du paramètre. Changez-la pour voir le tableau de bord avec une autre valeur ; elle n’est pas enregistrée dans le projet, et les jetons ne l’utilisent jamais.</translation>
    </message>
</context>
<context>
    <name>Dashwright::IdentitySection</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Suborganization:</source>
        <translation>Sous-organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>never; or e.g. 2026-12-01T00:00:00Z</source>
        <translation>jamais&#xa0;; ou p. ex. 2026-12-01T00:00:00Z</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Inactivity interval:</source>
        <translation>Délai d’inactivité&#xa0;:</translation>
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
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Isolation Check</source>
        <translation>Vérification de l’isolation</translation>
    </message>
    <message>
        <source>Run every tenant profile on every dashboard it grants and compare what they see</source>
        <translation>Exécuter chaque profil de locataire sur chaque tableau de bord auquel il donne accès et comparer ce que voient les profils</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Double-click an entry to show its widget on the canvas as that tenant.</source>
        <translation>Double-cliquez sur une entrée pour afficher son widget sur le canevas en tant que ce locataire.</translation>
    </message>
    <message>
        <source>Runs every tenant profile on every dashboard it grants, and flags widgets that no tenant-specific rule restricts and tenants that see each other&apos;s data.</source>
        <translation>Exécute chaque profil de locataire sur chaque tableau de bord auquel il donne accès, et signale les widgets qu’aucune règle propre au locataire ne restreint ainsi que les locataires qui voient les données les uns des autres.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Pas encore lancée</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Running every tenant profile on every dashboard it grants…</source>
        <translation>Exécution de chaque profil de locataire sur chaque tableau de bord auquel il donne accès…</translation>
    </message>
    <message>
        <source>The project changed since this check ran: run it again.</source>
        <translation>Le projet a changé depuis cette vérification&#xa0;: relancez-la.</translation>
    </message>
    <message>
        <source>Widgets no tenant-specific rule restricts (%1)</source>
        <translation>Widgets qu’aucune règle propre au locataire ne restreint (%1)</translation>
    </message>
    <message>
        <source>every profile that ran it (%1): chain-wide — intended?</source>
        <translation>tous les profils qui l’ont exécuté (%1)&#xa0;: toute la chaîne — est-ce voulu&#xa0;?</translation>
    </message>
    <message>
        <source>%1 of %2 profiles see the defaults</source>
        <translation>montre les valeurs par défaut à %1 des %2 profils</translation>
    </message>
    <message>
        <source>sees what everybody sees</source>
        <translation>voit ce que tout le monde voit</translation>
    </message>
    <message>
        <source>Different tenants seeing the same data (%1)</source>
        <translation>Locataires différents voyant les mêmes données (%1)</translation>
    </message>
    <message>
        <source>%1 (%2) ↔ %3 (%4)</source>
        <translation>%1 (%2) ↔ %3 (%4)</translation>
    </message>
    <message>
        <source>the same rows in all %1 tenant-scoped widgets</source>
        <translation>les mêmes lignes dans tous les %1 widgets filtrés par locataire</translation>
    </message>
    <message>
        <source>the same rows in %1 of %2 tenant-scoped widgets</source>
        <translation>les mêmes lignes dans %1 des %2 widgets filtrés par locataire</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The same tenant under several profiles (%1) — the same rows are expected</source>
        <translation>Le même locataire sous plusieurs profils (%1) — les mêmes lignes sont attendues</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1 (%2): the same rows in %3 of %4 widgets</source>
        <translation>%1 (%2)&#xa0;: les mêmes lignes dans %3 des %4 widgets</translation>
    </message>
    <message>
        <source>as %1: %2</source>
        <translation>en tant que %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Denied — the engine failed closed (%1)</source>
        <translation>Refusé — en cas d’échec, le moteur refuse (%1)</translation>
    </message>
    <message>
        <source>Profiles whose claims do not resolve (%1)</source>
        <translation>Profils dont les revendications ne peuvent pas être résolues (%1)</translation>
    </message>
    <message>
        <source>Data-source errors — the check is incomplete (%1)</source>
        <translation>Erreurs de source de données — la vérification est incomplète (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant profile(s),</source>
        <translation>
            <numerusform>%n profil de locataire,</numerusform>
            <numerusform>%n profils de locataires,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard run(s).</source>
        <translation>
            <numerusform>%n exécution de tableau de bord.</numerusform>
            <numerusform>%n exécutions de tableaux de bord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is incomplete: see the errors below.</source>
        <translation>La vérification est incomplète&#xa0;: voyez les erreurs ci-dessous.</translation>
    </message>
    <message>
        <source>Incomplete: the project has no tenant profiles to check</source>
        <translation>Incomplet : le projet n&apos;a aucun profil de locataire à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n profile(s) or queries could not be checked</source>
        <translation>
            <numerusform>Incomplet : %n profil ou requête n&apos;a pas pu être vérifié</numerusform>
            <numerusform>Incomplet : %n profils ou requêtes n&apos;ont pas pu être vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>The same single figure for different tenants (%1) — worth a look</source>
        <translation>Le même chiffre unique pour des tenants différents (%1) — à vérifier</translation>
    </message>
    <message>
        <source>%1: the same figure in %2</source>
        <translation>%1 : le même chiffre dans %2</translation>
    </message>
</context>
<context>
    <name>Dashwright::ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Dashwright::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a Dashwright project</source>
        <translation>Ouvrir un projet Dashwright</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard(s)</source>
        <translation>
            <numerusform>%n tableau de bord</numerusform>
            <numerusform>%n tableaux de bord</numerusform>
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
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Keystore Not Saved</source>
        <translation>Trousseau de clés non enregistré</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;Parameter</source>
        <translation>&amp;Paramètre</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Paste &amp;Token…</source>
        <translation>Coller un &amp;jeton…</translation>
    </message>
    <message>
        <source>Back to &amp;Design View</source>
        <translation>Retour à la vue &amp;conception</translation>
    </message>
    <message>
        <source>Effective &amp;Access…</source>
        <translation>&amp;Accès effectif…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Aperçu en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Widgets</source>
        <translation>Widgets</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used the next time Dashwright Designer starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Dashwright Designer.</translation>
    </message>
    <message>
        <source>%1[*] — Dashwright Designer</source>
        <translation>%1[*] — Dashwright Designer</translation>
    </message>
    <message>
        <source>&amp;Compare Tenants…</source>
        <translation>Co&amp;mparer les locataires…</translation>
    </message>
    <message>
        <source>&amp;Isolation Check…</source>
        <translation>&amp;Vérification de l’isolation…</translation>
    </message>
    <message>
        <source>Export Embed &amp;Snippet…</source>
        <translation>Exporter le &amp;code d’intégration…</translation>
    </message>
    <message>
        <source>The code that embeds this dashboard in a page, and the back-end code that mints its tokens</source>
        <translation>Le code qui intègre ce tableau de bord dans une page, et le code back-end qui émet ses jetons</translation>
    </message>
    <message>
        <source>Project Se&amp;ttings…</source>
        <translation>&amp;Paramètres du projet…</translation>
    </message>
    <message>
        <source>The project&apos;s name, and the web pages allowed to show its dashboards (embed origins)</source>
        <translation>Le nom du projet et les pages web autorisées à afficher ses tableaux de bord (origines d’intégration)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenue…</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Projet de démonstration</translation>
    </message>
    <message>
        <source>The demo project could not be created: %1</source>
        <translation>Le projet de démonstration n’a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>none; or JSON for a broker plugin, e.g. {&quot;region&quot;: &quot;West&quot;}</source>
        <translation>aucune&#xa0;; ou du JSON pour une extension de type courtier, p. ex. {&quot;region&quot;: &quot;West&quot;}</translation>
    </message>
    <message>
        <source>Not valid JSON, not applied: %1</source>
        <translation>JSON non valide, non appliqué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::NumberFormatter</name>
    <message>
        <source>M</source>
        <extracomment>Abbreviation of million after an axis tick&apos;s number, as in &quot;12M&quot;</extracomment>
        <translation>&#xa0;M</translation>
    </message>
    <message>
        <source>k</source>
        <extracomment>Abbreviation of thousand after an axis tick&apos;s number, as in &quot;250k&quot;</extracomment>
        <translation>&#xa0;k</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterEdits</name>
    <message>
        <source>Parameter %1</source>
        <translation>Paramètre %1</translation>
    </message>
    <message>
        <source>No such parameter.</source>
        <translation>Paramètre inexistant.</translation>
    </message>
    <message>
        <source>A parameter name is a letter or _ followed by letters, digits or _.</source>
        <translation>Un nom de paramètre est une lettre ou _, suivie de lettres, de chiffres ou de _.</translation>
    </message>
    <message>
        <source>The dashboard already has a parameter named &quot;%1&quot;.</source>
        <translation>Le tableau de bord a déjà un paramètre nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Change parameter label</source>
        <translation>Modifier le libellé du paramètre</translation>
    </message>
    <message>
        <source>Change parameter type</source>
        <translation>Modifier le type du paramètre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of this parameter&apos;s type.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur du type de ce paramètre.</translation>
    </message>
    <message>
        <source>The allowed values must include the default, %1.</source>
        <translation>Les valeurs autorisées doivent inclure la valeur par défaut, %1.</translation>
    </message>
    <message>
        <source>Change allowed values</source>
        <translation>Modifier les valeurs autorisées</translation>
    </message>
    <message>
        <source>A parameter needs a default value.</source>
        <translation>Un paramètre a besoin d&apos;une valeur par défaut.</translation>
    </message>
    <message>
        <source>Change whether a token must set the parameter</source>
        <translation>Modifier si un jeton doit définir le paramètre</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterForm</name>
    <message>
        <source>any value; or a, b, c</source>
        <translation>toute valeur&#xa0;; ou a, b, c</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Valeur par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed values:</source>
        <translation>Valeurs autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Tokens override a parameter by its name; filters refer to it to take its value.</source>
        <translation>Les jetons remplacent un paramètre par son nom&#xa0;; les filtres s’y réfèrent pour en prendre la valeur.</translation>
    </message>
    <message>
        <source>Required in token</source>
        <translation>Obligatoire dans le jeton</translation>
    </message>
    <message>
        <source>A token that does not override this parameter is denied, instead of seeing the default&apos;s data. The design view still uses the default.</source>
        <translation>Un jeton qui ne remplace pas ce paramètre est refusé, au lieu de voir les données de la valeur par défaut. La vue de conception utilise toujours la valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterModel</name>
    <message>
        <source>Tokens override this parameter as &quot;%1&quot;.</source>
        <translation>Les jetons remplacent ce paramètre sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Unknown type.</source>
        <translation>Type inconnu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Valeurs autorisées</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParameterOverridesSection</name>
    <message>
        <source>Parameter overrides</source>
        <translation>Remplacements de paramètres</translation>
    </message>
    <message>
        <source>No dashboard has parameters.</source>
        <translation>Aucun tableau de bord n’a de paramètres.</translation>
    </message>
    <message>
        <source>Unchecked: the parameter&apos;s default, %1</source>
        <translation>Non coché&#xa0;: la valeur par défaut du paramètre, %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::ParametersPanel</name>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Ajouter un paramètre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is taken by %n filter(s); change them first.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n filtre&#xa0;; modifiez-le d’abord.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n filtres&#xa0;; modifiez-les d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::PasteTokenDialog</name>
    <message>
        <source>Preview a Token</source>
        <translation>Aperçu avec un jeton</translation>
    </message>
    <message>
        <source>Paste a token (three or five parts separated by dots)</source>
        <translation>Collez un jeton (trois ou cinq parties séparées par des points)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>The token is verified against this project&apos;s keys, as the embed server verifies it.</source>
        <translation>Le jeton est vérifié avec les clés de ce projet, comme le fait le serveur d’intégration.</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>un jeton</translation>
    </message>
    <message>
        <source>%1 (pasted token, key %2)</source>
        <translation>%1 (jeton collé, clé %2)</translation>
    </message>
    <message>
        <source>Valid %1 token for %2, signed with key %3, expires %4.</source>
        <translation>Jeton %1 valide pour %2, signé avec la clé %3, expire le %4.</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>Not valid: %1. Nothing is previewed.</source>
        <translation>Non valide&#xa0;: %1. Aucun aperçu n’est affiché.</translation>
    </message>
    <message>
        <source>it has been revoked (its jti is listed in %1)</source>
        <translation>il a été révoqué (son jti figure dans %1)</translation>
    </message>
    <message>
        <source>the revocation list cannot be read, so it cannot be shown not to be revoked: %1</source>
        <translation>la liste de révocation est illisible, on ne peut donc pas montrer qu’il n’est pas révoqué : %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PolicyValuesSection</name>
    <message>
        <source>Policy values</source>
        <translation>Valeurs des règles</translation>
    </message>
    <message>
        <source>The project&apos;s access policies use no ${{ name }} values.</source>
        <translation>Les règles d’accès du projet n’utilisent aucune valeur ${{ name }}.</translation>
    </message>
    <message>
        <source>not set (denied); a list: a, b</source>
        <translation>non défini (refusé)&#xa0;; une liste&#xa0;: a, b</translation>
    </message>
    <message>
        <source>not set (denied)</source>
        <translation>non défini (refusé)</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Utilisé par&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PreviewBanner</name>
    <message>
        <source>Back to Design View</source>
        <translation>Retour à la vue conception</translation>
    </message>
    <message>
        <source>Previewing as %1</source>
        <translation>Aperçu en tant que %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PreviewSelector</name>
    <message>
        <source>Preview the dashboard as a tenant would see it</source>
        <translation>Prévisualiser le tableau de bord tel qu’un locataire le verrait</translation>
    </message>
    <message>
        <source>Default — no token</source>
        <translation>Par défaut — sans jeton</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemLocation</name>
    <message>
        <source>Account “%1”</source>
        <translation>Compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Dataset “%1”</source>
        <translation>Jeu de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Access policy on “%1”</source>
        <translation>Règle d’accès sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Dashboard “%1”</source>
        <translation>Tableau de bord «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Dashboard “%1” › widget “%2”</source>
        <translation>Tableau de bord «&#xa0;%1&#xa0;» › widget «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Dashboard “%1” › parameter “%2”</source>
        <translation>Tableau de bord «&#xa0;%1&#xa0;» › paramètre «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Dashboard “%1” › filters</source>
        <translation>Tableau de bord «&#xa0;%1&#xa0;» › filtres</translation>
    </message>
    <message>
        <source>Tenant profile “%1”</source>
        <translation>Profil de locataire «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemModel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectFiles</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Dashwright projects (*.dwproj)</source>
        <translation>Projets Dashwright (*.dwproj)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s) to fix</source>
        <translation>
            <numerusform>%1 ouvert avec %n problème à corriger</numerusform>
            <numerusform>%1 ouvert avec %n problèmes à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Open Project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n’a pas pu être ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problème :</numerusform>
            <numerusform>%n problèmes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Unsaved Changes?</source>
        <translation>Récupérer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Dashwright Designer did not close normally while %1 had unsaved changes.</source>
        <translation>Dashwright Designer ne s’est pas fermé normalement alors que %1 comportait des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>un projet sans titre</translation>
    </message>
    <message>
        <source>A copy saved automatically at %1 can be restored.</source>
        <translation>Une copie enregistrée automatiquement le %1 peut être restaurée.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Could Not Recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>The automatic copy could not be read:
%1</source>
        <translation>Impossible de lire la copie automatique&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Recovered unsaved changes; save to keep them</source>
        <translation>Modifications non enregistrées récupérées&#xa0;; enregistrez pour les conserver</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The untitled project</source>
        <translation>Le projet sans titre</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 comporte des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectKeystore</name>
    <message>
        <source>Wrong passphrase. Passphrase for %1:</source>
        <translation>Phrase secrète incorrecte. Phrase secrète pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Phrase secrète pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Keystore passphrase</source>
        <translation>Phrase secrète du trousseau de clés</translation>
    </message>
    <message>
        <source>The keystore %1 stays locked.</source>
        <translation>Le trousseau de clés %1 reste verrouillé.</translation>
    </message>
    <message>
        <source>The keystore holds no secret %1.</source>
        <translation>Le trousseau de clés ne contient aucun secret %1.</translation>
    </message>
    <message>
        <source>The project has no keystore until it is saved.</source>
        <translation>Le projet n’a pas de trousseau de clés tant qu’il n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The keystore&apos;s secret %1 is not of the kind account &quot;%2&quot; takes; it is not sent.</source>
        <translation>Le secret %1 du trousseau n’est pas du type que le compte « %2 » utilise ; il n’est pas envoyé.</translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectSettingsDialog</name>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Project Settings</source>
        <translation>Paramètres du projet</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Embed origins</source>
        <translation>Origines d’intégration</translation>
    </message>
    <message>
        <source>The web pages allowed to show this project&apos;s dashboards: scheme://host[:port], no path, e.g. https://app.example.com; the embed server answers only these origins.</source>
        <translation>Les pages web autorisées à afficher les tableaux de bord de ce projet&#xa0;: schéma://hôte[:port], sans chemin, par ex. https://app.example.com&#xa0;; le serveur d’intégration ne répond qu’à ces origines.</translation>
    </message>
    <message>
        <source>%1 is already embed origin %2</source>
        <translation>%1 est déjà l’origine d’intégration %2</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>Donnez un nom au projet.</translation>
    </message>
    <message>
        <source>Embed origin %1: %2</source>
        <translation>Origine d’intégration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tableau 10</source>
        <translation>Tableau 10</translation>
    </message>
    <message>
        <source>Okabe-Ito (colour-blind safe)</source>
        <translation>Okabe-Ito (adapté au daltonisme)</translation>
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
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A font family the dashboards are drawn in, e.g. system-ui (the system&apos;s own font) or Noto Sans; where a viewer&apos;s computer lacks it, its system font is used.</source>
        <translation>Une famille de polices pour dessiner les tableaux de bord, p. ex. system-ui (la police du système) ou Noto Sans ; si l’ordinateur d’un lecteur ne l’a pas, sa police système est utilisée.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>How the canvas and the embedded dashboards look. A chart with colours of its own keeps them.</source>
        <translation>L’apparence du canevas et des tableaux de bord intégrés. Un graphique qui a ses propres couleurs les garde.</translation>
    </message>
    <message>
        <source>Palette:</source>
        <translation>Palette :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Police :</translation>
    </message>
    <message>
        <source>Font: %1</source>
        <translation>Police : %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Select a widget on the canvas, or a parameter, dataset or account, to see its properties.</source>
        <translation>Sélectionnez un widget sur le canevas, ou un paramètre, un jeu de données ou un compte, pour en voir les propriétés.</translation>
    </message>
</context>
<context>
    <name>Dashwright::QueryStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the queries that are running</source>
        <translation>Annuler les requêtes en cours</translation>
    </message>
    <message>
        <source>Last query: %1 ms</source>
        <translation>Dernière requête&#xa0;: %1 ms</translation>
    </message>
    <message>
        <source>No query yet</source>
        <translation>Aucune requête pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Running %n query(ies)…</source>
        <translation>
            <numerusform>%n requête en cours…</numerusform>
            <numerusform>%n requêtes en cours…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveAccount</name>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveDashboard</name>
    <message>
        <source>Remove dashboard</source>
        <translation>Supprimer le tableau de bord</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveDataset</name>
    <message>
        <source>Remove dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveParameter</name>
    <message>
        <source>Remove parameter</source>
        <translation>Supprimer le paramètre</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveTenant</name>
    <message>
        <source>Remove tenant profile</source>
        <translation>Supprimer le profil de locataire</translation>
    </message>
</context>
<context>
    <name>Dashwright::RemoveWidget</name>
    <message>
        <source>Remove widget</source>
        <translation>Supprimer le widget</translation>
    </message>
</context>
<context>
    <name>Dashwright::SecurablesSection</name>
    <message>
        <source>Securables</source>
        <translation>Éléments sécurisables</translation>
    </message>
    <message>
        <source>A dashboard grants the datasets its widgets read; checking datasets too limits the profile to those.</source>
        <translation>Un tableau de bord donne accès aux jeux de données que lisent ses widgets&#xa0;; cocher aussi des jeux de données limite le profil à ceux-ci.</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Jeu de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantModel</name>
    <message>
        <source>Tenant profile %1
id %2</source>
        <translation>Profil de locataire %1
id %2</translation>
    </message>
    <message>
        <source>A tenant profile needs a name.</source>
        <translation>Un profil de locataire doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another tenant profile is already called “%1”.</source>
        <translation>Un autre profil de locataire s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Rename tenant profile</source>
        <translation>Renommer le profil de locataire</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantPreview</name>
    <message>
        <source>Default — no token</source>
        <translation>Par défaut — sans jeton</translation>
    </message>
</context>
<context>
    <name>Dashwright::TenantsPanel</name>
    <message>
        <source>Tenant profiles</source>
        <translation>Profils de locataires</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Preview as</source>
        <translation>Aperçu en tant que</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate tenant profile</source>
        <translation>Dupliquer le profil de locataire</translation>
    </message>
</context>
<context>
    <name>Dashwright::TokenFiltersSection</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
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
        <translation>Origine</translation>
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
        <translation>Les filtres «&#xa0;global&#xa0;» restreignent tous les widgets du jeu de données&#xa0;; les filtres «&#xa0;initialization&#xa0;» fixent la première valeur du filtre propre au tableau de bord sur la colonne. «&#xa0;having&#xa0;» s’applique après le regroupement.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>from, to</source>
        <translation>de, à</translation>
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
        <translation>Texte</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur clé</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Stacked bar chart</source>
        <translation>Histogramme empilé</translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Area chart</source>
        <translation>Graphique en aires</translation>
    </message>
    <message>
        <source>Pie chart</source>
        <translation>Camembert</translation>
    </message>
    <message>
        <source>Donut chart</source>
        <translation>Graphique en anneau</translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation>Nuage de points</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Count distinct</source>
        <translation>Nombre de valeurs distinctes</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
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
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
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
        <translation>Extension (courtier HTTP)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>est différent de</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ne fait pas partie de</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>est compris entre</translation>
    </message>
    <message>
        <source>matches (like)</source>
        <translation>correspond à (like)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n’est pas vide</translation>
    </message>
</context>
<context>
    <name>Dashwright::WelcomeDialog</name>
    <message>
        <source>Welcome to Dashwright Designer</source>
        <translation>Bienvenue dans Dashwright Designer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Dashwright Designer&lt;/h2&gt;&lt;p&gt;Design one dashboard, embed it in your web app, and let every tenant see only its own data. The Burrito Factory demo is a small chain whose shops each see only their own sales: a good place to start.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Dashwright Designer&lt;/h2&gt;&lt;p&gt;Concevez un tableau de bord, intégrez-le à votre application web et laissez chaque tenant ne voir que ses propres données. La démo Burrito Factory est une petite chaîne dont chaque restaurant ne voit que ses propres ventes : un bon point de départ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Burrito Factory demo</source>
        <translation>Ouvrir la démo Burrito Factory</translation>
    </message>
    <message>
        <source>A demo project with a SQLite database, three dashboards and six tenant profiles; made on first use.</source>
        <translation>Un projet de démonstration avec une base SQLite, trois tableaux de bord et six profils de tenant ; créé à la première utilisation.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>An empty project with one dashboard.</source>
        <translation>Un projet vide avec un tableau de bord.</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>A .dwproj file.</source>
        <translation>Un fichier .dwproj.</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Projets récents :</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Aucun projet récent pour l’instant.</translation>
    </message>
    <message>
        <source>The documentation was not found beside the program.</source>
        <translation>La documentation est introuvable à côté du programme.</translation>
    </message>
    <message>
        <source>Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Documentation : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetForm</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Time grain</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Croissant</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Or parameter</source>
        <translation>Ou paramètre</translation>
    </message>
    <message>
        <source>#1f77b4, #ff7f0e, … (empty: theme)</source>
        <translation>#1f77b4, #ff7f0e, … (vide&#xa0;: thème)</translation>
    </message>
    <message>
        <source>0,0.00 (empty: automatic)</source>
        <translation>0,0.00 (vide&#xa0;: automatique)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensions&#xa0;:</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Mesures&#xa0;:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Tri&#xa0;:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Limite&#xa0;:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Format des nombres&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n widgets selected: changes apply to all of them.</source>
        <translation>
            <numerusform>%n widget sélectionné&#xa0;: les modifications s’appliquent à tous.</numerusform>
            <numerusform>%n widgets sélectionnés&#xa0;: les modifications s’appliquent à tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(rows)</source>
        <translation>(lignes)</translation>
    </message>
    <message>
        <source>(the value)</source>
        <translation>(la valeur)</translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Mesure %1</translation>
    </message>
    <message>
        <source>Change widget dataset</source>
        <translation>Changer le jeu de données du widget</translation>
    </message>
    <message>
        <source>Change widget</source>
        <translation>Modifier le widget</translation>
    </message>
    <message numerus="yes">
        <source>Change %n widget(s)</source>
        <translation>
            <numerusform>Modifier %n widget</numerusform>
            <numerusform>Modifier %n widgets</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a column to group by</source>
        <translation>Déposez une colonne pour grouper</translation>
    </message>
    <message>
        <source>Drop a column to measure</source>
        <translation>Déposez une colonne à mesurer</translation>
    </message>
    <message>
        <source>Drop a column to filter on</source>
        <translation>Déposez une colonne à filtrer</translation>
    </message>
    <message>
        <source>Only columns from the data panel can be dropped here.</source>
        <translation>Seules les colonnes du panneau Données peuvent être déposées ici.</translation>
    </message>
    <message>
        <source>Select one widget to add a column to it.</source>
        <translation>Sélectionnez un seul widget pour lui ajouter une colonne.</translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No access: %1</source>
        <translation>Accès refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>La requête a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Previous rows</source>
        <translation>Lignes précédentes</translation>
    </message>
    <message>
        <source>Next rows</source>
        <translation>Lignes suivantes</translation>
    </message>
    <message>
        <source>Not available to this viewer</source>
        <translation>Non disponible pour ce lecteur</translation>
    </message>
    <message>
        <source>%L1+</source>
        <translation>%L1+</translation>
    </message>
    <message>
        <source>%L1–%L2 of %3</source>
        <translation>%L1–%L2 sur %3</translation>
    </message>
</context>
<context>
    <name>DenialNotice</name>
    <message>
        <source>This token does not grant “%1”.</source>
        <translation>Ce jeton n’accorde pas « %1 ».</translation>
    </message>
    <message>
        <source>%1&apos;s token does not grant “%2”.</source>
        <translation>Le jeton de %1 n’accorde pas « %2 ».</translation>
    </message>
    <message>
        <source>This token shows nothing of “%1”: %2.</source>
        <translation>Ce jeton ne montre rien de « %1 » : %2.</translation>
    </message>
    <message>
        <source>%1&apos;s token shows nothing of “%2”: %3.</source>
        <translation>Le jeton de %1 ne montre rien de « %2 » : %3.</translation>
    </message>
    <message>
        <source>It grants no other dashboard of this project.</source>
        <translation>Il n’accorde aucun autre tableau de bord de ce projet.</translation>
    </message>
    <message>
        <source>It grants: %1.</source>
        <translation>Il accorde : %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A dashboard&apos;s title in a list of titles.</extracomment>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>access policy %1 needs the policy value %2, which the token does not carry</source>
        <translation>la règle d’accès %1 requiert la valeur %2, que le jeton ne contient pas</translation>
    </message>
    <message>
        <source>access policy %1 names a column the dataset does not have</source>
        <translation>la règle d’accès %1 nomme une colonne que le jeu de données n’a pas</translation>
    </message>
    <message>
        <source>access policy %1 has no row rule</source>
        <translation>la règle d’accès %1 n’a aucune règle de lignes</translation>
    </message>
    <message>
        <source>column %1 of dataset %2 has no index: filters on it scan the table</source>
        <translation>la colonne %1 du jeu de données %2 n’a pas d’index : les filtres sur elle parcourent toute la table</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: not a valid %2 value</source>
        <translation>parameter_overrides.%1 : pas une valeur %2 valide</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: not one of the parameter&apos;s allowed values</source>
        <translation>parameter_overrides.%1 : pas une des valeurs autorisées du paramètre</translation>
    </message>
    <message>
        <source>parameter_overrides.%1: this dashboard has no such parameter; ignored here</source>
        <translation>parameter_overrides.%1 : ce tableau de bord n’a pas ce paramètre ; ignoré ici</translation>
    </message>
    <message>
        <source>parameter %1 is required in the token, which does not override it</source>
        <translation>le paramètre %1 est requis dans le jeton, qui ne le remplace pas</translation>
    </message>
    <message>
        <source>no filter %1 on this dashboard</source>
        <translation>aucun filtre %1 sur ce tableau de bord</translation>
    </message>
    <message>
        <source>filter %1 is not viewer-editable</source>
        <translation>le filtre %1 n’est pas modifiable par le lecteur</translation>
    </message>
    <message>
        <source>filter %1: its dataset or column does not exist</source>
        <translation>filtre %1 : son jeu de données ou sa colonne n’existe pas</translation>
    </message>
    <message>
        <source>a token filter names an unknown column</source>
        <translation>un filtre du jeton nomme une colonne inconnue</translation>
    </message>
    <message>
        <source>an initialization filter on %1.%2 matches no dashboard filter; ignored</source>
        <translation>un filtre d’initialisation sur %1.%2 ne correspond à aucun filtre du tableau de bord ; ignoré</translation>
    </message>
    <message>
        <source>the widget&apos;s dataset or account does not exist</source>
        <translation>le jeu de données ou le compte du widget n’existe pas</translation>
    </message>
    <message>
        <source>the token&apos;s securables do not grant dataset %1</source>
        <translation>les ressources du jeton n’accordent pas le jeu de données %1</translation>
    </message>
    <message>
        <source>token filter: %1</source>
        <translation>filtre du jeton : %1</translation>
    </message>
    <message>
        <source>access policy %1 does not grant column %2</source>
        <translation>la règle d’accès %1 n’accorde pas la colonne %2</translation>
    </message>
    <message>
        <source>cannot plan the widget: %1</source>
        <translation>impossible de planifier le widget : %1</translation>
    </message>
    <message>
        <source>the token&apos;s securables do not grant dashboard %1</source>
        <translation>les ressources du jeton n’accordent pas le tableau de bord %1</translation>
    </message>
    <message>
        <source>the authorization expired at %1</source>
        <translation>l’autorisation a expiré le %1</translation>
    </message>
    <message>
        <source>the token expired at %1</source>
        <translation>le jeton a expiré le %1</translation>
    </message>
    <message>
        <source>no choices</source>
        <translation>aucun choix</translation>
    </message>
    <message>
        <source>the token header has no kid</source>
        <translation>l’en-tête du jeton n’a pas de kid</translation>
    </message>
    <message>
        <source>the token is larger than %1 KiB</source>
        <translation>le jeton dépasse %1 Kio</translation>
    </message>
    <message>
        <source>malformed token: 1 part (a signed token has 3 parts separated by dots, a sealed one 5)</source>
        <translation>jeton mal formé : 1 partie (un jeton signé a 3 parties séparées par des points, un jeton scellé 5)</translation>
    </message>
    <message>
        <source>malformed token: %1 parts (a signed token has 3 parts separated by dots, a sealed one 5)</source>
        <translation>jeton mal formé : %1 parties (un jeton signé a 3 parties séparées par des points, un jeton scellé 5)</translation>
    </message>
    <message>
        <source>the sealed token does not hold a signed token</source>
        <translation>le jeton scellé ne contient pas de jeton signé</translation>
    </message>
    <message>
        <source>the claims are not a JSON object</source>
        <translation>les claims ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>malformed claims: %1</source>
        <translation>claims mal formés : %1</translation>
    </message>
    <message>
        <source>exp is not a NumericDate</source>
        <translation>exp n’est pas une NumericDate</translation>
    </message>
    <message>
        <source>the token has no exp</source>
        <translation>le jeton n’a pas d’exp</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>nbf is not a NumericDate</source>
        <translation>nbf n’est pas une NumericDate</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>non valide avant %1</translation>
    </message>
    <message>
        <source>iat is not a NumericDate</source>
        <translation>iat n’est pas une NumericDate</translation>
    </message>
    <message>
        <source>issued in the future (iat %1)</source>
        <translation>émis dans le futur (iat %1)</translation>
    </message>
    <message>
        <source>the token lives longer than the maximum of %1 hours</source>
        <translation>le jeton vit plus longtemps que le maximum de %1 heures</translation>
    </message>
    <message>
        <source>the token has no iss</source>
        <translation>le jeton n’a pas d’iss</translation>
    </message>
    <message>
        <source>the token was issued for another project (iss is not &quot;%1&quot;)</source>
        <translation>le jeton a été émis pour un autre projet (iss n’est pas « %1 »)</translation>
    </message>
    <message>
        <source>the token&apos;s %1 is not a string of at most 256 bytes</source>
        <translation>le %1 du jeton n’est pas une chaîne d’au plus 256 octets</translation>
    </message>
    <message>
        <source>the token&apos;s aud does not name &quot;%1&quot;</source>
        <translation>l’aud du jeton ne nomme pas « %1 »</translation>
    </message>
</context>
<context>
    <name>FieldWells</name>
    <message>
        <source>The widget no longer exists.</source>
        <translation>Le widget n’existe plus.</translation>
    </message>
    <message>
        <source>The column no longer exists.</source>
        <translation>La colonne n’existe plus.</translation>
    </message>
    <message>
        <source>A text widget shows no data: %1 cannot be added to it.</source>
        <translation>Un widget de texte n’affiche aucune donnée : %1 ne peut pas lui être ajouté.</translation>
    </message>
    <message>
        <source>%1 is a column of %2, but this widget reads %3. Drop a column of %3, or change the widget&apos;s dataset first.</source>
        <translation>%1 est une colonne de %2, mais ce widget lit %3. Déposez une colonne de %3, ou changez d’abord le jeu de données du widget.</translation>
    </message>
    <message>
        <source>%1 is already a dimension of this widget.</source>
        <translation>%1 est déjà une dimension de ce widget.</translation>
    </message>
    <message>
        <source>Add dimension %1</source>
        <translation>Ajouter la dimension %1</translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation>Ajouter la mesure %1</translation>
    </message>
    <message>
        <source>Add filter on %1</source>
        <translation>Ajouter un filtre sur %1</translation>
    </message>
</context>
<context>
    <name>MoveWidgets</name>
    <message>
        <source>Resize widgets</source>
        <translation>Redimensionner les widgets</translation>
    </message>
    <message>
        <source>Resize widget</source>
        <translation>Redimensionner le widget</translation>
    </message>
    <message>
        <source>Move widgets</source>
        <translation>Déplacer les widgets</translation>
    </message>
    <message>
        <source>Move widget</source>
        <translation>Déplacer le widget</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>an embed origin cannot be empty; write scheme://host[:port], e.g. https://app.example.com</source>
        <translation>une origine d’intégration ne peut pas être vide&#xa0;; écrivez schéma://hôte[:port], par ex. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 is not scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 n’est pas de la forme schéma://hôte[:port], par ex. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 does not start with https:// or http://; an origin is scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 ne commence pas par https:// ou http://&#xa0;; une origine est schéma://hôte[:port], par ex. https://app.example.com</translation>
    </message>
    <message>
        <source>%1 has a user name; an origin is scheme://host[:port], nothing before the host</source>
        <translation>%1 contient un nom d’utilisateur&#xa0;; une origine est schéma://hôte[:port], rien avant l’hôte</translation>
    </message>
    <message>
        <source>%1 has a path; an origin ends after the host or port, without even a trailing /</source>
        <translation>%1 contient un chemin&#xa0;; une origine s’arrête après l’hôte ou le port, sans même un / final</translation>
    </message>
    <message>
        <source>%1 has a query (?…); an origin ends after the host or port</source>
        <translation>%1 contient une requête (?…)&#xa0;; une origine s’arrête après l’hôte ou le port</translation>
    </message>
    <message>
        <source>%1 has a fragment (#…); an origin ends after the host or port</source>
        <translation>%1 contient un fragment (#…)&#xa0;; une origine s’arrête après l’hôte ou le port</translation>
    </message>
    <message>
        <source>%1 has no host; an origin is scheme://host[:port], e.g. https://app.example.com</source>
        <translation>%1 n’a pas d’hôte&#xa0;; une origine est schéma://hôte[:port], par ex. https://app.example.com</translation>
    </message>
    <message>
        <source>%1: the host is neither a DNS name (letters, digits, hyphens and dots) nor an IP address</source>
        <translation>%1&#xa0;: l’hôte n’est ni un nom DNS (lettres, chiffres, tirets et points) ni une adresse IP</translation>
    </message>
    <message>
        <source>%1: the port is not between 1 and 65535</source>
        <translation>%1&#xa0;: le port n’est pas entre 1 et 65535</translation>
    </message>
    <message>
        <source>%1 names the default port, which browsers leave out of the origin: write %2</source>
        <translation>%1 indique le port par défaut, que les navigateurs omettent de l’origine&#xa0;: écrivez %2</translation>
    </message>
    <message>
        <source>%1 is not spelled as browsers send it (lower case, no leading zeros, international names in their xn-- form): write %2</source>
        <translation>%1 n’est pas écrit comme les navigateurs l’envoient (minuscules, pas de zéros en tête, noms internationaux sous leur forme xn--)&#xa0;: écrivez %2</translation>
    </message>
    <message>
        <source> (no browser sends it: it never matches)</source>
        <translation> (aucun navigateur ne l’envoie : il ne correspond jamais)</translation>
    </message>
</context>
<context>
    <name>RenameParameter</name>
    <message>
        <source>Rename parameter</source>
        <translation>Renommer le paramètre</translation>
    </message>
</context>
<context>
    <name>SetProjectSettings</name>
    <message>
        <source>Change project settings</source>
        <translation>Modifier les paramètres du projet</translation>
    </message>
</context>
<context>
    <name>SetTenantClaims</name>
    <message>
        <source>Edit tenant claims</source>
        <translation>Modifier les revendications du locataire</translation>
    </message>
</context>
<context>
    <name>SnippetGenerator</name>
    <message>
        <source>the server &quot;%1&quot; is not an http(s) URL like https://dash.example.com</source>
        <translation>le serveur « %1 » n’est pas une URL http(s) comme https://dash.example.com</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is not a signing key</source>
        <translation>la clé « %1 » n’est pas une clé de signature</translation>
    </message>
    <message>
        <source>System.IdentityModel.Tokens.Jwt does not sign EdDSA: choose an HS256 or ES256 key, or let the back end ask the embed server (--via api)</source>
        <translation>System.IdentityModel.Tokens.Jwt ne signe pas en EdDSA : choisissez une clé HS256 ou ES256, ou laissez le back-end demander au serveur d’intégration (--via api)</translation>
    </message>
    <message>
        <source>the %1 snippet cannot seal tokens (its JOSE library has no JWE): let the back end ask the embed server (--via api), which seals them</source>
        <translation>l’extrait %1 ne peut pas sceller de jetons (sa bibliothèque JOSE n’a pas de JWE) : laissez le back-end demander au serveur d’intégration (--via api), qui les scelle</translation>
    </message>
    <message>
        <source>a sealed token needs an A256GCM key</source>
        <translation>un jeton scellé demande une clé A256GCM</translation>
    </message>
    <message>
        <source>ruby-jwt signs EdDSA only with the rbnacl gem: choose an HS256 or ES256 key, or let the back end ask the embed server (--via api)</source>
        <translation>ruby-jwt ne signe en EdDSA qu’avec le gem rbnacl : choisissez une clé HS256 ou ES256, ou laissez le back-end demander au serveur d’intégration (--via api)</translation>
    </message>
    <message>
        <source>a token lives between 1 second and 86400 seconds</source>
        <translation>un jeton vit entre 1 et 86400 secondes</translation>
    </message>
    <message>
        <source>these claims carry credentials, which a snippet never holds: mint that token on the server instead (dashwright token sign --sealed)</source>
        <translation>ces claims contiennent des identifiants, qu’un extrait ne contient jamais : émettez ce jeton sur le serveur (dashwright token sign --sealed)</translation>
    </message>
    <message>
        <source>%1 is an HMAC key: the secret in DASHWRIGHT_SIGNING_KEY also verifies every token of this project, so whoever holds it can mint a token for any tenant. Keep it in your back end&apos;s environment only, never in a page, an app or a repository; an ES256 or EdDSA key keeps the verifying half public.</source>
        <translation>%1 est une clé HMAC : le secret de DASHWRIGHT_SIGNING_KEY vérifie aussi chaque jeton de ce projet, donc qui le détient peut émettre un jeton pour n’importe quel locataire. Gardez-le dans l’environnement de votre back-end seulement, jamais dans une page, une application ou un dépôt ; une clé ES256 ou EdDSA garde publique la moitié qui vérifie.</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SERVER (optional): the embed server, default %1</source>
        <translation>DASHWRIGHT_SERVER (facultatif) : le serveur d’intégration, par défaut %1</translation>
    </message>
    <message>
        <source>a template: the viewer&apos;s values marked TODO are samples; fill them from your logged-in user</source>
        <translation>un modèle : les valeurs du spectateur marquées TODO sont des exemples ; remplissez-les avec votre utilisateur connecté</translation>
    </message>
    <message>
        <source>no integrity value: the bundle was not found, so the script tag has no SRI hash (see its comment)</source>
        <translation>pas de valeur d’intégrité : le bundle est introuvable, la balise script n’a donc pas d’empreinte SRI (voir son commentaire)</translation>
    </message>
    <message>
        <source>no integrity value: dashwright-frame-host.js was not found, so the script tag has no SRI hash (see its comment)</source>
        <translation>pas de valeur d’intégrité : dashwright-frame-host.js est introuvable, la balise script n’a donc pas d’empreinte SRI (voir son commentaire)</translation>
    </message>
    <message>
        <source>the embed server is reached over plain http: tokens, and an API key&apos;s secret, would cross the network unencrypted; use https beyond your own machine</source>
        <translation>le serveur d’intégration est joint en http simple : les jetons, et le secret d’une clé d’API, traverseraient le réseau en clair ; utilisez https au-delà de votre propre machine</translation>
    </message>
    <message>
        <source>these claims do not open the dashboard &quot;%1&quot; (it is not among their securables): choose a tenant that it is for, or a template</source>
        <translation>ces claims n’ouvrent pas le tableau de bord « %1 » (il n’est pas parmi leurs securables) : choisissez un locataire auquel il est destiné, ou un modèle</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SIGNING_KEY: the private JWK of key %1 (dashwright keys export %2 --kid %1 --jwk --private)</source>
        <translation>DASHWRIGHT_SIGNING_KEY : le JWK privé de la clé %1 (dashwright keys export %2 --kid %1 --jwk --private)</translation>
    </message>
    <message>
        <source>DASHWRIGHT_SEALING_KEY: the JWK of key %1 (dashwright keys export %2 --kid %1 --jwk --private)</source>
        <translation>DASHWRIGHT_SEALING_KEY : le JWK de la clé %1 (dashwright keys export %2 --kid %1 --jwk --private)</translation>
    </message>
    <message>
        <source>DASHWRIGHT_API_KEY_ID and DASHWRIGHT_API_KEY_SECRET: an API key (dashwright keys api-key create %1 --name NAME)</source>
        <translation>DASHWRIGHT_API_KEY_ID et DASHWRIGHT_API_KEY_SECRET : une clé d’API (dashwright keys api-key create %1 --name NAME)</translation>
    </message>
    <message>
        <source>the number %1 in these claims is beyond what JavaScript, Go and Java all keep exactly (±2^53): write it as a string</source>
        <translation>le nombre %1 de ces claims dépasse ce que JavaScript, Go et Java gardent tous exactement (±2^53) : écrivez-le comme une chaîne</translation>
    </message>
    <message>
        <source>these claims hold metadata or account overrides, which a signed token shows to the page that holds it: seal the tokens if they are not for the viewer&apos;s eyes</source>
        <translation>ces claims contiennent des métadonnées ou des substitutions de compte, qu’un jeton signé montre à la page qui le détient : scellez les jetons s’ils ne sont pas destinés au spectateur</translation>
    </message>
</context>
<context>
    <name>WidgetClipboard</name>
    <message>
        <source>not copied Dashwright widgets</source>
        <translation>ce ne sont pas des widgets Dashwright copiés</translation>
    </message>
    <message>
        <source>the widgets were copied by another version of Dashwright</source>
        <translation>les widgets ont été copiés par une autre version de Dashwright</translation>
    </message>
    <message>
        <source>no widgets to paste</source>
        <translation>aucun widget à coller</translation>
    </message>
    <message>
        <source>no such dashboard</source>
        <translation>tableau de bord inexistant</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) left out: their dataset is not in this project</source>
        <translation>
            <numerusform>%n widget ignoré&#xa0;: son jeu de données n’est pas dans ce projet</numerusform>
            <numerusform>%n widgets ignorés&#xa0;: leur jeu de données n’est pas dans ce projet</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste widgets</source>
        <translation>Coller les widgets</translation>
    </message>
    <message>
        <source>Paste widget</source>
        <translation>Coller le widget</translation>
    </message>
</context>
<context>
    <name>WidgetProposal</name>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Count by month of %1</source>
        <translation>Nombre par mois (%1)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Count by %1</source>
        <translation>Nombre par %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau widget&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write here.</source>
        <translation>Écrivez ici.</translation>
    </message>
    <message>
        <source>Count of %1</source>
        <translation>Nombre de %1</translation>
    </message>
    <message>
        <source>Distinct count of %1</source>
        <translation>Nombre distinct de %1</translation>
    </message>
    <message>
        <source>Average of %1</source>
        <translation>Moyenne de %1</translation>
    </message>
    <message>
        <source>Minimum of %1</source>
        <translation>Minimum de %1</translation>
    </message>
    <message>
        <source>Maximum of %1</source>
        <translation>Maximum de %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>could not write the screenshot</source>
        <translation>impossible d’écrire la capture d’écran</translation>
    </message>
    <message>
        <source>Design dashboards for multi-tenant embedded analytics.</source>
        <translation>Concevez des tableaux de bord pour l’analytique intégrée multi-locataire.</translation>
    </message>
    <message>
        <source>The .dwproj file to open.</source>
        <translation>Le fichier .dwproj à ouvrir.</translation>
    </message>
    <message>
        <source>Create the window, load PROJECT if given, and exit (0: it worked).</source>
        <translation>Créer la fenêtre, charger PROJET s’il est indiqué, puis quitter (0 : tout a fonctionné).</translation>
    </message>
    <message>
        <source>With --self-test: save the window as an image.</source>
        <translation>Avec --self-test : enregistrer la fenêtre en image.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>usage: at most one project</source>
        <translation>usage : un projet au plus</translation>
    </message>
    <message>
        <source>no tenant profile &quot;%1&quot;</source>
        <translation>aucun profil de locataire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Preview PROJECT as this tenant profile.</source>
        <translation>Prévisualiser PROJECT en tant que ce profil de locataire.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
</context>
</TS>
