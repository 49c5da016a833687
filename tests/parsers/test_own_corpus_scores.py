"""The offline reader on our own labelled cases (tests/corpus/own) must not slip back.

The cases were written by people who had not seen the rules (a-*, b-*, c-*, then d-*), so the
bars below are the scores measured on them, less a small margin: a change that reads more
of them wrongly, or acts on more wrong readings without a person seeing them, fails here.
The shared scorer itself runs the real `rounds extract --batch --offline`.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared_corpus import SCORER

OWN = Path(__file__).resolve().parents[1] / "corpus" / "own"
ROUNDS = f"{sys.executable} -m agent.cli.app extract --batch --offline"


def _bars(exact: str, intent: str, silent: str, handed: str) -> dict[str, str]:
    """The scorer's options for a set's bars: least exact and intent, most silent and handed."""
    return {
        "--min-exact": exact,
        "--min-intent": intent,
        "--max-silent": silent,
        "--max-handed": handed,
    }


# Measured on all 367 cases (a-d): exact 0.997, intent 0.997, silent 0.000, handed 0.065; the
# bars are those set on a-c (d-* were held out until the fourth tuning round).
BARS = _bars("0.90", "0.95", "0.04", "0.15")
# e-* were held out until the fifth tuning round; measured on their 80 cases after it: exact
# 0.975, intent 1.000, outcome 1.000, selected 1.000, silent 0.000, handed 0.100.
E_BARS = _bars("0.95", "0.97", "0.02", "0.13")
# f-* were held out until the sixth tuning round (exact 0.910, silent 0.050, handed 0.120 before
# it); measured on their 100 cases after it: exact 1.000, intent 1.000, outcome 1.000, selected
# 1.000, silent 0.000, handed 0.080.
F_BARS = _bars("0.98", "0.98", "0.01", "0.10")
# g-* were held out until the seventh tuning round (exact 0.883, silent 0.050, handed 0.117 before
# it); measured on their 60 cases after it: exact 0.933, intent 0.967, outcome 1.000, selected
# 1.000, silent 0.000, handed 0.117; after the eighth: exact 0.950, intent 0.967, silent 0.000,
# handed 0.100.
G_BARS = _bars("0.94", "0.96", "0.02", "0.13")
# h-* were held out until the eighth tuning round (exact 0.633, outcome 0.429, silent 0.100, handed
# 0.367 before it); measured on their 30 cases after it: exact 1.000, intent 1.000, outcome 1.000,
# selected 1.000, silent 0.000, handed 0.100. One case is 0.033 of the set.
H_BARS = _bars("0.96", "0.96", "0.00", "0.14")
# i-* were held out until the ninth tuning round (exact 0.575, outcome 0.583, silent 0.200, handed
# 0.325 after the eighth); measured on their 40 cases after the ninth: exact 1.000, intent 1.000,
# outcome 1.000, selected 1.000, silent 0.000, handed 0.125.
I_BARS = _bars("0.97", "0.97", "0.00", "0.15")
# j-* were held out until the tenth tuning round (exact 0.750, outcome 0.833, silent 0.075, handed
# 0.275 after the ninth); measured on their 40 cases after the tenth: exact 1.000, intent 1.000,
# outcome 1.000, selected 1.000, silent 0.000, handed 0.100.
J_BARS = I_BARS
# k-* were held out until the eleventh tuning round (exact 0.625, outcome 0.625, silent 0.150,
# handed 0.325 after the tenth); measured on their 40 cases after the eleventh: exact 0.900, intent
# 0.975, outcome 0.875, selected 1.000, silent 0.000, handed 0.275 (its misses go to a person);
# after the twelfth: exact 0.925, outcome 1.000, silent 0.000, handed 0.225.
K_BARS = _bars("0.87", "0.95", "0.00", "0.30")
# l-* were held out until the twelfth tuning round (exact 0.850, outcome 0.800, silent 0.050,
# handed 0.125 after the eleventh); measured on their 40 cases after the twelfth: exact 1.000,
# intent 1.000, outcome 1.000, selected 1.000, silent 0.000, handed 0.025.
L_BARS = I_BARS
# m-* and n-* were held out until the thirteenth tuning round. Measured on their 40 cases each
# after the eleventh round (m: exact 0.750, intent 0.850, silent 0.100, handed 0.200; n: exact
# 0.825, intent 0.875, silent 0.050, handed 0.200), after the twelfth (m: exact 0.850, silent
# 0.050, handed 0.175; n: exact 0.825, silent 0.025, handed 0.225) and after the thirteenth (both:
# exact 1.000, intent 1.000, silent 0.000, handed 0.075).
M_BARS = N_BARS = I_BARS
# o-* and p-* were held out until the fourteenth tuning round. Measured on their 40 cases each
# after the twelfth and thirteenth rounds (o: exact 0.700, intent 0.850, outcome 0.750, silent
# 0.075, handed 0.325; p: exact 0.800, intent 0.950, outcome 0.750, silent 0.075, handed 0.225)
# and after the fourteenth (both: exact 1.000, intent 1.000, silent 0.000; handed o 0.125, p 0.075).
O_BARS = P_BARS = I_BARS
# q-*, r-* and s-* were held out until the fifteenth tuning round. Measured on their 40 cases each
# after the thirteenth round (q: exact 0.650, intent 0.900, silent 0.100, handed 0.300; r: exact
# 0.775, silent 0.075, handed 0.225; s: exact 0.875, silent 0.075, handed 0.150), after the
# fourteenth with calibration rounds 2-4 (q: exact 0.675, silent 0.000, handed 0.375; r: exact
# 0.800, silent 0.000, handed 0.275; s: exact 0.850, silent 0.000, handed 0.250) and after the
# fifteenth (q: exact 0.950, intent 1.000, silent 0.000, handed 0.100; r: exact 0.975, intent 0.975,
# silent 0.000, handed 0.075; s: exact 1.000, silent 0.000, handed 0.150).
Q_BARS = _bars("0.92", "0.97", "0.00", "0.13")
R_BARS = I_BARS
S_BARS = _bars("0.97", "0.97", "0.00", "0.18")
# t-*, u-* and v-* were held out until the sixteenth tuning round. Measured on their 40 cases each
# on the code before round 14 (t: exact 0.750, intent 0.950, silent 0.050, handed 0.275; u: exact
# 0.800, intent 1.000, silent 0.075, handed 0.150; v: exact 0.800, intent 0.950, silent 0.100,
# handed 0.175), after round 15 (t: exact 0.800, silent 0.050, handed 0.225; u: exact 0.825,
# silent 0.075, handed 0.125; v: exact 0.800, silent 0.025, handed 0.225) and after round 16 (t:
# exact 0.975, intent 1.000, silent 0.000, handed 0.125; u: exact 1.000, silent 0.000, handed
# 0.050; v: exact 0.950, intent 1.000, silent 0.000, handed 0.150).
T_BARS = _bars("0.95", "0.97", "0.00", "0.15")
U_BARS = I_BARS
V_BARS = _bars("0.92", "0.97", "0.00", "0.18")
# w-* and x-* were written after round 15, y-*, z-*, aa-* and ab-* before round 16 was tuned; all
# six were held out until the eighteenth tuning round. Measured on their 40 cases each on the code
# before round 16 (w: exact 0.825, silent 0.075, handed 0.125; x: exact 0.800, silent 0.075,
# handed 0.200; y: exact 0.775, silent 0.050, handed 0.200; z: exact 0.825, silent 0.050, handed
# 0.225; aa: exact 0.675, silent 0.050, handed 0.325; ab: exact 0.775, silent 0.025, handed
# 0.275), after rounds 16 and 17 (w 0.850, x 0.825, y 0.775, z 0.825, aa 0.750, ab 0.850 exact;
# silent 0.000-0.050) and after rounds 18 and 19 (exact 0.975-1.000, intent 0.975-1.000, silent
# 0.000, handed 0.050-0.125). (w-* and x-* were first measured before round 14: w exact 0.725,
# silent 0.150; x exact 0.750, silent 0.075.)
W_BARS = X_BARS = Y_BARS = Z_BARS = AA_BARS = AB_BARS = I_BARS
# ac-*, ad-*, ae-* and af-* were written before round 18 and held out from it; the nineteenth
# round was tuned on them. Measured on their 40 cases each before round 18 (ac: exact 0.800,
# silent 0.075, handed 0.125; ad: exact 0.725, silent 0.075, handed 0.275; ae: exact 0.800,
# silent 0.050, handed 0.225; af: exact 0.700, silent 0.075, handed 0.275), after it (ac 0.825,
# ad 0.775, ae 0.850, af 0.750 exact; silent 0.075, 0.075, 0.050, 0.050) and after round 19 (ac:
# exact 0.975, intent 1.000, silent 0.025, handed 0.000; ad: exact 0.925, intent 1.000, silent
# 0.025, handed 0.150; ae: exact 0.950, intent 1.000, silent 0.000, handed 0.125; af: exact 0.975,
# intent 0.975, silent 0.000, handed 0.100).
AC_BARS = _bars("0.95", "0.97", "0.03", "0.05")
AD_BARS = _bars("0.90", "0.97", "0.03", "0.17")
AE_BARS = _bars("0.92", "0.97", "0.00", "0.15")
AF_BARS = _bars("0.95", "0.95", "0.00", "0.12")
# ag-* … an-* were written during and after round 18 by people who never read the rules, and held
# out from rounds 18 and 19 (320 cases: exact 0.813 before round 18, 0.856 after round 19, silent
# 0.034 and 0.031, handed 0.194 and 0.144). Round 20 was tuned on their misses; measured after it
# (exact / silent / handed): ag 0.975 / 0.025 / 0.075, ah 0.950 / 0.000 / 0.100, ai 0.950 / 0.025 /
# 0.075, aj 0.950 / 0.025 / 0.075, ak 0.925 / 0.000 / 0.100, al 0.975 / 0.000 / 0.025, am 0.975 /
# 0.000 / 0.050, an 0.975 / 0.025 / 0.000; intent 1.000 on each.
AG_BARS = _bars("0.95", "0.97", "0.03", "0.10")
AH_BARS = _bars("0.92", "0.97", "0.00", "0.12")
AI_BARS = _bars("0.92", "0.97", "0.03", "0.10")
AJ_BARS = _bars("0.92", "0.97", "0.03", "0.10")
AK_BARS = _bars("0.90", "0.97", "0.00", "0.12")
AL_BARS = _bars("0.95", "0.97", "0.00", "0.05")
AM_BARS = _bars("0.95", "0.97", "0.00", "0.07")
AN_BARS = _bars("0.95", "0.97", "0.03", "0.03")
# ao-* … at-* were written before round 20 by people who never read the rules, and held out from
# it (exact / intent / silent / handed before round 20: ao 0.900 / 1.000 / 0.050 / 0.125, ap 0.925
# / 0.925 / 0.025 / 0.050, aq 0.850 / 0.950 / 0.025 / 0.175, ar 0.875 / 0.950 / 0.100 / 0.075, as
# 0.800 / 0.950 / 0.000 / 0.300, at 0.850 / 0.925 / 0.025 / 0.200; after it the same but as 0.825
# / 0.975 / 0.000 / 0.275 and at 0.850 / 0.925 / 0.050 / 0.175). Round 21 was tuned on their
# misses; measured after it: ao 1.000 / 0.000 / 0.075, ap 1.000 / 0.000 / 0.000, aq 0.950 / 0.000
# / 0.100, ar 0.950 / 0.025 / 0.075, as 0.900 / 0.000 / 0.225, at 0.925 / 0.050 / 0.100 (exact /
# silent / handed; intent 1.000 on each).
AO_BARS = _bars("0.97", "0.97", "0.00", "0.10")
AP_BARS = _bars("0.97", "0.97", "0.00", "0.03")
AQ_BARS = _bars("0.92", "0.97", "0.00", "0.12")
AR_BARS = _bars("0.92", "0.97", "0.03", "0.10")
AS_BARS = _bars("0.87", "0.97", "0.00", "0.25")
AT_BARS = _bars("0.90", "0.97", "0.05", "0.12")
# au-* … ax-* were written during round 21 by people who never read the rules and held out from
# rounds 20 and 21. Measured on their 40 cases each (exact / intent / silent / handed) before
# round 20 (au 0.800 / 0.975 / 0.025 / 0.175, av 0.925 / 1.000 / 0.000 / 0.125, aw 0.950 / 0.975 /
# 0.000 / 0.150, ax 0.900 / 1.000 / 0.025 / 0.150) and after round 21 (au 0.825 / 0.975 / 0.050 /
# 0.150, av 0.975 / 1.000 / 0.000 / 0.075, aw 0.950 / 0.975 / 0.000 / 0.150, ax 0.900 / 1.000 /
# 0.025 / 0.150). Round 22 was tuned on their misses; measured after rounds 22 and 23: au 0.975 /
# 1.000 / 0.025 / 0.050, av 1.000 / 1.000 / 0.000 / 0.050, aw 1.000 / 1.000 / 0.000 / 0.100, ax
# 0.950 / 1.000 / 0.000 / 0.125.
AU_BARS = _bars("0.95", "0.97", "0.03", "0.07")
AV_BARS = _bars("0.97", "0.97", "0.00", "0.07")
AW_BARS = _bars("0.97", "0.97", "0.00", "0.12")
AX_BARS = _bars("0.92", "0.97", "0.00", "0.15")
# ay-* … bb-* were written before round 22, and bc-* … bf-* before round 24, by people who never
# read the rules; they were held out until round 25, which was tuned on their misses. Measured on
# their 40 cases each (exact / intent / silent / handed) before round 25 (ay 0.850 / 0.950 / 0.050
# / 0.125, az 0.900 / 1.000 / 0.000 / 0.175, ba 0.850 / 0.975 / 0.025 / 0.125, bb 0.900 / 0.975 /
# 0.050 / 0.050, bc 0.825 / 1.000 / 0.075 / 0.150, bd 0.950 / 1.000 / 0.000 / 0.100, be 0.800 /
# 0.900 / 0.025 / 0.200, bf 0.750 / 0.925 / 0.025 / 0.225) and after it (ay 0.950 / 1.000 / 0.000
# / 0.075, az 0.950 / 1.000 / 0.000 / 0.125, ba 0.925 / 1.000 / 0.000 / 0.075, bb 0.950 / 1.000 /
# 0.025 / 0.025, bc 0.950 / 1.000 / 0.000 / 0.100, bd 0.975 / 1.000 / 0.000 / 0.075, be 0.925 /
# 0.975 / 0.000 / 0.150, bf 0.850 / 0.950 / 0.025 / 0.125).
AY_BARS = _bars("0.92", "0.97", "0.00", "0.10")
AZ_BARS = _bars("0.92", "0.97", "0.00", "0.15")
BA_BARS = _bars("0.90", "0.97", "0.00", "0.10")
BB_BARS = _bars("0.92", "0.97", "0.03", "0.05")
BC_BARS = _bars("0.92", "0.97", "0.00", "0.13")
BD_BARS = _bars("0.95", "0.97", "0.00", "0.10")
BE_BARS = _bars("0.90", "0.95", "0.00", "0.18")
BF_BARS = _bars("0.82", "0.92", "0.03", "0.15")
# bg-* … bl-* were written before round 25 by people who never read the rules, and held out from
# it. Measured (exact / intent / silent / handed) before round 25 (bg 0.850 / 0.975 / 0.025 /
# 0.125, bh 0.850 / 1.000 / 0.025 / 0.175, bi 0.925 / 1.000 / 0.000 / 0.225, bj 0.950 / 1.000 /
# 0.000 / 0.075, bk 0.825 / 0.975 / 0.075 / 0.150, bl 0.975 / 1.000 / 0.000 / 0.125) and after it
# (bh 0.875 / 1.000 / 0.000 / 0.175, bj 0.950 / 1.000 / 0.000 / 0.100, bk 0.850 / 1.000 / 0.050 /
# 0.150, the rest the same). Round 26 was tuned on them: after it bg 0.875 / 1.000 / 0.025 /
# 0.100, bh 0.925 / 1.000 / 0.000 / 0.100, bi 0.950 / 1.000 / 0.000 / 0.200, bj 0.950 / 1.000 /
# 0.000 / 0.075, bk 0.875 / 1.000 / 0.000 / 0.175, bl 0.975 / 1.000 / 0.000 / 0.125.
BG_BARS = _bars("0.85", "0.97", "0.00", "0.13")
BH_BARS = _bars("0.90", "0.97", "0.00", "0.13")
BI_BARS = _bars("0.92", "0.97", "0.00", "0.23")
BJ_BARS = _bars("0.95", "0.97", "0.00", "0.08")
BK_BARS = _bars("0.87", "0.97", "0.00", "0.20")
BL_BARS = _bars("0.95", "0.97", "0.00", "0.15")
# bm-* … br-* were written before round 26 by people who never read the rules, and held out from
# it. Measured (exact / intent / silent / handed) before round 26 (a4b1c89: bm 0.925 / 0.975 /
# 0.025 / 0.075, bn 0.850 / 0.975 / 0.050 / 0.150, bo 0.900 / 0.950 / 0.000 / 0.150, bp 0.925 /
# 1.000 / 0.025 / 0.075, bq 0.875 / 0.950 / 0.000 / 0.125, br 0.875 / 0.950 / 0.000 / 0.200) and
# after it (bn 0.875 / 0.975 / 0.050 / 0.125, bp 0.950 / 1.000 / 0.025 / 0.050, the rest the same).
# Round 27 was tuned on them: after it bm 0.975 / 1.000 / 0.000 / 0.050, bn 0.950 / 1.000 /
# 0.025 / 0.075, bo 0.950 / 1.000 / 0.000 / 0.100, bp 0.950 / 1.000 / 0.025 / 0.050, bq 0.925 /
# 1.000 / 0.000 / 0.075, br 0.925 / 1.000 / 0.000 / 0.150; and bg 0.875 / 1.000 / 0.000 / 0.125,
# bj 0.975 / 1.000 / 0.000 / 0.050, bk 0.900 / 1.000 / 0.000 / 0.175 (bh, bi, bl as after 26).
BM_BARS = _bars("0.95", "0.97", "0.00", "0.08")
BN_BARS = _bars("0.92", "0.97", "0.03", "0.10")
BO_BARS = _bars("0.92", "0.97", "0.00", "0.13")
BP_BARS = _bars("0.92", "0.97", "0.03", "0.08")
BQ_BARS = _bars("0.90", "0.97", "0.00", "0.10")
BR_BARS = _bars("0.90", "0.97", "0.00", "0.18")
# bs-* … bx-* were written before round 27 by people who never read the rules (their brief named
# the kinds still read badly: public holidays, states after their day, shifts, leave until a date,
# hours in words), and held out from it. Round 27 changed none of their readings: measured
# (exact / intent / silent / handed) before and after it, bs 0.575 / 1.000 / 0.125 / 0.400, bt
# 0.750 / 0.975 / 0.100 / 0.200, bu 0.675 / 0.950 / 0.075 / 0.250, bv 0.675 / 0.950 / 0.200 /
# 0.225, bw 0.650 / 1.000 / 0.075 / 0.300, bx 0.775 / 0.975 / 0.025 / 0.300. The bars hold them
# there until a round is tuned on their misses. Round 28 was tuned on them: after it bs 0.650 /
# 1.000 / 0.100 / 0.350, bt 0.825 / 0.975 / 0.050 / 0.175, bu 0.875 / 0.975 / 0.000 / 0.150, bv
# 0.775 / 0.975 / 0.100 / 0.225, bw 0.750 / 1.000 / 0.050 / 0.200, bx 0.875 / 1.000 / 0.000 / 0.200.
BS_BARS = _bars("0.67", "0.97", "0.08", "0.35")
BT_BARS = _bars("0.80", "0.95", "0.05", "0.20")
BU_BARS = _bars("0.85", "0.95", "0.00", "0.18")
BV_BARS = _bars("0.75", "0.95", "0.08", "0.25")
BW_BARS = _bars("0.72", "0.97", "0.05", "0.23")
BX_BARS = _bars("0.85", "0.97", "0.00", "0.23")
# by-* … cd-* were written before round 28 by people who never read the rules, and held out from
# it. Their brief, unlike bs-bx's, named no kind read badly: it asked for a week's ordinary inbox
# over the issue's six kinds. Measured (exact / intent / silent / handed) before round 28
# (a4701cf): by 0.850 / 0.975 / 0.050 / 0.150, bz 0.875 / 0.975 / 0.025 / 0.125, ca 0.850 / 0.950
# / 0.025 / 0.250, cb 0.900 / 1.000 / 0.050 / 0.150, cc 0.800 / 0.950 / 0.075 / 0.150, cd 0.875 /
# 0.900 / 0.000 / 0.150; after it by 0.875 / 0.975 / 0.050 / 0.125, bz 0.875 / 0.975 / 0.000 /
# 0.150, cc 0.825 / 0.975 / 0.050 / 0.150, the rest the same. Round 29 was tuned on them: after
# it by 0.925 / 0.975 / 0.000 / 0.125, bz 0.900 / 1.000 / 0.000 / 0.125, ca 0.900 / 1.000 / 0.000 /
# 0.225, cb 0.950 / 1.000 / 0.025 / 0.125, cc 0.900 / 1.000 / 0.000 / 0.150, cd 0.950 / 0.950 /
# 0.000 / 0.075. The bars hold them there.
BY_BARS = _bars("0.90", "0.97", "0.00", "0.15")
BZ_BARS = _bars("0.92", "0.97", "0.00", "0.10")
CA_BARS = _bars("0.87", "0.97", "0.00", "0.25")
CB_BARS = _bars("0.95", "0.97", "0.00", "0.15")
CC_BARS = _bars("0.92", "0.97", "0.00", "0.15")
CD_BARS = _bars("0.95", "0.95", "0.00", "0.08")
# ce-* … cj-* were written before round 29, from the same brief as by-cd (a week's ordinary inbox
# over the issue's six kinds, naming no kind read badly), by people who never read the rules, and
# held out from it. Measured (exact / intent / silent / handed) before round 29 (7413fb1): ce 0.875
# / 1.000 / 0.050 / 0.100, cf 0.950 / 0.975 / 0.025 / 0.050, cg 0.975 / 1.000 / 0.000 / 0.100, ch
# 0.875 / 0.950 / 0.050 / 0.150, ci 0.875 / 1.000 / 0.075 / 0.100, cj 0.775 / 0.925 / 0.025 / 0.275;
# after it cf 0.975 / 0.975 / 0.000 / 0.050, ch 0.900 / 0.950 / 0.025 / 0.150, the rest the same.
# Round 30 was tuned on them: after it ce 0.950 / 1.000 / 0.000 / 0.075, cf 1.000 / 1.000 / 0.000 /
# 0.025, cg 0.975 / 1.000 / 0.000 / 0.100, ch 0.975 / 0.975 / 0.000 / 0.100, ci 0.950 / 1.000 /
# 0.000 / 0.100, cj 0.875 / 0.975 / 0.000 / 0.225 (and by-cd: by 0.925 / 1.000 / 0.000 / 0.125, cb
# 0.975 / 1.000 / 0.000 / 0.150, cc 0.925 / 1.000 / 0.000 / 0.150, cd 0.975 / 0.975 / 0.000 / 0.050,
# bz and ca the same). The bars hold them there.
CE_BARS = _bars("0.92", "0.97", "0.00", "0.10")
CF_BARS = _bars("0.97", "0.97", "0.00", "0.05")
CG_BARS = _bars("0.95", "0.97", "0.00", "0.13")
CH_BARS = _bars("0.95", "0.95", "0.00", "0.13")
CI_BARS = _bars("0.95", "0.97", "0.00", "0.10")
CJ_BARS = _bars("0.87", "0.95", "0.00", "0.23")
# ck-* … cp-* were written before round 30, from the same brief as by-cd and ce-cj (a week's
# ordinary inbox over the issue's six kinds, December 2028 to May 2029), by people who never read
# the rules, and held out from it. Measured (exact / intent / silent / handed) before round 30
# (d37b28b): ck 0.925 / 1.000 / 0.025 / 0.150, cl 0.800 / 0.925 / 0.100 / 0.125, cm 0.875 / 0.975 /
# 0.050 / 0.250, cn 0.900 / 1.000 / 0.000 / 0.225, co 0.925 / 1.000 / 0.025 / 0.125, cp 0.900 /
# 0.975 / 0.000 / 0.150; after it cn 0.925 / 1.000 / 0.000 / 0.225, the rest the same. Round 31
# was tuned on them: after it ck 0.925 / 0.975 / 0.000 / 0.150, cl 0.900 / 0.950 / 0.025 / 0.100,
# cm 0.950 / 1.000 / 0.025 / 0.200, cn 0.950 / 1.000 / 0.000 / 0.200, co 0.925 / 1.000 / 0.000 /
# 0.150, cp 0.925 / 0.975 / 0.000 / 0.125. The bars hold them there.
CK_BARS = _bars("0.90", "0.97", "0.00", "0.18")
CL_BARS = _bars("0.87", "0.92", "0.03", "0.13")
CM_BARS = _bars("0.95", "0.97", "0.00", "0.23")
CN_BARS = _bars("0.92", "0.97", "0.00", "0.23")
CO_BARS = _bars("0.90", "0.97", "0.00", "0.15")
CP_BARS = _bars("0.90", "0.95", "0.00", "0.15")
# cq-* … cv-* were written before round 31, from the same brief as by-cd, ce-cj and ck-cp (a
# week's ordinary inbox over the issue's six kinds, June to November 2029), by people who never
# read the rules, and held out from it. Measured (exact / intent / silent / handed) before round 31
# (66edbff): cq 0.825 / 1.000 / 0.000 / 0.200, cr 0.850 / 0.950 / 0.025 / 0.175, cs 0.725 / 0.900
# / 0.050 / 0.275, ct 0.950 / 1.000 / 0.050 / 0.050, cu 0.900 / 1.000 / 0.000 / 0.100, cv 0.825 /
# 0.900 / 0.000 / 0.250; after it cq 0.850 / 1.000 / 0.000 / 0.175, the rest the same. Round 32
# was tuned on them: after it cq 0.950 / 1.000 / 0.000 / 0.075, cr 0.950 / 1.000 / 0.000 / 0.125,
# cs 0.800 / 0.925 / 0.000 / 0.250, ct 0.975 / 1.000 / 0.025 / 0.050, cu 0.950 / 1.000 / 0.000 /
# 0.050, cv 0.925 / 0.975 / 0.000 / 0.150 (and cm 0.975 / 1.000 / 0.000 / 0.200). The bars hold
# them there.
CQ_BARS = _bars("0.92", "0.97", "0.00", "0.10")
CR_BARS = _bars("0.92", "0.97", "0.00", "0.15")
CS_BARS = _bars("0.77", "0.92", "0.00", "0.28")
CT_BARS = _bars("0.95", "0.97", "0.03", "0.08")
CU_BARS = _bars("0.92", "0.97", "0.00", "0.08")
CV_BARS = _bars("0.90", "0.95", "0.00", "0.18")
# cw-* … db-* were written before round 32, from the same brief as by-cd, ce-cj, ck-cp and cq-cv
# (a week's ordinary inbox over the issue's six kinds, December 2029 to May 2030), by people who
# never read the rules, and held out from it. Measured (exact / intent / silent / handed) before
# round 32 (6e00da1) and after it, the same: cw 0.875 / 1.000 / 0.050 / 0.175, cx 0.950 / 1.000 /
# 0.050 / 0.075, cy 0.900 / 1.000 / 0.000 / 0.175, cz 0.825 / 0.950 / 0.050 / 0.150, da 0.900 /
# 1.000 / 0.000 / 0.175, db 0.850 / 0.975 / 0.025 / 0.175. Round 33 was tuned on them: after it
# cw 0.900 / 1.000 / 0.025 / 0.175, cx 1.000 / 1.000 / 0.000 / 0.075, cy as before, cz 0.925 /
# 1.000 / 0.025 / 0.075, da 0.950 / 1.000 / 0.000 / 0.150, db 0.875 / 0.975 / 0.000 / 0.175 (and
# bz 0.950 / 1.000 / 0.000 / 0.075). The bars hold them there.
CW_BARS = _bars("0.87", "0.97", "0.03", "0.20")
CX_BARS = _bars("0.97", "0.97", "0.00", "0.10")
CY_BARS = _bars("0.87", "0.97", "0.00", "0.20")
CZ_BARS = _bars("0.90", "0.97", "0.03", "0.10")
DA_BARS = _bars("0.92", "0.97", "0.00", "0.18")
DB_BARS = _bars("0.85", "0.95", "0.00", "0.20")
# dc-* … dh-* were written before round 33, from the same brief as by-cd … cw-db (a week's ordinary
# inbox over the issue's six kinds, June to November 2030), by people who never read the rules, and
# held out from it. Measured (exact / intent / silent / handed) before round 33 (b04b58c) and after
# it, the same: dc 0.775 / 1.000 / 0.075 / 0.250, dd 0.825 / 0.950 / 0.075 / 0.125, de 0.850 /
# 1.000 / 0.000 / 0.225, df 0.900 / 0.950 / 0.025 / 0.125, dg 0.650 / 1.000 / 0.100 / 0.300, dh
# 0.925 / 0.975 / 0.025 / 0.125. Round 34 was tuned on them: after it dc 0.900 / 1.000 / 0.000 /
# 0.200, dd 0.975 / 0.975 / 0.000 / 0.050, de 0.950 / 1.000 / 0.000 / 0.125, df 1.000 / 1.000 /
# 0.000 / 0.050, dg 0.925 / 1.000 / 0.000 / 0.175, dh 0.975 / 1.000 / 0.000 / 0.125. The bars hold
# them there.
DC_BARS = _bars("0.87", "0.97", "0.00", "0.23")
DD_BARS = _bars("0.95", "0.94", "0.00", "0.08")
DE_BARS = _bars("0.92", "0.97", "0.00", "0.15")
DF_BARS = _bars("0.97", "0.97", "0.00", "0.08")
DG_BARS = _bars("0.90", "0.97", "0.00", "0.20")
DH_BARS = _bars("0.95", "0.97", "0.00", "0.15")
# di-* … dn-* were written before round 34, from the same brief (December 2030 to May 2031,
# across the US/Canada, EU/UK, Chile, Sydney and Morocco clock changes and the winter and spring
# holidays), by people who never read the rules, and held out from it. Measured (exact / intent /
# silent / handed) before round 34 (e91a2a4) and after it, the same: di 0.750 / 0.975 / 0.000 /
# 0.325, dj 0.800 / 0.975 / 0.000 / 0.275, dk 0.700 / 0.925 / 0.025 / 0.350, dl 0.725 / 0.950 /
# 0.025 / 0.325, dm 0.850 / 1.000 / 0.025 / 0.175, dn 0.900 / 0.950 / 0.000 / 0.150. Round 35 was
# tuned on their misses; after it: di 0.950 / 1.000 / 0.000 / 0.200, dj 0.950 / 1.000 / 0.000 /
# 0.200, dk 0.950 / 0.975 / 0.000 / 0.200, dl 0.900 / 0.975 / 0.000 / 0.275, dm 1.000 / 1.000 /
# 0.000 / 0.175, dn 0.975 / 0.975 / 0.000 / 0.125. The bars hold them there.
DI_BARS = _bars("0.92", "0.97", "0.00", "0.23")
DJ_BARS = _bars("0.92", "0.97", "0.00", "0.23")
DK_BARS = _bars("0.92", "0.94", "0.00", "0.23")
DL_BARS = _bars("0.87", "0.94", "0.00", "0.30")
DM_BARS = _bars("0.97", "0.97", "0.00", "0.20")
DN_BARS = _bars("0.95", "0.94", "0.00", "0.15")
# do-* … dt-* were written before round 35, from the same brief (June to November 2031, across
# the southern spring clock changes of Chile, New Zealand and Australia, the EU and US autumn
# changes and the week between them, and the summer and autumn holidays), by people who never
# read the rules, and held out from it. Measured (exact / intent / silent / handed) before round
# 35 (58d13dad) and after it: do 0.775 / 1.000 / 0.075 / 0.200 to 0.825 / 1.000 / 0.075 / 0.200,
# dp 0.825 / 0.975 / 0.100 / 0.100 to 0.850 / 0.975 / 0.100 / 0.100, dq 0.875 / 1.000 / 0.000 /
# 0.225 to 0.900 / 1.000 / 0.000 / 0.225, dr 0.700 / 0.950 / 0.025 / 0.400 to 0.725 / 0.950 /
# 0.025 / 0.375, ds 0.825 / 0.975 / 0.075 / 0.150 to 0.875 / 0.950 / 0.050 / 0.125, dt 0.775 /
# 0.950 / 0.075 / 0.275 to 0.825 / 0.950 / 0.050 / 0.250. Round 36 was tuned on their misses;
# after it: do 0.900 / 1.000 / 0.025 / 0.150, dp 0.925 / 1.000 / 0.075 / 0.050, dq 0.925 / 1.000
# / 0.000 / 0.150, dr 0.800 / 0.975 / 0.025 / 0.300, ds 0.900 / 0.975 / 0.025 / 0.125, dt 0.875 /
# 0.950 / 0.025 / 0.250. The bars hold them there.
DO_BARS = _bars("0.87", "0.97", "0.03", "0.18")
DP_BARS = _bars("0.90", "0.97", "0.08", "0.08")
DQ_BARS = _bars("0.90", "0.97", "0.00", "0.18")
DR_BARS = _bars("0.77", "0.95", "0.03", "0.33")
DS_BARS = _bars("0.87", "0.95", "0.03", "0.15")
DT_BARS = _bars("0.85", "0.92", "0.03", "0.28")
# du-* … dz-* were written before round 36, from the same brief (December 2031 to May 2032,
# across the northern spring and southern autumn clock changes, Carnival, Easter and the spring
# holidays), by people who never read the rules, and held out from it. Measured (exact / intent
# / silent / handed) before round 36 (6f57654e) and after it: du 0.950 / 0.975 / 0.000 / 0.175 to
# 0.950 / 0.975 / 0.000 / 0.150, dv 0.850 / 0.975 / 0.025 / 0.250 to 0.850 / 0.975 / 0.025 /
# 0.225, dw 0.850 / 0.975 / 0.025 / 0.250 (the same after), dx 0.850 / 1.000 / 0.050 / 0.150 to
# 0.850 / 1.000 / 0.050 / 0.125, dy 0.850 / 0.975 / 0.000 / 0.275 (the same after), dz 0.850 /
# 0.975 / 0.050 / 0.325 to 0.850 / 0.975 / 0.050 / 0.275. Round 37 was tuned on their misses;
# after it: du 0.975 / 0.975 / 0.000 / 0.150, dv 0.875 / 0.975 / 0.025 / 0.200, dw 0.900 / 0.975
# / 0.000 / 0.200, dx 0.925 / 1.000 / 0.000 / 0.125, dy 0.900 / 1.000 / 0.000 / 0.250, dz 0.950 /
# 1.000 / 0.000 / 0.225. The bars hold them there.
DU_BARS = _bars("0.95", "0.95", "0.00", "0.18")
DV_BARS = _bars("0.85", "0.95", "0.03", "0.23")
DW_BARS = _bars("0.87", "0.95", "0.00", "0.23")
DX_BARS = _bars("0.90", "0.97", "0.00", "0.15")
DY_BARS = _bars("0.87", "0.97", "0.00", "0.28")
DZ_BARS = _bars("0.92", "0.97", "0.00", "0.25")
# ea-* … ef-* were written before round 37, from the same brief (June to November 2032, across
# the southern spring and the northern autumn clock changes, the summer holidays, All Saints,
# Día de Muertos and Thanksgiving), by people who never read the rules, and held out from it.
# Measured (exact / intent / silent / handed) before round 37 (cd49f5fa) and after it: ea 0.900
# / 0.975 / 0.000 / 0.225 to 0.925 / 0.975 / 0.000 / 0.200, eb 0.775 / 0.975 / 0.100 / 0.175
# (the same after), ec 0.875 / 0.950 / 0.000 / 0.150 to 0.900 / 0.975 / 0.000 / 0.125, ed 0.850
# / 0.975 / 0.075 / 0.125, ee 0.825 / 0.950 / 0.100 / 0.100, ef 0.950 / 0.975 / 0.025 / 0.100
# (these three the same after). Round 38 was tuned on their misses; after it: ea 0.975 / 1.000 /
# 0.000 / 0.175, eb 0.875 / 0.975 / 0.000 / 0.175, ec 0.925 / 0.975 / 0.000 / 0.125, ed 0.975 /
# 1.000 / 0.000 / 0.075, ee 0.925 / 0.975 / 0.025 / 0.100, ef 0.975 / 1.000 / 0.000 / 0.100. The
# bars hold them there.
EA_BARS = _bars("0.95", "0.97", "0.00", "0.20")
EB_BARS = _bars("0.85", "0.95", "0.00", "0.20")
EC_BARS = _bars("0.90", "0.95", "0.00", "0.15")
ED_BARS = _bars("0.95", "0.97", "0.00", "0.10")
EE_BARS = _bars("0.90", "0.95", "0.03", "0.13")
EF_BARS = _bars("0.95", "0.97", "0.00", "0.13")
# eg-* … el-* were written before round 38, from the same brief (December 2032 to May 2033,
# across the year's end, Carnival, the March and April clock changes and Easter), by people who
# never read the rules, and held out from it. Measured (exact / intent / silent / handed)
# before round 38 (f4861230) and after it: eg 0.900 / 1.000 / 0.025 / 0.200 to 0.900 / 1.000 /
# 0.000 / 0.175, eh 0.875 / 1.000 / 0.050 / 0.150 to 0.875 / 1.000 / 0.050 / 0.125, ei 0.850 /
# 0.950 / 0.050 / 0.225 to 0.850 / 0.950 / 0.050 / 0.175, ej 0.925 / 1.000 / 0.000 / 0.125 to
# 0.950 / 1.000 / 0.000 / 0.125, ek 0.850 / 0.975 / 0.000 / 0.250 and el 0.975 / 1.000 / 0.000 /
# 0.150 (the same after). The first fixes after it was measured handed ei's one silent pick
# over (ei 0.850 / 0.950 / 0.025 / 0.200) and read eh-004 right (eh 0.900 / 1.000 / 0.025 /
# 0.125). The bars hold them there.
# Round 39 was tuned on eg-el (opened for it): after it eg 0.925 / 1.000 / 0.000 / 0.150, eh
# 0.975 / 1.000 / 0.000 / 0.075, ei 0.950 / 1.000 / 0.000 / 0.125, ej 0.975 / 1.000 / 0.000 /
# 0.100, ek 0.925 / 0.975 / 0.000 / 0.225, el 0.975 / 1.000 / 0.000 / 0.100. The bars hold them.
EG_BARS = _bars("0.90", "0.97", "0.00", "0.18")
EH_BARS = _bars("0.95", "0.97", "0.00", "0.10")
EI_BARS = _bars("0.92", "0.97", "0.00", "0.15")
EJ_BARS = _bars("0.95", "0.97", "0.00", "0.13")
EK_BARS = _bars("0.90", "0.95", "0.00", "0.25")
EL_BARS = _bars("0.95", "0.97", "0.00", "0.13")
# em-* … er-* were written before round 39, from the same brief (June to November 2033, across
# the southern spring and the northern autumn clock changes and the summer and autumn holidays),
# by people who never read the rules, and held out from it. Measured (exact / intent / silent /
# handed) before round 39 (13fe6ca9) and after it, the same: em 0.900 / 1.000 / 0.025 / 0.225, en
# 0.850 / 0.975 / 0.100 / 0.125, eo 0.900 / 0.950 / 0.000 / 0.175, ep 0.850 / 0.975 / 0.000 /
# 0.300, eq 0.925 / 1.000 / 0.050 / 0.175, er 0.900 / 0.950 / 0.025 / 0.125. After it was
# measured, Quebec's "une ronde" read as a step: en 0.875 / 0.975 / 0.075 / 0.125. Round 40 was
# tuned on them (opened): em 0.975 / 1.000 / 0.000 / 0.150, en 1.000 / 1.000 / 0.000 / 0.050, eo
# 0.925 / 0.950 / 0.000 / 0.150, ep 0.975 / 1.000 / 0.000 / 0.150, eq 1.000 / 1.000 / 0.000 /
# 0.125, er 1.000 / 1.000 / 0.000 / 0.050.
EM_BARS = _bars("0.95", "0.97", "0.00", "0.17")
EN_BARS = _bars("0.97", "0.97", "0.00", "0.07")
EO_BARS = _bars("0.90", "0.92", "0.00", "0.17")
EP_BARS = _bars("0.95", "0.97", "0.00", "0.17")
EQ_BARS = _bars("0.97", "0.97", "0.00", "0.15")
ER_BARS = _bars("0.97", "0.97", "0.00", "0.07")
# es-* … ex-* were written before round 40, from the same brief (December 2033 to May 2034,
# across the northern spring and southern autumn clock changes and the winter and spring
# holidays), by people who never read the rules, and held out from it. Measured (exact / intent /
# silent / handed) after round 40 (before it, 830bc2c1, the same but for et 0.900 exact, ev and ew
# 0.125 handed): es 0.925 / 0.975 / 0.025 / 0.125, et 0.925 / 1.000 / 0.000 / 0.150, eu 0.975 /
# 1.000 / 0.000 / 0.175, ev 0.925 / 1.000 / 0.025 / 0.100, ew 0.825 / 0.975 / 0.100 / 0.100, ex
# 0.925 / 1.000 / 0.025 / 0.150.
# Round 41's first fixes, after they were measured (opened): et 0.950 / 1.000 / 0.000 / 0.125, ev
# 0.950 / 1.000 / 0.000 / 0.100, ew 0.900 / 1.000 / 0.025 / 0.100, ex 0.950 / 1.000 / 0.025 /
# 0.125, es 0.950 / 1.000 / 0.025 / 0.100; eu unchanged.
ES_BARS = _bars("0.92", "0.97", "0.03", "0.12")
ET_BARS = _bars("0.92", "0.97", "0.00", "0.15")
EU_BARS = _bars("0.95", "0.97", "0.00", "0.20")
EV_BARS = _bars("0.92", "0.97", "0.00", "0.12")
EW_BARS = _bars("0.87", "0.97", "0.03", "0.12")
EX_BARS = _bars("0.92", "0.97", "0.03", "0.15")
# ey-* … fd-* were written before round 42, from the same brief (June to November 2034, across
# the southern spring and the northern autumn clock changes and the summer and autumn holidays),
# by people who never read the rules, and held out from it. Measured (exact / intent / silent /
# handed) before round 42 (48f3c2d7) and after it, the same: ey 0.875 / 1.000 / 0.050 / 0.100, ez
# 0.900 / 0.975 / 0.050 / 0.150, fa 0.875 / 0.975 / 0.000 / 0.200, fb 0.925 / 0.975 / 0.000 /
# 0.175, fc 1.000 / 1.000 / 0.000 / 0.050, fd 0.950 / 0.975 / 0.000 / 0.100. Round 43's first
# fixes, after they were measured (opened): ey 0.925 / 1.000 / 0.000 / 0.100, fa 0.900 / 1.000 /
# 0.000 / 0.175, fd 0.975 / 1.000 / 0.000 / 0.075; the others unchanged.
EY_BARS = _bars("0.90", "0.97", "0.00", "0.12")
EZ_BARS = _bars("0.87", "0.95", "0.06", "0.17")
FA_BARS = _bars("0.87", "0.97", "0.00", "0.20")
FB_BARS = _bars("0.90", "0.95", "0.00", "0.20")
FC_BARS = _bars("0.97", "0.97", "0.00", "0.07")
FD_BARS = _bars("0.95", "0.97", "0.00", "0.10")
# fe-* … fj-* were written before round 44, from the same brief (December 2034 to May 2035,
# across the northern spring clock changes, Advent, Carnival, Easter and May's holidays), by
# people who never read the rules, and held out from it. Measured (exact / intent / silent /
# handed) before round 44 (eeabb3d4): fe 0.925 / 0.975 / 0.025 / 0.200, ff 0.950 / 0.975 / 0.025
# / 0.175, fg 0.925 / 0.975 / 0.000 / 0.150, fh 0.925 / 1.000 / 0.050 / 0.075, fi 0.850 / 1.000 /
# 0.100 / 0.075, fj 0.925 / 0.975 / 0.050 / 0.150; after it the same but for fi 0.825 / 0.975 /
# 0.100 / 0.100 (one pick turned into a question). Round 45's first fixes, after they were
# measured (opened): fi back to 0.850 / 1.000 / 0.100 / 0.075, fh 0.925 / 1.000 / 0.025 / 0.100, fe
# 0.950 / 0.975 / 0.000 / 0.225.
FE_BARS = _bars("0.92", "0.95", "0.00", "0.25")
FF_BARS = _bars("0.92", "0.95", "0.035", "0.20")
FG_BARS = _bars("0.89", "0.95", "0.00", "0.17")
FH_BARS = _bars("0.89", "0.97", "0.035", "0.12")
FI_BARS = _bars("0.82", "0.97", "0.11", "0.10")
FJ_BARS = _bars("0.89", "0.95", "0.06", "0.17")
SETS = {
    "a-d": ({"a-", "b-", "c-", "d-"}, BARS),
    "e": ({"e-"}, E_BARS),
    "f": ({"f-"}, F_BARS),
    "g": ({"g-"}, G_BARS),
    "h": ({"h-"}, H_BARS),
    "i": ({"i-"}, I_BARS),
    "j": ({"j-"}, J_BARS),
    "k": ({"k-"}, K_BARS),
    "l": ({"l-"}, L_BARS),
    "m": ({"m-"}, M_BARS),
    "n": ({"n-"}, N_BARS),
    "o": ({"o-"}, O_BARS),
    "p": ({"p-"}, P_BARS),
    "q": ({"q-"}, Q_BARS),
    "r": ({"r-"}, R_BARS),
    "s": ({"s-"}, S_BARS),
    "t": ({"t-"}, T_BARS),
    "u": ({"u-"}, U_BARS),
    "v": ({"v-"}, V_BARS),
    "w": ({"w-"}, W_BARS),
    "x": ({"x-"}, X_BARS),
    "y": ({"y-"}, Y_BARS),
    "z": ({"z-"}, Z_BARS),
    "aa": ({"aa-"}, AA_BARS),
    "ab": ({"ab-"}, AB_BARS),
    "ac": ({"ac-"}, AC_BARS),
    "ad": ({"ad-"}, AD_BARS),
    "ae": ({"ae-"}, AE_BARS),
    "af": ({"af-"}, AF_BARS),
    "ag": ({"ag-"}, AG_BARS),
    "ah": ({"ah-"}, AH_BARS),
    "ai": ({"ai-"}, AI_BARS),
    "aj": ({"aj-"}, AJ_BARS),
    "ak": ({"ak-"}, AK_BARS),
    "al": ({"al-"}, AL_BARS),
    "am": ({"am-"}, AM_BARS),
    "an": ({"an-"}, AN_BARS),
    "ao": ({"ao-"}, AO_BARS),
    "ap": ({"ap-"}, AP_BARS),
    "aq": ({"aq-"}, AQ_BARS),
    "ar": ({"ar-"}, AR_BARS),
    "as": ({"as-"}, AS_BARS),
    "at": ({"at-"}, AT_BARS),
    "au": ({"au-"}, AU_BARS),
    "av": ({"av-"}, AV_BARS),
    "aw": ({"aw-"}, AW_BARS),
    "ax": ({"ax-"}, AX_BARS),
    "ay": ({"ay-"}, AY_BARS),
    "az": ({"az-"}, AZ_BARS),
    "ba": ({"ba-"}, BA_BARS),
    "bb": ({"bb-"}, BB_BARS),
    "bc": ({"bc-"}, BC_BARS),
    "bd": ({"bd-"}, BD_BARS),
    "be": ({"be-"}, BE_BARS),
    "bf": ({"bf-"}, BF_BARS),
    "bg": ({"bg-"}, BG_BARS),
    "bh": ({"bh-"}, BH_BARS),
    "bi": ({"bi-"}, BI_BARS),
    "bj": ({"bj-"}, BJ_BARS),
    "bk": ({"bk-"}, BK_BARS),
    "bl": ({"bl-"}, BL_BARS),
    "bm": ({"bm-"}, BM_BARS),
    "bn": ({"bn-"}, BN_BARS),
    "bo": ({"bo-"}, BO_BARS),
    "bp": ({"bp-"}, BP_BARS),
    "bq": ({"bq-"}, BQ_BARS),
    "br": ({"br-"}, BR_BARS),
    "bs": ({"bs-"}, BS_BARS),
    "bt": ({"bt-"}, BT_BARS),
    "bu": ({"bu-"}, BU_BARS),
    "bv": ({"bv-"}, BV_BARS),
    "bw": ({"bw-"}, BW_BARS),
    "bx": ({"bx-"}, BX_BARS),
    "by": ({"by-"}, BY_BARS),
    "bz": ({"bz-"}, BZ_BARS),
    "ca": ({"ca-"}, CA_BARS),
    "cb": ({"cb-"}, CB_BARS),
    "cc": ({"cc-"}, CC_BARS),
    "cd": ({"cd-"}, CD_BARS),
    "ce": ({"ce-"}, CE_BARS),
    "cf": ({"cf-"}, CF_BARS),
    "cg": ({"cg-"}, CG_BARS),
    "ch": ({"ch-"}, CH_BARS),
    "ci": ({"ci-"}, CI_BARS),
    "cj": ({"cj-"}, CJ_BARS),
    "ck": ({"ck-"}, CK_BARS),
    "cl": ({"cl-"}, CL_BARS),
    "cm": ({"cm-"}, CM_BARS),
    "cn": ({"cn-"}, CN_BARS),
    "co": ({"co-"}, CO_BARS),
    "cp": ({"cp-"}, CP_BARS),
    "cq": ({"cq-"}, CQ_BARS),
    "cr": ({"cr-"}, CR_BARS),
    "cs": ({"cs-"}, CS_BARS),
    "ct": ({"ct-"}, CT_BARS),
    "cu": ({"cu-"}, CU_BARS),
    "cv": ({"cv-"}, CV_BARS),
    "cw": ({"cw-"}, CW_BARS),
    "cx": ({"cx-"}, CX_BARS),
    "cy": ({"cy-"}, CY_BARS),
    "cz": ({"cz-"}, CZ_BARS),
    "da": ({"da-"}, DA_BARS),
    "db": ({"db-"}, DB_BARS),
    "dc": ({"dc-"}, DC_BARS),
    "dd": ({"dd-"}, DD_BARS),
    "de": ({"de-"}, DE_BARS),
    "df": ({"df-"}, DF_BARS),
    "dg": ({"dg-"}, DG_BARS),
    "dh": ({"dh-"}, DH_BARS),
    "di": ({"di-"}, DI_BARS),
    "dj": ({"dj-"}, DJ_BARS),
    "dk": ({"dk-"}, DK_BARS),
    "dl": ({"dl-"}, DL_BARS),
    "dm": ({"dm-"}, DM_BARS),
    "dn": ({"dn-"}, DN_BARS),
    "do": ({"do-"}, DO_BARS),
    "dp": ({"dp-"}, DP_BARS),
    "dq": ({"dq-"}, DQ_BARS),
    "dr": ({"dr-"}, DR_BARS),
    "ds": ({"ds-"}, DS_BARS),
    "dt": ({"dt-"}, DT_BARS),
    "du": ({"du-"}, DU_BARS),
    "dv": ({"dv-"}, DV_BARS),
    "dw": ({"dw-"}, DW_BARS),
    "dx": ({"dx-"}, DX_BARS),
    "dy": ({"dy-"}, DY_BARS),
    "dz": ({"dz-"}, DZ_BARS),
    "ea": ({"ea-"}, EA_BARS),
    "eb": ({"eb-"}, EB_BARS),
    "ec": ({"ec-"}, EC_BARS),
    "ed": ({"ed-"}, ED_BARS),
    "ee": ({"ee-"}, EE_BARS),
    "ef": ({"ef-"}, EF_BARS),
    "eg": ({"eg-"}, EG_BARS),
    "eh": ({"eh-"}, EH_BARS),
    "ei": ({"ei-"}, EI_BARS),
    "ej": ({"ej-"}, EJ_BARS),
    "ek": ({"ek-"}, EK_BARS),
    "el": ({"el-"}, EL_BARS),
    "em": ({"em-"}, EM_BARS),
    "en": ({"en-"}, EN_BARS),
    "eo": ({"eo-"}, EO_BARS),
    "ep": ({"ep-"}, EP_BARS),
    "eq": ({"eq-"}, EQ_BARS),
    "er": ({"er-"}, ER_BARS),
    "es": ({"es-"}, ES_BARS),
    "et": ({"et-"}, ET_BARS),
    "eu": ({"eu-"}, EU_BARS),
    "ev": ({"ev-"}, EV_BARS),
    "ew": ({"ew-"}, EW_BARS),
    "ex": ({"ex-"}, EX_BARS),
    "ey": ({"ey-"}, EY_BARS),
    "ez": ({"ez-"}, EZ_BARS),
    "fa": ({"fa-"}, FA_BARS),
    "fb": ({"fb-"}, FB_BARS),
    "fc": ({"fc-"}, FC_BARS),
    "fd": ({"fd-"}, FD_BARS),
    "fe": ({"fe-"}, FE_BARS),
    "ff": ({"ff-"}, FF_BARS),
    "fg": ({"fg-"}, FG_BARS),
    "fh": ({"fh-"}, FH_BARS),
    "fi": ({"fi-"}, FI_BARS),
    "fj": ({"fj-"}, FJ_BARS),
}


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every case of every set read once by the real `rounds extract --batch --offline`, kept
    by the file name of its message: one start of the reader instead of one per set (about
    120 starts had made this file most of `make test`'s time)."""
    cases = [
        {"id": eml.name, "eml": str(eml), "context": json.loads(label.read_text())["context"]}
        for label in sorted(OWN.glob("*.json"))
        if (eml := label.with_suffix(".eml")).exists()
    ]
    run = subprocess.run(
        shlex.split(ROUNDS),
        input="".join(json.dumps(case) + "\n" for case in cases),
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    path = tmp_path_factory.mktemp("readings") / "readings.jsonl"
    path.write_text(run.stdout, encoding="utf-8")
    return path


@pytest.mark.skipif(
    not os.environ.get("CI") and not SCORER.exists(), reason=f"no shared scorer at {SCORER}"
)
@pytest.mark.parametrize("name", SETS)
def test_own_cases_meet_the_bars(tmp_path: Path, readings: Path, name: str) -> None:
    """Exact, intent, silent and handed on each set of our own cases stay at the measured bars."""
    prefixes, bars = SETS[name]
    for case in OWN.iterdir():
        if case.name.startswith(tuple(prefixes)):
            shutil.copy(case, tmp_path / case.name)
    args = [arg for pair in bars.items() for arg in pair]
    replay = f"{sys.executable} -m tests.parsers.replay_readings {readings}"
    run = subprocess.run(
        [sys.executable, str(SCORER), str(tmp_path), "--cmd", replay, "--show-failures", *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
