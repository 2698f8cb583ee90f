#!/usr/bin/env python3
"""Reads a Relm iCalendar export with an independent parser (python3-icalendar) and expands its
recurring events with python3-dateutil, for tst_icalendar to compare with Relm's own occurrences.

Usage: ics_check.py FILE.ics [OCCURRENCES]
Prints JSON: {"zones": [...], "events": [{uid, sequence, summary, categories, start_utc, end_utc,
recurrence_id, rule, occurrences: [{start, end}], count}]}. Times are UTC ISO 8601 strings; an
occurrence's end is computed as RFC 5545 says: DURATION's days on the calendar, its time elapsed.
"""
import itertools
import json
import sys
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar


def zone_of(prop):
    tzid = prop.params.get("TZID")
    return ZoneInfo(str(tzid)) if tzid else None


def naive_local(prop):
    """The wall clock as written, without trusting the parser's own zone arithmetic."""
    value = prop.dt
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


def to_utc(local, zone):
    if isinstance(local, datetime):
        aware = local.replace(tzinfo=zone) if zone else local.replace(tzinfo=timezone.utc)
        return aware.astimezone(timezone.utc).isoformat()
    return local.isoformat()


def categories_of(value):
    if value is None:
        return []
    if hasattr(value, "cats"):
        return [str(c) for c in value.cats]
    if isinstance(value, (list, tuple)):
        return [str(c) for c in value]
    return str(value).split(",")


def add_duration(local, zone, duration):
    """RFC 5545 3.3.6: days are nominal (same wall clock), the time part is elapsed time."""
    nominal = (local + timedelta(days=duration.days)).replace(tzinfo=zone)
    return (nominal.astimezone(timezone.utc) + timedelta(seconds=duration.seconds)).isoformat()


def local_until(rule_text, zone):
    """dateutil wants UNTIL in DTSTART's form: a naive DTSTART takes a naive local UNTIL."""
    parts = []
    for part in rule_text.split(";"):
        if part.startswith("UNTIL=") and part.endswith("Z"):
            until = datetime.strptime(part[6:], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
            part = "UNTIL=" + until.astimezone(zone).replace(tzinfo=None).strftime("%Y%m%dT%H%M%S")
        parts.append(part)
    return ";".join(parts)


def main():
    path = sys.argv[1]
    wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    with open(path, "rb") as f:
        calendar = Calendar.from_ical(f.read())
    result = {"zones": [str(z.get("TZID")) for z in calendar.walk("VTIMEZONE")], "events": []}
    for event in calendar.walk("VEVENT"):
        start_prop = event.get("DTSTART")
        zone = zone_of(start_prop)
        start = naive_local(start_prop)
        categories = event.get("CATEGORIES")
        item = {
            "uid": str(event.get("UID")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "summary": str(event.get("SUMMARY")),
            "categories": categories_of(categories),
            "start_utc": to_utc(start, zone),
            "all_day": isinstance(start, date) and not isinstance(start, datetime),
        }
        if event.get("RECURRENCE-ID") is not None:
            recurrence = event.get("RECURRENCE-ID")
            item["recurrence_id"] = to_utc(naive_local(recurrence), zone_of(recurrence))
        if event.get("DTEND") is not None:
            end_prop = event.get("DTEND")
            item["end_utc"] = to_utc(naive_local(end_prop), zone_of(end_prop))
        rule = event.get("RRULE")
        if rule is not None:
            duration = event.get("DURATION").dt
            text = local_until(rule.to_ical().decode(), zone)
            item["rule"] = text
            expanded = rrulestr(text, dtstart=start)
            item["occurrences"] = [
                {"start": to_utc(o, zone), "end": add_duration(o, zone, duration)}
                for o in itertools.islice(iter(expanded), wanted)
            ]
            item["count"] = expanded.count() if "UNTIL=" in text or "COUNT=" in text else -1
        result["events"].append(item)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
