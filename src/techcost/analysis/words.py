"""The pack's reader word classes (``reader_words`` in the attribution
lexicon), compiled once into the sets and patterns the readers consult.

The sentence grammar lives in code; every word that decides what a
sentence means (who is a learner, what is a gift, which places are
clinical) lives in the pack, where an institution can extend or remove it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..letters import UPPER
from .text import fold


def alt(entries: Iterable[Any]) -> str:
    """One regular-expression alternation for a word list, longest first.
    A phrase matches across any run of whitespace; a trailing ``*`` glued
    to a word stands for the rest of that word ("administrat*")."""
    parts = set()
    for entry in entries:
        text = str(entry).strip()
        if not text:
            continue
        rest = len(text) > 1 and text.endswith("*")
        words = (text[:-1] if rest else text).split()
        parts.add(r"\s+".join(re.escape(w) for w in words) + (r"\w*" if rest else ""))
    return "|".join(sorted(parts, key=lambda p: (-len(p), p))) or "(?!)"


def post_nominal_key(text: str) -> str:
    """A post-nominal compared without case, full stops, spaces, hyphens and
    brackets: "Ph.D." and "PhD", "Dipl.-Ing." and "Dipl Ing", "HT (ASCP)"."""
    return re.sub(r"[\s.\-‐()]+", "", fold(text.strip(" ,;")))


class ReaderWords:
    """Word classes by name, as folded sets and as compiled patterns."""

    def __init__(self, data: dict[str, Any] | None) -> None:
        self.data: dict[str, list[str]] = {str(k): [str(w) for w in v or []] for k, v in (data or {}).items()}
        self.read: set[str] = set()  # the classes consulted, so a pack's misspelt class is found
        i = re.IGNORECASE
        w = self.alt
        self.learner = re.compile(rf"\b(?:{w('learners')})\b", i)
        sup = w("supervisory_posts")
        self.supervisory = re.compile(rf"^\s*(?:(?:my|our|his|her|their|the|main|former|PhD|thesis|doctoral|co-?)\s+)*(?:{sup})\b(?!\s+(?:of|at|in)\s)", i)
        self.supervisory_before = re.compile(
            rf"\b(?:my|our)\s+(?:[\w\-]+\s+){{0,2}}(?:{sup})\s*,?\s*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Assoc\.?\s+Prof)\.?\s+)?$", i
        )
        # people thanked as a group who are not technical staff by what they are ("numerous students and friends")
        self.people_group = re.compile(rf"\b(?:{w('learners')}|{w('people_plurals')}|{w('reviewer_words')})$", i)
        self.learner_end = re.compile(rf"\b(?:{w('learners')})$", i)
        self.learner_start = re.compile(rf"^(?:[\w\-]+\s+)?(?:{w('learners')})\b", i)
        self.clinical = re.compile(rf"\b(?:{w('clinical')})\b", i)
        self.stocks = re.compile(rf"\b(?:{w('stocks')})\b", i)
        # a funding body, unless the name also holds a unit ("the X Trust Genomics Core")
        self.funding_body = re.compile(rf"\b(?:{w('funding_bodies')})\b(?![^()]*\b(?:{w('unit_heads')})\b)", i)
        # a company named by its trade, its place in brackets after it or not ("Wuhan Example Biotechnology (Wuhan)")
        self.company_trade = re.compile(rf"(?-i:\b[A-Z][\w\-]+)\s+(?:{w('company_trades')})(?:\s*\([^()]{{1,80}}\))?$", i)
        # a provider known by one word: hyphenated capitals ("C-CAMP"), a word shaped as firms name
        # themselves, or a number run into letters ("3M", "23andMe"; not a dimension, "3D")
        self.one_word_firm = re.compile(rf"(?-i:[A-Z]{{1,4}}-[A-Z]{{2,6}}|[A-Z][a-z]{{2,}}(?:{w('firm_word_endings')})|(?!\d+D\b)\d{{1,3}}(?:[A-Z][A-Za-z]{{0,8}}|and[A-Z][a-z]+))")
        self.research_unit_field = re.compile(rf"\b(?:{w('research_unit_fields')})\b", i)
        self.discipline_field = re.compile(rf"\b(?:{w('discipline_fields')})\b", i)
        self.support_purpose = re.compile(rf"\b(?:{w('support_purposes')})\b", i)
        self.non_technical_help = re.compile(rf"\b(?:{w('non_technical_help')})\b", i)
        self.staff_post = re.compile(rf"\b(?:{w('staff_posts')})$", i)
        self.procedure_after = re.compile(rf"\s+(?:{w('procedure_nouns')})\b", i)
        self.health_agency = re.compile(rf"\b(?:{w('health_agencies')})\b", i)
        # (a health agency's staff are no technical staff of research either)
        self.not_technical_place = re.compile(rf"\b(?:{w('not_technical_places')}|{w('health_agencies')})\b", i)
        self.not_work = re.compile(rf"\b(?:{w('not_work')})\b", i)
        self.data_source = re.compile(rf"\b(?:{w('data_sources')})\b", i)
        # what follows a task word when it is taken out of records: "extracting data", "extracted from the thesis"
        self.information_after = re.compile(rf"^\s+(?:from\b|(?:(?:the|all|these|those|our|their|some|relevant)\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{w('information_nouns')})\b)", i)
        self.plural_role = re.compile(rf"\b\w*(?:{w('plural_roles')})\b", i)
        # "the technicians Roger", "its technologists and technicians Roger": a plural post and one name after it
        self.plural_post_then_name = re.compile(
            rf"^(?P<role>(?:(?:the|its|our|their|his|her)\s+)?(?:[\w\-]+\s+){{0,3}}\w*(?:{w('plural_roles')}))\s+(?P<name>(?-i:[{UPPER}])[^\W\d_]+(?:['’\-][^\W\d_]+)*)$", i
        )
        posts = w("posts")
        self.post_alone = re.compile(rf"^(?:(?:former|current|deputy|assistant|associate|senior|acting)\s+)?(?:{posts})$", i)
        self.post_of = re.compile(rf"^(?:(?:former|current|the)\s+)?(?P<post>{posts})\s+of\s+(?:the\s+)?(?P<org>.+)$", i)
        self.post_after = re.compile(rf"^(?P<org>.+?)\s+(?P<post>{posts})s?$", i)
        self.post_of_end = re.compile(rf"\b(?:{posts})\s+of$", i)
        self.growing_place = re.compile(rf"\b(?:{w('growing_places')})\b", i)
        self.care = re.compile(rf"\b(?:{w('care_words')}|{w('mending_words')})\b", i)
        self.mending = re.compile(rf"(?:{w('mending_words')})$", i)
        # "developed in collaboration with X", and the same just before a name
        self.partner_with = re.compile(rf"(?:in\s+)?(?:{w('partner_words')})\s+with\b", i)
        self.partner_before = re.compile(rf"\b(?:{w('partner_words')})\s+with\s+$", i)
        self.field_help = re.compile(rf"\b(?:{w('field_help')})\b", i)
        self.crew = re.compile(rf"\b(?:{w('crew_words')})\b", i)
        self.money = re.compile(rf"\b(?:{w('money_words')})\b", i)
        # money for a task is no work on it (not "funding and technical support": two purposes)
        self.money_head = re.compile(
            rf"^(?:(?:the|their|his|her|its|our|generous|kind|partial|partly|in\s+part)\s+)*(?:{w('money_heads')})\b(?!\s*(?:,|;|and\b|&|as\s+well\s+as\b|or\b))", i
        )
        # "helped us get additional engineering support", "helped to secure beam time": others give it
        self.arranged_head = re.compile(
            rf"^(?:(?:(?:their|his|her|the)\s+help\s+(?:in|with)\s+)?(?:{w('arranging_gerunds')})|"
            rf"(?:help(?:ed|ing|s)?\s+(?:(?:us|me|the\s+authors?|the\s+team|our\s+\w+)\s+)?(?:to\s+)?)?(?:{w('arranging_verbs')}))"
            rf"\s+(?:(?:the|our|additional|further|extra|much|more|some|dedicated|[\w\-]+)\s+){{0,3}}(?:{w('arranged_things')})\b",
            i,
        )
        # "taking care of the piglets", "rearing the zebrafish larvae": animal care
        self.animal_care = re.compile(
            rf"\b(?:{w('animal_care_words')})\s+(?:(?:the|our|all|their|these|experimental|study|adult|young|newborn|transgenic|mutant|wild|captive|laboratory|lab)\s+){{0,3}}"
            rf"(?:[\w\-]+\s+)?(?:{w('animals')})\b"
            rf"|\b(?:{w('animals')})\s+(?:colony\s+)?(?:{w('animal_care_nouns')})\b",
            i,
        )
        self.software_like = re.compile(rf"(?:{w('software_like')})", i)
        # "developed the TerInfo website", "the website was developed": software made for the research
        make, soft = w("software_making_words"), w("software_like")
        self.software_made = re.compile(
            rf"\b(?:{make})\s+(?:[\w\-’']+\s+){{0,4}}?(?:{soft})\b|\b(?:{soft})\s+(?:(?:was|were|has\s+been|is)\s+)?(?:{make})\b", i
        )
        # "providing", "the loan of"; "contributed" only when what follows is material ("contributed samples")
        self.gift = re.compile(
            r"^(?:(?:the|their|his|her|a|an|generous|generously|graciously|kind|kindly|freely|also)\s+)*"
            rf"(?:{w('gift_verbs')}|contribut\w*(?!\s+to\b)(?=\s+(?:\w+\s+){{0,3}}(?:data|samples|specimens|material|materials|strains|reagents|images)\b))\b",
            i,
        )
        self.not_work_verbs = self.set("not_work_verbs")
        self.one_word_units = self.set("one_word_units")
        self.joined_unit_heads = w("joined_unit_heads")
        # what a user facility's boilerplate says of it after its name ("a Directorate of", "supported by")
        self.user_facility_note = re.compile(
            rf"^\s*,?\s*(?:(?:which|that)\s+(?:is|are)\s+)?(?:(?:jointly\s+)?(?:{w('facility_note_participles')})\s+by|an?\s+(?:[\w\-]+\s+){{0,4}}?(?:{w('facility_note_nouns')})\b)",
            i,
        )
        # a workshop that is a meeting: "held in Leiden", "on exoplanet imaging", "in 2023", "a ... workshop",
        # "the 2023 ... workshop"
        meet = w("meeting_nouns")
        self.coordinating_unit = re.compile(rf"\b(?:{w('coordinating_units')})\b", i)
        self.meeting = re.compile(
            rf"\b(?:{meet})\s+(?:(?:{w('meeting_after')})|in\s+(?:19|20)\d\d)\b|^\s*an?\s+(?:[\w\-]+\s+){{0,4}}?(?:{meet})\b|\b(?:19|20)\d\d\s+(?:[\w\-]+\s+){{0,5}}?(?:{meet})\b",
            i,
        )
        tech, heads = w("unit_techniques"), w("technique_unit_heads")
        # "Transgenic Service", "Electron Microscopy Center", "Centre for Microscopy and Microanalysis",
        # "Servicio de Microscopía Electrónica", "Centro Svizzero di Calcolo Scientifico"
        self.technique_unit = re.compile(
            rf"\b(?:{tech})\b(?:[\s&/\-]+(?:and\s+)?(?-i:[{UPPER}])[\w\-]*){{0,3}}?[\s&/\-]+(?:{heads})\b"
            rf"|\b(?:{heads})\b(?:\s+[\w\-]+)?\s+(?:for|of|de|di|du|des|d['’]|da|do|del|della|für)\s*(?:(?:la|los|las|the)\s+)?(?:[\w\-]+[\s,&]+(?:and\s+|et\s+|y\s+|e\s+)?){{0,4}}?(?:{tech})\b",
            i,
        )
        self.platform_head = re.compile(rf"\b(?:{w('platform_heads')})\b", i)
        self.service_unit_code = re.compile(rf"^(?:{w('service_unit_codes')})\s*\d{{2,4}}\b(?!.*\b(?:University|Universit[éyà]|College)\b)")
        self.academic_unit = re.compile(rf"\b(?:{w('academic_units')})\b", i)
        self.team_plurals = self.set("team_plurals")
        self.people_plurals = self.set("people_plurals")
        self.their_people = self.set("their_people")
        self.people_named_plural = re.compile(rf"\b(?:{w('people_named_plural')})$", i)
        self.unnamed_others = re.compile(rf"(?:and\s+)?(?:(?:many|several|numerous|various|all|the|our|other|some)\s+){{0,3}}(?:{w('unnamed_others')})", i)
        self.singling_out = re.compile(
            rf"^\s*(?:{w('singling_out')})\b,?\s+(?=(?:the\s+)?(?:Drs?\.?\s|Profs?\.?\s|Mrs?\.?\s|Ms\.?\s)?(?-i:[{UPPER}]))", i
        )
        # between a facility and its own staff singled out after it: "the X Facility, especially A",
        # "the Y Platform and its technicians A and B"
        self.singled_after = re.compile(
            rf"\s*,?\s*(?:and\s+)?(?:(?:{w('singling_out')})\s*,?\s*|(?:its|their)\s+(?:[\w\-]+\s+){{1,5}}?)(?:(?:Drs?|Profs?|Mrs?|Ms|Miss)\.?\s+)?", i
        )
        # "all colleagues from the JKI in Quedlinburg", "her colleagues at the FACS Core": the people of a place
        self.colleagues_at = re.compile(
            rf"^(?:(?:the|all|our|his|her|their|many|other|several)\s+)*(?:[a-z\-]+\s+)?(?:{w('colleague_words')})\s+(?:at|from|in|of)\s+(?:the\s+)?(?-i:[{UPPER}])", i
        )
        self.joint_venture = re.compile(rf"\b(?:{w('joint_ventures')})\b", i)
        self.image_product = re.compile(rf"\b(?:{w('image_products')}|{w('measurement_products')})\b", i)
        self.event_people_end = re.compile(rf"\b(?:{w('event_people')})$", i)
        talk = w("advice_talk")
        self.expertise_with_advice = re.compile(
            rf"\bexpertise\b.{{0,40}}\b(?:and|&)\s+(?:\w+\s+){{0,2}}(?:{talk})\b|\b(?:{talk})\s+(?:and|&)\s+(?:\w+\s+){{0,2}}expertise\b", i
        )
        # those who gave what is thanked, named in general before a colon list: "the help we received
        # from these colleagues: A, B", "support provided by the following individuals: A, B"
        self.givers = re.compile(
            rf"\s+(?:from|by|of)\s+(?:these|those|the\s+following|the|our)(?:\s+(?:\w+\s+)?(?:{w('giver_people')}))?\s*$", i
        )
        # the same people thanked for something before the list: "We thank these colleagues for their
        # technical help: A, B", "We are grateful to our technicians for ...: A, B"
        self.givers_for = re.compile(
            rf"\b(?:these|those|our|my|the|all\s+(?:the\s+|our\s+)?)\s*(?:\w+\s+)?(?:{w('giver_people')})\s+for\s+(?P<what>[^:;]{{3,200}}?)\s*$", i
        )
        # a purpose that is leave to do something, not work: "for permission to reproduce their images",
        # "for allowing us to photograph the specimens"
        self.permission = re.compile(rf"\b(?:{w('permission_words')})\b|\b(?:{w('letting_words')})\s+(?:us|me|the\s+authors?)\b", i)
        self.talk = re.compile(rf"\b(?:{talk})\b", i)
        # "for consultation on the lipidomic data analysis": advice asked about a technical object
        self.consulted_on = re.compile(rf"^(?:(?:their|his|her|expert|technical|helpful)\s+)?(?:{w('consulting_words')})\s+(?:on|about|regarding|with|for|in)\s", i)
        self.work_beside_expertise = re.compile(rf"\b(?:{w('work_beside_expertise')})\b", i)
        self.not_instrument_end = re.compile(rf"\b(?:{w('not_instruments')})$", i)
        self.materials = self.set("materials")
        self.analytes = self.set("analytes")
        self.code_building = re.compile(rf"\b(?:{w('code_building_words')})\b\s+(?!language\b)(?P<what>\S.*)$", i)
        self.training = re.compile(rf"\b(?:{w('training_words')})\s+(?:us\s+|them\s+|the\s+authors\s+)?(?:on|in|for|with)\s+(?P<what>\S.*)$", i)
        self.not_built = re.compile(rf"\b(?:{w('not_built')})\b", i)
        self.made = self.set("made_words")
        self.making = self.set("making_words")
        self.ship_prefixes = self.set("ship_prefixes")
        # the same prefixes in the plural, shared by the vessels named after them ("the RVs A and B",
        # "R/Vs", "icebreakers"); a word of five letters or more already ending in "s" is a plural ("vessels")
        plurals = {x + "s" for x in self.ship_prefixes if not x.endswith("s")} | {x for x in self.ship_prefixes if x.endswith("s") and len(x) > 4}
        self.ship_plural = "(?i:" + "|".join(re.escape(x) for x in sorted(plurals, key=lambda x: (-len(x), x))) + ")" if plurals else "(?!)"
        self.read.add("ship_prefixes_in_capitals")
        self.ship_prefixes_in_capitals = frozenset(x.strip() for x in self.data.get("ship_prefixes_in_capitals", []))
        self.common_given_names = self.set("common_given_names")
        self.surname_org_nouns = self.set("surname_org_nouns")
        self.surname_words = self.set("surname_words")
        self.legal_forms = self.set("legal_forms")
        self.org_heads = self.set("org_heads")
        self.funding_by = re.compile(rf"\b(?:{w('funding_participles')})\s*$", i)
        self.funded_by_tail = re.compile(rf",?\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:\w+ly\s+)?(?:{w('funding_participles')})\s+by\s[^()]*$", i)
        self.read.add("misspellings")
        pairs = [str(x).split("=", 1) for x in self.data.get("misspellings", []) if "=" in str(x)]
        self._respelt = {a.strip().lower(): b.strip() for a, b in pairs}
        self._misspelt = re.compile(rf"\b(?:{'|'.join(map(re.escape, self._respelt))})\b", i) if self._respelt else None
        # the words the list corrects to, and any other slip of one letter in them ("assiatance")
        self._meant = frozenset(b.lower() for b in self._respelt.values() if len(b) >= 7)
        heads = sorted({w[:2] for w in self._meant})
        self._near = re.compile(rf"\b(?:{'|'.join(heads)})[a-z]{{4,10}}\b", i) if heads else None
        self._near_seen: dict[str, str | None] = {}
        self.read.add("post_nominals")
        self.post_nominals = frozenset(post_nominal_key(x) for x in self.data.get("post_nominals", []))

    def respell(self, text: str) -> str:
        """``text`` with the pack's known misspellings read as the words meant."""
        if self._misspelt is None:
            return text
        text = self._misspelt.sub(lambda m: self._respelt[m.group(0).lower()], text)
        if self._near is not None:
            text = self._near.sub(self._one_slip, text)
        return text

    def _one_slip(self, m: re.Match[str]) -> str:
        w = m.group(0)
        key = w.lower()
        if key not in self._near_seen:
            self._near_seen[key] = None if key in self._meant else next((t for t in self._meant if _one_edit(key, t)), None)
        return self._near_seen[key] or w

    def is_post_nominal(self, text: str) -> bool:
        """Whether ``text`` is a degree or certification written after a name ("M.Sc.", "LATG")."""
        return post_nominal_key(text) in self.post_nominals

    def alt(self, key: str) -> str:
        self.read.add(key)
        return alt(self.data.get(key, []))

    def set(self, key: str) -> frozenset[str]:
        self.read.add(key)
        return frozenset(fold(x) for x in self.data.get(key, []))


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter changed, added, dropped or two
    letters swapped ("assiatance", "asistance", "techincal")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1 :]
