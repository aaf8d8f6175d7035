"""wijkmonitor:energytransition — energy cost, income and ownership per area, and the help the transition needs."""

from __future__ import annotations

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import energy as en
from ..core import energy_report
from ..core.catalogue import CatalogueError, load_catalogue
from ..core.errors import WijkmonitorError
from ..i18n import translate
from ..qgis_adapters.compat import make_field
from ..qgis_adapters.energy_style import style_type_layer
from ..qgis_adapters.frames import combined_fields, source_to_frame, write_source_with_frame
from ..qgis_adapters.style_outputs import OutputStyle
from .base import GROUP_INDICATORS, WijkmonitorAlgorithm
from .compute_indicators import ui_language

#: fields that hold an area's code and name, first present wins
CODE_FIELDS = ("statcode", "buurtcode", "wijkcode", "gemeentecode", "code")
NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "naam", "name", "gemeentenaam")
INCOME_CHOICES = (en.INCOME_AUTOMATIC, "lowest40", "low_income", "standardised")


def first_field(names, candidates) -> str | None:
    lower = {n.lower(): n for n in names}
    return next((lower[c.lower()] for c in candidates if c.lower() in lower), None)


class EnergyParameters:
    """The keys of the prices and thresholds, shared by energytransition and portrait."""

    GAS_PRICE = "GAS_PRICE"
    ELECTRICITY_PRICE = "ELECTRICITY_PRICE"
    FIXED_COSTS = "FIXED_COSTS"
    PRICE_SOURCE = "PRICE_SOURCE"
    COST_THRESHOLD = "COST_THRESHOLD"
    REFERENCE_GAS = "REFERENCE_GAS"
    REFERENCE_ELECTRICITY = "REFERENCE_ELECTRICITY"
    INCOME_MEASURE = "INCOME_MEASURE"
    INCOME_THRESHOLD = "INCOME_THRESHOLD"
    TENURE_THRESHOLD = "TENURE_THRESHOLD"
    DISTRICT_HEATING_THRESHOLD = "DISTRICT_HEATING_THRESHOLD"


class EnergyTransitionAlgorithm(EnergyParameters, WijkmonitorAlgorithm):
    NAME = "energytransition"
    GROUP = GROUP_INDICATORS
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    TYPED = "TYPED"
    UNTYPED = "UNTYPED"
    COST_THRESHOLD_USED = "COST_THRESHOLD_USED"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Energy transition: cost, income and the help needed")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Per area (buurt, wijk or kern): an estimated energy cost per household, set against income and the "
            "ownership of the dwellings, and a type that says which kind of help the energy transition needs "
            "there. Uses the CBS figures of the neighbourhood map or the Kerncijfers (average gas use and "
            "electricity supply, income, owner-occupied and corporation dwellings, district heating).\n\n"
            "Energy cost = gas use × gas price + electricity supply × electricity price + fixed costs; the default "
            "prices are the CBS average consumer tariffs of January 2022 including VAT (table 84672NED): give "
            "today's prices for today's bills. High cost: at or above the cost threshold, by default the cost of "
            "the average Dutch household's use (966 m³, 1,727 kWh; PBL forecast for 2024) at the same prices. Low "
            "income: by default the share of households in the national lowest 40% of incomes at or above 40% "
            "(the national share), or, where that figure is missing, the share of households with a low income "
            "or the standardised household income against the average of the input areas.\n\n"
            "Types: high cost and low income with mostly owner-occupied dwellings → subsidy and advice; mostly "
            "corporation dwellings → agreements with the corporation; mostly other landlords → the landlords; "
            "mixed → a combined approach; high cost and higher income → information; lower cost and low income → "
            "watch energy poverty; lower cost and higher income → no priority; mostly district heating → "
            "agreements with the heat supplier (gas use does not show the heat bill).\n\n"
            "Output: the input with energiekosten_eur, energiekosten_hoog, inkomen_laag, woningbezit, energietype "
            "(code), energietype_naam, energie_aanpak and energie_ontbreekt (the inputs an area lacks; such an "
            "area gets no type, nothing is estimated). The layer is drawn by type when Processing loads it. "
            "Report: the method, the prices and thresholds used, the types with their dwellings and households, "
            "and the missing inputs."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Areas with the CBS energy, income and housing figures"),
            [QgsProcessing.SourceType.TypeVector]))
        add_energy_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Energy transition per area"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML (*.html);;JSON and HTML (*.json)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.TYPED, self.tr("Areas with a type")))
        self.addOutput(QgsProcessingOutputNumber(self.UNTYPED, self.tr("Areas without a type (inputs missing)")))
        self.addOutput(QgsProcessingOutputNumber(self.COST_THRESHOLD_USED, self.tr("High energy cost from (€)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        try:
            catalogue = load_catalogue()
        except CatalogueError as exc:
            raise QgsProcessingException(str(exc)) from None
        prices, thresholds = read_energy_settings(self, parameters, context)
        names = source.fields().names()
        code_field, name_field = first_field(names, CODE_FIELDS), first_field(names, NAME_FIELDS)
        probe = en.resolve_inputs(catalogue, names, thresholds.income_measure)
        needed = [f for f in list(probe.fields.values()) + [code_field, name_field] if f]
        needed += [n for m in en.INCOME_MEASURES for n in m.field_names(catalogue) if n in names]
        frame = source_to_frame(source, field_names=list(dict.fromkeys(needed)), feedback=feedback)
        try:
            inputs = en.resolve_inputs(catalogue, frame.columns, thresholds.income_measure, frame=frame)
            lacking = inputs.required_missing()
            if lacking:
                raise en.EnergyError(self.tr(
                    "The input has no {what}. Use the CBS neighbourhood map (gemiddeldAardgasverbruik, "
                    "gemiddeldeElektriciteitslevering, percentageHuishoudensMetLaagInkomen …) or the Kerncijfers "
                    "with these figures, or join them first (wijkmonitor:joinindicators).").format(
                        what=", ".join(en.role_label(r) for r in lacking)))
            result = en.classify(frame, inputs, prices, thresholds)
        except WijkmonitorError as exc:
            raise QgsProcessingException(str(exc)) from None

        aliases = en.output_aliases()
        extra = QgsFields()
        for column in en.OUTPUT_COLUMNS:
            kind = "double" if column == en.COST else "int" if column in (en.HIGH_COST, en.LOW_INCOME) else "string"
            extra.append(make_field(column, kind, alias=aliases[column], precision=0,
                                    comment="euro per jaar" if column == en.COST else ""))
        fields = combined_fields(source.fields(), extra)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_source_with_frame(source, sink, result.frame, fields, feedback)
        self.style_output(dest_id, OutputStyle(style_type_layer, aliases))

        self._log(result, frame, feedback)
        typed = int(result.frame[en.TYPE].notna().sum())
        results = {self.OUTPUT: dest_id, self.TYPED: typed, self.UNTYPED: len(frame) - typed,
                   self.COST_THRESHOLD_USED: result.cost_threshold}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            report = energy_report.build_report(result, frame, codes=frame[code_field] if code_field else None,
                                                names=frame[name_field] if name_field else None)
            files = energy_report.write_report(report, report_path, ui_language())
            feedback.pushInfo(self.tr("Report: {files}").format(files=", ".join(str(f) for f in files)))
            results[self.REPORT] = report_path
        return results

    def _log(self, result, frame, feedback) -> None:
        inputs = result.inputs
        feedback.pushInfo(self.tr("Fields used: {fields}; income: {income} ({field}).").format(
            fields=", ".join(f"{en.role_label(r)} = {f}" for r, f in inputs.fields.items() if f),
            income=inputs.income.label() if inputs.income else "–", field=inputs.income_field or "–"))
        for paragraph in energy_report.method_paragraphs(energy_report.build_report(result, frame), ui_language()):
            feedback.pushInfo(paragraph)
        for row in en.type_counts(result, frame).itertuples():
            if row.areas:
                feedback.pushInfo(self.tr("{label}: {n} area(s)").format(label=row.label, n=row.areas))
        for text, count in en.missing_counts(result).items():
            feedback.pushWarning(self.tr("{n} area(s) without a type, missing: {what}").format(n=count, what=text))
        for message in result.messages:
            feedback.pushWarning(message)



def add_energy_parameters(alg) -> None:
    """The prices and thresholds of the energy transition, with their documented defaults."""
    k, prices = EnergyParameters, en.DEFAULT_PRICES
    numbers = (
        (k.GAS_PRICE, translate("EnergyParameters", "Gas price (€ per m³, incl. energy tax and VAT)"),
         prices.gas_eur_m3,
         translate("EnergyParameters", "Default: CBS 84672NED, January 2022: variable supply 1.1956 + "
                                       "ODE 0.10467 + energy tax 0.43950 €/m³."), 0.0),
        (k.ELECTRICITY_PRICE, translate("EnergyParameters", "Electricity price (€ per kWh, incl. energy tax and VAT)"),
         prices.electricity_eur_kwh,
         translate("EnergyParameters", "Default: CBS 84672NED, January 2022: variable supply 0.3169 + "
                                       "ODE 0.03691 + energy tax 0.04452 €/kWh."), 0.0),
        (k.FIXED_COSTS, translate("EnergyParameters", "Fixed costs per household (€ per year)"), prices.fixed_eur_year,
         translate("EnergyParameters", "Standing charges and network tariffs of gas and electricity minus "
                                       "the energy-tax reduction. Default: CBS 84672NED, January 2022: 191.32 + "
                                       "72.74 + 267.12 + 72.55 − 824.77 €."), -100000.0))
    for key, label, default, help_text, minimum in numbers:
        param = QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Type.Double, default,
                                             minValue=minimum)
        param.setHelp(help_text)
        alg.addParameter(param)
    source = QgsProcessingParameterString(
        k.PRICE_SOURCE, translate("EnergyParameters", "Where the prices come from (for the report)"), prices.source,
        optional=True)
    source.setHelp(translate("EnergyParameters", "E.g. 'CBS 84672NED, June 2025, incl. VAT' when you give today's "
                                        "prices."))
    alg.addParameter(source)
    cost = QgsProcessingParameterNumber(
        k.COST_THRESHOLD, translate("EnergyParameters", "High energy cost from (€ per year; empty: the average "
                                                "household's)"), QgsProcessingParameterNumber.Type.Double,
        optional=True)
    cost.setHelp(translate("EnergyParameters", "Empty: the cost of the reference use below at the prices above."))
    alg.addParameter(cost)
    references = ((k.REFERENCE_GAS, translate("EnergyParameters", "Reference gas use (m³ per year)"),
                   en.REFERENCE_USE[0]),
                  (k.REFERENCE_ELECTRICITY, translate("EnergyParameters", "Reference electricity use (kWh per year)"),
                   en.REFERENCE_USE[1]))
    for key, label, default in references:
        param = QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Type.Double, default,
                                             minValue=0.0)
        param.setHelp(translate("EnergyParameters", "The average Dutch household's use, the PBL forecast for 2024 as "
                                             "cited by CBS ('De energierekening januari 2025'): 966 m³ and "
                                             "1,727 kWh."))
        alg.addParameter(param)
    measure = QgsProcessingParameterEnum(
        k.INCOME_MEASURE, translate("EnergyParameters", "Income measure"),
        [translate("EnergyParameters", "Automatic (the first present of the three below)"),
         translate("EnergyParameters", "Households in the national lowest 40% of incomes (%)"),
         translate("EnergyParameters", "Households with a low income, CBS definition (%)"),
         translate("EnergyParameters", "Average standardised household income (× 1,000 €)")], defaultValue=0)
    measure.setHelp(translate("EnergyParameters", "One measure for all areas; an area without it lacks its income."))
    alg.addParameter(measure)
    income = QgsProcessingParameterNumber(
        k.INCOME_THRESHOLD, translate("EnergyParameters", "Low income from (empty: 40% for the lowest 40%, else the "
                                                  "average of the input areas)"),
        QgsProcessingParameterNumber.Type.Double, optional=True)
    income.setHelp(translate("EnergyParameters", "A share: low income at or above this percentage. An income: low "
                                        "below this amount (× 1,000 €)."))
    alg.addParameter(income)
    shares = ((k.TENURE_THRESHOLD, translate("EnergyParameters", "Ownership type when its share is at least (%)")),
              (k.DISTRICT_HEATING_THRESHOLD,
               translate("EnergyParameters", "District-heating type when its share is at least (%)")))
    for key, label in shares:
        alg.addParameter(QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Type.Double, 50.0,
                                                      minValue=0.0, maxValue=100.0))


def read_energy_settings(alg, parameters, context) -> tuple[en.Prices, en.Thresholds]:
    """The prices and thresholds given to ``alg`` (the parameters of :func:`add_energy_parameters`)."""
    k = EnergyParameters

    def number(key):
        return alg.parameterAsDouble(parameters, key, context)

    def optional(key):
        return number(key) if parameters.get(key) not in (None, "") else None

    prices = en.Prices(number(k.GAS_PRICE), number(k.ELECTRICITY_PRICE), number(k.FIXED_COSTS),
                       alg.parameterAsString(parameters, k.PRICE_SOURCE, context) or "")
    thresholds = en.Thresholds(
        cost_eur=optional(k.COST_THRESHOLD), reference_use=(number(k.REFERENCE_GAS), number(k.REFERENCE_ELECTRICITY)),
        income_measure=INCOME_CHOICES[alg.parameterAsEnum(parameters, k.INCOME_MEASURE, context)],
        income=optional(k.INCOME_THRESHOLD), tenure_share=number(k.TENURE_THRESHOLD),
        district_heating_share=number(k.DISTRICT_HEATING_THRESHOLD))
    return prices, thresholds
