"""Session 47: a school's numbers for its pupils ("My student Ethan Roy (student ID 26588729) is affected": an edtech
tester's 10 student ids were stored as written, and one was printed in the themes report). Spanish "matrícula" is
left to the plate rule: it is also a car's registration."""

from __future__ import annotations

import pytest

from retrieval.redact import redact


@pytest.mark.parametrize("text, number", [
    ("My student Ethan Roy (student ID 26588729) is affected.", "26588729"),
    ("Student number: S-2291734, grade 5.", "S-2291734"),
    ("Pupil no. 4471902 cannot log in.", "4471902"),
    ("Meine Matrikelnummer ist 3385120.", "3385120"),
    ("Le numéro d'élève 55120934 ne fonctionne pas.", "55120934"),
])
def test_a_pupils_number_is_redacted(text, number):
    out = redact(text)[0]
    assert number not in out, out


@pytest.mark.parametrize("text", ["Version 4.7.0 broke the reports for 120 students.",
                                  "The student dashboard shows 28 of 30 quizzes done.",
                                  "Our school has 640 students and 42 teachers."])
def test_counts_of_students_are_kept(text):
    assert redact(text)[0] == text
