"""`propdesk audit verify`: the hash chain checked row by row, and against the anchors
kept outside the database (services.core.audit_anchors): a chain edited and rehashed
in the file passes the first check but no longer reaches the anchors taken before.
Exit 4 names the first row or anchor that does not fit.

With syncing stations (issue 22) the trail holds one chain per station: each is
checked and reported on its own, and a broken one is named by its station's letter."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from propdesk.commands.audit_words import chain_words, whose
from propdesk.commands.deferred import Commands
from propdesk.commands.shared import station_voice
from propdesk.commands.voice import Voice

# For the types only: the parser is built without the services (issue 18).
if TYPE_CHECKING:
    from propdesk.domain.audit_chain import ChainVerdict, TrailVerdict
    from propdesk.services.bootstrap import Services
    from propdesk.services.core.audit import AnchorVerdict

EXIT_OK = 0  # see propdesk.cli (commands sit below it and cannot import it)
EXIT_AUDIT_BROKEN = 4


def add_parser(sub: Commands) -> None:
    p_audit = sub.add_parser("audit", help="audit trail tools")
    audit_sub = p_audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p_verify = audit_sub.add_parser(
        "verify",
        help="check the hash chain and that it still passes through its anchors "
        "(backups, days, reports); names the first broken row or anchor",
    )
    p_verify.set_defaults(handler=verify)


def verify(args: argparse.Namespace, services: Services) -> int:
    from propdesk.services.core.audit_anchors import anchor_file, read_anchors

    voice = station_voice(args, services)
    file = anchor_file(services.paths)
    book = read_anchors(services.paths)
    if book.problem:
        print(
            voice.say("audit.anchor_file_unreadable", file=file, reason=book.problem),
            file=sys.stderr,
        )
    for line in book.unreadable:
        print(voice.say("audit.anchor_unreadable", file=file, line=line), file=sys.stderr)
    if book.torn_tail:
        print(voice.say("audit.anchor_torn", file=file), file=sys.stderr)

    verdict = services.audit.verify()
    anchors = services.audit.verify_anchors(book)
    if verdict.ok and anchors.ok:
        print(voice.say("audit.intact", checked=verdict.checked, hash=services.audit.latest_hash()))
    _report_chains(voice, verdict)
    if verdict.ok and anchors.ok:
        if anchors.checked:
            print(voice.say("audit.anchors_intact", count=anchors.checked, file=file))
        else:
            print(voice.say("audit.no_anchors", file=file))
        return EXIT_OK
    if not anchors.ok:
        print(_missed(voice, anchors), file=sys.stderr)
    return EXIT_AUDIT_BROKEN


def _report_chains(voice: Voice, trail: TrailVerdict) -> None:
    """Each station's chain, intact or where it broke; a trail of the database's own
    chain only just says where it broke (the line above says it is intact)."""
    for chain in trail.chains:
        if not chain.ok:
            print(_broken(voice, trail, chain), file=sys.stderr)
        elif trail.has_station_chains:
            intact = chain_words(
                voice, "chain.intact", whose=whose(voice, chain.chain), checked=chain.checked
            )
            print(intact)


def _broken(voice: Voice, trail: TrailVerdict, chain: ChainVerdict) -> str:
    """The first row of `chain` that does not fit; named by its station when the
    trail has stations' chains."""
    if not trail.has_station_chains:
        return voice.say(
            "audit.broken", seq=chain.first_broken_seq, reason=chain.reason, checked=chain.checked
        )
    return chain_words(
        voice,
        "chain.broken",
        whose=whose(voice, chain.chain),
        seq=chain.first_broken_seq,
        reason=chain.reason,
        checked=chain.checked,
    )


def _missed(voice: Voice, verdict: AnchorVerdict) -> str:
    anchor = verdict.missed
    assert anchor is not None
    why = voice.say(
        "audit.anchor_changed" if verdict.found is not None else "audit.anchor_gone",
        seq=anchor.seq,
    )
    kind = f"audit.kind.{anchor.kind}"
    return voice.say(
        "audit.anchor_missed",
        kind=voice.say(kind) if kind in _KINDS else anchor.kind,
        when=f"{anchor.at.astimezone():%Y-%m-%d %H:%M}",
        seq=anchor.seq,
        what=anchor.what,
        hash=anchor.hash[:12],
        why=why,
    )


_KINDS = {f"audit.kind.{k}" for k in ("backup", "daily", "report", "restore")}
