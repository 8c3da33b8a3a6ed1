"""What an exception from a library says reaches the learner as words: Keras writes terminal codes into its
messages ("\x1b[1m...\x1b[0m"), which the Training panel showed as "␛[1m'..' is not a valid root scope"."""
from annstudio.messages import message_of


def test_terminal_codes_are_taken_out_of_a_librarys_message():
    keras_like = ValueError("Exception encountered when calling Dense.call().\n\n\x1b[1mbad value\x1b[0m\n\n"
                            "Arguments received by Dense.call():\n  \x1b[31;1m• inputs\x1b[0m")
    text = message_of(keras_like)
    assert "\x1b" not in text and "bad value" in text and "• inputs" in text
