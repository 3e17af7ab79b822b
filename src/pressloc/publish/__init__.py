"""The publishing stage: approved catalogues assembled into releases and rendered."""
