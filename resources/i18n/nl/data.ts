<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>ClearDownloadCacheAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/clear_download_cache.py" />
            <source>Cache folder</source>
            <translation>Cachemap</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/clear_download_cache.py" />
            <source>Clear the download cache</source>
            <translation>Downloadcache legen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/clear_download_cache.py" />
            <source>Deletes every CBS and PDOK response that Wijkmonitor keeps in the QGIS profile, so the next download fetches everything again. Outputs the number of responses removed and the cache folder.</source>
            <translation>Verwijdert alle antwoorden van CBS en PDOK die Wijkmonitor in het QGIS-profiel bewaart, zodat de volgende download alles opnieuw ophaalt. Geeft het aantal verwijderde antwoorden en de cachemap terug.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/clear_download_cache.py" />
            <source>Removed {n} cached responses ({mb:.1f} MB) from {folder}.</source>
            <translation>{n} opgeslagen antwoorden ({mb:.1f} MB) verwijderd uit {folder}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/clear_download_cache.py" />
            <source>Responses removed</source>
            <translation>Verwijderde antwoorden</translation>
        </message>
    </context>
    <context>
        <name>HttpErrors</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>Access was refused: check the proxy and authentication settings in QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>De toegang werd geweigerd: controleer de proxy- en authenticatie-instellingen in QGIS (Extra &gt; Opties &gt; Netwerk).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>Check the internet connection and the proxy settings in QGIS (Settings &gt; Options &gt; Network), then try again.</source>
            <translation>Controleer de internetverbinding en de proxyinstellingen in QGIS (Extra &gt; Opties &gt; Netwerk) en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>Check the parameters and try again.</source>
            <translation>Controleer de parameters en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>Download cancelled.</source>
            <translation>Download afgebroken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>The service asks to slow down: wait a minute and try again.</source>
            <translation>De service vraagt om het rustiger aan te doen: wacht een minuut en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>The service did not accept the request: check the base URL settings (a mirror may expect other parameters) or choose another source.</source>
            <translation>De service accepteerde het verzoek niet: controleer de instellingen van de basis-URL (een mirror verwacht mogelijk andere parameters) of kies een andere bron.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>The service does not offer this table, year or layer: check the table id or choose another year.</source>
            <translation>De service biedt deze tabel, dit jaar of deze laag niet aan: controleer het tabelnummer of kies een ander jaar.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>The service has a problem on its side: try again later.</source>
            <translation>De service heeft zelf een probleem: probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>This is usually a maintenance page, a proxy or a login portal. Open the URL in a browser to see it, check the proxy settings in QGIS, or try again later.</source>
            <translation>Meestal is dat een onderhoudspagina, een proxy of een inlogportaal. Open de URL in een browser om het te zien, controleer de proxyinstellingen in QGIS of probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>Try again later.</source>
            <translation>Probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>Try again; if it keeps failing, download again with the refresh option or clear the Wijkmonitor download cache.</source>
            <translation>Probeer het opnieuw; blijft het misgaan, download dan opnieuw met de optie om de cache te negeren of leeg de downloadcache van Wijkmonitor.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>the response is not XML</source>
            <translation>het antwoord is geen XML</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>the response is not valid JSON ({error}); it may have been cut off</source>
            <translation>het antwoord is geen geldige JSON ({error}); het is mogelijk afgebroken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>the service answered with a web page instead of data</source>
            <translation>de service antwoordde met een webpagina in plaats van gegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>the service answered with an empty response</source>
            <translation>de service gaf een leeg antwoord</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>the service did not accept the request</source>
            <translation>de service accepteerde het verzoek niet</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>the service does not accept the query parameter '{name}'</source>
            <translation>de service accepteert de parameter '{name}' niet</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>the service reported an error: {text}</source>
            <translation>de service meldde een fout: {text}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>{service}: {problem} (HTTP status {status}; URL {url})</source>
            <translation>{service}: {problem} (HTTP-status {status}; URL {url})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>{service}: {problem}. {advice}</source>
            <translation>{service}: {problem}. {advice}</translation>
        </message>
    </context>
    <context>
        <name>LoadDialog</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>CBS Wijk- en Buurtkaart GeoPackage on disk</source>
            <translation>GeoPackage van de CBS Wijk- en Buurtkaart op schijf</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Cancel download</source>
            <translation>Download afbreken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Cancelled: nothing was added.</source>
            <translation>Afgebroken: er is niets toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Choose at least one municipality and one level.</source>
            <translation>Kies minstens één gemeente en één niveau.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Choose the Wijk- en Buurtkaart GeoPackage.</source>
            <translation>Kies de GeoPackage van de Wijk- en Buurtkaart.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Download again (ignore the cache)</source>
            <translation>Opnieuw downloaden (cache negeren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Download the CBS Wijk- en Buurtkaart of chosen municipalities and a year into a layer group</source>
            <translation>De CBS Wijk- en Buurtkaart van gekozen gemeenten en een jaar downloaden in een lagengroep</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Downloading {levels} {year} of {names}…</source>
            <translation>Bezig met downloaden van {levels} {year} van {names}…</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Gemeenten</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Levels</source>
            <translation>Niveaus</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Load</source>
            <translation>Laden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Load neighbourhoods (CBS Wijk- en Buurtkaart)</source>
            <translation>Wijken en buurten laden (CBS Wijk- en Buurtkaart)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Load neighbourhoods…</source>
            <translation>Wijken en buurten laden…</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Loaded {n} layer(s) into the group '{group}'.</source>
            <translation>{n} laag/lagen geladen in de groep '{group}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Municipalities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>PDOK (OGC API Features from 2023, else the WFS)</source>
            <translation>PDOK (OGC API Features vanaf 2023, anders de WFS)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>PDOK WFS</source>
            <translation>PDOK WFS</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Save in folder</source>
            <translation>Opslaan in map</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Source: CBS Wijk- en Buurtkaart via PDOK (CC BY 4.0, Bron: CBS).</source>
            <translation>Bron: CBS Wijk- en Buurtkaart via PDOK (CC BY 4.0, Bron: CBS).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>The Wijkmonitor Processing provider is not loaded.</source>
            <translation>De Processing-provider van Wijkmonitor is niet geladen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>The download failed: {error}</source>
            <translation>Het downloaden is mislukt: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Wijken</source>
            <translation>Wijken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Wijkmonitor – {names} {year}</source>
            <translation>Wijkmonitor – {names} {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Wijkmonitor: loading neighbourhoods</source>
            <translation>Wijkmonitor: wijken en buurten laden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/load_dialog.py" />
            <source>see the Processing log for details.</source>
            <translation>zie het Processing-logboek voor details.</translation>
        </message>
    </context>
    <context>
        <name>LoadNeighbourhoodsAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Bundled sample (Amsterdam buurten 2023)</source>
            <translation>Meegeleverd voorbeeld (buurten Amsterdam 2023)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>CBS Wijk- en Buurtkaart GeoPackage on disk</source>
            <translation>GeoPackage van de CBS Wijk- en Buurtkaart op schijf</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Cancelled.</source>
            <translation>Afgebroken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Choose the Wijk- en Buurtkaart GeoPackage for the source 'on disk'.</source>
            <translation>Kies de GeoPackage van de Wijk- en Buurtkaart voor de bron 'op schijf'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Download again (ignore the cache)</source>
            <translation>Opnieuw downloaden (cache negeren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Downloaded the list of gemeenten {year} ({n}).</source>
            <translation>De lijst van gemeenten {year} is gedownload ({n}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Downloaded {n} features in {requests} request(s), {cached} from the cache.</source>
            <translation>{n} objecten gedownload in {requests} verzoek(en), {cached} uit de cache.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Downloading {level} {year} for {where}…</source>
            <translation>Bezig met downloaden van {level} {year} voor {where}…</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Gemeenten</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Leave out water-only areas</source>
            <translation>Gebieden met alleen water weglaten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Left out {n} water-only areas.</source>
            <translation>{n} gebieden met alleen water weggelaten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Load neighbourhood map (CBS Wijk- en Buurtkaart)</source>
            <translation>Wijk- en buurtkaart laden (CBS Wijk- en Buurtkaart)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Loads the gemeenten, wijken or buurten of the CBS Wijk- en Buurtkaart for a year, for one or more municipalities or the whole country, from PDOK (OGC API Features from 2023, or the WFS from 2019), from a CBS Wijk- en Buurtkaart GeoPackage on disk (any year), or from the bundled Amsterdam sample.

Year is the calendar year of the map (for example 2024). Models saved before it was a year hold a list position (0 = 2024, 1 = 2023, … 7 = 2017); those still load the year they meant.

Municipalities are found by code or name in the list of gemeenten of that year; a former municipality gives the one it merged into (Uden in 2024 is Maashorst), and the log says so.

The output is a polygon layer in EPSG:28992 (Amersfoort / RD New) with the normalised key fields statcode, statnaam, gemeentecode, gemeentenaam, wijkcode (wijken and buurten) and jaar, followed by every attribute of the source under its own name: snake_case from the OGC API, camelCase from the 2023+ WFS. CBS secrecy codes (-99995, -99997, -99999999) become NULL.

Downloads go through the QGIS network settings (proxy, authentication) and are cached in the QGIS profile, so a second run works offline. An interrupted or unreliable download gives no layer.

Source: CBS Wijk- en Buurtkaart via PDOK, licence CC BY 4.0 (Bron: CBS).</source>
            <translation>Laadt de gemeenten, wijken of buurten van de CBS Wijk- en Buurtkaart van een jaar, voor een of meer gemeenten of heel Nederland, uit PDOK (OGC API Features vanaf 2023, of de WFS vanaf 2019), uit een GeoPackage van de CBS Wijk- en Buurtkaart op schijf (elk jaar) of uit het meegeleverde voorbeeld van Amsterdam.

Jaar is het kalenderjaar van de kaart (bijvoorbeeld 2024). Modellen die zijn opgeslagen voordat dit een jaartal was, bevatten een positie in de lijst (0 = 2024, 1 = 2023, … 7 = 2017); die laden nog steeds het jaar dat ze bedoelden.

Gemeenten worden op code of naam gezocht in de lijst van gemeenten van dat jaar; een voormalige gemeente geeft de gemeente waarin ze is opgegaan (Uden is in 2024 Maashorst), en het logboek meldt dat.

Het resultaat is een polygoonlaag in EPSG:28992 (Amersfoort / RD New) met de genormaliseerde sleutelvelden statcode, statnaam, gemeentecode, gemeentenaam, wijkcode (wijken en buurten) en jaar, gevolgd door alle attributen van de bron onder hun eigen naam: snake_case uit de OGC API, camelCase uit de WFS vanaf 2023. Geheimhoudingscodes van het CBS (-99995, -99997, -99999999) worden NULL.

Downloads lopen via de netwerkinstellingen van QGIS (proxy, authenticatie) en worden in het QGIS-profiel bewaard, zodat een tweede keer offline werkt. Een onderbroken of onbetrouwbare download levert geen laag op.

Bron: CBS Wijk- en Buurtkaart via PDOK, licentie CC BY 4.0 (Bron: CBS).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Municipalities (codes or names; empty = whole country)</source>
            <translation>Gemeenten (codes of namen; leeg = heel Nederland)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Neighbourhood map</source>
            <translation>Wijk- en buurtkaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>No {level} of {where} in this source.</source>
            <translation>Geen {level} van {where} in deze bron.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Normally downloads are reused from the Wijkmonitor cache for 30 days.</source>
            <translation>Normaal worden downloads 30 dagen lang uit de cache van Wijkmonitor hergebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>One or more gemeenten, separated by commas or semicolons: CBS codes (GM0363, 0363) or names ('s-Hertogenbosch, Den Bosch, Súdwest-Fryslân). Leave empty for the whole country.</source>
            <translation>Een of meer gemeenten, gescheiden door komma's of puntkomma's: CBS-codes (GM0363, 0363) of namen ('s-Hertogenbosch, Den Bosch, Súdwest-Fryslân). Laat leeg voor heel Nederland.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>PDOK OGC API Features (2023 and later)</source>
            <translation>PDOK OGC API Features (2023 en later)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>PDOK OGC API Features has the Wijk- en Buurtkaart from {first}; for {year} choose the source PDOK WFS or a CBS GeoPackage.</source>
            <translation>PDOK OGC API Features heeft de Wijk- en Buurtkaart vanaf {first}; kies voor {year} de bron PDOK WFS of een GeoPackage van het CBS.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>PDOK OGC API Features has the years from 2023; the WFS also older years. A GeoPackage is the CBS download WijkBuurtkaart_&lt;year&gt;_v&lt;n&gt;.gpkg.</source>
            <translation>PDOK OGC API Features heeft de jaren vanaf 2023; de WFS ook oudere jaren. Een GeoPackage is de CBS-download WijkBuurtkaart_&lt;jaar&gt;_v&lt;n&gt;.gpkg.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>PDOK WFS</source>
            <translation>PDOK WFS</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>PDOK returned no {level} for {where} in {year}. Check the municipality codes and the year (municipalities merge and get new codes).</source>
            <translation>PDOK gaf geen {level} voor {where} in {year}. Controleer de gemeentecodes en het jaar (gemeenten worden heringedeeld en krijgen nieuwe codes).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Skips areas flagged water = JA, or with no land area where there is no flag.</source>
            <translation>Slaat gebieden over met water = JA, of zonder landoppervlak als die vlag ontbreekt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The bundled sample has only buurten; choose the level Buurten or another source.</source>
            <translation>Het meegeleverde voorbeeld heeft alleen buurten; kies het niveau Buurten of een andere bron.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The bundled sample is the year {year}.</source>
            <translation>Het meegeleverde voorbeeld is van het jaar {year}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The downloaded map could not be read: {error}</source>
            <translation>De gedownloade kaart kon niet worden gelezen: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The map could not be read.</source>
            <translation>De kaart kon niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The map could not be written: {error}</source>
            <translation>De kaart kon niet worden weggeschreven: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The service also sent {n} areas of other municipalities (it ignored the filter); they were left out.</source>
            <translation>De service stuurde ook {n} gebieden van andere gemeenten mee (ze negeerde het filter); die zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The source has no region codes for {level}: {error}</source>
            <translation>De bron heeft geen regiocodes voor {level}: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The source has no water flag or land area: nothing left out.</source>
            <translation>De bron heeft geen watervlag of landoppervlak: er is niets weggelaten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>The year of the Wijk- en Buurtkaart (2017 or later); boundaries and codes change every year. 0-7 are the list positions of older models (0 = 2024 … 7 = 2017).</source>
            <translation>Het jaar van de Wijk- en Buurtkaart (2017 of later); grenzen en codes veranderen elk jaar. 0-7 zijn de lijstposities van oudere modellen (0 = 2024 … 7 = 2017).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Wijk- en Buurtkaart GeoPackage (source 'on disk')</source>
            <translation>GeoPackage van de Wijk- en Buurtkaart (bron 'op schijf')</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Wijken</source>
            <translation>Wijken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Wrote {n} {level}.</source>
            <translation>{n} {level} geschreven.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>YEAR={value} is a list position from an older model or batch (0 = 2024 … 7 = 2017): loading {year}, the year it meant. Save the model again with YEAR={year} to store the year itself.</source>
            <translation>YEAR={value} is een lijstpositie uit een ouder model of batchbestand (0 = 2024 … 7 = 2017): {year} wordt geladen, het jaar dat bedoeld was. Sla het model opnieuw op met YEAR={year} om het jaartal zelf te bewaren.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>the whole country</source>
            <translation>heel Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>{file} is the Wijk- en Buurtkaart {year}.</source>
            <translation>{file} is de Wijk- en Buurtkaart {year}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>{n} of {total} {level} belong to the chosen municipalities; the others are left out.</source>
            <translation>{n} van de {total} {level} horen bij de gekozen gemeenten; de andere zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>{path} could not be read: {error}</source>
            <translation>{path} kon niet worden gelezen: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>{path} has no layer with {level}. A CBS Wijk- en Buurtkaart GeoPackage has the layers gemeenten, wijken and buurten.</source>
            <translation>{path} heeft geen laag met {level}. Een GeoPackage van de CBS Wijk- en Buurtkaart heeft de lagen gemeenten, wijken en buurten.</translation>
        </message>
    </context>
    <context>
        <name>Municipalities</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>'{item}' is more than one municipality in {year}: {names}. Give the CBS code.</source>
            <translation>'{item}' is in {year} meer dan één gemeente: {names}. Geef de CBS-code op.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>'{item}' is {name} ({code}).</source>
            <translation>'{item}' is {name} ({code}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>(did you mean {names}?)</source>
            <translation>(bedoelt u {names}?)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>There is no list of gemeenten {year} at hand; names are looked up in the list of {list_year}.</source>
            <translation>Er is geen lijst van gemeenten {year} beschikbaar; namen worden opgezocht in de lijst van {list_year}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>Unknown municipality '{item}'. Give a CBS code such as GM0363 or a name as CBS writes it{hint}.</source>
            <translation>Onbekende gemeente '{item}'. Geef een CBS-code zoals GM0363 of de naam zoals het CBS die schrijft{hint}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>{code} is not in the list of gemeenten {year}; it is asked for as it is.</source>
            <translation>{code} staat niet in de lijst van gemeenten {year}; de code wordt gevraagd zoals ze is.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>{name} ({code}) does not exist yet in {year}: it was formed from {names}; using those.</source>
            <translation>{name} ({code}) bestaat in {year} nog niet: de gemeente is gevormd uit {names}; die worden gebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>{name} ({code}) was divided among {parts} by {since}; using all of them.</source>
            <translation>{name} ({code}) is uiterlijk in {since} verdeeld over {parts}; die worden allemaal gebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>{name} is part of {successor} since {since} ({code} → {scode}); using {successor}.</source>
            <translation>{name} hoort sinds {since} bij {successor} ({code} → {scode}); {successor} wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>{name} is part of {successor} since {since} at the latest (it is in the list of {last}; {code} → {scode}); using {successor}.</source>
            <translation>{name} hoort uiterlijk sinds {since} bij {successor} (de gemeente staat in de lijst van {last}; {code} → {scode}); {successor} wordt gebruikt.</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityPicker</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/municipalities.py" />
            <source>CBS code {code}</source>
            <translation>CBS-code {code}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/municipalities.py" />
            <source>Clear choice</source>
            <translation>Keuze wissen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/municipalities.py" />
            <source>No municipality chosen.</source>
            <translation>Geen gemeente gekozen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/municipalities.py" />
            <source>Search by name or code, e.g. Den Bosch or 0796</source>
            <translation>Zoek op naam of code, bijvoorbeeld Den Bosch of 0796</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/municipalities.py" />
            <source>{n} chosen: {names}</source>
            <translation>{n} gekozen: {names}</translation>
        </message>
    </context>
    <context>
        <name>Network</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>(tried {n} times)</source>
            <translation>({n} keer geprobeerd)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>GET {url}</source>
            <translation>GET {url}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>Only redirects over HTTPS to the same host or to the CBS and PDOK services are followed; nothing was downloaded from there. Check the base URL settings (a mirror or proxy may be misconfigured).</source>
            <translation>Alleen doorverwijzingen via HTTPS naar dezelfde server of naar de diensten van CBS en PDOK worden gevolgd; daar is niets gedownload. Controleer de instellingen van de basis-URL (een mirror of proxy is mogelijk verkeerd ingesteld).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>Try again later.</source>
            <translation>Probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>from the cache: {url}</source>
            <translation>uit de cache: {url}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>no answer within {seconds:g} seconds</source>
            <translation>geen antwoord binnen {seconds:g} seconden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>not found</source>
            <translation>niet gevonden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>redirected to {url}</source>
            <translation>doorverwezen naar {url}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the connection to {host} failed</source>
            <translation>de verbinding met {host} is mislukt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the connection to {host} was lost</source>
            <translation>de verbinding met {host} is verbroken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the proxy refused or could not be reached</source>
            <translation>de proxy weigerde of was niet bereikbaar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the secure connection to {host} failed</source>
            <translation>de beveiligde verbinding met {host} is mislukt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the server {host} refused the connection</source>
            <translation>de server {host} weigerde de verbinding</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the server {host} was not found</source>
            <translation>de server {host} is niet gevonden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the service answered with HTTP {status}</source>
            <translation>de service antwoordde met HTTP {status}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the service redirected to {host}, which Wijkmonitor does not follow</source>
            <translation>de service verwees door naar {host}, en daar gaat Wijkmonitor niet heen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the service redirected without saying where</source>
            <translation>de service verwees door zonder te zeggen waarheen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the service redirects in a loop</source>
            <translation>de service verwijst in een kringetje door</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the service redirects too often</source>
            <translation>de service verwijst te vaak door</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the service refuses results of more than 10,000 records</source>
            <translation>de service weigert resultaten van meer dan 10.000 records</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>{service} cannot be reached; using the copy downloaded on {date} from the cache.</source>
            <translation>{service} is niet bereikbaar; de kopie uit de cache van {date} wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>{service}: retry {n} of {total} after {reason}, in {seconds:.1f} s.</source>
            <translation>{service}: nieuwe poging {n} van {total} na {reason}, over {seconds:.1f} s.</translation>
        </message>
    </context>
    <context>
        <name>NetworkSources</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>CBS OData (opendata.cbs.nl)</source>
            <translation>CBS OData (opendata.cbs.nl)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>CBS OData v4 (datasets.cbs.nl)</source>
            <translation>CBS OData v4 (datasets.cbs.nl)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>CBS table catalogue</source>
            <translation>CBS-tabellencatalogus</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>Choose another year, or the CBS Wijk- en Buurtkaart GeoPackage of that year (source 'on disk').</source>
            <translation>Kies een ander jaar, of de GeoPackage van de CBS Wijk- en Buurtkaart van dat jaar (bron 'op schijf').</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>Nothing was written. Check the base URL settings (a mirror may ignore the coordinate system asked for) or choose the other PDOK source.</source>
            <translation>Er is niets weggeschreven. Controleer de instellingen van de basis-URL (een mirror negeert mogelijk het gevraagde coördinatenstelsel) of kies de andere PDOK-bron.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>Nothing was written. Try again later or choose the other PDOK source.</source>
            <translation>Er is niets weggeschreven. Probeer het later opnieuw of kies de andere PDOK-bron.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>Nothing was written. Try again later; if it keeps happening, download again with the refresh option or check the base URL settings (a mirror may be misconfigured).</source>
            <translation>Er is niets weggeschreven. Probeer het later opnieuw; blijft het gebeuren, download dan opnieuw met de optie om de cache te negeren of controleer de instellingen van de basis-URL (een mirror is mogelijk verkeerd ingesteld).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>PDOK OGC API Features</source>
            <translation>PDOK OGC API Features</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>PDOK WFS</source>
            <translation>PDOK WFS</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>PDOK has no Wijk- en Buurtkaart {year} as OGC API Features</source>
            <translation>PDOK heeft geen Wijk- en Buurtkaart {year} als OGC API Features</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>PDOK has no Wijk- en Buurtkaart {year} as WFS</source>
            <translation>PDOK heeft geen Wijk- en Buurtkaart {year} als WFS</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>PDOK serves the Wijk- en Buurtkaart {year}.</source>
            <translation>PDOK biedt de Wijk- en Buurtkaart {year} aan.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>The OGC API collection {level} {year} cannot be filtered by municipality (its queryables do not list gemeentecode); using the PDOK WFS of {year} instead.</source>
            <translation>De collectie {level} {year} van de OGC API kan niet op gemeente worden gefilterd (de queryables noemen geen gemeentecode); in plaats daarvan wordt de PDOK WFS van {year} gebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>The OGC API has the years from 2023; choose the source PDOK WFS for earlier years, or another year.</source>
            <translation>De OGC API heeft de jaren vanaf 2023; kies voor eerdere jaren de bron PDOK WFS, of een ander jaar.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>The service answered with data in an unexpected form. Check the base URL settings (a mirror may be misconfigured) or try again later.</source>
            <translation>De service antwoordde met gegevens in een onverwachte vorm. Controleer de instellingen voor de basis-URL (een mirror is mogelijk verkeerd ingesteld) of probeer het later opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>The service does not offer EPSG:28992 for this collection: choose the source PDOK WFS.</source>
            <translation>De service biedt deze collectie niet in EPSG:28992 aan: kies de bron PDOK WFS.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>This year's collection cannot be filtered by municipality: choose the source PDOK WFS, or leave the municipalities empty for the whole country.</source>
            <translation>De collectie van dit jaar kan niet op gemeente worden gefilterd: kies de bron PDOK WFS, of laat de gemeenten leeg voor heel Nederland.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>the WFS has no gemeenten for {year}</source>
            <translation>de WFS heeft geen gemeenten voor {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>the WFS offers no layer for {level}</source>
            <translation>de WFS biedt geen laag voor {level}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>the listing has more than {n} pages</source>
            <translation>de lijst heeft meer dan {n} pagina's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>the service gave the same page twice (page {n}); it ignores the paging</source>
            <translation>de service gaf twee keer dezelfde pagina (pagina {n}); ze negeert het bladeren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/pdok_download.py" />
            <source>the service gave {n} areas more than once (for example {codes}); its paging is unreliable</source>
            <translation>de service gaf {n} gebieden meer dan eens (bijvoorbeeld {codes}); het bladeren is onbetrouwbaar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network_sources.py" />
            <source>the service sends Wijkmonitor back to a page it already gave (page {n})</source>
            <translation>de service stuurt Wijkmonitor terug naar een pagina die ze al gaf (pagina {n})</translation>
        </message>
    </context>
    <context>
        <name>Pdok</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/pdok.py" />
            <source>the answer is in EPSG:{epsg}, not in EPSG:28992 as asked</source>
            <translation>het antwoord is in EPSG:{epsg}, niet in EPSG:28992 zoals gevraagd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/pdok.py" />
            <source>the response is not a GeoJSON FeatureCollection{what}</source>
            <translation>het antwoord is geen GeoJSON-FeatureCollection{what}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/pdok.py" />
            <source>{n} of {total} areas have coordinates outside the Netherlands in EPSG:28992 (for example {x:.4g}, {y:.4g}); the service did not answer in the coordinate system asked for</source>
            <translation>{n} van {total} gebieden hebben coördinaten buiten Nederland in EPSG:28992 (bijvoorbeeld {x:.4g}, {y:.4g}); de service antwoordde niet in het gevraagde coördinatenstelsel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/pdok.py" />
            <source>{year} is not a year of the Wijk- en Buurtkaart: give a year from {first} (for example {newest}).</source>
            <translation>{year} is geen jaar van de Wijk- en Buurtkaart: geef een jaar vanaf {first} op (bijvoorbeeld {newest}).</translation>
        </message>
    </context>
</TS>