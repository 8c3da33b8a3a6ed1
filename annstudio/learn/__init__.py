"""The lecture notes' labs as plain computation, below the GUI (no Qt).

Each module holds one chapter's working: the numbers a lab shows and the steps it walks through, reusing
the NumPy backend (``backends/numpy``) for the arithmetic. The GUI (``gui/learn``) only draws them, so every
number a lab shows is also checked by a core test.
"""
