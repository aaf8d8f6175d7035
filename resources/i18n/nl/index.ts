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
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>A minimum population needs a population field.</source>
            <translation>Een minimumaantal inwoners vraagt om een inwonersveld.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>An index ranks areas against each other, so it needs at least two areas; this input has {n} (after the minimum population).</source>
            <translation>Een index rangschikt gebieden ten opzichte van elkaar en heeft dus ten minste twee gebieden nodig; deze invoer heeft er {n} (na het minimumaantal inwoners).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>Domain '{domain}' left out: {reason}. The weights of the other domains were renormalised.</source>
            <translation>Domein '{domain}' weggelaten: {reason}. De gewichten van de andere domeinen zijn opnieuw genormaliseerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>Domain '{domain}': {problem}. Check the field or leave the indicator out of the definition.</source>
            <translation>Domein '{domain}': {problem}. Controleer het veld of laat de indicator weg uit de definitie.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_domains.py" />
            <source>Factor analysis of '{part}' failed: {error}</source>
            <translation>De factoranalyse van '{part}' is mislukt: {error}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>Indicator {key} ({field}) is not shrunk: {reason}.</source>
            <translation>Indicator {key} ({field}) wordt niet gekrompen: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>Indicator {key} of domain '{domain}' left out: {reason}.</source>
            <translation>Indicator {key} van domein '{domain}' weggelaten: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>National deciles without the domain(s) {domains}: their fields are not in the reference table.</source>
            <translation>Landelijke decielen zonder het domein/de domeinen {domains}: de velden daarvan staan niet in de referentietabel.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>National deciles: the input or the reference has no area codes, so areas are not matched to the reference; an area that is in both counts twice.</source>
            <translation>Landelijke decielen: de invoer of de referentie heeft geen gebiedscodes, dus gebieden worden niet aan de referentie gekoppeld; een gebied dat in beide staat, telt twee keer mee.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>No domain of '{name}' can be computed from this input.</source>
            <translation>Geen enkel domein van '{name}' kan met deze invoer worden berekend.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_domains.py" />
            <source>No weights for '{part}'.</source>
            <translation>Geen gewichten voor '{part}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_combine.py" />
            <source>The definition asks for at least {asked} domain scores per area, but only {present} domain(s) can be computed from this input; every area now needs all {present}.</source>
            <translation>De definitie vraagt per gebied ten minste {asked} domeinscores, maar met deze invoer zijn maar {present} domein(en) te berekenen; elk gebied heeft nu alle {present} nodig.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>The field '{field}' is text, not a number. Convert it to a number first (for example with the field calculator: to_real("{field}")).</source>
            <translation>Het veld '{field}' is tekst, geen getal. Zet het eerst om naar een getal (bijvoorbeeld met de veldberekening: to_real("{field}")).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>The input has no areas.</source>
            <translation>De invoer bevat geen gebieden.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The new data lacks fields of the baseline: {fields}.</source>
            <translation>De nieuwe gegevens missen velden van de basisrun: {fields}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>The population is negative in {n} area(s) (first: {area}). Fix the population field; inhabitants cannot be negative.</source>
            <translation>Het aantal inwoners is negatief in {n} gebied(en) (eerste: {area}). Herstel het inwonersveld; een aantal inwoners kan niet negatief zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The reference table has no population field; choose it, or use no minimum population.</source>
            <translation>De referentietabel heeft geen inwonersveld; kies het, of gebruik geen minimumaantal inwoners.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>The reference table has none of the definition's domains: its fields must have one of the names the definition lists.</source>
            <translation>De referentietabel bevat geen enkel domein van de definitie: de velden moeten een van de namen hebben die de definitie noemt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_combine.py" />
            <source>The weights of {what} add up to 0; give at least one a positive weight.</source>
            <translation>De gewichten van {what} tellen op tot 0; geef er ten minste één een positief gewicht.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_combine.py" />
            <source>The weights of {what} add up to {total:.4g}, not 1; they were normalised to add up to 1.</source>
            <translation>De gewichten van {what} tellen op tot {total:.4g}, niet tot 1; ze zijn genormaliseerd zodat ze optellen tot 1.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>The {what} field '{field}' does not exist in the input.</source>
            <translation>Het veld '{field}' ({what}) bestaat niet in de invoer.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>fewer than two usable indicators for factor analysis</source>
            <translation>minder dan twee bruikbare indicatoren voor factoranalyse</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>group</source>
            <translation>groep</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>label</source>
            <translation>naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>no usable indicator</source>
            <translation>geen bruikbare indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>population</source>
            <translation>inwoners</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/deprivation.py" />
            <source>shrinkage group</source>
            <translation>krimpgroep</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_combine.py" />
            <source>the domains</source>
            <translation>de domeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>the field '{field}' has the same value ({value:g}) in every area, so it cannot rank areas</source>
            <translation>het veld '{field}' heeft in elk gebied dezelfde waarde ({value:g}) en kan gebieden dus niet rangschikken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>the field '{field}' is NULL in every area</source>
            <translation>het veld '{field}' is in elk gebied NULL</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_combine.py" />
            <source>the indicators of '{domain}'</source>
            <translation>de indicatoren van '{domain}'</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_combine.py" />
            <source>the subdomains of '{domain}'</source>
            <translation>de subdomeinen van '{domain}'</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_inputs.py" />
            <source>values from {low:g} to {high:g} are not a proportion of at most {per:g}, so they are not shrunk</source>
            <translation>waarden van {low:g} tot {high:g} zijn geen aandeel van ten hoogste {per:g} en worden dus niet gekrompen</translation>
        </message>
    </context>
    <context>
        <name>DeprivationIndexAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>A minimum population needs a population field: choose the field with the number of inhabitants (e.g. aantalInwoners), or set the minimum population to 0.</source>
            <translation>Een minimumaantal inwoners vraagt om een inwonersveld: kies het veld met het aantal inwoners (bijv. aantalInwoners), of zet het minimumaantal inwoners op 0.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>A score of a few dozen people says little and can point at a household, and CBS gives no income figures for such small areas. 0: every area gets a score.</source>
            <translation>Een score van enkele tientallen mensen zegt weinig en kan naar een huishouden wijzen, en CBS geeft voor zulke kleine gebieden geen inkomenscijfers. 0: elk gebied krijgt een score.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>A table of all buurten (or wijken) of the country with the definition's fields, e.g. a whole-country Kerncijfers download. Adds index_nl_rank and index_nl_decile: the rank and decile of each area among all areas of the country. Rows of another level are left out by their code.</source>
            <translation>Een tabel met alle buurten (of wijken) van Nederland met de velden van de definitie, bijvoorbeeld een landelijke download van de Kerncijfers. Voegt index_nl_rank en index_nl_decile toe: de rang en het deciel van elk gebied tussen alle gebieden van het land. Rijen van een ander niveau worden op hun code weggelaten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Achterstandsmonitor</source>
            <translation>Achterstandsmonitor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Achterstandsmonitor (deprivation index)</source>
            <translation>Achterstandsmonitor (achterstandsindex)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Also rank within groups (e.g. gemeentecode)</source>
            <translation>Ook rangschikken binnen groepen (bijv. gemeentecode)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>An area with a domain without figures (suppressed by CBS) gets the population-weighted mean of that domain in its wijk, else its gemeente; index_imputed lists the borrowed domains. Off: such an area needs enough domains of its own (min_domains).</source>
            <translation>Een gebied met een domein zonder cijfers (door het CBS geheimgehouden) krijgt het naar inwoners gewogen gemiddelde van dat domein in zijn wijk, anders in zijn gemeente; index_imputed noemt de geleende domeinen. Uit: zo'n gebied heeft genoeg eigen domeinen nodig (min_domains).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Areas (wijken, buurten; a table without geometry works too)</source>
            <translation>Gebieden (wijken, buurten; een tabel zonder geometrie kan ook)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Areas with a domain borrowed from their parent area</source>
            <translation>Gebieden met een domein geleend van het bovenliggende gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Areas with an index score</source>
            <translation>Gebieden met een indexscore</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Borrow a missing domain from the wijk (else the gemeente), so every populated area gets a score</source>
            <translation>Een ontbrekend domein lenen van de wijk (anders de gemeente), zodat elk bewoond gebied een score krijgt</translation>
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

Outputs, added to the input fields: &lt;domain&gt;_score, &lt;domain&gt;_rank, &lt;domain&gt;_decile and index_score, index_rank, index_decile. Rank 1 = most deprived (ties share the lowest rank), decile 1 = the most deprived 10% (ceil(10 · rank / N)). index_domains = the number of domains the index of the area is based on; index_imputed = the domains it borrowed from its wijk (or gemeente) because it has no figures for them; index_partial = the domains scored from some of their indicators only. Areas below the minimum population get NULL.

With a group field also &lt;domain&gt;_group_rank/_group_decile and index_group_rank/_group_decile within each group of at least the smallest group size (NULL in smaller groups). With a national reference (a table or layer of all Dutch buurten) index_nl_rank and index_nl_decile: the rank and decile among all areas of the country. With rank uncertainty index_rank_median, index_rank_p05, index_rank_p95 and index_decile_stability: how the rank moves when the method choices vary (weights, exponential or linear combination, shrinkage, factor-analysis or equal weights, borrowed domains), and the share of those runs in which the area stays in its decile.

Report: an HTML file (or JSON plus HTML) with the definition used, fitted weights, coverage, areas left out and why, group sizes, the national comparison, the robustness of the ranks with the method choice that moves them most, domain correlations and the distribution of the scores.</source>
            <translation>Berekent per gebied een index van meervoudige achterstand naar het voorbeeld van de Engelse Index of Multiple Deprivation: een score, rang en deciel per domein (inkomen, werk, onderwijs, gezondheid, veiligheid, wonen en voorzieningen, leefomgeving) en gecombineerd.

Definitie: een JSON-bestand met de domeinen, indicatoren, gewichten en methoden; leeg = de ingebouwde Nederlandse Achterstandsmonitor op velden uit de CBS Kerncijfers. Een domein waarvan de velden niet in de laag staan, wordt weggelaten en de overige gewichten worden opnieuw genormaliseerd; dat wordt als waarschuwing gemeld.

Uitvoer, toegevoegd aan de invoervelden: &lt;domein&gt;_score, &lt;domein&gt;_rank, &lt;domein&gt;_decile en index_score, index_rank, index_decile. Rang 1 = grootste achterstand (gelijke waarden krijgen de laagste rang), deciel 1 = de 10% gebieden met de grootste achterstand (ceil(10 · rang / N)). index_domains = het aantal domeinen waarop de index van het gebied berust; index_imputed = de domeinen die het van zijn wijk (of gemeente) heeft geleend omdat het daar geen cijfers voor heeft; index_partial = de domeinen die uit een deel van hun indicatoren zijn berekend. Gebieden onder het minimumaantal inwoners krijgen NULL.

Met een groepsveld ook &lt;domein&gt;_group_rank/_group_decile en index_group_rank/_group_decile binnen elke groep van ten minste de kleinste groepsgrootte (NULL in kleinere groepen). Met een landelijke referentie (een tabel of laag met alle Nederlandse buurten) index_nl_rank en index_nl_decile: de rang en het deciel tussen alle gebieden van het land. Met rangonzekerheid index_rank_median, index_rank_p05, index_rank_p95 en index_decile_stability: hoe de rang verschuift als de methodekeuzes variëren (gewichten, exponentiële of lineaire combinatie, krimpschatting, factoranalyse of gelijke gewichten, geleende domeinen), en het aandeel van die runs waarin het gebied in zijn deciel blijft.

Rapport: een HTML-bestand (of JSON plus HTML) met de gebruikte definitie, geschatte gewichten, dekking, weggelaten gebieden en waarom, groepsgroottes, de landelijke vergelijking, de robuustheid van de rangen met de methodekeuze die ze het meest verschuift, correlaties tussen domeinen en de verdeling van de scores.</translation>
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
            <source>Groups with fewer areas with a score get NULL group ranks and deciles (a decile of fewer than ten areas means nothing); the report lists them.</source>
            <translation>Groepen met minder gebieden met een score krijgen NULL als groepsrang en groepsdeciel (een deciel van minder dan tien gebieden zegt niets); het rapport noemt ze.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>HTML (*.html);;JSON and HTML (*.json)</source>
            <translation>HTML (*.html);;JSON en HTML (*.json)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index decile per area (1 = the most deprived tenth); the numbers are the ranks of the most deprived areas in the table below. Drawn by QGIS as the output layer is styled.</source>
            <translation>Indexdeciel per gebied (1 = het meest achtergestelde tiende deel); de getallen zijn de rangen van de meest achtergestelde gebieden in de tabel hieronder. Door QGIS getekend in de stijl van de uitvoerlaag.</translation>
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
            <source>Index – decile in the Netherlands</source>
            <translation>Index – deciel in Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – domains borrowed from the wijk or gemeente</source>
            <translation>Index – domeinen geleend van wijk of gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – domains from some of their indicators</source>
            <translation>Index – domeinen uit een deel van hun indicatoren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – median rank (uncertainty)</source>
            <translation>Index – mediane rang (onzekerheid)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – number of domains</source>
            <translation>Index – aantal domeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – rank</source>
            <translation>Index – rang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – rank in the Netherlands</source>
            <translation>Index – rang in Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – rank, 5th percentile</source>
            <translation>Index – rang, 5e percentiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – rank, 95th percentile</source>
            <translation>Index – rang, 95e percentiel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – score</source>
            <translation>Index – score</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Index – share of runs in the same decile</source>
            <translation>Index – aandeel runs in hetzelfde deciel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Inhabitants per area, used with the minimum population. Empty: the first of {names} the layer has.</source>
            <translation>Inwoners per gebied, gebruikt met het minimumaantal inwoners. Leeg: het eerste van {names} dat de laag heeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Map of the index deciles</source>
            <translation>Kaart van de indexdecielen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Minimum population (areas below get no scores)</source>
            <translation>Minimumaantal inwoners (gebieden daaronder krijgen geen scores)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>National reference: all Dutch areas (table or layer) for national deciles</source>
            <translation>Landelijke referentie: alle Nederlandse gebieden (tabel of laag) voor landelijke decielen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>National reference: {problem}</source>
            <translation>Landelijke referentie: {problem}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>No population field in the layer: every area gets a score (minimum population 0).</source>
            <translation>Geen bevolkingsveld in de laag: elk gebied krijgt een score (minimale bevolking 0).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Number of runs for the rank uncertainty</source>
            <translation>Aantal runs voor de rangonzekerheid</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Population field</source>
            <translation>Inwonersveld</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Population field of the national reference (empty = the same name, or aantalInwoners)</source>
            <translation>Inwonersveld van de landelijke referentie (leeg = dezelfde naam, of aantalInwoners)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Population field: {field} (found among the known names).</source>
            <translation>Inwonersveld: {field} (gevonden onder de bekende namen).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Proportions with a known count (denominator or base in the definition) are moved toward the mean of their wijk or gemeente in proportion to their standard error, so that a few people do not make an extreme score. Rates that can exceed their ceiling (crimes per 1,000) are not shrunk.</source>
            <translation>Aandelen met een bekend aantal (noemer of basis in de definitie) worden naar het gemiddelde van hun wijk of gemeente geschoven naar verhouding van hun standaardfout, zodat een handvol mensen geen extreme score oplevert. Cijfers die boven hun plafond kunnen komen (misdrijven per 1.000) worden niet gekrompen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Rank uncertainty (index_rank_median, index_rank_p05, index_rank_p95, index_decile_stability)</source>
            <translation>Rangonzekerheid (index_rank_median, index_rank_p05, index_rank_p95, index_decile_stability)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Reading the national reference ({n} rows).</source>
            <translation>De landelijke referentie wordt gelezen ({n} rijen).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Recomputes the index many times with other reasonable method choices and reports per area how far its rank moves; the report says which choice moves the ranks most.</source>
            <translation>Berekent de index vele keren opnieuw met andere redelijke methodekeuzes en geeft per gebied aan hoe ver de rang verschuift; het rapport zegt welke keuze de rangen het meest verschuift.</translation>
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
            <source>Seed of the rank uncertainty (the same seed gives the same figures)</source>
            <translation>Startwaarde (seed) van de rangonzekerheid (dezelfde seed geeft dezelfde cijfers)</translation>
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
            <source>Smallest group with group ranks and deciles</source>
            <translation>Kleinste groep met groepsrangen en -decielen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Variation of the domain weights (0.25 = about ±25%)</source>
            <translation>Variatie van de domeingewichten (0,25 = ongeveer ±25%)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/deprivation_index.py" />
            <source>Wrote {n} areas; {m} of the {e} areas at or above the minimum population have an index score, {b} with a domain borrowed from their wijk or gemeente.</source>
            <translation>{n} gebieden geschreven; {m} van de {e} gebieden vanaf het minimumaantal inwoners hebben een indexscore, {b} met een domein geleend van hun wijk of gemeente.</translation>
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
            <source>(given in code)</source>
            <translation>(in code opgegeven)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>5–95%</source>
            <translation>5–95%</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>5–95% of the ranks</source>
            <translation>5–95% van de rangen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>A domain an area has no figures for (CBS suppresses small numbers) is borrowed from its parent: the population-weighted mean of that domain's score in the same wijk, else the gemeente, else all areas. The field index_imputed lists the borrowed domains; with rank uncertainty the borrowed score is drawn from the parent's own areas, so the rank interval shows how much the borrowing matters.</source>
            <translation>Een domein waarvoor een gebied geen cijfers heeft (het CBS houdt kleine aantallen geheim) wordt geleend van het bovenliggende gebied: het naar inwoners gewogen gemiddelde van de score van dat domein in dezelfde wijk, anders de gemeente, anders alle gebieden. Het veld index_imputed noemt de geleende domeinen; bij rangonzekerheid wordt de geleende score getrokken uit de eigen gebieden van de wijk of gemeente, zodat het ranginterval laat zien hoeveel het lenen uitmaakt.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Achterstandsmonitor report</source>
            <translation>Rapport Achterstandsmonitor</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Areas</source>
            <translation>Gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Areas in groups too small</source>
            <translation>Gebieden in te kleine groepen</translation>
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
            <source>Areas scored from some of its indicators</source>
            <translation>Gebieden berekend uit een deel van de indicatoren</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Areas that borrowed it</source>
            <translation>Gebieden die het leenden</translation>
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
            <source>Areas without a group</source>
            <translation>Gebieden zonder groep</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Borrowed</source>
            <translation>Geleend</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Borrowed domains (first 20): {areas}</source>
            <translation>Geleende domeinen (eerste 20): {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Coverage: a score for every populated area</source>
            <translation>Dekking: een score voor elk bewoond gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Decile</source>
            <translation>Deciel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Decile stability</source>
            <translation>Decielstabiliteit</translation>
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
            <source>First-order index</source>
            <translation>Eerste-orde-index</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Flag</source>
            <translation>Signaal</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Group ranks and deciles ({field}) are given only in groups with at least {n} areas with a score: in a smaller group a decile means nothing (a wijk of one buurt would be both its most and its least deprived). Areas in smaller groups and areas without a group value get NULL.</source>
            <translation>Groepsrangen en -decielen ({field}) worden alleen gegeven in groepen met ten minste {n} gebieden met een score: in een kleinere groep zegt een deciel niets (een wijk met één buurt zou tegelijk de meeste en de minste achterstand hebben). Gebieden in kleinere groepen en gebieden zonder groepswaarde krijgen NULL.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Groups ranked</source>
            <translation>Groepen gerangschikt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Groups too small</source>
            <translation>Groepen te klein</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Groups too small for the index (areas with a score): {groups}</source>
            <translation>Groepen te klein voor de index (gebieden met een score): {groups}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Higher is</source>
            <translation>Hoger is</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>How robust is each rank?</source>
            <translation>Hoe robuust is elke rang?</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>How the scores are spread over the areas: the index and each domain. A long tail to the right means a few areas are far more deprived than the rest.</source>
            <translation>Hoe de scores over de gebieden verdeeld zijn: de index en elk domein. Een lange staart naar rechts betekent dat enkele gebieden veel meer achtergesteld zijn dan de rest.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Index</source>
            <translation>Index</translation>
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
            <source>Input areas found in the reference (by code)</source>
            <translation>Invoergebieden gevonden in de referentie (op code)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Input areas with a national rank</source>
            <translation>Invoergebieden met een landelijke rang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Least certain ranks</source>
            <translation>Minst zekere rangen</translation>
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
            <source>Map of the index</source>
            <translation>Kaart van de index</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Mean</source>
            <translation>Gemiddelde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Mean weight of the own value</source>
            <translation>Gemiddeld gewicht van de eigen waarde</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Median</source>
            <translation>Mediaan</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Median rank</source>
            <translation>Mediane rang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Method choice</source>
            <translation>Methodekeuze</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>National decile</source>
            <translation>Landelijk deciel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>National ranks and deciles</source>
            <translation>Landelijke rangen en decielen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>No index: too few domain scores</source>
            <translation>Geen index: te weinig domeinscores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Not in the national comparison (fields missing in the reference): {domains}.</source>
            <translation>Niet in de landelijke vergelijking (velden ontbreken in de referentie): {domains}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Not shrunk (not a proportion within its ceiling):</source>
            <translation>Niet gekrompen (geen aandeel binnen het plafond):</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Rank correlations between domains</source>
            <translation>Rangcorrelaties tussen de domeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Ranks within groups</source>
            <translation>Rangen binnen groepen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Reference areas of the same level</source>
            <translation>Referentiegebieden van hetzelfde niveau</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Reference areas with an index</source>
            <translation>Referentiegebieden met een index</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Rows in the reference</source>
            <translation>Rijen in de referentie</translation>
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
            <source>The index was recomputed {draws} times (seed {seed}), each time with other reasonable method choices: {choices}. Per area: index_rank_median, the 5th–95th percentile of its rank (index_rank_p05 … index_rank_p95) and index_decile_stability, the share of the runs in which it stays in its own decile. Median width of the rank interval: {median}; widest: {max}; median decile stability: {stability}. {stable} area(s) stay in their decile in at least 90% of the runs, {unstable} in fewer than half.</source>
            <translation>De index is {draws} keer opnieuw berekend (seed {seed}), elke keer met andere redelijke methodekeuzes: {choices}. Per gebied: index_rank_median, het 5e–95e percentiel van de rang (index_rank_p05 … index_rank_p95) en index_decile_stability, het aandeel van de runs waarin het in zijn eigen deciel blijft. Mediane breedte van het ranginterval: {median}; breedste: {max}; mediane decielstabiliteit: {stability}. {stable} gebied(en) blijven in ten minste 90% van de runs in hun deciel, {unstable} in minder dan de helft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>The map shows their rank number.</source>
            <translation>De kaart toont hun rangnummer.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>The most deprived areas</source>
            <translation>De meest achtergestelde gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>The scores in figures</source>
            <translation>De scores in cijfers</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>The {n} areas with the lowest index rank (rank 1 = most deprived; decile 1 = the most deprived tenth), with their decile on each domain.</source>
            <translation>De {n} gebieden met de laagste indexrang (rang 1 = meest achtergesteld; deciel 1 = het meest achtergestelde tiende deel), met hun deciel per domein.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Too few domain scores (first 20): {areas}</source>
            <translation>Te weinig domeinscores (eerste 20): {areas}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Total index</source>
            <translation>Totale index</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Total sensitivity index: the share of the variation in the rank changes that this choice causes, on its own and together with the other choices; first-order index: on its own. Both with a bootstrap 5–95% interval; with a few hundred runs the first-order figures are rough (more runs narrow the intervals). Mean absolute rank change of a run against the nominal ranks: {change}.</source>
            <translation>Totale gevoeligheidsindex: het deel van de variatie in de rangverschuivingen dat deze keuze veroorzaakt, op zichzelf en samen met de andere keuzes; eerste-orde-index: op zichzelf. Beide met een bootstrap-interval van 5–95%; bij een paar honderd runs zijn de eerste-orde-cijfers grof (meer runs maken de intervallen smaller). Gemiddelde absolute rangverschuiving van een run ten opzichte van de nominale rangen: {change}.</translation>
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
            <source>Weights near zero: the factor analysis gave these indicators less than a quarter of an equal share, so they hardly count in their domain although the definition lists them (they have little in common with the other indicators of the domain). Check the indicator, or give the domain fixed weights.</source>
            <translation>Gewichten bijna nul: de factoranalyse gaf deze indicatoren minder dan een kwart van een gelijk aandeel, dus ze tellen in hun domein nauwelijks mee, hoewel de definitie ze noemt (ze hebben weinig gemeen met de andere indicatoren van het domein). Controleer de indicator, of geef het domein vaste gewichten.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Which choice moves the ranks most</source>
            <translation>Welke keuze verschuift de rangen het meest</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>areas</source>
            <translation>gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>as in the baseline</source>
            <translation>zoals in de basisrun</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>better</source>
            <translation>beter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>exponential transformation, weighted sum</source>
            <translation>exponentiële transformatie, gewogen som</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>factor analysis</source>
            <translation>factoranalyse</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>from all areas</source>
            <translation>van alle gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>from the gemeente</source>
            <translation>van de gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>from the wijk</source>
            <translation>van de wijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>index_nl_rank and index_nl_decile place each area among all {n} areas of the reference (decile 1 = the most deprived 10% of the country), computed with the domains both tables have: {domains}. An area that is also in the reference is compared with the other reference areas, so it gets exactly its national rank; the local deciles (index_decile) always put a tenth of the municipality's areas in decile 1, the national ones show how deprived they are in the country.</source>
            <translation>index_nl_rank en index_nl_decile plaatsen elk gebied tussen alle {n} gebieden van de referentie (deciel 1 = de 10% van het land met de grootste achterstand), berekend met de domeinen die beide tabellen hebben: {domains}. Een gebied dat ook in de referentie staat, wordt vergeleken met de andere referentiegebieden en krijgt dus precies zijn landelijke rang; de lokale decielen (index_decile) zetten altijd een tiende van de gebieden van de gemeente in deciel 1, de landelijke laten zien hoe groot de achterstand in het land is.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>mean of the z-scores</source>
            <translation>gemiddelde van de z-scores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>near zero</source>
            <translation>bijna nul</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>rate</source>
            <translation>aandeel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>score (higher = more deprived)</source>
            <translation>score (hoger = meer achterstand)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>subdomains</source>
            <translation>subdomeinen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>weighted sum</source>
            <translation>gewogen som</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>worse</source>
            <translation>slechter</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>{name} (built in)</source>
            <translation>{name} (meegeleverd)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>{n} area(s) have no domain score of their own and get no index.</source>
            <translation>{n} gebied(en) hebben geen eigen domeinscore en krijgen geen index.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>{part}: {indicator} has weight {weight} (loading {loading}); below {limit}.</source>
            <translation>{part}: {indicator} heeft gewicht {weight} (lading {loading}); onder {limit}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_report.py" />
            <source>{scored} of the {eligible} areas at or above the minimum population have an index score ({share}). {own} rest on their own domain scores only; {borrowed} borrowed one or more domains from their parent area.</source>
            <translation>{scored} van de {eligible} gebieden vanaf het minimumaantal inwoners hebben een indexscore ({share}). {own} berusten alleen op hun eigen domeinscores; {borrowed} leenden een of meer domeinen van het bovenliggende gebied.</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/index_worlds.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
    </context>
    <context>
        <name>Uncertainty</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/uncertainty.py" />
            <source>The rank-uncertainty analysis was cancelled.</source>
            <translation>De analyse van de rangonzekerheid is geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/uncertainty.py" />
            <source>Too few runs for sensitivity indices: they need at least {n} runs with these {k} choices.</source>
            <translation>Te weinig runs voor gevoeligheidsindices: daarvoor zijn bij deze {k} keuzes ten minste {n} runs nodig.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/uncertainty.py" />
            <source>borrowed domains drawn from the parent's areas</source>
            <translation>geleende domeinen getrokken uit de gebieden van wijk of gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/uncertainty.py" />
            <source>combining domains: exponential (IMD) or mean of normal scores</source>
            <translation>combineren van domeinen: exponentieel (IMD) of gemiddelde van normaalscores</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/uncertainty.py" />
            <source>domain weights (±spread around the definition's)</source>
            <translation>domeingewichten (±spreiding rond die van de definitie)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/uncertainty.py" />
            <source>factor-analysis or equal weights inside a domain</source>
            <translation>factoranalyse of gelijke gewichten binnen een domein</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/uncertainty.py" />
            <source>sampling error of the shrunk proportions</source>
            <translation>steekproeffout van de gekrompen aandelen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/uncertainty.py" />
            <source>shrinkage of small-area proportions on or off</source>
            <translation>krimpschatting van aandelen van kleine gebieden aan of uit</translation>
        </message>
    </context>
</TS>