<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
    <context>
        <name>Energy</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Approach</source>
            <translation>Aanpak</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Bills are lower but incomes low: watch for energy poverty (arrears, energy fixers) and support with income.</source>
            <translation>De rekening is lager, maar de inkomens zijn laag: houd energiearmoede in de gaten (betalingsachterstanden, energiefixers) en ondersteun met inkomen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Energy transition type</source>
            <translation>Type energietransitie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Energy transition type (code)</source>
            <translation>Type energietransitie (code)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Estimated energy cost per household (euro per year)</source>
            <translation>Geschatte energiekosten per huishouden (euro per jaar)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Fill in the missing figures first.</source>
            <translation>Vul eerst de ontbrekende cijfers aan.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>High cost, higher income: information</source>
            <translation>Hoge kosten, hoger inkomen: informatie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>High cost, low income, corporation housing: agreements with the corporation</source>
            <translation>Hoge kosten, laag inkomen, corporatiewoningen: afspraken met de corporatie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>High cost, low income, mixed ownership: a combined approach</source>
            <translation>Hoge kosten, laag inkomen, gemengd bezit: een gecombineerde aanpak</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>High cost, low income, other landlords: address the landlords</source>
            <translation>Hoge kosten, laag inkomen, overige verhuurders: de verhuurders aanspreken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>High cost, low income, owner-occupied: subsidy and advice</source>
            <translation>Hoge kosten, laag inkomen, koopwoningen: subsidie en advies</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>High energy cost (1 = yes)</source>
            <translation>Hoge energiekosten (1 = ja)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Households that can invest themselves: information, collective purchasing and a one-stop shop.</source>
            <translation>Huishoudens die zelf kunnen investeren: informatie, collectieve inkoop en een energieloket.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Low income (1 = yes)</source>
            <translation>Laag inkomen (1 = ja)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Lower cost, higher income: no priority</source>
            <translation>Lagere kosten, hoger inkomen: geen prioriteit</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Lower cost, low income: watch energy poverty</source>
            <translation>Lagere kosten, laag inkomen: let op energiearmoede</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Make performance agreements with the housing corporation: insulate these complexes first and keep rents affordable.</source>
            <translation>Maak prestatieafspraken met de woningcorporatie: isoleer deze complexen eerst en houd de huren betaalbaar.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Missing inputs</source>
            <translation>Ontbrekende gegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Mostly district heating: agreements with the heat supplier</source>
            <translation>Vooral stadsverwarming: afspraken met het warmtebedrijf</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>No extra effort needed now; regular information.</source>
            <translation>Nu geen extra inzet nodig; de gewone voorlichting.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>No income figure in the input: every area without district heating lacks its income.</source>
            <translation>Geen inkomenscijfer in de invoer: bij elk gebied zonder stadsverwarming ontbreekt het inkomen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Owners who cannot pay for insulation themselves: subsidies, the national heat fund, energy coaches and free advice at home.</source>
            <translation>Eigenaren die isolatie niet zelf kunnen betalen: subsidies, het Warmtefonds, energiecoaches en gratis advies aan huis.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Owners, corporation and landlords side by side: an approach per block that combines subsidy, agreements and landlord enforcement.</source>
            <translation>Eigenaren, corporatie en verhuurders naast elkaar: een aanpak per blok die subsidie, afspraken en handhaving bij verhuurders combineert.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Ownership of the dwellings</source>
            <translation>Eigendom van de woningen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Tenants cannot improve the dwelling: hold landlords to the energy-label and rent rules and support tenants.</source>
            <translation>Huurders kunnen de woning niet zelf verbeteren: houd verhuurders aan de regels voor energielabel en huur en ondersteun de huurders.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>The gas and electricity prices cannot be negative.</source>
            <translation>De gas- en stroomprijs kunnen niet negatief zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>The gas and electricity prices must be numbers.</source>
            <translation>De gas- en stroomprijs moeten getallen zijn.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>The heat bill is not in the gas figure: agreements with the heat supplier on tariffs and sustainability.</source>
            <translation>De warmterekening zit niet in het gascijfer: afspraken met het warmtebedrijf over tarieven en verduurzaming.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>Unknown income measure '{id}'; use one of: {ids}.</source>
            <translation>Onbekende inkomensmaat '{id}'; gebruik een van: {ids}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>average standardised household income</source>
            <translation>gemiddeld gestandaardiseerd inkomen van huishoudens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>dwellings</source>
            <translation>woningen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>electricity supply</source>
            <translation>elektriciteitslevering</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>gas use</source>
            <translation>gasverbruik</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>given</source>
            <translation>opgegeven</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>households</source>
            <translation>huishoudens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>households in the national lowest 40% of incomes</source>
            <translation>huishoudens in de landelijke 40% laagste inkomens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>households with a low income (CBS definition)</source>
            <translation>huishoudens met een laag inkomen (CBS-definitie)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>housing corporation</source>
            <translation>woningcorporatie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>income</source>
            <translation>inkomen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>mixed</source>
            <translation>gemengd</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>not enough data</source>
            <translation>te weinig gegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>other landlords</source>
            <translation>overige verhuurders</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>owner-occupied</source>
            <translation>koopwoningen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>share of corporation dwellings</source>
            <translation>aandeel corporatiewoningen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>share of dwellings of other landlords</source>
            <translation>aandeel woningen van overige verhuurders</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>share of owner-occupied dwellings</source>
            <translation>aandeel koopwoningen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>share on district heating</source>
            <translation>aandeel met stadsverwarming</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>the average of the areas in the input</source>
            <translation>het gemiddelde van de gebieden in de invoer</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>the average of the areas in the input, weighted by households</source>
            <translation>het gemiddelde van de gebieden in de invoer, gewogen naar huishoudens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>the national share (40% by definition)</source>
            <translation>het landelijke aandeel (per definitie 40%)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy.py" />
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
    </context>
    <context>
        <name>EnergyParameters</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>A share: low income at or above this percentage. An income: low below this amount (× 1,000 €).</source>
            <translation>Een aandeel: laag inkomen vanaf dit percentage. Een inkomen: laag onder dit bedrag (× 1.000 €).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Automatic (the first present of the three below)</source>
            <translation>Automatisch (de eerste die aanwezig is van de drie hieronder)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Average standardised household income (× 1,000 €)</source>
            <translation>Gemiddeld gestandaardiseerd inkomen van huishoudens (× 1.000 €)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Default: CBS 84672NED, January 2022: variable supply 0.3169 + ODE 0.03691 + energy tax 0.04452 €/kWh.</source>
            <translation>Standaard: CBS 84672NED, januari 2022: variabel leveringstarief 0,3169 + ODE 0,03691 + energiebelasting 0,04452 €/kWh.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Default: CBS 84672NED, January 2022: variable supply 1.1956 + ODE 0.10467 + energy tax 0.43950 €/m³.</source>
            <translation>Standaard: CBS 84672NED, januari 2022: variabel leveringstarief 1,1956 + ODE 0,10467 + energiebelasting 0,43950 €/m³.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>District-heating type when its share is at least (%)</source>
            <translation>Type stadsverwarming bij een aandeel van ten minste (%)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>E.g. 'CBS 84672NED, June 2025, incl. VAT' when you give today's prices.</source>
            <translation>Bijvoorbeeld 'CBS 84672NED, juni 2025, incl. btw' als u de huidige prijzen opgeeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Electricity price (€ per kWh, incl. energy tax and VAT)</source>
            <translation>Stroomprijs (€ per kWh, incl. energiebelasting en btw)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Empty: the cost of the reference use below at the prices above.</source>
            <translation>Leeg: de kosten van het referentieverbruik hieronder bij de prijzen hierboven.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Fixed costs per household (€ per year)</source>
            <translation>Vaste kosten per huishouden (€ per jaar)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Gas price (€ per m³, incl. energy tax and VAT)</source>
            <translation>Gasprijs (€ per m³, incl. energiebelasting en btw)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>High energy cost from (€ per year; empty: the average household's)</source>
            <translation>Hoge energiekosten vanaf (€ per jaar; leeg: die van het gemiddelde huishouden)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Households in the national lowest 40% of incomes (%)</source>
            <translation>Huishoudens in de landelijke 40% laagste inkomens (%)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Households with a low income, CBS definition (%)</source>
            <translation>Huishoudens met een laag inkomen, CBS-definitie (%)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Income measure</source>
            <translation>Inkomensmaat</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Low income from (empty: 40% for the lowest 40%, else the average of the input areas)</source>
            <translation>Laag inkomen vanaf (leeg: 40% bij de laagste 40%, anders het gemiddelde van de invoergebieden)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>One measure for all areas; an area without it lacks its income.</source>
            <translation>Eén maat voor alle gebieden; bij een gebied zonder die maat ontbreekt het inkomen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Ownership type when its share is at least (%)</source>
            <translation>Eigendomstype bij een aandeel van ten minste (%)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Reference electricity use (kWh per year)</source>
            <translation>Referentieverbruik elektriciteit (kWh per jaar)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Reference gas use (m³ per year)</source>
            <translation>Referentieverbruik gas (m³ per jaar)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Standing charges and network tariffs of gas and electricity minus the energy-tax reduction. Default: CBS 84672NED, January 2022: 191.32 + 72.74 + 267.12 + 72.55 − 824.77 €.</source>
            <translation>Vastrecht en netbeheerkosten van gas en elektriciteit min de vermindering energiebelasting. Standaard: CBS 84672NED, januari 2022: 191,32 + 72,74 + 267,12 + 72,55 − 824,77 €.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>The average Dutch household's use, the PBL forecast for 2024 as cited by CBS ('De energierekening januari 2025'): 966 m³ and 1,727 kWh.</source>
            <translation>Het verbruik van het gemiddelde Nederlandse huishouden, de PBL-raming voor 2024 zoals het CBS die aanhaalt ('De energierekening januari 2025'): 966 m³ en 1.727 kWh.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Where the prices come from (for the report)</source>
            <translation>Herkomst van de prijzen (voor het rapport)</translation>
        </message>
    </context>
    <context>
        <name>EnergyReport</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Approach</source>
            <translation>Aanpak</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Areas</source>
            <translation>Gebieden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Areas that lack a figure a decision needs are not typed and list what is missing; nothing is estimated for them.</source>
            <translation>Gebieden zonder een cijfer dat een beslissing nodig heeft, krijgen geen type en noemen wat ontbreekt; voor hen wordt niets geschat.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Dwellings</source>
            <translation>Woningen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Energy cost (€/year)</source>
            <translation>Energiekosten (€/jaar)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Energy cost per household = average gas use × {gas} €/m³ + average electricity supply × {el} €/kWh + {fixed} € fixed costs per year (standing charges and network tariffs minus the energy-tax reduction). Prices: {source}.</source>
            <translation>Energiekosten per huishouden = gemiddeld gasverbruik × {gas} €/m³ + gemiddelde elektriciteitslevering × {el} €/kWh + {fixed} € vaste kosten per jaar (vastrecht en netbeheerkosten min de vermindering energiebelasting). Prijzen: {source}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Energy transition: who needs which help</source>
            <translation>Energietransitie: wie heeft welke hulp nodig</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Every area has the figures it needs.</source>
            <translation>Elk gebied heeft de cijfers die het nodig heeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Generated {when}.</source>
            <translation>Gemaakt op {when}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>High energy cost: at least {cost} € per year (given).</source>
            <translation>Hoge energiekosten: ten minste {cost} € per jaar (opgegeven).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>High energy cost: at least {cost} € per year, the cost of the average Dutch household's use ({gas} m³ gas, {el} kWh; PBL forecast for 2024, as CBS cites it) at the same prices.</source>
            <translation>Hoge energiekosten: ten minste {cost} € per jaar, de kosten van het verbruik van het gemiddelde Nederlandse huishouden ({gas} m³ gas, {el} kWh; PBL-raming voor 2024, zoals het CBS die aanhaalt) bij dezelfde prijzen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Households</source>
            <translation>Huishoudens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Income</source>
            <translation>Inkomen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Low income: {measure} ({field}) {rule} {value} {unit}, {source}.</source>
            <translation>Laag inkomen: {measure} ({field}) {rule} {value} {unit}, {source}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Missing</source>
            <translation>Ontbreekt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Missing inputs</source>
            <translation>Ontbrekende gegevens</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Ownership</source>
            <translation>Eigendom</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Ownership: owner-occupied, housing corporation or other landlords when that kind holds the largest share and at least {share}% of the dwellings; otherwise mixed. Areas with at least {heat}% of the dwellings on district heating get their own type, because their gas use does not show their heat bill.</source>
            <translation>Eigendom: koopwoningen, woningcorporatie of overige verhuurders als die soort het grootste aandeel heeft en ten minste {share}% van de woningen; anders gemengd. Gebieden waar ten minste {heat}% van de woningen op stadsverwarming is aangesloten, krijgen een eigen type, omdat hun gasverbruik hun warmterekening niet laat zien.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>The first {n} of {total} areas; the JSON report lists all.</source>
            <translation>De eerste {n} van {total} gebieden; het JSON-rapport noemt ze allemaal.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>The share on district heating is unknown for {n} area(s); those are typed by their gas use.</source>
            <translation>Het aandeel met stadsverwarming is onbekend voor {n} gebied(en); die krijgen hun type op grond van hun gasverbruik.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>Types</source>
            <translation>Typen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>at or above</source>
            <translation>ten minste</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>below</source>
            <translation>onder</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/energy_report.py" />
            <source>given by the user</source>
            <translation>opgegeven door de gebruiker</translation>
        </message>
    </context>
    <context>
        <name>EnergyTransitionAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Areas with a type</source>
            <translation>Gebieden met een type</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Areas with the CBS energy, income and housing figures</source>
            <translation>Gebieden met de CBS-cijfers over energie, inkomen en wonen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Areas without a type (inputs missing)</source>
            <translation>Gebieden zonder type (gegevens ontbreken)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Energy transition per area</source>
            <translation>Energietransitie per gebied</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Energy transition: cost, income and the help needed</source>
            <translation>Energietransitie: kosten, inkomen en de hulp die nodig is</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Fields used: {fields}; income: {income} ({field}).</source>
            <translation>Gebruikte velden: {fields}; inkomen: {income} ({field}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>HTML (*.html);;JSON and HTML (*.json)</source>
            <translation>HTML (*.html);;JSON en HTML (*.json)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>High energy cost from (€)</source>
            <translation>Hoge energiekosten vanaf (€)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Per area (buurt, wijk or kern): an estimated energy cost per household, set against income and the ownership of the dwellings, and a type that says which kind of help the energy transition needs there. Uses the CBS figures of the neighbourhood map or the Kerncijfers (average gas use and electricity supply, income, owner-occupied and corporation dwellings, district heating).

Energy cost = gas use × gas price + electricity supply × electricity price + fixed costs; the default prices are the CBS average consumer tariffs of January 2022 including VAT (table 84672NED): give today's prices for today's bills. High cost: at or above the cost threshold, by default the cost of the average Dutch household's use (966 m³, 1,727 kWh; PBL forecast for 2024) at the same prices. Low income: by default the share of households in the national lowest 40% of incomes at or above 40% (the national share), or, where that figure is missing, the share of households with a low income or the standardised household income against the average of the input areas.

Types: high cost and low income with mostly owner-occupied dwellings → subsidy and advice; mostly corporation dwellings → agreements with the corporation; mostly other landlords → the landlords; mixed → a combined approach; high cost and higher income → information; lower cost and low income → watch energy poverty; lower cost and higher income → no priority; mostly district heating → agreements with the heat supplier (gas use does not show the heat bill).

Output: the input with energiekosten_eur, energiekosten_hoog, inkomen_laag, woningbezit, energietype (code), energietype_naam, energie_aanpak and energie_ontbreekt (the inputs an area lacks; such an area gets no type, nothing is estimated). The layer is drawn by type when Processing loads it. Report: the method, the prices and thresholds used, the types with their dwellings and households, and the missing inputs.</source>
            <translation>Per gebied (buurt, wijk of kern): de geschatte energiekosten per huishouden, tegenover het inkomen en het eigendom van de woningen, en een type dat zegt welke hulp de energietransitie daar nodig heeft. Gebruikt de CBS-cijfers van de Wijk- en Buurtkaart of de Kerncijfers (gemiddeld gasverbruik en gemiddelde elektriciteitslevering, inkomen, koop- en corporatiewoningen, stadsverwarming).

Energiekosten = gasverbruik × gasprijs + elektriciteitslevering × stroomprijs + vaste kosten; de standaardprijzen zijn de gemiddelde consumententarieven van het CBS van januari 2022 inclusief btw (tabel 84672NED): geef de huidige prijzen voor de huidige rekening. Hoge kosten: vanaf de kostengrens, standaard de kosten van het verbruik van het gemiddelde Nederlandse huishouden (966 m³, 1.727 kWh; PBL-raming voor 2024) bij dezelfde prijzen. Laag inkomen: standaard het aandeel huishoudens in de landelijke 40% laagste inkomens vanaf 40% (het landelijke aandeel), of, waar dat cijfer ontbreekt, het aandeel huishoudens met een laag inkomen of het gestandaardiseerde inkomen van huishoudens tegenover het gemiddelde van de invoergebieden.

Typen: hoge kosten en laag inkomen met vooral koopwoningen → subsidie en advies; vooral corporatiewoningen → afspraken met de corporatie; vooral overige verhuurders → de verhuurders; gemengd → een gecombineerde aanpak; hoge kosten en hoger inkomen → informatie; lagere kosten en laag inkomen → let op energiearmoede; lagere kosten en hoger inkomen → geen prioriteit; vooral stadsverwarming → afspraken met het warmtebedrijf (het gasverbruik laat de warmterekening niet zien).

Uitvoer: de invoer met energiekosten_eur, energiekosten_hoog, inkomen_laag, woningbezit, energietype (code), energietype_naam, energie_aanpak en energie_ontbreekt (de gegevens die een gebied mist; zo'n gebied krijgt geen type, er wordt niets geschat). De laag wordt naar type gekleurd als Processing hem laadt. Rapport: de methode, de gebruikte prijzen en grenzen, de typen met hun woningen en huishoudens, en de ontbrekende gegevens.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>Report: {files}</source>
            <translation>Rapport: {files}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>The input has no {what}. Use the CBS neighbourhood map (gemiddeldAardgasverbruik, gemiddeldeElektriciteitslevering, percentageHuishoudensMetLaagInkomen …) or the Kerncijfers with these figures, or join them first (wijkmonitor:joinindicators).</source>
            <translation>De invoer heeft geen {what}. Gebruik de CBS Wijk- en Buurtkaart (gemiddeldAardgasverbruik, gemiddeldeElektriciteitslevering, percentageHuishoudensMetLaagInkomen …) of de Kerncijfers met deze cijfers, of koppel ze eerst (wijkmonitor:joinindicators).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>{label}: {n} area(s)</source>
            <translation>{label}: {n} gebied(en)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/energy_transition.py" />
            <source>{n} area(s) without a type, missing: {what}</source>
            <translation>{n} gebied(en) zonder type, ontbreekt: {what}</translation>
        </message>
    </context>
    <context>
        <name>Portrait</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>'{name}' is not an indicator of the catalogue.</source>
            <translation>'{name}' is geen indicator van de catalogus.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>CBS Wijk- en Buurtkaart (PDOK) {years}</source>
            <translation>CBS Wijk- en Buurtkaart (PDOK) {years}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>hardly urban</source>
            <translation>weinig stedelijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>moderately urban</source>
            <translation>matig stedelijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>no stedelijkheid class for this area or in the national table</source>
            <translation>geen stedelijkheidsklasse voor dit gebied of in de landelijke tabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>not urban</source>
            <translation>niet stedelijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>similar gemeenten</source>
            <translation>vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>similar gemeenten ({n})</source>
            <translation>vergelijkbare gemeenten ({n})</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>strongly urban</source>
            <translation>sterk stedelijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>the municipality's own table</source>
            <translation>de eigen tabel van de gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>very strongly urban</source>
            <translation>zeer sterk stedelijk</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait.py" />
            <source>{kind} gemeenten (class {cls})</source>
            <translation>gemeenten die {kind} zijn (klasse {cls})</translation>
        </message>
    </context>
    <context>
        <name>PortraitAlgorithm</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>A portrait to hand out, for the gemeente and for each kern, of one theme (sustainability by default): the area against the country and against similar gemeenten, a map of where the energy transition needs which kind of help, small maps and a table of its wijken or kernen, trends where fields hold several years (field_2021, field_2022 …), and the sources and definitions on the last page. One PDF (text as text) and the same content as an HTML page per area, and one JSON file with every figure.

Kernen: a polygon layer (each buurt goes to the kern it overlaps most) or a lookup table of buurt or wijk codes → kern. Area and part figures are aggregated from the buurten by wijkmonitor:aggregateareas: counts summed, shares recomputed, averages weighted.

Country and similar gemeenten come from a national table with one row per gemeente (default: the bundled CBS Kerncijfers 2024 of all 342 gemeenten, which has housing, population and income but no energy figures; a table from wijkmonitor:downloadcbstable of all gemeenten adds them). Similar gemeenten: those of the same CBS stedelijkheid class, or, when the table has the similar_codes of wijkmonitor:similarareas, those.

The energy-transition prices and thresholds are those of wijkmonitor:energytransition. The pages are the templates resources/layouts/portrait_*.qpt, which you may edit in the layout designer.</source>
            <translation>Een portret om uit te delen, voor de gemeente en voor elke kern, over één thema (standaard duurzaamheid): het gebied tegenover Nederland en tegenover vergelijkbare gemeenten, een kaart van waar de energietransitie welke hulp nodig heeft, kleine kaarten en een tabel van de wijken of kernen, trends waar velden meerdere jaren bevatten (veld_2021, veld_2022 …), en de bronnen en definities op de laatste pagina. Per gebied één PDF (tekst als tekst) en dezelfde inhoud als HTML-pagina, en één JSON-bestand met alle cijfers.

Kernen: een vlakkenlaag (elke buurt gaat naar de kern waarmee hij het meest overlapt) of een koppeltabel van buurt- of wijkcodes → kern. De cijfers van het gebied en zijn onderdelen worden uit de buurten samengesteld met wijkmonitor:aggregateareas: aantallen opgeteld, aandelen opnieuw berekend, gemiddelden gewogen.

Nederland en vergelijkbare gemeenten komen uit een landelijke tabel met één rij per gemeente (standaard: de meegeleverde CBS Kerncijfers 2024 van alle 342 gemeenten, met wonen, bevolking en inkomen maar zonder energiecijfers; een tabel van alle gemeenten uit wijkmonitor:downloadcbstable voegt die toe). Vergelijkbare gemeenten: die in dezelfde stedelijkheidsklasse van het CBS, of, als de tabel de similar_codes van wijkmonitor:similarareas heeft, die.

De prijzen en grenzen van de energietransitie zijn die van wijkmonitor:energytransition. De pagina's zijn de sjablonen resources/layouts/portrait_*.qpt, die u in de layoutontwerper kunt aanpassen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Also an HTML page per portrait</source>
            <translation>Ook een HTML-pagina per portret</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Automatic (kernen of a gemeente when given, else wijken)</source>
            <translation>Automatisch (de kernen van een gemeente als die zijn opgegeven, anders de wijken)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Automatic (similar_codes of the national table, else the stedelijkheid class)</source>
            <translation>Automatisch (similar_codes van de landelijke tabel, anders de stedelijkheidsklasse)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Buurten (with the CBS figures)</source>
            <translation>Buurten (met de CBS-cijfers)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Choose the field with the name of the kern.</source>
            <translation>Kies het veld met de naam van de kern.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Empty: the first column that is not the code.</source>
            <translation>Leeg: de eerste kolom die niet de code is.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Every kern</source>
            <translation>Elke kern</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Fields that hold several years are named &lt;name&gt;_&lt;year&gt; (misdrijven_2021, misdrijven_2022 …). Empty: every such field of the theme's indicators; or give the names, separated by ';'.</source>
            <translation>Velden met meerdere jaren heten &lt;naam&gt;_&lt;jaar&gt; (misdrijven_2021, misdrijven_2022 …). Leeg: elk zo'n veld van de indicatoren van het thema; of geef de namen, gescheiden door ';'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Files written</source>
            <translation>Geschreven bestanden</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Indicator ids or field names separated by ';' (e.g. aardgasverbruik_m3; koopwoningen_pct). Empty: the first {n} of the theme that have figures.</source>
            <translation>Indicator-id's of veldnamen gescheiden door ';' (bijvoorbeeld aardgasverbruik_m3; koopwoningen_pct). Leeg: de eerste {n} van het thema met cijfers.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Indicators (empty: the theme's)</source>
            <translation>Indicatoren (leeg: die van het thema)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>JSON with the figures</source>
            <translation>JSON met de cijfers</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Kern column of the lookup table</source>
            <translation>Kolom met de kern in de koppeltabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Kernen</source>
            <translation>Kernen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Kernen (polygons)</source>
            <translation>Kernen (vlakken)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Kernen as parts need the kernen and a portrait of the gemeente.</source>
            <translation>Kernen als onderdelen vragen om de kernen en een portret van de gemeente.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Logo (SVG or image)</source>
            <translation>Logo (SVG of afbeelding)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Name of the kern</source>
            <translation>Naam van de kern</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Names of the wijken (a layer or table with codes and names)</source>
            <translation>Namen van de wijken (een laag of tabel met codes en namen)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>National table (one row per gemeente; empty: the bundled Kerncijfers 2024)</source>
            <translation>Landelijke tabel (één rij per gemeente; leeg: de meegeleverde Kerncijfers 2024)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>No area to make a portrait of: check 'Only these areas'.</source>
            <translation>Geen gebied om een portret van te maken: controleer 'Alleen deze gebieden'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>No buurt code in the input could be read.</source>
            <translation>Er was geen buurtcode in de invoer te lezen.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>None of the theme's indicators has figures for {area}.</source>
            <translation>Geen van de indicatoren van het thema heeft cijfers voor {area}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Number of pages</source>
            <translation>Aantal pagina's</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Number of portraits</source>
            <translation>Aantal portretten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Only these areas (names or codes, ';')</source>
            <translation>Alleen deze gebieden (namen of codes, ';')</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Output folder</source>
            <translation>Uitvoermap</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Parts shown</source>
            <translation>Getoonde onderdelen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Portrait of a gemeente or kern (PDF and HTML)</source>
            <translation>Portret van een gemeente of kern (PDF en HTML)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Portrait of {area}</source>
            <translation>Portret van {area}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Portraits of</source>
            <translation>Portretten van</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Portraits of kernen need the kernen: a polygon layer or a lookup table of buurt or wijk codes → kern.</source>
            <translation>Portretten van kernen vragen om de kernen: een vlakkenlaag of een koppeltabel van buurt- of wijkcodes → kern.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Resolution (dpi)</source>
            <translation>Resolutie (dpi)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Same stedelijkheid class</source>
            <translation>Dezelfde stedelijkheidsklasse</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Similar gemeenten</source>
            <translation>Vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Source line</source>
            <translation>Bronregel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>The buurten have no buurt code field (statcode or buurtcode).</source>
            <translation>De buurten hebben geen veld met de buurtcode (statcode of buurtcode).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>The gemeente</source>
            <translation>De gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>The gemeente and every kern</source>
            <translation>De gemeente en elke kern</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>The lookup table has no column of buurt or wijk codes. Columns: {cols}.</source>
            <translation>De koppeltabel heeft geen kolom met buurt- of wijkcodes. Kolommen: {cols}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>The lookup table has no kern column '{col}'.</source>
            <translation>De koppeltabel heeft geen kernkolom '{col}'.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>The names table needs a column of codes and one of names.</source>
            <translation>De namentabel heeft een kolom met codes en een met namen nodig.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>The national table has no column of gemeente codes (GM0363). Columns: {cols}.</source>
            <translation>De landelijke tabel heeft geen kolom met gemeentecodes (GM0363). Kolommen: {cols}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Trends of (empty: the theme's)</source>
            <translation>Trends van (leeg: die van het thema)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Wijk {code}</source>
            <translation>Wijk {code}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>Wijken</source>
            <translation>Wijken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>the national table given</source>
            <translation>de opgegeven landelijke tabel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>{n} buurten belong to no kern; they count for the gemeente only.</source>
            <translation>{n} buurten horen bij geen kern; ze tellen alleen mee voor de gemeente.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>{n} portrait(s), {pages} pages: {files}</source>
            <translation>{n} portret(ten), {pages} pagina's: {files}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>…or a file with them</source>
            <translation>…of een bestand daarmee</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>…or a lookup table file (CSV, XLSX, ODS)</source>
            <translation>…of een koppeltabel als bestand (CSV, XLSX, ODS)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>…or a lookup table: buurt or wijk code → kern</source>
            <translation>…of een koppeltabel: buurt- of wijkcode → kern</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/algorithms/portrait.py" />
            <source>…or a national table file</source>
            <translation>…of een landelijke tabel als bestand</translation>
        </message>
    </context>
    <context>
        <name>PortraitLayout</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Aggregated from the buurten</source>
            <translation>Samengesteld uit de buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Compared with the country</source>
            <translation>Vergeleken met het land</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Compared with the country and similar gemeenten</source>
            <translation>Vergeleken met Nederland en vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Country and similar gemeenten: {source}.</source>
            <translation>Nederland en vergelijkbare gemeenten: {source}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Energy transition: which help where</source>
            <translation>Energietransitie: welke hulp waar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Introduction</source>
            <translation>Inleiding</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Maps {page} of {pages}</source>
            <translation>Kaarten {page} van {pages}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>No figures.</source>
            <translation>Geen cijfers.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Not possible: the buurten lack {what}.</source>
            <translation>Niet mogelijk: bij de buurten ontbreekt {what}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Notes</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Per buurt: the estimated energy cost per household against income and the ownership of the dwellings, and the kind of help that fits. The method and the thresholds are on the last page.</source>
            <translation>Per buurt: de geschatte energiekosten per huishouden tegenover het inkomen en het eigendom van de woningen, en de hulp die daarbij past. De methode en de grenzen staan op de laatste pagina.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Similar gemeenten: {label} ({n}).</source>
            <translation>Vergelijkbare gemeenten: {label} ({n}).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Sources and definitions</source>
            <translation>Bronnen en definities</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Subtitle</source>
            <translation>Ondertitel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Trend: {label}</source>
            <translation>Trend: {label}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>Type per buurt</source>
            <translation>Type per buurt</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>{first}–{last}, aggregated from the buurten</source>
            <translation>{first}–{last}, samengesteld uit de buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>{parts} of {area}</source>
            <translation>{parts} van {area}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>{parts} of {area}: figures</source>
            <translation>{parts} van {area}: cijfers</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/qgis_adapters/portrait_layout.py" />
            <source>{source} · page {page} of {total}</source>
            <translation>{source} · pagina {page} van {total}</translation>
        </message>
    </context>
    <context>
        <name>PortraitReport</name>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>'▲ better' and '▼ worse' mark a difference of more than 5%; '= similar' a smaller one.</source>
            <translation>'▲ beter' en '▼ slechter' geven een verschil van meer dan 5% aan; '= vergelijkbaar' een kleiner verschil.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>, figures {year}</source>
            <translation>, cijfers {year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Against similar gemeenten</source>
            <translation>Tegenover vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Approach</source>
            <translation>Aanpak</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Buurten</source>
            <translation>Buurten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Compared with the country and similar gemeenten</source>
            <translation>Vergeleken met Nederland en vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Definition</source>
            <translation>Definitie</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Dwellings</source>
            <translation>Woningen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Energy transition: which help where</source>
            <translation>Energietransitie: welke hulp waar</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Gemeente</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Kern in the gemeente {gemeente}</source>
            <translation>Kern in de gemeente {gemeente}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Kernen</source>
            <translation>Kernen</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Made with Wijkmonitor on {date}.</source>
            <translation>Gemaakt met Wijkmonitor op {date}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Netherlands and similar gemeenten: {source}. A dash means the national table has no figure for that indicator.</source>
            <translation>Nederland en vergelijkbare gemeenten: {source}. Een streepje betekent dat de landelijke tabel geen cijfer voor die indicator heeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Not possible: the buurten lack {what}.</source>
            <translation>Niet mogelijk: bij de buurten ontbreekt {what}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Similar gemeenten</source>
            <translation>Vergelijkbare gemeenten</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Similar gemeenten: the {n} gemeenten of the same CBS stedelijkheid class ({label}); the class follows from the average address density (CBS: 1 at 2,500 addresses per km² or more … 5 below 500).</source>
            <translation>Vergelijkbare gemeenten: de {n} gemeenten in dezelfde stedelijkheidsklasse van het CBS ({label}); de klasse volgt uit de gemiddelde omgevingsadressendichtheid (CBS: 1 bij 2.500 adressen per km² of meer … 5 onder 500).</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Similar gemeenten: the {n} gemeenten that wijkmonitor:similarareas found most similar.</source>
            <translation>Vergelijkbare gemeenten: de {n} gemeenten die wijkmonitor:similarareas het meest vergelijkbaar vond.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Similar gemeenten: {label}.</source>
            <translation>Vergelijkbare gemeenten: {label}.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Source (field used)</source>
            <translation>Bron (gebruikt veld)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Sources and definitions</source>
            <translation>Bronnen en definities</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Trends</source>
            <translation>Trends</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Values of the area and of its {parts} are aggregated from its buurten: counts summed, shares recomputed from their counts, averages weighted by inhabitants, households or dwellings as the indicator catalogue says.</source>
            <translation>De cijfers van het gebied en van zijn {parts} zijn samengesteld uit de buurten: aantallen opgeteld, aandelen opnieuw berekend uit hun aantallen, gemiddelden gewogen naar inwoners, huishoudens of woningen zoals de indicatorcatalogus aangeeft.</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>Wijken</source>
            <translation>Wijken</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>{area} (total)</source>
            <translation>{area} (totaal)</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>{kind} · {urbanity}{year}</source>
            <translation>{kind} · {urbanity}{year}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>{parts} of {area}</source>
            <translation>{parts} van {area}</translation>
        </message>
        <message>
            <location filename="../../../wijkmonitor_plugin/core/portrait_report.py" />
            <source>{theme}: {area}</source>
            <translation>{theme}: {area}</translation>
        </message>
    </context>
</TS>