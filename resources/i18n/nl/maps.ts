<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>Classify</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>1 (most deprived)</source>
            <translation>1 (meest achtergesteld)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>10 (least deprived)</source>
            <translation>10 (minst achtergesteld)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>Deciles 1–10 (1 = most deprived)</source>
            <translation>Decielen 1–10 (1 = meest achtergesteld)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>Equal interval</source>
            <translation>Gelijke intervallen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>Natural breaks (Jenks)</source>
            <translation>Natuurlijke grenzen (Jenks)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>Pretty breaks</source>
            <translation>Ronde klassengrenzen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>Quantiles (equal count)</source>
            <translation>Kwantielen (gelijke aantallen)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>Ranks in ten groups (1 = most deprived)</source>
            <translation>Rangen in tien groepen (1 = meest achtergesteld)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>Standard deviation</source>
            <translation>Standaardafwijking</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>no data</source>
            <translation>geen gegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>{got} classes instead of {asked}: many areas share the same value, so some class limits coincide.</source>
            <translation>{got} klassen in plaats van {asked}: veel gebieden hebben dezelfde waarde, dus sommige klassengrenzen vallen samen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/classify.py" />
            <source>{got} classes instead of {asked}: there are only {distinct} different values.</source>
            <translation>{got} klassen in plaats van {asked}: er zijn maar {distinct} verschillende waarden.</translation>
        </message>
    </context>
    <context>
        <name>ExportAtlas</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>, per buurt</source>
            <translation>, per buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>, per buurt, {year}</source>
            <translation>, per buurt, {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>; {n} without neighbours or without a value</source>
            <translation>; {n} zonder buren of zonder waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>All domains</source>
            <translation>Alle domeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Atlas pages ({field})</source>
            <translation>Atlaspagina's ({field})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Atlas: {title}</source>
            <translation>Atlas: {title}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Buurten – {title}</source>
            <translation>Buurten – {title}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Cannot read the national value '{part}': write field=value, e.g. percentageHuishoudensMetLaagInkomen=38,2.</source>
            <translation>Kan de landelijke waarde '{part}' niet lezen: schrijf veld=waarde, bijvoorbeeld percentageHuishoudensMetLaagInkomen=38,2.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Computed with Wijkmonitor: {parts}. {source}</source>
            <translation>Berekend met Wijkmonitor: {parts}. {source}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Facts and perceptions</source>
            <translation>Feiten en beleving</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Facts and perceptions: chart</source>
            <translation>Feiten en beleving: grafiek</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>For every buurt of this area the median of its {k} most similar buurten in the country (the same stedelijkheid, a similar population and housing; wijkmonitor:similarareas). Area values and medians are averaged over the buurten that have both; '▲ better' and '▼ worse' mark a difference of more than 5%.</source>
            <translation>Voor elke buurt van dit gebied de mediaan van de {k} meest vergelijkbare buurten in het land (dezelfde stedelijkheid, een vergelijkbare bevolking en woningvoorraad; wijkmonitor:similarareas). De waarden van het gebied en de medianen zijn gemiddelden over de buurten die beide hebben; '▲ beter' en '▼ slechter' betekenen een verschil van meer dan 5%.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>How does this area compare with the municipality as a whole? '▲ better' and '▼ worse' mark a difference of more than 5% from the municipal value; '= similar' a smaller one. Area and municipal values are averages of the buurten, weighted by inhabitants, households or dwellings where the indicator catalogue says so.</source>
            <translation>Hoe scoort dit gebied ten opzichte van de hele gemeente? '▲ beter' en '▼ slechter' betekenen meer dan 5% verschil met de gemeentelijke waarde, '= gelijk' minder. Gebieds- en gemeentewaarden zijn gemiddelden van de buurten, gewogen naar inwoners, huishoudens of woningen waar de indicatorencatalogus dat aangeeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Local Moran's I (wijkmonitor:hotspots): a buurt with a high value among neighbours with high values lies in a hotspot, a low one among low ones in a coldspot; 'not significant' means the pattern may well be chance.</source>
            <translation>Lokale Moran's I (wijkmonitor:hotspots): een buurt met een hoge waarde tussen buren met hoge waarden ligt in een hotspot, een lage tussen lage in een coldspot; 'niet significant' betekent dat het patroon goed toeval kan zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>None of the {n} areas of '{field}' has inhabitants and land: no atlas pages. Tick 'Include water-only and unpopulated areas' to make them anyway.</source>
            <translation>Geen van de {n} gebieden van '{field}' heeft inwoners en land: geen atlaspagina's. Vink 'Ook gebieden met alleen water of zonder inwoners' aan om ze toch te maken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Per domain a score from registered figures (facts, dot) and one from how residents experience their area (perception, diamond): 100 = the reference, higher = better; the area's scores are the means of its buurten's, weighted by inhabitants. The gap is perception − facts: positive means residents are more positive than the figures suggest.</source>
            <translation>Per domein een score uit geregistreerde cijfers (feiten, stip) en een uit hoe bewoners hun buurt beleven (beleving, ruit): 100 = de referentie, hoger = beter; de scores van het gebied zijn de gemiddelden van die van zijn buurten, gewogen naar inwoners. Het verschil is beleving − feiten: positief betekent dat bewoners positiever zijn dan de cijfers doen vermoeden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>The atlas data {path} could not be opened.</source>
            <translation>De atlasgegevens {path} konden niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>The layer has no field '{field}' to make pages of.</source>
            <translation>De laag heeft geen veld '{field}' om pagina's van te maken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>The layer has no field '{field}'.</source>
            <translation>De laag heeft geen veld '{field}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>The trend gives the area's value in the first and the last year the layer has (earlier years averaged with this year's weights): ▲ better, ▼ worse, = within 5%.</source>
            <translation>De trend geeft de waarde van het gebied in het eerste en het laatste jaar dat de laag heeft (eerdere jaren gemiddeld met de gewichten van dit jaar): ▲ beter, ▼ slechter, = binnen 5%.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Wijk atlas: {title}</source>
            <translation>Wijkatlas: {title}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Wijkmonitor atlas style</source>
            <translation>Atlasstijl van Wijkmonitor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Wijkprofiel</source>
            <translation>Wijkprofiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>clusters (wijkmonitor:hotspots)</source>
            <translation>clusters (wijkmonitor:hotspots)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>no inhabitants</source>
            <translation>geen inwoners</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>similar buurten (wijkmonitor:similarareas)</source>
            <translation>vergelijkbare buurten (wijkmonitor:similarareas)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>water only (no land area)</source>
            <translation>alleen water (geen landoppervlak)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>wijkprofiel (wijkmonitor:wijkprofile)</source>
            <translation>wijkprofiel (wijkmonitor:wijkprofile)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>{title}: of its {n} buurten, in a cluster of high values (hotspot): {hh}; in a cluster of low values (coldspot): {ll}; unlike their surroundings: {outliers}; not significant: {ns}</source>
            <translation>{title}: van de {n} buurten in een cluster van hoge waarden (hotspot): {hh}; in een cluster van lage waarden (coldspot): {ll}; anders dan hun omgeving: {outliers}; niet significant: {ns}</translation>
        </message>
    </context>
    <context>
        <name>ExportAtlasAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Add a facts-and-perceptions page per area (when the layer has them)</source>
            <translation>Per gebied een pagina feiten en beleving (als de laag die heeft)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Add a wijkprofiel page per area</source>
            <translation>Per gebied een wijkprofielpagina toevoegen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Adds a 'Netherlands' column to the wijkprofiel: field=value pairs separated by ';', e.g. percentageHuishoudensMetLaagInkomen=38,2; nettoArbeidsparticipatie=69,4.</source>
            <translation>Voegt een kolom 'Nederland' toe aan het wijkprofiel: paren veld=waarde gescheiden door ';', bijvoorbeeld percentageHuishoudensMetLaagInkomen=38,2; nettoArbeidsparticipatie=69,4.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Atlas PDF</source>
            <translation>Atlas-PDF</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Buurten layer</source>
            <translation>Buurtenlaag</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Empty: the mapped indicator and up to three indicators of every theme.</source>
            <translation>Leeg: de indicator op de kaart en tot drie indicatoren van elk thema.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Empty: what the data is — CBS Kerncijfers and the CBS Wijk- en Buurtkaart of the layer's year where the fields are CBS figures, else the layer's name.</source>
            <translation>Leeg: wat de gegevens zijn — de CBS Kerncijfers en de CBS Wijk- en Buurtkaart van het jaar van de laag als de velden CBS-cijfers zijn, anders de naam van de laag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Empty: wijkcode. Any field that groups the buurten (a district, a gebiedsindeling) works.</source>
            <translation>Leeg: wijkcode. Elk veld dat buurten groepeert (een stadsdeel, een gebiedsindeling) werkt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Export wijk atlas with wijkprofiel (PDF)</source>
            <translation>Wijkatlas met wijkprofiel exporteren (PDF)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>For indicators the layer has for several years (fields &lt;indicator&gt;_&lt;year&gt;, as 'Trend' and 'Download a CBS table' with several periods write them): the area's value in the first and the last year, ▲ better or ▼ worse by the catalogue's direction, = within 5%.</source>
            <translation>Voor indicatoren die de laag voor meerdere jaren heeft (velden &lt;indicator&gt;_&lt;jaar&gt;, zoals 'Trend' en 'CBS-tabel downloaden' met meerdere perioden ze schrijven): de waarde van het gebied in het eerste en het laatste jaar, ▲ beter of ▼ slechter volgens de richting in de catalogus, = binnen 5%.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Include water-only and unpopulated areas</source>
            <translation>Ook gebieden met alleen water of zonder inwoners</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Indicator on the maps</source>
            <translation>Indicator op de kaarten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Indicators in the wijkprofiel</source>
            <translation>Indicatoren in het wijkprofiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Left out {n} areas (tick 'Include water-only and unpopulated areas' to keep them): {areas}.</source>
            <translation>{n} gebieden weggelaten (vink 'Ook gebieden met alleen water of zonder inwoners' aan om ze op te nemen): {areas}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Logo (SVG or image)</source>
            <translation>Logo (SVG of afbeelding)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Makes one PDF with, for every wijk (or every value of another area field), a map page zoomed to the wijk with its buurten coloured by the chosen indicator, and a wijkprofiel page: the wijk's indicators next to the municipal average (weighted by inhabitants or households where the catalogue says so), marked better or worse than the municipality — the page a residents' council reads. Pages are titled with the wijk's name (field wijknaam, or the name field chosen) and come in the order of the codes; wijken without inhabitants or without land (water) are left out unless asked, and listed in the log. Map scales are standard ones (1:5.000, 1:10.000, 1:25.000 …), so the scale bar reads in round numbers. The input layer is not changed.

Outputs: OUTPUT the PDF (written completely or not at all), PAGES its number of pages, AREAS the number of wijken with pages.</source>
            <translation>Maakt één PDF met voor elke wijk (of elke waarde van een ander gebiedsveld) een kaartpagina ingezoomd op de wijk, met de buurten gekleurd naar de gekozen indicator, en een wijkprofielpagina: de indicatoren van de wijk naast het gemeentelijk gemiddelde (gewogen naar inwoners of huishoudens waar de catalogus dat aangeeft), gemarkeerd als beter of slechter dan de gemeente — de pagina die een wijkraad leest. Pagina's krijgen de naam van de wijk als titel (veld wijknaam, of het gekozen naamveld) en staan in de volgorde van de codes; wijken zonder inwoners of zonder land (water) worden weggelaten, tenzij gevraagd, en in het logboek genoemd. De kaartschalen zijn standaardschalen (1:5.000, 1:10.000, 1:25.000 …), zodat de schaalstok ronde getallen toont. De invoerlaag wordt niet gewijzigd.

Uitvoer: OUTPUT de PDF (volledig of helemaal niet geschreven), PAGES het aantal pagina's, AREAS het aantal wijken met pagina's.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Name of the area</source>
            <translation>Naam van het gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>National values</source>
            <translation>Landelijke waarden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Number of areas</source>
            <translation>Aantal gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Number of pages</source>
            <translation>Aantal pagina's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Off: an area whose buurten have no land area (water) or no inhabitants gets no pages; it is still drawn, veiled, on the neighbouring pages.</source>
            <translation>Uit: een gebied waarvan de buurten geen landoppervlak (water) of geen inwoners hebben, krijgt geen pagina's; het staat wel, gesluierd, op de kaarten van de buurgebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>One page per value of</source>
            <translation>Eén pagina per waarde van</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Resolution (dpi)</source>
            <translation>Resolutie (dpi)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Source line</source>
            <translation>Bronvermelding</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Subtitle of the map pages</source>
            <translation>Ondertitel van de kaartpagina's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>The Achterstandsmonitor's decile (index_decile) when the layer has it.</source>
            <translation>Het deciel van de Achterstandsmonitor (index_decile) als de laag dat heeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>The page titles. Empty: the field wijknaam when the pages are wijken, else the code.</source>
            <translation>De titels van de pagina's. Leeg: het veld wijknaam als de pagina's wijken zijn, anders de code.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>Trend column in the wijkprofiel</source>
            <translation>Trendkolom in het wijkprofiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>When the layer has the fields of 'Wijkprofiel' (&lt;domain&gt;_obj, _subj), 'Similar areas' (&lt;field&gt;_similar_median) or 'Hotspots' (&lt;field&gt;_lisa_class): per area the chart of facts next to perceptions per domain, the area against similar buurten elsewhere and whether its buurten lie in clusters.</source>
            <translation>Als de laag de velden van 'Wijkprofiel' (&lt;domein&gt;_obj, _subj), 'Vergelijkbare gebieden' (&lt;veld&gt;_similar_median) of 'Hotspots' (&lt;veld&gt;_lisa_class) heeft: per gebied de grafiek van feiten naast beleving per domein, het gebied tegenover vergelijkbare buurten elders en of zijn buurten in clusters liggen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>the buurten</source>
            <translation>Als de laag de velden van 'Wijkprofiel' (&lt;domein&gt;_obj, _subj), 'Vergelijkbare gebieden' (&lt;veld&gt;_similar_median) of 'Hotspots' (&lt;veld&gt;_lisa_class) heeft: per gebied de grafiek van feiten naast beleving per domein, het gebied tegenover vergelijkbare buurten elders en of zijn buurten in clusters liggen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_atlas.py" />
            <source>{n} areas, {pages} pages each.</source>
            <translation>{n} gebieden, elk {pages} pagina's.</translation>
        </message>
    </context>
    <context>
        <name>ExportMaps</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>A3 landscape</source>
            <translation>A3 liggend</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>A3 portrait</source>
            <translation>A3 staand</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>A4 landscape</source>
            <translation>A4 liggend</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>A4 portrait</source>
            <translation>A4 staand</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Achterstandsmonitor computed with Wijkmonitor</source>
            <translation>Achterstandsmonitor berekend met Wijkmonitor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Automatic (deciles and ranks fixed, otherwise quantiles)</source>
            <translation>Automatisch (decielen en rangen vast, anders kwantielen)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>CBS Kerncijfers wijken en buurten</source>
            <translation>CBS Kerncijfers wijken en buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>CBS Kerncijfers wijken en buurten {year}</source>
            <translation>CBS Kerncijfers wijken en buurten {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Change {level} in {area}, {first} → {last}</source>
            <translation>Verandering {level} in {area}, {first} → {last}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Change {level}, {first} → {last}</source>
            <translation>Verandering {level}, {first} → {last}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Energy transition: which help where</source>
            <translation>Energietransitie: welke hulp waar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Energy-transition type</source>
            <translation>Type energietransitie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>From the catalogue</source>
            <translation>Uit de catalogus</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Higher is better</source>
            <translation>Hoger is beter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Higher is worse</source>
            <translation>Hoger is slechter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Municipal average (diverging colours)</source>
            <translation>Gemeentelijk gemiddelde (uiteenlopende kleuren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>National value (diverging colours)</source>
            <translation>Landelijke waarde (uiteenlopende kleuren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Neutral</source>
            <translation>Neutraal</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>None (sequential colours)</source>
            <translation>Geen (oplopende kleuren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Source: {figures}</source>
            <translation>Bron: {figures}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Source: {figures}; {map}</source>
            <translation>Bron: {figures}; {map}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>The input layer could not be read.</source>
            <translation>De invoerlaag kon niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>layer '{name}'</source>
            <translation>laag '{name}'</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>map: CBS Wijk- en Buurtkaart (PDOK), CC BY 4.0</source>
            <translation>kaart: CBS Wijk- en Buurtkaart (PDOK), CC BY 4.0</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>map: CBS Wijk- en Buurtkaart {year} (PDOK), CC BY 4.0</source>
            <translation>kaart: CBS Wijk- en Buurtkaart {year} (PDOK), CC BY 4.0</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>per buurt</source>
            <translation>per buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>this layer</source>
            <translation>deze laag</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>unit: {unit}</source>
            <translation>eenheid: {unit}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>{level} in {area}</source>
            <translation>{level} in {area}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>{level} in {area}, {year}</source>
            <translation>{level} in {area}, {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>{source}; types: Wijkmonitor (energytransition)</source>
            <translation>{source}; typen: Wijkmonitor (energytransition)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>{title}: change {first} → {last}</source>
            <translation>{title}: verandering {first} → {last}</translation>
        </message>
    </context>
    <context>
        <name>ExportMapsAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>'{field}' has no change to map: choose a field of 'Trend' (&lt;indicator&gt;_change) or a field per year (&lt;indicator&gt;_&lt;year&gt;) of an indicator the layer has for two or more years.</source>
            <translation>'{field}' heeft geen verandering om te kaarten: kies een veld van 'Trend' (&lt;indicator&gt;_change) of een veld per jaar (&lt;indicator&gt;_&lt;jaar&gt;) van een indicator die de laag voor twee of meer jaren heeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>A PDF and a PNG per indicator</source>
            <translation>Per indicator een PDF en een PNG</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>A PDF per indicator</source>
            <translation>Per indicator een PDF</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>A map per indicator of how each area changed, blue better, red worse, grey stable, with the period and which way is better in the legend. Choose a field of 'Trend' (&lt;indicator&gt;_change or _class), or the field of the first year (&lt;indicator&gt;_&lt;year&gt;) and the change to the last year is computed with 'Trend'.</source>
            <translation>Per indicator een kaart van hoe elk gebied veranderde, blauw beter, rood slechter, grijs stabiel, met de periode en welke kant beter is in de legenda. Kies een veld van 'Trend' (&lt;indicator&gt;_change of _class), of het veld van het eerste jaar (&lt;indicator&gt;_&lt;jaar&gt;); dan wordt de verandering tot het laatste jaar met 'Trend' berekend.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Adds every indicator of this catalogue theme that the layer has.</source>
            <translation>Voegt elke indicator van dit cataloguethema toe die in de laag zit.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Change maps of</source>
            <translation>Veranderingskaarten van</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Choose at least one indicator field, a theme whose indicators are in the layer, a change map or the energy-transition types.</source>
            <translation>Kies ten minste één indicatorveld, een thema waarvan de indicatoren in de laag staan, een veranderingskaart of de typen energietransitie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Empty: area, year and unit, e.g. 'Per buurt in Amsterdam, 2023 · unit: %'.</source>
            <translation>Leeg: gebied, jaar en eenheid, bijvoorbeeld 'Per buurt in Amsterdam, 2023 · eenheid: %'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Empty: the indicator's name. '{indicator}' is replaced by it.</source>
            <translation>Leeg: de naam van de indicator. '{indicator}' wordt erdoor vervangen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Empty: what the data is — CBS Kerncijfers and the CBS Wijk- en Buurtkaart of the layer's year where the fields are CBS figures, else the layer's name.</source>
            <translation>Leeg: wat de gegevens zijn — de CBS Kerncijfers en de CBS Wijk- en Buurtkaart van het jaar van de laag als de velden CBS-cijfers zijn, anders de naam van de laag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Export themed maps (PDF/PNG)</source>
            <translation>Themakaarten exporteren (PDF/PNG)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Files written</source>
            <translation>Geschreven bestanden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Indicator fields</source>
            <translation>Indicatorvelden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Label the areas with their names</source>
            <translation>Gebieden labelen met hun naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Logo (SVG or image)</source>
            <translation>Logo (SVG of afbeelding)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Makes a printed map per indicator: the buurten coloured by class (darker and redder = worse), a hatched 'no data' class, a legend with units, scale bar, north arrow, title, subtitle and source line. Choose indicator fields, a whole theme of the catalogue, or both.

Outputs: in the output folder one PDF (and PNG) per indicator, named after the field, or one multi-page PDF 'kaarten.pdf'. FILES lists the files written (separated by ';'), COUNT the number of maps. Files are written completely or not at all. The layout templates are in the plugin's resources/layouts folder; the Wijkmonitor panel puts the same layouts in your project to edit.</source>
            <translation>Maakt per indicator een afdrukbare kaart: de buurten ingekleurd per klasse (donkerder en roder = slechter), een gearceerde klasse 'geen gegevens', een legenda met eenheden, schaalstok, noordpijl, titel, ondertitel en bronvermelding. Kies indicatorvelden, een heel thema uit de catalogus, of beide.

Uitvoer: in de uitvoermap per indicator een PDF (en PNG), genoemd naar het veld, of één PDF met meerdere pagina's 'kaarten.pdf'. FILES noemt de geschreven bestanden (gescheiden door ';'), COUNT het aantal kaarten. Bestanden worden helemaal of helemaal niet geschreven. De opmaaksjablonen staan in de map resources/layouts van de plugin; het Wijkmonitorpaneel zet dezelfde kaartopmaken in uw project om te bewerken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Map of the energy-transition types</source>
            <translation>Kaart van de typen energietransitie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Neighbourhood layer (buurten or wijken)</source>
            <translation>Gebiedslaag (buurten of wijken)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Number of maps</source>
            <translation>Aantal kaarten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>One map per field. Index outputs (index_decile, &lt;domain&gt;_rank …) get the fixed decile and rank classes.</source>
            <translation>Eén kaart per veld. Uitkomsten van de index (index_decile, &lt;domein&gt;_rank …) krijgen de vaste deciel- en rangklassen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>One multi-page PDF</source>
            <translation>Eén PDF met meerdere pagina's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Output</source>
            <translation>Uitvoer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Output folder</source>
            <translation>Uitvoermap</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Page</source>
            <translation>Pagina</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Resolution (dpi)</source>
            <translation>Resolutie (dpi)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Source line</source>
            <translation>Bronvermelding</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Subtitle</source>
            <translation>Ondertitel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>The layer has no field '{field}': run 'Energy transition per area' first and map its output.</source>
            <translation>De laag heeft geen veld '{field}': voer eerst 'Energietransitie per gebied' uit en maak de kaart van de uitvoer.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>The layer has none of the indicators of theme '{theme}'.</source>
            <translation>De laag heeft geen van de indicatoren van thema '{theme}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>The period of the change of '{stem}' cannot be told from the layer: it lacks the values of the first and the last year. Choose the field of the first year (&lt;indicator&gt;_&lt;year&gt;) instead, so the change is computed.</source>
            <translation>De periode van de verandering van '{stem}' is niet uit de laag af te leiden: de waarden van het eerste en het laatste jaar ontbreken. Kies in plaats daarvan het veld van het eerste jaar (&lt;indicator&gt;_&lt;jaar&gt;), dan wordt de verandering berekend.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>The types of 'Energy transition per area' (field energietype): which help fits where, 'not enough data' hatched.</source>
            <translation>De typen van 'Energietransitie per gebied' (veld energietype): welke hulp waar past, 'te weinig gegevens' gearceerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Theme (all its indicators in the layer)</source>
            <translation>Thema (al zijn indicatoren in de laag)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>{field}: the change is computed with 'Trend' (first to last year, the catalogue's direction, 5% threshold).</source>
            <translation>{field}: de verandering wordt berekend met 'Trend' (eerste tot laatste jaar, de richting uit de catalogus, drempel 5%).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>{field}: {counts}; not enough data: {missing}.</source>
            <translation>{field}: {counts}; te weinig gegevens: {missing}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>{field}: {n} classes ({method}), {missing} areas without data.</source>
            <translation>{field}: {n} klassen ({method}), {missing} gebieden zonder gegevens.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>{stem}: change {first} → {last}, {better} better, {worse} worse, {stable} stable, {higher} higher, {lower} lower, {none} without values in both years.</source>
            <translation>{stem}: verandering {first} → {last}, {better} beter, {worse} slechter, {stable} stabiel, {higher} hoger, {lower} lager, {none} zonder waarden in beide jaren.</translation>
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Buurt</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Buurt code</source>
            <translation>Buurtcode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Municipality code</source>
            <translation>Gemeentecode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Water</source>
            <translation>Water</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Wijk</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Wijk code</source>
            <translation>Wijkcode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/field_labels.py" />
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Area profile</source>
            <translation>Gebiedsprofiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Area profile: [% {expr} %]</source>
            <translation>Wijkprofiel: [% {expr} %]</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Buurten in this area: [% "members" %]</source>
            <translation>Buurten in dit gebied: [% "members" %]</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Chart</source>
            <translation>Grafiek</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Compared</source>
            <translation>Vergeleken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Compared with similar buurten elsewhere</source>
            <translation>Vergeleken met vergelijkbare buurten elders</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Compared with the municipality</source>
            <translation>Vergeleken met de gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Could not write {path}: {error}</source>
            <translation>Kon {path} niet schrijven: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Does the area lie in a cluster?</source>
            <translation>Ligt het gebied in een cluster?</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Domain</source>
            <translation>Domein</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Facts (registered)</source>
            <translation>Feiten (geregistreerd)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Facts and perceptions</source>
            <translation>Feiten en beleving</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Facts and perceptions: [% {expr} %]</source>
            <translation>Feiten en beleving: [% {expr} %]</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Gap (perception − facts)</source>
            <translation>Verschil (beleving − feiten)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Introduction</source>
            <translation>Inleiding</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Its buurten against their own</source>
            <translation>Zijn buurten tegenover hun eigen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>No comparison for this area.</source>
            <translation>Geen vergelijking voor dit gebied.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>No indicators for this area.</source>
            <translation>Geen indicatoren voor dit gebied.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>No scores for this area.</source>
            <translation>Geen scores voor dit gebied.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Other areas</source>
            <translation>Overige gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Perception (residents)</source>
            <translation>Beleving (bewoners)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Similar buurten elsewhere</source>
            <translation>Vergelijkbare buurten elders</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Subtitle</source>
            <translation>Ondertitel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>The layout template {path} could not be loaded.</source>
            <translation>Het opmaaksjabloon {path} kon niet worden geladen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>The layout template {path} is not valid XML.</source>
            <translation>Het opmaaksjabloon {path} is geen geldige XML.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>This area</source>
            <translation>Dit gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Trend (then → now)</source>
            <translation>Trend (toen → nu)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Wijk atlas</source>
            <translation>Wijkatlas</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/layout.py" />
            <source>Wijk {code}</source>
            <translation>Wijk {code}</translation>
        </message>
    </context>
    <context>
        <name>OutputStyle</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Areas with buurten without a value</source>
            <translation>Gebieden met buurten zonder waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Could not open {output} to style it.</source>
            <translation>{output} kon niet worden geopend om op te maken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Detail</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Key</source>
            <translation>Sleutel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>The style could not be stored in the GeoPackage: {error}</source>
            <translation>De opmaak kon niet in de GeoPackage worden opgeslagen: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style_outputs.py" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
    </context>
    <context>
        <name>PanelChart</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_chart.py" />
            <source>; {n} without data</source>
            <translation>; {n} zonder gegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_chart.py" />
            <source>No values to show</source>
            <translation>Geen waarden om te tonen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_chart.py" />
            <source>number of areas per value ({n} areas)</source>
            <translation>aantal gebieden per waarde ({n} gebieden)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_chart.py" />
            <source>{n} areas, sorted by value</source>
            <translation>{n} gebieden, gesorteerd op waarde</translation>
        </message>
    </context>
    <context>
        <name>PanelProfile</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>, p = {p}</source>
            <translation>, p = {p}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>Buurt</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>Buurt A</source>
            <translation>Buurt A</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>Buurt B</source>
            <translation>Buurt B</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>Compared with the municipality</source>
            <translation>Vergeleken met de gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>Wijk</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>no neighbours or no value</source>
            <translation>geen buren of geen waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>{a} compared with {b}</source>
            <translation>{a} vergeleken met {b}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>{indicator}: {cluster}</source>
            <translation>{indicator}: {cluster}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel_profile.py" />
            <source>{type} — {approach}</source>
            <translation>{type} — {approach}</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>= similar</source>
            <translation>= gelijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>Deprivation index</source>
            <translation>Achterstandsindex</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>higher</source>
            <translation>hoger</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>lower</source>
            <translation>lager</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>mean</source>
            <translation>gemiddelde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>mean weighted by {field}</source>
            <translation>gemiddelde gewogen naar {field}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>{better} of {n} better, {worse} worse</source>
            <translation>{better} van {n} beter, {worse} slechter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>{name}: decile (1 = most deprived)</source>
            <translation>{name}: deciel (1 = meest achtergesteld)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>{name}: rank (1 = most deprived)</source>
            <translation>{name}: rang (1 = meest achtergesteld)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>{name}: score</source>
            <translation>{name}: score</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>{title}, {year}</source>
            <translation>{title}, {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>▲ better</source>
            <translation>▲ beter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/profile.py" />
            <source>▼ worse</source>
            <translation>▼ slechter</translation>
        </message>
    </context>
    <context>
        <name>Style</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style.py" />
            <source>The layer '{layer}' has no field '{field}'.</source>
            <translation>De laag '{layer}' heeft geen veld '{field}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/style.py" />
            <source>colours around {value}</source>
            <translation>kleuren rond {value}</translation>
        </message>
    </context>
    <context>
        <name>StyleOptions</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Chooses the colours so that 'worse' is always darker and redder. 'From the catalogue' uses the indicator's direction; fields not in the catalogue are neutral (blue).</source>
            <translation>Kiest de kleuren zo dat 'slechter' altijd donkerder en roder is. 'Uit de catalogus' gebruikt de richting van de indicator; velden die niet in de catalogus staan zijn neutraal (blauw).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Classification</source>
            <translation>Klassenindeling</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Colour around a reference value</source>
            <translation>Kleuren rond een referentiewaarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Diverging colours: light near the reference, dark far from it, the worse side red. The municipal average is weighted by population or households where the catalogue says so.</source>
            <translation>Uiteenlopende kleuren: licht dicht bij de referentie, donker ver ervan, de slechtere kant rood. Het gemeentelijk gemiddelde is gewogen naar inwoners of huishoudens waar de catalogus dat aangeeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>How values are grouped into classes. Deciles and ranks of the deprivation index always get their fixed classes (1 = most deprived).</source>
            <translation>Hoe waarden in klassen worden ingedeeld. Decielen en rangen van de achterstandsindex krijgen altijd hun vaste klassen (1 = meest achtergesteld).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>Number of classes</source>
            <translation>Aantal klassen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/export_maps.py" />
            <source>What does a higher value mean?</source>
            <translation>Wat betekent een hogere waarde?</translation>
        </message>
    </context>
    <context>
        <name>WijkmonitorPanel</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source> and </source>
            <translation> en </translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>'{name}' keeps its own style until you choose an indicator or press Draw.</source>
            <translation>'{name}' houdt zijn eigen stijl tot u een indicator kiest of op Tekenen drukt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>A page per wijk with its map and wijkprofiel, in the project; its data goes into a GeoPackage beside the project</source>
            <translation>Per wijk een pagina met kaart en wijkprofiel, in het project; de gegevens komen in een GeoPackage naast het project</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>A wijk atlas maps an indicator: choose a theme with indicators (its pages show the change, the clusters and the facts and perceptions the layer has).</source>
            <translation>Een wijkatlas brengt een indicator in kaart: kies een thema met indicatoren (de pagina's tonen de verandering, de clusters en de feiten en beleving die de laag heeft).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Achterstandsmonitor (deprivation index)</source>
            <translation>Achterstandsmonitor (achterstandsindex)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Across the areas</source>
            <translation>Over alle gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>All numeric fields</source>
            <translation>Alle numerieke velden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Buurt</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Buurt profile</source>
            <translation>Buurtprofiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Change over the years (trend)</source>
            <translation>Verandering door de jaren (trend)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Change: {title}</source>
            <translation>Verandering: {title}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Choose a polygon layer first.</source>
            <translation>Kies eerst een vlakkenlaag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Classification</source>
            <translation>Klassenindeling</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Click a buurt to see its profile; Ctrl+click a second one to compare the two. Selecting buurten with QGIS's own tools works too.</source>
            <translation>Klik op een buurt voor het buurtprofiel; Ctrl+klik op een tweede buurt om ze te vergelijken. Buurten selecteren met de gewone selectiegereedschappen van QGIS kan ook.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Clusters (hotspots)</source>
            <translation>Clusters (hotspots)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Clusters: {title}</source>
            <translation>Clusters: {title}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Colour the layer by this indicator</source>
            <translation>De laag naar deze indicator kleuren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Draw</source>
            <translation>Tekenen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Energy transition</source>
            <translation>Energietransitie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Energy transition: types</source>
            <translation>Energietransitie: typen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Energy-transition type</source>
            <translation>Type energietransitie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Every area, sorted by value</source>
            <translation>Alle gebieden, gesorteerd op waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Facts and perceptions of {names} (100 = the reference, higher = better)</source>
            <translation>Feiten en beleving van {names} (100 = de referentie, hoger = beter)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Histogram</source>
            <translation>Histogram</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Label the areas with their names</source>
            <translation>Gebieden labelen met hun naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Layer</source>
            <translation>Laag</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Layout '{name}' is in the project (Project ▸ Layouts).</source>
            <translation>Kaartopmaak '{name}' staat in het project (Project ▸ Afdrukopmaken).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Make layout</source>
            <translation>Kaartopmaak maken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Make wijk atlas</source>
            <translation>Wijkatlas maken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Municipal average (diverging colours)</source>
            <translation>Gemeentelijk gemiddelde (uiteenlopende kleuren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>No atlas made: no place was chosen for its data.</source>
            <translation>Geen atlas gemaakt: er is geen plek voor de gegevens gekozen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>No neighbours or no value</source>
            <translation>Geen buren of geen waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>No polygon layer in the project: load neighbourhoods first (Wijkmonitor ▸ Load neighbourhoods… or Load Amsterdam sample).</source>
            <translation>Geen vlakkenlaag in het project: laad eerst wijken en buurten (Wijkmonitor ▸ Wijken en buurten laden… of Voorbeeld Amsterdam laden).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>None (sequential colours)</source>
            <translation>Geen (oplopende kleuren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Pick a buurt on the map</source>
            <translation>Buurt op de kaart aanwijzen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Put a print layout of this map in the project and open it</source>
            <translation>Een afdrukopmaak van deze kaart aan het project toevoegen en openen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Select a buurt (or two, to compare them).</source>
            <translation>Selecteer een buurt (of twee, om ze te vergelijken).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Show or hide the panel that colours the map by an indicator and makes layouts and wijk atlases</source>
            <translation>Toon of verberg het paneel dat de kaart naar een indicator inkleurt en kaartopmaken en wijkatlassen maakt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Similar buurten elsewhere</source>
            <translation>Vergelijkbare buurten elders</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>The atlas was not made: {error}</source>
            <translation>De atlas is niet gemaakt: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>The layer '{name}' has no numeric fields to colour by.</source>
            <translation>De laag '{name}' heeft geen numerieke velden om naar te kleuren.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>The layer has no field '{field}' to make an atlas of.</source>
            <translation>De laag heeft geen veld '{field}' om een atlas van te maken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>The layer has no indicator to map: choose another theme or layer.</source>
            <translation>De laag heeft geen indicator om te kleuren: kies een ander thema of een andere laag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>The period of the change of '{stem}' cannot be told from the layer: it lacks the values of the first and the last year.</source>
            <translation>De periode van de verandering van '{stem}' is niet uit de laag af te leiden: de waarden van het eerste en het laatste jaar ontbreken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Where should the atlas's data be kept?</source>
            <translation>Waar moeten de gegevens van de atlas worden bewaard?</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Wijkmonitor</source>
            <translation>Wijkmonitor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Wijkmonitor panel (themed maps)</source>
            <translation>Wijkmonitorpaneel (themakaarten)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Wijkmonitor: atlas data</source>
            <translation>Wijkmonitor: atlasgegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>Writing the atlas's data to {path} …</source>
            <translation>De gegevens van de atlas worden geschreven naar {path} …</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>average {value}</source>
            <translation>gemiddelde {value}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>no change</source>
            <translation>geen verandering</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>{a} and {b} side by side</source>
            <translation>{a} en {b} naast elkaar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>{name} compared with similar buurten elsewhere</source>
            <translation>{name} vergeleken met vergelijkbare buurten elders</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>{name} compared with similar buurten elsewhere (the median of its {k} most similar buurten)</source>
            <translation>{name} vergeleken met vergelijkbare buurten elders (de mediaan van de {k} meest vergelijkbare buurten)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>{name}: the buurt, its wijk and the municipality</source>
            <translation>{name}: de buurt, de wijk en de gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>{title}, {first} → {last}: {better} better, {worse} worse, {stable} stable, {higher} higher, {lower} lower.</source>
            <translation>{title}, {first} → {last}: {better} beter, {worse} slechter, {stable} stabiel, {higher} hoger, {lower} lager.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>{title}: change {first} → {last}</source>
            <translation>{title}: verandering {first} → {last}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>{title}: {n} categories; {missing} areas without a category (hatched).</source>
            <translation>{title}: {n} categorieën; {missing} gebieden zonder categorie (gearceerd).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/gui/panel.py" />
            <source>{title}: {n} classes ({method}); {missing} areas without data (hatched).</source>
            <translation>{title}: {n} klassen ({method}); {missing} gebieden zonder gegevens (gearceerd).</translation>
        </message>
    </context>
</TS>