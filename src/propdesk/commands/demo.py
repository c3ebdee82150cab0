"""`propdesk demo-data [--if-empty] [--seed N] [--scale F] [--traffic-years Y | --no-traffic]`:
fill an empty database with the demo estate (20 buildings, 2,000 units, ~6,000
residents …), five years of gate traffic (about 2 million events) and as many years
of repair tickets (about 50,000) and patrol rounds (about 58,000)."""

from __future__ import annotations

import argparse
import sys

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import system_actor
from propdesk.services.demo.gate.traffic import DEFAULT_YEARS
from propdesk.services.demo.service import DEFAULT_SEED

EXIT_OK = 0  # see propdesk.cli (commands sit below it and cannot import it)


def _run(args: argparse.Namespace, services: Services) -> int:
    actor = system_actor(services.settings.current.station_name)
    years = 0.0 if args.no_traffic else args.traffic_years
    result = services.demo.create(
        actor,
        seed=args.seed,
        scale=args.scale,
        if_empty=args.if_empty,
        traffic_years=years,
        progress=_TrafficProgress() if years > 0 and sys.stdout.isatty() else None,
    )
    if not result.created or result.counts is None:
        print("the database already has data; demo data not added")
        return EXIT_OK
    c = result.counts
    print(
        f"demo estate {result.estate_name} created in {result.seconds:.1f} s: "
        f"{c.buildings} buildings, {c.units} units, {c.residents} residents "
        f"({c.moved_out} moved out), {c.vehicles} vehicles, {c.parking_spaces} parking spaces, "
        f"{c.cards} access cards ({c.lost_cards} lost)"
        + (f", {c.gate_events:,} gate events" if c.gate_events else "")
        + (f", {c.repair_tickets:,} repair tickets" if c.repair_tickets else "")
        + (f", {c.patrol_rounds:,} patrol rounds" if c.patrol_rounds else "")
    )
    return EXIT_OK


class _TrafficProgress:
    """One line that counts up while the gate traffic is written (a terminal only),
    then, once, what the next seconds are spent on, so a silent terminal is not
    taken for a hung one."""

    def __init__(self) -> None:
        self.finished = False

    def __call__(self, done: int, expected: int) -> None:
        if self.finished:
            return
        if done < expected:
            print(f"\rgate traffic: {done:,} of about {expected:,} events", end="", flush=True)
            return
        self.finished = True
        print(
            f"\rgate traffic: {done:,} events written; now indexing the journal and "
            "writing the repair tickets and patrol rounds …",
            flush=True,
        )


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo-data", help="fill an empty database with a realistic demo estate (翠湖花园)"
    )
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
    parser.set_defaults(handler=_run)
