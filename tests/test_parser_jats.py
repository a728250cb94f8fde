"""The JATS XML parser: real articles from several publishers, small
hand-written documents, and hostile XML."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from techcost.cli import app
from techcost.errors import InputFileError, LimitExceeded, NotUnderstood
from techcost.model import Manuscript
from techcost.parsers.jats import parse

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "manuscripts" / "jats" / "credit-roles.xml"
runner = CliRunner()


def read(path: Path, display: str | None = None) -> Manuscript:
    return parse(path, display_path=display or path.name, lexicons={})


def jats(tmp_path: Path, body: str, *, name: str = "paper.xml", prolog: str = "") -> Path:
    """Write a small JATS article; ``body`` is what goes inside <article>."""
    p = tmp_path / name
    p.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}<article xmlns:xlink="http://www.w3.org/1999/xlink">{body}</article>', encoding="utf-8")
    return p


def front(contribs: str, notes: str = "") -> str:
    return f"<front><article-meta><contrib-group>{contribs}</contrib-group>{notes}</article-meta></front>"


def person(surname: str, given: str, extra: str = "") -> str:
    return f'<contrib contrib-type="author"><name><surname>{surname}</surname><given-names>{given}</given-names></name>{extra}</contrib>'


def by_name(m: Manuscript) -> dict:
    return {a.name: a for a in m.authors}


# --------------------------------------------------------------------------- real articles


@pytest.fixture(scope="module")
def jats_dir(corpus: Path) -> Path:
    return corpus / "manuscripts" / "jats"


def test_character_references_are_decoded(jats_dir):
    m = read(jats_dir / "elife06726.xml")
    ack = m.sections_of("acknowledgements")[0]
    assert "Reinhild Bußmann" in ack.text and "Katja Müller" in ack.text
    assert "&#x" not in ack.text
    assert [a.name for a in m.authors][:2] == ["Christian SM Helker", "Annika Schuermann"]


def test_group_authors_are_kept_apart_from_people(jats_dir):
    m = read(jats_dir / "elife02935.xml")
    names = [a.name for a in m.authors]
    assert m.collaborations == ["ICGC Breast Cancer Group", "ICGC Chronic Myeloid Disorders Group", "ICGC Prostate Cancer Group"]
    assert not any("ICGC" in n for n in names)
    assert len(names) == 50  # group members ("author non-byline") are not byline authors
    butler = by_name(m)["Adam P Butler"]
    assert butler.roles_as_written == ["Provided bioinformatics support for sequencing data acquisition"]
    assert butler.affiliations == ["Cancer Genome Project, Wellcome Trust Sanger Institute, Hinxton, United Kingdom"]


def test_orcid_email_and_corresponding_author(jats_dir):
    m = read(jats_dir / "elife-14093-v1.xml")
    a = by_name(m)["Teva Vernoux"]
    assert a.orcid == "0000-0002-8257-4088"
    assert a.corresponding and a.email == "teva.vernoux@ens-lyon.fr"
    assert by_name(m)["Christophe Godin"].email == "Christophe.Godin@inria.fr"


def test_elife_per_author_contributions_become_roles(jats_dir):
    m = read(jats_dir / "elife-02833-v2.xml")
    hd = by_name(m)["Heber Domingues"]
    assert hd.roles_as_written == ["Conception and design", "Acquisition of data"]
    assert "conceptualization" in hd.roles and "investigation" in hd.roles
    contrib = m.sections_of("author_contributions")
    assert len(contrib) == 1 and len(contrib[0].blocks) == 7
    assert all(b.kind == "footnote" for b in contrib[0].blocks)
    assert m.contribution_statement_text and m.contribution_statement_text.startswith("SKB, Conception and design")
    # "These authors contributed equally" is not a contribution statement
    assert "contributed equally" not in m.contribution_statement_text


def test_plos_statement_links_initials_to_authors(jats_dir):
    m = read(jats_dir / "pntd.0002065.nxml")
    a = by_name(m)
    assert a["Janusz T. Paweska"].roles_as_written[0] == "Performed the experiments"
    assert "investigation" in a["Janusz T. Paweska"].roles
    assert a["Victor P. M. G. Rutten"].roles_as_written == ["Analyzed the data", "Revised the paper"]
    assert a["José Fafetine"].roles_as_written[-1] == "Wrote the paper"


def test_bmc_sections_in_body_and_back(jats_dir):
    m = read(jats_dir / "1471-2180-11-174.nxml")
    contrib = m.sections_of("author_contributions")
    assert contrib and contrib[0].heading == "Authors' contributions"
    assert "supervision" in by_name(m)["Ing-Nang Wang"].roles  # INW, a hyphenated given name
    ack = m.sections_of("acknowledgements")
    assert ack and "Kuangnan Xiong for technical assistance" in ack[0].text
    assert ack[0].location.xpath == "/article/back/sec"


def test_untitled_back_footnote_is_the_acknowledgement(jats_dir):
    m = read(jats_dir / "ehp-116-1694.nxml")
    assert m.acknowledgements_present
    ack = m.sections_of("acknowledgements")[0]
    assert "for methodologic assistance" in ack.text and ack.heading is None
    assert "Supplemental Material" not in ack.text
    assert not m.contribution_statement_present
    assert by_name(m)["Sean C. Lema"].email == "lemas@uncw.edu"


def test_job_titles_in_role_are_not_contributions(jats_dir):
    m = read(jats_dir / "elife00351.xml")  # a book review: "<role>Chair of Patients Know Best</role>"
    assert [a.name for a in m.authors] == ["Richard Smith"]
    assert not m.authors[0].roles and not m.authors[0].roles_as_written
    assert not m.contribution_statement_present and not m.acknowledgements_present


def test_sections_levels_kinds_and_figure_legends(jats_dir):
    m = read(jats_dir / "elife-02833-v2.xml")
    kinds = [s.kind for s in m.sections]
    assert m.sections[0].heading == "Abstract" and m.sections[0].kind == "other"
    methods = [s for s in m.sections if s.kind == "methods"]
    assert methods[0].level == 1 and any(s.level == 2 for s in methods)  # subsections inherit methods
    assert kinds.count("figure_legends") == 1
    legends = m.sections_of("figure_legends")[0]
    assert legends.heading == "Figure legends" and all(b.kind == "caption" for b in legends.blocks)
    assert legends.blocks[0].text.startswith("Figure 1.")
    assert not any("DOI:" in b.text for b in legends.blocks)
    # a section's blocks are its own paragraphs, not those of its subsections
    top = next(s for s in m.sections if s.heading == "Materials and methods")
    assert top.level == 1 and not top.blocks
    for sec in m.sections:
        if sec.kind != "figure_legends" and sec.location.xpath.startswith("/article/body/sec"):
            for b in sec.blocks:
                rest = b.location.xpath[len(sec.location.xpath) :]
                assert b.location.xpath.startswith(sec.location.xpath) and "/sec" not in rest


def test_locations_are_real_xpaths(jats_dir):
    path = jats_dir / "elife04493.xml"
    m = read(path)
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    ack = m.sections_of("acknowledgements")[0]
    block = ack.blocks[0]
    assert block.location.xpath == "/article/back/ack/p" and block.location.section == "Acknowledgements"
    el = tree.xpath(block.location.xpath)[0]
    assert "".join(el.itertext()).split()[:3] == block.text.split()[:3]
    for a in m.authors:
        assert tree.xpath(a.location.xpath)[0].tag == "contrib"


def test_corpus_files_are_never_modified(jats_dir, corpus):
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    docs = [d for d in labels["documents"] if d["format"] == "jats"]
    assert len(docs) >= 19
    for d in docs:
        p = corpus / d["local_path"]
        before = p.stat().st_mtime_ns
        read(p)
        assert hashlib.sha256(p.read_bytes()).hexdigest() == d["sha256"]
        assert p.stat().st_mtime_ns == before


def test_accuracy_on_jats_stays_above_the_floors(corpus):
    from techcost.evaluation.manuscripts import evaluate

    s = evaluate(corpus / "labels.json", formats=("jats",))["summary"]["jats"]
    assert s["errors"] == 0
    assert s["authors"]["f1"] >= 0.97
    assert s["acknowledgements_present"]["accuracy"] >= 0.97
    assert s["contribution_statement_present"]["accuracy"] >= 0.97


def test_parsing_is_fast(jats_dir):
    files = sorted(jats_dir.iterdir())
    for f in files:
        read(f)
    t0 = time.perf_counter()
    for f in files:
        read(f)
    per_paper = (time.perf_counter() - t0) / len(files)
    # measured about 8 ms per paper; the bound leaves room for a loaded machine
    assert per_paper < 0.06, f"{per_paper * 1000:.1f} ms per paper"


# --------------------------------------------------------------------------- small documents


def test_credit_roles_orcid_affiliations_from_fixture():
    m = read(FIXTURE)
    a = by_name(m)
    r = a["Reinhild Bußmann"]
    assert r.orcid == "0000-0002-1219-0310" and r.corresponding and r.email == "r.bussmann@example.org"
    assert r.roles == ["investigation", "data-curation"]
    assert r.roles_as_written == ["Investigation", "Data curation"]  # "Laboratory manager" is a job title
    assert r.affiliations == ["Imaging Core, Example University, Germany"]
    ok = a["Chidi A. Okafor Jr"]
    assert (ok.given, ok.family) == ("Chidi A.", "Okafor")
    assert ok.roles == ["writing-original-draft", "supervision"]
    assert ok.affiliations == ["Imaging Core, Example University, Germany", "Institute of Examples"]
    assert a["Wang Li"].affiliations == ["Advanced Light Microscopy Facility, Germany"]  # eastern order, aff inside contrib
    assert m.collaborations == ["The Example Imaging Consortium", "Shared Instruments Network"]
    assert len(m.authors) == 3
    assert m.title == "Imaging in vivo with a shared microscope"
    assert m.funding[0].funder == "Example Research Council" and m.funding[0].award_ids == ["ERC-123"]
    assert m.sections_of("funding")[0].text == "Funded by the Example Research Council (ERC-123)."
    assert m.sections_of("other")[0].text == "We describe a method."  # &nbsp; without a DTD
    assert [s.level for s in m.sections_of("methods")] == [1, 2]


def test_role_vocabulary_term_and_uri_alone(tmp_path):
    roles = (
        '<role vocab="credit" vocab-term-identifier="https://credit.niso.org/contributor-roles/formal-analysis/">analysing things</role>'
        '<role content-type="http://credit.casrai.org/contributor-roles/software/">code</role>'
        '<role vocab="credit" vocab-term="Visualization"/>'
        "<role>Conceptualisation</role><role>Reviewing editor</role>"
    )
    m = read(jats(tmp_path, front(person("Cole", "Ann B", roles))))
    a = m.authors[0]
    assert a.roles == ["formal-analysis", "software", "visualization", "conceptualization"]
    assert "Reviewing editor" not in a.roles_as_written
    assert m.contribution_statement_present


def test_string_name_prefix_and_given_only(tmp_path):
    contribs = (
        '<contrib contrib-type="author"><string-name><given-names>Maria</given-names> <surname>da Silva</surname></string-name></contrib>'
        '<contrib contrib-type="author"><name><prefix>Dr</prefix><surname>Ode</surname><given-names>Tom</given-names></name></contrib>'
        '<contrib contrib-type="author"><name name-style="given-only"><given-names>Sukarno</given-names></name></contrib>'
        '<contrib contrib-type="author"><string-name>Lee, J.</string-name></contrib>'
        '<contrib contrib-type="editor"><name><surname>Ed</surname><given-names>Itor</given-names></name></contrib>'
        '<contrib contrib-type="author"><anonymous/></contrib>'
    )
    m = read(jats(tmp_path, front(contribs)))
    assert [a.name for a in m.authors] == ["Maria da Silva", "Tom Ode", "Sukarno", "Lee, J."]


def test_unreferenced_affiliation_applies_to_every_author(tmp_path):
    contribs = person("Cole", "Ann") + person("Diaz", "Ben") + "<aff><label>a</label>Sequencing Facility, Example Institute</aff>"
    m = read(jats(tmp_path, front(contribs)))
    assert [a.affiliations for a in m.authors] == [["Sequencing Facility, Example Institute"]] * 2


def test_free_text_statement_linked_by_initials(tmp_path):
    notes = (
        '<author-notes><fn fn-type="con"><p>These authors contributed equally to this work.</p></fn>'
        '<fn fn-type="con"><p>Conceived and designed the experiments: ABC DE. Performed the experiments: FvG. '
        "Wrote the paper: ABC.</p></fn></author-notes>"
    )
    contribs = person("Cole", "Ann B") + person("Evans", "Dan") + person("van Gils", "Fay")
    m = read(jats(tmp_path, front(contribs, notes)))
    a = by_name(m)
    assert a["Ann B Cole"].roles_as_written == ["Conceived and designed the experiments", "Wrote the paper"]
    assert a["Ann B Cole"].roles == ["conceptualization", "methodology", "writing-original-draft"]
    assert a["Dan Evans"].roles_as_written == ["Conceived and designed the experiments"]
    assert a["Fay van Gils"].roles == ["investigation"]
    assert "contributed equally" not in (m.contribution_statement_text or "")


def test_authors_contributions_section_with_sentences(tmp_path):
    body = (
        front(person("Dennehy", "John J") + person("Wang", "Ing-Nang"))
        + "<body><sec><title>Authors' contributions</title><p>J.J.D. performed the experiments and analysed the data. "
        "INW supervised the work. Both authors read and approved the final manuscript.</p></sec></body>"
    )
    m = read(jats(tmp_path, body))
    a = by_name(m)
    assert a["John J Dennehy"].roles_as_written == ["performed the experiments and analysed the data"]
    assert a["Ing-Nang Wang"].roles == ["supervision"]
    assert m.contribution_statement_present


def test_collaborations_and_on_behalf_of(tmp_path):
    contribs = (
        person("Cole", "Ann")
        + '<contrib contrib-type="author"><collab>Imaging Platform Team<contrib-group><contrib contrib-type="author">'
        "<name><surname>Member</surname><given-names>Group</given-names></name></contrib></contrib-group></collab></contrib>"
        '<contrib contrib-type="author non-byline"><name><surname>Other</surname><given-names>Member</given-names></name></contrib>'
        "<on-behalf-of>for the PROBE Study Group</on-behalf-of>"
    )
    m = read(jats(tmp_path, front(contribs)))
    assert [a.name for a in m.authors] == ["Ann Cole"]
    assert m.collaborations == ["Imaging Platform Team", "PROBE Study Group"]


def test_untitled_back_footnotes_sorted_by_what_they_say(tmp_path):
    body = front(person("Cole", "Ann")) + (
        "<back><fn-group><fn><p>Supplemental Material is available online.</p></fn>"
        "<fn><p>We thank J. Smith for technical assistance.</p></fn>"
        "<fn><p>This study was supported by the Example Foundation.</p></fn>"
        '<fn fn-type="conflict"><p>The authors declare no competing interests.</p></fn></fn-group></back>'
    )
    m = read(jats(tmp_path, body))
    ack = m.sections_of("acknowledgements")
    assert len(ack) == 1 and [b.text for b in ack[0].blocks] == [
        "We thank J. Smith for technical assistance.",
        "This study was supported by the Example Foundation.",
    ]
    assert ack[0].blocks[0].location.xpath == "/article/back/fn-group/fn[2]"
    assert m.acknowledgements_present and not m.contribution_statement_present


def test_ack_subsections_that_are_something_else_stand_apart(tmp_path):
    body = front(person("Cole", "Ann")) + (
        "<back><ack><title>Acknowledgements</title><p>We thank the Proteomics Core.</p>"
        "<sec><title>Funding</title><p>Funded by the Example Trust.</p></sec>"
        "<sec><title>Author contributions</title><p>AC did everything.</p></sec></ack>"
        "<fn-group><fn><p>The authors declare no competing financial interests and acknowledge none.</p></fn></fn-group>"
        "</back>"
    )
    m = read(jats(tmp_path, body))
    assert [(s.kind, s.level) for s in m.sections if s.kind != "other"] == [
        ("acknowledgements", 1),
        ("funding", 2),
        ("author_contributions", 2),
    ]
    assert m.sections_of("acknowledgements")[0].text == "We thank the Proteomics Core."
    assert m.authors[0].roles_as_written == ["did everything"]


def test_corresponding_email_by_initials(tmp_path):
    contribs = (
        '<contrib contrib-type="author" corresp="yes"><name><surname>Cole</surname><given-names>Ann</given-names></name></contrib>'
        '<contrib contrib-type="author" corresp="yes"><name><surname>Wang</surname><given-names>Ing-Nang</given-names></name></contrib>'
    )
    notes = "<author-notes><corresp>For correspondence: <email>ac@example.org</email> (AC); <email>inw@example.org</email> (INW)</corresp></author-notes>"
    m = read(jats(tmp_path, front(contribs, notes)))
    assert [a.email for a in m.authors] == ["ac@example.org", "inw@example.org"]


def test_empty_acknowledgement_is_not_present(tmp_path):
    m = read(jats(tmp_path, front(person("Cole", "Ann")) + "<back><ack><title>Acknowledgements</title><p>None reported.</p></ack></back>"))
    assert m.sections_of("acknowledgements") and not m.acknowledgements_present


def test_undefined_named_entities_do_not_crash(tmp_path):
    doc = front(person("M&uuml;ller", "J&ouml;rg")) + "<body><p>A&nbsp;B &ndash; C &madeup; D &amp; E &#x00df;</p></body>"
    m = read(jats(tmp_path, doc))
    assert m.authors[0].name == "Jörg Müller"
    assert m.sections[0].text == "A B – C &madeup; D & E ß"


def test_utf16_document(tmp_path):
    p = tmp_path / "u16.xml"
    text = '<?xml version="1.0" encoding="UTF-16"?><article>' + front(person("Bußmann", "Reinhild")) + "</article>"
    p.write_bytes(text.encode("utf-16"))
    assert read(p).authors[0].name == "Reinhild Bußmann"


def test_namespaced_article_is_read_by_local_name(tmp_path):
    p = tmp_path / "ns.xml"
    p.write_text('<j:article xmlns:j="http://jats.nlm.nih.gov/ns/archiving/1.3/">' + front(person("Cole", "Ann")).replace("<", "<j:").replace("<j:/", "</j:") + "</j:article>")
    assert [a.name for a in read(p).authors] == ["Ann Cole"]


# --------------------------------------------------------------------------- bad and hostile input


def test_malformed_xml_is_a_one_line_input_error(tmp_path):
    p = tmp_path / "bad.xml"
    p.write_text("<article><front>\n<p>oops</front></article>")
    with pytest.raises(InputFileError) as exc:
        read(p)
    msg = str(exc.value)
    assert msg.startswith("is not well-formed XML (line 2: mismatched tag") and "\n" not in msg
    assert exc.value.code == "SYS001"


def test_xml_that_is_not_jats_is_not_understood(tmp_path):
    p = tmp_path / "pic.xml"
    p.write_text('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>')
    with pytest.raises(NotUnderstood, match="not a JATS article"):
        read(p)
    p.write_text("<article><body><p>no front matter</p></body></article>")
    with pytest.raises(NotUnderstood):
        read(p)


def test_cli_batch_goes_on_after_malformed_xml(chdir_tmp):
    bad = chdir_tmp / "broken.xml"
    bad.write_text('<?xml version="1.0"?>\n<article><front>\n<p>unclosed</front></article>')
    good = chdir_tmp / "good.xml"
    good.write_bytes(FIXTURE.read_bytes())
    r = runner.invoke(app, ["check", str(bad), str(good)])
    assert r.exit_code == 2
    lines = [ln for ln in r.output.splitlines() if "SYS001" in ln]
    assert len(lines) == 1 and "is not well-formed XML (line 3: mismatched tag" in lines[0]
    assert "Traceback" not in r.output
    r = runner.invoke(app, ["check", str(bad), str(good), "--format", "json"])
    data = json.loads(r.stdout)
    status = {Path(i["path"]).name: i["status"] for i in data["inputs"]}
    assert status == {"broken.xml": "error", "good.xml": "ok"}
    err = next(i["error"] for i in data["inputs"] if i["status"] == "error")
    assert err["code"] == "SYS001" and "\n" not in err["message"]


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE article [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n<article><front/><body><p>&lol9;</p></body></article>"
)


def test_billion_laughs_is_refused_without_expansion(tmp_path):
    p = tmp_path / "lol.xml"
    p.write_text(BILLION_LAUGHS)
    t0 = time.perf_counter()
    with pytest.raises(InputFileError, match="declares XML entities; techcost never expands them"):
        read(p)
    assert time.perf_counter() - t0 < 1


@pytest.fixture()
def secret(tmp_path: Path) -> Path:
    s = tmp_path / "secret.txt"
    s.write_text("TOPSECRET-MARKER")
    (tmp_path / "evil.dtd").write_text('<!ENTITY secret "TOPSECRET-MARKER">')
    return s


def test_external_entity_is_refused(tmp_path, secret):
    prolog = f'<!DOCTYPE article [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
    p = jats(tmp_path, front(person("Cole", "Ann")) + "<body><p>&xxe;</p></body>", prolog=prolog)
    with pytest.raises(InputFileError, match="declares XML entities"):
        read(p)


def test_parameter_entity_behind_a_comment_is_refused(tmp_path, secret):
    prolog = f'<!-- <article> --><!DOCTYPE article [<!ENTITY % p SYSTEM "{(tmp_path / "evil.dtd").as_uri()}"> %p;]>\n'
    p = jats(tmp_path, front(person("Cole", "Ann")) + "<body><p>&secret;</p></body>", prolog=prolog)
    with pytest.raises(InputFileError, match="declares XML entities"):
        read(p)


def test_external_dtd_is_never_loaded(tmp_path, secret):
    prolog = f'<!DOCTYPE article SYSTEM "{(tmp_path / "evil.dtd").as_uri()}">\n'
    p = jats(tmp_path, front(person("Cole", "Ann")) + "<body><p>Thanks &secret; there</p></body>", prolog=prolog)
    m = read(p)
    dump = m.model_dump_json()
    assert "TOPSECRET" not in dump
    assert m.sections[0].text == "Thanks &secret; there"


def test_network_dtd_is_never_fetched(tmp_path):
    prolog = '<!DOCTYPE article PUBLIC "-//x//EN" "http://127.0.0.1:9/never.dtd">\n'
    p = jats(tmp_path, front(person("Cole", "Ann")), prolog=prolog)
    assert [a.name for a in read(p).authors] == ["Ann Cole"]


def test_deep_nesting_is_refused(tmp_path):
    p = tmp_path / "deep.xml"
    p.write_text("<article><front/><body>" + "<sec>" * 5000 + "</sec>" * 5000 + "</body></article>")
    with pytest.raises(LimitExceeded, match="deep"):
        read(p)


def test_hostile_inputs_through_the_cli_are_one_line_errors(chdir_tmp):
    (chdir_tmp / "lol.xml").write_text(BILLION_LAUGHS)
    (chdir_tmp / "deep.xml").write_text("<article>" + "<p>" * 3000 + "</p>" * 3000 + "</article>")
    r = runner.invoke(app, ["check", "lol.xml", "deep.xml", "--format", "json"])
    assert r.exit_code == 2
    codes = {Path(i["path"]).name: i["error"]["code"] for i in json.loads(r.stdout)["inputs"]}
    assert codes == {"lol.xml": "SYS001", "deep.xml": "SYS010"}


def test_file_is_not_modified(tmp_path):
    p = tmp_path / "keep.xml"
    p.write_bytes(FIXTURE.read_bytes())
    os.utime(p, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = p.read_bytes()
    read(p)
    assert p.read_bytes() == before and p.stat().st_mtime_ns == 1_000_000_000_000_000_000


def test_a_suffix_written_into_the_given_names(tmp_path):
    """"<given-names>Milton H., Jr.</given-names>": the suffix goes after
    the family name, as the name is printed."""
    p = tmp_path / "suffix.xml"
    p.write_text(
        "<article><front><article-meta><title-group><article-title>T</article-title></title-group><contrib-group>"
        "<contrib contrib-type='author'><name><surname>Saier</surname><given-names>Milton H., Jr.</given-names></name></contrib>"
        "<contrib contrib-type='author'><name><surname>Bloggs</surname><given-names>Jo</given-names></name></contrib>"
        "</contrib-group></article-meta></front><body><p>Text.</p></body></article>",
        encoding="utf-8",
    )
    from techcost import api

    m = api.parse_one(p, api.load()[1]).model
    assert [a.name for a in m.authors] == ["Milton H. Saier Jr.", "Jo Bloggs"]


@pytest.mark.parametrize(
    "title, kind",
    [("Availability of data and materials", "data_availability"), ("Funding", "funding"), ("Authors' contributions", "author_contributions")],
)
def test_an_ack_element_titled_as_another_statement(tmp_path, title, kind):
    """"<ack><title>Availability of data and materials</title>": the element
    holds another statement, and the paper has no acknowledgements."""
    p = tmp_path / "ack.xml"
    p.write_text(
        "<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front>"
        f"<body><p>Text.</p></body><back><ack><title>{title}</title><p>All data are in the article; KP wrote it.</p></ack></back></article>",
        encoding="utf-8",
    )
    m = read(p)
    assert not m.acknowledgements_present
    assert [s.kind for s in m.sections if s.heading == title] == [kind]


def test_technical_support_beside_conceptual_advice_is_a_researchers_part(tmp_path):
    """"KP and JB gave technical support and conceptual advice": a
    researcher's part as well, so no one is technical staff by it; "AL
    provided technical support" alone is."""
    from techcost import api
    from techcost.analysis import analyse

    p = tmp_path / "con.xml"
    p.write_text(
        "<article><front><article-meta><title-group><article-title>T</article-title></title-group><contrib-group>"
        "<contrib contrib-type='author'><name><surname>Park</surname><given-names>Kim</given-names></name></contrib>"
        "<contrib contrib-type='author'><name><surname>Bloggs</surname><given-names>Jo</given-names></name></contrib>"
        "<contrib contrib-type='author'><name><surname>Li</surname><given-names>Ana</given-names></name></contrib>"
        "</contrib-group></article-meta></front><body><p>Text.</p></body><back>"
        "<sec><title>Authors' contributions</title><p>KP and JB gave technical support and conceptual advice. AL provided technical support.</p></sec>"
        "</back></article>",
        encoding="utf-8",
    )
    rs = api.load()[1]
    m = analyse(api.parse_one(p, rs).model, rs.lexicons)
    assert [a.name for a in m.authors if a.technical] == ["Ana Li"]


def test_a_back_footnote_titled_in_bold(tmp_path):
    """BMC's "<fn><p><bold>Authors’ contributions</bold></p><p>KP ...</p></fn>":
    the bold title is the statement's heading and says what it is; the
    roles are read from the text after it."""
    p = tmp_path / "fn.xml"
    p.write_text(
        "<article><front><article-meta><title-group><article-title>T</article-title></title-group><contrib-group>"
        "<contrib contrib-type='author'><name><surname>Park</surname><given-names>Kim</given-names></name></contrib>"
        "<contrib contrib-type='author'><name><surname>Bloggs</surname><given-names>Jo</given-names></name></contrib>"
        "</contrib-group></article-meta></front><body><p>Text.</p></body><back><fn-group>"
        "<fn><p><bold>Competing interest</bold></p><p>The authors declare that they have no competing interests.</p></fn>"
        "<fn><p><bold>Authors\u2019 contributions</bold></p><p>Samples were counted by KP. JB wrote the paper.</p></fn>"
        "</fn-group></back></article>",
        encoding="utf-8",
    )
    m = read(p)
    assert m.contribution_statement_present
    sec = next(s for s in m.sections if s.kind == "author_contributions")
    assert sec.heading == "Authors\u2019 contributions"
    assert sec.blocks[0].text.startswith("Samples were counted")


@pytest.mark.parametrize(
    "affs",
    [
        # places listed apart, each naming its authors by initials and family name (Emerging Infectious Diseases)
        ['National Institute of Infectious Diseases, Tokyo, Japan (N. Hanaoka, T. Fujimoto); ', "Genomics Core Facility, Gifu University, Gifu City, Japan (M. Yasuda)"],
        # one place element listing them all, by initials only
        ["National Institute of Infectious Diseases, Tokyo, Japan (N.H., T.F.); and Genomics Core Facility, Gifu University, Gifu City, Japan (M.Y.)"],
    ],
    ids=["by-name", "by-initials"],
)
def test_places_shared_by_all_that_name_their_authors(tmp_path, affs):
    """Every author points to no place, and the places say whose they are:
    each author gets their own, not all of them."""
    contribs = person("Hanaoka", "Nozomu") + person("Yasuda", "Mitsuru") + person("Fujimoto", "Tsuguto")
    body = "<front><article-meta><contrib-group>" + contribs + "".join(f'<aff id="aff{k}">{x}</aff>' for k, x in enumerate(affs)) + "</contrib-group></article-meta></front>"
    m = read(jats(tmp_path, body))
    got = {a.name: a.affiliations for a in m.authors}
    assert got == {
        "Nozomu Hanaoka": ["National Institute of Infectious Diseases, Tokyo, Japan"],
        "Mitsuru Yasuda": ["Genomics Core Facility, Gifu University, Gifu City, Japan"],
        "Tsuguto Fujimoto": ["National Institute of Infectious Diseases, Tokyo, Japan"],
    }


@pytest.mark.parametrize(
    "ack",
    [
        "<ack><title>Conflict of interest</title><p>Kim Park: salary from the University of Exampleton. Honoraria from Example Pharma.</p></ack>",
        "<ack><p><bold>Potential Financial Conflicts of Interest</bold> None disclosed.</p></ack>",
        "<ack><title>Competing interests</title><p>The authors declare no competing interests.</p></ack>",
    ],
    ids=["titled", "bold-lead", "competing"],
)
def test_an_ack_element_holding_a_declaration_of_interests_is_no_acknowledgement(tmp_path, ack):
    """Some publishers put the declaration of interests in ``<ack>``: it is
    not an acknowledgement, and the people it names are not thanked."""
    m = read(jats(tmp_path, front(person("Park", "Kim")) + f"<body><sec><title>Introduction</title><p>Text.</p></sec></body><back>{ack}</back>"))
    assert not [s for s in m.sections if s.kind == "acknowledgements"]


def test_places_naming_authors_who_share_a_family_name_or_initials_outside_ascii(tmp_path):
    """"K.J. Lee" beside Keon Joo Lee and Kang Hyoung Lee is the one whose
    initials are all of these; "İ.A. Kara" and "Ö. Ergönül" are initials too."""
    contribs = person("Lee", "Keon Joo") + person("Lee", "Kang Hyoung") + person("Kara", "İlayda Arjen") + person("Ergönül", "Önder")
    affs = [
        "Korea Centers for Disease Control and Prevention, Cheongju, South Korea (K.J. Lee); ",
        "Sokcho Medical Center, Sokcho, South Korea (K.H. Lee)",
        "Koç University, Istanbul, Turkey (Ö. Ergönül, İ.A. Kara)",
    ]
    body = "<front><article-meta><contrib-group>" + contribs + "".join(f'<aff id="a{k}">{x}</aff>' for k, x in enumerate(affs)) + "</contrib-group></article-meta></front>"
    m = read(jats(tmp_path, body))
    assert {a.name: a.affiliations for a in m.authors} == {
        "Keon Joo Lee": ["Korea Centers for Disease Control and Prevention, Cheongju, South Korea"],
        "Kang Hyoung Lee": ["Sokcho Medical Center, Sokcho, South Korea"],
        "İlayda Arjen Kara": ["Koç University, Istanbul, Turkey"],
        "Önder Ergönül": ["Koç University, Istanbul, Turkey"],
    }
