"""What the command line says when input is unusable: exit statuses and the one-line error.

Apart from ``cli`` so that the commands it runs (``decode_command``) can raise ``UsageError``
without importing the module that imports them.
"""

from __future__ import annotations

from pathlib import Path

from tlcp_decode.messages import MessageError, msg

EXIT_OK, EXIT_WARNINGS, EXIT_UNUSABLE = 0, 1, 2


class UsageError(MessageError):
    """Input the tool cannot use at all: reported in one line (a translatable Msg), exit
    status 2."""


def about(path: str, message: object) -> str:
    """``path: message``, unless the message already names the file."""
    text = str(message)
    name = Path(path).name
    return text if text.startswith((path, name)) else msg("{name}: {reason}", name=path,
                                                          reason=text)
