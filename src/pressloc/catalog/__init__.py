"""The catalogue stage: templates and PO catalogues, read safely, merged as msgmerge does,
with pressloc's notes in their entries."""
