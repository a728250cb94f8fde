"""Technical credit in a paper, whatever format it came from: named
technical contributors, facilities and teams thanked, everyone
acknowledged, authors identifiable as technical staff, and facilities named
where the work is described.

The input is format-neutral: acknowledgement and funding text blocks with
their locations, authors with affiliations, printed job titles and
contribution statements, and the methods and figure legends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..letters import LOWER, UPPER
from ..model import (
    AcknowledgedPerson,
    Author,
    FacilityCredit,
    FacilityMention,
    Location,
    Manuscript,
    TechnicalContributor,
    TextBlock,
)
from ..names import TITLE_WORDS, Name, parse_name, same_person
from ..statements import statement_blocks
from . import purpose_model
from .acks import (
    _ACRONYM_UNIT,
    _BRAND,
    _LEGAL_SUFFIX,
    ACRONYM_AT_PLACE,
    STAFF_AND_MEANS,
    WHOLE_WORK,
    AckReader,
    Credit,
    Group,
    Mention,
    _acronym_of,
    body_spelled_out,
)
from .lexicon import AttributionLexicon
from .text import fold, sentence_texts, split_camel

_TITLE = re.compile(rf"^(?:{TITLE_WORDS}|drs)\.?\s+", re.IGNORECASE)
# what parts two names of one run: a comma or "and", and the next one's title ("Mrs. D. Melck and Mr. A. Esposito")
_RUN_GAP = re.compile(rf"\s*(?:,|,?\s*(?:and|&))\s*(?:(?:{TITLE_WORDS}|drs|profs)\.?\s+)?", re.IGNORECASE)
_OTHER = re.compile(r"\bother\b|\brest\s+of\b", re.IGNORECASE)
_TOOL_AUTHORS = re.compile(r"\b(?:authors?|developers?|maintainers?|creators?)\s+of\b", re.IGNORECASE)
_WORK_ROLE = re.compile(r"^\s*(?:(?:the|our|their|all|past|previous|former|many)\s+)*(?:\w+\s+){0,2}(?:contributors?\s+(?:to|from)|(?:colleagues|people|members|staff)\s+(?:\w+\s+)?(?:involved|engaged)\s+in)\b", re.IGNORECASE)
# "(Part of) this work was performed at X": the place the whole study was done
_WHOLE_WORK_AT = re.compile(
    rf"(?:^|(?<=[.;:,]\s)|(?<=\band\s))\s*{WHOLE_WORK}\s+"
    r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:(?:\w+ly|in\s+part|in\s+parts)\s+)?(?:performed|carried\s+out|conducted|done|undertaken|completed)\b[^.;]*$",
    re.IGNORECASE,
)
_NAMED_STAFF = re.compile(r"^(?:the\s+)?(?:(?:entire|whole|many|other|dedicated|excellent)\s+)*(?:[A-Z][\w\-/&.'’]*\s+){1,5}(?:staff|team|crew|crews|personnel|operations\s+team|engineering\s+team)(?:\s+members)?\b", re.UNICODE)
# a company by its legal form ("Example Co., Ltd."), with its place in brackets after it or not
_LEGAL_SUFFIX_END = re.compile(rf"\b(?:{_LEGAL_SUFFIX.pattern})\.?(?:\s*\([^()]{{1,80}}\))?$", re.IGNORECASE)
# resources given with the support that goes with them ("computational resources and support", "support and facilities")
_RESOURCES_AND_SUPPORT = re.compile(
    r"\b(?:resources?|facilities|infrastructure|time|allocations?)\s+(?:and|&)\s+(?:(?:technical|user|expert)\s+)?(?:support|assistance|help|expertise)\b"
    r"|\b(?:support|assistance|help|expertise)\s+(?:and|&)\s+(?:\w+\s+)?(?:resources?|facilities)\b",
    re.IGNORECASE,
)
_ACADEMIC_UNIT = re.compile(r"^(?:the\s+)?(?:school|department|faculty|institute|centre|center|division|college|university|graduate\s+school)\s+(?:of|for)\b", re.IGNORECASE)


# a word naming a field or an activity, not a family name ("Production group", "Genomics lab")
_FIELD_WORD = re.compile(r"(?:ology|ics|istry|nomy|graphy|ing|ence|ance|tion|ture|ysis|ial|al)$", re.IGNORECASE)
_GROUP_WORD = re.compile(r"^(?:['’]s?)?\s*(?:and\s+[^,;]{1,40}?\s+)?(?:lab|labs|laboratory|laboratories|group|groups|research\s+groups?|team|teams)\b", re.IGNORECASE)
_NOT_SURNAME = frozenset(["the", "our", "their", "central", "core", "shared", "national", "research", "university", "general", "main", "teaching"])
# "members of the Fukazawa Laboratory": the people of a laboratory named after its head (not "The Jackson Laboratory")
_MEMBERS_OF_LAB = re.compile(r"\b(?:members?|colleagues|people|everyone)\s+(?:of|in|from)\s+the\s+([A-Z][a-z]+)\s+(?:Lab|Labs|Laboratory|Laboratories|Group|Groups)\b")
_SURNAME_LAB = re.compile(r"\b([A-Z][a-z]+)(?:'s|’s)?\s+(?:lab|labs|laboratory|laboratories|group|groups)\b")
# "the numerous Keel Lab members": the people of a lab named after its head, by its name in capitals
_LAB_MEMBERS = re.compile(r"\b([A-Z][a-z]+)\s+(?:Lab|Labs|Group)\s+(?:members?|colleagues)\b")

# a named unit after "at", "of", "from" ...: "from the Center for Electron Microscopy and Nanofabrication"
# (a unit's head noun may follow in lower case: "at the ICP facility", "in the NMR core")
_AT_UNIT = re.compile(
    r"\b(?:at|in|of|from|within)\s+(?:the\s+)?((?:[A-Z][\w\-]*\s+(?:(?:of|for|and|&)\s+)?){0,6}[A-Z][\w\-]*"
    r"(?:\s+(?:facility|facilities|core|laboratory|lab|unit|centre|center|platform|service|suite)\b)?)"
)
_AT_START = re.compile(r"\s*(?:at|of|from|within)\s")
_WEB = re.compile(r"(?:https?://|www\.)\S+$")
# the wording of an operator's contract: "operated by X on behalf of Y", "under a cooperative agreement with"
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\b|\bunder\s+(?:a\s+)?(?:contract|cooperative\s+agreement)\b", re.IGNORECASE)
# a place's own laboratory: "the laboratory of Centre Hospitalier de X", "the clinical laboratory at Y Hospital"
_LAB_OF_PLACE = re.compile(rf"^\s*(?:the\s+)?(?:[a-z]+\s+){{0,2}}laborator(?:y|ies)\s+(?:of|at)\s+(?:the\s+)?(?P<place>[{UPPER}].*)$")
# an institute by its own name, "the Broad Institute", "the Delaware Biotechnology Institute" (not one named
# by a field after "of" or "for": "the Institute of Zoology")
_WHO_RUNS = re.compile(
    r"\b(?:is|are)\s+(?:a|an|the)\s+[^.;:]{0,100}?\b(?:managed|operated|owned|administered|run|hosted)\s+(?:and\s+(?:managed|operated|owned|administered|run)\s+)?(?:jointly\s+)?by\b",
    re.IGNORECASE,
)
_NAMED_INSTITUTE = re.compile(r"(?:the\s+)?(?:[A-Z][\w\-.&']*\s+){1,4}Institute(?:\s+(?:at|in)\s+.+)?")
# "the (very helpful) staff at X": a unit's staff, with what is said of them, and the unit
_STAFF_OF_UNIT = re.compile(r"^\s*(?:the\s+|all\s+|other\s+)*(?P<said>(?:[a-z\-]+\s+){0,3}?)(?P<who>staff|team|personnel|technicians|members)\s+(?:at|of|from|in)\s+(?P<unit>\S.*)$", re.IGNORECASE)
_GROUP_OF_PERSON = re.compile(
    r"^(?:the\s+)?(?:research\s+)?(?:laborator(?:y|ies)|labs?|group|team)\s+of\s+(?P<who>[^(),;]+?)\s*(?:\([^()]*\))?$", re.IGNORECASE
)
_TEAM_OF_PLACE = re.compile(
    rf"^\s*(?:the\s+|all\s+|other\s+)*(?:{STAFF_AND_MEANS}|staff|team|crew|personnel|technicians)\s+(?:at|of|from|in|aboard)\s+",
    re.IGNORECASE,
)  # ("the facilities and staff of X", "the staff and resources of X": the unit's staff, with what they run)


@dataclass
class CreditResult:
    contributors: list[TechnicalContributor] = field(default_factory=list)
    facilities: list[FacilityCredit] = field(default_factory=list)
    people: list[AcknowledgedPerson] = field(default_factory=list)
    mentions: list[FacilityMention] = field(default_factory=list)
    technical_authors: dict[int, str] = field(default_factory=dict)  # author index -> evidence
    # people the rules judged by who they are (learners, clinicians, a public tool's authors): the learned model keeps off them
    not_staff: set[str] = field(default_factory=set)
    # authors the acknowledgements give a technical post ("We thank telescope operators A, B and C"): name -> post
    author_posts: dict[str, str] = field(default_factory=dict)


class CreditAnalysis:
    def __init__(self, lex: AttributionLexicon) -> None:
        self.lex = lex
        self.words = lex.words
        self.reader = AckReader(lex)

    # ------------------------------------------------------------ a paper
    #: whether the learned model may credit people the rules left out (the experiment that trains it turns it off)
    second_opinion = True

    def analyse(self, m: Manuscript) -> CreditResult:
        res = CreditResult()
        authors = [a.name for a in m.authors]
        seen_people: dict[str, int] = {}
        seen_fac: dict[str, int] = {}
        # a contribution statement printed one author a sentence among the acknowledgements is no thanks
        statements = {id(b) for b in statement_blocks(m.sections, authors)}
        # (each author's name read once, not again for every person an acknowledgement names)
        author_names = [n for n in (parse_name(a) for a in authors) if n is not None]
        for sec in m.sections:
            if sec.kind == "author_contributions":
                # "Contributors: ... We thank A for maintaining the rig.": thanks said among the
                # contributions are thanks (only the sentences that thank; the rest says what the
                # authors did)
                for block in sec.blocks:
                    said = [t for _, t in sentence_texts(block.text) if self.reader.frames.thanks.search(t)]
                    for credit in self.reader.read(" ".join(said)) if said else ():
                        for g in credit.groups:
                            self._group(g, credit, block.location, author_names, res, seen_people, seen_fac)
                continue
            if sec.kind not in ("acknowledgements", "funding"):
                continue
            # a table printed after the acknowledgements (AASTeX deluxetable) is not their text
            blocks = self._join_colon_lists([b for b in sec.blocks if b.kind != "table" and id(b) not in statements])
            # a credits roll printed one "Name, Job title" a paragraph (Word, Markdown)
            in_roll = {i for k, j in self.reader.roll_runs([b.text for b in blocks]) for i in range(k, j)}
            for i, block in enumerate(blocks):
                credits = self.reader.roll_credit(block.text) if i in in_roll else self.reader.read(block.text)
                for credit in credits:
                    for g in credit.groups:
                        self._group(g, credit, block.location, author_names, res, seen_people, seen_fac)
        self._second_opinion(res)
        res.technical_authors = self.technical_authors(m.authors)
        for i, a in enumerate(m.authors):
            post = next((p for n, p in res.author_posts.items() if same_person(n, a.name)), None)
            if i not in res.technical_authors and post:
                # the paper itself says what they are, in its acknowledgements
                res.technical_authors[i] = f'acknowledgements: "{post.strip()[:200]}"'
        res.mentions = self.facility_mentions(m)
        return res

    def _join_colon_lists(self, blocks: list[TextBlock]) -> list[TextBlock]:
        """"... the team at the Imaging Studios:" then a paragraph that opens
        with the names ("A, B and C. Their images ..."): one colon list, as
        a column break, a page break or a blank line may cut it. A credits
        roll (one person a paragraph) is left to the roll reader."""
        out: list[TextBlock] = []
        in_roll = {i for k, j in self.reader.roll_runs([b.text for b in blocks]) for i in range(k, j)}
        intro: str | None = None  # "We thank:" over a bulleted list: each item is read after it
        for i, b in enumerate(blocks):
            prev = out[-1] if out else None
            if b.kind == "list_item" and i not in in_roll:
                if intro is None and prev is not None and prev.kind != "list_item" and prev.text.rstrip().endswith(":") and len(prev.text) < 600:
                    intro = prev.text.rstrip()
                if intro is not None:
                    item = re.sub(r"\s*(?:[;,]\s*(?:and|or)?|\band)\s*$", "", b.text.strip())
                    out.append(b.model_copy(update={"text": intro + " " + item.rstrip(".") + "."}))
                    continue
            else:
                intro = None
            if (
                prev is not None
                and prev.text.rstrip().endswith(":")
                and len(prev.text) < 600
                and i not in in_roll
                and re.match(rf"[{UPPER}]", b.text.lstrip())
                and re.match(r"[^.;:]{3,400}?(?:,|\band\b|&)", b.text.lstrip())
            ):
                out[-1] = prev.model_copy(update={"text": prev.text.rstrip() + " " + b.text.lstrip()})
                continue
            out.append(b)
        return out

    def read_text(self, text: str, location: Location, authors: list[str] | None = None) -> CreditResult:
        """An acknowledgement on its own (one paragraph or several)."""
        res = CreditResult()
        sp: dict[str, int] = {}
        sf: dict[str, int] = {}
        for credit in self.reader.read(text):
            for g in credit.groups:
                self._group(g, credit, location, authors or [], res, sp, sf)
        self._second_opinion(res)
        return res

    def _second_opinion(self, res: CreditResult) -> None:
        """People the rules left out whose purpose the learned model is
        confident is technical work (``purpose_model``): credited, inferred.
        A purpose the rules judged negative is never overridden."""
        if not self.second_opinion:
            return
        for i, p in enumerate(res.people):
            if p.category != "other" or not p.purpose or fold(p.name) in res.not_staff or self.lex.purpose_class(p.purpose)[0] == "negative":
                continue
            if not purpose_model.credits(p.purpose):
                continue
            res.people[i] = p.model_copy(update={"category": "technical"})
            if any(fold(c.name) == fold(p.name) for c in res.contributors):
                continue
            res.contributors.append(
                TechnicalContributor(
                    name=p.name, role_words=p.purpose[:300], basis="inferred", is_author=p.is_author, location=p.location, evidence=p.purpose[:600]
                )
            )

    # ------------------------------------------------------------ one group
    def _bracketed_work(self, g: Group) -> list[Group] | None:
        """"... the participation of A (X Museum), B and C (Y University: XRF,
        SEM-EDX) and D (Z Institute: FTIR)", "A (sample preparation) and B
        (sequencing)": where a group says nothing technical of its own, what a
        bracket names after a colon, or a task alone in lower case, is the work
        of the person it follows and of those joined to them without a
        bracket of their own. The group parted so, or None."""
        if g.purpose and self.lex.purpose_class(g.purpose)[0] != "none":
            return None
        parts: list[Group] = []
        rest: list[Mention] = []
        pending: list[Mention] = []
        for mt in g.mentions:
            tail = mt.paren.rsplit(":", 1)[1].strip() if mt.kind == "person" and ":" in mt.paren else ""
            if not tail and mt.kind == "person" and re.match(r"(?:for\s+)?[a-z]", mt.paren) and not self.lex.org_head(mt.paren):
                # "A (sample preparation), B (sequencing)": a task in lower case alone in the bracket
                tail = re.sub(r"^for\s+", "", mt.paren.strip())
            if tail and len(tail) <= 120 and self.lex.purpose_class(tail)[0] in ("explicit", "inferred"):
                parts.append(replace(g, mentions=pending + [mt], purpose=tail))
                pending = []
            elif mt.kind == "person" and not mt.paren:
                pending.append(mt)
            else:
                rest.extend(pending + [mt])
                pending = []
        if not parts:
            return None
        rest.extend(pending)
        return parts + ([replace(g, mentions=rest)] if rest else [])

    def _group(self, g: Group, credit: Credit, loc: Location, authors: list[Name], res: CreditResult, seen_people: dict[str, int], seen_fac: dict[str, int]) -> None:
        lex = self.lex
        parts = self._bracketed_work(g)
        if parts is not None:
            for part in parts:
                self._group(part, credit, loc, authors, res, seen_people, seen_fac)
            return
        merged = _shared_head_run(g.mentions)
        if merged is not g.mentions:
            g = replace(g, mentions=merged)
        sentence = credit.sentence.strip()
        purpose = g.purpose.strip(" ,;.")
        # a purpose in brackets after a name: "A (for help with imaging)"
        if not purpose:
            for mt in g.mentions:
                if mt.paren.lower().startswith("for "):
                    purpose = mt.paren[4:]

        if not purpose and g.role and not lex.is_role(g.role) and _WORK_ROLE.search(g.role):
            # "contributors to the previous implementation of MAESTRO, A, B and C", "colleagues
            # involved in the development of the library, especially A": the words before the names say what they did
            rp = re.sub(r"^.*?\b(?:involved|engaged)\s+in\s+", "", re.sub(r"\bcontributors?\b", "contributions", g.role, flags=re.IGNORECASE), flags=re.IGNORECASE)
            if lex.purpose_class(rp)[0] in ("explicit", "inferred"):
                purpose = rp
        pclass, pwords = lex.purpose_class(purpose)
        oclass, owords = lex.purpose_class(purpose, for_org=True)
        if oclass == "negative" and self.words.field_help.search(owords) and any(m.kind == "org" and self._crew(m.text) for m in g.mentions):
            oclass = "none"  # "the crews of the R/V X for their help during fieldwork": a crew's help in the field is its work
        # "the excellent work of the drilling team, especially A and B": a technical team's members
        def tech_team(x: str) -> bool:
            # a team named by a technical service ("the drilling team", "the imaging team"), not a field or sampling team
            return (
                bool(x)
                and pclass != "negative"
                and lex.is_team(x)
                and lex.facility_kind(x) == "team"
                and not self.words.people_group.search(x)
                and (lex.is_technical_team(x) or any(h.label == "service_domains" for h in lex.hits(x)))
            )

        group_role = g.role if lex.is_role(g.role) or tech_team(g.role) else ""
        # ("Borja Navarro's students for annotating": the students are thanked, not their teacher)
        people = [mt for mt in g.mentions if mt.kind == "person" and not self._whose_people(mt, credit.sentence)]
        orgs = [mt for mt in g.mentions if mt.kind == "org"]
        # "A, the SUMO chief pilot during the campaign": one technical post set beside a name is that
        # person's post, not a team
        posts: dict[int, str] = {}
        for o in list(orgs):
            before = next((p for p in people if p.end <= o.start and re.fullmatch(r"\s*,\s*", credit.sentence[p.end : o.start])), None)
            if before is not None and self._singular_post(o.text):
                posts[id(before)] = o.text
                orgs.remove(o)
        # "Todd Laverty, Karen Hibbard and the other FlyCore staff", "Darren Ogden and
        # staff at the LGR adult trap": a team the people belong to
        group_team = next(
            (
                o
                for o in orgs
                if lex.is_team(o.text)
                and (
                    lex.facility_kind(o.text) in ("team", "facility")
                    # "the staff at the X station for their help"; a hospital's or a museum's staff
                    # are a technical team only for technical work ("for sample processing")
                    or (_TEAM_OF_PLACE.match(o.text) and purpose and pclass != "negative" and (pclass != "none" or not self.words.not_technical_place.search(o.text)))
                )
                # (not the team of another unit named just before it: "the R/V Sea Star and crew")
                and not (
                    len(re.sub(r"^(?:the|its|their)\s+", "", o.text.strip(), flags=re.IGNORECASE).split()) <= 2
                    and any(q.end <= o.start and re.fullmatch(r"\s*(?:and|&)\s*(?:its\s+|their\s+)?", credit.sentence[q.end : o.start]) for q in orgs if q is not o)
                )
            ),
            None,
        )
        shared_unit = self._shared_units(people, credit.sentence)
        staff_here: list[str] = []  # the group's people read as technical staff
        for p in people:
            name = _person_name(p.text)
            parsed = parse_name(name)
            is_author = parsed is not None and any(same_person(parsed, a) for a in authors)
            # "our technicians, A and B": a team of bare role words is the people's role
            team_role = group_team.text if group_team is not None and self._bare_role(group_team.text) else ""
            if not team_role and p.affil and lex.is_team(p.affil) and lex.is_role(p.affil) and self._bare_role(p.affil):
                # "We thank the technicians: A, B and C": the role words the list was set under
                team_role = p.affil
            if not team_role:
                # "our technical officers, A, B and C": a post in the plural printed before the names
                team_role = next((o.text for o in orgs if o.end <= p.start and lex.is_role(o.text) and _plural_post(o.text) and not self._research_group(o.text)), "")
            shared = ("", "") if p.own_post else (group_role, team_role)
            role = " ".join(x for x in (p.role, *shared, posts.get(id(p), "")) if x and (lex.is_role(x) or tech_team(x)))
            if role and is_author and pclass != "negative":
                res.author_posts.setdefault(name, role)
            fac = None
            post = self.words.post_of.match(g.role.strip(" .,")) if g.role else None
            if post and lex.facility_kind(post.group("org")):
                fac = post.group("org")  # "A, supervisor of the USNM SEM laboratory": the post names the facility
            # "B Walderich and the fish facility", "Jo Bloggs and the Imaging Core": a person named with a facility
            # (or after it: "the Plymouth Electron Microscopy Centre and Glenn Harper")
            beside = next(
                (
                    o
                    for o in orgs
                    if (
                        (o.start >= p.end and re.fullmatch(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:(?:other|rest\s+of\s+the)\s+)?", _without_people(credit.sentence, p.end, o.start, people)))
                        # (not someone with a place of their own: "the X Platform, and A, GGIV Institut Pasteur")
                        # (and not a list of people the facility is one item of: "A, the Imaging Facility and B")
                        or (o.end <= p.start and not p.affil and not p.paren and not any(q.end <= o.start for q in people) and re.fullmatch(r"\s*,?\s*(?:and|&)\s*", credit.sentence[o.end : p.start]))
                    )
                    and (lex.facility_kind(o.text) in ("facility", "team") or lex.service_unit(o.text))
                    and not re.match(r"\s*(?:my|our)\s", o.text, re.IGNORECASE)  # the writer's own group ("my Advanced Reactors and ... peers")
                ),
                None,
            )
            if fac is not None:
                pass
            elif beside is not None and not self._bare_role(beside.text):
                fac = beside.text
            elif p.affil and lex.facility_kind(p.affil) in ("facility", "team", "resource_centre") and not self._bare_role(p.affil):
                fac = lex.without_role(p.affil)
            elif id(p) in shared_unit:
                fac = lex.without_role(shared_unit[id(p)])  # "A, B and C from the Genomics Platform": all three
            elif group_team is not None and not self._bare_role(group_team.text) and not (p.paren and group_team.end <= p.start and not lex.is_role(p.paren) and not lex.facility_kind(p.paren)):
                # (not a name after the team with a place of its own: "the X team (Y), Anna Keel (USDA)")
                fac = group_team.text
            elif p.paren and lex.facility_kind(p.paren) and not self._bare_role(p.paren):
                fac = lex.without_role(p.paren)  # "(Imaging Facility technician)": the facility, without the post
            elif p.paren and (unit := self._unit_by_initials(p.paren.strip(), credit.sentence[: p.start])) is not None:
                fac = unit  # "the Center for Mass Spectrometry (HCMS) ... and A (HCMS)": the facility, by its initials
            else:
                # "A, from the Center for Electron Microscopy at X, for analysing ...": where the
                # people work, set off beside them; or where the work was done, in the purpose
                for where in ((g.role if pclass != "negative" and _AT_START.match(g.role) else ""), purpose):
                    fm = _AT_UNIT.search(where)
                    if fm and lex.facility_kind(fm.group(1)) == "facility":
                        fac = fm.group(1)
                        break
            team_too = False
            staff_of = _STAFF_OF_UNIT.match(p.role or "")
            # (what is said of the staff praises them, "the very helpful staff"; "the laboratory staff of the
            # Marine Station" is a post, the people's own)
            praised = staff_of is not None and not any(lex.labels(w) for w in staff_of.group("said").split())
            # (a unit's members are its staff for the unit's work, not for advice: "members of the X
            # Technical Working Group (A, B) for their advice")
            praised = praised and not (staff_of.group("who").lower() == "members" and pclass == "negative" and self.words.talk.search(purpose) is not None)
            if fac is None and staff_of and praised and (lex.facility_kind(staff_of.group("unit")) or lex.service_unit(staff_of.group("unit"))):
                # "the staff at X's Center for Computing and Visualization, especially A and B": the
                # unit's staff as a whole, and the people singled out among them
                fac = p.role
                at = credit.sentence.find(p.role)
                team_too = at >= 0 and self.words.singled_after.fullmatch(credit.sentence[at + len(p.role) : p.start]) is not None
            if (
                fac is None
                and p.role
                and re.search(r"\b(?:team|crew)s?$", p.role, re.IGNORECASE)
                and re.search(r"(?:^|\s)[A-Z]", re.sub(r"^(?:the|our)\s+", "", p.role, flags=re.IGNORECASE))  # a team's own name, not "the sampling team"
                and not lex.is_role(p.role)
                and pclass != "negative"
                and distinctive(p.role)
            ):
                # "support from the PacBio team, particularly A, B and C": the people singled out from a
                # named team are its staff, as the team is thanked
                at = credit.sentence.find(p.role)
                first = min(people, key=lambda m: m.start)
                if at >= 0 and at + len(p.role) <= first.start and self.words.singled_after.fullmatch(credit.sentence[at + len(p.role) : first.start]):
                    fac = p.role
            if fac is not None and self._research_group(fac):
                fac = None  # "members of the Fukazawa Laboratory": a research group, not a facility
            # "Sam Lee (Flow Cytometry Core) for support" counts; "for discussion and support" does not
            works = pclass != "negative" or lex.has_work(purpose, bare=False) or (fac is not None and self._provides_service(purpose))
            # a facility's staff asked for advice on the facility's kind of work give its service: "A (HCMS)
            # for consultation on the lipidomic data analysis" (not "for advice on statistics")
            works = works or (fac is not None and self._consulted(purpose))
            # "CERN staff A and B", "the KLIVV staff, in particular A and B": named as an organisation's staff
            # staff doing their unit's work: "the CCI staff who carried out analyses and photodocumentation: A, B"
            staff_work = pclass == "inferred" or (pclass == "none" and any(h.label in ("analysis_nouns", "activity_nouns") for h in lex.hits(purpose)))
            staff_post = staff_work and any(
                self.words.staff_post.search(x.strip(" ,:;")) and not self.words.not_technical_place.search(x) and not self.words.learner.search(x) for x in (p.role, g.role, p.affil, people[0].affil) if x
            )
            # (a post given for a permission is no work of the post: "the following photographers that gave us
            # permission to reproduce their images: A, B")
            permission = pclass == "negative" and self.words.permission.search(purpose) is not None and not lex.has_work(purpose, bare=False) and not _ANOTHER_FOR.search(purpose)
            explicit = (bool(role) and not permission) or pclass == "explicit" or (fac is not None and (works or not self.words.not_work.search(purpose))) or staff_post
            # "the student helpers A and B for help with the field work and sample processing": students
            # and volunteers doing a task are not technical staff unless a technical role is stated
            learner = self.words.learner.search(" ".join(x for x in (p.role, g.role, p.paren) if x)) is not None
            # "A and B, undergraduate students at X": what they are, read as where they are
            learner = learner or bool(p.affil and self.words.learner_start.match(p.affil))
            # "the authors of JuMP: A, B and C for the implementations": a public tool's authors
            learner = learner or _TOOL_AUTHORS.search(g.role or "") is not None
            # "Dr. A of the cardiac surgery team for sample collection": clinical staff collecting samples
            # (not a clinical service's analysis: "A of the Clinical Services Division for carrying out the urine analysis")
            learner = learner or (
                self.words.clinical.search(" ".join(x for x in (p.affil or "", p.role, g.role) if x)) is not None
                and not fac
                and not any(h.label in ("analysis_nouns", "activity_nouns") for h in lex.hits(purpose))
            )
            technical = explicit or (pclass == "inferred" and not learner)
            # "my supervisor, Dr. A, who provided technical support", "my advisor Dr. B for his technical
            # support": who leads or supervises the work is no technical staff, whatever help they gave
            # (said before the first of names joined to this one: "my research advisors A and B")
            first = min((mm.start for mm in people if mm.start <= p.start), default=p.start)
            joined = first < p.start and _JOINED_NAMES.fullmatch(credit.sentence, first, p.start) is not None
            lead_post = not role and fac is None and (
                self.words.supervisory.search(" ".join(x for x in (p.role, g.role, p.paren) if x)) is not None
                or self.words.supervisory_before.search(credit.sentence[max(0, p.start - 60) : p.start]) is not None
                or (joined and self.words.supervisory_before.search(credit.sentence[max(0, first - 60) : first]) is not None)
            )
            if lead_post:
                technical = explicit = False
            key = fold(name)
            if (learner or lead_post) and not technical:
                res.not_staff.add(key)
            if key not in seen_people:
                seen_people[key] = len(res.people)
                res.people.append(
                    AcknowledgedPerson(name=name, purpose=purpose, category="technical" if technical else "other", is_author=is_author, location=loc)
                )
            elif technical:
                i = seen_people[key]
                res.people[i] = res.people[i].model_copy(update={"category": "technical"})
            if not technical:
                continue
            staff_here.append(fold(name))
            words = role or pwords or (fac or "")
            prev = next((c for c in res.contributors if fold(c.name) == key), None)
            if prev is not None:
                if explicit and prev.basis == "inferred":
                    res.contributors[res.contributors.index(prev)] = prev.model_copy(update={"basis": "explicit"})
                continue
            res.contributors.append(
                TechnicalContributor(
                    name=name,
                    role_words=(purpose or words or "").strip()[:300] if not role else f"{role}{'; ' + purpose if purpose else ''}"[:300],
                    basis="explicit" if explicit else "inferred",
                    is_author=is_author,
                    facility=_clean_org(fac) if fac else None,
                    location=loc,
                    evidence=sentence[:600],
                )
            )
            if fac:
                kind = "team" if lex.facility_kind(fac) == "team" or (lex.is_team(fac) and not lex.facility_kind(fac)) else "facility"
                self._facility(_clean_org(fac), kind, [name], p.with_team or team_too, purpose, sentence, loc, res, seen_fac)
        for o in orgs:
            # ("A and all the technicians", "A and the other technicians": a team thanked beside A)
            beside = bool(people) and o.start >= max(p.end for p in people) and re.match(r"\s*(?:the|all|other|our|its|their|his|her)\b", o.text, re.IGNORECASE) is not None and bool(
                re.search(r"\b(?:and|as\s+well\s+as)\s+(?:all\s+)?$", sentence[max(p.end for p in people) : o.start] if o.start <= len(sentence) else "")
            )
            if people and self._bare_role(o.text) and not beside:
                continue  # their role, said above
            # "X for the beamtime and Y for imaging": a resource statement in one unit of thanks
            # is that unit's, not the next one's with a purpose of its own
            scope = self._unit_span(credit, g) if len(credit.groups) > 1 and purpose else sentence
            first_new = len(res.facilities)
            self._org(o, g, purpose, oclass, people, sentence, loc, res, seen_fac, scope=scope)
            # "the X Facility, especially A, for ...", "the Y Platform and its technicians A and B": a
            # facility whose own staff are singled out after it is credited through them (a facility
            # listed beside people, "A, B and the Z Core", is thanked on its own)
            after = [p for p in people if p.start >= o.end and fold(_person_name(p.text)) in staff_here]
            singled = after if after and self.words.singled_after.fullmatch(credit.sentence[o.end : after[0].start]) else []
            if singled:
                for i in range(first_new, len(res.facilities)):
                    if not res.facilities[i].named_staff:
                        res.facilities[i] = res.facilities[i].model_copy(update={"named_staff": [_person_name(p.text) for p in singled]})

    def _whose_people(self, p: Mention, sentence: str) -> bool:
        """A name in the possessive before the people it has ("Borja
        Navarro's metrics students", "Jo Bloggs' lab technicians"): those
        people are the ones thanked. Not a person's own help ("Jo Bloggs's
        expert assistance")."""
        rest = sentence[p.end :] if p.end <= len(sentence) else ""
        if not re.search(r"(?:['’]s|s['’])$", p.text.strip()):
            if not (p.text.strip().endswith("s") and re.match(r"['’](?:s\b)?", rest)):
                return False
            rest = re.sub(r"^['’](?:s\b)?", "", rest)  # (the mark the name was read without: "Jo Bloggs" | "'")
        after = re.match(r"\s+((?:[a-z][\w\-]*\s+){0,3}?)([a-z]+)\b", rest)
        return after is not None and (
            after.group(2) in self.words.team_plurals or after.group(2) in self.words.people_plurals or after.group(2) in self.words.their_people
        )

    def _singular_post(self, text: str) -> bool:
        """One person's technical post ("the SUMO chief pilot during the
        campaign"): a technical team's noun in the singular as its head."""
        head = re.split(r"\s+(?:during|of|at|in|on|for|from|with)\s+", text.strip(), maxsplit=1)[0]
        hits = [h for h in self.lex.hits(head) if h.label == "technical_team_nouns"]
        return bool(hits) and hits[-1].end >= len(head.rstrip(" .,")) - 1 and not re.search(r"(?:s|staff|team|crew|personnel)$", hits[-1].text, re.IGNORECASE)

    def _provides_service(self, purpose: str) -> bool:
        """"providing peptide synthesis facilities", "providing the GC-MS
        instrumentation": what a facility's staff provide is their service
        when its object is a facility, an instrument or an analysis, not a
        material (a gift of strains or samples)."""
        if not self.words.gift.match(purpose.strip()) or self.words.stocks.search(purpose):
            return False
        labels = {h.label for h in self.lex.hits(purpose)}
        return bool(labels & {"facility_nouns_strong", "facility_nouns_weak", "service_domains", "equipment_nouns", "analysis_nouns"})

    def _consulted(self, purpose: str) -> bool:
        """Advice asked about a technical object: an analysis, an instrument
        or a service's domain ("consultation on the data analysis",
        "guidance with the mass spectrometer")."""
        if self.words.consulted_on.match(purpose.strip()) is None:
            return False
        labels = {h.label for h in self.lex.hits(purpose)}
        return bool(labels & {"analysis_nouns", "equipment_nouns", "service_domains"})

    def _unit_by_initials(self, initials: str, before: str) -> str | None:
        """The facility an acronym stands for, spelled out earlier in the
        sentence ("the Harvard Center for Mass Spectrometry (HCMS)")."""
        if not re.fullmatch(r"[A-Z]{3,10}", initials):
            return None
        for m in re.finditer(rf"\(\s*{initials}\s*\)", before):
            words = before[: m.start()].split()[-12:]
            for i in range(len(words)):
                run = " ".join(words[i:]).strip(" ,;:")
                if run[:1].isupper() and _acronym_of(run, initials) and self.lex.facility_kind(run) == "facility":
                    return run
        return None

    def _persons_group(self, text: str) -> bool:
        """"The laboratory of Romy Chakraborty (LBNL)", "the group of Prof. Kim
        Park": a research group named by the person who leads it, a
        colleague's group (what it gives is a gift), never a resource centre."""
        m = _GROUP_OF_PERSON.match(text.strip())
        return m is not None and self.lex.names.whole(m.group("who")) is not None

    def _bare_role(self, text: str) -> bool:
        """Role words and nothing that says where: "Research Technician",
        "our technicians" (a person's role, not a facility or team to name).
        "the Marion Dufresne crew" names a ship: not bare."""
        t = text.strip()
        last = t.split()[-1] if t.split() else ""
        words = t.split()
        if (
            len(words) == 2
            and self.lex.ends_in_role(t)
            and not words[1].lower().endswith("s")
            and re.fullmatch(rf"[{UPPER}]?[{LOWER}\-]+", words[0])
        ):
            # "Instrument Scientist", "Microscopy Technician", "Workshop Technician": one person's post,
            # with one common word before it that names no particular unit
            return True
        if len(t.split()) <= 4 and not t.endswith("s") and self.lex.is_role(last) and not self.lex.labels(last) & {"facility_nouns_strong", "facility_nouns_weak"} and not re.search(rf"[{UPPER}]", t[1:]):
            return True  # "laboratory technician", "lab manager": one person's job title, whatever noun it starts with
        every = self.lex.hits(t)
        if any(h.label in ("facility_nouns_strong", "facility_nouns_weak") for h in every):
            return False  # "the mechanical workshop", "the Imaging Facility"
        hits = [h for h in every if h.label in ("role_titles", "technical_team_nouns", "team_nouns")]
        if not hits and not _COMPOUND_ROLE_WORD.search(t):
            return False
        rest = list(t)
        for h in hits:
            for k in range(h.start, min(h.end, len(rest))):
                rest[k] = " "
        left = re.findall(r"[^\W\d_][\w\-]*", "".join(rest))
        return all(w.lower() in _ROLE_FILLERS or _COMPOUND_ROLE_WORD.fullmatch(w) for w in left)

    def _crew(self, text: str) -> bool:
        """"the crews of the R/V X", "the sailors of the Y": a crew, by its word or its ship's prefix."""
        return bool(self.words.crew.search(text)) or any(self.reader.names.is_ship_word(w) for w in re.findall(r"[\w/]+", text))

    def _shared_units(self, people: list[Mention], sentence: str) -> dict[int, str]:
        """A facility written after the last name of a plain list is every
        listed person's: in "A, B and C from the Genomics Platform and D from
        the Core" A, B and C are the platform's, D the core's. A list runs
        while only commas and "and" come between the names."""
        out: dict[int, str] = {}
        run: list[Mention] = []
        for p in people:
            # (a title before the next name is no break: "Mrs. D. Melck and Mr. A. Esposito of the NMR Service")
            if run and not _RUN_GAP.fullmatch(sentence[run[-1].end : p.start]):
                run = []
            if p.affil:
                if run and self.lex.facility_kind(p.affil) in ("facility", "team") and not self._bare_role(p.affil):
                    for q in run:
                        out[id(q)] = p.affil
                run = []
            elif not p.paren and not p.role:
                run.append(p)
            else:
                run = []
        return out

    @staticmethod
    def _unit_span(credit: Credit, g: Group) -> str:
        """The words of one unit of thanks: from its first mention (the
        sentence's start for the first unit) to the next unit's first."""
        starts = [min((m.start for m in x.mentions), default=-1) for x in credit.groups]
        k = next(i for i, x in enumerate(credit.groups) if x is g)
        if starts[k] < 0:
            return credit.sentence
        begin = 0 if k == 0 else starts[k]
        later = [st for st in starts[k + 1 :] if st > starts[k]]
        return credit.sentence[begin : min(later) if later else len(credit.sentence)]

    def _brand_at_place(self, text: str) -> bool:
        """"BioVis (Uppsala University)", "NanoLab at Keel University": a unit known by one word
        of its own (capitals inside it), then the university or hospital it belongs to."""
        m = _UNIT_THEN_PLACE.match(text)
        if m is None or not self.lex.place_org(m.group("paren") or m.group("place")):
            return False
        unit = re.sub(r"^the\s+", "", m.group("unit"))
        own = _BRAND.fullmatch(unit) or _BRAND_CAPS.fullmatch(unit) or _ACRONYM_UNIT.fullmatch(unit)
        return own is not None and not self.lex.technique_acronym(unit) and not self.lex.funder(unit)

    def _org(
        self, o: Mention, g: Group, purpose: str, oclass: str, people: list[Mention], sentence: str, loc: Location, res: CreditResult, seen_fac: dict[str, int], *, scope: str | None = None
    ) -> None:
        lex = self.lex
        if self._research_group(o.text):
            return  # "members of the Smith and Jones labs": colleagues, not a technical team
        if re.match(r"\s*my\s", o.text, re.IGNORECASE):
            return  # "my long time supervisor, captain, and friend": the writer's own people, no unit
        if _RESEARCH_TEAM.search(o.text) and not lex.is_technical_team(o.text):
            return  # "carried out within the X Engineering research group": where the research was done
        if oclass not in ("explicit", "inferred") and (self.words.partner_with.match(o.text) or self.words.partner_before.search(sentence[max(0, o.start - 40) : max(0, o.start)])):
            # "developed in collaboration with X", "in partnership with the X Core": a partner, not a service (but
            # "sequencing was performed in collaboration with X": technical work done with it)
            return
        # "the X Centre (funded by Wellcome Trust grant 203141/Z/16/Z)": how the centre is funded, said in passing
        o.text = re.sub(r"\s*\((?:funded|supported|financed|sponsored)\s+(?:in\s+part\s+)?by\b[^()]*\)", "", o.text, flags=re.IGNORECASE)
        granted = re.search(r"\s*\([^()]*(?:[A-Z]{1,4}[\d/\-]{4,}|\d{5,}|grant|award|no\.)[^()]*\)", o.text, re.IGNORECASE)
        if granted and not _TEAM_OF_PLACE.match(o.text):
            bare_name = (o.text[: granted.start()] + o.text[granted.end() :]).strip()
            # (nor a ship's crew with its cruise number: "the scientific team and crew of the R/V X (KM1906)")
            if not any(h.label == "facility_nouns_strong" for h in lex.hits(bare_name)) and not (_SHIPS_CREW.search(bare_name) and lex.is_technical_team(bare_name)):
                return  # "the X Centre of Excellence (CE0561607)": named by its grant, a funder (not "the staff at the X beamlines (GU56413)")
            o.text = bare_name  # "the X Genome Analysis Core Facility (NSC 102-2319-B)": a core, with the grant that funds it
        kind = lex.facility_kind(o.text)
        if oclass in ("negative", "none") and _RESOURCES_AND_SUPPORT.search(purpose) and (kind == "facility" or lex.service_unit(o.text)) and not lex.money_for(purpose):
            # "the X Centre for High-End Computing for the provision of computational facilities and support":
            # a service unit's support given with its resources is its service
            oclass = "explicit"
        if (
            oclass not in ("explicit", "inferred")
            and self.words.non_technical_help.search(o.text)
            and not lex.is_technical_team(o.text)
            and not lex.is_role(o.text)
            and not lex.hits(o.text, ("facility_nouns_strong",))
        ):
            # "the staff of the editorial office for their hard work": an office's people, not a technical
            # team (not "the technical and administrative staff", nor "the system administrators", nor the staff
            # of "the Sample Logistics, Sequencing, and Informatics facilities")
            return
        # "the technical staff of the Konnevesi Research Station": the station's team, not the station used
        named_staff = bool(_NAMED_STAFF.match(o.text)) and not self.words.not_technical_place.search(o.text) and not lex.funder(o.text)
        station_team = lex.is_technical_team(o.text) or _TEAM_OF_PLACE.match(o.text) is not None or named_staff
        if lex.resource_only(o.text + " " + purpose) and oclass != "explicit" and not station_team:
            return
        if _ACCESS_OR_USE.match(o.text) and oclass not in ("explicit", "inferred"):
            return  # "Access to the X platform is gratefully acknowledged", "Use of the Y Facility ...": the facility used
        # "Sequencing was conducted by the X Institute, a DOE User Facility": the facility did the work
        agent = g.frame == "passive" and oclass == "inferred"
        if lex.resource_only(sentence if scope is None else scope) and oclass != "explicit" and kind != "team" and not agent and not named_staff and not (_TEAM_OF_PLACE.match(o.text) and oclass == "inferred"):
            return  # (not "the staff of the X Research Station for maintaining the site": the station's team at work)
        # "for access to specimens" is access, not a resource centre's stocks
        stocks = bool(self.words.stocks.search(purpose)) and not re.match(r"\s*(?:(?:the|their|kind|generous|providing|giving|granting|allowing|offering)\s+)*(?:us\s+)?(?:access|loans?|permission)\b", purpose, re.IGNORECASE)
        staff_work = named_staff and not self.words.non_technical_help.search(purpose)
        # a technical team's bare "help" beside a negative part is still its work; a facility's or a
        # named team's needs a named task ("hosting me for a visit", "financial and collaborative support" are not)
        tech_team = lex.is_technical_team(o.text)
        if oclass == "negative" and (tech_team or kind in ("facility", "team") or staff_work) and lex.has_work(purpose, bare=tech_team or kind == "facility") and not lex.money_for(purpose):
            # "the laboratory assistants for their help and advice", "the X Core for providing
            # facilities and services": a technical team's or facility's help beside a gift or advice
            oclass = "none"
        if oclass == "negative" and (lex.money_for(purpose) or not (stocks and kind in ("resource_centre", "facility", None) and not lex.funder(o.text))):
            return
        if stocks and kind in (None, "facility") and oclass != "explicit":
            if lex.funder(o.text) or lex.place_org(o.text) or self._persons_group(o.text):
                return
            kind = "resource_centre"
        if g.frame == "funding" and kind != "facility":
            return
        if g.frame == "funding" and oclass != "explicit" and self.words.money.search(re.split(r"[,;]", sentence[max(0, o.start - 80) : o.start])[-1]):
            return  # "A.C. is supported by a PhD Salary Award by the iGE3 Genomics Platform": money, not a service
        runs = g.frame == "passive" and (
            re.match(r"(?:(?:jointly|partly|also)\s+)?(?:operated|managed|run|hosted|owned|funded|supported|sponsored|administered)\b", purpose, re.IGNORECASE)
            or re.search(r"\b(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:managed|operated|owned|administered)\s+by\b", sentence, re.IGNORECASE)
        )
        # "The ALS is a DOE Office of Science User Facility operated by X", "Sandia is a multimission laboratory
        # managed and operated by X": what a place is and who runs it, whatever the words between
        says_who_runs = g.frame == "passive" and _WHO_RUNS.search(sentence[: o.start + 1] if o.start < len(sentence) else sentence)
        if says_who_runs or runs and (oclass != "explicit" or _ON_BEHALF.search(sentence)):
            # "SDSS is managed by ... and operated by X", "the telescope has been operated by X on behalf
            # of Y": who runs a project or an observatory, not work for the paper
            return
        if oclass != "explicit" and _WHOLE_WORK_AT.search(sentence[: o.start]):
            return  # "This work was performed in part at the X, a member of Y": where the study was done, not a service
        if (
            kind is None
            and lex.is_team(o.text)
            and oclass != "negative"
            and self.words.support_purpose.search(purpose or "")
            and not self.words.not_technical_place.search(o.text)
            and not self.words.non_technical_help.search(purpose or "")
        ):
            kind = "team"  # "the ESO staff members for their support during the observations" (not "for logistical support")
        if kind is None and oclass in ("explicit", "inferred") and g.frame != "funding" and lex.service_unit(o.text):
            kind = "facility"  # "the Minnesota Supercomputing Institute for technical support", "Research Computing at X"
        if kind is None and oclass in ("explicit", "inferred") and g.frame in ("thanks", "passive", "of", "list", "label") and self._working_unit(o.text):
            kind = "facility"  # "the DNA Technologies Unit at the X Council for the RNA-seq": a unit that did the work
        if (
            kind is None
            and oclass in ("explicit", "inferred")
            and g.frame in ("thanks", "passive", "list", "label")
            and _NAMED_INSTITUTE.fullmatch(o.text.strip())
            and not lex.funder(o.text)
            and any(h.label in ("service_domains", "analysis_nouns", "facility_domains") for h in lex.hits(purpose))
        ):
            kind = "facility"  # "the Broad Institute for Illumina genotyping and DNA sequencing": an institute's service
        lab_of = _LAB_OF_PLACE.match(o.text)
        if kind is None and lab_of and oclass in ("explicit", "inferred") and g.frame in ("thanks", "passive", "of", "list", "label") and not lex.names.find(lab_of.group("place")):
            kind = "facility"  # "the laboratory of Centre Hospitalier de Mayotte, which performed the virological analyses"
        if kind is None and oclass == "none" and g.frame == "thanks" and self._company(o.text) and self.words.support_purpose.search(purpose or "") and not self.words.non_technical_help.search(purpose or "") and not lex.funder(o.text):
            kind = "facility"  # "X Energy GmbH for their extensive support during the experiments": a company's help
        if (
            kind is None
            and oclass in ("explicit", "inferred")
            and (g.frame in ("thanks", "list", "label", "passive", "subject") and self._company(o.text) or g.frame in ("thanks", "list", "label") and _WEB.match(o.paren or ""))
            and not lex.funder(o.text)
        ):
            # "Novogene Co., Ltd. for sequencing", "Anogene (http://www.genome.cn/) for help with the transcriptome":
            # a company, or a provider given with its web address, that did technical work for the study
            kind = "facility"
        if (
            kind is None
            and (oclass in ("explicit", "inferred") and g.frame in ("thanks", "list", "label") or oclass == "explicit" and g.frame == "of")
            and (
                _ACRONYM_UNIT.fullmatch(o.text.strip())
                or (ACRONYM_AT_PLACE.match(o.text.strip()) and not lex.technique_acronym(ACRONYM_AT_PLACE.match(o.text.strip()).group("unit").removeprefix("the ")))
                or _BRAND.fullmatch(re.sub(r"^the\s+", "", o.text.strip()))
                or self.words.one_word_firm.fullmatch(o.text.strip())
                or self._brand_at_place(o.text.strip())
            )
            and not lex.funder(o.text)
        ):
            # "UPPMAX for technical support", "the GSAF for sequencing", "the support of X and UPPMAX for
            # providing assistance in sequencing": an organisation known by its acronym, doing technical work
            kind = "facility"
        if (
            kind is None
            and oclass in ("explicit", "inferred")
            and g.frame == "passive"
            and (_BRAND.fullmatch(o.text.strip()) or self.words.one_word_firm.fullmatch(o.text.strip()))
            and not lex.technique_acronym(o.text.strip())
            and not lex.funder(o.text)
        ):
            kind = "facility"  # "Sequencing was performed by Novogene", "... by 10x": a provider by its one word (not "by ICP-MS")
        if kind is None and oclass in ("explicit", "inferred") and g.frame in ("thanks", "list", "label", "passive", "used", "of") and self.reader.unit_of_place(o.text):
            kind = "facility"  # "Sequencing was performed at Keel University RTSF": a unit of the university, by its acronym
        tp_ = _TEAM_OF_PLACE.match(o.text)
        if kind is None and tp_ and oclass == "none" and g.frame in ("thanks", "label", "list") and not self.words.not_technical_place.search(o.text):
            place = o.text[tp_.end() :]
            if lex.facility_kind(place) or self._working_unit(place):
                kind = "team"  # "the staff from the Clinical Research Centre X": a unit's staff thanked
        if kind is None:
            # (a place's staff, or the colleagues who work there doing technical work: "all colleagues
            # from the JKI for their technical support in the glasshouse")
            generic_team = (lex.is_team(o.text) and _TEAM_OF_PLACE.match(o.text) is not None) or (
                self.words.colleagues_at.match(o.text) is not None and oclass in ("explicit", "inferred")
            )
            # (an acronym's expansion in brackets is not what the name's head is:
            # "TUTAGEM (Trakya University Technology Center) staff" are a team, not a university)
            bare = re.sub(r"\s*\([^()]*\)(?=\s*\S)", "", o.text)
            if lex.funder(o.text) or (lex.place_org(bare) and not generic_team):
                return
            if self.words.health_agency.search(bare):
                return  # "the WHO surveillance staff for their technical support": a health agency's help
            # "the LABGeM team for the annotation of the genome": a named team doing technical work
            named_team = lex.is_team(o.text) and not lex.place_org(bare)
            # "the J-PARC staff for superb accelerator performance", "the entire Kepler team": a named
            # organisation's staff, team or crew thanked for what they did
            org_staff = named_staff and oclass == "none" and g.frame in ("thanks", "passive", "of", "label", "list")
            if not org_staff and not (oclass == "explicit" or (oclass == "inferred" and (generic_team or people or named_team))):
                if not (people and generic_team and oclass != "negative"):
                    return
                if oclass == "none" and self.words.not_technical_place.search(o.text):
                    return  # "the help of staff at X Hospital, A, B and C": a hospital's staff, for no stated work
            kind = "team"
        if oclass == "none" and kind == "team" and g.frame not in ("thanks", "passive", "of", "label", "list"):
            return
        if g.frame == "of" and oclass not in ("explicit", "inferred") and kind == "resource_centre":
            return
        named: list[str] = []
        unnamed = False
        if people and lex.is_team(o.text) and (_OTHER.search(o.text) or _TEAM_OF_PLACE.match(o.text) or kind == "team"):
            # named people and their team: the people, and the team thanked without names
            named = [_person_name(p.text) for p in people]
            unnamed = True
        for part in _distribute(_clean_org(o.text)):
            self._facility(part, kind, named, unnamed, purpose, sentence, loc, res, seen_fac)

    def _working_unit(self, name: str) -> bool:
        """A named unit thanked for technical work, read by its own name
        before where it sits: "the DNA Technologies Unit at the National
        Research Council", "the W.M. Keck Center for Functional Genomics
        at the University of X", "TraitGenetics GmbH". A university,
        institute, department, funder or place is not."""
        head = re.sub(r"^(?:the|all(?:\s+the)?)\s+", "", _own_name(name, of=True), flags=re.IGNORECASE)
        if not head or not re.match(rf"[{UPPER}0-9]", head) or len(head.split()) > 9:
            return False
        if self.lex.funder(head) or self.lex.place_org(head) or self.words.not_technical_place.search(head) or self._research_group(head):
            return False
        if re.search(r"\b(?:universit\w*|college|school|institut\w*|department|faculty|academy|ministry|society|association|council|foundation|agency|program+e?|project|consortium|initiative|network|hospital|museum|herbarium)\b", head, re.IGNORECASE):
            return False
        return bool(
            _LEGAL_SUFFIX_END.search(head)
            or re.search(r"\b(?:unit|cent(?:er|re)|core|lab|labs|laborator(?:y|ies)|platforms?|facilit(?:y|ies)|services?|team|hub|resource|station|division)\b", head, re.IGNORECASE)
            # (the same units named in other languages: "Laboratorio Geoquímica", "Plateforme Génomique", "Servei de ...")
            or re.search(r"\b(?:laborat[oó]ri[oum]m?|laboratoire|labor|plateforme|plataforma|piattaforma|servicio|servei|servi[cç]o|servizio|unidad|unidade|unit[ée])\b", head, re.IGNORECASE)
            or re.search(r"\b(?:production|support|service|technical|engineering|computing|operations|IT|facilities|instrumentation)\s+(?:group|section|office)\b", head, re.IGNORECASE)
            # ("the Section on Instrumentation", "the Office of Research Computing": a unit named by its service)
            or re.search(r"\b(?:section|office|group|branch|division)\s+(?:on|of|for)\s+(?:[\w\-]+\s+){0,2}?(?:instrumentation|engineering|computing|technical\s+services|IT|research\s+support)\b", head, re.IGNORECASE)
        )

    def _company(self, name: str) -> bool:
        """A company, by its legal form or the trade in its name ("Example
        Biosciences", from the pack's ``company_trades``), not a school
        named after a field ("School of Molecular Biosciences")."""
        if _ACADEMIC_UNIT.match(name.strip()):
            return False
        # "China Golden Marker (Beijing) Biotech Co., Ltd.", "X Genomics, Inc. (Suzhou, China)": the whole name, or its own part
        return any(
            _LEGAL_SUFFIX_END.search(n.strip().rstrip(".")) or _LEGAL_SUFFIX_END.search(n.strip()) or self.words.company_trade.search(n.strip())
            for n in (name, _own_name(name))
        )

    def _research_group(self, text: str) -> bool:
        """A research group named after its leaders: "the Smith lab", "the
        Kevin Maloy and Fiona Powrie groups", "Jane Doe's laboratory"."""
        if body_spelled_out(self.lex, text):
            return False  # "the Grain Quality and Nutrition Service Laboratory (GQNSL)": a body named in full
        for sp in self.lex.names.find(text):
            # (not words of the pack's vocabulary read as a name: "the Rodent Care, Colony Management and
            # Vivarium Services teams" are services)
            if _GROUP_WORD.match(text[sp.char_end :]) and not _FIELD_WORD.search(sp.text.split()[-1]) and not any(self.lex.labels(w) for w in sp.text.split()):
                return True
        if _INITIALS_LAB.search(text):
            return True  # "members of A.K.'s laboratory", "Y.-P.H.’s group": a lab named by its head's initials
        if _MEMBERS_OF_OWN_GROUP.fullmatch(text.strip(" ,.")):
            return True  # "the members of the lab", "the members of that group": the writer's own colleagues
        for m in [*_SURNAME_LAB.finditer(text), *_MEMBERS_OF_LAB.finditer(text), *_LAB_MEMBERS.finditer(text)]:
            w = m.group(1)
            if not self.lex.labels(w) and w.lower() not in _NOT_SURNAME and not _FIELD_WORD.search(w):
                return True
        return False

    def _facility(self, name: str, kind: str, named: list[str], unnamed: bool, purpose: str, sentence: str, loc: Location, res: CreditResult, seen: dict[str, int]) -> None:
        name = re.sub(r"\s{2,}", " ", name)  # (a line break, or the space an elision gave back: one space)
        if not distinctive(name) and not self.lex.is_team(name) and not _COUNTED.match(name):
            return  # "Core Facilities", "the facilities": no name to credit (but "all 4 core facilities" are those four)
        if self.words.funding_body.search(_own_name(re.sub(r"\s*\([^()]*\)", "", name))):
            return  # "the Large-Scale Scientific Facility Program", "the X Facilities Council": a funder
        key = fold(re.sub(r"^(?:the\s+)?(?:other\s+)?", "", name, flags=re.IGNORECASE))
        short = re.fullmatch(r"(?:the\s+)?([A-Z]{2,8})", name.strip())
        if short and key not in seen:
            # "the MRI" after "the Montpellier RIO Imaging facilities": one facility, by its initials
            for k, fc in enumerate(res.facilities):
                capitals = "".join(w[0] for w in re.findall(rf"[{UPPER}][\w\-]*", fc.name.split("(")[0]))
                if len(capitals) >= len(short.group(1)) and capitals.startswith(short.group(1)):
                    seen[key] = k
                    break
        if key in seen:
            fc = res.facilities[seen[key]]
            merged = list(dict.fromkeys([*fc.named_staff, *named]))
            res.facilities[seen[key]] = fc.model_copy(update={"named_staff": merged, "unnamed_staff": fc.unnamed_staff or unnamed})
            return
        seen[key] = len(res.facilities)
        res.facilities.append(
            FacilityCredit(name=name, kind=kind, named_staff=named, unnamed_staff=unnamed, purpose=purpose or None, location=loc, evidence=sentence[:600])  # type: ignore[arg-type]
        )

    # ------------------------------------------------------------ authors
    def technical_authors(self, authors: list[Author]) -> dict[int, str]:
        lex = self.lex
        lead = set(lex.list("leadership_roles"))
        research = set(lex.list("research_roles"))
        out: dict[int, str] = {}
        # every author holding the same several affiliations: a list printed without marks, so
        # no one affiliation is known to be anyone's, and none makes an author technical staff
        unassigned = len(authors) >= 3 and len(authors[0].affiliations) >= 2 and all(a.affiliations == authors[0].affiliations for a in authors)
        for i, a in enumerate(authors):
            contrib = " ".join(a.roles_as_written)
            evidence = None
            if contrib and any(h.label == "technical_contributions" for h in lex.hits(contrib)):
                # (not beside a researcher's part: "gave technical support and conceptual advice")
                if not (set(a.roles) & lead) and not re.search(r"\b(?:conceived|conception|conceptual|intellectual|designed the (?:study|experiments|research|project)|supervis|wrote the (?:paper|manuscript)|led the)", contrib, re.IGNORECASE):
                    evidence = f'contribution statement: "{contrib.strip()[:200]}"'
            if evidence is None:
                for t in a.job_titles:
                    if any(h.label in ("technical_job_titles", "role_titles") for h in lex.hits(t)):
                        evidence = f'job title: "{t.strip()[:200]}"'
                        break
            if evidence is None:
                leads = bool(set(a.roles) & lead) or bool(re.search(r"\b(?:conceived|conception|designed the study|supervis)", contrib, re.IGNORECASE))
                # methodology or writing the draft mark a researcher when an academic affiliation sits beside the technical one
                if not leads and set(a.roles) & research and any(_technical_unit(aff, lex) is None for aff in a.affiliations):
                    leads = True
                for aff in a.affiliations:
                    if leads or unassigned:
                        break
                    unit = _technical_unit(aff, lex)
                    if unit is None:
                        continue
                    evidence = f'affiliation: "{aff.strip()[:200]}"'
                    break
            if evidence:
                out[i] = evidence
        return out

    # ------------------------------------------------------------ methods
    _GENERIC_FAC = re.compile(
        r"\b(?:the\s+)?((?:[a-z][a-z\-]+\s+){1,4}(?:core\s+facility|facility|core|platform|shared\s+resource|unit))\b"
    )
    # (the heads alone, cheap to look for: most blocks have none, and need no wider look)
    _GENERIC_HEAD = re.compile(r"\b(?:facility|core|platform|shared\s+resource|unit)\b")

    def facility_mentions(self, m: Manuscript) -> list[FacilityMention]:
        """Facilities, cores and platforms named in the methods and figure
        legends where the work is described (ACK002 compares them with the
        acknowledgements)."""
        from .acks import _CAP_RUN

        lex = self.lex
        out: list[FacilityMention] = []
        seen: set[str] = set()
        for sec in m.sections:
            if sec.kind not in ("methods", "figure_legends"):
                continue
            for block in sec.blocks:
                text = block.text
                cands: list[tuple[str, int]] = []
                for run in _CAP_RUN.finditer(text):
                    name = run.group(0)
                    name = (_DOT_SPACE.split(name, maxsplit=1)[0] if "." in name else name).strip(" .,;:")
                    name = _LEAD_WORD.sub("", name)
                    cands.append((name, run.start() + run.group(0).find(name)))
                for gm in self._GENERIC_FAC.finditer(text) if self._GENERIC_HEAD.search(text) else ():
                    cands.append((gm.group(1), gm.start(1)))
                for name, pos in cands:
                    # the words just before the name, within its sentence, say whether it was used
                    # there ("at the X Facility", "(X Core)"); most capitalised runs are not
                    dot = text.rfind(". ", max(0, pos - 62), pos)
                    before = text[dot + 2 if dot >= 0 else max(0, pos - 60) : pos]
                    paren_use = before.rstrip().endswith("(") and not re.search(r"\b[A-Z]{2,}[a-z]?\s*\($", before)
                    if not (paren_use or _USED_BEFORE.match(before[::-1])):
                        continue
                    if re.match(r"\s*(?:kits?|reagents?|buffers?|mix|master)\b", text[pos + len(name) : pos + len(name) + 12], re.IGNORECASE):
                        continue
                    dot = text.rfind(". ", 0, pos)
                    sent_end = text.find(". ", pos)
                    sentence = text[dot + 2 if dot >= 0 else 0 : sent_end if sent_end > 0 else len(text)]
                    if self.words.data_source.search(sentence):
                        continue
                    if len(name) < 4 or len(name) > 120:
                        continue
                    if lex.facility_kind(name) != "facility" or lex.resource_only(name):
                        continue
                    if name[:1].islower() and not any(h.label == "facility_domains" for h in lex.hits(name)):
                        continue
                    key = " ".join(sorted(distinctive(name)))
                    if not key or key in seen:
                        continue
                    seen.add(key)
                    out.append(FacilityMention(name=name, section_kind=sec.kind, location=block.location, evidence=sentence.strip()[:400]))
        return out


# a name, then where it belongs in brackets or after "at": "BioVis (Uppsala University)", "NanoLab at Keel University"
_BRAND_CAPS = re.compile(r"[A-Z][a-z]{2,}[A-Z]{2,4}")  # "GenomeDK", "BioCAT"
# a facility named as what was used: "Access to the X platform", "Use of the Y Facility"
_ACCESS_OR_USE = re.compile(r"\s*(?:the\s+)?(?:(?:free|generous|kind)\s+)?(?:access\s+to|use\s+of)\s", re.IGNORECASE)
_SHIPS_CREW = re.compile(r"\b(?:crews?|captain|officers|deckhands)\b", re.IGNORECASE)
_UNIT_THEN_PLACE = re.compile(r"^(?P<unit>\S+)\s*(?:\((?P<paren>[^()]{3,120})\)|\s+(?:at|of|from|in)\s+(?:the\s+)?(?P<place>[A-Z][^()]{2,120}))$")
_JOINED_NAMES = re.compile(r"(?:[^\W\d_]|[\s,.'’\-])*")  # only words and the marks between joined names (one pass, no backtracking)
_RESEARCH_TEAM = re.compile(r"\bresearch\s+groups?\b", re.IGNORECASE)
# the writer's own research group named by no name: "the members of the lab", "all members of our group"
_MEMBERS_OF_OWN_GROUP = re.compile(
    r"(?:all\s+)?(?:the\s+)?(?:other\s+)?(?:(?:past|present|current|former)\s+(?:and\s+(?:past|present|current|former)\s+)?)?members\s+of\s+(?:the|our|my|that|this|his|her|their)\s+"
    r"(?:(?:research|working)\s+)?(?:lab|labs|laboratory|laboratories|group|groups)",
    re.IGNORECASE,
)
_ANOTHER_FOR = re.compile(r"\b(?:and|as\s+well\s+as)\s+(?:also\s+)?for\s", re.IGNORECASE)  # "for permission ... and for maintaining ..."
_ROLE_FILLERS = frozenset("the our all other their its and & senior chief principal lead head junior research".split())
_COMPOUND_ROLE_WORD = re.compile(r"\b\w*(?:technicians?|technologists?)\b", re.IGNORECASE)

_INITIALS_LAB = re.compile(r"\b(?:[A-Z]\.[\s\-‐]*){1,4}['’]s?\s+(?:lab|labs|laboratory|laboratories|group|groups|team)\b")
_DOT_SPACE = re.compile(r"\.\s")
_LEAD_WORD = re.compile(r"^(?:The|A|An|In|At|On|Using|Images|Data)\s+")
# "at the X", "using X", "in our X" just before a name: matched on the words before it read backwards,
# so the pattern is anchored where it starts (a search for one that ends the text tries every position)
_USED_BEFORE = re.compile(r"(?:\s+[\w\-]+)?(?:\s+eht)?\s+(?:ta|ni|yb|gnisu|hguorht|aiv|nihtiw|no|morf|htiw)\b", re.IGNORECASE)

_GENERIC_WORDS = frozenset(
    ["the", "of", "at", "and", "for", "in", "on", "a", "an", "facility", "facilities", "core", "cores", "platform", "platforms", "unit", "units", "service", "services", "centre", "center", "centres", "centers", "laboratory", "laboratories", "lab", "labs", "shared", "resource", "resources", "university", "universite", "universidad", "institute", "institut", "department", "school", "faculty", "college"]
)


def _own_name(name: str, *, of: bool = False) -> str:
    """A unit's own name before where it sits: "the DNA Technologies Unit"
    of "the DNA Technologies Unit at the National Research Council"; with
    ``of``, also before "of" ("the Imaging Core of the X Institute")."""
    seps = r"at|in|within" + (r"|of" if of else "")
    return re.split(rf"\s+(?:{seps})\s+(?:the\s+)?(?=[A-Z])|,\s+|\s+\(", name.strip(), maxsplit=1)[0]


_COUNTED = re.compile(r"^\s*(?:(?:the|all|all\s+the|both)\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\w", re.IGNORECASE)


def distinctive(name: str) -> set[str]:
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
    want = distinctive(name)
    if not want:
        return bool(hay & {"facility", "facilities", "core", "platform"})
    return want <= hay






_FLOOR = re.compile(r"\((?:[^()]*\b(?:\d+(?:st|nd|rd|th)\s+floor|floor\s+\d+|level\s+\d+|room\s+[\w.\-]+|suite\s+\w+))[^()]*\)", re.IGNORECASE)
_STREET = re.compile(r"^\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’\-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Drive|Place|Square|Boulevard|Blvd)\b\.?")


def _without_people(sentence: str, start: int, end: int, people: list[Mention]) -> str:
    """The words between ``start`` and ``end`` with the other people named
    there, and the commas and "and" that list them, taken out: "A, B and C
    and the X Core" leaves " and the " after A."""
    gap = sentence[start:end]
    inner = sorted((m for m in people if start <= m.start and m.end <= end), key=lambda m: m.start, reverse=True)
    if not inner:
        return gap
    for m in inner:
        a, b = m.start - start, m.end - start
        gap = gap[:a] + "\x00" + gap[b:]
    # the listed names and their separators, up to the last one, go
    last = gap.rfind("\x00")
    if re.fullmatch(r"(?:\s*(?:,|and|&)?\s*(?:(?:Drs?|Mrs?|Ms|Prof)\.?\s+)?\x00)+", gap[: last + 1]):
        return gap[last + 1 :]
    return gap


def _technical_unit(aff: str, lex: AttributionLexicon) -> str | None:
    """The technical unit an affiliation names, if any: the comma-separated
    part holding a technical-affiliation phrase that is a facility or team
    (or a unit such as research computing)."""
    words = lex.words
    parts: list[str] = []
    academic_parts: set[int] = set()
    for whole in re.split(r"\s*[,;]\s*", aff):
        # an academic unit's name holds its field ("Department of Mathematics and Scientific Computing",
        # "Institute for Algorithms and Scientific Computing"), unless a unit sits in it
        am = words.academic_unit.search(whole)
        academic = bool(am) and not re.search(
            r"\b(?:facility|facilities|core|platform|services?|unit|workshop)\b", whole, re.IGNORECASE
        )
        if academic and am is not None and any(
            h.label == "technical_affiliations" and h.start < am.end() < h.end for h in lex.hits(whole)
        ):
            # "Center for Research Computing": the word that made it look like a research centre opens the
            # technical phrase that names it
            academic = False
        if academic and any(
            h.label == "technical_affiliations"
            and (
                re.search(r"\b(?:cent(?:er|re)|resources?|department|division)$", h.text, re.IGNORECASE)
                or len(h.text.split()) >= 3
            )
            for h in lex.hits(split_camel(whole))
        ):
            # "Laboratory Animal Research Center", "Institute of Laboratory Animal Science": the unit
            # is named by a technical phrase
            academic = False
        if not academic and (words.platform_head.search(whole) or words.service_unit_code.search(whole.strip())):
            return whole  # "Plateforme Imagerie Cellulaire", "INRAE, US 1426": a platform or a service unit
        if not academic and words.technique_unit.search(whole) and not words.research_unit_field.search(whole):
            return whole  # "Transgenic Service", "Centre for Electron Microscopy and Microanalysis"
        # (units joined by "&", each with its own head, are each what they are: "National Center for
        # Supercomputing Applications & Electrical and Computer Engineering Department"; not "Center for
        # Computation & Technology", one name)
        units = re.split(r"\s+&\s+(?=[A-Z])", whole)
        if len(units) < 2 or not all(any(fold(w) in words.org_heads for w in re.findall(r"[^\W\d_]+", u)) for u in units):
            units = [whole]
        for unit in units:
            unit_academic = academic and (len(units) == 1 or bool(words.academic_unit.search(unit)))
            for piece in re.split(r"\s+and\s+(?=[A-Z])", unit):
                if unit_academic:
                    academic_parts.add(len(parts))
                parts.append(piece)
    for k, part in enumerate(parts):
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        if _FLOOR.search(part) or _STREET.match(nxt):
            continue  # "Core Technology Facility (3rd Floor), 46 Grafton Street": a building in the address
        camel = split_camel(part)
        if k in academic_parts:
            continue
        # a word inside a hyphenated name is not the unit's kind: "C-CORE" is a company, not a core;
        # "Core Faculty" is a post
        hits = [
            h
            for h in lex.hits(camel)
            if not (h.label == "technical_affiliations" and h.start > 0 and camel[h.start - 1] in "-/")
            and not (h.text.lower() == "core" and re.match(r"\s+faculty\b", camel[h.end :], re.IGNORECASE))
        ]
        if not any(h.label == "technical_affiliations" for h in hits):
            continue
        if re.search(r"\b(?:facilities|technology|research)\s+council\b|\bcouncil\b|\bfoundation\b|\bagency\b|\bresearch\s+platform\s+(?:on|for|in)\b", part, re.IGNORECASE):
            continue  # "Science and Technology Facilities Council": a funder's name, not a facility
        tech = [h for h in hits if h.label == "technical_affiliations"]
        if k > 0 and (k - 1 in academic_parts or words.academic_unit.search(parts[k - 1])) and all(h.start == 0 and h.end >= len(camel.strip()) for h in tech):
            continue  # "Institute of Applied Mathematics, Scientific Computing": the field of a chair in the institute
        if all(re.fullmatch(r"research\s+services?", h.text, re.IGNORECASE) for h in tech) and re.search(r"\b(?!Technical\b|Core\b|Shared\b|Central\b)[A-Z][a-z]+\s+Research\s+Services?\b", part):
            continue  # "Agricultural Research Service": a research agency named by its field, not a service unit
        if all(re.fullmatch(r"research\s+services?", h.text, re.IGNORECASE) for h in tech) and words.clinical.search(aff):
            continue  # "Research Service, VA Medical Center": a hospital's office for research, beside its clinical services
        if all(h.text.lower() in lex.words.one_word_units and re.match(r"\s+(?:Laborator(?:y|ies)|Labs?|Groups?)\b", camel[h.end :]) for h in tech):
            continue  # "Astronomical Instrumentation Laboratory": a research group named by its field
        if all(re.match(r"\s+Research\s+(?:Units?|Groups?|Cent(?:re|er)s?|Laborator(?:y|ies)|Labs?|Institutes?)\b", camel[h.end :]) for h in tech):
            continue  # "Scientific Computing Research Unit": research in a technical field, not a service to others
        if lex.facility_kind(part) in ("facility", "team", "resource_centre"):
            return part
        if any(h.label == "technical_affiliations" and (len(h.text.split()) >= 2 or h.text.lower() in lex.words.one_word_units) for h in hits):
            return part
    for part in (p for whole in parts for p in re.split(r"\s+[-–|]\s+", whole)):
        if re.search(r"(?:^|\s|&)(?-i:IT)$", part.strip()):
            return part  # "Research IT", "Digital Transformation & IT": the information technology unit
        # "National Biomedical Resource for Advanced Electron Spin Resonance Spectroscopy": a resource for a technique
        rm = re.match(r"^(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}Resources?\s+(?:(?:Cent(?:er|re)|Facility|Laboratory)\s+)?for\s+(?P<field>.+)$", part.strip())
        if rm and (any(h.label in ("service_domains", "equipment_nouns") for h in lex.hits(rm.group("field"))) or re.search(r"(?:scopy|metry|graphy)\b", rm.group("field"))):
            return part
        # "National Center for Supercomputing Applications", "Center for High Performance Computing": a centre for
        # computing, a service (not "Centre for Computational Biology" or "Center for Computer Science": research;
        # a centre for a technique, "Centre for Proteomics", is as often a research centre)
        cm = re.match(r"^(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:Cent(?:er|re)|Facility)\s+for\s+(?P<field>(?:[A-Z][\w\-]*\s*){1,4})$", part.strip())
        if cm and any(h.label in ("service_domains", "facility_domains") and h.start == 0 and re.search(r"comput", h.text, re.IGNORECASE) for h in lex.hits(cm.group("field"))) and not (
            lex.words.research_unit_field.search(cm.group("field")) or lex.words.discipline_field.search(cm.group("field"))
        ):
            return part
        # "Centre for Electron Microscopy", "Center for Flow Cytometry": a centre for an instrument, named by it
        # and nothing after it (not "Centre for Microscopy Research" or "... of Membrane Proteins")
        if cm and re.search(r"(?:microscopy|microanalysis|cytometry|spectrometry)\s*$", cm.group("field"), re.IGNORECASE):
            return part
        # "Crystallography Service", "Sequencing Centre", "Functional Genomics Center Zurich (FGCZ)": a unit
        # named by the technical work it serves (not "Centre for Genomic Research": a research centre)
        m = _SERVICE_UNIT.match(part.strip())
        if m and m.group("rfield") and any(h.label in ("service_domains", "facility_domains") for h in lex.hits(m.group("rfield"))):
            return part
        if m and m.group("field") and any(h.label == "service_domains" for h in lex.hits(m.group(0))) and not lex.words.research_unit_field.search(m.group("field")) and not (
            re.search(r"\b(?:Centre|Center|Unit)\b", m.group(0)) and lex.words.discipline_field.search(m.group("field"))
        ):
            return part
    return None


_SERVICE_UNIT = re.compile(
    r"^(?:the\s+)?(?P<field>(?:[A-Z][\w\-]*\s+){1,3}?)(?:Technology\s+)?(?:Service|Services|Centre|Center|Unit|Hub)(?:\s+[A-Z][a-z]+)?(?:\s*\([A-Z]{2,8}\))?$"
    # the same named as French, Spanish, Portuguese and Italian name it: "Servicio de Microscopía Electrónica"
    r"|^(?:Servicio|Servei|Serviço|Servizio|Service|Unidad|Unidade|Unité|Unità|Núcleo|Plateforme|Plate-forme|Plataforma|Piattaforma)\s+"
    r"(?:de\s+(?:la\s+|los\s+|las\s+)?|d['’]\s*|di\s+|da\s+|do\s+|du\s+|des\s+|della\s+|dello\s+|del\s+)(?P<rfield>(?:[\w\-]+\s*){1,4}?)(?:\s*\([A-Z]{2,8}\))?$"
)


_SHARED_HEAD = re.compile(
    r"^(?P<det>(?:the|our)\s+)?(?P<names>(?:[A-Z][\w\-/&.]*\s+){0,3}?[A-Z][\w\-/&.]*(?:\s*,\s*(?:[A-Z][\w\-/&.]*\s+){0,3}?[A-Z][\w\-/&.]*)*\s*,?\s+(?:and|&)\s+(?:[A-Z][\w\-/&.]*\s+){0,3}?[A-Z][\w\-/&.]*)"
    # (with the words in lower case that say what the teams do: "the Keel and Tran engineering teams")
    r"\s+(?P<what>(?:[a-z][a-z\-]+\s+){0,2}?)(?P<head>teams|crews)$"
)
_SINGULAR = {"teams": "team", "crews": "crew"}
_SHARED_FACILITY_HEAD = re.compile(
    r"^(?P<det>(?:the|our)\s+)?(?P<names>(?:[A-Z][\w\-/&.]*\s+){0,3}?[A-Z][\w\-/&.]*(?:\s*,\s*(?:[A-Z][\w\-/&.]*\s+){0,3}?[A-Z][\w\-/&.]*)+\s*,?\s+(?:and|&)\s+(?:[A-Z][\w\-/&.]*\s+){0,3}?[A-Z][\w\-/&.]*)"
    r"\s+(?P<head>Cores|Facilities|Platforms|Units|Laboratories|Services|Centres|Centers)(?P<tail>\s+(?:of|at|in)\s+.+)?$"
)
_SINGULAR_FACILITY = {"cores": "Core", "facilities": "Facility", "platforms": "Platform", "units": "Unit", "laboratories": "Laboratory", "services": "Service", "centres": "Centre", "centers": "Center"}


_PLURAL_HEAD_ORG = re.compile(
    r"^(?:the\s+)?(?P<names>[A-Z][\w\-/&.]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w\-/&.]*){0,5})\s+"
    r"(?P<head>Cores|Facilities|Platforms|Units|Laboratories|Services|Centres|Centers)(?P<tail>\s+(?:of|at|in)\s+.+)?$"
)
_MODIFIER_ORG = re.compile(r"^(?:the\s+)?[A-Z][\w\-/&.]*(?:\s+[A-Z][\w\-/&.]*){0,3}(?:\s*,\s*[A-Z][\w\-/&.]*(?:\s+[A-Z][\w\-/&.]*){0,3})*$")


def _shared_head_run(mentions: list[Mention]) -> list[Mention]:
    """Units listed before a plural head they share, which the list reader
    cut into pieces ("the Animal, Cellular Imaging, Genomic Technologies and
    the Metabolomics Facilities at UNIL"): one mention again, so that each
    unit is named with the head and the place."""
    for k, last in enumerate(mentions):
        if last.kind != "org" or k == 0:
            continue
        m = _PLURAL_HEAD_ORG.match(last.text.strip())
        if not m:
            continue
        j = k
        while j > 0 and mentions[j - 1].kind == "org" and _MODIFIER_ORG.match(mentions[j - 1].text.strip()) and not _SINGLE_HEAD.search(mentions[j - 1].text):
            j -= 1
        if k - j < 2:
            continue  # two names before a plural head may be one unit's name ("Flow Cytometry and Imaging Core Facilities")
        mods = [re.sub(r"^the\s+", "", x.strip()) for mt in mentions[j:k] for x in mt.text.split(",") if x.strip()]
        tail = re.split(r"\s+and\s+(?=[A-Z])", m.group("tail") or "")[0]
        units = mods + re.split(r"\s+(?:and|&)\s+", m.group("names"))
        text = "the " + ", ".join(units[:-1]) + " and " + units[-1] + " " + m.group("head") + tail
        joined = replace(last, text=text, start=mentions[j].start)
        return mentions[:j] + [joined] + mentions[k + 1 :]
    return mentions


_SINGLE_HEAD = re.compile(r"\b(?:Core|Facility|Platform|Unit|Laboratory|Lab|Service|Centre|Center|Institute|University|Department)\b")


def _distribute(name: str) -> list[str]:
    """"IMG and GOLD teams" -> "IMG team", "GOLD team": teams and crews
    named together are each thanked (a facility's name, "the Flow Cytometry
    and Imaging Core Facilities", is kept as printed)."""
    fm = _SHARED_FACILITY_HEAD.match(name.strip())
    if fm:
        # "the Genomics, Proteomics and Imaging Cores of X": three cores of X (two, "the Flow Cytometry
        # and Imaging Core Facilities", may be one facility's name and are kept as printed)
        parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", fm.group("names")) if p.strip()]
        head = _SINGULAR_FACILITY[fm.group("head").lower()]
        return [f"{fm.group('det') or ''}{p} {head}{fm.group('tail') or ''}" for p in parts]
    m = _SHARED_HEAD.match(name.strip())
    if not m:
        return [name]
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", m.group("names")) if p.strip()]
    if len(parts) < 2:
        return [name]
    head = m.group("what") + _SINGULAR[m.group("head")]
    return [f"{m.group('det') or ''}{p} {head}" for p in parts]


def _plural_post(text: str) -> bool:
    """"our technical officers", "the laboratory technicians": a post named in the plural (not
    "curatorial staff": a body of staff is named by what it does, not by a post)."""
    return bool(re.search(r"[^s]s\s*$", text.strip(" ,;:"), re.IGNORECASE))


def _person_name(text: str) -> str:
    """A person's name as thanked, without a courtesy title and with its
    spacing made plain (a nickname blanked inside it leaves spaces)."""
    return " ".join(_TITLE.sub("", text).split())


def _clean_org(text: str) -> str:
    # "the X Core (https://...)", "(https://rc.example.edu, accessed on 4 May 2022)": the address is not the name
    t = re.sub(r"\s*\((?:see\s+)?(?:https?://|www\.)[^()]*\)", "", text).strip()
    t = re.sub(r"^(?:of|from|at|within)\s+(?=the\s|[A-Z])", "", t)  # "A, of the X Facility,": where they work
    # "the X imaging facility member of the France-BioImaging infrastructure": what it belongs to is not its name
    t = re.sub(r"(?<=\S)\s*,?\s+(?:a\s+|an\s+)?(?:member|part|node)\s+of\s+(?:the\s+)?\S.*$", "", t)
    if re.match(r"^the\s+other\b", t, re.IGNORECASE):
        t = re.sub(r"^(?:the\s+)?(?:other\s+)?", "", t, flags=re.IGNORECASE)
        t = re.sub(r"\s+staff$", "", t)
    t = re.sub(r"^(?:the\s+)?rest\s+of\s+", "", t, flags=re.IGNORECASE)  # "the rest of the X team": the X team
    return t.strip(" ,.;")
