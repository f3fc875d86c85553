<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dashwright::AccountDialog</name>
    <message numerus="yes">
        <source>Connected: the plugin offers %n dataset(s)</source>
        <translation>
            <numerusform>Connected: the plugin offers %n dataset</numerusform>
            <numerusform>Connected: the plugin offers %n datasets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::CompareDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
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
            <numerusform>%n same</numerusform>
            <numerusform>%n same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different</source>
        <translation>
            <numerusform>%n different</numerusform>
            <numerusform>%n different</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied</source>
        <translation>
            <numerusform>%n denied</numerusform>
            <numerusform>%n denied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant-scoped widget(s) show these two tenants the same rows.</source>
        <translation>
            <numerusform>%n tenant-scoped widget shows these two tenants the same rows.</numerusform>
            <numerusform>%n tenant-scoped widgets show these two tenants the same rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DashboardSelector</name>
    <message numerus="yes">
        <source>Delete “%1” and its %n widget(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete “%1” and its %n widget? You can undo this.</numerusform>
            <numerusform>Delete “%1” and its %n widgets? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DataPanel</name>
    <message numerus="yes">
        <source>%n dataset(s) use this account; remove them first.</source>
        <translation>
            <numerusform>%n dataset uses this account; remove it first.</numerusform>
            <numerusform>%n datasets use this account; remove them first.</numerusform>
        </translation>
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
            <numerusform>%n dashboard filter</numerusform>
            <numerusform>%n dashboard filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access policy(ies)</source>
        <translation>
            <numerusform>%n access policy</numerusform>
            <numerusform>%n access policies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::DatasetDialog</name>
    <message numerus="yes">
        <source>%n table(s) and view(s).</source>
        <translation>
            <numerusform>%n table or view.</numerusform>
            <numerusform>%n tables and views.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s).</source>
        <translation>
            <numerusform>The first %n row.</numerusform>
            <numerusform>The first %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plugin offers %n dataset(s).</source>
        <translation>
            <numerusform>The plugin offers %n dataset.</numerusform>
            <numerusform>The plugin offers %n datasets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::FilterBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::IsolationCheckDialog</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant profile(s),</source>
        <translation>
            <numerusform>%n tenant profile,</numerusform>
            <numerusform>%n tenant profiles,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard run(s).</source>
        <translation>
            <numerusform>%n dashboard run.</numerusform>
            <numerusform>%n dashboard runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n profile(s) or queries could not be checked</source>
        <translation>
            <numerusform>Incomplete: %n profile or query could not be checked</numerusform>
            <numerusform>Incomplete: %n profiles or queries could not be checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::MainWindow</name>
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
</context>
<context>
    <name>Dashwright::ParametersPanel</name>
    <message numerus="yes">
        <source>“%1” is taken by %n filter(s); change them first.</source>
        <translation>
            <numerusform>“%1” is taken by %n filter; change it first.</numerusform>
            <numerusform>“%1” is taken by %n filters; change them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::ProjectFiles</name>
    <message numerus="yes">
        <source>Opened %1 with %n problem(s) to fix</source>
        <translation>
            <numerusform>Opened %1 with %n problem to fix</numerusform>
            <numerusform>Opened %1 with %n problems to fix</numerusform>
        </translation>
    </message>
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
</context>
<context>
    <name>Dashwright::QueryStatusWidget</name>
    <message numerus="yes">
        <source>Running %n query(ies)…</source>
        <translation>
            <numerusform>Running %n query…</numerusform>
            <numerusform>Running %n queries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetForm</name>
    <message numerus="yes">
        <source>%n widgets selected: changes apply to all of them.</source>
        <translation>
            <numerusform>%n widget selected: changes apply to it.</numerusform>
            <numerusform>%n widgets selected: changes apply to all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n widget(s)</source>
        <translation>
            <numerusform>Change %n widget</numerusform>
            <numerusform>Change %n widgets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashwright::WidgetView</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WidgetClipboard</name>
    <message numerus="yes">
        <source>%n widget(s) left out: their dataset is not in this project</source>
        <translation>
            <numerusform>%n widget left out: its dataset is not in this project</numerusform>
            <numerusform>%n widgets left out: their dataset is not in this project</numerusform>
        </translation>
    </message>
</context>
</TS>
