"""The live views of a run and the mechanism they share."""
