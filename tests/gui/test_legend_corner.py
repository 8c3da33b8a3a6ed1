"""legend_corner: the legend goes where it hides the fewest points, and stays put unless clearly better."""
import numpy as np

from annstudio.gui.views.legend_corner import curve_points, emptiest_corner, hidden_points

TOP_RIGHT, BOTTOM_RIGHT, TOP_LEFT = (1, 0), (1, 1), (0, 0)


def test_the_corner_that_hides_the_fewest_points():
    fx, fy = np.array([0.95, 0.9, 0.05]), np.array([0.05, 0.1, 0.95])   # two top right, one bottom left
    assert hidden_points(fx, fy, 0.2, 0.2, TOP_RIGHT) == 2
    assert emptiest_corner(fx, fy, 0.2, 0.2) == BOTTOM_RIGHT            # the first empty one in order
    assert emptiest_corner(fx, fy, 0.2, 0.2, corners=(TOP_RIGHT, TOP_LEFT)) == TOP_LEFT


def test_the_current_corner_stays_unless_another_is_clearly_emptier():
    fx, fy = np.array([0.95, 0.9]), np.array([0.05, 0.1])                # two points under the top right
    assert emptiest_corner(fx, fy, 0.2, 0.2, current=TOP_RIGHT) == BOTTOM_RIGHT
    assert emptiest_corner(fx, fy, 0.2, 0.2, current=TOP_RIGHT, slack=3) == TOP_RIGHT
    assert emptiest_corner(fx, fy, 0.2, 0.2, current=TOP_LEFT) == TOP_LEFT   # a tie keeps it


def test_points_outside_the_plot_are_not_hidden():
    assert hidden_points(np.array([1.5]), np.array([0.05]), 0.2, 0.2, TOP_RIGHT) == 0


def test_a_short_curve_is_sampled_along_its_segments():
    # two points at the bottom corners: the line between them crosses the bottom middle too
    x, y = curve_points([(np.array([0.0, 10.0]), np.array([0.0, 0.0]))])
    assert len(x) == 200 and np.all(y == 0) and x.min() == 0 and x.max() == 10
    x, y = curve_points([(np.array([0.0, np.nan, 2.0]), np.array([1.0, 2.0, 3.0]))])   # gaps dropped
    assert np.all(np.isfinite(x)) and np.all(np.isfinite(y))
