"""Hostile questions: what the test suite and the speed benchmark both throw at the bot."""

HOSTILE = {
    "empty": "",
    "whitespace": " \t\n ",
    "one megabyte": "x" * 1_000_000,
    "a word 200,000 times": "embassy " * 200_000,
    "binary and NULs": "\x00\x01\xff\xfe When\x00 were relations established?",
    "lone surrogates": "\ud800\udfff who \udc80 is the ambassador?",
    "ANSI escapes": "\x1b[31mWho is the US ambassador?\x1b[0m\x1b]0;title\x07",
    "right-to-left marks": "\u202eWho is the US ambassador?\u202c\u200f",
    "emoji": "🇰🇿🤝🇺🇸 When were diplomatic relations established? 🎉",
    "Cyrillic": "Когда были установлены дипломатические отношения?",
    "Kazakh": "Дипломатиялық қатынастар қашан орнатылды?",
}
