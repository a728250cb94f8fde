"""CRediT (NISO Z39.104-2022) role normalisation, from role names and from
the free-text statements papers print ("A.B. performed the experiments")."""

from __future__ import annotations

import re

from .model.manuscript import CREDIT_ROLES


def _key(text: str) -> str:
    t = text.lower().replace("&", "and").replace("ise", "ize").replace("isation", "ization")
    t = re.sub(r"[^a-z]+", "-", t).strip("-")
    return t.replace("-and-", "-")


_CANON = {_key(name): slug for slug, name in CREDIT_ROLES.items()}
_CANON.update({slug: slug for slug in CREDIT_ROLES})
_CANON.update(
    {
        "writing-original-draft-preparation": "writing-original-draft",
        "writing-original": "writing-original-draft",
        "original-draft": "writing-original-draft",
        "writing-review-edit": "writing-review-editing",
        "writing-review": "writing-review-editing",
        "review-editing": "writing-review-editing",
        "writing-reviewing-editing": "writing-review-editing",
        # the short names some templates take for the two writing roles (apaquarto's "writing", "editing")
        "writing": "writing-original-draft",
        "editing": "writing-review-editing",
        "reviewing-editing": "writing-review-editing",
        "formal-analyses": "formal-analysis",
        "analysis": "formal-analysis",
        "data-analysis": "formal-analysis",
        "investigations": "investigation",
        "methodologies": "methodology",
        "project-admin": "project-administration",
        "visualisation": "visualization",
        "conceptualisation": "conceptualization",
        "funding": "funding-acquisition",
        "software-development": "software",
        "supervision-of-the-project": "supervision",
    }
)


def normalise_role(text: str) -> str | None:
    """A CRediT slug for a role name, or None."""
    k = _key(text)
    if k in _CANON:
        return _CANON[k]
    k2 = re.sub(r"-(lead|equal|supporting)$", "", k)
    return _CANON.get(k2)


# free-text contribution phrases -> CRediT slugs (eLife, PLoS, BMC styles)
_PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bconce(?:ived|ption|ptuali[sz]|ptual\s+(?:development|design|framework))", re.I), "conceptualization"),
    (re.compile(r"\bdesign(?:ed)?\b(?!.*\bsoftware\b)", re.I), "methodology"),
    (re.compile(r"\b(?:performed|carried out|conducted|did|ran)\b.*\b(?:experiments?|research|work|assays?|measurements?|fieldwork|surveys?)\b|\bacquisition of data\b|\bacquired (?:the )?data\b|\bcollected (?:the )?(?:data|samples)\b|\binvestigation\b|\bdata collection\b", re.I), "investigation"),
    (re.compile(r"\banaly[sz](?:ed|is|es)\b|\binterpret(?:ed|ation)\b|\bstatistic", re.I), "formal-analysis"),
    (re.compile(r"\b(?:contributed|provided)\b.*\b(?:reagents?|materials?|samples?|tools?|resources?|strains?|animals?|data)\b|\bunpublished essential data\b", re.I), "resources"),
    (re.compile(r"\b(?:wrote|developed|implemented|programmed|coded)\b.*\b(?:software|code|program|package|pipeline|scripts?|tool)\b|\bsoftware\b", re.I), "software"),
    (re.compile(r"\bsupervis", re.I), "supervision"),
    (re.compile(r"\bfunding\b|\bacquired (?:the )?(?:funding|grant)|\bobtained (?:the )?funding", re.I), "funding-acquisition"),
    (re.compile(r"\b(?:wrote|drafted|drafting|writing)\b.*\b(?:paper|manuscript|article|draft|report)\b|\bdrafting\b|\bwrote the (?:first|initial|original)\b", re.I), "writing-original-draft"),
    (re.compile(r"\b(?:revised|revising|revisions?\b|edited|reviewed|critical(?:ly)? revis)", re.I), "writing-review-editing"),
    (re.compile(r"\bcurat", re.I), "data-curation"),
    (re.compile(r"\bvisuali[sz]|\bprepared (?:the )?figures\b|\bmade (?:the )?figures\b", re.I), "visualization"),
    (re.compile(r"\bvalidat", re.I), "validation"),
    (re.compile(r"\bcoordinat|\bmanaged the project\b|\bproject administration\b", re.I), "project-administration"),
    (re.compile(r"\bmethod(?:s|ology)? develop|\bdeveloped (?:the )?(?:method|protocol|assay)", re.I), "methodology"),
]


def roles_from_text(text: str) -> list[str]:
    """CRediT slugs suggested by a free-text contribution statement."""
    out: list[str] = []
    direct = normalise_role(text)
    if direct:
        return [direct]
    for pat, slug in _PHRASES:
        if pat.search(text) and slug not in out:
            out.append(slug)
    return out
