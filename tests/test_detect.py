"""Technical-credit detection on acknowledgement texts the tests write."""

from __future__ import annotations

import pytest

from techcost import api
from techcost.detect import detect, split_sentences
from techcost.model import Author, Location, Manuscript, Section, TextBlock


@pytest.fixture(scope="module")
def lexicons():
    _, rs = api.load()
    return rs.lexicons


def paper(ack: str, authors: list[Author] | None = None) -> Manuscript:
    loc = Location(path="p.md", line=10)
    return Manuscript(
        path="p.md",
        format="markdown",
        authors=authors or [],
        sections=[Section(kind="acknowledgements", heading="Acknowledgements", location=loc, blocks=[TextBlock(text=ack, location=loc)])],
    )


def staff(m: Manuscript) -> list[tuple[str, str]]:
    return [(c.name, c.basis) for c in m.technical_contributors]


def facilities(m: Manuscript) -> list[str]:
    return [f.name for f in m.facilities if not f.named_staff or f.unnamed_staff]


def test_sentences_do_not_break_on_initials():
    s = split_sentences("We thank S. Sun and J. Querol Audi for help. Dr. Jones read the paper.")
    assert [t for _, t in s] == ["We thank S. Sun and J. Querol Audi for help.", "Dr. Jones read the paper."]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("We thank A. Smith and B. Jones for technical assistance.", [("A. Smith", "explicit"), ("B. Jones", "explicit")]),
        ("We thank Dr. María García-López for expert technical help.", [("María García-López", "explicit")]),
        ("We thank Pieter van der Berg for microscope maintenance.", [("Pieter van der Berg", "explicit")]),
        ("Excellent animal husbandry was provided by Tom Example and Ann Sample.", [("Tom Example", "explicit"), ("Ann Sample", "explicit")]),
        ("Jane Roe and Joe Bloggs assisted with cell sorting.", [("Jane Roe", "inferred"), ("Joe Bloggs", "inferred")]),
        ("We are grateful to Sam Lee at the Flow Cytometry Core Facility for advice on panels.", [("Sam Lee", "explicit")]),
        ("We thank K Smith for sample preparation, L Brown for comments on the manuscript and M Green for technical support.", [("K Smith", "inferred"), ("M Green", "explicit")]),
    ],
)
def test_named_technical_contributors(lexicons, text, expected):
    assert staff(detect(paper(text), lexicons)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We thank Jane Doe and John Roe for critical reading of the manuscript.",
        "We thank A. Smith for the gift of plasmids and B. Jones for helpful discussions.",
        "We thank the MAGNET Project for providing financial and technical support for quality improvement.",
        "We acknowledge computing time on the JURECA supercomputer granted through JARA-HPC.",
        "We thank the Smith laboratory and members of the Brown lab for comments.",
        "We thank Alison Howard for administrative help and the clinicians who recruited participants.",
        "Data collection was conducted at the SIBYLS beamline at the Advanced Light Source, a national user facility.",
        "We thank Brigham Young University for the use of their field station.",
    ],
)
def test_hard_negatives(lexicons, text):
    m = detect(paper(text), lexicons)
    assert staff(m) == [] and facilities(m) == []


def test_facility_thanked_without_names(lexicons):
    m = detect(paper("We thank the Keck Imaging Facility at the Whitehead Institute and the Genomics Core for sequencing."), lexicons)
    assert staff(m) == []
    assert facilities(m) == ["the Keck Imaging Facility at the Whitehead Institute", "the Genomics Core"]


def test_named_staff_and_the_other_facility_staff(lexicons):
    m = detect(paper("We thank Todd Example, Karen Sample and the other FlyCore staff for help with fly crosses."), lexicons)
    assert staff(m) == [("Todd Example", "explicit"), ("Karen Sample", "explicit")]
    fac = m.facilities[0]
    assert fac.name == "FlyCore" and fac.named_staff == ["Todd Example", "Karen Sample"] and fac.unnamed_staff


def test_team_with_technical_purpose(lexicons):
    m = detect(paper("We thank the staff of the Center for Emerging and Zoonotic Diseases for the technical assistance."), lexicons)
    assert facilities(m) == ["the staff of the Center for Emerging and Zoonotic Diseases"]


def test_acknowledged_author_is_flagged(lexicons):
    m = detect(paper("We thank Jo Tester for technical assistance.", [Author(name="Jo Tester")]), lexicons)
    assert m.technical_contributors[0].is_author


def test_technical_authors_from_affiliation_and_contribution(lexicons):
    authors = [
        Author(name="Ada Facility", affiliations=["Advanced Optical Microscopy Facility, Example University"]),
        Author(name="Head Person", affiliations=["Central Analytical Research Facility, Example University"], roles=["conceptualization", "supervision"]),
        Author(name="Bio Informatician", roles_as_written=["Provided bioinformatics support for sequencing data acquisition"]),
        Author(name="Plain Researcher", affiliations=["Department of Biology, Example University"]),
    ]
    m = detect(paper("We thank nobody.", authors), lexicons)
    assert [a.name for a in m.authors if a.technical] == ["Ada Facility", "Bio Informatician"]
    assert m.authors[0].technical_evidence.startswith("affiliation")


@pytest.mark.parametrize(
    "written",
    [
        "managed the European computational grid work for the simulations",
        "managed the data processing infrastructure used by the image pipeline",
        "ran the simulations on the national computing grid",
    ],
)
def test_running_the_computing_others_use_is_a_technical_contribution(lexicons, written):
    authors = [Author(name="Grid Keeper", roles_as_written=[written]), Author(name="Plain Researcher", roles_as_written=["analysed the simulations"])]
    m = detect(paper("We thank nobody.", authors), lexicons)
    assert [a.name for a in m.authors if a.technical] == ["Grid Keeper"]


def test_everyone_named_is_recorded(lexicons):
    m = detect(paper("We thank Jane Doe for comments and Joe Bloggs for technical support."), lexicons)
    assert [(p.name, p.category) for p in m.acknowledged_people] == [("Jane Doe", "other"), ("Joe Bloggs", "technical")]


@pytest.mark.parametrize(
    "text,people,facs",
    [
        ("We are grateful to the Wolfson Bioimaging Facility, University of Bristol, for help with confocal microscopy.", [],
         ["the Wolfson Bioimaging Facility, University of Bristol"]),
        ("The authors thank Dr J. Smith (Proteomics Facility, University of Bristol) for mass spectrometry analysis.", [("J. Smith", "explicit")], []),
        ("Sequencing was performed by the Edinburgh Genomics facility.", [], ["the Edinburgh Genomics facility"]),
        ("Mass spectrometry was carried out by Mr. Kevin Howland.", [("Kevin Howland", "inferred")], []),
        ("We thank the staff of the Biological Services Unit for animal care.", [], ["the staff of the Biological Services Unit"]),
        ("Technical support was provided by the IT Services team.", [], ["the IT Services team"]),
        ("We thank our technician, Mary Smith, for excellent support.", [("Mary Smith", "explicit")], []),
        ("Special thanks go to Hans Weber of the mechanical workshop for building the sample holder.", [("Hans Weber", "explicit")], []),
        ("We thank Dr Anna Kowalska and Dr Piotr Nowak (Imaging Core Facility, Nencki Institute) for assistance with two-photon imaging.",
         [("Anna Kowalska", "explicit"), ("Piotr Nowak", "explicit")], []),
        ("We thank the Bloomington Drosophila Stock Center for fly stocks.", [], ["the Bloomington Drosophila Stock Center"]),
        ("We thank M. Brown (University of Leeds) for statistical advice and Sarah Jones for help with the mouse colony.", [("Sarah Jones", "inferred")], []),
        ("This work made use of the facilities of the N8 Centre of Excellence in Computationally Intensive Research.", [], []),
    ],
)
def test_common_acknowledgement_forms(lexicons, text, people, facs):
    m = detect(paper(text), lexicons)
    assert staff(m) == people
    assert facilities(m) == facs
