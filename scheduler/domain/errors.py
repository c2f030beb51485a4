"""The one base of every refusal a user can act on, whichever layer refuses.

The store refuses an unknown version or a stale base, the service an operation the published
plan does not allow; each raises a ``UserError`` naming a catalogue message (``scheduler.i18n``)
and its parameters, so the command line and the app show any of them the same way, in the
user's language, without knowing which layer spoke. Faults in input files are ``ScenarioError``
(``scheduler.domain.faults``): they carry a list of located faults instead of one message.
"""

from __future__ import annotations


class UserError(Exception):
    """A request that cannot be carried out, told in the user's terms.

    ``key`` names the message in ``scheduler.i18n``; ``params`` fill it.
    """

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
