<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>Contiguity</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/contiguity.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/contiguity.py" />
            <source>Some areas have no location (empty geometry): remove them or repair their geometry.</source>
            <translation>Sommige gebieden hebben geen ligging (lege geometrie): verwijder ze of herstel de geometrie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/contiguity.py" />
            <source>The number of nearest neighbours must be at least 1.</source>
            <translation>Het aantal dichtstbijzijnde buren moet minstens 1 zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/contiguity.py" />
            <source>{n} areas with a usable location: k nearest neighbours needs more than k = {k} areas. Choose a smaller k or more areas.</source>
            <translation>{n} gebieden met een bruikbare ligging: k dichtstbijzijnde buren vraagt meer dan k = {k} gebieden. Kies een kleinere k of meer gebieden.</translation>
        </message>
    </context>
    <context>
        <name>HotspotReport</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source> with false-discovery-rate control (p ≤ {bound})</source>
            <translation> met controle op het false discovery rate (p ≤ {bound})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Analysed (with a value)</source>
            <translation>Geanalyseerd (met een waarde)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Areas</source>
            <translation>Gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Clusters (Local Moran's I)</source>
            <translation>Clusters (lokale Moran's I)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Expected without pattern, E[I]</source>
            <translation>Verwacht zonder patroon, E[I]</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Field: {field}. Neighbours: {neighbours}. {permutations} conditional permutations (seed {seed}); significance level {alpha}{fdr}.</source>
            <translation>Veld: {field}. Buren: {neighbours}. {permutations} conditionele permutaties (startwaarde {seed}); significantieniveau {alpha}{fdr}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Getis–Ord Gi*: {hot} area(s) significantly high (hot), {cold} significantly low (cold) at p ≤ {alpha}.</source>
            <translation>Getis–Ord Gi*: {hot} gebied(en) significant hoog (hot), {cold} significant laag (cold) bij p ≤ {alpha}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Global Moran's I</source>
            <translation>Globale Moran's I</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>HH: a high value among high neighbours; LL: low among low; HL and LH: an area unlike its neighbours. 'Not significant' means the pattern around the area could well be chance. A pseudo p-value from permutations varies slightly with the seed.</source>
            <translation>HH: een hoge waarde tussen hoge buren; LL: laag tussen laag; HL en LH: een gebied dat afwijkt van zijn buren. 'Niet significant' betekent dat het patroon rond het gebied goed toeval kan zijn. Een pseudo-p-waarde uit permutaties varieert iets met de startwaarde.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Hotspot analysis: {field}</source>
            <translation>Hotspotanalyse: {field}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>In the input</source>
            <translation>In de invoer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Islands: {areas}</source>
            <translation>Eilanden: {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Left out: no value in the field</source>
            <translation>Weggelaten: geen waarde in het veld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Meaning</source>
            <translation>Betekenis</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>No permutations were run, so there is no significance test.</source>
            <translation>Er zijn geen permutaties uitgevoerd, dus er is geen significantietoets.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>No value (first 20): {areas}</source>
            <translation>Geen waarde (eerste 20): {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Pseudo p-value (permutations)</source>
            <translation>Pseudo-p-waarde (permutaties)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Similar values cluster: areas lie near areas with similar values (p = {p:.3f}).</source>
            <translation>Gelijke waarden clusteren: gebieden liggen bij gebieden met vergelijkbare waarden (p = {p:.3f}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Statistic</source>
            <translation>Statistiek</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Strongest hotspots (HH)</source>
            <translation>Sterkste hotspots (HH)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>The values show no significant spatial pattern overall (p = {p:.3f}).</source>
            <translation>De waarden tonen in totaal geen significant ruimtelijk patroon (p = {p:.3f}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Values alternate: areas lie near areas with dissimilar values (p = {p:.3f}).</source>
            <translation>Waarden wisselen elkaar af: gebieden liggen bij gebieden met afwijkende waarden (p = {p:.3f}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>Without neighbours (islands): no local statistics</source>
            <translation>Zonder buren (eilanden): geen lokale statistieken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/hotspot_report.py" />
            <source>z (permutations)</source>
            <translation>z (permutaties)</translation>
        </message>
    </context>
    <context>
        <name>HotspotStyle</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/hotspot_style.py" />
            <source>High among high (hotspot)</source>
            <translation>Hoog tussen hoog (hotspot)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/hotspot_style.py" />
            <source>High among low (outlier)</source>
            <translation>Hoog tussen laag (uitschieter)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/hotspot_style.py" />
            <source>Low among high (outlier)</source>
            <translation>Laag tussen hoog (uitschieter)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/hotspot_style.py" />
            <source>Low among low (coldspot)</source>
            <translation>Laag tussen laag (coldspot)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/hotspot_style.py" />
            <source>No neighbours or no value</source>
            <translation>Geen buren of geen waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/hotspot_style.py" />
            <source>Not significant</source>
            <translation>Niet significant</translation>
        </message>
    </context>
    <context>
        <name>Hotspots</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/lisa.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/lisa.py" />
            <source>Internal error: missing values must be left out before the analysis.</source>
            <translation>Interne fout: ontbrekende waarden moeten vóór de analyse worden weggelaten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/lisa.py" />
            <source>Internal error: {n} values for {m} areas.</source>
            <translation>Interne fout: {n} waarden voor {m} gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/lisa.py" />
            <source>No area has a neighbour: with contiguity the polygons do not touch (a table of points, or areas far apart). Use k nearest neighbours instead.</source>
            <translation>Geen enkel gebied heeft een buur: bij aangrenzendheid raken de vlakken elkaar niet (een tabel met punten, of gebieden ver uit elkaar). Gebruik in plaats daarvan de k dichtstbijzijnde buren.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/lisa.py" />
            <source>Only {n} area(s) with a value: a hotspot analysis needs at least three areas, and is only meaningful with dozens. Use a larger area (all buurten of the gemeente).</source>
            <translation>Slechts {n} gebied(en) met een waarde: een hotspotanalyse vraagt minstens drie gebieden en is pas zinvol met tientallen. Gebruik een groter gebied (alle buurten van de gemeente).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/lisa.py" />
            <source>The field has the same value ({value:g}) in every area: there is no pattern to find. Choose another field.</source>
            <translation>Het veld heeft in elk gebied dezelfde waarde ({value:g}): er is geen patroon te vinden. Kies een ander veld.</translation>
        </message>
    </context>
    <context>
        <name>HotspotsAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>A numeric field, e.g. index_score of the Achterstandsmonitor or an indicator.</source>
            <translation>Een numeriek veld, bijvoorbeeld index_score van de Achterstandsmonitor of een indicator.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Areas (wijken, buurten)</source>
            <translation>Gebieden (wijken, buurten)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Areas in coldspots (LL)</source>
            <translation>Gebieden in coldspots (LL)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Areas in hotspots (HH)</source>
            <translation>Gebieden in hotspots (HH)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Areas without neighbours</source>
            <translation>Gebieden zonder buren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Clusters: HH {hh}, LL {ll}, HL {hl}, LH {lh}, not significant {ns} (p ≤ {t:.4g})</source>
            <translation>Clusters: HH {hh}, LL {ll}, HL {hl}, LH {lh}, niet significant {ns} (p ≤ {t:.4g})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Contiguity needs polygons that touch (the CBS map does); use k nearest areas for points or for areas with gaps between them.</source>
            <translation>Aangrenzendheid vraagt om vlakken die elkaar raken (zoals in de CBS-kaart); gebruik de k dichtstbijzijnde gebieden voor punten of voor gebieden met gaten ertussen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Contiguity needs polygons; this layer has {kind} geometry. Choose 'k nearest areas'.</source>
            <translation>Aangrenzendheid werkt alleen met vlakken; deze laag heeft geometrie van het type {kind}. Kies 'k dichtstbijzijnde gebieden'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Control the false discovery rate (Benjamini–Hochberg)</source>
            <translation>False discovery rate beheersen (Benjamini–Hochberg)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Field to analyse</source>
            <translation>Te analyseren veld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Finding neighbours of {n} areas.</source>
            <translation>Buren zoeken voor {n} gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Finds where high or low values of a field cluster, e.g. where deprived buurten lie next to each other.

Local Moran's I compares each area's value with the mean of its neighbours (row-standardised: every neighbour counts equally). Neighbours: queen (polygons share at least a point), rook (they share a boundary stretch) or the k nearest areas. Significance by conditional permutation: the area's neighbours are replaced by randomly drawn areas PERMUTATIONS times (seeded, so a run can be repeated). With the false-discovery-rate option the significance level is lowered (Benjamini–Hochberg) to allow for testing every area.

Output fields, added to the input fields: &amp;lt;field&amp;gt;_lisa_i (local Moran's I), &amp;lt;field&amp;gt;_lisa_p (pseudo p-value), &amp;lt;field&amp;gt;_lisa_class: HH = high among high (hotspot), LL = low among low (coldspot), HL/LH = an area unlike its neighbours (outlier), ns = not significant; &amp;lt;field&amp;gt;_gi_z and &amp;lt;field&amp;gt;_gi_p: Getis–Ord Gi* z-score (positive = hot, negative = cold) and its two-sided p-value. Areas without a value or without neighbours (islands) get NULL and are listed in the log and the report. The layer is drawn as a cluster map when it is loaded.

The global Moran's I (one number for the whole pattern) is written to the log and the report.</source>
            <translation>Zoekt waar hoge of lage waarden van een veld clusteren, bijvoorbeeld waar buurten met achterstand naast elkaar liggen.

De lokale Moran's I vergelijkt de waarde van elk gebied met het gemiddelde van zijn buren (rijgestandaardiseerd: elke buur telt even zwaar). Buren: queen (de vlakken delen minstens één punt), rook (ze delen een stuk grens) of de k dichtstbijzijnde gebieden. Significantie met conditionele permutatie: de buren van het gebied worden PERMUTATIONS keer vervangen door willekeurig getrokken gebieden (met een vaste startwaarde, zodat een berekening te herhalen is). Met de optie voor het false discovery rate wordt het significantieniveau verlaagd (Benjamini–Hochberg), omdat elk gebied getoetst wordt.

Uitvoervelden, achter de invoervelden: &amp;lt;veld&amp;gt;_lisa_i (lokale Moran's I), &amp;lt;veld&amp;gt;_lisa_p (pseudo-p-waarde), &amp;lt;veld&amp;gt;_lisa_class: HH = hoog tussen hoog (hotspot), LL = laag tussen laag (coldspot), HL/LH = een gebied dat afwijkt van zijn buren (uitschieter), ns = niet significant; &amp;lt;veld&amp;gt;_gi_z en &amp;lt;veld&amp;gt;_gi_p: de z-score van Getis–Ord Gi* (positief = hot, negatief = cold) en de tweezijdige p-waarde. Gebieden zonder waarde of zonder buren (eilanden) krijgen NULL en staan in het logboek en het rapport. De laag wordt bij het laden als clusterkaart getekend.

De globale Moran's I (één getal voor het hele patroon) staat in het logboek en het rapport.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Global Moran's I</source>
            <translation>Globale Moran's I</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Global Moran's I = {i:.4f} (expected {e:.4f}), pseudo p = {p}. {text}</source>
            <translation>Globale Moran's I = {i:.4f} (verwacht {e:.4f}), pseudo-p = {p}. {text}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Global Moran's I: pseudo p-value</source>
            <translation>Globale Moran's I: pseudo-p-waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Hotspots</source>
            <translation>Hotspots</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Hotspots (where values cluster)</source>
            <translation>Hotspots (waar waarden clusteren)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Neighbours</source>
            <translation>Buren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>None of the {n} areas has a neighbour: the polygons do not touch (areas far apart or with gaps between them). Choose 'k nearest areas' as neighbours.</source>
            <translation>Geen van de {n} gebieden heeft een buur: de vlakken raken elkaar niet (gebieden ver uit elkaar of met gaten ertussen). Kies 'k dichtstbijzijnde gebieden' als buren.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Permutations</source>
            <translation>Permutaties</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Queen contiguity (polygons share a point)</source>
            <translation>Queen-aangrenzendheid (vlakken delen een punt)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Random seed</source>
            <translation>Startwaarde toevalsgenerator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Rook contiguity (polygons share an edge)</source>
            <translation>Rook-aangrenzendheid (vlakken delen een grens)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>Significance level</source>
            <translation>Significantieniveau</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>The field {field} is empty (NULL) in every one of the {n} areas: there is nothing to analyse. Choose a field with values, or join the figures first.</source>
            <translation>Het veld {field} is in alle {n} gebieden leeg (NULL): er valt niets te analyseren. Kies een veld met waarden, of koppel eerst de cijfers.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>With hundreds of areas, some will look significant by chance at 5%. This lowers the level so that at most that share of the reported clusters is expected to be chance.</source>
            <translation>Bij honderden gebieden lijken er bij 5% een aantal toevallig significant. Dit verlaagt het niveau, zodat naar verwachting hooguit dat deel van de gemelde clusters toeval is.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>k (number of nearest areas)</source>
            <translation>k (aantal dichtstbijzijnde gebieden)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>k nearest areas (by centroid)</source>
            <translation>k dichtstbijzijnde gebieden (op zwaartepunt)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>queen contiguity</source>
            <translation>queen-aangrenzendheid</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>rook contiguity</source>
            <translation>rook-aangrenzendheid</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>the {k} nearest areas</source>
            <translation>de {k} dichtstbijzijnde gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{field} – Gi* p-value</source>
            <translation>{field} – Gi*-p-waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{field} – Gi* z-score</source>
            <translation>{field} – Gi*-z-score</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{field} – LISA p-value</source>
            <translation>{field} – LISA-p-waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{field} – cluster</source>
            <translation>{field} – cluster</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{field} – local Moran's I</source>
            <translation>{field} – lokale Moran's I</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{n} area(s) have no geometry, so they have no location for k nearest areas (first: feature {fid}). Remove them or repair the geometry.</source>
            <translation>{n} gebied(en) hebben geen geometrie en dus geen ligging voor de k dichtstbijzijnde gebieden (eerste: object {fid}). Verwijder ze of herstel de geometrie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{n} area(s) have no neighbours (islands) and get no local statistics: {areas}</source>
            <translation>{n} gebied(en) hebben geen buren (eilanden) en krijgen geen lokale statistieken: {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{n} area(s) have no value in {field} and are left out: {areas}</source>
            <translation>{n} gebied(en) hebben geen waarde in {field} en worden weggelaten: {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/hotspots.py" />
            <source>{pairs} neighbour links; {perm} permutations.</source>
            <translation>{pairs} burenrelaties; {perm} permutaties.</translation>
        </message>
    </context>
    <context>
        <name>Leefbaarometer</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/leefbaarometer.py" />
            <source>Cannot read {path}: {error}</source>
            <translation>Kan {path} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/leefbaarometer.py" />
            <source>No buurt table found: the Leefbaarometer buurt file has the columns bu_code, jaar, lbm, afw, fys, onv, soc, vrz and won. Choose the buurt CSV of the open data (or the zip).</source>
            <translation>Geen buurttabel gevonden: het buurtbestand van de Leefbaarometer heeft de kolommen bu_code, jaar, lbm, afw, fys, onv, soc, vrz en won. Kies de buurt-CSV van de open data (of de zip).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/leefbaarometer.py" />
            <source>The Leefbaarometer table has no column 'jaar' (measurement year).</source>
            <translation>De Leefbaarometer-tabel heeft geen kolom 'jaar' (meetjaar).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/leefbaarometer.py" />
            <source>The Leefbaarometer table has no rows with a buurt code and a year.</source>
            <translation>De Leefbaarometer-tabel heeft geen rijen met een buurtcode en een jaar.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/leefbaarometer.py" />
            <source>The Leefbaarometer table has none of the score columns lbm, afw, fys, onv, soc, vrz, won.</source>
            <translation>De Leefbaarometer-tabel heeft geen van de scorekolommen lbm, afw, fys, onv, soc, vrz, won.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/leefbaarometer.py" />
            <source>The file has more than one row for the same buurt and year ({examples}); the Leefbaarometer publishes one row per buurt and year. Check that the file is not combined twice.</source>
            <translation>Het bestand heeft meer dan één rij voor dezelfde buurt en hetzelfde jaar ({examples}); de Leefbaarometer publiceert één rij per buurt en jaar. Controleer of het bestand niet dubbel is samengevoegd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/leefbaarometer.py" />
            <source>The file has no measurement for {year}; years in the file: {years}.</source>
            <translation>Het bestand heeft geen meting voor {year}; jaren in het bestand: {years}.</translation>
        </message>
    </context>
    <context>
        <name>LeefbaarometerAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Adds the Leefbaarometer 3.0 scores (Ministry BZK, open data, CC0) to buurten: the buurt CSV of the open data as published (columns bu_code, jaar, lbm, afw, fys, onv, soc, vrz, won), or the zip with the CSV files, matched by buurt code for one measurement year (0 = the newest year in the file).

Output fields, added to the input fields: lbm_score (overall score), lbm_afwijking (deviation from the national mean), the five dimensions lbm_fysiek (physical environment), lbm_overlast_onveiligheid (nuisance and insecurity), lbm_sociale_samenhang (social cohesion), lbm_voorzieningen (facilities), lbm_woningen (housing), and lbm_jaar (the measurement year). Buurten without a row for that year get NULL and are counted in the log.

The Leefbaarometer is a judgement model: it estimates how residents would rate their area from about a hundred characteristics of the surroundings. Buurt codes change when a municipality is redivided: use the measurement year whose buurt division matches the layer.</source>
            <translation>Voegt de scores van de Leefbaarometer 3.0 (ministerie van BZK, open data, CC0) toe aan buurten: de buurt-CSV van de open data zoals gepubliceerd (kolommen bu_code, jaar, lbm, afw, fys, onv, soc, vrz, won), of de zip met de CSV-bestanden, gekoppeld op buurtcode voor één meetjaar (0 = het nieuwste jaar in het bestand).

Uitvoervelden, achter de invoervelden: lbm_score (totaalscore), lbm_afwijking (afwijking van het landelijk gemiddelde), de vijf dimensies lbm_fysiek (fysieke omgeving), lbm_overlast_onveiligheid (overlast en onveiligheid), lbm_sociale_samenhang (sociale samenhang), lbm_voorzieningen (voorzieningen), lbm_woningen (woningvoorraad) en lbm_jaar (het meetjaar). Buurten zonder rij voor dat jaar krijgen NULL en worden in het logboek geteld.

De Leefbaarometer is een oordeelsmodel: het schat uit zo'n honderd kenmerken van de omgeving hoe bewoners hun buurt zouden waarderen. Buurtcodes veranderen bij een herindeling: gebruik het meetjaar waarvan de buurtindeling bij de laag past.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Buurt code field (empty = statcode or buurtcode)</source>
            <translation>Veld met de buurtcode (leeg = statcode of buurtcode)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Buurten with Leefbaarometer</source>
            <translation>Buurten met Leefbaarometer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Buurten with scores</source>
            <translation>Buurten met scores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Buurten without scores</source>
            <translation>Buurten zonder scores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Columns not in the file (their fields are not added): {columns}</source>
            <translation>Kolommen die niet in het bestand staan (hun velden worden niet toegevoegd): {columns}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Join the Leefbaarometer</source>
            <translation>Leefbaarometer koppelen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Leefbaarometer buurt file (CSV or zip)</source>
            <translation>Leefbaarometer-buurtbestand (CSV of zip)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Leefbaarometer measurement year</source>
            <translation>Meetjaar Leefbaarometer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Leefbaarometer open data (*.csv *.zip)</source>
            <translation>Open data Leefbaarometer (*.csv *.zip)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Leefbaarometer: {rows} rows, years {years}; using {year}.</source>
            <translation>Leefbaarometer: {rows} rijen, jaren {years}; {year} wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Measurement year (0 = newest in the file)</source>
            <translation>Meetjaar (0 = nieuwste in het bestand)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>Measurement year used</source>
            <translation>Gebruikt meetjaar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>No buurt of the layer has a Leefbaarometer row for {year}. Check the code field and the year: buurt codes change when a municipality is redivided.</source>
            <translation>Geen enkele buurt van de laag heeft een Leefbaarometer-rij voor {year}. Controleer het codeveld en het jaar: buurtcodes veranderen bij een herindeling.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>The layer has no buurt code field (statcode or buurtcode): choose the field with the CBS buurt codes (BU...).</source>
            <translation>De laag heeft geen veld met de buurtcode (statcode of buurtcode): kies het veld met de CBS-buurtcodes (BU...).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>{n} Leefbaarometer row(s) of {year} are for buurten not in the layer.</source>
            <translation>{n} Leefbaarometer-rij(en) van {year} zijn voor buurten die niet in de laag zitten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>{n} of {m} buurten have Leefbaarometer scores for {year}.</source>
            <translation>{n} van de {m} buurten hebben Leefbaarometer-scores voor {year}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>{n} of {m} buurten have no Leefbaarometer row for {year}: {codes}</source>
            <translation>{n} van de {m} buurten hebben geen Leefbaarometer-rij voor {year}: {codes}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/leefbaarometer.py" />
            <source>{n} row(s) without a buurt code were left out: {codes}</source>
            <translation>{n} rij(en) zonder buurtcode zijn weggelaten: {codes}</translation>
        </message>
    </context>
    <context>
        <name>SimilarAreas</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/similar.py" />
            <source>Choose at least one indicator to compare areas on.</source>
            <translation>Kies ten minste één indicator om gebieden op te vergelijken.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/similar.py" />
            <source>Indicator(s) at position {cols} have no spread (constant or empty): they cannot tell areas apart. Leave them out.</source>
            <translation>Indicator(en) op positie {cols} hebben geen spreiding (constant of leeg): ze onderscheiden geen gebieden. Laat ze weg.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/similar.py" />
            <source>The number of similar areas must be at least 1.</source>
            <translation>Het aantal vergelijkbare gebieden moet minstens 1 zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/similar.py" />
            <source>There is only {n} area: similar areas need at least two areas, preferably the whole country.</source>
            <translation>Er is maar {n} gebied: vergelijkbare gebieden vragen minstens twee gebieden, bij voorkeur heel Nederland.</translation>
        </message>
    </context>
    <context>
        <name>SimilarAreasAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>, within classes of {field}</source>
            <translation>, binnen de klassen van {field}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>All areas (the whole country; a table without geometry works too)</source>
            <translation>Alle gebieden (heel Nederland; een tabel zonder geometrie kan ook)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Also report the median of the similar areas for</source>
            <translation>Geef ook de mediaan van de vergelijkbare gebieden voor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Areas can only be chosen by code when the input has a code field (statcode).</source>
            <translation>Gebieden kunnen alleen op code gekozen worden als de invoer een codeveld heeft (statcode).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Areas with k similar areas</source>
            <translation>Gebieden met k vergelijkbare gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Areas with their similar areas</source>
            <translation>Gebieden met hun vergelijkbare gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Class compared within</source>
            <translation>Klasse waarbinnen vergeleken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Code of the similar area</source>
            <translation>Code van het vergelijkbare gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Codes separated by commas or spaces, e.g. BU0363AF08 BU0344..., or a gemeente code (GM0363) for all its areas. Comparables are still sought among all areas.</source>
            <translation>Codes gescheiden door komma's of spaties, bijvoorbeeld BU0363AF08 BU0344..., of een gemeentecode (GM0363) voor al haar gebieden. Vergelijkbare gebieden worden nog steeds tussen alle gebieden gezocht.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Compare on (empty = population structure and housing)</source>
            <translation>Vergelijken op (leeg = bevolkingsopbouw en woningen)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Comparing {n} areas on: {fields}{stratum}.</source>
            <translation>{n} gebieden vergeleken op: {fields}{stratum}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Distance (sd)</source>
            <translation>Afstand (sd)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>For each area (or the areas you name) the k most similar areas in the input, which should hold the whole country (e.g. all buurten of the Kerncijfers), so that a buurt is compared with buurten like it elsewhere: a rural kern with rural kernen, a city buurt with city buurten.

Similarity: the distance between the standardised values (z-scores over all areas) of the chosen indicators; by default the population structure and housing: share 0–15 and 65+, household size, population density and inhabitants (both on a log scale), WOZ value, owner-occupied and single-family dwellings. The stedelijkheid class (1 very strongly urban … 5 not urban) is a hard stratum: areas are only compared within their class. Two areas are compared on the indicators both have (at least half). Ties are broken by the order of the input, so the answer is the same on every run.

Output fields, added to the input fields: similar_codes (the codes of the comparable areas, most similar first), similar_n, similar_distance (mean distance to them, in standard deviations) and per compared field &amp;lt;field&amp;gt;_similar_median: the median of the comparable areas, to set next to the area's own value. The table of pairs lists every area with its comparables, rank and distance.</source>
            <translation>Geeft voor elk gebied (of de gebieden die u noemt) de k meest vergelijkbare gebieden in de invoer, die heel Nederland moet bevatten (bijvoorbeeld alle buurten uit de Kerncijfers), zodat een buurt wordt vergeleken met soortgelijke buurten elders: een landelijke kern met landelijke kernen, een stadsbuurt met stadsbuurten.

Gelijkenis: de afstand tussen de gestandaardiseerde waarden (z-scores over alle gebieden) van de gekozen indicatoren; standaard de bevolkingsopbouw en de woningen: aandeel 0–15 en 65+, huishoudensgrootte, bevolkingsdichtheid en inwoners (beide op logschaal), WOZ-waarde, koopwoningen en eengezinswoningen. De stedelijkheidsklasse (1 zeer sterk stedelijk … 5 niet stedelijk) is een harde laag: gebieden worden alleen binnen hun klasse vergeleken. Twee gebieden worden vergeleken op de indicatoren die ze allebei hebben (minstens de helft). Bij gelijke afstand beslist de volgorde van de invoer, dus elke berekening geeft hetzelfde antwoord.

Uitvoervelden, achter de invoervelden: similar_codes (de codes van de vergelijkbare gebieden, meest vergelijkbaar eerst), similar_n, similar_distance (gemiddelde afstand tot die gebieden, in standaardafwijkingen) en per vergeleken veld &amp;lt;veld&amp;gt;_similar_median: de mediaan van de vergelijkbare gebieden, om naast de eigen waarde van het gebied te zetten. De tabel met paren geeft elk gebied met zijn vergelijkbare gebieden, rangnummer en afstand.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Mean distance to the similar areas (sd)</source>
            <translation>Gemiddelde afstand tot de vergelijkbare gebieden (sd)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Municipality of the similar area</source>
            <translation>Gemeente van het vergelijkbare gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Name of the similar area</source>
            <translation>Naam van het vergelijkbare gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>No area with the code(s) {codes} in the input.</source>
            <translation>Geen gebied met de code(s) {codes} in de invoer.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>No stedelijkheid field found: areas are compared across all classes. Choose the stratum field, or join the Kerncijfers first.</source>
            <translation>Geen veld met de stedelijkheid gevonden: gebieden worden over alle klassen heen vergeleken. Kies het veld voor de lagen, of koppel eerst de Kerncijfers.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Not in the input, left out of the comparison: {fields}</source>
            <translation>Niet in de invoer, buiten de vergelijking gelaten: {fields}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Number of similar areas</source>
            <translation>Aantal vergelijkbare gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Number of similar areas (k)</source>
            <translation>Aantal vergelijkbare gebieden (k)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Only compare within the same stedelijkheid class</source>
            <translation>Alleen vergelijken binnen dezelfde stedelijkheidsklasse</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Only for these areas (codes; empty = all)</source>
            <translation>Alleen voor deze gebieden (codes; leeg = alle)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Rank (1 = most similar)</source>
            <translation>Rang (1 = meest vergelijkbaar)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Similar areas (most similar first)</source>
            <translation>Vergelijkbare gebieden (meest vergelijkbaar eerst)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Similar areas across the country</source>
            <translation>Vergelijkbare gebieden in heel Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Similar areas, one row per pair</source>
            <translation>Vergelijkbare gebieden, één rij per paar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Stratum field (empty = stedelijkheid)</source>
            <translation>Veld voor de lagen (leeg = stedelijkheid)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>The input holds several levels ({levels}): each area is compared with areas of its own level.</source>
            <translation>De invoer bevat meerdere niveaus ({levels}): elk gebied wordt vergeleken met gebieden van zijn eigen niveau.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>Too few indicators to compare on ({n} found). Choose the fields to compare on, or use a table with the Kerncijfers (population by age, household size, density, WOZ value, dwellings).</source>
            <translation>Te weinig indicatoren om op te vergelijken ({n} gevonden). Kies de velden om op te vergelijken, of gebruik een tabel met de Kerncijfers (bevolking naar leeftijd, huishoudensgrootte, dichtheid, WOZ-waarde, woningen).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>{field} – median of similar areas</source>
            <translation>{field} – mediaan van vergelijkbare gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>{n} area(s) have fewer than {k} comparable areas (too few figures, or a small class): {areas}</source>
            <translation>{n} gebied(en) hebben minder dan {k} vergelijkbare gebieden (te weinig cijfers, of een kleine klasse): {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>{n} area(s) have no {field} and get no similar areas: {areas}</source>
            <translation>{n} gebied(en) hebben geen {field} en krijgen geen vergelijkbare gebieden: {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/similar_areas.py" />
            <source>{n} of {m} areas have {k} similar areas.</source>
            <translation>{n} van de {m} gebieden hebben {k} vergelijkbare gebieden.</translation>
        </message>
    </context>
    <context>
        <name>Wijkprofile</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>'alternatives' must be a list of objects with 'field'.</source>
            <translation>'alternatives' moet een lijst van objecten met 'field' zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>'higher_is' must be 'better' or 'worse', not {value!r}.</source>
            <translation>'higher_is' moet 'better' of 'worse' zijn, niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>'id' must be a lowercase name of letters, digits and underscores other than 'profile' (it becomes a field name), not {value!r}.</source>
            <translation>'id' moet een naam in kleine letters zijn van letters, cijfers en liggende streepjes, anders dan 'profile' (het wordt een veldnaam), niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>'transform' must be one of {values}, not {value!r}.</source>
            <translation>'transform' moet een van {values} zijn, niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>'{what}' must be a field name or a list of field names.</source>
            <translation>'{what}' moet een veldnaam of een lijst van veldnamen zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>'{what}' must be a positive number, not {value!r}.</source>
            <translation>'{what}' moet een positief getal zijn, niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>A profile definition is a JSON object with a non-empty list 'domains'.</source>
            <translation>Een profieldefinitie is een JSON-object met een niet-lege lijst 'domains'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>Cannot read the profile definition {path}: {error}</source>
            <translation>Kan de profieldefinitie {path} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>Domain {domain}: no perception measure found, so no subjective score and no gap.</source>
            <translation>Domein {domain}: geen belevingscijfer gevonden, dus geen subjectieve score en geen verschil.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>Domain {domain}: none of its measures is in the input; it has no scores.</source>
            <translation>Domein {domain}: geen van de maten zit in de invoer; het domein heeft geen scores.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>None of the measures of the profile is in the input. Join the figures first (Kerncijfers, crime, the GGD health monitor, the Leefbaarometer) or give a profile definition with the field names of this layer.</source>
            <translation>Geen van de maten van het profiel zit in de invoer. Koppel eerst de cijfers (Kerncijfers, misdrijven, de GGD-gezondheidsmonitor, de Leefbaarometer) of geef een profieldefinitie met de veldnamen van deze laag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>Profile definition, {where}: {problem}</source>
            <translation>Profieldefinitie, {where}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>The municipality as reference needs the gemeente of every area: a field such as gemeentecode, or CBS area codes (statcode). Choose the field, or the country as reference.</source>
            <translation>De gemeente als referentie vraagt de gemeente van elk gebied: een veld zoals gemeentecode, of CBS-gebiedscodes (statcode). Kies het veld, of Nederland als referentie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>The profile definition {path} is not valid JSON: {error}</source>
            <translation>De profieldefinitie {path} is geen geldige JSON: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>Unknown reference {value!r}: use 'municipality' or 'country'.</source>
            <translation>Onbekende referentie {value!r}: gebruik 'municipality' of 'country'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>a domain needs at least one objective or subjective measure.</source>
            <translation>een domein heeft minstens één objectieve of subjectieve maat nodig.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>a measure must be an object with at least 'field'.</source>
            <translation>een maat moet een object zijn met ten minste 'field'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>facts</source>
            <translation>feiten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>must be a list of measures.</source>
            <translation>moet een lijst van maten zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>no area has a value</source>
            <translation>geen enkel gebied heeft een waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>not in {where}: {fields}</source>
            <translation>niet in {where}: {fields}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>perception</source>
            <translation>beleving</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>the id '{id}' is used twice.</source>
            <translation>de id '{id}' komt twee keer voor.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>the input</source>
            <translation>de invoer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>the reference table</source>
            <translation>de referentietabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>{measure} ({domain}, {side}): no spread among the reference areas of {groups}; no score there.</source>
            <translation>{measure} ({domain}, {side}): geen spreiding tussen de referentiegebieden van {groups}; daar geen score.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile.py" />
            <source>{measure}: {n} area(s) lie more than {z} standard deviations from the reference and are scored at the limit ({low:g} or {high:g}).</source>
            <translation>{measure}: {n} gebied(en) liggen meer dan {z} standaardafwijkingen van de referentie en krijgen de grensscore ({low:g} of {high:g}).</translation>
        </message>
    </context>
    <context>
        <name>WijkprofileAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>A layer or table with the same figures for all areas of the country (or of the municipality). Only rows of the input's level are used (buurten with buurten).</source>
            <translation>Een laag of tabel met dezelfde cijfers voor alle gebieden van Nederland (of van de gemeente). Alleen rijen van het niveau van de invoer worden gebruikt (buurten met buurten).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Areas with a profile score</source>
            <translation>Gebieden met een profielscore</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Areas with figures and perceptions (wijken, buurten)</source>
            <translation>Gebieden met cijfers en belevingscijfers (wijken, buurten)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Domains with objective and subjective measures; the format is described in the README.</source>
            <translation>Domeinen met objectieve en subjectieve maten; het formaat staat beschreven in de README.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Domains with scores</source>
            <translation>Domeinen met scores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Empty: every area counts the same in the reference average.</source>
            <translation>Leeg: elk gebied telt even zwaar in het referentiegemiddelde.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Gemeente field (empty = gemeentecode, or the code of the area)</source>
            <translation>Gemeenteveld (leeg = gemeentecode, of de code van het gebied)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>HTML (*.html)</source>
            <translation>HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Left out: {domain} {side} – {measure}: {reason}</source>
            <translation>Weggelaten: {domain} {side} – {measure}: {reason}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Per area and domain (physical, social, safety, health in the built-in profile) an objective score from registered figures (Kerncijfers, crime, facilities) and a subjective score from how residents experience it (GGD health monitor: self-rated health, loneliness, control over one's life, difficulty making ends meet, noise nuisance from neighbours; Leefbaarometer; a survey table the municipality joins).

Each figure is scored 100 + 10 × the number of standard deviations from the reference, so 100 = the reference and higher = better: the municipality (the areas of the same gemeente) or the country (all areas of the reference layer, e.g. the national table of buurten; empty = the input). With a population field, 100 is the population-weighted average. Figures that are not in the layer are left out and listed in the report.

Output fields, added to the input fields: &amp;lt;domain&amp;gt;_obj, &amp;lt;domain&amp;gt;_subj, &amp;lt;domain&amp;gt;_combined (the mean of both) and &amp;lt;domain&amp;gt;_gap (perception − facts: positive = residents are more positive than the figures), and the same over all domains as profile_obj, profile_subj, profile_combined, profile_gap.

Report: per wijk (or per area) a chart of facts next to perceptions per domain, the scores, and which figures were used.</source>
            <translation>Per gebied en domein (fysiek, sociaal, veiligheid en gezondheid in het ingebouwde profiel) een objectieve score uit geregistreerde cijfers (Kerncijfers, misdrijven, voorzieningen) en een subjectieve score uit hoe bewoners het ervaren (GGD-gezondheidsmonitor: ervaren gezondheid, eenzaamheid, regie over het eigen leven, moeite met rondkomen, geluidhinder door buren; Leefbaarometer; een enquêtetabel die de gemeente koppelt).

Elk cijfer krijgt de score 100 + 10 × het aantal standaardafwijkingen ten opzichte van de referentie, dus 100 = de referentie en hoger = beter: de gemeente (de gebieden van dezelfde gemeente) of Nederland (alle gebieden van de referentielaag, bijvoorbeeld de landelijke tabel met buurten; leeg = de invoer). Met een inwonersveld is 100 het naar inwoners gewogen gemiddelde. Cijfers die niet in de laag zitten, blijven buiten beschouwing en staan in het rapport.

Uitvoervelden, achter de invoervelden: &amp;lt;domein&amp;gt;_obj, &amp;lt;domein&amp;gt;_subj, &amp;lt;domein&amp;gt;_combined (het gemiddelde van beide) en &amp;lt;domein&amp;gt;_gap (beleving − feiten: positief = bewoners zijn positiever dan de cijfers), en hetzelfde over alle domeinen als profile_obj, profile_subj, profile_combined, profile_gap.

Rapport: per wijk (of per gebied) een grafiek met feiten naast beleving per domein, de scores en welke cijfers gebruikt zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Population field (weights the reference average)</source>
            <translation>Inwonersveld (weegt het referentiegemiddelde)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Profile definition (JSON; empty = built-in Dutch wijkprofiel)</source>
            <translation>Profieldefinitie (JSON; leeg = ingebouwd Nederlands wijkprofiel)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Profile – combined</source>
            <translation>Profiel – gecombineerd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Profile – facts</source>
            <translation>Profiel – feiten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Profile – gap (perception − facts)</source>
            <translation>Profiel – verschil (beleving − feiten)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Profile – perception</source>
            <translation>Profiel – beleving</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Reference (= 100)</source>
            <translation>Referentie (= 100)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Reference areas (e.g. the national table; empty = the input)</source>
            <translation>Referentiegebieden (bijvoorbeeld de landelijke tabel; leeg = de invoer)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Reference: {n} rows of the reference layer.</source>
            <translation>Referentie: {n} rijen van de referentielaag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Report per (empty = wijkcode for buurten, else per area)</source>
            <translation>Rapport per (leeg = wijkcode bij buurten, anders per gebied)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>The country</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>The municipality</source>
            <translation>De gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>There is only {n} area: against the municipality (= 100) a profile compares areas with the average of their gemeente, so it needs at least two. Use all buurten of the gemeente, or choose the country as reference.</source>
            <translation>Er is maar {n} gebied: met de gemeente als referentie (= 100) vergelijkt een profiel gebieden met het gemiddelde van hun gemeente, dus zijn er minstens twee nodig. Gebruik alle buurten van de gemeente, of kies Nederland als referentie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Wijkprofiel</source>
            <translation>Wijkprofiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Wijkprofiel (facts and perceptions)</source>
            <translation>Wijkprofiel (feiten en beleving)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>{domain} – combined</source>
            <translation>{domain} – gecombineerd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>{domain} – facts</source>
            <translation>{domain} – feiten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>{domain} – gap (perception − facts)</source>
            <translation>{domain} – verschil (beleving − feiten)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>{domain} – perception</source>
            <translation>{domain} – beleving</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>{n} of {m} areas have a profile score; domains with scores: {domains}.</source>
            <translation>{n} van de {m} gebieden hebben een profielscore; domeinen met scores: {domains}.</translation>
        </message>
    </context>
    <context>
        <name>WijkprofileReport</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>(no wijk)</source>
            <translation>(geen wijk)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>, from the reference layer</source>
            <translation>, uit de referentielaag</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>, weighted by population</source>
            <translation>, gewogen naar inwoners</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>100 = reference; higher = better</source>
            <translation>100 = referentie; hoger = beter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Areas with a value</source>
            <translation>Gebieden met een waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Better when</source>
            <translation>Beter als</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Buurt</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Combined</source>
            <translation>Gecombineerd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Compared with {n} similar areas elsewhere:</source>
            <translation>Vergeleken met {n} vergelijkbare gebieden elders:</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Domain</source>
            <translation>Domein</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Domains and measures</source>
            <translation>Domeinen en maten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Facts</source>
            <translation>Feiten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Facts and perceptions per area</source>
            <translation>Feiten en beleving per gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Figure</source>
            <translation>Cijfer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Gap</source>
            <translation>Verschil</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Generated {when}.</source>
            <translation>Gemaakt op {when}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Measure</source>
            <translation>Maat</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Median of similar areas</source>
            <translation>Mediaan van vergelijkbare gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>One chart per area.</source>
            <translation>Eén grafiek per gebied.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Per buurt: facts / perception.</source>
            <translation>Per buurt: feiten / beleving.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>Per {field}: the mean of the scores of its areas{weighted}; the areas are listed under 'Scores'.</source>
            <translation>Per {field}: het gemiddelde van de scores van de gebieden daarin{weighted}; de gebieden staan onder 'Scores'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Perception</source>
            <translation>Beleving</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Reference (100): {reference}. {scale} points = one standard deviation among the reference areas. Gap = perception − facts: positive means residents experience their area better than the figures suggest.</source>
            <translation>Referentie (100): {reference}. {scale} punten = één standaardafwijking tussen de referentiegebieden. Verschil = beleving − feiten: positief betekent dat bewoners hun buurt beter ervaren dan de cijfers doen vermoeden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Reference areas</source>
            <translation>Referentiegebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>Side</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>This area</source>
            <translation>Dit gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>facts (registered)</source>
            <translation>feiten (geregistreerd)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>gap</source>
            <translation>verschil</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>higher</source>
            <translation>hoger</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>left out</source>
            <translation>weggelaten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>lower</source>
            <translation>lager</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>no data</source>
            <translation>geen gegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/wijkprofile_report.py" />
            <source>perception (residents)</source>
            <translation>beleving (bewoners)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>the country</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/wijkprofile.py" />
            <source>the municipality (the areas of the same gemeente)</source>
            <translation>de gemeente (de gebieden van dezelfde gemeente)</translation>
        </message>
    </context>
</TS>