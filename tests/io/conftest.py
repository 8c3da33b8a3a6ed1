import pytest


@pytest.fixture(scope="session")
def keras():
    """Real Keras (the tests that compare with it skip when TensorFlow is not installed)."""
    pytest.importorskip("tensorflow")
    return pytest.importorskip("keras")
