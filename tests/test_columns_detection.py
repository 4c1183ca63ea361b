"""Which column is the date, the text and the rating, and how ratings that state their own scale are read: the
choices `pma ingest` makes from a file's column names and values, and the line of its report that names them."""

from __future__ import annotations

import json

import pytest

from tests.support.paths import write
from retrieval.columns import date_rank, detect_columns, rating_scale
from retrieval.dates import parse_date
from retrieval.db import Database
from retrieval.errors import UserError
from retrieval.ingest import ingest_paths
from retrieval.loaders import load_file
from retrieval.ratings import parse_rating


def chosen(tmp_path, name: str, content: str) -> dict[str, str | None]:
    colmap = detect_columns(load_file(write(tmp_path / name, content)))
    return {k: v for k, v in colmap.fields.items() if v}


def stored(settings, sql: str):
    with Database(settings).connect() as conn:
        return conn.execute(sql).fetchall()


# ---- the date column ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("header, rows, date", [
    # A survey's respondent id (9 digits, once read as epoch seconds: 1973) before its "Start Date".
    ("Respondent ID,Start Date,Comment", ["114235001,2026-10-13,Search hides behind the keyboard",
                                          "114235002,2026-10-14,Please share a route as a link"], "Start Date"),
    ("Ticket ID,Created,Comment", ["10231,2026-10-13,Elevation profile wrong on descents",
                                   "10232,2026-10-14,Cannot change my e-mail address"], "Created"),
    # An id that happens to be a plausible epoch time is still an id.
    ("Response ID,Feedback,Submitted", ["1791702764,Crash when rotating the phone,2026-10-13",
                                        "1791702765,Sharing loses the map preview,2026-10-14"], "Submitted"),
    # When the feedback was given beats a plain date, a start beats an end, a date beats an update.
    ("End Date,Start Date,Comment", ["10/13/2026 08:15:02 AM,10/13/2026 08:12:44 AM,Contour lines missing",
                                     "10/14/2026 05:31:10 PM,10/14/2026 05:30:00 PM,Too many notifications"],
     "Start Date"),
    ("Updated,Date,Submission Date,Review", ["2026-10-20,2026-10-02,2026-10-01,Offline maps fail to download"],
     "Submission Date"),
    ("Last Updated,Datum,Kommentar", ["2026-10-20,2026-10-01,Die Karten laden sehr langsam"], "Datum"),
    # Names in other languages and scripts; a date of birth is not the feedback's date.
    ("Geburtsdatum;Erstellungsdatum;Kommentar", ["1980-02-01;2026-10-01;Die App stürzt beim Start ab"],
     "Erstellungsdatum"),
    ("Дата рождения,Дата создания,Отзыв", ["1980-02-01,2026-10-01,Карты не загружаются"], "Дата создания"),
    ("创建时间,评论", ["2026-10-01 10:00,离线地图下载一直失败"], "创建时间"),
])
def test_the_date_is_the_column_named_for_it_and_never_an_id(tmp_path, header, rows, date):
    assert chosen(tmp_path, "export.csv", "\n".join([header, *rows]) + "\n")["date"] == date


def test_without_a_date_name_a_column_of_numbers_is_not_the_date(tmp_path):
    """The content fallback takes values that read as dates, but not bare numbers: an unnamed 10-digit number is an
    id or a count far more often than an epoch time."""
    cols = chosen(tmp_path, "ids.csv", "Ref,When it happened,Comment\n1791702764,Oct 5 2026,Maps fail offline\n"
                                       "1791702765,Oct 6 2026,Battery drains fast\n")
    assert cols["date"] == "When it happened"
    assert "date" not in chosen(tmp_path, "ref.csv", "Ref,Comment\n1791702764,Maps fail offline\n")


def test_epoch_numbers_count_as_dates_only_in_a_plausible_range():
    assert parse_date("1791702764").year == 2026 and parse_date("1791702764000").year == 2026
    assert parse_date("114235001") is None  # 1973: a respondent id
    assert parse_date("9999999999") is None  # 2286


def test_date_rank_reads_names_in_many_forms():
    ranks = {c: date_rank(c) for c in ("Submitted At", "createdDate", "Timestamp", "Start Date", "End Date",
                                       "Date of Birth", "Time spent (s)", "Time zone", "Issue key", "Ticket Number",
                                       "First reply time", "Comment", "Last Name", "Update")}
    assert ranks == {"Submitted At": 0, "createdDate": 0, "Timestamp": 1, "Start Date": 2, "End Date": 3,
                     "Date of Birth": None, "Time spent (s)": None, "Time zone": None, "Issue key": None,
                     "Ticket Number": None, "First reply time": None, "Comment": None, "Last Name": None,
                     "Update": None}


# ---- the text column ------------------------------------------------------------------------------------------------
JIRA = ("Summary,Issue key,Issue id,Reporter,Created,Updated,Description,Labels,Labels,Comment,Comment\n"
        "Map tiles blank after zoom,TM-1412,10412,Priya Sharma,14/Oct/26 9:12 AM,15/Oct/26 10:00 AM,"
        "\"Map tiles go blank when zooming past level 16.\nHappens on iPad only.\",ios,maps,"
        "15/Oct/26 10:00 AM;jdoe;Reproduced on iPad Air,16/Oct/26 11:00 AM;asmith;Fix in 4.4.2\n"
        "Add GPX import,TM-1413,10413,Tom Becker,15/Oct/26 2:30 PM,15/Oct/26 2:30 PM,"
        "Several customers asked to import GPX files from other apps.,import,,,\n")


def test_a_description_is_the_text_and_repeated_comment_columns_stay_apart(db_settings, tmp_path):
    """Jira and help desks export the issue's description beside its comments (the agents' replies, in repeated
    "Comment" columns): the description is the feedback, an issue without comments is stored, and each comment
    keeps its own metadata key."""
    report = ingest_paths([write(tmp_path / "jira.csv", JIRA)], db_settings)
    f = report.files[0]
    assert (f.read, f.added, f.rejected) == (2, 2, 0)
    assert (f.columns["text"], f.columns["date"], f.columns["title"], f.columns["user"]) == (
        "Description", "Created", "Summary", "Reporter")
    got = stored(db_settings, "SELECT text, created_at, metadata FROM feedback ORDER BY id")
    assert got[0][0].startswith("Map tiles blank after zoom. Map tiles go blank when zooming")
    assert got[1][0] == "Add GPX import. Several customers asked to import GPX files from other apps."
    assert got[0][1].strftime("%Y-%m-%d") == "2026-10-14"
    assert got[0][2]["Comment"].endswith("Reproduced on iPad Air") and got[0][2]["Comment_2"].endswith("4.4.2")
    assert (got[0][2]["Labels"], got[0][2]["Labels_2"]) == ("ios", "maps")


@pytest.mark.parametrize("header, title", [
    ("Note title,Note text,Company,Created at", "Note title"),  # a research repository's insight
    ("Idea Title,Details,Votes,Created", "Idea Title"),
    ("Post title,Post content,Created", "Post title"),
    ("Job Title,Comment,Created", None),  # the person's, not the item's
])
def test_a_boards_title_heads_its_text(tmp_path, header, title):
    row = ",".join(["Apple Pay for premiums", "Brokers keep asking to pay the premium with Apple Pay", *(
        ["Broker 3"] if "Company" in header else ["12"] if "Votes" in header else []), "2026-10-01"])
    assert chosen(tmp_path, "board.csv", f"{header}\n{row}\n").get("title") == title


def test_comments_are_the_text_when_nothing_else_is(tmp_path):
    assert chosen(tmp_path, "c.csv", "Ticket ID,Comment\n7,Maps fail offline in the Alps\n")["text"] == "Comment"


# ---- ratings --------------------------------------------------------------------------------------------------------
def test_a_rating_that_states_its_scale_is_read_on_it(db_settings, tmp_path):
    """One "8/10" among "4 stars" and "★★★★☆" made the whole column scores out of 10 ("4 stars" stored as 1.67): a
    value that states its scale is read on it, only bare numbers follow the column's scale."""
    export = ("date,rating,review\n2026-11-03,4 stars,Trail search nearby is fast\n"
              "2026-11-04,★★★★☆,Elevation profiles are spot on\n2026-11-05,1 star,Premium upsell popups everywhere\n"
              "2026-11-06,4.5,Best hiking app I know of\n2026-11-07,★,Lost my recorded tracks\n"
              "2026-11-08,8/10,Map labels are tiny on tablets\n")
    f = ingest_paths([write(tmp_path / "mixed.csv", export)], db_settings).files[0]
    assert (f.added, f.rejected, f.rating_scale) == (6, 0, 5)
    got = stored(db_settings, "SELECT rating, metadata FROM feedback ORDER BY id")
    assert [r[0] for r in got] == [4.0, 4.0, 1.0, 4.5, 1.0, 3.5]
    assert got[5][1] == {"rating": "8/10"}  # the score as the customer gave it


@pytest.mark.parametrize("values, expected", [
    (["4 Sterne", "1 Stern", "5 Sterne"], [4.0, 1.0, 5.0]),
    (["4/5", "★★★★☆", "2 Sterne", "5"], [4.0, 4.0, 2.0, 5.0]),
    (["4 étoiles", "1 étoile", "3 estrellas", "2 estrelas"], [4.0, 1.0, 3.0, 2.0]),
    (["4 stelle", "3 sterren", "5 gwiazdek", "4 звезды", "1 звезда"], [4.0, 3.0, 5.0, 4.0, 1.0]),
    (["5つ星", "星4つ", "4星", "별 3개", "⭐⭐⭐⭐"], [5.0, 4.0, 4.0, 3.0, 4.0]),
    (["4 von 5", "8 out of 10", "3,5 Sterne"], [4.0, 3.5, 3.5]),
])
def test_star_words_in_many_languages_are_ratings(values, expected):
    scale = rating_scale("Bewertung", values)
    assert scale == 5 and [parse_rating(v, scale) for v in values] == expected


def test_a_bare_number_column_takes_its_scale_from_bare_numbers_only():
    assert rating_scale("Score", ["9", "3", "10/10", "4 stars"]) == 10
    assert rating_scale("Rating", ["4", "2", "8/10", "★★★★★"]) == 5
    assert parse_rating("7", 10) == 3.0 and parse_rating("4 stars", 10) == 4.0


def test_a_help_desks_channel_is_no_source(tmp_path):
    """Freshdesk's "Source" (Email, Portal, Phone, Chat) and Judge.me's "source" (web, email, import) say how an item
    came in: an e-bike tester's tickets were split into the sources "Email", "Chat" and "Portal", and no question
    about "tickets" or "Judge.me" found them. A column that names where feedback was given is still the source."""
    tickets = ("Ticket ID,Subject,Description,Source,Created time\n"
               "1,Refund,Still no refund after 3 weeks,Email,2026-06-07 19:32:37\n"
               "2,Lock,Lock error after the update,Portal,2026-06-08 10:00:00\n"
               "3,Pairing,App will not pair,Feedback Widget,2026-06-09 10:00:00\n")
    assert "source" not in chosen(tmp_path, "freshdesk_tickets.csv", tickets)
    reviews = "body,rating,source\nGreat bike,5,web\nRange is short,2,email\nLove it,5,import\n"
    assert "source" not in chosen(tmp_path, "judgeme_reviews.csv", reviews)
    stores = "Store,Review,Rating\nApp Store,Crashes at checkout,1\nGoogle Play,Good value,4\n"
    assert chosen(tmp_path, "reviews.csv", stores)["source"] == "Store"


def test_a_feature_boards_score_beside_its_votes_is_no_rating(tmp_path):
    """Canny's export has "Votes" and "Score" (votes again, up to hundreds): a tester's 154 requests were read as
    1-2 star ratings and NPS detractors, and the two most-voted posts rejected as above a scale of 100. A survey's
    Score with no votes column is still the rating; ``--map COLUMN=none`` keeps any column from every field."""
    from retrieval.columns import detect_columns
    from ui.cli.feedback import parse_map

    board = ("Post ID,Title,Details,Status,Votes,Score,Created At\n"
             "a1,Forecast staffing,From last year's sales,open,102,102,2026-10-19T11:16:00.000Z\n"
             "a2,POS integration,Predict busy hours,planned,7,7,2026-10-20T09:00:00.000Z\n")
    assert "rating" not in chosen(tmp_path, "canny.csv", board)
    survey = "Score,Comment\n9,Great scheduling\n3,Payroll export fails\n"
    assert chosen(tmp_path, "survey.csv", survey)["rating"] == "Score"
    loaded = load_file(write(tmp_path / "survey2.csv", survey + "10,Love it\n"))
    colmap = detect_columns(loaded, mapping=parse_map(["Score=none"]))
    assert colmap.get("rating") is None and "Score" in colmap.metadata_columns(loaded.columns)
    assert parse_map(["Score=none", "Plan=none"])["none"].count("\x1f") == 1
    # a forum's score is votes too (an e-bike tester's Reddit comments: 5 rejected as above 100, the rest 1-5 stars)
    reddit = json.dumps([{"id": f"c{i}", "author": f"u{i}", "body": f"Brakes squeal on wet days, comment {i}",
                          "score": s, "created_utc": 1784093788 + i} for i, s in enumerate([15, 0, 138, -2, 7])])
    assert "rating" not in chosen(tmp_path, "reddit.json", reddit)
    assert chosen(tmp_path, "survey3.csv", "Score,Comment\n" + "".join(f"{s},Fine {s}\n" for s in (80, 100, 45)))[
        "rating"] == "Score"  # a score out of 100 is still a rating
    with pytest.raises(UserError, match="column 'Nope' \\(for none\\) not found"):
        detect_columns(loaded, mapping=parse_map(["Nope=none"]))


def test_german_star_words_and_a_chinese_rating_column_keep_their_ratings(db_settings, tmp_path):
    """"4 Sterne" / "1 Stern" were not ratings, so the whole column was dropped without a note; a column named
    评分 ("rating") was not a rating column."""
    german = "Datum;Bewertung;Kommentar\n03.11.2026;4 Sterne;Routen teilen klappt gut\n" \
             "05.11.2026;1 Stern;Die Kalibrierung nervt\n06.11.2026;★★★☆☆;Karten laden langsam\n"
    chinese = "日期,评分,评论\n2026-11-15,1,同步功能一直失败，客服也不回复。\n2026-11-16,4,界面很清爽，但是耗电有点快。\n"
    report = ingest_paths([write(tmp_path / "de.csv", german), write(tmp_path / "zh.csv", chinese)], db_settings)
    assert [f.columns["rating"] for f in report.files] == ["Bewertung", "评分"]
    assert report.total("added") == 5 and report.total("rejected") == 0
    assert [r[0] for r in stored(db_settings, "SELECT rating FROM feedback ORDER BY id")] == [4.0, 1.0, 3.0, 1.0, 4.0]


# ---- the segment ----------------------------------------------------------------------------------------------------
def test_a_review_sites_company_size_is_the_segment_when_no_plan_is_named(tmp_path):
    """A tester's G2 export kept "Company Size" as metadata only, so "Enterprise vs small business" had no segment
    to compare; a plan column or a plan question still wins over it."""
    g2 = ("Review ID,Review Date,Company Size,Star Rating,What do you like best about Relay?\n"
          "r1,2026-09-08,Enterprise(> 1000 emp.),4.5,Calls are clear\n"
          "r2,2026-09-09,Small-Business(50 or fewer emp.),3,Easy to set up\n")
    assert chosen(tmp_path, "g2.csv", g2)["segment"] == "Company Size"
    survey = ("Company Size,Which plan are you on?,Comment,Date\n"
              "Enterprise(> 1000 emp.),Business,Calls drop,2026-09-08\n51-1000,Pro,Great app,2026-09-09\n")
    assert chosen(tmp_path, "survey.csv", survey)["segment"] == "Which plan are you on?"


# ---- the report -----------------------------------------------------------------------------------------------------
def test_the_plain_ingest_report_names_the_chosen_columns(db_settings, tmp_path, monkeypatch, capsys):
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(db_settings.home))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(db_settings.models_cache))
    monkeypatch.setenv("PMA_DATABASE_URL", db_settings.retrieval.database_url.get_secret_value())
    survey = ("Respondent ID,Start Date,\"On a scale of 0-10, how likely are you to recommend us?\",Comment\n"
              "114235001,2026-10-13,9,Search hides behind the keyboard\n")
    paths = [write(tmp_path / "jira.csv", JIRA), write(tmp_path / "survey.csv", survey)]
    assert run(["ingest", *map(str, paths)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "columns: text=Description, date=Created, rating=(none), title=Summary, user=Reporter" in lines[1]
    assert lines[3] == ('  columns: text=Comment, date=Start Date, '
                        'rating="On a scale of 0-10, how likely are you to recomme…", external_id=Respondent ID')
    assert run(["ingest", str(paths[1]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["columns"]["date"] == "Start Date"  # JSON unchanged


def test_the_columns_line_names_every_text_column_of_a_review_site():
    """A tester's G2 export: the line was cut inside the second question, so the third column (its overall review)
    could not be seen. Each text column is cut on its own."""
    from ui.cli.feedback import columns_line

    line = columns_line({"text": "What do you like best about Relay? + What do you dislike about Relay? + Overall "
                                 "review (an item each)", "date": "Review Date", "rating": "Star Rating"})
    assert line.startswith("columns: text=What do you like best ab… + What do you dislike abou… + Overall review "
                           "(an item each), date=Review Date")


def test_a_folder_ingest_names_the_files_it_skips_and_every_rejects_file(db_settings, tmp_path, monkeypatch, capsys):
    """A tester's folder held a Zoom .pdf-like file the product does not read: it was skipped without a word; and
    of three files with rejected rows, the error named only the first rejects file."""
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(db_settings.home))
    monkeypatch.setenv("PMA_MODELS_CACHE", str(db_settings.models_cache))
    monkeypatch.setenv("PMA_DATABASE_URL", db_settings.retrieval.database_url.get_secret_value())
    folder = tmp_path / "export"
    good = "".join(f"Feedback number {k} about sync,2026-10-0{k}\n" for k in range(1, 5))
    write(folder / "a.csv", f"text,date\n{good}Bad date row,yesterday-ish\n")
    write(folder / "b.csv", f"text,date\n{good.replace('sync', 'maps')}Another bad one,someday\n")
    (folder / "call_recording.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    assert run(["ingest", str(folder)]) != 0
    got = capsys.readouterr()
    assert "skipped 1 file(s) in a format that is not read: " in got.out and "call_recording.mp4" in got.out
    assert "run1-a.csv" in got.err and "b.csv" in got.err.split("run1-a.csv")[1], got.err


def test_an_amazon_export_keeps_its_dates_and_the_country_they_name(db_settings, tmp_path):
    """Amazon's review export writes "Reviewed in the United States on June 18, 2026" and "1.0 out of 5 stars": an
    e-bike tester's 189 reviews were stored without a date (no trend, no release, no "last 30 days" saw them)."""
    amazon = ('"ASIN","Review ID","Reviewer","Title","Body","Rating","Date","Variant"\n'
              '"B0C1","R1","Pierre","Assembly","Front wheel install is confusing","1.0 out of 5 stars",'
              '"Reviewed in the United States on June 18, 2026","Color: White"\n'
              '"B0C1","R2","Anna","Range","Range is half of what was promised","2.0 out of 5 stars",'
              '"Reviewed in the United Kingdom on July 2, 2026","Color: Black"\n')
    assert chosen(tmp_path, "amazon_reviews.csv", amazon)["date"] == "Date"
    ingest_paths([write(tmp_path / "amazon_reviews.csv", amazon)], db_settings)
    rows = stored(db_settings, "SELECT created_at::date::text, rating, metadata ->> 'country' FROM feedback ORDER BY 1")
    assert rows == [("2026-06-18", 1.0, "United States"), ("2026-07-02", 2.0, "United Kingdom")]


def test_a_review_apps_location_and_an_app_store_territory_are_countries(db_settings, tmp_path):
    """An e-bike tester's Judge.me "location" (United States, Italy) and App Store Connect "territory" (ITA) were kept
    as columns only, so "in Italy" and "by country" left 249 reviews out. A location that is a city or a code is not
    a country ("CA" is as often California)."""
    judgeme = ("body,rating,review_date,location\nRange is half of what was promised,2,2026-06-02 01:28:29 UTC,Italy\n"
               "Great bike,5,2026-06-03 01:28:29 UTC,Milan\nLove it,5,2026-06-04 01:28:29 UTC,CA\n")
    appstore = json.dumps({"data": [{"type": "customerReviews", "id": "1", "attributes": {
        "rating": 2, "title": "Lock", "body": "Lock error after the update", "createdDate": "2026-11-29T13:10:03+02:00",
        "territory": "ITA"}}]})
    ingest_paths([write(tmp_path / "judgeme_reviews.csv", judgeme), write(tmp_path / "appstore.json", appstore)],
                 db_settings)
    rows = stored(db_settings, "SELECT text, metadata ->> 'country' FROM feedback ORDER BY created_at")
    assert rows == [("Range is half of what was promised", "Italy"), ("Great bike", None), ("Love it", None),
                    ("Lock error after the update", "Italy")]
