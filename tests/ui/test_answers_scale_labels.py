"""Where a scale's labels go: under their ends on one line, else one per line, else a list."""

from __future__ import annotations

from koji_tui.ui.widgets.answers import layout_scale

FIVE = [1, 2, 3, 4, 5]
ENDS = {"1": "Nada satisfecho", "5": "Muy satisfecho"}


def plain(points: list[int], labels: dict[str, str], width: int) -> list[str]:
    return [line.plain for line in layout_scale(points, labels, width, None).lines]


def test_end_labels_share_one_line_under_their_ends_when_the_width_allows() -> None:
    # 73 = the strip's width in an 80-column terminal
    lines = plain(FIVE, ENDS, 73)
    assert len(lines) == 2
    points, labels = lines
    assert labels.startswith("Nada satisfecho") and labels.rstrip().endswith("Muy satisfecho")
    assert len(labels.rstrip()) == len(points.rstrip()) + 1  # ends under the 5's cell
    assert points.index("1") == 1 and labels.index("Nada") == 0
    assert len(points) <= 73


def test_end_labels_that_cannot_share_a_line_stack_whole_and_aligned() -> None:
    # 33 = the strip's width in a 40-column terminal
    lines = plain(FIVE, ENDS, 33)
    points, left, right = lines
    assert left == "Nada satisfecho"
    assert right.strip() == "Muy satisfecho"
    assert len(right) == len(points)  # right-aligned to the end of the row of points
    assert all(len(line) <= 33 for line in lines)


def test_a_middle_label_keeps_its_place_on_the_shared_line() -> None:
    labels = {"1": "Very unhappy", "3": "Neutral", "5": "Very happy"}
    points, line = plain(FIVE, labels, 73)
    middle = line.index("Neutral") + len("Neutral") // 2
    assert abs(middle - points.index("3")) <= 1
    assert "Very unhappy" in line and line.rstrip().endswith("Very happy")


def test_labels_wider_than_the_space_are_listed() -> None:
    lines = plain(FIVE, ENDS, 12)
    assert "1 = Nada" in lines[2] or any(line.startswith("1 = Nada") for line in lines)
    text = " ".join(lines)
    assert "satisfecho" in text and "5 = Muy" in text


def test_the_nps_row_is_not_spread_when_its_labels_already_fit() -> None:
    points, labels = plain(
        list(range(11)), {"0": "Not at all likely", "10": "Extremely likely"}, 73
    )
    assert points.rstrip() == " 0    1    2    3    4    5    6    7    8    9    10"
    assert labels.startswith("Not at all likely") and labels.endswith("Extremely likely")
