<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>CbsDimensions</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>'{part}' is not a dimension choice: write dimension=value, for example Perioden=2022JJ00 or Leeftijd=18 jaar of ouder; separate dimensions by ';' and values by ','.</source>
            <translation>'{part}' is geen keuze voor een dimensie: schrijf dimensie=waarde, bijvoorbeeld Perioden=2022JJ00 of Leeftijd=18 jaar of ouder; scheid dimensies met ';' en waarden met ','.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>(provisional figures: {periods})</source>
            <translation>(voorlopige cijfers: {periods})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>CBS answered more than one row for {n} region(s) ({codes}) for the same dimension values; the table has a dimension Wijkmonitor does not know. Report the table id.</source>
            <translation>CBS gaf voor {n} gebied(en) ({codes}) meer dan één rij voor dezelfde dimensiewaarden; de tabel heeft een dimensie die Wijkmonitor niet kent. Meld het tabelnummer.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>Dimension {dim} ({title}) of table {table} has no total category, so Wijkmonitor cannot choose for you. Give the values in Dimensions, for example {dim}={example}. Choices: {choices}.</source>
            <translation>Dimensie {dim} ({title}) van tabel {table} heeft geen totaalcategorie, dus Wijkmonitor kan niet voor u kiezen. Geef de waarden op bij Dimensies, bijvoorbeeld {dim}={example}. Keuzes: {choices}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>Dimension {dim} is given twice; write all its values once, separated by ','.</source>
            <translation>Dimensie {dim} is twee keer opgegeven; noem al haar waarden één keer, gescheiden door ','.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>Dimension {dim} lists no periods.</source>
            <translation>Dimensie {dim} bevat geen perioden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>Dimension {dim} of table {table} has no value 'Waarde' (MW00000); choose one in Dimensions, for example {dim}={example}. Choices: {choices}.</source>
            <translation>Dimensie {dim} van tabel {table} heeft geen waarde 'Waarde' (MW00000); kies er een bij Dimensies, bijvoorbeeld {dim}={example}. Keuzes: {choices}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>Dimension {dim} of table {table} has no value '{value}'. Choose from: {choices}.</source>
            <translation>Dimensie {dim} van tabel {table} heeft geen waarde '{value}'. Kies uit: {choices}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>Table {table} has no dimension '{name}'. Its dimensions are: {names}. (Regions are chosen with the municipalities and levels.)</source>
            <translation>Tabel {table} heeft geen dimensie '{name}'. De dimensies zijn: {names}. (Gebieden kiest u met de gemeenten en niveaus.)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>Two output fields would both be called {name}; choose fewer dimension values or variables.</source>
            <translation>Twee uitvoervelden zouden allebei {name} heten; kies minder dimensiewaarden of variabelen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>all values</source>
            <translation>alle waarden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>as given</source>
            <translation>zoals opgegeven</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>the newest period (default)</source>
            <translation>de nieuwste periode (standaard)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>the total category (default)</source>
            <translation>de totaalcategorie (standaard)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>the value itself, not a bound of its margin (default)</source>
            <translation>de waarde zelf, geen grens van de marge (standaard)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>… ({n} values)</source>
            <translation>… ({n} waarden)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_dimensions.py" />
            <source>… and {n} more (last: {last})</source>
            <translation>… en nog {n} (laatste: {last})</translation>
        </message>
    </context>
    <context>
        <name>CbsDownload</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>CBS OData (dataderden.cbs.nl)</source>
            <translation>CBS OData (dataderden.cbs.nl)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>CBS has no table {table} on opendata.cbs.nl, on dataderden.cbs.nl or in OData v4</source>
            <translation>CBS heeft geen tabel {table} op opendata.cbs.nl, op dataderden.cbs.nl of in OData v4</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>Check the table id (for example 85984NED, or 50150NED for the GGD health monitor) in StatLine.</source>
            <translation>Controleer het tabelnummer (bijvoorbeeld 85984NED, of 50150NED voor de Gezondheidsmonitor van de GGD'en) in StatLine.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>Table {table} is read from dataderden.cbs.nl, where CBS publishes tables for third parties ({catalog}).</source>
            <translation>Tabel {table} wordt gelezen van dataderden.cbs.nl, waar CBS tabellen voor derden publiceert ({catalog}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>The CBS catalogue could not be asked where table {table} is ({problem}); trying the table on both hosts.</source>
            <translation>De CBS-catalogus kon niet worden gevraagd waar tabel {table} staat ({problem}); de tabel wordt op beide servers geprobeerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>The CBS catalogue lists table {table} on {host}.</source>
            <translation>Volgens de CBS-catalogus staat tabel {table} op {host}.</translation>
        </message>
    </context>
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
            <source>A CBS table id such as 50150NED (Gezondheid per wijk en buurt) or 47018NED (geregistreerde misdrijven). When given it takes precedence over the year and the table choice.</source>
            <translation>Een CBS-tabelnummer zoals 50150NED (Gezondheid per wijk en buurt) of 47018NED (geregistreerde misdrijven). Als u het opgeeft, gaat het voor het jaar en de tabelkeuze.</translation>
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
            <source>Dimensions (empty = defaults)</source>
            <translation>Dimensies (leeg = standaardkeuzes)</translation>
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
            <source>Downloads a CBS table with figures per gemeente, wijk and buurt for the chosen municipalities and levels: Kerncijfers wijken en buurten of a year (opendata.cbs.nl), or any table by its id, also the tables CBS publishes for third parties on dataderden.cbs.nl, such as the GGD health monitor (50150NED, 50120NED, 50090NED) and the police crime figures (47018NED per year, 47022NED per month). The host of a table is found in the CBS catalogues and remembered.

Kerncijfers: give the year (2019 or later; a year without a known table id is looked up in the CBS catalogue by its title). Without year or table id the Table choice is used (default 2024); its list never changes, so saved models keep their table.

Choose variables by their CBS title or by the key without its yearly suffix (one per line or separated by ';', for example 'Aantal inwoners; Gemiddelde woningwaarde'); leave empty for all. Output fields are named after the key without suffix (AantalInwoners; in OData v4 tables after the title), numbers are numeric fields, the alias is the CBS title and the unit is kept in the field comment.

Tables with dimensions besides the region (Perioden, Leeftijd, Marges, SoortMisdrijf, …) give exactly one row per region. Choose their values in Dimensions, by key or title, for example 'Leeftijd=20300; Marges=MW00000; Perioden=2020JJ00,2022JJ00' ('*' = all values). Not given: Perioden takes the newest period, Marges the value itself (never a bound of the margin), any other dimension its total category (Totaal, Totaal misdrijven, 18 jaar of ouder); without a total the algorithm stops and lists the choices. Several values of a dimension become separate fields suffixed by the value (GoedErvarenGezondheid_2020, GoedErvarenGezondheid_2022; other dimensions by their key). The log and the aliases say which values each field holds.

The output table has the key fields statcode (code without padding, for joining), statnaam, gemeentecode, gemeentenaam, wijkcode and jaar (the year of the table or of the one chosen period), then the fields. Missing and secret values are NULL. Requests stay under the 10,000-record limit of CBS (per municipality and level, else the bulk feed); tables that exist only in OData v4 are read from there. Downloads are cached in the QGIS profile.

Source: CBS StatLine, licence CC BY 4.0 (Bron: CBS; police figures: Politie via CBS; health monitor: GGD'en, CBS en RIVM).</source>
            <translation>Downloadt een CBS-tabel met cijfers per gemeente, wijk en buurt voor de gekozen gemeenten en niveaus: Kerncijfers wijken en buurten van een jaar (opendata.cbs.nl), of elke tabel op nummer, ook de tabellen die CBS voor derden publiceert op dataderden.cbs.nl, zoals de Gezondheidsmonitor van de GGD'en (50150NED, 50120NED, 50090NED) en de misdrijfcijfers van de politie (47018NED per jaar, 47022NED per maand). Op welke server een tabel staat, wordt in de CBS-catalogi opgezocht en onthouden.

Kerncijfers: geef het jaar op (2019 of later; een jaar zonder bekend tabelnummer wordt op titel in de CBS-catalogus opgezocht). Zonder jaar of tabelnummer geldt de tabelkeuze (standaard 2024); die lijst verandert nooit, dus opgeslagen modellen houden hun tabel.

Kies variabelen op hun CBS-titel of op de sleutel zonder het jaarlijks wisselende volgnummer (één per regel of gescheiden door ';', bijvoorbeeld 'Aantal inwoners; Gemiddelde woningwaarde'); leeg laten voor alle. Uitvoervelden heten naar de sleutel zonder volgnummer (AantalInwoners; in OData v4-tabellen naar de titel), getallen worden numerieke velden, de alias is de CBS-titel en de eenheid staat in het veldcommentaar.

Tabellen met dimensies naast het gebied (Perioden, Leeftijd, Marges, SoortMisdrijf, …) geven precies één rij per gebied. Kies hun waarden bij Dimensies, als code of titel, bijvoorbeeld 'Leeftijd=20300; Marges=MW00000; Perioden=2020JJ00,2022JJ00' ('*' = alle waarden). Niet opgegeven: Perioden neemt de nieuwste periode, Marges de waarde zelf (nooit een grens van de marge), elke andere dimensie haar totaalcategorie (Totaal, Totaal misdrijven, 18 jaar of ouder); zonder totaal stopt het algoritme en noemt het de keuzes. Meerdere waarden van een dimensie worden aparte velden met de waarde als achtervoegsel (GoedErvarenGezondheid_2020, GoedErvarenGezondheid_2022; andere dimensies met hun code). Het logboek en de aliassen zeggen welke waarden elk veld bevat.

De uitvoertabel heeft de sleutelvelden statcode (code zonder opvulling, om te koppelen), statnaam, gemeentecode, gemeentenaam, wijkcode en jaar (het jaar van de tabel of van de ene gekozen periode), daarna de velden. Ontbrekende en geheime waarden zijn NULL. Verzoeken blijven onder de CBS-grens van 10.000 records (per gemeente en niveau, anders via de bulkfeed); tabellen die alleen in OData v4 bestaan, worden daar gelezen. Downloads worden in het QGIS-profiel bewaard.

Bron: CBS StatLine, licentie CC BY 4.0 (Bron: CBS; misdrijfcijfers: Politie via CBS; Gezondheidsmonitor: GGD'en, CBS en RIVM).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>For tables with dimensions besides the region: dimension=values, separated by ';', values by ',', keys or titles, for example 'Leeftijd=18 jaar of ouder; Perioden=2020JJ00,2022JJ00' or 'SoortMisdrijf=1.1.1'. '*' takes all values. Defaults: the newest period, the value (not its margin), the total category.</source>
            <translation>Voor tabellen met dimensies naast het gebied: dimensie=waarden, gescheiden door ';', waarden door ',', als code of titel, bijvoorbeeld 'Leeftijd=18 jaar of ouder; Perioden=2020JJ00,2022JJ00' of 'SoortMisdrijf=1.1.1'. '*' neemt alle waarden. Standaard: de nieuwste periode, de waarde (niet de marge), de totaalcategorie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Gemeenten</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Give the id of the CBS table (for example 50150NED) or a Kerncijfers year.</source>
            <translation>Geef het nummer van de CBS-tabel (bijvoorbeeld 50150NED) of een jaar van de Kerncijfers.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Kerncijfers wijken en buurten {year}</source>
            <translation>Kerncijfers wijken en buurten {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Kerncijfers year (for example 2024)</source>
            <translation>Jaar van de Kerncijfers (bijvoorbeeld 2024)</translation>
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
            <source>One title per line or separated by ';'. Where a title occurs more than once, write its group too, for example 'Herkomstland / Nederland'. The key without its numeric suffix works too (AantalInwoners).</source>
            <translation>Eén titel per regel of gescheiden door ';'. Komt een titel vaker voor, schrijf dan ook de groep, bijvoorbeeld 'Herkomstland / Nederland'. De sleutel zonder het volgnummer werkt ook (AantalInwoners).</translation>
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
            <source>The year of Kerncijfers wijken en buurten (2019 or later). Takes precedence over the table choice; a year Wijkmonitor does not know yet is found in the CBS catalogue.</source>
            <translation>Het jaar van Kerncijfers wijken en buurten (2019 of later). Gaat voor de tabelkeuze; een jaar dat Wijkmonitor nog niet kent, wordt in de CBS-catalogus opgezocht.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/download_cbs_table.py" />
            <source>Used when neither a table id nor a Kerncijfers year is given. The list is fixed (2025 down to 2019); for newer years give the year.</source>
            <translation>Geldt als er geen tabelnummer en geen jaar van de Kerncijfers is opgegeven. De lijst ligt vast (2025 tot en met 2019); geef voor nieuwere jaren het jaar op.</translation>
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
            <source>{title}: {rows} regions, {vars} fields ({requests} request(s), {cached} from the cache).</source>
            <translation>{title}: {rows} gebieden, {vars} velden ({requests} verzoek(en), {cached} uit de cache).</translation>
        </message>
    </context>
    <context>
        <name>NetworkSources</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/cbs_download.py" />
            <source>CBS may not have published this year yet: choose an earlier year or give the table id.</source>
            <translation>Het CBS heeft dit jaar mogelijk nog niet gepubliceerd: kies een eerder jaar of geef het tabelnummer op.</translation>
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