"""Errors the CLI turns into a short message and exit code 1 (2 for usage)."""

from __future__ import annotations


class SeederError(Exception):
    """A failure the user can act on; the message names the object and the fix."""

    exit_code = 1


class ConnectionFailed(SeederError):
    """The server could not be reached or refused the credentials."""


class SchemaError(SeederError):
    """The schema cannot be filled as it stands (for example a NOT NULL cycle with no strategy)."""


class RuleError(SeederError):
    """A rule file names something that does not exist or is inconsistent."""


class TargetNotEmpty(SeederError):
    """A table the run would write already holds rows."""


class WriteFailed(SeederError):
    """The server rejected a write; nothing of the failed unit remains."""


class VerifyFailed(SeederError):
    """verify found problems."""


class Refused(SeederError):
    """A safeguard said no (production without the confirmation flag); nothing was written."""


class UsageError(SeederError):
    """Bad options on the command line."""

    exit_code = 2
