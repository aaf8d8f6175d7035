<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>Scenario</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>'{op} {value:g}' makes {field} {result:g} in {n} area(s) (first: {area}), but {rule}. Use a smaller change or 'set'.</source>
            <translation>'{op} {value:g}' maakt {field} {result:g} in {n} gebied(en) (eerste: {area}), maar {rule}. Gebruik een kleinere wijziging of 'set'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Areas</source>
            <translation>Gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Areas changed: {n}</source>
            <translation>Gewijzigde gebieden: {n}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Areas changing index decile: {n}</source>
            <translation>Gebieden die van indexdeciel veranderen: {n}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Change</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Change table, row {row}: the index does not use {field}, so this change does not move any score.</source>
            <translation>Wijzigingstabel, rij {row}: de index gebruikt {field} niet, dus deze wijziging verandert geen enkele score.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Change table, row {row}: {n} selected area(s) have no value for {field} (NULL); they stay NULL.</source>
            <translation>Wijzigingstabel, rij {row}: {n} geselecteerde gebied(en) hebben geen waarde voor {field} (NULL); die blijven NULL.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Change table, row {row}: {problem}</source>
            <translation>Wijzigingstabel, rij {row}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Changed by the scenario</source>
            <translation>Gewijzigd door het scenario</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Check the codes and the code field, or allow selections without areas.</source>
            <translation>Controleer de codes en het codeveld, of sta selecties zonder gebieden toe.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Check the expression, or allow selections without areas.</source>
            <translation>Controleer de expressie, of sta selecties zonder gebieden toe.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Decile changes per domain: {list}</source>
            <translation>Decielwijzigingen per domein: {list}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Did you mean: {names}?</source>
            <translation>Bedoelde u: {names}?</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Each scenario was evaluated against the baseline: every changed area got the index recomputed on the baseline data with only its own new values, so its rank counts the unchanged areas it passes, and unchanged areas keep their scores, ranks and deciles exactly.</source>
            <translation>Elk scenario is tegen de basis beoordeeld: elk gewijzigd gebied kreeg de index opnieuw berekend op de gegevens van de basis met alleen zijn eigen nieuwe waarden, zodat zijn rang de ongewijzigde gebieden telt die het passeert, en ongewijzigde gebieden houden precies hun scores, rangen en decielen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Each scenario was recomputed from scratch (re-ranked): weights, normal scores and ranks were refitted on the changed data, so unchanged areas can move too.</source>
            <translation>Elk scenario is helemaal opnieuw berekend (opnieuw gerangschikt): gewichten, normaalscores en rangen zijn opnieuw bepaald op de gewijzigde gegevens, zodat ook ongewijzigde gebieden kunnen verschuiven.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Entering the most deprived decile: {n}</source>
            <translation>Komen in het meest achtergestelde deciel: {n}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Index</source>
            <translation>Index</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Index decile</source>
            <translation>Indexdeciel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Index definition: {name}; domains: {domains}.</source>
            <translation>Indexdefinitie: {name}; domeinen: {domains}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Index rank</source>
            <translation>Indexrang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Index score</source>
            <translation>Indexscore</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Leaving the most deprived decile: {n}</source>
            <translation>Uit het meest achtergestelde deciel: {n}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Map of the change in the index score</source>
            <translation>Kaart van de verandering van de indexscore</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Messages</source>
            <translation>Meldingen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>No area changed rank or decile.</source>
            <translation>Geen gebied veranderde van rang of deciel.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Policy scenarios</source>
            <translation>Beleidsscenario's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Rank 1 is the most deprived area. A circle marks the rank now, the arrow the rank in the scenario: red, the area becomes more deprived; blue, less deprived.</source>
            <translation>Rang 1 is het meest achtergestelde gebied. Een cirkel geeft de rang nu, de pijl de rang in het scenario: rood, het gebied raakt meer achtergesteld; blauw, minder achtergesteld.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Ranks before → after</source>
            <translation>Rangen voor → na</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>Scenario '{name}': {problem}</source>
            <translation>Scenario '{name}': {problem}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>The change matrix has {n} cells, which is not a whole number of rows of {width} ({headers}).</source>
            <translation>De wijzigingsmatrix heeft {n} cellen; dat is geen geheel aantal rijen van {width} ({headers}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>The change table has no filled rows.</source>
            <translation>De wijzigingstabel heeft geen ingevulde rijen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>The change table is empty: add at least one row with an area selection, field, operation and value.</source>
            <translation>De wijzigingstabel is leeg: voeg minstens één rij toe met een gebiedsselectie, veld, bewerking en waarde.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>The change table lacks the column(s) {missing}. It needs: scenario, areas, field, operation, value (found: {found}).</source>
            <translation>De wijzigingstabel mist de kolom(men) {missing}. Nodig zijn: scenario, areas, field, operation, value (of naam, gebieden, veld, bewerking, waarde; gevonden: {found}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>The {shown} largest moves of {n} areas are shown.</source>
            <translation>De {shown} grootste verschuivingen van {n} gebieden staan hier.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>a count cannot be negative</source>
            <translation>een aantal kan niet negatief zijn</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>a percentage must stay between 0 and 100</source>
            <translation>een percentage moet tussen 0 en 100 blijven</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>add {value}</source>
            <translation>tel {value} op</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>after</source>
            <translation>na</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>all areas</source>
            <translation>alle gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>area codes need a code field; choose one (e.g. statcode).</source>
            <translation>gebiedscodes hebben een codeveld nodig; kies er een (bijv. statcode).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>before</source>
            <translation>voor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>change by {value}%</source>
            <translation>verander met {value}%</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>multiply by {value}</source>
            <translation>vermenigvuldig met {value}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>no field given; name the indicator field to change.</source>
            <translation>geen veld opgegeven; noem het indicatorveld dat moet veranderen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>set to {value}</source>
            <translation>zet op {value}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>the expression '{expr}' selects no area.</source>
            <translation>de expressie '{expr}' selecteert geen enkel gebied.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>the expression '{expr}' was not evaluated.</source>
            <translation>de expressie '{expr}' is niet uitgerekend.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>the field '{field}' is not in the layer.</source>
            <translation>het veld '{field}' staat niet in de laag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>the field '{field}' is text, not a number; only numeric indicator fields can be changed.</source>
            <translation>het veld '{field}' is tekst, geen getal; alleen numerieke indicatorvelden kunnen worden gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>the value '{value}' is not a number.</source>
            <translation>de waarde '{value}' is geen getal.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>unknown operation '{op}'; use set, add, multiply or percent (percent change, e.g. -20 for 20% less).</source>
            <translation>onbekende bewerking '{op}'; gebruik set, add, multiply of percent (procentuele verandering, bijv. -20 voor 20% minder).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>unknown selection type '{kind}'; use all, codes or expression.</source>
            <translation>onbekend selectietype '{kind}'; gebruik all, codes of expression.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario_report.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/scenario.py" />
            <source>{n} code(s) match no area: {codes}.</source>
            <translation>{n} code(s) horen bij geen enkel gebied: {codes}.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>'{text}' is neither a list of area codes of the code field nor a valid expression ({error}).</source>
            <translation>'{text}' is geen lijst met gebiedscodes uit het codeveld en ook geen geldige expressie ({error}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Allow selections that match no area (warn instead of stop)</source>
            <translation>Selecties zonder gebieden toestaan (waarschuwen in plaats van stoppen)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Area code field (for area codes in the changes)</source>
            <translation>Codeveld (voor gebiedscodes in de wijzigingen)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Areas changing index decile (all scenarios)</source>
            <translation>Gebieden die van indexdeciel veranderen (alle scenario's)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Areas leaving the most deprived decile (all scenarios)</source>
            <translation>Gebieden die het meest achtergestelde deciel verlaten (alle scenario's)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Areas that change decile</source>
            <translation>Gebieden die van deciel veranderen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Areas with the indicators (wijken, buurten)</source>
            <translation>Gebieden met de indicatoren (wijken, buurten)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Change in the index score per area in '{name}' (below 0: less deprived than now; hatched: no index score). Drawn by QGIS as the output layer is styled.</source>
            <translation>Verandering van de indexscore per gebied in '{name}' (onder 0: minder achterstand dan nu; gearceerd: geen indexscore). Door QGIS getekend in de stijl van de uitvoerlaag.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Change table (CSV, XLSX or layer)</source>
            <translation>Wijzigingstabel (CSV, XLSX of laag)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Changes (instead of or in addition to the table)</source>
            <translation>Wijzigingen (in plaats van of naast de tabel)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Changes indicators in chosen areas and shows what that does to the Achterstandsmonitor: which buurten change decile, in which domain, by how much.

Changes: a table (CSV, XLSX, a layer) or the matrix below, one row per change, with the columns scenario (a name; rows with the same name form one scenario), areas (empty or 'all' = all areas; area codes separated by commas, semicolons or spaces, matched on the code field; or an expression such as "wijkcode" = 'WK0363AF'), field (the indicator field), operation (set, add, multiply or percent: percent change, -20 = 20% less) and value. An optional column selection_type (all, codes, expression) overrides the guess. A percentage must stay within 0–100 and a count at or above 0. Messages name the row of a change: the table rows are counted first, then the matrix rows.

Method: the baseline index is computed as by the Achterstandsmonitor algorithm. Each scenario is then evaluated against the baseline: every changed area gets the index recomputed on the baseline data with only its own new values, so its new rank counts exactly the unchanged areas it now passes (with one changed area this is the re-ranked index), and an area that did not change keeps its scores, ranks and deciles exactly. 'Re-rank everything' instead recomputes the whole index on the changed data, all changes at once, as the index algorithm would; then unchanged areas can move too.

Output layer: the input fields, the baseline index fields (as the index algorithm writes them) and per scenario &lt;scenario&gt;_changed (1 = changed by the scenario), &lt;scenario&gt;_&lt;domain&gt;_score/_rank/_decile and &lt;scenario&gt;_&lt;domain&gt;_score_delta/_rank_delta/_decile_delta (scenario minus baseline: a negative score delta and a positive rank or decile delta mean less deprived). The layer is drawn with the index score change of the first scenario: blue = less deprived, red = more deprived.

Decile changes: a table with one row per area, scenario and domain (or index) whose decile changed, from and to. Report: an HTML file (or JSON plus HTML) with the changes and the number of areas that leave or enter the most deprived decile.</source>
            <translation>Wijzigt indicatoren in gekozen gebieden en laat zien wat dat doet met de Achterstandsmonitor: welke buurten van deciel veranderen, in welk domein en hoeveel.

Wijzigingen: een tabel (CSV, XLSX, een laag) of de matrix hieronder, één rij per wijziging, met de kolommen scenario (een naam; rijen met dezelfde naam vormen samen één scenario), gebieden (leeg of 'alle' = alle gebieden; gebiedscodes gescheiden door komma's, puntkomma's of spaties, gezocht in het codeveld; of een expressie zoals "wijkcode" = 'WK0363AF'), veld (het indicatorveld), bewerking (set, add, multiply of percent: procentuele verandering, -20 = 20% minder) en waarde. Een optionele kolom selection_type (all, codes, expression) gaat voor de automatische herkenning. Een percentage moet tussen 0 en 100 blijven en een aantal op of boven 0. Meldingen noemen de rij van een wijziging: eerst worden de tabelrijen geteld, daarna de matrixrijen.

Methode: de basisindex wordt berekend zoals het algoritme Achterstandsmonitor dat doet. Elk scenario wordt daarna tegen de basis beoordeeld: elk gewijzigd gebied krijgt de index opnieuw berekend op de gegevens van de basis met alleen zijn eigen nieuwe waarden, zodat zijn nieuwe rang precies de ongewijzigde gebieden telt die het nu passeert (bij één gewijzigd gebied is dat de opnieuw gerangschikte index), en een gebied dat niet veranderde houdt precies zijn scores, rangen en decielen. 'Alles opnieuw rangschikken' berekent in plaats daarvan de hele index opnieuw op de gewijzigde gegevens, alle wijzigingen tegelijk, zoals het indexalgoritme dat zou doen; dan kunnen ook ongewijzigde gebieden verschuiven.

Uitvoerlaag: de velden van de invoer, de indexvelden van de basis (zoals het indexalgoritme ze schrijft) en per scenario &lt;scenario&gt;_changed (1 = gewijzigd door het scenario), &lt;scenario&gt;_&lt;domein&gt;_score/_rank/_decile en &lt;scenario&gt;_&lt;domein&gt;_score_delta/_rank_delta/_decile_delta (scenario min basis: een negatieve scoreverandering en een positieve rang- of decielverandering betekenen minder achterstand). De laag wordt getekend met de verandering van de indexscore van het eerste scenario: blauw = minder achterstand, rood = meer achterstand.

Decielwijzigingen: een tabel met één rij per gebied, scenario en domein (of index) waarvan het deciel veranderde, van en naar. Rapport: een HTML-bestand (of JSON plus HTML) met de wijzigingen en het aantal gebieden dat het meest achtergestelde deciel verlaat of erin komt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Columns: scenario, areas, field, operation, value (Dutch names work too: naam, gebieden, veld, bewerking, waarde).</source>
            <translation>Kolommen: scenario, areas, field, operation, value (Nederlandse namen werken ook: naam, gebieden, veld, bewerking, waarde).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Computing the baseline and the scenarios ({mode}) for {n} areas.</source>
            <translation>De basis en de scenario's ({mode}) worden berekend voor {n} gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Could not write the decile-change table.</source>
            <translation>De tabel met decielwijzigingen kon niet worden geschreven.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>HTML (*.html);;JSON and HTML (*.json)</source>
            <translation>HTML (*.html);;JSON en HTML (*.json)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Index</source>
            <translation>Index</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Map of the change in the index score in '{name}'</source>
            <translation>Kaart van de verandering van de indexscore in '{name}'</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>No changes given: fill the change table or the change matrix (scenario, areas, field, operation, value).</source>
            <translation>Geen wijzigingen opgegeven: vul de wijzigingstabel of de wijzigingsmatrix (scenario, gebieden, veld, bewerking, waarde).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Off (recommended): only what changed moves, against the unchanged baseline. On: weights and ranks are refitted on the changed data, as a new index run would.</source>
            <translation>Uit (aanbevolen): alleen wat veranderde verschuift, tegen de ongewijzigde basis. Aan: gewichten en rangen worden opnieuw bepaald op de gewijzigde gegevens, zoals een nieuwe indexberekening zou doen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>One row per change: scenario, areas, field, operation (set, add, multiply, percent), value.</source>
            <translation>Eén rij per wijziging: scenario, gebieden, veld, bewerking (set, add, multiply, percent), waarde.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Policy scenarios (what-if on the deprivation index)</source>
            <translation>Beleidsscenario's (wat-als op de Achterstandsmonitor)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Re-rank everything (recompute the whole index on the changed data)</source>
            <translation>Alles opnieuw rangschikken (de hele index opnieuw berekenen op de gewijzigde gegevens)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Report: {files}</source>
            <translation>Rapport: {files}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Scenario field prefixes</source>
            <translation>Veldvoorvoegsels van de scenario's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>Scenarios</source>
            <translation>Scenario's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>The same definition file as for the Achterstandsmonitor algorithm.</source>
            <translation>Hetzelfde definitiebestand als voor het algoritme Achterstandsmonitor.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>against the baseline</source>
            <translation>tegen de basis</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>decile</source>
            <translation>deciel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>decile in group</source>
            <translation>deciel in groep</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>rank</source>
            <translation>rang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>rank in group</source>
            <translation>rang in groep</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>re-ranking everything</source>
            <translation>alles opnieuw gerangschikt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>the expression '{text}' fails: {error}</source>
            <translation>de expressie '{text}' geeft een fout: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>{name}: {changed} area(s) changed, {moved} change index decile, {left} leave and {entered} enter the most deprived decile.</source>
            <translation>{name}: {changed} gebied(en) gewijzigd, {moved} veranderen van indexdeciel, {left} verlaten het meest achtergestelde deciel en {entered} komen erin.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>{n} change(s) in {m} scenario(s): {names}.</source>
            <translation>{n} wijziging(en) in {m} scenario('s): {names}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>{scenario} – changed</source>
            <translation>{scenario} – gewijzigd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/scenario.py" />
            <source>{scenario} – {measure} – {kind}, change</source>
            <translation>{scenario} – {measure} – {kind}, verandering</translation>
        </message>
    </context>
    <context>
        <name>ScenarioStyle</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Decile after</source>
            <translation>Deciel na</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Decile before</source>
            <translation>Deciel voor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Domain</source>
            <translation>Domein</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Domain (id)</source>
            <translation>Domein (id)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Rank after</source>
            <translation>Rang na</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Rank before</source>
            <translation>Rang voor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Score after</source>
            <translation>Score na</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>Score before</source>
            <translation>Score voor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>no change</source>
            <translation>geen verandering</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/scenario_style.py" />
            <source>no data</source>
            <translation>geen gegevens</translation>
        </message>
    </context>
</TS>