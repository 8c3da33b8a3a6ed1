"""Predict, then reveal: what a learner types is read and graded within the question's tolerance."""
import pytest

from annstudio.learn.quiz import Question, grade, parse_numbers


@pytest.mark.parametrize("text, values", [
    ("2.2", (2.2,)), (" -0.7 ", (-0.7,)), ("1/2", (0.5,)), ("1e-3", (0.001,)),
    ("0.31682708, 0.69627909", (0.31682708, 0.69627909)), ("[9 12 15]", (9.0, 12.0, 15.0)),
    # a minus copied from a PDF (U+2212) or a dash; a Korean input method's full-width forms
    ("−0.73", (-0.73,)), ("–2", (-2.0,)), ("－０．５，１／２", (-0.5, 0.5)),
])
def test_typed_numbers_are_read(text, values):
    assert parse_numbers(text) == pytest.approx(values)


@pytest.mark.parametrize("text, part", [("", None), ("abc", "abc"), ("1/0", "1/0"), ("1e999", "1e999"),
                                        ("__import__('os')", "__import__"), ("2.2.2", "2.2.2")])
def test_what_is_not_a_number_is_named(text, part):
    result = grade(Question("q", 1.0), text)
    assert not result.correct and result.values is None
    assert (part or "type a number") in str(result.message)


def test_tolerance_and_count():
    q = Question("d total / d tax?", 200.0)
    assert grade(q, "200").correct
    assert grade(q, "201").correct          # within 1 %
    assert not grade(q, "220").correct
    two = Question("Y?", (0.31682708, 0.69627909), rel_tol=1e-3)
    assert grade(two, "0.3168, 0.6963").correct
    result = grade(two, "0.3168")
    assert not result.correct and "expected 2 numbers, you typed 1" == str(result.message)


def test_one_number_with_thousands_commas_is_one_number():
    """A price in won typed as "1,100" was two numbers (1 and 100): "expected one number, you typed 2"."""
    q = Question("d total / d apple price?", 1100.0)
    assert grade(q, "1,100").correct and grade(q, "１,１００").correct
    assert grade(Question("x?", 12345.5), "12,345.5").correct
    pair = Question("a, b?", (1.0, 100.0))
    assert grade(pair, "1,100").correct   # where two numbers are asked for, the comma separates them


def test_one_number_with_a_decimal_comma_reads_as_the_number_fields_read_it():
    """The fields took "0,5" as a half; the quiz said "expected one number, you typed 2"."""
    assert grade(Question("x?", 0.5), "0,5").correct and grade(Question("x?", 0.001), "0,001").correct
    assert grade(Question("x?", 1100.0), "1,100").correct   # digits grouped in threes stay a thousand and more
    assert grade(Question("a, b?", (0.0, 5.0)), "0,5").correct   # two numbers asked for: a separator
