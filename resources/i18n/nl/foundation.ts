<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/actions.py" />
            <source>Buurten Amsterdam 2023 (CBS)</source>
            <translation>Buurten Amsterdam 2023 (CBS)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/actions.py" />
            <source>The sample {path} could not be opened. Delete it and load the sample again.</source>
            <translation>Het voorbeeld {path} kon niet worden geopend. Verwijder het bestand en laad het voorbeeld opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>"{schema}"."{table}" in database {database} on {host}:{port}</source>
            <translation>"{schema}"."{table}" in database {database} op {host}:{port}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>Check the host, port and database of the connection, and that the server can be reached from this computer (network, VPN, firewall).</source>
            <translation>Controleer host, poort en database van de verbinding, en of de server vanaf deze computer bereikbaar is (netwerk, VPN, firewall).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>That database does not exist on the server: check the database name of the connection.</source>
            <translation>Die database bestaat niet op de server: controleer de databasenaam van de verbinding.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>The database refused the user name or password: check them, or store them in a QGIS authentication configuration (Settings ▸ Options ▸ Authentication) and use that in the connection.</source>
            <translation>De database weigert de gebruikersnaam of het wachtwoord: controleer ze, of sla ze op in een QGIS-authenticatieconfiguratie (Instellingen ▸ Opties ▸ Authenticatie) en gebruik die in de verbinding.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>connection failed</source>
            <translation>verbinding mislukt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>{what}: cannot connect to PostgreSQL for {table}: {reason}
{advice}</source>
            <translation>{what}: geen verbinding met PostgreSQL voor {table}: {reason}
{advice}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>{what}: the schema "{schema}" does not exist, so there is no table {table}. Schemas in this database: {schemas}. Create the schema (CREATE SCHEMA) or choose one of these.</source>
            <translation>{what}: het schema "{schema}" bestaat niet, dus er is geen tabel {table}. Schema's in deze database: {schemas}. Maak het schema aan (CREATE SCHEMA) of kies een van deze.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>{what}: the table {table} does not exist. Check the table name, or whether the user may see it (GRANT USAGE on the schema, SELECT on the table).</source>
            <translation>{what}: de tabel {table} bestaat niet. Controleer de tabelnaam, of de gebruiker de tabel mag zien (GRANT USAGE op het schema, SELECT op de tabel).</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/deps.py" />
            <source>Wijkmonitor needs the Python package(s) {packages}, which this QGIS does not have. On Debian/Ubuntu install python3-pandas (sudo apt install python3-pandas); with the OSGeo4W installer on Windows select python3-pandas in the Advanced install; on macOS and elsewhere run 'python3 -m pip install pandas' in the QGIS Python console's Python. Then restart QGIS.</source>
            <translation>Wijkmonitor heeft de Python-pakket(ten) {packages} nodig, die deze QGIS niet heeft. Installeer op Debian/Ubuntu python3-pandas (sudo apt install python3-pandas); kies met de OSGeo4W-installer op Windows python3-pandas bij de geavanceerde installatie; voer op macOS en elders 'python3 -m pip install pandas' uit met de Python van QGIS. Start daarna QGIS opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>Frames</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/frames.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/frames.py" />
            <source>Could not write feature {fid} to the output: {error}</source>
            <translation>Object {fid} kon niet naar de uitvoer worden geschreven: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/frames.py" />
            <source>Internal error: output fields lack {fields}.</source>
            <translation>Interne fout: de uitvoervelden missen {fields}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/frames.py" />
            <source>The field '{field}' does not exist in the input. Available fields: {fields}.</source>
            <translation>Het veld '{field}' bestaat niet in de invoer. Beschikbare velden: {fields}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/frames.py" />
            <source>The output has {n} features where the input has {m}: nothing was written.</source>
            <translation>De uitvoer heeft {n} objecten waar de invoer er {m} heeft: er is niets geschreven.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/frames.py" />
            <source>Values of {source} read for the analysis (every other value is used as it is):</source>
            <translation>Waarden van {source} gelezen voor de analyse (elke andere waarde wordt gebruikt zoals ze is):</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/frames.py" />
            <source>the input</source>
            <translation>de invoer</translation>
        </message>
    </context>
    <context>
        <name>Geometry</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/geometry.py" />
            <source> (and {n} more)</source>
            <translation> (en nog {n})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/geometry.py" />
            <source>{n} feature(s) of {what} without a usable polygon left out: {examples}</source>
            <translation>{n} object(en) van {what} zonder bruikbaar vlak weggelaten: {examples}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/geometry.py" />
            <source>{n} invalid polygon(s) of {what} repaired (makeValid) before measuring: {examples}</source>
            <translation>{n} ongeldig(e) vlak(ken) van {what} hersteld (makeValid) vóór het meten: {examples}</translation>
        </message>
    </context>
    <context>
        <name>Groups</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>1 · Neighbourhood data</source>
            <translation>1 · Wijk- en buurtgegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>2 · Indicators and themes</source>
            <translation>2 · Indicatoren en thema's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>3 · Achterstandsmonitor (deprivation index)</source>
            <translation>3 · Achterstandsmonitor (achterstandsindex)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>4 · Maps and layouts</source>
            <translation>4 · Kaarten en afdrukken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/base.py" />
            <source>5 · Policy scenarios</source>
            <translation>5 · Beleidsscenario's</translation>
        </message>
    </context>
    <context>
        <name>LoadSampleAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_sample.py" />
            <source>Buurten Amsterdam 2023</source>
            <translation>Buurten Amsterdam 2023</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_sample.py" />
            <source>Leave out water-only buurten (no land area)</source>
            <translation>Buurten die alleen uit water bestaan weglaten (geen landoppervlak)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_sample.py" />
            <source>Load the Amsterdam sample (buurten 2023)</source>
            <translation>Voorbeeld Amsterdam laden (buurten 2023)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_sample.py" />
            <source>Outputs the 519 buurten of Amsterdam from the CBS Wijk- en Buurtkaart 2023 that ship with the plugin, so everything works offline. The output carries the normalised key fields statcode, statnaam, gemeentecode, gemeentenaam, wijkcode and jaar, then the wijk's name (wijknaam), followed by all 200+ CBS Kerncijfers attributes; CBS secrecy codes are NULL. The menu's 'Load Amsterdam sample' gives exactly this layer.

Source: CBS Wijk- en Buurtkaart 2023 via PDOK; wijk names from CBS Kerncijfers wijken en buurten 2024 (the codes are the same); licence CC BY 4.0 (Bron: CBS).</source>
            <translation>Geeft de 519 buurten van Amsterdam uit de CBS Wijk- en Buurtkaart 2023 die met de plug-in worden meegeleverd, zodat alles zonder internet werkt. De uitvoer heeft de genormaliseerde sleutelvelden statcode, statnaam, gemeentecode, gemeentenaam, wijkcode en jaar, dan de naam van de wijk (wijknaam), gevolgd door alle 200+ attributen van de CBS Kerncijfers; geheimhoudingscodes van het CBS zijn NULL. 'Voorbeeld Amsterdam laden' in het menu geeft precies deze laag.

Bron: CBS Wijk- en Buurtkaart 2023 via PDOK; wijknamen uit de CBS Kerncijfers wijken en buurten 2024 (de codes zijn gelijk); licentie CC BY 4.0 (Bron: CBS).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_sample.py" />
            <source>Skips buurten whose land area is 0 ha, such as 'Groot binnenwater'.</source>
            <translation>Slaat buurten over met 0 ha landoppervlak, zoals 'Groot binnenwater'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_sample.py" />
            <source>The bundled sample {path} could not be opened. Reinstall the Wijkmonitor plugin.</source>
            <translation>De meegeleverde voorbeelddata {path} kon niet worden geopend. Installeer de Wijkmonitor-plugin opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_sample.py" />
            <source>Wrote {n} buurten.</source>
            <translation>{n} buurten geschreven.</translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>'{layer}' ({input})</source>
            <translation>'{layer}' ({input})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>A file</source>
            <translation>Een bestand</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>A file could not be read or written.</source>
            <translation>Een bestand kon niet worden gelezen of geschreven.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>Check the path, choose another file or folder, or ask for access.</source>
            <translation>Controleer het pad, kies een ander bestand of een andere map, of vraag om toegang.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>Close the file in the other program (or remove the layer from the QGIS project) and run again, or choose another name.</source>
            <translation>Sluit het bestand in het andere programma (of verwijder de laag uit het QGIS-project) en start opnieuw, of kies een andere naam.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>Free disk space, or choose a folder on another drive.</source>
            <translation>Maak schijfruimte vrij, of kies een map op een andere schijf.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>Not enough memory for this input. Use fewer areas or fields, or close other programs.</source>
            <translation>Onvoldoende geheugen voor deze invoer. Gebruik minder gebieden of velden, of sluit andere programma's.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>a part of the path is a file, not a folder</source>
            <translation>een deel van het pad is een bestand, geen map</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>it already exists</source>
            <translation>het bestaat al</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>it does not exist</source>
            <translation>het bestaat niet</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>it is a folder, not a file</source>
            <translation>het is een map, geen bestand</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>it is in use by another program (or open in QGIS)</source>
            <translation>het is in gebruik door een ander programma (of geopend in QGIS)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>it is not a readable SVG drawing</source>
            <translation>het is geen leesbare SVG-tekening</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>it is not a readable image ({reason})</source>
            <translation>het is geen leesbare afbeelding ({reason})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>it is on a read-only drive</source>
            <translation>het staat op een alleen-lezen schijf</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>the disk is full</source>
            <translation>de schijf is vol</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>the name is not valid here</source>
            <translation>de naam is hier niet geldig</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>the name is too long</source>
            <translation>de naam is te lang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>there is no permission to write or read it (read-only or locked)</source>
            <translation>er is geen recht om het te schrijven of te lezen (alleen-lezen of vergrendeld)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{input} has no features: its filter leaves none. Change the filter or choose another layer.</source>
            <translation>{input} heeft geen objecten: het filter laat er geen over. Pas het filter aan of kies een andere laag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{input} has no features: there is nothing to work with. Choose a layer or table with features.</source>
            <translation>{input} heeft geen objecten: er is niets om mee te werken. Kies een laag of tabel met objecten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{input}: no feature is selected, and only selected features are to be used. Select features, or untick 'Selected features only'.</source>
            <translation>{input}: er is geen object geselecteerd, en alleen geselecteerde objecten worden gebruikt. Selecteer objecten, of zet 'Alleen geselecteerde objecten' uit.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label} was not written ({path}).</source>
            <translation>{label} is niet geschreven ({path}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: nothing can be written in the folder {folder} ({problem}). Choose another folder, or ask for write access.</source>
            <translation>{label}: in de map {folder} kan niets worden geschreven ({problem}). Kies een andere map, of vraag om schrijfrechten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: the file {path} does not exist. Check the name and folder, or leave the field empty.</source>
            <translation>{label}: het bestand {path} bestaat niet. Controleer de naam en de map, of laat het veld leeg.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: the name is too long for the file system ({n} characters, at most {most}): {path}. Choose a shorter name.</source>
            <translation>{label}: de naam is te lang voor het bestandssysteem ({n} tekens, hoogstens {most}): {path}. Kies een kortere naam.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: {path} cannot be made, because {file} is a file, not a folder. Choose a path in a folder.</source>
            <translation>{label}: {path} kan niet worden gemaakt, want {file} is een bestand, geen map. Kies een pad in een map.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: {path} cannot be read ({problem}).</source>
            <translation>{label}: {path} kan niet worden gelezen ({problem}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: {path} cannot be shown: {problem}. Choose an SVG, PNG or JPEG file, or leave the field empty.</source>
            <translation>{label}: {path} kan niet worden getoond: {problem}. Kies een SVG-, PNG- of JPEG-bestand, of laat het veld leeg.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: {path} is a file, not a folder. Choose a folder, or another name.</source>
            <translation>{label}: {path} is een bestand, geen map. Kies een map, of een andere naam.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: {path} is a folder, not a file. Choose the file itself.</source>
            <translation>{label}: {path} is een map, geen bestand. Kies het bestand zelf.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: {path} is a folder, not a file. Give a file name (with its extension) in it.</source>
            <translation>{label}: {path} is een map, geen bestand. Geef een bestandsnaam (met extensie) in die map.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{label}: {path} is read-only. Choose another file name, or make it writable.</source>
            <translation>{label}: {path} is alleen-lezen. Kies een andere bestandsnaam, of maak het bestand schrijfbaar.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{path} is a folder, not a file: the output cannot be put there. Choose another name.</source>
            <translation>{path} is een map, geen bestand: de uitvoer kan daar niet worden neergezet. Kies een andere naam.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/outputs.py" />
            <source>{path}: {problem}. {advice}</source>
            <translation>{path}: {problem}. {advice}</translation>
        </message>
    </context>
    <context>
        <name>ResultsDialog</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/results_dialog.py" />
            <source>Files written:</source>
            <translation>Geschreven bestanden:</translation>
        </message>
    </context>
    <context>
        <name>WijkmonitorPlugin</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/plugin.py" />
            <source>Add the bundled buurten of Amsterdam (CBS Wijk- en Buurtkaart 2023, with wijk names) to the map, exactly as the algorithm 'Load the Amsterdam sample' gives them</source>
            <translation>De meegeleverde buurten van Amsterdam (CBS Wijk- en Buurtkaart 2023, met wijknamen) aan de kaart toevoegen, precies zoals het algoritme 'Voorbeeld Amsterdam laden (buurten 2023)' ze geeft</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/plugin.py" />
            <source>Load Amsterdam sample</source>
            <translation>Voorbeeld Amsterdam laden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/plugin.py" />
            <source>Show the Wijkmonitor algorithms in the Processing toolbox</source>
            <translation>Toon de Wijkmonitor-algoritmen in de Processing-gereedschapskist</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/plugin.py" />
            <source>Wijkmonitor toolbox…</source>
            <translation>Wijkmonitor-gereedschapskist…</translation>
        </message>
    </context>
    <context>
        <name>WijkmonitorProvider</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/provider.py" />
            <source>Wijkmonitor – neighbourhood monitor for Dutch municipalities</source>
            <translation>Wijkmonitor – wijk- en buurtmonitor voor Nederlandse gemeenten</translation>
        </message>
    </context>
</TS>