"""Korean particles after a filled-in value: the translations write both forms ("{0}을(를)") and
``with_particles`` keeps the one the value takes when read aloud."""
from __future__ import annotations

import pytest

from annstudio.particles import with_particles


@pytest.mark.parametrize(("text", "expected"), [
    ("이 가중치는 AND을(를) 구현합니다", "이 가중치는 AND를 구현합니다"),       # 앤드/디: a vowel
    ("XOR을(를) 구현합니다", "XOR을 구현합니다"),                           # 알: a consonant
    ("0.1(으)로 유지됩니다", "0.1로 유지됩니다"),                           # 일: ㄹ takes 로
    ("9.731(으)로 바뀌었습니다", "9.731로 바뀌었습니다"),
    ("3(으)로 바뀌었습니다", "3으로 바뀌었습니다"),                          # 삼
    ("2(으)로", "2로"), ("10(으)로", "10으로"), ("1,000이(가)", "1,000이"),   # 이, 십, 천
    ("'1e308'이(가) 너무 큽니다", "'1e308'이 너무 큽니다"),                 # quotes skipped: 팔
    ("“model.h5”을(를) 열었습니다", "“model.h5”를 열었습니다"),             # 오
    ("파일(으)로", "파일로"), ("모델(으)로", "모델로"), ("학습(으)로", "학습으로"),
    ("층 'dense'은(는)", "층 'dense'는"), ("Adam은(는)", "Adam은"), ("sigmoid와(과)", "sigmoid와"),
    ("값 -(으)로", "값 -(으)로"),                                             # unreadable: both forms stay
    ("(으)로 시작", "(으)로 시작"),
    ("Set x to 3 (or 4)", "Set x to 3 (or 4)"),                               # English is left alone
])
def test_the_particle_follows_how_the_value_is_read(text, expected):
    assert with_particles(text) == expected
