"""Find technical credit in a parsed paper: named technical contributors,
facilities and teams thanked, and authors identifiable as technical staff.

Acknowledgements are read sentence by sentence. Each sentence is cut into
(who, what for) pairs: "We thank A, B and C for technical assistance, D for
comments, and the X facility" gives three pairs; passive ("... were provided
by A and B"), subject ("A and B assisted with ...") and "assistance of X"
forms are read too. The purpose decides: a technical role or service stated
(explicit), a technical task only (inferred), or something else (discussion,
reagents, funding: not technical credit). Vocabulary comes from the pack
(``lexicons/attribution.yaml``) through spaCy phrase matchers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .model import (
    AcknowledgedPerson,
    FacilityCredit,
    FacilityMention,
    Location,
    Manuscript,
    TechnicalContributor,
)
from .names import fold, parse_name, same_person
from .nlp import Lexicon, lexicon, split_camel

KEYS = (
    "thanks",
    "explicit",
    "inferred",
    "negative",
    "negative_people_only",
    "facility_nouns",
    "facility_domains",
    "team_nouns",
    "resource_only",
    "technical_affiliations",
    "technical_contributions",
    "non_routine",
)

_ABBREV = re.compile(
    r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|Fig|Figs|Eq|No|Nos|vs|e\.g|i\.e|et al|al|approx|ca|cf|Jr|Sr|Inc|Ltd|Co|Dept|Univ|U\.S|U\.K)|\b[A-Z])\.$"
)
_ORG_WORDS = (
    "university|universit[éa]|institute|institut|instituto|department|project|team|staff|consortium|agency|foundation|"
    "program|programme|center|centre|centro|facility|facilities|core|platform|laboratory|laboratories|lab|labs|unit|"
    "service|services|office|hospital|school|faculty|division|network|society|council|trust|fund|ministry|company|"
    "corporation|inc|ltd|gmbh|group|association|organi[sz]ation|commission|board|bank|biobank|repository|station|"
    "collection|resource|bioresource|bioresourse|initiative|museum|garden|reserve|preserve|authority|administration|"
    "veterinary|clinic|college|academy|observatory|survey"
)
_ORG_RE = re.compile(rf"\b(?:{_ORG_WORDS})s?\b", re.I)
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w’'.\-/]*|[0-9][\w\-]*[A-Z][\w\-]*)"
_RUN = re.compile(rf"(?<![\w\-]){_CAP}(?:(?:\s+(?:of|for|and|on|in|de|des|du|la|le|the|at|&)\s+|\s+){_CAP})*")
_USED_BEFORE = re.compile(r"\b(?:at|in|by|using|through|via|within|on|from|with)\s+(?:the\s+)?(?:[\w\-]+\s+){0,1}$", re.I)
_DATA_SOURCE = re.compile(r"\b(?:data|datasets?|downloaded|databases?|retrieved|publicly|public|repository|archive|accession|deposited)\b", re.I)
_PARTICLES = {"van", "von", "de", "der", "den", "da", "dos", "das", "del", "della", "di", "du", "la", "le", "ten", "ter", "bin", "al", "el", "y"}
_TITLES = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Sir|Dame)\.?\s+")
_LEAD = re.compile(
    r"^(?:\s|,|;|:|and\b|also\b|to\b|especially\b|particularly\b|in particular\b|sincerely\b|warmly\b|very much\b|"
    r"the following(?: people| persons| individuals| colleagues)?\b|following\b|kindly\b)+",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:(?:was|were|has been|have been|is|are)\s+(?:kindly\s+|generously\s+|expertly\s+|ably\s+|skilfully\s+|skillfully\s+)?"
    r"(?:provided|performed|carried out|done|conducted|given|undertaken|supplied|made|handled|maintained|run|generated|prepared|collected)"
    r"|(?:written|developed|built|constructed|designed|created|implemented|maintained|performed|carried out|prepared|fabricated|machined))\s+by\s+",
    re.I,
)
_SUBJ_VERB = re.compile(
    r"\s(?:kindly\s+|also\s+)?(?:assisted|helped|performed|carried out|conducted|prepared|built|constructed|maintained|developed|"
    r"wrote|provided|supplied|gave|generated|collected|processed|ran|operated|contributed|designed|fabricated|"
    r"machined|bred|raised|reared|sorted|sequenced|imaged|analy[sz]ed)\b",
    re.I,
)
_OF_ENTITY = re.compile(r"\b(?:assistance|support|help|expertise|contribution|contributions|work|efforts|service|services)\s+(?:of|from|by)\s+", re.I)
_THANKS_LEAD = re.compile(
    r"\b(?:thank(?:s|ed)?(?:\s+(?:(?:are|is)\s+)?(?:due|extended|go|goes)\s+(?:also\s+)?to)?|(?:are|is|am|were|remain)\s+(?:very\s+|most\s+|deeply\s+|sincerely\s+|especially\s+)?(?:grateful|indebted|thankful)\s+(?:to|for)|"
    r"(?:gratefully\s+)?acknowledg(?:e|es|ed|ing)(?:\s+with\s+thanks)?|(?:would|wish|like)\s+to\s+(?:thank|acknowledge)|"
    r"gratitude\s+(?:is\s+(?:expressed|extended)\s+)?to|appreciat(?:e|ion\s+(?:to|for))|(?:are|is)\s+(?:gratefully\s+)?acknowledged)\b",
    re.I,
)
_OF_PURPOSE = re.compile(
    r"^\s*(?:to\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,8}?(?:assistance|support|help|expertise|facilities|services|contributions?|work|efforts)\s+(?:of|from|provided\s+by)\s+",
    re.I,
)
_CLAUSE_END = re.compile(r"\s+(?:while|who|whose|which|when|during|prior\s+to|before|after|since|as\s+part\s+of|in\s+order)\b", re.I)
_APPOSITIVE = re.compile(r"^(?:a|an|at|in|based|part\s+of|which|who|located|funded|operated|supported|hosted)\s")
_PLACE_ORG = re.compile(r"^(?:the\s+)?(?:University|Universit[éa]|College|Institute|School)\b.*$|^[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*\s+(?:University|College)$")
_SUPPORTED_BY = re.compile(r"\b(?:supported|funded|assisted|aided)\s+(?:in\s+part\s+)?by\b", re.I)
_FOR = re.compile(r"\bfor\b", re.I)
_ORG_FOR = re.compile(rf"(?:{_ORG_WORDS})s?\s+$", re.I)


@dataclass
class Item:
    text: str
    start: int  # offset in the sentence
    kind: str  # person | org | other
    paren: str = ""


@dataclass
class Pair:
    entities: list[Item]
    purpose: str
    sentence: str
    mode: str  # thanks | passive | subject | of | supported
    role_hint: str = ""  # words beside the entities that are not names ("our technician")


@dataclass
class Detection:
    contributors: list[TechnicalContributor] = field(default_factory=list)
    facilities: list[FacilityCredit] = field(default_factory=list)
    people: list[AcknowledgedPerson] = field(default_factory=list)
    mentions: list[FacilityMention] = field(default_factory=list)


_GENERIC_WORDS = frozenset(
    "the of at and for in on a an facility facilities core cores platform platforms unit units service services centre center "
    "centres centers laboratory laboratories lab labs shared resource resources university universite universidad institute "
    "institut department school faculty college".split()
)


def _distinctive(name: str) -> set[str]:
    """The words that identify a facility ("bioimaging", "genomics"),
    without generic nouns and places of the institution."""
    words = re.findall(r"[a-z0-9]+", fold(split_camel(name)))
    return {w for w in words if w not in _GENERIC_WORDS and len(w) > 1}


def credited(name: str, m: Manuscript) -> bool:
    """Whether the paper credits a facility: its identifying words all
    appear in the acknowledgements, funding statement or an author's
    affiliation (or, for a bare "the core facility", any facility noun)."""
    texts = [s.text for s in m.sections if s.kind in ("acknowledgements", "funding")]
    texts += [aff for a in m.authors for aff in a.affiliations]
    texts += [f.name for f in m.facilities]
    hay = set(re.findall(r"[a-z0-9]+", fold(split_camel(" ".join(texts)))))
    want = _distinctive(name)
    if not want:
        return bool(hay & {"facility", "facilities", "core", "platform"})
    return want <= hay


# ------------------------------------------------------------- sentences


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; initials ("S. Sun"), titles and
    common abbreviations do not end a sentence."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[\"'“(]?[A-ZÀ-Þ0-9])", text):
        before = text[start : m.end()]
        tail = before[-12:]
        if _ABBREV.search(tail):
            continue
        # "PJC." style author initials inside a sentence are rare; accept the split
        seg = text[start : m.end()].strip()
        if seg:
            out.append((start + (len(text[start:]) - len(text[start:].lstrip())), seg))
        start = m.end()
    seg = text[start:].strip()
    if seg:
        out.append((start + (len(text[start:]) - len(text[start:].lstrip())), seg))
    return out


# ---------------------------------------------------------------- masking


def _mask(s: str) -> str:
    """A copy of ``s`` in which separators inside parentheses and inside
    organisation names ("Center for Emerging and Zoonotic Diseases") are
    hidden, so that splitting on commas, "and" and "for" respects them."""
    chars = list(s)
    depth = 0
    for i, ch in enumerate(s):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth and ch in ",;":
            chars[i] = "\x00"
    masked = "".join(chars)
    for m in _RUN.finditer(s):
        run = m.group(0)
        if not _ORG_RE.search(run) or not re.search(r"\s(?:for|and|of|&)\s", run):
            continue
        seg = list(masked[m.start() : m.end()])
        for w in re.finditer(r"\s(for|and|&)\s", run):
            for k in range(w.start(1), w.end(1)):
                seg[k] = "\x00"
        masked = masked[: m.start()] + "".join(seg) + masked[m.end() :]
    # parentheses contents: hide "for" / "and" too
    out = list(masked)
    depth = 0
    for i, ch in enumerate(s):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth and ch.isalpha():
            out[i] = "\x01" if out[i] != "\x00" else "\x00"
    return "".join(out)


def _split_items(s: str, base: int = 0) -> list[tuple[int, str]]:
    """Top-level comma / "and" / "&" separated items with offsets."""
    masked = _mask(s)
    cuts: list[tuple[int, int]] = []
    for m in re.finditer(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|;\s*", masked):
        cuts.append((m.start(), m.end()))
    items: list[tuple[int, str]] = []
    pos = 0
    for a, b in cuts:
        items.append((pos, s[pos:a]))
        pos = b
    items.append((pos, s[pos:]))
    out = []
    for off, t in items:
        lead = len(t) - len(t.lstrip())
        t2 = t.strip()
        if t2:
            out.append((base + off + lead, t2))
    return out


# ------------------------------------------------------------ entities


def _name_tokens(text: str) -> list[str]:
    return [t for t in re.split(r"\s+", text.strip()) if t]


def looks_like_person(text: str, not_names: set[str]) -> bool:
    t = _TITLES.sub("", text.strip().strip(",.;:"))
    t = re.sub(r"\s*\([^)]*\)\s*$", "", t).strip()
    if not t or any(ch.isdigit() for ch in t) or len(t) > 60:
        return False
    toks = _name_tokens(t)
    if len(toks) < 2 or len(toks) > 5:
        return False
    words = 0
    for i, tok in enumerate(toks):
        core = tok.strip(".,")
        low = fold(core)
        if low in _PARTICLES and 0 < i < len(toks) - 1:
            continue
        if low in not_names and not re.fullmatch(r"[A-Z]\.?", core):
            return False
        if re.fullmatch(r"(?:[A-Z]\.?-?){1,3}", core) or re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Z]?", core):
            continue  # initials
        if core[:1].isupper() and (core[1:].islower() or re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’]+)*", core) or re.fullmatch(r"(?:Mc|Mac|O'|D'|De|Di|Le|La)[A-Z][a-zß-ÿ]+", core)):
            words += 1
            continue
        return False
    return words >= 1 and not all(len(tk.strip(".")) <= 3 and tk.strip(".").isupper() for tk in toks)


def classify_item(text: str, not_names: set[str]) -> Item:
    paren = ""
    m = re.search(r"\(([^()]*)\)\s*$", text)
    core = text
    if m:
        paren = m.group(1).strip()
        core = text[: m.start()].strip()
    core = _LEAD.sub("", core).strip()
    if looks_like_person(core, not_names):
        return Item(core, 0, "person", paren)
    # "Sam Lee at the Flow Cytometry Core", "Tom Daniel of the University of X"
    at = re.match(r"^(.+?)\s+(?:at|from|of|in)\s+(?:the\s+)?(.+)$", core)
    if at and looks_like_person(at.group(1), not_names):
        return Item(at.group(1), 0, "person", at.group(2) + (f" ({paren})" if paren else ""))
    low = core.lower()
    # an organisation starts with an article, a group word or a capital and names one
    starts_ok = low.startswith(("the ", "members ", "staff ", "all ")) or core[:1].isupper()
    has_cap = bool(re.search(r"\b[A-ZÀ-Þ][\w\-]", core))
    if starts_ok and (_ORG_RE.search(split_camel(core)) and has_cap or re.search(r"\bstaff\b", low)):
        full = f"{core} ({paren})" if paren and not paren.lower().startswith("for ") else core
        return Item(full, 0, "org", paren)
    return Item(core, 0, "other", paren)


# ------------------------------------------------------------- the parser


class Detector:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.lex: Lexicon = lexicon(data, KEYS)
        self.not_names = {fold(str(w)) for w in data.get("not_names") or []}

    # ---- purposes
    def purpose_class(self, purpose: str, *, for_org: bool = False) -> tuple[str, str]:
        """("explicit" | "inferred" | "negative" | "none", matched words)."""
        if not purpose.strip():
            return "none", ""
        hits = self.lex.hits(split_camel(purpose))
        labels = {h.label for h in hits}
        first = {h.label: h.text for h in reversed(hits)}
        if "negative" in labels and re.search(r"\bfinancial|\bfunding\b", purpose, re.I):
            return "negative", first["negative"]
        if "explicit" in labels:
            return "explicit", first["explicit"]
        if "negative" in labels:
            return "negative", first["negative"]
        if "negative_people_only" in labels and not for_org:
            return "negative", first["negative_people_only"]
        if "inferred" in labels:
            return "inferred", first["inferred"]
        return "none", ""

    def is_facility_name(self, name: str) -> str | None:
        """"facility" | "team" | "resource_centre" when an organisation
        name denotes one, else None."""
        text = split_camel(name)
        hits = self.lex.hits(text)
        labels = {h.label for h in hits}
        if "resource_only" in labels:
            return None
        low = fold(text)
        if "team_nouns" in labels and re.search(r"\b(?:staff|team|technicians|personnel|scientists|engineers|operators)\b", low):
            return "team"
        nouns = [h.text.lower() for h in hits if h.label == "facility_nouns"]
        if any(n in ("bioresource", "stock center", "stock centre", "resource center", "resource centre", "consortium", "biobank", "repository", "collection") for n in nouns):
            return "resource_centre"
        strong = any(n.rstrip("s") in ("facility", "facilitie", "core", "core facility", "platform", "technology platform", "shared resource") for n in nouns)
        if strong:
            return "facility"
        if nouns and "facility_domains" in labels:
            return "facility"
        return None

    # ---- sentence -> pairs
    def pairs(self, sentence: str) -> list[Pair]:
        out: list[Pair] = []
        masked = _mask(sentence)
        m = _PASSIVE.search(masked)
        if m:
            tail = _CLAUSE_END.split(sentence[m.end() :], maxsplit=1)[0]
            ents = self._entities(tail.rstrip(" .,"), m.end())
            if ents:
                purpose = sentence[: m.start()]
                out.append(Pair(ents, purpose, sentence, "passive"))
                return out
        m = _THANKS_LEAD.search(masked)
        if m:
            region_start = m.end()
            out.extend(self._thanks_region(sentence, region_start))
            # "X is acknowledged for ..." / "X are thanked for ..." : subject before the verb
            if re.match(r"(?:are|is)\s+(?:gratefully\s+)?acknowledged|thanked", m.group(0), re.I) or m.group(0).lower().startswith(("are ", "is ")):
                subj = sentence[: m.start()]
                ents = self._entities(subj, 0)
                if ents:
                    fm = _FOR.search(_mask(sentence[m.end() :]))
                    purpose = sentence[m.end() + fm.end() :] if fm else sentence[m.end() :]
                    out.append(Pair(ents, purpose, sentence, "thanks"))
            if out:
                return out
        mo = _OF_ENTITY.search(masked)
        if mo:
            ents = self._entities(re.split(r"\s+(?:for|with|in|during)\s+", sentence[mo.end() :])[0].rstrip(" ."), mo.end())
            if ents:
                out.append(Pair(ents, sentence[: mo.end()], sentence, "of"))
                return out
        ms = _SUBJ_VERB.search(masked)
        if ms and ms.start() > 0:
            ents = self._entities(sentence[: ms.start()], 0, strict=True)
            if ents:
                out.append(Pair(ents, sentence[ms.start() :], sentence, "subject"))
                return out
        msb = _SUPPORTED_BY.search(masked)
        if msb:
            ents = self._entities(sentence[msb.end() :].rstrip(" ."), msb.end())
            ents = [e for e in ents if e.kind == "org"]
            if ents:
                out.append(Pair(ents, "", sentence, "supported"))
        return out

    def _role_hint(self, region: str) -> str:
        """Non-name items of an entity list ("our technician")."""
        hints = []
        for _, t in _split_items(region, 0):
            if classify_item(t, self.not_names).kind == "other":
                hints.append(t)
        return " ".join(hints)

    def _entities(self, region: str, base: int, *, strict: bool = False) -> list[Item]:
        items: list[Item] = []
        for off, t in _split_items(region, base):
            if items and _APPOSITIVE.match(t):
                break  # "X Facility, a national capability, at Y, Z University": the rest describes X
            it = classify_item(t, self.not_names)
            it.start = off
            if items and it.kind == "org" and items[-1].kind == "org" and _PLACE_ORG.match(it.text):
                items[-1].text = f"{items[-1].text}, {it.text}"  # "the Genomics Core, Example University"
                continue
            if it.kind == "other":
                if strict:
                    return []
                continue
            items.append(it)
        return items

    def _thanks_region(self, s: str, start: int) -> list[Pair]:
        pairs: list[Pair] = []
        region = s[start:]
        mo = _OF_PURPOSE.match(_mask(region))
        if mo:
            # "the facilities and scientific and technical assistance of the X Facility"
            ents = self._entities(re.split(r"\s+(?:for|with|during)\s+", region[mo.end() :])[0].rstrip(" ."), start + mo.end())
            if ents:
                return [Pair(ents, region[: mo.end()], s, "of")]
        masked = _mask(region)
        # pieces separated by ";"
        pieces = []
        pos = 0
        for m in re.finditer(r";", masked):
            pieces.append((pos, region[pos : m.start()]))
            pos = m.end()
        pieces.append((pos, region[pos:]))
        for poff, piece in pieces:
            pmask = _mask(piece)
            fors = [f for f in _FOR.finditer(pmask) if not _ORG_FOR.search(piece[: f.start()]) or not re.match(r"\s+[A-Z]", piece[f.end() :])]
            base = start + poff
            if not fors:
                ents = self._entities(piece.rstrip(" ."), base)
                if ents:
                    pairs.append(Pair(ents, "", s, "thanks"))
                continue
            ent_start = 0
            i = 0
            while i < len(fors):
                f = fors[i]
                ent_text = piece[ent_start : f.start()]
                j = i + 1
                purpose_end = len(piece)
                next_ent_start = None
                while j < len(fors):
                    between = piece[f.end() : fors[j].start()]
                    items = _split_items(between, 0)
                    k = len(items)
                    while k > 0 and classify_item(items[k - 1][1], self.not_names).kind != "other":
                        k -= 1
                    if k < len(items):
                        next_ent_start = f.end() + items[k][0]
                        # the purpose runs up to the separator before the next entities
                        purpose_end = next_ent_start
                        break
                    j += 1  # no entities: this "for" belongs to the purpose
                purpose = piece[f.end() : purpose_end].strip(" ,;.")
                purpose = re.sub(r"(?:,?\s*(?:and|&))$", "", purpose).strip(" ,")
                ents = self._entities(ent_text, base + ent_start)
                if ents:
                    pairs.append(Pair(ents, purpose, s, "thanks", self._role_hint(ent_text)))
                if next_ent_start is None:
                    break
                ent_start = next_ent_start
                i = j
        return pairs

    # ---- facilities where the work is described
    _GENERIC_FAC = re.compile(
        r"\b(?:the\s+)?((?:[a-z][a-z\-]+\s+){1,4}(?:core\s+facility|facility|core|platform|shared\s+resource|unit))\b"
    )

    def facility_mentions(self, m: Manuscript) -> list[FacilityMention]:
        """Facilities, cores and platforms named in the methods and figure
        legends: capitalised names ("the Bioimaging Facility of the
        University of X", "Genomics Core") and technical lower-case ones
        ("the flow cytometry core facility")."""
        out: list[FacilityMention] = []
        seen: set[str] = set()
        for sec in m.sections:
            if sec.kind not in ("methods", "figure_legends"):
                continue
            for block in sec.blocks:
                text = block.text
                cands: list[str] = []
                for run in _RUN.finditer(text):
                    name = re.split(r"\.\s", run.group(0))[0].strip(" .,;:")
                    name = re.sub(r"^(?:The|A|An|In|At|On|Using|Images|Data)\s+", "", name)
                    cands.append((name, run.start() + run.group(0).find(name)))
                for g in self._GENERIC_FAC.finditer(text):
                    cands.append((g.group(1), g.start(1)))
                for name, pos in cands:
                    if re.match(r"\s*(?:kits?|reagents?|buffers?|mix|master)\b", text[pos + len(name) : pos + len(name) + 12], re.I):
                        continue  # "qPCR Core kit" is a product
                    dot = text.rfind(". ", 0, pos)
                    sent_start = dot + 2 if dot >= 0 else 0
                    sent_end = text.find(". ", pos)
                    sentence = text[sent_start : sent_end if sent_end > 0 else len(text)]
                    before = text[max(sent_start, pos - 60) : pos]
                    # "(X Facility)" after a technique counts; after an acronym it only spells the acronym out
                    paren_use = before.rstrip().endswith("(") and not re.search(r"\b[A-Z]{2,}[a-z]?\s*\($", before)
                    used = bool(_USED_BEFORE.search(before)) or paren_use
                    if not used or _DATA_SOURCE.search(sentence):
                        continue  # named, but not as where the work was done (a data source, a product)
                    if len(name) < 4 or len(name) > 120:
                        continue
                    kind = self.is_facility_name(name)
                    if kind != "facility":
                        continue
                    if self._resource_only(name):
                        continue
                    # a lower-case name must carry a technical domain word ("the imaging facility")
                    if name[:1].islower() and not any(h.label == "facility_domains" for h in self.lex.hits(name)):
                        continue
                    key = " ".join(sorted(_distinctive(name)))
                    if not key or key in seen:
                        continue
                    seen.add(key)
                    out.append(FacilityMention(name=name, section_kind=sec.kind, location=block.location, evidence=sentence.strip()[:400]))
        return out

    # ---- a paper
    def detect(self, m: Manuscript) -> Detection:
        det = Detection()
        authors = [a.name for a in m.authors]
        seen_people: dict[str, int] = {}
        seen_fac: dict[str, int] = {}
        for sec in m.sections:
            if sec.kind != "acknowledgements":
                continue
            for block in sec.blocks:
                for _, sent in split_sentences(block.text):
                    for pair in self.pairs(sent):
                        self._credit(pair, block.location, authors, det, seen_people, seen_fac)
        self._authors(m)
        det.mentions = self.facility_mentions(m)
        return det

    def _credit(self, pair: Pair, loc: Location, authors: list[str], det: Detection, seen_people: dict[str, int], seen_fac: dict[str, int]) -> None:
        for e in pair.entities:
            # "Diamond Light Source" is shaped like a name but is a facility
            if e.kind == "person" and any(h.label in ("resource_only", "facility_nouns", "team_nouns") for h in self.lex.hits(split_camel(e.text))):
                e.kind = "org"
        people = [e for e in pair.entities if e.kind == "person"]
        orgs = [e for e in pair.entities if e.kind == "org"]
        purpose = pair.purpose
        # "(for their support during ...)" as a parenthetical purpose
        if not purpose.strip():
            for e in pair.entities:
                if e.paren.lower().startswith("for "):
                    purpose = e.paren[4:]
        pclass, pwords = self.purpose_class(purpose)
        oclass, _ = self.purpose_class(purpose, for_org=True)
        # facilities tied to the people: in parentheses, in the purpose ("at the Nikon Imaging Center"), or "the other X staff"
        tied: list[str] = []
        for p in people:
            if p.paren and self.is_facility_name(p.paren):
                tied.append(p.paren)
        # "Dr A and Dr B (Imaging Core Facility)": the parenthesis closing a list names everyone's facility
        if len(people) > 1 and people[-1].paren and self.is_facility_name(people[-1].paren):
            for p in people[:-1]:
                if not p.paren:
                    p.paren = people[-1].paren
        # "our technician, Mary Smith": a role named beside the people
        if pclass != "explicit" and pair.role_hint:
            rclass, rwords = self.purpose_class(pair.role_hint)
            if rclass == "explicit":
                pclass, pwords = "explicit", rwords
        fac_in_purpose = None
        for fm in re.finditer(r"\b(?:at|in|of|from)\s+(?:the\s+)?((?:[A-Z][\w\-]*\s+){0,6}(?:[A-Z][\w\-]*))", purpose):
            cand = fm.group(1)
            if self.is_facility_name(cand):
                fac_in_purpose = cand
                break
        group_orgs = [o for o in orgs if re.search(r"\bother\b", o.text, re.I) and (self.is_facility_name(o.text) == "team" or re.search(r"\bstaff\b", o.text, re.I))]
        explicit_by_tie = bool(tied or fac_in_purpose or (group_orgs and people))
        for p in people:
            name = _TITLES.sub("", p.text).strip()
            is_author = any(same_person(name, a) for a in authors)
            technical = pclass in ("explicit", "inferred") or (explicit_by_tie and pclass != "negative")
            basis = "explicit" if (pclass == "explicit" or (explicit_by_tie and pclass != "negative")) else "inferred"
            key = fold(name)
            if key not in seen_people:
                seen_people[key] = len(det.people)
                det.people.append(
                    AcknowledgedPerson(
                        name=name,
                        purpose=purpose.strip(),
                        category="technical" if technical else "other",
                        is_author=is_author,
                        location=loc,
                    )
                )
            if not technical:
                continue
            fac = p.paren if p.paren and self.is_facility_name(p.paren) else (fac_in_purpose or (group_orgs[0].text if group_orgs else None))
            det.contributors.append(
                TechnicalContributor(
                    name=name,
                    role_words=(purpose.strip() or pwords or (fac or "")).strip(),
                    basis=basis,  # type: ignore[arg-type]
                    is_author=is_author,
                    facility=_clean_org(fac) if fac else None,
                    location=loc,
                    evidence=pair.sentence.strip(),
                )
            )
            if fac:
                self._facility(_clean_org(fac), "facility", [name], False, purpose, pair.sentence, loc, det, seen_fac)
        for o in orgs:
            kind = self.is_facility_name(o.text)
            org_name = _clean_org(o.text)
            if self._resource_only(o.text + " " + purpose):
                continue
            provides_stocks = bool(re.search(r"\b(?:strains?|stocks?|lines|mutants?|clones?|mice|flies|seeds?)\b", purpose, re.I))
            if oclass == "negative" and not provides_stocks:
                continue
            if provides_stocks and kind in (None, "facility"):
                kind = "resource_centre"  # an organisation thanked for strains or stocks is a resource centre
            if pair.mode == "of" and oclass not in ("explicit", "inferred") and kind != "facility":
                continue
            if kind is None:
                if oclass != "explicit":
                    continue
                kind = "team"
            elif oclass == "none" and pair.mode == "supported" and kind != "facility":
                continue
            elif oclass == "none" and kind == "team" and not purpose.strip() and pair.mode != "thanks":
                continue
            named = [(_TITLES.sub("", p.text).strip()) for p in people] if (kind == "team" and re.search(r"\bother\b", o.text, re.I)) else []
            unnamed = bool(re.search(r"\b(?:other|the)\b.*\bstaff\b|\bstaff\b", o.text, re.I)) and bool(named)
            self._facility(org_name, kind, named, unnamed, purpose, pair.sentence, loc, det, seen_fac)

    def _resource_only(self, text: str) -> bool:
        return any(h.label == "resource_only" for h in self.lex.hits(split_camel(text)))

    def _facility(self, name: str, kind: str, named: list[str], unnamed: bool, purpose: str, sentence: str, loc: Location, det: Detection, seen: dict[str, int]) -> None:
        key = fold(re.sub(r"^(?:the\s+)?(?:other\s+)?", "", name, flags=re.I))
        if key in seen:
            fc = det.facilities[seen[key]]
            merged = list(dict.fromkeys([*fc.named_staff, *named]))
            det.facilities[seen[key]] = fc.model_copy(update={"named_staff": merged, "unnamed_staff": fc.unnamed_staff or unnamed})
            return
        seen[key] = len(det.facilities)
        det.facilities.append(
            FacilityCredit(
                name=name,
                kind=kind,  # type: ignore[arg-type]
                named_staff=named,
                unnamed_staff=unnamed,
                purpose=purpose.strip() or None,
                location=loc,
                evidence=sentence.strip(),
            )
        )

    # ---- authors
    def _authors(self, m: Manuscript) -> None:
        lead = {str(r) for r in self.data.get("leadership_roles") or []}
        for i, a in enumerate(m.authors):
            evidence = None
            contrib = " ".join(a.roles_as_written)
            if contrib:
                hits = [h for h in self.lex.hits(contrib) if h.label == "technical_contributions"]
                if hits:
                    evidence = f'contribution statement: "{contrib.strip()[:200]}"'
            if evidence is None:
                for aff in a.affiliations:
                    hits = [h for h in self.lex.hits(split_camel(aff)) if h.label == "technical_affiliations"]
                    if not hits:
                        continue
                    if any(h.label == "resource_only" for h in self.lex.hits(split_camel(aff))):
                        continue
                    if set(a.roles) & lead or re.search(r"\b(?:conceived|conception|designed the study|supervis)", contrib, re.I):
                        continue
                    kind = self.is_facility_name(aff) or ("facility" if re.search(r"eresearch|research computing|technical services", aff, re.I) else None)
                    if kind is None:
                        continue
                    evidence = f'affiliation: "{aff.strip()[:200]}"'
                    break
            if evidence:
                m.authors[i] = a.model_copy(update={"technical": True, "technical_evidence": evidence})


def _clean_org(text: str) -> str:
    t = re.sub(r"^(?:the\s+)?(?:other\s+)?", "", text.strip(), flags=re.I) if re.match(r"^the\s+other\b", text, re.I) else text.strip()
    t = re.sub(r"\s+staff$", "", t) if re.match(r"^(?:the\s+)?other\b", text, re.I) else t
    return t.strip(" ,.;")


_DETECTORS: dict[tuple[int, str], Detector] = {}


def detector_for(lexicons: dict[str, Any]) -> Detector:
    """The detector for these pack lexicons (built once per process and
    matching backend)."""
    from .nlp import backend

    data = lexicons.get("attribution") or {}
    key = (id(data), backend())
    det = _DETECTORS.get(key)
    if det is None:
        det = _DETECTORS[key] = Detector(data)
    return det


def detect(manuscript: Manuscript, lexicons: dict[str, Any]) -> Manuscript:
    """A copy of the manuscript with technical contributors, facilities,
    acknowledged people and technical authors filled in."""
    det = detector_for(lexicons)
    # a shallow copy: detection replaces authors and lists, never mutates them
    m = manuscript.model_copy()
    m.authors = list(m.authors)
    found = det.detect(m)
    m.technical_contributors = found.contributors
    m.facilities = found.facilities
    m.acknowledged_people = found.people
    m.facility_mentions = found.mentions
    m.detected = True
    return m
