"""The translation stage: engines, their models, and drafting the catalogues."""
