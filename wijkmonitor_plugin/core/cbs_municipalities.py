"""The Dutch municipalities (gemeenten) by CBS code and name, and reading the user's choice (no Qt).

The list ships as ``resources/municipalities/gemeenten_2023.json`` (codes and names of
the CBS Wijk- en Buurtkaart 2023, Bron: CBS, CC BY 4.0). Names match without regard
to case, accents, apostrophe style or spaces ("'s-Hertogenbosch", "s-hertogenbosch",
"Sudwest-Fryslan"); codes may be given as ``GM0796``, ``0796`` or ``796``.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from functools import lru_cache

from ..i18n import translate
from ..paths import resource
from . import regions

RESOURCE = ("municipalities", "gemeenten_2023.json")


@lru_cache(maxsize=1)
def municipalities() -> tuple:
    """``((code, name), …)`` sorted by name."""
    data = json.loads(resource(*RESOURCE).read_text(encoding="utf-8"))
    rows = [(code, name) for code, name in data["municipalities"]]
    return tuple(sorted(rows, key=lambda r: search_key(r[1])))


def search_key(text: str) -> str:
    """Lower case, accents and punctuation removed: ``'s-Hertogenbosch`` → ``shertogenbosch``."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def split_items(text: str) -> list[str]:
    """The items of a municipality parameter: separated by commas, semicolons or new lines."""
    return [p.strip() for p in re.split(r"[,;\n]", str(text or "")) if p.strip()]


def matches(query: str, code: str, name: str) -> bool:
    """Does a search text match a municipality (by name part or code)?"""
    key = search_key(query)
    if not key:
        return True
    return key in search_key(name) or key in code.lower() or key in code[2:].lstrip("0")


def resolve(items, known=None) -> list[tuple[str, str | None]]:
    """``[(gemeentecode, name or None), …]`` for codes or names; ValueError for unknown names.

    A well-formed code not in the list (a municipality of another year) is kept with
    name None; an empty selection means the whole country (``[]``).
    """
    known = known or municipalities()
    by_code = {c: n for c, n in known}
    by_name = {}
    for code, name in known:
        by_name.setdefault(search_key(name), []).append((code, name))
    out = []
    for item in items if not isinstance(items, str) else split_items(items):
        text = str(item).strip()
        code = regions.normalise_code(text, "gemeenten") if re.fullmatch(r"(?i)(gm)?\s*\d{1,4}", text) else None
        if code:
            hit = (code, by_code.get(code))
        else:
            found = by_name.get(search_key(text), [])
            if len(found) != 1:
                close = difflib.get_close_matches(search_key(text), list(by_name), n=3, cutoff=0.6)
                suggestions = [by_name[c][0][1] for c in close]
                raise ValueError(translate(
                    "Municipalities", "Unknown municipality '{item}'. Give a CBS code such as GM0363 or a name "
                                      "as CBS writes it{hint}.").format(
                    item=text, hint=(" " + translate("Municipalities", "(did you mean {names}?)").format(
                        names=", ".join(suggestions))) if suggestions else ""))
            hit = found[0]
        if hit not in out:
            out.append(hit)
    return out
