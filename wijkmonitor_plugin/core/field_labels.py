"""Readable field names (aliases) for the layers Wijkmonitor writes, in the user's language.

An algorithm names its own new fields (``index_score`` → "Index – score"); every other field of
an output gets its alias here, first match wins:

1. the key fields every neighbourhood layer carries (``statcode`` → "Code", ``statnaam`` → "Naam");
2. the catalogue: an indicator's or a variable's label in the user's language, whatever year's
   name the field has (``percentageHuishoudensMetLaagInkomen``, ``aantal_inwoners``);
3. a field CBS named after its Dutch title (the Wijk- en Buurtkaart's camelCase names, 2023 and
   later): the words spelled out again, with CBS's abbreviations written in full
   (``percGebInNlMetHerkomstlandBuitenEuropa`` → "Percentage geboren in Nederland met herkomstland
   buiten Europa"). CBS publishes these names in Dutch only, so this alias is Dutch in an English
   QGIS too.

Any other name (snake_case, a name of the user's own such as ``Pop_Age_0_15``) keeps no alias
here: the algorithm that made the field names it, or it is shown as written. Plain Python: no
Qt, no QGIS.
"""

from __future__ import annotations

import re

from ..i18n import translate

#: camelCase as CBS writes it: a lower-case start, then capitalised words and numbers
_CAMEL = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*|[0-9]+)+$")
_TOKENS = re.compile(r"[A-Z]?[a-z]+|[0-9]+|[A-Z]+(?![a-z])")

#: CBS's abbreviations in the Wijk- en Buurtkaart field names, written in full
_WORDS = {
    "perc": "percentage", "geb": "geboren", "nl": "Nederland", "herkomstlnd": "herkomstland",
    "excl": "exclusief", "ex": "exclusief", "incl": "inclusief", "gem": "gemiddeld", "afst": "afstand",
    "dagel": "dagelijkse", "levensm": "levensmiddelen", "ov": "overige", "buitenpoli": "buitenpolikliniek",
    "alg": "algemene", "gescheid": "gescheiden", "europa": "Europa", "nederland": "Nederland",
    "ao": "AO", "ww": "WW", "aow": "AOW", "wmo": "Wmo", "clienten": "cliënten", "km2": "km²",
    "woz": "WOZ", "mbo": "mbo", "hbo": "hbo", "wo": "wo", "vwo": "vwo", "havo": "havo", "vmbo": "vmbo",
    "cafe": "café", "bso": "bso",
}
#: word pairs CBS runs together
_PHRASES = {
    ("2", "onder", "1", "kap"): "2-onder-1-kap",
    ("1000",): "1.000",
    ("km", "2"): "km²",
    ("gem", "afst"): "gemiddelde afstand",
    ("gem", "afstand"): "gemiddelde afstand",
}


def key_field_labels() -> dict:
    """The key fields of every neighbourhood layer (:data:`.regions.KEY_FIELDS` and the names beside them)."""
    return {
        "statcode": translate("FieldLabels", "Code"),
        "statnaam": translate("FieldLabels", "Name"),
        "gemeentecode": translate("FieldLabels", "Municipality code"),
        "gemeentenaam": translate("FieldLabels", "Municipality"),
        "wijkcode": translate("FieldLabels", "Wijk code"),
        "wijknaam": translate("FieldLabels", "Wijk"),
        "buurtcode": translate("FieldLabels", "Buurt code"),
        "buurtnaam": translate("FieldLabels", "Buurt"),
        "jaar": translate("FieldLabels", "Year"),
        "water": translate("FieldLabels", "Water"),
    }


def spelled_out(name: str) -> str | None:
    """The Dutch title behind a CBS camelCase field name, or None for any other name."""
    if not _CAMEL.match(name):
        return None
    words = [w.lower() for w in _TOKENS.findall(name)]
    out = []
    i = 0
    while i < len(words):
        for phrase, text in _PHRASES.items():
            if tuple(words[i:i + len(phrase)]) == phrase:
                out.append(text)
                i += len(phrase)
                break
        else:
            word = words[i]
            # a trailing 'tot' is CBS's short for 'totaal' (aantalPersonenMetEenAlgBijstandsuitkeringTot)
            out.append("totaal" if word == "tot" and i == len(words) - 1 else _WORDS.get(word, word))
            i += 1
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def field_label(name: str, lang: str = "en", catalogue=None) -> str | None:
    """The alias of field ``name`` (see the module's docstring), or None when it keeps its name."""
    key = key_field_labels().get(name)
    if key:
        return key
    if catalogue is not None:
        indicator = catalogue.find_by_field(name)
        if indicator is not None:
            return indicator.label_for(lang)
        variable = catalogue.find_variable(name)
        if variable is not None:
            return variable.label_for(lang)
    return spelled_out(name)


def field_labels(names, lang: str = "en", catalogue=None, given: dict | None = None) -> dict:
    """Alias per field of ``names``: ``given`` first, then :func:`field_label`; fields without one are left out."""
    given = given or {}
    out = {}
    for name in names:
        label = given.get(name) or field_label(name, lang, catalogue)
        if label and label != name:
            out[name] = label
    return out
