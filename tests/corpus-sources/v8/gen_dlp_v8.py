#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v8 (international / messy / machine-y long tail).

Python 3 stdlib only. One random.Random(seed). No clock, no environment input.
Usage: python3 gen_dlp_v8.py [output_path]   (default: dlp_v8.jsonl next to this file)
"""
import base64
import json
import os
import re
import random
import sys

SEED = 119  # chosen once so that every type has >= 12 labels
R = random.Random(SEED)

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
ALNUM = UP + LO + DI
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ----------------------------------------------------------------- people ---
LAT = {
    "de": (["Jonas", "Lukas", "Anna", "Lea", "Felix", "Marie", "Tobias", "Sabine", "Jürgen", "Katrin", "Björn", "Ute"],
           ["Müller", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf"],
           ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "freenet.de", "gmx.net"],
           ["mueller-logistik.de", "weber-bau.de", "stadtwerke-ulmbach.de", "praxis-hoffmann.de"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Manon", "Théo", "Inès", "Julien", "Amélie"],
           ["Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux"],
           ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com"],
           ["boulangerie-roux.fr", "cabinet-girard.fr", "transports-moreau.fr"]),
    "es": (["Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Pablo", "Carmen", "Javier"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"],
           ["telefonica.net", "hotmail.es", "yahoo.es", "gmail.com", "movistar.es"],
           ["construcciones-ruiz.es", "asesoria-gomez.es", "clinica-sanchez.es"]),
    "pt": (["João", "Ana", "Pedro", "Beatriz", "Lucas", "Mariana", "Gabriel", "Larissa"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida"],
           ["uol.com.br", "bol.com.br", "terra.com.br", "ig.com.br", "gmail.com", "hotmail.com"],
           ["techsol.com.br", "padaria-costa.com.br", "almeida-advogados.com.br"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Alessandro"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"],
           ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com"],
           ["studio-bianchi.it", "ferrari-impianti.it", "farmacia-ricci.it"]),
    "nl": (["Daan", "Sanne", "Lotte", "Bram", "Femke", "Jeroen", "Anouk", "Ruben"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer"],
           ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hotmail.nl", "planet.nl"],
           ["vandijk-bouw.nl", "bakker-installatie.nl", "huisartsen-smit.nl"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Zofia", "Michał"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński"],
           ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gazeta.pl"],
           ["kowalski-transport.pl", "biuro-nowak.pl", "apteka-zielinski.pl"]),
    "tr": (["Elif", "Mehmet", "Zeynep", "Mustafa", "Ayşe", "Emre", "Merve", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk"],
           ["gmail.com", "hotmail.com.tr", "yandex.com.tr", "mynet.com", "outlook.com"],
           ["yildiz-insaat.com.tr", "kaya-tekstil.com.tr", "aydin-lojistik.com.tr"]),
    "us": (["Emily", "Jacob", "Madison", "Ethan", "Olivia", "Carlos", "Maria", "DeShawn"],
           ["Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Nguyen"],
           ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
           ["riverbend-clinic.com", "northfield-dental.com", "lakeside-realty.com"]),
    "uk": (["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy"],
           ["Smith", "Jones", "Taylor", "Evans", "Thomas", "Roberts"],
           ["btinternet.com", "sky.com", "virginmedia.com", "gmail.com"],
           ["harrogate-joinery.co.uk", "evans-accountants.co.uk"]),
}
NAT = {
    "ja": ([("陽翔", "haruto"), ("結衣", "yui"), ("蓮", "ren"), ("美咲", "misaki"), ("大輝", "daiki"), ("さくら", "sakura")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("渡辺", "watanabe"), ("山本", "yamamoto")],
           ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com", "gmail.com", "icloud.com"],
           ["yamada-shoji.co.jp", "sakura-dental.jp", "tanaka-kogyo.co.jp"]),
    "zh": ([("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("强", "qiang"), ("静", "jing"), ("磊", "lei"), ("秀英", "xiuying")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang")],
           ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com"],
           ["huaxin-tech.cn", "dongfang-maoyi.com.cn", "chenjia-keji.cn"]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지우", "jiwoo"), ("하준", "hajun"), ("수빈", "subin")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung")],
           ["naver.com", "daum.net", "hanmail.net", "kakao.com", "gmail.com"],
           ["hanbit-soft.co.kr", "seoul-medical.co.kr", "daehan-logis.co.kr"]),
    "hi": ([("प्रिया", "priya"), ("राहुल", "rahul"), ("अनीता", "anita"), ("विकास", "vikas"), ("नेहा", "neha")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("पटेल", "patel"), ("गुप्ता", "gupta"), ("सिंह", "singh")],
           ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com"],
           ["sharma-textiles.in", "gupta-pharma.co.in", "patel-exports.in"]),
    "ar": ([("عمر", "omar"), ("فاطمة", "fatima"), ("خالد", "khalid"), ("نورة", "noura"), ("يوسف", "youssef")],
           [("الحداد", "alhaddad"), ("العتيبي", "alotaibi"), ("القحطاني", "alqahtani"), ("المنصوري", "almansouri")],
           ["gmail.com", "outlook.sa", "hotmail.com", "yahoo.com", "outlook.com"],
           ["alnoor-trading.ae", "riyadh-medical.sa", "gulf-logistics.ae"]),
}

TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e",
                       "á": "a", "à": "a", "â": "a", "ã": "a", "í": "i", "ï": "i", "ó": "o", "ô": "o", "õ": "o",
                       "ú": "u", "ç": "c", "ñ": "n", "ł": "l", "ś": "s", "ć": "c", "ż": "z", "ź": "z", "ń": "n",
                       "ę": "e", "ą": "a", "ş": "s", "ı": "i", "ğ": "g", "Ş": "S", "Ç": "C", "Ö": "O", "Ü": "U",
                       "Ä": "Ae", "É": "E", "Ł": "L", "Ż": "Z", " ": ""})


def ascii_name(s):
    return s.translate(TRANS).lower()


class Person:
    pass


def person(loc):
    p = Person()
    p.loc = loc
    if loc in LAT:
        firsts, lasts, doms, comp = LAT[loc]
        f, l = pick(firsts), pick(lasts)
        p.first, p.last = f, l
        p.name = f"{f} {l}"
        p.fr, p.lr = ascii_name(f), ascii_name(l)
    else:
        gs, ss, doms, comp = NAT[loc]
        g, s = pick(gs), pick(ss)
        p.first, p.last = g[0], s[0]
        sep = "" if loc in ("ja", "zh", "ko") else " "
        p.name = (s[0] + sep + g[0]) if loc in ("ja", "zh", "ko") else (g[0] + " " + s[0])
        p.fr, p.lr = g[1], s[1]
    p.doms, p.comp = doms, comp
    return p


def email_of(p, work=None):
    if work is None:
        work = R.random() < 0.35
    dom = pick(p.comp) if work else pick(p.doms)
    f, l = p.fr, p.lr
    k = R.randrange(8)
    if k == 0:
        loc = f"{f}.{l}"
    elif k == 1:
        loc = f"{f[0]}{l}{R.randint(1, 99)}"
    elif k == 2:
        loc = f"{l}.{f}+{pick(['shop', 'news', 'bank', 'mcp', 'steuer', 'rechnung', 'amazon'])}"
    elif k == 3:
        loc = f"{f}_{l}{R.randint(1960, 2005)}"
    elif k == 4:
        loc = f"{f[0]}.{l}"
    elif k == 5:
        loc = f"{f}{l[:3]}{R.randint(10, 999)}"
    elif k == 6:
        loc = f"{f.capitalize()}.{l.capitalize()}"
    else:
        loc = f"{l}-{f}"
    return f"{loc}@{dom}"


ROLE = ["info", "support", "noreply", "no-reply", "billing", "security", "sales", "hr", "team", "alerts",
        "contact", "kontakt", "service", "office", "admin", "postmaster", "webmaster", "invoice", "rechnung",
        "facturacion", "atendimento", "contato", "privacy", "datenschutz", "help", "jobs", "press"]


def role_email(p=None):
    p = p or person(pick(list(LAT) + list(NAT)))
    return f"{pick(ROLE)}@{pick(p.comp)}"


# ------------------------------------------------------------------ phones ---
def dg(n, first_nonzero=False):
    s = rs(DI, n)
    if first_nonzero:
        s = pick("123456789") + s[1:]
    return s


def phone(loc):
    """returns (value, accept_list)"""
    k = R.randrange(3)
    cc = None
    if loc == "de":
        if R.random() < 0.6:
            pre, rest = pick(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"]), dg(8, True)
        else:
            pre, rest = pick(["30", "40", "89", "69", "221", "211", "711", "341", "351", "511"]), dg(7, True)
        forms = [("49", f"{pre} {rest}"), (None, f"0{pre} {rest}"), (None, f"0{pre}/{rest}"), ("49", f"{pre}{rest}")]
    elif loc == "fr":
        d = pick("1234567") + dg(8)
        g = " ".join([d[0]] + [d[i:i + 2] for i in range(1, 9, 2)])
        forms = [("33", g), (None, "0" + g), (None, ("0" + d[0] + "." + ".".join(d[i:i + 2] for i in range(1, 9, 2)))), ("33", d)]
    elif loc == "es":
        d = pick("6679") + dg(8)
        forms = [("34", f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"), (None, f"{d[:3]} {d[3:6]} {d[6:]}"), ("34", d)]
    elif loc == "it":
        d = "3" + pick("2345") + dg(8)
        forms = [("39", f"{d[:3]} {d[3:6]} {d[6:]}"), (None, f"{d[:3]} {d[3:]}"), (None, f"02 {dg(4, True)} {dg(4)}")]
    elif loc == "nl":
        d = dg(8, True)
        forms = [("31", f"6 {d}"), (None, f"06-{d}"), (None, f"020 {d[:3]} {d[3:7]}")]
    elif loc == "pl":
        d = pick("5678") + dg(8)
        forms = [("48", f"{d[:3]} {d[3:6]} {d[6:]}"), (None, f"{d[:3]}-{d[3:6]}-{d[6:]}"), (None, f"22 {d[:3]} {d[3:5]} {d[5:7]}")]
    elif loc == "pt":
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        d = "9" + dg(8, True)
        forms = [("55", f"{ddd} {d[:5]}-{d[5:]}"), (None, f"({ddd}) {d[:5]}-{d[5:]}"), (None, f"({ddd}) {pick('2345')}{dg(3)}-{dg(4)}")]
    elif loc == "ja":
        a = pick(["90", "80", "70"])
        b, c = dg(4, True), dg(4)
        forms = [(None, f"0{a}-{b}-{c}"), ("81", f"{a}-{b}-{c}"), (None, f"0{pick(['3', '6'])}-{dg(4, True)}-{dg(4)}")]
    elif loc == "zh":
        d = "1" + pick("3578") + dg(9)
        forms = [(None, f"{d[:3]} {d[3:7]} {d[7:]}"), ("86", f"{d[:3]} {d[3:7]} {d[7:]}"), (None, d), (None, f"010-{dg(8, True)}")]
    elif loc == "ko":
        b, c = dg(4, True), dg(4)
        forms = [(None, f"010-{b}-{c}"), ("82", f"10-{b}-{c}"), (None, f"02-{dg(3, True)}-{dg(4)}")]
    elif loc == "hi":
        d = pick("6789") + dg(9)
        forms = [("91", f"{d[:5]} {d[5:]}"), ("91", d), (None, f"0{d[:5]} {d[5:]}")]
    elif loc == "ar":
        if R.random() < 0.5:
            d = dg(7, True)
            forms = [("966", f"5{pick('0345')} {d[:3]} {d[3:]}"), (None, f"05{pick('0345')} {d[:3]} {d[3:]}")]
        else:
            d = dg(7, True)
            forms = [("971", f"5{pick('0256')} {d[:3]} {d[3:]}"), (None, f"05{pick('0256')} {d[:3]} {d[3:]}")]
    elif loc == "tr":
        d = "5" + pick("0345") + pick("0123456789") + dg(7)
        forms = [("90", f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"), (None, f"0{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}")]
    elif loc == "uk":
        d = "7" + pick("3456789") + dg(8)
        while d.startswith("7700"):
            d = "79" + dg(8)
        forms = [("44", f"{d[:4]} {d[4:]}"), (None, f"0{d[:4]} {d[4:]}")]
    else:  # us
        a = pick("23456789") + dg(2)
        e = pick("23456789") + dg(2)
        while e == "555":
            e = pick("2346789") + dg(2)
        n = dg(4)
        forms = [("1", f"{a}-{e}-{n}"), (None, f"({a}) {e}-{n}"), (None, f"{a}.{e}.{n}"), ("1", f"({a}) {e}-{n}")]
    cc, rest = pick(forms)
    if cc:
        sep = pick([" ", " ", "-"]) if loc in ("us",) else " "
        if loc == "de" and R.random() < 0.3 and " " in rest:
            v = f"+49 (0){rest}"
            return v, [v[1:], rest]
        v = f"+{cc}{sep}{rest}" if not rest.isdigit() or R.random() < 0.5 else f"+{cc}{rest}"
        return v, [v[1:], rest]
    return rest, []


def fake_phone():
    """fictional / toll-free numbers: never labelled"""
    return pick([
        f"07700 900{dg(3)}", f"+44 7700 900{dg(3)}", f"020 7946 0{dg(3)}", f"(212) 555-01{dg(2)}",
        f"+1 312 555 01{dg(2)}", f"0491 570 {pick(['156', '157', '158', '159', '110'])}",
        f"0800 {dg(3, True)} {dg(4)}", f"0 800 {dg(2)} {dg(2)} {dg(2)}", f"900 {dg(3)} {dg(3)}",
        f"1-800-{dg(3, True)}-{dg(4)}", f"0120-{dg(3, True)}-{dg(3)}", f"0800 {dg(3)} {dg(4)}",
        f"+1 (800) {dg(3, True)}-{dg(4)}", f"800 {dg(3)} {dg(3)}",
    ])


# ------------------------------------------------------------- numerics ---
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(partial):
    for c in DI:
        if luhn_ok(partial + c):
            return partial + c


TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
              "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "3566002020360505", "4111111111111111", "4012888888881881", "4000002500003155", "4000000000009995",
              "6200000000000005", "3056930009020004"]


def card_digits():
    b = R.randrange(7)
    if b <= 1:
        p, n = "4" + dg(5), 16
    elif b == 2:
        p, n = pick(["51", "52", "53", "54", "55"]) + dg(4), 16
    elif b == 3:
        p, n = str(R.randint(2221, 2720)) + dg(2), 16
    elif b == 4:
        p, n = pick(["34", "37"]) + dg(4), 15
    elif b == 5:
        p, n = pick(["6011", "65" + dg(2)]) + dg(2), 16
    else:
        p, n = str(R.randint(3528, 3589)) + dg(2), 16
    d = luhn_complete(p + dg(n - len(p) - 1))
    if d in TEST_CARDS:
        return card_digits()
    return d


def card_fmt(d, style=None):
    style = style if style is not None else R.randrange(4)
    if len(d) == 15:
        if style in (0, 1):
            return f"{d[:4]} {d[4:10]} {d[10:]}"
        if style == 2:
            return f"{d[:4]}-{d[4:10]}-{d[10:]}"
        return d
    g = [d[i:i + 4] for i in range(0, len(d), 4)]
    if style in (0, 1):
        return " ".join(g)
    if style == 2:
        return "-".join(g)
    return d


def card():
    d = card_digits()
    v = card_fmt(d)
    return v, d


IBAN_SPEC = {  # country: (total length, bban pattern)  n=digit, a=upper, c=alnum-upper
    "DE": (22, "18n"), "FR": (27, "10n11c2n"), "ES": (24, "20n"), "IT": (27, "1a10n12c"), "NL": (18, "4a10n"),
    "PL": (28, "24n"), "BE": (16, "12n"), "AT": (20, "16n"), "CH": (21, "5n12c"), "PT": (25, "21n"),
    "GB": (22, "4a14n"), "TR": (26, "5n1n16c"), "SA": (24, "2n18c"), "AE": (23, "19n"), "BR": (29, "23n1a1c"),
    "LU": (20, "3n13c"), "IE": (22, "4a14n"), "DK": (18, "14n"), "SE": (24, "20n"), "GR": (27, "7n16c"),
}


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def iban_compact(cc=None):
    cc = cc or pick(list(IBAN_SPEC))
    L, pat = IBAN_SPEC[cc]
    bban = ""
    for cnt, t in re.findall(r"(\d+)([nac])", pat):
        cnt = int(cnt)
        if t == "n":
            bban += dg(cnt)
        elif t == "a":
            bban += rs(UP, cnt)
        else:
            bban += rs(UP + DI + DI + DI, cnt)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    ib = f"{cc}{chk:02d}{bban}"
    assert mod97_ok(ib) and len(ib) == L
    return ib


def iban_print(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def iban(cc=None, printed=None):
    ib = iban_compact(cc)
    if printed is None:
        printed = R.random() < 0.55
    return (iban_print(ib) if printed else ib), ib


def bad_iban(cc=None):
    ib = iban_compact(cc)
    chk = int(ib[2:4])
    nb = (chk + R.randint(1, 9)) % 100
    if nb < 2:
        nb += 2
    ib2 = ib[:2] + f"{nb:02d}" + ib[4:]
    if mod97_ok(ib2):
        return bad_iban(cc)
    return ib2


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    if (a, g, s) == (78, 5, 1120):
        return ssn()
    return f"{a:03d}", f"{g:02d}", f"{s:04d}"


def ssn_str(sep="-"):
    a, g, s = ssn()
    return f"{a}{sep}{g}{sep}{s}"


def invalid_ssn():
    return pick([f"000-{R.randint(10, 99)}-{R.randint(1000, 9999)}", f"666-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                 f"9{R.randint(10, 99)}-{R.choice([70, 71, 72, 78, 80, 88, 90, 92])}-{R.randint(1000, 9999)}",
                 f"{R.randint(100, 665)}-00-{R.randint(1000, 9999)}", f"{R.randint(100, 665)}-{R.randint(10, 99)}-0000"])


def imei():
    return luhn_complete(pick(["35", "86", "01", "99"]) + dg(12))


def gtin13(prefix=None):
    p = prefix or pick(["400", "401", "402", "403", "440", "300", "340", "840", "800", "450", "490", "690", "693",
                        "880", "890", "869", "789", "590", "871", "978", "979"])
    while True:
        body = p + dg(12 - len(p))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        g = body + str((10 - s % 10) % 10)
        if not (card_brand_ok(g) and luhn_ok(g)):  # a GTIN that is also a Luhn-valid Visa-13 would be ambiguous
            return g


def isbn13():
    return gtin13(pick(["978", "979"]))


def steuer_id():
    return dg(11, True)


def nir():
    return f"{pick('12')} {dg(2)} {R.randint(1, 12):02d} {dg(2)} {dg(3)} {dg(3)} {dg(2)}"


def dni():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def cpf():
    d = [R.randrange(10) for _ in range(9)]
    for _ in range(2):
        s = sum(x * w for x, w in zip(d, range(len(d) + 1, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def aadhaar():
    return f"{pick('23456789')}{dg(3)} {dg(4)} {dg(4)}"


def pesel():
    return f"{R.randint(50, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(5)}"


def rrn_kr():
    return f"{R.randint(60, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{pick('12')}{dg(6)}"


def bic():
    return pick(["DEUTDEFFXXX", "COBADEFFXXX", "GENODEF1S04", "BNPAFRPPXXX", "CAIXESBBXXX", "BCITITMM", "INGBNL2A",
                 "PKOPPLPW", "TCZBTR2A", "ITAUBRSP", "SOGEFRPP", "RABONL2U", "BSCHESMM", "UNCRITMM", "NWBKGB2L"])


def creditor_id():
    return f"DE{dg(2)}ZZZ{dg(11)}"


def vat_id():
    return pick([f"DE{dg(9, True)}", f"FR{dg(2)}{dg(9)}", f"ESB{dg(8)}", f"IT{dg(11)}", f"NL{dg(9)}B0{R.randint(1, 9)}",
                 f"PL{dg(10)}", f"ATU{dg(8)}"])


def tracking():
    return pick([f"JJD{dg(18)}", f"00340434{dg(12)}", f"1Z{rs(UP + DI, 6)}{dg(10)}", f"{rs(UP, 2)}{dg(9)}BR",
                 f"6A{dg(11)}", f"{rs(UP, 2)}{dg(9)}CN", f"SF{dg(12)}", f"{dg(12)}"])


def sha256hex():
    return rs(HEX, 64)


def digest():
    return "sha256:" + rs(HEX, 64)


def hexcolor():
    return "#" + rs("0123456789ABCDEF", 6)


def coords():
    return f"{R.uniform(-40, 60):.6f}, {R.uniform(-120, 140):.6f}"


def version():
    return f"{R.randint(0, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}"


def epoch():
    return str(R.randint(1_650_000_000, 1_760_000_000))


def date_iso():
    return f"20{R.randint(22, 25)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def ts_iso():
    return f"{date_iso()}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def dmy(sep="."):
    return f"{R.randint(1, 28):02d}{sep}{R.randint(1, 12):02d}{sep}20{R.randint(22, 25)}"


def amount_eu():
    return f"{R.randint(1, 9999)},{R.randint(0, 99):02d}"


def ipv4():
    return f"{pick(['10', '172', '192'])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


# ---------------------------------------------------------------- secrets ---
def aws_id(temp=None):
    pre = ("ASIA" if temp else "AKIA") if temp is not None else pick(["AKIA", "AKIA", "ASIA"])
    return pre + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    while True:
        s = rs(ALNUM + "/+", 40)
        if any(c in s for c in "/+") and any(c.isdigit() for c in s):
            return s


def aws_session_token():
    return "IQoJb3JpZ2luX2Vj" + rs(ALNUM + "/+", 300) + "=="


def github_token():
    k = R.randrange(7)
    if k == 6:
        return "github_pat_11" + rs(UP + DI, 20) + "_" + rs(ALNUM, 59)
    return pick(["ghp", "ghp", "gho", "ghu", "ghs", "ghr", "ghp"]) + "_" + rs(ALNUM, 36)


def gitlab_token():
    k = R.randrange(8)
    if k <= 3:
        return "glpat-" + rs(URLSAFE, 20)
    if k == 4:
        return "gldt-" + rs(URLSAFE, 20)
    if k == 5:
        return "glrt-" + rs(URLSAFE, 20)
    if k == 6:
        return "glptt-" + rs(HEX, 40)
    return "GR1348941" + rs(URLSAFE, 20)


def slack_token():
    k = R.randrange(5)
    if k <= 1:
        return f"xoxb-{dg(R.randint(10, 13), True)}-{dg(R.randint(10, 13), True)}-{rs(ALNUM, 24)}"
    if k == 2:
        return f"xoxp-{dg(R.randint(10, 12), True)}-{dg(R.randint(10, 12), True)}-{dg(13, True)}-{rs(HEX, 32)}"
    if k == 3:
        return f"xapp-1-A{rs(UP + DI, 10)}-{dg(13, True)}-{rs(HEX, 64)}"
    return f"xoxe.xoxp-1-{rs(ALNUM, 140)}"


def stripe_key():
    pre = pick(["sk_live_", "sk_live_", "rk_live_"])
    if R.random() < 0.5:
        return pre + rs(ALNUM, 24)
    return pre + "51" + rs(ALNUM, 97)


def openai_key():
    k = R.randrange(4)
    if k == 0:
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    if k == 1:
        return "sk-proj-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74)
    if k == 2:
        return "sk-svcacct-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74)
    return "sk-proj-" + rs(ALNUM, 48)


def anthropic_key():
    if R.random() < 0.8:
        return "sk-ant-api03-" + rs(URLSAFE, 93) + "AA"
    return "sk-ant-admin01-" + rs(URLSAFE, 93) + "AA"


def google_key():
    return "AIzaSy" + rs(URLSAFE, 33)


def jwt(loc="de", rs256=None):
    rs256 = R.random() < 0.4 if rs256 is None else rs256
    hdr = {"alg": "RS256", "typ": "JWT", "kid": rs(URLSAFE, 16)} if rs256 else {"alg": pick(["HS256", "HS512"]), "typ": "JWT"}
    iat = R.randint(1_690_000_000, 1_760_000_000)
    pl = {"sub": uuid4() if R.random() < 0.5 else str(R.randint(10000, 999999)),
          "iss": pick(["https://auth.mueller-logistik.de", "https://login.techsol.com.br/realms/prod", "https://sso.hanbit-soft.co.kr",
                       "https://id.yamada-shoji.co.jp/oauth2", "https://keycloak.kaya-tekstil.com.tr/realms/erp"]),
          "iat": iat, "exp": iat + pick([300, 900, 3600, 86400])}
    if R.random() < 0.5:
        pl["name"] = person(loc).name
    if R.random() < 0.5:
        pl["roles"] = pick([["user"], ["admin", "billing"], ["kasse"], ["閲覧者"]])
    sig = rbytes(256 if rs256 else (64 if hdr["alg"] == "HS512" else 32))
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":"), ensure_ascii=False).encode()), b64u(sig)])


def _wrap(b64, width):
    return "\n".join(b64[i:i + width] for i in range(0, len(b64), width))


def private_key(kind=None):
    kind = kind or pick(["rsa", "ec", "pkcs8", "openssh", "openssh", "enc", "rsa"])
    if kind == "rsa":
        body = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]) + rbytes(R.choice([596, 1180]))
        return "-----BEGIN RSA PRIVATE KEY-----\n" + _wrap(base64.b64encode(body).decode(), 64) + "\n-----END RSA PRIVATE KEY-----"
    if kind == "ec":
        body = bytes([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]) + rbytes(32) + bytes(
            [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]) + rbytes(64)
        return "-----BEGIN EC PRIVATE KEY-----\n" + _wrap(base64.b64encode(body).decode(), 64) + "\n-----END EC PRIVATE KEY-----"
    if kind == "pkcs8":
        body = bytes([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d,
                      0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8]) + rbytes(R.choice([640, 1190]))
        return "-----BEGIN PRIVATE KEY-----\n" + _wrap(base64.b64encode(body).decode(), 64) + "\n-----END PRIVATE KEY-----"
    if kind == "enc":
        body = bytes([0x30, 0x82, 0x05, 0x1c, 0x30, 0x4e, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d]) + rbytes(700)
        return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + _wrap(base64.b64encode(body).decode(), 64) + "\n-----END ENCRYPTED PRIVATE KEY-----"
    pub = rbytes(32)
    body = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33"
            b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub + b"\x00\x00\x00\x98" + rbytes(8)
            + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub + b"\x00\x00\x00\x40" + rbytes(64)
            + b"\x00\x00\x00\x0e" + ascii_name(person("de").first).encode()[:6].ljust(6, b"x") + b"@host1\x01\x02\x03")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(base64.b64encode(body).decode(), 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_block(label="CERTIFICATE"):
    body = bytes([0x30, 0x82, 0x03, 0x5d, 0x30, 0x82, 0x02, 0x45, 0xa0, 0x03, 0x02, 0x01, 0x02]) + rbytes(R.choice([420, 800]))
    return f"-----BEGIN {label}-----\n" + _wrap(base64.b64encode(body).decode(), 64) + f"\n-----END {label}-----"


def ssh_pub():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(rbytes(32)).decode()[:43] + " " + \
        ascii_name(person("de").first) + "@laptop"


def webhook(kind=None):
    kind = kind or pick(["slack", "slack", "discord", "teams", "dingtalk", "feishu", "wecom", "mattermost"])
    if kind == "slack":
        return f"https://hooks.slack.com/services/T{rs(UP + DI, R.choice([8, 10]))}/B{rs(UP + DI, R.choice([8, 10]))}/{rs(ALNUM, 24)}"
    if kind == "discord":
        return f"https://{pick(['discord.com', 'discordapp.com'])}/api/webhooks/{dg(R.choice([18, 19]), True)}/{rs(URLSAFE, 68)}"
    if kind == "teams":
        org = pick(["muellerlogistik", "techsolbr", "kayatekstil", "studiobianchi"])
        return (f"https://{org}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(HEX, 32)}/{uuid4()}"
                + (f"/V2{rs(URLSAFE, 43)}" if R.random() < 0.5 else ""))
    if kind == "dingtalk":
        return f"https://oapi.dingtalk.com/robot/send?access_token={rs(HEX, 64)}"
    if kind == "feishu":
        return f"https://open.feishu.cn/open-apis/bot/v2/hook/{uuid4()}"
    if kind == "wecom":
        return f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={uuid4()}"
    return f"https://chat.{pick(['weber-bau.de', 'hanbit-soft.co.kr', 'techsol.com.br'])}/hooks/{rs(LO + DI, 26)}"


SLACK_EXAMPLE_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC_TEST = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def password(kind=None):
    kind = R.randrange(7) if kind is None else kind
    if kind == 0:
        w = pick(["Sommer", "Winter", "Fruehling", "Herbst", "Primavera", "Verano", "Soleil", "Sakura", "Istanbul", "Warszawa",
                  "Amsterdam", "Pizzeria", "Futebol", "Kartoffel"])
        return f"{w}{R.randint(2019, 2025)}{pick('!#$%?*')}"
    if kind == 1:
        return rs(ALNUM + "!#%*-_.", R.randint(14, 24))
    if kind == 2:
        ws = ["kartoffel", "mond", "regen", "tisch", "gato", "nuvem", "luna", "fiume", "wolk", "rzeka", "kedi", "yama"]
        return "-".join(R.sample(ws, 3)) + "-" + str(R.randint(10, 99))
    if kind == 3:
        return rs(ALNUM, 32)
    if kind == 4:
        return rs(HEX, 40)
    if kind == 5:
        return pick(["Pa", "Xy", "Qw", "Mz"]) + rs(ALNUM, 6) + pick(["!", "#", "$", "&", "@"]) + rs(DI, 3)
    return base64.b64encode(rbytes(R.choice([18, 24, 33]))).decode()


def other_vendor_secret():
    """secrets of vendors outside the typed list (labelled generic_secret)"""
    k = R.randrange(11)
    return [lambda: rs(HEX, 32),  # twilio auth token / datadog api key
            lambda: "SG." + rs(URLSAFE, 22) + "." + rs(URLSAFE, 43),
            lambda: "key-" + rs(HEX, 32),
            lambda: "npm_" + rs(ALNUM, 36),
            lambda: "dckr_pat_" + rs(URLSAFE, 27),
            lambda: "hf_" + rs(ALNUM, 34),
            lambda: "shpat_" + rs(HEX, 32),
            lambda: base64.b64encode(rbytes(64)).decode(),  # azure storage key
            lambda: rs(ALNUM, 30),  # aliyun accesskey secret
            lambda: "pypi-AgEIcHlwaS5vcmc" + rs(URLSAFE, 120),
            lambda: rs(LO + DI + "!@#%^*(-_=+)", 50),  # django SECRET_KEY
            ][k]()


def pct(s):
    out = []
    for ch in s:
        if ch in ALNUM + "-_.~":
            out.append(ch)
        else:
            out.append("%%%02X" % ord(ch))
    return "".join(out)


PLACEHOLDERS = ["geheim", "<mot de passe>", "********", "<contraseña>", "<senha>", "xxxxxx", "changeme", "${DB_PASSWORD}",
                "{{ vault_db_password }}", "${{ secrets.API_KEY }}", "<パスワード>", "<密码>", "********", "***",
                "<wachtwoord>", "<hasło>", "vault:secret/data/app#password", "REDACTED", "[entfernt]", "••••••••",
                "${env:API_TOKEN}", "<ŞİFRE>", "TODO", "<your-api-key>", "%(password)s", "op://Private/db/password"]


# ------------------------------------------------------------ labelling ---
class D:
    def __init__(self, pos):
        self.pos = pos
        self.labels = []

    def lab(self, typ, value, acc=()):
        self.labels.append([typ, value, list(acc)])
        return value


def kv(key, val):
    return [f"{key}={val}", f"{key}: {val}", f"{key} = {val}", f'{key}="{val}"', f"{key}='{val}'", f'"{key}": "{val}"',
            f'"{key}":"{val}"', f"{key}:{val}", f'{key} = "{val}"', f"{key} = '{val}'", f'{key}: "{val}"', f"{key}: '{val}'",
            f"{key} {val}", f"{key}\t{val}", f"{key}  {val}", f"{key}={val!r}", f"{key} => '{val}'", f'{key} => "{val}"',
            f"'{key}' => '{val}'", f'"{key}" => "{val}"', f"<{key}>{val}</{key}>", f'{key} := "{val}"']


def js(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def raw(text, sc=None, err=False):
    r = {"content": [{"type": "text", "text": text}], "isError": err}
    if sc is not None:
        r["structuredContent"] = sc
    return r


def ocr(s, p=0.08):
    """OCR-style noise applied to captions only (never to labelled values)"""
    sub = {"o": "0", "l": "1", "I": "l", "e": "c", "rn": "m", "S": "5", "B": "8", "ü": "u", "é": "e", "a": "a"}
    out = []
    i = 0
    while i < len(s):
        if R.random() < p:
            two = s[i:i + 2]
            if two in sub:
                out.append(sub[two]); i += 2; continue
            if s[i] in sub:
                out.append(sub[s[i]]); i += 1; continue
            if s[i] == " ":
                out.append("  "); i += 1; continue
        out.append(s[i]); i += 1
    return "".join(out)


LOCS_ALL = list(LAT) + list(NAT)


def ppl(d, loc=None, want_email=True, want_phone=True, pe=None):
    """a person with (maybe labelled) email and phone. returns (person, email, phone)"""
    loc = loc or pick(LOCS_ALL)
    p = person(loc)
    e = ph = None
    if d.pos and want_email and (pe is None or R.random() < pe):
        e = email_of(p)
        d.lab("email", e, ["mailto:" + e])
    if d.pos and want_phone and (pe is None or R.random() < pe):
        v, acc = phone(loc)
        ph = d.lab("phone_number", v, acc)
    return p, e, ph


def neg_email():
    return role_email()


def sec(d, typ, key=None):
    """a labelled typed secret (or a generic secret) of type typ"""
    gen = {"aws_access_key_id": aws_id, "aws_secret_access_key": aws_secret, "github_token": github_token,
           "gitlab_token": gitlab_token, "slack_token": slack_token, "stripe_key": stripe_key, "openai_api_key": openai_key,
           "anthropic_api_key": anthropic_key, "google_api_key": google_key, "jwt": jwt,
           "generic_secret": lambda: pick([password, other_vendor_secret])()}[typ]
    v = gen()
    acc = kv(key, v) if key else []
    if typ == "jwt":
        acc = ["Bearer " + v, "bearer " + v] + acc
    return d.lab(typ, v, acc)


TOKEN_KEYS = {
    "aws_access_key_id": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"],
    "aws_secret_access_key": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"],
    "github_token": ["GITHUB_TOKEN", "GH_TOKEN", "github.token", "githubToken"],
    "gitlab_token": ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "gitlab_private_token", "GL_TOKEN"],
    "slack_token": ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "slack.token", "SLACK_APP_TOKEN"],
    "stripe_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "stripe.secret", "stripeKey"],
    "openai_api_key": ["OPENAI_API_KEY", "openai.api-key", "OPENAI_KEY", "openaiApiKey"],
    "anthropic_api_key": ["ANTHROPIC_API_KEY", "anthropic.api-key", "CLAUDE_API_KEY", "anthropicKey"],
    "google_api_key": ["GOOGLE_API_KEY", "MAPS_API_KEY", "firebaseApiKey", "GEMINI_API_KEY"],
    "jwt": ["ACCESS_TOKEN", "id_token", "authToken", "JWT"],
    "generic_secret": ["DB_PASSWORD", "CLIENT_SECRET", "SENDGRID_API_KEY", "TWILIO_AUTH_TOKEN", "SESSION_SECRET",
                       "WEBHOOK_SIGNING_SECRET", "SMTP_PASSWORD", "REDIS_PASSWORD", "ALIYUN_ACCESS_KEY_SECRET",
                       "DATADOG_API_KEY", "PASSWORT", "MOT_DE_PASSE", "CONTRASENA", "SENHA", "WACHTWOORD", "HASLO",
                       "SIFRE", "KEYCLOAK_CLIENT_SECRET", "JWT_SIGNING_KEY", "MAILGUN_API_KEY", "HF_TOKEN", "NPM_TOKEN"],
}
TYPED_W = {"aws_access_key_id": 1, "aws_secret_access_key": 1, "github_token": 3, "gitlab_token": 3, "slack_token": 3,
           "stripe_key": 3, "openai_api_key": 4, "anthropic_api_key": 5, "google_api_key": 1, "jwt": 2, "generic_secret": 1}


COUNTS = {}  # running label counts of accepted documents (steers later choices towards scarce types)


def need(t, target=26):
    return max(0, target - COUNTS.get(t, 0)) / target


def tw(t):
    return TYPED_W.get(t, 1) * (0.2 + 5 * need(t))


def typed_sample(n, pool=None):
    pool = list(pool or TYPED_W)
    out = []
    for _ in range(n):
        w = [tw(t) for t in pool]
        t = R.choices(pool, weights=w)[0]
        out.append(t)
        pool.remove(t)
    return out


TYPED = ["aws_access_key_id", "aws_secret_access_key", "github_token", "gitlab_token", "slack_token", "stripe_key",
         "openai_api_key", "anthropic_api_key", "google_api_key", "jwt", "generic_secret"]


# ============================================================ templates ===
def t_vcard(d):
    loc = pick(LOCS_ALL)
    cards = []
    n = R.randint(2, 5)
    for i in range(n):
        real = d.pos and (i == 0 or R.random() < 0.5)
        p = person(loc)
        lines = ["BEGIN:VCARD", pick(["VERSION:3.0", "VERSION:4.0", "VERSION:2.1"]), f"FN:{p.name}", f"N:{p.last};{p.first};;;"]
        if R.random() < 0.5:
            lines.append(f"ORG:{pick(p.comp).split('.')[0].replace('-', ' ').title()}")
        if real:
            v, acc = phone(loc)
            d.lab("phone_number", v, acc)
            lines.append(f"TEL;TYPE={pick(['CELL', 'HOME', 'WORK,VOICE', 'cell'])}:{v}")
            if R.random() < 0.6:
                e = email_of(p)
                d.lab("email", e, ["mailto:" + e])
                lines.append(f"EMAIL;TYPE={pick(['INTERNET', 'HOME', 'WORK', 'pref'])}:{e}")
        else:
            lines.append(f"TEL;TYPE=WORK:{fake_phone()}")
            lines.append(f"EMAIL;TYPE=WORK:{role_email(p)}")
        if R.random() < 0.6:
            lines.append(f"BDAY:{R.randint(1950, 2004)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}")
        if R.random() < 0.5:
            lines.append(f"ADR;TYPE=HOME:;;{pick(['Hauptstr. 12', '12 rue des Lilas', 'Calle Mayor 4', '東京都港区芝公園4-2-8', '서울특별시 강남구 테헤란로 152', 'Rua Augusta 1500'])};;;{R.randint(10000, 99999)};")
        if R.random() < 0.3:
            lines.append(f"NOTE:{pick(['IMEI alt', 'Kundennr.', 'N° client', 'Pedido'])} {pick([imei(), gtin13(), str(R.randint(100000, 999999))])}")
        lines.append(f"UID:urn:uuid:{uuid4()}")
        lines.append(f"REV:{ts_iso()}")
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
    return "text", "\r\n".join(cards) + "\r\n"


def t_whatsapp(d):
    loc = pick(["de", "pt", "es", "fr", "it", "nl", "tr"])
    a, b = person(loc), person(loc)
    msgs = []
    C = {
        "de": dict(num="Meine neue Nummer: {}", mail="Schick's mir an {}", iban="Kannst du mir die {} € überweisen? IBAN {}",
                   wifi="WLAN: FRITZ!Box 7590 KQ, Passwort: {}", track="Sendungsnummer {}", hi="Hallo 😊", media="<Medien ausgeschlossen>",
                   ok="Alles klar, danke!", code="Dein Code ist {}", card="Kartennummer für die Buchung: {}"),
        "pt": dict(num="Meu número novo: {}", mail="Manda no meu email {}", iban="Me faz um PIX? ou IBAN {} valor R$ {}",
                   wifi="Wi-Fi: VIVO-5G senha: {}", track="Código de rastreio {}", hi="Oi tudo bem?", media="<Mídia oculta>",
                   ok="Blz, valeu!", code="Seu código é {}", card="Número do cartão pra reserva: {}"),
        "es": dict(num="Mi número nuevo: {}", mail="Mándamelo a {}", iban="¿Me haces una transferencia de {} €? IBAN {}",
                   wifi="WiFi: MOVISTAR_8A21 contraseña: {}", track="Número de seguimiento {}", hi="Hola!!", media="<Multimedia omitido>",
                   ok="Vale, gracias", code="Tu código es {}", card="Tarjeta para la reserva: {}"),
        "fr": dict(num="Mon nouveau numéro : {}", mail="Envoie-le à {}", iban="Tu peux me virer {} € ? IBAN {}",
                   wifi="Wifi : Livebox-3F2A mot de passe : {}", track="Numéro de suivi {}", hi="Coucou", media="<Médias omis>",
                   ok="Ok merci !", code="Ton code est {}", card="Numéro de carte pour la résa : {}"),
        "it": dict(num="Il mio nuovo numero: {}", mail="Mandalo a {}", iban="Mi fai un bonifico di {} €? IBAN {}",
                   wifi="WiFi: TIM-1234 password: {}", track="Numero di tracking {}", hi="Ciao!", media="<Media omessi>",
                   ok="Ok grazie", code="Il tuo codice è {}", card="Carta per la prenotazione: {}"),
        "nl": dict(num="Mijn nieuwe nummer: {}", mail="Stuur het naar {}", iban="Kun je {} euro overmaken? IBAN {}",
                   wifi="Wifi: Ziggo7781 wachtwoord: {}", track="Track & trace {}", hi="Hoi", media="<Media weggelaten>",
                   ok="Top, bedankt", code="Je code is {}", card="Kaartnummer voor de boeking: {}"),
        "tr": dict(num="Yeni numaram: {}", mail="Şu adrese at: {}", iban="{} TL gönderir misin? IBAN {}",
                   wifi="Wi-Fi: SUPERONLINE_5G şifre: {}", track="Kargo takip no {}", hi="Selam", media="<Medya dahil edilmedi>",
                   ok="Tamam sağ ol", code="Kodun {}", card="Rezervasyon için kart no: {}"),
    }[loc]
    def stamp():
        if loc == "de":
            return f"[{dmy('.')[:6]}{R.randint(22, 25)}, {R.randint(7, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}] "
        return f"{dmy('/')} {R.randint(7, 23):02d}:{R.randint(0, 59):02d} - "
    who = [a.name, b.name]
    msgs.append(stamp() + f"{who[0]}: {C['hi']}")
    kinds = ["num", "mail", "iban", "wifi", "card", "card"]
    chosen = list(dict.fromkeys(R.sample(kinds, R.randint(1, 3)))) if d.pos else []
    for k in ["media", "track", "code", "ok"] + chosen:
        w = pick(who)
        if k == "media":
            t = C["media"]
        elif k == "track":
            t = C["track"].format(tracking())
        elif k == "code":
            t = C["code"].format(dg(6))
        elif k == "ok":
            t = C["ok"]
        elif k == "num":
            v, acc = phone(loc if loc != "tr" else "tr")
            t = C["num"].format(d.lab("phone_number", v, acc))
        elif k == "mail":
            e = email_of(person(loc), work=False)
            t = C["mail"].format(d.lab("email", e, ["mailto:" + e]))
        elif k == "iban":
            v, c = iban({"de": "DE", "pt": "BR", "es": "ES", "fr": "FR", "it": "IT", "nl": "NL", "tr": "TR"}[loc])
            acc = [c] if v != c else []
            t = C["iban"].format(amount_eu(), d.lab("iban", v, acc)) if loc != "tr" else C["iban"].format(R.randint(50, 900), d.lab("iban", v, acc))
        elif k == "wifi":
            pw = password(pick([0, 2, 5]))
            t = C["wifi"].format(pw)
            cap = t[:t.index(pw)].rstrip(" ")
            d.lab("generic_secret", pw, [t[t.rindex(" ", 0, t.index(pw) - 1) + 1:], cap.split(",")[-1].strip() + " " + pw])
        else:
            v, dd = card()
            t = C["card"].format(d.lab("payment_card", v, [dd] if dd != v else []))
        msgs.append(stamp() + f"{w}: {t}")
    if not d.pos and R.random() < 0.6:
        msgs.append(stamp() + f"{pick(who)}: {pick([C['wifi'].format(pick(PLACEHOLDERS)), C['num'].format(fake_phone()), C['mail'].format(role_email(a))])}")
    return "text", "\n".join(msgs)


def t_sms(d):
    loc = pick(["de", "fr", "es", "it", "pl", "hi", "ar", "tr", "ja", "ko", "zh", "pt"])
    msgs = []
    bank = {"de": "Sparkasse", "fr": "Crédit Agricole", "es": "BBVA", "it": "Intesa", "pl": "PKO BP", "hi": "HDFCBK", "ar": "AlRajhi",
            "tr": "Garanti", "ja": "楽天銀行", "ko": "KB국민", "zh": "招商银行", "pt": "Nubank"}[loc]
    msgs.append({"from": bank, "body": f"{pick(['OTP', 'Code', 'TAN', '인증번호', '验证码', '認証コード'])}: {dg(6)} · ****{dg(4)} · {amount_eu()}", "date": ts_iso()})
    msgs.append({"from": dg(5, True), "body": f"{pick(['Paket', 'Colis', 'Paquete', 'Kargo', '包裹', '택배'])} {tracking()} {pick(['zugestellt', 'livré', 'entregado', 'teslim edildi', '已签收', '배송완료'])}", "date": ts_iso()})
    if d.pos:
        for _ in range(R.randint(1, 2)):
            v, acc = phone(loc)
            msgs.append({"from": d.lab("phone_number", v, acc), "body": pick(["ok 👍", "ruf mich an", "rappelle-moi", "llámame", "chiamami", "zadzwoń", "कॉल करो", "اتصل بي", "ara beni", "電話して", "전화줘", "给我回电话", "me liga"]), "date": ts_iso()})
        if R.random() < 0.5:
            e = email_of(person(loc))
            msgs.append({"from": phone(loc)[0] if False else bank, "body": f"{pick(['E-Mail', 'Email', 'メール', '이메일', '邮箱', 'ईमेल'])} {d.lab('email', e, ['mailto:' + e])} ✓", "date": ts_iso()})
    else:
        msgs.append({"from": fake_phone(), "body": "Test", "date": ts_iso()})
    R.shuffle(msgs)
    doc = {"device": {"model": pick(["SM-S918B", "Pixel 8", "iPhone15,3", "Redmi Note 12"]), "imei": imei(), "android_id": rs(HEX, 16)},
           "locale": loc, "messages": msgs}
    return "structured", doc


def t_ocr_sepa(d):
    p = person("de")
    gl = creditor_id()
    lines = [ocr("SEPA-Lastschriftmandat"), ocr(f"Zahlungsempfänger: Stadtwerke Ulmbach GmbH, Gläubiger-Identifikationsnummer: {gl}"),
             ocr(f"Mandatsreferenz: {rs(UP + DI, 12)}"), "", ocr(f"Kontoinhaber (Vorname, Name): {p.name}"),
             ocr(f"Straße, Hausnr.: Lindenweg {R.randint(1, 80)}   PLZ/Ort: {R.randint(10000, 99999)} Ulmbach")]
    if d.pos:
        v, c = iban("DE", printed=True)
        if R.random() < 0.4:
            parts = v.split(" ")
            cut = R.randint(2, 4)
            v = " ".join(parts[:cut]) + "\n" + " ".join(parts[cut:])
        d.lab("iban", v, [c] if c in v else [])
        lines.append(ocr("IBAN: ") + v)
    else:
        lines.append(ocr("IBAN: ") + pick(["DE_ _ | _ _ _ _ | _ _ _ _ | _ _ _ _ | _ _ _ _ | _ _", iban_print(bad_iban("DE")),
                                          "DE** **** **** **** **" + dg(2) + " " + dg(2)]))
    lines.append(ocr("BIC: ") + bic())
    if d.pos and R.random() < 0.6:
        v, acc = phone("de")
        lines.append(ocr("Telefon (für Rückfragen): ") + d.lab("phone_number", v, acc))
    else:
        lines.append(ocr("Telefon: ") + fake_phone())
    if d.pos and R.random() < 0.5:
        e = email_of(p, work=False)
        lines.append(ocr("E-Mail: ") + d.lab("email", e, ["mailto:" + e]))
    lines.append(ocr(f"Steuer-ID: {steuer_id()}   Kundennr.: {dg(8)}"))
    lines.append(ocr(f"Ulmbach, {dmy()}   Unterschrift: ______________"))
    return pick(["text", "raw-result"]), "\n".join(lines)


def t_ocr_receipt(d):
    loc = pick(["fr", "it", "de", "es", "ja"])
    H = {"fr": ("CARREFOUR MARKET", "SIRET " + dg(14), "TOTAL TTC", "CB SANS CONTACT", "TVA", "Tél."),
         "it": ("SUPERMERCATO CONAD", "P.IVA " + dg(11), "TOTALE COMPLESSIVO", "PAGAMENTO ELETTRONICO", "IVA", "Tel."),
         "de": ("EDEKA Frischemarkt", "USt-IdNr. DE" + dg(9, True), "SUMME EUR", "Kartenzahlung girocard", "MwSt", "Tel."),
         "es": ("MERCADONA S.A.", "NIF A" + dg(8), "TOTAL (€)", "TARJETA BANCARIA", "IVA", "Tel."),
         "ja": ("ファミリーマート 新宿店", "登録番号 T" + dg(13), "合計", "クレジット", "消費税", "電話")}[loc]
    lines = [ocr(H[0], 0.05), ocr(f"{pick(['12 rue', 'Via Roma', 'Hauptstr.', 'Calle Mayor', '新宿区西新宿'])} {R.randint(1, 99)}", 0.05)]
    if d.pos:
        v, acc = phone(loc)
        lines.append(ocr(H[5] + " ", 0.05) + d.lab("phone_number", v, acc))
    else:
        lines.append(ocr(H[5] + " ", 0.05) + fake_phone())
    lines.append(H[1])
    for _ in range(R.randint(3, 6)):
        lines.append(f"{gtin13()}  {pick(['LAIT 1L', 'PANE', 'Brot', 'AGUA', 'おにぎり', 'CAFE', 'PASTA'])}  {amount_eu()}")
    lines.append(f"{H[2]}  {amount_eu()}")
    lines.append(f"{H[3]}  {pick(['VISA', 'MASTERCARD', 'CB', 'MAESTRO'])}  ************{dg(4)}")
    lines.append(f"AID A000000{pick(['003', '004'])}1010  TRANS {dg(6)}  AUTO {dg(6)}")
    if loc == "de":
        lines.append(f"TSE-Signatur: {base64.b64encode(rbytes(64)).decode()}")
        lines.append(f"TSE-Seriennr.: {rs(HEX, 64)}")
    lines.append(f"{H[4]} {pick(['20%', '10%', '19%', '7%', '21%', '8%'])}  {amount_eu()}")
    if d.pos and R.random() < 0.5:
        e = email_of(person(loc), work=False)
        lines.append(ocr(pick(["e-Bon an: ", "Ricevuta a: ", "Ticket envoyé à : ", "Ticket a: ", "レシート送信先: "]), 0.05) + d.lab("email", e, ["mailto:" + e]))
    lines.append(f"{dmy('/')} {R.randint(7, 21):02d}:{R.randint(0, 59):02d}  #{dg(4)}")
    return "text", "\n".join(lines)


def t_camt053(d):
    acct_v, acct_c = iban(pick(["DE", "NL", "AT", "BE", "FR"]), printed=False)
    acct_label = d.pos and R.random() < 0.5
    if acct_label:
        d.lab("iban", acct_c)
    entries = []
    for i in range(R.randint(2, 4)):
        cd = pick(["CRDT", "DBIT"])
        party = person(pick(["de", "nl", "fr", "it", "es"]))
        if d.pos and (i == 0 or R.random() < 0.5):
            _, c = iban(pick(["DE", "NL", "FR", "IT", "ES", "BE", "LU"]), printed=False)
            d.lab("iban", c)
            acct = f"<Id><IBAN>{c}</IBAN></Id>"
        else:
            acct = f"<Id><Othr><Id>{dg(10)}</Id></Othr></Id>"
        rp = "Dbtr" if cd == "CRDT" else "Cdtr"
        entries.append(f"""    <Ntry>
      <Amt Ccy="EUR">{R.randint(1, 9999)}.{R.randint(0, 99):02d}</Amt>
      <CdtDbtInd>{cd}</CdtDbtInd>
      <BookgDt><Dt>{date_iso()}</Dt></BookgDt>
      <AcctSvcrRef>{dg(16)}</AcctSvcrRef>
      <NtryDtls><TxDtls>
        <Refs><EndToEndId>{rs(UP + DI, 20)}</EndToEndId><MndtId>{rs(UP + DI, 14)}</MndtId></Refs>
        <RltdPties><{rp}><Nm>{party.name}</Nm></{rp}><{rp}Acct>{acct}</{rp}Acct></RltdPties>
        <RltdAgts><{rp}Agt><FinInstnId><BICFI>{bic()}</BICFI></FinInstnId></{rp}Agt></RltdAgts>
        <RmtInf><Ustrd>{pick(['Rechnung', 'Facture', 'Factuur', 'Fattura', 'Miete'])} {dg(7)} {pick(['Kd-Nr', 'Réf', 'Klantnr'])} {dg(6)}</Ustrd></RmtInf>
      </TxDtls></NtryDtls>
    </Ntry>""")
    acct_xml = f"<IBAN>{acct_c}</IBAN>" if acct_label else f"<Othr><Id>{dg(10)}</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr>"
    if not d.pos:
        acct_xml = f"<Othr><Id>{dg(10)}</Id></Othr>"
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>{rs(UP + DI, 18)}</MsgId><CreDtTm>{ts_iso()}</CreDtTm></GrpHdr>
    <Stmt>
      <Id>{dg(12)}</Id><ElctrncSeqNb>{R.randint(1, 365)}</ElctrncSeqNb>
      <Acct><Id>{acct_xml}</Id><Ccy>EUR</Ccy><Svcr><FinInstnId><BICFI>{bic()}</BICFI></FinInstnId></Svcr></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{R.randint(100, 99999)}.{R.randint(0, 99):02d}</Amt></Bal>
{chr(10).join(entries)}
    </Stmt>
  </BkToCstmrStmt>
</Document>"""
    return pick(["text", "raw-result"]), xml


def t_mt940(d):
    lines = [f":20:STARTUMSE{dg(4)}", f":25:{dg(8, True)}/{dg(10)}" if (not d.pos or R.random() < 0.6) else None,
             f":28C:{R.randint(1, 365):05d}/001", f":60F:C{date_iso()[2:].replace('-', '')}EUR{R.randint(100, 99999)},{R.randint(0, 99):02d}"]
    if lines[1] is None:
        _, c = iban("DE", printed=False)
        lines[1] = ":25:" + d.lab("iban", c)
    for i in range(R.randint(2, 4)):
        dt = date_iso()[2:].replace("-", "")
        lines.append(f":61:{dt}{dt[2:]}{pick(['C', 'D'])}{R.randint(1, 9999)},{R.randint(0, 99):02d}N{pick(['TRF', 'DDT', 'MSC'])}NONREF")
        gv = pick(["105", "166", "177", "020"])
        party = person(pick(["de", "nl", "de"]))
        sub = [f":86:{gv}?00{pick(['SEPA-UEBERWEISUNG', 'FOLGELASTSCHRIFT', 'GUTSCHR. UEBERWEISUNG'])}?10{dg(4)}",
               f"?20EREF+{rs(UP + DI, 14)}", f"?21MREF+{rs(UP + DI, 10)}", f"?22CRED+{creditor_id()}",
               f"?23SVWZ+{pick(['Rechnung', 'Miete', 'Beitrag'])} {dg(6)}"]
        if d.pos and (i == 0 or R.random() < 0.4):
            _, c = iban(pick(["DE", "AT", "NL"]), printed=False)
            d.lab("iban", c)
            sub.append(f"?30{bic()[:8]}?31{c}")
        else:
            sub.append(f"?30{dg(8, True)}?31{dg(10)}")
        sub.append(f"?32{party.name.upper()[:27]}")
        lines.extend(sub)
    lines.append(f":62F:C{date_iso()[2:].replace('-', '')}EUR{R.randint(100, 99999)},{R.randint(0, 99):02d}")
    lines.append("-")
    return "text", "\r\n".join(lines)


def t_bank_csv(d):
    loc = pick(["de", "nl", "es", "it"])
    hdr = {"de": "Buchungstag;Valutadatum;Auftraggeber / Empfänger;IBAN;BIC;Verwendungszweck;Mandatsreferenz;Gläubiger-ID;Betrag (EUR)",
           "nl": "Datum;Naam / Omschrijving;Rekening;Tegenrekening;Code;Af Bij;Bedrag (EUR);Mededelingen",
           "es": "Fecha;Concepto;IBAN contraparte;Importe;Saldo",
           "it": "Data contabile;Data valuta;Descrizione;IBAN;Importo;Causale"}[loc]
    rows = [hdr]
    for i in range(R.randint(3, 6)):
        p = person(loc)
        if d.pos and R.random() < 0.5:
            v, c = iban(pick(["DE", "NL", "ES", "IT", "FR", "AT"]), printed=R.random() < 0.3)
            d.lab("iban", v, [c] if c != v else [])
            ib = v
        else:
            ib = pick(["", "DE" + dg(2) + " **** **** **** **" + dg(2) + " " + dg(2), bad_iban(), dg(10), "NL**RABO****" + dg(4)])
        amt = ("-" if R.random() < 0.6 else "") + f"{R.randint(1, 9)}.{dg(3)},{dg(2)}" if R.random() < 0.3 else ("-" if R.random() < 0.6 else "") + amount_eu()
        if loc == "de":
            rows.append(f"{dmy()};{dmy()};{p.name.upper()};{ib};{bic()};RE {dg(8)} KD {dg(6)};{rs(UP + DI, 12)};{creditor_id()};{amt}")
        elif loc == "nl":
            rows.append(f"{date_iso().replace('-', '')};{p.name};{'NL**ASNB****' + dg(4)};{ib};{pick(['GT', 'IC', 'BA', 'OV'])};{pick(['Af', 'Bij'])};{amt.lstrip('-')};Kenmerk: {dg(16)}")
        elif loc == "es":
            rows.append(f"{dmy('/')};{pick(['RECIBO', 'TRANSFERENCIA', 'BIZUM'])} {p.name.upper()};{ib};{amt};{amount_eu()}")
        else:
            rows.append(f"{dmy('/')};{dmy('/')};{pick(['BONIFICO A FAVORE DI', 'ADDEBITO SDD', 'PAGAMENTO POS'])} {p.name.upper()};{ib};{amt};CRO {dg(11)}")
    if d.pos and not d.labels:
        v, c = iban(pick(["DE", "NL", "ES", "IT"]), printed=False)
        d.lab("iban", c)
        rows.append(f"{dmy()};{dmy()};{person(loc).name.upper()};{c};;;;;{amount_eu()}")
    return pick(["text", "raw-result"]), "\n".join(rows)


def t_hl7(d):
    us = R.random() < 0.75
    loc = "us" if us else pick(["de", "nl"])
    p = person(loc)
    ts = date_iso().replace("-", "") + f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}"
    ssn_f = ""
    if us and d.pos and R.random() < 0.8:
        v = ssn_str("-") if R.random() < 0.7 else ssn_str("")
        ssn_f = d.lab("us_ssn", v)
    elif us and R.random() < 0.5:
        ssn_f = pick(["", "XXX-XX-" + dg(4), invalid_ssn()])
    tel = ""
    if d.pos and R.random() < 0.7:
        v, acc = phone(loc)
        tel = d.lab("phone_number", v, acc) + "^PRN^PH"
    else:
        tel = fake_phone() + "^PRN^PH"
    if d.pos and R.random() < 0.4:
        e = email_of(p, work=False)
        tel += "~^NET^Internet^" + d.lab("email", e)
    segs = [f"MSH|^~\\&|{pick(['EPIC', 'CERNER', 'ORBIS', 'MEDICO'])}|{pick(['RBC', 'UKU', 'AMC'])}|LAB|LAB|{ts}||ADT^A0{R.randint(1, 8)}|{dg(10)}|P|2.{pick('3456')}",
            f"EVN|A01|{ts}",
            f"PID|1||{dg(8)}^^^MRN^MR~{dg(10)}^^^{'SS' if us else 'KVNR'}||{p.last.upper()}^{p.first.upper()}||{R.randint(1940, 2015)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}|{pick('MFU')}|||{R.randint(1, 999)} {pick(['Oak St', 'Main St', 'Bahnhofstr.', 'Kerkstraat'])}^^{pick(['Springfield', 'Ulm', 'Utrecht'])}^^{dg(5)}||{tel}|||||{dg(9)}|{ssn_f}",
            f"PV1|1|I|{pick(['ICU', 'W3', 'ER'])}^{R.randint(100, 450)}^{R.randint(1, 4)}|||||{dg(6)}^{person(loc).last.upper()}^{pick(['A', 'J', 'M'])}|||||||||||{dg(9)}"]
    if R.random() < 0.6:
        nk = person(loc)
        if d.pos and R.random() < 0.6:
            v, acc = phone(loc)
            segs.append(f"NK1|1|{nk.last.upper()}^{nk.first.upper()}|{pick(['SPO', 'MTH', 'FTH', 'SIS'])}||{d.lab('phone_number', v, acc)}")
        else:
            segs.append(f"NK1|1|{nk.last.upper()}^{nk.first.upper()}|SPO||{fake_phone()}")
    segs.append(f"OBX|1|NM|{dg(4)}-{R.randint(0, 9)}^{pick(['Glucose', 'HbA1c', 'Kreatinin'])}||{R.randint(4, 200)}|mg/dL|||||F")
    return pick(["text", "raw-result"]), "\r".join(segs)


def t_fhir(d):
    loc = pick(["us", "us", "us", "de", "fr", "pt", "hi", "ja"])
    p = person(loc)
    ids = [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": dg(8), "type": {"text": "MRN"}}]
    if loc == "us":
        if d.pos and R.random() < 0.75:
            ids.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": d.lab("us_ssn", ssn_str(pick(["-", "-", ""])))})
        else:
            ids.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": "***-**-" + dg(4)})
    elif loc == "de":
        ids.append({"system": "http://fhir.de/sid/gkv/kvid-10", "value": pick(UP) + dg(9)})
    elif loc == "fr":
        ids.append({"system": "urn:oid:1.2.250.1.213.1.4.8", "value": nir().replace(" ", "")})
    elif loc == "pt":
        ids.append({"system": "http://rnds.saude.gov.br/fhir/r4/NamingSystem/cpf", "value": cpf()})
    elif loc == "hi":
        ids.append({"system": "https://uidai.gov.in/aadhaar", "value": aadhaar()})
    tel = []
    if d.pos:
        if R.random() < 0.8:
            v, acc = phone(loc)
            tel.append({"system": "phone", "value": d.lab("phone_number", v, acc), "use": pick(["mobile", "home"])})
        if R.random() < 0.6 or not tel:
            e = email_of(p)
            tel.append({"system": "email", "value": d.lab("email", e, ["mailto:" + e])})
    tel.append({"system": "phone", "value": fake_phone(), "use": "work"})
    doc = {"resourceType": "Patient", "id": uuid4(), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": ts_iso()},
           "identifier": ids, "active": True, "name": [{"family": p.last, "given": [p.first]}], "telecom": tel,
           "gender": pick(["female", "male"]), "birthDate": f"{R.randint(1940, 2012)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
           "managingOrganization": {"reference": f"Organization/{dg(5)}", "display": pick(["Riverbend Clinic", "Uniklinik Ulmbach", "CHU de Rennes", "Hospital São Lucas", "AIIMS", "聖路加国際病院"])}}
    if R.random() < 0.5:
        doc["contact"] = [{"telecom": [{"system": "email", "value": role_email(p)}]}]
    return pick(["structured", "raw-result"]), doc


def t_edifact(d):
    buyer, sup = person(pick(["de", "nl", "fr", "pl"])), person(pick(["de", "it", "es"]))
    segs = ["UNA:+.? '", f"UNB+UNOC:3+{dg(13)}:14+{dg(13)}:14+{date_iso()[2:].replace('-', '')}:{R.randint(0, 23):02d}{R.randint(0, 59):02d}+{dg(6)}'",
            f"UNH+1+INVOIC:D:96A:UN:EAN008'", f"BGM+380+{dg(9)}+9'", f"DTM+137:{date_iso().replace('-', '')}:102'",
            f"RFF+VA:{vat_id()}'", f"NAD+SU+{gtin13('400')}::9++{sup.comp[0].split('.')[0].upper()}'", f"CTA+IC+:{sup.name.upper()}'"]
    if d.pos and R.random() < 0.7:
        v, acc = phone(sup.loc)
        segs.append(f"COM+{d.lab('phone_number', v.replace('+', '00', 1) if False else v, acc)}:TE'")
    else:
        segs.append(f"COM+{fake_phone()}:TE'")
    if d.pos and R.random() < 0.6:
        e = email_of(sup, work=True)
        segs.append(f"COM+{d.lab('email', e, ['mailto:' + e])}:EM'")
    else:
        segs.append(f"COM+{role_email(sup)}:EM'")
    if d.pos and (R.random() < 0.6 or not d.labels):
        v, c = iban(pick(["DE", "IT", "ES", "NL"]), printed=False)
        segs.append(f"FII+RB+{d.lab('iban', c)}:{sup.name.upper()}+{bic()}:25:5'")
    else:
        segs.append(f"FII+RB+{dg(10)}:{sup.name.upper()}+{dg(8, True)}:25:137'")
    segs.append(f"NAD+BY+{gtin13('400')}::9'")
    for i in range(R.randint(2, 4)):
        segs += [f"LIN+{i + 1}++{gtin13()}:EN'", f"QTY+47:{R.randint(1, 99)}'", f"MOA+203:{R.randint(1, 9999)}.{R.randint(0, 99):02d}'"]
    segs += [f"UNS+S'", f"MOA+77:{R.randint(100, 99999)}.{R.randint(0, 99):02d}'", f"UNT+{len(segs)}+1'", f"UNZ+1+{dg(6)}'"]
    return "text", "\n".join(segs)


def t_syslog(d):
    host = pick(["mx01", "web-fra-2", "db-01.ulmbach.local", "nas", "gw-sp-01"])
    lines = []
    def ln(app, msg):
        m = R.choice(["Jan", "Feb", "Mär", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        lines.append(f"{m} {R.randint(1, 28):2d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} {host} {app}[{R.randint(100, 65000)}]: {msg}")
    ln("sshd", f"Accepted publickey for deploy from {ipv4()} port {R.randint(1024, 65535)} ssh2: ED25519 SHA256:{base64.b64encode(rbytes(32)).decode()[:43]}")
    ln("postfix/qmgr", f"{rs(HEX.upper(), 10)}: from=<{role_email()}>, size={R.randint(900, 90000)}, nrcpt=1 (queue active)")
    kinds = R.sample(["mail", "url", "pw", "mail2", "tok"], R.randint(1, 3)) if d.pos else []
    for k in kinds:
        if k in ("mail", "mail2"):
            e = email_of(person(pick(LOCS_ALL)))
            ln("postfix/smtp", f"{rs(HEX.upper(), 10)}: to=<{d.lab('email', e, ['<' + e + '>'])}>, relay={pick(['mx00.gmx.net', 'mx.naver.com', 'mx1.qq.com', 'smtp.orange.fr'])}[{ipv4()}]:25, delay=0.{R.randint(1, 99)}, status=sent (250 OK)")
        elif k == "url":
            pw = password(pick([0, 1, 3, 5]))
            enc = pct(pw)
            user = pick(["app", "shop_rw", "keycloak", "grafana", "nextcloud"])
            sch = pick(["postgresql", "mysql", "redis", "amqp", "mongodb"])
            url = f"{sch}://{user}:{enc}@{pick(['db-01', '10.0.3.12', 'pg.internal'])}:{pick(['5432', '3306', '6379', '5672', '27017'])}/{pick(['prod', 'shop', 'vhost1', 'cache'])}"
            d.lab("url_credentials", enc, [f"{user}:{enc}", f"{user}:{enc}@", url])
            ln(pick(["app", "celery", "gunicorn", "node"]), f"{pick(['connecting to', 'Verbindung zu', 'connexion à', 'conectando a', '接続先'])} {url} failed: timeout after 5000ms")
        elif k == "pw":
            pw = password()
            key = pick(["password", "passwd", "pass", "Passwort", "mot_de_passe"])
            d.lab("generic_secret", pw, kv(key, pw))
            ln("php-fpm", f"WARNING: [pool www] child {R.randint(100, 9999)} said into stderr: \"login attempt user=admin {key}={pw} ip={ipv4()}\"")
        else:
            t = pick(["slack_token", "github_token", "gitlab_token"])
            v = sec(d, t)
            ln("ci-runner", f"{pick(['using token', 'Token geladen', 'jeton chargé'])} {v} for {pick(['notifications', 'mirror-sync', 'release'])}")
    ln("CRON", f"(root) CMD (/usr/local/bin/backup.sh --target s3://backup-{rs(LO, 6)} --sha {rs(HEX, 40)})")
    ln("kernel", f"[{R.randint(1000, 99999)}.{dg(6)}] eth0: link up, 1000Mbps, full-duplex, lpa 0x{rs(HEX.upper(), 4)}")
    if not d.pos:
        ln("app", f"db url=postgresql://app:{pick(['********', '${PGPASSWORD}', '<mot de passe>'])}@db-01:5432/prod")
    R.shuffle(lines)
    return pick(["text", "raw-result"]), "\n".join(lines)


def t_journald(d):
    ents = []
    unit = pick(["backup-agent.service", "slack-notifier.service", "docker.service", "kubelet.service", "gitlab-runner.service"])
    for i in range(R.randint(3, 5)):
        ents.append({"__REALTIME_TIMESTAMP": str(R.randint(1_690_000_000, 1_760_000_000) * 1_000_000 + R.randint(0, 999999)),
                     "_HOSTNAME": pick(["node-7", "buildbox", "pi4"]), "_SYSTEMD_UNIT": unit, "PRIORITY": str(R.randint(3, 6)),
                     "_PID": str(R.randint(100, 40000)), "_BOOT_ID": rs(HEX, 32), "_MACHINE_ID": rs(HEX, 32),
                     "MESSAGE": pick(["Started backup run", "Sync complete", f"Pulled image registry.local/app@{digest()}",
                                      f"heartbeat ok seq={dg(6)}", f"Hochgeladen: {R.randint(1, 900)} MiB in {R.randint(1, 90)}s"])})
    if d.pos:
        for e in R.sample(ents, R.randint(1, 3)):
            k = pick(["aws", "webhook", "slack", "gitlab", "awsfull", "google", "jwt"])
            if k == "jwt":
                v = sec(d, "jwt")
                e["MESSAGE"] = f"upstream 401 for request Authorization=Bearer {v}"
                continue
            if k == "aws":
                v = sec(d, "aws_access_key_id", "AWS_ACCESS_KEY_ID")
                e["MESSAGE"] = f"env: AWS_ACCESS_KEY_ID={v} AWS_REGION=eu-central-1"
            elif k == "awsfull":
                a = sec(d, "aws_access_key_id", "aws_access_key_id")
                s = sec(d, "aws_secret_access_key", "aws_secret_access_key")
                e["MESSAGE"] = f"loaded credentials profile=backup aws_access_key_id={a} aws_secret_access_key={s}"
            elif k == "webhook":
                w = d.lab("webhook_url", webhook())
                e["MESSAGE"] = f"POST {w} -> 200"
            elif k == "slack":
                v = sec(d, "slack_token")
                e["MESSAGE"] = f"slack api error: invalid_auth (token={v})"
                d.labels[-1][2] += [f"token={v}"]
            elif k == "gitlab":
                v = sec(d, "gitlab_token")
                e["MESSAGE"] = f"Registering runner... token={v} url=https://gitlab.weber-bau.de/"
                d.labels[-1][2] += [f"token={v}"]
            else:
                v = sec(d, "google_api_key")
                e["MESSAGE"] = f"geocode request https://maps.googleapis.com/maps/api/geocode/json?address=Ulm&key={v} took 212ms"
                d.labels[-1][2] += [f"key={v}"]
    else:
        ents[0]["MESSAGE"] = pick([f"env: AWS_ACCESS_KEY_ID={AWS_EXAMPLE_ID}", f"POST {SLACK_EXAMPLE_HOOK} -> 404", "token=[REDACTED]"])
    doc = {"entries": ents, "cursor": f"s={rs(HEX, 32)};i={rs(HEX, 6)};b={rs(HEX, 32)};m={rs(HEX, 10)};t={rs(HEX, 13)};x={rs(HEX, 16)}"}
    return pick(["structured", "raw-result"]), doc


def t_winevent(d):
    de = R.random() < 0.5
    sid = f"S-1-5-21-{dg(10)}-{dg(10)}-{dg(10)}-{R.randint(1000, 9999)}"
    if d.pos:
        k = pick(["ps_pw", "ps_env", "cmd_url", "ps_both"])
        if k == "ps_pw":
            pw = password(pick([0, 1, 5]))
            d.lab("generic_secret", pw, [f"-Password (ConvertTo-SecureString '{pw}'", f"'{pw}'"])
            script = f"$sec = -Password (ConvertTo-SecureString '{pw}' -AsPlainText -Force)\nNew-LocalUser -Name 'svc_backup' $sec"
        elif k == "ps_env":
            v = password(3)
            d.lab("generic_secret", v, kv("$env:AZURE_CLIENT_SECRET", v) + [f"$env:AZURE_CLIENT_SECRET = '{v}'"])
            script = f"$env:AZURE_TENANT_ID = '{uuid4()}'\n$env:AZURE_CLIENT_ID = '{uuid4()}'\n$env:AZURE_CLIENT_SECRET = '{v}'\nConnect-AzAccount -ServicePrincipal"
        elif k == "cmd_url":
            pw = password(pick([1, 3]))
            enc = pct(pw)
            url = f"https://deploy:{enc}@nexus.weber-bau.de/repository/nuget/"
            d.lab("url_credentials", enc, [f"deploy:{enc}", f"deploy:{enc}@", url])
            script = f"nuget.exe sources add -Name corp -Source {url}"
        else:
            a = sec(d, "aws_access_key_id")
            s = sec(d, "aws_secret_access_key")
            script = f"Set-AWSCredential -AccessKey {a} -SecretKey {s} -StoreAs default"
            d.labels[-2][2] += [f"-AccessKey {a}"]
            d.labels[-1][2] += [f"-SecretKey {s}"]
    else:
        script = pick([f"Get-ChildItem -Path C:\\Users\\{person('de').fr}\\Documents -Filter *.xlsx", "$pw = Read-Host -AsSecureString 'Passwort'",
                       f"Set-AWSCredential -AccessKey {AWS_EXAMPLE_ID} -SecretKey {AWS_EXAMPLE_SECRET}", "Connect-AzAccount -Identity"])
    msg = ("Remotebefehl wird erstellt (ScriptBlock-Text (1 von 1)):" if de else "Creating Scriptblock text (1 of 1):") + "\n" + script + \
        f"\n\nScriptBlock ID: {uuid4()}\nPath: "
    ev = {"System": {"Provider": {"Name": "Microsoft-Windows-PowerShell", "Guid": "{" + uuid4().upper() + "}"}, "EventID": 4104,
                     "Level": 5, "TimeCreated": {"SystemTime": ts_iso()}, "EventRecordID": R.randint(10000, 9999999),
                     "Computer": pick(["WS-BUCHHALTUNG-07.corp.local", "SRV-FS01.ad.weber-bau.de", "LAPTOP-" + rs(UP + DI, 7)]),
                     "Security": {"UserID": sid}},
          "EventData": {"MessageNumber": 1, "MessageTotal": 1, "ScriptBlockText": script, "ScriptBlockId": uuid4()},
          "RenderingInfo": {"Culture": "de-DE" if de else "en-US", "Message": msg}}
    if R.random() < 0.5:
        return "structured", ev
    text = f"Protokollname: Microsoft-Windows-PowerShell/Operational\nQuelle: Microsoft-Windows-PowerShell\nDatum: {dmy()} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}\nEreignis-ID: 4104\nBenutzer: {sid}\nComputer: {ev['System']['Computer']}\nBeschreibung:\n{msg}" if de else \
        f"Log Name: Microsoft-Windows-PowerShell/Operational\nSource: Microsoft-Windows-PowerShell\nDate: {ts_iso()}\nEvent ID: 4104\nUser: {sid}\nComputer: {ev['System']['Computer']}\nDescription:\n{msg}"
    return "text", text


def t_java_trace(d):
    lines = []
    cause = pick(["jdbc", "dup", "mail", "clean"]) if d.pos else "clean"
    if cause == "jdbc":
        pw = password(pick([0, 1, 3, 5]))
        if R.random() < 0.5:
            d.lab("generic_secret", pw, [f"password={pw}"])
            url = f"jdbc:postgresql://pg-{rs(LO, 4)}.internal:5432/erp?user=erp_app&password={pw}&ssl=true"
        else:
            enc = pct(pw)
            url = f"jdbc:mysql://erp_app:{enc}@mysql-{rs(LO, 4)}:3306/erp?useSSL=false"
            d.lab("url_credentials", enc, [f"erp_app:{enc}", f"erp_app:{enc}@", url[5:], url])
        lines += [f"org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; url={url}",
                  "Caused by: org.postgresql.util.PSQLException: FATAL: Passwort-Authentifizierung für Benutzer »erp_app« fehlgeschlagen"]
    elif cause in ("dup", "mail"):
        e = email_of(person(pick(LOCS_ALL)))
        d.lab("email", e)
        if cause == "dup":
            lines.append(f"org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_kunde_email]; Duplicate entry '{e}' for key 'kunde.uk_kunde_email'")
        else:
            lines.append(f"jakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <{e}>: Recipient address rejected: User unknown")
        if R.random() < 0.5:
            v, acc = phone(pick(LOCS_ALL))
            lines.append(f"\tContext: KundeDTO(id={dg(7)}, telefon={d.lab('phone_number', v, acc)}, kundennummer={dg(9)})")
    else:
        lines.append(pick([f"java.lang.NullPointerException: Cannot invoke \"de.ulmbach.erp.Rechnung.getBetrag()\" because \"r\" is null",
                           f"java.lang.IllegalStateException: Auftrag {dg(10)} bereits storniert (trace={rs(HEX, 32)})",
                           f"org.springframework.jdbc.CannotGetJdbcConnectionException: url=jdbc:postgresql://pg:5432/erp?user=erp_app&password=******"]))
    for _ in range(R.randint(5, 10)):
        pkg = pick(["de.ulmbach.erp.service.RechnungService", "com.techsol.pedidos.api.PedidoController", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                    "jp.co.yamada.shoji.batch.ZaikoJob", "org.springframework.transaction.interceptor.TransactionInterceptor"])
        lines.append(f"\tat {pkg}.{pick(['lambda$process$3', 'invoke', 'speichern', 'executar', 'run', 'doFilter'])}({pkg.split('.')[-1]}.java:{R.randint(20, 900)})")
    lines.append(f"\t... {R.randint(10, 80)} common frames omitted")
    head = f"{date_iso()} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{dg(3)} ERROR {R.randint(1000, 9999)} --- [nio-8080-exec-{R.randint(1, 10)}] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception [traceId={rs(HEX, 32)}]"
    return pick(["text", "raw-result"]), head + "\n" + "\n".join(lines)


def t_node_go_trace(d):
    if R.random() < 0.6:
        t = typed_sample(1, ["openai_api_key", "anthropic_api_key", "stripe_key", "jwt"])[0]
        if d.pos:
            v = sec(d, t)
            hdr = {"openai_api_key": ("Authorization", f"Bearer {v}"), "anthropic_api_key": ("'x-api-key'", v),
                   "stripe_key": ("Authorization", f"Bearer {v}"), "jwt": ("Authorization", f"Bearer {v}")}[t]
            if t != "jwt":
                d.labels[-1][2] += [f"Bearer {v}", f"x-api-key': '{v}"]
        else:
            hdr = ("Authorization", pick(["Bearer [REDACTED]", "Bearer sk-...", "Bearer ${OPENAI_API_KEY}", f"Bearer {STRIPE_DOC_TEST}"]))
        host = {"openai_api_key": "api.openai.com/v1/chat/completions", "anthropic_api_key": "api.anthropic.com/v1/messages",
                "stripe_key": "api.stripe.com/v1/payment_intents", "jwt": "api.techsol.com.br/v2/pedidos"}[t]
        txt = f"""AxiosError: Request failed with status code {pick(['401', '429', '500', '400'])}
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:{R.randint(500, 700)}:11)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {{
  code: 'ERR_BAD_REQUEST',
  config: {{
    method: 'post',
    url: 'https://{host}',
    headers: AxiosHeaders {{
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      {hdr[0]}: '{hdr[1]}',
      'User-Agent': 'axios/{version()}',
      'X-Request-Id': '{uuid4()}'
    }},
    timeout: 30000
  }},
  response: {{ status: 401, statusText: 'Unauthorized', data: {{ error: {{ message: '{pick(['Incorrect API key provided', 'invalid x-api-key', 'Chave inválida', 'Ungültiger Schlüssel'])}' }} }} }}
}}
Node.js v{pick(['18.19.0', '20.11.1', '22.3.0'])}"""
        return pick(["text", "raw-result"]), txt
    if d.pos:
        pw = password(pick([1, 3, 5]))
        enc = pct(pw)
        user = pick(["", "default", "cache"])
        url = f"redis://{user}:{enc}@redis-{rs(LO, 5)}.{pick(['svc', 'internal'])}:6379/{R.randint(0, 15)}"
        d.lab("url_credentials", enc, ([f"{user}:{enc}", f"{user}:{enc}@"] if user else [f":{enc}@"]) + [url])
    else:
        url = f"redis://redis-{rs(LO, 5)}.svc:6379/0"
    txt = f"""panic: dial {url}: connect: connection refused

goroutine {R.randint(1, 300)} [running]:
main.mustConnect({{0xc0000{rs(HEX, 5)}, 0x{rs(HEX, 2)}}})
\t/src/cmd/worker/main.go:{R.randint(30, 200)} +0x{rs(HEX, 3)}
main.main()
\t/src/cmd/worker/main.go:{R.randint(20, 60)} +0x{rs(HEX, 2)}
exit status 2"""
    return "text", txt


def t_postman(d):
    items = []
    api = pick(["Zahlungen API", "API de Pedidos", "注文API", "결제 API", "API Fatture"])
    base = pick(["https://api.techsol.com.br", "https://erp.weber-bau.de", "https://api.hanbit-soft.co.kr", "https://fatture.studio-bianchi.it"])
    chosen = R.sample(["bearer", "basic", "apikey", "typed"], R.randint(1, 3)) if d.pos else []
    auth_main = {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]}
    if "bearer" in chosen:
        v = sec(d, "jwt")
        auth_main = {"type": "bearer", "bearer": [{"key": "token", "value": v, "type": "string"}]}
    items.append({"name": pick(["Rechnungen abrufen", "Listar pedidos", "注文一覧", "결제 조회"]), "request": {
        "method": "GET", "auth": auth_main, "header": [{"key": "Accept-Language", "value": pick(["de-DE", "pt-BR", "ja-JP", "ko-KR"])}],
        "url": {"raw": base + "/v1/orders?page=1", "host": [base.split("//")[1]], "path": ["v1", "orders"]}}})
    if "basic" in chosen:
        pw = password()
        d.lab("generic_secret", pw)
        items.append({"name": "Login (Basic)", "request": {"method": "POST", "auth": {"type": "basic", "basic": [
            {"key": "password", "value": pw, "type": "string"}, {"key": "username", "value": pick(["integracao", "api-user", "kasse01"]), "type": "string"}]},
            "url": {"raw": base + "/auth/login"}}})
    if "apikey" in chosen:
        v = other_vendor_secret()
        d.lab("generic_secret", v)
        items.append({"name": "Webhook test", "request": {"method": "POST", "header": [{"key": "X-Api-Key", "value": v}, {"key": "Content-Type", "value": "application/json"}],
                                                            "body": {"mode": "raw", "raw": js({"pedido": dg(8), "valor": amount_eu()})}, "url": {"raw": base + "/hooks/test"}}})
    if "typed" in chosen:
        t = typed_sample(1, ["stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "slack_token", "github_token"])[0]
        v = sec(d, t)
        items.append({"name": pick(["Stripe Refund", "LLM resumo", "Maps geocode", "Slack post", "GH release"]), "request": {"method": "POST", "header": [
            {"key": "x-api-key" if t == "anthropic_api_key" else "Authorization", "value": v if t in ("anthropic_api_key", "google_api_key") else f"Bearer {v}"}],
            "url": {"raw": "https://example-upstream.invalid/v1"}}})
        if t not in ("anthropic_api_key", "google_api_key"):
            d.labels[-1][2] += [f"Bearer {v}"]
    items.append({"name": "Health", "request": {"method": "GET", "url": {"raw": base + "/health"}}})
    doc = {"info": {"_postman_id": uuid4(), "name": api, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                    "_exporter_id": dg(8)}, "item": items,
           "variable": [{"key": "baseUrl", "value": base}, {"key": "access_token", "value": ""}, {"key": "tenant", "value": uuid4()}]}
    return pick(["structured", "raw-result"]), doc


def t_npmrc(d):
    lines = [f"; {pick(['Projekt-Registry', 'registre du projet', 'プロジェクト用', '项目镜像'])}", f"registry=https://registry.npmmirror.com/" if R.random() < 0.3 else "registry=https://registry.npmjs.org/",
             "@weber:registry=https://npm.pkg.github.com/", "save-exact=true", f"init-author-name={person(pick(LOCS_ALL)).name}"]
    if d.pos:
        opts = R.sample(["npm", "gh", "gl", "auth", "email"], R.randint(1, 3))
        for o in opts:
            if o == "npm":
                v = "npm_" + rs(ALNUM, 36)
                lines.append(f"//registry.npmjs.org/:_authToken={d.lab('generic_secret', v, [f'_authToken={v}', f'//registry.npmjs.org/:_authToken={v}'])}")
            elif o == "gh":
                v = sec(d, "github_token")
                d.labels[-1][2] += [f"_authToken={v}", f"//npm.pkg.github.com/:_authToken={v}"]
                lines.append(f"//npm.pkg.github.com/:_authToken={v}")
            elif o == "gl":
                v = "glpat-" + rs(URLSAFE, 20)
                d.lab("gitlab_token", v, [f"_authToken={v}"])
                lines.append(f"//gitlab.weber-bau.de/api/v4/projects/{R.randint(10, 999)}/packages/npm/:_authToken={v}")
            elif o == "auth":
                u, pw = pick(["ci", "deploy", "jenkins"]), password(pick([0, 1, 5]))
                b = base64.b64encode(f"{u}:{pw}".encode()).decode()
                lines.append(f"//nexus.corp.local/repository/npm-group/:_auth={d.lab('generic_secret', b, [f'_auth={b}'])}")
            else:
                e = email_of(person(pick(LOCS_ALL)))
                lines.append(f"email={d.lab('email', e, ['email=' + e])}")
    else:
        lines.append(pick(["//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "//npm.pkg.github.com/:_authToken=${{ secrets.GITHUB_TOKEN }}",
                           "//registry.npmjs.org/:_authToken=<token>"]))
    lines.append(f"cache=/home/{pick(['ci', 'node', 'runner'])}/.npm")
    return pick(["text", "raw-result"]), "\n".join(lines)


def t_docker_cfg(d):
    auths = {}
    regs = R.sample(["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com", "harbor.weber-bau.de", "ccr.ccs.tencentyun.com",
                     "registry.cn-hangzhou.aliyuncs.com", "quay.io"], R.randint(1, 3))
    for i, r_ in enumerate(regs):
        if d.pos and (i == 0 or R.random() < 0.5):
            u = pick(["ci-bot", person(pick(LOCS_ALL)).fr, "robot$deploy", "aliyun" + dg(10)])
            pw = pick([password(), "dckr_pat_" + rs(URLSAFE, 27), "ghp_" + rs(ALNUM, 36), "glpat-" + rs(URLSAFE, 20)])
            b = base64.b64encode(f"{u}:{pw}".encode()).decode()
            auths[r_] = {"auth": d.lab("generic_secret", b)}
            if R.random() < 0.3:
                auths[r_]["email"] = d.lab("email", email_of(person(pick(LOCS_ALL))))
        else:
            auths[r_] = {}
    doc = {"auths": auths, "HttpHeaders": {"User-Agent": f"Docker-Client/{version()} (linux)"}}
    if not d.pos or R.random() < 0.3:
        doc["credsStore"] = pick(["desktop", "osxkeychain", "pass", "ecr-login"])
    if R.random() < 0.5:
        return "structured", doc
    return "raw-result", f"$ cat ~/.docker/config.json\n{js(doc, 1 if R.random() < 0.5 else None) if False else js(doc, pick([2, 4, None]))}"


def t_ansible(d):
    yaml_fmt = R.random() < 0.5
    hosts = []
    for i in range(R.randint(2, 4)):
        h = {"name": f"{pick(['web', 'db', 'mq', 'kasse', 'nas'])}{i + 1:02d}.{pick(['fra', 'ams', 'waw', 'sao'])}.corp.local", "ip": ipv4(),
             "user": pick(["ansible", "admin", "ubuntu", "root"]), "pw": None, "become": None}
        if d.pos and (i == 0 or R.random() < 0.4):
            if R.random() < 0.6:
                h["pw"] = password()
                d.lab("generic_secret", h["pw"], kv("ansible_password", h["pw"]) + kv("ansible_ssh_pass", h["pw"]))
            else:
                h["become"] = password()
                d.lab("generic_secret", h["become"], kv("ansible_become_pass", h["become"]) + kv("ansible_become_password", h["become"]))
        else:
            h["pw"] = pick(["{{ vault_ansible_password }}", "!vault |", None, "{{ lookup('env', 'SSH_PASS') }}"])
        hosts.append(h)
    if not yaml_fmt:
        out = [f"# Inventar {pick(['Produktion', 'Staging'])} — gepflegt von {pick(['Team Infra', 'Ops'])}", "[linux]"]
        for h in hosts:
            s = f"{h['name']} ansible_host={h['ip']} ansible_user={h['user']}"
            if h["pw"] and h["pw"] != "!vault |":
                s += f" ansible_ssh_pass={h['pw']}" if " " not in h["pw"] else ""
            if h["become"]:
                s += f" ansible_become_pass={h['become']}"
            out.append(s)
        out += ["", "[linux:vars]", f"ansible_python_interpreter=/usr/bin/python3", f"ntp_server={ipv4()}"]
        if d.pos and R.random() < 0.4:
            w = d.lab("webhook_url", webhook(pick(["slack", "teams", "discord"])))
            out.append(f"notify_webhook={w}")
        return "text", "\n".join(out)
    out = ["all:", "  children:", "    linux:", "      hosts:"]
    for h in hosts:
        out += [f"        {h['name']}:", f"          ansible_host: {h['ip']}", f"          ansible_user: {h['user']}"]
        if h["pw"] == "!vault |":
            out += ["          ansible_password: !vault |", "            $ANSIBLE_VAULT;1.1;AES256", "            " + rs(DI + "abcdef", 64), "            " + rs(DI + "abcdef", 64)]
        elif h["pw"]:
            out.append(f"          ansible_password: \"{h['pw']}\"" if "{{" in h["pw"] else f"          ansible_password: {h['pw']}")
        if h["become"]:
            out.append(f"          ansible_become_password: '{h['become']}'")
    if d.pos and R.random() < 0.6:
        t = typed_sample(1, [x for x in TYPED if x not in ("jwt", "generic_secret")])[0]
        key = pick(TOKEN_KEYS[t]).lower().replace(".", "_").replace("-", "_")
        v = sec(d, t, key)
        out += ["  vars:", f"    {key}: \"{v}\""]
    else:
        out += ["  vars:"]
    out += ["    ansible_python_interpreter: /usr/bin/python3", f"    timezone: {pick(['Europe/Berlin', 'America/Sao_Paulo', 'Europe/Warsaw'])}"]
    return "text", "\n".join(out)


def t_dockerfile(d):
    lines = [f"# syntax=docker/dockerfile:1.{R.randint(4, 7)}", f"FROM {pick(['node:20-alpine', 'python:3.12-slim', 'eclipse-temurin:21-jre', 'golang:1.22'])}@{digest()} AS build",
             f"LABEL maintainer=\"{role_email()}\" org.opencontainers.image.version=\"{version()}\"", "WORKDIR /app", f"ENV TZ={pick(['Europe/Berlin', 'Asia/Tokyo', 'America/Sao_Paulo'])} LANG={pick(['de_DE.UTF-8', 'ja_JP.UTF-8', 'pt_BR.UTF-8'])}"]
    if d.pos:
        for o in R.sample(["env_typed", "env_generic", "pip_url", "arg_typed", "git_url"], R.randint(2, 3)):
            if o in ("env_typed", "arg_typed"):
                t = pick(["stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key", "slack_token", "aws_secret_access_key", "github_token"])
                key = pick(TOKEN_KEYS[t])
                key = key.upper().replace(".", "_").replace("-", "_")
                v = sec(d, t, key)
                lines.append(f"{'ENV' if o == 'env_typed' else 'ARG'} {key}={v}")
            elif o == "env_generic":
                key = pick(TOKEN_KEYS["generic_secret"])
                v = pick([password, other_vendor_secret])()
                d.lab("generic_secret", v, kv(key, v))
                lines.append(f"ENV {key}=\"{v}\"")
            elif o == "pip_url":
                pw = password(pick([1, 3]))
                enc = pct(pw)
                url = f"https://ci:{enc}@pypi.weber-bau.de/simple"
                d.lab("url_credentials", enc, [f"ci:{enc}", f"ci:{enc}@", url])
                lines.append(f"RUN pip install --no-cache-dir --index-url {url} -r requirements.txt")
            else:
                t = pick(["github_token", "gitlab_token"])
                v = github_token() if t == "github_token" else "glpat-" + rs(URLSAFE, 20)
                u = "x-access-token" if t == "github_token" else "oauth2"
                host = "github.com" if t == "github_token" else "gitlab.com"
                url = f"https://{u}:{v}@{host}/weber-bau/shared-libs.git"
                d.lab(t, v, [f"{u}:{v}", url])
                lines.append(f"RUN git clone --depth 1 {url} /opt/libs")
    else:
        lines.append(pick(["RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci", "ARG STRIPE_SECRET_KEY", "ENV DB_PASSWORD=changeme",
                           f"ENV AWS_ACCESS_KEY_ID={AWS_EXAMPLE_ID} AWS_SECRET_ACCESS_KEY={AWS_EXAMPLE_SECRET}"]))
    lines += ["COPY . .", f"RUN echo '{sha256hex()}  app.tar.gz' | sha256sum -c -", "EXPOSE 8080", "USER 10001", 'CMD ["./server"]']
    return pick(["text", "raw-result"]), "\n".join(lines)


def t_shell_history(d):
    zsh = R.random() < 0.5
    cmds = [f"cd ~/projekte/{pick(['rechnung', 'pedidos', 'zaiko', 'kasse'])}", "git status", f"docker pull ghcr.io/weber/app@{digest()}",
            f"kubectl -n prod get pods -o wide", f"ls -la /var/log/{pick(['nginx', 'postgresql'])}", f"ping -c 3 {ipv4()}"]
    if d.pos:
        for o in R.sample(["export", "curl", "aws", "clone", "mysql", "psql", "export", "psql"], R.randint(2, 3)):
            if o == "export":
                t = typed_sample(1)[0]
                key = pick(TOKEN_KEYS[t]).upper().replace(".", "_").replace("-", "_")
                v = sec(d, t, key)
                cmds.append(f"export {key}={v}" if R.random() < 0.6 else f"export {key}='{v}'")
            elif o == "curl":
                v = sec(d, "jwt")
                cmds.append(f"curl -s -H 'Authorization: Bearer {v}' https://api.techsol.com.br/v2/pedidos | jq .")
                d.labels[-1][2] += [f"Authorization: Bearer {v}"]
            elif o == "aws":
                s = sec(d, "aws_secret_access_key", "aws_secret_access_key")
                cmds.append(f"aws configure set aws_secret_access_key {s} --profile backup")
            elif o == "clone":
                v = github_token()
                u = person(pick(LOCS_ALL)).fr
                url = f"https://{u}:{v}@github.com/weber-bau/infra.git"
                d.lab("github_token", v, [f"{u}:{v}", url])
                cmds.append(f"git clone {url}")
            elif o == "mysql":
                pw = password(pick([1, 3, 5]))
                d.lab("generic_secret", pw, [f"--password='{pw}'", f"--password={pw}"])
                cmds.append(f"mysql -h db-01 -u root --password='{pw}' shop")
            else:
                pw = password(pick([0, 1, 3]))
                enc = pct(pw)
                url = f"postgresql://postgres:{enc}@{ipv4()}:5432/erp"
                d.lab("url_credentials", enc, [f"postgres:{enc}", f"postgres:{enc}@", url])
                cmds.append(f"psql '{url}' -c 'select count(*) from kunden'")
    else:
        cmds.append(pick(["export OPENAI_API_KEY=$(pass show openai/key)", "read -s DB_PASSWORD && export DB_PASSWORD", "mysql -u root -p shop",
                          f"aws configure set aws_access_key_id {AWS_EXAMPLE_ID}"]))
    R.shuffle(cmds)
    if zsh:
        t0 = R.randint(1_690_000_000, 1_750_000_000)
        out = "\n".join(f": {t0 + i * R.randint(5, 500)}:{R.randint(0, 9)};{c}" for i, c in enumerate(cmds))
    else:
        out = "\n".join(f"{R.randint(100, 2000) + i:5d}  {c}" for i, c in enumerate(cmds))
    return "text", out


def t_wiki_table(d):
    loc = pick(["de", "nl", "pl", "ja", "fr"])
    H = {"de": ("## Zugangsdaten Testumgebung", "Dienst", "Benutzer", "Passwort", "Ansprechpartner", "Telefon", "E-Mail"),
         "nl": ("## Toegangsgegevens testomgeving", "Dienst", "Gebruiker", "Wachtwoord", "Contactpersoon", "Telefoon", "E-mail"),
         "pl": ("## Dane dostępowe — środowisko testowe", "Usługa", "Użytkownik", "Hasło", "Osoba kontaktowa", "Telefon", "E-mail"),
         "ja": ("## 検証環境の接続情報", "サービス", "ユーザー", "パスワード", "担当者", "電話", "メール"),
         "fr": ("## Accès environnement de recette", "Service", "Utilisateur", "Mot de passe", "Contact", "Téléphone", "Courriel")}[loc]
    out = [H[0], "", f"| {H[1]} | {H[2]} | {H[3]} | URL |", "|---|---|---|---|"]
    for i in range(R.randint(2, 4)):
        svc = pick(["Jenkins", "Grafana", "pgAdmin", "Nextcloud", "Keycloak", "SFTP", "Router"])
        if d.pos and R.random() < 0.55:
            pw = password(pick([0, 1, 2, 5]))
            d.lab("generic_secret", pw, [f"| {pw} |"])
        else:
            pw = pick(["********", "siehe Vault", "(KeePass)", "geheim", "<wachtwoord>", "1Password: Ops/" + svc, "—", "<mot de passe>"])
        out.append(f"| {svc} | {pick(['admin', 'ops', 'readonly', 'tester'])} | {pw} | https://{svc.lower()}.test.corp.local |")
    if d.pos and R.random() < 0.6:
        t = typed_sample(1, [x for x in TYPED if x not in ("jwt", "generic_secret")])[0]
        v = sec(d, t)
        d.labels[-1][2] += [f"| {v} |"]
        out.append(f"| {pick(['API', 'CI', 'Bot'])} ({t.split('_')[0]}) | — | {v} | — |")
    out += ["", f"| {H[4]} | {H[5]} | {H[6]} |", "|---|---|---|"]
    for i in range(R.randint(1, 3)):
        p = person(loc)
        if d.pos and R.random() < 0.6:
            v, acc = phone(loc)
            e = email_of(p, work=True)
            out.append(f"| {p.name} | {d.lab('phone_number', v, acc)} | {d.lab('email', e, ['mailto:' + e])} |")
        else:
            out.append(f"| {p.name} | {fake_phone()} | {role_email(p)} |")
    out += ["", f"> {pick(['Stand', 'Laatst bijgewerkt', 'Aktualizacja', '更新日', 'Mis à jour'])}: {date_iso()} · Farbe {hexcolor()} · v{version()}"]
    if d.pos and not d.labels:
        pw = password(1)
        d.lab("generic_secret", pw, [f"| {pw} |"])
        out.insert(4, f"| VPN | vpnuser | {pw} | https://vpn.test.corp.local |")
    return "text", "\n".join(out)


def t_jupyter(d):
    loc = pick(LOCS_ALL)
    cells = [{"cell_type": "code", "execution_count": 1, "source": ["import pandas as pd\n", "df = pd.read_csv('kunden_export.csv', sep=';')\n", "df.head()"],
              "outputs": []}]
    rows = []
    for i in range(R.randint(3, 5)):
        p = person(loc)
        if d.pos and R.random() < 0.5:
            e = email_of(p)
            d.lab("email", e)
            v, acc = phone(loc)
            if R.random() < 0.6:
                d.lab("phone_number", v, acc)
            else:
                v = fake_phone()
        else:
            e, v = role_email(p), fake_phone()
        rows.append(f"{i}  {p.name:<16} {e:<34} {v:<18} {R.randint(1, 99999):>6}  {pick(['Berlin', 'São Paulo', '東京', '서울', 'Kraków', 'İzmir'])}")
    txt = "   name             email                              telefon            umsatz  ort\n" + "\n".join(rows)
    cells[0]["outputs"].append({"output_type": "execute_result", "execution_count": 1, "data": {"text/plain": txt.splitlines(True)}, "metadata": {}})
    src2 = ["import os\n", "{k: v for k, v in os.environ.items() if 'KEY' in k or 'TOKEN' in k}"]
    env = {}
    if d.pos and R.random() < 0.8:
        for t in typed_sample(R.randint(2, 3), [x for x in TYPED if x != "jwt"]):
            key = pick(TOKEN_KEYS[t]).upper().replace(".", "_").replace("-", "_")
            if t == "generic_secret":
                key = pick(["HF_TOKEN", "WANDB_API_KEY", "COHERE_API_KEY", "PINECONE_API_KEY"])
            env[key] = sec(d, t, key)
            d.labels[-1][2] += [f"'{key}': '{env[key]}'"]
    else:
        env = {"OPENAI_API_KEY": "sk-...", "HF_TOKEN": "<hf_token>"}
    env["JPY_SESSION_NAME"] = uuid4()
    cells.append({"cell_type": "code", "execution_count": 2, "source": src2, "outputs": [
        {"output_type": "execute_result", "execution_count": 2, "data": {"text/plain": [repr(env)]}, "metadata": {}}]})
    if not d.pos or not d.labels:
        if d.pos:
            e = email_of(person(loc))
            d.lab("email", e)
            cells[0]["outputs"][0]["data"]["text/plain"].append(f"\n5  {person(loc).name:<16} {e}")
    doc = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)"},
                                        "language_info": {"name": "python", "version": f"3.{R.randint(9, 12)}.{R.randint(0, 9)}"}},
           "nbformat": 4, "nbformat_minor": 5}
    return pick(["structured", "raw-result"]), doc


def t_spreadsheet(d):
    loc = pick(["pl", "nl", "de", "tr", "it"])
    H = {"pl": ("Lista kontaktów — Q3", "Dane osobowe", "Kontakt", "Płatność", "Imię i nazwisko", "PESEL", "Telefon", "E-mail", "Nr rachunku", "Kwota"),
         "nl": ("Ledenlijst 2024", "Persoon", "Contact", "Betaling", "Naam", "BSN", "Telefoon", "E-mail", "IBAN", "Contributie"),
         "de": ("Mitgliederliste Sportverein", "Person", "Kontakt", "Zahlung", "Name", "Steuer-ID", "Telefon", "E-Mail", "IBAN", "Beitrag"),
         "tr": ("Müşteri listesi", "Kişi", "İletişim", "Ödeme", "Ad Soyad", "TCKN", "Telefon", "E-posta", "IBAN", "Tutar"),
         "it": ("Elenco soci", "Persona", "Contatti", "Pagamento", "Nome", "Codice fiscale", "Telefono", "Email", "IBAN", "Quota")}[loc]
    idgen = {"pl": pesel, "nl": lambda: dg(9, True), "de": steuer_id, "tr": lambda: dg(11, True),
             "it": lambda: rs(UP, 6) + dg(2) + pick(UP) + dg(2) + pick(UP) + dg(3) + pick(UP)}[loc]
    cc = {"pl": "PL", "nl": "NL", "de": "DE", "tr": "TR", "it": "IT"}[loc]
    rows = [f"{H[0]};;;;;", f"{H[1]};;{H[2]};;{H[3]};", f"{H[4]};{H[5]};{H[6]};{H[7]};{H[8]};{H[9]}"]
    for i in range(R.randint(4, 7)):
        p = person(loc)
        f = [p.name, idgen(), fake_phone(), role_email(p), pick(["", bad_iban(cc), "—"]), amount_eu()]
        if d.pos and R.random() < 0.6:
            k = R.sample([2, 3, 4], R.randint(1, 2))
            if 2 in k:
                v, acc = phone(loc)
                f[2] = "'" + d.lab("phone_number", v, acc) if R.random() < 0.2 else d.lab("phone_number", v, acc)
            if 3 in k:
                f[3] = d.lab("email", email_of(p))
            if 4 in k:
                v, c = iban(cc)
                f[4] = d.lab("iban", v, [c] if c != v else [])
        rows.append(";".join(f))
    if d.pos and not d.labels:
        v, c = iban(cc)
        rows.append(f"{person(loc).name};{idgen()};;;{d.lab('iban', v, [c] if c != v else [])};{amount_eu()}")
    rows.append(f";;;;{pick(['Suma', 'Totaal', 'Summe', 'Toplam', 'Totale'])};{amount_eu()}")
    if R.random() < 0.5:
        return "text", "\n".join(rows)
    # pandas-style read_excel rendering of merged headers
    grid = [r.split(";") for r in rows]
    hdr = [grid[0][0]] + [f"Unnamed: {i}" for i in range(1, 6)]
    recs = [dict(zip(hdr, [c if c != "" else None for c in r])) for r in grid[1:]]
    return "structured", {"sheet": pick(["Arkusz1", "Blad1", "Tabelle1", "Sayfa1", "Foglio1"]), "rows": recs}


def _src_secret(d, allow=None):
    pool = allow or TYPED + ["webhook", "url", "pk"]
    t = R.choices(pool, weights=[tw({"webhook": "webhook_url", "url": "url_credentials", "pk": "private_key"}.get(x, x)) for x in pool])[0]
    if t == "webhook":
        return "webhook", d.lab("webhook_url", webhook()), "WEBHOOK_URL"
    if t == "url":
        pw = password(pick([0, 1, 3, 5]))
        enc = pct(pw)
        user = pick(["app", "svc_orders", "reporting"])
        url = f"{pick(['postgres', 'mysql', 'mongodb+srv', 'amqps', 'sqlserver'])}://{user}:{enc}@{pick(['db.prod.internal', 'cluster0.ab1cd.mongodb.net', 'mq.corp.local'])}/{pick(['orders', 'app', 'vh'])}"
        d.lab("url_credentials", enc, [f"{user}:{enc}", f"{user}:{enc}@", url])
        return "url", url, "DATABASE_URL"
    if t == "pk":
        return "pk", d.lab("private_key", private_key(pick(["ec", "pkcs8", "rsa"]))), "SIGNING_KEY"
    key = pick(TOKEN_KEYS[t])
    v = sec(d, t)
    return t, v, key


def _ident(key, style):
    k = re.sub(r"[^A-Za-z0-9]", "_", key)
    if style == "camel":
        parts = k.lower().split("_")
        return parts[0] + "".join(x.capitalize() for x in parts[1:])
    return k.upper()


def t_src_go(d):
    consts, ok = [], []
    for _ in range(R.randint(1, 2) if d.pos else 0):
        t, v, key = _src_secret(d, TYPED + ["webhook", "url", "pk"])
        name = _ident(key, "camel")
        consts.append(f'\t{name} = `{v}`' if t == "pk" else f'\t{name} = "{v}"')
        if t not in ("webhook", "url"):
            d.labels[-1][2] += [f'{name} = "{v}"']
    consts.append(f'\tdefaultTimeout = {R.randint(5, 60)} * time.Second')
    consts.append(f'\tbuildSHA = "{rs(HEX, 40)}"')
    consts.append(f'\tapiKeyHeader = "X-Api-Key" // {pick(["Schlüssel kommt aus Vault", "clé chargée depuis Vault", "キーはVaultから取得"])}')
    src = f"""package config

import (
\t"os"
\t"time"
)

// {pick(['TODO: vor dem Release entfernen', 'FIXME: mover para variável de ambiente', 'TODO: 環境変数に移す', 'TODO: przenieść do sekretów'])}
const (
{chr(10).join(consts)}
)

func DSN() string {{
\tif v := os.Getenv("DATABASE_URL"); v != "" {{
\t\treturn v
\t}}
\treturn "postgres://localhost:5432/dev?sslmode=disable"
}}
"""
    return pick(["text", "raw-result"]), src


def t_src_java_props(d):
    lines = [f"# {pick(['Anwendungskonfiguration', 'Configuração da aplicação', 'アプリケーション設定', '应用配置'])}",
             f"spring.application.name={pick(['rechnung-service', 'pedidos-api', 'zaiko-batch'])}",
             "spring.datasource.url=jdbc:postgresql://db:5432/app", "spring.datasource.username=app"]
    if d.pos:
        opts = R.sample(["dspw", "jwt", "mail", "typed", "redis"], R.randint(1, 3))
        for o in opts:
            if o == "dspw":
                pw = password()
                lines.append(f"spring.datasource.password={d.lab('generic_secret', pw, kv('spring.datasource.password', pw))}")
            elif o == "jwt":
                v = base64.b64encode(rbytes(48)).decode()
                lines.append(f"app.security.jwt.secret={d.lab('generic_secret', v, kv('app.security.jwt.secret', v))}")
            elif o == "mail":
                e = email_of(person(pick(LOCS_ALL)), work=True)
                pw = password(pick([1, 5]))
                lines += [f"spring.mail.username={d.lab('email', e, ['spring.mail.username=' + e])}", f"spring.mail.password={d.lab('generic_secret', pw, kv('spring.mail.password', pw))}"]
            elif o == "typed":
                t = pick(["openai_api_key", "anthropic_api_key", "stripe_key", "google_api_key", "slack_token"])
                key = {"openai_api_key": "spring.ai.openai.api-key", "anthropic_api_key": "spring.ai.anthropic.api-key", "stripe_key": "stripe.api.secret-key",
                       "google_api_key": "google.maps.api-key", "slack_token": "slack.bot-token"}[t]
                v = sec(d, t, key)
                lines.append(f"{key}={v}")
            else:
                pw = password(3)
                lines.append(f"spring.data.redis.password={d.lab('generic_secret', pw, kv('spring.data.redis.password', pw))}")
    else:
        lines += ["spring.datasource.password=${DB_PASSWORD}", "spring.ai.openai.api-key=${OPENAI_API_KEY:}", f"app.security.jwt.secret={pick(['<geheim>', 'changeme', '${JWT_SECRET}'])}"]
    lines += [f"server.port={pick(['8080', '8443', '9000'])}", f"management.endpoints.web.exposure.include=health,info", f"app.build.commit={rs(HEX, 40)}",
              f"app.feature.flags.color={hexcolor()}"]
    return pick(["text", "raw-result"]), "\n".join(lines)


def t_src_csharp(d):
    cfg = {"Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*", "ConnectionStrings": {}}
    if d.pos:
        pw = password(pick([0, 1, 5]))
        if R.random() < 0.7:
            cs = f"Server=tcp:{pick(['sql-prod', 'mssql01'])}.database.windows.net,1433;Initial Catalog={pick(['Faturas', 'Rechnungen', 'Orders'])};User ID=app_rw;Password={pw};Encrypt=True;"
            d.lab("generic_secret", pw, [f"Password={pw}", f"Password={pw};"])
            cfg["ConnectionStrings"]["Default"] = cs
        k = base64.b64encode(rbytes(64)).decode()
        if R.random() < 0.5:
            cfg["ConnectionStrings"]["Storage"] = f"DefaultEndpointsProtocol=https;AccountName=st{rs(LO, 8)};AccountKey={k};EndpointSuffix=core.windows.net"
            d.lab("generic_secret", k, [f"AccountKey={k}", f"AccountKey={k};"])
        if R.random() < 0.5 or not d.labels:
            t = pick(["openai_api_key", "stripe_key", "anthropic_api_key", "slack_token"])
            cfg[{"openai_api_key": "OpenAI", "stripe_key": "Stripe", "anthropic_api_key": "Anthropic", "slack_token": "Slack"}[t]] = {"ApiKey": sec(d, t)}
        if R.random() < 0.4:
            cfg["AzureAd"] = {"TenantId": uuid4(), "ClientId": uuid4(), "ClientSecret": d.lab("generic_secret", rs(ALNUM + "~._-", 40))}
    else:
        cfg["ConnectionStrings"]["Default"] = "Server=(localdb)\\MSSQLLocalDB;Database=Dev;Trusted_Connection=True;"
        cfg["AzureAd"] = {"TenantId": uuid4(), "ClientId": uuid4(), "ClientSecret": pick(["<client-secret>", "", "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/ClientSecret/)"])}
    txt = f"// appsettings.Production.json — {pick(['nicht einchecken!', 'não versionar', 'コミット禁止'])}\n" + js(cfg)
    if R.random() < 0.5:
        return "raw-result", txt
    return "text", txt


def t_src_php(d):
    lines = ["<?php", f"// {pick(['Konfiguration Shop', 'Configuration boutique', 'Configuración tienda', 'Configurazione negozio'])}", "return ["]
    lines.append(f"    'db_host' => '{pick(['localhost', '127.0.0.1', 'mysql.hosting-' + dg(4) + '.eu'])}',")
    if d.pos:
        for o in R.sample(["db", "stripe", "smtp", "mail", "google"], R.randint(1, 3)):
            if o == "db":
                pw = password()
                lines.append(f"    'db_password' => '{d.lab('generic_secret', pw, kv(chr(39) + 'db_password' + chr(39), pw))}',")
            elif o == "stripe":
                v = sec(d, "stripe_key")
                d.labels[-1][2] += [f"'stripe_secret' => '{v}'"]
                lines.append(f"    'stripe_secret' => '{v}',")
            elif o == "smtp":
                pw = password(pick([0, 1]))
                lines.append(f"    'smtp_pass' => '{d.lab('generic_secret', pw, [chr(39) + 'smtp_pass' + chr(39) + ' => ' + chr(39) + pw + chr(39)])}',")
            elif o == "mail":
                e = email_of(person(pick(["fr", "es", "it", "de"])), work=True)
                lines.append(f"    'admin_email' => '{d.lab('email', e)}',")
            else:
                v = sec(d, "google_api_key")
                lines.append(f"    'maps_key' => '{v}',")
    else:
        lines += ["    'db_password' => getenv('DB_PASSWORD'),", f"    'stripe_secret' => '{STRIPE_DOC_TEST}',", "    'smtp_pass' => '********',"]
    lines += [f"    'currency' => 'EUR',", f"    'vat_id' => '{vat_id()}',", f"    'version' => '{version()}',", "];"]
    return pick(["text", "raw-result"]), "\n".join(lines)


def t_src_ruby(d):
    lines = ["# frozen_string_literal: true", "", "Rails.application.configure do"]
    if d.pos:
        for o in R.sample(["slackhook", "secret_key_base", "github", "smtp"], R.randint(1, 2)):
            if o == "slackhook":
                w = d.lab("webhook_url", webhook(pick(["slack", "discord", "teams", "mattermost"])))
                lines.append(f"  config.x.notifier.webhook_url = \"{w}\"")
            elif o == "secret_key_base":
                v = rs(HEX, 128)
                lines.append(f"  config.secret_key_base = \"{d.lab('generic_secret', v, kv('config.secret_key_base', v))}\"")
            elif o == "github":
                v = sec(d, "github_token")
                lines.append(f"  config.x.github.access_token = ENV.fetch(\"GITHUB_TOKEN\", \"{v}\")")
            else:
                pw = password()
                lines += ["  config.action_mailer.smtp_settings = {", f"    address: \"smtp.{pick(['gmx.net', 'ionos.de', 'orange.fr'])}\",",
                          f"    user_name: \"{role_email()}\",", f"    password: \"{d.lab('generic_secret', pw, kv('password', pw))}\"", "  }"]
    else:
        lines += ["  config.x.notifier.webhook_url = ENV[\"SLACK_WEBHOOK_URL\"]", "  config.secret_key_base = Rails.application.credentials.secret_key_base",
                  f"  # Beispiel: {SLACK_EXAMPLE_HOOK}"]
    lines += [f"  config.time_zone = \"{pick(['Berlin', 'Tokyo', 'Brasilia'])}\"", f"  config.i18n.default_locale = :{pick(['de', 'ja', 'pt-BR', 'ko'])}", "end"]
    return "text", "\n".join(lines)


def t_src_rust_kotlin(d):
    rust = R.random() < 0.5
    defs = []
    n = R.randint(1, 2) if d.pos else 0
    for _ in range(n):
        t, v, key = _src_secret(d, TYPED + ["webhook", "pk"])
        nm = _ident(key, "upper" if rust else "camel")
        if t == "pk":
            defs.append(f'const {nm}: &str = r"{v}";' if rust else f'private val {nm} = """{v}""".trimIndent()')
        else:
            defs.append(f'pub const {nm}: &str = "{v}";' if rust else f'const val {_ident(key, "upper")} = "{v}"')
    defs.append(f'pub const BUILD_ID: &str = "{uuid4()}";' if rust else f'const val BUILD_ID = "{uuid4()}"')
    defs.append(f'pub const BRAND_COLOR: &str = "{hexcolor()}";' if rust else f'const val BRAND_COLOR = 0xFF{hexcolor()[1:]}')
    if not d.pos:
        defs.append('pub const API_KEY: &str = env!("API_KEY");' if rust else 'val apiKey: String = BuildConfig.API_KEY')
    if rust:
        src = "//! Konfiguration / 設定\n\n" + "\n".join(defs) + "\n\npub fn user_agent() -> String {\n    format!(\"lager-sync/{}\", env!(\"CARGO_PKG_VERSION\"))\n}\n"
    else:
        src = "package com.techsol.pedidos.config\n\n// Não commitar chaves reais!\n" + "\n".join(defs) + "\n\nobject Endpoints {\n    const val BASE = \"https://api.techsol.com.br/v2/\"\n}\n"
    return "text", src


def t_plist(d):
    items = [("CLIENT_ID", f"{dg(12)}-{rs(LO + DI, 32)}.apps.googleusercontent.com"), ("REVERSED_CLIENT_ID", f"com.googleusercontent.apps.{dg(12)}-{rs(LO + DI, 32)}"),
             ("GCM_SENDER_ID", dg(12)), ("PLIST_VERSION", "1"), ("BUNDLE_ID", pick(["jp.co.yamada.shop", "br.com.techsol.pedidos", "kr.co.hanbit.pay"])),
             ("PROJECT_ID", pick(["yamada-shop-prod", "pedidos-app-7f3a", "hanbit-pay"])), ("STORAGE_BUCKET", "app.appspot.com"),
             ("GOOGLE_APP_ID", f"1:{dg(12)}:ios:{rs(HEX, 16)}")]
    if d.pos:
        items.insert(0, ("API_KEY", sec(d, "google_api_key")))
        if R.random() < 0.4:
            t = pick(["stripe_key", "openai_api_key", "generic_secret"])
            items.append((pick(["StripeSecretKey", "OpenAIKey", "RevenueCatSecret"]) if t != "generic_secret" else "RevenueCatSecret", sec(d, t)))
    else:
        items.insert(0, ("API_KEY", "$(GOOGLE_API_KEY)"))
    body = "\n".join(f"\t<key>{k}</key>\n\t<string>{v}</string>" for k, v in items)
    return "text", f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
{body}
\t<key>IS_ADS_ENABLED</key>
\t<false/>
</dict>
</plist>"""


def t_gradle(d):
    lines = ["org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8", "android.useAndroidX=true", f"VERSION_NAME={version()}", f"VERSION_CODE={R.randint(100, 9999)}"]
    if d.pos:
        for o in R.sample(["store", "key", "sonatype", "maps", "signing"], R.randint(1, 3)):
            if o in ("store", "key", "sonatype", "signing"):
                key = {"store": "RELEASE_STORE_PASSWORD", "key": "RELEASE_KEY_PASSWORD", "sonatype": "sonatypePassword", "signing": "signing.password"}[o]
                pw = password()
                lines.append(f"{key}={d.lab('generic_secret', pw, kv(key, pw))}")
            else:
                t = typed_sample(1, ["google_api_key", "openai_api_key", "stripe_key", "github_token", "slack_token", "anthropic_api_key"])[0]
                key = {"google_api_key": "MAPS_API_KEY", "openai_api_key": "OPENAI_API_KEY", "stripe_key": "STRIPE_SECRET_KEY",
                       "github_token": "gpr.key", "slack_token": "SLACK_BOT_TOKEN", "anthropic_api_key": "ANTHROPIC_API_KEY"}[t]
                v = sec(d, t, key)
                lines.append(f"{key}={v}")
        lines.append(f"RELEASE_STORE_FILE=../keystore/{pick(['release', 'upload'])}.jks")
    else:
        lines += ["RELEASE_STORE_PASSWORD=", "MAPS_API_KEY=YOUR_API_KEY_HERE", f"signing.keyId={rs(HEX.upper(), 8)}"]
    return "text", "\n".join(lines)


def t_alert_webhooks(d):
    zh = R.random() < 0.5
    recs = []
    for i in range(R.randint(1, 3)):
        kind = pick(["dingtalk", "feishu", "wecom"] if zh else ["slack", "teams", "discord", "mattermost"])
        if d.pos and (i == 0 or R.random() < 0.5):
            url = d.lab("webhook_url", webhook(kind))
        else:
            url = pick([SLACK_EXAMPLE_HOOK, "https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}", "{{ .Values.webhook }}",
                        "https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"])
        recs.append((kind, url))
    if zh:
        out = ["# 告警通知配置（生产环境）", "receivers:"]
        for kind, url in recs:
            out += [f"  - name: {kind}-运维群", "    webhook_configs:", f"      - url: '{url}'", "        send_resolved: true"]
        if d.pos and R.random() < 0.5:
            s = "SEC" + rs(HEX, 64)
            out.append(f"        # 加签密钥\n        secret: {d.lab('generic_secret', s, ['secret: ' + s])}")
    else:
        out = ["# Alarmierung / alerting contact points", "apiVersion: 1", "contactPoints:", "  - orgId: 1", "    name: ops", "    receivers:"]
        for kind, url in recs:
            out += [f"      - uid: {rs(LO + DI, 9)}", f"        type: {kind}", "        settings:", f"          url: {url}"]
    out.append(f"# generated {ts_iso()} rev {rs(HEX, 7)}")
    return pick(["text", "raw-result"]), "\n".join(out)


def t_ssh_dump(d):
    u = person(pick(LOCS_ALL)).fr
    out = [f"{u}@{pick(['laptop', 'buildbox', 'pi'])}:~$ ls -la ~/.ssh", f"total {R.randint(20, 40)}",
           f"-rw-------  1 {u} {u}  {R.randint(400, 3400)} {pick(['Mär', 'Jun', 'Sep', 'Dez'])} {R.randint(1, 28)} id_{pick(['ed25519', 'rsa', 'ecdsa'])}",
           f"-rw-r--r--  1 {u} {u}   {R.randint(90, 750)} Jun 3 id_ed25519.pub", f"-rw-r--r--  1 {u} {u}  {R.randint(500, 9000)} Jan 9 known_hosts",
           f"{u}@laptop:~$ cat ~/.ssh/id_ed25519.pub", ssh_pub(), f"{u}@laptop:~$ head -2 ~/.ssh/known_hosts",
           f"|1|{base64.b64encode(rbytes(20)).decode()}|{base64.b64encode(rbytes(20)).decode()} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{base64.b64encode(rbytes(48)).decode()}"]
    if d.pos:
        for fn_ in R.sample(['id_ed25519', 'id_rsa', 'deploy_key', 'github_ci'], 1 if R.random() < 0.5 else 2):
            k = private_key()
            out += [f"{u}@laptop:~$ cat ~/.ssh/{fn_}", d.lab("private_key", k)]
    else:
        out += [f"{u}@laptop:~$ cat ~/.ssh/id_ed25519", "cat: /home/" + u + "/.ssh/id_ed25519: Keine Berechtigung" if R.random() < 0.5 else cert_block(pick(["CERTIFICATE", "PUBLIC KEY"]))]
    out.append(f"{u}@laptop:~$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:{base64.b64encode(rbytes(32)).decode()[:43]} {u}@laptop (ED25519)")
    return pick(["text", "raw-result"]), "\n".join(out)


def t_gcp_sa(d):
    proj = pick(["yamada-shop-prod", "pedidos-app-7f3a", "erp-ulmbach", "hanbit-data"])
    sa_email = f"{pick(['ci-deployer', 'bq-reader', 'firebase-adminsdk-' + rs(LO + DI, 5)])}@{proj}.iam.gserviceaccount.com"
    k = private_key("pkcs8") + "\n" if d.pos else "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n"
    obj = {"type": "service_account", "project_id": proj, "private_key_id": rs(HEX, 40), "private_key": k,
           "client_email": sa_email, "client_id": dg(21, True), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token", "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{sa_email.replace('@', '%40')}",
           "universe_domain": "googleapis.com"}
    text = f"{pick(['Datei gelesen', 'Fichier lu', 'ファイルを読み込みました', '파일 읽음'])}: /secrets/{proj}-sa.json\n" + js(obj)
    if d.pos:
        esc = json.dumps(k.rstrip("\n"), ensure_ascii=False)[1:-1]
        if R.random() < 0.5:
            d.lab("private_key", esc)
            return "raw-result", text
        d.lab("private_key", k.rstrip("\n"))
        return "structured", obj
    if R.random() < 0.5:
        return "raw-result", text
    return "structured", obj


def t_support_chat(d):
    loc = pick(["tr", "ar", "hi", "es", "pt", "ko"])
    agent = {"tr": "Temsilci", "ar": "الموظف", "hi": "एजेंट", "es": "Agente", "pt": "Atendente", "ko": "상담원"}[loc]
    cust = person(loc)
    P = {"tr": ["Merhaba, size nasıl yardımcı olabilirim?", "Sipariş numaranız nedir?", "İade için IBAN'ınızı yazar mısınız?", "Kart numaranızı paylaşmayın lütfen!", "Geri arama için numaranız?", "E-posta adresiniz?"],
         "ar": ["مرحباً، كيف أساعدك؟", "ما هو رقم الطلب؟", "أرسل رقم الآيبان لاسترداد المبلغ", "من فضلك لا ترسل رقم البطاقة!", "رقم الجوال للتواصل؟", "البريد الإلكتروني؟"],
         "hi": ["नमस्ते, मैं आपकी कैसे मदद करूँ?", "आपका ऑर्डर नंबर क्या है?", "रिफंड के लिए खाता विवरण भेजें", "कृपया कार्ड नंबर साझा न करें!", "कॉल-बैक के लिए नंबर?", "ईमेल पता?"],
         "es": ["Hola, ¿en qué puedo ayudarte?", "¿Número de pedido?", "Para el reembolso, ¿tu IBAN?", "¡No compartas el número de tarjeta!", "¿Teléfono de contacto?", "¿Correo electrónico?"],
         "pt": ["Olá, como posso ajudar?", "Qual o número do pedido?", "Para o estorno, pode informar os dados?", "Por favor não envie o número do cartão!", "Telefone para contato?", "Seu e-mail?"],
         "ko": ["안녕하세요, 무엇을 도와드릴까요?", "주문번호가 어떻게 되나요?", "환불 계좌를 알려주세요", "카드번호는 보내지 마세요!", "연락처를 알려주세요", "이메일 주소는요?"]}[loc]
    out = [f"{agent}: {P[0]}", f"{cust.name}: {pick(['Siparişim gelmedi', 'لم يصل طلبي', 'मेरा ऑर्डर नहीं आया', 'No me llegó el pedido', 'Meu pedido não chegou', '주문이 안 왔어요'])}",
           f"{agent}: {P[1]}", f"{cust.name}: {pick(['#', 'No. ', ''])}{dg(9)} / {tracking()}"]
    if d.pos:
        ks = R.sample(["iban", "card", "phone", "email"], R.randint(2, 3))
        if "card" not in ks and R.random() < need("payment_card"):
            ks[0] = "card"
        for k in ks:
            if k == "iban" and loc in ("tr", "ar", "es", "pt"):
                out.append(f"{agent}: {P[2]}")
                v, c = iban({"tr": "TR", "ar": pick(["SA", "AE"]), "es": "ES", "pt": "BR"}[loc])
                out.append(f"{cust.name}: {d.lab('iban', v, [c] if c != v else [])}")
            elif k == "card" or k == "iban":
                v, dd = card()
                out.append(f"{cust.name}: {pick(['kart', 'بطاقتي', 'कार्ड', 'tarjeta', 'cartão', '카드'])} {d.lab('payment_card', v, [dd] if dd != v else [])} {pick(['son kullanma 09/27', '', 'CVV ' + dg(3)])}".rstrip())
                out.append(f"{agent}: {P[3]}")
            elif k == "phone":
                out.append(f"{agent}: {P[4]}")
                v, acc = phone(loc)
                out.append(f"{cust.name}: {d.lab('phone_number', v, acc)}")
            else:
                out.append(f"{agent}: {P[5]}")
                e = email_of(cust, work=False)
                out.append(f"{cust.name}: {d.lab('email', e, ['mailto:' + e])}")
    else:
        out += [f"{agent}: {P[3]}", f"{cust.name}: {pick(['**** **** **** ' + dg(4), 'tamam', 'حسناً', 'ठीक है', 'vale', 'ok', '네'])}",
                f"{agent}: {pick(['Bize ulaşın: ', 'اتصل بنا: ', 'हेल्पलाइन: ', 'Llámanos: ', 'Central: ', '고객센터: '])}{fake_phone()} / {role_email()}"]
    return pick(["text", "raw-result"]), "\n".join(out)


def t_signup_form(d):
    loc = "us" if R.random() < need("us_ssn") else pick(["ko", "pt", "ja", "hi", "us", "tr"])
    p = person(loc)
    F = {"ko": ("이름", "이메일", "휴대폰", "주민등록번호", rrn_kr), "pt": ("nome", "email", "celular", "cpf", cpf),
         "ja": ("氏名", "メールアドレス", "電話番号", "マイナンバー", lambda: dg(12, True)), "hi": ("नाम", "ईमेल", "मोबाइल", "आधार", aadhaar),
         "us": ("name", "email", "phone", "ssn", None), "tr": ("ad_soyad", "eposta", "telefon", "tckn", lambda: dg(11, True))}[loc]
    form = {F[0]: p.name}
    if d.pos:
        e = email_of(p, work=False)
        form[F[1]] = d.lab("email", e)
        if R.random() < 0.7:
            v, acc = phone(loc)
            form[F[2]] = d.lab("phone_number", v, acc)
        else:
            form[F[2]] = fake_phone()
    else:
        form[F[1]] = pick([role_email(p), "", f"{p.fr[0]}***@{pick(p.doms)}"])
        form[F[2]] = pick([fake_phone(), "", "+82 10-****-" + dg(4)])
    if loc == "us":
        if d.pos and R.random() < 0.8:
            form[F[3]] = d.lab("us_ssn", ssn_str(pick(["-", "-", " "])))
        else:
            form[F[3]] = pick([invalid_ssn(), "", "***-**-" + dg(4)])
    else:
        form[F[3]] = F[4]()
    pay = {}
    if d.pos and R.random() < 0.5 + need("payment_card"):
        v, dd = card()
        pay = {"card_number": d.lab("payment_card", v, [dd] if dd != v else []), "exp": f"{R.randint(1, 12):02d}/{R.randint(26, 31)}", "holder": p.name}
    else:
        pay = {"card_number": pick(["**** **** **** " + dg(4), "4242 4242 4242 4242", "5555555555554444", "3782 822463 10005"]), "exp": "12/34"}
    doc = {"form_id": uuid4(), "submitted_at": ts_iso(), "locale": loc, "fields": form, "payment": pay,
           "consent": {"marketing": R.random() < 0.5, "ip": ipv4(), "ua": "Mozilla/5.0"}, "device_imei": imei() if R.random() < 0.3 else None}
    return pick(["structured", "raw-result"]), doc


def t_env_dump(d):
    env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", "HOME": "/home/app", "LANG": pick(["de_DE.UTF-8", "ja_JP.UTF-8", "zh_CN.UTF-8", "pt_BR.UTF-8"]),
           "HOSTNAME": rs(HEX, 12), "NODE_VERSION": version(), "GIT_COMMIT": rs(HEX, 40)}
    if d.pos:
        for t in typed_sample(R.randint(4, 6)):
            key = pick(TOKEN_KEYS[t]).upper().replace(".", "_").replace("-", "_")
            env[key] = sec(d, t, key)
        if R.random() < 0.35:
            env["SLACK_WEBHOOK_URL"] = d.lab("webhook_url", webhook())
        if R.random() < 0.5:
            pw = password(pick([1, 3]))
            enc = pct(pw)
            url = f"postgres://app:{enc}@db:5432/app"
            env["DATABASE_URL"] = url
            d.lab("url_credentials", enc, [f"app:{enc}", f"app:{enc}@", url])
    else:
        env.update({"OPENAI_API_KEY": "", "AWS_ACCESS_KEY_ID": AWS_EXAMPLE_ID, "AWS_SECRET_ACCESS_KEY": AWS_EXAMPLE_SECRET,
                    "STRIPE_SECRET_KEY": "${{ secrets.STRIPE_SECRET_KEY }}", "DATABASE_URL": "postgres://app@db:5432/app"})
    keys = list(env)
    R.shuffle(keys)
    env = {k: env[k] for k in keys}
    if R.random() < 0.5:
        return "raw-result", js({"tool": "get_environment", "pid": R.randint(100, 99999), "env": env})
    return "text", "\n".join(f"{k}={v}" for k, v in env.items())


def t_us_tax_ocr(d):
    es = R.random() < 0.4
    p = person(pick(["us", "us", "es", "pt"]))
    lines = [ocr("Form W-9 (Rev. March 2024)" if not es else "Formulario W-9(SP) (Rev. marzo de 2024)"),
             ocr("Request for Taxpayer Identification Number and Certification" if not es else "Solicitud y certificación del número de identificación del contribuyente"),
             ocr("1 Name (as shown on your income tax return)" if not es else "1 Nombre (según aparece en su declaración de impuestos)"), p.name,
             ocr("5 Address (number, street, and apt. or suite no.)" if not es else "5 Dirección (número, calle y apartamento)"), f"{R.randint(10, 9999)} {pick(['Maple Ave', 'Calle Ocho', 'W 3rd St'])} Apt {R.randint(1, 40)}",
             ocr("Part I  Taxpayer Identification Number (TIN)" if not es else "Parte I  Número de identificación del contribuyente (TIN)")]
    if d.pos:
        v = ssn_str(pick(["-", "-", " "]))
        if R.random() < 0.3:
            a, g, s = v[:3], v[4:6], v[7:]
            v = f"{a} - {g} - {s}"
        lines.append(ocr("Social security number" if not es else "Número de Seguro Social") + "   " + d.lab("us_ssn", v))
    else:
        lines.append(ocr("Social security number" if not es else "Número de Seguro Social") + "   " + pick(["___-__-____", invalid_ssn(), "XXX-XX-" + dg(4)]))
    lines.append(ocr("or Employer identification number" if not es else "o Número de identificación del empleador") + f"   {dg(2, True)}-{dg(7)}")
    if d.pos and R.random() < 0.5:
        v, acc = phone("us")
        lines.append(ocr("Daytime phone" if not es else "Teléfono (día)") + " " + d.lab("phone_number", v, acc))
    if d.pos and R.random() < 0.3:
        e = email_of(p, work=False)
        lines.append(ocr("Email") + " " + d.lab("email", e))
    lines += [ocr("Signature of U.S. person" if not es else "Firma de la persona estadounidense") + f"  ____________   Date {R.randint(1, 12)}/{R.randint(1, 28)}/20{R.randint(22, 25)}",
              f"Cat. No. {R.randint(10000, 99999)}X   {pick(['Form W-9', 'W-9(SP)'])}   OMB No. 1545-{dg(4)}"]
    return "text", "\n".join(lines)


def t_git_creds(d):
    kind = pick(["git-credentials", "netrc", "pypirc", "gitconfig"])
    out = []
    if kind == "git-credentials":
        out.append("$ cat ~/.git-credentials")
        for i in range(R.randint(1, 3)):
            if d.pos and (i == 0 or R.random() < 0.5):
                t = pick(["github_token", "gitlab_token", "generic"])
                u = person(pick(LOCS_ALL)).fr
                if t == "github_token":
                    v = github_token(); host = "github.com"
                elif t == "gitlab_token":
                    v = "glpat-" + rs(URLSAFE, 20); host = pick(["gitlab.com", "gitlab.weber-bau.de"])
                else:
                    v = password(pick([1, 3])); host = pick(["bitbucket.org", "gitea.corp.local", "dev.azure.com"])
                enc = pct(v)
                url = f"https://{u}:{enc}@{host}"
                if t == "generic":
                    d.lab("url_credentials", enc, [f"{u}:{enc}", f"{u}:{enc}@", url])
                else:
                    d.lab(t, v, [f"{u}:{v}", url])
                out.append(url)
            else:
                out.append(f"https://{person('de').fr}@{pick(['github.com', 'gitlab.com'])}")
    elif kind == "netrc":
        out.append("$ cat ~/.netrc")
        for i in range(R.randint(1, 3)):
            host = pick(["api.heroku.com", "ftp.hosting-" + dg(3) + ".de", "urs.earthdata.nasa.gov", "nexus.corp.local"])
            if d.pos and (i == 0 or R.random() < 0.5):
                pw = password()
                out.append(f"machine {host}\n  login {pick(['deploy', 'ci', person('fr').fr])}\n  password {d.lab('generic_secret', pw, ['password ' + pw])}")
            else:
                out.append(f"machine {host} login anonymous password {pick(['', 'guest', '********'])}".rstrip())
    elif kind == "pypirc":
        out += ["$ cat ~/.pypirc", "[distutils]", "index-servers =\n    pypi\n    intern", "", "[pypi]", "username = __token__"]
        if d.pos:
            v = "pypi-AgEIcHlwaS5vcmc" + rs(URLSAFE, 120)
            out.append(f"password = {d.lab('generic_secret', v, kv('password', v))}")
        else:
            out.append("password = <PyPI-Token>")
        out += ["", "[intern]", "repository = https://nexus.corp.local/repository/pypi-internal/", "username = ci"]
        if d.pos and R.random() < 0.5:
            pw = password(pick([0, 1]))
            out.append(f"password = {d.lab('generic_secret', pw, kv('password', pw))}")
    else:
        p = person(pick(LOCS_ALL))
        out += ["$ git config --global --list", f"user.name={p.name}"]
        if d.pos:
            e = email_of(p)
            out.append(f"user.email={d.lab('email', e, ['user.email=' + e])}")
            if R.random() < 0.5:
                v = sec(d, "github_token", "github.token")
                out.append(f"github.token={v}")
        else:
            out.append(f"user.email={dg(8)}+{p.fr}@users.noreply.github.com")
        out += ["core.autocrlf=input", "init.defaultbranch=main", f"user.signingkey={rs(HEX.upper(), 16)}", "commit.gpgsign=true"]
    return "text", "\n".join(out)


def t_aws_ini(d):
    out = [f"# {pick(['本番用プロファイル — 共有しないこと', '生产环境凭证，请勿外传', 'Produktionsprofil – nicht teilen', 'perfil de produção'])}"]
    profs = R.sample(["default", "prod", "backup", "s3-uploader", "sandbox"], R.randint(1, 3))
    for i, pr in enumerate(profs):
        out.append(f"[{pr}]")
        if d.pos and (i == 0 or R.random() < 0.7):
            tmp = R.random() < 0.3
            a = aws_id(temp=tmp)
            d.lab("aws_access_key_id", a, kv("aws_access_key_id", a))
            s = aws_secret()
            d.lab("aws_secret_access_key", s, kv("aws_secret_access_key", s))
            out += [f"aws_access_key_id = {a}", f"aws_secret_access_key = {s}"]
            if tmp:
                st = aws_session_token()
                out.append(f"aws_session_token = {d.lab('generic_secret', st, kv('aws_session_token', st))}")
        elif R.random() < 0.5:
            out += [f"aws_access_key_id = {AWS_EXAMPLE_ID}", f"aws_secret_access_key = {AWS_EXAMPLE_SECRET}"]
        else:
            out += [f"role_arn = arn:aws:iam::{dg(12)}:role/{pick(['Admin', 'ReadOnly', 'Deployer'])}", "source_profile = default",
                    f"mfa_serial = arn:aws:iam::{dg(12)}:mfa/{person('de').fr}"]
        out.append(f"region = {pick(['eu-central-1', 'ap-northeast-1', 'sa-east-1', 'cn-north-1'])}")
        out.append("")
    return pick(["text", "raw-result"]), "\n".join(out)


def t_invoice_pdf(d):
    loc = pick(["it", "pl", "nl", "fr", "de"])
    H = {"it": ("FATTURA N.", "Partita IVA", "Codice destinatario SDI", "Coordinate bancarie", "Tel.", "Scadenza"),
         "pl": ("FAKTURA VAT nr", "NIP", "REGON", "Rachunek bankowy", "Tel.", "Termin płatności"),
         "nl": ("FACTUUR", "BTW-nummer", "KvK", "Bankgegevens", "Tel.", "Vervaldatum"),
         "fr": ("FACTURE N°", "N° TVA intracom.", "SIRET", "Coordonnées bancaires", "Tél.", "Échéance"),
         "de": ("RECHNUNG Nr.", "USt-IdNr.", "HRB", "Bankverbindung", "Tel.", "Fällig am")}[loc]
    sup = person(loc)
    cc = {"it": "IT", "pl": "PL", "nl": "NL", "fr": "FR", "de": "DE"}[loc]
    lines = [sup.comp[0].split(".")[0].replace("-", " ").upper(), f"{H[1]}: {vat_id()}   {H[2]}: {rs(UP + DI, 7) if loc == 'it' else dg(9)}"]
    if d.pos and R.random() < 0.6:
        v, acc = phone(loc)
        lines.append(f"{H[4]} {d.lab('phone_number', v, acc)} · {role_email(sup)}")
    else:
        lines.append(f"{H[4]} {fake_phone()} · {role_email(sup)}")
    if d.pos and R.random() < 0.4:
        e = email_of(sup, work=True)
        lines.append(f"{pick(['Referente', 'Osoba kontaktowa', 'Contactpersoon', 'Contact', 'Ansprechpartner'])}: {sup.name} <{d.lab('email', e, ['<' + e + '>'])}>")
    lines += ["", f"{H[0]} {R.randint(1, 999)}/{R.randint(2022, 2025)}   {dmy('.' if loc != 'fr' else '/')}", ""]
    for _ in range(R.randint(2, 4)):
        lines.append(f"{gtin13()}  {pick(['Consulenza', 'Usługa serwisowa', 'Onderhoud', 'Prestation', 'Wartung'])}  {R.randint(1, 20)} x {amount_eu()}  {amount_eu()}")
    lines.append(f"{pick(['Totale', 'Razem', 'Totaal', 'Total TTC', 'Gesamtbetrag'])}: {amount_eu()} EUR   {H[5]}: {dmy()}")
    if d.pos and (R.random() < 0.7 or not d.labels):
        v, c = iban(cc)
        d.lab("iban", v, [c] if c != v else [])
        lines.append(f"{H[3]}: IBAN {v}  BIC {bic()}")
    else:
        lines.append(f"{H[3]}: IBAN {cc}{dg(2)} **** **** **** {dg(4)}  BIC {bic()}")
    lines.append(f"Seite 1/1 · {sha256hex()[:16]}" if loc == "de" else f"1/1 · {uuid4()}")
    return pick(["text", "raw-result"]), "\n".join(lines)


def t_android_prefs(d):
    loc = pick(LOCS_ALL)
    p = person(loc)
    ent = [f'    <string name="device_id">{uuid4()}</string>', f'    <long name="last_sync" value="{epoch()}000" />',
           f'    <string name="app_version">{version()}</string>', f'    <string name="theme_color">{hexcolor()}</string>',
           f'    <string name="locale">{loc}</string>', f'    <boolean name="onboarding_done" value="true" />']
    if d.pos:
        for o in R.sample(["jwt", "refresh", "email", "phone", "gh"], R.randint(2, 3)):
            if o == "jwt":
                v = sec(d, "jwt")
                ent.append(f'    <string name="access_token">{v}</string>')
            elif o == "refresh":
                v = rs(URLSAFE, 64)
                ent.append(f'    <string name="refresh_token">{d.lab("generic_secret", v)}</string>')
            elif o == "email":
                e = email_of(p, work=False)
                ent.append(f'    <string name="user_email">{d.lab("email", e)}</string>')
            elif o == "phone":
                v, acc = phone(loc)
                ent.append(f'    <string name="user_phone">{d.lab("phone_number", v, acc)}</string>')
            else:
                v = sec(d, "jwt")
                ent.append(f'    <string name="id_token">{v}</string>')
    else:
        ent += ['    <string name="access_token"></string>', f'    <string name="user_email">{role_email(p)}</string>',
                f'    <string name="fcm_sender">{dg(12)}</string>']
    R.shuffle(ent)
    txt = f"$ adb shell run-as {pick(['br.com.techsol.pedidos', 'jp.co.yamada.shop', 'kr.co.hanbit.pay'])} cat shared_prefs/session.xml\n" + \
        "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n" + "\n".join(ent) + "\n</map>"
    return pick(["text", "raw-result"]), txt


def t_ci_log(d):
    gl = R.random() < 0.5
    lines = []
    def ln(x):
        lines.append(f"{ts_iso()[:-1]}.{dg(7)}Z {x}" if not gl else x)
    ln(pick(["Running with gitlab-runner 16.11.0 (" + rs(HEX, 8) + ")", "Current runner version: '2.317.0'"]))
    ln(f"{pick(['Hole Quellcode', 'Récupération des sources', 'ソースを取得中', 'Fetching sources'])} ...")
    ln(f"HEAD is now at {rs(HEX, 8)} {pick(['fix: Rundungsfehler', 'feat: 注文CSV出力', 'chore: bump deps'])}")
    if d.pos:
        for o in R.sample(["clone", "jwt", "docker", "slack", "npm", "gitlab"], R.randint(2, 3)):
            if o == "clone":
                v = "ghs_" + rs(ALNUM, 36) if R.random() < 0.5 else github_token()
                url = f"https://x-access-token:{v}@github.com/{pick(['weber-bau', 'techsol'])}/{pick(['infra', 'app', 'docs'])}.git"
                d.lab("github_token", v, [f"x-access-token:{v}", url])
                ln(f"[command]/usr/bin/git remote set-url origin {url}")
            elif o == "jwt":
                v = sec(d, "jwt")
                ln(f"+ curl -fsS -H 'Authorization: Bearer {v}' https://deploy.weber-bau.de/api/v1/rollout")
                d.labels[-1][2] += [f"Authorization: Bearer {v}"]
            elif o == "docker":
                pw = password(pick([1, 3]))
                d.lab("generic_secret", pw, [f"-p {pw}", f"--password {pw}"])
                ln(f"$ docker login -u ci-bot --password {pw} harbor.weber-bau.de")
                ln("WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
            elif o == "slack":
                v = sec(d, "slack_token", "SLACK_BOT_TOKEN")
                ln(f"SLACK_BOT_TOKEN={v} ./notify.sh '{pick(['Build erfolgreich', 'ビルド成功', 'Build réussi'])}'")
            elif o == "npm":
                v = sec(d, "github_token", "NODE_AUTH_TOKEN")
                ln(f"NODE_AUTH_TOKEN={v} npm publish --registry https://npm.pkg.github.com")
            else:
                v = sec(d, "gitlab_token", "PRIVATE-TOKEN")
                ln(f"$ curl --header \"PRIVATE-TOKEN: {v}\" https://gitlab.weber-bau.de/api/v4/projects/{R.randint(10, 999)}/releases")
                d.labels[-1][2] += [f"PRIVATE-TOKEN: {v}"]
    else:
        ln("$ echo \"token=$CI_JOB_TOKEN\"")
        ln("token=[MASKED]")
        ln("[command]/usr/bin/git remote set-url origin https://x-access-token:***@github.com/weber-bau/app.git")
    ln(f"Uploading artifacts... {pick(['dist/', 'target/'])} sha256={sha256hex()}")
    ln(pick(["Job succeeded", "Cleaning up orphan processes", "ジョブが成功しました"]))
    return pick(["text", "raw-result"]), "\n".join(lines)


# ======================================================= cross-check scan ===
# (kept identical in check_dlp_v8.py)
CARD_TEST_SET = set(TEST_CARDS)
VENDOR_EXAMPLES = [AWS_EXAMPLE_ID, AWS_EXAMPLE_SECRET, SLACK_EXAMPLE_HOOK, STRIPE_DOC_TEST]
IBAN_LEN = {cc: v[0] for cc, v in IBAN_SPEC.items()}
IBAN_LEN.update({"MT": 31, "CY": 28, "CZ": 24, "SK": 24, "HU": 28, "RO": 24, "BG": 22, "HR": 21, "SI": 19, "FI": 18,
                 "NO": 15, "EE": 20, "LV": 21, "LT": 20, "IS": 26, "LI": 21, "MC": 27, "SM": 27, "QA": 29, "KW": 30,
                 "BH": 22, "JO": 30, "EG": 29, "IL": 23, "LB": 28, "PK": 24, "UA": 29, "KZ": 20, "GE": 22, "AZ": 28})
TOKEN_PATTERNS = [
    r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])",
    r"(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36}",
    r"github_pat_[A-Za-z0-9_]{50,}",
    r"(?<![A-Za-z0-9])gl(?:pat|dt|rt|ptt|oas|cbt|ft|imt|soat|agent)-[A-Za-z0-9_.\-]{20,}",
    r"GR1348941[A-Za-z0-9_\-]{20}",
    r"(?<![A-Za-z0-9])xox[abposre]-[A-Za-z0-9\-]{10,}",
    r"(?<![A-Za-z0-9])xoxe\.xox[bp]-[A-Za-z0-9\-]{10,}",
    r"(?<![A-Za-z0-9])xapp-\d-[A-Za-z0-9\-]{10,}",
    r"(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{20,}",
    r"(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_\-]{20,}",
    r"(?<![A-Za-z0-9])sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}",
    r"AIza[A-Za-z0-9_\-]{35}",
    r"eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]+",
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:\\n|\s)+[A-Za-z0-9+/=]{40,}",
    r"hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+",
    r"discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_\-]+",
    r"webhook\.office\.com/webhookb2/[^\s\"']+",
    r"oapi\.dingtalk\.com/robot/send\?access_token=[0-9a-f]{20,}",
    r"open\.feishu\.cn/open-apis/bot/v2/hook/[0-9a-f\-]{36}",
    r"qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=[0-9a-f\-]{36}",
]
ROLE_SET = set(ROLE)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\d\-])(\d{3})([ \-])(\d{2})\2(\d{4})(?![\d\-])")


def strings_of(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from strings_of(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings_of(v)


def card_brand_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649 or d[:2] == "62":
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if d[:2] == "36" or 300 <= int(d[:3]) <= 305:
        return n == 14
    return False


def card_candidates(s):
    for m in re.finditer(r"\d(?:[ \-]?\d)*", s):
        a, b = m.start(), m.end()
        if (a > 0 and s[a - 1].isalpha()) or (b < len(s) and s[b].isalpha()):
            continue
        run = m.group()
        pos = [i for i, ch in enumerate(run) if ch.isdigit()]
        digits = "".join(run[i] for i in pos)
        starts = [0] + [k for k in range(1, len(pos)) if pos[k] - pos[k - 1] > 1]
        ends = [k for k in range(len(pos) - 1) if pos[k + 1] - pos[k] > 1] + [len(pos) - 1]
        for st in starts:
            for en in ends:
                n = en - st + 1
                if 13 <= n <= 19:
                    c = digits[st:en + 1]
                    if card_brand_ok(c) and luhn_ok(c):
                        yield c


def iban_candidates(s):
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z]{2})\d\d", s):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        L = IBAN_LEN[cc]
        out, i = [], m.start()
        while i < len(s) and len(out) < L:
            ch = s[i]
            if ch.isascii() and ch.isalnum():
                out.append(ch.upper()); i += 1
            elif ch in " \n" and out and i + 1 < len(s) and s[i + 1].isascii() and s[i + 1].isalnum():
                i += 1
            else:
                break
        if len(out) == L:
            ib = "".join(out)
            if (i >= len(s) or not (s[i].isascii() and s[i].isalnum())) and mod97_ok(ib):
                yield ib


def ssn_valid(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def email_exempt(s, m, e):
    local, dom = e.rsplit("@", 1)
    if local.split("+")[0].lower() in ROLE_SET:
        return True
    dl = dom.lower()
    if dl.endswith("gserviceaccount.com") or "noreply" in dl:
        return True
    j = m.start()
    while j > 0 and s[j - 1] not in " \t\n\"'<(=,;|":
        j -= 1
    if "://" in s[j:m.start()]:
        return True
    return False


def unlabelled_findings(doc, labels):
    vals = [l["value"] for l in labels]
    cards = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "payment_card"}
    ibans = {re.sub(r"\s", "", l["value"]).upper() for l in labels if l["type"] == "iban"}
    ssns = {re.sub(r"\D", "", l["value"]) for l in labels if l["type"] == "us_ssn"}
    emails = {l["value"].lower() for l in labels if l["type"] == "email"}
    probs = []
    for s in strings_of(doc):
        for c in card_candidates(s):
            if c not in cards and c not in CARD_TEST_SET and not any(c in x for x in cards):
                probs.append(("payment_card", c))
        for ib in iban_candidates(s):
            if ib not in ibans:
                probs.append(("iban", ib))
        for m in SSN_RE.finditer(s):
            if ssn_valid(m.group(1), m.group(3), m.group(4)) and (m.group(1) + m.group(3) + m.group(4)) not in ssns:
                probs.append(("us_ssn", m.group()))
        for m in EMAIL_RE.finditer(s):
            e = m.group()
            cands = [e] + [e[i + 1:] for i, ch in enumerate(e.split("@")[0]) if ch == "+"]
            if not any(c.lower() in emails or email_exempt(s, m, c) for c in cands):
                probs.append(("email", e))
        for pat in TOKEN_PATTERNS:
            for m in re.finditer(pat, s):
                t = m.group()
                if any(t in v for v in vals) or any(t in v or v in t for v in VENDOR_EXAMPLES):
                    continue
                probs.append(("token", t))
    return probs


# ================================================================ driver ===
TEMPLATES = [
    ("vcard_addressbook", t_vcard), ("whatsapp_export", t_whatsapp), ("sms_inbox", t_sms), ("ocr_sepa_mandate", t_ocr_sepa),
    ("ocr_receipt", t_ocr_receipt), ("camt053_statement", t_camt053), ("mt940_statement", t_mt940), ("bank_csv_eu", t_bank_csv),
    ("hl7v2_adt", t_hl7), ("fhir_patient", t_fhir), ("edifact_invoic", t_edifact), ("syslog", t_syslog), ("journald_json", t_journald),
    ("windows_event_4104", t_winevent), ("java_stacktrace", t_java_trace), ("node_go_trace", t_node_go_trace),
    ("postman_collection", t_postman), ("npmrc", t_npmrc), ("docker_config_json", t_docker_cfg), ("ansible_inventory", t_ansible),
    ("dockerfile", t_dockerfile), ("shell_history", t_shell_history), ("wiki_markdown_table", t_wiki_table), ("jupyter_output", t_jupyter),
    ("spreadsheet_merged", t_spreadsheet), ("src_go", t_src_go), ("src_java_properties", t_src_java_props), ("src_csharp_appsettings", t_src_csharp),
    ("src_php_config", t_src_php), ("src_ruby_rails", t_src_ruby), ("src_rust_kotlin", t_src_rust_kotlin), ("ios_plist", t_plist),
    ("gradle_properties", t_gradle), ("alert_webhooks_cfg", t_alert_webhooks), ("ssh_dir_dump", t_ssh_dump), ("gcp_service_account", t_gcp_sa),
    ("support_chat_intl", t_support_chat), ("signup_form_intl", t_signup_form), ("mcp_env_dump", t_env_dump), ("us_tax_form_ocr", t_us_tax_ocr),
    ("git_credentials", t_git_creds), ("aws_credentials_ini", t_aws_ini), ("invoice_pdf_text", t_invoice_pdf),
    ("android_shared_prefs", t_android_prefs), ("ci_job_log", t_ci_log),
]
N_DOCS = 450
STATS = {"retries": 0}


def build(tname, fn, pos):
    for attempt in range(200):
        d = D(pos)
        wrap, doc = fn(d)
        if wrap == "raw-result":
            if isinstance(doc, str):
                doc = raw(doc)
            else:
                sc = doc if R.random() < 0.35 else None
                doc = raw(js(doc), sc)
        elif wrap == "structured":
            assert isinstance(doc, dict), tname
        else:
            assert isinstance(doc, str), tname
        strs = list(strings_of(doc))
        labels, seen = [], set()
        for typ, v, acc in d.labels:
            assert any(v in s for s in strs), (tname, typ, v)
            if v in seen:
                continue
            seen.add(v)
            a2 = []
            for a in acc:
                if a != v and a not in a2 and any(a in s for s in strs):
                    a2.append(a)
            labels.append({"type": typ, "value": v, "accept": a2})
        if pos and not labels:
            STATS["retries"] += 1
            continue
        assert pos or not labels, tname
        if unlabelled_findings(doc, labels):
            STATS["retries"] += 1
            continue
        return wrap, doc, labels
    raise RuntimeError(f"could not build {tname}")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "dlp_v8.jsonl")
    plan = []
    counters = {}
    offs = {t: R.randrange(9) for t, _ in TEMPLATES}
    while len(plan) < N_DOCS:
        order = list(TEMPLATES)
        R.shuffle(order)
        for t, fn in order:
            if len(plan) >= N_DOCS:
                break
            k = counters.get(t, 0)
            counters[t] = k + 1
            plan.append((t, fn, (k + offs[t]) % 9 < 5))
    recs = []
    for i, (t, fn, pos) in enumerate(plan, 1):
        wrap, doc, labels = build(t, fn, pos)
        for l in labels:
            COUNTS[l["type"]] = COUNTS.get(l["type"], 0) + 1
        recs.append({"id": f"v8-{i}", "template": t, "split": "holdout-v8", "wrap": wrap, "doc": doc, "labels": labels})
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {out} (rejection retries: {STATS['retries']})", file=sys.stderr)


if __name__ == "__main__":
    main()
