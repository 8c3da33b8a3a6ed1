"""Korean particles after a filled-in value: "AND을(를)" becomes "AND를", "0.1(으)로" becomes "0.1로".

A Korean translation cannot know which particle follows a placeholder: it depends on whether the value,
read aloud, ends in a consonant (받침). Translations therefore write both forms ("{0}을(를)"), and
:func:`with_particles` picks one once the value is in, from how the value ends: a Hangul syllable; a number,
read the Korean way (1 일, 10 십, 0.5 오); an acronym, read letter by letter (XOR → 알); another Latin word by
its ending (Adam → ㅁ, sigmoid → 드). Quotes and brackets around the value are skipped. A value it cannot
read (a symbol) keeps both forms, which is still correct Korean. No Qt: messages of every layer use it.
"""
from __future__ import annotations

import re

#: the written-both-ways particles: (with a final consonant, without one)
_PAIRS = {"을(를)": ("을", "를"), "이(가)": ("이", "가"), "은(는)": ("은", "는"), "과(와)": ("과", "와"),
          "와(과)": ("과", "와"), "(으)로": ("으로", "로"), "(이)라는": ("이라는", "라는"), "(이)며": ("이며", "며")}
_PATTERN = re.compile("|".join(re.escape(k) for k in _PAIRS))
_CLOSERS = "'\"”’)]»›」』"
#: the final sound of each digit read in Sino-Korean (영 일 이 삼 사 오 육 칠 팔 구): "" none, "ㄹ", or "c"
_DIGIT_FINAL = {"0": "c", "1": "ㄹ", "2": "", "3": "c", "4": "", "5": "", "6": "c", "7": "ㄹ", "8": "ㄹ", "9": ""}
#: letters whose English name ends in a consonant: L 엘, M 엠, N 엔, R 알
_LETTER_FINAL = {"l": "ㄹ", "m": "c", "n": "c", "r": "ㄹ"}
_RIEUL = 8  # the index of ㄹ among the final consonants of a Hangul syllable


def _final(before: str) -> str | None:
    """How ``before`` ends when read aloud: "" (a vowel), "ㄹ", "c" (another consonant), ``None`` (unknown)."""
    text = before.rstrip(_CLOSERS)
    if not text:
        return None
    last = text[-1]
    if "가" <= last <= "힣":
        jong = (ord(last) - 0xAC00) % 28
        return "" if jong == 0 else "ㄹ" if jong == _RIEUL else "c"
    if last.isdigit() and last.isascii():
        number = re.search(r"[0-9][0-9,]*(?:\.[0-9]+)?$", text)
        digits = number.group(0).replace(",", "") if number else last
        if "." not in digits and digits.strip("0") and digits.endswith("0"):
            return "c"   # 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ) ...: all end in a consonant, none in ㄹ
        return _DIGIT_FINAL[last]
    if last.isascii() and last.isalpha():
        word = re.search(r"[A-Za-z]+$", text).group(0)  # type: ignore[union-attr]
        if len(word) == 1 or word.isupper():   # read letter by letter: the last letter's name
            return _LETTER_FINAL.get(last.lower(), "")
        lower = word.lower()
        if lower.endswith("ng"):
            return "c"
        return {"m": "c", "n": "c", "l": "ㄹ"}.get(lower[-1], "")
    return None


def with_particles(text: str) -> str:
    """``text`` with each written-both-ways particle reduced to the one its preceding value takes."""
    if "(" not in text:
        return text

    def pick(match: re.Match[str]) -> str:
        final = _final(text[:match.start()])
        if final is None:
            return match.group(0)
        with_final, without = _PAIRS[match.group(0)]
        if match.group(0) == "(으)로" and final == "ㄹ":
            return without   # 로 after ㄹ: 일로, 칠로, 파일로
        return with_final if final else without

    return _PATTERN.sub(pick, text)
