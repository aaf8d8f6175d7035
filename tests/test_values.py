"""core.values: CBS codes, negative counts and numbers written as text — examples from real files and properties.

Evidence: the codes are the ones CBS documents for its geo files (−99995 missing, −99997 secret,
−99998, −99999999 in 2022 and older; see the README's sentinel sentence); the decimal styles
come from real exports in tests/data/nl: the SES-WOA StatLine export writes ``1.010`` and
``0.892`` with a decimal point (column "Spreiding"), the Nabijheid export writes ``2,5``, and
the Amsterdam 2020 Kerncijfers file mixes both across its columns (``1,8`` next to ``416.0``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.conftest import NL
from wijkmonitor_plugin.core import regions, statline, tables, values

CODES = [-99995, -99996, -99997, -99998, -99999, -99999999, -99999997]
RNG_SEED = 20240611


def test_every_cbs_code_is_null_and_counted():
    series = pd.Series([12.0, -99995, -99997, -99998, -99999999, 3.5, np.nan, -99997])
    cleaned, issues = values.clean_numbers(series)
    assert cleaned.isna().tolist() == [False, True, True, True, True, False, True, True]
    assert cleaned[0] == 12.0 and cleaned[5] == 3.5
    assert issues.sentinels == {-99995: 1, -99997: 2, -99998: 1, -99999999: 1}
    assert "5 CBS codes" in issues.descriptions()[0] and "-99997 ×2" in issues.descriptions()[0]


def test_negative_counts_are_null_other_negatives_stay():
    frame = pd.DataFrame({"aantalInwoners": [100, -5, 0, -99997],
                          "mediaanVermogenVanParticuliereHuish": [-5.0, 3, 1, 2],
                          "ses_woa_score": [-0.1, 0.2, 0.3, -0.4]})
    report = values.ValueReport()
    counts = values.count_columns(frame.columns)
    assert counts == {"aantalInwoners"}
    out = values.clean_frame(frame, counts=counts, report=report)
    assert out["aantalInwoners"].isna().tolist() == [False, True, False, True]
    assert out["mediaanVermogenVanParticuliereHuish"].tolist() == [-5.0, 3, 1, 2]  # a median wealth can be negative
    assert out["ses_woa_score"].tolist() == [-0.1, 0.2, 0.3, -0.4]
    issues = report.columns["aantalInwoners"]
    assert issues.negatives == 1 and issues.negative_examples == [-5.0] and issues.sentinels == {-99997: 1}
    assert list(report.columns) == ["aantalInwoners"]
    assert frame["aantalInwoners"].tolist() == [100, -5, 0, -99997]  # the input frame is not changed


def test_counts_come_from_the_catalogue_and_the_naming():
    names = ["aantalInwoners", "aantal_inwoners", "Aantal inwoners", "a_inw", "oppervlakteLandInHa",
             "Particuliere huishoudens (Aantal)", "aantalWmoClientenPer1000Inwoners", "cafeGemiddeldAantalBinnen1Km",
             "percentageHuishoudensMetLaagInkomen", "aantalBedrijfsvestigingenGroei", "p_hh_li", "aantalKinderen"]
    assert values.count_columns(names) == {"aantalInwoners", "aantal_inwoners", "Aantal inwoners", "a_inw",
                                           "oppervlakteLandInHa", "Particuliere huishoudens (Aantal)",
                                           "aantalKinderen"}


def test_property_cleaning_never_changes_a_value_that_is_no_code():
    """Random figures of every size and sign (and every code) : only the codes change, nothing else."""
    rng = np.random.default_rng(RNG_SEED)
    for _ in range(200):
        n = int(rng.integers(1, 60))
        data = np.concatenate([rng.normal(0, 10 ** rng.integers(0, 9), n), rng.integers(-10 ** 9, 10 ** 9, n),
                               rng.choice(CODES, n)])
        data[rng.random(len(data)) < 0.1] = np.nan
        rng.shuffle(data)
        cleaned, issues = values.clean_numbers(pd.Series(data))
        codes = np.isin(data, CODES)
        kept = ~codes & ~np.isnan(data)
        assert np.array_equal(cleaned.to_numpy()[kept], data[kept])
        assert cleaned[codes].isna().all()
        assert sum(issues.sentinels.values()) == codes.sum()


def test_property_a_count_is_never_negative_and_never_loses_a_real_value():
    rng = np.random.default_rng(RNG_SEED + 1)
    for _ in range(200):
        data = rng.integers(-50, 5000, int(rng.integers(1, 80))).astype(float)
        data[rng.random(len(data)) < 0.1] = rng.choice(CODES)
        cleaned, issues = values.clean_numbers(pd.Series(data), count=True)
        out = cleaned.to_numpy()
        assert not (out < 0).any()
        assert np.array_equal(out[data >= 0], data[data >= 0])
        assert issues.negatives == int(((data < 0) & ~np.isin(data, CODES)).sum())


def test_property_numbers_written_as_text_read_back_in_either_style():
    """Figures written with a decimal point or comma, with or without thousands separators, read back exactly."""
    rng = np.random.default_rng(RNG_SEED + 2)
    for _ in range(150):
        figures = np.round(rng.uniform(-5000, 50000, int(rng.integers(2, 40))), 2)
        figures[0] = 0.5 + rng.integers(0, 9)  # at least one figure that shows the decimal separator
        comma = bool(rng.integers(0, 2))
        grouped = bool(rng.integers(0, 2))
        texts = []
        for f in figures:
            text = f"{f:,.2f}" if grouped else f"{f:.2f}"
            if comma:
                text = text.replace(",", "_").replace(".", ",").replace("_", ".")
            texts.append(text)
        parsed = values.parse_numbers(pd.Series(texts))
        assert parsed.numeric and parsed.style == ("comma" if comma else "point")
        assert np.allclose(parsed.values.to_numpy(), figures), (texts, parsed.values.tolist())


def test_decimal_style_from_all_values_of_a_column():
    # the issue's example: 0.892 shows that the point is a decimal point, so 1.010 is 1.01, not 1010
    parsed = values.parse_numbers(pd.Series(["1.010", "1.122", "0.892"]))
    assert parsed.values.tolist() == [1.01, 1.122, 0.892] and parsed.style == "point"
    # plain large numbers in the column show it writes no thousands separators
    assert values.parse_numbers(pd.Series(["1.010", "1.122", "457400"])).values.tolist() == [1.01, 1.122, 457400]
    # only ambiguous figures: read as thousands, and said so
    ambiguous = values.parse_numbers(pd.Series(["1.234", "12", "5.600"]))
    assert ambiguous.values.tolist() == [1234, 12, 5600] and ambiguous.issues.thousands == "1.234"
    assert "thousands separator" in ambiguous.issues.descriptions()[0]
    # decimal commas, Dutch thousands, English thousands
    assert values.parse_numbers(pd.Series(["59,0", "1.234,5", "3"])).values.tolist() == [59.0, 1234.5, 3.0]
    assert values.parse_numbers(pd.Series(["1,234.5", "12.25"])).values.tolist() == [1234.5, 12.25]
    # a column that mixes both: every figure read as written, and said so
    mixed = values.parse_numbers(pd.Series(["39,1", "194.2", "7"]))
    assert mixed.values.tolist() == [39.1, 194.2, 7.0] and mixed.issues.mixed_styles


def test_real_statline_spreiding_is_not_read_as_thousands():
    raw = statline.read_csv_table(NL / "statline_85163NED_ses_woa_amsterdam_2019.csv")
    typed, report = tables.type_columns(raw.frame, keep_text=["Regiocode (gemeente, wijk, buurt) (code)"])
    spreiding = typed["Spreiding/Spreiding totaal/Waarde (Getal)"]
    assert spreiding.iloc[0] == pytest.approx(1.010) and spreiding.iloc[1] == pytest.approx(0.892)
    assert spreiding.max() < 10  # a spread of scores around 1, never 1010
    assert typed["Particuliere huishoudens (Aantal)"].iloc[0] == 457400


def test_real_file_with_decimal_styles_mixed_across_columns():
    raw = statline.read_csv_table(NL / "amsterdam_2020_2024" / "Kerncijfers_wijken_en_buurten_2020.csv")
    typed, report = tables.type_columns(raw.frame, keep_text=["Area_Code"])
    amsterdam = typed.set_index("Area_Code").loc["GM0363"]
    assert amsterdam["Avg_Household_Size"] == pytest.approx(1.8)  # '1,8'
    assert amsterdam["Avg_Property_Value_1000EUR"] == pytest.approx(416.0)  # '416.0'
    assert amsterdam["Avg_Income_Per_Inhabitant_1000EUR"] == pytest.approx(32.4)  # '32,4'
    assert amsterdam["Higher_Education_Count"] == 338970  # '338970.0'
    assert amsterdam["Population_Total"] == 872757


def test_non_numbers_in_a_numeric_column_are_counted_with_examples():
    series = pd.Series(["12,5", "n.v.t.", "x", "x", "geen opgave", ".", "", None, "7"])
    parsed = values.parse_numbers(series)
    assert parsed.values.tolist()[:1] == [12.5] and parsed.values.iloc[-1] == 7.0
    assert parsed.values.iloc[1:8].isna().all()
    assert parsed.issues.missing_marks == {"n.v.t.": 1, "x": 2, ".": 1}
    assert parsed.issues.non_numbers == {"geen opgave": 1}
    text = " | ".join(parsed.issues.descriptions())
    assert "1 cells are not numbers" in text and "'geen opgave' ×1" in text and "'x' ×2" in text


def test_text_fields_named_as_numbers_are_read_whatever_they_hold():
    frame = pd.DataFrame({"pct": ["59,0", "12,25", "n.b."], "naam": ["a", "b", "c"]})
    report = values.ValueReport()
    out = values.clean_frame(frame, numbers=["pct"], report=report)
    assert out["pct"].tolist()[:2] == [59.0, 12.25] and pd.isna(out["pct"].iloc[2])
    assert out["naam"].tolist() == ["a", "b", "c"]
    assert report.columns["pct"].non_numbers == {"n.b.": 1}
    assert report.lines()[0].startswith("pct: 1 cells are not numbers")


def test_cbs_codes_written_as_text_in_a_csv_are_null():
    raw = statline.parse_csv_text("statcode;aantalInwoners;gemiddeldInkomenPerInwoner\nBU0363AA01;-99997;32,4\n"
                                  "BU0363AA02;1200;-99995\nBU0363AA03;-5;-99999999\n")
    typed, report = tables.type_columns(raw.frame, keep_text=["statcode"])
    assert typed["aantalInwoners"].isna().tolist() == [True, False, True]
    assert typed["gemiddeldInkomenPerInwoner"].isna().tolist() == [False, True, True]
    assert report.values.columns["aantalInwoners"].negatives == 1
    assert report.values.columns["gemiddeldInkomenPerInwoner"].sentinels == {-99995: 1, -99999999: 1}


def test_readable_field_names():
    assert tables.readable_name("SES-WOA/Totaalscore/Gemiddelde score (Getal)") == "ses_woa_totaalscore"
    assert tables.readable_name("Opleidingsniveau/Laag/Waarde (%)") == "opleidingsniveau_laag"
    assert tables.readable_name("Spreiding/Spreiding totaal/Waarde (Getal)") == "spreiding_totaal"
    assert tables.readable_name("Particuliere huishoudens (Aantal)") == "particuliere_huishoudens"
    assert tables.readable_name("AantalInwoners_5") == "AantalInwoners"  # the CBS key without its year suffix
    assert tables.readable_name("Omgevingsadressendichtheid_5") == "Omgevingsadressendichtheid"
    assert tables.readable_name("misdrijven_2021") == "misdrijven_2021"  # already valid, no CBS key
    assert tables.readable_name("a_inw") == "a_inw"
    # a user's own header with a number at the end is no CBS key: it keeps its name
    assert tables.readable_name("Pop_Age_0_15") == "Pop_Age_0_15"
    assert tables.readable_name("k_65JaarOfOuder_11") == "k_65JaarOfOuder"
    assert tables.readable_name("Wmo-cliënten") == "wmo_clienten"
    assert tables.readable_name("0 tot 15 jaar") == "v_0_tot_15_jaar"
    names = tables.readable_names(["Perioden_1", "Perioden_2", "Aantal inwoners", "aantal inwoners!"],
                                  taken=["fid"])
    assert names == {"Perioden_1": "Perioden_1", "Perioden_2": "Perioden_2", "Aantal inwoners": "aantal_inwoners",
                     "aantal inwoners!": "aantal_inwoners_2"}


def test_property_readable_names_are_valid_unique_and_stable():
    rng = np.random.default_rng(RNG_SEED + 3)
    alphabet = list("abcXYZ éë/|()%-_0123456789")
    for _ in range(200):
        titles = ["".join(rng.choice(alphabet, int(rng.integers(1, 30)))) for _ in range(int(rng.integers(1, 12)))]
        titles = list(dict.fromkeys(titles))
        names = tables.readable_names(titles, taken=["fid", "statcode"])
        out = list(names.values())
        assert len({n.lower() for n in out}) == len(out)
        assert not {n.lower() for n in out} & {"fid", "statcode"}
        for name in out:
            assert name and not name[0].isdigit() and len(name) <= tables.MAX_NAME_LENGTH
            assert all(c.isascii() and (c.isalnum() or c == "_") for c in name)
            assert tables.readable_name(name) in (name, name.rsplit("_", 1)[0])  # a valid name stays (or a key)


def test_codes_are_nan_safe_as_pandas_3_gives_them():
    """pandas 3 reads a missing text as NaN, not None: every code helper takes it."""
    codes = regions.normalise_codes(pd.Series(["BU0363AA01", np.nan, None, " bu0363aa02 ", "x"]))
    assert codes.tolist() == ["BU0363AA01", None, None, "BU0363AA02", None]
    assert [regions.level_of_code(c) for c in (np.nan, None, "GM0363", pd.NA)] == [None, None, "gemeenten", None]
    assert regions.gemeentecode_of(np.nan) is None and regions.wijkcode_of(float("nan")) is None
    assert regions.normalise_code(pd.NA) is None and regions.normalise_code(np.float64(363.0), "gemeenten") == "GM0363"
    string_typed = pd.Series(["BU0363AA01", None], dtype="string")
    assert regions.normalise_codes(string_typed).tolist() == ["BU0363AA01", None]


def test_cbs_codes_say_nothing_about_the_decimal_style():
    parsed = values.parse_numbers(pd.Series(["1.200", "800", "-99997"]))
    assert parsed.values.tolist()[:2] == [1200.0, 800.0] and parsed.issues.thousands == "1.200"
