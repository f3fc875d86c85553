<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dashwright::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
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
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Dashwright project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashwright projects (*.dwproj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Dashwright Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashwright Designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashwright::TypeNames</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pie chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donut chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>could not write the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design dashboards for multi-tenant embedded analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .dwproj file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the window, load PROJECT if given, and exit (0: it worked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --self-test: save the window as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: at most one project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
