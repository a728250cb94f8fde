"""Personal names as papers print them: full names, initials ("A.B.",
"J. Querol Audi"), first names only, titles, particles (van, de) and
non-ASCII letters. Used to link contribution statements and acknowledged
people back to authors and to a project's registry of staff."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .letters import LOWER, UPPER

#: Lower-case words inside personal names ("van der Berg", "bin Ahmad", "Raza ur Rahman", "Inam ul Haq"):
#: the one list every parser and the credit analysis use.
PARTICLES = frozenset(
    "van von vom der den het de del della delle dello dalla dei degli di da dal do dos das des du le la les lo los las ten ter te "
    "bin binti bint ibn al el y e zu zur zum st st. mac af av ur ul ud".split()
) | {"in 't", "in't", "in`t", "in´t"}
#: A family name with its particle run in by an apostrophe ("d'Avila", "d’Étiaux", "dell'Orto").
ELIDED_FAMILY = re.compile(r"(?:d|l|dell|dall|degl|nell|sull)['’][^\W\d_]+(?:[-‐][^\W\d_]+)*")
#: The titles printed before a name, as one alternation (lower case).
TITLE_WORDS = "dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame"
TITLES = re.compile(rf"^(?:{TITLE_WORDS})\.?\s+", re.I)
SUFFIXES = re.compile(r",?\s+(?:jr|sr|ii|iii|iv|phd|md|dphil)\.?$", re.I)
# a nickname set inside a name, in brackets or quotes, before a family name that ends the name:
# 'J. S. (Pat) Heslop-Harrison', 'Robert "Bob" Smith', 'Lloyd L. ("Pete") Coulter' (not "Marker
# (Beijing) Biotech Co.": a word in brackets before more capitalised words is a company's place)
NICKNAME = re.compile(
    rf"(?<=[^\W\d_]|\.)\s+(?:\([\"“‘]?[{UPPER}][{LOWER}]{{1,12}}[\"”’]?\)|[\"“‘][{UPPER}][{LOWER}]{{1,12}}[\"”’])"
    rf"(?=\s+(?:[{UPPER}]\.\s*)*[{UPPER}][\w'’\-]+(?:[,;:.)⟨*†‡§¶\d]|\s+(?![{UPPER}])|$))"
)


# a template's stand-in for a name, left in a paper's author list ("Second Author", "Author Two",
# "Firstname Lastname", "Anonymous Author(s)", "Add your name here")
PLACEHOLDER_NAME = re.compile(
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|another|corresponding|\d+(?:st|nd|rd|th))\s+author"
    r"|author\s+(?:one|two|three|four|five|six|\d{1,2}|[A-Z])|anonymous(?:\s+authors?(?:\(s\))?)?"
    r"|first\s*name\s+(?:middle\s*name\s+)?(?:last\s*name|surname|family\s*name)|given\s*name\s+(?:surname|family\s*name)|author\s+name"
    # (an invitation left in a draft's list: "Add your name here", "Your Name")
    r"|(?:(?:please\s+)?(?:add|insert|put|enter)\s+)?your\s+(?:full\s+)?name(?:\s+here)?)s?",
    re.IGNORECASE,
)


# a title printed before a name ("Dr. J. Jabez", "Prof. Kim Park"): no part of the name
_HONORIFIC = re.compile(r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)+(?=\S+\s+\S)")


# a capitalised word that opens with a consonant's letter ("Nguyen", "Shu"), not an acronym ("MRI")
_CONSONANT_WORD = re.compile(r"[B-DF-GJ-NP-TV-Z][a-z]")


def given_an(next_word: str) -> bool:
    """Whether "An" before ``next_word`` is a given name ("An Nguyen", "Thi
    An Nguyen", "An Shu Te"): the article stands only before a vowel's sound
    ("An Overview", "An Historical Note", "An MRI Study")."""
    return bool(_CONSONANT_WORD.match(next_word))


def without_honorific(name: str) -> str:
    """A printed name without the titles before it, when a name of two
    words or more is left ("Dr. Kim Park" -> "Kim Park"; "Dr. Park" stays)."""
    return _HONORIFIC.sub("", name)


def is_placeholder_name(text: str) -> bool:
    """Whether a name is a template's stand-in ("Second Author"), not a person."""
    return bool(PLACEHOLDER_NAME.fullmatch(" ".join(text.split()).strip(" .,;*")))


def without_nickname(text: str) -> str:
    """A name (or a line of names) without the nicknames set inside it, its
    spacing made plain."""
    return " ".join(NICKNAME.sub(" ", text).split()) if ("(" in text or '"' in text or "“" in text or "‘" in text) else text


# what an author did, noted in lower case in brackets beside the name or its marks ("Bo Tran (editor, WG
# organizer)", "Ann Lee2 (deceased)"): a word of three letters or more, no address, key or markup inside, and not the
# corresponding author's note, which readers of author lines use
ROLE_NOTE = re.compile(r"(?<=[^\W_]|[⟩*†‡§¶}$])[\s~]*\((?=[a-z])(?=[^()]*[a-z]{3})(?![^()]*correspond)[^(){}\\$@:]{1,80}\)")


def without_role_notes(text: str) -> str:
    """A name, or a line of names, with the notes of what an author did
    blanked (one space for each character, so offsets hold); a note inside
    braces (LaTeX's ``\\thanks{...}``) is left alone."""
    if "(" not in text:
        return text
    out = text
    for m in ROLE_NOTE.finditer(text):
        before = text[: m.start()]
        if len(re.findall(r"(?<!\\)\{", before)) == len(re.findall(r"(?<!\\)\}", before)):
            out = out[: m.start()] + " " * len(m.group(0)) + out[m.end() :]
    return out


def fold(text: str) -> str:
    """Lower-case ASCII fold: ``Bußmann`` -> ``bussmann``, ``Müller`` -> ``muller``."""
    t = text.replace("\u2010", "-").replace("\u2011", "-").replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("Ł", "L")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t.lower()


@dataclass(frozen=True)
class Name:
    given: tuple[str, ...]  # given names or initials, folded, without dots
    family: str  # folded family name (with particles)
    raw: str

    @property
    def initials(self) -> str:
        return "".join(g[0] for g in self.given if g)

    @property
    def key(self) -> str:
        return f"{self.initials}|{self.family}"


@lru_cache(maxsize=8192)  # a paper compares each thanked person with every author: parse each name once
def parse_name(text: str) -> Name | None:
    """Split a printed name. ``Smith, John A.`` and ``John A. Smith`` give
    the same parts; a single word is a given name only when it is short of
    a family name (``Stephanie``)."""
    t = re.sub(r"\s+", " ", text or "").strip().strip(",;")
    t = TITLES.sub("", t)
    t = SUFFIXES.sub("", t)
    if not t:
        return None
    if "," in t:
        fam, _, giv = t.partition(",")
        parts_g = [p for p in re.split(r"[\s.\-]+", giv) if p]
        return Name(tuple(fold(p) for p in parts_g), fold(fam.strip()), text)
    # "A.B. Smith", "AB Smith", "J. Querol Audi", "Jodi Moore", "M Jinek"
    tokens = [tk for tk in re.split(r"\s+", t) if tk]
    if len(tokens) == 1:
        tk = tokens[0]
        m = re.match(r"^((?:[A-Z]\.)+)([A-Z][a-z].*)$", tk)  # "J.Smith"
        if m:
            return Name(tuple(fold(c) for c in m.group(1).split(".") if c), fold(m.group(2)), text)
        return Name((fold(tk.strip(".")),), "", text)
    given: list[str] = []
    i = 0
    # leading initials or given names until the family name starts
    while i < len(tokens) - 1:
        tk = tokens[i]
        low = tk.lower()
        if low in PARTICLES:
            break
        if re.fullmatch(r"(?:[^\W\d_]\.?-?){1,3}", tk) and tk[0].isupper() and all(c.isupper() for c in tk if c.isalpha()) and not (i > 0 and len(tokens) - i == 1):
            # "AB" or "A.B." initials, in any alphabet ("İ.A.", "Ö.")
            given.extend(fold(c) for c in tk if c.isalpha())
            i += 1
            continue
        if i == 0 or (given and all(len(g) == 1 for g in given) is False and i < len(tokens) - 1 and tokens[i][0].isupper() and len(tokens) - i > 1 and _looks_given(tokens, i)):
            given.append(fold(tk.strip(".")))
            i += 1
            continue
        break
    family = " ".join(tokens[i:])
    return Name(tuple(given), fold(family.strip(".")), text)


def _looks_given(tokens: list[str], i: int) -> bool:
    # middle names: "Adam P Butler" -> P is an initial handled above; "Mary Jane Smith" -> Jane given
    return len(tokens) - i >= 2 and tokens[i].lower() not in PARTICLES


@lru_cache(maxsize=8192)
def _family_core(fam: str) -> str:
    parts = [p for p in fam.replace("-", " ").split() if p not in PARTICLES]
    return " ".join(parts) if parts else fam


def same_person(a: str | Name, b: str | Name) -> bool:
    """Whether two printed names can be the same person: family names agree
    (ignoring particles and accents) and initials are compatible; a bare
    first name matches a full name with that first name."""
    na = a if isinstance(a, Name) else parse_name(a)
    nb = b if isinstance(b, Name) else parse_name(b)
    if na is None or nb is None:
        return False
    if na.family and nb.family:
        fa, fb = _family_core(na.family), _family_core(nb.family)
        if fa != fb and not (fa.endswith(" " + fb) or fb.endswith(" " + fa) or fa.split()[-1:] == fb.split()[-1:] and (len(fa.split()) > 1 or len(fb.split()) > 1)):
            return False
        ia, ib = na.initials, nb.initials
        if not ia or not ib:
            return True
        # first initial must agree; further initials may be missing on one side
        if ia[0] != ib[0]:
            return False
        if len(na.given) and len(nb.given) and len(na.given[0]) > 1 and len(nb.given[0]) > 1:
            return na.given[0] == nb.given[0] or na.given[0].startswith(nb.given[0]) or nb.given[0].startswith(na.given[0])
        return True
    # one side is a single given name ("Stephanie")
    single, full = (na, nb) if not na.family else (nb, na)
    if not single.given or not full.given:
        return False
    return single.given[0] == full.given[0]


def match_initials(initials: str, names: list[str]) -> list[str]:
    """Authors whose initials are ``initials`` ("A.B.", "AB", "A.-B.C.",
    "INW" for Ing-Nang Wang, "EvA" for Eelco van Anken)."""
    raw = "".join(c for c in initials if c.isalpha())
    want = fold(raw).upper()
    out = []
    for n in names:
        pn = parse_name(n)
        if pn is None:
            continue
        given = "".join(part[0] for g in pn.given for part in g.split("-") if part)
        fam_words = [w for w in pn.family.replace("-", " ").split() if w]
        fam_core = "".join(w[0] for w in fam_words if w not in PARTICLES)
        fam_all = "".join(w[0] for w in fam_words)
        cands = {
            (given + fam_core).upper(),
            (given[:1] + fam_core).upper(),
            (pn.initials + fam_core).upper(),
            (given + fam_all).upper(),
        }
        if want and want in cands:
            out.append(n)
    return out
