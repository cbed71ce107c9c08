#!/usr/bin/env python3
"""Write ``kg/lexicons/world_places.txt``: the Chinese names of the world's countries, territories,
continents and regions, and of the cities that name its time zones, from the Unicode CLDR data
shipped by Babel (``pip install babel``; needed only to run this script, not by kg).

    python scripts/update_world_places.py
"""
from __future__ import annotations

import re
import zoneinfo
from pathlib import Path

from babel import Locale
from babel.dates import get_timezone_location

OUT = Path(__file__).resolve().parent.parent / "kg" / "lexicons" / "world_places.txt"
_PLAIN = re.compile(r"[\u4e00-\u9fff·]{2,12}")


def names() -> list[str]:
    zh = Locale.parse("zh_Hans_CN")
    # EU, EZ and UN are bodies or currency areas, XA/XB pseudo-locales: not places
    out = {n for code, n in zh.territories.items() if code not in ("EU", "EZ", "UN", "XA", "XB")}
    for tz in zoneinfo.available_timezones():
        # Antarctica's zones are research stations, most named for a person (Davis, Mawson, Palmer) or an
        # era (昭和): in text they are the person or the era far more often than the station
        if "/" in tz and not tz.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/", "Antarctica/")):
            try:
                out.add(get_timezone_location(tz, locale="zh_Hans_CN", return_city=True))
            except Exception:       # noqa: BLE001 - a zone CLDR does not name
                pass
    # a state-qualified US zone city (北达科他州新塞勒姆) names a town nobody writes so
    return sorted(n for n in out if _PLAIN.fullmatch(n) and "州" not in n[1:-1] and n != "世界")


if __name__ == "__main__":
    lines = ["# Countries, territories, continents, regions and time-zone cities of the world, in Chinese.",
             "# Written by scripts/update_world_places.py from Unicode CLDR (via Babel); do not edit by hand."]
    OUT.write_text("\n".join(lines + names()) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
