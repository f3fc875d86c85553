<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Dashwright::MainWindow</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
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
    <message>
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Dashwright projects (*.dwproj)</source>
        <translation>Dashwright-projecten (*.dwproj)</translation>
    </message>
    <message>
        <source>The project could not be read.</source>
        <translation>Het project kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
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
        <source>SQL query</source>
        <translation>SQL-query</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Parameter (%1)</source>
        <translation>Parameter (%1)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>standaard: %1</translation>
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
        <source>%1 — Dashwright Designer</source>
        <translation>%1 — Dashwright Designer</translation>
    </message>
    <message>
        <source>Dashwright Designer</source>
        <translation>Dashwright Designer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>dataset: %1</source>
        <translation>dataset: %1</translation>
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
</context>
</TS>
