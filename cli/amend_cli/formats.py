"""Output formats the commands share."""

from __future__ import annotations

from enum import StrEnum


class Format(StrEnum):
    text = "text"
    redline = "redline"
    json = "json"
