<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Dashwright::MainWindow</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
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
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Dashwright projects (*.dwproj)</source>
        <translation>Projets Dashwright (*.dwproj)</translation>
    </message>
    <message>
        <source>The project could not be read.</source>
        <translation>Le projet n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
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
        <source>SQL query</source>
        <translation>Requête SQL</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Parameter (%1)</source>
        <translation>Paramètre (%1)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
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
        <source>%1 — Dashwright Designer</source>
        <translation>%1 — Dashwright Designer</translation>
    </message>
    <message>
        <source>Dashwright Designer</source>
        <translation>Dashwright Designer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>dataset: %1</source>
        <translation>jeu de données : %1</translation>
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
</context>
</TS>
