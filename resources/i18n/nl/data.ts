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
            <source>the service reported an error: {text}</source>
            <translation>de service meldde een fout: {text}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/http_errors.py" />
            <source>{service}: {problem} (HTTP status {status}; URL {url}). {advice}</source>
            <translation>{service}: {problem} (HTTP-status {status}; URL {url}). {advice}</translation>
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
            <source>Save in folder</source>
            <translation>Opslaan in map</translation>
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
            <source>Loads the gemeenten, wijken or buurten of the CBS Wijk- en Buurtkaart for a year, for one or more municipalities or the whole country, from PDOK (OGC API Features from 2023, or the WFS), from a CBS Wijk- en Buurtkaart GeoPackage on disk, or from the bundled Amsterdam sample.

The output is a polygon layer in EPSG:28992 (Amersfoort / RD New) with the normalised key fields statcode, statnaam, gemeentecode, gemeentenaam, wijkcode (wijken and buurten) and jaar, followed by every attribute of the source. CBS secrecy codes (-99995, -99997, -99999999) become NULL. Old snake_case (2021) and new camelCase (2023+) field names both work.

Downloads go through the QGIS network settings (proxy, authentication) and are cached in the QGIS profile, so a second run works offline. An interrupted download gives no layer.

Source: CBS Wijk- en Buurtkaart via PDOK, licence CC BY 4.0 (Bron: CBS).</source>
            <translation>Laadt de gemeenten, wijken of buurten van de CBS Wijk- en Buurtkaart van een jaar, voor een of meer gemeenten of heel Nederland, uit PDOK (OGC API Features vanaf 2023, of de WFS), uit een GeoPackage van de CBS Wijk- en Buurtkaart op schijf, of uit het meegeleverde voorbeeld van Amsterdam.

De uitvoer is een vlakkenlaag in EPSG:28992 (Amersfoort / RD New) met de genormaliseerde sleutelvelden statcode, statnaam, gemeentecode, gemeentenaam, wijkcode (wijken en buurten) en jaar, gevolgd door alle attributen van de bron. Geheimhoudingscodes van het CBS (-99995, -99997, -99999999) worden NULL. Zowel de oude veldnamen met underscores (2021) als de nieuwe camelCase-namen (2023 en later) werken.

Downloads lopen via de netwerkinstellingen van QGIS (proxy, authenticatie) en worden in het QGIS-profiel bewaard, zodat een tweede keer ook offline werkt. Een onderbroken download levert geen laag op.

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
            <source>One or more gemeenten, separated by commas or semicolons: CBS codes (GM0363, 0363) or names ('s-Hertogenbosch, Súdwest-Fryslân). Leave empty for the whole country.</source>
            <translation>Een of meer gemeenten, gescheiden door komma's of puntkomma's: CBS-codes (GM0363, 0363) of namen ('s-Hertogenbosch, Súdwest-Fryslân). Laat leeg voor heel Nederland.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>PDOK OGC API Features (2023 and later)</source>
            <translation>PDOK OGC API Features (2023 en later)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/load_neighbourhoods.py" />
            <source>PDOK OGC API Features has the Wijk- en Buurtkaart from {first}; for {year} choose the source PDOK WFS.</source>
            <translation>PDOK OGC API Features heeft de Wijk- en Buurtkaart vanaf {first}; kies voor {year} de bron PDOK WFS.</translation>
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
            <source>The downloaded map could not be read.</source>
            <translation>De gedownloade kaart kon niet worden gelezen.</translation>
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
            <source>The year of the Wijk- en Buurtkaart; boundaries and codes change every year.</source>
            <translation>Het jaar van de Wijk- en Buurtkaart; grenzen en codes veranderen elk jaar.</translation>
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
            <source>{path} has no layer with {level}. A CBS Wijk- en Buurtkaart GeoPackage has the layers gemeenten, wijken and buurten.</source>
            <translation>{path} heeft geen laag met {level}. Een GeoPackage van de CBS Wijk- en Buurtkaart heeft de lagen gemeenten, wijken en buurten.</translation>
        </message>
    </context>
    <context>
        <name>Municipalities</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>(did you mean {names}?)</source>
            <translation>(bedoelt u {names}?)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/cbs_municipalities.py" />
            <source>Unknown municipality '{item}'. Give a CBS code such as GM0363 or a name as CBS writes it{hint}.</source>
            <translation>Onbekende gemeente '{item}'. Geef een CBS-code zoals GM0363 of de naam zoals het CBS die schrijft{hint}.</translation>
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
            <source>Search by name or code, e.g. 's-Hertogenbosch or 0796</source>
            <translation>Zoek op naam of code, bijv. 's-Hertogenbosch of 0796</translation>
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
            <source>the connection failed ({error})</source>
            <translation>de verbinding is mislukt ({error})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/network.py" />
            <source>the request failed: {reason}</source>
            <translation>het verzoek is mislukt: {reason}</translation>
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
            <source>{service} did not answer properly ({problem}); trying again in {seconds:.1f} s.</source>
            <translation>{service} antwoordde niet goed ({problem}); nieuwe poging over {seconds:.1f} s.</translation>
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
            <source>Choose another year.</source>
            <translation>Kies een ander jaar.</translation>
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
            <source>the WFS offers no layer for {level}</source>
            <translation>de WFS biedt geen laag voor {level}</translation>
        </message>
    </context>
    <context>
        <name>Pdok</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/pdok.py" />
            <source>the response is not a GeoJSON FeatureCollection{what}</source>
            <translation>het antwoord is geen GeoJSON-FeatureCollection{what}</translation>
        </message>
    </context>
</TS>