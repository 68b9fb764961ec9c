"""Keep the catalogs in step with the code: extract, update, compile, check (needs Babel).

    python -m koji_tui.i18n.maintain update    # extract, merge into every .po, compile the .mo
    python -m koji_tui.i18n.maintain update kiosk app    # only these domains' files
    python -m koji_tui.i18n.maintain check     # what is missing or stale (exit 1 if anything)
    python -m koji_tui.i18n.maintain missing es interview   # the untranslated msgids, one a line

``update`` keeps every translation whose msgid is still in the code, adds the new msgids with an
empty translation, and drops the ones the code no longer has (a stale translation is never kept:
it would hide a changed English text). Fill the empty ``msgstr`` and run ``update`` again, which
also compiles the ``.mo`` files the app reads.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from koji_tui.i18n import LOCALE_DIR, LOCALES
from koji_tui.i18n.domains import DOMAIN_NAMES, domain_of

PACKAGE_DIR = Path(__file__).resolve().parent.parent
TRANSLATED = tuple(language for language in LOCALES if language != "en")
# Fixed header dates: an update that changes no string changes no file.
_FIXED_DATE = datetime(2026, 12, 1, tzinfo=UTC)
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")

MsgKey = tuple[str, str | None]  # (msgid, context): msgid is the singular for plurals


@dataclass(frozen=True)
class Extracted:
    msgid: str | tuple[str, str]
    context: str | None
    locations: tuple[tuple[str, int], ...]


def source_files() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR).as_posix()
        if domain_of(relative) is not None:
            yield relative, path


def extract_domains() -> dict[str, dict[MsgKey, Extracted]]:
    """Every marked string of the code, per domain."""
    found: dict[str, dict[MsgKey, Extracted]] = {name: {} for name in DOMAIN_NAMES}
    for relative, path in source_files():
        domain = domain_of(relative)
        assert domain is not None
        with path.open("rb") as handle:
            for lineno, message, _comments, context in extract(
                "python", handle, keywords=DEFAULT_KEYWORDS, comment_tags=("i18n:",)
            ):
                msgid: str | tuple[str, str]
                if isinstance(message, tuple):
                    if not message[0] or not message[1]:
                        continue
                    msgid = (message[0], message[1])
                    key: MsgKey = (message[0], context)
                else:
                    if not message:
                        continue
                    msgid = message
                    key = (message, context)
                seen = found[domain].get(key)
                locations = ((relative, lineno),) + (seen.locations if seen else ())
                found[domain][key] = Extracted(msgid, context, locations)
    return found


def po_path(language: str, domain: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po"


def read_catalog(language: str, domain: str) -> Catalog:
    path = po_path(language, domain)
    if not path.exists():
        return Catalog(
            locale=language, domain=domain, project="koji-tui", creation_date=_FIXED_DATE
        )
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=domain)


def _key(message: Message) -> MsgKey:
    msgid = message.id[0] if isinstance(message.id, (tuple, list)) else message.id
    return (msgid, message.context)


def _filled(message: Message) -> bool:
    if isinstance(message.string, (tuple, list)):
        return all(message.string)
    return bool(message.string)


def updated_catalog(language: str, domain: str, wanted: dict[MsgKey, Extracted]) -> Catalog:
    old = read_catalog(language, domain)
    previous = {_key(message): message for message in old if message.id}
    catalog = Catalog(
        locale=language,
        domain=domain,
        project="koji-tui",
        fuzzy=False,
        creation_date=_FIXED_DATE,
        revision_date=_FIXED_DATE,
    )
    for key in sorted(wanted, key=lambda k: (k[0].lower(), k[1] or "")):
        item = wanted[key]
        before = previous.get(key)
        string: str | tuple[str, ...] = ""
        if before is not None and isinstance(before.id, tuple | list) == isinstance(
            item.msgid, tuple
        ):
            string = before.string
        elif isinstance(item.msgid, tuple):
            string = ("",) * catalog.num_plurals
        catalog.add(
            item.msgid,
            string,
            locations=sorted(item.locations),
            context=item.context,
        )
    return catalog


def _po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(
        buffer, catalog, width=100, omit_header=False, sort_output=True, include_previous=False
    )
    return buffer.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def update(domains: tuple[str, ...] = DOMAIN_NAMES) -> list[str]:
    """Rewrite the domains' .po files from the code, compile their .mo; the problems that remain."""
    wanted = extract_domains()
    for language in TRANSLATED:
        for domain in domains:
            catalog = updated_catalog(language, domain, wanted[domain])
            path = po_path(language, domain)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_po_bytes(catalog))
            with path.open("rb") as handle:
                reread = read_po(handle, locale=language, domain=domain)
            path.with_suffix(".mo").write_bytes(_mo_bytes(reread))
    return check()


def _fields(text: str) -> set[str]:
    return set(_FIELD.findall(text))


def check() -> list[str]:
    """Missing or empty translations, stale ones, placeholder mismatches, out-of-date .mo files."""
    problems: list[str] = []
    wanted = extract_domains()
    for language in TRANSLATED:
        for domain in DOMAIN_NAMES:
            path = po_path(language, domain)
            if not path.exists():
                if wanted[domain]:
                    problems.append(f"{language}/{domain}: no catalog ({path.name} missing)")
                continue
            catalog = read_catalog(language, domain)
            have = {_key(message): message for message in catalog if message.id}
            for key, item in wanted[domain].items():
                where = "{}:{}".format(*item.locations[0])
                message = have.get(key)
                if message is None or not _filled(message):
                    problems.append(f"{language}/{domain}: untranslated {key[0]!r} ({where})")
                    continue
                if message.fuzzy:
                    problems.append(f"{language}/{domain}: fuzzy {key[0]!r} ({where})")
                ids = item.msgid if isinstance(item.msgid, tuple) else (item.msgid,)
                strings = (
                    message.string
                    if isinstance(message.string, tuple | list)
                    else (message.string,)
                )
                expected = set().union(*(_fields(text) for text in ids))
                for string in strings:
                    if _fields(string) != expected:
                        problems.append(
                            f"{language}/{domain}: placeholders {sorted(_fields(string))} in the "
                            f"translation of {key[0]!r} ({where}), the English has {sorted(expected)}"
                        )
            for key in have.keys() - wanted[domain].keys():
                problems.append(f"{language}/{domain}: stale {key[0]!r} (no longer in the code)")
            mo = path.with_suffix(".mo")
            if not mo.exists() or mo.read_bytes() != _mo_bytes(catalog):
                problems.append(f"{language}/{domain}: {mo.name} is not compiled from {path.name}")
    return problems


def missing(language: str, domain: str) -> list[str]:
    wanted = extract_domains()[domain]
    have = {_key(message): message for message in read_catalog(language, domain) if message.id}
    return [key[0] for key in wanted if key not in have or not _filled(have[key])]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "check"
    if command == "update":
        chosen = tuple(args[1:]) or DOMAIN_NAMES
        unknown = [name for name in chosen if name not in DOMAIN_NAMES]
        if unknown:
            print(
                f"unknown domain(s): {', '.join(unknown)}; the domains are {', '.join(DOMAIN_NAMES)}"
            )
            return 2
        problems = update(chosen)
    elif command == "check":
        problems = check()
    elif command == "missing" and len(args) == 3:
        for msgid in missing(args[1], args[2]):
            print(msgid.replace("\n", "\\n"))
        return 0
    else:
        print(__doc__)
        return 2
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
