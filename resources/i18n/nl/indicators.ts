<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../../wijkmonitor_plugin/core/catalogue.py" line="134" />
        <source>Unknown indicator '{id}'. Known indicators: {known}.</source>
        <translation>Onbekende indicator '{id}'. Bekende indicatoren: {known}.</translation>
    </message>
    <message>
        <location filename="../../../wijkmonitor_plugin/core/catalogue.py" line="143" />
        <source>Unknown theme '{id}'. Known themes: {known}.</source>
        <translation>Onbekend thema '{id}'. Bekende thema's: {known}.</translation>
    </message>
    <message>
        <location filename="../../../wijkmonitor_plugin/core/catalogue.py" line="176" />
        <source>Catalogue error in {where}: {what}</source>
        <translation>Fout in de catalogus bij {where}: {what}</translation>
    </message>
    <message>
        <location filename="../../../wijkmonitor_plugin/core/catalogue.py" line="280" />
        <source>The catalogue file {path} does not exist.</source>
        <translation>Het catalogusbestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../../wijkmonitor_plugin/core/catalogue.py" line="288" />
        <source>The catalogue file {path} is not valid JSON: {error}</source>
        <translation>Het catalogusbestand {path} is geen geldige JSON: {error}</translation>
    </message>
</context>
</TS>