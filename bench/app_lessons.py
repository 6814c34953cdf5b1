"""The lessons bench/app_frames and bench/frame_instructions measure the app on."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(ROOT, "assets", "lessons", "fit-sin.json")


def wide_lesson(directory):
    """The default lesson with two hidden layers of 256 tanh units, 1-[256,256]-1, written into `directory`."""
    with open(DEFAULT) as f:
        lesson = json.load(f)
    lesson["title"] = "1-[256,256]-1"
    lesson["network"]["layers"] = [{"units": 256, "activation": "tanh"}] * 2 + [{"units": 1, "activation": "linear"}]
    path = os.path.join(directory, "wide.json")
    with open(path, "w") as f:
        json.dump(lesson, f)
    return path
