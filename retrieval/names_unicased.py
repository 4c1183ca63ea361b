"""Person names in scripts without capital letters (Japanese, Korean, Arabic), found by the word that marks a person.

Capital letters are what ``retrieval.person_names`` and ``retrieval.names_in_text`` read a name by; these scripts
have none, so a name is taken only where the language itself marks a person:

- **Japanese**: two to four kanji before an honorific (``山田さん``, ``佐藤様``, ``田中氏``), after a particle, a
  punctuation mark or a role word (``担当の``), unless they are a role themselves (``担当者様``, ``店長さん``);
- **Korean**: a common family name and two syllables before ``님`` or ``씨`` (``김민준 님``, ``이서연씨``): Korean
  given names are two syllables, and role words before ``님`` (``고객님``, ``기사님``) are mostly not three (those
  that are, ``배달원님``, ``상담원님``, are listed);
- **Arabic**: a role, title or relation (``الموظفة``, ``المندوب``, ``السيد``, ``أخي``...) and the word after it, with
  a family name in ``ال...`` after that (``الموظفة نورة العتيبي``).

- **self-introductions and name labels** in Chinese, Japanese, Korean, Hindi and Arabic ("我叫…", "下单人：…",
  "…と申します", "제 이름은 …", "मेरा नाम … है", "اسمي …"), up to the next punctuation mark.

Not handled: Chinese names with no introduction or label (no honorific is as regular), names with no such marker,
other scripts.
"""

from __future__ import annotations

import re

_KANJI = r"[\u4e00-\u9fff\u3005]"
_JA_ROLES = {"担当", "担当者", "店長", "社長", "部長", "課長", "係長", "店員", "運転手", "配達員", "作者", "開発者",
             "管理者", "運営", "関係者", "責任者", "利用者", "お客", "皆", "先生", "医者", "会員", "読者", "視聴者",
             "受付", "窓口", "業者", "本人", "家族", "子供", "主人", "旦那", "奥", "相手", "友達", "隣人", "大家",
             "神", "王", "運営者", "配送業者", "オペレーター"}
_JA_NAME = re.compile(rf"(?:(?<=[のはがをにとへもや、。「（(\s])|^)(?P<name>{_KANJI}{{2,4}})(?=さん|様|さま|氏|くん|君|ちゃん)")
_KO_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구나민진지엄채원천방공현함"
                "변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
_KO_NAME = re.compile(rf"(?<![가-힣])(?P<name>[{_KO_SURNAMES}][가-힣]{{2}})(?=\s?(?:님|씨|선생님|고객님|회원님|대리님|"
                      rf"과장님|팀장님|부장님|사장님|교수님|매니저님))")
# Chinese: two or three characters before a title ("王秀英女士", "陈先生") or after "contact / ask / tell" with a
# punctuation mark after ("请联系陈志强，").
_ZH_TITLED = re.compile(rf"(?<![\u4e00-\u9fff])(?P<name>{_KANJI}{{2,3}})(?=女士|先生|小姐|老师|老師|经理|經理|同学|同學)")
# (not "找不到", "can't find": a name starts with none of the words of a verb phrase; session 22)
# (nor "联系电话", "contact phone", and the other ways of contacting: session 23, from a tester's ticket)
_ZH_CONTACT = re.compile(rf"(?:联系|聯繫|聯絡|找|告诉|告訴|转告|轉告|询问|詢問)(?![不没沒到了过過我你他她它们們这這那人一])"
                         rf"(?!电话|電話|方式|邮箱|郵箱|地址|号码|號碼|信息|資訊|客服|手机|手機|微信|售后|售後)"
                         rf"(?P<name>{_KANJI}{{2,3}})(?=[，,。.；;、\s])")
# Three-syllable roles that start like a family name ("배달원님", "상담원님", "관리자님").
_KO_ROLES = {"배달원", "상담원", "관리자", "담당자", "판매자", "구매자", "작성자", "운영자", "사용자", "안내원", "기사분",
             "선생님", "전문가", "대표님", "원장님", "주인장", "고양이", "강아지"}
_AR_CUES = (r"زميلتي|زميلي|مديري|مديرتي|الموظفة|الموظف|المندوبة|المندوب|الموظفه|السيدة|السيد|الأستاذة|الأستاذ|الاستاذ|الدكتورة|الدكتور|"
            r"المهندسة|المهندس|أخي|اخي|أختي|اختي|زوجي|زوجتي|ابني|ابنتي|صديقي|صديقتي|الأخت|الأخ")
_AR_NAME = re.compile(rf"(?<![\u0621-\u064a])(?:{_AR_CUES})\s+"
                      rf"(?P<name>[\u0621-\u064a]{{2,}}(?:\s+ال[\u0621-\u064a]{{2,}})?)")
# Self-introductions and name labels (session 15, from the dev half of held-out PII set 6): the writer's own name
# after "my name is" / "I am called" / "Name:" / "ordered by:", in Chinese, Japanese, Korean, Hindi and Arabic, up to
# the next punctuation mark. Chinese "我是" ("I am ...") is not one: "我是新用户" is "I am a new user".
_STOP = r"(?=[\s，,。.！!？?；;：:、（(）)]|$)"
_ZH_INTRO = re.compile(rf"(?:我叫|我的名字是|我的名字叫|本人姓名[:：]?|姓名[:：]|名字[:：]|下单人[:：]|下單人[:：]|联系人[:：]|聯絡人[:：]|"
                       rf"收件人[:：]|收货人[:：]|收貨人[:：])\s*(?P<name>{_KANJI}{{2,4}}){_STOP}")
_JA_INTRO = re.compile(rf"(?:(?<=[、。「（(\s:：])|^)(?P<name>[\u3040-\u30ff{_KANJI[1:-1]}]{{2,8}}?)(?=と申します|と言います|"
                       rf"といいます)|(?:名前は|氏名[:：]|名前[:：])\s*(?P<name2>[\u3040-\u30ff{_KANJI[1:-1]}]{{2,8}}){_STOP}")
_KO_INTRO = re.compile(r"(?:제\s*이름은|이름[:：])\s*(?P<name>[가-힣]{2,4}?)(?=입니다|이에요|예요|이고|[\s,.!?]|$)")
_HI_INTRO = re.compile(r"(?:मेरा\s+नाम|नाम[:：])\s*(?P<name>[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+){0,3}?)"
                       r"(?=\s+(?:है|हैं|था)|[\s]*[,।.!?]|$)")
# Bengali, Tamil, Thai, Hebrew, Persian and Amharic introductions ("আমার নাম ...", "என் பெயர் ...", "ชื่อ ...", "שמי ...",
# "من ... هستم", "ስሜ ... ነው"), up to the next punctuation mark or the verb that ends them.
_OTHER_INTRO = re.compile(
    r"(?:আমার\s+নাম|என்\s+பெயர்|(?:ผม|ดิฉัน|ฉัน)ชื่อ|(?<![\u0e00-\u0e7f])ชื่อ|שמי|קוראים\s+לי|اسم\s+من|به\s+نام|ስሜ)\s*"
    r"(?P<name>[\u0980-\u09ff\u0b80-\u0bff\u0e00-\u0e7f\u0590-\u05ff\u0600-\u06ff\u1200-\u137f]+"
    r"(?:\s+[\u0980-\u09ff\u0b80-\u0bff\u0e00-\u0e7f\u0590-\u05ff\u0600-\u06ff\u1200-\u137f]+){0,2}?)"
    r"(?=\s*(?:[,،।.!?፣።]|ค่ะ|ครับ|ነው|هستم|است|$)|\s+(?:ו|و)|\s+(?:صادر|را))")
_FA_IAM = re.compile(r"(?:^|(?<=[\s،,]))من\s+(?P<name>[\u0600-\u06ff]{2,}(?:\s+[\u0600-\u06ff]{2,})?)\s+هستم")
_AR_INTRO = re.compile(r"(?:اسمي|إسمي|الاسم[:：]?)\s+(?P<name>[\u0621-\u064a]{2,}(?:\s+(?!و)[\u0621-\u064a]{2,}){0,3}?)"
                       r"(?=\s+و|\s*[،,.!؟]|$)")
_HAS_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff가-힣\u0600-\u06ff\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff"
                         r"\u0e00-\u0e7f\u0590-\u05ff\u1200-\u137f]")


def unicased_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of person names in Japanese, Korean and Arabic text (see the module docstring).

    Example:
        >>> t = "担当の佐藤さんが対応してくれました"
        >>> [t[a:b] for a, b in unicased_name_spans(t)]
        ['佐藤']
    """
    if text.isascii() or not _HAS_SCRIPT.search(text):
        return []
    spans = [m.span("name") for m in _JA_NAME.finditer(text) if m.group("name") not in _JA_ROLES
             and not any(m.group("name").endswith(r) for r in ("者", "員", "長", "様"))]
    spans += [m.span("name") for m in _KO_NAME.finditer(text) if m.group("name") not in _KO_ROLES]
    spans += [m.span("name") for m in _AR_NAME.finditer(text)]
    for pattern in (_ZH_INTRO, _KO_INTRO, _HI_INTRO, _AR_INTRO, _OTHER_INTRO, _FA_IAM, _ZH_TITLED, _ZH_CONTACT):
        spans += [m.span("name") for m in pattern.finditer(text)]
    spans += [m.span("name") if m.group("name") else m.span("name2") for m in _JA_INTRO.finditer(text)
              if (m.group("name") or m.group("name2")) not in _JA_ROLES]
    return spans
