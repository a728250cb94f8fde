"""The pack's attribution vocabulary, compiled once per process into the
one phrase matcher and the predicates the readers use."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from .people import NameFinder
from .text import Hit, PhraseMatcher, fold, split_camel, stem
from .words import ReaderWords, alt

# Matcher labels: every key whose phrases are matched in running text.
PHRASE_KEYS = (
    "role_titles",
    "explicit",
    "inferred",
    "negative",
    "negative_people_only",
    "facility_nouns_strong",
    "facility_nouns_weak",
    "facility_domains",
    "team_nouns",
    "technical_team_nouns",
    "service_domains",
    "equipment_nouns",
    "task_heads",
    "task_objects",
    "activity_nouns",
    "artifact_nouns",
    "analysis_nouns",
    "resource_only",
    "place_orgs",
    "funder_words",
    "technical_affiliations",
    "technical_job_titles",
    "technical_contributions",
    "non_routine",
)


class AttributionLexicon:
    """Predicates over text, built from ``lexicons/attribution.yaml``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.matcher = PhraseMatcher({k: [str(p) for p in data.get(k) or []] for k in PHRASE_KEYS})
        # head nouns only: the last word of each organisation phrase ("research vessel" -> vessel)
        org_words = set()
        for k in ("facility_nouns_strong", "facility_nouns_weak", "place_orgs"):
            for p in data.get(k) or []:
                words = str(p).split()
                if words:
                    org_words.add(fold(words[-1]))
        self.words = ReaderWords(data.get("reader_words"))
        self._org_stems = {stem(w) for w in org_words if len(w) > 2} | {stem(w) for w in self.words.set("organisation_words") | self.words.set("company_trades")}
        self._team_stems = {stem(fold(w)) for k in ("team_nouns", "technical_team_nouns") for p in data.get(k) or [] for w in str(p).split()}
        self.names = NameFinder([str(w) for w in data.get("not_names") or []], [str(w) for w in data.get("technique_acronyms") or []], self.words)
        self._technique_acronyms = {fold(str(p)) for p in data.get("technique_acronyms") or []}
        self._role_fields = {fold(str(p)) for p in data.get("role_titles") or [] if fold(str(p)).endswith("ing")}
        # a clause of its own in a purpose: "allowed the use of the ICP-MS and assisted us with the measurements"
        doing = alt(v.lstrip("=") for v in self.list("subject_verbs"))
        self._clause_verb = re.compile(rf"^(?:(?:also|kindly|generously|patiently|further|then|later)\s+)?(?:{doing})\b", re.IGNORECASE)
        self._cache_lock = threading.Lock()

    # ------------------------------------------------------------ basics
    def list(self, key: str) -> list[str]:
        return [str(p) for p in self.data.get(key) or []]

    def hits(self, text: str, labels: tuple[str, ...] | None = None) -> list[Any]:
        return _hits(self, text, labels)

    def labels(self, text: str) -> set[str]:
        return {h.label for h in self.hits(text)}

    # ------------------------------------------------------------ organisations
    def service_unit(self, name: str) -> bool:
        """An organisation whose name says it is a unit serving a technical
        field: "the Joint Genome Institute", "the University of Minnesota
        Supercomputing Institute", "Research Computing at the University of
        X", "the Division for Medical Research Engineering". A university,
        research institute or department named by its subject ("the
        University of Engineering and Technology", "the National Institute
        of Plant Genome Research", "the Department of Chemistry") and a
        funder are not."""
        if self.funder(name) or self.words.not_technical_place.search(name):
            return False
        for h in self.hits(name):
            if h.label not in ("facility_domains", "service_domains"):
                continue
            before, after = name[: h.start], name[h.end :]
            if re.match(r"(?:\s+[\w\-]+){0,2}?\s+(?:institute|unit|cent(?:er|re)|division|services?|group|team|core|lab|laboratory|platform|facility|hub|consortium)\b", after, re.IGNORECASE):
                return True
            if re.search(r"\b(?:division|unit|service|office)\s+(?:of|for)\s+(?:[\w\-]+\s+){0,3}$", before, re.IGNORECASE):
                return True
            if re.fullmatch(r"\s*(?:the\s+)?", before, re.IGNORECASE) and not re.match(r"\s+(?:and|&)\b", after):
                return True  # "Research Computing at the University of Virginia"
        return False

    def org_head(self, text: str) -> bool:
        """Whether ``text`` contains a word that heads an organisation's name
        (a hyphenated compound by its last part: "Max Planck-Genome-centre")."""
        return any(self._org_word(w) for w in re.findall(r"[^\W\d_][\w'\-]*", split_camel(text)))

    def _org_word(self, word: str) -> bool:
        return stem(fold(word)) in self._org_stems or ("-" in word and stem(fold(word.rsplit("-", 1)[1])) in self._org_stems)

    def last_org_head_end(self, run: str) -> int:
        end = 0
        for m in re.finditer(r"[^\W\d_][\w'\-]*", run):
            if self._org_word(m.group(0)):
                end = m.end()
        return end

    def is_team_word(self, word: str) -> bool:
        return stem(fold(word)) in self._team_stems

    def is_team(self, text: str) -> bool:
        """"the staff of X", "the X team", "the captain and crew"."""
        hits = self.hits(text)
        return any(h.label in ("team_nouns", "technical_team_nouns") for h in hits) or any(_plural_title(h) for h in hits)

    def is_technical_team(self, text: str) -> bool:
        """"the technicians", "the crew of RV X", "the support staff",
        "the technical and administrative staff"."""
        hits = self.hits(text)
        if any(h.label == "technical_team_nouns" for h in hits) or _COMPOUND_ROLE.search(text) or _TECH_TEAM.search(text):
            return True
        # a job title in the plural is a team: "the laboratory assistants", "the animal care technicians"
        return any(_plural_title(h) for h in hits)

    def _post(self, h: Any) -> bool:
        """Whether a hit is a job title as written: a field of work found
        through its post's stem ("Bioprocess Engineering" through
        "engineer") is a department's name, no post, unless the pack lists
        the field as one ("research software engineering")."""
        if h.label != "role_titles":
            return False
        t = fold(h.text)
        return not t.endswith("ing") or t in self._role_fields

    def is_role(self, text: str) -> bool:
        """Whether ``text`` is or carries a technical job title (compounds
        such as "physiotechnician" and "histotechnologist" included)."""
        return any(self._post(h) for h in self.hits(text)) or bool(_COMPOUND_ROLE.search(text))

    def ends_in_role(self, text: str) -> bool:
        """Whether ``text`` ends in a job title ("lab manager", "Imaging
        Facility technician"): a post, even when it names a place first."""
        t = text.rstrip(" .,;")
        return any(self._post(h) and h.end >= len(t) for h in self.hits(t)) or bool(_COMPOUND_ROLE.search(t.split()[-1] if t.split() else ""))

    def without_role(self, text: str) -> str:
        """``text`` without the job title it ends in: "Imaging Facility
        technician" -> "Imaging Facility"."""
        t = text.rstrip(" .,;")
        last = re.search(r"\s+(?:manager|technicians?|technologists?|officer|specialist|scientist|engineer|coordinator|lead|head|director|assistant|operator)$", t, re.IGNORECASE)
        if last and self.facility_kind(t[: last.start()]):
            return t[: last.start()].rstrip(" ,;-–")
        ends = sorted((h for h in self.hits(t) if h.label == "role_titles" and h.end >= len(t) and h.start > 0), key=lambda h: -h.start)
        for h in ends:  # the shortest title that leaves a facility's name
            rest = t[: h.start].rstrip(" ,;-–")
            if self.facility_kind(rest):
                return rest
        return text

    def technique_acronym(self, word: str) -> bool:
        """Whether an acronym names a known technique, alone or as its last
        part ("HRTEM", "ICP-MS", "cryo-EM")."""
        w = fold(word).replace("/", "-")
        if any(w == t or w.endswith(t) or w.endswith("-" + t) for t in self._technique_acronyms):
            return True
        # two techniques joined ("FTIR-ATR", "SEM-EDS"): a known one among the parts
        return "-" in w and any(part in self._technique_acronyms for part in w.split("-"))

    def place_org(self, text: str) -> bool:
        """An affiliation or place ("Example University", "the University
        of X", "Boston, MA") rather than a facility."""
        t = text.strip()
        if self.facility_kind(t) or re.match(r"^(?:the\s+|all\s+)?(?:staff|team|crew|personnel|technicians|members)\b", t, re.IGNORECASE):
            return False
        if any(h.label == "place_orgs" for h in self.hits(t)):
            return True
        return bool(re.fullmatch(r"(?:[A-Z][\w\-]+\s*){1,3}(?:,\s*(?:[A-Z]{2}|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))?", t)) and not self.org_head(t)

    def facility_kind(self, name: str) -> str | None:
        """"facility", "team" or "resource_centre" when an organisation's
        name makes it one, else None."""
        return _facility_kind(self, name)

    def resource_only(self, text: str) -> bool:
        return any(h.label == "resource_only" for h in self.hits(text))

    def funder(self, text: str) -> bool:
        return any(h.label == "funder_words" for h in self.hits(text))

    # ------------------------------------------------------------ purposes
    def has_work(self, purpose: str, *, bare: bool = True) -> bool:
        """Whether any of a purpose's coordinated parts is not a negative one
        ("comments and contributions to the pipeline"); with ``bare=False``
        a bare "support" or "help" beside a negative part is not work
        ("discussion and support")."""
        if not purpose.strip():
            return False
        for _, seg in _conjuncts(self, purpose.strip()):
            if _GIFT_OF.match(seg) or _one_purpose(self, seg, False)[0] == "negative":
                continue
            if not bare and _BARE_SUPPORT.match(seg.strip()):
                continue
            return True
        # "assistance in experimental design, execution, and data collection": help with a list of
        # things, some of them work
        lm = _HELP_WITH_LIST.match(purpose.strip())
        if lm:
            items = [x for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", lm.group("list")) if x.strip()]
            if len(items) > 1 and any(_one_purpose(self, lm.group("head") + x, False)[0] != "negative" for x in items):
                return True
        return False

    def money_for(self, purpose: str) -> bool:
        """Whether a purpose is money for a task ("funding the collection of
        the samples"), which no work on the task makes technical."""
        return self.words.money_head.match(purpose.strip()) is not None

    def purpose_class(self, purpose: str, *, for_org: bool = False) -> tuple[str, str]:
        """("explicit" | "inferred" | "negative" | "none", the words that decided)."""
        purpose = self.words.respell(purpose)  # "technical asistance"
        purpose = _ACRONYM_DASH.sub("-", purpose)  # "ICP–OES", "LC‐MS": one acronym, whatever the dash
        out = _purpose_class(self, purpose, for_org)
        if out[0] == "negative" and not for_org and self.words.field_help.search(out[1]):
            # "assistance in the field and laboratory tests", "help in the field and in the lab": one
            # help given in the field (not technical work) and with something that is
            lm = _HELP_WITH_LIST.match(purpose.strip())
            items = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", lm.group("list")) if x.strip()] if lm else []
            for item in items[1:]:
                head = lm.group("head") if lm else ""
                phrase = (re.sub(r"\s+(?:in|with|on|for|during)\s+$", " ", head) if _PREP.match(" " + item) else head) + item
                got = self.purpose_class(phrase)
                if got[0] in ("explicit", "inferred"):
                    return got
        if out[0] == "none" and not for_org:
            # "support in the molecular laboratory", "help in our lab": hands-on help where lab work is done
            # (not "in the Smith lab": a colleague's group)
            lab = _LAB_HELP.search(purpose)
            if lab:
                return "inferred", lab.group(0)
        if not for_org and (out[0] == "none" or (out[0] == "negative" and re.fullmatch(r"(?i)use of|access|provided|providing", out[1]))):
            # "training on the flow cytometer", "access and training for the use of the X": teaching
            # the authors an instrument or a technique, a facility's service to its users
            tr = self.words.training.search(purpose)
            if tr and any(h.label in ("equipment_nouns", "service_domains", "facility_domains") for h in self.hits(tr.group("what"))):
                return "inferred", tr.group(0)[:60].strip()
        if out[0] == "none" and not for_org:
            # "implemented the GMM specializer", "help with implementing the rotational boost into MESA":
            # something built in code for the research (not "implementation of the trial")
            code = self.words.code_building.search(purpose)
            if code and not self.words.not_built.search(code.group("what")):
                return "inferred", code.group(0)[:60].strip()
            made = self.words.software_made.search(purpose)
            if made:
                return "inferred", made.group(0)[:60].strip()
            if "ic" in purpose:
                # "microscopic work", "cytometric analysis": a technique named by its adjective reads as
                # the technique the pack knows ("microscopy", "cytometry")
                named = _ADJECTIVE_OF_FIELD.sub(lambda m: m.group(1) + "y" if self.labels(m.group(1) + "y") & _FIELD_LABELS else m.group(0), purpose)
                if named != purpose:
                    got = _purpose_class(self, named, for_org)
                    if got[0] in ("explicit", "inferred"):
                        return got
        return out


# an adjective of a technique ("microscopic", "spectroscopical"): its stem, to which "y" gives the technique
# (techniques named for how they look, measure or record: "-scopy", "-metry", "-graphy"; not fields
# of study, "pathological examinations" being a clinician's)
_ADJECTIVE_OF_FIELD = re.compile(r"\b([a-z]*(?:scop|metr|graph))(?:ical|ic)\b")
_FIELD_LABELS = frozenset({"service_domains", "facility_domains", "explicit", "inferred"})


@lru_cache(maxsize=32768)
def _hits_cached(lex_id: int, text: str) -> tuple[Any, ...]:
    lex = _BY_ID[lex_id]
    return tuple(lex.matcher.hits(split_camel(text)) if _CAMEL.search(text) else lex.matcher.hits(text))


_CAMEL = re.compile(r"[a-z]{2}[A-Z][a-z]")
_TECH_TEAM = re.compile(r"\btechnical\b[^,;()]{0,30}?\b(?:staffs?|teams?|personnel|crews?)\b", re.IGNORECASE)
_COMPOUND_ROLE = re.compile(r"\b\w+(?:technicians?|technologists?)\b", re.IGNORECASE)
_BY_ID: dict[int, AttributionLexicon] = {}


def _hits(lex: AttributionLexicon, text: str, labels: tuple[str, ...] | None) -> list[Any]:
    _BY_ID[id(lex)] = lex
    hs = _hits_cached(id(lex), text)
    if labels is None:
        return list(hs)
    return [h for h in hs if h.label in labels]


def _plural_title(h: Any) -> bool:
    return bool(h.label == "role_titles" and re.search(r"(?:[^s]s|staff|personnel)$", h.text, re.IGNORECASE))


def _covered(h: Any, others: list[Any]) -> bool:
    return any(o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start) for o in others)


_SEP = re.compile(r"\s*(?:,|;|\band\b|\bor\b|\bas well as\b|&)\s*", re.IGNORECASE)
_GERUND = re.compile(r"^(?:(?:the|their|his|her|our|its|a|an|also)\s+)?(?:[a-z\-]+ly\s+)?[a-z]{3,}ing\b", re.IGNORECASE)


def _conjuncts(lex: AttributionLexicon, purpose: str) -> list[tuple[int, str]]:
    """A purpose cut into coordinated purposes: "help with imaging and
    helpful discussions" is two; "access to X, Y and Z" is one (an item
    starts a new purpose only when it opens with a purpose head: a support
    noun, a negative or explicit phrase, a role, or a gerund)."""
    heads = {stem(w) for w in lex.list("support_nouns")}
    out: list[tuple[int, str]] = []
    pos = 0
    start = 0
    depth = 0
    cuts: list[tuple[int, int]] = []
    phrases = [h for h in lex.hits(purpose) if h.label in ("explicit", "inferred", "negative", "role_titles", "service_domains")]
    for m in _SEP.finditer(purpose):
        depth = purpose.count("(", 0, m.start()) - purpose.count(")", 0, m.start())
        inside = any(h.start < m.start() and m.end() < h.end for h in phrases)  # "up and running"
        if depth == 0 and not inside:
            cuts.append((m.start(), m.end()))
    for a, b in cuts:
        nxt_end = next((x for x, _ in cuts if x > b), len(purpose))
        seg = purpose[b:nxt_end]
        opens = _opens_purpose(lex, seg, heads)
        if not opens and re.search(r"\band\b", purpose[a:b]) and lex._clause_verb.match(seg.strip()):
            opens = True  # "allowed the use of the ICP-MS and assisted us with the measurements": a clause of its own
        prev = purpose[start:a]
        if opens == "task" and (_one_purpose(lex, prev, False)[0] != "negative" or _PREP.search(prev)):
            opens = False  # "help with the 2D gels, mass spectrometry and MASCOT analysis": one object list
        seg_words = re.findall(r"[^\W\d_][\w\-']*", seg)
        if opens and lex.words.gift.match(purpose[start:a].strip()) and seg_words and fold(seg_words[-1]) in lex.words.materials and len(seg_words) <= 4 and not re.match(r"\s*\w+ing\s+(?:the|a|an|our|their|his|her|its|all|these|those|some|each|them)\b", seg, re.IGNORECASE):
            opens = False  # "sharing expression plasmids and purification protocols": two things given
        if opens and re.search(r"\b\w+ing\s*$", prev) and re.match(r"\s*\w+ing\s+\w+\s*\.?$", seg):
            opens = False  # "an enlightening and motivating visit": two adjectives sharing one noun
        if (
            opens
            and re.fullmatch(r"\s*[a-z\-]+(?:\s+[a-z\-]+){0,2}\s*", prev)
            and not re.match(r"\s*(?:for|with|in|on|to|of|from|during|the|a|an|his|her|their|its|our|my)\b", seg, re.IGNORECASE)
            and not any(_opens_purpose(lex, w, heads) for w in prev.split())
            and not any(h.start < a for h in phrases if h.start >= start)
        ):
            opens = False  # "constructive and informative discussions": an adjective that shares the noun after it
        if opens:
            out.append((start, purpose[start:a]))
            start = b
    out.append((start, purpose[start:]))
    del pos
    return [(o, t) for o, t in out if t.strip()]


def _opens_purpose(lex: AttributionLexicon, seg: str, heads: set[str]) -> bool | str:
    words = re.findall(r"[^\W\d_][\w\-']*", seg)[:4]
    if not words:
        return False
    if _GERUND.match(seg.strip()) or lex.words.gift.match(seg.strip()):
        return True
    lead = " ".join(words)
    for h in lex.hits(lead):
        if h.label in ("negative", "explicit", "role_titles") and h.start == 0:
            return True
        if h.label == "inferred" and h.start == 0:
            return "task"  # "..., subject recruitment, sample collection and sample processing"
        if h.label in ("negative", "explicit", "role_titles") and h.start <= len(words[0]) + 1 + (len(words[1]) if len(words) > 1 else 0):
            return True
        if h.label in ("activity_nouns", "analysis_nouns") and words[0].lower() in ("the", "their", "his", "her", "its"):
            return True  # "her advice and the EPO measurements performed in her laboratory"
    return any(stem(w.lower()) in heads for w in words[:3])


_FUNDED = re.compile(r"^(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:(?:also|partly|partially|in\s+part|generously)\s+)?(?:supported|funded|financed|sponsored)\b(?=.*\bby\b)", re.IGNORECASE)
_SUPPORT_VERBS = frozenset({"assisting", "helping", "supporting", "aiding"})
_DOING = frozenset({"conducting", "performing", "running", "carrying", "doing", "undertaking", "executing", "repeating"})
_WORD = re.compile(r"[^\W\d_][\w\-']*")
_BUILT_HEAD = re.compile(r"contribution|contributions|work|effort|efforts|involvement", re.IGNORECASE)
_SUPPORT_HEAD = re.compile(
    r"^(?:(?:the|their|his|her|our|its|a|an)\s+)?(?:[a-z\-]+\s+){0,2}?(?:help|assistance|support|expertise|services?|aid)\b",
    re.IGNORECASE,
)


# an instrument or technique written as an acronym ("AFM", "HRPD", "ICP-MS", "EDXS")
# "SEM", "ICP-MS", "fMRI"; and sequencing methods named "<acronym>-seq" ("RNA-seq", "MIG-seq", "ChIP-seq")
_TECHNIQUE_ACRONYM = re.compile(r"[a-z]?[A-Z][A-Z0-9]{1,5}(?:[-/][A-Z0-9]{1,5})?|[A-Z][A-Za-z0-9]{1,8}-[Ss]eq")

_BARE_SUPPORT = re.compile(
    r"^(?:(?:the|their|his|her|our|all|full|kind|generous|great|continuous|constant|continued|unfailing|invaluable|moral|general)\s+)*(?:help|assistance|support|aid|encouragement)\.?$",
    re.IGNORECASE,
)

_SHARED_MOD = re.compile(r"\b([a-z][a-z\-]+)\s+(?:and|&|or)\s+([a-z][a-z\-]+)\s+(work|analyses|analysis|measurements|experiments|assistance|support|help|tests|testing)\b", re.IGNORECASE)

_SHARED_LEAD = re.compile(r"\b([a-z][a-z\-]+)\s+([a-z][a-z\-]+)\s+(?:and|&)\s+([a-z][a-z\-]+)\b(?!\s+of\b)", re.IGNORECASE)
# "made and photographed the thin sections", "assembly and post-test analysis of the stacks": two
# words of work joined before the object they share
_SHARED_OBJECT = re.compile(r"^(?:(?:the|their|his|her|our)\s+)?(?P<a>[a-z][a-z\-]+)\s+(?:and|&)\s+(?:[a-z][a-z\-]+\s+)?[a-z][a-z\-]+\s+(?P<rest>(?:the|a|an|of|all|our|these|those)\s+.+)$", re.IGNORECASE)
_MODIFIED_HEAD = re.compile(
    r"^(?:(?:the|their|his|her|our)\s+)?(?P<mods>(?:[\w\-]+,\s+)*[\w\-]+,?\s+(?:and|&)\s+[\w\-]+)\s+(?P<head>help|assistance|support|expertise|aid)\b",
    re.IGNORECASE,
)


_HELP_WITH_LIST = re.compile(r"^(?P<head>(?:[\w\-]+\s+){0,3}?(?:assistance|help|support)\s+(?:in|with|on|for|during)\s+)(?P<list>.+)$", re.IGNORECASE)
_LAB_HELP = re.compile(r"\b(?:support|assistance|help)\s+(?:in|at)\s+(?:the|our|their|his|her)\s+(?:(?-i:[a-z])[\w\-]*\s+){0,2}(?:lab|labs|laboratory|laboratories)\b", re.IGNORECASE)


# ("discussion points regarding the analysis", "exchanges on the scenarios": talk about a topic, whatever it names)
_ADVICE_TOPIC = re.compile(
    r"\b(?P<adv>advice|discussions?|discussion\s+points|comments|suggestions|guidance|feedback|exchanges|conversations|information)\s+(?:on|about|regarding|concerning|of)\s+.*$",
    re.IGNORECASE,
)


def _purpose_class(lex: AttributionLexicon, purpose: str, for_org: bool) -> tuple[str, str]:
    p = purpose.strip()
    if not p:
        return "none", ""
    money = lex.words.money_head.match(p) or lex.words.arranged_head.match(p)
    if money:
        return "negative", money.group(0).strip()
    # "expertise and advice on measurement methods": what advice is about is its topic, not work done
    at = _ADVICE_TOPIC.search(p)
    if at and (at.start() > 0 or at.group("adv").lower() == "information"):
        p = p[: at.start()] + at.group("adv")  # ("information regarding animal husbandry": knowledge of it passed on)
    # "field, laboratory and graphics assistance": one head shared by its modifiers
    mh = _MODIFIED_HEAD.match(p)
    if mh:
        for mod in re.split(r",\s*|\s+(?:and|&)\s+", mh.group("mods")):
            got = _one_purpose(lex, f"{mod.strip()} {mh.group('head')}", for_org)
            if got[0] in ("explicit", "inferred"):
                return got
    best = ("none", "")
    rank = {"none": 0, "negative": 1, "inferred": 2, "explicit": 3}
    # "help with lab and field work": modifiers sharing their head are each a purpose
    shared = _SHARED_MOD.search(p)
    if shared:
        for mod in (shared.group(1), shared.group(2)):
            got = _one_purpose(lex, f"{p[: shared.start()]}{mod} {shared.group(3)}", for_org)
            if rank[got[0]] > rank[best[0]] and got[0] != "negative":
                best = got
    # "sample collection and processing": a material named once, the object of both tasks
    for lead in _SHARED_LEAD.finditer(p):
        if any(h.label == "task_objects" for h in lex.hits(lead.group(1))) and fold(lead.group(2)) not in lex.words.materials:
            got = _one_purpose(lex, f"{lead.group(1)} {lead.group(3)}", for_org)
            if rank[got[0]] > rank[best[0]] and got[0] != "negative":
                best = got
    so = _SHARED_OBJECT.match(p)
    if so:
        got = _one_purpose(lex, f"{so.group('a')} {so.group('rest')}", for_org)
        if rank[got[0]] > rank[best[0]] and got[0] != "negative":
            best = got
    segs = [seg for _, seg in _conjuncts(lex, p)]
    if lex.words.expertise_with_advice.search(p) and not lex.words.work_beside_expertise.search(p):
        # "technical expertise and inspirational discussions", "technical expertise and advice on the
        # models": expertise given beside talk is advice, whatever its field
        return "negative", "expertise"
    support = {stem(w) for w in lex.list("support_nouns")}
    for k, seg in enumerate(segs):
        gift = _GIFT_OF.match(seg)
        # "the donation of a GPU", "support for the loan of a microscope": a thing given, whatever it is
        got = ("negative", gift.group("gift")) if gift else _one_purpose(lex, seg, for_org)
        if got[0] == "none" and k + 1 < len(segs):
            # "assistance and advice with confocal microscopy": the object is shared
            words = re.findall(r"[^\W\d_][\w\-']*", seg)
            pp = _PREP.search(segs[k + 1])
            if words and stem(words[-1].lower()) in support and pp:
                got = _one_purpose(lex, f"{seg.rstrip()} {segs[k + 1][pp.start():].strip()}", for_org)
            # "acquiring and reducing the spectra": gerunds joined before the object they share
            shared_obj = re.match(r"\s*[a-z]+ing\s+(\S.*)", segs[k + 1], re.IGNORECASE)
            # (only where the second task alone is not work: its own reading stands)
            if got[0] == "none" and words and words[-1].lower().endswith("ing") and shared_obj and _one_purpose(lex, segs[k + 1], for_org)[0] not in ("explicit", "inferred"):
                got = _one_purpose(lex, f"{seg.rstrip()} {shared_obj.group(1)}", for_org)
        if rank[got[0]] > rank[best[0]]:
            best = got
    return best


# a thing given, named by the giving: "the donation of a Titan GPU", "support with the loan of the microscope"
_GIFT_OF = re.compile(
    r"^\s*(?:(?:the|their|his|her|its|a|an|kind|generous|generously|graciously)\s+)*(?:(?:support|help)\s+(?:for|with|through|in)\s+(?:the\s+|a\s+|an\s+)?)?"
    r"(?:(?:kind|generous)\s+)?(?P<gift>donations?|gifts?|loans?)\s+of\s",
    re.IGNORECASE,
)


# activities that are research, not a service run for the authors
_RESEARCH_ACTIVITY = re.compile(r"(?i)simulations?|model\s+runs|experiments?|experimental")


_PREP = re.compile(
    r"\s+(?:of|with|in|on|for|to|during|at|from|by|regarding|about|concerning|toward|towards|into|through|using|throughout|under|within)\b",
    re.IGNORECASE,
)


# "assistance in using HRPD", "help operating the rheometer": help using an instrument
_HELP_USING = re.compile(
    r"^(?:(?:the|their|his|her|our|kind|expert|generous|invaluable)\s+)*(?:help|assistance|support|aid)\s+(?:(?:in|with|on)\s+)?(?:using|operating|running|handling|setting\s+up)\s+\S",
    re.IGNORECASE,
)


# instrument words by their ending: rheometer, microscope, chromatograph, cyclotron, analyser
_INSTRUMENT_WORD = re.compile(
    r"\b(?:\w+(?:meters?|scopes?|graphs?|trons?|reactors?|furnaces?)|\w*(?:analy[sz]ers?|lasers?|cameras?|detectors?|robots?|beamlines?))\b", re.IGNORECASE
)


_WHEN = re.compile(
    r"^(?:(?:the|their|his|her|its|our|all|also|invaluable|great|kind|much|generous|essential|constant|valuable|"
    r"helpful|practical|excellent|enormous|continuous|continued)\s+)*(?P<head>[a-z]+)\s+"
    r"(?:during|throughout|over the course of|in the course of|while)\s+(?P<when>.+)$",
    re.IGNORECASE,
)


def _one_purpose(lex: AttributionLexicon, p: str, for_org: bool) -> tuple[str, str]:
    # "help during the experiment", "support throughout the field season": what follows a word
    # of time says when the help was given, not what it was; bare help stays bare unless that
    # phrase names a technical service, an instrument or a role ("assistance during the SEM sessions")
    got = _one_purpose_by_head(lex, p, for_org)
    if got[0] == "negative" and re.search(r"\bsupport$", got[1], re.IGNORECASE):
        # "their continuous support in providing the infrastructure for the analysis": the kind of
        # support is moral only when nothing technical follows it
        at = p.find(got[1])
        tail = re.match(r"\s+(?:in|with|for|on|of|during|through)\s+(?P<what>.+)$", p[at + len(got[1]) :], re.IGNORECASE) if at >= 0 else None
        if tail:
            inner = _one_purpose_by_head(lex, tail.group("what"), for_org)
            if inner[0] in ("explicit", "inferred"):
                return inner
    when = _WHEN.match(p.strip()) if got[0] == "inferred" else None
    if when and stem(when.group("head").lower()) in {stem(w) for w in lex.list("support_nouns")}:
        w = when.group("when")
        tail = [h for h in lex.hits(w) if h.label in ("explicit", "inferred", "service_domains", "equipment_nouns", "role_titles")]
        words = re.findall(r"[^\W\d_][\w\-']*", re.sub(r"^(?:the|this|these|our|their|all)\s+", "", w.strip(), flags=re.IGNORECASE))
        if not tail and len(words) <= 1 and not re.search(r"(?<![\w\-])[A-Z]{2,}[A-Za-z0-9\-]*", w):
            return "none", ""
    if got[0] == "none":
        # "help with SAXS data collection", "setting FISH conditions", "the NTA": work named by a
        # known instrumental technique, written as its acronym, with nothing negative said
        acr = [m.group(0) for m in re.finditer(r"(?<![\w\-])[A-Za-z]*[A-Z]{2}[A-Za-z0-9/\-]*(?![\w\-])", p) if _TECHNIQUE_ACRONYM.fullmatch(m.group(0).split("-")[-1]) or "-" in m.group(0)]
        acr = [a for a in acr if lex.technique_acronym(a) and a.upper() == a.replace("cryo", "CRYO").replace("micro", "MICRO").upper()]
        if acr and not [h for h in lex.hits(p) if h.label == "negative" or (h.label == "negative_people_only" and not for_org)]:
            return "inferred", acr[0]
    hu = _HELP_USING.match(p.strip())
    if got[0] == "none" and hu:
        obj = p.strip()[hu.end() - 1 :]
        # an instrument, not a software tool: "HRPD", "the rheometer", "the confocal microscope"
        if re.search(r"\b[A-Z][A-Z0-9\-]{1,6}\b", obj) or _INSTRUMENT_WORD.search(obj) or lex.hits(obj, ("equipment_nouns",)):
            return "inferred", p.strip()
    hw = _HELP_WITH_KIT.match(p.strip())
    if got[0] == "none" and hw:
        # "help with the flow cytometer", "assistance with the Tecan plate reader": help at an instrument is
        # help using it (the instrument ends the phrase; not "help with the database design")
        head = [h for h in lex.hits(hw.group("np"), ("equipment_nouns",)) if h.end == len(hw.group("np"))]
        if (head or _INSTRUMENT_WORD.fullmatch(hw.group("np").split()[-1])) and not lex.words.not_instrument_end.search(hw.group("np")):
            return "inferred", p.strip()
    return got


# "help with the flow cytometer", "assistance on the Tecan plate reader and GUS images": help at an instrument
_HELP_WITH_KIT = re.compile(
    r"^(?:(?:the|their|his|her|our|kind|expert|generous|invaluable|excellent|great)\s+)*(?:help|assistance|aid)\s+(?:with|on|at)\s+(?:the\s+|our\s+|their\s+)?"
    r"(?P<np>(?:[\w\-]+\s+){0,3}[\w\-]+?)(?=\s*(?:$|[,.;]|\s+and\s|\s+for\s|\s+in\s|\s+during\s))",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _facility_help(facility_nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A facility noun right before the help it gives, heading the purpose
    ("workshop support", "their excellent greenhouse assistance")."""
    nouns = alt(w.lstrip("=") for w in facility_nouns)
    # (what the purpose is, at its head: not "use of animals and facilities and help")
    return re.compile(rf"^\s*(?:[a-z]+\s+){{0,2}}?(?:{nouns})\s+(?:support|assistance|help)\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _technical_help(support_nouns: tuple[str, ...]) -> re.Pattern[str]:
    """Help called technical with words between ("technical laboratory
    assistance"), or help whose object is technical ("assistance with
    technical analyses")."""
    support = "|".join(re.escape(w) for w in support_nouns)
    return re.compile(
        rf"\btechnical\s+(?:[a-z\-]+\s+){{1,3}}?(?:{support})\b|\b(?:help|assistance|support|aid)\s+(?:with|in|on|for|during)\s+(?:the\s+|all\s+|our\s+)?technical\s+[a-z\-]+",
        re.IGNORECASE,
    )


def _gerunds(verb: str) -> set[str]:
    """The -ing forms a plain verb may take: "improve" -> "improving",
    "build" -> "building", "debug" -> "debugging"."""
    return {verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else verb + "ing", verb + verb[-1:] + "ing"}


_TECHNICALLY_HELPED = re.compile(
    r"\btechnically\s+(?:support|assist|help|aid)(?:s|ed|ing)?\b|\b(?:support|assist|help|aid)(?:s|ed|ing)?\s+technically\b", re.IGNORECASE
)
_ENGINEERING_SUPPORT = re.compile(r"\b[a-z]{3,}(?:onics|genics)\s+(?:support|assistance|help)\b", re.IGNORECASE)
_DATA_MADE = re.compile(r"\s+(?:generation|production|acquisition)\b", re.IGNORECASE)


def _one_purpose_by_head(lex: AttributionLexicon, p: str, for_org: bool) -> tuple[str, str]:
    """One purpose, decided by its head. A noun phrase's head is its last
    word before a preposition: "scripting advice" and "helpful discussions"
    are advice and discussions; "help with bisulfite sequencing" is help
    whose object is a technical service; "technical assistance" is
    explicit wherever it stands. A gift ("providing antibodies") is not
    work; a gerund ("preparing the samples", "maintaining the microscope")
    is judged by its task words."""
    s = p.strip()
    if _FUNDED.match(s):
        return "negative", _FUNDED.match(s).group(0)  # "was supported during manuscript preparation by the X": funding
    hits = lex.hits(s)
    # "taking care of the piglets", "rearing the zebrafish": animal care is a technical service
    animal = lex.words.animal_care.search(s)
    if animal:
        return "explicit", animal.group(0)
    # "maintaining the anaerobic chamber", "running the mass spectrometer": looking after equipment is a service
    care = lex.words.care.search(s)
    if care:
        tail = s[care.end() : care.end() + 60]
        eq_ends = [h.end for h in lex.hits(tail) if h.label == "equipment_nouns" and h.start <= 40]
        # an instrument by its word's ending: "the texture profile analyser", "the rheometer" (not help
        # to use one, "help operating the rheometer", which is judged below)
        if not re.search(r"\b(?:help|assistance|support|aid)\s+(?:(?:in|with|on)\s+)?$", s[: care.start()], re.IGNORECASE):
            eq_ends += [m.end() for m in _INSTRUMENT_WORD.finditer(re.split(r"[,;(]", tail, maxsplit=1)[0][:50])]
        # an instrument called by its technique, operated or kept: "operated the University of Oklahoma SEM"
        # (running a technique, "running the PCR", is a task: judged below)
        eq_ends += [] if care.group(0).lower().startswith(("run", "ran")) else [m.end() for m in re.finditer(r"[\w\-/]+", re.split(r"[,;(]", tail, maxsplit=1)[0][:50]) if _TECHNIQUE_ACRONYM.fullmatch(m.group()) and lex.technique_acronym(m.group())]
        if lex.words.mending.match(care.group(0)) or care.group(0).lower().startswith("operat"):
            # what is mended, serviced, set up or operated, by its initials: a machine or a system ("servicing
            # the DAS", "repairing the CTD", "troubleshooting the PMTs", "operating the COPS")
            acr = re.match(r"\s*(?:the\s+|our\s+|their\s+)?([A-Z][A-Z0-9]{1,5}s?)\b", tail)
            if acr and not lex.funder(acr.group(1)):
                eq_ends.append(acr.end())
        if eq_ends and not re.match(r"\s*(?:[\w\-]+\s+){0,4}?(?:sites?|plots?|relationships?|contacts?|records?)\b", tail, re.IGNORECASE):
            return "explicit", s[care.start() : care.end() + min(eq_ends)]
    # "biotechnical support", "histotechnical assistance": technical support, whatever the field before it
    # "technically supporting the study", "assisted technically": help the adverb calls technical, whatever the frame
    adv = _TECHNICALLY_HELPED.search(s)
    if adv:
        return "explicit", adv.group(0)
    comp = re.search(r"\b[a-z]{3,}technical\s+(?:support|assistance|help|work|expertise)\b", s, re.IGNORECASE)
    if comp and not comp.group(0).lower().startswith(("non", "socio", "poli")):
        return "explicit", comp.group(0)
    # "neutronics support", "electronics assistance", "cryogenics help": support in an engineering field
    eng = _ENGINEERING_SUPPORT.search(s)
    if eng:
        return "explicit", eng.group(0)
    neg = [h for h in hits if h.label == "negative" or (h.label == "negative_people_only" and not for_org)]
    if neg:
        # "sequencing data generation", "MRI data acquisition": data being made is work, not data given
        made = [h for h in neg if re.search(r"\bdata$", h.text, re.IGNORECASE) and _DATA_MADE.match(s[h.end :])]
        if made:
            neg = [h for h in neg if h not in made]
            hits = [h for h in hits if h not in made]
    # "technical laboratory assistance", "assistance with technical analyses": help named technical
    # with a word or two between, or help whose object is technical (not talk: "technical discussions")
    for tm in _technical_help(tuple(lex.list("support_nouns"))).finditer(s):
        if not any(h.end > tm.start() and h.start < tm.end() for h in neg):
            return "explicit", tm.group(0)
    # "workshop support", "greenhouse assistance": help a facility gives, named by the facility
    # (not a place things grow in: "greenhouse assistance" is help with the work done there, inferred)
    fm = _facility_help(tuple(lex.list("facility_nouns_strong"))).match(s)
    if fm and not lex.words.growing_place.search(fm.group(0)) and not any(h.end > fm.start() and h.start < fm.end() for h in neg):
        return "explicit", fm.group(0)
    if for_org:
        # "the X Core for expert technical advice": a word that is not work from a person
        # ("advice") is, inside a longer phrase only people are denied, a facility's service
        po = [q for q in hits if q.label == "negative_people_only"]
        inside = [h for h in neg if any(q.start <= h.start and h.end <= q.end and q.end - q.start > h.end - h.start for q in po)]
        if inside:
            neg = [h for h in neg if h not in inside]
            hits = [h for h in hits if h not in inside]
    # "processing of open headspace samples", "sample cleaning": a task on material
    heads = [h for h in hits if h.label == "task_heads"]
    objs = [h for h in hits if h.label == "task_objects"]
    for th in heads:
        for ob in objs:
            if ob.start < th.end and th.start < ob.end and lex.words.information_after.match(s[th.end :]):
                continue  # a task word that is its own object ("sectioned the brains") taken out of records: "extracting data"
            gap = s[th.end : ob.start] if ob.start >= th.end else s[ob.end : th.start]
            if ob.start < th.end and th.text.endswith("ing") and gap.strip(" -"):
                continue  # a gerund takes its object after it, or as a compound before it ("sample processing"),
                # never words away ("sample collections making fieldwork a pleasure")
            if len(gap.split()) <= 5 and not re.search(r"[,;]|\b(?:and|for|by)\b", gap):
                hits = hits + [Hit("inferred", min(th.start, ob.start), max(th.end, ob.end), s[min(th.start, ob.start) : max(th.end, ob.end)])]
                break
    # "the isolation procedure", "the extraction protocol": a task named as a laboratory procedure
    for th in heads:
        pm_ = lex.words.procedure_after.match(s[th.end :])
        if pm_:
            hits = hits + [Hit("inferred", th.start, th.end + pm_.end(), s[th.start : th.end + pm_.end()])]
    # "AFM experiments", "EPR measurements", "the HRPD runs": an activity named by its technique
    for act in (h for h in hits if h.label in ("activity_nouns", "analysis_nouns")):
        if any(n.start <= act.start and act.end <= n.end for n in hits if n.label == "negative"):
            continue  # "cluster analysis", "statistical tests"
        before = s[max(0, act.start - 40) : act.start]
        words_before = re.findall(r"[\w\-/]+", before)[-3:]
        tech = [h for h in hits if h.label == "service_domains" and act.start - 40 <= h.start and h.end <= act.start]
        funders = {h.text for h in hits if h.label in ("funder_words", "place_orgs")}
        acronyms = [w for w in words_before if _TECHNIQUE_ACRONYM.fullmatch(w) and w not in funders]
        if act.label == "analysis_nouns":
            # "HRTEM analysis", "ICP-MS analyses": an analysis is technical only by a known technique,
            # or by the material analysed ("soil analyses", "RNA analysis", "isotope analyses")
            acronyms = [w for w in acronyms if lex.technique_acronym(w)]
            if not acronyms and words_before and words_before[-1].lower() in lex.words.analytes:
                acronyms = [words_before[-1]]
            elif not acronyms and len(words_before) >= 2 and words_before[-2].lower() in lex.words.analytes and words_before[-1].islower():
                acronyms = [words_before[-2]]  # with a word between: "soil physicochemical analysis", "DNA metabarcoding analyses"
            if not acronyms:
                # "analysis of microarrays", "quantification of the soil nutrients": the material named after it
                of = re.match(r"\s+of\s+(?:the\s+|our\s+|these\s+|all\s+)?([\w\-]+)(?:\s+([\w\-]+))?", s[act.end :])
                if of and (of.group(1).lower() in lex.words.analytes or (of.group(2) or "").lower() in lex.words.analytes):
                    acronyms = [of.group(1)]
        if tech or acronyms:
            hits = hits + [Hit("inferred", min([act.start] + [t.start for t in tech]), act.end, s[min([act.start] + [t.start for t in tech]) : act.end])]
    # "SEM photographs", "confocal pictures": pictures named by the technique or instrument that made them
    for im in lex.words.image_product.finditer(s) if neg else ():
        word = re.search(r"([\w\-/]+)\s+$", s[max(0, im.start() - 40) : im.start()])
        made_by = word is not None and (
            (_TECHNIQUE_ACRONYM.fullmatch(word.group(1)) is not None and lex.technique_acronym(word.group(1)))
            or any(h.label in ("service_domains", "equipment_nouns") and h.end == im.start() - (len(word.group(0)) - len(word.group(1))) for h in hits)
        )
        if made_by:
            start = im.start() - len(word.group(0))
            neg = [h for h in neg if not (h.start >= start and h.end <= im.end())]
            hits = hits + [Hit("inferred", start, im.end(), s[start : im.end()])]
    pos = [h for h in hits if h.label in ("explicit", "role_titles", "inferred")]
    # a task verb done to records, not to material or apparatus: "assembling the data from the studies",
    # "compiling the metadata" (the same test as a task word that is its own object, above)
    pos = [h for h in pos if not (h.label == "inferred" and re.fullmatch(r"[a-z]+(?:ing|ed)", h.text) and lex.words.information_after.match(s[h.end :]))]
    pos = [h for h in pos if not _covered(h, neg)]
    neg = [h for h in neg if not _covered(h, pos)]
    gift = lex.words.gift.match(s)
    if gift:
        # "providing antibodies" is a gift; "providing technical support" is not
        after = s[gift.end() :]
        # "providing the X-ray images", "providing stable isotope mass spectrometer analyses": the
        # product of a technical service (its head says so), not a gift of material, data or access
        np_ = re.split(r"\s+(?:in|for|of|to|with|at|from|on|used|that|which)\s+|[,;(]", after.strip(), maxsplit=1)[0]
        head_ = (re.findall(r"[^\W\d_][\w\-']*", np_) or [""])[-1].lower()
        if re.fullmatch(r"analys[ie]s|measurements?|scans?|images?|spectra|spectrum|sequencing|characteri[sz]ations?|runs|assays|genotyping|readings|determinations|quantifications?|(?:photo)?micrographs|photo(?:graph)?s|pictures|tomograph(?:y|ies)|(?:chromato|diffracto|thermo)grams?", head_):
            # ("experimental images" are the experiments' pictures: the adjective names no technique that made them)
            made = [h for h in lex.hits(np_) if h.label in ("analysis_nouns", "activity_nouns", "service_domains", "explicit", "inferred") and h.text.lower() != "experimental"]
            if made:
                tech = [h for h in made if h.label in ("explicit", "service_domains")]
                return ("explicit", tech[0].text) if tech else ("inferred", made[0].text)
            # "providing HRMS spectra", "providing the UHPLC chromatograms": made by a technique named by its acronym
            acr = [w for w in re.findall(r"[\w\-/]+", np_) if _TECHNIQUE_ACRONYM.fullmatch(w) and lex.technique_acronym(w)]
            if acr:
                return "inferred", acr[0]
        support = {stem(w) for w in lex.list("support_nouns")}
        near = re.findall(r"[^\W\d_][\w\-']*", after)[:6]
        if not any(stem(w.lower()) in support for w in near) and not any(h.label in ("explicit", "role_titles") and h.start < gift.end() + 40 for h in pos):
            return "negative", gift.group(0)
        if after.strip() and any(stem(w.lower()) in support for w in near):
            # "providing laboratory testing support": the support given is judged as itself
            given = _one_purpose_by_head(lex, after.strip(), for_org)
            if given[0] in ("explicit", "inferred"):
                return given
    body = re.sub(r"^(?:(?:the|their|his|her|our|its|a|an|all|also|kindly|for)\s+)+", "", s, flags=re.IGNORECASE)
    lead = len(s) - len(body)
    pm = _PREP.search(body)
    np_end = lead + (pm.start() if pm else len(body))
    first_word = re.match(r"[^\W\d_][\w\-']*", body)
    fw = first_word.group(0).lower() if first_word else ""
    support_verb = fw in _SUPPORT_VERBS
    gerund = fw.endswith("ing") and len(fw) > 4 and not support_verb
    if gerund:
        # "outstanding assistance", "untiring efforts", "ongoing support": an adjective before the head
        nxt = re.match(r"[^\W\d_][\w\-']*\s+([^\W\d_][\w\-']*)", body)
        if nxt and stem(nxt.group(1).lower()) in {stem(w) for w in lex.list("support_nouns")}:
            gerund = False
    if gerund and fw in _DOING:
        # "conducting pilot experiments", "performing the SNP array analysis": doing an activity for the
        # authors ("carrying out tests on the MCF-7 cell line": what it was done on is no gift)
        acts = [h for h in hits if h.label in ("activity_nouns", "analysis_nouns", "service_domains") and h.start - lead <= 40]
        if acts and not [h for h in neg if h.start <= acts[0].start]:
            return "inferred", s[lead : acts[0].end]
    if gerund and np_end > lead:
        # "scripting advice": a noun phrase after all when a negative word ends it
        at_end = [h for h in neg if h.start < np_end <= h.end]
        if at_end and not re.search(r"\s(?:the|a|an|their|his|her|our|all)\s", body[: np_end - lead]):
            return "negative", at_end[0].text
    if not gerund and np_end > lead:
        # "the DAT-Cre transgenic mice", "DNA from a cell culture": a material at the head, with no
        # task or help named before it, is a gift
        # (an identifier in brackets after the material, closed or cut off, is not its head:
        # "the Cre construct (plasmid pML78)", "the anti-GFP antibody (clone 4G10")
        np_words = re.findall(r"[^\W\d_][\w\-']*", re.sub(r"\([^()]*\)|\s*\([^()]*$", " ", body[: np_end - lead]))
        # "cell culture", "tissue culture": a technique named by a material, uncounted (not "a cell culture")
        domains = {(h.start, h.end) for h in hits if h.label in ("facility_domains", "service_domains")}
        technique = bool(np_words) and not re.search(r"\b(?:a|an|one)\s+$", s[:lead], re.IGNORECASE) and any(
            h.label == "inferred" and h.end == np_end and " " in h.text.strip() and (h.start, h.end) in domains for h in hits
        )
        # ("sequenced the samples": a verb of work done to the material opens the phrase)
        done_first = re.match(r"[^\W\d_]+ed\b", body) is not None and any(h.start == lead and h.label in ("inferred", "task_heads", "service_domains") for h in hits)
        if np_words and not technique and not done_first and fold(np_words[-1]) in lex.words.materials and not [h for h in hits if h.label in ("task_heads", "explicit", "role_titles") and h.end <= np_end and fold(h.text) not in lex.words.materials] and not any(
            stem(w.lower()) in {stem(x) for x in lex.list("support_nouns")} for w in np_words
        ):
            return "negative", np_words[-1]
        # the words that end the first noun phrase decide it
        at_head = [h for h in hits if h.start < np_end <= h.end]
        kit_spans = {(h.start, h.end) for h in hits if h.label == "equipment_nouns"}
        # "target irradiations", "the ice-core drilling": a service named at the head is what was done (not "the
        # computer", "the instruments": equipment at the head may be a loan)
        at_head = [
            Hit("explicit", h.start, h.end, h.text) if h.label == "service_domains" and (h.start, h.end) not in kit_spans else h
            for h in at_head
            if h.label in ("negative", "explicit", "role_titles", "inferred") or (h.label == "negative_people_only" and not for_org) or (h.label == "service_domains" and (h.start, h.end) not in kit_spans)
        ]
        if not at_head:
            # "the measurements", "the synthesis of oligo-probes": an activity at the head is work done
            acts = [h for h in hits if h.label == "activity_nouns" and h.start < np_end <= h.end and h.text.lower() != "experimental" and not _covered(h, neg)]
            # ("antibody testing", "strain isolation": a material named before the activity is what it
            # was done on, not a gift)
            neg_before = [h for h in neg if h.end <= np_end and not (acts and h.end <= acts[0].start and fold(h.text.split()[-1]) in lex.words.materials)]
            if acts and not neg_before and not [h for h in hits if h.label == "funder_words" and h.end <= acts[0].start]:
                return "inferred", acts[0].text
        if at_head:
            h = max(at_head, key=lambda x: x.end - x.start)
            # "technical assistance in the field": a head named technical first stays technical
            tech_head = [x for x in at_head if x.label in ("explicit", "role_titles") and x.end == np_end and x.start < h.start]
            if h.label in ("negative", "negative_people_only") and tech_head:
                return "explicit", tech_head[0].text
            if h.label in ("negative", "negative_people_only"):
                return "negative", h.text
            if h.label in ("explicit", "role_titles"):
                return "explicit", h.text
            if any(x.label in ("explicit", "role_titles") and x.end <= np_end for x in pos):
                return "explicit", next(x.text for x in pos if x.label in ("explicit", "role_titles"))
            return "inferred", h.text
        words = body[: np_end - lead].split()
        head_word = words[-1].lower() if words else ""
        support = {stem(w) for w in lex.list("support_nouns")}
        if support_verb:
            head_word = "help"  # "assisting us with the cluster", "helping us with MALDI/MS analysis"
            np_end = lead + len(fw)
        if stem(head_word) in support:
            # "financial support", "administrative help": a negative word before the head
            pre_neg = [h for h in neg if h.end <= np_end and h.start >= lead]
            if pre_neg and not any(x.label in ("explicit", "role_titles") and x.end <= np_end for x in pos):
                return "negative", pre_neg[0].text
            # "radiological support": a service named before the head
            inside = [h for h in hits if h.label == "service_domains" and h.end <= np_end and not _covered(h, neg)]
            if inside:
                return "explicit", inside[0].text
            # "database support", "network help": the equipment the help looks after
            kit = [
                h
                for h in hits
                if h.label == "equipment_nouns" and h.start >= lead and h.end <= np_end and not _covered(h, neg) and not lex.words.growing_place.search(h.text)
            ]
            if kit and not pre_neg:
                return "explicit", kit[0].text
            # "help with X": an explicit word before the head ("technical help"), else the object decides
            if any(x.label in ("explicit", "role_titles") and x.end <= np_end for x in pos):
                return "explicit", next(x.text for x in pos if x.label in ("explicit", "role_titles"))
            # "GIS assistance", "genotyping help": a hands-on task named before the head
            task_before = [h for h in pos if h.label == "inferred" and h.start >= lead and h.end <= np_end]
            if task_before:
                return "inferred", task_before[0].text
            # "testing support", "laboratory testing support", "measurement assistance": help given as
            # an activity run for the authors (not "experimental support", "simulation help": research);
            # in a laboratory, a laboratory's service
            runs = [h for h in hits if h.label == "activity_nouns" and h.start >= lead and h.end <= np_end and not _covered(h, neg) and not _RESEARCH_ACTIVITY.fullmatch(h.text)]
            if runs:
                in_lab = re.search(r"\b(?:laborator(?:y|ies)|labs?)\b", body[: np_end - lead], re.IGNORECASE)
                return ("explicit", s[lead:np_end]) if in_lab else ("inferred", runs[0].text)
            # the objects of the help: "help with field work and sample preparation" is help
            # with a technical task among others; the best object decides
            keep = ("negative", "explicit", "role_titles", "inferred", "service_domains", "activity_nouns", "artifact_nouns")
            rest = [h for h in hits if h.start >= np_end and (h.label in keep or (h.label == "negative_people_only" and not for_org))]
            rest.sort(key=lambda x: (x.start, -(x.end - x.start)))
            best: tuple[str, str] = ("none", "")
            order = {"none": 0, "negative": 1, "inferred": 2, "explicit": 3}
            for h in rest:
                if _covered(h, [x for x in rest if x is not h]):
                    continue
                if h.label in ("negative", "negative_people_only"):
                    got_ = ("negative", h.text)
                elif h.label in ("activity_nouns", "artifact_nouns", "inferred") and any(
                    n.end <= h.start
                    and re.fullmatch(r"\s*(?:(?:the|a|an|our|their|these|this|some|all|of|for)\s+)*", s[n.end : h.start])
                    # ("antibody testing": a material just before the activity is what it was done on)
                    and not (h.label == "activity_nouns" and re.fullmatch(r"\s+", s[n.end : h.start]) and fold(n.text.split()[-1]) in lex.words.materials)
                    for n in rest
                    if n.label in ("negative", "negative_people_only")
                ):
                    got_ = ("negative", h.text)  # "planning the experiments", "comments on the code"
                elif h.label == "artifact_nouns" and lex.words.software_like.fullmatch(h.text.lower()) and not _BUILT_HEAD.match(head_word):
                    # "assistance with the refnx software": help with a tool, not building it; but "help with
                    # the software programming", "help with programming the software", "help with code
                    # development": a making word beside it says the code was built
                    gm = re.search(r"\b([^\W\d_]+ing)\s+(?:[\w\-]+\s+){0,2}$", s[np_end : h.start])
                    built = gm.group(1) if gm and gm.group(1).lower() in lex.words.making and not re.search(r"\bof\b", s[gm.end(1) + np_end : h.start]) else None
                    built = built or next((w for w in _WORD.findall(s[h.end : h.end + 30])[:2] if w.lower() in lex.words.made or w.lower() in lex.words.making), None)
                    # "help with the development of the fitting code": the making named as a noun before "of"
                    nm_ = re.match(r"\s*(?:with|on|in)\s+(?:the\s+)?(?:[a-z]+\s+)?(development|implementation|construction|programming|coding|writing)\s+of\s+(?:(?:the|a|an|our|their|this|these|its)\s+)?(?:[\w\-]+\s+){0,2}$", s[np_end : h.start])
                    built = built or (nm_.group(1) if nm_ else None)
                    # "support to help improve the quality of the code": a making verb after "to"
                    tv = re.search(r"\bto\s+(?:help\s+)?([a-z]+)\s+(?:[\w\-]+\s+){0,4}$", s[np_end : h.start], re.IGNORECASE)
                    built = built or (tv.group(1) if tv and _gerunds(tv.group(1).lower()) & lex.words.making else None)
                    got_ = ("inferred", f"{h.text} {built}") if built else ("negative", h.text)
                elif h.label in ("activity_nouns", "artifact_nouns"):
                    got_ = ("inferred", h.text)  # "help with the experiments", "contributions to the extension"
                elif h.label in ("explicit", "role_titles", "service_domains") or any(
                    sv.label == "service_domains" and sv.start <= h.end and h.start <= sv.end for sv in rest
                ):
                    got_ = ("explicit", h.text)
                else:
                    got_ = ("inferred", h.text)
                if best[0] in ("none", "negative") and order[got_[0]] > order[best[0]]:
                    best = got_  # the first technical object, else the first other
            return best
    explicit = [h for h in pos if h.label in ("explicit", "role_titles")]
    inferred = [h for h in pos if h.label == "inferred"]
    first_pos = min((h.start for h in pos), default=None)
    first_neg = min((h.start for h in neg), default=None)
    if first_neg is not None and (first_pos is None or first_neg < first_pos):
        return "negative", neg[0].text
    if explicit:
        return "explicit", explicit[0].text
    if inferred:
        return "inferred", inferred[0].text
    if neg:
        return "negative", neg[0].text
    # "contributing to the code", "early drafts of the bridge module": something built for the research
    built = [h for h in hits if h.label == "artifact_nouns"]
    # equipment too, when the words say it was made by hand, not developed as a service ("designing the
    # cryostat", "built the weather stations"; not "their development of the THREDDS Data Server")
    if not built and _HANDMADE.match(fw):
        built = [h for h in hits if h.label == "equipment_nouns"]
    if built and ((gerund and fw in lex.words.making) or fw in lex.words.made):
        return "inferred", built[0].text  # "developing the online commenting platform", "developed the MR probe"
    return "none", ""


_HANDMADE = re.compile(r"(?:design|build|built|assembl|construct|machin|fabricat)", re.IGNORECASE)


# "Edinburgh Genomics", "UCL Genomics", "Oxford Proteomics": a service named by its place and its field
SERVICE_NAME = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z]|\d+[A-Za-z])[\w\-.&']*\s+){1,4}(?:Genomics|Proteomics|Metabolomics|Lipidomics|Bioinformatics|Sequencing|Imaging|Cytometry|Microscopy|Histology|Crystallography|Biobank|Biorepository)(?:\s*\([^()]{1,40}\))?$"
)


def _facility_kind(lex: AttributionLexicon, name: str) -> str | None:
    if lex.words.meeting.search(name) or lex.words.event_people_end.search(name.strip(" ,.")):
        return None  # "a workshop held in Leiden", "the workshop participants": a meeting, not a workshop that makes things
    if lex.words.coordinating_unit.search(name):
        return None  # "the Coordinating Centre for Clinical Trials": runs the trial, serves no bench work
    if _CORE_MEMBERS.match(name.strip()):
        return None  # "the core members who have been there since the beginning": the heart of a group, no core facility
    if SERVICE_NAME.match(name.split(",")[0].strip()) and not lex.funder(name):
        return "facility"  # "Edinburgh Genomics, The University of Edinburgh"
    text = split_camel(name)
    hits = lex.hits(text)
    labels = {h.label for h in hits}
    strong = [h.text.lower() for h in hits if h.label == "facility_nouns_strong"]
    weak = [h for h in hits if h.label == "facility_nouns_weak"]
    domains = [h for h in hits if h.label == "facility_domains"]
    if "resource_only" in labels and not strong and "technical_team_nouns" not in labels:
        return None
    if any(re.search(r"\b(?:bioresource|biobank|biomaterial ?bank|biospecimen bank|biorepository|stock cent(?:er|re)|resource cent(?:er|re)|culture collection|strain collection|repository|herbarium|reagent program(?:me)?|reagent resource|germplasm(?: resources)? (?:unit|bank)|gene ?bank|seed bank)s?\b", fold(s)) for s in strong):
        if all(re.fullmatch(r"resource cent(?:er|re)s?", fold(s)) for s in strong) and [h for h in hits if h.label == "service_domains"]:
            return "facility"  # "the Flow Cytometry Resource Center": a core named for the service it runs
        return "resource_centre"
    if "technical_team_nouns" in labels or _COMPOUND_ROLE.search(text) or _TECH_TEAM.search(text):
        return "team"
    if "team_nouns" in labels:
        # "the staff of the Genomics Core" is a technical team; "the staff of
        # the hospital" and "members of the Smith lab" are not; "the X genotyping
        # staff", "the histology team": a team named by its technical field just before it
        if strong or (weak and domains):
            return "team"
        teams = [h for h in hits if h.label == "team_nouns"]
        if any(re.fullmatch(r"\s?", text[d.end : t.start]) for d in domains for t in teams if t.start >= d.end):
            return "team"
        return None
    if strong:
        return "facility"
    if weak and domains:
        return "facility"
    if weak and _prefixed_domain(lex, text):
        return "facility"  # "the Kelvin Nanocharacterisation Center", "the Bioimaging Unit"
    for h in weak:
        # "the USNM SEM laboratory", "the NMR Centre", "the EM Unit": a unit named by the technique just before it
        before = re.findall(r"[A-Za-z][\w\-]*", text[: h.start])[-2:]
        if any(w.isupper() and lex.technique_acronym(w) for w in before):
            return "facility"
    return None


_CORE_MEMBERS = re.compile(r"(?i)^(?:the\s+|our\s+|all\s+(?:the\s+)?)?core\s+(?:team\s+|group\s+)?members?$")
_ACRONYM_DASH = re.compile(r"(?<=[A-Z])[‐‑–—](?=[A-Z])")
_SCALE_PREFIX = re.compile(r"(?i)\b(?:nano|micro|bio|cryo|opto|electro|radio)-?(?P<rest>[a-z]{5,})\b")


def _prefixed_domain(lex: AttributionLexicon, text: str) -> bool:
    """A field written as one word with a prefix of scale or kind
    ("Nanocharacterisation", "Microanalysis", "Cryoimaging"): the field
    after the prefix is a facility's."""
    return any(lex.hits(m.group("rest"), ("facility_domains", "service_domains")) for m in _SCALE_PREFIX.finditer(text))


_LEXICONS: dict[int, AttributionLexicon] = {}
_LOCK = threading.Lock()


def attribution_lexicon(lexicons: dict[str, Any]) -> AttributionLexicon:
    """The compiled vocabulary for these pack lexicons (once per process)."""
    data = lexicons.get("attribution") or {}
    key = id(data)
    with _LOCK:
        lex = _LEXICONS.get(key)
        if lex is None:
            lex = _LEXICONS[key] = AttributionLexicon(data)
    return lex
