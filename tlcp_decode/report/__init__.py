"""Output: the text report (``text``), JSON lines (``jsonl``), tables (``tables``,
``inventory``) and the report language (``i18n``)."""
