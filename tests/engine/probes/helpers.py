"""What the probe tests share: a clock they move by hand and a small NumPy MLP."""
from annstudio.backends.numpy import build_model
from annstudio.spec import ModelSpec


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def mlp(inputs, hidden, outputs, activation="softmax", seed=0, input_shape=None):
    layers = [] if input_shape is None else [("Flatten", {})]
    layers += [("Dense", {"units": hidden, "activation": "tanh"}), ("Dense", {"units": outputs, "activation": activation})]
    return build_model(ModelSpec.stack(input_shape or [inputs], layers), seed=seed)
