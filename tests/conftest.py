import os

# Qt widgets render offscreen in tests; TensorFlow keeps quiet.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
