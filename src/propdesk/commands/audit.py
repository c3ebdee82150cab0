"""`propdesk audit verify`: the hash chain checked row by row, and against the anchors
kept outside the database (services.core.audit_anchors): a chain edited and rehashed
in the file passes the first check but no longer reaches the anchors taken before.
Exit 4 names the first row or anchor that does not fit."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from propdesk.commands.deferred import Commands
from propdesk.commands.shared import station_voice
from propdesk.commands.voice import Voice

# For the types only: the parser is built without the services (issue 18).
if TYPE_CHECKING:
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
        if anchors.checked:
            print(voice.say("audit.anchors_intact", count=anchors.checked, file=file))
        else:
            print(voice.say("audit.no_anchors", file=file))
        return EXIT_OK
    if not verdict.ok:
        broken = voice.say(
            "audit.broken",
            seq=verdict.first_broken_seq,
            reason=verdict.reason,
            checked=verdict.checked,
        )
        print(broken, file=sys.stderr)
    if not anchors.ok:
        print(_missed(voice, anchors), file=sys.stderr)
    return EXIT_AUDIT_BROKEN


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
