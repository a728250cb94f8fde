"""One reader of contribution statements for every format."""

from __future__ import annotations

import pytest

from techcost.statements import is_empty_statement, normalise_orcid, read_statement, split_statement

NAMES = ["Ann Brown", "Carl D Evans", "Serena Nik-Zainal"]


def roles(text: str, names: list[str] = NAMES) -> dict[str, list[str]]:
    return {n: c.slugs for n, c in read_statement(names, [text]).items()}


def written(text: str, names: list[str] = NAMES) -> dict[str, list[str]]:
    return {n: c.written for n, c in read_statement(names, [text]).items()}


def test_passive_and_initials():
    assert written("Experiments were performed by AB and SN-Z.") == {
        "Ann Brown": ["Experiments were performed by AB and SN-Z"],
        "Serena Nik-Zainal": ["Experiments were performed by AB and SN-Z"],
    }
    assert roles("DNA was extracted by the core.") == {}


def test_elife_categories_after_initials():
    assert written("CDE, Conception and design, Drafting the article") == {"Carl D Evans": ["Conception and design", "Drafting the article"]}


@pytest.mark.parametrize(
    "text",
    [
        "Conceptualization, A.B. and C.D.E.; methodology, C.D.E.; software, S.N.-Z. All authors have read and agreed to the published version.",
        "Conceptualization: A.B., C.D.E.; Methodology: C.D.E.; Software: S.N.-Z.",
        "Conceptualization: Ann Brown, Carl D. Evans. Methodology: Carl D. Evans. Software: Serena Nik-Zainal.",
        "Ann Brown: Conceptualization. Carl D Evans: Conceptualization, Methodology. Serena Nik-Zainal: Software.",
        "- Ann Brown: Conceptualization\n- Carl D Evans: Conceptualization, Methodology\n- Serena Nik-Zainal: Software",
        "AB: conceptualization; CDE: conceptualization, methodology; SN-Z: software.",
        # each author's entry parted from the next by a bar (ASM), on one line or broken across lines
        "Ann Brown, Conceptualization | Carl D Evans, Conceptualization, Methodology | Serena Nik-Zainal, Software",
        "Ann Brown, Conceptualization | Carl D\nEvans, Conceptualization, Methodology\n| Serena Nik-Zainal, Software",
    ],
)
def test_the_same_roles_from_every_shape(text):
    assert roles(text) == {
        "Ann Brown": ["conceptualization"],
        "Carl D Evans": ["conceptualization", "methodology"],
        "Serena Nik-Zainal": ["software"],
    }


def test_one_role_after_a_full_name():
    assert roles("Alan Brown: Methodology.", ["Alan Brown", "Jo Lee"]) == {"Alan Brown": ["methodology"]}


def test_free_text_sentences():
    got = roles("Ann Brown and Carl D. Evans analyzed the data. Serena Nik-Zainal wrote the software.")
    assert got == {"Ann Brown": ["formal-analysis"], "Carl D Evans": ["formal-analysis"], "Serena Nik-Zainal": ["software"]}


def test_all_authors_and_equal_contribution():
    got = roles("AB conceived the study. AB and CDE contributed equally. All authors wrote the manuscript.")
    assert got["Ann Brown"] == ["conceptualization", "writing-original-draft"]
    assert got["Serena Nik-Zainal"] == ["writing-original-draft"]


def test_units_do_not_split_at_initials():
    assert split_statement("J.J.D. and A.B. performed the work. C.D. wrote it.") == ["J.J.D. and A.B. performed the work", "C.D. wrote it"]
    assert split_statement("Conceptualization: F.L., A.B. Methodology: A.B.") == ["Conceptualization: F.L., A.B", "Methodology: A.B"]


def test_shared_word_lists():
    assert normalise_orcid("https://orcid.org/0000-0002-1825-009X") == "0000-0002-1825-009X"
    assert is_empty_statement("None reported.") and is_empty_statement("N/A") and not is_empty_statement("We thank A.")


@pytest.mark.parametrize("text", ["Financial support: None reported.", "Funding: none", "Acknowledgements: Not applicable."])
def test_a_statement_that_only_labels_its_emptiness_is_empty(text):
    """An acknowledgement that says, after a label of its own, that there is
    nothing to say has no content."""
    assert is_empty_statement(text)


@pytest.mark.parametrize("text", ["Financial support: None reported. We thank Kim Park.", "We thank none other than Kim Park."])
def test_a_statement_with_more_than_its_label_is_not_empty(text):
    assert not is_empty_statement(text)


STATEMENT_ONE_A_SENTENCE = (
    "AB managed the computing grid work at the centre. CDE was a core member of the catalogue production team. "
    "SN-Z implemented the data transfer between the two sites."
)


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_a_statement_written_one_author_a_sentence_is_recognised(sep):
    from techcost.statements import is_initials_statement

    text = STATEMENT_ONE_A_SENTENCE.replace(". ", "." + sep)
    assert is_initials_statement(text, NAMES)
    assert written(text)["Serena Nik-Zainal"] == ["implemented the data transfer between the two sites"]


@pytest.mark.parametrize("last", [", and", " and", ", &"])
def test_a_statement_with_lists_of_initials_and_a_closing_for_all_authors(last):
    """Sentences led by a list of initials (with or without the comma before
    its last item) are each an author's part, and "All authors ..." closes
    the statement without counting against it."""
    from techcost.statements import is_initials_statement

    text = (
        f"AB was responsible for the sampling and drafting the manuscript. CDE completed the models. AB, CDE{last} SN-Z were "
        "involved with conceptual development and revisions. Funding was provided by SN-Z. All authors contributed to the final manuscript."
    )
    assert is_initials_statement(text, NAMES)
    got = roles(text)
    assert "conceptualization" in got["Serena Nik-Zainal"] and "writing-review-editing" in got["Carl D Evans"]


@pytest.mark.parametrize(
    "text",
    [
        "AB acknowledges support from the Example Trust. CDE thanks the Example Council. SN-Z is grateful to the Foundation.",
        "We thank the Imaging Core for help. AB designed the study. CDE ran the assays. SN-Z wrote the paper.",
        "AB, CDE and SN-Z designed the study.",
    ],
)
def test_thanks_by_initials_or_thanks_then_a_statement_are_not_one(text):
    from techcost.statements import is_initials_statement

    assert not is_initials_statement(text, NAMES)


def test_a_statement_among_the_acknowledgements_gives_roles_and_no_thanks(tmp_path):
    from typer.testing import CliRunner

    from techcost.cli import app

    p = tmp_path / "paper.md"
    p.write_text(
        "---\ntitle: T\nauthor:\n  - Ann Brown\n  - Carl D Evans\n  - Serena Nik-Zainal\n---\n\n## Introduction\n\nText.\n\n"
        "## Acknowledgements\n\nAB acknowledges support from the Example Trust.\n\n" + STATEMENT_ONE_A_SENTENCE + "\n",
        encoding="utf-8",
    )
    import json

    res = CliRunner().invoke(app, ["inspect", str(p), "--format", "json"])
    m = json.loads(res.stdout)["manuscript"]
    assert [a["roles_as_written"] for a in m["authors"]][2] == ["implemented the data transfer between the two sites"]
    assert not m["facilities"]  # "a core member of the catalogue production team" is no team thanked


def test_a_statement_one_author_a_sentence_in_latex_acknowledgements(tmp_path):
    """The layout it was found in: LaTeX lines parted by comment lines, after the funding sentences."""
    import json

    from typer.testing import CliRunner

    from techcost.cli import app

    p = tmp_path / "main.tex"
    p.write_text(
        "\\documentclass{article}\n\\title{T}\n\\author{Ann Brown \\and Carl D Evans \\and Serena Nik-Zainal}\n"
        "\\begin{document}\n\\maketitle\n\\section{Introduction}\nText.\n\\section*{Acknowledgments}\n"
        "AB acknowledges support from the Example Trust.\n\n% Contribution statements\n"
        + ".\n%\n".join(STATEMENT_ONE_A_SENTENCE.split(". ")) + "\n\\end{document}\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(app, ["inspect", str(p), "--format", "json"])
    m = json.loads(res.stdout)["manuscript"]
    assert {a["name"]: a["roles_as_written"] for a in m["authors"]}["Serena Nik-Zainal"] == ["implemented the data transfer between the two sites"]
    assert not m["facilities"]


def test_a_role_held_by_many_authors_written_in_full():
    """A role held by a dozen authors with long names ("Investigation:
    Lívia Sacchetto, Natalia Ingrid Oliveira Silva, ...") is still a role
    and who held it, however long the list."""
    team = [
        "Lívia Sacchetto", "Natalia Ingrid Oliveira Silva", "Izabela Maurício de Rezende", "Matheus Soares Arruda",
        "Thais Alkifeles Costa", "Érica Munhoz de Mello", "Gabriela Fernanda Garcia Oliveira", "Pedro Augusto Alves",
        "Vítor Emídio de Mendonça", "Rodolfo German Antonelli Vidal Stumpp", "Alaine Izabela Alves Prado", "Betânia Paiva Drumond",
    ]  # fmt: skip
    text = f"Investigation: {', '.join(team)}.\nSupervision: Betânia Paiva Drumond."
    got = roles(text, team)
    assert all(got[n] == ["investigation"] for n in team[:-1])
    assert got[team[-1]] == ["investigation", "supervision"]


@pytest.mark.parametrize("written", ["Azfar-e-Alam Siddiqi", "Azfar-e Alam Siddiqi", "Azfar e Alam Siddiqi"])
def test_a_hyphen_and_a_space_in_a_name_are_one(written):
    """The front page and the statement may join a name's parts
    differently ("Azfar-e Alam Siddiqi" and "Azfar-e-Alam Siddiqi"); the
    author is the same, and so is everyone else in the list."""
    team = ["Taraz Samandari", "Azfar-e Alam Siddiqi", "Jean-Pierre Dupont"]
    got = roles(f"Conceptualization: Taraz Samandari, {written}. Methodology: Jean Pierre Dupont.", team)
    assert got == {"Taraz Samandari": ["conceptualization"], "Azfar-e Alam Siddiqi": ["conceptualization"], "Jean-Pierre Dupont": ["methodology"]}


def test_an_initial_glued_to_the_given_name():
    """A PDF's text may lose the space before a middle initial ("JoséE.
    Becerra"): in a statement it is still the author, and the full stop
    after the initial ends no sentence."""
    team = ["José E. Becerra", "Kenneth G. Castro"]
    got = roles("Conceptualization: JoséE. Becerra, Kenneth G. Castro.\nSoftware: JoséE. Becerra.", team)
    assert got == {"José E. Becerra": ["conceptualization", "software"], "Kenneth G. Castro": ["conceptualization"]}


def test_the_last_role_after_the_lists_comma_and_and():
    got = roles("Ann Brown: conceptualization, investigation, and writing – original draft. Carl D Evans: formal analysis, software, and writing – review & editing.")
    assert got == {"Ann Brown": ["conceptualization", "investigation", "writing-original-draft"], "Carl D Evans": ["formal-analysis", "software", "writing-review-editing"]}


def test_the_short_names_of_the_writing_roles():
    assert roles("Ann Brown: writing. Carl D Evans: editing.") == {"Ann Brown": ["writing-original-draft"], "Carl D Evans": ["writing-review-editing"]}


def test_a_name_that_opens_with_initials_after_a_semicolon():
    names = ["Ann Brown", "S.H. Annabel Chen"]
    got = roles("Ann Brown: Conceptualization, Software; S.H. Annabel Chen: Project administration, Supervision", names)
    assert got == {"Ann Brown": ["conceptualization", "software"], "S.H. Annabel Chen": ["project-administration", "supervision"]}


@pytest.mark.parametrize("fmt", ["markdown", "latex", "docx"])
def test_roles_stated_in_crediT_terms_inside_an_author_note(tmp_path, fmt):
    """APA manuscripts state the roles in the author note, after a sentence
    saying CRediT classifies them: that is the contribution statement."""
    from techcost import api

    note = (
        "The authors declare no conflicts of interest. Ann Brown and Carl D Evans contributed equally to this manuscript. "
        "Author roles were classified using the Contributor Role Taxonomy (CRediT; https://credit.niso.org/): "
        "Ann Brown: conceptualization, investigation, and writing – original draft. Carl D Evans: formal analysis and software."
    )
    if fmt == "markdown":
        p = tmp_path / "p.md"
        p.write_text(f"---\ntitle: A study\nauthor:\n  - Ann Brown\n  - Carl D Evans\n---\n\n# Author Note\n\n{note}\n\n# Methods\n\nText.\n", encoding="utf-8")
    elif fmt == "latex":
        p = tmp_path / "p.tex"
        tex_note = note.replace("&", "\\&")
        p.write_text(f"\\documentclass{{article}}\n\\title{{A study}}\n\\author{{Ann Brown \\and Carl D Evans}}\n\\begin{{document}}\n\\maketitle\n\\section*{{Author Note}}\n{tex_note}\n\\section{{Methods}} Text.\n\\end{{document}}\n", encoding="utf-8")
    else:
        import docx

        d = docx.Document()
        d.add_heading("A study", 0)
        d.add_paragraph("Ann Brown and Carl D Evans")
        d.add_heading("Author Note", 1)
        d.add_paragraph(note)
        d.add_heading("Methods", 1)
        d.add_paragraph("Text.")
        p = tmp_path / "p.docx"
        d.save(str(p))
    _, rs = api.load()
    m = api.parse_one(p, rs).model
    assert m.contribution_statement_present, fmt
    assert {a.name: a.roles for a in m.authors} == {"Ann Brown": ["conceptualization", "investigation", "writing-original-draft"], "Carl D Evans": ["formal-analysis", "software"]}, fmt
