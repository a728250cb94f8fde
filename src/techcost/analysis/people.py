"""Personal names in running text, in every common printed shape.

"A. Smith", "A.B. Smith", "Ann Smith", "Ann B. Smith", "H.Tanida",
"J.-P. Martin", "María García-López", "Pieter van der Berg", "Ann SMITH",
"Dr Smith", "Drs. A and B", "Xiaoming Wang", "O'Brien", "Smith J" (a
reference-style name) and "Kim Park" are names; "Technical Support",
"Flow Cytometry Core", "New Zealand" and "Diamond Light Source" are not.

A name is found on tokens: an optional title, given names or initials,
name particles, and a family name. Capitalised words that the pack's
vocabulary or this module know as ordinary words (organisation nouns,
job titles, months, places) never make a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..letters import UPPER
from ..names import ELIDED_FAMILY, PARTICLES, given_an
from .text import Token, fold, is_title, title_end, tokenize
from .words import ReaderWords, post_nominal_key

SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d", "md", "m.d", "dphil", "bsc", "msc", "ba", "ma", "mba", "rn", "dvm", "frcp", "frs"])

# Capitalised words that are never part of a personal name in an
# acknowledgement; the pack adds its own (``not_names``) and every word of
# its organisation and role vocabulary. First the words that never end a
# name even after a given name and an initial (grammar, posts, firms, titles),
# then ordinary words that may ("Matthew J. West", "Kevin J. He").
_NEVER_FAMILY = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "we", "i", "our", "us", "you", "your", "she", "his", "her", "they", "their", "them", "it", "its", "all", "both", "each", "every", "many", "most", "some", "several", "other", "others", "another", "any", "also", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "by", "to", "from", "with", "without", "into", "onto", "over", "under", "between", "among", "across", "through", "during", "before", "after", "since", "until", "while", "as", "than", "then", "there", "here", "thus", "hence", "however", "further", "furthermore", "moreover", "additionally", "finally", "lastly", "especially", "particularly", "thank", "thanks", "staff", "team", "teams", "member", "members", "colleague", "colleagues", "people", "group", "groups", "technician", "technicians", "manager", "managers", "director", "directors", "professor", "lecturer", "engineer", "engineers", "assistant", "assistants", "student", "students", "funding", "grants", "award", "awards", "figure", "figures", "table", "tables", "section", "sections", "appendix", "inc", "ltd", "llc", "gmbh", "co", "corp", "plc", "sa", "ag", "bv", "dr", "drs", "prof", "mr", "mrs", "ms", "mx", "miss"]
)
COMMON = _NEVER_FAMILY | frozenset(
    ["he", "firstly", "secondly", "particular", "likewise", "indeed", "special", "sincere", "sincerely", "warm", "warmly", "grateful", "gratefully", "kind", "kindly", "generous", "generously", "deep", "deeply", "heartfelt", "much", "very", "great", "greatly", "thanked", "thanking", "acknowledge", "acknowledged", "acknowledgement", "acknowledgements", "acknowledgment", "acknowledgments", "appreciation", "appreciate", "gratitude", "indebted", "support", "supported", "supporting", "assistance", "assisted", "help", "helped", "helpful", "helping", "technical", "technically", "scientific", "expert", "expertise", "advice", "service", "services", "person", "persons", "individuals", "friend", "friends", "family", "families", "collaborators", "participants", "volunteers", "reviewer", "reviewers", "editor", "editors", "author", "authors", "coauthors", "contributors", "user", "users", "manuscript", "paper", "study", "project", "projects", "program", "programme", "programs", "programmes", "work", "fellowship", "funded", "fund", "funds", "foundation", "council", "agency", "institute", "institution", "university", "college", "school", "department", "faculty", "centre", "center", "laboratory", "laboratories", "lab", "labs", "facility", "facilities", "core", "cores", "platform", "platforms", "unit", "units", "office", "division", "network", "consortium", "society", "association", "organization", "organisation", "company", "corporation", "hospital", "clinic", "trust", "ministry", "government", "national", "international", "federal", "state", "regional", "royal", "european", "american", "british", "chinese", "german", "french", "japanese", "canadian", "australian", "swiss", "dutch", "indian", "brazilian", "spanish", "italian", "korean", "swedish", "danish", "norwegian", "finnish", "irish", "scottish", "welsh", "english", "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "mount", "lake", "river", "united", "states", "kingdom", "republic", "america", "europe", "africa", "asia", "australia", "zealand", "emirates", "federation", "sea", "ocean", "bay", "island", "islands", "valley", "forest", "garden", "gardens", "museum", "library", "herbarium", "observatory", "telescope", "station", "stations", "beamline", "beamlines", "source", "sources", "light", "ship", "vessel", "crew", "captain", "officers", "january", "february", "march", "july", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter", "science", "sciences", "research", "researcher", "researchers", "scientist", "scientists", "engineering", "technologist", "technologists", "head", "heads", "chair", "professors", "doctor", "doctors", "nurse", "nurses", "physician", "physicians", "clinician", "clinicians", "veterinarian", "veterinarians", "curator", "curators", "librarian", "librarians", "officer", "associate", "associates", "fellow", "fellows", "postdoc", "postdoctoral", "graduate", "undergraduate", "intern", "interns", "trainee", "trainees", "biology", "biological", "chemistry", "chemical", "physics", "physical", "medicine", "medical", "health", "computing", "computer", "computational", "data", "software", "hardware", "imaging", "microscopy", "sequencing", "genomics", "proteomics", "cytometry", "histology", "pathology", "animal", "animals", "mouse", "mice", "fish", "fly", "flies", "plant", "plants", "cell", "cells", "molecular", "structural", "clinical", "environmental", "marine", "ecology", "ecological", "earth", "space", "astronomy", "mathematics", "statistics", "statistical", "informatics", "bioinformatics", "electron", "optical", "advanced", "applied", "integrated", "shared", "general", "open", "high", "performance", "supplementary", "materials", "methods", "results", "sir", "dame", "university's", "institute's", "academy", "academies", "diagnostics", "biosciences", "bioscience", "biotech", "biotechnology", "technologies", "technology", "therapeutics", "pharmaceuticals", "pharma", "instruments", "systems", "solutions", "analytics", "healthcare", "medicals", "consulting", "survey", "surveys", "supercomputer", "supercomputers", "supercomputing", "cluster", "clusters"]
)

_LOW = rf"(?:[^\W\d_{UPPER}]|[¨´ˆ˜˚¸])"  # a lower-case letter of any script ("Meiβner"), or a spacing accent a PDF left after one ("Lu¨tge")
# one syllable of Mandarin in pinyin, capitalised ("Xiao", "Yue", "Ting", "Zhuang")
_PINYIN = "(?:[BPMFDTNLGKHJQXRZCSYW]|Zh|Ch|Sh)(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)"
_CAP_WORD = re.compile(
    rf"^(?:[{UPPER}](?:{_LOW}|['’])+(?:[-‐‑](?:Mc|Mac|O['’]|D['’])?[{UPPER}]?(?:{_LOW}|['’])+)*"
    rf"|(?:Mc|Mac|O['’]|D['’]|L['’]|Van|De|Di|Da|Le|La|Du)[{UPPER}](?:{_LOW}|['’])+(?:[-‐](?:Mc|Mac|O['’]|D['’])?[{UPPER}](?:{_LOW}|['’])+)*"
    # ("Stein-O’Brien", "Smith-McDonald": a prefixed name after the hyphen)
    # "JuOae", "DeShawn", "LaToya": an inner capital after one letter in a given name ("CopRice",
    # "BioMarker" are brands)
    rf"|[{UPPER}]{_LOW}[{UPPER}]{_LOW}{{2,}}"
    # "MaryAnn", "AnnMarie", "RoseMary": two given names written as one
    rf"|(?:Mary|Ann|Anne|Rose|Jean|Lee|Lou|Sue|Kay|Mae|Ray|Bett)[{UPPER}]{_LOW}{{1,}}"
    # "NGuessan", "NDiaye", "MBaye": a prenasalised name written without its apostrophe
    rf"|[MN][{UPPER}]{_LOW}{{2,}}"
    # "N’Guessan", "Dell’Acqua", "D’Angelo": two capitalised parts joined by an apostrophe
    rf"|[{UPPER}]{_LOW}{{0,5}}['’][{UPPER}]{_LOW}{{2,}}"
    # "I-Lin", "A-Young": a one-letter syllable hyphened to the next
    rf"|[{UPPER}][-‐‑][{UPPER}]{_LOW}{{1,}}"
    # "VanderPlas", "VandenBerg": a Dutch family name written with an inner capital
    rf"|(?:Vander|Vanden|Vande|Ver|Ten|Ter)[{UPPER}]{_LOW}{{2,}}"
    # "XiaoYue", "TingTing", "WenWen": a Chinese given name of two syllables, each capitalised
    rf"|{_PINYIN}{_PINYIN})$"
)
_UPPER_WORD = re.compile(rf"^[{UPPER}]{{2,}}(?:[-‐][{UPPER}]{{2,}})*$")
_INITIALS_BARE = re.compile(rf"^[{UPPER}]{{1,3}}$")  # "AB" in "AB Smith", "M" in "M Jinek"
_HYPHEN_INITIALS = re.compile(rf"[{UPPER}][-‐][{UPPER}]")  # "H-M Maischein": hyphenated initials without full stops


@dataclass(frozen=True)
class NameSpan:
    start: int  # token indexes [start, end)
    end: int
    text: str  # as written, without a title
    char_start: int
    char_end: int
    titled: bool


# capitalised words that may stand before a name at the start of a sentence or clause
_OPENERS = frozenset(
    ["we", "i", "also", "and", "thanks", "thank", "special", "finally", "lastly", "our", "my", "to", "in", "by", "for", "with", "from", "of", "the", "a", "an", "all", "both", "especially", "particularly", "furthermore", "moreover", "additionally", "further", "likewise", "similarly", "many", "sincere", "warm", "heartfelt", "very", "most"]
)


def _glued_run(toks: list[Token], k: int) -> str:
    """The text of the run of tokens around ``k`` written without spaces."""
    a = b = k
    while a > 0 and toks[a - 1].end == toks[a].start:
        a -= 1
    while b + 1 < len(toks) and toks[b].end == toks[b + 1].start:
        b += 1
    return "".join(t.text for t in toks[a : b + 1])


_FIELD_END = re.compile(r"(?:ology|ologie|ología|ologia|omics|omique|ómica|omica|omik|technik|tecnologia|tecnología|metry|scopy|graphy|ometrie|oskopie)$", re.IGNORECASE)


class NameFinder:
    def __init__(self, not_names: Iterable[str] = (), acronyms: Iterable[str] = (), words: ReaderWords | None = None) -> None:
        self.not_names = COMMON | {fold(w) for w in not_names}
        # "XRD", "NMR", "SEM": a technique written in capitals is not a family name ("the MS&E XRD lab")
        self.acronyms = {fold(w) for w in acronyms if len(w) >= 3}
        words = words or ReaderWords(None)
        self.ship_prefixes = words.ship_prefixes
        self.ship_capitals = words.ship_prefixes_in_capitals
        self._ship_seen: dict[str, bool] = {}  # token runs already judged (a paper repeats its words)
        self.org_heads = words.org_heads
        self.surname_org_nouns = words.surname_org_nouns
        self.surname_words = words.surname_words
        self.common_given_names = words.common_given_names
        self.legal_forms = words.legal_forms
        self.suffixes = frozenset(post_nominal_key(x) for x in SUFFIXES) | words.post_nominals

    def _post_nominal_end(self, toks: list[Token], k: int, n: int) -> int:
        """The end of a degree or certification starting at ``k`` ("PhD",
        "M.Sc.", "M. Sc."), or ``k`` when none starts there."""
        if not (self._degree_shaped(toks[k]) or (toks[k].kind == "init" and k + 1 < n and toks[k + 1].kind == "word")):
            return k
        key = ""
        for q in range(k, min(k + 4, n)):
            t = toks[q]
            if t.kind == "punct" and t.text != ".":
                break
            key += post_nominal_key(t.text)
            if key in self.suffixes:
                return q + 1
        return k

    def is_ship_word(self, text: str) -> bool:
        got = self._ship_seen.get(text)
        if got is None:
            key = fold(text).replace(".", "").replace(" ", "")
            got = text.strip() in self.ship_capitals or key in self.ship_prefixes or key.replace("/", "") in self.ship_prefixes
            if len(self._ship_seen) < 50_000:
                self._ship_seen[text] = got
        return got

    def _after_ship_word(self, toks: list[Token], i: int) -> bool:
        """Whether the name starting at ``i`` belongs to a vessel: the token run
        before it, or the one it starts in, is a vessel's prefix ("RV", "R/V",
        "R.V.", "RRS", "the ship")."""
        if (i > 0 and self.is_ship_word(_glued_run(toks, i - 1))) or self.is_ship_word(_glued_run(toks, i)):
            return True
        # a vessel named after a person, initials first ("R/V A.B. Keel Ranger", "the research vessel F. G. Creed")
        j = i
        while j > 0 and i - j < 4 and toks[j - 1].kind == "init":
            j -= 1
        return j < i and j > 0 and self.is_ship_word(_glued_run(toks, j - 1))

    def _plural_of_org_noun(self, word: str) -> bool:
        """"workshops", "laboratories", "facilities": the plural of a word that
        heads an organisation's name is never part of a personal name."""
        for base in (word[:-3] + "y" if word.endswith("ies") else None, word[:-2] if word.endswith("es") else None, word[:-1] if word.endswith("s") else None):
            if base and base in self.org_heads and base not in self.surname_org_nouns:
                return True
        return False

    # --- token tests
    def _degree_shaped(self, tk: Token) -> bool:
        """A degree or certification as written: dotted or with two capitals
        ("Ph.D.", "MSc", "LATG"), never a family name ("Ma", "Ba")."""
        t = tk.text
        if fold(t) in ("ma", "ba"):
            return False  # "Wei MA": a family name in capitals; "M.A." is dotted
        return ("." in t or sum(c.isupper() for c in t) >= 2 or fold(t).rstrip(".") in ("jr", "sr")) and post_nominal_key(t) in self.suffixes

    def _word_ok(self, tk: Token) -> bool:
        if tk.kind != "word":
            return False
        t = tk.text
        if self._degree_shaped(tk):
            return False
        if fold(t) in self.not_names:
            return False
        if self._plural_of_org_noun(fold(t)):
            return False  # "the Mechanical and Electronic Workshops", "Animal Services"
        if _FIELD_END.search(t):
            return False  # "Marseille Protéomique", "Werkstoffe der Elektrotechnik": a field of study
        return bool(_CAP_WORD.match(t))

    def name_or_ordinary_word(self, tk: Token) -> bool:
        """A word a name may carry, or one refused only for being an ordinary
        word ("He", "Fall", "An"), not for the shape of a degree, an
        organisation or a field of study."""
        return self._word_ok(tk) or (tk.kind == "word" and fold(tk.text) in self.not_names and bool(_CAP_WORD.match(tk.text)))

    def _family_ok(self, tk: Token) -> bool:
        if self._word_ok(tk):
            return True
        if tk.kind == "word" and ELIDED_FAMILY.fullmatch(tk.text):
            return True  # "Artur d'Avila", "Nicolas Baillot d’Étiaux": a particle run in by an apostrophe
        if self._degree_shaped(tk):
            return False  # "Jo Bloggs LATG", "Anna Berg MSc"
        # "Wei WANG" is a family name in capitals; "Daxing CDC" (no vowel) is an acronym
        return (
            tk.kind == "word" and bool(_UPPER_WORD.match(tk.text)) and fold(tk.text) not in self.not_names and fold(tk.text) not in self.acronyms and len(tk.text) >= 2
            and bool(re.search(r"[AEIOUYÀ-ÖØ-Ý]", tk.text))
        )

    def _initial(self, tk: Token) -> bool:
        # "RV" in "the RV Falkor" is a ship's prefix, not initials
        if tk.kind == "word" and _HYPHEN_INITIALS.fullmatch(tk.text):
            return True  # "H-M Maischein": hyphenated initials without full stops
        return tk.kind == "init" or (tk.kind == "word" and bool(_INITIALS_BARE.match(tk.text)) and len(tk.text) <= 2 and (len(tk.text) == 1 or fold(tk.text) not in self.not_names))

    @staticmethod
    def _family_an(toks: list[Token], p: int, n: int) -> bool:
        """"An" as the family name, last after given names ("Nguyen Van An", "Kang An")."""
        return toks[p].text == "An" and not (p + 1 < n and toks[p + 1].text[:1].isupper())

    def _ordinary_family(self, tk: Token) -> bool:
        """A capitalised ordinary word that may be a family name after a given
        name and an initial ("West", "He", "Irish"), never a word of grammar,
        a post or the head of an organisation's name."""
        t = fold(tk.text)
        return (
            tk.kind == "word"
            and bool(_CAP_WORD.match(tk.text))
            and t not in _NEVER_FAMILY
            and t not in self.org_heads
            and not self._plural_of_org_noun(t)
            and not _FIELD_END.search(tk.text)
            and not self._degree_shaped(tk)
        )

    def _ordinary_given(self, toks: list[Token], k: int, n: int) -> bool:
        """A given name that is a word of the pack's own vocabulary ("Grant"),
        read as one only when initials and a family name follow it."""
        tk = toks[k]
        if tk.kind != "word" or not _CAP_WORD.match(tk.text) or fold(tk.text) in COMMON or fold(tk.text) in self.org_heads or fold(tk.text) not in self.not_names:
            return False
        q = k + 1
        while q < n and self._initial(toks[q]):
            q += 1
        return q > k + 1 and q < n and self._family_ok(toks[q])

    @staticmethod
    def _particles_then_family(toks: list[Token], q: int, n: int) -> bool:
        """Whether particles start at ``q`` and a capitalised family name follows ("zu Bentrup", "de la Torre")."""
        p = q
        while p < n and toks[p].kind == "word" and fold(toks[p].text) in PARTICLES and toks[p].text[:1].islower():
            p += 1
        return p > q and p < n and toks[p].text[:1].isupper()

    # --- one name starting at i
    def match_at(self, toks: list[Token], i: int, stop: int | None = None) -> NameSpan | None:
        """The longest name starting at token ``i`` (before ``stop``)."""
        n = stop if stop is not None else len(toks)
        j = title_end(toks, i, n)
        titled = j > i
        first = j
        back = i
        while back > 0 and (is_title(toks[back - 1]) or (toks[back - 1].text == "." and back > 1 and is_title(toks[back - 2]))):
            back -= 1
        if self._after_ship_word(toks, back):
            return None  # "R/V Roger Revelle", "CCGS Sir Wilfrid Laurier", "DFO Ship Sir John Franklin": a ship
        # "German Minngram", "Irish Bagsic", "Summer Lee": a given name that is also an ordinary
        # word, followed by a family name and nothing capitalised after it
        if (
            first + 1 < n
            and toks[first].kind == "word"
            # after a title any capitalised word may be a given name ("Dr. She Chen", "Ms. May Lee")
            and (fold(toks[first].text) in self.common_given_names or (titled and toks[first].text.isalpha() and len(toks[first].text) <= 12))
            and toks[first].text[:1].isupper()
            # "Mr. Jim Fellows", "Dr. Ann Head": after a title and a given name, a family name that is also a word
            and (self._word_ok(toks[first + 1]) or (titled and toks[first + 1].kind == "word" and bool(_CAP_WORD.match(toks[first + 1].text)) and fold(toks[first + 1].text) not in self.org_heads and fold(toks[first + 1].text) not in ("and", "or", "of", "at", "for", "the")))
            and (first + 2 >= n or not (toks[first + 2].kind == "word" and toks[first + 2].text[:1].isupper()))
            # (not "Dr. Kerstin Höner zu Bentrup": a particle carries the family name on)
            and not self._particles_then_family(toks, first + 2, n)
            and (titled or i == 0 or not (toks[i - 1].kind == "word" and toks[i - 1].text[:1].isupper() and fold(toks[i - 1].text) not in _OPENERS))
        ):
            return NameSpan(first, first + 2, "", toks[first].start, toks[first + 1].end, titled)
        given = 0
        initials = 0
        k = j
        degree_at = -1
        # given names and initials
        while k < n:
            tk = toks[k]
            if given >= 2 and self._post_nominal_end(toks, k, n) > k:
                degree_at = k  # "Anna Berg B.Sc", "Anna Berg M. Sc.": the degree is no initial
                break
            if self._initial(tk) and not (k + 1 < n and toks[k + 1].kind == "punct" and toks[k + 1].text in ",;" and given + initials == 0 and not titled):
                initials += 1
                k += 1
                continue
            if (self._word_ok(tk) or (tk.text == "An" and k + 1 < n and given_an(toks[k + 1].text))) and k + 1 < n and (
                self._word_ok(toks[k + 1]) or self._initial(toks[k + 1]) or fold(toks[k + 1].text) in PARTICLES or self._family_ok(toks[k + 1]) or (given == 0 and fold(toks[k + 1].text) in self.surname_words)
            ):
                given += 1
                k += 1
                if given >= 3:
                    break
                continue
            if given + initials == 0 and self._ordinary_given(toks, k, n):
                given += 1  # "Grant L. Harley": a given name that is also a word, then initials and a family name
                k += 1
                continue
            break
        if degree_at == k and self._family_ok(toks[k - 1]):
            given -= 1
            k -= 1
        # particles
        p = k
        while p < n and toks[p].kind == "word" and fold(toks[p].text) in PARTICLES and toks[p].text[:1].islower() | (toks[p].text in ("De", "Del", "Van", "Von", "Di", "Da", "Dos", "Le", "La", "Los", "Las", "Du", "Al", "El", "Bin")):
            p += 1
        # family name
        end = None
        if p < n and (
            self._family_ok(toks[p])
            or (p == k and given >= 1 and initials >= 1 and self._ordinary_family(toks[p]))
            # ("Robert West", "Anna English": after a given name, a word the pack knows as a family name)
            or (p == k and given >= 1 and toks[p].kind == "word" and fold(toks[p].text) in self.surname_words and bool(_CAP_WORD.match(toks[p].text)))
            # ("Nguyen Van An", "Kang An": the family name "An", last after given names)
            or (p == k and given >= 1 and self._family_an(toks, p, n))
        ):
            # ("Matthew J. West", "Kevin J. He": after a given name and an initial, a family name that is also a word)
            end = p + 1
            # a double family name ("Querol Audi", "García López")
            if end < n and self._word_ok(toks[end]) and given + initials >= 1 and (initials >= 1 or given >= 1) and self._double_family(toks, end, n):
                end += 1
        elif p > k and p < n and toks[p].kind == "word" and toks[p].text[:1].isupper() and (fold(toks[p].text) not in self.not_names or self._family_an(toks, p, n)):
            end = p + 1  # (not "Parques Nacionales Naturales de Colombia": a country after the particle)
        elif p > k and given + initials >= 1 and toks[p - 1].text[:1].isupper():
            end = p  # "K. Du", "J. De", "A. Van": a particle that is the family name
        if end is None:
            # "Dr Smith": a title and a family name alone; a name ending in a
            # given name that was read as a family name ("Ann B. Smith" is fine)
            if titled and first < n and self._family_ok(toks[first]):
                end = first + 1
            elif (
                given == 1
                and initials >= 1
                and k == first + 1 + initials
                and all(self._initial(t) and fold(t.text).rstrip(".") not in self.legal_forms for t in toks[first + 1 : k])
                and self._family_ok(toks[first])
            ):
                end = k  # "Bruckova K.", "Smith JA": a family name and its initials, reference style
                end = k
                given -= 1
            else:
                return None
        if given + initials == 0 and not titled:
            # "Smith J" (family then initials), else no name
            if end < n and self._initial(toks[end]) and toks[end].kind == "word" and len(toks[end].text) <= 2 and not (end + 1 < n and self._family_ok(toks[end + 1])):
                end += 1
            else:
                return None
        name_end = end
        if end < n and toks[end].kind in ("word", "abbr", "init"):
            end = self._post_nominal_end(toks, end, n)  # "Karl Hahn PhD", "Jo Bloggs LATG": read past, kept out of the name
        # "UC Berkeley Tissue Culture Facility", "Lawrence Berkeley National
        # Laboratory", "Basic Energy Sciences": a name never runs straight
        # into another capitalised word
        if end < n and toks[end].kind == "word" and toks[end].text[:1].isupper() and toks[end].start - toks[end - 1].end <= 1:
            return None
        if end + 1 < n and toks[end].text in ("'s", "’s") and fold(toks[end + 1].text) in self.org_heads:
            pass  # "Smith's lab": a person; the caller decides what the lab is
        # "Adjuvant Bank", "Keck Observatory": an organisation's head noun ends it
        if fold(toks[end - 1].text) in self.org_heads and not titled:
            return None
        # all-capital tokens only ("NIH", "EMBL") are acronyms, not names
        core = toks[first:name_end]
        # "Charité Universitätsmedizin Berlin": an organisation's head inside the words, then its city
        if not titled and any(t.kind == "word" and fold(t.text) in self.org_heads and fold(t.text) not in self.surname_org_nouns for t in core[:-1]):
            return None
        if all(t.kind == "word" and _UPPER_WORD.match(t.text) for t in core):
            return None
        if all(self._initial(t) for t in core):
            return None
        # "Laboratory of Chimie Générale": a name after an organisation's "of" is part of it
        if first == i and i > 1 and not titled and fold(toks[i - 1].text) in ("of", "de", "du", "des", "di", "del", "für") and fold(toks[i - 2].text) in self.org_heads:
            return None
        # "Infrastructures of Strategic Relevance", "Agencia de Medio Ambiente", "Biomédicas en Retrovirus
        # y SIDA", "Werkstoffe der Elektrotechnik": capitalised words joined by "of" or its kin to a
        # capitalised word before them continue a proper name, they do not start a person's
        if (
            first == i
            and i > 1
            and not titled
            and toks[i - 1].text in ("of", "de", "du", "des", "di", "del", "für", "der", "en", "y", "e")
            and toks[i - 2].kind == "word"
            and toks[i - 2].text[:1].isupper()
            and not is_title(toks[i - 2])
            and fold(toks[i - 2].text) not in ("courtesy", "because", "instead", "outside")
        ):
            return None
        if first == i and i > 0 and not titled:
            prev = toks[i - 1]
            if prev.kind == "word" and prev.text[:1].isupper() and fold(prev.text) not in _OPENERS and prev.end + 1 >= toks[i].start:
                return None  # "HHMI Science Education Alliance": part of a longer proper name
        # "the NOAA ship Bell Shimada", "the fishing vessel Nordic Pearl", "RV Sonne": a ship's name
        if first == i and i > 0 and not titled and self.is_ship_word(toks[i - 1].text):
            return None
        cs, ce = core[0].start, core[-1].end
        return NameSpan(first, end, "", cs, ce, titled)

    def _double_family(self, toks: list[Token], i: int, n: int) -> bool:
        """Whether the capitalised word at ``i`` continues a family name:
        only when the name is then followed by a separator, a bracket or a
        preposition (so "Ann Smith Foundation" is not a name)."""
        if i + 1 >= n:
            return True
        nxt = toks[i + 1]
        return nxt.kind == "punct" or fold(nxt.text) in ("and", "for", "at", "of", "from", "in", "who", "with")

    def find(self, text: str, toks: list[Token] | None = None) -> list[NameSpan]:
        """Every name in ``text``, left to right, not overlapping."""
        toks = toks if toks is not None else tokenize(text)
        out: list[NameSpan] = []
        i = 0
        while i < len(toks):
            tk = toks[i]
            if not tk.text[:1].isupper() and not is_title(tk):
                i += 1  # a name starts at a capital or a title ("professor Kim Park")
                continue
            sp = self.match_at(toks, i)
            if sp is not None:
                out.append(NameSpan(sp.start, sp.end, text[sp.char_start : sp.char_end], sp.char_start, sp.char_end, sp.titled))
                i = sp.end
            else:
                i += 1
        return out

    def whole(self, text: str) -> NameSpan | None:
        """The name when ``text`` is one name and nothing else (a title and
        trailing punctuation allowed)."""
        toks = tokenize(text)
        while toks and toks[-1].kind == "punct":
            toks.pop()
        if not toks:
            return None
        sp = self.match_at(toks, 0)
        if sp is None or sp.end != len(toks):
            return None
        return NameSpan(sp.start, sp.end, text[sp.char_start : sp.char_end], sp.char_start, sp.char_end, sp.titled)
