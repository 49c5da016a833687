"""Replies composed from parts whose meaning is known must read as their parts say.

`tests.parsers.compositions` builds 1,500 replies (300 per language) from days, a time phrase, a
predicate and parts that carry no free time, in the vocabulary round 23 was tuned on, a
second one round 24 was tuned on (`tests.parsers.compositions_second`) and a third held out
from both (`tests.parsers.compositions_third`). The bars are measured
scores, less a small margin: a change that makes the reading lean on such a part again fails
here. The misreadings left, by part, are printed by `python -m tests.parsers.compositions 300`.
"""

from __future__ import annotations

import pytest

from tests.parsers.compositions import TONGUES, compositions, tally
from tests.parsers.compositions_eighteenth import TONGUES18
from tests.parsers.compositions_eighth import TONGUES8
from tests.parsers.compositions_eleventh import TONGUES11
from tests.parsers.compositions_fifteenth import TONGUES15
from tests.parsers.compositions_fifth import TONGUES5
from tests.parsers.compositions_fourteenth import TONGUES14
from tests.parsers.compositions_fourth import TONGUES4
from tests.parsers.compositions_nineteenth import TONGUES19
from tests.parsers.compositions_ninth import TONGUES9
from tests.parsers.compositions_second import TONGUES2
from tests.parsers.compositions_seventeenth import TONGUES17
from tests.parsers.compositions_seventh import TONGUES7
from tests.parsers.compositions_sixteenth import TONGUES16
from tests.parsers.compositions_sixth import TONGUES6
from tests.parsers.compositions_tenth import TONGUES10
from tests.parsers.compositions_third import TONGUES3
from tests.parsers.compositions_thirteenth import TONGUES13
from tests.parsers.compositions_twelfth import TONGUES12
from tests.parsers.compositions_twentieth import TONGUES20
from tests.parsers.compositions_twenty_first import TONGUES21

# (vocabulary, seed, least exact share, most silent share). Measured before round 23 (29369a8):
# first vocabulary exact 0.826, silent 0.093; second 0.568 and 0.169. After round 23: first
# 0.991 and 0.005, second 0.693 and 0.147. Round 24 was tuned on the second and held the third
# out (written before it, by someone else): before it (a201dcf) second 0.693 / 0.147, third
# 0.594 / 0.113; after it first 0.993 / 0.004, second 0.977 / 0.008, third 0.711 / 0.073. Round 25
# was tuned on the third and held the fourth out (written before it, by someone else): before it
# (7dcdfe1) third 0.711 / 0.073, fourth 0.721 / 0.089; after it first 0.993 / 0.003, second 0.977
# / 0.008, third 0.992 / 0.004, fourth 0.765 / 0.081. Round 26 was tuned on the fourth and held
# the fifth out (written before it, by someone else): before it (a4b1c89) fourth 0.765 / 0.081,
# fifth 0.768 / 0.068; after it fourth 0.887 / 0.055, fifth 0.774 / 0.068. Round 27 was tuned on
# the fifth and held the sixth out (written before it, by someone else): before it (d923952)
# fifth 0.774 / 0.068, sixth 0.796 / 0.075; after it fifth 0.829 / 0.027, sixth 0.796 / 0.071. Round
# 28 was tuned on the sixth and held the seventh out (written before it, by someone else):
# before it (a4701cf) sixth 0.796 / 0.071, seventh 0.725 / 0.067; after it sixth 0.796 / 0.071,
# seventh 0.725 / 0.066. Round 29 was tuned on the seventh and held the eighth out (written
# before it, by someone else): before it (7413fb1) seventh 0.725 / 0.066, eighth 0.543 / 0.145;
# after it seventh 0.725 / 0.065, eighth 0.543 / 0.145. Round 30 was tuned on the eighth and held
# the ninth out (written before it, by someone else): before it (d37b28b) eighth 0.543 / 0.145,
# ninth 0.697 / 0.093; after it eighth 0.657 / 0.073, ninth 0.761 / 0.058. Round 31 was tuned on
# the ninth and held the tenth out (written before it, by someone else): before it (66edbff) ninth
# 0.761 / 0.058, tenth 0.667 / 0.105; after it ninth 0.901 / 0.020, tenth 0.698 / 0.110. Round 32
# was tuned on the tenth and held the eleventh out (written before it, by someone else): before
# it (6e00da1) tenth 0.698 / 0.110, eleventh 0.667 / 0.080; after it tenth 0.804 / 0.053,
# eleventh 0.710 / 0.059 (and eighth 0.694 / 0.052, seventh 0.736 / 0.059, fourth 0.914 / 0.031).
# Round 33 was tuned on the eleventh and held the twelfth out (written before it, by someone
# else): before it (b04b58c) eleventh 0.710 / 0.059, twelfth 0.596 / 0.053; after it eleventh
# 0.813 / 0.009, twelfth 0.616 / 0.052 (and seventh 0.739 / 0.057, tenth 0.805 / 0.052).
# Round 34 was tuned on the twelfth and held the thirteenth out (written before it, by someone
# else): before it (e91a2a4) twelfth 0.616 / 0.052, thirteenth 0.401 / 0.095; after it twelfth
# 0.870 / 0.013, thirteenth 0.496 / 0.099 (and eleventh 0.860 / 0.009, tenth 0.841 / 0.051,
# eighth 0.715 / 0.050, sixth 0.831 / 0.047).
# Round 35 was tuned on the thirteenth and held the fourteenth out (written before it, by
# someone else): before it (58d13dad) thirteenth 0.496 / 0.099, fourteenth 0.719 / 0.039; after
# it thirteenth 0.947 / 0.001, fourteenth 0.837 / 0.034 (and eighth 0.833 / 0.027, seventh 0.845
# / 0.041, sixth 0.903 / 0.025, ninth 0.936 / 0.020, tenth 0.874 / 0.048, eleventh 0.893 /
# 0.008, fifth 0.843 / 0.025).
# Round 36 was tuned on the fourteenth and held the fifteenth out (written before it, by
# someone else): before it (6f57654e) fourteenth 0.837 / 0.034, fifteenth 0.765 / 0.021; after
# it fourteenth 0.932 / 0.000, fifteenth 0.781 / 0.021 (and seventh 0.889 / 0.025, eighth 0.842 /
# 0.019, fifth 0.850 / 0.019, ninth 0.941 / 0.019, tenth 0.877 / 0.045, twelfth 0.871 / 0.012).
# Round 37 was tuned on the fifteenth and held the sixteenth out (written before it, by
# someone else): before it (cd49f5fa) fifteenth 0.781 / 0.021, sixteenth 0.733 / 0.078; after
# it fifteenth 0.918 / 0.000, sixteenth 0.738 / 0.077 (and fifth 0.874 / 0.011, seventh 0.903 /
# 0.016, eighth 0.863 / 0.017, tenth 0.879 / 0.043, eleventh 0.905 / 0.007, twelfth 0.893 /
# 0.012).
# Round 38 was tuned on the sixteenth and held the seventeenth out (written before it, by
# someone else): before it (f4861230) sixteenth 0.738 / 0.077, seventeenth 0.855 / 0.006; after
# it sixteenth 0.861 / 0.012, seventeenth 0.899 / 0.008 (three readings turned silent: see
# DESIGN) (and tenth 0.899 / 0.029). The first two fixes after it was measured took those three
# back: seventeenth 0.902 / 0.006 (and seventh 0.904 / 0.016).
# Round 39 was tuned on the seventeenth and held the eighteenth out (written before it, by
# someone else): before it (13fe6ca9) seventeenth 0.902 / 0.006, eighteenth 0.839 / 0.035; after
# it seventeenth 0.981 / 0.000, eighteenth 0.861 / 0.033 (two readings turned silent, older
# misses the new words reached: see DESIGN) (and sixteenth 0.865 / 0.009, thirteenth 0.951 /
# 0.000). The first fix after it was measured (a meeting that time is had for is no commitment):
# eighteenth 0.903 / 0.016, sixteenth 0.883 / 0.009.
# Round 40 was tuned on the eighteenth (opened) and held the nineteenth out (written before it,
# by someone else): before it (830bc2c1) eighteenth 0.903 / 0.016, nineteenth 0.853 / 0.039;
# after it eighteenth 0.975 / 0.001, nineteenth 0.883 / 0.035, none worse (and sixteenth 0.919 /
# 0.005, fifth 0.888 / 0.011, sixth 0.924 / 0.023).
# Round 42 was tuned on the nineteenth (opened) as word classes, and held the twentieth out
# (written before it, by someone else): nineteenth 0.883 / 0.035 to 0.982 / 0.000, none worse;
# twentieth 0.813 / 0.034 before it (48f3c2d7), 0.827 / 0.043 after it (13 German hours in words
# with "Uhr vormittags" went silent); round 43's first fix took those back: 0.837 / 0.034.
# Round 44 (v20) took the twentieth's misses as word classes (opened after round 42 was
# measured): 0.837 / 0.034 to 0.995 / 0.000 (the year's noun after a date, "de ... jusqu'à", words
# of precision inside a range, "me cuadra full", "except only for", Brazil's hours and parts).
# Round 44 was tuned on the twentieth (opened) and held the twenty-first out (written before it,
# by someone else): twenty-first 0.801 / 0.023 before it (eeabb3d4); after it and round 45's
# first fixes 0.873 / 0.023, none worse (two German lists had gone silent before the third).
BARS = {
    "first": (TONGUES, 8, 0.98, 0.01),
    "second": (TONGUES2, 11, 0.96, 0.015),
    "third": (TONGUES3, 13, 0.98, 0.01),
    "fourth": (TONGUES4, 17, 0.86, 0.065),
    "fifth": (TONGUES5, 19, 0.86, 0.015),
    "sixth": (TONGUES6, 23, 0.90, 0.03),
    "seventh": (TONGUES7, 29, 0.89, 0.02),
    "eighth": (TONGUES8, 30, 0.85, 0.02),
    "ninth": (TONGUES9, 31, 0.93, 0.025),
    "tenth": (TONGUES10, 32, 0.89, 0.03),
    "eleventh": (TONGUES11, 33, 0.90, 0.01),
    "twelfth": (TONGUES12, 34, 0.88, 0.015),
    "thirteenth": (TONGUES13, 35, 0.94, 0.005),
    "fourteenth": (TONGUES14, 36, 0.92, 0.005),
    "fifteenth": (TONGUES15, 37, 0.91, 0.005),
    "sixteenth": (TONGUES16, 38, 0.90, 0.006),
    "seventeenth": (TONGUES17, 39, 0.97, 0.002),
    "eighteenth": (TONGUES18, 40, 0.96, 0.002),
    "nineteenth": (TONGUES19, 41, 0.97, 0.002),
    "twentieth": (TONGUES20, 42, 0.98, 0.002),
    "twenty-first": (TONGUES21, 43, 0.85, 0.03),
}


@pytest.mark.parametrize("vocabulary", BARS)
def test_composed_replies_read_as_their_parts_say(vocabulary: str) -> None:
    tongues, seed, min_exact, max_silent = BARS[vocabulary]
    counts = tally(compositions(300, seed=seed, tongues=tongues))
    assert counts.total == 1500
    assert counts.exact / counts.total >= min_exact, counts.line()
    assert counts.silent / counts.total <= max_silent, counts.line()
