"""The source stage: read a Russian release and split it into paragraphs and sentences."""
