<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>Definition</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'denominator' must be a field name, a list of candidate names, or {"sum": [fields]}.</source>
            <translation>'denominator' moet een veldnaam zijn, een lijst met kandidaatnamen of {"sum": [velden]}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'denominator.sum' must be a list of fields.</source>
            <translation>'denominator.sum' moet een lijst met velden zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'factor_analysis' needs at least two indicators.</source>
            <translation>'factor_analysis' heeft ten minste twee indicatoren nodig.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'higher_is' must be 'worse' or 'better', not {value!r}.</source>
            <translation>'higher_is' moet 'worse' of 'better' zijn, niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'id' must be a lowercase name of letters, digits and underscores (it becomes a field name), not {value!r}.</source>
            <translation>'id' moet een naam in kleine letters zijn met letters, cijfers en liggende streepjes (het wordt een veldnaam), niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'index' is reserved for the combined index.</source>
            <translation>'index' is gereserveerd voor de gecombineerde index.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'indicators' must be a non-empty list.</source>
            <translation>'indicators' moet een niet-lege lijst zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'method' must be one of {methods}, not {value!r}.</source>
            <translation>'method' moet een van {methods} zijn, niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'weight' is missing.</source>
            <translation>'weight' ontbreekt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'{what}' must be a field name or a list of field names.</source>
            <translation>'{what}' moet een veldnaam of een lijst met veldnamen zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'{what}' must be a number, not {value!r}.</source>
            <translation>'{what}' moet een getal zijn, niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>'{what}' must be a positive number, not {value!r}.</source>
            <translation>'{what}' moet een positief getal zijn, niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>(fewer than two indicators present)</source>
            <translation>(minder dan twee indicatoren aanwezig)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>(no indicator present)</source>
            <translation>(geen indicator aanwezig)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>A definition must be a JSON object with 'name' and 'domains'.</source>
            <translation>Een definitie moet een JSON-object zijn met 'name' en 'domains'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>Cannot read the definition file {path}: {error}</source>
            <translation>Kan het definitiebestand {path} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>Definition entry {where}: {problem}</source>
            <translation>Definitie-onderdeel {where}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>Domain '{domain}': the field(s) {fields} do not exist in the input. Check the spelling in the definition or join the data first. Available fields: {available}.</source>
            <translation>Domein '{domain}': de velden {fields} bestaan niet in de invoer. Controleer de spelling in de definitie of koppel eerst de gegevens. Beschikbare velden: {available}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>None of the domains of '{name}' can be computed: their fields are not in the input ({why}).</source>
            <translation>Geen van de domeinen van '{name}' kan worden berekend: hun velden staan niet in de invoer ({why}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>The definition file {path} is not valid JSON: {error}</source>
            <translation>Het definitiebestand {path} is geen geldige JSON: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>a 'rate' domain has exactly one indicator; use 'weighted' or 'factor_analysis' for more.</source>
            <translation>een 'rate'-domein heeft precies één indicator; gebruik 'weighted' of 'factor_analysis' voor meer.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>a 'subdomains' domain needs a list of at least two subdomains.</source>
            <translation>een 'subdomains'-domein heeft een lijst met ten minste twee subdomeinen nodig.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>an indicator must be an object with at least 'field'.</source>
            <translation>een indicator moet een object zijn met ten minste 'field'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>every indicator of a 'weighted' domain needs a 'weight'.</source>
            <translation>elke indicator van een 'weighted'-domein heeft een 'weight' nodig.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>field(s) not in the input: {fields}</source>
            <translation>veld(en) niet in de invoer: {fields}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>must be a non-empty list of domains.</source>
            <translation>moet een niet-lege lijst met domeinen zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>must be a whole number of at least 1.</source>
            <translation>moet een geheel getal van ten minste 1 zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>must be an object with 'id', 'weight' and 'method'.</source>
            <translation>moet een object zijn met 'id', 'weight' en 'method'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>must be one of {methods}, not {value!r}.</source>
            <translation>moet een van {methods} zijn, niet {value!r}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>the id '{id}' is used twice; every id must be unique.</source>
            <translation>de id '{id}' komt twee keer voor; elke id moet uniek zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/definition.py" />
            <source>the indicator has no 'field'.</source>
            <translation>de indicator heeft geen 'field'.</translation>
        </message>
    </context>
    <context>
        <name>Deprivation</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>A minimum population needs a population field.</source>
            <translation>Een minimumaantal inwoners vraagt om een inwonersveld.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>An index ranks areas against each other, so it needs at least two areas; this input has {n} (after the minimum population).</source>
            <translation>Een index rangschikt gebieden ten opzichte van elkaar en heeft dus ten minste twee gebieden nodig; deze invoer heeft er {n} (na het minimumaantal inwoners).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>Domain '{domain}' left out: {reason}. The weights of the other domains were renormalised.</source>
            <translation>Domein '{domain}' weggelaten: {reason}. De gewichten van de andere domeinen zijn opnieuw genormaliseerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>Domain '{domain}': {problem}. Check the field or leave the indicator out of the definition.</source>
            <translation>Domein '{domain}': {problem}. Controleer het veld of laat de indicator weg uit de definitie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>Factor analysis of '{part}' failed: {error}</source>
            <translation>De factoranalyse van '{part}' is mislukt: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>Indicator {key} of domain '{domain}' left out: {reason}.</source>
            <translation>Indicator {key} van domein '{domain}' weggelaten: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>No domain of '{name}' can be computed from this input.</source>
            <translation>Geen enkel domein van '{name}' kan met deze invoer worden berekend.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The field '{field}' is text, not a number. Convert it to a number first (for example with the field calculator: to_real("{field}")).</source>
            <translation>Het veld '{field}' is tekst, geen getal. Zet het eerst om naar een getal (bijvoorbeeld met de veldberekening: to_real("{field}")).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The field(s) {fields} of the baseline are missing in the new data.</source>
            <translation>De velden {fields} van de nulmeting ontbreken in de nieuwe gegevens.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The input has no areas.</source>
            <translation>De invoer bevat geen gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The population is negative in {n} area(s) (first: {area}). Fix the population field; inhabitants cannot be negative.</source>
            <translation>Het aantal inwoners is negatief in {n} gebied(en) (eerste: {area}). Herstel het inwonersveld; een aantal inwoners kan niet negatief zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The weights of {what} add up to 0; give at least one a positive weight.</source>
            <translation>De gewichten van {what} tellen op tot 0; geef er ten minste één een positief gewicht.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The weights of {what} add up to {total:.4g}, not 1; they were normalised to add up to 1.</source>
            <translation>De gewichten van {what} tellen op tot {total:.4g}, niet tot 1; ze zijn genormaliseerd zodat ze optellen tot 1.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The {what} field '{field}' does not exist in the input.</source>
            <translation>Het veld '{field}' ({what}) bestaat niet in de invoer.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>fewer than two usable indicators for factor analysis</source>
            <translation>minder dan twee bruikbare indicatoren voor factoranalyse</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>group</source>
            <translation>groep</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>label</source>
            <translation>naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>no usable indicator</source>
            <translation>geen bruikbare indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>population</source>
            <translation>inwoners</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>shrinkage group</source>
            <translation>krimpgroep</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>the domains</source>
            <translation>de domeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>the field '{field}' has the same value ({value:g}) in every area, so it cannot rank areas</source>
            <translation>het veld '{field}' heeft in elk gebied dezelfde waarde ({value:g}) en kan gebieden dus niet rangschikken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>the field '{field}' is NULL in every area</source>
            <translation>het veld '{field}' is in elk gebied NULL</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>the indicators of '{domain}'</source>
            <translation>de indicatoren van '{domain}'</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>the subdomains of '{domain}'</source>
            <translation>de subdomeinen van '{domain}'</translation>
        </message>
    </context>
    <context>
        <name>DeprivationIndexAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>A minimum population needs a population field: choose the field with the number of inhabitants (e.g. aantalInwoners).</source>
            <translation>Een minimumaantal inwoners vraagt om een inwonersveld: kies het veld met het aantal inwoners (bijv. aantalInwoners).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Achterstandsmonitor</source>
            <translation>Achterstandsmonitor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Achterstandsmonitor (deprivation index)</source>
            <translation>Achterstandsmonitor (deprivatie-index)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Also rank within groups (e.g. gemeentecode)</source>
            <translation>Ook rangschikken binnen groepen (bijv. gemeentecode)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Areas (wijken, buurten; a table without geometry works too)</source>
            <translation>Gebieden (wijken, buurten; een tabel zonder geometrie kan ook)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Areas with an index score</source>
            <translation>Gebieden met een indexscore</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Computes a multiple-deprivation index per area after the English Index of Multiple Deprivation: a score, rank and decile per domain (income, work, education, health, safety, housing and services, living environment) and combined.

Definition: a JSON file with the domains, indicators, weights and methods; empty = the built-in Dutch Achterstandsmonitor on CBS Kerncijfers fields. A domain whose fields are not in the layer is left out and the other weights are renormalised; this is reported as a warning.

Outputs, added to the input fields: &lt;domain&gt;_score, &lt;domain&gt;_rank, &lt;domain&gt;_decile and index_score, index_rank, index_decile. Rank 1 = most deprived (ties share the lowest rank), decile 1 = the most deprived 10% (ceil(10 · rank / N)). index_domains = the number of domains the index of the area is based on. With a group field also &lt;domain&gt;_group_rank/_group_decile and index_group_rank/_group_decile within each group; with rank uncertainty index_rank_p05 and index_rank_p95, the 5th and 95th percentile of the index rank under varied weights (and sampling error with shrinkage). Areas below the minimum population get NULL.

Report: an HTML file (or JSON plus HTML) with the definition used, fitted weights, areas left out and why, domain correlations and the distribution of the scores.</source>
            <translation>Berekent per gebied een index van meervoudige achterstand naar het voorbeeld van de Engelse Index of Multiple Deprivation: een score, rang en deciel per domein (inkomen, werk, onderwijs, gezondheid, veiligheid, wonen en voorzieningen, leefomgeving) en gecombineerd.

Definitie: een JSON-bestand met de domeinen, indicatoren, gewichten en methoden; leeg = de ingebouwde Nederlandse Achterstandsmonitor op velden uit de CBS Kerncijfers. Een domein waarvan de velden niet in de laag staan, wordt weggelaten en de overige gewichten worden opnieuw genormaliseerd; dat wordt als waarschuwing gemeld.

Uitvoer, toegevoegd aan de invoervelden: &lt;domein&gt;_score, &lt;domein&gt;_rank, &lt;domein&gt;_decile en index_score, index_rank, index_decile. Rang 1 = grootste achterstand (gelijke waarden krijgen de laagste rang), deciel 1 = de 10% gebieden met de grootste achterstand (ceil(10 · rang / N)). index_domains = het aantal domeinen waarop de index van het gebied berust. Met een groepsveld ook &lt;domein&gt;_group_rank/_group_decile en index_group_rank/_group_decile binnen elke groep; met rangonzekerheid index_rank_p05 en index_rank_p95, het 5e en 95e percentiel van de indexrang bij gevarieerde gewichten (en steekproeffout bij krimpschatting). Gebieden onder het minimumaantal inwoners krijgen NULL.

Rapport: een HTML-bestand (of JSON plus HTML) met de gebruikte definitie, geschatte gewichten, weggelaten gebieden en de reden, correlaties tussen domeinen en de verdeling van de scores.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Computing the index for {n} areas.</source>
            <translation>De index wordt berekend voor {n} gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Definition: {name} ({source}).</source>
            <translation>Definitie: {name} ({source}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Domains left out</source>
            <translation>Weggelaten domeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Domains used</source>
            <translation>Gebruikte domeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Domains, indicators, weights and methods; the format is described in the README. Leave empty for the built-in Dutch preset.</source>
            <translation>Domeinen, indicatoren, gewichten en methoden; het formaat staat beschreven in de README. Laat leeg voor de ingebouwde Nederlandse standaard.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>HTML (*.html);;JSON and HTML (*.json)</source>
            <translation>HTML (*.html);;JSON en HTML (*.json)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index definition (JSON; empty = Dutch Achterstandsmonitor)</source>
            <translation>Indexdefinitie (JSON; leeg = Nederlandse Achterstandsmonitor)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – decile</source>
            <translation>Index – deciel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – rank</source>
            <translation>Index – rang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – score</source>
            <translation>Index – score</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Inhabitants per area, used with the minimum population (e.g. aantalInwoners).</source>
            <translation>Aantal inwoners per gebied, gebruikt bij het minimumaantal inwoners (bijv. aantalInwoners).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Minimum population (areas below get no scores)</source>
            <translation>Minimumaantal inwoners (gebieden daaronder krijgen geen scores)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Number of draws for the rank uncertainty</source>
            <translation>Aantal trekkingen voor de rangonzekerheid</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Population field</source>
            <translation>Inwonersveld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Rank uncertainty (index_rank_p05, index_rank_p95)</source>
            <translation>Onzekerheid van de rang (index_rank_p05, index_rank_p95)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Rates with a known count (denominator or base in the definition) are moved toward the mean of their wijk or gemeente in proportion to their standard error, so that a few people do not make an extreme score.</source>
            <translation>Percentages met een bekend aantal (denominator of base in de definitie) worden naar verhouding van hun standaardfout naar het gemiddelde van hun wijk of gemeente geschoven, zodat een handvol mensen geen extreme score geeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Report: {files}</source>
            <translation>Rapport: {files}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Shrink rates of small areas toward the group mean</source>
            <translation>Percentages van kleine gebieden naar het groepsgemiddelde krimpen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Shrink toward the mean of (empty = wijkcode or gemeentecode)</source>
            <translation>Krimpen naar het gemiddelde van (leeg = wijkcode of gemeentecode)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Shrinking small-area rates toward the mean of: {group}.</source>
            <translation>Percentages van kleine gebieden worden gekrompen naar het gemiddelde van: {group}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Variation of the domain weights (0.25 = about ±25%)</source>
            <translation>Variatie van de domeingewichten (0,25 = ongeveer ±25%)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Wrote {n} areas; {m} have an index score.</source>
            <translation>{n} gebieden geschreven; {m} daarvan hebben een indexscore.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>all areas</source>
            <translation>alle gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>{domain} – decile</source>
            <translation>{domain} – deciel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>{domain} – rank</source>
            <translation>{domain} – rang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>{domain} – score</source>
            <translation>{domain} – score</translation>
        </message>
    </context>
    <context>
        <name>FactorAnalysis</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/factor_analysis.py" />
            <source>An indicator has the same value in every area.</source>
            <translation>Een indicator heeft in elk gebied dezelfde waarde.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/factor_analysis.py" />
            <source>Factor analysis needs at least two indicators.</source>
            <translation>Factoranalyse heeft ten minste twee indicatoren nodig.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/factor_analysis.py" />
            <source>Factor analysis needs at least {n} areas with all indicators; there are {m}.</source>
            <translation>Factoranalyse heeft ten minste {n} gebieden met alle indicatoren nodig; dat zijn er {m}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/factor_analysis.py" />
            <source>The indicators share no common factor.</source>
            <translation>De indicatoren hebben geen gemeenschappelijke factor.</translation>
        </message>
    </context>
    <context>
        <name>IndexReport</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source> and sampling error of the shrunk rates</source>
            <translation> en met steekproeffout van de gekrompen percentages</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>(given in code)</source>
            <translation>(in code opgegeven)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Achterstandsmonitor report</source>
            <translation>Rapport Achterstandsmonitor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Areas</source>
            <translation>Gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Areas in the input</source>
            <translation>Gebieden in de invoer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Areas mostly at the group mean</source>
            <translation>Gebieden vooral op het groepsgemiddelde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Areas with an index score</source>
            <translation>Gebieden met een indexscore</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Areas with indicators missing</source>
            <translation>Gebieden met ontbrekende indicatoren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Definition: {source}. Domains combined: {combine}. An area needs at least {n} domain score(s) for an index. Generated {when}.</source>
            <translation>Definitie: {source}. Domeinen gecombineerd met: {combine}. Een gebied heeft ten minste {n} domeinscore(s) nodig voor een index. Gemaakt op {when}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Distribution of the scores</source>
            <translation>Verdeling van de scores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Domain</source>
            <translation>Domein</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Domain or indicator</source>
            <translation>Domein of indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Domains and weights</source>
            <translation>Domeinen en gewichten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Evaluated against a baseline: weights and distributions of the baseline were used, nothing was refitted.</source>
            <translation>Beoordeeld tegen een nulmeting: de gewichten en verdelingen van de nulmeting zijn gebruikt, er is niets opnieuw geschat.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Factor analysis {part}: one factor, maximum likelihood on {n} areas, explains {share:.0%} of the variance.</source>
            <translation>Factoranalyse {part}: één factor, maximum likelihood op {n} gebieden, verklaart {share:.0%} van de variantie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Higher is</source>
            <translation>Hoger is</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Index decile</source>
            <translation>Indexdeciel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Index score</source>
            <translation>Indexscore</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Indicators and fitted weights</source>
            <translation>Indicatoren en geschatte gewichten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Left out</source>
            <translation>Weggelaten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Left out for population (first 20): {areas}</source>
            <translation>Weggelaten vanwege het aantal inwoners (eerste 20): {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Left out: no population figure</source>
            <translation>Weggelaten: geen aantal inwoners bekend</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Left out: population below {n:g} ({field})</source>
            <translation>Weggelaten: minder dan {n:g} inwoners ({field})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Loading</source>
            <translation>Lading</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Mean weight of the own value</source>
            <translation>Gemiddeld gewicht van de eigen waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>No index: too few domain scores</source>
            <translation>Geen index: te weinig domeinscores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Rank correlations between domains</source>
            <translation>Rangcorrelaties tussen de domeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Rank uncertainty</source>
            <translation>Onzekerheid van de rang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Shrinkage</source>
            <translation>Krimpschatting (shrinkage)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Shrunk</source>
            <translation>Gekrompen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>The definition as read</source>
            <translation>De definitie zoals ingelezen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Too few domain scores (first 20): {areas}</source>
            <translation>Te weinig domeinscores (eerste 20): {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Uniqueness</source>
            <translation>Uniciteit</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Warnings</source>
            <translation>Waarschuwingen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Weight in definition</source>
            <translation>Gewicht in definitie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Weight used</source>
            <translation>Gebruikt gewicht</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>{draws} draws with domain weights varied by about ±{spread:.0%}{sampling}. Median width of the 5–95% rank interval: {median}; widest: {max}.</source>
            <translation>{draws} trekkingen met domeingewichten die ongeveer ±{spread:.0%} variëren{sampling}. Mediane breedte van het 5–95%-ranginterval: {median}; breedste: {max}.</translation>
        </message>
    </context>
</TS>