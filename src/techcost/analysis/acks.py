"""Read an acknowledgement: who is credited, for what, and whether the
text states technical work.

A sentence is read in frames: thanks ("We thank A, B and C for X and D for
Y", "Thanks are due to ...", "A is acknowledged for ...", "To A for X"),
passive ("X was performed by A", "Technical support was provided by the B
Facility"), noun phrase ("The technical assistance of A is acknowledged",
"A's help with X"), subject ("A and B assisted with X"), "with the help of
A", and verbless lines ("Flow cytometry: the X Facility"). Inside a frame,
the list of those credited is cut at top-level commas, "and" and
semicolons (not inside brackets or organisation names) into items; a
purpose ("for ...", "who ...") closes the group of names before it, so in
"A for X and B, C, D for Y" the purpose Y belongs to B, C and D. Roles are
read before a name ("laboratory technician Kim Park", "the technicians A
and B", "the following technicians: A, B and C"), beside it ("A (Research
Technician)", "A, our lab manager,") and after it ("A from the X Service").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..letters import LOWER, UPPER
from ..names import NICKNAME, PARTICLES
from .lexicon import SERVICE_NAME, AttributionLexicon
from .text import fold, sentences, split_camel, tokenize
from .words import alt


@dataclass
class Mention:
    kind: str  # person | org
    text: str
    start: int  # offsets in the sentence
    end: int
    affil: str | None = None  # organisation the text ties a person to
    role: str = ""  # role words printed beside a person
    paren: str = ""
    with_team: bool = False  # "A and her team at X": the person's unnamed colleagues are thanked too
    own_post: bool = False  # the post printed before the name is this person's alone, not the list's


@dataclass
class Group:
    mentions: list[Mention] = field(default_factory=list)
    purpose: str = ""
    role: str = ""  # role words printed before the group ("the technicians")
    frame: str = "thanks"


@dataclass
class Credit:
    """What one acknowledgement sentence credits."""

    sentence: str
    offset: int  # of the sentence in its block
    groups: list[Group]


# ---------------------------------------------------------------- frames

_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|be|being|been)"
_ADV = r"(?:(?:also|kindly|generously|gratefully|expertly|ably|skil?fully|greatly|very|much|deeply|sincerely|warmly|especially|specially|particularly|further|always|most|truly|really|genuinely|profoundly|immensely|wholeheartedly|cordially|duly|hereby|heartily|highly)\s+)*"


# where in the thanks a sentence stands ("We first thank", "We finally acknowledge")
_ORDER_ADV = r"(?:(?:first|firstly|again|finally|lastly|now|here|therefore|thus|additionally|moreover|likewise)\s+)?"


class Frames:
    """The sentence frames, compiled from the pack's word lists."""

    def __init__(self, lex: AttributionLexicon) -> None:
        self.lex = lex
        verbs = alt(lex.list("thank_verbs"))
        adjs = alt(lex.list("thank_adjectives"))
        nouns = alt(lex.list("thank_nouns"))
        participles = alt(lex.list("passive_participles"))
        support = alt(lex.list("support_nouns"))
        deeds = lex.words.alt("deed_nouns")
        # "was helpful" in the pack also reads "was very helpful"
        doing = alt(lex.list("subject_verbs")).replace(r"was\s+", rf"was\s+{_ADV}").replace(r"were\s+", rf"were\s+{_ADV}")
        # and "was of help" reads "was of great help", "was a tremendous help"
        doing = re.sub(r"(of|a)\\s\+(help|assistance)", r"\1\\s+(?:[a-z]+\\s+){0,2}?\2", doing)
        # "we are thanking", "I am acknowledging": the progressive form of each thanks verb
        ing = alt(v[:-1] + "ing" if v.endswith("e") else v + "ing" for v in lex.list("thank_verbs"))
        self.thanks = re.compile(
            rf"\b(?:(?:we|i|they|he|she|the\s+authors?|authors?|all\s+authors|the\s+author|this\s+(?:work|study|paper|research))\s+{_ORDER_ADV}{_ADV}"
            rf"(?:(?:would|wish|want|like|are\s+pleased|are\s+happy|need|must)\s+(?:also\s+)?(?:like\s+)?to\s+{_ADV}|(?:must|should|shall|will|can)\s+(?:also\s+)?{_ADV})?"
            rf"(?:(?:{verbs})(?:s|e?d)?|(?:am|are|is)\s+{_ADV}(?:{ing}))\b(?:\s+with\s+(?:thanks|gratitude))?"
            # "JB thanks X", not "Our thanks are due to X" (a noun, below)
            rf"|^\s*(?!(?:our|my|their|his|her|special|many|sincere|warm|heartfelt|grateful|further)\b)(?:[{UPPER}][\w.\-’']*\s+){{1,6}}{_ADV}(?:{verbs})s\b(?!\s+(?:is|are|go|goes|also)\b)"
            # "W.X. and X.G. thank A", "AB, CD and EF acknowledge B": authors by their initials, joined
            rf"|^\s*(?:(?-i:[{UPPER}])[\w.\-’']*,?\s+){{1,4}}(?:and|&)\s+(?-i:[{UPPER}])[\w.\-’']*\s+(?:also\s+)?(?:{verbs})\b(?!s)"
            # "... and thank Dr. A for X": a coordinated clause that shares the subject (see _clauses)
            rf"|^\s*(?:also\s+)?thank\b(?=\s+(?:also\s+)?(?:the|our|all)\s)|^\s*(?:also\s+)?(?:thank|acknowledge)\b(?=\s+(?:also\s+)?(?:the\s+)?(?:(?-i:[{UPPER}])|(?:[\w\-]+\s+){{0,3}}(?:{support})\s+(?:of|from|provided)\b))"
            # ("We are thankful with A": "with" for "to", as it is often written)
            rf"|\b(?:{_BE}|am|remain|feel|also)\s+{_ADV}(?:{adjs})\s+(?:to|towards|with)\b"
            # ("We are grateful for the X personnel for their work": "for" written for "to", before the one that gives why)
            rf"|\b(?:{_BE}|am|remain|feel|also)\s+{_ADV}(?:{adjs})\s+for(?=\s+(?:the\s+|all\s+|our\s+)?(?-i:[{UPPER}])[^.;]{{0,150}}?\sfor\s)"
            rf"|\b(?:{adjs})\s+(?:to|towards)\b"
            rf"|\b(?:{nouns})\s+(?:(?:\w+\s+){{0,3}}?(?:(?:is|are)\s+(?:also\s+)?(?:due|extended|given|owed|expressed)\s+to|go(?:es)?\s+(?:also\s+)?(?:out\s+)?to|to|towards))\b"
            rf"|^\s*(?:and\s+|also\s+|finally\s+|lastly\s+)?(?:(?:many|special|sincere|warm|our|my|heartfelt|grateful)\s+)*(?:{nouns})\b(?!\s+(?:(?:also\s+)?(?:is|are|go|goes)\b))"
            rf"|\b(?:{verbs})(?:s|ed)?\s+(?:is|are)\s+(?:also\s+)?(?:due|extended)\s+to\b"
            # "This work was made possible by X", "... would not have been possible without X": credit given
            rf"|\b(?:made\s+possible\s+(?:by|through|thanks\s+to)|(?:would|could)\s+not\s+have\s+been\s+(?:possible|completed|done|accomplished|reali[sz]ed)\s+without)(?=\s)"
            # "would like to give a special thank A, B and C for X", "we extend our thanks the X team": thanks
            # given to those named, with the "to" left out
            rf"|\b(?:give|gives|giving|extend|extends|express|expresses|offer|offers|send|convey)\s+(?:a\s+|our\s+|my\s+|their\s+)?(?:(?:special|sincere|warm|heartfelt|big|deep|great|particular|many)\s+)*thanks?\b(?=\s+(?:the\s+|our\s+)?(?-i:[{UPPER}]))"
            # "A.A.B. and J.S. wish to thank", "Thank you to"
            rf"|\b(?:wish(?:es)?|would\s+like|wants?|like)\s+to\s+{_ADV}(?:{verbs})\b"
            # "We take this opportunity to thank A", "I would like to use this opportunity to acknowledge A"
            rf"|\b(?:take|taking|took|use|using)\s+(?:this|the|that)\s+opportunity\s+to\s+{_ADV}(?:also\s+)?(?:{verbs})\b"
            rf"|^\s*(?:(?:a|and|also|finally|final|big|special|huge|many|very|most|sincere|heartfelt|warm|massive|enormous|great|personal|extra|further|additional)\s+)*thank\s+you\s+(?:(?:very\s+)?much\s+)?(?:also\s+)?(?:to\b)?)",
            re.IGNORECASE,
        )
        self.subject_thanked = re.compile(
            rf"\b{_BE}\s+{_ADV}(?:acknowledged|thanked|appreciated|recogni[sz]ed|credited)\b(?:\s+(?:with\s+)?(?:thanks|gratitude))?",
            re.IGNORECASE,
        )
        self.passive = re.compile(
            rf"\b(?:{_BE}\s+{_ADV})?(?:{participles})\s+{_ADV}(?:(?:in\s+part|jointly|partly|mainly|entirely|technically)\s+)?by\s+",
            re.IGNORECASE,
        )
        # "plants were grown by A and scanning was performed by B": a passive clause, and one coordinated after it
        self.passive_by = re.compile(rf"\b{_BE}\s+{_ADV}(?:{participles})\s+(?:\w+\s+)?by\b", re.IGNORECASE)
        # a passive clause whose agent or place may come later ("were prepared at the X facility by A")
        self.passive_any = re.compile(rf"\b{_BE}\s+{_ADV}(?:{participles})\b", re.IGNORECASE)
        # (or where: "..., and sequencing was conducted at the X Laboratory")
        self.new_passive = re.compile(
            rf"(?:\s*[,;]\s*|\s+)and\s+(?=(?:(?!and\b)[\w\-]+\s+){{1,6}}?(?:was|were)\s+{_ADV}(?:{participles})\s+(?:(?:\w+\s+)?by\b|(?:at|in)\s+(?:the\s+)?(?-i:[{UPPER}])))",
            re.IGNORECASE,
        )
        # "A, who wrote the code with programming contributions from B and C": the help from others
        # inside a purpose is a clause of its own ("programming contributions from B and C")
        self.help_from = re.compile(
            # (only help named for what it was, "programming contributions": bare "assistance from
            # B" after a deed is help with that deed, and stays in its clause)
            rf"(?:\s*,\s*|\s+)with\s+(?=(?:(?:the|some|much|additional|further|kind|generous)\s+)?"
            rf"(?!(?:the|some|much|additional|further|kind|generous)\b)(?:[\w\-]+\s+){{1,2}}?(?:{support})\s+from\s+(?-i:[{UPPER}]))",
            re.IGNORECASE,
        )
        # "Chris Webster's development and maintenance of the software was crucial": what a person did, named as theirs
        self.possessive_deed = re.compile(rf"(?P<who>.+?)['’]s\s+(?P<np>(?:[\w\-]+\s+){{0,2}}(?:{support}|{deeds})\b.*)$", re.IGNORECASE)
        # "was performed at", "was crystallized in", "were sorted in": the pack's participles, and any
        # other regular or common irregular one but those saying where a thing is ("located in")
        placed = lex.words.alt("place_participles")
        worked = rf"(?:{participles}|(?!(?:{placed})\b)[a-z]{{3,}}(?:ed|en)|grown|spun|sent|cut|shot|run)"
        self.passive_at = re.compile(
            rf"\b{_BE}\s+{_ADV}{worked}\s+(?:in\s+part\s+)?(?:at|in|within|using|through|via|with\s+the\s+(?:help|support|assistance)\s+of)\s+(?=(?:the\s+)?[A-Z])",
            re.IGNORECASE,
        )
        # ("the hospitality of the X Institute": what a host gave, read as a purpose of its own)
        welcome = lex.words.alt("welcome_nouns")
        self.of_support = re.compile(
            # "the technical assistance (with the digital imagery) of / by A"
            rf"(?:^|\b(?:the|for|their|his|her|our)\s+|\b)(?P<np>(?:[\w\-]+\s+){{0,3}}(?:{support}|{welcome})(?:\s+(?:with|in|on|during|for)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?[\w\-]+)?)\s+(?:of|from|by|at|provided\s+by|offered\s+by|given\s+by|received\s+from|(?:that\s+|which\s+)?(?:we|i)\s+(?:have\s+|had\s+)?(?:received|got|obtained|enjoyed)\s+from)\s+",
            re.IGNORECASE,
        )
        # "the hard work and help that A and B of X have provided": the help, then who gave it in a clause
        self.support_that = re.compile(
            rf"\b(?:the|their|his|her|all\s+the)\s+(?P<np>(?:[\w\-]+\s+){{0,3}}?(?:{support})(?:\s+(?:and|&)\s+(?:[\w\-]+\s+){{0,2}}?(?:{support}))?"
            rf"(?:\s+(?:with|in|on|for|during)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?[\w\-]+)?)\s+(?:that|which)\s+"
            rf"(?=(?:(?:Drs?|Prof|Mr|Mrs|Ms)\.?\s+)?(?-i:[{UPPER}]))",
            re.IGNORECASE,
        )
        self.with_help = re.compile(rf"\bwith\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}(?:{support})\s+(?:of|from)\s+", re.IGNORECASE)
        self.possessive = re.compile(rf"(?P<who>.+?)['’]s?\s+(?P<np>(?:[\w\-]+\s+){{0,2}}(?:{support})\b.*)$", re.IGNORECASE)
        self.subject = re.compile(rf"\s(?:{_ADV})(?:{doing})\b", re.IGNORECASE)
        self.funding = re.compile(
            # ("technically supported by A" is technical support, not money)
            r"\b(?<!technically\s)(?:(?:financially\s+)?(?:supported|funded|financed|sponsored)\s+(?:in\s+part\s+|partly\s+|partially\s+)?by|"
            # "financial support for ndcube from X": what the money was for may come before who gave it
            r"(?:financial|funding)\s+support\s+(?:for\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3}?\s+)?(?:from|of|by)|grants?\s+(?:from|no\.?|number)|"
            r"funding\s+(?:for\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3}?\s+)?(?:from|by)|"
            r"support\s+(?:comes|came|was\s+received|is\s+received|was\s+provided|is\s+provided)\s+(?:from|by)|"
            r"(?:additional|further|partial)\s+support\s+(?:from|by|of))\b",
            re.IGNORECASE,
        )
        self.to_lead = re.compile(rf"^\s*(?:and\s+|also\s+)?to\s+(?=(?:the\s+)?(?:(?-i:[{UPPER}])|Dr|Prof))", re.IGNORECASE)
        # ("Laboratory support — A and B": a spaced dash sets a label off as a colon does)
        self.colon_label = re.compile(r"^\s*(?P<label>[A-Z][\w\- /&,]{1,60}?)(?:\s*:|\s+[—–]|\s+--)\s+(?P<rest>\S.*)$")
        # the same with a hyphen for a dash, read only when names are before it ("A and B - NMR spectra")
        self.hyphen_label = re.compile(r"^\s*(?P<label>[A-Z][\w\- /&,.]{1,80}?)\s+-\s+(?P<rest>\S.*)$")


# ----------------------------------------------------------- separators

_OPEN, _CLOSE = "([{", ")]}"


def _depths(s: str) -> list[int]:
    if not any(ch in s for ch in "([{"):
        return [0] * len(s)
    d = 0
    out = []
    for ch in s:
        if ch in _OPEN:
            d += 1
            out.append(d)
            continue
        if ch in _CLOSE:
            out.append(d)
            d = max(0, d - 1)
            continue
        out.append(d)
    return out


_CAP_RUN = re.compile(
    # (the look-behind comes after the first character, not before: a pattern that starts with a class of
    # characters lets the engine skip straight to the next one that can begin a run)
    rf"(?:[{UPPER}](?<![\w\-][{UPPER}])[\w’'.\-/]*|[0-9](?<![\w\-][0-9])[\w\-]*[A-Z][\w\-]*)"
    rf"(?:(?:\s+(?:of|for|and|on|in|de|des|du|la|le|the|at|&|für|und|et|y|di|del)\s+|\s+|\s*-\s*)(?:[{UPPER}][\w’'.\-/]*|[0-9][\w\-]*[A-Z][\w\-]*))*"
)


# "... and M. Richard", "and Dr Lee": a person's name opens here
_PERSON_OPENS = re.compile(rf"\s*(?:[{UPPER}]\.|(?:Dr|Prof|Mr|Mrs|Ms)\b)")
_CAP_DOT = re.compile(rf"[{UPPER}]\.")
# a cut before a capitalised item: ", X", "; and X", " and X"
# (and "while" or "whereas" before a clause of its own: "A assisted with X, while B located Y")
# participles that describe people rather than say what they did ("A, affiliated to X", "B, based at Y")
# (and the thanks said again of a name in a list: "A thanked for comments, and B for ...")
_DESCRIBING = re.compile(
    r"\s+(?:affiliated|based|located|employed|associated|stationed|interested|specialized|specialised|qualified|trained|registered|certified|retired|deceased"
    r"|thanked|acknowledged|credited|recogni[sz]ed|appreciated|mentioned|named|listed)\b",
    re.IGNORECASE,
)
_LIST_CUT = re.compile(rf"(?:,|;)\s+(?:and\s+|while\s+|whereas\s+)?(?=[{UPPER}])|\s+(?:and|while|whereas)\s+(?=[{UPPER}])")


class Segmenter:
    def __init__(self, lex: AttributionLexicon) -> None:
        self.lex = lex
        self._prot: dict[str, list[bool]] = {}
        self.ships_named = re.compile(rf"(?<![\w/])(?:{lex.words.ship_plural}){_SHIPS_AFTER}")
        self.and_before_lower_head = re.compile(rf"{_AND_BEFORE_LOWER}(?:{lex.words.joined_unit_heads})\b")

    def protected(self, s: str) -> list[bool]:
        got = self._prot.get(s)
        if got is None:
            if len(self._prot) > 4096:
                self._prot.clear()
            got = self._prot[s] = self._protected(s)
        return got

    def _protected(self, s: str) -> list[bool]:
        """Characters that no separator may cut: inside brackets, inside an
        organisation's name ("Center for Emerging and Zoonotic Diseases",
        "Department of Physics and Astronomy"), and "and" between two team
        nouns ("the captain and crew"). An "and" right after an
        organisation's head noun ends that name ("the Imaging Facility and
        Jane Doe")."""
        prot = [d > 0 for d in _depths(s)]
        for m in _CAP_RUN.finditer(s):
            run = m.group(0)
            if not re.search(r"\s(?:for|and|of|&|und|et|y)\s", run):
                continue
            if not self.lex.org_head(run):
                continue
            # "the X Centre for EPR measurements": capitals that only modify the lowercase
            # noun after the run are a purpose, not the rest of the name
            cont = re.match(r"\s+([a-z][a-z\-]+)", s[m.end() :])
            lower_head = bool(cont) and cont.group(1) not in _NAME_GLUE
            for w in re.finditer(r"\s(for|and|&|und|et|y)\s", run):
                if w.group(1) == "for" and lower_head and len(run[w.end() :].split()) <= 2 and " for " not in run[w.end() :]:
                    continue
                left = run[: w.start()].split()
                if w.group(1) in ("and", "&", "und", "et", "y") and left and self.lex.org_head(left[-1]):
                    continue
                if w.group(1) in ("and", "&") and len(left) == 1 and re.search(r"\d", left[0]) and self.lex.org_head(run[w.end() :]):
                    continue  # "sharing AAVDJ-CamKIIa-GCaMP6s and Stanford Gene Vector Core": a thing's code, then a unit
                right = run[w.end() :]
                after_head = run[self.lex.last_org_head_end(run[: w.start()]) : w.start()]
                inside = bool(re.search(r"\s(?:for|of|de|du|des|on)\s", after_head))
                if _PERSON_OPENS.match(right):
                    inside = False  # "... and M. Richard": a person follows
                elif (
                    inside
                    and w.group(1) in ("and", "&")
                    and (rn := re.split(r"\s+(?:of|at|from)\s+", right.strip(), maxsplit=1))
                    and self.lex.names.whole(rn[0]) is not None
                    and not self.lex.org_head(rn[0])
                    and (len(rn) == 2 or re.match(r"\s*(?:from|at|of)\s", s[m.end() :]))
                ):
                    inside = False  # "A from University of X and Bo Tran from Y": the run ends in a person with a place of their own
                elif (
                    inside
                    and w.group(1) in ("and", "&")
                    and len(right.split()) <= 3
                    and self.lex.names.whole(right.strip()) is not None
                    and not self.lex.hits(right)
                    and not self.lex.org_head(right)
                    and not any(_FIELD_SHAPE.search(x) or re.fullmatch(r"[A-Z]{2,}", x) for x in right.split())
                    and re.match(r"\s*(?:for\b|[,;.]|$)", s[m.end() :])
                ):
                    inside = False  # "the University of Keel and Ann Lee for ...": the run ends in a person's name
                if w.group(1) in ("and", "&") and not inside and self.lex.names.whole(re.split(r"\s+(?:and|&|for|of)\s+", right)[0]) is not None and not self.lex.org_head(re.split(r"\s+(?:of|at|from|in)\s+", right)[0]):
                    continue
                whole_left = run[: w.start()]
                left_name = self.lex.names.whole(whole_left) if w.group(1) == "and" else None
                if left_name is not None and not self.lex.hits(whole_left) and (len(whole_left.split()) <= 2 or left_name.titled or _CAP_DOT.search(whole_left)):
                    continue  # "Jo Bloggs and Genomics Core staff": a person, then a unit (not "Stanford Gene Vector and Virus Core")
                for k in range(m.start() + w.start(1), m.start() + w.end(1)):
                    prot[k] = True
        # "Multiscale Mechanical Modeling and Research Network (MMMRN) group": capitalised words, joined by
        # "and", "of" or "for", that the acronym after them spells letter for letter are one body's name
        if "(" in s:
            for m in _SPELLED_OUT.finditer(s):
                run = m.group("run")
                if not spelled_out(self.lex, run, m.group("acr")):
                    continue
                for w in re.finditer(r"\s(?:and|&|of|for)\s", run):
                    for k in range(m.start("run") + w.start(), m.start("run") + w.end()):
                        prot[k] = True
        # "the crews of the RVs Lady Basten and Cape Ferguson": a plural vessel prefix is shared by the
        # names after it, so the list of vessels is one item (no "Cape Ferguson" as a person)
        for m in self.ships_named.finditer(s):
            for w in re.finditer(r",|\s(?:and|&)\s", m.group("names")):
                for k in range(m.start("names") + w.start(), m.start("names") + w.end()):
                    prot[k] = True
        # "the Genomics and Transcriptomics (GeT) platform", "the Imaging and Cytometry core facility":
        # capitalised words joined by "and" before a unit's head in lower case are one unit's name
        for m in self.and_before_lower_head.finditer(s):
            if self.lex.names.whole(m.group("left").strip()) is not None or self.lex.names.whole(m.group("right").strip()) is not None:
                continue  # "Kim Park and Jo Lee": people
            for k in range(m.start("and"), m.end("and")):
                prot[k] = True
        for m in re.finditer(rf"\s(and|&)\s+(?:[A-Z][\w'’\-.]*\s+){{1,3}}{_LOWER_MODIFIERS}(?:lab|labs|laboratory|laboratories|group|groups|teams?)\b", s):
            for k in range(m.start(1), m.end(1)):
                prot[k] = True  # "members of the Kevin Maloy and Fiona Powrie groups", "the Keel and Tran engineering teams"
        for m in re.finditer(
            # (not "comments and to the staff of X": a preposition after "and" opens a new item)
            r"\b[a-z]\w*\s+(and|or|&)\s+(?!(?:the|our|all|other|its|their|to|for|from|at|of|with|by)\b)[a-z]\w*\s+(?:[a-z]\w*\s+)?(?:staffs?|personnel|team|teams|crew|crews|technicians|engineers|members|units|services|facilities|cores|laboratories|labs|platforms|support|assistance|help|expertise)\b"
            r"|\b\w+\s+(and|or|&)\s+(?!(?:the|our|all|other|its|their|to|for|from|at|of|with|by)\b)\w+\s+(?:staffs?|personnel|team|teams|crew|crews|technicians|engineers|members)\b",
            s,
        ):
            g = 1 if m.group(1) else 2
            w1, w2 = re.findall(r"\w+", m.group(0))[0], re.findall(r"\w+", s[m.end(g) :])[0]
            if g == 2 and w1[:1].islower() and w2[:1].isupper():
                continue  # "DNA extraction and JIRCAS staff A and B": a new item, not one shared noun
            for k in range(m.start(g), m.end(g)):
                prot[k] = True  # "the technical and administrative staff", "the diagnostic and laboratory service units"
        for m in re.finditer(r"\b(\w+)\s+(and|&)\s+(\w+)\b", s):
            a_, b_ = m.group(1), m.group(3)
            if (self.lex.is_team_word(a_) and self.lex.is_team_word(b_)) or (
                a_.islower() and b_.islower() and {a_.lower(), b_.lower()} & self.lex.words.team_plurals and {a_.lower(), b_.lower()} <= self.lex.words.team_plurals | self.lex.words.people_plurals
            ):
                for k in range(m.start(2), m.end(2)):
                    prot[k] = True  # "the captain and crew", "the technicians and students who helped"
            elif a_.lower() in _UNIT_PLURALS and self.lex.is_team_word(b_) and re.match(r"\s+(?:of|at|in)\s", s[m.end() :]):
                for k in range(m.start(2), m.end(2)):
                    prot[k] = True  # "the computing centres and personnel of the X Grid": the units and their people, one body
        # "beam lines 12-2 and 14-1", "stations 4, 5 and 7": numbers and codes in a list are one thing's
        for m in re.finditer(rf"(?<![\w.\-/]){_NUMBER_CODE}(?:,\s+{_NUMBER_CODE})*,?\s+(and|&)\s+{_NUMBER_CODE}(?![\w\-])", s):
            for k in range(m.start(), m.end()):
                if s[k] == "," or k in range(m.start(1), m.end(1)):
                    prot[k] = True
        # "the staff at CERN and at other CMS institutes": the same place word again after "and" adds a
        # place to the one team, it opens no new item
        if " and at " in s or " and in " in s:
            for m in re.finditer(r"\b(at|in)\s+[^,;()]{1,60}?\s(and)\s+(?:also\s+)?\1\s", s):
                for k in range(m.start(2), m.end(2)):
                    prot[k] = True
        # "Illumina, Inc.": a legal suffix is part of the company's name
        for m in re.finditer(r",(?=\s*(?:Inc|Ltd|LLC|GmbH|Corp|plc|S\.A|AG|B\.V|Pty|KK|S\.r\.l|S\.p\.A|A/S|Oy|NV)\b\.?)", s):
            prot[m.start()] = True
        # "at both Stony Brook University and George Washington University": one place-list
        for m in re.finditer(r"\bboth\s+(?:the\s+)?(?:[A-Z][\w'’\-.]*\s+){1,6}?(and|&)\s+(?:the\s+)?[A-Z]", s):
            for k in range(m.start(1), m.end(1)):
                prot[k] = True
        # "the RV Alpha, RV Beta and RV Gamma crews": names sharing one plural team noun
        for m in re.finditer(
            r"(?:[A-Z][\w\-/.]*\s+){0,3}[A-Z][\w\-/.]*(?:\s*,\s*(?:[A-Z][\w\-/.]*\s+){0,3}[A-Z][\w\-/.]*)*,?\s+(?:and|&)\s+(?:[A-Z][\w\-/.]*\s+){1,4}"
            r"(?:crews|teams|(?i:cores|facilities|platforms|units|laboratories|services)|Centres|Centers)\b",
            s,
        ):
            for k in range(m.start(), m.end()):
                if s[k] == "," or s[k : k + 5] in (" and ", " & "):
                    prot[k] = True
            for w in re.finditer(r"\s(and|&)\s", m.group(0)):
                for k in range(m.start() + w.start(1), m.start() + w.end(1)):
                    prot[k] = True
        # "the captain, officers and crew": a list of team words is one team
        for m in re.finditer(r"\b\w+(?:,\s+\w+)+,?\s+(?:and|&)\s+\w+\b", s):
            words = re.findall(r"\w+", m.group(0))
            if all(self.lex.is_team_word(w) for w in words if w not in ("and",)):
                for k in range(m.start(), m.end()):
                    if s[k] == ",":
                        prot[k] = True
        return prot

    def cuts(self, s: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        prot = self.protected(s)
        out = []
        for m in pattern.finditer(s):
            if any(prot[k] for k in range(m.start(), m.end()) if not s[k].isspace()):
                continue
            out.append((m.start(), m.end()))
        return out

    def items(self, s: str) -> list[tuple[int, str]]:
        """Top-level items of a list with their offsets in ``s``. Names
        written family name first and kept apart by semicolons ("Krum,
        Valeria; Drehe, Ignacio; ...") are one item each."""
        inv = _inverted_name_list(s)
        if inv is not None:
            return inv
        cuts = self.cuts(s, _ITEM_SEP)
        out: list[tuple[int, str]] = []
        pos = 0
        for a, b in cuts:
            out.append((pos, s[pos:a]))
            pos = b
        out.append((pos, s[pos:]))
        res: list[tuple[int, str]] = []
        for off, t in out:
            lead = len(t) - len(t.lstrip())
            t2 = t.strip()
            if t2 and res and self.lex.words.is_post_nominal(t2):
                # "Anna Berg, M.Sc., and Karl Hahn", "Jo Bloggs, LATG, for ...": a degree or
                # certification after a comma belongs to the name before it
                p_off = res[-1][0]
                res[-1] = (p_off, s[p_off : off + lead + len(t2)])
                continue
            if t2:
                res.append((off + lead, t2))
        return res

    def first(self, s: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
        prot = self.protected(s)
        for m in pattern.finditer(s):
            if not any(prot[k] for k in range(m.start(), m.end()) if not s[k].isspace()):
                return m
        return None


# an item of a list set one a line: a bullet or a number before it, then a capital
_LIST_MARK = re.compile(r"[ \t]*(?:[-*•–·▪◦]|\(?\d{1,2}[.)])[ \t]+(?=\S)")
_ITEM_LINE = re.compile(rf"[ \t]*(?:(?:[-*•–·▪◦]|\(?\d{{1,2}}[.)])[ \t]+)?[{UPPER}][^\n]{{1,200}}")


def _join_listed_lines(text: str) -> str:
    """"We thank the following for technical help:\nA (X)\nB (Y)", "Technical
    support:\n- A\n- B": a list set one item a line under a line that leads
    into it (ending in a colon, or items marked as a list) is read as the
    sentence it stands for, its items parted by commas (by semicolons when
    they give purposes of their own). Characters are only replaced, one for
    one, so every offset holds."""
    lines = list(re.finditer(r"[^\n]*", text))
    lines = [m for m in lines if m.start() == 0 or text[m.start() - 1] == "\n"]
    out = list(text)
    k = 0
    while k < len(lines) - 2:
        lead = lines[k].group(0).rstrip()
        j = k + 1
        while j < len(lines) and lines[j].group(0).strip() and _ITEM_LINE.fullmatch(lines[j].group(0)) and len(lines[j].group(0)) <= 200:
            j += 1
        items = lines[k + 1 : j]
        marked = bool(items) and all(_LIST_MARK.match(m.group(0)) for m in items)
        if lead and len(items) >= 2 and (lead.endswith(":") or marked) and not any(m.group(0).rstrip().endswith(":") for m in items[:-1]):
            sep = ";" if any(re.search(r"\sfor\s", m.group(0)) for m in items) else ","
            for n, m in enumerate(items):
                mk = _LIST_MARK.match(m.group(0))
                if mk:
                    for q in range(m.start(), m.start() + mk.end()):
                        out[q] = " "
                body_end = m.start() + len(m.group(0).rstrip())
                if n and text[m.start() - 1] == "\n":
                    out[m.start() - 1] = sep
                # (an item's own full stop would end the sentence the list stands for)
                if n < len(items) - 1 and text[body_end - 1 : body_end] in ".;,":
                    out[body_end - 1] = " "
            first = items[0].start() - 1
            out[first] = " " if lead.endswith(":") else ":"
            k = j
        else:
            k += 1
    return "".join(out)


# a bullet set inside a line, as a PDF's or Word document's text layer runs a list into one line
_INLINE_BULLET = re.compile(r"(?:(?<=\s)|^)[•▪◦●](?=\s)")


def _join_inline_bullets(text: str) -> str:
    """"We thank the following: • A (X) • B (Y)": a list whose bullets a text
    layer has run into one line, read as the sentence it stands for, as
    `_join_listed_lines` reads one set a line. Characters are only replaced,
    one for one, so every offset holds."""
    out = list(text)
    for line in re.finditer(r"[^\n]+", text):
        marks = [m.start() for m in _INLINE_BULLET.finditer(line.group(0))]
        lead = line.group(0)[: marks[0]].rstrip() if marks else ""
        if len(marks) < 2 or not lead:
            continue
        base = line.start()
        items = [line.group(0)[a + 1 : b] for a, b in zip(marks, marks[1:] + [len(line.group(0))])]
        items[-1] = re.split(r"[.!?]\s+(?=\S)", items[-1], maxsplit=1)[0]
        sep = ";" if any(re.search(r"\sfor\s", t) for t in items) else ","
        out[base + marks[0]] = " " if lead.endswith(":") else ":"
        for at in marks[1:]:
            out[base + at] = sep
            q = base + at - 1
            while q > base and text[q].isspace():
                q -= 1
            if text[q] in ".;,":
                out[q] = " "
    return "".join(out)


_SHIP_NAME = rf"(?:[{UPPER}][\w'’\-.]*\s+){{0,3}}[{UPPER}0-9][\w'’\-.]*"
# vessels named after a plural prefix (the pack's ``ship_prefixes`` in the plural): "the RVs A, B and C"
_SHIPS_AFTER = rf"\s+(?P<names>{_SHIP_NAME}(?:\s*,\s*{_SHIP_NAME})*,?\s+(?:and|&)\s+{_SHIP_NAME})"
# capitalised words, perhaps joined by "and", "of" or "for", then an acronym of three or more capitals in brackets
_SPELLED_OUT = re.compile(rf"(?<![\w\-])(?P<run>[{UPPER}][\w\-'’]*(?:\s+(?:(?:and|&|of|for|the)\s+)?[{UPPER}][\w\-'’]*){{2,9}})\s*\((?P<acr>[A-Z]{{3,10}})\)")


def spelled_out(lex: AttributionLexicon, run: str, acronym: str) -> bool:
    """Whether capitalised words joined by "and", "of" or "for" are what the
    acronym after them stands for, letter for letter (a body's name; not
    "Anna Keel and Bo Tran (AKBT)", two people)."""
    if not re.search(r"\s(?:and|&|of|for)\s", run):
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w\-'’]*", run) if w[0].isupper())
    if initials.upper() != acronym.upper():
        return False
    sides = re.split(r"\s+(?:and|&)\s+", run)
    return not (len(sides) > 1 and all(lex.names.whole(x) is not None for x in sides))


def body_spelled_out(lex: AttributionLexicon, text: str) -> bool:
    """Whether ``text`` holds a body's name spelled out before its acronym."""
    return "(" in text and any(spelled_out(lex, m.group("run"), m.group("acr")) for m in _SPELLED_OUT.finditer(text))


# one given name singled out from a unit, before or after the word that singles it out
_SINGLING = r"in\s+particular|especially|specially|particularly|specifically|notably|namely"
_GIVEN = rf"[{UPPER}][{LOWER}'’\-]+"
_SINGLED_OUT_BEFORE = re.compile(rf"(?:and\s+)?(?:{_SINGLING})\s+(?P<name>{_GIVEN})")
# ", and within the Quantronics group, technical support from": a place set off by commas between
# the "and" of a list of things acknowledged and the next thing (lower case, given "from", "of" or "by")
_PLACE_SET_OFF = re.compile(
    rf"(,\s*and\s+)(?:(?:with)?in|at)\s+(?:the|our)\s+[{UPPER}][^,;()]{{2,80}},\s*(?=[a-z][a-z\- ]{{2,60}}?\s+(?:from|of|by|with)\s)"
)
# one entry of a list set a line each: a name or names, a dash, their part ("Rob Keyzers and Jennie
# Ramirez-Garcia - NMR spectra")
# (before the dash, capitalised words only, joined by commas or "and": names, not a sentence's start)
_DASH_ENTRY = re.compile(rf"\s*[{UPPER}][\w.'’\-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)[{UPPER}][\w.'’\-]*){{0,12}}\s[-–—]\s+\S[^\n]{{0,120}}")
# the writer alone, thanking: "I thank", "I want to thank", "my thanks to", "thanks to ... for helping me"
_WRITER_ALONE = re.compile(r"(?:^|[\s(])(?:I|my|me)\b")
_SINGLED_OUT_AFTER = re.compile(rf"(?:and\s+)?(?P<name>{_GIVEN})(?P<after>\s+(?:{_SINGLING}))?")
# up to two words in lower case that say what a unit does, before its head ("engineering teams", "core
# facilities"; not words of grammar: "Bo Tran of the team")
_LOWER_MODIFIERS = r"(?:(?!(?:the|of|for|from|at|in|on|with|and|or|our|their|his|her|its|all|to|by)\s)[a-z][a-z\-]+\s+){0,2}"
# capitalised words joined by "and" before one of the pack's ``joined_unit_heads`` in lower case
_AND_BEFORE_LOWER = rf"\b(?P<left>(?:[{UPPER}][\w\-]*\s+){{1,4}}?)(?P<and>and|&)\s+(?P<right>(?:[{UPPER}][\w\-]*\s+){{1,4}}?)(?:\([^()]{{1,20}}\)\s+)?"
# the whole of the work, or a share of it ("This research", "Part of the present study")
WHOLE_WORK = r"(?:(?:parts?|some|much|most|all)\s+of\s+)?(?:this|the|our|these|the\s+present)\s+(?:work|research|study|studies|project|investigation)"
# the whole of the work as the subject, and nothing else, as user facilities' boilerplate also
# writes it ("Portions of this research were carried out at ...")
_WHOLE_WORK_SUBJECT = re.compile(rf"^\s*(?:(?:a\s+)?portions?\s+of\s+)?{WHOLE_WORK}\s*$", re.IGNORECASE)
_ITEM_SEP = re.compile(
    r"\s*;\s*(?:and\s+|&\s+)?|,\s*(?:and\s+|&\s+|as\s+well\s+as\s+|plus\s+)?|\s+(?:and|&|as\s+well\s+as|along\s+with|together\s+with|plus)\s+|\s*:\s+"
)
_ENUMERATED = re.compile(r"(?:^|[;:]\s*(?:and\s+)?)\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s")
# a determined or counted group of people: "numerous students", "all the volunteers", "the many helpers"
_PEOPLE_GROUP = re.compile(
    r"^(?:(?:and|also|to)\s+)?(?:(?:the|all|our|numerous|many|several|other|various|countless|all\s+the|an?|one|two|three|four|five|six|\d{1,2}|anonymous|external)\s+)+",
    re.IGNORECASE,
)
_CREW_OF = re.compile(r"\b(?:crews?|captains?|officers|masters?)\s+(?:\w+\s+){0,2}?(?:of|on|aboard)\s+(?:the\s+)?\S", re.IGNORECASE)
# the name particles of one list (``names.PARTICLES``), as a pattern
_PARTICLE = "|".join(re.escape(p) for p in sorted(PARTICLES, key=lambda p: (-len(p), p)) if " " not in p)
# capitalised words, perhaps joined by particles ("Laboratoire Vétérinaire d'Analyses", "Centre de Recherche"; not "and")
# a town or a region in an address, perhaps with its postal code: "Matsuzaka 515-2316", "Mie", "75005 Paris"
_TOWN = re.compile(r"(?:\d{3,6}(?:[\s\-]\d{3,4})?\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){0,2}(?:\s+\d{3,6}(?:[\s\-]\d{3,4})?)?|[A-Z]{2}")
_CAPITALISED_RUN = re.compile(rf"(?:[dl]['’])?[{UPPER}][\w\-'’.&]*(?:\s+(?:(?:[dl]['’])?[{UPPER}][\w\-'’.&]*|{_PARTICLE}|of|for))*")
# a particle or an elision among capitalised words: a name written in a Romance language ("Centre de Recherche", "d'Analyses")
_PARTICLE_IN = re.compile(rf"\s(?:{_PARTICLE})\s|(?:^|\s)[dl]['’][{UPPER}]")
# "<who they are or what they did> include A, B and C" / "... were A and B"
_SUBJECT_INCLUDES = re.compile(
    rf"^(?P<subj>(?:[\w\-'’,]+\s+){{1,30}}?)(?:include[sd]?|comprised?|were|are)\s*:?\s+(?P<list>(?:(?:Drs?|Prof|Mr|Mrs|Ms)\.?\s+)?[{UPPER}].*)$"
)
# "Thanks to (the efforts of) A, B and C, <what happened>": thanks that open a sentence whose own clause follows
_THANKS_TO_RESULT = re.compile(
    r"^\s*(?:(?:many|special)\s+)?thanks\s+to\s+(?:the\s+(?:[\w\-]+\s+){0,3}?(?:efforts?|help|work|assistance|support|skills?|expertise|dedication)\s+of\s+)?",
    re.IGNORECASE,
)
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|could|became|we\s+(?:were|could|have|had|managed))\b", re.IGNORECASE)
# capitalised words, then a unit's head noun in lower case: "Bloomington Stock center"
_LOWER_UNIT_HEAD = re.compile(rf"(?:the\s+)?(?P<name>(?:[{UPPER}][\w\-’']*\s+){{1,5}})(?P<head>[a-z]+)")
# "her team at the X Core", "his staff in the Y Facility": a person's own team, at its unit
_OWN_TEAM_AT = re.compile(rf"^(?:his|her|their)\s+(?P<team>(?:team|staff|group|crew|colleagues)\s+(?:at|of|from|in)\s+(?:the\s+)?[{UPPER}].*)$", re.IGNORECASE)
_NOT_LIMITED = re.compile(r"\b(including|especially)\s*,?\s*(?:but\s+)?not\s+(?:only|limited|restricted|reduced)(?:\s+to)?\s*,?", re.IGNORECASE)
_SEMI = re.compile(";")
_SEMICOLON = re.compile(r"\s*;\s*(?:and\s+|&\s+)?")
# a list inside a unit: coordinated names, or a team and its members
_OWN_LIST = re.compile(r"\s(?:and|&)\s|,\s*(?:especially|including|in\s+particular|particularly|notably|namely)\b|\s(?:especially|including|in\s+particular|particularly)\s")
_NAME_GLUE = frozenset({"at", "in", "of", "and", "the", "for", "to", "from", "with", "on", "by", "who", "which", "whose", "that", "as", "or", "de", "du", "des", "und", "et", "y"})
_PURPOSE_START = re.compile(
    r"(?:^|\s)(?:for|who|(?:(?:with|without|to|of|by|from|among)\s+)?whom|which|whose|that\s+(?:\w+ly\s+)?(?:help(?:s|ed)?|assist(?:s|ed)?|perform(?:s|ed)?|provide[sd]?|runs?|ran|keeps?|kept|maintain(?:s|ed)?|collect(?:s|ed)?|operate[sd]?|manage[sd]?|support(?:s|ed)?|builds?|built|develop(?:s|ed)?|process(?:es|ed)?|curate[sd]?|host(?:s|ed)?|(?-i:[a-z])\w{2,}ed))\b|\s\((?=for\s)"
    # "Dr. A in conducting the analysis", "B on preparing the samples": what they did, after "in" or "on"
    r"|\s(?:in|on)\s+(?=(?:the\s+)?(?:\w+ly\s+)?(?-i:[a-z])(?:\w+-)?\w{2,}ing\b(?<!\bfollowing)(?<!\bbeginning)(?<!\bbuilding)(?<!\bthing)(?<!\bspring)(?<!\bstring)(?<!\bevening)(?<!\bmorning)(?<!\bceiling)(?<!\bwing)(?<!\bring)(?<!\bmeeting))"
    # (or a task named by its noun: "A in sample preparation", "B in the analysis of the cores"; not a
    # place, "in Madrid", "in building 5")
    r"|\s(?:in|on)\s+(?=(?:the\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,3}?(?-i:[a-z])[\w\-]*(?:tion|sion|sis|ses)s?\b)"
    # "grateful to A and B from X to their support on ...": "to" written for "for" before what they gave
    r"|\s(?=to\s+(?:their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:support|help|assistance|contributions?|efforts?|expertise)\b)"
    # "A for assistance with X, and B with the cDNA screening experiments": the help elided, its object kept
    r"|\s(?=with\s+(?:the|their|his|her)\s+(?-i:[a-z0-9]|[A-Z]{2,}(?![a-z]))[\w\-]*\s+(?:[\w\-]+\s+){0,4}?(?:experiments?|measurements?|analys[ie]s|assays?|samples?|sequencing|imaging|microscopy|preparations?|cultures?|extractions?)\b)",
    re.IGNORECASE,
)
# a unit's staff named with what they run: "the facilities and staff", "the staff and computing resources"
STAFF_AND_MEANS = (
    r"(?:(?:computing\s+)?(?:facilities|resources|infrastructure)\s+and\s+(?:the\s+)?staff"
    r"|staff\s+and\s+(?:the\s+)?(?:computing\s+)?(?:facilities|resources|infrastructure))"
)
# "by the facilities and staff of the X Center", "by the staff and resources of X"
_STAFF_SUPPORT = re.compile(
    rf"\b(?:by|from)\s+(?P<org>(?:the\s+)?{STAFF_AND_MEANS}\s+(?:of|at)\s+(?:the\s+)?[{UPPER}][^,;()]*?)(?=\s*(?:[,;()]|\.\s|\.?$)|\s+and\s+(?:by|from|with|through)\s|\s+(?:under|through|via)\s)"
)
# one word in camel case, its inner capital after three letters or more: a brand, not a person
# ("BioMarker", "GenoScreen", "SciLifeLab"; not "MacArthur", "DeShawn", "McDonald")
_BRAND = re.compile(r"(?!(?:Mac|Mc|Van|Von|Der|Den|Des|Del|Della|Fitz|Le|La|De|Di|Du)[A-Z])[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+")
# a sentence that opens by thanking ("The authors thank", "We are grateful to", "Thanks to")
_THANKS_OPENS = re.compile(
    r"\s*(?:(?:the\s+)?authors?|we|i|this\s+(?:work|study|author))\s+(?:\w+\s+){0,3}?(?:thank|thanks|acknowledges?|are\s+(?:\w+\s+)?grateful|is\s+(?:\w+\s+)?grateful|am\s+(?:\w+\s+)?grateful)\b"
    r"|\s*(?:many\s+|special\s+)?thanks\s+(?:are\s+due\s+|go\s+)?to\b",
    re.IGNORECASE,
)
_PERSON_POST = re.compile(r"(?:the|a|an|our)\s+(?:[a-z][a-z\-]*\s+){0,3}[a-z\-]*(?:ist|ian|er|or|ant|ent|nurse|officer|fellow|keeper|midwife)")
# "under the direction of Dr. Y", "under the supervision of Y": who runs the unit named before
# "under the direction of A", ", headed by A": who leads the unit named before
_UNDER_DIRECTION = re.compile(
    r"(?:\bunder\s+the\s+(?:\w+\s+)?(?P<post>direction|supervision|management|leadership|guidance)\s+of|,\s*(?P<verb>headed|led|directed|run|managed|coordinated|supervised)\s+by)\s+(?P<who>[^,;()]{3,80})",
    re.IGNORECASE,
)
# two or three capitalised words and nothing else ("He Bo", "Bidiel Fall", "Meng-ni An")
_BARE_NAME = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?(?:\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?){{1,2}}"
    # "C. Bay", "B. Fall": initials, then a family name that is also an ordinary word
    rf"|(?:[{UPPER}]\.\s?){{1,3}}[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?"
)
_REST_OF = re.compile(r"(?:the\s+)?rest\s+of\s+(?=the\s|our\s|[A-Z])", re.IGNORECASE)
_LEAD = re.compile(
    # ("by" said again before each agent of a passive: "assistance by the staff of X, by the Y Station and by Z")
    r"^(?:(?:and|also|to|by(?=\s+(?:the\s+|our\s+)?[A-Z])|especially|specially|particularly|in\s+particular|sincerely|warmly|very\s+much|kindly|both|all|"
    r"most\s+of\s+all|above\s+all|again|further|finally|lastly|likewise|indeed|gratefully|heartily|notably|namely|including|specifically|"
    # "..., with special thanks to A": thanks within an item
    r"(?:with\s+)?(?:(?:special|particular|many|sincere|warm|additional|extra|further|our)\s+)*thanks\s+(?:are\s+due\s+|go\s+)?to|"
    # "the late Wayne Culberth": someone who has died, named as a person
    r"(?:the\s+|our\s+)?late(?=\s+(?:Dr|Prof|Mr|Mrs|Ms)?\.?\s*[A-Z]))\b[\s,]*|(?:viz|i\.\s?e|e\.\s?g)\.[\s,]*)+",
    re.IGNORECASE,
)
# a person's name, then "and" and a capitalised unit ("Stanford Gene Vector and Virus Core")
_AND_UNIT = re.compile(rf"\s+(?:and|&)\s+[{UPPER}]")
# an apposition saying what the unit before belongs to ("the imaging facility MRI, member of France-BioImaging")
_MEMBER_OF = re.compile(r"^(?:a\s+|an\s+)?(?:member|part|node)\s+of\b", re.IGNORECASE)
# words that introduce the members of a group just named ("the technicians
# of X for their support, particularly A, B and C")
_ELABORATES = re.compile(
    r"^\s*(?:and\s+)?(?:(?:especially|specially|particularly|in\s+particular|notably|namely|including|specifically|most\s+of\s+all|above\s+all|amongst\s+them|among\s+them)\b|(?:viz|i\.\s?e)\.)",
    re.IGNORECASE,
)
# "the X Facility for the fragment analysis, with a special thanks to A": A singled out from what was thanked
# (when nothing of A's own is said)
_SINGLED_WITH_THANKS = re.compile(r"^\s*(?:and\s+)?with\s+(?:a\s+)?(?:special|particular)\s+(?:thanks|mention|gratitude)\s+(?:to|of)\b", re.IGNORECASE)
# a coordinated noun phrase that opens with advice or comments: "insightful comments from X"
_ADVICE_OF = re.compile(
    r"^\s*(?:the\s+|their\s+|his\s+|her\s+|our\s+)?(?:[\w\-]+\s+){0,2}(?:comments|discussions?|suggestions|feedback|advice|insights?|input)\s+(?:of|from|by|with|provided\s+by)\s+",
    re.IGNORECASE,
)
# (and a plural kind of unit before the units it names: "other groups including the Net Shed, the
# Survey Support Team and ...", "several facilities, namely the X Core and the Y Workshop")
_TEAM_INCLUDING = re.compile(
    r"(?:(?<=\bteam)|(?<=\bteams)|(?<=\bstaff)|(?<=\bcrew)|(?<=\bcrews)|(?<=\bpersonnel)|(?<=\btechnicians)|(?<=\bengineers)|(?<=\boperators)|(?<=\bgroup)"
    r"|(?<=\bgroups)|(?<=\bunits)|(?<=\bfacilities)|(?<=\bcores)|(?<=\bplatforms)|(?<=\bservices)|(?<=\blaboratories)|(?<=\blabs)"
    r"|(?<=\bcentres)|(?<=\bcenters)|(?<=\bdepartments)|(?<=\bworkshops))"
    r"\s(?=(?:including|especially|specially|particularly|namely)\s+(?:the\s+)?(?:(?:Dr|Drs|Prof|Mr|Mrs|Ms)\.?\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
_TEAM_LEAD = re.compile(r"\s(?:including|especially|specially|particularly|namely)\s", re.IGNORECASE)
# a purpose in plain words after "for": "for technical assistance", "for their help"
_SHARED_PURPOSE = re.compile(r"\s*(?:for|who|whom)\s+(?:(?:the|their|his|her|all|its)\s+[a-z]|(?!(?:the|their|his|her|all|its)\s)[a-z])")
_NP_SEP_BARE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NP_SEP = re.compile(r"(?:\s*,\s*|\s+)(?:and|as\s+well\s+as)\s+(?=(?:the|their|his|her|our)\s)|\s*;\s*(?:and\s+)?", re.IGNORECASE)
# "the France Génomique", "the Worldwide LHC Computing Grid collaboration", "all Grid centres":
# a definite name of capitalised words, perhaps ending in one common noun
_DETERMINED = re.compile(r"(?:the|all|our|other|its|their)\s", re.IGNORECASE)
_PROPER_ORG = re.compile(rf"(?:the|all(?:\s+the)?)\s+(?:[{UPPER}0-9][\w\-'’&/.]*\s+){{0,7}}[{UPPER}0-9][\w\-'’&/.]*(?:\s+(?:\([^()]{{1,60}}\)))?(?:\s+[a-z]{{3,}}){{0,1}}")
# a semicolon after which the next item names those credited and, with "for", what for, its verb
# left out ("...; Jo Lee and the vivarium staff for animal care")
_ELIDED_VERB_ITEM = re.compile(rf";\s*(?:and\s+)?(?=(?:the\s+)?[{UPPER}][^;]{{0,200}}?\s+for\s+[^;])")

# a company's legal form, closing its name ("Example Co., Ltd", "X Private Limited")
# a sentence opened by a gerund and a word of grammar ("Being a member of", "Working with the"): a clause
# words that rank or qualify a post ("Senior Conservator", "Deputy Lab Manager")
_RANK_WORDS = frozenset("senior junior chief head principal lead deputy assistant associate acting interim staff research".split())
_GERUND_CLAUSE = re.compile(r"[A-Z][a-z]+ing\s+(?:a|an|the|of|to|with|in|on|at|for|my|our|this|these|such)\s")
_LEGAL_SUFFIX = re.compile(r"(?:Inc|Incorporated|Ltd|Ltda|LLC|GmbH|Co|Corp|Corporation|Company|(?:Private\s+)?Limited|plc|S\.?A|AG|B\.?V|Pty(?:\s+Ltd)?|KK|K\.K|S\.?r\.?l|S\.?p\.?A|A/S|AB|Oy|NV)", re.IGNORECASE)
_POSSESSIVE_ORG = re.compile(rf"^(?P<org>(?:the\s+)?[A-Z][^,;()]{{2,100}}?)['’]s\s+(?P<name>[{UPPER}][^,;()]{{2,60}})$")
# "Erwin Erkfitz, Senior Preparator": one line of a credits roll
# a thing named with a determiner, then what was done to it ("This system designed and built", "The rig kindly built")
_THING_DONE = re.compile(
    r"^(?P<np>(?:the|this|these|that|those|our|its|their|all)\s[^,;]{1,80}?)\s+(?:\w+ly\s+)?"
    r"(?P<done>(?:[a-z]+(?:ed|en)|(?:re)?built|(?:re)?made|run|grown|done|cut|spun|sent|set\s+up|put\s+together)"
    r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:[a-z]+(?:ed|en)|(?:re)?built|(?:re)?made|run|grown|done|cut|spun|set\s+up))*)$",
    re.IGNORECASE,
)
_ROLL_LINE = re.compile(rf"^(?P<name>[{UPPER}][^,;:()]{{2,50}}),\s+(?P<title>[A-Za-zÀ-ÿ][^;:]{{2,120}}?)\s*$")
# "Nicholas Rudawski [Technician] (TEM images).", "Kim Park (Research Technician)": a line that is a
# name with its post in brackets, perhaps with what they did
_POST_LINE = re.compile(rf"^(?P<name>[{UPPER}][^,;:()\[\]]{{2,50}}?)\s*[\[(](?P<title>[^\[\]()]{{2,80}})[\])](?:\s*[,:\-–]?\s*\((?P<what>[^()]{{0,200}})\))?\s*[.;]?$")
# "our talented photographers, A and B, have ...": a post or team in the plural, then its members
_APPOSITIVE_TEAM = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Mm]y|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?P<role>(?:[\w\-]+\s+)?(?:team|staff|technicians|photographers|engineers|preparators|conservators|specialists|crew|technologists|operators))\s*,\s+"
    rf"(?P<names>[{UPPER}][^,;:()]{{2,60}}(?:,\s+(?:and\s+)?[{UPPER}][^,;:()]{{2,60}})*)\s*(?:,|\s+(?:is|are|was|were|have|has|had)\b)"
)
# "the technicians and students": a technical team noun joined to people in the plural is one team
_ORG_STAFF = re.compile(r"^(?:the\s+)?(?:[A-Z][\w\-/&.]*\s+){1,5}(?:staff|team|crew|personnel)\b")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.?){2,4}")
_FRONT_FOR = re.compile(r"^\s*(?:(?:also|and|finally|lastly)\s+)?for\s+(?P<purpose>[^,;]{3,160}?)\s*,\s*(?=\S)", re.IGNORECASE)
_MEMBERS_TAIL = re.compile(rf"(?:,\s*|\s+)(?:including|especially|specially|particularly|in\s+particular|namely|notably)\s+(?:to\s+)?(?:(?:Dr|Drs|Prof|Mr|Mrs|Ms)\.?\s+)?(?P<name>[{UPPER}][^,;()]{{2,60}})$")
_FRONT_FOR_LIST = re.compile(
    r"^\s*(?:(?:also|and|finally|lastly)\s+)?for\s+(?P<purpose>[^;]{3,200}?(?:,|\band\b)[^;]{1,200}?)\s*,?\s*"
    r"(?=(?:we|i|the\s+authors?|all\s+authors)\s+(?:\w+\s+){0,4}?(?:thank|acknowledge|are\s+grateful|am\s+grateful|grateful|appreciate|indebted))",
    re.IGNORECASE,
)
# a passive's agents set after a colon: "were conducted by: A, B and C"
_BY_COLON = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\s*:(?=\s)", re.IGNORECASE)
_FRONTED_PURPOSE = re.compile(r"^\s*(?:(?:also|and|finally|lastly)\s+)?for\s+(?P<purpose>[^,;]{3,160}?)\s*,?\s*(?:(?:we|i|the\s+authors?)\s.*)?$", re.IGNORECASE)
_FOLLOWING_FOR = re.compile(
    r"\bthe\s+following(?:\s+(?P<role>(?!(?:for|who|that|which)\b)[a-z][\w\s\-]{0,40}?))?(?:\s+(?:for|who|that|which)\s+(?P<purpose>[^:]{3,200}))?\s*:\s*(?P<list>\S.*)$",
    re.IGNORECASE,
)
_FOLLOWING_THANKED = re.compile(
    r"^\s*(?:we\s+)?the\s+following(?:\s+(?P<role>(?!(?:are|is|were|was)\b)[a-z][\w\s\-]{0,40}?))?\s+(?:are|is|were|was)\s+(?:\w+\s+)?(?:thanked|acknowledged|recogni[sz]ed)\s+"
    r"(?:for\s+(?P<purpose>[^:]{3,200}))?\s*:\s*(?P<list>\S.*)$",
    re.IGNORECASE,
)
# what those before a colon list did: "helped with the sample preparation", "have contributed to X"
_DID_BEFORE_LIST = r"(?P<purpose>(?:have\s+|has\s+)?(?:also\s+)?(?:contributed|helped|assisted|worked|participated|took\s+part)\b[^:]{0,200}?)\s*:\s*(?P<list>\S.*)$"
_FOLLOWING_DID = re.compile(r"^\s*(?:the\s+)?following\s+(?:[\w\-]+\s+){0,2}?" + _DID_BEFORE_LIST, re.IGNORECASE)
# (or people counted or pointed at: "Many people contributed to the laboratory analyses: A, B and C",
# "These colleagues assisted with the sample preparation: A and B")
_PEOPLE_DID = re.compile(
    r"^\s*(?:these|those|many|several|various|numerous|other|a\s+number\s+of|a\s+few|all\s+(?:of\s+)?these)\s+(?:[\w\-]+\s+)?"
    r"(?:people|persons|individuals|colleagues|staff|staff\s+members|members|students|volunteers|technicians|scientists|researchers)\s+" + _DID_BEFORE_LIST,
    re.IGNORECASE,
)
_FOLLOWING = re.compile(r"^(?:the\s+)?following\s*(?P<role>[\w\s\-]*?)\s*$", re.IGNORECASE)
_AFFIL = re.compile(r"^(?P<who>.+?)(?:,\s*|\s+)(?:at|of|from|in|with|within|\(|–|-)\s*(?P<org>(?:the\s+)?.+?)\)?$")
# a number or a short code with one ("12-2", "8.3.1", "23-ID", "BL14-1"), not a named thing ("pcDNA3-APP")
_NUMBER_CODE = r"(?:\d[\d.\-/]*(?:[\-/]?[A-Z]{1,3})?|[A-Z]{1,3}[\-]?\d[\d.\-/]*)"
# a clause after a comma that names others who helped by another route ("..., with drawings made by C", "..., with help from C")
_WITH_TAIL = re.compile(r",\s+with\s+(?:the\s+|some\s+)?(?:[\w\-]+\s+){0,4}?(?:(?:made|provided|done|performed|built|prepared|supplied|designed|carried\s+out|given)\s+by|(?:help|assistance|support|input)\s+(?:from|of|by))\s", re.IGNORECASE)
_PAST_VERB = re.compile(rf"\s(?:{_ADV})(?:(?-i:[a-z]{{3,}}ed)|took|made|did|gave|ran|built|wrote|kept|grew|drew|brought|taught|oversaw|undertook|led)\b")
_PLURAL_TITLE = re.compile(r"\s*(?:the\s+)?(?:Drs|DRS|Profs|Professors|Messrs|Mmes|Mses|MM)\.?\s+(?-i:[A-Z])")
_POSSESSIVE_TAIL = re.compile(r"['’]s?$")


class _LazyItems:
    """The items of a region, each read when first looked at: a strict
    region gives up at its first item that names no one, so the items
    after it are never read (most sentences of a long acknowledgement)."""

    def __init__(self, pairs: list[tuple[int, str]], make: Any) -> None:
        self._pairs = pairs
        self._make = make
        self._done: list[_Item] = []

    def __len__(self) -> int:
        return len(self._pairs)

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._pairs)))]
        if i < 0:
            i += len(self._pairs)
        if not 0 <= i < len(self._pairs):
            raise IndexError(i)
        while len(self._done) <= i:
            self._done.append(self._make(*self._pairs[len(self._done)]))
        return self._done[i]

    def __iter__(self) -> Any:
        for i in range(len(self._pairs)):
            yield self[i]

    def index(self, it: _Item) -> int:
        return next(i for i, x in enumerate(self._done) if x is it)


@dataclass
class _Item:
    off: int
    text: str
    mentions: list[Mention]
    purpose: str = ""
    other: str = ""  # words that are neither names nor a purpose
    elaborates: bool = False  # "particularly A and B": names the members of what came before
    relative: bool = False  # the purpose is a relative clause ("who regularly support ...")
    owned: bool = False  # the purpose is the item's own, said as a possessive ("A's help with X")


class AckReader:
    def __init__(self, lex: AttributionLexicon) -> None:
        self.lex = lex
        self.frames = Frames(lex)
        self.seg = Segmenter(lex)
        self.names = lex.names
        support = "|".join(re.escape(w) for w in lex.list("support_nouns"))
        self._help_head = re.compile(rf"(?:[\w\-]+\s+){{0,3}}?(?:{support})\b", re.IGNORECASE)

    def help_given(self, text: str) -> str:
        """Help said to be given, as the help itself: "provided help with X"
        and "help with X (was) provided" are "help with X", as in "thanks to A
        for help with X". The giving verbs are the pack's gift verbs; what is
        not help ("provided the antibodies") is left as written, a gift."""
        t = text.strip()
        # "was of great help with X", "were a tremendous help in X": help with X
        been = re.match(r"(?i)(?:was|were)\s+(?:(?:of|a|an)\s+)(?:[a-z]+\s+){0,2}?(?=(?:help|assistance)\b)", t)
        if been:
            return t[been.end() :]
        lead = self.lex.words.gift.match(t)
        if lead and self._help_head.match(t[lead.end() :].strip()):
            return t[lead.end() :].strip()
        tail = re.match(r"^(?P<what>.*\S)\s+(?P<verb>[a-z]+)$", t)
        if tail and self.lex.words.gift.fullmatch(tail.group("verb")) and self._help_head.match(tail.group("what")):
            return tail.group("what")
        return text

    # ------------------------------------------------------------ public
    def read(self, text: str) -> list[Credit]:
        out, text = self._roll(text)
        if "\n" in text:
            text = _join_listed_lines(text)
        if _INLINE_BULLET.search(text):
            text = _join_inline_bullets(text)
        if "’ " in text or "' " in text:
            # "Centre d’ Etudes", as a PDF may set an elision: the word joined to its article again (the
            # space moves after the word, so the offsets of everything else hold)
            text = _SPACED_ELISION.sub(lambda m: m.group(1) + m.group(2) + " ", text)
        if ":" in text:
            # "were conducted by: A, B and C": the agents after a colon are the agents (the colon
            # blanked, so the offsets hold)
            text = _BY_COLON.sub(lambda m: m.group(0).replace(":", " "), text)
        if '"' in text or "“" in text or "(" in text:
            # a nickname inside a name, 'Lloyd L. ("Pete") Coulter', 'Robert “Bob” Smith': blanked (the
            # offsets hold), so that the name is one
            text = NICKNAME.sub(lambda m: " " * len(m.group(0)), text)
        prev = ""
        for s0, e0 in sentences(text):
            for s, e in (c for s1, e1 in _clauses(text, s0, e0, self.frames) for c in self._subject_clauses(text, s1, e1)):
                sent = text[s:e]
                entries = self._dash_entries(sent)
                if entries:
                    # "Erica Cassie - FET sensing setup\nRob Keyzers and Jennie Ramirez-Garcia - NMR spectra": one
                    # entry a line, each its own sentence
                    for a, b in entries:
                        groups = self.sentence(sent[a:b])
                        if groups:
                            out.append(Credit(sent[a:b], s + a, groups))
                    prev = sent
                    continue
                # a sentence that opens a line after other lines: an item of a list ("We thank:" then one a line)
                groups = self.sentence(sent, list_line=s > 0 and text[:s].rstrip(" \t").endswith("\n"))
                if not groups and prev and (sm := self.lex.words.singling_out.match(sent)) and self.frames.thanks.search(prev) and not self.frames.thanks.search(sent):
                    groups = self._singled_out(prev, sent, sm)
                if groups:
                    out.append(Credit(sent, s, groups))
                prev = sent
        return out

    @staticmethod
    def _dash_entries(sent: str) -> list[tuple[int, int]]:
        """The lines of a list set one entry a line, each a name or names, a
        dash and their part ("Erica Cassie - FET sensing setup"): their spans,
        or none when the sentence is no such list."""
        if sent.count("\n") < 1:
            return []
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", sent)]
        if len(spans) < 2 or not all(_DASH_ENTRY.fullmatch(sent[a:b]) for a, b in spans):
            return []
        return spans

    def _thing_given(self, lead: str) -> str:
        """What a sentence thanks before naming who gave it: "We acknowledge
        technical support and advice provided at X from" -> "technical support
        and advice provided at X"; empty when the words before are no such
        thing (a person, or no verb of thanks)."""
        tm = self.frames.thanks.search(lead)
        if tm is None:
            return ""
        m = _GIVEN_FROM.match(lead[tm.end() :])
        if m is None or self.names.find(m.group("what")):
            return ""
        return m.group("what").strip(" ,")

    def _singled_out(self, before: str, sent: str, sm: re.Match[str]) -> list[Group]:
        """"We are grateful to the staff of X. In particular A and B, who helped
        with Y.": a sentence without a verb of its own that singles out some of
        those the sentence before thanked is read as the end of that sentence
        ("..., in particular A and B, who ..."), for what it says or, when it says
        nothing, for what the sentence before said; only its own people count."""
        head = before.rstrip().rstrip(".;:") + ", " + sm.group(0).strip().rstrip(",").lower() + " "
        groups = self.sentence(head + sent[sm.end() :])
        shift = sm.end() - len(head)
        out: list[Group] = []
        for g in groups:
            own = [mt for mt in g.mentions if mt.start >= len(head)]
            if not own:
                continue
            for mt in own:
                mt.start += shift
                mt.end += shift
            g.mentions = own
            out.append(g)
        return out

    def roll_line(self, line: str) -> bool:
        """Whether a line is one of a credits roll: "Name, Job title"."""
        rm = _ROLL_LINE.match(line.strip())
        return rm is not None and self.names.whole(rm.group("name")) is not None

    def roll_credit(self, line: str, offset: int = 0) -> list[Credit]:
        """The person a roll line names, when their post is a technical role."""
        rm = _ROLL_LINE.match(line.strip())
        if rm is None or not self.lex.is_role(rm.group("title")):
            return []
        name = rm.group("name")
        at = line.find(name)
        return [Credit(line, offset, [Group([Mention("person", name, at, at + len(name), role=rm.group("title"))], frame="label")])]

    def _roll(self, text: str) -> tuple[list[Credit], str]:
        """A credits roll, one "Name, Job title" a line ("Erwin Erkfitz,
        Senior Preparator"): each line names a person and their post. Three
        or more such lines in a row are read line by line (and blanked for
        the sentence reader); a post that is a technical role credits them."""
        lines = list(re.finditer(r"[^\n]+", text))
        out: list[Credit] = []
        keep = list(text)
        for k, j in self.roll_runs([m.group(0) for m in lines]):
            for m in lines[k:j]:
                out.extend(self.roll_credit(m.group(0), m.start()))
                for q in range(m.start(), m.end()):
                    keep[q] = " "
        for m in lines:
            got = self.post_line_credit(m.group(0), m.start())
            if got:
                out.extend(got)
                for q in range(m.start(), m.end()):
                    keep[q] = " "
        return out, "".join(keep)

    def post_line_credit(self, line: str, offset: int = 0) -> list[Credit]:
        """A line that is only a name and a technical post in brackets
        ("Nicholas Rudawski [Technician] (TEM images)"): the post credits them."""
        pm = _POST_LINE.match(line.strip())
        if pm is None or not self.lex.is_role(pm.group("title")) or self.names.whole(pm.group("name").strip()) is None:
            return []
        name = pm.group("name").strip()
        at = line.find(name)
        what = (pm.group("what") or "").strip()
        return [Credit(line, offset, [Group([Mention("person", name, at, at + len(name), role=pm.group("title").strip())], purpose=what, frame="label")])]

    def roll_runs(self, lines: list[str]) -> list[tuple[int, int]]:
        """Where the credits rolls are among ``lines`` (lines of one text,
        or paragraphs of a section): runs of three or more roll lines, as
        (first, past-the-last) indexes."""
        runs = []
        k = 0
        while k < len(lines):
            j = k
            rolls = 0
            headed = False
            while j < len(lines):
                if self.roll_line(lines[j]):
                    rolls += 1
                elif j + 1 < len(lines) and self._roll_heading(lines[j]) and self.roll_line(lines[j + 1]):
                    headed = True  # a department's name over the lines, or between them: "Information Technology"
                else:
                    break
                j += 1
            if rolls >= 3 or (headed and rolls >= 2):
                runs.append((k, j))
            k = max(j, k + 1)
        return runs

    def _roll_heading(self, line: str) -> bool:
        """A department's name set as a line of its own inside a credits roll
        ("Information Technology", "Exhibition & Collections Services"): a few
        capitalised words, no comma or full stop, and nobody's name."""
        t = line.strip()
        words = t.split()
        return (
            0 < len(words) <= 6
            and not re.search(r"[,;:.]$|,", t)
            and all(w[:1].isupper() or w in ("&", "and", "of", "for", "the", "de") for w in words)
            and self.names.whole(t) is None
        )

    def _subject_clauses(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """"A provided photographs, and B, C and D provided technical
        support": a clause whose own subject is a list of names, after a
        clause of its own, is read on its own."""
        sent = text[start:end]
        fr = self.frames
        # the first verb after each cut: found once for all the cuts before it (a long list of
        # names would otherwise be searched again from every comma)
        verb: re.Match[str] | None = None
        for m in _LIST_CUT.finditer(sent):
            if verb is None or verb.start() < m.end():
                # (a listed verb, or any verb in the past: "C, D and E tested earlier versions")
                found = [v for v in (fr.subject.search(sent, m.end()), _PAST_VERB.search(sent, m.end())) if v is not None]
                verb = min(found, key=lambda v: v.start()) if found else None
                past_only = verb is not None and not fr.subject.match(sent, verb.start())
                if verb is None:
                    break  # no verb after this cut, nor after any later one
            left, right = sent[: m.start()], sent[m.end() :]
            sm_start = verb.start() - m.end()
            if sm_start > 300 or not (fr.subject.search(left) or _PAST_VERB.search(left) or fr.thanks.search(left)):
                continue
            # (a colon that opens clauses of their own is no list: "In particular: A provided X; B tested Y")
            colon_list = ":" in left and not fr.subject.search(left.rsplit(":", 1)[1])
            if colon_list or re.search(r"[()]|\b(?:who|whom|which|that|for)\b", right[:sm_start], re.IGNORECASE):
                # inside a colon list, or the verb belongs to a relative clause or to what they are
                # thanked for ("A, B and C for help with experiments performed at the facility")
                continue
            rel = re.search(r"\b(?:that|which)\s+(?P<tail>[^;:]*)$", left, re.IGNORECASE)
            if rel and not fr.subject.search(rel.group("tail")) and not _PAST_VERB.search(rel.group("tail")):
                continue  # "the help that A and B provided": the names are the subject of the relative clause
            items = self.seg.items(right[:sm_start])
            # each item a name, or (beside names) an organisation: "Brandi Sharp and the Janelia Fly Facility helped"
            names = [self.names.whole(_LEAD.sub("", t).strip()) is not None for _, t in items]
            if past_only and (not all(names) or _DESCRIBING.match(sent, verb.start())):
                continue  # a verb the pack does not list splits only after names alone ("A and B tested X"), never a description ("A, technicians affiliated to X")
            if items and any(names) and all(ok or self.mentions(t, 0)[0] for ok, (_, t) in zip(names, items)):
                return [(start, start + m.start()), *self._subject_clauses(text, start + m.end(), end)]
        return [(start, end)]

    def sentence(self, sent: str, *, list_line: bool = False) -> list[Group]:
        """The groups of one sentence; ``list_line`` when it opens a line of a list."""
        # "discussions with A, and within the X group, technical support from B": where the next
        # part of the list happened, set off by commas, is no part of it; blanked, offsets kept
        sent = _PLACE_SET_OFF.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), sent)
        groups = self._sentence(sent, list_line)
        for g in groups:
            # "the Institut Pasteur du Laos staff for the mosquito collections (A, B and C)": the team's
            # members, named in brackets after what they did
            tail = re.search(r"\s*\(([^()]{3,600})\)?\s*\.?\s*$", g.purpose) if g.purpose and g.mentions else None
            if tail and all(mt.kind == "org" for mt in g.mentions):
                at = sent.rfind(tail.group(1))
                members = self._name_list(tail.group(1), max(at, 0))
                if members:
                    for mt in members:
                        mt.affil = g.mentions[-1].text
                    g.mentions = g.mentions + members
                    g.purpose = g.purpose[: tail.start()].strip()
        if "(and " in sent or "(also " in sent or re.search(r"\((?:many\s+|special\s+)?thanks\b", sent, re.IGNORECASE):
            # "We are grateful for loans from the X Museum (and to A for sectioning them)": thanks of their
            # own, set in brackets inside another's
            taken = [(mt.start, mt.end) for g in groups for mt in g.mentions]
            for bm in _THANKS_IN_BRACKETS.finditer(sent):
                if any(bm.start() <= a < bm.end() for a, _ in taken):
                    continue
                more = self.region(bm.group("rest"), bm.start("rest"), sent, frame="thanks")
                # "the X Center for technical support (thanks especially to A and B for ...)": the people
                # thanked in the facility's brackets are its staff
                unit = max((mt for g in groups for mt in g.mentions if mt.kind == "org" and mt.end <= bm.start()), key=lambda m: m.end, default=None)
                if unit is not None and "thanks" in bm.group(0)[:24].lower() and self.lex.facility_kind(unit.text) in ("facility", "team"):
                    for g in more:
                        for mt in g.mentions:
                            if mt.kind == "person" and not mt.affil:
                                mt.affil = unit.text
                groups += [g for g in more if g.mentions and g.purpose]
        seen_names = {fold(mt.text) for g in groups for mt in g.mentions if mt.kind == "person"}
        for prev, g in zip(groups, groups[1:]):
            # "A for designing the transport cage together with B": B did the same work
            if prev.purpose and not g.purpose and g.mentions and all(mt.kind == "person" for mt in g.mentions):
                if re.search(r"\b(?:together|along|jointly)\s+with\s+(?:(?:Drs?|Mr|Mrs|Ms|Prof)\.?\s+)?$", sent[: g.mentions[0].start]):
                    g.purpose = prev.purpose
        for ap in _APPOSITIVE_TEAM.finditer(sent):
            # "Our talented photographers, A and B, have brought out ...", "our IT team, A, B and C, is ...":
            # a technical post or team, then its members between commas, whatever the verb
            role = ap.group("role").strip()
            domain = re.search(r"\bIT\b", role) or any(h.label in ("service_domains", "facility_domains", "explicit") for h in self.lex.hits(role))
            if not (self.lex.is_role(role) or self.lex.is_technical_team(role) or (self.lex.is_team(role) and domain)):
                continue
            people = self._name_list(ap.group("names"), ap.start("names"))
            people = [p for p in people if fold(p.text) not in seen_names]
            if people:
                for p in people:
                    p.role = p.role or role
                groups.append(Group(people, role=role, frame="label"))
                seen_names |= {fold(p.text) for p in people}
        for ud in _UNDER_DIRECTION.finditer(sent):
            # "data were collected in the X Proteomics Laboratory under the direction of K.D. Greis, Ph.D.":
            # the unit's head, named with it, did the work the unit is credited for
            unit_g = next((g for g in groups if g.mentions and g.mentions[-1].kind == "org" and g.mentions[-1].end <= ud.start() and self.lex.facility_kind(g.mentions[-1].text)), None)
            if unit_g is None:
                continue
            who = ud.group("who")
            lead = re.match(r"(?:(?:Drs?|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?", who)
            names = [ns for ns in self.names.find(who) if ns.char_start <= lead.end() + 2]
            if not names:
                continue
            ns = names[0]
            unit = unit_g.mentions[-1].text
            if fold(ns.text) in seen_names:
                # already read on its own ("..., under the technical direction of Ana Li"): the unit's work is theirs
                for g in groups:
                    for mt in g.mentions:
                        if mt.kind == "person" and fold(mt.text) == fold(ns.text) and not g.purpose:
                            mt.affil = mt.affil or unit
                            g.purpose = unit_g.purpose
                continue
            at = ud.start("who") + ns.char_start
            head = Mention("person", ns.text, at, at + len(ns.text), affil=unit, role=ud.group("post") or ud.group("verb"))
            # (a unit's staff thanked as well as its head keep their own credit: "the staff of the X Unit,
            # headed by A")
            unit_g.mentions = unit_g.mentions + [head] if _TEAM_OF.match(unit) else unit_g.mentions[:-1] + [head]
            seen_names.add(fold(ns.text))
        done = self._done_by(sent.strip())
        if done:
            # the people read with the work they did replace any other reading of them
            names = {fold(mt.text) for g in done for mt in g.mentions}
            for g in groups:
                g.mentions = [mt for mt in g.mentions if fold(mt.text) not in names and not (mt.kind == "org" and re.search(r"\sby\s", mt.text))]
            groups = [g for g in groups if g.mentions] + done
        return groups

    def _more_agents(self, text: str) -> bool:
        """Whether the words after a semicolon in a list of agents ("...; and
        C and D, UAM Insect Collection") are only more names, perhaps with
        where they work: no verb, no thanks and nothing they were thanked for."""
        part = text.split(";", 1)[0].strip(" .")
        if not part or self.frames.thanks.search(part) or self.seg.first(part, _PURPOSE_START) or re.search(r"\b(?:is|are|was|were|be|been|has|have|had)\b", part, re.IGNORECASE):
            return False
        items = self.seg.items(re.sub(r"^(?:and|&)\s+", "", part))
        if not items:
            return False
        found = [self.mentions(t, 0)[0] for _, t in items]
        # names only, perhaps with where they work at the end ("D and E, UAM Insect Collection")
        named = found[:-1] if len(found) > 1 and found[-1] and all(m.kind == "org" for m in found[-1]) else found
        return all(f and all(m.kind == "person" for m in f) for f in named)

    def _done_by(self, sent: str) -> list[Group]:
        """"The curation of the database by F. R. Clarke and S. Yates is
        appreciated", "Libraries were prepared at the X Genomics facility by
        A and B": work named before "by" and the people who did it, when no
        other frame has read them."""
        out: list[Group] = []
        for m in _DONE_BY.finditer(sent):
            who = m.group("who")
            if sent.rfind("(", 0, m.start()) > sent.rfind(")", 0, m.start()):
                continue  # "(run by A)": inside brackets, the post of a unit's head, read elsewhere
            if self.lex.words.funding_by.search(sent[: m.start()]):
                continue  # "the X Center funded by Schmidt Futures": who paid, not who did the work
            items = self.seg.items(who)
            found = [self.mentions(t, m.start("who") + o)[0] for o, t in items]
            people = [mt for f in found for mt in f if mt.kind == "person"]
            if not people or len(people) != sum(len(f) for f in found):
                continue
            if items and not found[0] and (self.lex.technique_acronym(items[0][1].strip(" ,.")) or self.lex.labels(items[0][1]) & {"service_domains", "equipment_nouns"}):
                continue  # "identification of X by GC-MS, Dr. A for ...": a technique the work was done by, then the next thanks
            work = sent[: m.start()]
            # (not at ", and DMA measurements": a list of the work's own objects)
            work = re.split(r"[;:]|,\s+(?:and\s+)?(?=[a-z])(?!and\b)", work)[-1].strip()
            # "X was inspired by in-house software written by A": the work nearest the people
            parts_by = re.split(r"\s+by\s+", work)
            while len(parts_by) > 1 and re.search(r"(?:,|\band)(?:\s+also)?\s*$", parts_by[-1]):
                # "Samples were prepared by the X Core and by A": the words before this "by" are the agent
                # before, joined by "and"; the work is what was done before that "by"
                parts_by.pop()
            work = parts_by[-1].strip()
            place = _AT_PLACE.search(work)
            if place and self.lex.facility_kind(place.group("place")):
                for p in people:
                    p.affil = p.affil or place.group("place")
                work = work[: place.start()]
            opener = _THANKS_OPENS.match(work)
            if opener and work[opener.end() :].strip():
                # "The authors gratefully acknowledge the technical assistance provided by A": the work
                # is the noun phrase after the thanks, not the thanking clause
                work = work[opener.end() :].strip()
            work = re.sub(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+", " ", work).strip()
            # ("The study was technically assisted by A": the adverb says the help was technical)
            technically = re.search(r"\btechnically\s+[a-z]+$", work, re.IGNORECASE) is not None
            # "This system (was) designed and built": what they did to it, "designed and built this system"
            done = _THING_DONE.match(work)
            if done:
                work = f"{done.group('done')} {done.group('np')[:1].lower()}{done.group('np')[1:]}"
            if re.search(r"\b(?:employed|hired|paid|contracted|affiliated)$", work, re.IGNORECASE):
                continue  # "A and B were employed by X": who employs them, not work done
            if re.fullmatch(r"(?:headed|led|directed|run|managed|coordinated|supervised)", work, re.IGNORECASE) and re.search(r",\s*$", sent[: m.start()].rsplit(work, 1)[0]):
                continue  # "the X Unit, headed by A": the unit's head, read with the unit
            helped = self.help_given(work)  # "Help with the chamber was provided by A": the help is the work
            given = re.search(r"\s*\b(?:\w+ly\s+)?(?:provided|supplied|given|donated|shared|offered|lent|loaned|sent|made\s+available)$", work, re.IGNORECASE)
            if helped == work and given and given.start() > 0:
                helped = f"provided {work[: given.start()].strip()}"  # "Data measured at X were kindly provided by A": a gift
            if technically and not helped.startswith("provided "):
                helped = f"technical support ({helped})"
            out.append(Group(people, purpose=helped, frame="passive"))
        return out

    def _members_after_clause(self, sent: str) -> str | None:
        """"We thank the technicians who kept the plants, A and B": a team or
        a post in the plural, a clause saying what it did, then a comma and
        nothing but the names of its members. The sentence with that comma
        made a colon (same length, so offsets hold), else None."""
        body = sent.rstrip(" .")
        for rel in re.finditer(r"\b(?:who|that)\s+[^,;:()]{3,160}?(?P<comma>,)\s+(?P<list>[^,;:]{2,}(?:,[^,;:]+)*)$", body):
            head = sent[: rel.start()].strip()
            hm = re.search(r"(?:the|our|all|those)\s+(?P<who>(?:[\w\-]+\s+){0,5}[\w\-]+)$", head, re.IGNORECASE)
            if hm is None or not (self.lex.is_team(hm.group("who")) or (self.lex.is_role(hm.group("who")) and hm.group("who").endswith("s"))):
                continue
            lst = rel.group("list")
            its = self.seg.items(lst)
            found = [self.mentions(t, 0)[0] for _, t in its]
            if its and all(f and all(m.kind == "person" for m in f) for f in found):
                k = rel.start("comma")
                return sent[:k] + ":" + sent[k + 1 :]
        return None

    def _sentence(self, sent: str, list_line: bool = False, tail: bool = True) -> list[Group]:
        sent = sent.strip()
        if not sent:
            return []
        fr = self.frames
        wt = _WITH_TAIL.search(sent) if tail and ", with " in sent else None
        if wt and self.names.find(sent[wt.end() :]):
            # "A and B completed the fabrication, with technical drawings made by C": people who did
            # something themselves, then others who helped by another route; each read for their own part
            head = self._sentence(sent[: wt.start()], list_line, tail=False)
            if any(g.frame == "subject" and any(mt.kind == "person" for mt in g.mentions) for g in head):
                rest = [g for g in self._sentence(sent, list_line, tail=False) if g.mentions and all(mt.start >= wt.start() for mt in g.mentions)]
                return head + rest
        # "For technical assistance in Ottawa, JEOH thanks A, B and C": a purpose put first;
        # "For expert technical advice, help and materials we thank A": the whole list up to the subject
        fp = _FRONT_FOR_LIST.match(sent) or _FRONT_FOR.match(sent)
        if fp and fr.thanks.search(sent[fp.end() :]):
            shift = fp.end()
            groups = self.sentence(sent[shift:])
            for g in groups:
                for mt in g.mentions:
                    mt.start += shift
                    mt.end += shift
                if not g.purpose:
                    g.purpose = fp.group("purpose").strip()
            if groups:
                return groups
        # "Thanks to the efforts of A and B, a spare cooler was located and shipped": what their help
        # made happen is said in the clause after them
        tr = _THANKS_TO_RESULT.match(sent)
        if tr:
            for c in re.finditer(",", sent[tr.end() :]):
                at = tr.end() + c.end()
                rest = sent[at:].lstrip()
                vm = _CLAUSE_VERB.search(rest)
                if not (re.match(r"(?:a|an|the|this|these|those|our|we|it|all|each|every|most|many)\b", rest, re.IGNORECASE) and vm and "," not in rest[: vm.start()]):
                    continue
                groups = self.region(sent[tr.end() : tr.end() + c.start()], tr.end(), sent, frame="thanks", stop_at_purpose=False)
                if any(mt.kind == "person" for g in groups for mt in g.mentions):
                    # "the rig was rebuilt (within a week)": what was done to it, "rebuilt the rig"
                    done = _THING_DONE.match(re.sub(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+", " ", re.split(r"\s+(?:in|within|during|by|before|after|at|to|for|on)\s", rest, maxsplit=1)[0]).strip(" ."))
                    what = f"{done.group('done')} {done.group('np')[:1].lower()}{done.group('np')[1:]}" if done else rest.rstrip(" .")
                    for g in groups:
                        g.purpose = g.purpose or what
                    return groups
                break
        # "the hard work and help that A and B of the X Center have provided": "the hard work and help of
        # A and B", said with a clause
        st = fr.support_that.search(sent) if (" that " in sent or " which " in sent) else None
        if st:
            gave = _GAVE_AFTER.search(sent, st.end())
            if gave:
                groups = self.of_frame(sent[: gave.start()], st.end(), st.group("np"))
                if any(mt.kind == "person" for g in groups for mt in g.mentions):
                    return groups
        # "implementation of the Bio-Bank: A, B; design of nested studies: C, D; ...": a list of tasks, each
        # with the people who did it
        tasks = self._task_roll(sent)
        if tasks:
            return tasks
        # "Flow cytometry: the X Facility" and "We thank the following: A (X), B (Y)"
        lab = fr.colon_label.match(sent)
        named = lab or fr.hyphen_label.match(sent)
        if named and (re.match(r"\s*for\s", named.group("rest"), re.IGNORECASE) or self.lex.purpose_class(named.group("rest").strip(" ."))[0] in ("explicit", "inferred")):
            # "Maruf Rahman: for revision of the facility model": a name, then what they are thanked for;
            # "Anna Keel: assistance in building the microscope": what they did, as a list of contributions sets it
            who = _LEAD.sub("", named.group("label")).strip()
            ns = self.names.whole(who)
            what = re.sub(r"^\s*for\s+", "", named.group("rest")).strip(" .")
            if ns is not None:
                at = sent.find(ns.text)
                return [Group([Mention("person", ns.text, at, at + len(ns.text))], purpose=what, frame="label")]
            # "Rob Keyzers and Jennie Ramirez-Garcia - NMR spectra": names, each of them, then their part
            # (not names set off by a pair of dashes, an aside: "A, B and C — my neighbours in the control room — made ...")
            aside = re.search(r"\s[—–-]\s|\s--\s", named.group("rest")) is not None or len(what.split()) > 12
            people = self._name_list(who, sent.find(who)) if re.search(r",|\band\b|&", who) and not aside else []
            if people and len(people) == len(self.seg.items(who)):
                return [Group(people, purpose=what, frame="label")]
        if lab and (not fr.thanks.search(lab.group("label")) or re.fullmatch(r"\s*acknowledge?ments?\s*", lab.group("label"), re.I)) and len(lab.group("label").split()) <= 3 and _THANKS_OPENS.match(lab.group("rest")):
            # "General: The authors thank A Co., Ltd. and B Corp for ...": a section's label, then a whole sentence
            shift = sent.index(lab.group("rest"))
            groups = self.sentence(sent[shift:])
            for g in groups:
                for mt in g.mentions:
                    mt.start += shift
                    mt.end += shift
            if any(g.mentions for g in groups):
                return groups
        if lab and not fr.thanks.search(lab.group("label")) and len(lab.group("label").split()) <= 6:
            groups = self.region(lab.group("rest"), sent.index(lab.group("rest")), sent, frame="label")
            label = lab.group("label")
            for g in groups:
                if (self.lex.is_role(label) or self.lex.facility_kind(label) == "team") and not g.role:
                    g.role = label  # "The physiotechnicians: A, B and C", "IT Team: A, B"
                elif not g.purpose:
                    g.purpose = label
            if any(g.mentions for g in groups):
                return groups
        # "Technicians who assisted with the sample preparation include A and B", "The staff who ran the
        # cruise were A, B and C": people named after a subject that says who they are or what they did
        inc = _SUBJECT_INCLUDES.match(sent)
        if inc and not fr.thanks.search(inc.group("subj")):
            subj = inc.group("subj")
            rel = re.search(r"\b(?:who|that|which)\s+(?P<what>.+)$", subj, re.IGNORECASE)
            head = subj[: rel.start()].strip() if rel else subj.strip()
            head = re.sub(r"^(?:the|our|all|those)\s+", "", head, flags=re.IGNORECASE)
            if rel or self.lex.is_role(head) or self.lex.is_team(head):
                lst = inc.group("list").rstrip(" .")
                people = self._name_list(lst, inc.start("list"))
                if people:
                    for p in people:
                        if self.lex.is_role(head) and not p.role:
                            p.role = head
                    return [Group(people, purpose=rel.group("what").strip(" ,") if rel else "", role=head if self.lex.is_role(head) else "", frame="subject")]
        # "The following people contributed to the designs of X: A, B, C"
        fc = _FOLLOWING_DID.match(sent) or _PEOPLE_DID.match(sent)
        if fc:
            groups = self.region(fc.group("list"), fc.start("list"), sent, frame="thanks")
            for g in groups:
                if not g.purpose:
                    g.purpose = fc.group("purpose")
            if groups:
                return groups
        # "we thank the following for field and laboratory assistance: A, B, C"
        fl = _FOLLOWING_FOR.search(sent)
        if not (fl and fr.thanks.search(sent[: fl.start() + 1] + " ")):
            fl = _FOLLOWING_THANKED.match(sent)  # "The following people are thanked for X: A, B and C"
        if fl:
            groups = self.region(fl.group("list"), fl.start("list"), sent, frame="thanks")
            # "We acknowledge technical support provided at X from the following individuals: A, B":
            # what is thanked, said before those who gave it
            given = fl.group("purpose") or (self._thing_given(sent[: fl.start()]) if self.lex.words.givers.search(sent[: fl.start("list")].rstrip(" :")) else "")
            for g in groups:
                if not g.purpose:
                    g.purpose = given
                if fl.group("role") and not g.role:
                    g.role = fl.group("role")
            if groups:
                # "We thank A for X, and the following for Y: B, C": those thanked before
                # "the following" are thanked as well, for their own purpose
                lead = re.sub(r"(?:,\s*|\s+)(?:and|as\s+well\s+as)?\s*$", "", sent[: fl.start()])
                if lead.strip() and (_CAP_DOT.search(lead) is not None or re.search(rf"\s[{UPPER}][{LOWER}]", lead)):
                    earlier = self.sentence(lead)
                    if any(g.mentions for g in earlier):
                        return earlier + groups
                return groups
        # "the staff of X for their contribution to Y: A, B; C, D": the people listed after the
        # colon are the ones thanked, with the purpose and the team named before it
        cl = _COLON_LIST.search(sent)
        if cl is None and (named := self._members_after_clause(sent)) is not None:
            # "the technicians who kept the plants, A and B": the names after the clause, as after a colon
            sent = named
            cl = _COLON_LIST.search(sent)
        if cl and fr.thanks.search(sent[: cl.start()]):
            lst = cl.group("list").rstrip(" .")
            its = self.seg.items(lst)
            found = [self.mentions(t, cl.start("list") + o)[0] for o, t in its]
            persons = sum(1 for f in found if f and all(mm.kind == "person" for mm in f))
            # (the people listed, perhaps with some organisations among them: "... photographers and websites
            # that gave us permission to reproduce their images: A, B, ...; and Keel Plant Pictures (url)")
            if len(its) >= 2 and all(found) and (persons == len(found) or (persons >= 2 and 2 * persons >= len(found) and re.search(r"\b(?:who|that)\s", sent[: cl.start()]))):
                head = self.sentence(sent[: cl.start()])
                team = next((mm for g in head for mm in g.mentions if mm.kind == "org" and self.lex.is_team(mm.text)), None)
                # the purpose nearest the colon: the team's own ("the staff who carried out the
                # analyses: A, B"), or the last one said, not an earlier person's
                rel = re.search(r"\b(?:who|that)\s+(?P<what>[^,;:]{3,160})$", sent[: cl.start()].strip())
                owner = next((g for g in head if team is not None and team in g.mentions and g.purpose), None)
                purpose = rel.group("what") if rel else owner.purpose if owner else next((g.purpose for g in reversed(head) if g.purpose), "")
                if not purpose and team is None and self.lex.words.givers.search(sent[: cl.start()]):
                    # "the technical help we received from these colleagues: A, B, C"
                    purpose = self._thing_given(self.lex.words.givers.sub(" from", sent[: cl.start()]))
                if not purpose and team is None and not any(g.mentions for g in head) and (gf := self.lex.words.givers_for.search(sent[: cl.start()])):
                    # "We thank these colleagues for their technical help: A, B, C"
                    purpose = gf.group("what")
                if purpose or team is not None:
                    people = [mm for f in found for mm in f]
                    role = ""
                    if team is not None:
                        # the team is credited through the people it lists
                        for mm in people:
                            mm.affil = mm.affil or team.text
                        for g in head:
                            g.mentions = [mm for mm in g.mentions if mm is not team]
                        head = [g for g in head if g.mentions]
                    elif rel and not any(g.mentions for g in head):
                        # "We thank all volunteers who helped with necropsies: A, B": what the people
                        # listed are, said before the clause that says what they did
                        tm = fr.thanks.search(sent[: rel.start()])
                        said = sent[tm.end() : rel.start()].strip(" ,") if tm else ""
                        role = said if 0 < len(said.split()) <= 6 else ""
                    return head + [Group(people, purpose=purpose, role=role, frame="thanks")]
            rel = re.search(r"\b(?:who|that|which)\s+(?P<what>[^,;:]{3,160})$", sent[: cl.start()].strip())
            if rel and len(its) >= 2 and not self.seg.first(lst, _PURPOSE_START):
                # "the laboratories who contributed data to X: A, Exampleland; B and C": those listed did
                # what the clause before the colon says, whatever they are
                groups = self.region(lst, cl.start("list"), sent, frame="thanks")
                if any(g.mentions for g in groups):
                    for g in groups:
                        g.purpose = g.purpose or rel.group("what").strip()
                    return groups
        m = fr.thanks.search(sent)
        if m:
            groups: list[Group] = []
            before = sent[: m.start()]
            # "A and B are thanked for X": the subject before a thanks verb
            st = fr.subject_thanked.search(sent)
            if st and st.start() > 0 and not fr.thanks.search(sent[: st.start()]):
                subj = self.region(sent[: st.start()], 0, sent, frame="thanks", stop_at_purpose=False)
                cut, more = self._passive_rest(sent, st.end())
                after = sent[st.end() : cut]
                pm = self.seg.first(after, _PURPOSE_START)
                purpose = after[pm.end() :] if pm else after
                for g in subj:
                    if not g.purpose:
                        g.purpose = purpose.strip(" .,")
                if any(g.mentions for g in subj):
                    return subj + more
            region_start = m.end()
            region = sent[region_start:]
            # "the technical support provided by X and the assistance of Y": each noun phrase on its own
            nps = self._np_parts(region)
            if len(nps) > 1:
                groups = []
                for off, part in nps:
                    of_ = fr.of_support.match(part) or _ADVICE_OF.match(part)
                    if of_:
                        upto = sent[: region_start + off + len(part)]
                        groups += self.of_frame(upto, region_start + off + of_.end(), part[: of_.end()].strip())
                    else:
                        groups += self.region(part, region_start + off, sent, frame="thanks")
                if any(g.mentions for g in groups):
                    return groups
            # "We acknowledge the (facilities and scientific and) technical
            # assistance of A": the of-frame inside the region, when nothing
            # before "of" names anyone
            for of in fr.of_support.finditer(region):
                head = region[: of.end()]
                if self.names.find(head) or re.search(r"\bfor\b", region[: of.start("np")], re.IGNORECASE):
                    break
                if not re.match(r"^\s*(?:the\s+|their\s+|his\s+|her\s+|our\s+)?[\w\-\s,]*$", region[: of.start("np")]):
                    break
                if re.match(rf"(?:[{UPPER}][\w\-]*\s+)+(?-i:Services?|Support)\b", of.group("np")):
                    break  # "Large Animal Services in the X Centre at Y": a unit's name, not help given by Y
                groups = self.of_frame(sent, region_start + of.end(), head[: of.end()].strip())
                if groups:
                    return groups
                break
            groups = self.region(region, region_start, sent, frame="thanks", units=True)
            # "For technical assistance in Ottawa, we thank A, B and C": a purpose put first
            fp = _FRONTED_PURPOSE.match(before)
            if fp:
                for g in groups:
                    if not g.purpose:
                        g.purpose = fp.group("purpose").strip()
            # "We also thank X": nothing before the verb matters, except a
            # funding or support clause earlier in the sentence
            if before and fr.funding.search(before) and not groups:
                return self.funding_frame(sent)
            if groups:
                return groups
        st = fr.subject_thanked.search(sent)
        if st and st.start() > 0:
            subj = self.region(sent[: st.start()], 0, sent, frame="thanks", stop_at_purpose=False)
            cut, more = self._passive_rest(sent, st.end())
            after = sent[st.end() : cut]
            pm = self.seg.first(after, _PURPOSE_START)
            purpose = after[pm.end() :] if pm else after
            for g in subj:
                if not g.purpose:
                    g.purpose = purpose.strip(" .,")
            # "The technical assistance of A is acknowledged"
            of = fr.of_support.search(sent[: st.start()])
            if of:
                return self.of_frame(sent[: st.start()], of.end(), of.group("np"))
            if any(g.mentions for g in subj):
                return subj + more
        # "Dr Luanfeng Pan for generous support ..., and to Mr. Liewei Zhu for ...": verbless thanks
        lead_name = self.names.match_at(tokenize(sent), 0)
        if lead_name is not None:
            after = sent[tokenize(sent)[lead_name.end - 1].end :] if lead_name.end else ""
            # (a line of a list, or a sentence after one of thanks whose verb it shares, may name several
            # first: "A, B, C, and D for building the rig", "We thank A for X. B, C and D for Y.")
            if re.match(r"^\s*(?:\([^()]*\)\s*)?(?:,[^,]{0,80},\s*)?(?:and\s+[^,]{1,60}\s+)?for\s", after) or (
                re.match(r"^\s*(?:\([^()]{1,80}\)\s*)?(?:(?:,\s*(?:and\s+)?|\s*\band\s+)(?:[^,;:.()]|(?<=[A-Z])\.|\([^()]{1,80}\)){2,60}?){1,15},?\s+for\s", after)
            ):
                groups = self.region(sent, 0, sent, frame="thanks")
                if groups:
                    return groups
        # "To A for X."
        tl = fr.to_lead.match(sent)
        if tl:
            groups = self.region(sent[tl.end() :], tl.end(), sent, frame="thanks")
            if groups:
                return groups
        # passive: "X was performed by A and B"
        pm2 = fr.passive.search(sent) if "by" in sent.lower() else None  # (the frame ends in "by")
        pa_first = fr.passive_at.search(sent)
        if pm2 and pa_first and 0 < pa_first.start() < pm2.start() and re.match(r"\s*(?:,\s*)?(?:which|that|supported|funded|financed|sponsored|operated|run|managed|hosted)\b", sent[pa_first.end() :][len(self._passive_place(sent[pa_first.end() :])) :], re.IGNORECASE):
            pm2 = None  # "... were performed in the X Centre, which is operated by Y": the centre is credited, below
        if pm2 and sent.rfind("(", 0, pm2.start()) > sent.rfind(")", 0, pm2.start()) and re.match(r"\(?\s*(?:headed|led|directed|managed|run|coordinated|supervised)\b", sent[sent.rfind("(", 0, pm2.start()) + 1 :].lstrip(), re.IGNORECASE):
            pm2 = None  # "the X Laboratory (run by A)": a unit's head in brackets, read with the unit below
        if pm2 and pm2.start() > 0:
            tail = sent[pm2.end() :]
            cut = re.search(r"\s+(?:while|who|whose|which|when|during|prior\s+to|before|after|as\s+part\s+of|in\s+order\s+to|under|on\s+behalf\s+of|through|via|supported\s+by|funded\s+by)\b|;", tail, re.IGNORECASE)
            while cut is not None and cut.group(0) == ";" and self._more_agents(tail[cut.end() :]):
                # "was provided by A and B, USDA; and C and D, UAM": the agents go on past a semicolon
                cut = _SEMI.search(tail, cut.end())
            # "provided by A during X and by the team of Y": a second agent of the same verb, with its own "by"
            also_by = re.search(rf",?\s+and\s+(?:also\s+)?by\s+(?=(?:the|our|all)\s|(?:(?:Drs?|Prof|Mr|Mrs|Ms)\.?\s+)?[{UPPER}])", tail)
            if also_by and cut is not None and cut.start() < also_by.start() and cut.group(0) == ";":
                also_by = None
            if also_by and (cut is None or also_by.start() < cut.start()):
                cut = also_by
            who = tail[: cut.start()] if cut else tail
            groups = self.region(who.rstrip(" ."), pm2.end(), sent, frame="passive", stop_at_purpose=True)
            if also_by:
                rest = tail[also_by.end() :]
                more_cut = re.search(r"\s+(?:while|who|whose|which|when|during|under|through|via)\b|[;.]\s*$|;", rest, re.IGNORECASE)
                groups += self.region(rest[: more_cut.start() if more_cut else len(rest)].rstrip(" ."), pm2.end() + also_by.end(), sent, frame="passive", stop_at_purpose=True)
            np = sent[: pm2.start()]
            whole_np = np
            if not re.search(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$", np + " ", re.IGNORECASE) and not re.match(r"\s*(?:is|are|was|were|has|have|had)\b", sent[pm2.start() :], re.IGNORECASE):
                # "in-house software written by A": a reduced clause, its noun phrase is what A did
                cut_np = re.split(r"\b(?:by|was|were|is|are|inspired|based\s+on|from|of)\b", np)
                np = cut_np[-1] if cut_np and cut_np[-1].strip() else np
            # "The study was technically supported by the X unit", "were technically assisted by A": the
            # adverb says the help was technical, whatever the verb
            technically = re.search(r"\btechnically\s+$", sent[: pm2.start()], re.IGNORECASE) is not None or re.search(r"\btechnically\b", sent[pm2.start() : pm2.end()], re.IGNORECASE) is not None
            if not technically and (fr.funding.search(sent[max(0, pm2.start() - 5) : pm2.end() + 5]) or re.search(r"\b(?:funded|supported|financed|sponsored)\b", sent[pm2.start() : pm2.end()], re.IGNORECASE)):
                fg = self.funding_frame(sent)
                pa_ = fr.passive_at.search(sent)
                if fg or not (pa_ and 0 < pa_.start() < pm2.start()):
                    return fg
                groups = []  # "EPR measurements were performed in the X Centre supported by Y": the centre, below
            verb = sent[pm2.start() : pm2.end()]
            gift = re.search(r"\b(?:provided|supplied|given|donated|shared|offered|lent|loaned|sent|contributed|made\s+available)\b", verb, re.IGNORECASE)
            # "This system was designed and built by A": what they did to it, "designed and built this system"
            verb_done = re.sub(r"\s+by\s*$", "", verb.strip())
            done = _THING_DONE.match(re.sub(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+", " ", whole_np.strip(" ,.") + " " + verb_done).strip())
            for g in groups:
                if not g.purpose:
                    # "HCC1937 cells were kindly provided by A": a gift, unless what was provided is support
                    if gift:
                        g.purpose = f"provided {np.strip(' ,.')}"
                    elif done:
                        g.purpose = f"{done.group('done')} {done.group('np')[:1].lower()}{done.group('np')[1:]}"
                    elif _WORD_RE.findall(np) and fold(_WORD_RE.findall(np)[-1]) in self.lex.words.materials and re.search(r"[a-z]", verb_done):
                        # "DNA sequence was generated by X": a material made by them is their work, not a gift
                        made = re.sub(r"^(?:(?:was|were|is|are|been|be|has|have|had)\s+)+", "", verb_done.strip(), flags=re.IGNORECASE)
                        g.purpose = f"{made} {np.strip(' ,.')}"
                    else:
                        g.purpose = np.strip(" ,.")
                if technically:
                    g.purpose = f"technical support ({g.purpose})" if g.purpose else "technical support"
                g.frame = "passive"
            if any(g.mentions for g in groups):
                return groups
        # "Sequencing was performed at the X Core"
        pa = fr.passive_at.search(sent)
        if pa and pa.start() > 0:
            org = self._passive_place(sent[pa.end() :]).strip(" .")
            if re.search(r"\busing\s*$", sent[pa.start() : pa.end()], re.IGNORECASE) and re.search(r"comput|cluster|hpc|supercomput|cloud|server", org, re.IGNORECASE):
                org = ""  # "the analysis was performed using the X Research Computing Center": a resource used
            elif re.search(r"comput|\bhpc\b|cluster", org, re.IGNORECASE) and re.search(
                r"\b(?:analys[ei]s|computations?|calculations?|simulations?|computing|runs|jobs|model\s+runs)\b", sent[: pa.start()], re.IGNORECASE
            ) and not re.search(r"\b(?:support|help|assistance)\b", sent[: pa.start()], re.IGNORECASE):
                org = ""  # "Analyses were conducted at the X Center for Research Computing": computing time used there
            after_org = sent[pa.end() :].lstrip()[len(org) :] if org else ""
            spelt = re.match(r"\s*\([^()]{3,120}\)", after_org)
            if org and spelt and not self.lex.facility_kind(org) and self.lex.facility_kind(org + spelt.group(0)):
                # "at the SCSIE (Servei Central de Suport a la Investigació)": the bracket spells out what the unit is
                org += spelt.group(0)
                after_org = after_org[spelt.end() :]
            hb = re.match(r"\s*\((?:headed|led|directed|managed|run|coordinated|supervised)\s+by\s+([^()]+)\)", after_org, re.IGNORECASE)
            if hb and self.lex.facility_kind(org):
                # "... was performed in the X Facility (headed by A)": the facility and its head
                start = sent.find(hb.group(1))
                people = self._name_list(hb.group(1), start)
                for p in people:
                    p.affil = org
                # "... (headed by A) which is part of the Y Laboratory (led by B)": the heads of what holds it too
                rest = after_org[hb.end() :]
                for hb2 in re.finditer(r"(?P<unit>[A-Z][^()]{2,120}?)\s*\((?:headed|led|directed|managed|run|coordinated|supervised)\s+by\s+(?P<who>[^()]+)\)", rest):
                    unit = re.sub(r"^.*?\b(?:part\s+of|within|in)\s+", "", hb2.group("unit")).strip(" ,")
                    if self.lex.facility_kind(unit) or self.lex.org_head(unit):
                        for p in self._name_list(hb2.group("who"), sent.find(hb2.group("who"))):
                            p.affil = unit
                            people.append(p)
                if people:
                    return [Group(people, purpose=sent[: pa.start()].strip(" ,."), frame="used")]
            if org and _WHOLE_WORK_SUBJECT.match(sent[: pa.start()]) and self.lex.words.user_facility_note.match(after_org):
                # "Portions of this research were carried out at the X Lightsource, a Directorate of Y",
                # "... at the A and B beamlines supported by Z": where the whole work was done, written as
                # the user facility's boilerplate, is a resource used, not a service thanked
                return []
            # (or a unit named by the field it serves: "... was performed in the X Genomics Institute")
            if self.lex.facility_kind(org) or self.unit_of_place(org) or self.lex.service_unit(org):
                # the work is the subject and what was done to it ("cells were sorted", "data were collected")
                done = re.sub(r"\s+(?:in\s+part\s+)?(?:at|in|within|using|through|via|with\s+the\s+\w+\s+of)\s*$", "", sent[: pa.end()].strip(), flags=re.IGNORECASE)
                fac_group = Group([Mention("org", org, pa.end(), pa.end() + len(org))], purpose=done.strip(" ,."), frame="used")
                wh = fr.with_help.search(sent, pa.end() + len(org))
                if wh:
                    # "... was performed at the X Platform with the assistance of A": A, working there
                    helped = self.of_frame(sent, wh.end(), (sent[: pa.start()].strip(" ,.") + " " + wh.group(0)).strip())
                    people = [mt for g in helped for mt in g.mentions if mt.kind == "person"]
                    if people:
                        for p in people:
                            p.affil = p.affil or org
                        return helped
                return [fac_group]
        # "TEM images were acquired with the assistance of A": what was done is the purpose
        wh = fr.with_help.search(sent)
        if wh and wh.start() > 0:
            groups = self.of_frame(sent, wh.end(), (sent[: wh.start()] + " " + wh.group(0)).strip())
            if groups:
                return groups
        # "The technical assistance of A (is acknowledged)"
        of = fr.of_support.search(sent) or wh
        sv = fr.subject.search(sent) if of else None
        if sv and 0 < sv.start() < of.start():
            # "Lab manager A (ZFMK) provided help during the gathering of data": people, then their verb,
            # before any "of" in what they did
            subj = self._subject(sent)
            if subj is not None and all(mt.kind == "person" for g in subj for mt in g.mentions):
                return subj
        if of:
            np = of.groupdict().get("np") or of.group(0)
            groups = self.of_frame(sent, of.end(), np)
            if groups:
                return groups
        # "A's expert help with X"
        pos = (fr.possessive.match(sent) or fr.possessive_deed.match(sent)) if ("'" in sent or "’" in sent) else None
        if pos:
            who = pos.group("who")
            ns = self.names.whole(_LEAD.sub("", who.split(",")[-1]).strip())
            if ns is None:
                # "..., as well as Arasely Rodriguez's technical assistance": the name that ends the words before
                tail = [sp for sp in self.names.find(who) if not who[sp.char_end :].strip()]
                ns = self.names.whole(tail[-1].text) if tail else None
            if ns is not None:
                start = sent.rindex(ns.text, 0, len(who))
                return [Group([Mention("person", ns.text, start, start + len(ns.text))], purpose=pos.group("np"), frame="of")]
        # subject: "A and B assisted with X"
        subj = self._subject(sent)
        if subj is not None:
            return subj
        if fr.funding.search(sent):
            return self.funding_frame(sent)
        # a line that only names facilities ("Flow cytometry was done in the X Facility" is above)
        # (after any thanks that opened it: "We thank" is never part of a name)
        lead = fr.thanks.search(sent) or re.match(r"^\s*(?:we|i|the\s+authors?)\s+(?:\w+\s+){0,3}?(?:thank|acknowledge)\w*\s+", sent, re.IGNORECASE)
        at = lead.end() if lead and lead.start() < 60 else 0
        inc = None if at else re.search(r"(?:,\s*|\s)(?:including|especially|particularly|in\s+particular)\s+(?=[{UPPER}])".format(UPPER=UPPER), sent)
        if inc is not None:
            # "There are many colleagues who helped me, including A who helped with the sequencing and B who
            # taught me X": the people named after "including", each with what they did, else with what
            # the clause before says all of them did
            named = [g for g in self.region(sent[inc.end() :], inc.end(), sent, frame="thanks") if any(m.kind == "person" for m in g.mentions)]
            before = re.search(r"\b(?:who|that)\s+(?P<what>[^,;]{3,160})$", sent[: inc.start()].strip())
            for g in named:
                g.mentions = [m for m in g.mentions if m.kind == "person"]
                if not g.purpose and before:
                    g.purpose = before.group("what")
            if named:
                return named
        if not at and re.match(r"\s*(?:there|it|this|these|those|they|he|she|we|i|you)\s+(?:\w+\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must)\b", sent, re.IGNORECASE):
            return []  # "There are too many members of the analysis team to name here": a clause, no line of names
        groups = self.region(sent[at:], at, sent, frame="list", strict=True, orgs_only=True)
        if groups and all(m.kind == "org" for g in groups for m in g.mentions):
            return groups
        return self._names_with_units(sent)

    def _names_with_units(self, sent: str) -> list[Group]:
        """A line of a member list that is only names, each or all with the
        unit they belong to in brackets ("A, B (Core Facility Imaging,
        Example University)."): the names are people of that unit, and what
        the unit is says whether they are technical staff. Nothing else may
        stand on the line: a verb, or any word outside the names and the
        brackets, makes it a sentence the other frames read."""
        if "(" not in sent:
            return []
        groups = self.region(sent, 0, sent, frame="list", strict=True)
        people = [mt for g in groups for mt in g.mentions]
        if not people or any(mt.kind != "person" for mt in people) or not any(mt.affil for mt in people):
            return []
        rest = list(sent)
        for mt in people:
            rest[mt.start : mt.end] = " " * (mt.end - mt.start)
        rest_s = re.sub(r"\([^()]*\)", " ", "".join(rest))
        if re.sub(r"\b(?:and|&)\b|[\s,;.&]", "", rest_s):
            return []
        return groups

    def _task_roll(self, sent: str) -> list[Group]:
        """Parts parted by semicolons, each a task, a colon and the names of
        those who did it; two such parts at least, and every part's names
        only people. Each group's purpose is its task."""
        if sent.count(";") < 1 or sent.count(":") < 2:
            return []
        out: list[Group] = []
        pos = 0
        for part in re.split(r";", sent):
            at = pos
            pos += len(part) + 1
            m = re.match(r"^\s*(?P<label>[^:;]{3,160}?)\s*:\s*(?P<list>\S.*?)\s*\.?\s*$", part)
            if not m:
                continue
            people = self._name_list(m.group("list"), at + m.start("list"))
            items = self.seg.items(m.group("list"))
            if not people or len(people) < len(items):
                continue
            task = re.sub(r"^(?:(?:and|also)\s+)?(?:(?:served|worked|participated|helped)\s+(?:as|in|on|with)\s+)?", "", m.group("label").strip(), flags=re.IGNORECASE)
            if _CAPITALISED_RUN.fullmatch(task) and self.lex.org_head(task) and not self.lex.facility_kind(task):
                # "New Cross Hospital: A, B; Monklands Hospital: C": where they work, no task
                for p in people:
                    p.affil = p.affil or task
                task = ""
            out.append(Group(people, purpose=task, frame="label"))
        return out if len(out) >= 2 else []

    def _subject(self, sent: str) -> list[Group] | None:
        """"A and B assisted with X": people, and nothing else, before a
        verb of work; what follows the verb is their purpose."""
        sv = self.frames.subject.search(sent)
        any_verb = False
        if not (sv and sv.start() > 0):
            # "Tara Winterhalt adjusted the contrast in Fig. 6", "A and B completed the fabrication": a verb in
            # the past that the pack does not list, after names and nothing else
            sv = _PAST_VERB.search(sent)
            any_verb = True
            if not (sv and sv.start() > 0 and self.names.match_at(tokenize(sent), 0) is not None):
                return None
            if sv.group(0).split()[-1].lower() in self.lex.words.not_work_verbs:
                return None  # "A facilitated the loan of an analyser", "B played a key role": a favour or a part
        groups = self.region(sent[: sv.start()], 0, sent, frame="subject", stop_at_purpose=False, strict=True)
        if any_verb and not all(mt.kind == "person" for g in groups for mt in g.mentions):
            return None
        # (people given their own purpose before the verb, "A and B for reviewing this article ...
        # which provided ...", are a list of thanks; the verb belongs to something after them)
        if not (groups and all(g.mentions for g in groups) and not any(g.purpose for g in groups)):
            return None
        rest = sent[sv.start() :]
        # "A provided histological help; B and the vivarium staff for animal care": after a
        # semicolon, those named with their own "for" share the verb left out, as in a list of thanks
        more: list[Group] = []
        cut = _ELIDED_VERB_ITEM.search(rest)
        if cut:
            at = sv.start() + cut.end()
            more = [g for g in self.region(sent[at:], at, sent, frame="thanks", units=True) if g.mentions and g.purpose]
            if more:
                rest = rest[: cut.start()]
        purpose = self.help_given(rest.strip(" ."))  # "A provided help with X": the help
        if re.search(r"\btechnically\s+$", sent[: sv.start() + 1]):
            purpose = f"technically {purpose}"  # "A technically supported this work": the adverb says what help it was
        if any_verb and self.lex.words.gift.match(rest.strip()):
            purpose = "provided " + re.sub(r"^\s*\S+\s*", "", rest.strip(" ."))  # "A shared equipment": a gift
        for g in groups:
            g.purpose = purpose
        return groups + more

    def _own_unit(self, text: str) -> bool:
        """"the University of Minnesota Supercomputing Institute": a unit of a
        place, with a head of its own after the place's name, not the place
        where the organisation before it sits."""
        m = re.match(r"^(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}(?:University|Universit\w+|College|Institute)\s+of\s+(?P<rest>.+)$", text.strip())
        if not m:
            return False
        words = m.group("rest").split()
        return len(words) >= 2 and self.lex.org_head(" ".join(words[1:]))

    def _ship_named(self, text: str) -> bool:
        """"the MS Polarsyssel", "RRS Discovery": a vessel by its prefix."""
        words = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).split()
        return len(words) >= 2 and words[1][:1].isupper() and self.names.is_ship_word(words[0])

    def _semicolon_units(self, region: str) -> list[tuple[int, str]]:
        """A list cut at its semicolons when they part units of thanks, not
        names: "the IWWIP for seeds; the CIMMYT staff, especially A and B;
        C for technical support" thanks three units, and the last purpose is
        C's alone. Semicolons are units' bounds when a unit before the last,
        with no purpose of its own, holds a list of its own ("A and B",
        "the staff, especially A"); between single names with addresses
        ("A (Univ. X, UK); B (Y Institute) and C for help") they part names
        of one list, which share the purpose."""
        cuts = self.seg.cuts(region, _SEMICOLON)
        if not cuts or ":" in region[: cuts[0][0]] or _ENUMERATED.search(region):
            return []  # the items of a colon list, "(i) A from X; (ii) B and C from Y": one list
        parts, pos = [], 0
        for a, b in cuts:
            parts.append((pos, region[pos:a]))
            pos = b
        parts.append((pos, region[pos:]))
        if not any(not self.seg.first(t, _PURPOSE_START) and self.seg.first(t, _OWN_LIST) for _, t in parts[:-1]):
            return []
        last = self.seg.first(parts[-1][1], _PURPOSE_START)
        if (
            last
            and _SHARED_PURPOSE.match(parts[-1][1][last.start() :])
            and not any(self.seg.first(t, _PURPOSE_START) for _, t in parts[:-1])
            and all(self._placed_group(t) for _, t in parts[:-1])
            and self._shares_purpose(parts[-1][1][: last.start()], parts[-1][1][last.start() :])
        ):
            # "A and B (Physics); and C and D (Chemistry) for technical assistance": each group before
            # the last says where its people work and none says what it is thanked for, and the last
            # says it in plain words (not "for" inside a name, "Center for the Arts"), so the
            # semicolons part groups of one list, which share the purpose said at its end
            return []
        return [(o, t) for o, t in parts if t.strip()]

    def _shares_purpose(self, head: str, purpose: str) -> bool:
        """Whether the last unit of a semicolon list, ``head`` and then its
        ``purpose``, is written like the units before it, so that they share
        the purpose: it too says where its people work ("and C and D
        (Chemistry) for technical assistance"), or its one name is thanked
        for "their" work ("and C for their technical support"). A last name
        alone with a purpose of its own ("; and C for manuscript editing")
        is thanked for that alone."""
        if self._placed_group(head):
            return True
        return bool(re.match(r"\s*(?:for|who|whom)\s+(?:all\s+)?their\b", purpose, re.IGNORECASE)) and not _OWN_LIST.search(head)

    def _placed_group(self, text: str) -> bool:
        """Whether a group of names ends by saying where they work: "A and
        B (Physics)", "A, B and C, USDA, ARS Alaska", "A and B of the X
        Institute"."""
        t = text.strip(" ,.")
        if t.endswith(")") or re.search(rf"\b(?:of|from|at)\s+(?:the\s+)?[{UPPER}]", t):
            return True
        items = self.seg.items(t)
        if len(items) < 2:
            return False
        found = self.mentions(items[-1][1], 0)[0]
        return bool(found) and all(m.kind == "org" for m in found)

    def _np_parts(self, region: str) -> list[tuple[int, str]]:
        """A region cut where a new "the <support noun> of ..." noun phrase
        is coordinated ("the technical support provided by X and the
        assistance of Y"; "comments from X, and the hard work of Y"), when
        the region itself opens with such a noun phrase."""
        lead = len(region) - len(region.lstrip())
        if not (self.frames.of_support.match(region[lead:]) or _ADVICE_OF.match(region[lead:])):
            return [(0, region)]
        cuts = [c for c in self.seg.cuts(region, _NP_SEP) if c[0] > lead]
        # "the hardware support from A, software help from B and purchasing help from C": after a
        # name, a comma or "and" opens the next noun phrase too
        cuts += [c for c in self.seg.cuts(region, _NP_SEP_BARE) if c[0] > lead and re.search(rf"[{UPPER}][{LOWER}]+\.?$", region[: c[0]])]
        cuts = sorted({(a, b) for a, b in cuts if self.frames.of_support.match(region[b:]) or _ADVICE_OF.match(region[b:])})
        if not cuts:
            return [(0, region)]
        out, pos = [], lead
        for a, b in cuts:
            out.append((pos, region[pos:a]))
            pos = b
        out.append((pos, region[pos:]))
        return [(o, t) for o, t in out if t.strip()]

    @staticmethod
    def _passive_place(tail: str) -> str:
        """The place named after "was performed at/in": up to a clause, a
        bracket or a connective."""
        cut = re.search(r"[,;(]|\s+(?:and|with|using|under|for|by)\s+(?![A-Z])|\s+(?:supported|funded|financed|sponsored|operated|run|managed|hosted|located|which|that)\b", tail)
        return tail[: cut.start()] if cut else tail

    def _alias_of(self, core: str, paren: str) -> bool:
        """Whether the words in brackets after an organisation's name are its
        short name: each of them a word of the name or the start of one ("the
        Genotoul bioinformatics platform Toulouse (Bioinfo Genotoul)"; not "the
        Smith Imaging Core (John Smith)")."""
        words = re.findall(r"[^\W\d_][\w\-]*", paren)
        if "," in paren or not 1 <= len(words) <= 4 or not (self._org_shaped(core) and self.lex.org_head(split_camel(core))):
            return False
        own = [fold(w) for w in re.findall(r"[^\W\d_][\w\-]*", core)]
        return all(len(w) >= 4 and any(o.startswith(fold(w)) for o in own) for w in words)

    def unit_of_place(self, org: str) -> bool:
        """"Keel University RTSF": a unit known by its acronym, after the name
        of the place it belongs to (one of the pack's ``place_orgs``: a
        university, a hospital; not a technique's acronym, "the University of
        X NMR", nor a funder's)."""
        m = PLACE_THEN_ACRONYM.match(org.strip())
        if not m or not self.lex.place_org(org[: m.start("unit")]) or self.lex.funder(org):
            return False
        return not self.lex.technique_acronym(m.group("unit"))

    # ------------------------------------------------------------ frames
    def of_frame(self, sent: str, who_start: int, np: str) -> list[Group]:
        tail = sent[who_start:]
        # ("the help of A and of B", "assistance provided by A during X and by the team of Y": each their own giver)
        more = re.search(rf",?\s+and\s+(?:also\s+)?(?:of|by|from)\s+(?=(?:Dr\.?\s+|Prof\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[{UPPER}]|(?:the|our|all)\s)", tail)
        if more:
            first = self.of_frame(sent[: who_start + more.start()], who_start, np)
            return first + self.of_frame(sent, who_start + more.end(), np)
        # "grateful for support from A and B, to C for X and to D for Y": thanks "to" someone start
        # afresh after the noun phrase's own people, each with their own purpose
        to = re.search(rf",\s*(?:and\s+)?to\s+(?=(?:(?:Dr|Drs|Prof|Mr|Mrs|Ms)\.?\s+)?[{UPPER}])", tail)
        if to and self.seg.first(tail[to.end() :], _PURPOSE_START):
            later = self.region(tail[to.end() :].rstrip(" ."), who_start + to.end(), sent, frame="thanks", units=True)
            if any(g.mentions for g in later):
                return self.of_frame(sent[: who_start + to.start()], who_start, np) + later
        # "the support of A for X; B and the staff of Y for Z; and C for W": units of thanks parted by
        # semicolons, each with its own purpose, after the first (which the noun phrase governs)
        semis = self.seg.cuts(tail, _SEMICOLON)
        if semis and self.seg.first(tail[: semis[0][0]], _PURPOSE_START):
            rest_at = semis[0][1]
            rest = tail[rest_at:]
            if self.seg.first(rest, _PURPOSE_START) and re.search(rf"(?:^|\s)[{UPPER}]", rest):
                later = self.region(rest.rstrip(" ."), who_start + rest_at, sent, frame="thanks", units=True)
                if any(g.mentions for g in later):
                    return self.of_frame(sent[: who_start + semis[0][0]], who_start, np) + later
        # "technical assistance by A for X, B on Y and C for Z": each their own part of the help
        end = self.seg.first(tail, re.compile(r"\s+(?:is|are|was|were|has|have)\s+|\s*[;.]\s*$|\s*;"))
        listed = tail[: end.start()] if end else tail
        if re.search(rf",\s*(?:and\s+)?(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[{UPPER}]", listed) and _PURPOSE_START.search(listed):
            many = self.region(listed.rstrip(" ."), who_start, sent, frame="of")
            if sum(1 for g in many for m in g.mentions if m.kind == "person") > 1 and all(g.mentions for g in many):
                for g in many:
                    g.purpose = f"{np.strip()} {g.purpose}".strip()
                    g.frame = "of"
                return many
        # "veterinary personnel in the Division of X": where they work, not what they did
        cut = self.seg.first(
            tail,
            re.compile(
                r"\s+(?:for|with|during|to|on|towards?|regarding|concerning|is|are|was|were|has|have)\s+|\s+in\s+(?!(?:the\s+)?[A-Z][\w\-]*\s+(?:[A-Z]|of\b|for\b|and\b))|\s*[;.]\s*$|\s*;"
                # ("support from X and the use of facilities at Y": what else was had, not more who gave it)
                r"|\s*,?\s+and\s+(?:the\s+)?(?:use|access|provision|loan)\s+(?:of|to)\s"
            ),
        )
        who = tail[: cut.start()] if cut else tail
        after = tail[cut.end() :] if cut else ""
        if cut and re.match(r"\s+(?:for|with|in|during|on)\s", cut.group(0)):
            # "the technical support of A in field trials and B in inoculum preparation": the noun phrase
            # governs a second giver too, with their own part of the work
            for gm in re.finditer(r",?\s+and\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?=[^\W\d_])", after):
                ns = next((n for n in self.names.find(after[gm.end() :]) if n.char_start == 0), None)
                if ns is not None and re.match(r"\s+(?:with|in|during|on)\s+\S", after[gm.end() + ns.char_end :]):
                    at = who_start + cut.end() + gm.start()
                    return self.of_frame(sent[:at] + ".", who_start, np) + self.of_frame(sent, at + (gm.end() - gm.start()), np)
        groups = self.region(who.rstrip(" ."), who_start, sent, frame="of", stop_at_purpose=False)
        # "the help of A with X" is help with X, as "thanks to A for help with X" is
        purpose = re.sub(r"^(?:the|an?)\s+|\s+(?:of|by|from)$", "", np.strip(), flags=re.IGNORECASE)
        if cut and re.match(r"\s+(?:for|with|in|during|to|on|towards?|regarding|concerning)\s", cut.group(0)):
            purpose = f"{purpose} {cut.group(0).strip()} {after}".strip().rstrip(" .")
        for g in groups:
            g.purpose = (g.purpose + " " + purpose).strip() if g.purpose else purpose
            g.frame = "of"
        return [g for g in groups if g.mentions]

    def funding_frame(self, sent: str) -> list[Group]:
        """A funding sentence credits no people; a facility or core named
        in it ("supported in part by the X Microscopy Core") is credited."""
        out = []
        fm = self.frames.funding.search(sent)
        start = fm.end() if fm else 0
        for m in _CAP_RUN.finditer(sent, start):
            name = m.group(0).strip(" .,")
            if re.match(r"\s*\((?:[^()]*\d{2,}[^()]*)\)", sent[m.end() : m.end() + 60]):
                continue  # "the X Support Center (RFP N02PC45022-46)": paid through a contract, a funder here
            if re.search(r"\bto\s+(?:the\s+)?$", sent[max(0, m.start() - 8) : m.start()]):
                continue  # "a grant ... to the Center for X": the recipient
            strong = [h for h in self.lex.hits(name) if h.label == "facility_nouns_strong"]
            if not strong:
                continue
            # a programme named after a platform or core ("Core Research for Evolutional Science and
            # Technology", "the Open Innovation Platform with Enterprises ... Program"): the noun is not its head
            if not any(h.end >= len(name.rstrip(" .)")) - 1 or re.match(r"\s*(?:\(|,|$|(?:of|at|in)\b)", name[h.end :]) for h in strong):
                continue
            if re.match(r"\s+(?:with|for|of)\b[^;.]{0,120}?\b(?:Program(?:me)?|Initiative|Project|Scheme|Grant)\b", sent[m.end() : m.end() + 160]):
                continue
            if re.match(r"\s+(?:program(?:me)?|initiative|scheme|fund|grant|award|call)s?\b", sent[m.end() : m.end() + 20], re.IGNORECASE):
                continue  # "supported by the Core Facilities program of X": a programme named after what it pays for
            if self.lex.facility_kind(name) == "facility":
                out.append(Group([Mention("org", name, m.start(), m.end())], purpose="", frame="funding"))
        # "supported in part by grant X and by the facilities and staff of the Y Center for Research
        # Computing": a unit's staff and what they run, a service whatever the unit is called
        for st in _STAFF_SUPPORT.finditer(sent):
            org = st.group("org").rstrip(" .,")
            out.append(Group([Mention("org", org, st.start("org"), st.start("org") + len(org))], purpose="", frame="thanks"))
        # "... supported by the X Laboratory with funding from Y, and with technical assistance from A and B"
        wh = self.frames.with_help.search(sent, start)
        if wh:
            out += [g for g in self.of_frame(sent, wh.end(), wh.group(0).strip()) if any(mt.kind == "person" for mt in g.mentions)]
        return out

    # ------------------------------------------------------------ regions
    def _passive_rest(self, sent: str, at: int) -> tuple[int, list[Group]]:
        """"A is thanked for X, B thanked for Y, and C for Z": where the
        first purpose ends in ``sent`` (from ``at``, just after "is
        thanked"), and the groups named after it, each with its own
        purpose. ``len(sent)`` and no groups when no one else is named."""
        after = sent[at:]
        for ns in self.names.find(after):
            lead = after[: ns.char_start]
            tail = after[ns.char_end :]
            if not re.search(r"(?:,|;|\band)\s*$", lead) or not re.match(rf"\s*(?:{_BE}\s+)?(?:also\s+)?(?:thanked\s+|acknowledged\s+)?for\b", tail, re.IGNORECASE):
                continue
            cut = at + re.search(r"\s*(?:[,;]\s*)?(?:and\s+)?$", lead).start()
            # the verb repeated in a later clause ("B thanked for Y") blanked out, so offsets hold
            rest = re.sub(rf"\b(?:{_BE}\s+)?(?:also\s+)?(?:thanked|acknowledged)\b(?=\s+for\b)", lambda m: " " * len(m.group(0)), sent[cut:], flags=re.IGNORECASE)
            blanked = sent[:cut] + rest
            groups = self.region(re.sub(r"^[\s,;]*(?:and\s+)?", lambda m: " " * len(m.group(0)), rest), cut, blanked, frame="thanks")
            if any(g.mentions for g in groups):
                return cut, groups
            break
        return len(sent), []

    def region(self, region: str, base: int, sent: str, *, frame: str, stop_at_purpose: bool = True, strict: bool = False, units: bool = False, orgs_only: bool = False) -> list[Group]:
        """The groups of a list of those credited, each with its purpose
        (with ``units``, first cut where semicolons part units of thanks;
        with ``orgs_only``, none at the first item that names a person)."""
        parts = self._semicolon_units(region) if units else []
        if parts:
            return [g for off, part in parts for g in self.region(part, base + off, sent, frame=frame, stop_at_purpose=stop_at_purpose, strict=strict)]
        # "the workshop team including A and B" is read as "the workshop team, including A and B" (the
        # space becomes the comma, so every offset stays)
        if " not " in region:
            # "including, but not limited to, A and B" is "including A and B" (blanked, so offsets hold)
            region = _NOT_LIMITED.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), region)
        if _TEAM_LEAD.search(region):  # (a cheap test first: the pattern's look-behinds are slow)
            region = _TEAM_INCLUDING.sub(",", region)
        pairs = self.seg.items(region)
        if frame == "list":
            # a strict region gives up at its first item that names no one: read items lazily
            items: Any = _LazyItems(pairs, lambda off, t: self.item(off + base, t))
        else:
            items = [self.item(off + base, t) for off, t in pairs]
        # "by Dr. M. Peters, Staatliches Untersuchungsamt, Zur Taubeneiche, Arnsberg": with no
        # "and" anywhere, the capitalised items after the first name are its address
        # (and "by N. Braun of Example AG Keel, Germany": the one item after the name is a place, no one)
        addressed = len(items) > 2 or (len(items) == 2 and not any(m.kind == "person" for m in items[1].mentions) and not items[1].purpose)
        if frame in ("passive", "of", "subject") and addressed and items[0].mentions and items[0].mentions[0].kind == "person" and not re.search(r"[\s,](?:and|&)\s|;", region):
            first = items[0]
            rest = [it for it in items[1:] if not it.purpose]
            # (a place of one word reads as no one: "Ann Lee of Example Ltd, Keel, UK")
            # (not names one after another to the last, "A, B, C, D provided technical support": a list with
            # its "and" left out; an address ends in a place, "Zur Taubeneiche, Arnsberg")
            names_to_the_end = len(rest) >= 2 and len(rest[-1].text.split()) >= 2 and all(it.mentions and all(m.kind == "person" for m in it.mentions) and not it.purpose for it in rest)
            if rest and not names_to_the_end and all(all(m.kind == "person" for m in it.mentions) and (it.mentions or len(it.text.split()) == 1) for it in rest[:-1]):
                first.mentions[0].affil = first.mentions[0].affil or ", ".join(it.text for it in rest)
                items = [first] + [it for it in items[1:] if it.purpose]
                for it in items[1:]:
                    it.mentions = []
        if frame == "passive" and ";" in region:
            # "by A, B and C, USDA, ARS Alaska; and D and E, UAM Insect Collection": in a passive's list of
            # agents parted by semicolons, an organisation that ends a part after its names is where
            # those people work, not a unit thanked on its own
            part_people: list[Mention] = []
            for k, it in enumerate(items):
                end = it.off - base + len(it.text)
                last_of_part = k + 1 == len(items) or ";" in region[end : items[k + 1].off - base]
                if it.mentions and all(m.kind == "person" for m in it.mentions):
                    part_people.extend(it.mentions)
                elif last_of_part and part_people and it.mentions and all(m.kind == "org" for m in it.mentions) and not it.purpose:
                    for m in part_people:
                        m.affil = m.affil or it.text.strip(" ,;.")
                    it.mentions = []
                if last_of_part:
                    part_people = []
        if frame != "list":
            self._plural_title(items)
            items = self._members_named_after(items)
            items = self._first_names_after_role(items)
            items = self._first_names_singled_out(items, region, base)
            if frame == "thanks":
                items = self._given_names_for_technical_work(items, region, base, sent)
            items = self._names_among_names(items, sent, framed=frame in ("passive", "of", "subject"))
        groups: list[Group] = []
        cur = Group(frame=frame)
        open_purpose = False
        pending_role = ""
        post_next = ""  # a post printed before the next name, after a semicolon
        purpose_end = -1
        members_of = ""  # the team whose members are being listed
        working_at = ""  # the facility whose staff are being singled out
        owned = False  # the current purpose belongs to people thanked without names
        fronted = False  # the current purpose came before the names it belongs to
        rel_skip = False

        def take_purpose(it: _Item) -> None:
            """The item's own purpose becomes the group's, still open to what follows."""
            nonlocal purpose_end, open_purpose
            if it.purpose:
                cur.purpose = it.purpose
                purpose_end = it.off - base + len(it.text)
                open_purpose = True

        for idx, it in enumerate(items):
            if orgs_only and any(m.kind == "person" for m in it.mentions):
                return []
            if it.mentions:
                rel_skip = False
            ship_txt = it.mentions[0].text if len(it.mentions) == 1 and it.mentions[0].kind == "org" else ("" if it.mentions else (it.text.split(" for ")[0] if it.purpose else it.text).strip(" ,."))
            if ship_txt and cur.mentions and cur.mentions[-1].kind == "org" and not open_purpose and _CREW_OF.search(cur.mentions[-1].text) and self._ship_named(ship_txt):
                # "the crews of the R/V Kronprins Haakon and the MS Polarsyssel": both ships' crews
                last = cur.mentions[-1]
                last.text = f"{last.text} and {ship_txt}"
                take_purpose(it)
                continue
            staff_words = re.fullmatch(r"(?:its|their)\s+(?:[a-z]+\s+){0,2}?(?:staff|team|teams|crew|crews|personnel|technicians|engineers)", it.text.split(" for ")[0].strip(" .,"), re.IGNORECASE)
            own_staff = staff_words and not it.mentions
            if staff_words and all(m_.kind == "org" for m_ in it.mentions) and len(it.mentions) <= 1 and not cur.mentions and idx and pending_role == items[idx - 1].text.strip(" ,.") and _ACRONYM_ANY.fullmatch(pending_role) and re.search(r"\band\b|&", sent[items[idx - 1].off + len(items[idx - 1].text) : it.off]):
                # "We thank LCOGT and its staff": an organisation named by its acronym alone, and its staff
                prev = items[idx - 1]
                cur.mentions.append(Mention("org", pending_role, prev.off, prev.off + len(pending_role)))
                pending_role = ""
                own_staff = True
            if own_staff and cur.mentions and cur.mentions[-1].kind == "org":
                # "the Las Cumbres Observatory and its staff": the organisation's team
                cur.mentions[-1].text = f"{cur.mentions[-1].text} and {it.text.split(' for ')[0].strip(' .,')}"
                take_purpose(it)
                continue
            # (written with its capital, or "plc": "for their support and company" keeps its purpose)
            if _LEGAL_SUFFIX.fullmatch(it.text.strip(" .")) and (it.text.strip()[:1].isupper() or it.text.strip(" .") == "plc") and cur.mentions and cur.mentions[-1].kind == "org":
                cur.mentions[-1].text = f"{cur.mentions[-1].text}, {it.text.strip()}"  # "Illumina, Inc."
                continue
            # "the technicians of X for their support, particularly A, B and C":
            # the people named are the team's members, and share its purpose
            people_only = bool(it.mentions) and all(m.kind == "person" for m in it.mentions)
            gap_before = sent[items[idx - 1].off + len(items[idx - 1].text) : it.off] if idx else ""
            if people_only and not it.purpose and members_of and not cur.mentions and cur.role == members_of and not (cur.purpose and ";" in gap_before):
                # "..., and all the students who helped in the field, especially A and B": the group's members
                # (not names after a semicolon that ends the group's own purpose: "their families, for
                # enabling this research; A, B and C for animal care")
                for m_ in it.mentions:
                    m_.role = m_.role or members_of
                cur.mentions.extend(it.mentions)
                continue
            if people_only and not it.purpose and working_at and not it.elaborates and cur.mentions:
                # "..., especially A, B and C": each of those singled out
                for m_ in it.mentions:
                    m_.affil = m_.affil or working_at
                cur.mentions.extend(it.mentions)
                continue
            if people_only and not it.purpose and (it.elaborates or members_of) and cur.mentions:
                team = cur.mentions[-1]
                if it.elaborates and team.kind == "org" and (self.lex.is_team(team.text) or self.lex.is_role(team.text)):
                    members_of = team.text
                    # "the IBPS fish facility staff, in particular A and B", "the KLIVV staff, in particular
                    # A and B": a facility's or a named organisation's team is thanked as well as the two
                    # named; "the technicians of X, particularly A and B" are A and B
                    if not self.lex.hits(team.text, ("facility_nouns_strong",)) and not _ORG_STAFF.match(team.text):
                        cur.mentions.pop()
                if members_of:
                    for m_ in it.mentions:
                        m_.role = m_.role or members_of
                    cur.mentions.extend(it.mentions)
                    continue
                if it.elaborates and team.kind == "org" and self.lex.facility_kind(team.text) == "facility":
                    # "the Imaging Facility, especially A and B": the people singled out work there
                    working_at = team.text
                    for m_ in it.mentions:
                        m_.affil = m_.affil or team.text
                    cur.mentions.extend(it.mentions)
                    continue
            if not people_only or it.purpose:
                members_of = ""
                working_at = ""
            # "the X Facility, University of Y": where the thing before is
            # (after a comma only: "the Genomics Core and UPPMAX" are two)
            sep = sent[items[idx - 1].off + len(items[idx - 1].text) : it.off] if idx else ""
            opens_list = not cur.mentions and not cur.role and not pending_role and not open_purpose
            follows_person = bool(re.search(r";|\band\b|&", sep)) and not open_purpose and bool(cur.mentions) and cur.mentions[-1].kind == "person"
            if (opens_list or follows_person) and self._post_of_next(it, items[idx + 1] if idx + 1 < len(items) else None, sent):
                # "our curator, Jo Lee; our laboratory technician, Kim Park", "our laboratory technician,
                # Jo Lee, and our secretary, Kim Park": a post in the singular set before a name with a
                # comma (opening the list, or after "and" or a semicolon) is that person's alone
                post_next = (it.mentions[0].text if it.mentions else it.text).strip(" ,.")
                continue
            if (
                it.mentions
                and cur.mentions
                and cur.mentions[-1].kind == "person"
                and cur.mentions[-1].affil is None
                and bool(self.lex.words.post_alone.match(cur.mentions[-1].role.split(" ", 1)[-1]))
                and not open_purpose
                and len(it.mentions) == 1
                and it.mentions[0].kind == "org"
                and not _DETERMINED.match(it.mentions[0].text)
                and not re.search(r"\band\b|&", sep)
            ):
                # "Lee Ching Ng, Director, Environmental Health Institute (EHI)": where the post is held
                cur.mentions[-1].affil = it.mentions[0].text
                take_purpose(it)
                continue
            if (
                it.mentions
                and cur.mentions
                and cur.mentions[-1].kind == "org"
                and len(it.mentions) == 1
                and re.search(r"\band\b|&", sep)
                and re.match(r"(?:its|their)\s", it.mentions[0].text.strip(), re.IGNORECASE) is not None
                and self.lex.is_team(it.mentions[0].text)
                and len(it.mentions[0].text.split()) <= 5
            ):
                # "the Alaska SeaLife Center and its excellent support staff": the unit's own staff, one team with it
                last = cur.mentions[-1]
                last.text = f"{last.text}{sep}{it.mentions[0].text.strip(' .,')}"
                last.end = it.mentions[0].end
                take_purpose(it)
                continue
            if it.mentions and cur.mentions and not open_purpose and len(it.mentions) == 1 and it.mentions[0].kind == "org" and self.lex.place_org(it.mentions[0].text) and not self._own_unit(it.mentions[0].text) and not re.search(r"\band\b|&", sep):
                last = cur.mentions[-1]
                if last.kind == "org":
                    last.text = f"{last.text}, {it.mentions[0].text}"
                elif last.affil is None:
                    last.affil = it.mentions[0].text
                take_purpose(it)
                continue
            # one organisation right after a person's name, with no purpose open
            org_after_name = len(it.mentions) == 1 and it.mentions[0].kind == "org" and bool(cur.mentions) and cur.mentions[-1].kind == "person" and not open_purpose
            if (
                org_after_name
                and cur.mentions[-1].affil is None
                # (one name, or names each with their own unit: "A, B, C, OSU Ship Operations, the R/V X and
                # crew" lists the unit beside the people, not as the last one's)
                and (len(cur.mentions) == 1 or cur.mentions[-2].affil is not None)
                and (not _DETERMINED.match(it.mentions[0].text) or self._apposition(it, items[idx + 1] if idx + 1 < len(items) else None))
                and self.lex.facility_kind(it.mentions[0].text) in ("facility", "team")
                and not self.lex.is_role(it.mentions[0].text)
                and not self.lex.words.post_of.match(it.mentions[0].text.strip())
                and re.fullmatch(r"\s*,\s*", region[cur.mentions[-1].end - base : it.off - base] or "x")
            ):
                # "Kristina Tabbada, Babraham Sequencing Facility, and Arthur Davis, Flow Facility": a
                # facility without an article right after a name is where that person works; with an
                # article, when commas close it before the purpose ("A, the X Facility, for sorting")
                cur.mentions[-1].affil = it.mentions[0].text
                take_purpose(it)
                continue
            if (
                org_after_name
                # (after a unit already given, a further one without an article is where that unit is:
                # "A from the Bioinformatics Unit, Department of Life Sciences Core Facilities, for ...")
                and (cur.mentions[-1].affil is None or self.lex.facility_kind(it.mentions[0].text) is None or not _DETERMINED.match(it.mentions[0].text))
                and not cur.mentions[-1].role
                and not re.match(r"(?:all|our|other|its|their)\s", it.mentions[0].text, re.IGNORECASE)
                and not self.lex.is_team(it.mentions[0].text)
                and not self.lex.is_role(it.mentions[0].text)
                # (a post of a facility, "manager of the EM Laboratory", is read below with its facility)
                and not self._post_of_facility(it.mentions[0].text)
                and self._purpose_after_places(items, idx, sent)
                and re.fullmatch(r"\s*,\s*", (region[cur.mentions[-1].end - base : it.off - base] if cur.mentions[-1].affil is None else sep) or "x")
            ):
                # "Annette Aiello, Smithsonian Tropical Research Institute, for confirming ...", "Kathryn
                # Pugh, QVMAG Honorary Research Associate, for GIS assistance": an organisation or a post
                # set off by a comma between a name and the purpose is where that person works
                org_ = it.mentions[0].text
                pa_ = self.lex.words.post_after.match(org_.strip()) or self.lex.words.post_of.match(org_.strip())
                if cur.mentions[-1].affil is not None:
                    pass  # "A of the SAXS Core Facility, National Cancer Institute, for ...": where that unit is
                elif pa_:
                    cur.mentions[-1].role = org_.strip()
                    cur.mentions[-1].affil = pa_.group("org")
                else:
                    cur.mentions[-1].affil = org_
                take_purpose(it)
                continue
            if it.mentions and len(it.mentions) == 1 and it.mentions[0].kind == "org" and cur.mentions and cur.mentions[-1].kind == "person" and not open_purpose:
                whole = it.mentions[0].text.strip()
                # "Associate Director of Preparation": a post named by its service is a role as a whole
                rm = None if self.lex.ends_in_role(whole) else re.match(r"^(?P<role>.+?)\s+(?:at|of|in|from)\s+(?P<org>.+)$", whole)
                role_part = rm.group("role") if rm else whole
                # "A, technician at X", "A and B, volunteers at the museum": what the person is
                # (after "and" a unit's staff are thanked beside the person: "A and Genomics Core staff")
                if (
                    (self.lex.is_role(role_part) or self.lex.words.learner_end.search(role_part))
                    and not re.match(r"^(?:the|all|other)\b", role_part, re.IGNORECASE)
                    # ("A and all NARS technicians": a team thanked beside A, not A's post)
                    and not (re.search(r"\band\b|&", sep) and re.match(r"(?:the|all|other|our)\b", it.text.strip(), re.IGNORECASE))
                    # ("A and staff scientists of the X beamlines": a body of staff thanked beside A)
                    and not (re.search(r"\band\b|&", sep) and rm and re.search(r"(?:[^s]s|staff|personnel|crew|team)$", role_part, re.IGNORECASE))
                    and len(role_part.split()) <= 4
                    and not (re.search(r"\band\b|&", sep) and role_part[:1].isupper() and self.lex.org_head(role_part))
                ):
                    last = cur.mentions[-1]
                    last.role = (last.role + " " + role_part).strip()
                    if rm and last.affil is None:
                        last.affil = rm.group("org")
                    take_purpose(it)
                    continue
                po = self.lex.words.post_of.match(it.mentions[0].text.strip())
                if po and self.lex.facility_kind(po.group("org")):
                    # "Scott Shaffer, Director of Proteomics and Mass Spectrometry Facility": the post and its facility
                    last = cur.mentions[-1]
                    last.role = (last.role + " " + it.mentions[0].text.strip()).strip()
                    if last.affil is None:
                        last.affil = po.group("org")
                    take_purpose(it)
                    continue
                pm2 = self.lex.words.post_after.match(it.mentions[0].text.strip())
                if pm2:
                    last = cur.mentions[-1]
                    last.role = (last.role + " " + it.mentions[0].text.strip()).strip()
                    if last.affil is None:
                        last.affil = pm2.group("org")
                    take_purpose(it)
                    continue
            # "Ms. Meg Stark, at the Technology Facility, Department of Biology": where the person works
            if it.mentions and len(it.mentions) == 1 and it.mentions[0].kind == "org" and cur.mentions and cur.mentions[-1].kind == "person" and cur.mentions[-1].affil is None and not open_purpose and re.match(r"^(?:at|in|from|of)\s", it.mentions[0].text, re.IGNORECASE):
                cur.mentions[-1].affil = re.sub(r"^(?:at|in|from|of)\s+", "", it.mentions[0].text, flags=re.IGNORECASE)
                take_purpose(it)
                continue
            # "University of California, Los Angeles (UCLA)": a place, not a person
            if (
                it.mentions
                and len(it.mentions) == 1
                and it.mentions[0].kind == "person"
                and cur.mentions
                and re.fullmatch(r"[A-Z][A-Za-z&\-]{1,7}", it.mentions[0].paren or "")
                and (cur.mentions[-1].kind == "org" or (cur.mentions[-1].affil and not cur.mentions[-1].paren))
                # (the bracket is the place's initials, not where a person works: "the X team (Y), Anna Keel (USDA)")
                and _initials_of(it.mentions[0].paren or "", (cur.mentions[-1].text if cur.mentions[-1].kind == "org" else cur.mentions[-1].affil or "") + " " + it.mentions[0].text)
                # (not the initials of the place before alone, said again after a person who works there: "the
                # Center for Mass Spectrometry (CMS) for sample runs and Ann Keel (CMS) for advice")
                and not _initials_of(it.mentions[0].paren or "", re.sub(r"\s*\([^()]*\)\s*$", "", cur.mentions[-1].text if cur.mentions[-1].kind == "org" else cur.mentions[-1].affil or ""))
            ):
                last = cur.mentions[-1]
                if last.kind == "org":
                    last.text = f"{last.text}, {it.text}"
                else:
                    last.affil = f"{last.affil}, {it.mentions[0].text}"
                take_purpose(it)
                continue
            if it.mentions:
                if strict and it.other and not it.purpose and not _INITIALS_ONLY.fullmatch(it.other.strip()):
                    return []
                if frame == "thanks" and cur.mentions and not cur.purpose and not open_purpose and re.search(r",\s*(?:and\s+)?$", sep) and re.match(r"\s*to\s", it.text):
                    # "grateful to A (X University), and to the Y Service for sequencing": "to" said again opens a
                    # unit of thanks of its own, whose purpose is not the names' before it
                    groups.append(cur)
                    cur = Group(frame=frame)
                    owned = fronted = False
                # (a purpose said before any names, then a semicolon, is the people's before it: "the
                # donors, and their families, for enabling this research; A, B and C for animal care")
                if (
                    open_purpose
                    or (cur.mentions and cur.purpose and (not fronted or it.purpose))
                    or (owned and not cur.mentions and cur.purpose)
                    or (fronted and not cur.mentions and cur.purpose and ";" in sep)
                    or (it.owned and cur.mentions and all(m_.kind == "org" for m_ in cur.mentions))
                ):
                    groups.append(cur)
                    cur = Group(frame=frame)
                    open_purpose = False
                    owned = fronted = False
                if it.owned:
                    # "the trial nurses and A's help with X": the nurses are not A's post ("A and B's
                    # development of X" is both people's: names before the possessive share it)
                    pending_role = ""
                elif pending_role and not cur.role:
                    cur.role = pending_role
                    pending_role = ""
                if post_next and it.mentions[0].kind == "person" and not it.mentions[0].role:
                    it.mentions[0].role = post_next
                    it.mentions[0].own_post = True
                post_next = ""
                cur.mentions.extend(it.mentions)
                if it.other and not it.purpose:
                    cur.role = (cur.role + " " + it.other).strip()
                take_purpose(it)
                continue
            # no names in this item
            if _DEGREE.match(it.text.strip(" .")) and cur.mentions:
                continue  # "Christine Roberts, PhD,"
            if not open_purpose and not cur.purpose and self._sibling_org(it, cur, items):
                # "the X Platform, the France Génomique and the Y Institute": a proper name
                # between organisations is one of them, whatever its head word
                name = it.text.split(" for ")[0].strip(" ,.") if it.purpose else it.text.strip(" ,.")
                at = it.off + it.text.find(name)
                cur.mentions.append(Mention("org", name, at, at + len(name)))
                take_purpose(it)
                continue
            pm_ = self.lex.words.post_after.match(it.text.strip())
            if pm_ and cur.mentions and cur.mentions[-1].kind == "person" and not open_purpose and (self.lex.facility_kind(pm_.group("org")) or self.lex.org_head(pm_.group("org"))):
                last = cur.mentions[-1]
                last.role = (last.role + " " + it.text.strip()).strip()
                if last.affil is None:
                    last.affil = pm_.group("org")
                continue
            team_txt = it.other.strip(" ,.") if it.purpose else ""
            if open_purpose and team_txt and _DETERMINED.match(team_txt) and len(team_txt.split()) >= 3 and (self.lex.is_team(team_txt) or self.lex.facility_kind(team_txt)):
                # "A for X, the bioinformatics working group for Y and all colleagues from the Z for W":
                # a team with its own purpose starts a new group inside a running purpose
                groups.append(cur)
                cur = Group(frame=frame)
                at = it.off + max(it.text.find(team_txt), 0)
                cur.mentions.append(Mention("org", team_txt, at, at + len(team_txt)))
                cur.purpose = it.purpose
                purpose_end = it.off - base + len(it.text)
                continue
            group_txt = (it.other if it.purpose else it.text).strip(" ,.")
            units_only = bool(cur.mentions) and all(m_.kind == "org" for m_ in cur.mentions)
            if (open_purpose or cur.purpose or units_only) and not it.mentions and _PEOPLE_GROUP.match(group_txt) and self.lex.words.people_group.search(group_txt):
                # "A for X, and numerous students and friends, including B and C": people thanked as a
                # group of their own end the purpose before them; their members follow
                groups.append(cur)
                cur = Group(frame=frame, role=group_txt)
                members_of = group_txt
                open_purpose = False
                if it.purpose:
                    cur.purpose = it.purpose
                    purpose_end = it.off - base + len(it.text)
                continue
            if open_purpose:
                gap = region[purpose_end : it.off - base] if 0 <= purpose_end <= it.off - base else ", "
                if ";" in gap and it.purpose and re.match(rf"\s*(?:and\s+)?(?:the\s+)?[{UPPER}]", it.other):
                    # "A for help with the dataset; and the Global Genomics Project for summary data": after a
                    # semicolon, someone thanked for their own purpose ends the one before, named or not
                    groups.append(cur)
                    cur = Group(frame=frame)
                    open_purpose = False
                    continue
                cur.purpose = f"{cur.purpose}{gap}{it.text}"
                purpose_end = it.off - base + len(it.text)
                continue
            place = it.other.strip(" ,")
            if (
                it.purpose
                and it.relative
                and not rel_skip
                and cur.mentions
                and cur.mentions[-1].kind == "person"
                and cur.mentions[-1].affil
                and not cur.purpose
                and re.match(r"\s*,?\s*\(?\s*who\b", it.text[it.text.find(place) + len(place) :] if place in it.text else "", re.IGNORECASE)
                and re.match(rf"[{UPPER}]", place)
                and (self.lex.org_head(place) or self.lex.place_org(re.sub(r"\s*\([^()]*\)$", "", place)))
            ):
                # "Ingrid Lin of the Department of Botany, Smithsonian Institution (US) who skillfully scanned
                # the holotypes": the rest of the person's place, then what the person did
                cur.mentions[-1].affil = f"{cur.mentions[-1].affil}, {place}"
                cur.purpose = it.purpose
                purpose_end = it.off - base + len(it.text)
                open_purpose = True
                continue
            if it.purpose and it.relative and (rel_skip or (it.other.strip() and not _LEAD.fullmatch(it.other.strip() + " "))):
                # "... and to all agencies and programs who support ... and who work ...": the clauses are about those words
                pending_role = ""
                rel_skip = True
                continue
            if it.purpose:
                # ", who kindly ran the samples" / "for X" after the names
                # ("..., China Academy of Science for their help": a place set off by a comma before the
                # purpose is where those named are, not part of what they did)
                other_place = bool(it.other.strip(" ,")) and cur.mentions and not it.mentions and self._named_place(it.other.strip(" ,"))
                cur.purpose = it.purpose if not it.other or other_place else f"{it.other} {it.purpose}"
                purpose_end = it.off - base + len(it.text)
                open_purpose = bool(cur.mentions)
                # "all mosquito collectors for their work and A and B for Y": the purpose has its own
                # (unnamed) owners, so the names after it are thanked on their own
                owned = not cur.mentions and bool(it.other.strip()) and not _LEAD.fullmatch(it.other.strip() + " ")
                # "We thank, for technical help, A and B": a purpose put before the names is all of theirs
                fronted = not cur.mentions and not owned
                continue
            if strict and cur.mentions and self.lex.words.unnamed_others.fullmatch(it.text.strip(" ,.")) or (strict and cur.mentions and self.lex.words.people_group.search(it.text.strip(" ,.")) and len(it.text.split()) <= 4):
                continue  # "A, B and several volunteers assisted ...": the unnamed others beside the names
            if strict and cur.mentions and cur.mentions[-1].kind == "org" and not re.search(r"\band\b|&", sep) and self.lex.place_org(it.text):
                # "The X Labs Private Limited, Kerela, India, provided ...": where the organisation is
                cur.mentions[-1].text = f"{cur.mentions[-1].text}, {it.text.strip(' ,.')}"
                continue
            if strict and not _INITIALS_ONLY.fullmatch(it.text.strip()):
                return []
            if _INITIALS_ONLY.fullmatch(it.text.strip()):
                continue  # "JRG and V. Heisey prepared ...": an author's initials beside a name
            # role words between names: "our technician", "research technician"
            if cur.mentions and not cur.purpose:
                last = cur.mentions[-1]
                if last.kind == "person" and _DETERMINED.match(it.text.strip()) and self.lex.is_technical_team(it.text) and not it.purpose:
                    # "A and all NARS Technicians": a team named beside a person, not the person's post
                    cur.mentions.append(Mention("org", it.text.strip(" ,."), it.off, it.off + len(it.text)))
                    continue
                if last.kind == "person" and self.lex.is_role(it.text):
                    if self.lex.words.plural_role.search(it.text):
                        for m_ in cur.mentions:
                            if m_.kind == "person" and not m_.role:
                                m_.role = it.text  # "A and B, technicians affiliated to X"
                    else:
                        last.role = (last.role + " " + it.text).strip()
                elif last.kind == "org" and re.search(r"\band\b|&", sep) and re.fullmatch(rf"(?:the\s+)?[{UPPER}][{UPPER}0-9\-]{{2,11}}", it.text.strip(" ,.")):
                    # "the National Genomics Infrastructure and UPPMAX": one more organisation, not where the first is
                    cur.mentions.append(Mention("org", it.text.strip(" ,."), it.off, it.off + len(it.text.rstrip(" ,."))))
                elif last.kind == "person" and self.lex.words.post_alone.match(it.text.strip(" ,.")):
                    # "Lee Ching Ng, Director, Environmental Health Institute": a post, then where it is held
                    last.role = (last.role + " " + it.text.strip(" ,.")).strip()
                elif self.lex.place_org(it.text) and last.kind in ("person", "org"):
                    if last.kind == "org":
                        last.text = f"{last.text}, {it.text}"
                    elif last.affil is None:
                        last.affil = it.text
                else:
                    cur.role = (cur.role + " " + it.text).strip()
            else:
                nxt = items[items.index(it) + 1] if items.index(it) + 1 < len(items) else None
                if (self.lex.is_technical_team(it.text) or self.lex.is_role(it.text)) and not (nxt is not None and any(m.kind == "person" for m in nxt.mentions)) and re.match(r"^(?:the|all|our|other)\b", it.text.strip(), re.IGNORECASE):
                    # "the technicians and students who helped ...": a team
                    cur.mentions.append(Mention("org", it.text.strip(), it.off, it.off + len(it.text)))
                    take_purpose(it)
                    continue
                pending_role = (pending_role + " " + it.text).strip()
        if cur.mentions or cur.purpose:
            groups.append(cur)
        # "We thank the technicians for their help": a role with no names is a team
        # (words of a clause run together are no team: "Ivo freedom creating a lab full of ... people that
        # make up an amazing team")
        clause = len(pending_role.split()) > 10 and re.search(r"\b(?:that|which|who)\s+(?!is\b|are\b)[a-z]+", pending_role) is not None
        if pending_role and self.lex.is_team(pending_role) and not clause and not any(g.mentions for g in groups):
            off = region.find(pending_role)
            groups = [Group([Mention("org", pending_role, base + max(off, 0), base + max(off, 0) + len(pending_role))], purpose=cur.purpose, frame=frame)]
        # "the technicians A and B" / "A and B, technicians at X" / "the student helpers A and B": a plural role is everyone's
        w = self.lex.words
        for g in groups:
            people = [m for m in g.mentions if m.kind == "person"]
            plural = next((p.role for p in people if p.role and (w.plural_role.search(p.role) or (w.learner.search(p.role) and re.search(r"s\b", p.role)))), "")
            if plural:
                for p in people:
                    # (not "C (Visual Materials Curator)", "D (Conservation Intern)": a post or place of their own)
                    if not p.role and not (p.paren and (p.affil or self.lex.is_role(p.paren) or w.learner.search(p.paren))):
                        p.role = plural
        # "A and B for technical assistance and helpful suggestions, respectively": each their own purpose
        split_groups: list[Group] = []
        for g in groups:
            people = [m for m in g.mentions if m.kind == "person"]
            rm = re.search(r",?\s*respectively\s*\.?\s*$", g.purpose or "")
            if rm and len(people) >= 2 and len(people) == len(g.mentions):
                parts = [p for _, p in self.seg.items(g.purpose[: rm.start()])]
                if len(parts) == len(people):
                    for m_, p_ in zip(people, parts):
                        split_groups.append(Group([m_], purpose=p_, role=g.role, frame=g.frame))
                    continue
            split_groups.append(g)
        groups = split_groups
        # "A and B of the X Facility": the affiliation of the last name is the group's
        for g in groups:
            people = [m for m in g.mentions if m.kind == "person"]
            if len(people) > 1 and people[-1].affil and all(p.affil is None for p in people[:-1]):
                for p in people[:-1]:
                    p.affil = people[-1].affil
            if g.role == "" and pending_role:
                g.role = pending_role
        return [g for g in groups if g.mentions]

    def _plural_title(self, items: list[_Item]) -> None:
        """"Drs Bex, Becuwe and Backeljauw", "Profs. Smith and van Dijk": a
        title in the plural is every following family name's, so each item
        that is one family name and nothing else (before its purpose) is a
        person, as it would be after "Dr"."""
        if len(items) < 2 or not _PLURAL_TITLE.match(items[0].text) or not any(m.kind == "person" for m in items[0].mentions):
            return
        for it in items[1:]:
            if it.mentions:
                if all(m.kind == "person" for m in it.mentions):
                    continue
                return
            body = it.text[: it.text.find(it.purpose)] if it.purpose and it.purpose in it.text else it.text
            body = re.sub(r"\s+for\s*$", "", body)
            lead = re.match(r"\s*(?:(?:and|&)\s+)?", body)
            name = body[lead.end() :].strip(" ,.")
            ns = self.names.whole("Dr " + name) if name else None
            if ns is None or not ns.titled:
                return
            at = it.off + lead.end() + body[lead.end() :].index(name)
            it.mentions = [Mention("person", name, at, at + len(name))]
            it.other = ""
            if it.purpose:
                return

    def _post_of_next(self, it: _Item, nxt: _Item | None, sent: str) -> bool:
        """Whether an item is one person's post printed before the next
        item's name with a comma ("our laboratory technician, Kim Park")."""
        if it.purpose or nxt is None or not nxt.mentions or nxt.mentions[0].kind != "person":
            return False
        if it.mentions and (len(it.mentions) > 1 or it.mentions[0].kind != "org"):
            return False
        post = (it.mentions[0].text if it.mentions else it.text).strip(" ,.")
        return (
            # common words only, no body of staff ("curatorial staff", "the Marion Dufresne crew")
            re.search(r"\b[A-Z]", post[1:]) is None
            and re.search(r"(?:\b(?:staff|team|crew|personnel)s?|s)$", post, re.IGNORECASE) is None
            and re.fullmatch(r"\s*,\s*", sent[it.off + len(it.text) : nxt.off]) is not None
            and self.lex.is_role(post)
            and not self.lex.words.plural_role.search(post)
            and len(post.split()) <= 5
        )

    def _sibling_org(self, it: _Item, cur: Group, items: list[_Item]) -> bool:
        """Whether an item the name finder left alone is an organisation
        because the items beside it are: a definite proper name ("the
        France Génomique", "the Worldwide LHC Computing Grid collaboration")
        listed with organisations and with no person beside it."""
        text = (it.text.split(" for ")[0] if it.purpose else it.text).strip(" ,.")
        if not _PROPER_ORG.fullmatch(text) or self.lex.is_role(text) or self.lex.funder(text) or self.names.whole(re.sub(r"^(?:the|all)\s+", "", text)) is not None:
            return False
        i = items.index(it)
        before = cur.mentions[-1] if cur.mentions else None
        after = items[i + 1].mentions if i + 1 < len(items) else []
        if before is not None and before.kind != "org":
            return False
        if before is None and not (after and all(m.kind == "org" for m in after)):
            return False
        return not any(m.kind == "person" for m in after)

    def _names_among_names(self, items: list[_Item], sent: str, *, framed: bool = False) -> list[_Item]:
        """"A, B and He Bo for ...", "A, B and Bidiel Fall for ...": two or three
        capitalised words listed among people, with nothing of an organisation
        or a post about them, are a person even when a word of the name is
        also an ordinary word (written mid-sentence with a capital, it is not
        the pronoun or the season). ``framed``: the sentence's frame gives
        the list its purpose ("X was provided by A", "A provided X")."""

        def people(x: _Item | None, *, purpose_ok: bool = False) -> bool:
            return x is not None and bool(x.mentions) and all(m.kind == "person" for m in x.mentions) and (purpose_ok or not x.purpose)

        for idx, it in enumerate(items):
            # "Christian Bay (laboratory technician)": the name, then a post in brackets
            pm = re.fullmatch(r"(?P<core>.*?)\s*\((?P<paren>[^()]{1,80})\)\s*", it.other or "")
            paren = pm.group("paren").strip() if pm and self.lex.is_role(pm.group("paren")) else ""
            other = pm.group("core") if paren else it.other
            # "technician Meng-ni An", "Technician Meng-ni An": a post before the name
            posted = False
            if not paren:
                for lead in list(re.finditer(r"(?<=\s)(?=[A-Z])", other or ""))[:3]:
                    post = (other or "")[: lead.start()]
                    if post and lead.end() < len(other) and len(post.split()) <= 3 and self.lex.is_role(post):
                        paren, other, posted = post.strip(), other[lead.start() :], True
                        break
            if it.mentions or not other or not _BARE_NAME.fullmatch(other):
                continue
            prev = items[idx - 1] if idx else None
            nxt = items[idx + 1] if idx + 1 < len(items) else None
            words = other.split()
            # a given name that is no ordinary word, then a family name that is one ("An", "He", "Fall"): a short
            # one, or after a hyphenated given name ("Google Cloud" is a brand)
            given_then_word = (
                len(words) == 2
                and fold(words[0]) not in self.names.not_names
                and fold(words[1]) in self.names.not_names
                and (len(words[1]) <= 3 or "-" in words[0])
            )
            if given_then_word and (it.purpose or (framed and prev is None and nxt is None)):
                # "We thank Meng-ni An for technical help", "...; Bo He for running the microscope; ...", "Bo
                # He provided technical help": given a purpose of the item's own or of the sentence's frame
                pass
            elif prev is None and nxt is None:
                continue
            elif prev is None and nxt is not None and people(nxt, purpose_ok=True) and not it.purpose:
                # "She Chen and Lin Li for ...": the first of the list, joined by "and" to a person; "Bo He,
                # Lin Wu and Kim Oduya": by a comma, when the name has the shape above
                after = sent[it.off + len(it.text) : nxt.off]
                if ";" in after or not (re.search(r"\band\b|&", after) or (given_then_word and after.strip() == ",")):
                    continue
            else:
                if not (people(prev) or (people(nxt) and not it.purpose)):
                    continue
                sep = sent[prev.off + len(prev.text) : it.off] if prev is not None else ""
                # a post before the name says it is a person wherever it stands in the list
                if ";" in sep or not (posted or re.search(r"\band\b|&", sep) or (people(prev) and people(nxt, purpose_ok=True) and not it.purpose)):
                    continue  # "A at X, Environment Canada": a place after a person, not another person
            if prev is not None and prev.mentions and (prev.mentions[-1].affil or prev.mentions[-1].paren):
                continue
            w = other
            if all(fold(x) in self.names.not_names for x in re.split(r"[\s-]+", w)):
                continue  # "Central Office": ordinary words only
            toks = tokenize(w)
            if not all(t.kind == "init" or self.names.name_or_ordinary_word(t) for t in toks if t.text not in "-‐"):
                continue  # "Marseille Protéomique": refused for something other than an ordinary word
            if re.search(r"(?:ors|ers|ists|ians|ants|ents|ees)$", w):
                continue  # "Young Investigators", "Summer Volunteers": people named by what they are
            if self.lex.org_head(w) or self.lex.is_role(w) or self.lex.is_team(w) or self.lex.labels(w) or self.lex.funder(w):
                continue
            at = it.off + it.text.find(w)
            it.mentions = [Mention("person", w, at, at + len(w), role=paren, paren=paren)]
            it.other = ""
        return items

    def _first_names_after_role(self, items: list[_Item]) -> list[_Item]:
        """"the technicians Roger, Wendell and Rômulo for help with the SEM":
        after a plural post, people named by one name each are people."""
        out = list(items)
        k = 0
        while k < len(out):
            it = out[k]
            body = (it.other if it.purpose else it.text).strip(" ,.")
            m = self.lex.words.plural_post_then_name.match(body)
            if not m or not m.group("name")[:1].isupper() or fold(m.group("name")) in self.names.not_names:
                k += 1
                continue
            role = m.group("role")
            run = [k]
            q = k + 1
            while not out[run[-1]].purpose and q < len(out):
                nb = (out[q].other if out[q].purpose else out[q].text).strip(" ,.")
                if not re.fullmatch(rf"[{UPPER}][{LOWER}'’\-]+", nb) or fold(nb) in self.names.not_names:
                    break
                run.append(q)
                q += 1
            if len(run) < 2 and not it.purpose:
                k += 1
                continue
            for idx in run:
                x = out[idx]
                nb = m.group("name") if idx == k else (x.other if x.purpose else x.text).strip(" ,.")
                at = x.off + x.text.find(nb)
                x.mentions = [Mention("person", nb, at, at + len(nb), role=role)]
                x.other = ""
            k = q
        return out

    def _first_names_singled_out(self, items: list[_Item], region: str = "", base: int = 0) -> list[_Item]:
        """"the mechanical workshop, in particular Tom and Ines, for building
        the holder", "the workshop, Frank and Helmut in particular": people
        singled out from a unit by one name each are people of that unit."""
        out = list(items)
        for k, it in enumerate(out):
            if k == 0 or it.mentions:
                continue
            unit = out[k - 1].mentions[-1] if out[k - 1].mentions else None
            if unit is None or unit.kind != "org" or not (self.lex.facility_kind(unit.text) or self.lex.is_team(unit.text)):
                continue
            body = (it.other if it.purpose else it.text).strip(" ,.")
            # "in particular Tom", then "Ines": singled out before the names
            first = _SINGLED_OUT_BEFORE.fullmatch(body)
            led_in = first is not None
            run = [(k, first.group("name"))] if first else []
            q = k + 1 if led_in else k
            led_after = False
            # the rest of the run: one name an item, the last perhaps followed by "in particular" ("Frank
            # and Helmut in particular")
            while q < len(out) and not out[q].mentions and (not run or not out[run[-1][0]].purpose):
                nb = (out[q].other if out[q].purpose else out[q].text).strip(" ,.")
                tail = _SINGLED_OUT_AFTER.fullmatch(nb)
                if not tail:
                    break
                run.append((q, tail.group("name")))
                q += 1
                if tail.group("after"):
                    led_after = True
                    break
            # "our technical staff, Johan, Ruud and Carel": one given name an item after a team (not a
            # facility, whose place may follow it so), the last after "and", the run closing the list
            listed = (
                not led_in
                and len(run) >= 2
                and re.search(r"(?:^|\s)(?:and|&)\s*$", region[: max(out[run[-1][0]].off - base, 0)])
                # (after a colon, any team; after a comma, a post: "the technicians, A and B", not "the
                # sailors of the vessel, A, and B", who may be others thanked beside them)
                and (self.lex.is_role(unit.text) or (self.lex.is_team(unit.text) and ":" in region[max(unit.end - base, 0) : max(out[run[0][0]].off - base, 0)]))
                and (q >= len(out) or out[run[-1][0]].purpose or (not out[q].mentions and out[q].purpose and not out[q].other.strip()))
            )
            if not (led_in or (led_after and len(run) >= 2) or listed):
                continue
            if any(fold(name) in self.names.not_names or self.lex.labels(name) for _, name in run):
                continue  # "the workshop, in particular Germany": a word, not a given name
            for idx, name in run:
                x = out[idx]
                at = x.off + x.text.find(name)
                x.mentions = [Mention("person", name, at, at + len(name), affil=unit.text)]
                x.other = ""
        return out

    def _given_names_for_technical_work(self, items: list[_Item], region: str, base: int, sent: str) -> list[_Item]:
        """"I thank Eddy, Harry and Jeroen for excellent technical help": a
        list of given names alone, closed by "and", thanked by one writer
        for work the words call technical, are people (a thesis names the
        staff its writer knows so). Only an explicit purpose will do ("Luc,
        Yang and Tim for the fun" may name anyone), and only in the first
        person singular and three names or more: "We thank Zeiss and Leica
        for technical support" names companies."""
        if len(items) < 3 or any(it.mentions for it in items) or not _WRITER_ALONE.search(sent):
            return items
        last = items[-1]
        if not last.purpose or any(it.purpose for it in items[:-1]) or self.lex.purpose_class(last.purpose)[0] != "explicit":
            return items
        names: list[str] = []
        for it in items:
            body = (it.other if it.purpose else it.text).strip(" ,.")
            m = re.fullmatch(rf"(?:(?:and|&)\s+)?(?P<name>{_GIVEN})", body)
            if m is None:
                return items
            names.append(m.group("name"))
        if not re.search(r"(?:^|[\s,])(?:and|&)\s*$", region[: max(last.off - base, 0)]):
            return items
        if any(fold(n) in self.names.not_names or self.lex.labels(n) for n in names):
            return items  # "Physics, Chemistry and Biology for technical help": words, not given names
        for it, name in zip(items, names):
            at = it.off + it.text.find(name)
            it.mentions = [Mention("person", name, at, at + len(name))]
            it.other = ""
        return items

    def _members_named_after(self, items: list[_Item]) -> list[_Item]:
        """"the CIAT staff who maintained the population, including A, B and
        C": the people named after a purpose, behind "including" or
        "especially", are the ones it credits, with that purpose."""
        out: list[_Item] = []
        k = 0
        while k < len(items):
            it = items[k]
            people = bool(it.mentions) and all(m.kind == "person" for m in it.mentions)
            if it.elaborates and people and not it.purpose and k > 0:
                # "..., especially A and B for technical support": the names behind "especially"
                # share the purpose that ends their own list
                j = k
                while j + 1 < len(items) and not items[j].purpose and items[j + 1].mentions and all(m.kind == "person" for m in items[j + 1].mentions):
                    j += 1
                if j > k and items[j].purpose:
                    last = items[j]
                    last.mentions = [m for x in items[k : j + 1] for m in x.mentions]
                    out.append(last)
                    k = j + 1
                    continue
            if it.purpose:
                # "the station staff who maintained the plants and assisted with sampling, especially A, B and C"
                j = k + 1
                while j < len(items) and not items[j].mentions and not items[j].elaborates:
                    j += 1
                j2 = j
                while j2 < len(items) and not items[j2].purpose and items[j2].mentions and all(m.kind == "person" for m in items[j2].mentions):
                    j2 += 1
                own = j2 < len(items) and bool(items[j2].purpose) and bool(items[j2].mentions) and all(m.kind == "person" for m in items[j2].mentions)
                singles = j < len(items) and (
                    items[j].elaborates
                    # (only when the sentence ends with them: "..., with special thanks to A, Instrument Scientist,
                    # and B for discussions" says what each did)
                    or (_SINGLED_WITH_THANKS.match(items[j].text) is not None and all(x.mentions and not x.purpose and all(m.kind == "person" for m in x.mentions) for x in items[j:]))
                )
                if not own and singles and not items[j].purpose and items[j].mentions and all(m.kind == "person" for m in items[j].mentions):
                    team = next((m for m in it.mentions if m.kind == "org" and self.lex.is_team(m.text)), None)
                    extra = " and ".join(x.text.strip(" ,") for x in items[k + 1 : j])
                    members: list[Mention] = []
                    while j < len(items) and not items[j].purpose and items[j].mentions and all(m.kind == "person" for m in items[j].mentions):
                        members.extend(items[j].mentions)
                        j += 1
                    # (a facility thanked for its work, then its people singled out: "the X Facility for the
                    # fragment analysis, with a special thanks to A": A works there)
                    fac = None if team is not None else next((m for m in it.mentions if m.kind == "org" and self.lex.facility_kind(m.text) == "facility"), None)
                    for m in members:
                        m.role = m.role or (team.text if team else "")
                        if fac is not None:
                            m.affil = m.affil or fac.text
                    if extra:
                        it.purpose = f"{it.purpose} and {extra}"
                    if team is not None and not self.lex.hits(team.text, ("facility_nouns_strong",)) and not _ORG_STAFF.match(team.text):
                        it.mentions.remove(team)
                    it.mentions.extend(members)
                    out.append(it)
                    k = j
                    continue
            tail = _MEMBERS_TAIL.search(it.purpose) if it.purpose and it.mentions else None
            first = self.names.whole(tail.group("name").strip()) if tail else None
            if tail is None or first is None:
                out.append(it)
                k += 1
                continue
            team = next((m for m in it.mentions if m.kind == "org" and self.lex.is_team(m.text)), None)
            at = it.off + it.text.find(tail.group("name"))
            members = [Mention("person", first.text, at, at + len(first.text), role=team.text if team else "")]
            k += 1
            while k < len(items) and not items[k].purpose and items[k].mentions and all(m.kind == "person" for m in items[k].mentions):
                for m in items[k].mentions:
                    m.role = m.role or (team.text if team else "")
                members.extend(items[k].mentions)
                k += 1
            it.purpose = it.purpose[: tail.start()].strip(" ,")
            if team is not None and not self.lex.hits(team.text, ("facility_nouns_strong",)) and not _ORG_STAFF.match(team.text):
                it.mentions.remove(team)  # "the technicians, including A and B" are A and B
            it.mentions.extend(members)
            out.append(it)
        return out

    def _post_of_facility(self, text: str) -> bool:
        """"manager of the Electron Microscopy Laboratory": a post and the facility it names."""
        po = self.lex.words.post_of.match(text.strip())
        return po is not None and self.lex.facility_kind(po.group("org")) is not None

    def _purpose_after_places(self, items: list[_Item], idx: int, sent: str) -> bool:
        """Whether the organisation at ``idx`` is followed, through places
        set off by commas ("Academia Sinica", "Taipei"), by the purpose
        alone or carries it itself, or ends the list ("... for the
        contribution of A from X, Y, Z"): an apposition closing before the
        purpose."""
        for k in range(idx, min(len(items), idx + 6)):
            it = items[k]
            place = (
                len(it.mentions) == 1
                and it.mentions[0].kind == "org"
                and (self.lex.place_org(it.mentions[0].text) or (not _DETERMINED.match(it.mentions[0].text) and self.lex.facility_kind(it.mentions[0].text) is None and not self.lex.is_team(it.mentions[0].text)))
            ) or (not it.mentions and self._named_place(re.split(r"\s+for\s", it.text)[0].strip(" ,;") if it.purpose else it.text.strip(" ,;"))) or (
                # a town, perhaps with its postal code, set off by commas in an address ("Matsuzaka 515-2316", "Mie")
                not it.mentions and not it.purpose and _TOWN.fullmatch(it.text.strip(" ,;")) is not None
            )
            if k > idx and re.search(r"\band\b|&", sent[items[k - 1].off + len(items[k - 1].text) : it.off]):
                return False  # "A, the Genomics Core and UPPMAX for sequencing": a list
            if k > idx and not place:
                return self._apposition(items[k - 1], it)
            if it.purpose:
                return True
        # (the list ends in places after a person named with the purpose before: "the contribution of A, X, Y")
        return len(items) <= idx + 4 and all(not x.purpose for x in items[idx:])

    def _named_place(self, text: str) -> bool:
        """A place set off by commas after a person or a unit: an affiliation
        ("Academia Sinica", "Boston, MA"), or an organisation's own name, in
        capitals, that is no facility or team ("Chinese Academy of Sciences",
        the body an institute named before belongs to)."""
        if self.lex.place_org(text):
            return True
        return (
            re.fullmatch(r"(?:[A-Z][\w\-’']*|of|for|and|de|the|&)(?:\s+(?:[A-Z][\w\-’']*|of|for|and|de|the|&)){1,7}", text) is not None
            and text[:1].isupper()
            and any(fold(w) in self.lex.words.org_heads for w in re.findall(r"[^\W\d_]+", text))
            and self.lex.facility_kind(text) is None
            and not self.lex.is_team(text)
            and not self.lex.funder(text)
        )

    @staticmethod
    def _apposition(it: _Item, nxt: _Item | None) -> bool:
        """An organisation set off by commas between a name and the purpose:
        "A, the X Facility, for sorting" (the next item is the purpose alone)."""
        if it.purpose:
            return False
        return nxt is not None and not nxt.mentions and bool(nxt.purpose) and re.match(r"\s*(?:for|who|whom|which)\b", nxt.text, re.IGNORECASE) is not None

    def item(self, off: int, text: str) -> _Item:
        """One list item: names (or an organisation), the role words around
        them, and the purpose that starts in it."""
        purpose = ""
        owned = False
        m = self.seg.first(text, _PURPOSE_START)
        body = text
        if m:
            body = text[: m.start()]
            purpose = text[m.start() :].strip()
            if re.match(r"^(?:which|that|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:supported|funded|financed|sponsored|part|a|an|the|located|based|operated|run|managed|hosted|affiliated)\b", purpose, re.IGNORECASE):
                purpose = ""  # "the X Facility, which is supported by Y": a description, not what they did
            purpose = re.sub(r"^\(?\s*(?:for|who|whom|which|whose|that)\s+", "", purpose, flags=re.IGNORECASE).rstrip(" .)")
            purpose = self.help_given(purpose)  # "A, who provided help with X": the help
        # "Marco Reijne's development of the bicycle perturbation system": a possessive names the work
        poss = re.search(r"(?:['’]s|(?<=s)['’])\s+(?P<what>\w.*)$", body)  # "Reijne's", "Evans'"
        if poss and (re.match(r"(?:and|or|&)\s", poss.group("what")) or self.lex.org_head(poss.group("what")) or self.lex.is_team(poss.group("what"))):
            poss = None  # "D. Kliebenstein's and S. Brady's laboratories", "Jo Bloggs's lab": whose group it is
        if poss and not purpose and self.names.find(body[: poss.start()]):
            purpose = poss.group("what").strip().rstrip(" .")
            body = body[: poss.start()]
            owned = True
        elif poss and self.frames.possessive.fullmatch(body.strip()):
            # "A's help in sectioning", "3M's help in fit-testing": the help is whose the possessive
            # says, and what it was with comes after ("in", "with", "for")
            purpose = self.help_given((poss.group("what") + (text[m.start() :] if m else "")).strip().rstrip(" .)"))
            body = body[: poss.start()]
            owned = True
        if purpose and _DEGREE.match(body.strip(" .,:–—-")):
            body = ""  # "Lori Ward, PhD, MS – for her expertise": a degree after a name, then what she did
        # "the X Center funded by Schmidt Futures": who paid for the unit describes it, nobody's credit
        fb = self.lex.words.funded_by_tail.search(body)
        if fb and fb.start() > 0:
            body = body[: fb.start()]
        # "the Genomics facilities there", "the staff here": a pointer back to a place named before
        body = re.sub(r"(?<=\w)\s+(?:there|here)\s*$", "", body)
        lead = _LEAD.match(body)
        skip = lead.end() if lead else 0
        body_s = body[skip:]
        rest_of = _REST_OF.match(body_s)
        if rest_of:
            # "A, B and the rest of the UCSC Genome Browser team": the team thanked, besides those named
            mentions, other = self.mentions(body_s[rest_of.end() :], off + skip + rest_of.end())
            for mt in mentions:
                if mt.kind == "org" and not body_s[rest_of.end() : mt.start - off - skip].strip():
                    # (the first organisation, right after "the rest of", is the team: it carries those words)
                    mt.text = body_s[: rest_of.end()] + mt.text
                    mt.start = off + skip
        else:
            mentions, other = self.mentions(body_s, off + skip)
        after_the = bool(re.search(r"\bthe\s+$", body[:skip], re.IGNORECASE))
        if (
            not mentions
            and purpose
            and (_ACRONYM_UNIT.fullmatch(("the " if after_the else "") + body_s.strip()) or (owned and _ACRONYM_ANY.fullmatch(body_s.strip())))
            and not self.lex.technique_acronym(body_s.strip())
        ):
            # "... and OXION for use of their microarray facility", "the GSAF for sequencing": an
            # organisation known by its acronym alone, thanked for something of its own
            a = body_s.strip()
            at = off + skip + body_s.index(a)
            mentions, other = [Mention("org", a, at, at + len(a))], ""
        rel = bool(m) and bool(re.match(r"\s*\(?\s*(?:who|whom|which|whose|that)\b", text[m.start() :], re.IGNORECASE))
        return _Item(off, text, mentions, purpose, other, elaborates=bool(_ELABORATES.match(body)), relative=rel, owned=owned)

    def mentions(self, body: str, off: int) -> tuple[list[Mention], str]:
        """Names or an organisation in an item's body, and the other words."""
        b = body.strip().rstrip(".,;:")
        if not b or self.lex.words.is_post_nominal(b):
            return [], ""  # "A. Berg, M. Sc. for ...": the degree of the name before
        titled = self._name_then_title(b) or self._title_then_name(b)
        paren = None
        if titled is None and b.endswith(")"):
            # "Captain Olaf Berg (RV Example)": a post and a name, then where they work in brackets
            pb = re.match(r"^(?P<core>[^()]+?)\s*\((?P<paren>[^()]{1,80})\)$", b)
            if pb:
                titled = self._title_then_name(pb.group("core"))
                paren = pb.group("paren") if titled is not None else None
        if titled is not None:
            # "Kim Park Senior Technician", "Jonathan Rawle Instrument Scientist", "Technician Kim Park":
            # a name and, with no comma between, the post it holds in capitals
            nm, title = titled
            at = off + max(b.find(nm), 0)
            return [Mention("person", nm, at, at + len(nm), role=title, paren=paren or "")], ""
        ships = self.seg.ships_named.search(b)
        if ships and (re.fullmatch(r"[\s,]*(?:the\s+)?", b[: ships.start()], re.IGNORECASE) or re.search(r"\b(?:crews?|captains?|officers|masters|personnel|staff)\b", b[: ships.start()], re.IGNORECASE) or self.lex.is_technical_team(b[: ships.start()])):
            # "the RVs Lady Basten and Cape Ferguson", "the crews of the RVs A and B": vessels, and their crews
            return [Mention("org", b, off + body.find(b), off + body.find(b) + len(b))], ""
        lower_head = _LOWER_UNIT_HEAD.fullmatch(b)
        if (
            lower_head
            and self.lex.labels(lower_head.group("head")) & {"facility_nouns_strong", "facility_nouns_weak"}
            and self.lex.facility_kind(b)
            and not re.search(rf"(?:^|\s)(?:Dr|Prof|Mr|Mrs|Ms)\b|\b[{UPPER}]\.", lower_head.group("name"))
        ):
            # "Bloomington Stock center", "Kyoto University Live Imaging center": capitalised words
            # and a unit's head noun in lower case are a unit's name, not a person and a word
            return [Mention("org", b, off + body.find(b), off + body.find(b) + len(b))], ""
        own = _OWN_TEAM_AT.match(b)
        if own:
            # "A and her team at the X Core": the team of the person named before, at its unit
            t = b[own.start("team") :]
            at = off + own.start("team")
            return [Mention("org", t, at, at + len(t))], ""
        fol = _FOLLOWING.match(b)
        if fol or _MEMBER_OF.match(b) or self.lex.words.funded_by_tail.match(" " + b):
            # "..., member of the national infrastructure X": what the unit before belongs to;
            # "..., funded by Schmidt Futures": who paid for it
            return [], b
        if _INVERTED_NAME.match(b) and not self.lex.org_head(b) and not self.lex.words.is_post_nominal(b.split(",", 1)[1]):
            fam, giv = (x.strip() for x in b.split(",", 1))
            if self.names.whole(f"{giv} {fam}") is not None:
                return [Mention("person", b, off, off + len(b))], ""  # "Krum, Valeria": family name first
        dm = _DEGREED.match(b)
        if dm and not self.lex.org_head(dm.group("name")) and not self.lex.is_role(dm.group("name")):
            # "Maynard High Ph.D": a degree after two capitalised words makes them a person's name
            nm = dm.group("name")
            return [Mention("person", nm, off + b.find(nm), off + b.find(nm) + len(nm))], ""
        mid = _MEMBERS_THEN_PLACE.match(b)
        if mid and (self.lex.is_role(mid.group("core")) or self.lex.is_team(mid.group("core"))):
            # "the staff (A, B and C) of INRA-ENSAT": a post's members in brackets, then where it is
            people = self._name_list(mid.group("names"), off + mid.start("names"))
            if people:
                for p in people:
                    p.role = mid.group("core").strip()
                    p.affil = mid.group("place").strip()
                return people, ""
        paren = ""
        pm = re.search(r"\s*\(([^()]*)\)\s*$", b)
        core = b
        if pm:
            paren = pm.group(1).strip()
            core = b[: pm.start()].strip()
        who_from = re.match(r"^(?P<who>.+?)\s+(?:from|at|of)\s+", core)
        if (
            paren
            and re.match(r"(?:https?://|www\.)\S+$", paren)
            and re.match(rf"(?:the\s+)?[{UPPER}\d]", core)
            and self.names.whole(core) is None
            and self._org_shaped(core)
            # (not "Marie Dubois from Biotechna Ltd (https://...)": a person, then where they work)
            and not (who_from and self.names.whole(who_from.group("who")) is not None)
        ):
            # "PTM bio (https://www.ptmbiolabs.com/)": a name given with its web address is an organisation's
            return [Mention("org", core, off + b.find(core), off + b.find(core) + len(core), paren=paren)], ""
        po = _POSSESSIVE_ORG.match(core)
        if po and (self.lex.org_head(po.group("org")) or self.lex.facility_kind(po.group("org"))) and self.names.whole(po.group("name")) is not None and self.names.whole(po.group("org").removeprefix("the ")) is None:
            # "UNC Health Sciences Library's Lara Handler", "the Imaging Core's Kim Park": a person and where they work
            nm = po.group("name")
            at = off + b.find(nm)
            return [Mention("person", nm, at, at + len(nm), affil=re.sub(r"^the\s+", "", po.group("org")), paren=paren)], ""
        hb = re.match(r"^(?:which\s+is\s+)?(?:headed|led|directed|managed|run|coordinated|supervised)\s+by\s+(?P<who>.+)$", paren, re.IGNORECASE) if paren else None
        if hb and self.lex.facility_kind(core):
            # "the Discovery Proteomics Facility (headed by Roman Fischer)": the facility and its head
            people = self._name_list(hb.group("who"), off + b.find(hb.group("who")))
            if people:
                for p in people:
                    p.affil = core
                return people, ""
        if paren and self._alias_of(core, paren):
            # "the Genotoul bioinformatics platform Toulouse Midi-Pyrenees (Bioinfo Genotoul)": the
            # unit's short name in brackets, a word of its own name in it, is no person
            return [Mention("org", b, off + body.find(b), off + body.find(b) + len(b))], ""
        if paren and (
            self.lex.is_role(core)
            or self.lex.is_team(core)
            or (self._org_shaped(core) and self.lex.org_head(split_camel(core)))
            or self.lex.words.people_named_plural.search(re.split(r"\s+(?:of|at|from|in)\s+", core.strip(), maxsplit=1)[0])
        ):
            # "the technicians (A and B)", "the user support group at ISIS (A and B)", "three research
            # associates of our centre (A, B and C)": its members
            people = self._name_list(paren, off + b.find(paren))
            if people:
                org = self._org_shaped(core) and self.lex.org_head(split_camel(core))
                for p in people:
                    # (people named by what they are keep it: "the collaborators (A), the technicians (B)"
                    # does not make A a technician)
                    if self.lex.is_role(core) or self.lex.is_team(core) or not org:
                        p.role = core
                    else:
                        p.affil = core
                return people, ""
        if paren and self.lex.is_role(paren) and _BARE_NAME.fullmatch(core) and self.names.whole(core) is None and not (self.lex.org_head(core) or self.lex.labels(core) or self.lex.funder(core)):
            # "Christian Bay (laboratory technician)": two or three capitalised words with a post in
            # brackets are a person, even when a word of the name is an ordinary word
            at = off + b.find(core)
            return [Mention("person", core, at, at + len(core), role=paren, paren=paren)], ""
        toks = tokenize(core)
        spans = self.names.find(core, toks)
        # (not a person from a team whose capitalised name reads as a name: "Jo Bloggs from the Crop
        # Transformation team")
        from_team = len(spans) > 1 and re.fullmatch(r"\s+(?:from|at|of|in|with)\s+(?:the\s+)?", core[spans[0].char_end : spans[1].char_start], re.IGNORECASE)
        if spans and not from_team and re.fullmatch(r"(?:staff|team|crew|personnel|technicians)(?:\s+members)?", core[spans[-1].char_end :].strip(), re.IGNORECASE):
            return self._org(b, off)  # "Wageningen UR Unifarm staff": an organisation's staff
        if spans and (_ORG_TAIL.match(core[spans[0].char_end :]) or _acronym_of(spans[0].text, paren)):
            return self._org(b, off)  # "Donchamp Acrylic Co., Ltd", "Gruppo Archeologico Romano (GAR)": a company or society
        if spans and not core[: spans[0].char_start].strip() and _AND_UNIT.match(core[spans[0].char_end :]) and self.lex.org_head(core[spans[0].char_end :]):
            # "Stanford Gene Vector and Virus Core": words shared by one unit's name (the segmenter
            # keeps such an "and" only when the words before it are not a person's name)
            return self._org(b, off)
        if spans and spans[0].text == core and self.lex.ends_in_role(core) and self._all_post_words(core):
            # "A, Senior Conservator and Head of ...", "A, Chief Engineer, for ...": capitalised words that
            # are a post as a whole are what the person before is, not a second person
            return self._org(b, off)
        if spans:
            sp = spans[0]
            before = core[: sp.char_start].strip()
            after = core[sp.char_end :].strip()
            # "the Smith lab", "Illumina's Kim Park": the name is part of an organisation
            if re.match(r"^['’](?:s\b|(?!\w))", after) and self.lex.org_head(after):
                return self._org(b, off)
            # "members of Jo Bloggs's laboratory", "D. Kliebenstein's and S. Brady's laboratories": a name in
            # the possessive names whose group it is, not someone thanked
            poss = re.match(r"['’]s?(?!\w)", after)
            owned = after[poss.end() :].strip() if poss else after
            if (re.search(r"['’]s?$", sp.text) or poss) and (not owned or self.lex.org_head(owned) or self.lex.is_team(owned)):
                return self._org(b, off)
            # a courtesy title as written ("Ms", never "MS", a ship's prefix or a degree), or a post
            titled_post = bool(
                re.search(r"\b(?:Dr|DR|Prof|PROF|Professor|Mr|MR|Mrs|MRS|Ms|Mx|Drs)\.?\s*$", before)
                or re.search(r"\b(?:director|head|manager|chair|dean|president|curator|coordinator|leader|lead|supervisor|chief|officer)\s*$", before, re.IGNORECASE)
            )
            staff_post = self.lex.words.staff_post.search(before) is not None
            # "the students A and B", "the student helper A": a learner named by what they are
            learner_post = self.lex.words.learner_end.search(before) is not None
            # "the research nurse A", "the farm manager A", "the study pharmacist A": a post in lower case before a name
            titled_post = titled_post or _PERSON_POST.fullmatch(before) is not None
            if re.match(r"^(?:the|a|an)\b", before, re.IGNORECASE) and not self.lex.is_role(before) and not titled_post and not staff_post and not learner_post:
                return self._org(b, off)
            if re.search(r"\b(?:the|an?)(?:\s+(?-i:[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2,3}))?$", before, re.IGNORECASE):
                # "curator at the UC Davis Botanical Conservatory", "the crew of the U.S. Coast Guard
                # Cutter Healy": nobody's name follows "the", nor "the" and a country's initials
                return self._org(b, off)
            if self.lex.words.post_of_end.search(before):
                return self._org(b, off)  # "Director of Exhibition Production": a post names its unit, not a person
            oh = re.fullmatch(rf"(?:[{UPPER}][\w\-’']*\s+){{0,4}}(?P<head>[{UPPER}][\w\-]+)\s+(?:for|of)", before)
            if oh and self.lex.org_head(oh.group("head")) and not self.lex.is_role(oh.group("head")) and not titled_post:
                return self._org(b, off)  # "Hospital for Sick Children", "Foundation for Polish Science": the rest of a unit's name
            if (
                before
                and not titled_post
                and not staff_post
                and _PARTICLE_IN.search(sp.text)
                and _PARTICLE_IN.search(" " + before + " ")
                and _CAPITALISED_RUN.fullmatch(before)
                and self.lex.org_head(before)
                and not self.lex.is_role(before)
                and not self.lex.is_team(before)
            ):
                # "Laboratoire Vétérinaire d'Analyses Départemental de Mayotte": capitalised words of a unit's
                # name, itself joined by particles, run on into words shaped like a name with a particle,
                # which are the rest of that name (not "the Imaging Core Jo van Dijk")
                return self._org(b, off)
            if len(spans) > 1 and not re.match(r"^\s*(?:,\s*)?(?:at|of|from|in|within)\s", core[sp.char_end : spans[1].char_start]):
                # two names in one item without a separator: keep the first (a name-shaped
                # word inside the place after "at", "in" or "of" is part of the place)
                after = core[sp.char_end : spans[1].char_start].strip()
            mention = Mention("person", sp.text, off + (max(b.find(sp.text), 0)), off + b.find(sp.text) + len(sp.text), paren=paren)
            if before:
                if self.lex.is_role(before) or re.search(r"\bour\b|\bthe\b", before, re.IGNORECASE):
                    mention.role = before
                if self.lex.is_team(before) and not self.lex.is_role(before):
                    mention.affil = before  # "the X Core staff Jo Bloggs": named with their team
            if after:
                am = re.match(r"^(?:,\s*)?(?:at|of|from|in|with|within|–|-)\s+(?P<org>.+)$", after, re.IGNORECASE)
                if am and re.fullmatch(r"\d[\d\s]{2,8}\d", am.group("org").strip(" ,.")):
                    return [], ""  # "Parel Mumbai - 400 012": a town and its postal code, no person
                # "A and her team at the X Core": where the person and their team work
                am = am or re.match(r"^(?:and|&)\s+(?:his|her|their)\s+(?:team|staff|group|crew|colleagues)\s+(?:at|of|from|in)\s+(?P<org>.+)$", after, re.IGNORECASE)
                po_ = self.lex.words.post_of.match(after.strip(" ,."))
                if am:
                    mention.affil = am.group("org").strip(" ,")
                    mention.with_team = re.match(r"(?:and|&)\s", after, re.IGNORECASE) is not None
                elif po_ and self.lex.facility_kind(po_.group("org")):
                    # "Scott Whittaker supervisor of the USNM SEM Laboratory": a post and its facility, no comma between
                    mention.role = (mention.role + " " + after.strip(" ,.")).strip()
                    mention.affil = po_.group("org").strip(" ,.")
                elif self.lex.is_role(after.strip(" ,")):
                    mention.role = (mention.role + " " + after.strip(" ,")).strip()
            if paren:
                if self.lex.is_role(paren) and (not self.lex.org_head(paren) or self.lex.ends_in_role(paren)):
                    mention.role = (mention.role + " " + paren).strip()
                elif self.lex.facility_kind(paren) or self.lex.org_head(paren):
                    if mention.affil is None:
                        mention.affil = paren
            return [mention], ""
        return self._org(b, off)

    def _all_post_words(self, text: str) -> bool:
        """Whether every word of ``text`` is a word of a post ("Senior
        Conservator", "Chief Workshop Engineer"), so no given name is among
        them ("Sam Operator" is a person whose family name is a post)."""
        words = text.split()
        return len(words) >= 2 and all(fold(w) in _RANK_WORDS or self.lex.labels(w) or self.lex.is_role(w) for w in words[:-1])

    def _name_then_title(self, core: str) -> tuple[str, str] | None:
        """A person's name then a job title in capitals, no comma between
        ("Kim Park Senior Technician"): the name and the title, else None."""
        toks = core.split()
        if not 3 <= len(toks) <= 8 or not all(t[:1].isupper() or t[:1] in "(" for t in toks):
            return None
        for k in range(2, len(toks)):
            title = " ".join(toks[k:])
            if not (self.lex.is_role(title) and self.lex.ends_in_role(title)):
                continue
            name = " ".join(toks[:k])
            # the name read without its courtesy title: after "Dr." the name reader takes one word
            # as a name, which would let "Park Research Software Engineer" pass for the post
            found = self.names.whole(_TITLE_LEAD.sub("", name))
            if found is not None and not self.lex.org_head(name) and not self.lex.is_role(name):
                return found.text, title
        return None

    def _title_then_name(self, core: str) -> tuple[str, str] | None:
        """A job title in capitals then a person's name ("Technician Kim
        Park", "Senior Research Technician Ana Li"): the name and the title,
        else None."""
        toks = core.split()
        if not 3 <= len(toks) <= 8 or not all(t[:1].isupper() for t in toks):
            return None
        for k in range(len(toks) - 2, 0, -1):
            title = " ".join(toks[:k])
            if not (self.lex.is_role(title) and self.lex.ends_in_role(title)):
                continue
            rest = " ".join(toks[k:])
            found = self.names.whole(rest)
            if found is not None and not self.lex.org_head(found.text) and not self.lex.is_role(found.text):
                return found.text, title
            if (
                found is None
                and _BARE_NAME.fullmatch(rest)
                and not all(fold(w) in self.names.not_names for w in re.split(r"[\s-]+", rest))
                and not (self.lex.org_head(rest) or self.lex.is_role(rest) or self.lex.is_team(rest) or self.lex.labels(rest) or self.lex.funder(rest))
            ):
                # "Lab Manager Xiao He", "Technician Meng-ni An": after a post, two or three capitalised
                # words are a name even when one of them is also an ordinary word
                return rest, title
        return None

    def _name_list(self, text: str, off: int) -> list[Mention]:
        """Mentions when ``text`` is nothing but a list of names."""
        out = []
        for o, t in self.seg.items(text):
            t2 = _LEAD.sub("", t).strip()
            ns = self.names.whole(t2)
            affil = None
            if ns is None:
                # "Shizuko Takebe at the University of Toyama": a name and where the person works
                at = re.match(r"^(?P<name>.+?)\s*,?\s+(?:at|of|from)\s+(?P<place>(?:the\s+)?[{0}].+)$".format(UPPER), t2)
                ns = self.names.whole(at.group("name")) if at else None
                if ns is None:
                    return []
                affil = at.group("place").strip(" ,.")
            start = off + o + max(t.find(ns.text), 0)
            out.append(Mention("person", ns.text, start, start + len(ns.text), affil=affil))
        return out

    def _org_shaped(self, text: str) -> bool:
        t = re.sub(r"\([^()]*\)", " ", text)
        if re.match(r"^\s*(?-i:[a-z]+ing)\s", t) and not re.match(r"^\s*(?:during|including|regarding|concerning)\b", t):
            return False  # "running the stakeholder workshops": something done, not who did it
        # "all 17 core facilities", "the two sequencing cores": a count is not part of the name
        t = re.sub(r"^(\s*(?:the|all|all\s+the|our|both)\s+)(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many|various|numerous)\s+", r"\1", t, flags=re.IGNORECASE)
        # "(the) staff at the LGR adult trap", "the crew of the research ship": a team of a place
        tm = _TEAM_OF.match(t)
        if tm and self.lex.is_team(tm.group("team")):
            return True
        head = re.split(r"\s+(?:of|at|in|from|for|on)\s+", t, maxsplit=1)[0]
        words = re.findall(r"(?<!\w)[^\W\d_][\w'’\-]*", head)  # (not the "x" of "10x Genomics")
        # (a long official name is many capitalised words, few others: "the Iowa State University Veterinary
        # Diagnostic Laboratory faculty and staff")
        few_lower = 1 <= len(words) <= 14 and sum(1 for w in words if not w[:1].isupper()) <= 4
        if (1 <= len(words) <= 7 or few_lower) and (self.lex.is_team(words[-1]) or self.lex.labels(words[-1]) & {"facility_nouns_strong"}) and (
            re.search(rf"(?:^|\s)[{UPPER}0-9][\w\-]*[A-Za-z]", t) or self.lex.labels(head) & {"facility_domains", "service_domains"}
        ):
            return True  # "the USMARC sheep crew", "the mass spec facility of the University of Waterloo"
        if re.match(r"^\s*(?:management|leadership|maintenance|operation|administration|coordination|running|support|help|assistance)\s+of\b", t, re.IGNORECASE):
            return False  # "management of the X Core": what was done, not who
        if re.match(r"^\s*(?:the|all|our|other|all\s+the)\s", t, re.IGNORECASE) and self.lex.is_technical_team(t) and self.lex.is_role(t) and len(t.split()) <= 5:
            return True  # "the laboratory assistants", "all the animal care technicians"
        if re.match(r"^\s*(?:(?:the|all|our|other|all\s+the|many)\s+)?(?:[a-z\-]+\s+){0,3}(?:crews?|teams?|staff|technicians|personnel|engineers|operators|assistants)\s*$", t) and self.lex.is_technical_team(t):
            return True  # "survey crews", "field and laboratory technicians"
        if re.match(r"^\s*(?:the|all|our|all\s+the)\s+(?:[a-z\-]+\s+){1,3}(?:staffs?|crews?|personnel|workers)\s*$", t):
            return True  # "the farm staff", "the hospital personnel": a body of staff, whatever the work its purpose names
        if re.match(r"^\s*from\s", t, re.IGNORECASE):
            return False  # "from the X Centre": where someone comes from, not a name ("from" joins a name inside it)
        # (an elided article before a capital is a connector: "Plateforme d'Imagerie", "Istituto dell'Ambiente")
        lower = [w for w in re.findall(r"(?<!\w)[^\W\d_][\w'’\-]*", t) if w[:1].islower() and not re.match(rf"(?:d|l|dell|all|nell|sull)['’][{UPPER}]", w)]
        # (a species named with its genus cut short is a capitalised name: "the C. elegans Genetics Center")
        lower = [w for w in lower if not re.search(rf"(?<![\w.])[{UPPER}]\.\s*{re.escape(w)}\b", t)]
        bad = [w for w in lower if fold(w) not in _ORG_LOWER_OK and not self.lex.labels(w) & {"facility_nouns_strong", "facility_nouns_weak", "facility_domains", "team_nouns", "technical_team_nouns", "role_titles"}]
        if bad:
            return False
        has_cap = bool(re.search(rf"(?:^|\s)[{UPPER}0-9][\w\-]*[A-Za-z]", t))
        if not has_cap:
            if re.search(r"\b(?:core|shared|technology|technical)\s+(?:facility|facilities|platforms?|services?|resources?)\s*$", t, re.IGNORECASE):
                return True  # "the core facilities", "the shared research facilities": a kind of unit, no field needed
            # lower-case: "the animal facility", "the technical staff", "the mechanical workshop"
            return self.lex.facility_kind(t) is not None and bool(self.lex.labels(t) & {"facility_domains", "team_nouns", "technical_team_nouns", "role_titles"}) and bool(
                # ("the sequencing group", "the imaging lab": a service's own group, named by its field)
                re.search(r"\b(?:facility|core|platform|workshop|unit|service|services|staff|team|crew|technicians|personnel|house|vivarium|greenhouse|glasshouse|group|groups|lab|labs|laboratory)\b", t, re.IGNORECASE)
            )
        return True

    def _org(self, b: str, off: int) -> tuple[list[Mention], str]:
        text = b
        low = text.lower()
        if _GERUND_CLAUSE.match(text.strip()):
            return [], text  # "Being a member of the X group has defined ...": a clause opened by a gerund
        done = _WORK_AT_UNIT.match(text.strip())
        if done and self.lex.labels(done.group("work")) & {"task_heads", "analysis_nouns", "activity_nouns", "inferred"}:
            return [], text  # "high-throughput sequencing at the X Genomics Facility": work done at a unit, not the unit
        if re.search(rf"[{UPPER}][\w\-]*,?\s+(?:Co\.,?\s+)?(?i:" + _LEGAL_SUFFIX.pattern + r")\.?(?:\s*\([^()]{1,80}\))?$", text.strip()) or re.fullmatch(
            rf"(?:the\s+)?[{UPPER}][\w\-]*(?:\s+[\w\-&]+){{1,3}},?\s+(?-i:Corp|Co|Ltd|Inc|GmbH|AG|SA|SAS|BV|LLC|PLC|Pty)\.?", text.strip()
        ):
            return [Mention("org", text, off, off + len(text))], ""  # "Alchemical Dynamics s.r.l.", "Example Co., Ltd"
        # a clause is not an organisation: besides capitalised words, an
        # organisation's name holds only connectors and vocabulary words
        # ("the staff of the animal facility", "the crew of the RV Falkor")
        if self.lex.words.colleagues_at.match(text.strip()) and self.names.whole(text.strip()) is None:
            if self.lex.words.joint_venture.search(text):
                return [], text  # "our colleagues in the X project": fellow researchers, not a place's staff
            return [Mention("org", text, off, off + len(text))], ""
        if not self._org_shaped(text):
            return [], text
        # "our technician", "the technicians", "research software engineer": role words, not an organisation
        if self.lex.is_role(text) and not self.lex.org_head(text) and not re.search(rf"\b[{UPPER}][\w\-]*[A-Z]|\b(?:of|at|from)\b", text[1:]):
            if not (self.lex.is_technical_team(text) and re.search(r"(?:s|staff|personnel|crew|team)\b", text.split()[-1])):
                return [], text
        if SERVICE_NAME.match(text.strip()):
            return [Mention("org", text, off, off + len(text))], ""  # "Edinburgh Genomics"
        au = ACRONYM_AT_PLACE.match(text.strip())
        if au and not self.lex.technique_acronym(au.group("unit").removeprefix("the ")):
            return [Mention("org", text, off, off + len(text))], ""  # "the LMC of the ETH Zurich": a unit by its acronym, and where it is
        if _BRAND.fullmatch(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)):
            return [Mention("org", text, off, off + len(text))], ""  # "the BioMarker", "GenoScreen": a name set in camel case
        if self.lex.words.one_word_firm.fullmatch(text.strip()) and not self.lex.labels(text) and fold(text.strip()) not in self.names.not_names and self.names.whole(text.strip()) is None:
            return [Mention("org", text, off, off + len(text))], ""  # "Macrogen", "C-CAMP": a provider known by one word, only where no personal name reads it
        if self.lex.org_head(split_camel(text)) or self.lex.is_team(text):
            if re.match(r"^(?:members?|all|some|many)\s+of\s+(?:the\s+)?\w+['’]s?\s+(?:lab|laboratory|group)\b", low):
                return [Mention("org", text, off, off + len(text))], ""
            has_cap = bool(re.search(rf"\b[{UPPER}][\w\-]", text))
            if has_cap or self.lex.is_team(text) or self.lex.facility_kind(text):
                return [Mention("org", text, off, off + len(text))], ""
        elif re.search(rf"\b[{UPPER}][\w\-]", text) and self.lex.facility_kind(text) and self.names.whole(re.sub(r"^the\s+", "", text.strip())) is None:
            return [Mention("org", text, off, off + len(text))], ""  # "the Specialized Histopathology Core-Longwood": a facility by its words
        return [], text


# work named by its noun, perhaps after a modifier or two, then where it was done: "high-throughput
# sequencing at the X Facility", "DNA extraction in the Y Core" (never "the ..." nor a capitalised name)
_WORK_AT_UNIT = re.compile(
    rf"^(?:(?:[{LOWER}][\w\-]*|[A-Z0-9][A-Z0-9\-]{{1,8}})\s+){{0,2}}(?P<work>[{LOWER}][\w\-]*)\s+(?:at|in|by|within)\s+(?:the\s+)?[{UPPER}]"
)
# an organisation known by its acronym: five capitals or more alone (fewer may be a
# person's initials), three or more after "the" (nobody's initials take an article)
_ACRONYM_UNIT = re.compile(r"the\s+[A-Z][A-Z0-9&\-]{2,11}|[A-Z][A-Z0-9&\-]{4,11}")
# the endings of a field's name, never of a family name ("... of Entomology and Pest Management")
_FIELD_SHAPE = re.compile(r"(?:ology|ics|istry|nomy|graphy|ence|ences|ance|tion|tions|ture|ysis|ment|ments|ies)$", re.IGNORECASE)
# (any short run of capitals and digits, when it owns what it gave: "3M's help in fit-testing")
_ACRONYM_ANY = re.compile(r"[A-Z0-9][A-Z0-9&\-]{1,11}")
# the same, then where it is: "the LMC of the ETH Zurich", "the GSAF at the University of Texas"
ACRONYM_AT_PLACE = re.compile(r"(?P<unit>" + _ACRONYM_UNIT.pattern + r")\s+(?:of|at|from|in)\s+(?:the\s+)?[A-Z]")
# a unit of a place known by its acronym, set after the place's name: "Keel University RTSF", "the
# University of Northfield GCF"
PLACE_THEN_ACRONYM = re.compile(r"^(?:the\s+)?(?:[A-Z][\w\-'’]*\s+(?:(?:of|de|du|di|der|the)\s+)*){1,6}(?P<unit>[A-Z][A-Z0-9]{1,6})$")
_TEAM_OF = re.compile(r"^\s*(?:(?:the|all|our|other|all\s+the)\s+)*(?P<team>(?:[a-z\-]+\s+){0,2}[a-z]+)\s+(?:at|of|from|in|on|aboard)\s+\S", re.IGNORECASE)
_DEGREE = re.compile(r"^(?:ph\.?\s?d|m\.?\s?d|m\.?\s?s\.?c?|b\.?\s?s\.?c?|m\.?\s?a|b\.?\s?a|r\.?\s?n|d\.?\s?v\.?\s?m|d\.?\s?phil|mba|mph|frcp|facs|jr|sr|prof)\.?$", re.IGNORECASE)
_ORG_LOWER_OK = frozenset(
    # (connectors of Romance and German names: "Centres Científics i Tecnològics de la Universitat",
    # "Servizos de Apoio á Investigación", "Zentrum für Elektronenmikroskopie und Nanoanalytik")
    ["the", "of", "for", "and", "at", "in", "on", "from", "both", "de", "des", "du", "la", "le", "les", "el", "los", "las", "al", "y", "i", "e", "et", "und", "für", "zur", "zum", "di", "del", "dels", "da", "do", "dos", "das", "della", "delle", "dei", "degli", "der", "dem", "den", "van", "von", "a", "à", "á", "ao", "aos", "na", "em", "en", "an", "&", "other", "all", "its", "their", "our", "staff", "members", "member", "team", "teams", "crew", "crews", "captain", "officers", "technicians", "technician", "technical", "personnel", "operators", "engineers", "scientists", "support", "services", "service", "facility", "facilities", "core", "cores", "platform", "platforms", "unit", "units", "centre", "center", "laboratory", "laboratories", "lab", "labs", "workshop", "workshops", "group", "research", "shared", "resource", "resources", "national", "central", "local", "regional", "university", "institute", "department", "school", "college", "hospital", "people", "colleagues", "volunteers", "employees", "management", "managers", "manager", "helpful", "excellent", "expert", "skilled", "analytical", "scientific", "computing", "computational", "mechanical", "electronic", "electronics",
     # (what is said of a unit before its name: "the joint CRG/UPF FACS Unit", "the dedicated X Core")
     "joint", "common", "dedicated", "institutional", "interdepartmental", "interdisciplinary", "integrated", "multidisciplinary", "multi-user", "specialised", "specialized", "professional", "outstanding", "experienced", "knowledgeable", "friendly", "wonderful", "great"]
)


# "L. McClain provided technical assistance and we thank P. Groen for ...", "We thank A for X,
# and acknowledge the Y Centre, where ...": a second clause with its own thanks starts afresh
# units named in the plural, that may share "of X" with the people after them ("the centres and personnel of X")
_UNIT_PLURALS = frozenset("centres centers facilities cores laboratories labs platforms units services departments divisions sections".split())
# the verb of a clause saying who gave the help before it ("that A and B (have) provided")
_GAVE_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?:provided|given|gave|offered|lent|contributed|put\s+in|shown|showed|extended|invested|devoted|brought)\b", re.IGNORECASE)
# thanks of their own in brackets: "(and to A for sectioning them)", "(also B for help with the scans)"
_THANKS_IN_BRACKETS = re.compile(
    rf"\((?:and\s+(?:also\s+)?|also\s+|(?:many\s+|special\s+)?thanks\s+(?:go\s+)?(?:especially\s+|in\s+particular\s+|particularly\s+)?)(?:to\s+)?"
    rf"(?P<rest>(?:(?:Drs?|Prof|Mr|Mrs|Ms)\.?\s+)?[{UPPER}][^()]{{3,300}}?\s+for\s+[^()]{{3,300}})\)"
)
_WORD_RE = re.compile(r"[^\W\d_][\w\-]*")
# an elision set apart from its word: "Centre d’ Etudes", "l' Université"
_SPACED_ELISION = re.compile(rf"(?<![\w’'])([dlDL]['’]) ([{UPPER}][\w\-]*)")
_NEW_CLAUSE = re.compile(
    r"(?:\s*[,;]\s*|\s+)(?:and|while|whereas|but)\s+"
    r"(?=(?:(?:we|i|the\s+authors?)\s+(?:(?:also|further|would|wish|like|to|are|am|is|very|most|deeply|sincerely|especially|particularly|gratefully)\s+){0,4}"
    r"(?:thank|acknowledge|are\s+grateful|am\s+grateful|grateful|appreciate|express)"
    # ("... for the performance of the LHC and thank the technical staffs at CERN": thanks anew, its subject left out)
    rf"|(?:also\s+)?thank\s+(?:the|our|all)\s|(?:also\s+)?(?:thank|acknowledge)\s+(?:the\s+)?(?:(?-i:[{UPPER}])|(?:[\w\-]+\s+){{0,3}}(?:support|assistance|help|work|contributions?|efforts?)\s+(?:of|from|provided)\b)"
    # "We acknowledge X for provision of beam time and would like to thank the beamline staff": the subject left out
    r"|(?:also\s+)?(?:would|wish|want)\s+(?:also\s+)?(?:like\s+)?(?:also\s+)?to\s+(?:also\s+)?(?:thank|acknowledge|express)\b))",
    re.IGNORECASE,
)


def _clauses(text: str, start: int, end: int, frames: Frames | None = None) -> list[tuple[int, int]]:
    """A sentence cut before each coordinated clause that thanks anew (and,
    with the frames, before each coordinated passive clause)."""
    sent = text[start:end]
    cuts = [m for m in _NEW_CLAUSE.finditer(sent) if len(sent[: m.start()].split()) >= 3]
    if frames is not None and " from " in sent:
        # the help from others is cut off only when it says what it was ("programming
        # contributions"); "expert assistance from B" stays with the deed it helped
        for m in frames.help_from.finditer(sent):
            np = sent[m.end() :].split(" from ", 1)[0]
            if len(sent[: m.start()].split()) >= 4 and frames.lex.purpose_class(np)[0] in ("explicit", "inferred"):
                cuts.append(m)
        cuts.sort(key=lambda m: m.start())
    if frames is not None and frames.passive_any.search(sent):
        # "plants were grown by A and scanning was performed by B": each passive clause its own
        cuts += [m for m in frames.new_passive.finditer(sent) if frames.passive_by.search(sent[: m.start()]) or (frames.passive_any.search(sent[: m.start()]) and " by " in sent[: m.start()])]
        cuts.sort(key=lambda m: m.start())
    if not cuts:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    at = 0
    depth = _depths(sent)
    for m in cuts:
        if depth[m.start()] == 0:
            out.append((start + at, start + m.start()))
            at = m.end()
    out.append((start + at, end))
    return out


# what follows a name-shaped run that makes it an organisation: a legal form, "& Partners",
# or a project or programme word ("the NextGen MSC projects")
_TITLE_LEAD = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss)\.?\s+)+")
_ORG_TAIL = re.compile(
    r"^\s*(?:,?\s*(?:Co|Ltd|Inc|LLC|GmbH|(?i:s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a)|S\.?\s?A|AG|B\.?\s?V|Pty|KK|plc|Corp|Oy|A/S|AB)\b\.?"
    r"|&\s*[A-Z]|\s*(?:projects?|programmes?|programs?|consortium|company|companies)\b)"
)


_MEMBERS_THEN_PLACE = re.compile(r"^(?P<core>[^()]{3,60}?)\s*\((?P<names>[^()]{3,400})\)\s+(?:of|at|from|in)\s+(?P<place>(?:the\s+)?[A-Z][^()]{1,150})$")


def _initials_of(acronym: str, words: str) -> bool:
    """Whether ``acronym``'s capitals come, in order, from the initials of
    ``words`` ("UCLA" from "University of California, Los Angeles")."""
    caps = "".join(w[0] for w in re.findall(r"[^\W\d_][\w\-'’]*", words) if w[0].isupper())
    it = iter(caps)
    return all(ch in it for ch in acronym if ch.isupper())


def _acronym_of(name: str, paren: str) -> bool:
    """Whether a bracket after a name of three or more words is the
    acronym of its words ("Gruppo Archeologico Romano (GAR)"): a body, not
    a person."""
    words = [w for w in re.findall(r"[^\W\d_][\w\-']*", name) if w[:1].isupper()]
    ac = paren.strip()
    return len(words) >= 3 and len(ac) >= 3 and ac.isupper() and ac == "".join(w[0] for w in words).upper()


_DEGREED = re.compile(
    rf"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(?P<name>[{UPPER}][{LOWER}'\-]+(?:\s+[A-Z]\.)?\s+[{UPPER}][{LOWER}'\-]+)\s*,?\s*"
    r"(?:Ph\.?\s?D\.?|M\.?D\.?|M\.?Sc\.?|DVM|D\.?Phil\.?|MSLS|MPH|RN)$"
)


# "... by A and B" closing a clause, "... by A and B is appreciated"
_DONE_BY = re.compile(
    rf"\sby\s+(?:Drs?\.?\s+|Mrs?\.?\s+|Ms\.?\s+|Prof\.?\s+)?(?P<who>[{UPPER}][^,;()]{{1,120}}?(?:,\s*[{UPPER}][^,;()]{{1,60}}?)*(?:\s*\([^()]{{2,80}}\))?)"
    r"(?=\s*(?:,|;|\.$|$|\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:acknowledged|appreciated|thanked|recogni[sz]ed)))"
)
_AT_PLACE = re.compile(r"\s(?:at|in)\s+(?P<place>(?:the\s+)?[A-Z][^,;]{2,100})$")
_COLON_LIST = re.compile(r":\s+(?P<list>(?:[^:]|:(?=//)){5,})$")  # (a web address's colon is inside the list)
# the thing thanked, then who gave it: "technical support and advice provided at X from", "the help we received from"
_GIVEN_FROM = re.compile(
    r"^\s*(?:(?:the|all\s+the|our)\s+)?(?P<what>[^:;]{3,200}?)\s*,?\s+(?:(?:that\s+|which\s+)?(?:we\s+|i\s+)?(?:(?:was|were|kindly|generously)\s+)*"
    r"(?:provided|given|offered|received|obtained|got|had)\b[^:;]{0,120}?\s+)?(?:from|by|of)\s*$",
    re.IGNORECASE,
)
_INVERTED_NAME = re.compile(rf"^(?:[{UPPER}][\w'’\-]+\s+){{0,2}}[{UPPER}][\w'’\-]+,\s+[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-.]+){{0,2}}\.?$")


def _inverted_name_list(s: str) -> list[tuple[int, str]] | None:
    """The items of "Krum, Valeria; Drehe, Ignacio; De Nichilo, Analía":
    three or more "Family, Given" names kept apart by semicolons, or None."""
    if s.count(";") < 2:
        return None
    out: list[tuple[int, str]] = []
    pos = 0
    for m in re.finditer(r"\s*;\s*(?:and\s+)?|$", s):
        part = s[pos : m.start()]
        lead = len(part) - len(part.lstrip())
        if part.strip():
            out.append((pos + lead, part.strip()))
        pos = m.end()
        if m.end() >= len(s):
            break
    if out and ": " in out[0][1]:
        head, first = out[0][1].rsplit(": ", 1)
        out[0] = (out[0][0] + len(head) + 2, first)
        out.insert(0, (0, head))
    names = [t for _, t in out if _INVERTED_NAME.match(t.rstrip(". "))]
    # the first part may carry what comes before the list ("... vaccine: Krum, Valeria")
    if len(out) >= 3 and len(names) >= 0.8 * len(out):
        return out
    return None


def fold_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))
