"""The teacher's challenge in the window: the goal banner (``banner``), locked and hidden controls
(``controls``: the one mapping from control names to widgets), and the teacher's dialog (``dialog``)."""
