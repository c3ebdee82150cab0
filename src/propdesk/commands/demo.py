"""`propdesk demo-data [--if-empty] [--seed N] [--scale F]`: fill an empty database
with the demo estate (20 buildings, 2,000 units, ~6,000 residents …)."""

from __future__ import annotations

import argparse

from propdesk.services.actor import system_actor
from propdesk.services.bootstrap import Services
from propdesk.services.demo_data import DEFAULT_SEED

EXIT_OK = 0  # see propdesk.cli (commands sit below it and cannot import it)


def _run(args: argparse.Namespace, services: Services) -> int:
    actor = system_actor(services.settings.current.station_name)
    result = services.demo.create(actor, seed=args.seed, scale=args.scale, if_empty=args.if_empty)
    if not result.created or result.counts is None:
        print("the database already has data; demo data not added")
        return EXIT_OK
    c = result.counts
    print(
        f"demo estate {result.estate_name} created in {result.seconds:.1f} s: "
        f"{c.buildings} buildings, {c.units} units, {c.residents} residents "
        f"({c.moved_out} moved out), {c.vehicles} vehicles, {c.parking_spaces} parking spaces, "
        f"{c.cards} access cards ({c.lost_cards} lost)"
    )
    return EXIT_OK


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
    parser.set_defaults(handler=_run)
