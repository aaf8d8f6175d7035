<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>ChangeStyle</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>boundaries redrawn</source>
            <translation>grenzen opnieuw getrokken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>change since {first} ({first} → {last})</source>
            <translation>verandering sinds {first} ({first} → {last})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>former areas merged</source>
            <translation>vroegere gebieden samengevoegd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>higher is better</source>
            <translation>hoger is beter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>higher is worse</source>
            <translation>hoger is slechter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>new code, same area</source>
            <translation>nieuwe code, zelfde gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>no better or worse direction</source>
            <translation>geen richting beter of slechter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>no former area (no figures)</source>
            <translation>geen vroeger gebied (geen cijfers)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>part of a former area (split)</source>
            <translation>deel van een vroeger gebied (gesplitst)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>unchanged</source>
            <translation>ongewijzigd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/change_style.py" />
            <source>up to {value}</source>
            <translation>tot {value}</translation>
        </message>
    </context>
    <context>
        <name>Overlay</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/overlay.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/overlay.py" />
            <source>The weight layer has no field '{field}'.</source>
            <translation>De weeglaag heeft geen veld '{field}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/overlay.py" />
            <source>Weight layer: {n} features without a weight (NULL, negative or a CBS secrecy code) count as 0.</source>
            <translation>Weeglaag: {n} objecten zonder gewicht (NULL, negatief of een CBS-geheimhoudingscode) tellen als 0.</translation>
        </message>
    </context>
    <context>
        <name>Reallocate</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/reallocate.py" />
            <source>count: divided by overlap</source>
            <translation>aantal: verdeeld naar overlap</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/reallocate.py" />
            <source>index: copied where the area did not change, else NULL (compute the index again on the new map)</source>
            <translation>index: overgenomen waar het gebied niet veranderde, anders NULL (bereken de index opnieuw op de nieuwe kaart)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/reallocate.py" />
            <source>mean weighted by the moved weight</source>
            <translation>gemiddelde gewogen naar het meeverhuisde gewicht</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/reallocate.py" />
            <source>median: copied where the area did not change, else NULL</source>
            <translation>mediaan: overgenomen waar het gebied niet veranderde, anders NULL</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/reallocate.py" />
            <source>not in the catalogue: choose it as a field to sum or to average</source>
            <translation>staat niet in de catalogus: kies het als veld om op te tellen of te middelen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/reallocate.py" />
            <source>{field} is a count in the catalogue; it is moved as a count</source>
            <translation>{field} is in de catalogus een aantal; het verhuist als aantal</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/reallocate.py" />
            <source>{field} is a percentage, mean or median in the catalogue; it is moved as a count because you chose it as a field to sum</source>
            <translation>{field} is in de catalogus een percentage, gemiddelde of mediaan; het verhuist als aantal omdat u het als op te tellen veld koos</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/reallocate.py" />
            <source>{how} ({why})</source>
            <translation>{how} ({why})</translation>
        </message>
    </context>
    <context>
        <name>ReallocateAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Agrees with the CBS flag</source>
            <translation>Klopt met de CBS-aanduiding</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Areas measured in {crs}.</source>
            <translation>Oppervlakten gemeten in {crs}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Areas to move them onto (target map)</source>
            <translation>Gebieden waarheen de cijfers verhuizen (doelkaart)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Areas with the figures (source map)</source>
            <translation>Gebieden met de cijfers (bronkaart)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Boundaries drawn up to this distance apart count as the same boundary (e.g. 10 to 25 m between a generalised and a detailed map). 0 = exact. Measured in the target map's projection, or in RD New when the target map is in degrees.</source>
            <translation>Grenzen die tot deze afstand van elkaar liggen, gelden als dezelfde grens (bijv. 10 tot 25 m tussen een gegeneraliseerde en een gedetailleerde kaart). 0 = exact. Gemeten in de projectie van de doelkaart, of in RD New als de doelkaart in graden is.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Boundary tolerance (metres)</source>
            <translation>Grenstolerantie (meter)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>CBS boundary change flag</source>
            <translation>CBS-aanduiding indelingswijziging</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>CBS's flag compares {target} with {before}, not with {year}: differences are expected.</source>
            <translation>De CBS-indicator vergelijkt {target} met {before}, niet met {year}: verschillen zijn te verwachten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>CBS's flag indelingswijzigingWijkenEnBuurten agrees for {agree} of {n} target areas.</source>
            <translation>De CBS-indicator indelingswijzigingWijkenEnBuurten komt overeen voor {agree} van {n} doelgebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Code on the source map</source>
            <translation>Code op de bronkaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Code on the target map</source>
            <translation>Code op de doelkaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Codes of the source areas</source>
            <translation>Codes van de brongebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Counts (divided by overlap)</source>
            <translation>Aantallen (verdeeld naar overlap)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>How the area changed</source>
            <translation>Hoe het gebied veranderde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Invalid polygons repaired</source>
            <translation>Ongeldige polygonen hersteld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Keep the target map's own fields</source>
            <translation>Eigen velden van de doelkaart behouden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Links between source and target areas</source>
            <translation>Koppelingen tussen bron- en doelgebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Measuring the overlap of {n} source areas with {m} target areas…</source>
            <translation>Overlap meten van {n} brongebieden met {m} doelgebieden…</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Most target areas changed. If the two maps draw the same boundaries slightly differently (a generalised and a detailed map), set a boundary tolerance of 10 to 25 m.</source>
            <translation>De meeste doelgebieden zijn veranderd. Tekenen de twee kaarten dezelfde grenzen net iets anders (een gegeneraliseerde en een gedetailleerde kaart), stel dan een grenstolerantie van 10 tot 25 m in.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Move figures onto another year's map (boundary changes)</source>
            <translation>Cijfers overzetten naar de kaart van een ander jaar (grenswijzigingen)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Moved</source>
            <translation>Verdeeld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Moves figures from the areas of one map (e.g. buurten 2019 with their figures) onto the areas of another (e.g. buurten 2024), so years can be compared although CBS renumbers and redraws buurten and municipalities merge.

Counts (fields to sum) are divided by overlap. Percentages, rates and means are recomputed from the moved numerators and denominators as the catalogue defines them (a percentage of households with the households); means the catalogue does not know are weighted by the moved weight, or by the moved 'weight for means' field (e.g. inhabitants). Medians and deprivation index fields are not divided: they are copied where the area did not change and NULL elsewhere (reported). With no fields chosen, every field the catalogue knows is moved.

Overlap is weighted by land area (estimated from the maps' land and water areas), or by a weight layer: points (addresses) or polygons (a 100 m population grid) with an optional weight field. Where the area did not change (99 % overlap both ways) the values move unchanged. The boundary tolerance lets two maps that draw the same boundary a few metres apart (a generalised and a detailed map) count as the same.

Output: the target areas with their key fields, the moved figures (with the suffix), share_matched (how much of the area the source map covers), reallocation (same, recoded, split, merged, redrawn or none), source_areas and source_codes (where the figures came from) and, when the target map has CBS's own flag indelingswijzigingWijkenEnBuurten, that flag and whether it agrees. Totals: per gemeente and count, the source total, what moved, what did not (outside the target map) and what the target areas received. Links: per overlap, the share of the source that moved. Invalid polygons are repaired and counted; input layers are not changed.</source>
            <translation>Zet cijfers van de gebieden van de ene kaart (bijv. buurten 2019 met hun cijfers) over naar de gebieden van een andere (bijv. buurten 2024), zodat jaren te vergelijken zijn, ook al nummert en tekent het CBS buurten opnieuw en voegen gemeenten samen.

Aantallen (op te tellen velden) worden verdeeld naar overlap. Percentages, verhoudingscijfers en gemiddelden worden opnieuw berekend uit de meeverhuisde tellers en noemers zoals de catalogus ze definieert (een percentage huishoudens met de huishoudens); gemiddelden die de catalogus niet kent worden gewogen naar het meeverhuisde gewicht, of naar het meeverhuisde veld 'gewicht voor gemiddelden' (bijv. inwoners). Medianen en velden van de achterstandsindex worden niet verdeeld: ze worden overgenomen waar het gebied niet veranderde en zijn elders NULL (gemeld). Zonder gekozen velden verhuist elk veld dat de catalogus kent.

De overlap wordt gewogen naar landoppervlak (geschat uit het land- en wateroppervlak van de kaarten), of naar een weeglaag: punten (adressen) of polygonen (een bevolkingsraster van 100 m) met een optioneel gewichtsveld. Waar het gebied niet veranderde (99 % overlap in beide richtingen) verhuizen de waarden ongewijzigd. Met de grenstolerantie gelden twee kaarten die dezelfde grens een paar meter uit elkaar tekenen (een gegeneraliseerde en een gedetailleerde kaart) als gelijk.

Uitvoer: de doelgebieden met hun sleutelvelden, de overgezette cijfers (met het achtervoegsel), share_matched (welk deel van het gebied de bronkaart dekt), reallocation (same, recoded, split, merged, redrawn of none), source_areas en source_codes (waar de cijfers vandaan komen) en, als de doelkaart de eigen CBS-indicator indelingswijzigingWijkenEnBuurten heeft, die indicator en of hij overeenkomt. Totalen: per gemeente en aantal het brontotaal, wat verhuisde, wat niet (buiten de doelkaart) en wat de doelgebieden ontvingen. Koppelingen: per overlap het deel van de bron dat verhuisde. Ongeldige polygonen worden hersteld en geteld; invoerlagen blijven ongewijzigd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Municipality code</source>
            <translation>Gemeentecode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>No field to move: the source has no field the catalogue knows. Choose the counts and the percentages or means to move.</source>
            <translation>Geen veld om over te zetten: de bron heeft geen veld dat de catalogus kent. Kies de aantallen en de percentages of gemiddelden die moeten verhuizen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Not moved (no target area)</source>
            <translation>Niet verdeeld (geen doelgebied)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Number of source areas</source>
            <translation>Aantal brongebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Numbers of inhabitants, households, dwellings… Leave both lists empty to move every field the catalogue knows.</source>
            <translation>Aantallen inwoners, huishoudens, woningen… Laat beide lijsten leeg om elk veld over te zetten dat de catalogus kent.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Overlap (m²)</source>
            <translation>Overlap (m²)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Percentages, rates and means (recomputed)</source>
            <translation>Percentages, verhoudingscijfers en gemiddelden (opnieuw berekend)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Recomputed from their numerators and denominators as the catalogue defines them; fields the catalogue does not know are weighted by the moved weight.</source>
            <translation>Opnieuw berekend uit teller en noemer zoals de catalogus ze definieert; velden die de catalogus niet kent worden gewogen naar het meeverhuisde gewicht.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Share of the area matched by the source map</source>
            <translation>Deel van het gebied dat de bronkaart dekt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Share of the source area moved</source>
            <translation>Deel van het brongebied dat is verdeeld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Suffix for the moved fields (e.g. _2019)</source>
            <translation>Achtervoegsel voor de overgezette velden (bijv. _2019)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Target areas with the moved figures</source>
            <translation>Doelgebieden met de overgezette cijfers</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Target areas: {same} same, {recoded} recoded, {split} split, {merged} merged, {redrawn} redrawn, {none} without a source area.</source>
            <translation>Doelgebieden: {same} gelijk, {recoded} nieuwe code, {split} gesplitst, {merged} samengevoegd, {redrawn} opnieuw ingedeeld, {none} zonder brongebied.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>The output would have two fields called {fields}: the target map's own and the moved one. Set a suffix for the moved fields (e.g. {hint}) or do not keep the target map's fields.</source>
            <translation>De uitvoer zou twee velden {fields} krijgen: dat van de doelkaart en het overgezette. Geef een achtervoegsel voor de overgezette velden (bijv. {hint}) of behoud de velden van de doelkaart niet.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>The {which} map has no region code field (statcode, buurtcode, wijkcode or gemeentecode): the reallocation needs it to tell whether a code changed and to total per gemeente.</source>
            <translation>De {which} heeft geen veld met de gebiedscode (statcode, buurtcode, wijkcode of gemeentecode): die is nodig om te zien of een code veranderde en om per gemeente te totaliseren.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>These fields are not numeric and cannot be moved: {fields}.</source>
            <translation>Deze velden zijn niet numeriek en kunnen niet verhuizen: {fields}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Total on the source map</source>
            <translation>Totaal op de bronkaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Total on the target map</source>
            <translation>Totaal op de doelkaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Totals per gemeente</source>
            <translation>Totalen per gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Totals: {moved:.1f} moved, {received:.1f} received by the target areas (all count fields together).</source>
            <translation>Totalen: {moved:.1f} overgezet, {received:.1f} ontvangen door de doelgebieden (alle aantallen samen).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Weight field (empty = every feature counts 1)</source>
            <translation>Gewichtsveld (leeg = elk object telt 1)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Weight for means the catalogue does not know (e.g. inhabitants)</source>
            <translation>Gewicht voor gemiddelden die de catalogus niet kent (bijv. inwoners)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Weight layer (addresses or a population grid; empty = land area)</source>
            <translation>Weeglaag (adressen of een bevolkingsraster; leeg = landoppervlak)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Year of the figures (empty = the source's 'jaar')</source>
            <translation>Jaar van de cijfers (leeg = 'jaar' van de bron)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>Year of the source map</source>
            <translation>Jaar van de bronkaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>source</source>
            <translation>bronkaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>target</source>
            <translation>doelkaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>{field}: NULL ({why})</source>
            <translation>{field}: NULL ({why})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>{field}: not moved to {n} target area(s) that changed (NULL).</source>
            <translation>{field}: niet overgezet naar {n} veranderde doelgebied(en) (NULL).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>{field}: {how}</source>
            <translation>{field}: {how}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>{field}: {n} target area(s) got figures from only some of their source areas (the others have no value).</source>
            <translation>{field}: {n} doelgebied(en) kregen cijfers van maar een deel van hun brongebieden (de andere hebben geen waarde).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>{gm} {field}: {pct:.1f}% of the source total lies outside the target map and was not moved.</source>
            <translation>{gm} {field}: {pct:.1f}% van het brontotaal ligt buiten de doelkaart en is niet overgezet.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>{n} feature(s) of the {which} map without a usable polygon left out.</source>
            <translation>{n} object(en) van de {which} zonder bruikbare polygoon weggelaten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>{n} invalid polygon(s) of the {which} map repaired (makeValid).</source>
            <translation>{n} ongeldige polygo(o)n(en) van de {which} hersteld (makeValid).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/reallocate.py" />
            <source>{n} source area(s) have no weight in the weight layer: divided by land area.</source>
            <translation>{n} brongebied(en) hebben geen gewicht in de weeglaag: verdeeld naar landoppervlak.</translation>
        </message>
    </context>
    <context>
        <name>Trend</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/trend.py" />
            <source>better</source>
            <translation>beter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/trend.py" />
            <source>higher</source>
            <translation>hoger</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/trend.py" />
            <source>lower</source>
            <translation>lager</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/trend.py" />
            <source>no data</source>
            <translation>geen gegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/trend.py" />
            <source>stable</source>
            <translation>stabiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/trend.py" />
            <source>worse</source>
            <translation>slechter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/trend.py" />
            <source>{indicator}: needs values of at least two years, found {years}.</source>
            <translation>{indicator}: heeft waarden van minstens twee jaren nodig, gevonden: {years}.</translation>
        </message>
    </context>
    <context>
        <name>TrendAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>; margins used</source>
            <translation>; marges gebruikt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>A field &lt;indicator&gt;_&lt;year&gt; stands for all years of that indicator; a plain field is the indicator in the map's own year and in the other layers.</source>
            <translation>Een veld &lt;indicator&gt;_&lt;jaar&gt; staat voor alle jaren van die indicator; een gewoon veld is de indicator in het eigen jaar van de kaart en in de andere lagen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Code field to join the layers on</source>
            <translation>Codeveld om de lagen op te koppelen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>First year</source>
            <translation>Eerste jaar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>From year (empty = the first)</source>
            <translation>Vanaf jaar (leeg = het eerste)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Indicators (comma-separated)</source>
            <translation>Indicatoren (kommagescheiden)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Indicators (empty = every indicator found in two or more years)</source>
            <translation>Indicatoren (leeg = elke indicator die in twee of meer jaren voorkomt)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Last year</source>
            <translation>Laatste jaar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Layer '{layer}'</source>
            <translation>Laag '{layer}'</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Layer '{layer}' ({year}): {n} of {m} areas matched by {field}.</source>
            <translation>Laag '{layer}' ({year}): {n} van {m} gebieden gekoppeld op {field}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Layer '{layer}': {n} codes occur more than once; the first is used.</source>
            <translation>Laag '{layer}': {n} codes komen meer dan eens voor; de eerste wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Map with the indicators</source>
            <translation>Kaart met de indicatoren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>No indicator with values in two or more years: name fields &lt;indicator&gt;_&lt;year&gt;, or add layers of other years on the same map.</source>
            <translation>Geen indicator met waarden in twee of meer jaren: noem velden &lt;indicator&gt;_&lt;jaar&gt;, of voeg lagen van andere jaren op dezelfde kaart toe.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>No years found for {fields}: name the fields &lt;indicator&gt;_&lt;year&gt; or give the map's year.</source>
            <translation>Geen jaren gevonden voor {fields}: noem de velden &lt;indicator&gt;_&lt;jaar&gt; of geef het jaar van de kaart op.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Other years on the same map</source>
            <translation>Andere jaren op dezelfde kaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>The map</source>
            <translation>De kaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>The same indicators over several years on one map: per area the value per year, the change between the first and the last year (absolute and in percent) and per step, and whether the area got better, worse or stayed stable.

Years come from fields named &lt;indicator&gt;_&lt;year&gt; (goed_ervaren_gezondheid_2012 … _2024) and from other layers on the same map (e.g. figures of 2019 moved onto this year's map with 'Move figures onto another year's map'), joined by the code field; a layer's year is its source_year or jaar field, the years given, or a year in its name. Without chosen fields every indicator found in two or more years is used.

Better or worse follows the catalogue's direction (or the direction you choose for fields the catalogue does not know); without a direction the class is higher or lower. A change counts only when it exceeds the threshold (a percentage of the first value, the rule of the wijkprofiel, or a number in the indicator's units) and, where margins are given (fields &lt;indicator&gt;_&lt;year&gt;_margin, or _lower and _upper: the 95% interval), the margin of the difference (√(m₁² + m₂²)).

Output: the input with, per indicator, &lt;indicator&gt;_&lt;year&gt; for the years taken from other layers, _change, _change_pct, _change_&lt;year&gt;_&lt;year&gt; per step, _class (better, worse, stable, higher, lower) and with margins _significant. When Processing loads it, the layer shows the change of the first indicator since the first year, with which way is better.</source>
            <translation>Dezelfde indicatoren over meerdere jaren op één kaart: per gebied de waarde per jaar, de verandering tussen het eerste en het laatste jaar (absoluut en in procenten) en per stap, en of het gebied beter, slechter of stabiel werd.

Jaren komen uit velden met de naam &lt;indicator&gt;_&lt;jaar&gt; (goed_ervaren_gezondheid_2012 … _2024) en uit andere lagen op dezelfde kaart (bijv. cijfers van 2019 overgezet naar de kaart van dit jaar met 'Cijfers overzetten naar de kaart van een ander jaar'), gekoppeld op het codeveld; het jaar van een laag is zijn veld source_year of jaar, de opgegeven jaren, of een jaartal in de naam. Zonder gekozen velden wordt elke indicator gebruikt die in twee of meer jaren voorkomt.

Beter of slechter volgt de richting uit de catalogus (of de richting die u kiest voor velden die de catalogus niet kent); zonder richting is de klasse hoger of lager. Een verandering telt alleen als ze groter is dan de drempel (een percentage van de eerste waarde, de regel van het wijkprofiel, of een getal in de eenheid van de indicator) en, waar marges zijn gegeven (velden &lt;indicator&gt;_&lt;jaar&gt;_margin, of _lower en _upper: het 95%-interval), groter dan de marge van het verschil (√(m₁² + m₂²)).

Uitvoer: de invoer met per indicator &lt;indicator&gt;_&lt;jaar&gt; voor de jaren uit andere lagen, _change, _change_pct, _change_&lt;jaar&gt;_&lt;jaar&gt; per stap, _class (better, worse, stable, higher, lower) en met marges _significant. Als Processing de laag laadt, toont die de verandering van de eerste indicator sinds het eerste jaar, met welke kant beter is.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>The year of layer '{layer}' is unknown: it has no source_year or jaar field with one year and no year in its name. Give the years of the layers.</source>
            <translation>Het jaar van laag '{layer}' is onbekend: er is geen veld source_year of jaar met één jaar en geen jaartal in de naam. Geef de jaren van de lagen op.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Threshold for 'stable'</source>
            <translation>Drempel voor 'stabiel'</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Threshold in</source>
            <translation>Drempel in</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>To year (empty = the last)</source>
            <translation>Tot jaar (leeg = het laatste)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Trend per area</source>
            <translation>Trend per gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Trend: change per area over the years</source>
            <translation>Trend: verandering per gebied door de jaren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Which way is better</source>
            <translation>Welke kant is beter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Year of the map's own fields (empty = its source_year or jaar)</source>
            <translation>Jaar van de eigen velden van de kaart (leeg = source_year of jaar)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>Years of the other layers, in their order (empty = from the layers)</source>
            <translation>Jaren van de andere lagen, in hun volgorde (leeg = uit de lagen)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>as the catalogue says (no direction for unknown fields)</source>
            <translation>zoals de catalogus zegt (geen richting voor onbekende velden)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>higher is better</source>
            <translation>hoger is beter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>higher is worse</source>
            <translation>hoger is slechter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>neither (higher or lower)</source>
            <translation>geen van beide (hoger of lager)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>percent of the first value</source>
            <translation>procent van de eerste waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>the map</source>
            <translation>de kaart</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>units of the indicator</source>
            <translation>eenheden van de indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>{n} years given for {m} layers: give one year per layer, in the same order.</source>
            <translation>{n} jaren opgegeven voor {m} lagen: geef één jaar per laag, in dezelfde volgorde.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>{stem} ({how}), {first} → {last}: {better} better, {worse} worse, {stable} stable, {higher} higher, {lower} lower, {none} without values in both years{margin}.</source>
            <translation>{stem} ({how}), {first} → {last}: {better} beter, {worse} slechter, {stable} stabiel, {higher} hoger, {lower} lager, {none} zonder waarden in beide jaren{margin}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>{title}: better or worse since {first}</source>
            <translation>{title}: beter of slechter sinds {first}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>{title}: change {first} → {last}</source>
            <translation>{title}: verandering {first} → {last}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/trend.py" />
            <source>{which} has no code field '{field}' to join the years on.</source>
            <translation>{which} heeft geen codeveld '{field}' om de jaren op te koppelen.</translation>
        </message>
    </context>
</TS>