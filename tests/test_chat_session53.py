"""Session 53: questions of a B2B analytics tester (warehouse sync, funnels, SDK crashes; Free to Enterprise plans)."""

from __future__ import annotations

from assistant.chat import AskOptions, Chat
from tests.support.chat import code_only_answer, enterprise_rows, follow_up_answer, ingest_lines
from tests.support.fake_llm import FakeLLM


def test_a_follow_up_among_a_plans_customers_narrows_the_count(db_settings, tmp_path):
    """"And among Enterprise customers?" after "How many warehouse sync complaints are there?" was a lookup of the
    word 'among' (9 items, against 58 in the tester's truth and 51 when counted)."""
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", enterprise_rows(
        "Description,Created time,Plan", "The warehouse sync to BigQuery is delayed again",
        "Love how easy it is to share dashboards", "Growth"))
    follow = follow_up_answer(db_settings, "How many warehouse sync complaints are there?",
                              "And among Enterprise customers?")
    numbers = {n.key: n.value for n in follow.numbers_used}
    assert follow.filters["where"] == {"plan": "Enterprise"} and numbers["matching_items"] == 4, follow.text
    assert "- 4 feedback items about 'warehouse sync'" in follow.text, follow.text


def test_a_question_for_a_customers_phone_number_says_none_is_stored(db_settings, tmp_path):
    """"What is the phone number of the customer who complained about funnels?" counted 83 items about 'phone
    funnels', most of them praise; "List the customer e-mail addresses" has nothing else to answer."""
    said = ["The funnel chart shows 0% conversion for step 3 since the update",
            "Funnel conversion is above 100% since April, the funnel report is broken",
            "The funnel breakdown by plan shows NaN% for every segment",
            "Funnel step totals no longer match the event counts, call me on +44 20 7946 0958",
            "Our funnel report is wrong again and the team stopped trusting funnels"]
    lines = ["Description,Created time"]
    for i, text in enumerate(said):
        lines.append(f"{text},2026-11-{1 + i:02d}")
        lines.append(f"Our PMs love how fast the dashboards load ({i}),2026-11-{1 + i:02d}")
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", lines)
    phone = code_only_answer(db_settings, "What is the phone number of the customer who complained about funnels?")
    assert phone.text.startswith("No phone number can be given: personal data") and "<PHONE>" in phone.text, phone.text
    assert "'phone" not in phone.text and phone.citations and all("funnel" in c.text for c in phone.citations), \
        phone.text
    for asked, said in (("List the customer e-mail addresses you have seen", "No e-mail addresses"),
                        ("Show me any API keys customers pasted", "No API keys")):
        emails = code_only_answer(db_settings, asked)
        assert emails.text.startswith(f"{said} can be given") and not emails.citations, emails.text
    topic = code_only_answer(db_settings, "What do customers say about the funnel chart phone view?")
    assert not topic.text.startswith("No "), topic.text
    # with redaction off (PMA_RETRIEVAL_REDACT_PII=false) the store may hold them: nothing is claimed
    kept = db_settings.model_copy(update={"retrieval": db_settings.retrieval.model_copy(update={"redact_pii": False})})
    unredacted = code_only_answer(kept, "What is the phone number of the customer who complained about funnels?")
    assert "can be given" not in unredacted.text, unredacted.text


def test_the_nps_and_ratings_of_a_plans_customers_are_that_plans(db_settings, tmp_path):
    """"What is the NPS of Enterprise customers?" gave everyone's NPS (+1 of 420 answers; the Enterprise plan's was -11
    of 76), "What is the average rating of Enterprise customers?" counted 0 accounts writing about 'average rating',
    and "Are Enterprise customers happy?" 0 about 'happy'."""
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from tests.support.paths import write

    scores = {"Enterprise": [2, 3, 9, 10, 5, 6], "Growth": [9, 10, 10, 9, 8, 10]}
    lines = ["Response ID,Score,Comment,Plan,Email,Response timestamp"]
    accounts = ["Email,Account Name,Segment,ARR"]
    for plan, values in scores.items():
        for i, score in enumerate(values):
            said = "Love the cohort charts" if score >= 9 else "The warehouse sync is always late"
            user = f"u{plan[0]}{i}@example.com"
            lines.append(f"{plan[0]}{i},{score},{said} ({plan} {i}),{plan},{user},2026-11-{1 + i:02d}")
            accounts.append(f"{user},{plan} Co {i},{plan},{120000 if plan == 'Enterprise' else 9000}")
    ingest_lines(db_settings, tmp_path / "delighted_nps_responses.csv", lines)
    import_customers(Database(db_settings), write(tmp_path / "salesforce_contacts.csv", "\n".join(accounts) + "\n"))
    enterprise = scores["Enterprise"]
    nps = round(100 * (sum(s >= 9 for s in enterprise) - sum(s <= 6 for s in enterprise)) / len(enterprise))
    answer = code_only_answer(db_settings, "What is the NPS of Enterprise customers?")
    assert answer.filters.get("where") == {"plan": "Enterprise"}, answer.filters
    assert f"NPS {nps:+d} (plan=Enterprise) from {len(enterprise)} answers" in answer.text, answer.text
    happy = code_only_answer(db_settings, "Are Enterprise customers happy?")
    assert happy.filters.get("where") == {"plan": "Enterprise"} and "'happy'" not in happy.text, happy.text


def test_a_release_in_the_notes_that_no_item_names_is_compared_by_its_date(db_settings, tmp_path, monkeypatch,
                                                                           capsys):
    """An analytics tester's web app releases were in its release notes and its tickets named only SDK versions:
    "Which release broke the funnel chart?" compared the SDK's versions alone, and none rose (2026.4.0 had)."""
    from tests.support.cli import run_in_process
    from tests.support.paths import write

    lines = ["Ticket ID,Description,Created time,SDK Version"]
    for day in range(1, 120):  # 2026-03-01 to 2026-06-27: background every day, funnel complaints from 2026-04-14
        when = f"2026-{3 + (day - 1) // 30:02d}-{1 + (day - 1) % 30:02d}"
        lines.append(f"B{day},Love how easy it is to share dashboards ({day}),{when},")
        if when >= "2026-04-14" and day % 2:
            lines.append(f"F{day},The funnel chart shows 0% conversion for step 3 ({day}),{when},")
        if day % 10 == 0:
            lines.append(f"S{day},The Android SDK drops events offline ({day}),{when},5.{day // 40}.0")
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", lines)
    notes = write(tmp_path / "release_notes.md", "# Release notes\n\n## Web 2026.3.0 - 2026-03-17\n\n- Cohort "
                                                 "charts\n\n## Web 2026.4.0 - 2026-04-14\n\n- Rewritten funnel "
                                                 "engine\n\n"
                                                 "## Android SDK 5.1.0 - 2026-03-05\n\n- Batching\n")
    assert run_in_process(db_settings, monkeypatch, capsys, "releases", "import", str(notes))[0] == 0
    chat = Chat(db_settings, llm=FakeLLM(""))
    answer = chat.ask("Which release broke the funnel chart?", options=AskOptions(max_new_tokens=8, save=False))
    assert "Release 2026.4 (by its release date) (released 2026-04-14, as the release notes say) is the one after " \
           "which items about 'funnel chart' rose most clearly" in answer.text, answer.text
    # and "the April release" is that web release, not April 1 ("What changed after the October release?")
    april = chat.ask("What changed after the April release?", options=AskOptions(max_new_tokens=8, save=False))
    assert "Release 2026.4 (by its release date) (released 2026-04-14" in april.text, april.text


def test_what_people_praise_or_like_best_is_the_largest_praise():
    """"What do people praise?" abstained (a lookup of nothing) and "What do G2 reviewers like best?" searched for
    'best'."""
    from assistant.chat.router import route_question

    for question in ("What do people praise?", "What do reviewers like best?", "What do users love the best?"):
        route = route_question(question)
        assert (route.kind, route.focus, route.topic) == ("top", "praise", ""), (question, route)


def test_a_sources_kind_of_feedback_after_its_name_is_no_subject(db_settings, tmp_path):
    """"What did customers say in Gong calls?" was narrowed to the gong source and searched for 'calls' there."""
    for name, said in (("gong_kessler_2026-07-06.md", "The warehouse sync is late again"),
                       ("gong_helix_2026-07-17.md", "We need scheduled PDF exports of dashboards")):
        (tmp_path / "gong").mkdir(exist_ok=True)
        (tmp_path / "gong" / name).write_text(f"# Call notes\n\nDate: 2026-07-10\n\n## Notes\n\n- {said}.\n- {said}, "
                                              "the team agrees.\n", encoding="utf-8")
    from retrieval.ingest import ingest_paths

    ingest_paths([tmp_path / "gong"], db_settings)
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", ["Description,Created time",
                                                                   "Calls to the API time out,2026-07-11"])
    answer = Chat(db_settings, llm=FakeLLM("")).ask("What did customers say in Gong calls?",
                                                    options=AskOptions(max_new_tokens=8, save=False))
    assert answer.filters.get("sources") == ["gong"] and answer.route == "top", (answer.route, answer.text)


def test_the_most_common_value_of_a_column_is_a_split_by_it(db_settings, tmp_path):
    """"What is the most common ticket group?" counted the items about 'group' (none): Freshdesk's "Group" column."""
    lines = ["Ticket ID,Description,Created time,Group"]
    groups = ["Web App"] * 5 + ["Data Platform"] * 3 + ["Billing"]
    for i, group in enumerate(groups):
        lines.append(f"{i},Something about {group.lower()} number {i},2026-07-{1 + i:02d},{group}")
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", lines)
    chat = Chat(db_settings, llm=FakeLLM(""))
    answer = chat.ask("What is the most common ticket group?", options=AskOptions(max_new_tokens=8, save=False))
    assert "By group (items): Web App 5 (56%), Data Platform 3 (33%), Billing 1 (11%)" in answer.text, answer.text
    top = chat.ask("What is the most common complaint?", options=AskOptions(max_new_tokens=8, save=False))
    assert top.route == "top", top.text


def test_how_bad_is_it_is_how_people_feel_overall():
    """"How bad is it?" abstained (a lookup of 'bad')."""
    from assistant.chat.router import route_question

    for question in ("How bad is it?", "How are things looking?", "How is it going?"):
        assert (route_question(question).kind, route_question(question).focus) == ("rating", "sentiment"), question
    assert route_question("How bad is the sync problem?").kind == "lookup"


def test_one_star_or_two_star_reviews_are_both():
    """"How many 1-star or 2-star reviews do we have?" counted the 1-star reviews about '2 star' (none)."""
    from assistant.chat.router import ratings_in, route_question

    for question in ("How many 1-star or 2-star reviews do we have?", "How many 1- or 2-star reviews?",
                     "How many 1-2 star reviews?"):
        assert ratings_in(question)[0] == (1.0, 2.0), question
        assert route_question(question).topic == "", question


def test_how_many_accounts_counts_the_customer_files_accounts(db_settings, tmp_path):
    """"How many accounts reported the funnel bug?" counted items (164) and their users, not the accounts."""
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from tests.support.paths import write

    lines = ["Ticket ID,Description,Created time,Email"]
    for i in range(9):
        user = f"u{i % 3}@{('acme', 'globex', 'initech')[i % 3]}.com"
        said = "The warehouse sync to BigQuery is delayed again" if i % 3 < 2 else "Love the cohort charts"
        lines.append(f"{i},{said} ({i}),2026-07-{1 + i:02d},{user}")
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", lines)
    import_customers(Database(db_settings), write(tmp_path / "salesforce_contacts.csv", "Email,Account Name,ARR\n"
                                                  "u0@acme.com,Acme,120000\nu1@globex.com,Globex,60000\n"
                                                  "u2@initech.com,Initech,30000\n"))
    answer = code_only_answer(db_settings, "How many accounts reported the warehouse sync delay?")
    assert "The customer file has 3 customer accounts; 2 wrote feedback in scope" in answer.text, answer.text


def test_a_plans_cancellation_reasons_asked_and_followed_up(db_settings, tmp_path):
    """"Why do Business plan customers cancel?" counted 0 accounts writing about 'cancel', "Why do customers on the
    Business plan cancel?" gave every plan's reasons, and "And on the Business plan?" after "Why do customers cancel?"
    abstained; the tester's truth: Business cancelled for technical issues (14 of 30), Growth for the price."""
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from tests.support.paths import write

    reasons = {"Business": ["Technical issues"] * 12 + ["Too expensive"] * 3,
               "Growth": ["Too expensive"] * 15 + ["Not using it enough"] * 5}
    lines = ["Email,What's the main reason you're cancelling?,Anything else you'd like to share?,Plan,Cancelled At"]
    accounts = ["Email,Account Name,Segment,ARR"]
    for plan, chosen in reasons.items():
        for i, reason in enumerate(chosen):
            user = f"c{i}@{plan.lower()}.example.com"
            lines.append(f"{user},{reason},We are leaving: {reason.lower()} ({plan} {i}),{plan},"
                         f"2026-10-{1 + i:02d}")
            accounts.append(f"{user},{plan} Co {i},{plan},50000")
    ingest_lines(db_settings, tmp_path / "cancellation_survey_export.csv", lines)
    import_customers(Database(db_settings), write(tmp_path / "salesforce_contacts.csv", "\n".join(accounts) + "\n"))
    said = "1. Technical issues: 12 (80.0%"
    for question in ("Why do Business plan customers cancel?", "Why do customers on the Business plan cancel?"):
        answer = code_only_answer(db_settings, question)
        assert said in answer.text and "plan=Business" in answer.text, (question, answer.text)
    follow = follow_up_answer(db_settings, "Why do customers cancel?", "And on the Business plan?")
    assert said in follow.text, follow.text


def test_g2s_reviewer_company_size_is_the_company_size(db_settings, tmp_path):
    """"Compare G2 ratings by company size" said "not given 300": G2 names the column "Reviewer Company Size", and
    Capterra's "Company Size", the segment of its reviews, was read instead."""
    ingest_lines(db_settings, tmp_path / "capterra_reviews.csv", [
        "Reviewer,Company Size,Date,Overall Rating,Pros,Cons",
        *(f"R{i},11-50 employees,2026-08-{1 + i:02d},4,Cohort charts ({i}),Docs are messy ({i})" for i in range(6))])
    lines = ["Review ID,Review Title,Star Rating,What do you like best about Lumetric?,What do you dislike about "
             "Lumetric?,Reviewer Company Size,Reviewer Role,Industry,Review Date"]
    sizes = ["Enterprise(> 1000 emp.)", "Mid-Market(51-1000 emp.)", "Small-Business(50 or fewer emp.)"]
    roles = ["Product Manager", "Data Analyst", "Head of Growth", "Engineer"]
    for i in range(12):
        lines.append(f"{i},Good,{5 - i % 3},Fast dashboards ({i}),Pricing is high ({i}),{sizes[i % 3]},"
                     f"{roles[i % 4]},Retail,08/{1 + i:02d}/2026")
    ingest_lines(db_settings, tmp_path / "g2_reviews_lumetric.csv", lines)
    answer = code_only_answer(db_settings, "Compare G2 ratings by company size")
    assert "By company size (items): Enterprise(> 1000 emp.) 8 (33%, average rating 5.00)" in answer.text, answer.text


def test_an_sdk_version_named_is_the_version_scope(db_settings, tmp_path):
    """"What do users on SDK version 5.2.0 say?" took 'SDK' as the help desk's Group=SDK and compared before and after
    5.2.0; "How many tickets mention the Android SDK 5.2.0?" dropped the version (53 tickets, against 28 on 5.2.0)."""
    lines = ["Ticket ID,Description,Created time,Group,SDK Version"]
    for i in range(12):
        version = ("5.1.0", "5.2.0", "5.2.0")[i % 3]
        lines.append(f"{i},The Android SDK crashes our app on startup ({i}),2026-07-{1 + i:02d},SDK,{version}")
        lines.append(f"{100 + i},The funnel chart shows 0% ({i}),2026-07-{1 + i:02d},Web App,")
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv", lines)
    said = code_only_answer(db_settings, "What do users on SDK version 5.2.0 say?")
    assert said.filters.get("where") == {"version": "5.2.0"} and said.route == "top", (said.route, said.text)
    count = code_only_answer(db_settings, "How many tickets mention the Android SDK 5.2.0?")
    assert count.filters.get("where") == {"version": "5.2.0"} and "- 8 feedback items" in count.text, count.text


def test_what_a_plans_customers_said_in_sales_calls(db_settings, tmp_path):
    """"What did Enterprise customers say in sales calls?" counted 0 Enterprise accounts writing about 'sales calls':
    the calls were the 'gong' source, whose accounts the customer file puts in the Enterprise segment."""
    from retrieval.customers import import_customers
    from retrieval.db import Database
    from retrieval.ingest import ingest_paths
    from tests.support.paths import write

    folder = tmp_path / "gong"
    for account, said in (("Kessler Health Ltd", "The warehouse sync is late again"),
                          ("Helix Health Ltda", "We need scheduled PDF exports of dashboards"),
                          ("Tidewater Analytics", "Love how easy it is to share dashboards")):
        write(folder / f"gong_{account.split()[0].lower()}_2026-07-10.md",
              f"# Gong call notes: {account}\n\nDate: 2026-07-10\nAccount: {account}\n\n## Notes\n\n- {said}.\n"
              f"- {said}, the team agrees.\n")
    ingest_paths([folder], db_settings)
    ingest_lines(db_settings, tmp_path / "freshdesk_tickets.csv",
                 ["Description,Created time,Company", "The funnel chart is wrong,2026-07-11,Kessler Health Ltd"])
    import_customers(Database(db_settings), write(
        tmp_path / "salesforce_accounts.csv", "Account ID,Account Name,Segment,ARR\nA1,Kessler Health Ltd,Enterprise,"
        "900000\nA2,Helix Health Ltda,Enterprise,700000\nA3,Tidewater Analytics,Growth,30000\n"))
    answer = Chat(db_settings, llm=FakeLLM("")).ask("What did Enterprise customers say in sales calls?",
                                                    options=AskOptions(max_new_tokens=8, save=False))
    assert answer.filters.get("sources") == ["gong"] and answer.filters.get("where") == {"plan": "Enterprise"}, \
        (answer.filters, answer.text)


def test_star_ratings_named_keep_to_the_star_rated_sources(db_settings, tmp_path):
    """"How many 1-star or 2-star reviews do we have?" counted 145 NPS answers of 0-6 (read in NPS bands as 1-2)
    beside the 40 reviews; detractors stay the survey's."""
    ingest_lines(db_settings, tmp_path / "app_reviews.csv", ["Review,Rating,Date"] + [
        f"{'The funnel chart is broken' if s <= 2 else 'Dashboards are great'} ({i}),{s},2026-08-{1 + i:02d}"
        for i, s in enumerate((1, 2, 2, 4, 5, 5, 3))])
    ingest_lines(db_settings, tmp_path / "delighted_nps_responses.csv", [
        "Response ID,Score,Comment,Response timestamp"] + [
        f"{i},{s},{'Too expensive for us' if s <= 6 else 'Love the cohort charts'} ({i}),2026-08-{1 + i:02d}"
        for i, s in enumerate((0, 3, 6, 9, 10, 10, 8, 2))])
    stars = code_only_answer(db_settings, "How many 1-star or 2-star reviews do we have?")
    assert stars.filters.get("sources") == ["app_reviews"] and "- 3 feedback items in scope" in stars.text, stars.text
    detractors = code_only_answer(db_settings, "What do detractors say?")
    assert detractors.filters.get("sources") == ["delighted_nps_responses"], detractors.filters


def test_the_most_negative_source_is_the_one_with_most_complaints():
    """"Which source has the most negative feedback?" led with G2 (average rating 3.33) over 302 complaining tickets;
    "the worst ratings" stays the lowest average."""
    from assistant.chat.router import route_question

    most = route_question("Which source has the most negative feedback?")
    assert (most.breakdown, most.breakdown_order, most.focus) == ("source", None, "issues"), most
    assert route_question("Which source has the worst ratings?").breakdown_order == "worst"
