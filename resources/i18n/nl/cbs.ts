<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>CbsOData</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_odata.py" />
            <source>'{item}' matches several variables; write one of: {names}</source>
            <translation>'{item}' past bij meerdere variabelen; schrijf een van: {names}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_odata.py" />
            <source>Did you mean: {names}?</source>
            <translation>Bedoelt u: {names}?</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_odata.py" />
            <source>The table has no variable '{item}'.{hint}</source>
            <translation>De tabel heeft geen variabele '{item}'.{hint}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_odata.py" />
            <source>table {table} has no wijk/buurt (region) dimension</source>
            <translation>tabel {table} heeft geen dimensie voor wijken en buurten (regio's)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_odata.py" />
            <source>the response has no OData 'value' list{what}</source>
            <translation>het antwoord bevat geen OData-lijst 'value'{what}</translation>
        </message>
    </context>
    <context>
        <name>DownloadCbsTableAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>'{table}' is not a CBS table id; ids look like 85984NED.</source>
            <translation>'{table}' is geen CBS-tabelnummer; tabelnummers zien eruit als 85984NED.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>A CBS table id such as 50120NED (Gezondheid per wijk en buurt). When given it takes precedence over the table choice.</source>
            <translation>Een CBS-tabelnummer zoals 50120NED (Gezondheid per wijk en buurt). Als het is opgegeven, gaat het voor de tabelkeuze.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Another table (give its id)</source>
            <translation>Een andere tabel (geef het tabelnummer op)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>CBS table</source>
            <translation>CBS-tabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>CBS table {table} has no rows for {levels} of {where}. Check the municipality codes (they change with municipal mergers) and the levels.</source>
            <translation>CBS-tabel {table} heeft geen rijen voor {levels} van {where}. Controleer de gemeentecodes (die veranderen bij gemeentelijke herindelingen) en de niveaus.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Cancelled.</source>
            <translation>Afgebroken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Could not write row {i} to the output.</source>
            <translation>Rij {i} kon niet naar de uitvoer worden geschreven.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Download CBS table (Kerncijfers wijken en buurten and others)</source>
            <translation>CBS-tabel downloaden (Kerncijfers wijken en buurten en andere)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Download again (ignore the cache)</source>
            <translation>Opnieuw downloaden (cache negeren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Downloading CBS table {table} for {where}…</source>
            <translation>Bezig met downloaden van CBS-tabel {table} voor {where}…</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Downloads a CBS table with figures per gemeente, wijk and buurt from the CBS OData service (Kerncijfers wijken en buurten of a year, Gezondheid per wijk en buurt, Nabijheid voorzieningen, SES-WOA, criminaliteit, …) for the chosen municipalities and levels.

Choose variables by their CBS title (one per line or separated by ';', for example 'Aantal inwoners; Gemiddelde woningwaarde'); leave empty for all. The key suffixes that change every year do not matter: output fields are named after the key without suffix (AantalInwoners), numbers are numeric fields, the field alias is the CBS title and the unit is kept in the field comment.

The output table has the key fields statcode (code without padding, for joining), statnaam, gemeentecode, gemeentenaam, wijkcode and jaar, then one field per variable. Missing and secret values are NULL. Requests stay under the 10,000-record limit of CBS (per municipality and level, else the bulk feed); tables that exist only in OData v4 are read from there. Downloads are cached in the QGIS profile.

Source: CBS StatLine, licence CC BY 4.0 (Bron: CBS).</source>
            <translation>Downloadt een CBS-tabel met cijfers per gemeente, wijk en buurt uit de OData-service van het CBS (Kerncijfers wijken en buurten van een jaar, Gezondheid per wijk en buurt, Nabijheid voorzieningen, SES-WOA, criminaliteit, …) voor de gekozen gemeenten en niveaus.

Kies variabelen op hun CBS-titel (één per regel of gescheiden door ';', bijvoorbeeld 'Aantal inwoners; Gemiddelde woningwaarde'); laat leeg voor alle. De achtervoegsels van de sleutels, die elk jaar veranderen, doen er niet toe: uitvoervelden heten naar de sleutel zonder achtervoegsel (AantalInwoners), getallen worden numerieke velden, de alias van een veld is de CBS-titel en de eenheid staat in het veldcommentaar.

De uitvoertabel heeft de sleutelvelden statcode (code zonder opvulspaties, om op te koppelen), statnaam, gemeentecode, gemeentenaam, wijkcode en jaar, gevolgd door één veld per variabele. Ontbrekende en geheime waarden zijn NULL. Verzoeken blijven onder de limiet van 10.000 records van het CBS (per gemeente en niveau, anders via de bulkfeed); tabellen die alleen in OData v4 bestaan worden daar gelezen. Downloads worden in het QGIS-profiel bewaard.

Bron: CBS StatLine, licentie CC BY 4.0 (Bron: CBS).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Gemeenten</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Give the id of the CBS table (for example 50120NED).</source>
            <translation>Geef het nummer van de CBS-tabel op (bijvoorbeeld 50120NED).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Kerncijfers wijken en buurten {year}</source>
            <translation>Kerncijfers wijken en buurten {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Levels</source>
            <translation>Niveaus</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Municipalities (codes or names; empty = whole country)</source>
            <translation>Gemeenten (codes of namen; leeg = heel Nederland)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Normally downloads are reused from the Wijkmonitor cache for 30 days.</source>
            <translation>Normaal worden downloads 30 dagen lang uit de cache van Wijkmonitor hergebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>One or more gemeenten, separated by commas or semicolons: CBS codes (GM0363, 0363) or names ('s-Hertogenbosch, Súdwest-Fryslân). Leave empty for the whole country.</source>
            <translation>Een of meer gemeenten, gescheiden door komma's of puntkomma's: CBS-codes (GM0363, 0363) of namen ('s-Hertogenbosch, Súdwest-Fryslân). Laat leeg voor heel Nederland.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>One title per line or separated by ';'. Where a title occurs more than once, write its group too, for example 'Herkomstland / Nederland'.</source>
            <translation>Eén titel per regel of gescheiden door ';'. Komt een titel vaker voor, schrijf dan ook de groep erbij, bijvoorbeeld 'Herkomstland / Nederland'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Table id (for example 85984NED)</source>
            <translation>Tabelnummer (bijvoorbeeld 85984NED)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>The Kerncijfers table of a year is found by its title; for another table choose the last entry and give its id.</source>
            <translation>De Kerncijfers-tabel van een jaar wordt op titel gevonden; kies voor een andere tabel de laatste optie en geef het tabelnummer op.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Variables (CBS titles; empty = all)</source>
            <translation>Variabelen (CBS-titels; leeg = alle)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Wijken</source>
            <translation>Wijken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>the whole country</source>
            <translation>heel Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>{field}: {title} ({unit})</source>
            <translation>{field}: {title} ({unit})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>{title}: {rows} rows, {vars} variables ({requests} request(s), {cached} from the cache).</source>
            <translation>{title}: {rows} rijen, {vars} variabelen ({requests} verzoek(en), {cached} uit de cache).</translation>
        </message>
    </context>
    <context>
        <name>NetworkSources</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>CBS has no table {table} in OData v3 or v4</source>
            <translation>het CBS heeft geen tabel {table} in OData v3 of v4</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>CBS may not have published this year yet: choose an earlier year or give the table id.</source>
            <translation>Het CBS heeft dit jaar mogelijk nog niet gepubliceerd: kies een eerder jaar of geef het tabelnummer op.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>Check the table id (for example 85984NED) on opendata.cbs.nl.</source>
            <translation>Controleer het tabelnummer (bijvoorbeeld 85984NED) op opendata.cbs.nl.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>Choose a table with figures per wijk and buurt.</source>
            <translation>Kies een tabel met cijfers per wijk en buurt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>Kerncijfers wijken en buurten {year} is CBS table {table}.</source>
            <translation>Kerncijfers wijken en buurten {year} is CBS-tabel {table}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>More than 10,000 records: asking per level.</source>
            <translation>Meer dan 10.000 records: per niveau opvragen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>More than 10,000 records: using the CBS bulk feed.</source>
            <translation>Meer dan 10.000 records: de bulkfeed van het CBS wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>Table {table} is not in OData v3; trying OData v4.</source>
            <translation>Tabel {table} staat niet in OData v3; OData v4 wordt geprobeerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>the catalogue has no table "Kerncijfers wijken en buurten {year}"</source>
            <translation>de catalogus heeft geen tabel "Kerncijfers wijken en buurten {year}"</translation>
        </message>
    </context>
</TS>