<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>Aggregate</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>an external figure without its numerator and denominator</source>
            <translation>een extern cijfer zonder teller en noemer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>cannot be aggregated</source>
            <translation>kan niet worden opgeteld of gemiddeld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>its numerator and denominator are not in the input</source>
            <translation>de teller en noemer ontbreken in de invoer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>mean</source>
            <translation>gemiddelde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>mean weighted by area</source>
            <translation>gemiddelde gewogen naar oppervlakte</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>mean weighted by {field}</source>
            <translation>gemiddelde gewogen naar {field}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>needs its base {field} in the input</source>
            <translation>de basis {field} ontbreekt in de invoer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>needs the area of each neighbourhood</source>
            <translation>de oppervlakte van elke buurt is nodig</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>not in the catalogue: choose it as a field to sum or to average</source>
            <translation>niet in de catalogus: kies het als veld om op te tellen of te middelen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>recomputed: {formula}</source>
            <translation>opnieuw berekend: {formula}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/aggregate.py" />
            <source>sum</source>
            <translation>som</translation>
        </message>
    </context>
    <context>
        <name>AggregateAreasAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Aggregate neighbourhoods to larger areas</source>
            <translation>Buurten samenvoegen tot grotere gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Aggregate to</source>
            <translation>Samenvoegen tot</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Aggregated areas</source>
            <translation>Samengevoegde gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Aggregated {n} buurten to {m} areas.</source>
            <translation>{n} buurten samengevoegd tot {m} gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Aggregates buurten to wijken, to the gemeente, or to the municipality's own areas (kernen, gebieden): a polygon layer (each buurt goes to the area it overlaps most) or a lookup table of buurt code → area. Each figure is aggregated the way the catalogue says: counts are summed, percentages and rates are recomputed from their numerators and denominators, means are weighted by the right denominator (income per inhabitant by inhabitants, WOZ value by dwellings), raster statistics by area. Medians, figures without their base and fields unknown to the catalogue become NULL and are listed in the report, unless you choose them as fields to sum or to average. CBS codes for missing or secret figures (-99995, -99997, -99999999) and negative counts are NULL, never summed; figures stored as text are read as numbers; the log and the report say per field what was changed.

Output: one polygon per area with the number of buurten and the aggregated fields. Report: per field how it was aggregated, or why it is NULL, and in how many areas some buurten had no value.</source>
            <translation>Voegt buurten samen tot wijken, tot de gemeente of tot de eigen gebieden van de gemeente (kernen, gebieden): een vlakkenlaag (elke buurt gaat naar het gebied waarmee ze het meest overlapt) of een koppeltabel buurtcode → gebied. Elk cijfer wordt samengevoegd zoals de catalogus voorschrijft: aantallen worden opgeteld, percentages en ratio's opnieuw berekend uit teller en noemer, gemiddelden gewogen naar de juiste noemer (inkomen per inwoner naar inwoners, WOZ-waarde naar woningen), rasterstatistieken naar oppervlakte. Medianen, cijfers zonder hun basis en velden die de catalogus niet kent worden NULL en staan in het rapport, tenzij u ze kiest als velden om op te tellen of te middelen. CBS-codes voor ontbrekende of geheime cijfers (-99995, -99997, -99999999) en negatieve aantallen worden NULL en nooit opgeteld; cijfers die als tekst zijn opgeslagen worden als getal gelezen; het logboek en het rapport vermelden per veld wat er is veranderd.

Uitvoer: één vlak per gebied met het aantal buurten en de samengevoegde velden. Rapport: per veld hoe het is samengevoegd of waarom het NULL is, en in hoeveel gebieden sommige buurten geen waarde hadden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Aggregation report</source>
            <translation>Rapport samenvoegen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Area column of the lookup table</source>
            <translation>Gebiedskolom van de koppeltabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Area name or code field</source>
            <translation>Veld met naam of code van het gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Choose the lookup table (buurt code → area).</source>
            <translation>Kies de koppeltabel (buurtcode → gebied).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Choose the polygon layer with the own areas.</source>
            <translation>Kies de vlakkenlaag met de eigen gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Gemeente (by gemeentecode)</source>
            <translation>Gemeente (op gemeentecode)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Leave empty to take the first column that is not the buurt code.</source>
            <translation>Laat leeg om de eerste kolom te nemen die niet de buurtcode is.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Lookup table (buurt code → area)</source>
            <translation>Koppeltabel (buurtcode → gebied)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>No buurt could be assigned to an area: check the choice of areas.</source>
            <translation>Geen enkele buurt kon aan een gebied worden toegewezen: controleer de keuze van de gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Number of buurten</source>
            <translation>Aantal buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Other fields to average (weighted by area)</source>
            <translation>Andere velden om te middelen (gewogen naar oppervlakte)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Other fields to sum</source>
            <translation>Andere velden om op te tellen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Own areas (polygons)</source>
            <translation>Eigen gebieden (vlakken)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Own areas: lookup table</source>
            <translation>Eigen gebieden: koppeltabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Own areas: polygon layer (largest overlap)</source>
            <translation>Eigen gebieden: vlakkenlaag (grootste overlap)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>The buurten have no buurt code field (statcode or buurtcode).</source>
            <translation>De buurten hebben geen veld met de buurtcode (statcode of buurtcode).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>The buurten have no figures to aggregate (no numeric field): the areas get their polygon and number of buurten only.</source>
            <translation>De buurten hebben geen cijfers om samen te voegen (geen numeriek veld): de gebieden krijgen alleen hun vlak en het aantal buurten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>The buurten have no {level} code (wijkcode/gemeentecode or a buurt code to derive it from).</source>
            <translation>De buurten hebben geen code voor {level} (wijkcode/gemeentecode of een buurtcode om die uit af te leiden).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>The field(s) {fields} of the buurten are empty (NULL) or hold no valid code in every buurt, so no buurt can be assigned to its {level}. Fill them (a CBS buurt code such as BU03630000), or choose a lookup table.</source>
            <translation>De veld(en) {fields} van de buurten zijn in elke buurt leeg (NULL) of bevatten geen geldige code, dus geen enkele buurt kan aan zijn {level} worden toegewezen. Vul ze (een CBS-buurtcode zoals BU03630000), of kies een koppeltabel.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>The lookup table has no area column '{col}'.</source>
            <translation>De koppeltabel heeft geen gebiedskolom '{col}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>The lookup table has no column of buurt codes. Columns: {cols}.</source>
            <translation>De koppeltabel heeft geen kolom met buurtcodes. Kolommen: {cols}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>The lookup table has no rows.</source>
            <translation>De koppeltabel heeft geen rijen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>The own areas have no usable polygon: check the layer '{layer}'.</source>
            <translation>De eigen gebieden hebben geen bruikbaar vlak: controleer de laag '{layer}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>Wijken (by wijkcode)</source>
            <translation>Wijken (op wijkcode)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>the buurten</source>
            <translation>de buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>the own areas</source>
            <translation>de eigen gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>{field}: NULL ({why})</source>
            <translation>{field}: NULL ({why})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>{n} buurt(en) are in more than one area in the lookup table; the first row counts: {examples}</source>
            <translation>{n} buurt(en) staan in de koppeltabel in meer dan één gebied; de eerste rij telt: {examples}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>{n} buurten belong to no area and are left out.</source>
            <translation>{n} buurten horen bij geen enkel gebied en blijven buiten beschouwing.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/aggregate_areas.py" />
            <source>…or a lookup table file (CSV, XLSX, ODS)</source>
            <translation>…of een koppeltabel als bestand (CSV, XLSX, ODS)</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/catalogue.py" />
            <source>Catalogue error in {where}: {what}</source>
            <translation>Fout in de catalogus bij {where}: {what}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/catalogue.py" />
            <source>The catalogue file {path} does not exist.</source>
            <translation>Het catalogusbestand {path} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/catalogue.py" />
            <source>The catalogue file {path} is not valid JSON: {error}</source>
            <translation>Het catalogusbestand {path} is geen geldige JSON: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/catalogue.py" />
            <source>Unknown indicator '{id}'. Known indicators: {known}.</source>
            <translation>Onbekende indicator '{id}'. Bekende indicatoren: {known}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/catalogue.py" />
            <source>Unknown theme '{id}'. Known themes: {known}.</source>
            <translation>Onbekend thema '{id}'. Bekende thema's: {known}.</translation>
        </message>
    </context>
    <context>
        <name>ComputeIndicatorsAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>All themes</source>
            <translation>Alle thema's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Compute catalogue indicators</source>
            <translation>Indicatoren uit de catalogus berekenen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Compute the indicators of one theme, or of all themes.</source>
            <translation>Bereken de indicatoren van één thema of van alle thema's.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Computed {n} indicators:</source>
            <translation>{n} indicatoren berekend:</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Computes the indicators of the Wijkmonitor catalogue (one theme or all) from the raw fields of a neighbourhood layer: rates per 1,000, shares and ratios from their numerators and denominators, and published figures as they are. Field names of the CBS Wijk- en Buurtkaart are recognised for every year (2021 snake_case, 2023 camelCase), as are CBS titles and KWB short names of joined tables.

CBS codes for missing or secret figures (-99995, -99997, -99999999) and negative counts are NULL, never a number; figures stored as text are read as numbers (decimal comma or point); the log and the report say per field what was changed. A value is NULL where a numerator or denominator is NULL or the denominator is 0. Output: the input with one field per indicator (named by its id, with the label as alias, the unit as comment and the catalogue's decimals as precision). Report: per indicator 'computed' with the formula used, or 'missing' with the reason (fields not in the input, raster or table still to add, no open source), and per input field whose values were changed 'cleaned' with what was changed.</source>
            <translation>Berekent de indicatoren van de Wijkmonitor-catalogus (één thema of alle) uit de ruwe velden van een buurtenlaag: aantallen per 1.000, aandelen en verhoudingen uit hun teller en noemer, en gepubliceerde cijfers zoals ze zijn. Veldnamen van de CBS Wijk- en Buurtkaart worden voor elk jaar herkend (2021 snake_case, 2023 camelCase), evenals CBS-titels en KWB-afkortingen van gekoppelde tabellen.

CBS-codes voor ontbrekende of geheime cijfers (-99995, -99997, -99999999) en negatieve aantallen zijn NULL, nooit een getal; cijfers die als tekst zijn opgeslagen worden als getal gelezen (decimale komma of punt); het logboek en het rapport vermelden per veld wat er is veranderd. Een waarde is NULL waar een teller of noemer NULL is of de noemer 0 is. Uitvoer: de invoer met één veld per indicator (met de id als naam, het label als alias, de eenheid als opmerking en het aantal decimalen uit de catalogus als precisie). Rapport: per indicator 'computed' met de gebruikte formule, of 'missing' met de reden (velden niet in de invoer, raster of tabel nog toe te voegen, geen open bron), en per invoerveld waarvan waarden zijn veranderd 'cleaned' met wat er is veranderd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Indicator report</source>
            <translation>Rapport indicatoren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Indicators computed</source>
            <translation>Berekende indicatoren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Indicators missing</source>
            <translation>Ontbrekende indicatoren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Missing on this input ({n}):</source>
            <translation>Ontbreken bij deze invoer ({n}):</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Neighbourhoods</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Neighbourhoods with indicators</source>
            <translation>Buurten met indicatoren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>No catalogue indicator could be computed from the fields of this layer.</source>
            <translation>Uit de velden van deze laag kon geen enkele indicator van de catalogus worden berekend.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/compute_indicators.py" />
            <source>{id}: NULL in {n} areas whose denominator is 0.</source>
            <translation>{id}: NULL in {n} gebieden waar de noemer 0 is.</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/indicators.py" />
            <source>computed by {algorithm}</source>
            <translation>berekend door {algorithm}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/indicators.py" />
            <source>computed from a raster: run Raster statistics per neighbourhood (wijkmonitor:rasterindicators)</source>
            <translation>wordt berekend uit een raster: gebruik Rasterstatistieken per buurt (wijkmonitor:rasterindicators)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/indicators.py" />
            <source>fields not in the input: {fields}</source>
            <translation>velden niet in de invoer: {fields}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/indicators.py" />
            <source>needs CBS table {tables} joined first (wijkmonitor:joinindicators)</source>
            <translation>koppel eerst CBS-tabel {tables} (wijkmonitor:joinindicators)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/indicators.py" />
            <source>needs the municipality's own table joined first (wijkmonitor:joinindicators)</source>
            <translation>koppel eerst de eigen tabel van de gemeente (wijkmonitor:joinindicators)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/indicators.py" />
            <source>no open buurt-level source</source>
            <translation>geen open bron op buurtniveau</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/indicators.py" />
            <source>no values: {fields} are NULL in every area</source>
            <translation>geen waarden: {fields} zijn in elk gebied NULL</translation>
        </message>
    </context>
    <context>
        <name>Join</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source> … and {n} more</source>
            <translation> … en nog {n}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Columns without any value: {items}</source>
            <translation>Kolommen zonder enige waarde: {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Fields renamed because the layer has them already: {items}</source>
            <translation>Velden hernoemd omdat de laag ze al heeft: {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Joined by {kind} at level {level}: {m} of {t} neighbourhoods matched ({r} table rows).</source>
            <translation>Gekoppeld op {kind} op niveau {level}: {m} van de {t} buurten gekoppeld ({r} tabelrijen).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Joined fields named for use in QGIS (the column title is the alias): {items}</source>
            <translation>Gekoppelde velden hernoemd voor gebruik in QGIS (de kolomtitel is de alias): {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Keys with several table rows ({n}): each number is {rule} of the values of all rows of the key (values of different rows are combined, NULLs left out); text fields take the first row: {items}</source>
            <translation>Sleutels met meerdere tabelrijen ({n}): elk getal is {rule} van de waarden van alle rijen van de sleutel (waarden uit verschillende rijen worden gecombineerd, NULL's tellen niet mee); tekstvelden komen uit de eerste rij: {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Keys with several table rows ({n}): the whole first row of each is joined, its other rows are left out: {items}</source>
            <translation>Sleutels met meerdere tabelrijen ({n}): van elke sleutel is de hele eerste rij gekoppeld, de andere rijen zijn weggelaten: {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Keys with several table rows ({n}): the whole last row of each is joined, its other rows are left out: {items}</source>
            <translation>Sleutels met meerdere tabelrijen ({n}): van elke sleutel is de hele laatste rij gekoppeld, de andere rijen zijn weggelaten: {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Names shared by several neighbourhoods (each gets the same row): {items}</source>
            <translation>Namen die meerdere buurten delen (elk krijgt dezelfde rij): {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Neighbourhoods without a table row ({n}): {items}</source>
            <translation>Buurten zonder tabelrij ({n}): {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>No code matched although the table has {level} of the same municipality: its codes are probably from another year (codes change with boundary changes). Use a table of the layer's year, or join by name.</source>
            <translation>Geen enkele code kwam overeen, hoewel de tabel {level} van dezelfde gemeente bevat: de codes zijn waarschijnlijk van een ander jaar (codes veranderen bij grenswijzigingen). Gebruik een tabel van het jaar van de laag, of koppel op naam.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>No code matched: the table is about other municipalities or another level than the layer.</source>
            <translation>Geen enkele code kwam overeen: de tabel gaat over andere gemeenten of een ander niveau dan de laag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Rows of another level left out ({n}): {items}</source>
            <translation>Rijen van een ander niveau weggelaten ({n}): {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Rows whose key is empty or not a region code ({n}): {items}</source>
            <translation>Rijen met een lege sleutel of zonder geldige regiocode ({n}): {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Table rows without a neighbourhood ({n}): {items}</source>
            <translation>Tabelrijen zonder buurt ({n}): {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Text in numeric columns became NULL: {items}</source>
            <translation>Tekst in numerieke kolommen is NULL geworden: {items}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>The key column '{col}' is not in the table. Columns: {cols}.</source>
            <translation>De sleutelkolom '{col}' staat niet in de tabel. Kolommen: {cols}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>The table has no column(s) {cols}.</source>
            <translation>De tabel heeft geen kolom(men) {cols}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>The table has no rows: there is nothing to join.</source>
            <translation>De tabel heeft geen rijen: er valt niets te koppelen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>The table has several rows for {n} key(s): {items}. A join needs one row per neighbourhood: choose the table rows of one period or category, or choose what to do with rows of the same key (take the first or last whole row, or sum, average, minimum or maximum of their values).</source>
            <translation>De tabel heeft meerdere rijen voor {n} sleutel(s): {items}. Een koppeling vraagt één rij per buurt: kies de tabelrijen van één periode of categorie, of kies wat er moet gebeuren met rijen met dezelfde sleutel (de hele eerste of laatste rij nemen, of de som, het gemiddelde, het minimum of het maximum van hun waarden).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>Values of the table read as numbers, nothing else changed:</source>
            <translation>Waarden van de tabel als getallen gelezen; verder is er niets veranderd:</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>name</source>
            <translation>naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>region code</source>
            <translation>regiocode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>the maximum</source>
            <translation>het maximum</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>the mean</source>
            <translation>het gemiddelde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>the minimum</source>
            <translation>het minimum</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/join.py" />
            <source>the sum</source>
            <translation>de som</translation>
        </message>
    </context>
    <context>
        <name>JoinIndicatorsAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>A join needs one table row per neighbourhood. With several rows for a key (years, categories) the join is refused and the keys are listed, unless you choose: the first or last whole row, or per column the sum, mean, minimum or maximum of the rows' values (which combines values of different rows).</source>
            <translation>Een koppeling vraagt één tabelrij per buurt. Bij meerdere rijen voor een sleutel (jaren, categorieën) wordt de koppeling geweigerd en worden de sleutels genoemd, tenzij u kiest: de hele eerste of laatste rij, of per kolom de som, het gemiddelde, het minimum of het maximum van de waarden van de rijen (dat combineert waarden uit verschillende rijen).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Automatic (code, else name)</source>
            <translation>Automatisch (code, anders naam)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Automatic (from the layer's codes)</source>
            <translation>Automatisch (uit de codes van de laag)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Automatic joins by code and falls back to the name when no code matches (for instance codes of another year).</source>
            <translation>Automatisch koppelt op code en valt terug op de naam als geen enkele code overeenkomt (bijvoorbeeld codes van een ander jaar).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Choose the table to join: a layer or table, or a table file.</source>
            <translation>Kies de te koppelen tabel: een laag of tabel, of een tabelbestand.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Fields to join (empty: all)</source>
            <translation>Te koppelen velden (leeg: alle)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Gemeenten</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Join a table to neighbourhoods</source>
            <translation>Tabel aan buurten koppelen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Join by</source>
            <translation>Koppelen op</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Joins a table (CSV, StatLine export, XLSX, ODS, GeoPackage or database table, or another layer) to a neighbourhood layer by CBS region code, or by name. The key fields are detected unless you choose them. Codes are normalised (padding, upper/lower case, jrstatcode year prefixes, codes without GM/WK/BU); names ignore case, accents, dashes and spaces. StatLine exports are read as they come, including the transposed layout with regions as columns; text columns that hold numbers (decimal commas, '.', right-aligned numbers) become numbers.

CBS codes for missing or secret figures (-99995, -99997, -99999999) and negative counts become NULL; the decimal separator is decided per column from all its values; text in a numeric column becomes NULL. The log and the report say per column what was changed.

Output: a new layer with the table's columns added (the input is not changed), named for use in QGIS (the CBS key without its year suffix, or the column title in lower-case words: 'ses_woa_totaalscore'), with the column title as alias; a name the layer already has gets the prefix. Report: one row per key saying 'matched', 'no table row', 'no neighbourhood', 'other level', 'invalid key', 'duplicate' or 'ambiguous name', and per changed column 'cleaned'; the log summarises it.

A table with several rows for one key (several years or categories) is refused, unless you choose what to do with them: take the whole first or last row, or the sum, mean, minimum or maximum of the rows' values column by column.</source>
            <translation>Koppelt een tabel (CSV, StatLine-export, XLSX, ODS, GeoPackage- of databasetabel, of een andere laag) op CBS-regiocode of op naam aan een buurtenlaag. De sleutelvelden worden herkend, tenzij u ze kiest. Codes worden genormaliseerd (opvulling, hoofd- en kleine letters, jaartal vooraan zoals in jrstatcode, codes zonder GM/WK/BU); bij namen tellen hoofdletters, accenten, streepjes en spaties niet mee. StatLine-exports worden gelezen zoals ze zijn, ook in de getransponeerde opmaak met regio's als kolommen; tekstkolommen met getallen (decimale komma's, '.', rechts uitgelijnde getallen) worden getallen.

CBS-codes voor ontbrekende of geheime cijfers (-99995, -99997, -99999999) en negatieve aantallen worden NULL; het decimaalteken wordt per kolom bepaald uit al haar waarden; tekst in een numerieke kolom wordt NULL. Het logboek en het rapport vermelden per kolom wat er is veranderd.

Uitvoer: een nieuwe laag met de kolommen van de tabel erbij (de invoer blijft ongewijzigd), met namen die in QGIS bruikbaar zijn (de CBS-sleutel zonder jaarachtervoegsel, of de kolomtitel in kleine letters: 'ses_woa_totaalscore'), met de kolomtitel als alias; een naam die de laag al heeft krijgt het voorvoegsel. Rapport: één rij per sleutel met 'matched', 'no table row', 'no neighbourhood', 'other level', 'invalid key', 'duplicate' of 'ambiguous name', en per veranderde kolom 'cleaned'; het logboek vat het samen.

Een tabel met meerdere rijen voor één sleutel (meerdere jaren of categorieën) wordt geweigerd, tenzij u kiest wat ermee moet gebeuren: de hele eerste of laatste rij nemen, of per kolom de som, het gemiddelde, het minimum of het maximum van de waarden van de rijen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Key field of the neighbourhoods (code or name)</source>
            <translation>Sleutelveld van de buurten (code of naam)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Key field of the table (code or name)</source>
            <translation>Sleutelveld van de tabel (code of naam)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Leave empty to detect it (statcode, regiocode, codering, a column of codes, or a name column).</source>
            <translation>Laat leeg om het te laten herkennen (statcode, regiocode, codering, een kolom met codes of een kolom met namen).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Level of the neighbourhoods</source>
            <translation>Niveau van de buurtenlaag</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Match report</source>
            <translation>Koppelrapport</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Maximum per column</source>
            <translation>Maximum per kolom</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Mean per column</source>
            <translation>Gemiddelde per kolom</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Minimum per column</source>
            <translation>Minimum per kolom</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Needed for codes without their GM/WK/BU prefix when the layer has no codes.</source>
            <translation>Nodig voor codes zonder GM/WK/BU als de laag zelf geen codes heeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Neighbourhoods</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Neighbourhoods matched</source>
            <translation>Gekoppelde buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Neighbourhoods with the joined table</source>
            <translation>Buurten met de gekoppelde tabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Neighbourhoods without a table row</source>
            <translation>Buurten zonder tabelrij</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>No key column found in the table (a column of region codes such as statcode or regiocode, or a name column). Choose the key field of the table. Columns: {cols}.</source>
            <translation>Geen sleutelkolom gevonden in de tabel (een kolom met regiocodes zoals statcode of regiocode, of een kolom met namen). Kies het sleutelveld van de tabel. Kolommen: {cols}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>No neighbourhood matched a table row: check the key fields and the level.</source>
            <translation>Geen enkele buurt kwam overeen met een tabelrij: controleer de sleutelvelden en het niveau.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>No region code matched, so the table was joined by name.</source>
            <translation>Geen enkele regiocode kwam overeen; de tabel is daarom op naam gekoppeld.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Prefix for fields the layer already has</source>
            <translation>Voorvoegsel voor velden die de laag al heeft</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Refuse (error)</source>
            <translation>Weigeren (foutmelding)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Region code</source>
            <translation>Regiocode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Rows with the same key</source>
            <translation>Rijen met dezelfde sleutel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Some fields to join are not in the table. Columns: {cols}.</source>
            <translation>Sommige te koppelen velden staan niet in de tabel. Kolommen: {cols}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Sum per column</source>
            <translation>Som per kolom</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Table rows without a neighbourhood</source>
            <translation>Tabelrijen zonder buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Table to join (layer or table QGIS opens)</source>
            <translation>Te koppelen tabel (laag of tabel die QGIS opent)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods *.gpkg);;All files (*.*)</source>
            <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.ods *.gpkg);;Alle bestanden (*.*)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Take the first whole row</source>
            <translation>Hele eerste rij nemen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Take the last whole row</source>
            <translation>Hele laatste rij nemen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>The neighbourhood layer has no code field (statcode, buurtcode, wijkcode, gemeentecode) and no name field: choose its key field.</source>
            <translation>De buurtenlaag heeft geen codeveld (statcode, buurtcode, wijkcode, gemeentecode) en geen naamveld: kies het sleutelveld.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>The table has no column '{col}'. Columns: {cols}.</source>
            <translation>De tabel heeft geen kolom '{col}'. Kolommen: {cols}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>The table {name} has no rows: there is nothing to join.</source>
            <translation>De tabel {name} heeft geen rijen: er valt niets te koppelen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Use this for StatLine exports in the transposed layout (regions as columns), which QGIS itself cannot open.</source>
            <translation>Gebruik dit voor StatLine-exports in de getransponeerde opmaak (regio's als kolommen), die QGIS zelf niet kan openen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>Wijken</source>
            <translation>Wijken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>XLSX, ODS, GeoPackage or database table, or another layer. CSV files given here are read by Wijkmonitor itself, so StatLine exports work as downloaded.</source>
            <translation>XLSX, ODS, GeoPackage- of databasetabel, of een andere laag. CSV-bestanden leest Wijkmonitor zelf, zodat StatLine-exports werken zoals ze zijn gedownload.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/join_indicators.py" />
            <source>…or a table file (CSV, StatLine export, XLSX, ODS)</source>
            <translation>…of een tabelbestand (CSV, StatLine-export, XLSX, ODS)</translation>
        </message>
    </context>
    <context>
        <name>Raster</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/raster.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/raster.py" />
            <source>The raster has no band {band}.</source>
            <translation>Het raster heeft geen band {band}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/raster.py" />
            <source>The raster is rotated or not north-up: warp it first (Raster &gt; Projections &gt; Warp).</source>
            <translation>Het raster is gedraaid of niet noord-boven: transformeer het eerst (Raster &gt; Projecties &gt; Warp).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/raster.py" />
            <source>The raster {path} cannot be read directly. Save it as a GeoTIFF first (Raster &gt; Conversion &gt; Translate).</source>
            <translation>Het raster {path} kan niet direct worden gelezen. Sla het eerst op als GeoTIFF (Raster &gt; Conversie &gt; Vertalen).</translation>
        </message>
    </context>
    <context>
        <name>RasterIndicatorsAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Area-weighted statistics of a raster per neighbourhood: the mean, and the share of the area above a threshold. Meant for the RIVM Atlas Leefomgeving maps of air quality (NO2, PM2.5), noise (Lden) and heat, which feed the air-quality and nuisance themes of the catalogue: choose the measure and the output fields get the catalogue's names (no2_ugm3, no2_boven_who_pct, geluid_lden_db, ...), labels and units. Each cell counts with the part of it inside the neighbourhood, so small neighbourhoods on a coarse raster get a fair value.

Output: the input with the statistics added. Cells without data are left out; a neighbourhood without any raster data gets NULL. The raster must be north-up (GeoTIFF or another GDAL format).</source>
            <translation>Naar oppervlakte gewogen statistieken van een raster per buurt: het gemiddelde en het aandeel van de oppervlakte boven een drempel. Bedoeld voor de kaarten van de RIVM Atlas Leefomgeving voor luchtkwaliteit (NO2, PM2,5), geluid (Lden) en hitte, die de thema's luchtkwaliteit en hinder van de catalogus voeden: kies wat het raster toont en de uitvoervelden krijgen de namen (no2_ugm3, no2_boven_who_pct, geluid_lden_db, ...), labels en eenheden van de catalogus. Elke cel telt mee met het deel dat binnen de buurt ligt, zodat kleine buurten op een grof raster een eerlijke waarde krijgen.

Uitvoer: de invoer met de statistieken erbij. Cellen zonder gegevens tellen niet mee; een buurt zonder rastergegevens krijgt NULL. Het raster moet noord-boven zijn (GeoTIFF of een ander GDAL-formaat).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Each cell is sampled n × n times to find the part inside a neighbourhood.</source>
            <translation>Elke cel wordt n × n keer bemonsterd om te bepalen welk deel binnen een buurt ligt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Features without a usable polygon</source>
            <translation>Objecten zonder bruikbaar vlak</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Field name prefix for 'something else'</source>
            <translation>Voorvoegsel van de veldnamen bij 'iets anders'</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Invalid polygons repaired</source>
            <translation>Ongeldige vlakken hersteld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Mean</source>
            <translation>Gemiddelde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>NO₂ concentration (µg/m³)</source>
            <translation>NO₂-concentratie (µg/m³)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>NO₂: 10 µg/m³ (WHO 2021), Lden: 55 dB, unless you give another value.</source>
            <translation>NO₂: 10 µg/m³ (WHO 2021), Lden: 55 dB, tenzij u een andere waarde opgeeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Neighbourhoods</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Neighbourhoods with raster statistics</source>
            <translation>Buurten met rasterstatistieken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Noise, Lden (dB)</source>
            <translation>Geluid, Lden (dB)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>PM2.5 concentration (µg/m³)</source>
            <translation>PM2,5-concentratie (µg/m³)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Raster</source>
            <translation>Raster</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Raster statistics for {n} neighbourhoods; {m} without raster data (NULL), {k} only partly covered.</source>
            <translation>Rasterstatistieken voor {n} buurten; {m} zonder rastergegevens (NULL), {k} slechts gedeeltelijk bedekt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Raster statistics per neighbourhood</source>
            <translation>Rasterstatistieken per buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Sample points per cell side</source>
            <translation>Meetpunten per celzijde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Share of the area above {t:g} (%)</source>
            <translation>Aandeel van de oppervlakte boven {t:g} (%)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Something else</source>
            <translation>Iets anders</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Threshold for the share above (empty: the catalogue's)</source>
            <translation>Drempel voor het aandeel erboven (leeg: die van de catalogus)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>Urban heat island effect (°C)</source>
            <translation>Stedelijk hitte-eilandeffect (°C)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>What the raster shows</source>
            <translation>Wat het raster toont</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/raster_indicators.py" />
            <source>the neighbourhoods</source>
            <translation>de buurten en wijken</translation>
        </message>
    </context>
    <context>
        <name>Statline</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/statline.py" />
            <source>Cannot read {path}: {error}</source>
            <translation>Kan {path} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/statline.py" />
            <source>The table is empty.</source>
            <translation>De tabel is leeg.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/statline.py" />
            <source>{path} is not a CBS OData table.</source>
            <translation>{path} is geen CBS OData-tabel.</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/tables.py" />
            <source>No table given.</source>
            <translation>Geen tabel opgegeven.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/tables.py" />
            <source>QGIS cannot open {path} as a table. Use CSV, XLSX, ODS, GeoPackage or a database table.</source>
            <translation>QGIS kan {path} niet als tabel openen. Gebruik CSV, XLSX, ODS, GeoPackage of een databasetabel.</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/values.py" />
            <source> and {n} more</source>
            <translation> en nog {n}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/values.py" />
            <source>'{example}' and the like are read with a thousands separator (no figure in the column shows a decimal separator)</source>
            <translation>'{example}' en dergelijke zijn gelezen met een scheidingsteken voor duizendtallen (geen cijfer in de kolom toont een decimaalteken)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/values.py" />
            <source>decimal commas and decimal points are mixed; every figure is read as written</source>
            <translation>decimale komma's en decimale punten staan door elkaar; elk cijfer is gelezen zoals het er staat</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/values.py" />
            <source>{n} CBS codes for missing or secret figures became NULL ({codes})</source>
            <translation>{n} CBS-codes voor ontbrekende of geheime cijfers zijn NULL geworden ({codes})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/values.py" />
            <source>{n} cells are not numbers and became NULL: {examples}</source>
            <translation>{n} cellen zijn geen getal en zijn NULL geworden: {examples}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/values.py" />
            <source>{n} cells hold a symbol for a missing value and are NULL: {examples}</source>
            <translation>{n} cellen bevatten een teken voor een ontbrekende waarde en zijn NULL: {examples}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/values.py" />
            <source>{n} negative counts became NULL, as a count cannot be negative (e.g. {examples})</source>
            <translation>{n} negatieve aantallen zijn NULL geworden, want een aantal kan niet negatief zijn (bijv. {examples})</translation>
        </message>
    </context>
</TS>