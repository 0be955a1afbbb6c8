#!/usr/bin/env python3
"""Generator for the held-out DLP corpus v14 (mobile, IoT, database internals).
Python 3 stdlib only; a single random.Random(SEED); deterministic output.
Usage: python3 gen_dlp_v14.py [out_path]
"""
import base64, hashlib, json, random, string, sys, urllib.parse

SEED = 1414_2026
N_DOCS = 450
R = random.Random(SEED)

AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = AL + "+/"
B64U = AL + "-_"


def rs(n, alpha=AL):
    return "".join(R.choice(alpha) for _ in range(n))


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- card / iban helpers
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


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


CARD_LIKE = [("4", 16), ("51", 16), ("52", 16), ("53", 16), ("54", 16), ("55", 16), ("34", 15), ("37", 15),
             ("6011", 16), ("65", 16), ("35", 16), ("4", 13), ("4", 19), ("22", 16), ("23", 16), ("24", 16),
             ("25", 16), ("26", 16), ("27", 16)]


def is_card_like(d):
    if not luhn_ok(d):
        return False
    return any(d.startswith(p) and len(d) == n for p, n in CARD_LIKE)


def neg_digits(n, first=None):
    """random digit string that is not a card-like Luhn number"""
    while True:
        d = (first or "") + "".join(R.choice("0123456789") for _ in range(n - len(first or "")))
        if not is_card_like(d):
            return d


IBAN_SPEC = {"DE": "8n10n", "GB": "4a14n", "FR": "10n11n2n", "NL": "4a10n", "ES": "20n", "IT": "1a10n12n",
             "BE": "12n", "CH": "5n12n", "AT": "16n", "PL": "24n", "IE": "4a14n", "PT": "21n", "SE": "20n",
             "FI": "14n", "DK": "14n", "NO": "11n", "CZ": "20n", "LU": "3n13n"}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def gen_iban():
    cc = pick(sorted(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    import re
    for cnt, kind in re.findall(r"(\d+)([an])", spec):
        bban += rs(int(cnt), UP if kind == "a" else string.digits)
    iban = cc + iban_check(cc, bban) + bban
    if R.random() < 0.5:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


# ---------------------------------------------------------------- personal data
FIRST = ["amara", "bruno", "chiara", "dmitri", "elif", "farah", "goran", "hana", "ines", "jonas", "keiko", "luca",
         "marisol", "nikhil", "olena", "pieter", "quentin", "rania", "soren", "tamsin", "ugo", "valentina", "wen",
         "xochitl", "yusuf", "zofia", "aidan", "beatriz", "callum", "dagny", "emeka", "fenna", "gustavo", "hiroshi",
         "ingrid", "jamal", "kaito", "leilani", "matteo", "nadia"]
LAST = ["okafor", "lindqvist", "moreau", "kowalczyk", "tanaka", "haddad", "ferreira", "novak", "brennan", "castillo",
        "vermeulen", "abernathy", "delacroix", "oyelaran", "pham", "rossetti", "schulz", "iqbal", "mbeki", "quispe",
        "halvorsen", "zamora", "takahashi", "nwosu", "petrov", "achterberg", "gallagher", "yilmaz", "duarte", "kovac"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "icloud.com", "proton.me", "yahoo.co.jp", "web.de", "gmx.net",
                "orange.fr", "libero.it", "hotmail.co.uk", "fastmail.com", "kestrelworks.io", "tidewater-farms.com",
                "nordlys-energi.no", "vela-robotics.de", "brightpath.health", "quarryhill.co.uk", "sunmesa.coop",
                "example.com", "mail.ru", "naver.com", "uol.com.br", "zoho.in", "telenet.be"]
ROLE = ["support", "noreply", "no-reply", "billing", "security", "info", "sales", "hr", "team", "alerts", "ops",
        "admin", "help", "notifications", "devices", "firmware", "postmaster", "privacy", "dpo", "fleet"]


def person():
    return pick(FIRST), pick(LAST)


def gen_email():
    f, l = person()
    d = pick(MAIL_DOMAINS)
    form = R.randint(0, 5)
    local = [f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), f + "+" + pick(["iot", "shop", "app"]),
             l + "." + f + str(R.randint(70, 99)), f + l[:3]][form]
    return local + "@" + d


def role_email():
    return pick(ROLE) + "@" + pick(["kestrelworks.io", "tidewater-farms.com", "vela-robotics.de", "sunmesa.coop",
                                   "nordlys-energi.no", "quarryhill.co.uk"])


def gen_phone():
    """returns (value, cc)"""
    k = R.randint(0, 12)
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if k == 0:
        ex = str(R.randint(201, 989))
        while ex == "555":
            ex = str(R.randint(201, 989))
        return "+1 %s-%s-%s" % (pick(["212", "415", "646", "312", "617", "206", "303", "512", "702", "919"]), ex, d(4)), "1"
    if k == 1:
        ex = str(R.randint(201, 989))
        while ex == "555":
            ex = str(R.randint(201, 989))
        return "(%s) %s-%s" % (pick(["347", "773", "469", "503", "612", "404"]), ex, d(4)), None
    if k == 2:
        while True:
            m = "7" + pick(["4", "5", "8", "9"]) + d(2)
            return "+44 %s %s" % (m, d(6)), "44"
    if k == 3:
        return "+49 %s %s" % (pick(["151", "160", "170", "176", "1523"]), d(7)), "49"
    if k == 4:
        return "+33 %s %s %s %s %s" % (pick(["6", "7"]), d(2), d(2), d(2), d(2)), "33"
    if k == 5:
        return "+91 %s %s" % (pick(["98", "97", "91", "88"]) + d(3), d(5)), "91"
    if k == 6:
        return "+55 %s 9%s-%s" % (pick(["11", "21", "31", "51"]), d(4), d(4)), "55"
    if k == 7:
        return "+81 %s-%s-%s" % (pick(["90", "80", "70"]), d(4), d(4)), "81"
    if k == 8:
        while True:
            a = "4" + d(2)
            if a != "491":
                break
        return "+61 %s %s %s" % (a, d(3), d(3)), "61"
    if k == 9:
        return "+31 6 %s" % d(8), "31"
    if k == 10:
        return "+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)), "34"
    if k == 11:
        return "+52 55 %s %s" % (d(4), d(4)), "52"
    cc = pick(["49", "44", "33", "39", "46"])
    body = {"49": "15" + d(9), "44": "7" + pick("4589") + d(8), "33": "6" + d(8), "39": "3" + d(9), "46": "7" + d(8)}[cc]
    return "+" + cc + body, cc


def fictional_phone():
    return pick(["+1 %s 555 01%s" % (pick(["312", "415", "646"]), rs(2, string.digits)),
                 "(202) 555-01%s" % rs(2, string.digits), "07700 900%s" % rs(3, string.digits),
                 "+44 20 7946 0%s" % rs(3, string.digits), "0491 570 %s" % rs(3, string.digits),
                 "1-800-%s-%s" % (rs(3, "23456789"), rs(4, string.digits)),
                 "+44 7700 900%s" % rs(3, string.digits)])


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    v = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return v


def gen_card():
    kind = R.randint(0, 5)
    if kind in (0, 1):
        d = luhn_complete("4" + rs(14, string.digits))
    elif kind == 2:
        d = luhn_complete(pick(["51", "52", "53", "54", "55"]) + rs(13, string.digits))
    elif kind == 3:
        d = luhn_complete(pick(["34", "37"]) + rs(12, string.digits))
    elif kind == 4:
        d = luhn_complete("6011" + rs(11, string.digits))
    else:
        d = luhn_complete(pick(["2221", "2300", "2500", "2720"]) + rs(11, string.digits))
    if d in TEST_CARDS:
        return gen_card()
    fmt = R.randint(0, 2)
    if fmt == 0:
        return d
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, 16, 4)]
    return (" " if fmt == 1 else "-").join(parts)


TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "4000056655665556", "378282246310005",
              "371449635398431", "6011111111111117", "5105105105105100", "4012888888881881", "5200828282828210",
              "2223003122003222", "4000000000000002", "4000002500003155"}
TEST_CARD_SHOW = ["4242 4242 4242 4242", "4111111111111111", "5555 5555 5555 4444", "4000 0566 5566 5556",
                  "378282246310005", "6011 1111 1111 1117", "4000 0025 0000 3155"]


# ---------------------------------------------------------------- typed secrets
def aws_akid():
    return pick(["AKIA", "AKIA", "ASIA"]) + rs(16, B32)


def aws_secret():
    return rs(40, AL + "/+")


def gh_token():
    k = R.randint(0, 6)
    if k == 6:
        return "github_pat_" + rs(22) + "_" + rs(59)
    return pick(["ghp", "ghp", "gho", "ghu", "ghs", "ghr", "ghp"]) + "_" + rs(36)


def gl_token():
    return pick(["glpat-", "glpat-", "glpat-", "glrt-", "gldt-", "glptt-", "glft-"]) + rs(20, AL + "_-")


def slack_token():
    k = R.randint(0, 3)
    n = lambda a, b: str(R.randint(10 ** (a - 1), 10 ** b - 1))
    if k == 0:
        return "xoxb-%s-%s-%s" % (n(11, 12), n(12, 13), rs(24))
    if k == 1:
        return "xoxp-%s-%s-%s-%s" % (n(11, 12), n(11, 12), n(12, 13), rs(32, HEX))
    if k == 2:
        return "xapp-1-A%s-%s-%s" % (rs(10, UP + string.digits), n(13, 13), rs(64, HEX))
    return "xoxe.xoxp-1-" + rs(140, AL + "-")


def stripe_key():
    return pick(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "rk_test_"]) + rs(pick([24, 34, 99]))


def openai_key():
    k = R.randint(0, 3)
    if k == 0:
        return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
    if k == 1:
        return "sk-proj-" + rs(74, AL + "_-") + "T3BlbkFJ" + rs(74, AL + "_-")
    if k == 2:
        return "sk-svcacct-" + rs(74, AL + "_-") + "T3BlbkFJ" + rs(74, AL + "_-")
    return "sk-" + rs(48)


def anthropic_key():
    return pick(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-"]) + rs(93, AL + "_-") + "AA"


def google_key():
    return "AIza" + pick(["Sy", "Sy", "SA", "Sz"]) + rs(33, AL + "_-")


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(email=None):
    alg = pick(["HS256", "RS256", "ES256"])
    h = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        h["kid"] = rs(16, HEX)
    iat = R.randint(1735000000, 1790000000)
    p = {"sub": rs(24, HEX) if R.random() < 0.5 else str(R.randint(1000, 999999)), "iat": iat,
         "exp": iat + pick([900, 3600, 86400])}
    if R.random() < 0.5:
        p["iss"] = pick(["https://auth.kestrelworks.io", "https://id.sunmesa.coop/", "accounts.vela-robotics.de"])
    if email:
        p["email"] = email
    if R.random() < 0.4:
        p["scope"] = pick(["device:read device:write", "telemetry", "openid profile"])
    sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return "%s.%s.%s" % (b64u(json.dumps(h, separators=(",", ":")).encode()),
                         b64u(json.dumps(p, separators=(",", ":")).encode()),
                         b64u(bytes(R.getrandbits(8) for _ in range(sig))))


def private_key():
    k = R.randint(0, 3)
    if k == 0:
        tag, pre, n = "RSA PRIVATE KEY", "MIIEow", R.randint(10, 16)
    elif k == 1:
        tag, pre, n = "EC PRIVATE KEY", "MHcCAQEEI", 3
    elif k == 2:
        tag, pre, n = "PRIVATE KEY", "MIIEvQ", R.randint(8, 14)
    else:
        tag, pre, n = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA", R.randint(5, 7)
    width = 70 if k == 3 else 64
    body = pre + rs(width * n - len(pre) - R.randint(0, 30), B64)
    if k != 3:
        body += "=" * ((-len(body)) % 4)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (tag, "\n".join(lines), tag)


def webhook():
    k = R.randint(0, 3)
    if k == 0 or k == 3:
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(pick([8, 10]), UP + string.digits),
                                                                rs(pick([8, 10, 11]), UP + string.digits), rs(24))
    if k == 1:
        return "https://%s/api/webhooks/%d/%s" % (pick(["discord.com", "discordapp.com"]),
                                                  R.randint(10 ** 17, 10 ** 19 - 1), rs(68, AL + "_-"))
    u = lambda: "%s-%s-%s-%s-%s" % (rs(8, HEX), rs(4, HEX), rs(4, HEX), rs(4, HEX), rs(12, HEX))
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        pick(["kestrelworks", "sunmesa", "velarobotics"]), u(), u(), rs(32, HEX), u())


WORDS = ["heron", "copper", "lantern", "maple", "orbit", "quartz", "saffron", "tundra", "velvet", "willow", "zephyr",
         "basalt", "cobalt", "ember", "fjord", "glacier", "harbor", "indigo", "juniper", "kelp", "lichen", "meadow"]


def password(url_safe=False):
    k = R.randint(0, 3)
    if k == 0:
        return "-".join(pick(WORDS).capitalize() for _ in range(3)) + str(R.randint(10, 9999))
    if k == 1:
        return rs(R.randint(12, 20), AL + ("-_.~!*" if url_safe else "!#^*-_."))
    if k == 2:
        return pick(WORDS).capitalize() + pick(["!", "#", "*", "_"]) + str(R.randint(1000, 99999)) + pick(WORDS)
    return rs(R.randint(16, 28), AL)


def generic_value(kind=None):
    kind = kind or pick(["psk", "pass", "hex32", "b64key", "sas", "twilio", "sendgrid", "cookie", "hex64", "mix"])
    if kind == "psk":
        return "".join(pick(WORDS).capitalize() for _ in range(2)) + pick(["-", "_", "!", ""]) + str(R.randint(100, 99999))
    if kind == "pass":
        return password()
    if kind == "hex32":
        return rs(32, HEX)
    if kind == "b64key" or kind == "sas":
        return base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
    if kind == "twilio":
        return rs(32, HEX)
    if kind == "sendgrid":
        return "SG." + rs(22, AL + "_-") + "." + rs(43, AL + "_-")
    if kind == "cookie":
        return rs(R.randint(32, 48), AL + "%")[:0] + rs(40, AL)
    if kind == "hex64":
        return rs(64, HEX)
    return rs(R.randint(24, 40), AL + "_-")


SECRET_KEYS = ["wifi_psk", "wpa_passphrase", "device_secret", "mqtt_password", "client_secret", "api_secret",
               "session_cookie", "signing_secret", "admin_password", "auth_token", "device_key", "encryption_key",
               "password", "passwd", "access_secret", "twilio_auth_token", "sendgrid_api_key", "mapbox_secret",
               "hmac_secret", "webhook_secret"]


def typed(t, email=None):
    return {"aws_access_key_id": aws_akid, "aws_secret_access_key": aws_secret, "github_token": gh_token,
            "gitlab_token": gl_token, "slack_token": slack_token, "stripe_key": stripe_key,
            "openai_api_key": openai_key, "anthropic_api_key": anthropic_key, "google_api_key": google_key,
            "jwt": jwt, "private_key": private_key, "webhook_url": webhook, "email": gen_email,
            "us_ssn": gen_ssn, "payment_card": gen_card, "iban": gen_iban,
            "generic_secret": generic_value}[t]()


FIELD = {"email": ["email", "contact_email", "owner_email", "user_email", "mail"],
         "phone_number": ["phone", "msisdn", "mobile", "contact_phone", "tel"],
         "us_ssn": ["ssn", "social_security_no", "tax_ssn"],
         "payment_card": ["card_number", "pan", "cc_number", "payment_card"],
         "iban": ["iban", "payout_iban", "debit_iban", "bank_iban"],
         "aws_access_key_id": ["aws_access_key_id", "AWS_ACCESS_KEY_ID", "AccessKeyId", "s3_access_key"],
         "aws_secret_access_key": ["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "SecretAccessKey", "s3_secret_key"],
         "github_token": ["github_token", "GH_TOKEN", "ota_repo_token", "gh_pat"],
         "gitlab_token": ["gitlab_token", "GITLAB_PAT", "registry_token", "ci_token"],
         "slack_token": ["slack_bot_token", "SLACK_TOKEN", "slack_token"],
         "stripe_key": ["stripe_secret_key", "STRIPE_KEY", "stripe_api_key", "payments_key"],
         "openai_api_key": ["openai_api_key", "OPENAI_API_KEY", "llm_key", "assistant_key"],
         "anthropic_api_key": ["anthropic_api_key", "ANTHROPIC_API_KEY", "claude_key"],
         "google_api_key": ["google_api_key", "maps_api_key", "GOOGLE_API_KEY", "places_key"],
         "jwt": ["access_token", "id_token", "auth_jwt", "bearer"],
         "private_key": ["private_key", "device_key_pem", "tls_key"],
         "webhook_url": ["webhook_url", "alert_webhook", "notify_hook", "slack_webhook"],
         "url_credentials": ["broker_url", "database_url", "rtsp_url", "mqtt_uri", "backup_target"],
         "generic_secret": SECRET_KEYS}


class L:
    """label under construction"""

    def __init__(self, t, value, keys=(), accept=()):
        self.t, self.value, self.keys, self.acc = t, value, list(keys), list(accept)


def field(t, key=None):
    """returns (key, text_value, L). text_value is what is written into the doc field."""
    key = key or pick(FIELD[t])
    if t == "phone_number":
        v, cc = gen_phone()
        return key, v, L(t, v, [key], phone_acc(v, cc))
    if t == "url_credentials":
        return (key,) + url_cred()
    if t == "generic_secret":
        v = generic_value()
        return key, v, L(t, v, [key])
    v = typed(t)
    return key, v, L(t, v, [key])


def e164(p, cc):
    d = p.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
    if not d.startswith("+"):
        d, cc = "+1" + d, "1"
    return d, cc


def uniq(d, k, l):
    n = 2
    k0 = k
    while k in d:
        k = "%s_%d" % (k0, n)
        n += 1
    l.keys = [k] + l.keys
    return k


def phone_acc(v, cc):
    out = []
    if v.startswith("+"):
        out.append(v[1:])
        if cc:
            rest = v[1 + len(cc):].lstrip(" -")
            out.append(rest)
    return out


def url_cred(scheme=None, token_type=None):
    scheme = scheme or pick(["mqtt", "mqtts", "postgres", "postgresql", "mysql", "redis", "amqp", "mongodb+srv",
                             "rtsp", "ftp", "https", "influxdb"])
    host = {"mqtt": "broker.kestrelworks.io:1883", "mqtts": "mq.sunmesa.coop:8883", "postgres": "10.20.0.14:5432/telemetry",
            "postgresql": "pg-primary.internal:5432/app", "mysql": "db-meters.internal:3306/billing",
            "redis": "cache-1.internal:6379/0", "amqp": "rabbit.vela-robotics.de:5672/%2F",
            "mongodb+srv": "cluster0.x7rq2.mongodb.net/devices", "rtsp": "192.168.%d.%d:554/Streaming/Channels/101" % (R.randint(0, 9), R.randint(2, 250)),
            "ftp": "nas.local/firmware", "https": "ota.kestrelworks.io/v2/images", "influxdb": "influx.local:8086/home"}[scheme]
    user = pick(["admin", "iot", "telemetry", "app_rw", "cam01", "svc_meter", "ha", "node", "backup", "root"])
    if token_type:
        pw = typed(token_type)
        t = token_type
    else:
        pw = password(url_safe=True)
        t = "url_credentials"
    url = "%s://%s:%s@%s" % (scheme, user, pw, host)
    acc = ["%s:%s" % (user, pw), url] + (["%s:%s@" % (user, pw)] if t == "url_credentials" else [])
    return url, L(t, pw, [], acc)


# ---------------------------------------------------------------- negatives
def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (rs(8, HEX), rs(4, HEX), rs(3, HEX), pick("89ab"), rs(3, HEX), rs(12, HEX))


def mac():
    return ":".join(rs(2, "0123456789ABCDEF") for _ in range(6))


def imei():
    body = pick(["35", "86", "01", "99"]) + rs(12, string.digits)
    return luhn_complete(body)


def ip():
    return pick(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d"]) % tuple(R.randint(1, 254) for _ in range(4))[:0] if False else \
        "%s.%d.%d" % (pick(["10.0", "10.20", "192.168", "172.16"]), R.randint(0, 40), R.randint(2, 250))


def sha(n=40):
    return rs(n, HEX)


def b64blob(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def neg_token():
    return pick(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                 "ghp_" + "x" * 36, "sk_live_" + "x" * 24, "<your-token>", "YOUR_API_KEY", "${GITHUB_TOKEN}",
                 "${{ secrets.STRIPE_KEY }}", "vault:secret/data/iot#psk", "sk-…" + rs(4), "****" + rs(4, string.digits),
                 "ghp_" + rs(4) + "…", "xoxb-****", "AIza…" + rs(4), "[Filtered]", "***", "<redacted>",
                 "glpat-xxxxxxxxxxxxxxxxxxxx", "sk-ant-api03-...", "REPLACE_ME", "changeme-at-deploy",
                 "arn:aws:secretsmanager:eu-west-1:%s:secret:iot/psk-%s" % (neg_digits(12), rs(6))])


def firebase_app_id(plat="android"):
    return "1:%s:%s:%s" % (neg_digits(12, "8"), plat, rs(16 if plat == "android" else 22, HEX))


def push_token():
    return rs(64, HEX) if R.random() < 0.5 else rs(11, AL + "-_") + ":APA91b" + rs(134, AL + "-_")


def objid():
    return rs(24, HEX)


def ts(base=1764000000):
    return base + R.randint(0, 20000000)


def iso(t=None):
    t = t or ts()
    # deterministic, stdlib-only conversion without clock
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def neg_kv():
    """a list of (key, value) pairs of harmless lookalikes"""
    pool = [("device_id", uuid4()), ("imei", imei()), ("mac", mac()), ("serial", rs(4, UP) + neg_digits(8)),
            ("fw_version", "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99))),
            ("build", str(R.randint(1000, 99999))), ("sha256", sha(64)), ("commit", sha(40)),
            ("request_id", uuid4()), ("trace_id", sha(32)), ("span_id", sha(16)), ("ip", ip()),
            ("rssi", str(-R.randint(30, 90))), ("temperature_c", "%.1f" % R.uniform(-5, 40)),
            ("color", "#" + rs(6, "0123456789ABCDEF")), ("support_line", fictional_phone()),
            ("contact", role_email()), ("order_no", "ORD-" + neg_digits(9)), ("tracking", "1Z" + rs(16, UP + string.digits)),
            ("uptime_s", str(R.randint(100, 9000000))), ("push_token", push_token()), ("salt", b64blob(16)),
            ("pw_hash", "$2b$12$" + rs(53, AL + "./")), ("api_key", neg_token()), ("last4", rs(4, string.digits)),
            ("card", "**** **** **** " + rs(4, string.digits)), ("etag", '"' + sha(32) + '"')[:2] and ("etag", sha(32)),
            ("lsn", "%X/%X" % (R.randint(0, 40), R.randint(0, 2 ** 32))), ("pid", str(R.randint(100, 40000)))]
    return R.sample(pool, R.randint(3, 6))


# ---------------------------------------------------------------- wrappers
def raw(text, sc=None):
    d = {"content": [{"type": "text", "text": text}], "isError": False}
    if sc is not None:
        d["structuredContent"] = sc
    return d


def strings_of(doc):
    out = []
    if isinstance(doc, str):
        out.append(doc)
    elif isinstance(doc, dict):
        for k, v in doc.items():
            out.append(k)
            out.extend(strings_of(v))
    elif isinstance(doc, list):
        for v in doc:
            out.extend(strings_of(v))
    return out


TYPE_COUNT = {}


def pick_types(pool, lo=1, hi=3):
    n = R.randint(lo + 1, hi + 1)
    out = []
    local = {t: TYPE_COUNT.get(t, 0) for t in pool}
    for _ in range(n):
        if R.random() < 0.6:
            m = min(local.values())
            c = pick([t for t in pool if local[t] == m])
        else:
            c = pick(pool)
        local[c] += 1
        out.append(c)
    return out


ALL_T = ["email", "phone_number", "us_ssn", "payment_card", "iban", "aws_access_key_id", "aws_secret_access_key",
         "github_token", "gitlab_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key",
         "google_api_key", "jwt", "private_key", "webhook_url", "url_credentials", "generic_secret"]
PII = ["email", "phone_number", "us_ssn", "payment_card", "iban"]
SECRETS = [t for t in ALL_T if t not in PII]
CONF_T = [t for t in ALL_T if t not in ("us_ssn", "payment_card", "iban", "private_key")]
ONE_LINE_T = [t for t in ALL_T if t != "private_key"]

# ===================================================================== templates
TEMPLATES = []


def template(name, wrap_kind=None):
    def deco(fn):
        TEMPLATES.append((name, fn))
        return fn
    return deco


# ---- mobile ----------------------------------------------------------------
@template("crashlytics_event")
def t_crashlytics(pos):
    labels = []
    keys = {}
    for k, v in neg_kv():
        keys[k] = v
    if pos:
        for t in pick_types(ONE_LINE_T, 1, 3):
            k, v, l = field(t)
            k = uniq(keys, k, l)
            keys[k] = v
            labels.append(l)
    frames = [{"symbol": pick(["-[KWSyncEngine flushQueue:]", "specialized DeviceLink.connect(_:)", "objc_exception_throw",
                               "okhttp3.internal.http.RetryAndFollowUpInterceptor.intercept"]),
               "file": pick(["DeviceLink.swift", "SyncEngine.m", "RealCall.kt"]), "line": R.randint(10, 900),
               "address": "0x%012x" % R.getrandbits(44)} for _ in range(R.randint(2, 4))]
    doc = {"event_id": sha(32), "issue_id": sha(32), "platform": pick(["ios", "android"]),
           "app": {"bundle_id": "io.kestrelworks.home", "version": "4.%d.%d" % (R.randint(0, 20), R.randint(0, 9)),
                   "build": str(R.randint(1000, 9999))},
           "device": {"model": pick(["iPhone15,3", "Pixel 8", "SM-S918B", "iPad13,4"]), "os": pick(["17.4.1", "14", "18.0"]),
                      "orientation": "portrait", "free_ram": R.randint(10 ** 8, 10 ** 9)},
           "custom_keys": keys, "exception": {"type": pick(["NSInvalidArgumentException", "java.lang.IllegalStateException"]),
                                              "frames": frames},
           "crashlytics_installation_uuid": sha(32)}
    if pos and R.random() < 0.4:
        e = gen_email()
        doc["user"] = {"id": str(R.randint(1000, 99999)), "email": e}
        labels.append(L("email", e, ["email"]))
    return "structured", doc, labels


@template("ios_ips_crash")
def t_ips(pos):
    labels = []
    head = json.dumps({"app_name": "KestrelHome", "timestamp": "2026-0%d-1%d 08:1%d:22.00 +0000" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9)),
                       "app_version": "4.%d.0" % R.randint(0, 20), "slice_uuid": uuid4(), "build_version": str(R.randint(100, 999)),
                       "bug_type": "309", "os_version": "iPhone OS 17.%d (21E%d)" % (R.randint(0, 5), R.randint(100, 999)),
                       "incident_id": uuid4().upper(), "name": "KestrelHome"})
    asi = "Application Specific Information:\n*** Terminating app due to uncaught exception 'NSInternalInconsistencyException', reason: 'Unexpected response'"
    if pos:
        k = R.randint(0, 3)
        if k == 0:
            j = jwt()
            asi = "Application Specific Information:\n*** Terminating app: request header Authorization: Bearer %s was rejected (401)" % j
            labels.append(L("jwt", j, [], ["Bearer " + j]))
        elif k == 1:
            url, l = url_cred("https")
            asi += "\nLast URL: " + url
            labels.append(l)
        elif k == 2:
            t = pick(["openai_api_key", "google_api_key", "anthropic_api_key", "github_token"])
            v = typed(t)
            asi += "\nNSUserDefaults snapshot: { apiKey = \"%s\"; theme = dark; }" % v
            labels.append(L(t, v, ["apiKey"]))
        else:
            e = gen_email()
            asi += "\nCrashing account: %s" % e
            labels.append(L("email", e))
    else:
        asi += "\nRelated token: %s" % neg_token()
    images = "\n".join("0x%x - 0x%x %s arm64  <%s> /private/var/containers/Bundle/Application/%s/%s" % (
        a, a + R.randint(10 ** 5, 10 ** 7), n, sha(32), uuid4().upper(), n) for a, n in
        [(R.getrandbits(36), "KestrelHome"), (R.getrandbits(36), "DeviceKit.framework/DeviceKit")])
    body = ("Incident Identifier: %s\nHardware Model:      iPhone15,3\nProcess:             KestrelHome [%d]\n"
            "Exception Type:  EXC_CRASH (SIGABRT)\nTriggered by Thread:  0\n\n%s\n\nThread 0 Crashed:\n"
            "0   libsystem_kernel.dylib        0x00000001e%07x __pthread_kill + 8\n1   KestrelHome    0x0000000104%06x 0x104000000 + %d\n\nBinary Images:\n%s\n"
            % (uuid4().upper(), R.randint(300, 9000), asi, R.getrandbits(28), R.getrandbits(24), R.randint(1000, 999999), images))
    return "text", head + "\n" + body, labels


LOG_TAGS = ["OkHttp", "AuthRepo", "MqttService", "WifiProvision", "FirebaseMessaging", "BillingClient", "ActivityManager"]


def logcat_line(tag, msg, lvl="D"):
    return "%02d-%02d %02d:%02d:%02d.%03d  %5d  %5d %s %-14s: %s" % (
        R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999),
        R.randint(1000, 30000), R.randint(1000, 30000), lvl, tag, msg)


@template("android_logcat")
def t_logcat(pos):
    labels = []
    lines = [logcat_line("ActivityManager", "Start proc %d:io.kestrelworks.home/u0a%d for activity" % (R.randint(1000, 30000), R.randint(100, 400)), "I"),
             logcat_line("FirebaseMessaging", "Token refreshed: %s" % push_token()),
             logcat_line("WifiProvision", "BSSID %s rssi=%d" % (mac().lower(), -R.randint(30, 90)))]
    if pos:
        for _ in range(R.randint(1, 3)):
            k = R.randint(0, 4)
            if k == 0:
                j = jwt(gen_email() if R.random() < 0.5 else None)
                lines.append(logcat_line("OkHttp", "Authorization: Bearer " + j))
                labels.append(L("jwt", j, [], ["Bearer " + j]))
            elif k == 1:
                v = generic_value("psk")
                ssid = pick(["Kestrel-Guest", "HOME-5G", "Fenna_Net", "Orbit-IoT"])
                lines.append(logcat_line("WifiProvision", "provision ssid=%s psk=%s sec=WPA2" % (ssid, v)))
                labels.append(L("generic_secret", v, ["psk"]))
            elif k == 2:
                e = gen_email()
                p, cc = gen_phone()
                lines.append(logcat_line("AuthRepo", "signIn ok user=%s phone=%s" % (e, p), "I"))
                labels += [L("email", e, ["user"]), L("phone_number", p, ["phone"], phone_acc(p, cc))]
            elif k == 3:
                t = pick(["stripe_key", "google_api_key", "openai_api_key", "slack_token", "aws_access_key_id"])
                v = typed(t)
                lines.append(logcat_line("BillingClient", "init config{key=%s, env=prod}" % v, "W"))
                labels.append(L(t, v, ["key"]))
            else:
                url, l = url_cred("mqtts")
                lines.append(logcat_line("MqttService", "connecting to " + url))
                labels.append(l)
    else:
        tok = gh_token()
        lines.append(logcat_line("OkHttp", "Authorization: token " + tok[:20]))
        lines.append(logcat_line("OkHttp", "    " + tok[20:] + " (continued)"))
        lines.append(logcat_line("AuthRepo", "token=%s" % neg_token()))
    R.shuffle(lines)
    return pick(["text", "raw-result"]), None if False else "\n".join(lines), labels


@template("adb_dumpsys")
def t_dumpsys(pos):
    labels = []
    lines = ["DUMP OF SERVICE %s:" % pick(["account", "iphonesubinfo", "telephony.registry"])]
    lines.append("  mDeviceId=%s  mImei=%s" % (neg_digits(15, "35")[:0] + imei(), imei()))
    lines.append("  Serial=%s  ro.boot.serialno=%s" % (rs(12, UP + string.digits), rs(10, HEX)))
    if pos:
        e = gen_email()
        lines.append("  Accounts: 2\n    Account {name=%s, type=com.google}\n    Account {name=%s, type=com.whatsapp}" % (e, neg_digits(11, "4")))
        labels.append(L("email", e))
        if R.random() < 0.7:
            p, cc = gen_phone()
            lines.append("  mLine1Number=%s  mVoiceMailNumber=+%s" % (p, neg_digits(10, "8")))
            labels.append(L("phone_number", p, ["mLine1Number"], phone_acc(p, cc)))
        if R.random() < 0.3:
            t = pick(["jwt", "generic_secret"])
            v = typed(t)
            lines.append("    AuthToken {type=io.kestrelworks, authTokenType=refresh, token=%s}" % v)
            labels.append(L(t, v, ["token"]))
    else:
        lines.append("  Accounts: 1\n    Account {name=%s, type=com.kestrelworks.device}" % role_email())
        lines.append("  mLine1Number=%s" % fictional_phone())
    return "text", "\n".join(lines), labels


@template("android_getprop")
def t_getprop(pos):
    labels = []
    props = [("ro.product.model", pick(["Pixel 7a", "SM-A546B", "rk3568_iot"])), ("ro.serialno", rs(12, UP + string.digits)),
             ("ro.build.fingerprint", "google/lynx/lynx:14/AP2A.%d/%d:user/release-keys" % (R.randint(200000, 299999), R.randint(10 ** 7, 10 ** 8))),
             ("persist.sys.timezone", "Europe/Berlin"), ("ro.boot.wifimacaddr", mac()), ("net.dns1", ip()),
             ("ro.build.version.incremental", str(R.randint(10 ** 6, 10 ** 7)))]
    if pos:
        for t in pick_types(["generic_secret", "github_token", "gitlab_token", "aws_access_key_id", "google_api_key",
                             "url_credentials", "webhook_url"], 1, 2):
            k, v, l = field(t, {"generic_secret": pick(["persist.vendor.wifi.psk", "persist.iot.device_secret", "vendor.mqtt.password"]),
                                "url_credentials": "persist.ota.mirror"}.get(t, "persist.vendor." + pick(FIELD[t]).lower()))
            props.append((k, v))
            l.keys = [k]
            labels.append(l)
    else:
        props.append(("persist.vendor.wifi.psk", pick(["", "********", "<redacted>"])))
    R.shuffle(props)
    text = "\n".join("[%s]: [%s]" % kv for kv in props)
    return "raw-result", raw(text), labels


@template("android_tombstone")
def t_tombstone(pos):
    labels = []
    abort = "Abort message: 'FORTIFY: pthread_mutex_lock called on a destroyed mutex'"
    if pos:
        k = R.randint(0, 2)
        if k == 0:
            url, l = url_cred(pick(["mqtt", "rtsp", "postgres"]))
            abort = "Abort message: 'libiotbridge: connect(%s) failed: ECONNREFUSED'" % url
            labels.append(l)
        elif k == 1:
            t = pick(["aws_secret_access_key", "generic_secret", "anthropic_api_key", "stripe_key"])
            v = typed(t)
            abort = "Abort message: 'assertion failed: key.len()==expected, key=%s'" % v
            labels.append(L(t, v, ["key"]))
        else:
            c = gen_card()
            abort = "Abort message: 'tokenize(): rejected pan %s'" % c
            labels.append(L("payment_card", c, [], [c.replace(" ", "").replace("-", "")] if c.replace(" ", "").replace("-", "") != c else []))
    regs = "\n".join("    x%-2d %016x  x%-2d %016x  x%-2d %016x  x%-2d %016x" % (i, R.getrandbits(64), i + 1, R.getrandbits(64), i + 2, R.getrandbits(64), i + 3, R.getrandbits(64)) for i in range(0, 12, 4))
    bt = "\n".join("      #%02d pc %016x  /system/lib64/%s (%s+%d) (BuildId: %s)" % (i, R.getrandbits(40), pick(["libc.so", "libiotbridge.so", "libart.so"]), pick(["abort", "connect", "__start_thread"]), R.randint(4, 400), sha(32)) for i in range(4))
    text = ("*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\nBuild fingerprint: 'rockchip/rk3568/rk3568:12/SQ3A/%d:user/release-keys'\n"
            "Revision: '0'\nABI: 'arm64'\nTimestamp: 2026-0%d-%02d 11:%02d:07.%d+0000\npid: %d, tid: %d, name: iotbridge  >>> /vendor/bin/iotbridge <<<\n"
            "uid: 1000\nsignal 6 (SIGABRT), code -1 (SI_QUEUE), fault addr --------\n%s\n%s\nbacktrace:\n%s\n"
            % (R.randint(10 ** 6, 10 ** 7), R.randint(1, 9), R.randint(1, 28), R.randint(0, 59), R.randint(100, 999), R.randint(900, 30000), R.randint(900, 30000), abort, regs, bt))
    return "text", text, labels


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


@template("shared_prefs_xml")
def t_sharedprefs(pos):
    labels = []
    items = ['    <boolean name="onboarding_done" value="true" />', '    <long name="last_sync" value="%d" />' % (ts() * 1000),
             '    <string name="installation_id">%s</string>' % uuid4(), '    <string name="fcm_token">%s</string>' % push_token(),
             '    <int name="theme" value="%d" />' % R.randint(0, 2)]
    if pos:
        for t in pick_types(CONF_T, 1, 3):
            k, v, l = field(t)
            if R.random() < 0.3 and t not in ("url_credentials",):
                items.append('    <string name="%s" value="%s" />' % (k, v))
            else:
                items.append('    <string name="%s">%s</string>' % (k, v))
            labels.append(l)
    else:
        items.append('    <string name="auth_token">%s</string>' % pick(["", "null", "<redacted>", "YOUR_API_KEY"]).replace("<", "&lt;").replace(">", "&gt;"))
        items.append('    <string name="support_email">%s</string>' % role_email())
    R.shuffle(items)
    text = "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n%s\n</map>\n" % "\n".join(items)
    fn = pick(["io.kestrelworks.home_preferences.xml", "auth_prefs.xml", "com.sunmesa.meter.session.xml"])
    return pick(["text", "raw-result"]), "$ adb shell run-as io.kestrelworks.home cat shared_prefs/%s\n%s" % (fn, text), labels


@template("ios_plist_xml")
def t_plist(pos):
    labels = []
    entries = [("CFBundleIdentifier", "io.kestrelworks.home"), ("CFBundleShortVersionString", "4.%d.%d" % (R.randint(0, 20), R.randint(0, 9))),
               ("GCM_SENDER_ID", neg_digits(12, "7")), ("GOOGLE_APP_ID", firebase_app_id("ios")), ("DeviceToken", rs(64, HEX))]
    if pos:
        for t in pick_types(CONF_T, 1, 3):
            k, v, l = field(t, None if R.random() < 0.6 else None)
            k = "".join(p.capitalize() for p in k.lower().split("_"))
            l.keys = [k]
            entries.append((k, v))
            labels.append(l)
    else:
        entries.append(("API_KEY", pick(["YOUR_API_KEY", "$(MAPS_API_KEY)", ""])))
    R.shuffle(entries)
    body = "\n".join("\t<key>%s</key>\n\t<string>%s</string>" % (k, v) for k, v in entries)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n%s\n\t<key>IsSignedIn</key>\n\t<true/>\n</dict>\n</plist>' % body)
    return pick(["text", "raw-result"]), text if True else None, labels


@template("ios_plist_oldstyle")
def t_plist_old(pos):
    labels = []
    entries = ['    BuildNumber = %d;' % R.randint(100, 9999), '    LastSyncLSN = "%X/%X";' % (R.randint(0, 9), R.getrandbits(28)),
               '    HomeID = "%s";' % uuid4(), '    Accent = "#%s";' % rs(6, "0123456789ABCDEF")]
    if pos:
        for t in pick_types(["email", "phone_number", "generic_secret", "jwt", "google_api_key", "github_token", "slack_token"], 1, 3):
            k, v, l = field(t)
            k = "".join(p.capitalize() for p in k.lower().split("_"))
            l.keys = [k]
            entries.append('    %s = "%s";' % (k, v))
            labels.append(l)
    else:
        entries.append('    ContactEmail = "%s";' % role_email())
        entries.append('    Token = "%s";' % neg_token())
    R.shuffle(entries)
    return "text", "$ defaults read io.kestrelworks.home\n{\n%s\n}" % "\n".join(entries), labels


@template("google_services_config")
def t_gsvc(pos):
    labels = []
    pn = neg_digits(12, "5")
    key = google_key() if pos else pick(["YOUR_API_KEY", "AIza" + "*" * 8, "<redacted>"])
    doc = {"project_info": {"project_number": pn, "project_id": "kestrel-home-%s" % rs(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                            "storage_bucket": "kestrel-home.appspot.com"},
           "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (pn, rs(16, HEX)),
                                       "android_client_info": {"package_name": "io.kestrelworks.home"}},
                       "oauth_client": [{"client_id": "%s-%s.apps.googleusercontent.com" % (pn, rs(32, "abcdefghijklmnopqrstuvwxyz0123456789")), "client_type": 3}],
                       "api_key": [{"current_key": key}]}], "configuration_version": "1"}
    if pos:
        labels.append(L("google_api_key", key, ["current_key"]))
        if R.random() < 0.3:
            k2 = google_key()
            doc["client"][0]["services"] = {"maps": {"api_key": k2}}
            labels.append(L("google_api_key", k2, ["api_key"]))
    if R.random() < 0.5:
        return "raw-result", raw(json.dumps(doc, indent=2)), labels
    return "structured", doc, labels


@template("push_payload")
def t_push(pos):
    labels = []
    dl = "kestrel://device/%s" % uuid4()
    if pos:
        k = R.randint(0, 3)
        if k == 0:
            v = rs(32, AL)
            dl = "kestrel://auth/magic?token=%s&uid=%d" % (v, R.randint(100, 99999))
            labels.append(L("generic_secret", v, ["token"], ["token=" + v]))
        elif k == 1:
            j = jwt()
            dl = "https://app.kestrelworks.io/invite?jwt=%s" % j
            labels.append(L("jwt", j))
        elif k == 2:
            e = gen_email()
            labels.append(L("email", e))
            dl = "kestrel://share/accept?from=%s" % e
        else:
            p, cc = gen_phone()
            p, cc = e164(p, cc)
            labels.append(L("phone_number", p, [], phone_acc(p, cc)))
            dl = "kestrel://call?number=" + p
    if R.random() < 0.5:
        doc = {"aps": {"alert": {"title": "Front door", "body": "Motion detected at %02d:%02d" % (R.randint(0, 23), R.randint(0, 59))},
                       "badge": R.randint(0, 9), "sound": "default", "mutable-content": 1},
               "deeplink": dl, "apns-device-token": rs(64, HEX), "apns-collapse-id": uuid4()}
    else:
        doc = {"message": {"token": push_token(), "data": {"deeplink": dl, "event": "motion", "camera_id": uuid4()},
                           "android": {"priority": "high", "ttl": "3600s"}},
               "name": "projects/kestrel-home/messages/%s" % neg_digits(16, "0")}
    return "structured", doc, labels


@template("analytics_events")
def t_analytics(pos):
    labels = []
    evs = []
    for _ in range(R.randint(2, 4)):
        params = {"screen": pick(["pairing", "dashboard", "paywall", "settings"]), "engagement_time_msec": R.randint(10, 90000),
                  "firebase_screen_id": str(R.randint(-2 ** 62, 2 ** 62))}
        evs.append({"name": pick(["screen_view", "device_paired", "purchase_start", "login"]), "params": params,
                    "timestamp_micros": str(ts() * 1000000 + R.randint(0, 999999))})
    up = {"plan": pick(["free", "plus", "pro"]), "ab_group": pick(["a", "b"])}
    if pos:
        for t in pick_types(["email", "phone_number", "email", "jwt", "generic_secret"], 1, 2):
            k, v, l = field(t)
            if R.random() < 0.5:
                k = uniq(up, k, l)
                up[k] = {"value": v, "set_timestamp_micros": ts() * 1000000}
            else:
                ev = pick(evs)["params"]
                k = uniq(ev, k, l)
                ev[k] = v
            labels.append(l)
    else:
        up["email_sha256"] = hashlib.sha256(gen_email().encode()).hexdigest()
    doc = {"app_instance_id": sha(32), "firebase_app_id": firebase_app_id(), "user_pseudo_id": sha(32),
           "user_properties": up, "events": evs}
    return "structured", doc, labels


@template("deeplink_history")
def t_deeplinks(pos):
    labels = []
    links = ["kestrel://device/%s/settings" % uuid4(), "https://app.kestrelworks.io/r/%s?utm_source=push" % rs(8),
             "kestrel://oauth/callback?state=%s&code=%s" % (sha(16), neg_token().replace("&", ""))]
    if pos:
        k = R.randint(0, 3)
        if k == 0:
            j = jwt()
            links.append("kestrel://oauth/callback#access_token=%s&token_type=Bearer&expires_in=3600" % j)
            labels.append(L("jwt", j, [], ["access_token=" + j]))
        elif k == 1:
            v = aws_secret()
            enc = urllib.parse.quote(v, safe="")
            a = aws_akid()
            links.append("https://s3.kestrelworks.io/upload?AWSAccessKeyId=%s&AWSSecretKey=%s&bucket=crash" % (a, enc))
            labels += [L("aws_access_key_id", a, ["AWSAccessKeyId"]), L("aws_secret_access_key", enc, ["AWSSecretKey"])]
        elif k == 2:
            v = password()
            enc = urllib.parse.quote(v, safe="")
            links.append("kestrel://wifi/join?ssid=%s&password=%s&sec=WPA2" % (pick(["Casa-Zofia", "LabNet", "IoT_2G"]), enc))
            labels.append(L("generic_secret", enc, ["password"]))
        else:
            t = pick(["stripe_key", "openai_api_key", "slack_token"])
            v = typed(t)
            links.append("https://dev.kestrelworks.io/debug?api_key=%s&verbose=1" % v)
            labels.append(L(t, v, ["api_key"]))
    R.shuffle(links)
    text = "\n".join("%s  %s" % (iso(), l) for l in links)
    return "text", "Recent deep links (adb shell dumpsys activity intents):\n" + text, labels


@template("iap_receipt")
def t_iap(pos):
    labels = []
    req = {"receipt-data": b64blob(R.randint(60, 120)), "exclude-old-transactions": True}
    if pos:
        v = rs(32, HEX)
        req["password"] = v
        labels.append(L("generic_secret", v, ["password"]))
    else:
        req["password"] = pick(["<shared-secret>", "${APPSTORE_SHARED_SECRET}", "********"])
    resp = {"status": 0, "environment": pick(["Production", "Sandbox"]),
            "latest_receipt_info": [{"product_id": "io.kestrelworks.plus.monthly", "transaction_id": neg_digits(15, "2"),
                                     "original_transaction_id": neg_digits(15, "2"), "purchase_date_ms": str(ts() * 1000),
                                     "web_order_line_item_id": neg_digits(15, "2")}]}
    doc = {"request": req, "response": resp}
    if pos and R.random() < 0.4:
        e = gen_email()
        doc["app_account"] = {"email": e, "app_account_token": uuid4()}
        labels.append(L("email", e, ["email"]))
    return "structured", doc, labels


@template("sms_backup_xml")
def t_sms(pos):
    labels = []
    rows = []
    for _ in range(R.randint(2, 4)):
        if pos and R.random() < 0.6:
            p, cc = gen_phone()
            p, cc = e164(p, cc)
            labels.append(L("phone_number", p, ["address"], phone_acc(p, cc)))
        else:
            p = pick(["72975", "33733", "+1202555010%d" % R.randint(0, 9), "VERIFY", "KESTREL"])
        body = pick(["Your verification code is %s" % rs(6, string.digits), "Running late, 10 min", "Parcel %s out for delivery" % ("1Z" + rs(16, UP + string.digits))])
        if pos and R.random() < 0.3:
            e = gen_email()
            body = "mail me at %s pls" % e
            labels.append(L("email", e))
        elif pos and R.random() < 0.15:
            c = gen_card()
            body = "card is %s exp %02d/%d" % (c, R.randint(1, 12), R.randint(27, 31))
            labels.append(L("payment_card", c, [], [c.replace(" ", "").replace("-", "")] if c.replace(" ", "").replace("-", "") != c else []))
        rows.append('  <sms protocol="0" address="%s" date="%d" type="%d" body="%s" read="1" status="-1" locked="0" />' % (p, ts() * 1000, R.randint(1, 2), xml_esc(body)))
    text = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"%d\" backup_set=\"%s\">\n%s\n</smses>" % (len(rows), uuid4(), "\n".join(rows))
    return "raw-result", raw(text), labels


@template("call_log_csv")
def t_calllog(pos):
    labels = []
    rows = ['"number","name","date","duration","type","geocoded"']
    for _ in range(R.randint(3, 5)):
        if pos and R.random() < 0.6:
            p, cc = gen_phone()
            labels.append(L("phone_number", p, ["number"], phone_acc(p, cc)))
        else:
            p = fictional_phone()
        rows.append('"%s","%s %s","%d","%d","%s","%s"' % (p, pick(FIRST).capitalize(), pick(LAST).capitalize(), ts() * 1000,
                                                         R.randint(0, 3000), pick(["INCOMING", "OUTGOING", "MISSED"]), pick(["Berlin", "London", "Lyon", "Mumbai"])))
    if pos and R.random() < 0.3:
        s = gen_ssn()
        rows.append('"%s","voicemail note: SSN %s call back","%d","0","VOICEMAIL",""' % (fictional_phone(), s, ts() * 1000))
        labels.append(L("us_ssn", s))
    return "text", "\n".join(rows), labels


# ---- IoT -------------------------------------------------------------------
@template("mqtt_sub_dump")
def t_mqtt(pos):
    labels = []
    lines = []
    dev = "meter-%s" % rs(6, HEX)
    lines.append("home/%s/telemetry %s" % (dev, json.dumps({"v": round(R.uniform(220, 240), 1), "a": round(R.uniform(0, 16), 2), "ts": ts()})))
    lines.append("$SYS/broker/clients/connected %d" % R.randint(1, 400))
    lines.append("zigbee2mqtt/bridge/state {\"state\":\"online\"}")
    if pos:
        for _ in range(R.randint(1, 2)):
            k = R.randint(0, 3)
            if k == 0:
                v = generic_value("psk")
                lines.append("provision/%s/wifi %s" % (dev, json.dumps({"ssid": pick(["Orbit-IoT", "FarmNet"]), "psk": v, "retain": True})))
                labels.append(L("generic_secret", v, ["psk"]))
            elif k == 1:
                e = gen_email()
                p, cc = gen_phone()
                lines.append("crm/%s/owner %s" % (dev, json.dumps({"owner": e, "sms": p})))
                labels += [L("email", e), L("phone_number", p, [], phone_acc(p, cc))]
            elif k == 2:
                t = pick(["aws_access_key_id", "gitlab_token", "webhook_url", "jwt", "google_api_key"])
                k2, v, l = field(t)
                lines.append("provision/%s/cloud %s" % (dev, json.dumps({k2: v, "region": "eu-central-1"})))
                labels.append(l)
            else:
                url, l = url_cred("mqtts")
                lines.append("config/%s/bridge {\"upstream\":\"%s\"}" % (dev, url))
                labels.append(l)
    else:
        lines.append("provision/%s/wifi %s" % (dev, json.dumps({"ssid": "FarmNet", "psk": "********"})))
        lines.append("tele/%s/INFO1 %s" % (dev, json.dumps({"Module": "Generic", "Version": "13.%d.0" % R.randint(0, 4), "FallbackTopic": "cmnd/DVES_%s_fb/" % rs(6, "0123456789ABCDEF")})))
    R.shuffle(lines)
    text = "$ mosquitto_sub -h broker.local -t '#' -v\n" + "\n".join(lines)
    return pick(["text", "raw-result"]), text, labels


@template("home_assistant_yaml")
def t_hass(pos):
    labels = []
    parts = ["homeassistant:\n  name: Home\n  latitude: %.4f\n  longitude: %.4f\n  unit_system: metric\n  time_zone: Europe/Amsterdam" % (R.uniform(40, 60), R.uniform(-5, 20)),
             "http:\n  use_x_forwarded_for: true\n  trusted_proxies:\n    - %s" % ip()]
    if pos:
        t = R.randint(0, 3)
        if t == 0:
            v = password()
            parts.append("mqtt:\n  broker: %s\n  port: 1883\n  username: ha\n  password: %s" % (ip(), v))
            labels.append(L("generic_secret", v, ["password"]))
        elif t == 1:
            v = google_key() if R.random() < 0.5 else openai_key()
            ty = "google_api_key" if v.startswith("AIza") else "openai_api_key"
            parts.append("%s:\n  api_key: %s" % ("google_travel_time" if ty == "google_api_key" else "openai_conversation", v))
            labels.append(L(ty, v, ["api_key"]))
        elif t == 2:
            w = webhook()
            parts.append("notify:\n  - platform: rest\n    name: family\n    resource: %s" % w)
            labels.append(L("webhook_url", w))
        else:
            e = gen_email()
            v = password()
            parts.append("notify:\n  - name: mail\n    platform: smtp\n    server: smtp.fastmail.com\n    port: 587\n    sender: %s\n    username: %s\n    password: %s\n    recipient:\n      - %s" % (e, e, v, e))
            labels += [L("email", e), L("generic_secret", v, ["password"])]
        if R.random() < 0.3:
            url, l = url_cred("rtsp")
            parts.append("camera:\n  - platform: generic\n    stream_source: %s" % url)
            labels.append(l)
    else:
        parts.append("mqtt:\n  broker: %s\n  username: !secret mqtt_user\n  password: !secret mqtt_password" % ip())
        parts.append("camera:\n  - platform: generic\n    stream_source: rtsp://%s:554/stream1" % ip())
    return "text", "# configuration.yaml\n" + "\n\n".join(parts), labels


@template("home_assistant_states")
def t_hass_states(pos):
    labels = []
    st = [{"entity_id": "sensor.living_room_temperature", "state": "%.1f" % R.uniform(17, 24), "attributes": {"unit_of_measurement": "°C", "device_class": "temperature"},
           "last_changed": iso(), "context": {"id": rs(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), "parent_id": None, "user_id": None}},
          {"entity_id": "device_tracker.pixel_8", "state": "home", "attributes": {"source_type": "router", "ip": ip(), "mac": mac(), "host_name": "pixel-8"}}]
    if pos:
        f, l = person()
        e = gen_email()
        st.append({"entity_id": "person.%s" % f, "state": "not_home", "attributes": {"friendly_name": f.capitalize(), "user_id": sha(32), "email": e}})
        labels.append(L("email", e, ["email"]))
        if R.random() < 0.5:
            j = jwt()
            st.append({"entity_id": "sensor.octopus_session", "state": "ok", "attributes": {"refresh_token": j}})
            labels.append(L("jwt", j, ["refresh_token"]))
        if R.random() < 0.4:
            ib = gen_iban()
            st.append({"entity_id": "sensor.energy_supplier_account", "state": "active", "attributes": {"direct_debit_iban": ib, "tariff": "agile"}})
            labels.append(L("iban", ib, ["direct_debit_iban"]))
    else:
        st.append({"entity_id": "person.guest", "state": "unknown", "attributes": {"friendly_name": "Guest", "user_id": sha(32), "entity_picture": "/api/image/serve/%s/512x512" % sha(32)}})
    return "structured", {"states": st}, labels


@template("node_red_flows")
def t_nodered(pos):
    labels = []
    nodes = [{"id": rs(16, HEX), "type": "tab", "label": "Greenhouse"},
             {"id": rs(16, HEX), "type": "mqtt in", "topic": "greenhouse/+/soil", "qos": "1", "broker": rs(16, HEX), "x": R.randint(100, 600), "y": R.randint(40, 400)},
             {"id": rs(16, HEX), "type": "function", "name": "to kPa", "func": "msg.payload = msg.payload.raw * 0.%d;\nreturn msg;" % R.randint(1, 99)}]
    creds = {}
    if pos:
        for t in pick_types(["generic_secret", "url_credentials", "webhook_url", "slack_token", "openai_api_key", "jwt", "anthropic_api_key", "private_key", "stripe_key"], 1, 3):
            if t == "url_credentials":
                url, l = url_cred("https")
                nodes.append({"id": rs(16, HEX), "type": "http request", "method": "POST", "url": url})
            elif t == "webhook_url":
                w = webhook()
                nodes.append({"id": rs(16, HEX), "type": "http request", "method": "POST", "url": w})
                l = L(t, w)
            else:
                k, v, l = field(t, pick(["password", "token", "apiKey"]) if t == "generic_secret" else None)
                creds[rs(16, HEX)] = {k: v}
            labels.append(l)
    else:
        creds[rs(16, HEX)] = {"user": "nodered", "password": pick(["__PWRD__", "", "***"])}
    doc = {"flows": nodes, "credentials": creds, "rev": sha(32)}
    if R.random() < 0.5:
        return "raw-result", raw(json.dumps(doc)), labels
    return "structured", doc, labels


@template("zigbee2mqtt_config")
def t_z2m(pos):
    labels = []
    mqtt = "mqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://%s:1883" % ip()
    fe = "frontend:\n  port: 8080"
    if pos:
        k = R.randint(0, 2)
        if k in (0, 2):
            v = password()
            mqtt += "\n  user: z2m\n  password: '%s'" % v
            labels.append(L("generic_secret", v, ["password"], ["password: '%s'" % v]))
        if k in (1, 2):
            v = rs(32, AL)
            fe += "\n  auth_token: %s" % v
            labels.append(L("generic_secret", v, ["auth_token"]))
    else:
        mqtt += "\n  user: '!secret user'\n  password: '!secret password'"
    adv = "advanced:\n  pan_id: %d\n  ext_pan_id: [%s]\n  network_key: GENERATE\n  channel: %d\n  log_level: info" % (
        R.randint(1000, 65000), ", ".join(str(R.randint(0, 255)) for _ in range(8)), pick([11, 15, 20, 25]))
    devs = "devices:\n  '0x%016x':\n    friendly_name: %s\n  '0x%016x':\n    friendly_name: %s" % (R.getrandbits(64), pick(["hall_motion", "kitchen_plug"]), R.getrandbits(64), "door_contact")
    return "text", "\n".join([mqtt, fe, adv, devs]), labels


@template("iot_hub_provisioning")
def t_iothub(pos):
    labels = []
    dev = "%s-%s" % (pick(["pump", "meter", "gate", "hvac"]), rs(6, HEX))
    lines = ["Provisioning summary for %s" % dev, "  idScope: 0ne00%s" % rs(6, "0123456789ABCDEF"),
             "  registrationId: %s" % dev, "  status: assigned", "  assignedHub: %s.azure-devices.net" % pick(["kw-prod-weu", "sunmesa-iot"]),
             "  x509 thumbprint: %s" % sha(40).upper()]
    if pos:
        key = generic_value("sas")
        cs = "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s" % (pick(["kw-prod-weu", "sunmesa-iot"]), dev, key)
        lines.append("  connectionString: %s" % cs)
        labels.append(L("generic_secret", key, ["SharedAccessKey"], [cs]))
        if R.random() < 0.4:
            k2 = generic_value("sas")
            lines.append("  enrollmentGroup.primaryKey=%s" % k2)
            labels.append(L("generic_secret", k2, ["enrollmentGroup.primaryKey", "primaryKey"]))
    else:
        lines.append("  connectionString: HostName=kw-prod-weu.azure-devices.net;DeviceId=%s;SharedAccessKey=<device-key>" % dev)
        lines.append("  attestation: x509 (no symmetric key)")
    return pick(["text", "raw-result"]), "\n".join(lines), labels


@template("serial_boot_log")
def t_boot(pos):
    labels = []
    lines = ["U-Boot 2023.%02d (Mar %02d 2026 - 10:%02d:11 +0000)" % (R.randint(1, 10), R.randint(1, 28), R.randint(0, 59)),
             "DRAM:  %d MiB" % pick([256, 512, 1024]), "MMC:   mmc@fe2b0000: 0", "Net:   eth0: ethernet@fe010000",
             "[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x410fd034]",
             "[    %d.%06d] wlan0: Adding %s" % (R.randint(2, 9), R.randint(0, 999999), mac().lower()),
             "[    %d.%06d] random: crng init done" % (R.randint(3, 9), R.randint(0, 999999))]
    if pos:
        k = R.randint(0, 3)
        if k == 0:
            v = generic_value("psk")
            lines.append("wpa_supplicant[%d]: DEBUG ssid='%s' psk='%s' key_mgmt=WPA-PSK" % (R.randint(200, 900), pick(["FarmNet", "Kestrel-Lab"]), v))
            labels.append(L("generic_secret", v, ["psk"], ["psk='%s'" % v]))
        elif k == 1:
            url, l = url_cred(pick(["mqtt", "https", "ftp"]))
            lines.append("ota-agent: fetching manifest from %s" % url)
            labels.append(l)
        elif k == 2:
            pk = private_key()
            lines.append("provision: writing device identity:")
            lines.append(pk)
            labels.append(L("private_key", pk))
        else:
            t = pick(["aws_access_key_id", "gitlab_token", "github_token"])
            v = typed(t)
            lines.append("cloud-agent: using credential %s for upload" % v)
            labels.append(L(t, v))
    else:
        lines.append("cloud-agent: device certificate fingerprint SHA256:%s" % b64blob(32).rstrip("="))
        lines.append("-----BEGIN CERTIFICATE-----\nMIIB%s\n-----END CERTIFICATE-----" % rs(60, B64))
    return "text", "\n".join(lines), labels


@template("uboot_env")
def t_uboot(pos):
    labels = []
    env = [("arch", "arm"), ("baudrate", "115200"), ("bootcmd", "run distro_bootcmd"),
           ("bootargs", "console=ttyS2,1500000 root=/dev/mmcblk0p%d rootwait" % R.randint(2, 4)), ("ethaddr", mac().lower()),
           ("serial#", rs(16, HEX)), ("fdtfile", "rockchip/rk3568-evb.dtb")]
    if pos:
        for t in pick_types(["generic_secret", "url_credentials", "aws_access_key_id", "aws_secret_access_key", "github_token", "openai_api_key"], 1, 2):
            if t == "url_credentials":
                url, l = url_cred(pick(["https", "ftp"]))
                env.append(("ota_url", url))
            else:
                k, v, l = field(t, {"generic_secret": pick(["wifi_psk", "factory_password", "device_secret"])}.get(t))
                env.append((k, v))
                l.keys = [k]
            labels.append(l)
    else:
        env.append(("wifi_psk", ""))
        env.append(("ota_url", "https://ota.kestrelworks.io/stable"))
    R.shuffle(env)
    text = "=> printenv\n" + "\n".join("%s=%s" % kv for kv in env) + "\n\nEnvironment size: %d/65532 bytes" % R.randint(800, 4000)
    return "text", text, labels


@template("router_config_export")
def t_router(pos):
    labels = []
    cfg = ["config system\n\toption hostname 'gw-%s'\n\toption timezone 'CET-1CEST,M3.5.0,M10.5.0/3'" % rs(4, HEX),
           "config interface 'lan'\n\toption proto 'static'\n\toption ipaddr '%s'\n\toption netmask '255.255.255.0'" % ip()]
    if pos:
        v = generic_value("psk")
        cfg.append("config wifi-iface 'default_radio0'\n\toption ssid '%s'\n\toption encryption 'psk2'\n\toption key '%s'" % (pick(["Casa-Zofia", "Halvorsen5G"]), v))
        labels.append(L("generic_secret", v, ["key"], ["option key '%s'" % v]))
        if R.random() < 0.5:
            u = pick(["fritz", "h%s" % rs(6, string.digits)])
            pw = password(url_safe=True)
            cfg.append("config interface 'wan'\n\toption proto 'pppoe'\n\toption username 'pppoe-%s'\n\toption password '%s'" % (u, pw))
            labels.append(L("generic_secret", pw, ["password"], ["option password '%s'" % pw]))
        if R.random() < 0.3:
            w = webhook()
            cfg.append("config notify\n\toption url '%s'" % w)
            labels.append(L("webhook_url", w))
    else:
        cfg.append("config wifi-iface 'default_radio0'\n\toption ssid 'OpenWrt'\n\toption encryption 'sae'\n\toption key '********'")
        cfg.append("config dropbear\n\toption PasswordAuth 'off'\n\toption RootPasswordAuth 'off'")
        cfg.append("config authorized_key\n\toption key 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s admin@laptop'" % rs(43, B64))
    return "text", "# uci export\n" + "\n\n".join(cfg), labels


@template("ble_gatt_dump")
def t_ble(pos):
    labels = []
    lines = ["[%s][LE]> connect" % mac(), "Attempting to connect to %s\nConnection successful" % mac(),
             "handle: 0x0001, char properties: 0x02, char value handle: 0x0003, uuid: 00002a00-0000-1000-8000-00805f9b34fb",
             "handle: 0x0010, char properties: 0x1a, char value handle: 0x0011, uuid: %s" % uuid4()]
    name = "KW-Sensor-%s" % rs(4, "0123456789ABCDEF")
    lines.append("Characteristic value/descriptor: %s  (\"%s\")" % (" ".join("%02x" % ord(c) for c in name), name))
    if pos:
        k = R.randint(0, 1)
        v = generic_value("psk") if k == 0 else gen_email()
        hx = " ".join("%02x" % ord(c) for c in v)
        lines.append("char-read-hnd 0x0021 (%s)" % ("wifi_psk" if k == 0 else "owner_email"))
        lines.append("Characteristic value/descriptor: %s  (\"%s\")" % (hx, v))
        labels.append(L("generic_secret" if k == 0 else "email", v, []))
    else:
        lines.append("char-read-hnd 0x0021 (battery)\nCharacteristic value/descriptor: %02x" % R.randint(10, 100))
        lines.append("Notification handle = 0x0011 value: %s" % " ".join(rs(2, HEX) for _ in range(16)))
    return "text", "\n".join(lines), labels


@template("can_modbus_trace")
def t_can(pos):
    labels = []
    lines = []
    if pos:
        t = pick(["generic_secret", "jwt", "gitlab_token", "aws_access_key_id", "slack_token"])
        v = typed(t) if t != "generic_secret" else generic_value("hex32")
        key = pick(["upload_token", "gateway_secret", "api_key", "cloud_key"]) if t == "generic_secret" else pick(["upload_token", "credential", "key"])
        lines.append("# gateway=%s %s=%s" % (rs(8, HEX), key, v))
        labels.append(L(t, v, [key]))
    else:
        lines.append("# gateway=%s upload_token=%s" % (rs(8, HEX), pick(["<unset>", "***", "${UPLOAD_TOKEN}"])))
    for _ in range(R.randint(4, 8)):
        if R.random() < 0.6:
            lines.append("  (%d.%06d)  can0  %s   [8]  %s" % (ts(), R.randint(0, 999999), rs(8, "0123456789ABCDEF"), " ".join(rs(2, "0123456789ABCDEF") for _ in range(8))))
        else:
            lines.append("  modbus rtu slave=%d fc=03 addr=%d qty=%d -> %s crc=%s" % (R.randint(1, 30), R.randint(0, 40000), R.randint(1, 10), " ".join(rs(4, "0123456789ABCDEF") for _ in range(3)), rs(4, "0123456789ABCDEF")))
    return "text", "\n".join(lines), labels


@template("smart_meter_customer")
def t_meter(pos):
    labels = []
    cust = {"account_no": "SM-" + neg_digits(8), "name": "%s %s" % tuple(x.capitalize() for x in person()),
            "address": "%d %s Road, %s" % (R.randint(1, 200), pick(["Mill", "Station", "Harbour"]), pick(["Leeds", "Cork", "Utrecht"])),
            "mpan": neg_digits(13, "1"), "meter_serial": rs(2, UP) + neg_digits(8)}
    if pos:
        for t in pick_types(["email", "phone_number", "iban", "payment_card", "email"], 1, 3):
            k, v, l = field(t)
            k = uniq(cust, k, l)
            cust[k] = v
            labels.append(l)
    else:
        cust["iban"] = "GB** **** **** **** %s" % rs(4, string.digits)
        cust["email"] = role_email()
    reads = [{"ts": iso(), "kwh_import": round(R.uniform(0, 3), 3), "kwh_export": round(R.uniform(0, 1), 3), "voltage": round(R.uniform(228, 243), 1)} for _ in range(R.randint(2, 4))]
    doc = {"customer": cust, "readings": reads, "dcc_device_id": "-".join(rs(2, "0123456789ABCDEF") for _ in range(8))}
    if R.random() < 0.5:
        return "raw-result", raw(json.dumps(doc, ensure_ascii=False)), labels
    return "structured", doc, labels


@template("vehicle_telematics")
def t_vehicle(pos):
    labels = []
    doc = {"vin": "WVW" + rs(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "odometer_km": R.randint(1000, 200000),
           "gps": {"lat": round(R.uniform(40, 60), 5), "lon": round(R.uniform(-5, 20), 5), "hdop": round(R.uniform(0.5, 3), 1)},
           "obd": {"rpm": R.randint(700, 4000), "coolant_c": R.randint(60, 100), "dtc": pick([[], ["P0420"], ["P0171", "U0100"]])},
           "modem": {"imei": imei(), "iccid": "8944" + neg_digits(15), "apn": "iot.1nce.net"}}
    if pos:
        drv = {"id": R.randint(100, 9999)}
        for t in pick_types(["email", "phone_number", "jwt", "generic_secret", "google_api_key"], 1, 3):
            k, v, l = field(t)
            k = uniq(drv, k, l)
            drv[k] = v
            labels.append(l)
        doc["driver"] = drv
    else:
        doc["driver"] = {"id": R.randint(100, 9999), "phone": fictional_phone(), "token": neg_token()}
    return "structured", doc, labels


# ---- database internals ----------------------------------------------------
def copy_esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


@template("pg_dump_copy")
def t_pgcopy(pos):
    labels = []
    cols = ["id", "email", "phone", "api_token", "notes", "avatar", "created_at"]
    rows = []
    for i in range(R.randint(2, 5)):
        e = p = tok = r"\N"
        if pos and R.random() < 0.6:
            e = gen_email()
            labels.append(L("email", e))
        else:
            e = role_email() if R.random() < 0.5 else r"\N"
        if pos and R.random() < 0.4:
            p, cc = gen_phone()
            labels.append(L("phone_number", p, [], phone_acc(p, cc)))
        if pos and R.random() < 0.4:
            t = pick(["github_token", "stripe_key", "slack_token", "generic_secret", "openai_api_key"])
            tok = typed(t)
            labels.append(L(t, tok))
        notes = copy_esc(pick(["prefers\tSMS", "line1\nline2", "C:\\temp\\export", "ok"]))
        rows.append("\t".join([str(R.randint(1, 99999)), e, p, tok, notes, "\\\\x" + rs(2 * R.randint(8, 20), HEX), "2026-0%d-1%d 10:00:00+00" % (R.randint(1, 9), R.randint(0, 9))]))
    if not pos:
        rows.append("\t".join([str(R.randint(1, 99999)), r"\N", r"\N", "ghp_************", "masked", "\\\\x" + sha(64), r"\N"]))
    if pos and not labels:
        e = gen_email()
        rows.append("\t".join([str(R.randint(1, 99999)), e, r"\N", r"\N", "ok", r"\N", r"\N"]))
        labels.append(L("email", e))
    text = "--\n-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: app\n--\n\nCOPY public.accounts (%s) FROM stdin;\n%s\n\\.\n" % (", ".join(cols), "\n".join(rows))
    text += "\nSELECT pg_catalog.setval('public.accounts_id_seq', %d, true);\n" % R.randint(100, 99999)
    return "text", text, labels


def sql_esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


@template("mysqldump_insert")
def t_mysqldump(pos):
    labels = []
    vals = []
    for _ in range(R.randint(2, 4)):
        nm = "%s O'%s" % (pick(FIRST).capitalize(), pick(LAST).capitalize())
        e = role_email()
        extra = "NULL"
        if pos and R.random() < 0.7:
            t = pick(["email", "us_ssn", "payment_card", "iban", "phone_number", "email"])
            k, v, l = field(t)
            labels.append(l)
            if t == "email":
                e = v
            else:
                extra = "'%s'" % v
        meta = sql_esc(json.dumps({"source": "app", "ref": rs(10)}))
        vals.append("(%d,'%s','%s',%s,'%s',0x%s,'2026-0%d-0%d 12:00:00')" % (R.randint(1, 9999), sql_esc(nm), e, extra, meta, sha(40), R.randint(1, 9), R.randint(1, 9)))
    if pos and R.random() < 0.4:
        t = pick(["generic_secret", "aws_secret_access_key", "jwt", "google_api_key"])
        v = typed(t)
        meta = sql_esc(json.dumps({"integration": "s3", "secret": v}))
        vals.append("(%d,'svc','%s',NULL,'%s',NULL,'2026-01-01 00:00:00')" % (R.randint(1, 9999), role_email(), meta))
        labels.append(L(t, v, ["secret"]))
    if pos and not labels:
        e = gen_email()
        vals.append("(%d,'x','%s',NULL,'{}',NULL,'2026-01-01 00:00:00')" % (R.randint(1, 9999), e))
        labels.append(L("email", e))
    text = ("-- MySQL dump 10.13  Distrib 8.0.%d\n--\n-- Table structure for table `customers`\n--\nLOCK TABLES `customers` WRITE;\n"
            "/*!40000 ALTER TABLE `customers` DISABLE KEYS */;\nINSERT INTO `customers` VALUES %s;\n/*!40000 ALTER TABLE `customers` ENABLE KEYS */;\nUNLOCK TABLES;"
            % (R.randint(30, 40), ",".join(vals)))
    return "text", text, labels


@template("sqlite_dump")
def t_sqlite(pos):
    labels = []
    ins = ["INSERT INTO settings VALUES('theme','dark');", "INSERT INTO settings VALUES('device_uuid','%s');" % uuid4(),
           "INSERT INTO blobs VALUES(%d,X'%s');" % (R.randint(1, 99), rs(48, "0123456789ABCDEF"))]
    if pos:
        for t in pick_types(CONF_T + ["private_key"], 1, 3):
            k, v, l = field(t)
            ins.append("INSERT INTO settings VALUES('%s','%s');" % (k, v.replace("'", "''")))
            if t == "private_key":
                pass
            labels.append(l)
    else:
        ins.append("INSERT INTO settings VALUES('api_key','%s');" % neg_token().replace("'", "''"))
    R.shuffle(ins)
    text = "sqlite> .dump\nPRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE settings(k TEXT PRIMARY KEY, v TEXT);\nCREATE TABLE blobs(id INTEGER, data BLOB);\n%s\nCOMMIT;" % "\n".join(ins)
    return pick(["text", "raw-result"]), text, labels


@template("redis_monitor")
def t_redis(pos):
    labels = []
    lines = ['%d.%06d [0 %s:%d] "PING"' % (ts(), R.randint(0, 999999), ip(), R.randint(30000, 65000)),
             '%d.%06d [0 %s:%d] "INCRBY" "meter:%s:kwh" "%d"' % (ts(), R.randint(0, 999999), ip(), R.randint(30000, 65000), rs(6, HEX), R.randint(1, 99))]
    if pos:
        for _ in range(R.randint(1, 2)):
            k = R.randint(0, 2)
            if k == 0:
                e = gen_email()
                j = jwt()
                sess = json.dumps({"email": e, "token": j}).replace('"', '\\"')
                lines.append('%d.%06d [0 %s:%d] "SET" "sess:%s" "%s" "EX" "3600"' % (ts(), R.randint(0, 999999), ip(), R.randint(30000, 65000), sha(32), sess))
                labels += [L("email", e), L("jwt", j)]
            elif k == 1:
                t = pick(["generic_secret", "stripe_key", "openai_api_key", "anthropic_api_key", "github_token"])
                v = typed(t)
                lines.append('%d.%06d [0 %s:%d] "HSET" "tenant:%d" "%s" "%s"' % (ts(), R.randint(0, 999999), ip(), R.randint(30000, 65000), R.randint(1, 999), pick(FIELD[t]), v))
                labels.append(L(t, v))
            else:
                p, cc = e164(*gen_phone())
                lines.append('%d.%06d [0 %s:%d] "HGETALL" "otp:%s"' % (ts(), R.randint(0, 999999), ip(), R.randint(30000, 65000), p))
                labels.append(L("phone_number", p, [], phone_acc(p, cc)))
    else:
        lines.append('%d.%06d [0 %s:%d] "AUTH" "(redacted)"' % (ts(), R.randint(0, 999999), ip(), R.randint(30000, 65000)))
        lines.append('%d.%06d [0 %s:%d] "SET" "cache:img:%s" "%s"' % (ts(), R.randint(0, 999999), ip(), R.randint(30000, 65000), sha(16), b64blob(36)))
    R.shuffle(lines)
    return "text", "$ redis-cli MONITOR\nOK\n" + "\n".join(lines), labels


@template("redis_hgetall")
def t_hgetall(pos):
    labels = []
    pairs = [("device_id", uuid4()), ("fw", "2.%d.%d" % (R.randint(0, 9), R.randint(0, 30))), ("last_seen", str(ts())), ("rssi", str(-R.randint(40, 90)))]
    if pos:
        for t in pick_types(["generic_secret", "email", "phone_number", "jwt", "aws_secret_access_key", "gitlab_token", "private_key", "stripe_key"], 1, 3):
            k, v, l = field(t)
            pairs.append((k, v))
            labels.append(l)
    else:
        pairs.append(("owner", role_email()))
        pairs.append(("pw_hash", "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64blob(16).rstrip("="), b64blob(32).rstrip("="))))
    out = []
    i = 1
    for k, v in pairs:
        out.append('%d) "%s"' % (i, k))
        out.append('%d) "%s"' % (i + 1, v.replace("\n", "\\n")))
        i += 2
    for l in labels:
        if l.t == "private_key":
            l.value = l.value.replace("\n", "\\n")
    return "raw-result", raw("127.0.0.1:6379> HGETALL device:%s\n%s" % (rs(8, HEX), "\n".join(out))), labels


@template("mongoexport_ejson")
def t_mongo(pos):
    labels = []
    lines = []
    for _ in range(R.randint(2, 4)):
        d = {"_id": {"$oid": objid()}, "createdAt": {"$date": iso()}, "avatarHash": {"$binary": {"base64": b64blob(20), "subType": "00"}},
             "deviceCount": {"$numberInt": str(R.randint(0, 9))}}
        if pos and R.random() < 0.7:
            for t in pick_types(["email", "phone_number", "iban", "generic_secret", "jwt", "webhook_url", "us_ssn", "private_key", "stripe_key", "openai_api_key"], 1, 2):
                k, v, l = field(t)
                k = uniq(d, k, l)
                d[k] = v
                labels.append(l)
        else:
            d["contact"] = role_email()
        lines.append(json.dumps(d, separators=(",", ":")))
    if pos and not labels:
        e = gen_email()
        lines.append(json.dumps({"_id": {"$oid": objid()}, "email": e}, separators=(",", ":")))
        labels.append(L("email", e))
    return "text", "\n".join(lines), labels


@template("cqlsh_table")
def t_cql(pos):
    labels = []
    hdr = " device_id                            | owner_email                  | fw_version | api_secret"
    rows = []
    for _ in range(R.randint(2, 4)):
        e = "null"
        s = "null"
        if pos and R.random() < 0.6:
            e = gen_email()
            labels.append(L("email", e))
        if pos and R.random() < 0.5:
            s = generic_value(pick(["hex32", "mix", "pass"]))
            labels.append(L("generic_secret", s, ["api_secret"]))
        rows.append(" %s | %-28s | %10s | %s" % (uuid4(), e, "3.%d.%d" % (R.randint(0, 9), R.randint(0, 9)), s))
    if pos and not labels:
        e = gen_email()
        rows.append(" %s | %-28s | %10s | null" % (uuid4(), e, "3.1.0"))
        labels.append(L("email", e))
    text = "cqlsh:fleet> SELECT device_id, owner_email, fw_version, api_secret FROM devices LIMIT 5;\n\n%s\n%s\n%s\n\n(%d rows)" % (hdr, "-" * 100, "\n".join(rows), len(rows))
    return "text", text, labels


@template("elasticsearch_hits")
def t_es(pos):
    labels = []
    hits = []
    for _ in range(R.randint(1, 3)):
        src = {"@timestamp": iso(), "event.dataset": "mobile.api", "http.request.id": uuid4(), "user_agent": "KestrelHome/4.2 (iPhone; iOS 17.4)",
               "client.ip": ip()}
        if pos and R.random() < 0.7:
            for t in pick_types(ONE_LINE_T, 1, 2):
                k, v, l = field(t)
                k = uniq(src, "labels." + k, l)
                src[k] = v
                labels.append(l)
        else:
            src["user.email_hash"] = hashlib.sha1(gen_email().encode()).hexdigest()
        hits.append({"_index": ".ds-logs-mobile-2026.%02d.%02d-000001" % (R.randint(1, 12), R.randint(1, 28)), "_id": rs(20, AL + "-_"), "_score": round(R.random() * 5, 3), "_source": src})
    if pos and not labels:
        e = gen_email()
        hits[0]["_source"]["user.email"] = e
        labels.append(L("email", e, ["user.email"]))
    doc = {"took": R.randint(1, 90), "timed_out": False, "hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits}}
    return "structured", doc, labels


@template("dynamodb_items")
def t_dynamo(pos):
    labels = []
    items = []
    for _ in range(R.randint(1, 3)):
        it = {"pk": {"S": "DEVICE#%s" % rs(10, HEX)}, "sk": {"S": "META#%d" % R.randint(1, 9)}, "battery": {"N": str(R.randint(0, 100))},
              "fwSig": {"B": b64blob(24)}, "tags": {"SS": ["outdoor", pick(["gate", "pump"])]}}
        if pos and R.random() < 0.7:
            for t in pick_types(["email", "phone_number", "generic_secret", "aws_secret_access_key", "aws_access_key_id", "url_credentials", "payment_card", "us_ssn", "iban", "stripe_key"], 1, 2):
                k, v, l = field(t)
                k = uniq(it, k, l)
                it[k] = {"S": v}
                labels.append(l)
        else:
            it["owner"] = {"S": role_email()}
        items.append(it)
    if pos and not labels:
        e = gen_email()
        items[0]["ownerEmail"] = {"S": e}
        labels.append(L("email", e))
    doc = {"Items": items, "Count": len(items), "ScannedCount": len(items) + R.randint(0, 20), "ConsumedCapacity": {"TableName": "fleet", "CapacityUnits": 0.5}}
    if R.random() < 0.4:
        return "raw-result", raw(json.dumps(doc)), labels
    return "structured", doc, labels


@template("warehouse_resultset")
def t_wh(pos):
    labels = []
    cols = ["customer_id", "email", "card_fingerprint", "ssn", "iban", "lifetime_value"]
    rows = []
    for _ in range(R.randint(2, 5)):
        row = [str(R.randint(10 ** 5, 10 ** 6)), None, sha(32), None, None, "%.2f" % R.uniform(0, 9000)]
        if pos and R.random() < 0.6:
            row[1] = gen_email()
            labels.append(L("email", row[1]))
        if pos and R.random() < 0.35:
            row[3] = gen_ssn()
            labels.append(L("us_ssn", row[3]))
        if pos and R.random() < 0.35:
            row[4] = gen_iban()
            labels.append(L("iban", row[4]))
        if not pos and R.random() < 0.5:
            row[3] = "***-**-" + rs(4, string.digits)
        rows.append(row)
    if pos and not labels:
        rows[0][1] = gen_email()
        labels.append(L("email", rows[0][1]))
    if R.random() < 0.5:
        doc = {"kind": "bigquery#queryResponse", "jobReference": {"projectId": "kw-analytics", "jobId": "job_" + rs(28, AL + "_-"), "location": "EU"},
               "schema": {"fields": [{"name": c, "type": "STRING"} for c in cols]},
               "rows": [{"f": [{"v": v} for v in r]} for r in rows], "totalRows": str(len(rows)), "jobComplete": True}
    else:
        doc = {"resultSetMetaData": {"numRows": len(rows), "format": "jsonv2", "rowType": [{"name": c.upper(), "type": "text"} for c in cols]},
               "data": rows, "code": "090001", "statementHandle": uuid4(), "statementStatusUrl": "/api/v2/statements/%s" % uuid4()}
    return "structured", doc, labels


@template("orm_debug_log")
def t_orm(pos):
    labels = []
    lines = ["%s INFO sqlalchemy.engine.Engine BEGIN (implicit)" % iso(),
             "%s INFO sqlalchemy.engine.Engine SELECT devices.id FROM devices WHERE devices.mac = %%(mac_1)s" % iso(),
             "%s INFO sqlalchemy.engine.Engine [cached since %.4fs ago] {'mac_1': '%s'}" % (iso(), R.uniform(0, 900), mac())]
    if pos:
        k = R.randint(0, 3)
        e = gen_email()
        if k == 0:
            v = password()
            lines.append("%s INFO sqlalchemy.engine.Engine [generated in 0.00%ds] ('%s', '%s', %d)" % (iso(), R.randint(1, 9), e, v, R.randint(1, 99)))
            lines.insert(3, "%s INFO sqlalchemy.engine.Engine INSERT INTO users (email, wifi_password, home_id) VALUES (%%s, %%s, %%s)" % iso())
            labels += [L("email", e), L("generic_secret", v)]
        elif k == 1:
            t = pick(["github_token", "gitlab_token", "slack_token", "stripe_key", "jwt"])
            v = typed(t)
            lines.append('  User Load (0.%dms)  SELECT "users".* FROM "users" WHERE "users"."email" = $1 AND "users"."api_token" = $2 LIMIT $3  [["email", "%s"], ["api_token", "%s"], ["LIMIT", 1]]' % (R.randint(1, 9), e, v))
            labels += [L("email", e), L(t, v, ["api_token"])]
        elif k == 2:
            t = pick(["aws_secret_access_key", "generic_secret", "openai_api_key"])
            v = typed(t)
            lines.append("DEBUG repo: saved &models.Integration{ID:%d, Owner:\"%s\", Provider:\"s3\", Secret:\"%s\", CreatedAt:time.Date(2026, time.March, 3, 10, 0, 0, 0, time.UTC)}" % (R.randint(1, 99), e, v))
            labels += [L("email", e), L(t, v, ["Secret"])]
        else:
            c = gen_card()
            s = gen_ssn()
            lines.append("Hibernate: insert into payment_profile (holder_email, pan, ssn, id) values (?, ?, ?, ?)")
            lines.append("TRACE o.h.t.d.sql.BasicBinder - binding parameter [1] as [VARCHAR] - [%s]\nTRACE o.h.t.d.sql.BasicBinder - binding parameter [2] as [VARCHAR] - [%s]\nTRACE o.h.t.d.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [%s]" % (e, c, s))
            labels += [L("email", e), L("payment_card", c, [], [c.replace(" ", "").replace("-", "")] if c.replace(" ", "").replace("-", "") != c else []), L("us_ssn", s)]
    else:
        lines.append("%s INFO sqlalchemy.engine.Engine [generated in 0.0003s] ('%s', '[FILTERED]', 7)" % (iso(), role_email()))
        lines.append("DEBUG repo: saved &models.Integration{ID:4, Owner:\"%s\", Secret:\"<redacted>\"}" % role_email())
    return pick(["text", "raw-result"]), "\n".join(lines), labels


@template("python_repr_locals")
def t_repr(pos):
    labels = []
    loc = ["    self = <MeterClient host='%s' port=%d>" % (ip(), R.randint(1000, 9999)), "    attempt = %d" % R.randint(1, 5),
           "    payload = b'\\x%s\\x%s'" % (rs(2, HEX), rs(2, HEX))]
    if pos:
        for t in pick_types(ONE_LINE_T, 1, 3):
            k, v, l = field(t)
            style = R.randint(0, 2)
            if style == 0:
                loc.append("    %s = '%s'" % (k, v))
            elif style == 1:
                loc.append("    cfg = Config(%s='%s', timeout=30)" % (k, v))
            else:
                loc.append("    creds = #<struct Creds %s=\"%s\", region=\"eu\">" % (k, v))
            labels.append(l)
    else:
        loc.append("    password = '********'")
        loc.append("    token = %r" % neg_token())
    text = ("Traceback (most recent call last):\n  File \"/opt/meter/client.py\", line %d, in push\n    resp = self._post(url, json=payload)\n  Locals:\n%s\nConnectionResetError: [Errno 104] Connection reset by peer"
            % (R.randint(20, 400), "\n".join(loc)))
    return "text", text, labels


@template("mysql_slow_log")
def t_slow(pos):
    labels = []
    where = "device_id = '%s'" % uuid4()
    if pos:
        k = R.randint(0, 2)
        if k == 0:
            e = gen_email()
            where = "email = '%s'" % e
            labels.append(L("email", e))
        elif k == 1:
            v = rs(40, AL)
            where = "reset_token = '%s' AND expires_at > NOW()" % v
            labels.append(L("generic_secret", v, ["reset_token"], ["reset_token = '%s'" % v]))
        else:
            s = gen_ssn()
            where = "ssn = '%s'" % s
            labels.append(L("us_ssn", s))
    text = ("# Time: %s\n# User@Host: app[app] @  [%s]  Id: %d\n# Query_time: %.6f  Lock_time: 0.000%d Rows_sent: %d  Rows_examined: %d\nuse billing;\nSET timestamp=%d;\nSELECT * FROM customers WHERE %s;"
            % (iso(), ip(), R.randint(100, 99999), R.uniform(1, 30), R.randint(10, 99), R.randint(0, 10), R.randint(10 ** 4, 10 ** 7), ts(), where))
    return "text", text, labels


@template("mysqlbinlog_rows")
def t_binlog(pos):
    labels = []
    rows = ["###   @1=%d" % R.randint(1, 99999)]
    if pos:
        for t in pick_types(["email", "phone_number", "iban", "payment_card", "stripe_key", "us_ssn"], 1, 3):
            k, v, l = field(t)
            rows.append("###   @%d='%s' /* VARSTRING(1020) meta=1020 nullable=1 is_null=0 */" % (len(rows) + 1, v))
            labels.append(l)
    else:
        rows.append("###   @2='%s'" % role_email())
        rows.append("###   @3='%s'" % sha(64))
    pos0 = R.randint(1000, 10 ** 7)
    text = ("# at %d\n#260%d%02d 10:%02d:%02d server id 1  end_log_pos %d CRC32 0x%s \tWrite_rows: table id %d flags: STMT_END_F\n### INSERT INTO `billing`.`customers`\n### SET\n%s\n# at %d\nCOMMIT/*!*/;\nSET @@SESSION.GTID_NEXT= '%s:%d'/*!*/;"
            % (pos0, R.randint(1, 9), R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), pos0 + R.randint(100, 900), rs(8, HEX), R.randint(80, 400), "\n".join(rows), pos0 + 1000, uuid4(), R.randint(1, 99999)))
    return "text", text, labels


@template("wal_decoding")
def t_wal(pos):
    labels = []
    names = ["id", "email", "phone", "secret", "updated_at"]
    vals = [R.randint(1, 9999), role_email(), None, None, iso()]
    if pos:
        ks = R.randint(0, 2)
        if ks in (0, 2):
            vals[1] = gen_email()
            labels.append(L("email", vals[1]))
        if ks in (1, 2):
            p, cc = gen_phone()
            vals[2] = p
            labels.append(L("phone_number", p, [], phone_acc(p, cc)))
        if R.random() < 0.5:
            t = pick(["generic_secret", "github_token", "anthropic_api_key", "slack_token", "webhook_url"])
            vals[3] = typed(t)
            labels.append(L(t, vals[3]))
    lsn = "%X/%X" % (R.randint(0, 9), R.getrandbits(28))
    if R.random() < 0.5:
        doc = {"xid": R.randint(1000, 999999), "nextlsn": lsn, "change": [{"kind": "insert", "schema": "public", "table": "owners",
                                                                       "columnnames": names, "columntypes": ["integer", "text", "text", "text", "timestamptz"], "columnvalues": vals}]}
        return pick(["structured", "raw-result"]) and "structured", doc, labels
    fmt = lambda v: "null" if v is None else ("'%s'" % v if isinstance(v, str) else str(v))
    text = "    lsn    |  xid  | data\n-----------+-------+------\n %s | %d | BEGIN %d\n %s | %d | table public.owners: INSERT: %s\n %s | %d | COMMIT %d" % (
        lsn, R.randint(1000, 9999), R.randint(1000, 9999), lsn, R.randint(1000, 9999),
        " ".join("%s[%s]:%s" % (n, ty, fmt(v)) for n, ty, v in zip(names, ["integer", "text", "text", "text", "timestamp with time zone"], vals)),
        lsn, R.randint(1000, 9999), R.randint(1000, 9999))
    return "raw-result", raw(text), labels


@template("otlp_db_span")
def t_otlp(pos):
    labels = []
    attrs = [{"key": "db.system", "value": {"stringValue": pick(["postgresql", "mysql", "redis", "mongodb"])}},
             {"key": "net.peer.name", "value": {"stringValue": "db-%d.internal" % R.randint(1, 9)}},
             {"key": "db.rows_affected", "value": {"intValue": str(R.randint(0, 100))}}]
    stmt = "SELECT * FROM devices WHERE id = $1"
    if pos:
        k = R.randint(0, 2)
        if k == 0:
            e = gen_email()
            stmt = "UPDATE owners SET email = '%s' WHERE id = %d" % (e, R.randint(1, 999))
            labels.append(L("email", e))
        elif k == 1:
            url, l = url_cred(pick(["postgresql", "mysql", "redis", "mongodb+srv"]))
            attrs.append({"key": "db.connection_string", "value": {"stringValue": url}})
            labels.append(l)
        else:
            t = pick(["generic_secret", "stripe_key", "aws_access_key_id", "jwt"])
            v = typed(t)
            attrs.append({"key": "db.query.parameter.password" if t == "generic_secret" else "db.query.parameter.%d" % R.randint(0, 3), "value": {"stringValue": v}})
            labels.append(L(t, v))
    attrs.append({"key": "db.statement", "value": {"stringValue": stmt}})
    doc = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "meter-api"}}]},
                              "scopeSpans": [{"scope": {"name": "opentelemetry.instrumentation.sqlalchemy"},
                                              "spans": [{"traceId": sha(32), "spanId": sha(16), "parentSpanId": sha(16), "name": "db.query", "kind": 3,
                                                         "startTimeUnixNano": str(ts() * 10 ** 9), "endTimeUnixNano": str(ts() * 10 ** 9 + R.randint(10 ** 5, 10 ** 8)),
                                                         "attributes": attrs}]}]}]}
    return "structured", doc, labels


@template("logfmt_gateway")
def t_logfmt(pos):
    labels = []
    lines = ['ts=%s level=info msg="uplink ok" gw=%s rssi=%d snr=%.1f dev_eui=%s' % (iso(), rs(16, HEX), -R.randint(60, 120), R.uniform(-10, 10), rs(16, HEX)),
             'ts=%s level=debug msg="frame" fcnt=%d port=%d payload=%s' % (iso(), R.randint(0, 9999), R.randint(1, 200), b64blob(12))]
    if pos:
        for t in pick_types(["generic_secret", "generic_secret", "jwt", "aws_access_key_id", "email", "gitlab_token", "webhook_url"], 1, 2):
            key = {"generic_secret": pick(["appkey", "nwk_s_key_secret", "lns_api_secret", "x_gw_auth"]), "jwt": "upstream_bearer",
                   "aws_access_key_id": "s3_akid", "email": "operator", "gitlab_token": "ci_pull_token", "webhook_url": "alert_hook"}[t]
            v = typed(t) if t != "generic_secret" else generic_value(pick(["hex32", "mix", "b64key"]))
            q = R.random() < 0.3 and t != "webhook_url"
            lines.append('ts=%s level=warn msg="config reload" %s=%s' % (iso(), key, '"%s"' % v if q else v))
            labels.append(L(t, v, [key]))
    else:
        lines.append('ts=%s level=warn msg="config reload" appkey=%s lns_api_secret=[Filtered]' % (iso(), "*" * 32))
    return "text", "\n".join(lines), labels


@template("format_discussion")
def t_discuss(pos):
    """agent-facing notes about formats; positives contain one real value among explanations"""
    labels = []
    txt = pick(["A GitHub classic PAT looks like ghp_ followed by 36 alphanumerics; never log it.",
                "Azure IoT connection strings read HostName=<hub>.azure-devices.net;DeviceId=<id>;SharedAccessKey=<base64-key>.",
                "Stripe's docs use sk_test_4eC39HqLyjWDarjtT1zdp7dc as the example secret key; use 4242 4242 4242 4242 to test payments.",
                "AWS examples use AKIAIOSFODNN7EXAMPLE with wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.",
                "Slack bot tokens start with xoxb- and user tokens with xoxp-; Google keys begin AIza and are 39 chars.",
                "Mask cards as **** **** **** %s and IBANs as DE** **** **** **** **%s." % (rs(4, string.digits), rs(2, string.digits))])
    extra = ["Checksum: sha256:%s" % sha(64), "Release %s (commit %s)" % ("v%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9)), sha(40)),
             "DOI 10.%d/%s" % (R.randint(1000, 9999), rs(8, "abcdefghijklmnopqrstuvwxyz0123456789")), "ISBN 978-%d-%d-%d-%d" % (R.randint(0, 9), R.randint(100, 999), R.randint(10000, 99999), R.randint(0, 9)),
             "Support: %s / %s" % (role_email(), fictional_phone()), "Docs contact you@example.com for samples."]
    body = [txt] + R.sample(extra, 3)
    if pos:
        t = pick(ONE_LINE_T)
        k, v, l = field(t)
        body.append("Agent note: %s currently deployed on gw-%s is %s (rotate after test)." % (k, rs(4, HEX), v))
        labels.append(l)
    return "text", "\n".join(body), labels


@template("contacts_export_json")
def t_contacts(pos):
    labels = []
    cs = []
    for _ in range(R.randint(2, 4)):
        f, l = person()
        c = {"display_name": "%s %s" % (f.capitalize(), l.capitalize()), "contact_id": R.randint(1, 9999), "lookup_key": "%dr%d-%s" % (R.randint(1, 9), R.randint(10, 999), rs(12, HEX)),
             "starred": R.random() < 0.2}
        if pos and R.random() < 0.7:
            p, cc = gen_phone()
            c["phones"] = [{"type": "mobile", "number": p}]
            labels.append(L("phone_number", p, ["number"], phone_acc(p, cc)))
            if R.random() < 0.5:
                e = gen_email()
                c["emails"] = [{"type": "home", "address": e}]
                labels.append(L("email", e, ["address"]))
        else:
            c["phones"] = [{"type": "work", "number": fictional_phone()}]
            c["emails"] = [{"type": "work", "address": role_email()}]
        cs.append(c)
    if pos and not labels:
        e = gen_email()
        cs[0]["emails"] = [{"type": "home", "address": e}]
        labels.append(L("email", e, ["address"]))
    return "structured", {"account": "device-local", "contacts": cs}, labels


@template("k8s_device_secret_yaml")
def t_devsecret(pos):
    """fleet-manager export of device credentials (YAML-ish), includes private keys"""
    labels = []
    parts = ["device: %s" % uuid4(), "model: KW-GW-%d" % R.randint(100, 999), "certificate: |\n  -----BEGIN CERTIFICATE-----\n  MIIC%s\n  -----END CERTIFICATE-----" % rs(60, B64),
             "public_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s fleet@kw" % rs(43, B64)]
    if pos:
        pk = private_key()
        parts.append("private_key_pem: >-\n" + pk)
        labels.append(L("private_key", pk))
        if R.random() < 0.5:
            t = pick(["generic_secret", "aws_secret_access_key", "gitlab_token"])
            k, v, l = field(t)
            parts.append("%s: %s" % (k, v))
            labels.append(l)
    else:
        parts.append("private_key: (stored in HSM slot %d)" % R.randint(0, 7))
    return pick(["text", "raw-result"]), "\n".join(parts), labels


# ===================================================================== assembly
def finalize(wrap, doc, labels):
    if wrap == "raw-result" and isinstance(doc, str):
        doc = raw(doc)
    if wrap == "text" and not isinstance(doc, str):
        doc = json.dumps(doc, ensure_ascii=False)
    if wrap == "structured" and isinstance(doc, str):
        doc = {"output": doc}
    strs = strings_of(doc)
    blob = "\n\u0000".join(strs)
    out, seen = [], set()
    for l in labels:
        v = l.value
        if not any(v in s for s in strs):
            # structured-in-raw: maybe serialised with escapes (private keys)
            alt = json.dumps(v)[1:-1]
            if any(alt in s for s in strs):
                v = alt
            else:
                raise AssertionError("value not verbatim: %r" % v[:60])
        if (l.t, v) in seen:
            continue
        seen.add((l.t, v))
        cand = list(l.acc)
        if l.t == "jwt":
            cand.append("Bearer " + v)
        if l.t == "email":
            cand.append("mailto:" + v)
        if l.t == "payment_card":
            d = v.replace(" ", "").replace("-", "")
            if d != v:
                cand.append(d)
        if l.t in ("generic_secret", "aws_access_key_id", "aws_secret_access_key"):
            for k in l.keys:
                for f in ("%s=%s", "%s: %s", "%s:%s", '"%s": "%s"', '"%s":"%s"', "%s='%s'", '%s="%s"', "%s = '%s'", "%s = %s"):
                    cand.append(f % (k, v))
        acc = []
        for c in cand:
            if c and c != v and c not in acc and any(c in s for s in strs):
                acc.append(c)
        out.append({"type": l.t, "value": v, "accept": acc})
    return doc, out


def build():
    # per-template positive/clean schedule
    nt = len(TEMPLATES)
    per = [N_DOCS // nt + (1 if i < N_DOCS % nt else 0) for i in range(nt)]
    plan = []
    for ti, n in enumerate(per):
        npos = max(1, min(n - 1, round(n * 0.56)))
        flags = [True] * npos + [False] * (n - npos)
        R.shuffle(flags)
        plan += [(ti, f) for f in flags]
    R.shuffle(plan)
    recs = []
    for i, (ti, pos) in enumerate(plan):
        name, fn = TEMPLATES[ti]
        for attempt in range(20):
            wrap, doc, labels = fn(pos)
            if pos and not labels:
                continue
            break
        doc, labels = finalize(wrap, doc, labels)
        for l in labels:
            TYPE_COUNT[l["type"]] = TYPE_COUNT.get(l["type"], 0) + 1
        assert pos or not labels, (name, labels)
        recs.append({"id": "v14-%d" % (i + 1), "template": name, "split": "holdout-v14",
                     "wrap": "raw-result" if isinstance(doc, dict) and "content" in doc and "isError" in doc else wrap,
                     "doc": doc, "labels": labels})
    return recs


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "dlp_v14.jsonl"
    recs = build()
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
