<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>podwright::gui::DocumentController</name>
    <message numerus="yes">
        <source>Opened %1: its %n comment(s) will not be kept when it is saved</source>
        <translation>
            <numerusform>Opened %1: its comment will not be kept when it is saved</numerusform>
            <numerusform>Opened %1: its %n comments will not be kept when it is saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n comment(s) that Podwright does not keep.</source>
        <translation>
            <numerusform>“%1” has a comment that Podwright does not keep.</numerusform>
            <numerusform>“%1” has %n comments that Podwright does not keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API server would reject this manifest: it has %n error(s).</source>
        <translation>
            <numerusform>The API server would reject this manifest: it has %n error.</numerusform>
            <numerusform>The API server would reject this manifest: it has %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwright::gui::InspectorForm</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other(s)</source>
        <translation>
            <numerusform>, %n other</numerusform>
            <numerusform>, %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or hint(s)</source>
        <translation>
            <numerusform>%n warning or hint</numerusform>
            <numerusform>%n warnings or hints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>podwright::gui::YamlPane</name>
    <message numerus="yes">
        <source>%n comment(s) removed: they belong to no field Podwright writes</source>
        <translation>
            <numerusform>%n comment removed: it belongs to no field Podwright writes</numerusform>
            <numerusform>%n comments removed: they belong to no field Podwright writes</numerusform>
        </translation>
    </message>
</context>
</TS>
