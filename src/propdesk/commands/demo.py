"""`propdesk demo-data [--if-empty] [--seed N] [--scale F] [--traffic-years Y | --no-traffic]`:
fill an empty database with the demo estate (20 buildings, 2,000 units, ~6,000
residents …), five years of gate traffic (about 2 million events) and as many years
of repair tickets (about 50,000) and patrol rounds (about 58,000)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from propdesk.commands.deferred import Commands
from propdesk.commands.shared import EXIT_OK, station_actor, station_voice
from propdesk.commands.voice import Voice

# For the types only: the parser is built without the services (issue 18).
if TYPE_CHECKING:
    from propdesk.services.bootstrap import Services


def _run(args: argparse.Namespace, services: Services) -> int:
    actor = station_actor(services)
    voice = station_voice(args, services)
    years = 0.0 if args.no_traffic else args.traffic_years
    result = services.demo.create(
        actor,
        seed=args.seed,
        scale=args.scale,
        if_empty=args.if_empty,
        traffic_years=years,
        progress=_TrafficProgress(voice) if years > 0 and sys.stdout.isatty() else None,
    )
    if not result.created or result.counts is None:
        print(voice.say("demo.exists"))
        return EXIT_OK
    c = result.counts
    extra = [
        voice.say(key, count=f"{count:,}")
        for key, count in (
            ("demo.gate_events", c.gate_events),
            ("demo.repair_tickets", c.repair_tickets),
            ("demo.patrol_rounds", c.patrol_rounds),
            ("demo.complaints", c.complaints),
            ("demo.inquiries", c.inquiries),
            ("demo.equipment", c.equipment),
            ("demo.inspections", c.inspections),
            ("demo.rectifications", c.rectifications),
            ("demo.incidents", c.incidents),
            ("demo.drill_sessions", c.drill_sessions),
            ("demo.community_events", c.community_events),
            ("demo.survey_responses", c.survey_responses),
            ("demo.assessments", c.assessments),
            ("demo.worklog_entries", c.worklog_entries),
        )
        if count
    ]
    created = voice.say(
        "demo.created",
        estate=result.estate_name,
        seconds=f"{result.seconds:.1f}",
        buildings=c.buildings,
        units=c.units,
        residents=c.residents,
        moved_out=c.moved_out,
        vehicles=c.vehicles,
        spaces=c.parking_spaces,
        cards=c.cards,
        lost=c.lost_cards,
    )
    print(created + "".join(extra))
    return EXIT_OK


class _TrafficProgress:
    """One line that counts up while the gate traffic is written (a terminal only),
    then, once, what the next seconds are spent on, so a silent terminal is not
    taken for a hung one."""

    def __init__(self, voice: Voice) -> None:
        self.finished = False
        self._voice = voice

    def __call__(self, done: int, expected: int) -> None:
        if self.finished:
            return
        say = self._voice.say
        if done < expected:
            line = say("demo.traffic", done=f"{done:,}", expected=f"{expected:,}")
            print(f"\r{line}", end="", flush=True)
            return
        self.finished = True
        print(f"\r{say('demo.traffic_done', done=f'{done:,}')}", flush=True)


def add_parser(sub: Commands) -> None:
    parser = sub.add_parser(
        "demo-data", help="fill an empty database with a realistic demo estate (翠湖花园)"
    )
    parser.set_defaults(handler=_run)
    # The defaults are the demo services': imported when `demo-data` is chosen.
    parser.defer(_add_arguments)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    from propdesk.services.demo.gate.traffic import DEFAULT_YEARS
    from propdesk.services.demo.service import DEFAULT_SEED

    parser.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing when the database already has data (instead of failing)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="N",
        help=f"the same seed makes the same estate (default {DEFAULT_SEED})",
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        metavar="F",
        help="size relative to the full estate of 2,000 units (default 1.0)",
    )
    traffic = parser.add_mutually_exclusive_group()
    traffic.add_argument(
        "--traffic-years",
        type=float,
        default=DEFAULT_YEARS,
        metavar="Y",
        help=f"years of gate traffic up to now, scaled like the estate (default {DEFAULT_YEARS:g})",
    )
    traffic.add_argument(
        "--no-traffic",
        action="store_true",
        help="the estate only, without gate traffic (seconds instead of a minute or two)",
    )
