"""The kg vocabulary as an rdflib DefinedNamespace, mirroring ontology/kg.ttl (a test checks they agree).

With ``_fail = True`` a misspelt term raises AttributeError instead of minting a wrong IRI.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["KG", "ID", "SCHEMA", "ORG", "PROV", "TIME", "FOAF", "SKOS", "DCTERMS"]

from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS, TIME  # noqa: E402

SCHEMA = Namespace("https://schema.org/")
ID = Namespace("https://w3id.org/kg-news/id/")


class KG(DefinedNamespace):
    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/ns#")

    # classes
    Project: URIRef  # A named construction, renovation, investment or development project.
    AdministrativeDivision: URIRef  # A province, city, county, district, town, street or community.
    Sentence: URIRef  # A sentence of an article, the evidence a fact was read from.
    PostEvidence: URIRef  # One dated statement that a person holds a post.
    Role: URIRef  # A role word (书记, 区长, 主任).
    Meeting: URIRef  # A meeting.
    Inspection: URIRef  # An inspection, survey or supervision visit.
    Visit: URIRef  # A visit.
    Signing: URIRef  # The signing of an agreement.
    Training: URIRef  # A training course or lecture.
    Participation: URIRef  # A person's part in an event.
    Cooccurrence: URIRef  # Two entities named in the same sentences.
    # properties
    participation: URIRef
    agent: URIRef
    part: URIRef
    object: URIRef
    verb: URIRef
    eventDate: URIRef
    dateUnknown: URIRef
    correspondent: URIRef
    firstWords: URIRef
    position: URIRef
    district: URIRef
    startOffset: URIRef
    endOffset: URIRef
    post: URIRef
    holder: URIRef
    titleAsWritten: URIRef
    evidence: URIRef
    membershipPost: URIRef
    earliest: URIRef
    latest: URIRef
    between: URIRef
    weight: URIRef
    weightRank: URIRef
    mentionCount: URIRef
    orgUnknown: URIRef
