"""Words and symbols the extractor recognises: currencies, scales, units, hedges."""

from __future__ import annotations

from evcheck.cache import regex
from evcheck.words import first_character_groups

# Currency markers written before the amount, longest first where prefixes overlap.
CURRENCY_BEFORE: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "USD": "USD", "HK$": "HKD", "HKD": "HKD",
    "S$": "SGD", "SGD": "SGD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD",
    "CAD": "CAD", "NZ$": "NZD", "NZD": "NZD", "R$": "BRL", "BRL": "BRL", "MX$": "MXN", "MXN": "MXN",
    "NT$": "TWD", "TWD": "TWD", "$": "USD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "CN¥": "CNY", "RMB": "CNY", "Rmb": "CNY", "rmb": "CNY", "CNY": "CNY", "¥": "CNY", "JP¥": "JPY", "JPY": "JPY",
    "₩": "KRW", "KRW": "KRW", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR",
    "CHF": "CHF", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "zł": "PLN", "CZK": "CZK",
    "HUF": "HUF", "TRY": "TRY", "₺": "TRY", "THB": "THB", "฿": "THB", "IDR": "IDR", "Rp": "IDR",
    "MYR": "MYR", "RM": "MYR", "PHP": "PHP", "₱": "PHP", "ZAR": "ZAR", "ILS": "ILS", "₪": "ILS",
    "RUB": "RUB", "₽": "RUB", "ISK": "ISK", "RON": "RON", "BGN": "BGN",
    "₦": "NGN", "NGN": "NGN", "N": "NGN",  # a bare "N" only in an article about Nigeria, and only before an amount with a scale
    "QR": "QAR", "QAR": "QAR", "SAR": "SAR", "AED": "AED", "JD": "JOD", "JOD": "JOD", "KD": "KWD", "KWD": "KWD",
    "OMR": "OMR", "BHD": "BHD", "EGP": "EGP", "E£": "EGP", "MAD": "MAD", "TND": "TND", "ETB": "ETB", "KES": "KES", "KSh": "KES",
    "GHS": "GHS", "GH₵": "GHS", "₵": "GHS", "₡": "CRC", "CRC": "CRC", "UZS": "UZS", "KZT": "KZT", "₸": "KZT", "UAH": "UAH",
    "₴": "UAH", "VND": "VND", "BDT": "BDT", "Tk": "BDT", "৳": "BDT", "PKR": "PKR", "LKR": "LKR", "NPR": "NPR",
    "CLP": "CLP", "COP": "COP", "ARS": "ARS", "UYU": "UYU", "PEN": "PEN",
    "TT$": "TTD", "TTD": "TTD", "FJ$": "FJD", "F$": "FJD", "FJD": "FJD", "TZS": "TZS", "TSh": "TZS", "UGX": "UGX", "USh": "UGX",
    "XOF": "XOF", "XAF": "XAF", "AMD": "AMD", "֏": "AMD", "MNT": "MNT", "₮": "MNT", "BWP": "BWP", "KHR": "KHR", "៛": "KHR",
    "MUR": "MUR", "RWF": "RWF", "FRw": "RWF", "ZMW": "ZMW", "MWK": "MWK", "JMD": "JMD", "J$": "JMD",
    # bare letters that are a currency only in an article about its country, and only before an amount with a scale
    "P": "BWP", "BD": "BHD", "RO": "OMR",
}

# Bare markers read as a currency only where the article names the country (and only with a scale):
# "N84.62 billion" in a story about Nigeria, but "N95" masks and "the N2 motorway" anywhere.
GATED_MARKERS: dict[str, tuple[str, ...]] = {
    "N": ("Nigeria", "naira", "Lagos", "Abuja"), "P": ("Botswana", "pula", "Gaborone"),
    "BD": ("Bahrain", "Manama"), "RO": ("Oman", "Muscat"),
}

# Currency words written after the amount (and its scale).
CURRENCY_AFTER: dict[str, str] = {
    "yuan": "CNY", "renminbi": "CNY", "Chinese yuan": "CNY", "RMB": "CNY", "Rmb": "CNY", "CNY": "CNY",
    "U.S. dollars": "USD", "US dollars": "USD", "American dollars": "USD", "USD": "USD",
    "Hong Kong dollars": "HKD", "HK dollars": "HKD", "HKD": "HKD", "Singapore dollars": "SGD",
    "Australian dollars": "AUD", "Canadian dollars": "CAD", "New Zealand dollars": "NZD",
    "New Taiwan dollars": "TWD", "Taiwan dollars": "TWD",
    "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "EUR": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "sterling": "GBP", "GBP": "GBP", "yen": "JPY", "JPY": "JPY", "won": "KRW", "KRW": "KRW",
    "rupees": "INR", "rupee": "INR", "INR": "INR", "Swiss francs": "CHF", "francs": "CHF", "CHF": "CHF",
    "Swedish kronor": "SEK", "kronor": "SEK", "SEK": "SEK", "Norwegian kroner": "NOK", "NOK": "NOK",
    "Danish kroner": "DKK", "DKK": "DKK", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "PLN": "PLN", "zł": "PLN", "zl": "PLN", "koruna": "CZK", "Kč": "CZK",
    "korunas": "CZK", "koruny": "CZK", "CZK": "CZK", "forint": "HUF", "forints": "HUF", "lira": "TRY", "liras": "TRY", "baht": "THB", "rupiah": "IDR", "ringgit": "MYR", "pesos": "MXN",
    "reais": "BRL", "rand": "ZAR", "roubles": "RUB", "rubles": "RUB",
    "naira": "NGN", "Qatari riyals": "QAR", "Saudi riyals": "SAR", "UAE dirhams": "AED", "Moroccan dirhams": "MAD",
    "Jordanian dinars": "JOD", "Kuwaiti dinars": "KWD", "Egyptian pounds": "EGP", "birr": "ETB", "Kenyan shillings": "KES",
    "cedis": "GHS", "colones": "CRC", "soums": "UZS", "soum": "UZS", "tenge": "KZT", "hryvnias": "UAH", "hryvnia": "UAH",
    "dong": "VND", "taka": "BDT", "lei": "RON", "leva": "BGN", "krónur": "ISK", "kronur": "ISK", "Icelandic krónur": "ISK",
    "Pakistani rupees": "PKR", "Sri Lankan rupees": "LKR", "Nepali rupees": "NPR",
    "Tanzanian shillings": "TZS", "Ugandan shillings": "UGX", "CFA francs": "XOF", "drams": "AMD", "dram": "AMD",
    "tugriks": "MNT", "tugrik": "MNT", "togrog": "MNT", "pula": "BWP", "riels": "KHR", "riel": "KHR", "Omani rials": "OMR",
    "Bahraini dinars": "BHD", "Rwandan francs": "RWF", "Fijian dollars": "FJD", "Trinidad and Tobago dollars": "TTD",
    "Mauritian rupees": "MUR", "kwacha": "ZMW", "Jamaican dollars": "JMD",
    "riyals": "SAR", "riyal": "SAR", "dirhams": "AED", "dirham": "AED",
    # "crowns", the wires' English for kronor, kroner and koruny
    "Swedish crowns": "SEK", "Norwegian crowns": "NOK", "Danish crowns": "DKK", "Czech crowns": "CZK", "crowns": "SEK",
    "kroner": "NOK",  # bare, Norway's or Denmark's by the article (NAMED_BY_COUNTRY)
}

# "riyals" and "dirhams" are the currency of the country the article is about
NAMED_BY_COUNTRY: dict[str, dict[str, str]] = {
    "riyal": {"SAR": r"\bSaudi\b|\bRiyadh\b|\bJeddah\b", "QAR": r"\bQatar(?:i)?\b|\bDoha\b"},
    "dirham": {"AED": r"\bUAE\b|\bEmirat\w*|\bDubai\b|\bAbu\s+Dhabi\b", "MAD": r"\bMorocc\w*|\bCasablanca\b|\bRabat\b"},
    "crown": {"SEK": r"\bSwed(?:en|ish)\b|\bStockholm\b|\bGothenburg\b", "NOK": r"\bNorw(?:ay|egian)\b|\bOslo\b",
              "DKK": r"\bDenmark\b|\bDanish\b|\bCopenhagen\b", "CZK": r"\bCzech\w*|\bPrague\b|\bBrno\b"},
    "kroner": {"NOK": r"\bNorw(?:ay|egian)\b|\bOslo\b|\bNOK\b", "DKK": r"\bDenmark\b|\bDanish\b|\bCopenhagen\b|\bDKK\b"},
}

# "pesos" are the currency of the country the article is about
PESO_COUNTRIES: dict[str, str] = {
    "CLP": r"\bChile(?:an|ans)?\b|\bSantiago\b", "MXN": r"\bMexic(?:o|an|ans)\b", "ARS": r"\bArgentin(?:a|e|ian|ians)\b|\bBuenos\s+Aires\b",
    "COP": r"\bColombia(?:n|ns)?\b|\bBogot[aá]\b", "PHP": r"\bPhilippines?\b|\bFilipinos?\b|\bManila\b",
    "UYU": r"\bUruguay(?:an)?\b", "DOP": r"\bDominican\s+Republic\b",
}

# "Rs" and "rupees" are the currency of the country the article is about
RUPEE_COUNTRIES: dict[str, str] = {
    "INR": r"\bIndia(?:n|ns)?\b|\bNew\s+Delhi\b|\bMumbai\b|\bSIAM\b|\bFADA\b",
    "PKR": r"\bPakistan(?:i|is)?\b|\bKarachi\b|\bLahore\b|\bIslamabad\b|\bPAMA\b",
    "LKR": r"\bSri\s+Lank(?:a|an|ans)\b|\bColombo\b", "NPR": r"\bNepal(?:i|ese)?\b|\bKathmandu\b",
    "MUR": r"\bMauriti(?:us|an|ans)\b|\bPort\s+Louis\b",
}

SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "K": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "M": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "B": 1e9, "bln": 1e9, "bil": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12, "T": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh crore": 1e12,
}
# Spaces that group digits into one number ("110 000 cars", "1 234 567,8"): no-break, narrow
# no-break and thin, written as characters or as &nbsp; &#8239; &thinsp;. An ordinary space never
# groups: "in 2024 110 cars" is a year and a count.
GROUP_SPACES = "\u00a0\u202f\u2009"

# Scales that must be glued to the digits or follow a currency, never stand apart ("5 m" is metres).
GLUED_ONLY = {"k", "K", "m", "M", "b", "B", "T", "tr", "cr"}

NUMBER_WORDS: dict[str, float] = {  # 'half a' is 0.5
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "several hundred": 300, "half a": 0.5,
}

FRACTIONS: dict[str, float] = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
    "one-third": 100 / 3, "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0,
    "one quarter": 25.0, "one-quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0, "two fifths": 40.0, "two-fifths": 40.0,
    "three fifths": 60.0, "three-fifths": 60.0, "four fifths": 80.0, "four-fifths": 80.0, "a tenth": 10.0,
    "one tenth": 10.0, "one-tenth": 10.0, "three tenths": 30.0, "three-tenths": 30.0,
}
# "about one in five new cars", "two in five of them": a share said as so many of so many
ONE_IN: dict[str, float] = {
    "one in two": 50.0, "one in three": 100 / 3, "one in four": 25.0, "one in five": 20.0, "one in six": 100 / 6,
    "one in eight": 12.5, "one in ten": 10.0, "two in three": 200 / 3, "two in five": 40.0, "three in four": 75.0,
    "three in five": 60.0, "four in five": 80.0, "nine in ten": 90.0,
}

MULTIPLE_WORDS: dict[str, float] = {
    "doubled": 2, "doubling": 2, "double": 2, "tripled": 3, "trebled": 3, "tripling": 3, "triple": 3,
    "quadrupled": 4, "quintupled": 5, "halved": 0.5, "halving": 0.5,
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "two-fold": 2, "three-fold": 3, "four-fold": 4,
    "five-fold": 5, "ten-fold": 10, "twice": 2, "two times": 2, "three times": 3,
    "four times": 4, "five times": 5, "ten times": 10,
}

# the exchanges a listed company's stock code is given with: "Luming Auto (HKEX: 9877)"
STOCK_EXCHANGES = ("HKEX", "HKSE", "SEHK", "HK", "NYSE", "NASDAQ", "Nasdaq", "TSE", "TYO", "TSX", "KRX", "KOSPI", "KOSDAQ",
                   "SSE", "SZSE", "SHSE", "BSE", "NSE", "LSE", "ASX", "SIX", "SGX", "IDX", "SET", "HOSE", "XETRA", "ETR", "EPA",
                   "BIT", "OTC", "TWSE", "TPEx", "Bursa", "JSE", "B3", "BMV")

# what a number right after a name may count ("the Toyota 412 cars"), where a bare number is a model ("the Peugeot 208")
COUNTED_NOUNS = ("units?", "vehicles?", "cars?", "registrations?", "sales", "deliveries", "models?", "trucks?", "buses", "vans?",
                 "bikes?", "scooters?", "motorcycles?", "dealers?", "stores?", "outlets?", "stations?", "chargers?", "points?",
                 "people", "workers", "jobs", "employees", "staff", "days?", "weeks?", "months?", "years?", "hours?", "km",
                 "miles", "kg", "tonnes?", "pieces", "pcs")

VEHICLE_NOUNS = {
    "unit", "units", "vehicle", "vehicles", "car", "cars", "ev", "evs", "nev", "nevs", "bev", "bevs",
    "phev", "phevs", "hybrid", "hybrids", "suv", "suvs", "truck", "trucks", "bus", "buses", "van",
    "vans", "motorcycle", "motorcycles", "deliveries", "registrations", "autos", "automobiles",
    "sedans", "pickups", "two-wheelers", "three-wheelers", "passenger", "commercial", "electric",
    "new", "battery-electric", "plug-in", "fully", "pure", "models",
}
# A word after the number that is a vehicle noun only when yet another noun follows.
_VEHICLE_QUALIFIERS = {"passenger", "commercial", "electric", "new", "battery-electric", "plug-in", "fully", "pure"}

COUNT_SYNONYMS: dict[str, str] = {
    "locations": "stores", "stores": "stores", "store": "stores", "outlets": "stores", "shops": "stores",
    "showrooms": "stores", "centres": "stores", "centers": "stores", "dealerships": "stores",
    "dealers": "stores", "branches": "stores",
    "cities": "cities", "countries": "countries", "markets": "markets",
    "shares": "shares", "orders": "orders", "employees": "employees", "staff": "employees",
    "workers": "employees", "jobs": "jobs", "people": "people", "customers": "customers",
    "users": "users", "chargers": "chargers", "piles": "chargers", "stations": "stations",
    "plants": "plants", "factories": "plants", "batteries": "batteries", "packs": "batteries",
    "patents": "patents", "engineers": "employees", "reservations": "orders", "bookings": "orders",
}

PHYSICAL_UNITS = regex(
    r"(?:m2|m²|sq\.?\s?m|square\s+met(?:re|er)s|sq\.?\s?ft|square\s+feet|hectares|acres|km/h|kph|mph|"
    r"km|kilomet(?:re|er)s|miles|kWh|MWh|GWh|TWh|kW|MW|GW|(?:kilo|mega|giga|tera)watt[- ]hours?|(?:kilo|mega|giga)watts?|"
    r"hp|horsepower|kg|tonnes|tons|litres|liters|"
    r"seconds|minutes|hours|days|weeks|months|years|mm|cm)(?![\w])"
)

UNIT_SYMBOLS = {f"{prefix}watt{joint}hour{plural}": f"{symbol}Wh" for prefix, symbol in
                (("kilo", "k"), ("mega", "M"), ("giga", "G"), ("tera", "T")) for joint in "- " for plural in ("", "s")}
UNIT_SYMBOLS |= {f"{prefix}watt{plural}": f"{symbol}W" for prefix, symbol in (("kilo", "k"), ("mega", "M"), ("giga", "G"))
                 for plural in ("", "s")}  # "812.6 gigawatt-hours" is the 812.6 GWh a share of GWh is of

# ratios that fall as they improve: "a claims ratio of 69.8%, 2.3 points better", "loss ratio …, improvement of 2.7 pts"
LOWER_IS_BETTER = ("loss ratio", "loss ratios", "claims ratio", "claims ratios", "combined ratio", "combined ratios", "expense ratio",
                   "cost ratio", "cost-income ratio", "cost-to-income ratio", "cost/income ratio", "default rate", "default rates",
                   "delinquency rate", "delinquency rates", "non-performing", "NPL ratio", "write-off rate", "churn rate")
HEDGE_APPROX = ("approximately", "approx.", "approx", "about", "around", "roughly", "some", "circa",
                "an estimated", "estimated", "close to", "near", "nearly", "almost", "just under",
                "just shy of", "just over", "just above", "~", "c.")
# "an estimated 318,462": the figure is someone's estimate, stated to the unit; only its rounding is slack
HEDGE_SOURCE = ("an estimated", "estimated")
HEDGE_LOWER = ("more than", "over", "above", "at least", "in excess of", "exceeding", "upwards of",
               "north of", "no less than", "no fewer than")
HEDGE_UPPER = ("less than", "fewer than", "under", "below", "up to", "at most", "no more than",
               "not more than", "south of")
HEDGES = sorted(HEDGE_APPROX + HEDGE_LOWER + HEDGE_UPPER, key=len, reverse=True)

# The words a model's or a series' number follows ("Model 3", "ID. 4", "S&P 500"), looked for before every number:
# behind a lookahead for their first characters and grouped by them (evcheck.words), so re passes over a word
# that opens with none of them, where it tried each of the words at every word before each number.
_MODEL_PREFIX_WORDS = (
    "Model", "Series", "Class", "Type", "Mark", "Mk", "Gen", "Generation", "Phase", "Version", "Level", "Stage", "Tier", "No", "Number",
    "Seal", "Sealion", "Atto", "Song", "Tang", "Qin", "Han", "Dolphin", "Chapter", "Section", "Article", "Page", "Table", "Figure", "Fig",
    "Appendix", "Route", "Gate", "Hall", "Booth", "Room", "Floor", "Building", "Platform", "Euro", "Formula", "Vol", "Volume", "Issue",
    "Part", "Item", "Rule", "Heading", "heading", "HS", "CN", "Resolution", "Motion", "Proposal",
    "Windows", "iPhone", "Galaxy", "Xiaomi", "Redmi", "Mi", "Pro", "Ultra", "ID", "Li", "Zeekr", "Aion", "Deepal",
    "Avatr", "Voyah", "Onvo", "Firefly", "Mona", "Polestar", "Jetour", "Haval", "Tank", "Ora", "Wey", "Lynk",
    "STOXX", "Stoxx", "S&P", "FTSE", "Nikkei", "DAX", "CAC", "Nifty", "NIFTY", "KOSPI", "Kospi", "Sensex", "SENSEX", "CSI", "Russell",
    "MSCI", "TOPIX", "Topix", "ASX", "IBEX", "MIB", "EV",
)
MODEL_PREFIXES = regex(r"(?:\b(?=[" + "".join(sorted({w[0] for w in _MODEL_PREFIX_WORDS})) + "])"
                       + first_character_groups(list(_MODEL_PREFIX_WORDS)) + r"\.?\s?#?)$")
