"""Per-chat conversation context: what the last exchange was about."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Conversation:
    """What a chat's last exchange was about; plain values so it can be persisted."""

    article_ids: tuple[str, ...] = ()  # the articles the last answer or summary came from
    paragraph: tuple[str, int] | None = None  # (article id, paragraph index) of the last answer
    terms: tuple[str, ...] = ()  # the last question's key terms
    turns: int = 0

    @property
    def is_empty(self) -> bool:
        return not self.article_ids and not self.terms


EMPTY = Conversation()
