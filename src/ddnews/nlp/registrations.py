"""Every spaCy factory and registered function ddnews provides (the ``spacy_factories`` entry points point here).

:data:`COMPONENTS` is the data flow of the pipeline, in order: what each component runs, which data
folder it is built from, what it requires and what it assigns.  A component is given only the facts
of the kinds it requires, so a missing declaration shows up as a missing fact, and
``nlp.analyze_pipes()`` checks that every requirement is assigned by an earlier component.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from . import tokenizer  # noqa: F401  (registers ddnews.FastTokenizer.v1)
from .components import FactComponent, FactsView, LinkComponent, fact_kinds

FOLDED, BLOCKED, PUBLISHED = "doc._.folded", "doc._.blocked", "doc._.published"
SPANS = "doc.spans"


@dataclass(frozen=True)
class Spec:
    """One extractor component: ``module:Class``, its data folder under ``ddnews/data``, its data flow."""

    extractor: str
    data: str | None
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


COMPONENTS: dict[str, Spec] = {
    "ddnews_chrome": Spec("ddnews.extractors.chrome:ChromeExtractor", "chrome",
                          requires=(), assigns=(SPANS, "doc._.chrome", FOLDED, BLOCKED)),
    "ddnews_documents": Spec("ddnews.extractors.documents:DocumentExtractor", "documents",
                             requires=(FOLDED,),
                             assigns=(SPANS, "doc._.documents", "doc._.named_documents", BLOCKED)),
    "ddnews_published": Spec("ddnews.extractors.published:PublishedExtractor", "published",
                             requires=(FOLDED, BLOCKED, "doc._.documents"), assigns=(SPANS, PUBLISHED, BLOCKED)),
    "ddnews_dates": Spec("ddnews.extractors.dates:DateExtractor", "dates",
                         requires=(FOLDED, BLOCKED, PUBLISHED, "doc._.documents"),
                         assigns=(SPANS, "doc._.dates", BLOCKED)),
    "ddnews_locations": Spec("ddnews.extractors.locations:LocationExtractor", None,
                             requires=(FOLDED, BLOCKED), assigns=(SPANS, "doc._.locations")),
    "ddnews_organizations": Spec("ddnews.extractors.organizations:OrganizationExtractor", "organizations",
                                 requires=(FOLDED, BLOCKED), assigns=(SPANS, "doc._.organizations")),
    "ddnews_officials": Spec("ddnews.extractors.officials:OfficialExtractor", "officials",
                             requires=(FOLDED, BLOCKED), assigns=(SPANS, "doc._.officials")),
    "ddnews_claims": Spec("ddnews.extractors.claims:ClaimExtractor", "claims",
                          requires=(FOLDED, BLOCKED, PUBLISHED, "doc._.organizations", "doc._.locations"),
                          assigns=(SPANS, "doc._.claims")),
}
# Stages after extraction.
LINK_REQUIRES = ("doc._.locations", "doc._.organizations", PUBLISHED)
LINK_ASSIGNS = ("doc._.province", "span._.fact")
# Claims placed in time, place and indicator (ddnews.link.claims), after places are linked.
CLAIM_LINK_REQUIRES = ("doc._.claims", "doc._.dates", "doc._.locations", "doc._.organizations", "doc._.officials",
                       PUBLISHED, "doc._.province")
CLAIM_LINK_ASSIGNS = ("span._.fact",)
FACTS_REQUIRES = tuple(f"doc._.{k}" for k in FactsView.KEYS)


def _component_factory(spec: Spec) -> Callable[[Language, str], FactComponent]:
    def make(nlp: Language, name: str) -> FactComponent:
        return FactComponent(nlp, name, extractor=spec.extractor, data=spec.data, reads=fact_kinds(spec.requires))

    return make


def make_link(nlp: Language, name: str) -> LinkComponent:
    return LinkComponent(nlp, name)


def make_claim_link(nlp: Language, name: str, indicator_files: list[str]) -> Any:
    """``ddnews_claim_link``; its setting ``indicator_files``: the user's indicator files, tried first."""
    from ..link.claims import ClaimLinkComponent

    return ClaimLinkComponent(nlp, name, indicator_files=indicator_files)


def make_facts(nlp: Language, name: str) -> FactsView:
    return FactsView(nlp, name)


# name -> factory function; each is also a module attribute, the target of its entry point
FACTORIES: dict[str, Callable[..., Any]] = {name: _component_factory(spec)
                                              for name, spec in COMPONENTS.items()}
FACTORIES["ddnews_link"], FACTORIES["ddnews_facts"] = make_link, make_facts
FACTORIES["ddnews_claim_link"] = make_claim_link
globals().update({f"make_{name}": func for name, func in FACTORIES.items()})
_DECLARED = {name: (spec.requires, spec.assigns) for name, spec in COMPONENTS.items()}
_DECLARED["ddnews_link"] = (LINK_REQUIRES, LINK_ASSIGNS)
_DECLARED["ddnews_facts"] = (FACTS_REQUIRES, (SPANS,))
_DECLARED["ddnews_claim_link"] = (CLAIM_LINK_REQUIRES, CLAIM_LINK_ASSIGNS)
#: Settings of a component (its ``[components.<name>]`` config section) with their defaults.
DEFAULT_CONFIG: dict[str, dict[str, Any]] = {"ddnews_claim_link": {"indicator_files": []}}
# The stages after extraction, in order (ddnews.nlp.pipeline builds them after COMPONENTS).
LATE_STAGES = ("ddnews_link", "ddnews_claim_link", "ddnews_facts")


def register_all() -> None:
    """Register every factory with its declared data flow (idempotent; importing this module does it)."""
    for name, func in FACTORIES.items():
        if name in Language._factory_meta:
            continue
        requires, assigns = _DECLARED[name]
        Language.factory(name, func=func, requires=list(requires), assigns=list(assigns),
                         default_config=DEFAULT_CONFIG.get(name, {}))


register_all()
