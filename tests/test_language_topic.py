"""A language theme that is one topic (``assistant.themes.language.one_topic``): a language-app tester's 31
Portuguese items, 27 about Pix payments failing, were grouped by their language and so left out of every ranking
and the plan, while they were Brazil's newest problem. Complaints in one language that mostly share a keyword are
ranked as a topic, named by its keywords and the language; praise in one language stays a language theme."""

from __future__ import annotations

from datetime import date, timedelta

from tests.support.themes import ingest_rows, feedback_rows

from assistant.themes import summarize
from assistant.themes.language import one_topic
from retrieval.db import Database
from retrieval.filters import Filters

PIX = ["O pagamento com Pix não funciona, a tela fica branca.",
       "Pix não gera o código, não consigo assinar o plano.",
       "Tentei pagar com Pix três vezes e deu erro em todas.",
       "O código Pix expira antes de eu conseguir pagar.",
       "Erro no Pix desde a semana passada, quero assinar e não dá.",
       "Pagamento via Pix travado, aparece erro genérico.",
       "Pix não funciona no aplicativo, só no site.",
       "Não consigo renovar, o Pix dá erro de processamento.",
       "O app cobra mas o Pix não confirma o pagamento.",
       "Quero pagar com Pix e o botão não faz nada."]
PRAISE = ["Aplicativo excelente, aprendo todos os dias no ônibus.",
          "Excelente para praticar vocabulário, recomendo muito.",
          "As lições são curtas e excelentes, adoro.",
          "Excelente curso de inglês, minha pronúncia melhorou.",
          "Muito bom e excelente para iniciantes.",
          "Excelente! Uso com meus filhos toda noite.",
          "Excelente app, as histórias são divertidas.",
          "Excelente conteúdo, vale cada centavo.",
          "Gosto muito das revisões, excelente ideia.",
          "Excelente para viagens, aprendi o básico rápido."]


def test_the_word_most_items_share_makes_one_topic():
    assert one_topic(PIX, ["pagamento", "pix", "erro"]) == ("pix", 10)
    assert one_topic(PIX, ["pagamento", "erro"]) is None  # 3 and 3 of 10: a mix
    assert one_topic(PIX[:4] + PRAISE[:6], ["pix", "excelente"]) is None
    assert one_topic([], ["pix"]) is None and one_topic(PIX, []) is None


def _rows(texts, rating, start=date(2026, 10, 1)):
    return [{"text": t, "date": start + timedelta(days=3 * i), "rating": rating, "source": "play_store",
             "plan": "Free", "user": f"br{i}@example.com", "version": "4.3.0"} for i, t in enumerate(texts)]


def test_complaints_in_one_language_about_one_thing_are_ranked_as_a_topic(db_settings, tmp_path):
    from assistant.chat.aggregate import top_facts
    from assistant.themes.view import ThemesView

    ingest_rows(db_settings, tmp_path, feedback_rows() + _rows(PIX, 1))
    report = summarize(db_settings, llm=None)
    pix = next(t for t in report.themes if "pix" in " ".join(t.keywords).lower())
    assert pix.label.endswith("(in Portuguese)") and not pix.label.startswith("Feedback in"), pix.label
    assert pix.size == len(PIX)
    assert any(f"Theme #{pix.id} holds feedback written in Portuguese" in n and "'pix', 10 of 10" in n
               for n in report.notes), report.notes
    with Database(db_settings).connect() as conn:
        facts = top_facts(conn, Filters(), "", None, ThemesView.load(Database(db_settings)), limit=5)
    ranked = [line for line in facts.lines if line[:1].isdigit()]
    assert any(pix.label in line for line in ranked), facts.lines
    assert not any(line.startswith("Not ranked") for line in facts.lines)


def test_praise_in_one_language_sharing_a_word_stays_a_language_theme(db_settings, tmp_path):
    ingest_rows(db_settings, tmp_path, feedback_rows() + _rows(PRAISE, 5))
    report = summarize(db_settings, llm=None)
    praise = next(t for t in report.themes if "excelente" in " ".join(t.keywords).lower())
    assert praise.label.startswith("Feedback in Portuguese: "), praise.label
    assert any("feedback written in Portuguese: the embedding model" in n for n in report.notes)
