"""The model editor: palette, layer stack, inspector, undo commands, dataset panel."""
